#include "jobs/mail/mail_jobs.h"

#include "app/log.h"
#include "jobs/mail/message.h"
#include "jobs/mail/templates.h"
#include "jobs/queue.h"

namespace satchel::server::jobs {

void enqueueMail(PgConnection& conn, const std::string& userId, const std::string& templateName,
                 const nlohmann::json& params, const std::optional<std::string>& effectKey) {
    nlohmann::json payload = {{"user_id", userId}, {"template", templateName}, {"params", params}};
    EnqueueOptions options;
    options.maxAttempts = 8;  // a mail relay can be down for a while: ~10 s .. ~20 min of backoff
    if (effectKey) {
        payload["effect_key"] = *effectKey;
        options.dedupKey = "mail:" + *effectKey;
    }
    enqueue(conn, "mail.send", payload, options);
}

void addMailHandler(JobRegistry& registry, const MailSettings& settings) {
    Mailbox from;
    try {
        from = parseMailbox(settings.from);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(std::string("--mail-from / SATCHEL_MAIL_FROM: ") + e.what());
    }
    registry.addHandler("mail.send", [settings, from](JobContext& ctx) {
        const auto& payload = ctx.job().payload;
        if (!payload.is_object() || !payload.contains("user_id") || !payload.contains("template"))
            throw PermanentJobError("mail.send payload needs user_id and template");
        const std::string templateName = payload.at("template").get<std::string>();
        const std::string effect =
            "mail:" + payload.value("effect_key", "job:" + std::to_string(ctx.job().id));
        if (ctx.effectDone(effect))
            return;

        const auto user = ctx.conn().exec(
            "SELECT u.email, CASE WHEN u.display_name <> '' THEN u.display_name ELSE u.username "
            "END,"
            " coalesce(p.opted_out, false), u.disabled"
            " FROM users u LEFT JOIN mail_preferences p ON p.user_id = u.id WHERE u.id = $1::uuid",
            {payload.at("user_id").get<std::string>()});
        if (user.empty())
            return;  // the account is gone: nothing to send
        const std::string email = user.text(0, 0);
        if (email.empty() || user.boolean(0, 3))
            return;
        if (user.boolean(0, 2) && !ignoresOptOut(templateName))
            return;

        nlohmann::json params = payload.value("params", nlohmann::json::object());
        if (params.is_object() && !params.contains("server_url"))
            params["server_url"] = settings.publicUrl;
        const MailContent content = renderTemplate(templateName, user.text(0, 1), params);
        MailMessage message;
        message.from = from;
        try {
            message.to = parseMailbox(email);
        } catch (const std::invalid_argument& e) {
            throw PermanentJobError(e.what());
        }
        message.to.name = user.text(0, 1);
        message.subject = content.subject;
        message.body = content.body;
        message.messageId =
            "job" + std::to_string(ctx.job().id) + "." + ctx.job().claimToken + "@satchel";
        if (settings.smtp.url.empty())
            throw std::runtime_error("no mail server configured (--smtp-url)");
        try {
            SmtpClient(settings.smtp)
                .send(from.address, {message.to.address}, renderRfc5322(message));
        } catch (const SmtpError& e) {
            if (e.permanent())
                throw PermanentJobError(e.what());
            throw;
        }
        ctx.conn().exec(
            "INSERT INTO job_effects (effect_key, job_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            {effect, ctx.job().id});
    });
}

}  // namespace satchel::server::jobs
