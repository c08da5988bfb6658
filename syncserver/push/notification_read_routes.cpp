#include "push/notification_read_routes.h"

#include "auth/authenticator.h"
#include "push/notification_reads.h"
#include "satchel/ids.h"

namespace satchel::server {
namespace {

ApiError invalidField(const std::string& field, const std::string& message) {
    ApiError error(400, "invalid_field", "field '" + field + "' " + message);
    error.field = field;
    return error;
}

// Canonical lowercase form, so the SQL array literal needs no quoting.
std::string requireNotificationId(const nlohmann::json& value, const std::string& field) {
    if (!value.is_string())
        throw invalidField(field, "must be a notification id (a UUID string)");
    const auto parsed = Uuid::parse(value.get<std::string>());
    if (!parsed)
        throw invalidField(field, "is not a UUID");
    return parsed->toString();
}

struct ReadRequest {
    std::vector<std::string> ids;
    std::optional<std::string> upTo;
};

ReadRequest parseReadRequest(const nlohmann::json& body) {
    ReadRequest request;
    if (const auto it = body.find("ids"); it != body.end() && !it->is_null()) {
        if (!it->is_array())
            throw invalidField("ids", "must be an array of notification ids");
        if (it->empty())
            throw invalidField("ids", "must not be empty");
        if (it->size() > kMaxNotificationIdsPerRead)
            throw invalidField("ids", "has more than " +
                                          std::to_string(kMaxNotificationIdsPerRead) +
                                          " ids; send them in several requests");
        request.ids.reserve(it->size());
        for (std::size_t i = 0; i < it->size(); ++i)
            request.ids.push_back(
                requireNotificationId((*it)[i], "ids[" + std::to_string(i) + "]"));
    }
    if (const auto it = body.find("up_to"); it != body.end() && !it->is_null())
        request.upTo = requireNotificationId(*it, "up_to");
    if (request.ids.empty() && !request.upTo)
        throw invalidField("ids", "is required (or 'up_to')");
    return request;
}

}  // namespace

void registerNotificationReadRoutes(ServerContext& ctx) {
    ctx.router.add("POST", "/api/v1/notifications/read", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto request = parseReadRequest(req.jsonBody());
        auto conn = ctx.db.acquire();
        Transaction tx(*conn);
        const auto marked = markNotificationsRead(*conn, me.id, request.ids, request.upTo);
        tx.commit();
        nlohmann::json answer{{"marked", marked.ids.size()}, {"ids", marked.ids}};
        answer["readAtMs"] =
            marked.ids.empty() ? nlohmann::json() : nlohmann::json(marked.readAtMs);
        return HttpResponse::json(200, answer);
    });
}

}  // namespace satchel::server
