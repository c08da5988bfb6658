#pragma once
// A real S3 server (s3rver from the npm registry) on a free port, with one bucket.

#include <memory>
#include <string>

#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

namespace satchel::testing {

class S3rver {
public:
    explicit S3rver(std::string bucket = "satchel");
    std::string endpoint() const;  // http://127.0.0.1:PORT
    const std::string& bucket() const { return bucket_; }
    // s3rver's built-in credentials.
    static constexpr const char* kAccessKey = "S3RVER";
    static constexpr const char* kSecretKey = "S3RVER";

private:
    std::string bucket_;
    TempDir dir_{"satchel-s3"};
    int port_;
    std::unique_ptr<Process> process_;
};

}  // namespace satchel::testing
