// One crafted bad input per validation rule, each refused with its DecodeError code and the
// path of the field at fault. Decoding never throws, whatever the input.
#define BOOST_TEST_MODULE shared_protocol_validation
#include <boost/test/unit_test.hpp>

#include <random>

#include "random_model.h"
#include "satchel/protocol.h"

using namespace satchel;
using nlohmann::json;

namespace {

const std::string kDevice = "5f0c6e1a-3b7d-4c2e-9a10-6d8e2f4b7c91";
const std::string kCourse = "01932c4e-0000-7000-8000-00000000c001";
const std::string kLesson = "01932c4e-0000-7000-8000-00000000a001";

json watchedEvent() {
    return json{{"id", "01932c4e-8a4b-7cde-8f01-23456789abcd"},
                {"courseId", kCourse},
                {"lessonId", kLesson},
                {"deviceId", kDevice},
                {"hlc", 113547673600000003ull},
                {"type", "watched"},
                {"startMs", 0},
                {"endMs", 15000},
                {"durationMs", 600000}};
}

json push(json event) {
    return json{
        {"protocol", 1}, {"deviceId", kDevice}, {"events", json::array({std::move(event)})}};
}

template <class T>
void expectError(const std::string& text, DecodeErrorCode code, const std::string& field) {
    auto result = decode<T>(text);
    BOOST_REQUIRE_MESSAGE(!result.has_value(), "accepted: " << text);
    BOOST_TEST_MESSAGE(result.error().describe());
    BOOST_CHECK_MESSAGE(result.error().code == code, "code " << toString(result.error().code)
                                                             << " instead of " << toString(code)
                                                             << " for " << text);
    BOOST_CHECK_EQUAL(result.error().field, field);
}

// Decodes the value as it is in memory (strings in it may be invalid UTF-8, which dump()
// would refuse to write).
template <class T>
void expectError(const json& value, DecodeErrorCode code, const std::string& field) {
    auto result = fromJson<T>(value);
    BOOST_REQUIRE_MESSAGE(!result.has_value(), "accepted: " << value.dump(
                                                   -1, ' ', false, json::error_handler_t::replace));
    BOOST_TEST_MESSAGE(result.error().describe());
    BOOST_CHECK_MESSAGE(result.error().code == code, "code " << toString(result.error().code)
                                                             << " instead of " << toString(code));
    BOOST_CHECK_EQUAL(result.error().field, field);
}

template <class T>
void requireDecodes(const json& value) {
    auto result = fromJson<T>(value);
    BOOST_REQUIRE_MESSAGE(result.has_value(), (result ? "" : result.error().describe()));
}

json withEvent(const char* key, json value) {
    json e = watchedEvent();
    if (value.is_null()) {
        e.erase(key);
    } else {
        e[key] = std::move(value);
    }
    return push(e);
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_well_formed_push_decodes) {
    auto result = decode<PushRequest>(push(watchedEvent()).dump());
    BOOST_REQUIRE(result.has_value());
    BOOST_TEST(result->events.at(0).endMs == 15000u);
}

BOOST_AUTO_TEST_CASE(document_level_errors) {
    expectError<PushRequest>(std::string("{\"protocol\": 1,"), DecodeErrorCode::Syntax, "");
    expectError<PushRequest>(std::string("[1, 2]"), DecodeErrorCode::WrongType, "");
    expectError<PushRequest>(std::string(100, '[') + std::string(100, ']'), DecodeErrorCode::Syntax,
                             "");
    json noVersion = push(watchedEvent());
    noVersion.erase("protocol");
    expectError<PushRequest>(noVersion, DecodeErrorCode::MissingField, "protocol");
    json future = push(watchedEvent());
    future["protocol"] = 2;
    expectError<PushRequest>(future, DecodeErrorCode::UnsupportedVersion, "protocol");
    future["protocol"] = "1";
    expectError<PushRequest>(future, DecodeErrorCode::WrongType, "protocol");
    // Invalid UTF-8 never gets past the parser.
    expectError<LoginRequest>(std::string("{\"protocol\":1,\"email\":\"a@b\xff\"}"),
                              DecodeErrorCode::Syntax, "");
}

BOOST_AUTO_TEST_CASE(event_field_errors) {
    expectError<PushRequest>(withEvent("hlc", nullptr), DecodeErrorCode::MissingField,
                             "events[0].hlc");
    expectError<PushRequest>(withEvent("hlc", "12"), DecodeErrorCode::WrongType, "events[0].hlc");
    expectError<PushRequest>(withEvent("hlc", 0), DecodeErrorCode::OutOfRange, "events[0].hlc");
    expectError<PushRequest>(withEvent("startMs", -5), DecodeErrorCode::OutOfRange,
                             "events[0].startMs");
    expectError<PushRequest>(withEvent("durationMs", -1), DecodeErrorCode::OutOfRange,
                             "events[0].durationMs");
    expectError<PushRequest>(withEvent("durationMs", 90'000'000), DecodeErrorCode::OutOfRange,
                             "events[0].durationMs");
    expectError<PushRequest>(withEvent("endMs", 1.5), DecodeErrorCode::WrongType,
                             "events[0].endMs");
    expectError<PushRequest>(withEvent("endMs", 0), DecodeErrorCode::Inconsistent,
                             "events[0].endMs");
    expectError<PushRequest>(withEvent("endMs", 700000), DecodeErrorCode::Inconsistent,
                             "events[0].endMs");
    expectError<PushRequest>(withEvent("type", "skipped"), DecodeErrorCode::InvalidValue,
                             "events[0].type");
    expectError<PushRequest>(withEvent("id", "not-a-uuid"), DecodeErrorCode::InvalidId,
                             "events[0].id");
    expectError<PushRequest>(withEvent("id", "5f0c6e1a-3b7d-4c2e-9a10-6d8e2f4b7c92"),
                             DecodeErrorCode::InvalidId,
                             "events[0].id");  // v4, not v7
    expectError<PushRequest>(withEvent("lessonId", "00000000-0000-0000-0000-000000000000"),
                             DecodeErrorCode::InvalidId, "events[0].lessonId");
    expectError<PushRequest>(withEvent("deviceId", "01932c4e-0000-7000-8000-0000000000ff"),
                             DecodeErrorCode::Inconsistent, "events[0].deviceId");
    json resume = watchedEvent();
    resume["type"] = "resume";
    resume["positionMs"] = 700000;
    expectError<PushRequest>(push(resume), DecodeErrorCode::Inconsistent, "events[0].positionMs");
    json time = watchedEvent();
    time["type"] = "timeSpent";
    time["totalMs"] = 1e300;
    expectError<PushRequest>(push(time), DecodeErrorCode::WrongType, "events[0].totalMs");
}

BOOST_AUTO_TEST_CASE(batch_errors) {
    json twice = push(watchedEvent());
    twice["events"].push_back(watchedEvent());
    expectError<PushRequest>(twice, DecodeErrorCode::Duplicate, "events[1].id");
    json many = push(watchedEvent());
    many["events"] = json::array();
    for (std::size_t i = 0; i <= wire::kMaxEventsPerPush; ++i)
        many["events"].push_back(json::object());
    expectError<PushRequest>(many, DecodeErrorCode::TooMany, "events");
    json notArray = push(watchedEvent());
    notArray["events"] = json::object();
    expectError<PushRequest>(notArray, DecodeErrorCode::WrongType, "events");
    json notObject = push(watchedEvent());
    notObject["events"][0] = 5;
    expectError<PushRequest>(notObject, DecodeErrorCode::WrongType, "events[0]");
}

BOOST_AUTO_TEST_CASE(text_errors) {
    json login{{"protocol", 1},
               {"email", "ada@school.example"},
               {"password", "pw"},
               {"deviceId", kDevice}};
    requireDecodes<LoginRequest>(login);
    json bad = login;
    bad["email"] = "no-at-sign";
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidValue, "email");
    bad = login;
    bad["deviceName"] = std::string(201, 'x');
    expectError<LoginRequest>(bad, DecodeErrorCode::TooLong, "deviceName");
    bad = login;
    bad["deviceName"] = "tab\there";
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidValue, "deviceName");
    bad = login;
    bad["password"] = "";
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidValue, "password");
    // Built in memory (not parsed), so the UTF-8 check of the decoder itself is exercised.
    bad = login;
    bad["deviceName"] = std::string("caf\xc3", 4);
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidUtf8, "deviceName");
    bad["deviceName"] = std::string("\xc0\xaf");  // overlong '/'
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidUtf8, "deviceName");
    bad["deviceName"] = std::string("\xed\xa0\x80");  // surrogate
    expectError<LoginRequest>(bad, DecodeErrorCode::InvalidUtf8, "deviceName");
    json reg{{"protocol", 1}, {"email", "a@b.c"}, {"password", "short"}, {"displayName", "Ada"}};
    expectError<RegisterRequest>(reg, DecodeErrorCode::InvalidValue, "password");
    json refresh{{"protocol", 1}, {"refresh_token", "has space"}, {"deviceId", kDevice}};
    expectError<RefreshRequest>(refresh, DecodeErrorCode::InvalidValue, "refresh_token");
}

