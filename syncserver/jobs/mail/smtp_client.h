#pragma once
// Sends one message over SMTP with libcurl. `smtp://host:port` upgrades to TLS with STARTTLS
// whenever the server offers it (and refuses a certificate it cannot verify); `smtps://` uses
// TLS from the first byte. Credentials may be given in the URL (smtp://user:pass@host:587).

#include <stdexcept>
#include <string>
#include <vector>

namespace satchel::server::jobs {

struct SmtpConfig {
    std::string url;     // smtp://... or smtps://...
    std::string caFile;  // extra trusted CA bundle (self-signed relays); empty: the system's
    long timeoutSeconds = 60;
};

// Why a message was not accepted. `permanent` is true when the server refused it for good (a
// 5xx answer: unknown recipient, rejected sender); retrying cannot help then.
class SmtpError : public std::runtime_error {
public:
    SmtpError(const std::string& message, bool permanent, long smtpCode)
        : std::runtime_error(message), permanent_(permanent), smtpCode_(smtpCode) {}
    bool permanent() const { return permanent_; }
    long smtpCode() const { return smtpCode_; }

private:
    bool permanent_;
    long smtpCode_;
};

class SmtpClient {
public:
    explicit SmtpClient(SmtpConfig config);

    // Sends `message` (a complete RFC 5322 message, CRLF line endings) from `envelopeFrom` to
    // `recipients` (bare addresses). Throws SmtpError.
    void send(const std::string& envelopeFrom, const std::vector<std::string>& recipients,
              const std::string& message) const;

private:
    SmtpConfig config_;
};

}  // namespace satchel::server::jobs
