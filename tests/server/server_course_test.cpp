// Courses end to end: roles on every course route, object-level checks (404 for what you may
// not see), publishing immutable versions from a manifest validated by shared/, the catalog's
// ETag, enrollment and the manifest for enrolled students.
#define BOOST_TEST_MODULE server_courses
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "api_client.h"
#include "asset_upload.h"
#include "satchel/hash.h"
#include "satchel/protocol/codec.h"

using namespace satchel::testing;
using nlohmann::json;

namespace {

// The server's blob folder, known here so a test can spoil stored bytes the way a faulty disk
// or a store that does not check what it is sent would. Outlives the server (made first).
const TempDir& blobFolder() {
    static TempDir dir("course-blobs");
    return dir;
}

ServerUnderTest& server() {
    blobFolder();
    static ServerUnderTest instance({{"SATCHEL_BLOB_DIR", blobFolder().path().string()}});
    return instance;
}

struct People {
    json instructor, otherInstructor, student, otherStudent, admin;
};

People& people() {
    static People p = [] {
        People made;
        made.instructor = server().createWithRole("prof", "instructor");
        made.otherInstructor = server().createWithRole("prof2", "instructor");
        made.admin = server().createWithRole("boss", "admin");
        made.student = server().signUp("stu");
        made.otherStudent = server().signUp("stu2");
        return made;
    }();
    return p;
}

std::string tok(const json& who) {
    return bearer(who);
}
std::string idOf(const json& who) {
    return who["user"]["id"];
}

const std::string kReading = "# Reading one\n\nWhat every lesson of these tests reads.\n";

// The reading's bytes, uploaded once through the real upload flow: publish refuses manifests
// whose assets the server does not have.
const std::string& uploadedReading() {
    static const std::string sha256 =
        uploadAsset(server(), tok(people().instructor), kReading, "text/markdown");
    return sha256;
}

// A small valid manifest: one module with a reading and its asset (path `assetPath`, bytes
// `assetBytes`, which are uploaded when they are the shared reading, and not otherwise).
json publishBody(const std::string& lessonTitle = "Reading one",
                 const std::string& assetPath = "readings/one.md",
                 const std::string& assetBytes = kReading) {
    satchel::CourseManifest m;
    m.version = 1;
    m.title = "Manifest title";
    m.language = "en";
    satchel::Asset asset;
    asset.sha256 = assetBytes == kReading ? uploadedReading() : satchel::sha256Hex(assetBytes);
    asset.size = assetBytes.size();
    asset.mediaType = "text/markdown";
    asset.path = assetPath;
    m.assets.push_back(asset);
    satchel::Module module;
    module.id = satchel::newUuidV7();
    module.title = "Module";
    satchel::Lesson lesson;
    lesson.id = satchel::newUuidV7();
    lesson.title = lessonTitle;
    lesson.kind = satchel::LessonKind::Reading;
    lesson.assetSha256 = asset.sha256;
    lesson.completion = satchel::defaultCompletionRule(satchel::LessonKind::Reading);
    module.lessons.push_back(lesson);
    m.modules.push_back(module);
    return satchel::toJson(satchel::PublishRequest{m});
}

std::string createCourse(const std::string& token, const json& body) {
    const auto r = server().call("POST", "/api/v1/courses", body, token);
    BOOST_REQUIRE_MESSAGE(r.status == 201, r.raw.body);
    return r.json["id"];
}

std::string publishedCourse(const std::string& title, bool open = true) {
    const auto id =
        createCourse(tok(people().instructor), {{"title", title}, {"openEnrollment", open}});
    const auto r = server().call("POST", "/api/v1/courses/" + id + "/versions", publishBody(),
                                 tok(people().instructor));
    BOOST_REQUIRE_MESSAGE(r.status == 201, r.raw.body);
    return id;
}

std::string code(const ApiResult& r) {
    return r.json.is_object() ? r.json["error"].value("code", "") : "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(only_instructors_and_admins_create_courses) {
    const auto r =
        server().call("POST", "/api/v1/courses", {{"title", "Algebra"}, {"description", "x"}},
                      tok(people().instructor));
    BOOST_TEST(r.status == 201);
    BOOST_TEST(r.json["status"] == "draft");
    BOOST_TEST(r.json["ownerId"] == idOf(people().instructor));
    BOOST_TEST(!r.raw.header("location").empty());
    BOOST_TEST(server()
                   .call("POST", "/api/v1/courses", {{"title", "Mine"}}, tok(people().student))
                   .status == 403);
    BOOST_TEST(server().call("POST", "/api/v1/courses", {{"title", "Anon"}}).status == 401);
    BOOST_TEST(
        server().call("POST", "/api/v1/courses", {{"title", "Boss"}}, tok(people().admin)).status ==
        201);
    const auto bad =
        server().call("POST", "/api/v1/courses", {{"title", ""}}, tok(people().instructor));
    BOOST_TEST(bad.status == 400);
    BOOST_TEST(bad.json["error"]["field"] == "title");
    const auto wrongType =
        server().call("POST", "/api/v1/courses", {{"title", "T"}, {"openEnrollment", "yes"}},
                      tok(people().instructor));
    BOOST_TEST(wrongType.status == 400);
    BOOST_TEST(wrongType.json["error"]["field"] == "openEnrollment");
}

BOOST_AUTO_TEST_CASE(drafts_are_edited_by_their_owner_only) {
    const auto id = createCourse(tok(people().instructor), {{"title", "Draft"}});
    const auto path = "/api/v1/courses/" + id;
    auto r = server().call("PATCH", path, {{"title", "Draft 2"}, {"openEnrollment", false}},
                           tok(people().instructor));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.json["title"] == "Draft 2");
    BOOST_TEST(r.json["openEnrollment"] == false);
    // An unpublished draft does not exist for anyone else but admins.
    BOOST_TEST(server()
                   .call("PATCH", path, {{"title", "Mine now"}}, tok(people().otherInstructor))
                   .status == 404);
    BOOST_TEST(server().call("GET", path, nullptr, tok(people().student)).status == 404);
    BOOST_TEST(
        server().call("PATCH", path, {{"title", "Admin edit"}}, tok(people().admin)).status == 200);
    BOOST_TEST(
        server().call("GET", "/api/v1/courses/not-a-uuid", nullptr, tok(people().student)).status ==
        404);

