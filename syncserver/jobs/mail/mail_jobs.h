#pragma once
// Mail as background jobs. Modules call enqueueMail() inside the transaction of the change that
// causes the mail; the "mail.send" handler renders the template, honours the user's opt-out
// (all mail but password resets), skips users without an address, and sends over SMTP.
//
// Idempotence: a message is recorded in job_effects ("mail:<key>") once the server accepted
// it; a job run again after that sends nothing. (A crash between acceptance and that record
// can repeat one message: SMTP has no way to ask whether a message was already taken.)

#include <optional>
#include <string>

#include "db/connection.h"
#include "jobs/mail/smtp_client.h"
#include "jobs/registry.h"

namespace satchel::server::jobs {

// Enqueues mail `templateName` with `params` to the user. `effectKey` names the message for
// deduplication ("welcome:<user>"); without one every call sends a message.
void enqueueMail(PgConnection& conn, const std::string& userId, const std::string& templateName,
                 const nlohmann::json& params,
                 const std::optional<std::string>& effectKey = std::nullopt);

struct MailSettings {
    SmtpConfig smtp;   // smtp.url empty: mail jobs fail (and retry) until it is configured
    std::string from;  // "Satchel <satchel@school.example>"
    // The server's address for the clients, given to templates that lack "server_url" (the
    // welcome mail queued by the account trigger in 0055_jobs_welcome_reminders_cleanup.sql).
    std::string publicUrl;
};

void addMailHandler(JobRegistry& registry, const MailSettings& settings);

}  // namespace satchel::server::jobs
