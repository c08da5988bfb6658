// A course whose last lesson is a graded quiz that only a pass completes (rule QuizPassed),
// end to end through the real satchel-syncd and PostgreSQL. Devices cannot score a graded quiz
// (its answer keys never leave the server), so the server's passing grade is what completes
// the lesson: the push that carries the passing attempt records a Completed event of the
// server's own, which every device then pulls, and queues the certificate in its transaction.
// A failing grade completes nothing; a Completed event a device pushes for a quiz it has not
// passed does not count; replays and further passing attempts leave exactly one certificate.
#define BOOST_TEST_MODULE jobs_quiz_completion
#include <boost/test/unit_test.hpp>

#include "course_seed.h"
#include "jobs_fixture.h"
#include "satchel/merge.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/http.h"
#include "satchel/testing/process.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

struct QuizCompletionFixture : JobsFixture {
    std::unique_ptr<testing::SyncServer> server = startInstance(
        2, {{"SATCHEL_BLOB_DIR", (dir / "blobs").string()}, {"SATCHEL_JOB_RETRY_BASE_MS", "200"}});
    std::unique_ptr<server::PgConnection> db = connect();
    std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    std::string student = addAccount(*db, "noor", "Noor", "");
    std::string token = tokenForExisting(student, "student");
    SeededCourse course = publishCourse(*db, teacher, "Statistics", 2, true);
    Uuid laptop = newUuidV7(), phone = newUuidV7();

    QuizCompletionFixture() { enroll(*db, student, course.id); }

    long long certificateJobs() {
        return scalar("SELECT count(*) FROM jobs WHERE type = 'certificate.issue'");
    }
    // Completed events of the quiz lesson made by the server (no device of the student's).
    long long serverCompletions() {
        return scalar("SELECT count(*) FROM progress_events WHERE kind = 4 AND lesson_id = '" +
                      course.gradedQuiz->toString() + "' AND device_id NOT IN ('" +
                      laptop.toString() + "', '" + phone.toString() + "')");
    }
    bool quizLessonStateCompleted() {
        return scalar("SELECT count(*) FROM lesson_states WHERE completed AND lesson_id = '" +
                      course.gradedQuiz->toString() + "'") == 1;
    }
    void pushReadingsDone(const Uuid& device) {
        std::string answer;
        BOOST_REQUIRE_MESSAGE(
            pushLessonsDone(server->url(), token, course, course.lessons, device, &answer) == 200,
            answer);
    }
    void waitForCertificate() {
        BOOST_REQUIRE_MESSAGE(testing::waitUntil(
                                  [&] {
                                      return scalar(
                                                 "SELECT count(*) FROM push_events WHERE kind = "
                                                 "'certificate.ready'") > 0;
                                  },
                                  seconds(90)),
                              "no certificate.ready: " + server->process().log() + jobsSummary());
    }
    // Everything a new device of the student pulls, folded with shared's merge rules as the
    // app folds it.
    ProgressState pulledState() {
        ProgressState state;
        std::string cursor;
        for (int page = 0; page < 100; ++page) {
            const auto reply = testing::httpGet(
                server->url() + "/api/v1/sync/pull" + (cursor.empty() ? "" : "?cursor=" + cursor),
                {{"Authorization", "Bearer " + token}});
            BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
            auto pulled = decode<PullResponse>(reply.body);
            BOOST_REQUIRE_MESSAGE(pulled, reply.body);
            for (const auto& e : pulled->events)
                apply(state, e);
            for (const auto& a : pulled->attempts)
                apply(state, a);
            for (const auto& g : pulled->grades)
                apply(state, g);
            cursor = pulled->cursor;
            if (!pulled->hasMore)
                return state;
        }
        BOOST_FAIL("pull never reached the end of the feed");
        return state;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(quiz_completion, QuizCompletionFixture)

BOOST_AUTO_TEST_CASE(a_passing_grade_of_the_last_graded_quiz_completes_the_course_once) {
    pushReadingsDone(laptop);
    BOOST_TEST(certificateJobs() == 0);

    // A failing grade: the lesson stays open, no certificate.
    pushQuizAttempt(server->url(), token, course, false, laptop);
    BOOST_TEST(scalar("SELECT count(*) FROM attempt_grades WHERE NOT passed") == 1);
    BOOST_TEST(!quizLessonStateCompleted());
    BOOST_TEST(serverCompletions() == 0);
    BOOST_TEST(certificateJobs() == 0);

    // The passing attempt, from the other device: the push that graded it has completed the
    // lesson and queued the certificate when it answers (one transaction).
    const Uuid passing = pushQuizAttempt(server->url(), token, course, true, phone);
    BOOST_TEST(quizLessonStateCompleted());
    BOOST_TEST(serverCompletions() == 1);
    BOOST_TEST(certificateJobs() == 1);

    // The same attempt replayed, and a second passing attempt: nothing new.
    PushRequest replay;
    replay.deviceId = phone;
    const auto stored =
        db->exec("SELECT body FROM quiz_attempts WHERE id = $1::uuid", {passing.toString()});
    replay.attempts.push_back(*decode<QuizAttempt>(stored.text(0, 0)));
    const auto replayed = testing::http(
        "POST", server->url() + "/api/v1/sync/push", encode(replay),
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}}, 60000);
    BOOST_REQUIRE_MESSAGE(replayed.status == 200, replayed.body);
    BOOST_TEST(replayed.body.find("\"duplicate\"") != std::string::npos, replayed.body);
    pushQuizAttempt(server->url(), token, course, true, laptop);
    BOOST_TEST(serverCompletions() == 1);
    BOOST_TEST(certificateJobs() == 1);

