// Every wire message and record survives encode -> decode unchanged, for many random values;
// encoding is deterministic; unknown fields are ignored.
#define BOOST_TEST_MODULE shared_protocol_roundtrip
#include <boost/test/unit_test.hpp>

#include "random_model.h"
#include "satchel/protocol.h"

using namespace satchel;
using satchel::testing::RandomModel;

namespace {

constexpr int kCases = 150;

template <class T>
void requireRoundTrip(const T& value, int c) {
    std::string text = encode(value);
    auto decoded = decode<T>(text);
    BOOST_REQUIRE_MESSAGE(decoded.has_value(),
                          "case " << c << ": " << (decoded ? "" : decoded.error().describe())
                                  << "\n"
                                  << text);
    BOOST_REQUIRE_MESSAGE(*decoded == value, "case " << c << ": value changed\n" << text);
    BOOST_REQUIRE_EQUAL(encode(*decoded), text);  // deterministic
    // Straight from the in-memory JSON too (its integers are stored signed, unlike parsed ones).
    auto direct = fromJson<T>(toJson(value));
    BOOST_REQUIRE_MESSAGE(direct.has_value() && *direct == value, "case " << c << ": in memory");
    // Unknown fields at the top level are ignored.
    auto withExtra = nlohmann::json::parse(text);
    withExtra["someFutureField"] = {{"nested", true}};
    auto again = fromJson<T>(withExtra);
    BOOST_REQUIRE_MESSAGE(again.has_value() && *again == value, "case " << c << ": extra field");
}

struct Fixture {
    RandomModel random{satchel::testing::testSeed()};
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(round_trip, Fixture)

BOOST_AUTO_TEST_CASE(auth_messages) {
    for (int c = 0; c < kCases; ++c) {
        requireRoundTrip(RegisterRequest{"a" + std::to_string(c) + "@school.example",
                                         "correct horse " + random.text(20), random.text(40)},
                         c);
        requireRoundTrip(LoginRequest{"x@y.z", random.text(30), random.uuidV7(), random.text(30)},
                         c);
        requireRoundTrip(RefreshRequest{"rt." + random.localKey(), random.uuidV4()}, c);
        requireRoundTrip(LogoutRequest{"rt." + random.localKey()}, c);
        requireRoundTrip(
            AuthResponse{"eyJ." + random.localKey(), "rt-" + random.localKey(),
                         static_cast<std::uint32_t>(random.between(1, 3600)), random.user()},
            c);
        requireRoundTrip(ErrorResponse{"invalid", random.text(100, true),
                                       random.chance(0.5) ? "events[2].hlc" : ""},
                         c);
    }
}

BOOST_AUTO_TEST_CASE(catalog_and_manifest) {
    for (int c = 0; c < kCases; ++c) {
        CatalogResponse catalog;
        for (std::size_t i = 0, n = random.between(0, 4); i < n; ++i) {
            catalog.courses.push_back(CourseSummary{
                random.uuidV7(), random.text(50), random.text(200, true),
                static_cast<std::uint32_t>(random.between(0, 9)),
                static_cast<std::int64_t>(random.between(0, 1ull << 40)),
                random.between(0, 1ull << 40), static_cast<std::uint32_t>(random.between(0, 99)),
                random.chance(0.5)});
        }
        requireRoundTrip(catalog, c);
        requireRoundTrip(EnrollRequest{random.uuidV7()}, c);
        requireRoundTrip(random.manifest(), c);
        requireRoundTrip(random.courseVersion(), c);
        requireRoundTrip(random.quiz(), c);
    }
}

BOOST_AUTO_TEST_CASE(asset_and_publish_messages) {
    for (int c = 0; c < kCases; ++c) {
        requireRoundTrip(
            AssetUploadRequest{random.sha256(), random.between(0, 1ull << 36), "video/mp4"}, c);
        AssetUploadResponse single{random.sha256(),
                                   false,
                                   "https://s3.example/b/k?X-Amz-Signature=1",
                                   {{"Content-Type", "video/mp4"}},
                                   "",
                                   0,
                                   {},
                                   1'700'000'000'000};
        requireRoundTrip(single, c);
        AssetUploadResponse multi{random.sha256(),
                                  false,
                                  "",
                                  {},
                                  "upload-" + random.localKey(),
                                  8u << 20,
                                  {"https://a.example/1", "https://a.example/2"},
                                  5};
        requireRoundTrip(multi, c);
        requireRoundTrip(AssetUploadResponse{random.sha256(), true, "", {}, "", 0, {}, 0}, c);
        requireRoundTrip(
            CompleteUploadRequest{random.sha256(), "u1", {{1, "\"etag-1\""}, {2, "e2"}}}, c);
        requireRoundTrip(AssetUrlResponse{random.sha256(), "https://cdn.example/blob", 99}, c);
        requireRoundTrip(PublishRequest{random.manifest()}, c);
        requireRoundTrip(
            PublishResponse{random.uuidV7(), static_cast<std::uint32_t>(random.between(1, 9)),
                            random.sha256()},
            c);
    }
}

BOOST_AUTO_TEST_CASE(sync_messages) {
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(random.between(1, 5), 3);
        PushRequest push;
        push.deviceId = world.devices[0];
        for (std::size_t i = 0, n = random.between(0, 40); i < n; ++i) {
            push.events.push_back(random.event(world, push.deviceId));
        }
        for (std::size_t i = 0, n = random.between(0, 3); i < n; ++i) {
            push.attempts.push_back(random.attempt(world, push.deviceId));
        }
        requireRoundTrip(push, c);

        PushResponse acks;
        for (const auto& e : push.events) {
            auto status = static_cast<AckStatus>(random.between(0, 2));
            EventAck ack{e.id, status, std::nullopt, ""};
            if (status == AckStatus::Rejected) {
                ack.reason = static_cast<RejectReason>(random.between(0, 5));
                ack.message = random.text(60);
            }
            acks.acks.push_back(ack);
        }
        requireRoundTrip(acks, c);

        requireRoundTrip(PullRequest{random.chance(0.3) ? "" : "c1." + random.localKey(),
                                     static_cast<std::uint32_t>(random.between(1, 5000))},
                         c);
        PullResponse page;
        for (std::size_t i = 0, n = random.between(0, 30); i < n; ++i)
            page.events.push_back(random.event(world));
        for (std::size_t i = 0, n = random.between(0, 3); i < n; ++i) {
            page.attempts.push_back(random.attempt(world, world.devices.back()));
            page.grades.push_back(random.grade(page.attempts.back()));
        }
        for (std::size_t i = 0, n = random.between(0, 3); i < n; ++i)
            page.notifications.push_back(random.notification());
        for (std::size_t i = 0, n = random.between(0, 2); i < n; ++i)
            page.courseVersions.push_back(random.courseVersion());
        page.cursor = "c1." + random.localKey();
        page.hasMore = random.chance(0.5);
        requireRoundTrip(page, c);
        requireRoundTrip(NotificationMessage{random.notification()}, c);
    }
}

BOOST_AUTO_TEST_CASE(records) {
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(2, 2);
        requireRoundTrip(random.event(world), c);
        auto attempt = random.attempt(world, world.devices[0]);
        requireRoundTrip(attempt, c);
        requireRoundTrip(random.grade(attempt), c);
        requireRoundTrip(random.notification(), c);
        requireRoundTrip(random.user(), c);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(encoding_of_an_event_is_the_documented_one) {
    ProgressEvent e;
    e.id = *Uuid::parse("01932c4e-8a4b-7cde-8f01-23456789abcd");
    e.courseId = *Uuid::parse("01932c4e-0000-7000-8000-000000000001");
    e.lessonId = *Uuid::parse("01932c4e-0000-7000-8000-000000000002");
    e.deviceId = *Uuid::parse("5f0c6e1a-3b7d-4c2e-9a10-6d8e2f4b7c91");
    e.hlc = Hlc{1732600000000, 3};
    e.kind = ProgressKind::Watched;
    e.startMs = 0;
    e.endMs = 15000;
    e.durationMs = 600000;
    BOOST_TEST(
        encode(e) ==
        R"({"courseId":"01932c4e-0000-7000-8000-000000000001","deviceId":"5f0c6e1a-3b7d-4c2e-9a10-6d8e2f4b7c91",)"
        R"("durationMs":600000,"endMs":15000,"hlc":113547673600000003,"id":"01932c4e-8a4b-7cde-8f01-23456789abcd",)"
        R"("lessonId":"01932c4e-0000-7000-8000-000000000002","startMs":0,"type":"watched"})");
}
