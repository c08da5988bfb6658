#include "old_database.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "auth/access_token.h"
#include "db/migrations.h"
#include "satchel/hash.h"
#include "satchel/hlc.h"
#include "satchel/model.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

namespace satchel::upgrade_test {

OldDatabase::OldDatabase(int schemaVersion) : url(pg.createDatabase("upgrade")) {
    db = std::make_unique<server::PgConnection>(url);
    const auto report = server::migrateTo(*db, schemaVersion);
    BOOST_REQUIRE_EQUAL(report.to, schemaVersion);
    BOOST_REQUIRE_EQUAL(this->schemaVersion(), schemaVersion);
}

int OldDatabase::schemaVersion() const {
    return server::currentSchemaVersion(*db);
}

int OldDatabase::migrateWithSyncd(std::string& output) const {
    testing::TempDir dir("satchel-upgrade-migrate");
    const auto log = (dir / "migrate.log").string();
    const int status =
        testing::runCommand({"/usr/bin/env", "SATCHEL_DATABASE_URL=" + url,
                             (testing::binDir() / "satchel-syncd").string(), "migrate"},
                            log);
    std::ifstream in(log);
    std::ostringstream text;
    text << in.rdbuf();
    output = text.str();
    return status;
}

std::unique_ptr<testing::SyncServer> OldDatabase::serve(
    std::map<std::string, std::string> env) const {
    env.emplace("SATCHEL_JWT_SECRET", kJwtSecret);
    env.emplace("SATCHEL_ACCESS_LOG", "off");
    env.emplace("SATCHEL_JOB_WORKERS", "0");
    env.emplace("SATCHEL_WORKERS", "4");
    env.emplace("SATCHEL_DB_POOL_SIZE", "4");
    auto server = std::make_unique<testing::SyncServer>(url, env);
    BOOST_REQUIRE_MESSAGE(server->waitReady(60000),
                          "satchel-syncd never became ready: " + server->process().log());
    return server;
}

std::string OldDatabase::accessToken(const std::string& userId, const std::string& role) const {
    return server::AccessTokenCodec(kJwtSecret, std::chrono::hours(1))
        .issue(server::AccessClaims{userId, role, 0, 0, 0});
}

std::string OldDatabase::rows(const std::string& sql,
                              const std::vector<std::string>& params) const {
    std::vector<server::PgParam> bound(params.begin(), params.end());
    const auto result = db->exec(sql, bound);
    std::string out;
    for (int r = 0; r < result.rows(); ++r)
        out += (result.isNull(r, 0) ? std::string("NULL") : result.text(r, 0)) + "\n";
    return out;
}

long long OldDatabase::scalar(const std::string& sql,
                              const std::vector<std::string>& params) const {
    std::vector<server::PgParam> bound(params.begin(), params.end());
    return db->exec(sql, bound).integer(0, 0);
}

std::string OldDatabase::schemaFingerprint() const {
    return rows(
        "SELECT x FROM ("
        " SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '"
        "   || is_nullable || ' ' || coalesce(column_default, '')"
        "   FROM information_schema.columns WHERE table_schema = 'public'"
        " UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' '"
        "   || pg_get_constraintdef(oid) || ' validated=' || convalidated"
        "   FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        " UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
        " UNION ALL SELECT 'function ' || p.oid::regprocedure || ' ' || "
        "md5(pg_get_functiondef(p.oid))"
        "   FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', "
        "'p')"
        " UNION ALL SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || "
        "tgenabled::text"
        "   FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        "   WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace"
        " UNION ALL SELECT 'view ' || viewname || ' ' || md5(definition) FROM pg_views"
        "   WHERE schemaname = 'public'"
        " UNION ALL SELECT 'migration ' || version || ' ' || name || ' ' || applied_at"
        "   FROM schema_migrations"
        ") AS f (x) ORDER BY x");
}

std::string addUser(server::PgConnection& db, const std::string& username,
                    const std::string& role) {
    return db
        .exec(
            "INSERT INTO users (username, username_key, display_name, password_hash, role)"
            " VALUES ($1, lower($1), initcap($1), 'not-a-login-account', $2) RETURNING id::text",
            {username, role})
        .text(0, 0);
}

OldCourse createCourse(server::PgConnection& db, const std::string& ownerId,
                       const std::string& title) {
    OldCourse course;
    course.title = title;
    course.id = db.exec(
                      "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, $2)"
                      " RETURNING id::text",
                      {ownerId, title})
                    .text(0, 0);
    course.video = newUuidV7();
    course.reading = newUuidV7();
    course.videoSha = sha256Hex("video of " + title);
    return course;
}

void publishVersion(server::PgConnection& db, const OldCourse& course, const std::string& ownerId,
                    int version) {
    const std::string readingSha = sha256Hex("reading of " + course.title);
    CourseManifest m;
    m.courseId = *Uuid::parse(course.id);
    m.version = static_cast<std::uint32_t>(version);
    m.title = course.title;
    m.language = "en";
    m.publishedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    m.assets = {Asset{course.videoSha, 1000, "video/mp4", "video/intro.mp4", OldCourse::kVideoMs},
                Asset{readingSha, 100, "text/markdown", "readings/intro.md", std::nullopt}};
    Module module;
    module.id = newUuidV7();
    module.title = "Week 1";
    module.lessons.push_back(Lesson{course.video, "Intro video", LessonKind::Video, course.videoSha,
                                    std::nullopt, defaultCompletionRule(LessonKind::Video)});
    module.lessons.push_back(Lesson{course.reading, "Intro reading", LessonKind::Reading,
                                    readingSha, std::nullopt,
                                    defaultCompletionRule(LessonKind::Reading)});
    m.modules = {module};
    const std::string text = encode(m);
    server::Transaction tx(db);
    db.exec(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, published_by,"
        " total_bytes, lesson_count) VALUES ($1::uuid, $5, $2, $3, $4::uuid, 1100, 2)",
        {course.id, text, sha256Hex(text), ownerId, version});
    db.exec("UPDATE courses SET latest_version = $2 WHERE id = $1::uuid", {course.id, version});
    tx.commit();
}

void enroll(server::PgConnection& db, const std::string& courseId, const std::string& userId) {
    db.exec("INSERT INTO enrollments (course_id, user_id) VALUES ($1::uuid, $2::uuid)",
            {courseId, userId});
}

}  // namespace satchel::upgrade_test
