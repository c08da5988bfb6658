#include "jobs/mail/message.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace satchel::server::jobs {
namespace {

bool isAscii(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool headerSafe(const std::string& s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c == '\r' || c == '\n'; });
}

// RFC 2047 "encoded-word" (B encoding) for a non-ASCII header text; ASCII passes through.
std::string encodeWord(const std::string& text) {
    if (isAscii(text))
        return text;
    std::string out(sodium_base64_ENCODED_LEN(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()),
                      text.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return "=?UTF-8?B?" + out + "?=";
}

std::string displayName(const std::string& name) {
    if (name.empty())
        return {};
    if (!isAscii(name))
        return encodeWord(name) + " ";
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "\" ";
}

std::string mailbox(const Mailbox& m) {
    return displayName(m.name) + "<" + m.address + ">";
}

std::string rfc5322Date() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return buffer;
}

bool validAddress(const std::string& a) {
    const auto at = a.find('@');
    return at != std::string::npos && at > 0 && at + 1 < a.size() && isAscii(a) && headerSafe(a) &&
           a.find_first_of(" <>\"(),;:\\[]") == std::string::npos;
}

}  // namespace

Mailbox parseMailbox(const std::string& text) {
    Mailbox m;
    const auto open = text.rfind('<');
    if (open != std::string::npos && !text.empty() && text.back() == '>') {
        m.address = text.substr(open + 1, text.size() - open - 2);
        m.name = text.substr(0, open);
        while (!m.name.empty() && (m.name.back() == ' ' || m.name.back() == '"'))
            m.name.pop_back();
        while (!m.name.empty() && (m.name.front() == ' ' || m.name.front() == '"'))
            m.name.erase(0, 1);
    } else {
        m.address = text;
    }
    if (!validAddress(m.address) || !headerSafe(m.name))
        throw std::invalid_argument("not a mail address: '" + text + "'");
    return m;
}

std::string renderRfc5322(const MailMessage& message) {
    if (!validAddress(message.to.address) || !validAddress(message.from.address) ||
        !headerSafe(message.subject) || !headerSafe(message.to.name) ||
        !headerSafe(message.messageId))
        throw std::invalid_argument("a mail header holds a line break or a malformed address");
    std::string out;
    out += "Date: " + rfc5322Date() + "\r\n";
    out += "From: " + mailbox(message.from) + "\r\n";
    out += "To: " + mailbox(message.to) + "\r\n";
    out += "Subject: " + encodeWord(message.subject) + "\r\n";
    out += "Message-ID: <" + message.messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n";
    for (char c : message.body) {
        if (c == '\r')
            continue;
        if (c == '\n')
            out += "\r\n";
        else
            out += c;
    }
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0)
        out += "\r\n";
    return out;
}

}  // namespace satchel::server::jobs
