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

// JSON string literals of the texts most recently seen in a column: a course broadcast's
// rows share kind, title and body, so each is escaped once per fetch, not once per recipient.
class EscapedText {
public:
    const std::string& operator()(const std::string& text) {
        if (!valid_ || text != raw_) {
            raw_ = text;
            escaped_ = nlohmann::json(text).dump();
            valid_ = true;
        }
        return escaped_;
    }

private:
    std::string raw_;
    std::string escaped_;
    bool valid_ = false;
};

struct RenderCache {
    EscapedText kind, title, body;
};

// Everything of a rendered event after its notification id; a broadcast's recipients share it.
// `data` is jsonb rendered by PostgreSQL, already valid JSON, and `createdAt` a fixed ISO form
// (digits, '-', ':', '.', 'T', 'Z' only; to_char below): both spliced in rather than parsed and
// dumped again, since a broadcast renders thousands of these.
std::string renderTail(const std::string& kind, const std::string& title, const std::string& body,
                       const std::string& data, const std::string& createdAt) {
    std::string out;
    out.reserve(48 + kind.size() + title.size() + body.size() + data.size() + createdAt.size());
    out += R"(,"kind":)";
    out += kind;
    out += R"(,"title":)";
    out += title;
    out += R"(,"body":)";
    out += body;
    out += R"(,"data":)";
    out += data;
    out += R"(,"created_at":")";
    out += createdAt;
    out += R"("})";
    return out;
}

// The columns every reader selects after its own: kind, data, created_at, title, body.
constexpr const char* kEventColumns =
    "e.kind, e.data::text,"
    " to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
    " push_notification_title(e.kind, e.data), push_notification_body(e.kind, e.data)";

// Renders the kEventColumns starting at `column` of `row`.
std::string renderTailAt(const PgResult& r, int row, int column, RenderCache& cache) {
    const std::string& kind = cache.kind(r.text(row, column));
    const std::string& title = cache.title(r.text(row, column + 3));
    const std::string& body = cache.body(r.text(row, column + 4));
    return renderTail(kind, title, body, r.text(row, column + 1), r.text(row, column + 2));
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
    const auto r = conn.exec("SELECT push_latest_seq($1::uuid)", {userId});
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
        std::string("SELECT c.idx, e.seq, e.id, ") + kEventColumns +
            " FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS c(user_id, after_seq, idx)"
            " CROSS JOIN LATERAL (SELECT p.seq, p.id, p.kind, p.data, p.created_at FROM "
            "push_events p"
            "                     WHERE p.user_id = c.user_id AND p.seq > c.after_seq"
            "                     ORDER BY p.seq LIMIT $3) e"
            " ORDER BY c.idx, e.seq",
        {users, after, pageSize});
    RenderCache cache;
    for (int row = 0; row < r.rows(); ++row) {
        const auto index = static_cast<std::size_t>(r.integer(row, 0) - 1);
        const long long seq = r.integer(row, 1);
        out.at(index).push_back(
            {seq, renderPushEventMessage(seq, r.text(row, 2), renderTailAt(r, row, 3, cache))});
    }
    return out;
}

std::string renderPushEventMessage(long long seq, std::string_view notificationId,
                                   std::string_view tail) {
    std::string out;
    out.reserve(64 + notificationId.size() + tail.size());
    out += R"({"type":"event","id":)";
    out += std::to_string(seq);
    out += R"(,"notification_id":")";
    out += notificationId;  // a uuid: nothing to escape
    out += '"';
    out += tail;
    return out;
}

std::optional<std::string> fetchPushEventTail(PgConnection& conn, const std::string& userId,
                                              long long seq) {
    const auto r = conn.exec(std::string("SELECT ") + kEventColumns +
                                 " FROM push_events e WHERE e.user_id = $1::uuid AND e.seq = $2",
                             {userId, seq});
    if (r.rows() == 0)
        return std::nullopt;
    RenderCache cache;
    return renderTailAt(r, 0, 0, cache);
}

}  // namespace satchel::server