    // Once published, others see it but still may not change it.
    BOOST_REQUIRE(
        server().call("POST", path + "/versions", publishBody(), tok(people().instructor)).status ==
        201);
    BOOST_TEST(server().call("GET", path, nullptr, tok(people().student)).status == 200);
    BOOST_TEST(
        server().call("PATCH", path, {{"title", "Hijack"}}, tok(people().otherInstructor)).status ==
        403);
    BOOST_TEST(server().call("PATCH", path, {{"title", "Hijack"}}, tok(people().student)).status ==
               403);
    BOOST_TEST(
        server().call("POST", path + "/versions", publishBody(), tok(people().student)).status ==
        403);
    BOOST_TEST(
        server().call("POST", path + "/archive", nullptr, tok(people().otherInstructor)).status ==
        403);
}

BOOST_AUTO_TEST_CASE(publishing_makes_numbered_immutable_versions) {
    const auto id = createCourse(tok(people().instructor), {{"title", "Versions"}});
    const auto path = "/api/v1/courses/" + id;
    auto first =
        server().call("POST", path + "/versions", publishBody("First"), tok(people().instructor));
    BOOST_TEST(first.status == 201);
    BOOST_TEST(first.json["version"] == 1);
    BOOST_TEST(first.json["manifestSha256"].get<std::string>().size() == 64u);
    auto second =
        server().call("POST", path + "/versions", publishBody("Second"), tok(people().instructor));
    BOOST_TEST(second.json["version"] == 2);

    const auto v1 =
        server().call("GET", path + "/versions/1/manifest", nullptr, tok(people().instructor));
    BOOST_TEST(v1.status == 200);
    BOOST_TEST(v1.json["version"] == 1);
    BOOST_TEST(v1.json["courseId"] == id);
    BOOST_TEST(v1.json["modules"][0]["lessons"][0]["title"] == "First");
    BOOST_TEST(v1.raw.header("cache-control").find("immutable") != std::string::npos);
    const auto v2 =
        server().call("GET", path + "/versions/2/manifest", nullptr, tok(people().instructor));
    BOOST_TEST(v2.json["modules"][0]["lessons"][0]["title"] == "Second");
    // The served text decodes with shared's codec: it is the canonical manifest.
    BOOST_TEST(satchel::decode<satchel::CourseManifest>(v2.raw.body).has_value());
    BOOST_TEST(server()
                   .call("GET", path + "/versions/3/manifest", nullptr, tok(people().instructor))
                   .status == 404);
    BOOST_TEST(server()
                   .call("GET", path + "/versions/x/manifest", nullptr, tok(people().instructor))
                   .status == 404);
    const auto again =
        server().call("GET", path + "/versions/1/manifest", nullptr, tok(people().instructor),
                      {{"If-None-Match", v1.raw.header("etag")}});
    BOOST_TEST(again.status == 304);
}