    waitForCertificate();
    BOOST_TEST(scalar("SELECT count(*) FROM certificates WHERE user_id = '" + student + "'") == 1);
    BOOST_TEST(scalar("SELECT count(*) FROM push_events WHERE kind = 'certificate.ready'") == 1);
    BOOST_TEST(scalar("SELECT count(*) FROM jobs WHERE type = 'certificate.issue' AND state = "
                      "'done'") == 1);
    // Its PDF is a tracked, verified blob.
    BOOST_TEST(scalar("SELECT count(*) FROM certificates c JOIN blobs b ON b.sha256 = "
                      "c.pdf_sha256 WHERE b.state = 'verified' AND b.size > 0") == 1);

    // A third device converges through pull: every lesson completed, the quiz by the server's
    // event.
    const ProgressState state = pulledState();
    for (const auto& lesson : course.lessons) {
        BOOST_TEST_CONTEXT("reading " << lesson.toString()) {
            BOOST_REQUIRE(state.lesson(lesson) != nullptr);
            BOOST_TEST(state.lesson(lesson)->isCompleted());
        }
    }
    const LessonState* quiz = state.lesson(*course.gradedQuiz);
    BOOST_REQUIRE(quiz != nullptr);
    BOOST_TEST(quiz->isCompleted());
    BOOST_TEST(state.grades.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_device_completion_of_an_unpassed_quiz_does_not_count_until_a_pass) {
    // An old or faulty app marks the quiz lesson completed right after a failing attempt.
    pushQuizAttempt(server->url(), token, course, false, laptop);
    std::string answer;
    BOOST_REQUIRE_MESSAGE(
        pushLessonsDone(server->url(), token, course,
                        {course.lessons[0], course.lessons[1], *course.gradedQuiz}, laptop,
                        &answer) == 200,
        answer);
    BOOST_TEST(quizLessonStateCompleted());  // the device's fact is kept (monotonic)...
    BOOST_TEST(certificateJobs() == 0);      // ...but without a passing grade it does not count
    pushReadingsDone(phone);
    BOOST_TEST(certificateJobs() == 0);

    // The pass: the lesson was already marked, so the server adds no event of its own, but the
    // course is now complete.
    pushQuizAttempt(server->url(), token, course, true, phone);
    BOOST_TEST(serverCompletions() == 0);
    BOOST_TEST(certificateJobs() == 1);
    waitForCertificate();
    BOOST_TEST(scalar("SELECT count(*) FROM certificates") == 1);
}

BOOST_AUTO_TEST_CASE(failing_grades_alone_never_complete_the_course) {
    pushReadingsDone(laptop);
    pushQuizAttempt(server->url(), token, course, false, laptop);
    pushQuizAttempt(server->url(), token, course, false, phone);
    BOOST_TEST(scalar("SELECT count(*) FROM attempt_grades WHERE NOT passed") == 2);
    BOOST_TEST(!quizLessonStateCompleted());
    BOOST_TEST(serverCompletions() == 0);
    BOOST_TEST(certificateJobs() == 0);
    BOOST_TEST(scalar("SELECT count(*) FROM sync_rejections") == 0);
    const ProgressState state = pulledState();
    const LessonState* quiz = state.lesson(*course.gradedQuiz);
    BOOST_TEST((quiz == nullptr || !quiz->isCompleted()));
}

BOOST_AUTO_TEST_SUITE_END()
