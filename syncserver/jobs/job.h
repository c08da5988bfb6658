#pragma once
// The vocabulary of the background job queue: a claimed job, how to enqueue one, and how a
// handler reports failure. See syncserver/jobs/README.md for the queue's contract.

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace satchel::server::jobs {

// A job as a worker holds it after claiming it.
struct Job {
    long long id = 0;
    std::string type;
    nlohmann::json payload;
    int attempt = 0;      // 1 on the first run, 2 on the first retry, ...
    int maxAttempts = 0;  // after this many failed attempts the job is dead-lettered
    std::string claimToken;
};

struct EnqueueOptions {
    int maxAttempts = 5;
    std::chrono::seconds delay{0};  // run no earlier than now + delay
    // When set, at most one job with this key ever exists: enqueueing it again is a no-op
    // that returns std::nullopt (e.g. "certificate:<user>:<course>").
    std::optional<std::string> dedupKey;
};

// Thrown by a handler for a failure that retrying cannot fix (bad payload, the record it
// names is gone): the job is dead-lettered at once. Any other exception is retried.
class PermanentJobError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The job's lease was taken over by another worker (this worker stalled past the lease): the
// handler must roll back whatever it was about to commit.
class LeaseLost : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace satchel::server::jobs