BOOST_AUTO_TEST_CASE(publish_refuses_invalid_manifests_naming_the_field) {
    const auto id = createCourse(tok(people().instructor), {{"title", "Invalid"}});
    const auto path = "/api/v1/courses/" + id + "/versions";
    auto body = publishBody();
    body["manifest"]["modules"][0]["lessons"][0]["asset"] = std::string(64, 'b');  // not in assets
    auto r = server().call("POST", path, body, tok(people().instructor));
    BOOST_TEST(r.status == 400);
    BOOST_TEST(code(r) == "invalid_manifest");
    BOOST_TEST(
        r.json["error"].value("field", "").find("modules[0].lessons[0]") != std::string::npos,
        r.raw.body);

    body = publishBody();
    body["manifest"]["assets"][0]["size"] = "large";
    r = server().call("POST", path, body, tok(people().instructor));
    BOOST_TEST(r.status == 400);
    BOOST_TEST(r.json["error"].value("field", "").find("assets[0].size") != std::string::npos,
               r.raw.body);

    body = publishBody();
    body["manifest"]["courseId"] = "0192a5a0-0000-7000-8000-00000000ffff";
    BOOST_TEST(server().call("POST", path, body, tok(people().instructor)).status == 400);
    BOOST_TEST(
        server().callRaw("POST", path, "{\"manifest\": [", tok(people().instructor)).status == 400);
    // Nothing was published by any of these.
    BOOST_TEST(server()
                   .call("GET", "/api/v1/courses/" + id, nullptr, tok(people().instructor))
                   .json["latestVersion"] == 0);
}

BOOST_AUTO_TEST_CASE(publish_refuses_assets_missing_or_wrong_in_the_store_naming_them) {
    const auto instructor = tok(people().instructor);
    const auto id = createCourse(instructor, {{"title", "Assets checked"}});
    const auto path = "/api/v1/courses/" + id + "/versions";
    const auto message = [](const ApiResult& r) {
        return r.json.is_object() ? r.json["error"].value("message", "") : "";
    };

    // Bytes nobody uploaded.
    const std::string never = "# Never uploaded\n";
    auto r =
        server().call("POST", path, publishBody("Missing", "readings/never.md", never), instructor);
    BOOST_TEST(r.status == 422);
    BOOST_TEST(code(r) == "asset_missing");
    BOOST_TEST(message(r).find("readings/never.md") != std::string::npos, r.raw.body);
    BOOST_TEST(message(r).find(satchel::sha256Hex(never)) != std::string::npos, r.raw.body);

    // Bytes that were right when uploaded, then spoiled in the store: same size, other content.
    const std::string good = "# Spoiled later\n\nThese bytes were right when they were sent.\n";
    const auto sha = uploadAsset(server(), instructor, good, "text/markdown");
    const auto stored =
        blobFolder().path() / "blobs" / "sha256" / sha.substr(0, 2) / sha.substr(2, 2) / sha;
    BOOST_REQUIRE_MESSAGE(std::filesystem::exists(stored), stored.string());
    std::string spoiled = good;
    spoiled[2] = 'X';
    std::filesystem::remove(stored);
    {
        std::ofstream out(stored, std::ios::binary);
        out << spoiled;
    }
    r = server().call("POST", path, publishBody("Spoiled", "readings/spoiled.md", good),
                      instructor);
    BOOST_TEST(r.status == 422);
    BOOST_TEST(code(r) == "asset_hash_mismatch");
    BOOST_TEST(message(r).find("readings/spoiled.md") != std::string::npos, r.raw.body);
    BOOST_TEST(
        server().call("GET", "/api/v1/courses/" + id, nullptr, instructor).json["latestVersion"] ==
        0);

    // The wrong bytes were dropped, so uploading again replaces them and publish goes through.
    BOOST_TEST(!std::filesystem::exists(stored));
    uploadAsset(server(), instructor, good, "text/markdown");
    r = server().call("POST", path, publishBody("Spoiled", "readings/spoiled.md", good),
                      instructor);
    BOOST_TEST(r.status == 201, r.raw.body);
}