BOOST_AUTO_TEST_CASE(quiz_and_manifest_errors) {
    auto manifestWith = [](json question) {
        return json{{"protocol", 1},
                    {"courseId", kCourse},
                    {"version", 1},
                    {"title", "C"},
                    {"modules",
                     {{{"id", "01932c4e-0000-7000-8000-00000000b001"},
                       {"title", "M"},
                       {"lessons",
                        {{{"id", kLesson},
                          {"title", "Q"},
                          {"kind", "quiz"},
                          {"quiz", {{"questions", json::array({question})}}}}}}}}},
                    {"assets", json::array()}};
    };
    json single{{"id", "q1"},
                {"type", "single"},
                {"prompt", "?"},
                {"choices", {{{"id", "a"}, {"text", "A"}}, {{"id", "b"}, {"text", "B"}}}},
                {"correctChoiceIds", {"a"}}};
    requireDecodes<CourseManifest>(manifestWith(single));
    const std::string q = "modules[0].lessons[0].quiz.questions[0].";
    json bad = single;
    bad["correctChoiceIds"] = {"a", "b"};
    expectError<CourseManifest>(manifestWith(bad), DecodeErrorCode::Inconsistent,
                                q + "correctChoiceIds");
    bad = single;
    bad["correctChoiceIds"] = {"z"};
    expectError<CourseManifest>(manifestWith(bad), DecodeErrorCode::Inconsistent,
                                q + "correctChoiceIds[0]");
    bad = single;
    bad["choices"][1]["id"] = "a";
    expectError<CourseManifest>(manifestWith(bad), DecodeErrorCode::Duplicate, q + "choices[1].id");
    bad = single;
    bad["id"] = "has space";
    expectError<CourseManifest>(manifestWith(bad), DecodeErrorCode::InvalidId, q + "id");
    bad = single;
    bad["points"] = 5000;
    expectError<CourseManifest>(manifestWith(bad), DecodeErrorCode::OutOfRange, q + "points");
    json numeric{{"id", "n"}, {"type", "numeric"}, {"prompt", "?"}, {"min", 5}, {"max", 1}};
    expectError<CourseManifest>(manifestWith(numeric), DecodeErrorCode::Inconsistent, q + "min");
    numeric = {{"id", "n"}, {"type", "numeric"}, {"prompt", "?"}, {"value", 1}, {"tolerance", -1}};
    expectError<CourseManifest>(manifestWith(numeric), DecodeErrorCode::OutOfRange,
                                q + "tolerance");
    numeric = {{"id", "n"}, {"type", "numeric"}, {"prompt", "?"}, {"min", 1}};
    expectError<CourseManifest>(manifestWith(numeric), DecodeErrorCode::MissingField, q + "max");
    json shortAnswer{
        {"id", "s"}, {"type", "short"}, {"prompt", "?"}, {"acceptedAnswers", json::array()}};
    expectError<CourseManifest>(manifestWith(shortAnswer), DecodeErrorCode::Inconsistent,
                                q + "acceptedAnswers");
    json m = manifestWith(single);
    m["modules"][0]["lessons"][0]["completion"] = {{"kind", "watched"}};
    expectError<CourseManifest>(m, DecodeErrorCode::Inconsistent,
                                "modules[0].lessons[0].completion");
    m = manifestWith(single);
    m["assets"] = {{{"sha256", "ABC"}, {"size", 1}, {"mediaType", "text/plain"}, {"path", "a"}}};
    expectError<CourseManifest>(m, DecodeErrorCode::InvalidId, "assets[0].sha256");
    m = manifestWith(single);
    m["version"] = 0;
    expectError<CourseManifest>(m, DecodeErrorCode::OutOfRange, "version");
}

