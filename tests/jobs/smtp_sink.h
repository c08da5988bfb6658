#pragma once
// The SMTP server the mail tests deliver to: tests/jobs/smtp_sink.js (npm smtp-server) on a
// free port, offering STARTTLS with a throwaway self-signed certificate (its file is what
// satchel-syncd is told to trust), recording every message it accepts.

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

namespace satchel::jobs_test {

class SmtpSink {
public:
    SmtpSink();
    std::string url() const;  // smtp://127.0.0.1:PORT
    std::string caFile() const { return (dir_ / "cert.pem").string(); }
    // Every message received so far: {"from","to","secure","data"}.
    std::vector<nlohmann::json> messages() const;

private:
    testing::TempDir dir_{"satchel-smtp"};
    int port_;
    std::unique_ptr<testing::Process> process_;
};

}  // namespace satchel::jobs_test
