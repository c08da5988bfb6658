// The sync module's pure parts: cursors, array literals, the stored lesson state, and the
// tolerant push decoding that keeps one bad item from sinking a batch.
#define BOOST_TEST_MODULE sync_unit
#include <boost/test/unit_test.hpp>

#include "satchel/protocol/codec.h"
#include "sync/cursor.h"
#include "sync/lesson_state_codec.h"
#include "sync/pg_array.h"
#include "sync/push_batch.h"

using namespace satchel;
using namespace satchel::server::sync;

BOOST_AUTO_TEST_CASE(cursors_round_trip_and_match_the_protocol_example) {
    BOOST_TEST(encodeCursor(123) == "c1.AAAAAAAAAHs");
    for (const std::int64_t seq :
         std::initializer_list<std::int64_t>{0, 1, 128, 4294967296, INT64_MAX})
        BOOST_TEST(decodeCursor(encodeCursor(seq)).value() == seq);
    BOOST_TEST(!decodeCursor(""));
    BOOST_TEST(!decodeCursor("c1.AAAAAAAAAH"));   // too short
    BOOST_TEST(!decodeCursor("c2.AAAAAAAAAHs"));  // another scheme
    BOOST_TEST(!decodeCursor("c1.AAAAAAAAAHt"));  // padding bits set
    BOOST_TEST(!decodeCursor("c1.AAAAAAAAA+s"));  // not base64url
    BOOST_TEST(!decodeCursor("c1.gAAAAAAAAAA"));  // negative as int64
}

BOOST_AUTO_TEST_CASE(array_literals_quote_text_and_keep_nulls) {
    PgArray text;
    text.addText("plain");
    text.addText("quote \" and back\\slash, {braces}");
    text.addNull();
    BOOST_TEST(text.literal() == R"({"plain","quote \" and back\\slash, {braces}",NULL})");
    PgArray numbers;
    numbers.add(std::int64_t{-5});
    numbers.add(2.5);
    numbers.add(true);
    numbers.add(std::optional<std::int64_t>{});
    BOOST_TEST(numbers.literal() == "{-5,2.5,t,NULL}");
    BOOST_TEST(numbers.size() == 4u);
}

BOOST_AUTO_TEST_CASE(lesson_state_survives_storage) {
    LessonState state;
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = newUuidV7();
    e.lessonId = newUuidV7();
    e.deviceId = newUuidV7();
    e.hlc = Hlc{1732600000000, 3};
    e.kind = ProgressKind::Watched;
    e.durationMs = 600000;
    e.startMs = 1000;
    e.endMs = 5000;
    apply(state, e);
    e.kind = ProgressKind::Resume;
    e.positionMs = 4000;
    apply(state, e);
    e.kind = ProgressKind::TimeSpent;
    e.totalMs = 77;
    apply(state, e);
    e.kind = ProgressKind::Opened;
    apply(state, e);
    e.kind = ProgressKind::Completed;
    apply(state, e);
    const auto decoded = decodeLessonState(encodeLessonState(state));
    BOOST_REQUIRE(decoded.has_value());
    BOOST_TEST((*decoded == state));
    BOOST_TEST(!decodeLessonState("{\"v\":2}").has_value());
    BOOST_TEST(!decodeLessonState("not json").has_value());
}

BOOST_AUTO_TEST_CASE(lesson_state_keeps_many_intervals_compactly_and_reads_version_1) {
    LessonState state;
    state.courseId = newUuidV7();
    state.lessonId = newUuidV7();
    state.mediaDurationMs = 36'000'000'000;  // the largest duration an event may carry
    std::vector<Interval> intervals;
    for (std::uint64_t i = 0; i < 400; ++i)
        intervals.push_back(Interval{i * i * 9973 + i, i * i * 9973 + i + 1 + i % 7});
    intervals.push_back(Interval{35'999'999'000, 36'000'000'000});
    state.watched = WatchedIntervals(intervals);
    const std::string text = encodeLessonState(state);
    BOOST_TEST(text.size() < 4000u);  // [[start,end],...] took about 12,000 characters
    const auto decoded = decodeLessonState(text);
    BOOST_REQUIRE(decoded.has_value());
    BOOST_TEST((*decoded == state));

    // Rows written by the earlier form still read.
    const std::string course = state.courseId.toString(), lesson = state.lessonId.toString();
    const auto old =
        decodeLessonState(R"({"v":1,"course":")" + course + R"(","lesson":")" + lesson +
                          R"(","watched":[[1000,5000],[7000,9000]],"duration":)"
                          R"(600000,"time":{}})");
    BOOST_REQUIRE(old.has_value());
    BOOST_TEST((old->watched == WatchedIntervals({{1000, 5000}, {7000, 9000}})));
    BOOST_TEST(old->mediaDurationMs == 600000u);

    // A damaged interval string is an error, not a shorter history.
    for (const char* watched : {"\"A\"", "\"gA\"", "\"!!!!\"", "[[1,2]]"}) {
        const auto bad =
            decodeLessonState(R"({"v":2,"course":")" + course + R"(","lesson":")" + lesson +
                              R"(","watched":)" + watched + R"(,"duration":1,"time":{}})");
        BOOST_TEST(!bad.has_value(), watched);
    }
}

