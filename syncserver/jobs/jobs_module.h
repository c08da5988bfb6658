#pragma once
// The jobs module as satchel-syncd wires it (app/routes.cpp and app/server.cpp, when built
// with SATCHEL_HAVE_JOBS):
//   registerJobRoutes(ctx)      its HTTP routes, on every instance;
//   JobsModule module(ctx)      this instance's job workers (none with --job-workers 0), from
//                               after migrations until the module is destroyed.

#include <memory>

#include "app/context.h"

namespace satchel::server::jobs {

class JobRegistry;
class JobRunner;

void registerJobRoutes(ServerContext& ctx);

class JobsModule {
public:
    explicit JobsModule(ServerContext& ctx);
    ~JobsModule();  // finishes the jobs in hand, gives back the rest
    JobsModule(const JobsModule&) = delete;
    JobsModule& operator=(const JobsModule&) = delete;

private:
    std::unique_ptr<JobRegistry> registry_;
    std::unique_ptr<JobRunner> runner_;
};

}  // namespace satchel::server::jobs
