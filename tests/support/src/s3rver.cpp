#include "satchel/testing/s3rver.h"

#include <stdexcept>

#include "satchel/testing/http.h"

namespace satchel::testing {

S3rver::S3rver(std::string bucket) : bucket_(std::move(bucket)), port_(freePort()) {
    process_ = std::make_unique<Process>(
        std::vector<std::string>{"node", nodeModule("s3rver/bin/s3rver.js"), "-d",
                                 dir_.path().string(), "-a", "127.0.0.1", "-p",
                                 std::to_string(port_), "--silent", "--configure-bucket", bucket_},
        std::map<std::string, std::string>{}, (dir_.path() / "s3rver.log").string());
    // s3rver answers the bucket listing once it is listening and the bucket exists.
    const bool up = waitUntil(
        [&] { return http("GET", endpoint() + "/" + bucket_, {}, {}, 1000).status == 200; },
        std::chrono::seconds(20));
    if (!up)
        throw std::runtime_error("s3rver did not start: " + process_->log());
}

std::string S3rver::endpoint() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

}  // namespace satchel::testing