BOOST_AUTO_TEST_CASE(catalog_lists_published_courses_with_an_etag) {
    const auto student = tok(people().student);
    const auto before = server().call("GET", "/api/v1/courses", nullptr, student);
    BOOST_TEST(before.status == 200);
    const std::string etag = before.raw.header("etag");
    BOOST_TEST(!etag.empty());
    const auto unchanged =
        server().call("GET", "/api/v1/courses", nullptr, student, {{"If-None-Match", etag}});
    BOOST_TEST(unchanged.status == 304);
    BOOST_TEST(unchanged.raw.body.empty());
    BOOST_TEST(server().call("GET", "/api/v1/courses").status == 401);

    const auto draft = createCourse(tok(people().instructor), {{"title", "Hidden draft"}});
    const auto id = publishedCourse("Catalog course");
    const auto after =
        server().call("GET", "/api/v1/courses", nullptr, student, {{"If-None-Match", etag}});
    BOOST_TEST(after.status == 200);
    BOOST_TEST(after.raw.header("etag") != etag);
    bool listed = false;
    for (const auto& c : after.json["courses"]) {
        BOOST_TEST(c["courseId"] != draft);
        if (c["courseId"] == id) {
            listed = true;
            BOOST_TEST(c["latestVersion"] == 1);
            BOOST_TEST(c["lessonCount"] == 1);
            BOOST_TEST(c["totalBytes"] == kReading.size());
            BOOST_TEST(c["enrolled"] == false);
        }
    }
    BOOST_TEST(listed);
}

BOOST_AUTO_TEST_CASE(students_see_manifests_only_of_courses_they_are_enrolled_in) {
    const auto id = publishedCourse("Enroll me");
    const auto manifest = "/api/v1/courses/" + id + "/versions/1/manifest";
    const auto student = tok(people().student);
    BOOST_TEST(server().call("GET", manifest, nullptr, student).status == 404);
    BOOST_TEST(
        server().call("POST", "/api/v1/courses/" + id + "/enroll", nullptr, student).status == 201);
    BOOST_TEST(
        server().call("POST", "/api/v1/courses/" + id + "/enroll", nullptr, student).status == 200);
    BOOST_TEST(server().call("GET", manifest, nullptr, student).status == 200);
    BOOST_TEST(server().call("GET", manifest, nullptr, tok(people().otherStudent)).status == 404);
    BOOST_TEST(server().call("GET", manifest, nullptr, tok(people().otherInstructor)).status ==
               404);
    BOOST_TEST(server().call("GET", manifest, nullptr, tok(people().admin)).status == 200);

    const auto mine = server().call("GET", "/api/v1/me/enrollments", nullptr, student);
    BOOST_TEST(mine.raw.body.find(id) != std::string::npos);
    const auto catalog = server().call("GET", "/api/v1/courses", nullptr, student);
    for (const auto& c : catalog.json["courses"])
        if (c["courseId"] == id)
            BOOST_TEST(c["enrolled"] == true);

    // Another student's data is simply not there; an admin may look.
    const auto path = "/api/v1/users/" + idOf(people().student);
    BOOST_TEST(
        server().call("GET", path + "/enrollments", nullptr, tok(people().otherStudent)).status ==
        404);
    BOOST_TEST(server().call("GET", path, nullptr, tok(people().otherStudent)).status == 404);
    BOOST_TEST(server().call("GET", path + "/enrollments", nullptr, student).status == 200);
    BOOST_TEST(server().call("GET", path + "/enrollments", nullptr, tok(people().admin)).status ==
               200);
}

