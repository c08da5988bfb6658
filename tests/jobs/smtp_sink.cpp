#include "smtp_sink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include <fstream>

namespace satchel::jobs_test {
namespace {

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

SmtpSink::SmtpSink() : port_(testing::freePort()) {
    const auto cert = dir_ / "cert.pem";
    const auto key = dir_ / "key.pem";
    const int rc = testing::runCommand(
        {"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
         "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.string(), "-out",
         cert.string()},
        (dir_ / "openssl.log").string());
    BOOST_REQUIRE_MESSAGE(rc == 0, "openssl could not make a test certificate");
    process_ = std::make_unique<testing::Process>(
        std::vector<std::string>{
            "node", (testing::sourceDir() / "tests/jobs/smtp_sink.js").string(),
            std::to_string(port_), (dir_ / "messages.jsonl").string(), cert.string(), key.string()},
        std::map<std::string, std::string>{}, (dir_ / "smtp.log").string());
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return accepts(port_); }, std::chrono::seconds(30)),
        "the SMTP sink did not start: " + process_->log());
}

std::string SmtpSink::url() const {
    return "smtp://127.0.0.1:" + std::to_string(port_);
}

std::vector<nlohmann::json> SmtpSink::messages() const {
    std::vector<nlohmann::json> out;
    std::ifstream in(dir_ / "messages.jsonl");
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            out.push_back(nlohmann::json::parse(line));
    return out;
}

}  // namespace satchel::jobs_test
