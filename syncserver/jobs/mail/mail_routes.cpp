#include "jobs/mail/mail_routes.h"

#include <sodium.h>

#include <memory>

#include "auth/authenticator.h"
#include "auth/password.h"
#include "jobs/mail/mail_jobs.h"

namespace satchel::server::jobs {
namespace {

constexpr int kResetMinutes = 30;
constexpr int kResetMaxFailures = 5;

// 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L): ~49 bits.
std::string newResetCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    std::string code;
    for (int i = 0; i < 10; ++i)
        code += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    return code;
}

std::string normalisedCode(std::string code) {
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ')
            continue;
        out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    return out;
}

std::string sha256Hex(const std::string& text) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace

void registerMailRoutes(ServerContext& ctx) {
    ctx.router.add("GET", "/api/v1/me/mail-preferences", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        const auto row =
            conn->exec("SELECT opted_out FROM mail_preferences WHERE user_id = $1::uuid", {me.id});
        return HttpResponse::json(200, {{"opted_out", !row.empty() && row.boolean(0, 0)}});
    });

    ctx.router.add("PUT", "/api/v1/me/mail-preferences", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto optedOut = optionalBool(req.jsonBody(), "opted_out");
        if (!optedOut)
            throw badRequest("field 'opted_out' is required", "invalid_field");
        auto conn = ctx.db.acquire();
        conn->exec(
            "INSERT INTO mail_preferences (user_id, opted_out) VALUES ($1::uuid, $2)"
            " ON CONFLICT (user_id) DO UPDATE SET opted_out = EXCLUDED.opted_out, updated_at = "
            "now()",
            {me.id, *optedOut});
        return HttpResponse::json(200, {{"opted_out", *optedOut}});
    });

    ctx.router.add("POST", "/api/v1/auth/password-reset/request", [&ctx](HttpRequest& req) {
        const std::string username = requireString(req.jsonBody(), "username");
        auto conn = ctx.db.acquire();
        Transaction tx(*conn);
        const auto user = conn->exec(
            "SELECT id::text FROM users WHERE username_key = lower($1) AND NOT disabled AND email "
            "<> ''",
            {username});
        if (!user.empty()) {
            const std::string userId = user.text(0, 0);
            const std::string code = newResetCode();
            // A new code replaces any earlier one.
            conn->exec("DELETE FROM password_resets WHERE user_id = $1::uuid", {userId});
            conn->exec(
                "INSERT INTO password_resets (code_hash, user_id, expires_at)"
                " VALUES ($1, $2::uuid, now() + make_interval(mins => $3))",
                {sha256Hex(code), userId, kResetMinutes});
            enqueueMail(*conn, userId, "password_reset",
                        {{"code", code}, {"expires_minutes", kResetMinutes}});
        }
        tx.commit();
        // The same answer either way, so the route does not reveal which accounts exist.
        return HttpResponse::json(
            202, {{"status", "if the account has a mail address, a code is on its way"}});
    });

    auto hasher = std::make_shared<PasswordHasher>(ctx.settings.passwordHash);
    ctx.router.add("POST", "/api/v1/auth/password-reset/confirm", [&ctx, hasher](HttpRequest& req) {
        const auto body = req.jsonBody();
        const std::string username = requireString(body, "username");
        const std::string code = normalisedCode(requireString(body, "code"));
        const std::string password = requireString(body, "new_password");
        checkPasswordPolicy(password);
        const std::string newHash = hasher->hash(password);
        auto conn = ctx.db.acquire();
        Transaction tx(*conn);
        const auto used = conn->exec(
            "UPDATE password_resets r SET used_at = now() FROM users u"
            " WHERE r.user_id = u.id AND u.username_key = lower($1) AND r.code_hash = $2"
            "   AND r.used_at IS NULL AND r.expires_at > now() AND r.failures < $3"
            " RETURNING u.id::text",
            {username, sha256Hex(code), kResetMaxFailures});
        if (used.empty()) {
            conn->exec(
                "UPDATE password_resets r SET failures = failures + 1 FROM users u"
                " WHERE r.user_id = u.id AND u.username_key = lower($1) AND r.used_at IS NULL",
                {username});
            tx.commit();
            throw badRequest("the code is wrong, used or expired; ask for a new one",
                             "invalid_reset_code");
        }
        const std::string userId = used.text(0, 0);
        conn->exec(
            "UPDATE users SET password_hash = $2, token_epoch = token_epoch + 1, updated_at = now()"
            " WHERE id = $1::uuid",
            {userId, newHash});
        conn->exec(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1::uuid AND revoked_at "
            "IS NULL",
            {userId});
        tx.commit();
        return HttpResponse::noContent();
    });
}

}  // namespace satchel::server::jobs
