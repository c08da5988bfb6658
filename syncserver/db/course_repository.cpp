#include "db/course_repository.h"

#include "db/errors.h"
#include "db/user_repository.h"
#include "satchel/ids.h"

namespace satchel::server {
namespace {

constexpr const char* kIsoUtc = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

std::string courseColumns() {
    return std::string(
               "id::text, owner_id::text, title, description, open_enrollment, latest_version, "
               "archived_at IS NOT NULL, to_char(created_at AT TIME ZONE 'UTC', ") +
           kIsoUtc + "), to_char(updated_at AT TIME ZONE 'UTC', " + kIsoUtc +
           "), reminder_inactive_days";
}

CourseRecord fromRow(const PgResult& r, int row) {
    CourseRecord c;
    c.id = r.text(row, 0);
    c.ownerId = r.text(row, 1);
    c.title = r.text(row, 2);
    c.description = r.text(row, 3);
    c.openEnrollment = r.boolean(row, 4);
    c.latestVersion = static_cast<int>(r.integer(row, 5));
    c.archived = r.boolean(row, 6);
    c.createdAt = r.text(row, 7);
    c.updatedAt = r.text(row, 8);
    if (!r.isNull(row, 9))
        c.reminderInactiveDays = static_cast<int>(r.integer(row, 9));
    return c;
}

}  // namespace

namespace courses {

CourseRecord create(PgConnection& conn, const std::string& ownerId, const std::string& title,
                    const std::string& description, bool openEnrollment, const std::string& id) {
    const auto r = conn.exec(
        "INSERT INTO courses (id, owner_id, title, description, open_enrollment) "
        "VALUES ($1::uuid, $2::uuid, $3, $4, $5) RETURNING " +
            courseColumns(),
        {id.empty() ? satchel::newUuidV7().toString() : id, ownerId, title, description,
         openEnrollment});
    return fromRow(r, 0);
}

std::optional<CourseRecord> find(PgConnection& conn, const std::string& id) {
    if (!isUuid(id))
        return std::nullopt;
    const auto r =
        conn.exec("SELECT " + courseColumns() + " FROM courses WHERE id = $1::uuid", {id});
    if (r.empty())
        return std::nullopt;
    return fromRow(r, 0);
}

CourseRecord update(PgConnection& conn, const std::string& id,
                    const std::optional<std::string>& title,
                    const std::optional<std::string>& description,
                    const std::optional<bool>& openEnrollment,
                    const std::optional<std::optional<int>>& reminderDays) {
    const auto r = conn.exec(
        "UPDATE courses SET title = coalesce($2, title), description = coalesce($3, description), "
        "open_enrollment = coalesce($4::boolean, open_enrollment), "
        "reminder_inactive_days = CASE WHEN $5::boolean THEN $6::integer "
        "ELSE reminder_inactive_days END, updated_at = now() WHERE id = $1::uuid RETURNING " +
            courseColumns(),
        {id, title, description, openEnrollment ? PgParam(*openEnrollment) : PgParam(),
         reminderDays.has_value(),
         reminderDays && *reminderDays ? PgParam(**reminderDays) : PgParam()});
    return fromRow(r, 0);
}

CourseRecord archive(PgConnection& conn, const std::string& id) {
    const auto r = conn.exec(
        "UPDATE courses SET archived_at = coalesce(archived_at, now()), updated_at = now() WHERE "
        "id = $1::uuid "
        "RETURNING " +
            courseColumns(),
        {id});
    return fromRow(r, 0);
}

std::vector<CourseRecord> ownedBy(PgConnection& conn, const std::string& ownerId) {
    const auto r = conn.exec(
        "SELECT " + courseColumns() + " FROM courses WHERE owner_id = $1::uuid ORDER BY created_at",
        {ownerId});
    std::vector<CourseRecord> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(fromRow(r, i));
    return out;
}

int publish(PgConnection& conn, const std::string& courseId, const std::string& publishedBy,
            const std::function<RenderedManifest(int, long long)>& render) {
    Transaction tx(conn);
    const auto row = conn.exec(
        "SELECT latest_version, (extract(epoch FROM now()) * 1000)::bigint FROM courses "
        "WHERE id = $1::uuid FOR UPDATE",
        {courseId});
    if (row.empty())
        throw DatabaseError("P0002", "course vanished while publishing");
    const int version = static_cast<int>(row.integer(0, 0)) + 1;
    const auto rendered = render(version, row.integer(0, 1));
    conn.exec(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, total_bytes, "
        "lesson_count, "
        "published_by, published_at) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::uuid, "
        "to_timestamp($8::bigint / 1000.0))",
        {courseId, version, rendered.json, rendered.sha256, rendered.totalBytes,
         rendered.lessonCount, publishedBy, row.integer(0, 1)});
    conn.exec("UPDATE courses SET latest_version = $2, updated_at = now() WHERE id = $1::uuid",
              {courseId, version});
    tx.commit();
    return version;
}

std::optional<std::string> manifest(PgConnection& conn, const std::string& courseId, int version) {
    if (!isUuid(courseId))
        return std::nullopt;
    const auto r = conn.exec(
        "SELECT manifest FROM course_versions WHERE course_id = $1::uuid AND version = $2",
        {courseId, version});
    if (r.empty())
        return std::nullopt;
    return r.text(0, 0);
}

std::vector<CatalogEntry> catalog(PgConnection& conn) {
    const auto r = conn.exec(
        "SELECT c.id::text, c.title, c.description, c.latest_version, "
        "(extract(epoch FROM v.published_at) * 1000)::bigint, v.total_bytes, v.lesson_count "
        "FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = "
        "c.latest_version "
        "WHERE c.latest_version > 0 AND c.archived_at IS NULL ORDER BY v.published_at DESC, c.id");
    std::vector<CatalogEntry> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(CatalogEntry{r.text(i, 0), r.text(i, 1), r.text(i, 2),
                                   static_cast<int>(r.integer(i, 3)), r.integer(i, 4),
                                   r.integer(i, 5), static_cast<int>(r.integer(i, 6))});
    return out;
}

bool enroll(PgConnection& conn, const std::string& courseId, const std::string& userId,
            const std::string& enrolledBy) {
    return conn.exec(
                   "INSERT INTO enrollments (course_id, user_id, enrolled_by) VALUES ($1::uuid, "
                   "$2::uuid, $3::uuid) "
                   "ON CONFLICT (course_id, user_id) DO NOTHING",
                   {courseId, userId, enrolledBy})
               .affectedRows() == 1;
}

bool isEnrolled(PgConnection& conn, const std::string& courseId, const std::string& userId) {
    return !conn.exec("SELECT 1 FROM enrollments WHERE course_id = $1::uuid AND user_id = $2::uuid",
                      {courseId, userId})
                .empty();
}

std::set<std::string> enrolledCourseIds(PgConnection& conn, const std::string& userId) {
    const auto r =
        conn.exec("SELECT course_id::text FROM enrollments WHERE user_id = $1::uuid", {userId});
    std::set<std::string> out;
    for (int i = 0; i < r.rows(); ++i)
        out.insert(r.text(i, 0));
    return out;
}

}  // namespace courses

nlohmann::json courseJson(const CourseRecord& c) {
    return {
        {"id", c.id},
        {"courseId", c.id},
        {"ownerId", c.ownerId},
        {"title", c.title},
        {"description", c.description},
        {"openEnrollment", c.openEnrollment},
        {"reminderInactiveDays", c.reminderInactiveDays ? nlohmann::json(*c.reminderInactiveDays)
                                                        : nlohmann::json(nullptr)},
        {"latestVersion", c.latestVersion},
        {"status", c.archived            ? "archived"
                   : c.latestVersion > 0 ? "published"
                                         : "draft"},
        {"createdAt", c.createdAt},
        {"updatedAt", c.updatedAt}};
}

nlohmann::json catalogEntryJson(const CatalogEntry& e, bool enrolled) {
    return {{"courseId", e.courseId},           {"title", e.title},
            {"description", e.description},     {"latestVersion", e.latestVersion},
            {"publishedAtMs", e.publishedAtMs}, {"totalBytes", e.totalBytes},
            {"lessonCount", e.lessonCount},     {"enrolled", enrolled}};
}

}  // namespace satchel::server
