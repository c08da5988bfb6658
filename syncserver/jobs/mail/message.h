#pragma once
// Builds an RFC 5322 message: plain UTF-8 text, headers encoded per RFC 2047 where they are
// not ASCII, CRLF line endings. (libcurl dot-stuffs the body on the wire.)

#include <string>

namespace satchel::server::jobs {

struct Mailbox {
    std::string name;     // display name, may be empty or non-ASCII
    std::string address;  // addr-spec, ASCII
};

// Parses "Name <addr@host>" or "addr@host"; throws std::invalid_argument on anything else.
Mailbox parseMailbox(const std::string& text);

struct MailMessage {
    Mailbox from;
    Mailbox to;
    std::string subject;
    std::string body;       // text, '\n' line endings
    std::string messageId;  // without the angle brackets: "<id>@satchel"
};

std::string renderRfc5322(const MailMessage& message);

}  // namespace satchel::server::jobs
