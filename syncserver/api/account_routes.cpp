#include "api/account_routes.h"

namespace satchel::server {
namespace {

// The login name: "username", or "email" as shared's LoginRequest/RegisterRequest send it.
std::string loginName(const nlohmann::json& body) {
    if (auto name = optionalString(body, "username"))
        return *name;
    if (auto email = optionalString(body, "email"))
        return *email;
    ApiError e(400, "invalid_field", "field 'username' is required");
    e.field = "username";
    throw e;
}

std::string refreshTokenField(const nlohmann::json& body) {
    if (auto token = optionalString(body, "refresh_token"))
        return *token;
    ApiError e(400, "invalid_field", "field 'refresh_token' is required");
    e.field = "refresh_token";
    throw e;
}

// The caller, if the request carries a valid token; registration works without one.
std::optional<CurrentUser> optionalCaller(ServerContext& ctx, const HttpRequest& req) {
    if (req.header("authorization").empty())
        return std::nullopt;
    return ctx.auth.requireUser(req);
}

}  // namespace

void registerAccountRoutes(ServerContext& ctx, std::shared_ptr<AccountService> accounts) {
    ctx.router.add("POST", "/api/v1/auth/register", [&ctx, accounts](HttpRequest& req) {
        const auto body = req.jsonBody();
        Registration reg;
        reg.username = loginName(body);
        reg.password = requireString(body, "password");
        reg.email = optionalString(body, "email").value_or("");
        reg.displayName = optionalString(body, "displayName").value_or("");
        reg.inviteCode = optionalString(body, "inviteCode");
        if (const auto role = optionalString(body, "role")) {
            reg.requestedRole = parseRole(*role);
            if (!reg.requestedRole) {
                ApiError e(400, "invalid_field",
                           "field 'role' must be student, instructor or admin");
                e.field = "role";
                throw e;
            }
        }
        const auto user = accounts->registerUser(reg, optionalCaller(ctx, req));
        auto r = HttpResponse::json(201, userJson(user));
        r.setHeader("Location", "/api/v1/users/" + user.id);
        return r;
    });

    ctx.router.add("POST", "/api/v1/auth/login", [accounts](HttpRequest& req) {
        const auto body = req.jsonBody();
        const auto session =
            accounts->login(loginName(body), requireString(body, "password"), req.remoteAddress);
        auto r = HttpResponse::json(200, sessionJson(session));
        r.setHeader("Cache-Control", "no-store");
        return r;
    });

    ctx.router.add("POST", "/api/v1/auth/refresh", [accounts](HttpRequest& req) {
        const auto session = accounts->refresh(refreshTokenField(req.jsonBody()));
        auto r = HttpResponse::json(200, sessionJson(session));
        r.setHeader("Cache-Control", "no-store");
        return r;
    });

    ctx.router.add("POST", "/api/v1/auth/logout", [accounts](HttpRequest& req) {
        accounts->logout(refreshTokenField(req.jsonBody()));
        return HttpResponse::noContent();
    });

    ctx.router.add("POST", "/api/v1/auth/password", [&ctx, accounts](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto body = req.jsonBody();
        accounts->changePassword(me, requireString(body, "currentPassword"),
                                 requireString(body, "newPassword"));
        return HttpResponse::noContent();
    });

    ctx.router.add("GET", "/api/v1/me", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        const auto user = users::findById(*conn, me.id);
        if (!user)
            throw unauthorized("the account no longer exists", "invalid_token");
        return HttpResponse::json(200, userJson(*user));
    });

    ctx.router.add("GET", "/api/v1/users/{id}", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto& id = req.param("id");
        if (id != me.id && !me.isAdmin())
            throw notFound("no such user");
        auto conn = ctx.db.acquire();
        const auto user = users::findById(*conn, id);
        if (!user)
            throw notFound("no such user");
        return HttpResponse::json(200, userJson(*user));
    });
}

}  // namespace satchel::server
