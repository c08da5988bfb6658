// Multi-device convergence through the real server: two and three simulated devices per
// student record overlapping events, push random batches in random order (replays and
// repeats included) and pull between pushes. In the end every device holds the same state,
// equal to shared's merge of every event, and so does the server's materialised state.
#define BOOST_TEST_MODULE sync_convergence
#include <boost/test/unit_test.hpp>

#include "sync/lesson_state_codec.h"
#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;

namespace {

// The server's materialised lesson states of a user, decoded.
std::map<Uuid, LessonState> serverStates(SyncWorld& world, const TestUser& user) {
    std::map<Uuid, LessonState> states;
    const auto rows =
        world.db->exec("SELECT state::text FROM lesson_states WHERE user_id = $1::uuid", {user.id});
    for (int r = 0; r < rows.rows(); ++r) {
        auto state = server::sync::decodeLessonState(rows.text(r, 0));
        BOOST_REQUIRE(state.has_value());
        states[state->lessonId] = *state;
    }
    return states;
}

void runStudent(SyncWorld& world, const TestUser& student, const TestCourse& course, int devices,
                std::mt19937_64& rng) {
    std::vector<std::unique_ptr<SimDevice>> sims;
    for (int d = 0; d < devices; ++d)
        sims.push_back(std::make_unique<SimDevice>(course, rng()));

    for (int round = 0; round < 12; ++round) {
        auto& device = *sims[rng() % sims.size()];
        device.record(5 + rng() % 40);
        const auto result = world.push(student, device.randomBatch(rng, 60));
        BOOST_REQUIRE_MESSAGE(result.status == 200, result.body);
        for (const auto& ack : result.response->acks)
            BOOST_REQUIRE_MESSAGE(ack.status != AckStatus::Rejected, ack.message);
        // Now and then a device replays a whole earlier batch: nothing may change.
        if (rng() % 3 == 0) {
            const auto again = world.push(student, device.randomBatch(rng, 60));
            BOOST_REQUIRE_EQUAL(again.status, 200);
        }
        auto& reader = *sims[rng() % sims.size()];
        reader.absorb(world.pullAll(student, reader.cursor, 1 + static_cast<int>(rng() % 50)));
    }
    // Every device flushes its whole outbox, then everyone pulls to the end.
    std::vector<ProgressEvent> all;
    for (auto& device : sims) {
        PushRequest flush;
        flush.deviceId = device->id;
        flush.events = device->made;
        std::shuffle(flush.events.begin(), flush.events.end(), rng);
        for (std::size_t start = 0; start < flush.events.size(); start += 500) {
            PushRequest part{flush.deviceId, {}, {}};
            part.events.assign(flush.events.begin() + static_cast<long>(start),
                               flush.events.begin() +
                                   static_cast<long>(std::min(start + 500, flush.events.size())));
            const auto result = world.push(student, part);
            BOOST_REQUIRE_MESSAGE(result.status == 200, result.body);
        }
        all.insert(all.end(), device->made.begin(), device->made.end());
    }
    for (auto& device : sims)
        device->absorb(world.pullAll(student, device->cursor, 37));

    const ProgressState expected = mergeAll(all);
    for (std::size_t d = 0; d < sims.size(); ++d) {
        BOOST_TEST_CONTEXT("device " << d) {
            BOOST_TEST((sims[d]->state.lessons == expected.lessons));
            BOOST_TEST((sims[d]->state == sims[0]->state));
        }
    }
    BOOST_TEST((serverStates(world, student) == expected.lessons));
    // The log holds each event exactly once.
    const auto count = world.db->exec(
        "SELECT count(*) FROM progress_events WHERE user_id = $1::uuid", {student.id});
    BOOST_TEST(count.integer(0, 0) == static_cast<long long>(all.size()));
}

}  // namespace

BOOST_AUTO_TEST_CASE(devices_converge_to_the_merge_of_all_events) {
    std::mt19937_64 rng(testSeed("sync_convergence"));
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto course = world.createCourse(teacher);
    const auto two = world.createUser("two-devices");
    const auto three = world.createUser("three-devices");
    world.enroll(two, course);
    world.enroll(three, course);
    runStudent(world, two, course, 2, rng);
    runStudent(world, three, course, 3, rng);
}

BOOST_AUTO_TEST_CASE(quiz_attempts_are_graded_on_the_server_and_reach_every_device) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto course = world.createCourse(teacher);
    const auto student = world.createUser("quizzer");
    world.enroll(student, course);
    SimDevice laptop(course, 1), phone(course, 2);

    auto attempt = [&](const Uuid& lesson, std::vector<Answer> answers) {
        QuizAttempt a;
        a.id = newUuidV7();
        a.courseId = course.id;
        a.lessonId = lesson;
        a.courseVersion = 1;
        a.deviceId = laptop.id;
        a.hlc = Hlc{systemUnixMillis(), 0};
        a.startedAtMs = static_cast<std::int64_t>(systemUnixMillis()) - 60000;
        a.submittedAtMs = a.startedAtMs + 30000;
        a.answers = std::move(answers);
        return a;
    };
    Answer right;
    right.questionId = "q1";
    right.choiceIds = {"b"};
    Answer wrong;
    wrong.questionId = "q2";
    wrong.boolean = false;
    const auto practice = attempt(course.practiceQuiz, {right, wrong});
    const auto graded = attempt(course.gradedQuiz, {right});
    PushRequest request{laptop.id, {}, {practice, graded}};
    const auto result = world.push(student, request);
    BOOST_REQUIRE_EQUAL(result.status, 200);
    BOOST_REQUIRE_EQUAL(result.response->acks.size(), 2u);
    BOOST_TEST((result.response->acks[0].status == AckStatus::Applied));
    BOOST_TEST((result.response->acks[1].status == AckStatus::Applied));

    // A replay is a duplicate; the same id with other answers is a conflict.
    const auto replay = world.push(student, request);
    BOOST_TEST((replay.response->acks[1].status == AckStatus::Duplicate));
    auto changed = graded;
    changed.answers[0].choiceIds = {"a"};
    const auto conflict = world.push(student, PushRequest{laptop.id, {}, {changed}});
    BOOST_TEST((conflict.response->acks[0].status == AckStatus::Rejected));
    BOOST_TEST((conflict.response->acks[0].reason == RejectReason::Conflict));

    const auto page = world.pullAll(student, phone.cursor);
    BOOST_REQUIRE_EQUAL(page.attempts.size(), 2u);
    BOOST_REQUIRE_EQUAL(page.grades.size(), 2u);
    for (const auto& grade : page.grades) {
        if (grade.attemptId == practice.id) {
            BOOST_TEST(grade.score.points == 2.0);  // q1 right (2 points), q2 wrong
            BOOST_TEST(grade.score.maxPoints == 3.0);
            BOOST_TEST(grade.score.passed);
        } else {
            BOOST_TEST((grade.attemptId == graded.id));
            BOOST_TEST(grade.score.points == 2.0);
        }
    }
    // Only the graded quiz's result is announced.
    int gradedNotes = 0;
    for (const auto& n : page.notifications)
        if (n.kind == NotificationKind::AttemptGraded) {
            ++gradedNotes;
            BOOST_TEST((n.attemptId == graded.id));
        }
    BOOST_TEST(gradedNotes == 1);
    BOOST_REQUIRE_EQUAL(page.courseVersions.size(), 1u);
    BOOST_TEST(page.courseVersions[0].number == 1u);
    phone.absorb(page);
    BOOST_TEST(effectiveScore(phone.state, graded.id)->points == 2.0);
}
