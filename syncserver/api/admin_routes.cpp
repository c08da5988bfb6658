#include "api/account_routes.h"
#include "db/invitation_repository.h"

namespace satchel::server {

void registerAdminRoutes(ServerContext& ctx) {
    ctx.router.add("GET", "/api/v1/admin/users", [&ctx](HttpRequest& req) {
        ctx.auth.requireRole(req, {Role::Admin});
        auto number = [&](const char* name, int fallback, int max) {
            const auto it = req.query.find(name);
            if (it == req.query.end())
                return fallback;
            try {
                const int n = std::stoi(it->second);
                if (n >= 0 && n <= max)
                    return n;
            } catch (const std::exception&) {
            }
            ApiError e(
                400, "invalid_field",
                std::string("query parameter '") + name + "' must be 0.." + std::to_string(max));
            e.field = name;
            throw e;
        };
        const int limit = number("limit", 100, 1000);
        const int offset = number("offset", 0, 1000000000);
        auto conn = ctx.db.acquire();
        nlohmann::json list = nlohmann::json::array();
        for (const auto& u : users::list(*conn, limit, offset))
            list.push_back(userJson(u));
        return HttpResponse::json(
            200, {{"users", std::move(list)}, {"limit", limit}, {"offset", offset}});
    });

    // {"role": "..."} and/or {"disabled": true|false}. Disabling ends the account's sessions
    // at once: its access tokens fail on their next use and its refresh tokens are revoked.
    ctx.router.add("PATCH", "/api/v1/admin/users/{id}", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Admin});
        const auto body = req.jsonBody();
        const auto roleText = optionalString(body, "role");
        const auto disabled = optionalBool(body, "disabled");
        std::optional<Role> role;
        if (roleText) {
            role = parseRole(*roleText);
            if (!role) {
                ApiError e(400, "invalid_field",
                           "field 'role' must be student, instructor or admin");
                e.field = "role";
                throw e;
            }
        }
        const auto& id = req.param("id");
        if (id == me.id && ((disabled && *disabled) || (role && *role != Role::Admin)))
            throw conflict("administrators cannot disable or demote themselves", "self_lockout");
        auto conn = ctx.db.acquire();
        if (!users::findById(*conn, id))
            throw notFound("no such user");
        if (role)
            users::setRole(*conn, id, *role);
        if (disabled)
            users::setDisabled(*conn, id, *disabled);
        // Committed: this instance forgets the account now; the others when the users
        // trigger's notification reaches them.
        ctx.auth.forgetAccount(id);
        return HttpResponse::json(200, userJson(*users::findById(*conn, id)));
    });

    ctx.router.add("POST", "/api/v1/admin/invitations", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Admin});
        nlohmann::json body = nlohmann::json::object();
        if (!req.body.empty())
            body = req.jsonBody();
        const auto role = parseRole(optionalString(body, "role").value_or("student"));
        if (!role) {
            ApiError e(400, "invalid_field", "field 'role' must be student, instructor or admin");
            e.field = "role";
            throw e;
        }
        const auto ttl = optionalInt(body, "ttlSeconds").value_or(7 * 24 * 3600);
        if (ttl < 60 || ttl > 365LL * 24 * 3600) {
            ApiError e(400, "invalid_field", "field 'ttlSeconds' must be 60 to 31536000");
            e.field = "ttlSeconds";
            throw e;
        }
        auto conn = ctx.db.acquire();
        const auto code = invitations::create(*conn, *role, me.id, std::chrono::seconds(ttl));
        return HttpResponse::json(
            201, {{"inviteCode", code}, {"role", roleName(*role)}, {"ttlSeconds", ttl}});
    });
}

}  // namespace satchel::server
