#include "jobs/mail/smtp_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace satchel::server::jobs {
namespace {

struct Reader {
    const std::string& data;
    std::size_t offset = 0;
};

std::size_t readChunk(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* reader = static_cast<Reader*>(user);
    const std::size_t n = std::min(size * count, reader->data.size() - reader->offset);
    std::memcpy(buffer, reader->data.data() + reader->offset, n);
    reader->offset += n;
    return n;
}

std::string bracketed(const std::string& address) {
    return "<" + address + ">";
}

}  // namespace

SmtpClient::SmtpClient(SmtpConfig config) : config_(std::move(config)) {
    if (config_.url.rfind("smtp://", 0) != 0 && config_.url.rfind("smtps://", 0) != 0)
        throw SmtpError("the mail server URL must start with smtp:// or smtps://", true, 0);
}

void SmtpClient::send(const std::string& envelopeFrom, const std::vector<std::string>& recipients,
                      const std::string& message) const {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        throw SmtpError("libcurl could not start a transfer", false, 0);
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(nullptr, curl_slist_free_all);
    for (const auto& r : recipients)
        rcpt.reset(curl_slist_append(rcpt.release(), bracketed(r).c_str()));
    const std::string from = bracketed(envelopeFrom);
    Reader reader{message};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, config_.url.c_str());
    // smtp:// → STARTTLS when offered (CURLUSESSL_TRY); smtps:// is TLS regardless.
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    if (!config_.caFile.empty())
        curl_easy_setopt(c, CURLOPT_CAINFO, config_.caFile.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(c, CURLOPT_READDATA, &reader);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, config_.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    const CURLcode rc = curl_easy_perform(c);
    if (rc == CURLE_OK)
        return;
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    const std::string why = *errorBuffer ? errorBuffer : curl_easy_strerror(rc);
    const bool permanent = (code >= 500 && code < 600) || rc == CURLE_LOGIN_DENIED;
    throw SmtpError("SMTP delivery failed" +
                        (code ? " (server answered " + std::to_string(code) + ")" : std::string()) +
                        ": " + why,
                    permanent, code);
}

}  // namespace satchel::server::jobs
