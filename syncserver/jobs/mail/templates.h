#pragma once
// The server's mail, one template per kind. Each takes the parameters its job payload carries
// and the recipient's display name; a missing parameter is a PermanentJobError (the payload is
// wrong, retrying cannot fix it).
//
//   welcome            {server_url}
//   password_reset     {code, expires_minutes}            sent even to users who opted out
//   certificate_ready  {course, code, verify_url}
//   quiz_graded        {course, quiz, score, max_score}
//   reminder           {course, days}

#include <string>

#include <nlohmann/json.hpp>

namespace satchel::server::jobs {

struct MailContent {
    std::string subject;
    std::string body;
};

MailContent renderTemplate(const std::string& name, const std::string& recipientName,
                           const nlohmann::json& params);

// Whether a user who opted out of mail still gets this kind (only password resets).
bool ignoresOptOut(const std::string& templateName);

}  // namespace satchel::server::jobs