BOOST_AUTO_TEST_CASE(push_decoding_rejects_items_not_batches) {
    const Uuid device = newUuidV7();
    ProgressEvent good;
    good.id = newUuidV7();
    good.courseId = newUuidV7();
    good.lessonId = newUuidV7();
    good.deviceId = device;
    good.hlc = Hlc{1732600000000, 0};
    good.kind = ProgressKind::Opened;
    auto otherDevice = good;
    otherDevice.id = newUuidV7();
    otherDevice.deviceId = newUuidV7();
    auto tooLate = good;
    tooLate.id = newUuidV7();
    tooLate.hlc = Hlc::fromPacked(~std::uint64_t{0});
    auto body = toJson(PushRequest{device, {good, otherDevice, tooLate, good}, {}});
    body["events"].push_back({{"id", "not-a-uuid"}});
    const auto batch = decodePushBatch(body.dump(), SyncSettings{});
    BOOST_REQUIRE(batch.has_value());
    BOOST_REQUIRE_EQUAL(batch->events.size(), 5u);
    BOOST_TEST((batch->events[0].status() == AckStatus::Applied));
    BOOST_TEST((batch->events[1].rejection->reason == RejectReason::Invalid));
    BOOST_TEST(batch->events[1].rejection->message.find("deviceId") != std::string::npos);
    BOOST_TEST(batch->events[2].rejection->message.find("hlc") != std::string::npos);
    BOOST_TEST((batch->events[3].status() == AckStatus::Duplicate));  // repeated in the batch
    BOOST_TEST(batch->events[4].id.isNil());
    BOOST_TEST(!batch->events[4].raw.empty());

    SyncSettings small;
    small.maxEventsPerPush = 2;
    BOOST_TEST(
        (decodePushBatch(body.dump(), small).error().kind == PushBatchError::Kind::TooManyItems));
    BOOST_TEST((decodePushBatch(R"({"deviceId":"x"})", small).error().kind ==
                PushBatchError::Kind::Invalid));
    BOOST_TEST((decodePushBatch(R"({"protocol":9})", small).error().kind ==
                PushBatchError::Kind::UnsupportedVersion));
    BOOST_TEST((decodePushBatch("[1]", small).error().kind == PushBatchError::Kind::Invalid));
}

BOOST_AUTO_TEST_CASE(a_valid_batch_takes_the_fast_path_whole) {
    const Uuid device = newUuidV7();
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = newUuidV7();
    e.lessonId = newUuidV7();
    e.deviceId = device;
    e.hlc = Hlc{1732600000000, 0};
    e.kind = ProgressKind::TimeSpent;
    e.totalMs = 5;
    auto later = e;
    later.id = newUuidV7();
    later.totalMs = 9;
    const auto batch = decodePushBatch(encode(PushRequest{device, {e, later}, {}}), SyncSettings{});
    BOOST_REQUIRE(batch.has_value());
    BOOST_TEST((batch->deviceId == device));
    BOOST_REQUIRE_EQUAL(batch->events.size(), 2u);
    for (const auto& item : batch->events) {
        BOOST_TEST(item.pending());
        BOOST_TEST(item.raw.empty());  // nothing kept: nothing rejected
    }
    BOOST_TEST((*batch->events[1].event == later));

    SyncSettings one;
    one.maxEventsPerPush = 1;
    BOOST_TEST((decodePushBatch(encode(PushRequest{device, {e, later}, {}}), one).error().kind ==
                PushBatchError::Kind::TooManyItems));
}
