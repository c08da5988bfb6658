#include "push/event_store.h"

namespace satchel::server {
namespace {

// PostgreSQL's array literal for values that need no quoting (uuids and integers).
template <typename Range, typename ToText>
std::string arrayLiteral(const Range& items, ToText toText) {
    std::string out = "{";
    bool first = true;
    for (const auto& item : items) {
        if (!first)
            out += ',';
        first = false;
        out += toText(item);
    }
    out += '}';
    return out;
}

std::string renderEvent(long long seq, const PgResult& r, int row) {
    // Columns: 2 id, 3 kind, 4 data, 5 created_at, 6 title, 7 body. `data` is jsonb rendered
    // by PostgreSQL, already valid JSON: spliced in rather than parsed and dumped again, since
    // a broadcast renders thousands of these.
    std::string out = R"({"type":"event","id":)";
    out += std::to_string(seq);
    out += R"(,"notification_id":")";
    out += r.text(row, 2);  // a uuid: nothing to escape
    out += R"(","kind":)";
    out += nlohmann::json(r.text(row, 3)).dump();
    out += R"(,"title":)";
    out += nlohmann::json(r.text(row, 6)).dump();
    out += R"(,"body":)";
    out += nlohmann::json(r.text(row, 7)).dump();
    out += R"(,"data":)";
    out += r.text(row, 4);
    out += R"(,"created_at":)";
    out += nlohmann::json(r.text(row, 5)).dump();
    out += '}';
    return out;
}

}  // namespace

long long createPushEvent(PgConnection& conn, const std::string& userId, std::string_view kind,
                          const nlohmann::json& data) {
    const auto r =
        conn.exec("SELECT push_create_event($1::uuid, $2, $3::jsonb)", {userId, kind, data.dump()});
    return r.integer(0, 0);
}

int createCourseEvent(PgConnection& conn, const std::string& courseId, std::string_view kind,
                      const nlohmann::json& data, const std::optional<std::string>& exceptUserId) {
    const auto r = conn.exec("SELECT push_create_course_event($1::uuid, $2, $3::jsonb, $4::uuid)",
                             {courseId, kind, data.dump(), PgParam(exceptUserId)});
    return static_cast<int>(r.integer(0, 0));
}

long long latestPushSeq(PgConnection& conn, const std::string& userId) {
    const auto r = conn.exec(
        "SELECT coalesce((SELECT last_seq FROM push_user_seq WHERE user_id = $1::uuid), 0)",
        {userId});
    return r.integer(0, 0);
}

std::vector<std::vector<StoredPushEvent>> fetchPushEvents(PgConnection& conn,
                                                          const std::vector<PushCursor>& cursors,
                                                          int pageSize) {
    std::vector<std::vector<StoredPushEvent>> out(cursors.size());
    if (cursors.empty())
        return out;
    const auto users = arrayLiteral(cursors, [](const PushCursor& c) { return c.userId; });
    const auto after =
        arrayLiteral(cursors, [](const PushCursor& c) { return std::to_string(c.afterSeq); });
    const auto r = conn.exec(
        "SELECT c.idx, e.seq, e.id, e.kind, e.data::text,"
        "       to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
        "       push_notification_title(e.kind, e.data), push_notification_body(e.kind, e.data)"
        " FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS c(user_id, after_seq, idx)"
        " CROSS JOIN LATERAL (SELECT p.seq, p.id, p.kind, p.data, p.created_at FROM push_events p"
        "                     WHERE p.user_id = c.user_id AND p.seq > c.after_seq"
        "                     ORDER BY p.seq LIMIT $3) e"
        " ORDER BY c.idx, e.seq",
        {users, after, pageSize});
    for (int row = 0; row < r.rows(); ++row) {
        const auto index = static_cast<std::size_t>(r.integer(row, 0) - 1);
        const long long seq = r.integer(row, 1);
        out.at(index).push_back({seq, renderEvent(seq, r, row)});
    }
    return out;
}

}  // namespace satchel::server
