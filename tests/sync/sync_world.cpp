#include "sync_world.h"

#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "auth/access_token.h"
#include "satchel/hash.h"

namespace satchel::synctest {
namespace {

Uuid fixedUuid(std::mt19937_64& rng) {
    Uuid::Bytes bytes{};
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(rng());
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x70);
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);
    return Uuid(bytes);
}

Quiz makeQuiz(QuizMode mode) {
    Quiz quiz;
    quiz.mode = mode;
    quiz.passPercent = 50;
    Question single;
    single.id = "q1";
    single.type = QuestionType::SingleChoice;
    single.prompt = "Closest star?";
    single.points = 2;
    single.choices = {{"a", "Sirius"}, {"b", "Proxima Centauri"}};
    single.correctChoiceIds = {"b"};
    Question yesNo;
    yesNo.id = "q2";
    yesNo.type = QuestionType::TrueFalse;
    yesNo.prompt = "The sun is a star.";
    yesNo.points = 1;
    yesNo.correctBool = true;
    quiz.questions = {single, yesNo};
    return quiz;
}

}  // namespace

std::uint64_t testSeed(const char* suite) {
    std::uint64_t seed = std::random_device{}();
    if (const char* fixed = std::getenv("SATCHEL_TEST_SEED"); fixed && *fixed)
        seed = std::strtoull(fixed, nullptr, 10);
    std::cout << suite << ": seed " << seed << " (SATCHEL_TEST_SEED=" << seed << " replays it)"
              << std::endl;
    return seed;
}

SyncWorld::SyncWorld(std::map<std::string, std::string> serverEnv)
    : secret_("sync-test-secret-0123456789abcdef0123456789"), serverEnv_(std::move(serverEnv)) {
    dbUrl = pg.createDatabase("sync");
    serverEnv_.emplace("SATCHEL_JWT_SECRET", secret_);
    serverEnv_.emplace("SATCHEL_ACCESS_LOG", "off");
    server = std::make_unique<testing::SyncServer>(dbUrl, serverEnv_);
    if (!server->waitReady(60000))
        throw std::runtime_error("satchel-syncd never became ready: " + server->process().log());
    db = std::make_unique<server::PgConnection>(dbUrl);
}

void SyncWorld::restartServer() {
    server.reset();
    server = std::make_unique<testing::SyncServer>(dbUrl, serverEnv_);
    if (!server->waitReady(60000))
        throw std::runtime_error("satchel-syncd never became ready: " + server->process().log());
}

TestUser SyncWorld::createUser(const std::string& username, const std::string& role) {
    const auto row = db->exec(
        "INSERT INTO users (username, username_key, display_name, password_hash, role)"
        " VALUES ($1, lower($1), $1, 'not-a-hash', $2) RETURNING id",
        {username, role});
    TestUser user{row.text(0, 0), username, {}};
    server::AccessTokenCodec codec(secret_, std::chrono::hours(1));
    user.token = codec.issue(server::AccessClaims{user.id, role, 0});
    return user;
}

TestCourse SyncWorld::createCourse(const TestUser& owner, const std::string& title) {
    std::mt19937_64 rng(std::hash<std::string>{}(owner.id + title));
    TestCourse course;
    const auto row =
        db->exec("INSERT INTO courses (owner_id, title) VALUES ($1::uuid, $2) RETURNING id",
                 {owner.id, title});
    course.id = *Uuid::parse(row.text(0, 0));
    course.video = fixedUuid(rng);
    course.reading = fixedUuid(rng);
    course.practiceQuiz = fixedUuid(rng);
    course.gradedQuiz = fixedUuid(rng);

    CourseManifest& m = course.manifest;
    m.courseId = course.id;
    m.title = title;
    m.description = "A course for sync tests";
    m.language = "en";
    const std::string videoSha = sha256Hex("video of " + title);
    const std::string readingSha = sha256Hex("reading of " + title);
    m.assets = {Asset{videoSha, 1000, "video/mp4", "video/intro.mp4", TestCourse::kVideoMs},
                Asset{readingSha, 100, "text/markdown", "readings/intro.md", std::nullopt}};
    Module module;
    module.id = fixedUuid(rng);
    module.title = "Week 1";
    module.lessons.push_back(Lesson{course.video, "Intro video", LessonKind::Video, videoSha,
                                    std::nullopt, defaultCompletionRule(LessonKind::Video)});
    module.lessons.push_back(Lesson{course.reading, "Intro reading", LessonKind::Reading,
                                    readingSha, std::nullopt,
                                    defaultCompletionRule(LessonKind::Reading)});
    module.lessons.push_back(Lesson{course.practiceQuiz, "Practice", LessonKind::Quiz, "",
                                    makeQuiz(QuizMode::Practice),
                                    defaultCompletionRule(LessonKind::Quiz)});
    module.lessons.push_back(Lesson{course.gradedQuiz, "Exam", LessonKind::Quiz, "",
                                    makeQuiz(QuizMode::Graded),
                                    defaultCompletionRule(LessonKind::Quiz)});
    m.modules = {module};
    publishAgain(course, owner);
    return course;
}

