#include "push/notification_reads.h"

#include <algorithm>

#include "http/types.h"
#include "push/event_store.h"

namespace satchel::server {
namespace {

std::string uuidArray(const std::vector<std::string>& ids) {
    // Callers pass canonical uuids only (validated by the route): nothing needs quoting.
    std::string out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ',';
        out += ids[i];
    }
    out += '}';
    return out;
}

}  // namespace

MarkedRead markNotificationsRead(PgConnection& conn, const std::string& userId,
                                 const std::vector<std::string>& ids,
                                 const std::optional<std::string>& upTo) {
    std::optional<long long> upToSeq;
    if (upTo) {
        const auto bound = conn.exec(
            "SELECT seq FROM push_events WHERE user_id = $1::uuid AND id = $2::uuid"
            " AND push_notification_kind(kind) IS NOT NULL",
            {userId, *upTo});
        if (bound.empty()) {
            ApiError error(404, "notification_not_found",
                           "no notification of yours has the id given in 'up_to'");
            error.field = "up_to";
            throw error;
        }
        upToSeq = bound.integer(0, 0);
    }
    // Row locks make a concurrent call with the same ids wait and then see them read, so each
    // notification is marked (and announced) once.
    const auto marked = conn.exec(
        "WITH now_ms AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS at)"
        " UPDATE push_events p SET read_at_ms = (SELECT at FROM now_ms)"
        " WHERE p.user_id = $1::uuid AND p.read_at_ms IS NULL"
        "   AND push_notification_kind(p.kind) IS NOT NULL"
        "   AND (p.id = ANY($2::uuid[]) OR p.seq <= $3)"
        " RETURNING p.seq, p.id::text, p.read_at_ms",
        {userId, uuidArray(ids), upToSeq ? PgParam(*upToSeq) : PgParam(std::nullopt)});
    std::vector<std::pair<long long, std::string>> rows;
    rows.reserve(static_cast<std::size_t>(marked.rows()));
    MarkedRead result;
    for (int r = 0; r < marked.rows(); ++r) {
        rows.emplace_back(marked.integer(r, 0), marked.text(r, 1));
        result.readAtMs = marked.integer(r, 2);
    }
    std::sort(rows.begin(), rows.end());
    result.ids.reserve(rows.size());
    for (auto& row : rows)
        result.ids.push_back(std::move(row.second));
    for (std::size_t first = 0; first < result.ids.size(); first += kMaxIdsPerReadEvent) {
        const auto last = std::min(result.ids.size(), first + kMaxIdsPerReadEvent);
        const nlohmann::json data{
            {"ids", std::vector<std::string>(result.ids.begin() + static_cast<long>(first),
                                             result.ids.begin() + static_cast<long>(last))},
            {"read_at_ms", result.readAtMs}};
        createPushEvent(conn, userId, push_kind::kNotificationRead, data);
    }
    return result;
}

}  // namespace satchel::server