BOOST_AUTO_TEST_CASE(closed_courses_are_enrolled_by_their_instructor) {
    const auto id = publishedCourse("Closed", /*open=*/false);
    const auto enroll = "/api/v1/courses/" + id + "/enroll";
    const auto self = server().call("POST", enroll, nullptr, tok(people().otherStudent));
    BOOST_TEST(self.status == 403);
    BOOST_TEST(code(self) == "enrollment_closed");
    // Students and other instructors may not enroll anyone.
    BOOST_TEST(
        server()
            .call("POST", enroll, {{"userId", idOf(people().otherStudent)}}, tok(people().student))
            .status == 403);
    BOOST_TEST(server()
                   .call("POST", enroll, {{"username", "stu2"}}, tok(people().otherInstructor))
                   .status == 403);
    BOOST_TEST(
        server().call("POST", enroll, {{"username", "stu2"}}, tok(people().instructor)).status ==
        201);
    BOOST_TEST(
        server().call("POST", enroll, {{"username", "nobody"}}, tok(people().instructor)).status ==
        404);
    BOOST_TEST(server()
                   .call("GET", "/api/v1/courses/" + id + "/versions/1/manifest", nullptr,
                         tok(people().otherStudent))
                   .status == 200);
    // Enrolling into a draft: not found for students.
    const auto draft = createCourse(tok(people().instructor), {{"title", "Unpublished"}});
    BOOST_TEST(
        server()
            .call("POST", "/api/v1/courses/" + draft + "/enroll", nullptr, tok(people().student))
            .status == 404);
}

BOOST_AUTO_TEST_CASE(archiving_removes_a_course_from_the_catalog) {
    const auto id = publishedCourse("To archive");
    const auto path = "/api/v1/courses/" + id;
    BOOST_TEST(server().call("POST", path + "/enroll", nullptr, tok(people().student)).status ==
               201);
    const auto r = server().call("POST", path + "/archive", nullptr, tok(people().instructor));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.json["status"] == "archived");
    const auto catalog =
        server().call("GET", "/api/v1/courses", nullptr, tok(people().otherStudent));
    BOOST_TEST(catalog.raw.body.find(id) == std::string::npos);
    BOOST_TEST(
        server().call("POST", path + "/enroll", nullptr, tok(people().otherStudent)).status == 404);
    BOOST_TEST(server().call("PATCH", path, {{"title", "x"}}, tok(people().instructor)).status ==
               409);
    BOOST_TEST(
        server().call("POST", path + "/versions", publishBody(), tok(people().instructor)).status ==
        409);
    // Enrolled students keep what they had.
    BOOST_TEST(server()
                   .call("GET", path + "/versions/1/manifest", nullptr, tok(people().student))
                   .status == 200);
}

BOOST_AUTO_TEST_CASE(strings_with_sql_metacharacters_and_unicode_round_trip_verbatim) {
    const std::vector<std::string> nasty{
        "Robert'); DROP TABLE users;--",
        "\"quoted\" \\backslash\\ 100% _under_ $1 ::uuid",
        "Ünïcödé — 日本語の講座 — مرحبا — 🎓📚",
        "tab\tinside",
    };
    for (const auto& text : nasty) {
        const auto course = server().call("POST", "/api/v1/courses",
                                          {{"title", text}, {"description", text + text}},
                                          tok(people().instructor));
        BOOST_REQUIRE_MESSAGE(course.status == 201, course.raw.body);
        const auto read =
            server().call("GET", "/api/v1/courses/" + course.json["id"].get<std::string>(), nullptr,
                          tok(people().instructor));
        BOOST_TEST(read.json["title"] == text);
        BOOST_TEST(read.json["description"] == text + text);
    }
    // Account names and display names too (control characters excepted: tabs are refused).
    for (const auto& name : {std::string("o'brien\"; --"), std::string("Ünïcödé-日本-🎓")}) {
        const auto reg = server().call(
            "POST", "/api/v1/auth/register",
            {{"username", name}, {"password", "correct-horse"}, {"displayName", name + "!"}});
        BOOST_REQUIRE_MESSAGE(reg.status == 201, reg.raw.body);
        const auto session = server().login(name);
        const auto me = server().call("GET", "/api/v1/me", nullptr, bearer(session));
        BOOST_TEST(me.json["username"] == name);
        BOOST_TEST(me.json["displayName"] == name + "!");
    }
    // The users table is still there.
    BOOST_TEST(server().pg.psql("SELECT count(*) > 0 FROM users", "satchel") == "t");
}