void SyncWorld::publishAgain(TestCourse& course, const TestUser& owner) {
    CourseManifest& m = course.manifest;
    m.version += 1;
    m.publishedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    const std::string text = encode(m);
    if (auto check = decode<CourseManifest>(text); !check)
        throw std::logic_error("test manifest does not decode: " + check.error().describe());
    server::Transaction tx(*db);
    db->exec(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, published_by)"
        " VALUES ($1::uuid, $2, $3, $4, $5::uuid)",
        {course.id.toString(), static_cast<int>(m.version), text, sha256Hex(text), owner.id});
    db->exec("UPDATE courses SET latest_version = $2 WHERE id = $1::uuid",
             {course.id.toString(), static_cast<int>(m.version)});
    tx.commit();
}

void SyncWorld::enroll(const TestUser& user, const TestCourse& course) {
    db->exec("INSERT INTO enrollments (course_id, user_id) VALUES ($1::uuid, $2::uuid)",
             {course.id.toString(), user.id});
}

PushResult SyncWorld::pushRaw(const TestUser& user, const std::string& body) {
    auto headers = user.auth();
    headers["Content-Type"] = "application/json";
    const auto reply = testing::http("POST", url() + "/api/v1/sync/push", body, headers, 60000);
    PushResult result{reply.status, reply.body, std::nullopt};
    if (reply.status == 200) {
        auto decoded = decode<PushResponse>(reply.body);
        if (!decoded)
            throw std::runtime_error("push answer does not decode: " + decoded.error().describe());
        result.response = std::move(*decoded);
    }
    return result;
}

PushResult SyncWorld::push(const TestUser& user, const PushRequest& request) {
    return pushRaw(user, encode(request));
}

PullResponse SyncWorld::pull(const TestUser& user, const std::string& cursor, int limit) {
    const auto reply = testing::http(
        "GET", url() + "/api/v1/sync/pull?cursor=" + cursor + "&limit=" + std::to_string(limit), {},
        user.auth(), 60000);
    if (reply.status != 200)
        throw std::runtime_error("pull answered " + std::to_string(reply.status) + ": " +
                                 reply.body);
    auto page = decode<PullResponse>(reply.body);
    if (!page)
        throw std::runtime_error("pull answer does not decode: " + page.error().describe());
    return std::move(*page);
}

PullResponse SyncWorld::pullAll(const TestUser& user, std::string& cursor, int limit) {
    PullResponse all;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = pull(user, cursor, limit);
        cursor = page.cursor;
        all.events.insert(all.events.end(), page.events.begin(), page.events.end());
        all.attempts.insert(all.attempts.end(), page.attempts.begin(), page.attempts.end());
        all.grades.insert(all.grades.end(), page.grades.begin(), page.grades.end());
        all.notifications.insert(all.notifications.end(), page.notifications.begin(),
                                 page.notifications.end());
        all.courseVersions.insert(all.courseVersions.end(), page.courseVersions.begin(),
                                  page.courseVersions.end());
        if (!page.hasMore)
            break;
    }
    all.cursor = cursor;
    return all;
}

SimDevice::SimDevice(const TestCourse& course, std::uint64_t seed)
    : id(newUuidV7()), course_(course), rng_(seed) {}

void SimDevice::record(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        ProgressEvent e;
        e.id = newUuidV7();
        e.courseId = course_.id;
        e.deviceId = id;
        e.hlc = clock_.now();
        const int pick = static_cast<int>(rng_() % 10);
        e.lessonId = pick < 7 ? course_.video : course_.reading;
        if (pick < 4) {
            e.kind = ProgressKind::Watched;
            e.durationMs = TestCourse::kVideoMs;
            e.startMs = rng_() % (TestCourse::kVideoMs - 1000);
            e.endMs =
                std::min<std::uint64_t>(TestCourse::kVideoMs, e.startMs + 1000 + rng_() % 90'000);
        } else if (pick < 6) {
            e.kind = ProgressKind::Resume;
            e.durationMs = TestCourse::kVideoMs;
            e.positionMs = rng_() % TestCourse::kVideoMs;
        } else if (pick < 8) {
            e.kind = ProgressKind::TimeSpent;
            timeSpent_ += 1 + rng_() % 5000;
            e.totalMs = timeSpent_;  // grow-only per device (one counter for both lessons is fine)
        } else if (pick < 9) {
            e.kind = ProgressKind::Opened;
        } else {
            e.kind = ProgressKind::Completed;
        }
        made.push_back(e);
        apply(state, e);
    }
}

PushRequest SimDevice::randomBatch(std::mt19937_64& rng, std::size_t maxSize) {
    PushRequest request;
    request.deviceId = id;
    std::vector<std::size_t> order(made.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t size = std::min(order.size(), 1 + rng() % maxSize);
    for (std::size_t i = 0; i < size; ++i)
        request.events.push_back(made[order[i]]);
    return request;
}

void SimDevice::absorb(const PullResponse& page) {
    for (const auto& e : page.events)
        apply(state, e);
    for (const auto& a : page.attempts)
        apply(state, a);
    for (const auto& g : page.grades)
        apply(state, g);
}

ProgressState mergeAll(const std::vector<ProgressEvent>& events) {
    ProgressState state;
    for (const auto& e : events)
        apply(state, e);
    return state;
}

}  // namespace satchel::synctest