BOOST_AUTO_TEST_CASE(attempt_and_notification_errors) {
    json attempt{{"id", "01932c4f-0000-7abc-8def-000000000001"},
                 {"courseId", kCourse},
                 {"lessonId", kLesson},
                 {"courseVersion", 1},
                 {"deviceId", kDevice},
                 {"hlc", 5},
                 {"startedAtMs", 10},
                 {"submittedAtMs", 20},
                 {"answers", {{{"questionId", "q1"}, {"boolean", true}}}}};
    json body{{"protocol", 1}, {"deviceId", kDevice}, {"attempts", {attempt}}};
    requireDecodes<PushRequest>(body);
    json bad = body;
    bad["attempts"][0]["submittedAtMs"] = 5;
    expectError<PushRequest>(bad, DecodeErrorCode::Inconsistent, "attempts[0].submittedAtMs");
    bad = body;
    bad["attempts"][0]["answers"].push_back({{"questionId", "q1"}});
    expectError<PushRequest>(bad, DecodeErrorCode::Duplicate, "attempts[0].answers[1].questionId");
    bad = body;
    bad["attempts"][0]["provisionalScore"] = {{"points", 5}, {"maxPoints", 3}, {"passed", true}};
    expectError<PushRequest>(bad, DecodeErrorCode::Inconsistent,
                             "attempts[0].provisionalScore.points");
    bad = body;
    bad["attempts"][0]["answers"][0]["number"] = 1e300;
    expectError<PushRequest>(bad, DecodeErrorCode::OutOfRange, "attempts[0].answers[0].number");
    // NaN cannot be written in JSON text, but can be in a json value built in memory.
    bad = body;
    bad["attempts"][0]["answers"][0]["number"] = std::numeric_limits<double>::quiet_NaN();
    auto nan = fromJson<PushRequest>(bad);
    BOOST_REQUIRE(!nan.has_value());
    BOOST_CHECK(nan.error().code == DecodeErrorCode::OutOfRange);

    json note{{"protocol", 1},
              {"type", "notification"},
              {"notification",
               {{"id", "01932c50-0000-7000-8000-000000000009"},
                {"userId", kCourse},
                {"kind", "coursePublished"},
                {"title", "New"},
                {"createdAtMs", 1},
                {"courseId", kCourse}}}};
    expectError<NotificationMessage>(note, DecodeErrorCode::MissingField,
                                     "notification.courseVersion");
    note["type"] = "ping";
    expectError<NotificationMessage>(note, DecodeErrorCode::InvalidValue, "type");

    json ack{{"protocol", 1}, {"acks", {{{"id", kCourse}, {"status", "rejected"}}}}};
    expectError<PushResponse>(ack, DecodeErrorCode::MissingField, "acks[0].reason");
    json parts{{"protocol", 1},
               {"sha256", std::string(64, 'a')},
               {"uploadId", "u"},
               {"parts", {{{"number", 2}, {"etag", "e"}}}}};
    expectError<CompleteUploadRequest>(parts, DecodeErrorCode::Inconsistent, "parts[0].number");
    json pull{{"protocol", 1}, {"limit", 0}};
    expectError<PullRequest>(pull, DecodeErrorCode::OutOfRange, "limit");
}

