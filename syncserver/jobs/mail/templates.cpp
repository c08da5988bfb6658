#include "jobs/mail/templates.h"

#include "jobs/job.h"

namespace satchel::server::jobs {
namespace {

std::string param(const nlohmann::json& params, const char* name) {
    const auto it = params.find(name);
    if (it == params.end() || it->is_null())
        throw PermanentJobError(std::string("mail parameter '") + name + "' is missing");
    return it->is_string() ? it->get<std::string>() : it->dump();
}

const char* kFooter =
    "\n-- \nSatchel. You can turn off these messages in the app's settings"
    " (password reset messages are always sent).\n";

}  // namespace

bool ignoresOptOut(const std::string& templateName) {
    return templateName == "password_reset";
}

MailContent renderTemplate(const std::string& name, const std::string& who,
                           const nlohmann::json& p) {
    const std::string hello = "Hello " + who + ",\n\n";
    if (name == "welcome")
        return {"Welcome to Satchel", hello +
                                          "your Satchel account is ready. Sign in from the Satchel "
                                          "app with the server address\n" +
                                          param(p, "server_url") +
                                          "\nand your courses will be there, online or off.\n" +
                                          kFooter};
    if (name == "password_reset")
        return {"Your Satchel password reset code",
                hello +
                    "someone (hopefully you) asked to reset your Satchel password. Your code "
                    "is:\n\n    " +
                    param(p, "code") + "\n\nIt works once, for " + param(p, "expires_minutes") +
                    " minutes. If you did not ask for it, ignore this message: your password stays "
                    "as it is.\n"};
    if (name == "certificate_ready")
        return {"Your certificate for " + param(p, "course"),
                hello + "congratulations on completing " + param(p, "course") +
                    "! Your certificate is ready in the Satchel app.\n\nVerification code: " +
                    param(p, "code") + "\nAnyone can check it at " + param(p, "verify_url") + "\n" +
                    kFooter};
    if (name == "quiz_graded")
        return {"Your result for " + param(p, "quiz"),
                hello + "your answers to \"" + param(p, "quiz") + "\" in " + param(p, "course") +
                    " have been graded: " + param(p, "score") + " of " + param(p, "max_score") +
                    ".\n" + kFooter};
    if (name == "reminder")
        return {"Continue " + param(p, "course"),
                hello + "it has been " + param(p, "days") + " days since you last studied " +
                    param(p, "course") +
                    ". Pick up where you left off: the app remembers your place, even offline.\n" +
                    kFooter};
    throw PermanentJobError("unknown mail template '" + name + "'");
}

}  // namespace satchel::server::jobs