BOOST_AUTO_TEST_CASE(random_garbage_never_throws) {
    satchel::testing::RandomModel random(satchel::testing::testSeed());
    std::string valid = push(watchedEvent()).dump();
    for (int i = 0; i < 20000; ++i) {
        std::string text = valid;
        for (std::size_t k = 0, n = random.between(1, 4); k < n; ++k) {
            std::size_t at = random.between(0, text.size() - 1);
            switch (random.between(0, 2)) {
                case 0:
                    text[at] = static_cast<char>(random.between(0, 255));
                    break;
                case 1:
                    text.erase(at, random.between(1, 10));
                    break;
                default:
                    text.insert(at, 1, "{}[]\",:-0e"[random.between(0, 9)]);
            }
        }
        auto result = decode<PushRequest>(text);  // must not throw or crash
        if (!result)
            BOOST_REQUIRE(!result.error().message.empty());
    }
}

namespace {

// Corrupts text in small random ways and decodes it as T: any result is fine, a throw or a
// crash is not.
template <class T>
void survivesCorruption(satchel::testing::RandomModel& random, const std::string& valid,
                        int rounds) {
    for (int i = 0; i < rounds; ++i) {
        std::string text = valid;
        for (std::size_t k = 0, n = random.between(1, 3); k < n && !text.empty(); ++k) {
            std::size_t at = random.between(0, text.size() - 1);
            switch (random.between(0, 2)) {
                case 0:
                    text[at] = static_cast<char>(random.between(0, 255));
                    break;
                case 1:
                    text.erase(at, random.between(1, 8));
                    break;
                default:
                    text.insert(at, 1, "{}[]\",:-0en"[random.between(0, 11)]);
            }
        }
        auto result = decode<T>(text);
        if (!result)
            BOOST_REQUIRE(!result.error().message.empty());
    }
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_message_survives_corrupted_input) {
    satchel::testing::RandomModel random(satchel::testing::testSeed() + 7);
    auto world = random.world(2, 2);
    auto attempt = random.attempt(world, world.devices[0]);
    PullResponse page;
    page.events = {random.event(world), random.event(world)};
    page.attempts = {attempt};
    page.grades = {random.grade(attempt)};
    page.notifications = {random.notification()};
    page.courseVersions = {random.courseVersion()};
    page.cursor = "c1.x";
    PushRequest pushed{world.devices[0], {random.event(world, world.devices[0])}, {attempt}};
    constexpr int kRounds = 300;
    survivesCorruption<RegisterRequest>(random, encode(RegisterRequest{"a@b.c", "password1", "A"}),
                                        kRounds);
    survivesCorruption<LoginRequest>(
        random, encode(LoginRequest{"a@b.c", "pw", random.uuidV4(), "d"}), kRounds);
    survivesCorruption<RefreshRequest>(random, encode(RefreshRequest{"rt", random.uuidV4()}),
                                       kRounds);
    survivesCorruption<AuthResponse>(random, encode(AuthResponse{"a", "r", 60, random.user()}),
                                     kRounds);
    survivesCorruption<ErrorResponse>(random, encode(ErrorResponse{"invalid", "m", "f"}), kRounds);
    survivesCorruption<CatalogResponse>(
        random,
        encode(CatalogResponse{{CourseSummary{random.uuidV7(), "t", "d", 1, 2, 3, 4, true}}}),
        kRounds);
    survivesCorruption<CourseManifest>(random, encode(random.manifest()), kRounds);
    survivesCorruption<PublishRequest>(random, encode(PublishRequest{random.manifest()}), kRounds);
    survivesCorruption<AssetUploadResponse>(
        random,
        encode(AssetUploadResponse{random.sha256(), false, "", {}, "u", 5, {"https://x/1"}, 9}),
        kRounds);
    survivesCorruption<CompleteUploadRequest>(
        random, encode(CompleteUploadRequest{random.sha256(), "u", {{1, "e"}}}), kRounds);
    survivesCorruption<PushRequest>(random, encode(pushed), kRounds);
    survivesCorruption<PushResponse>(
        random,
        encode(PushResponse{
            {EventAck{random.uuidV7(), AckStatus::Rejected, RejectReason::Conflict, "m"}}}),
        kRounds);
    survivesCorruption<PullRequest>(random, encode(PullRequest{"c", 10}), kRounds);
    survivesCorruption<PullResponse>(random, encode(page), kRounds);
    survivesCorruption<NotificationMessage>(
        random, encode(NotificationMessage{random.notification()}), kRounds);
}
