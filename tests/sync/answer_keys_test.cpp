// Graded quizzes' answer keys never leave the server. Against the real satchel-syncd: a
// student's manifest carries the graded quiz's prompts and choices but none of its keys (the
// raw JSON is searched for every key field and value), the owning instructor's carries all of
// them, the version a student pulls names the hash of the student's own copy, a student still
// gets graded through push -> server grading -> pull, and a keys-withheld manifest cannot be
// published.
#define BOOST_TEST_MODULE sync_answer_keys
#include <boost/test/unit_test.hpp>

#include "satchel/hash.h"
#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;
using nlohmann::json;

namespace {

// Key values that appear nowhere else in the manifest, so a leak shows in the raw text.
const std::string kSecretAnswer = "plugh-7731";
constexpr double kSecretNumber = 4242.5;

// Adds a short-answer and a numeric question to the graded quiz and publishes version 2.
void addDistinctiveKeys(SyncWorld& world, TestCourse& course, const TestUser& teacher) {
    for (Module& module : course.manifest.modules)
        for (Lesson& lesson : module.lessons) {
            if (lesson.id != course.gradedQuiz)
                continue;
            Question shortAnswer;
            shortAnswer.id = "q3";
            shortAnswer.type = QuestionType::ShortAnswer;
            shortAnswer.prompt = "The magic word?";
            shortAnswer.acceptedAnswers = {kSecretAnswer};
            Question numeric;
            numeric.id = "q4";
            numeric.type = QuestionType::Numeric;
            numeric.prompt = "How far, in light-days?";
            numeric.numeric.value = kSecretNumber;
            numeric.numeric.tolerance = 0.125;
            lesson.quiz->questions.push_back(shortAnswer);
            lesson.quiz->questions.push_back(numeric);
        }
    world.publishAgain(course, teacher);
}

testing::HttpResponse getManifest(SyncWorld& world, const TestUser& user, const TestCourse& course,
                                  int version) {
    return testing::http("GET",
                         world.url() + "/api/v1/courses/" + course.id.toString() + "/versions/" +
                             std::to_string(version) + "/manifest",
                         {}, user.auth(), 30000);
}

const json& quizJson(const json& manifest, const Uuid& lessonId) {
    for (const auto& module : manifest.at("modules"))
        for (const auto& lesson : module.at("lessons"))
            if (lesson.at("id") == lessonId.toString())
                return lesson.at("quiz");
    throw std::logic_error("no such lesson in the manifest");
}

}  // namespace

BOOST_AUTO_TEST_CASE(students_get_graded_quizzes_without_keys_instructors_with) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto admin = world.createUser("root", "admin");
    auto course = world.createCourse(teacher);
    addDistinctiveKeys(world, course, teacher);
    const auto student = world.createUser("learner");
    world.enroll(student, course);

    const auto reply = getManifest(world, student, course, 2);
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    // No key value anywhere in what the student received.
    BOOST_TEST(reply.body.find(kSecretAnswer) == std::string::npos);
    BOOST_TEST(reply.body.find("4242.5") == std::string::npos);
    const json body = json::parse(reply.body);
    const json& graded = quizJson(body, course.gradedQuiz);
    BOOST_TEST(graded.at("answerKeys") == "withheld");
    BOOST_TEST(graded.at("mode") == "graded");
    BOOST_REQUIRE_EQUAL(graded.at("questions").size(), 4u);
    for (const auto& question : graded.at("questions")) {
        BOOST_TEST(!question.at("prompt").get<std::string>().empty());
        for (const char* key : {"correctChoiceIds", "correct", "acceptedAnswers", "caseSensitive",
                                "collapseWhitespace", "value", "tolerance", "min", "max"})
            BOOST_TEST(!question.contains(key), question.at("id") << " has " << key);
    }
    BOOST_TEST(graded.at("questions")[0].at("choices").size() == 2u);
    // Practice quizzes are graded on the device: their keys stay.
    const json& practice = quizJson(body, course.practiceQuiz);
    BOOST_TEST(!practice.contains("answerKeys"));
    BOOST_TEST(practice.at("questions")[0].at("correctChoiceIds") == json::array({"b"}));
    // The student's copy decodes as the withheld form of the published manifest.
    auto decoded = decode<CourseManifest>(reply.body);
    BOOST_REQUIRE(decoded.has_value());
    BOOST_TEST((*decoded == learnerManifest(course.manifest)));

    // The owning instructor and an admin get every key.
    for (const TestUser* manager : {&teacher, &admin}) {
        const auto full = getManifest(world, *manager, course, 2);
        BOOST_REQUIRE_MESSAGE(full.status == 200, full.body);
        BOOST_TEST(full.body.find(kSecretAnswer) != std::string::npos);
        auto manifest = decode<CourseManifest>(full.body);
        BOOST_REQUIRE(manifest.has_value());
        BOOST_TEST((*manifest == course.manifest));
    }

    // Pull names the hash of the copy each one is served, never the full one to a student.
    world.enroll(teacher, course);
    std::string studentCursor, teacherCursor;
    const auto studentPage = world.pullAll(student, studentCursor);
    const auto teacherPage = world.pullAll(teacher, teacherCursor);
    BOOST_REQUIRE(!studentPage.courseVersions.empty());
    BOOST_REQUIRE(!teacherPage.courseVersions.empty());
    const auto& studentVersion = studentPage.courseVersions.back();
    BOOST_REQUIRE_EQUAL(studentVersion.number, 2u);
    BOOST_TEST(studentVersion.manifestSha256 == sha256Hex(reply.body));
    BOOST_TEST(studentVersion.manifestSha256 != sha256Hex(encode(course.manifest)));
    BOOST_TEST(teacherPage.courseVersions.back().manifestSha256 ==
               sha256Hex(encode(course.manifest)));
}

BOOST_AUTO_TEST_CASE(a_student_is_still_graded_by_the_server) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    auto course = world.createCourse(teacher);
    addDistinctiveKeys(world, course, teacher);
    const auto student = world.createUser("examinee");
    world.enroll(student, course);

    // What the app would do: take the quiz from the student's (withheld) manifest, answer,
    // push the attempt with no score of its own, and learn the grade by pulling.
    auto manifest = decode<CourseManifest>(getManifest(world, student, course, 2).body);
    BOOST_REQUIRE(manifest.has_value());
    const Quiz& quiz = *manifest->findLesson(course.gradedQuiz)->quiz;
    BOOST_REQUIRE(quiz.answerKeysWithheld);
    std::vector<Answer> answers(4);
    answers[0].questionId = "q1";
    answers[0].choiceIds = {"b"};  // right: 2 points
    answers[1].questionId = "q2";
    answers[1].boolean = false;  // wrong
    answers[2].questionId = "q3";
    answers[2].text = "  PLUGH-7731 ";  // right after normalising: 1 point
    answers[3].questionId = "q4";
    answers[3].number = kSecretNumber + 0.1;  // within tolerance: 1 point
    for (std::size_t i = 0; i < answers.size(); ++i)
        BOOST_REQUIRE(answers[i].questionId == quiz.questions[i].id);

    SimDevice device(course, 7);
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = course.id;
    attempt.lessonId = course.gradedQuiz;
    attempt.courseVersion = 2;
    attempt.deviceId = device.id;
    attempt.hlc = Hlc{systemUnixMillis(), 0};
    attempt.startedAtMs = static_cast<std::int64_t>(systemUnixMillis()) - 60000;
    attempt.submittedAtMs = attempt.startedAtMs + 20000;
    attempt.answers = answers;
    const auto pushed = world.push(student, PushRequest{device.id, {}, {attempt}});
    BOOST_REQUIRE_MESSAGE(pushed.status == 200, pushed.body);
    BOOST_REQUIRE((pushed.response->acks.at(0).status == AckStatus::Applied));

    const auto page = world.pullAll(student, device.cursor);
    BOOST_REQUIRE_EQUAL(page.grades.size(), 1u);
    BOOST_TEST((page.grades[0].attemptId == attempt.id));
    BOOST_TEST(page.grades[0].score.points == 4.0);
    BOOST_TEST(page.grades[0].score.maxPoints == 5.0);
    BOOST_TEST(page.grades[0].score.passed);  // 80 % against a pass mark of 50 %
}

BOOST_AUTO_TEST_CASE(a_manifest_with_withheld_keys_cannot_be_published) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    auto course = world.createCourse(teacher);
    // The student's copy of version 1, sent back as if it were a new version.
    const json manifest = toJson(learnerManifest(course.manifest));
    const json body{{"protocol", 1}, {"manifest", manifest}};
    auto headers = teacher.auth();
    headers["Content-Type"] = "application/json";
    const auto reply =
        testing::http("POST", world.url() + "/api/v1/courses/" + course.id.toString() + "/versions",
                      body.dump(), headers, 30000);
    BOOST_TEST(reply.status == 400, reply.body);
    BOOST_TEST(reply.body.find("withheld") != std::string::npos, reply.body);
    const auto versions = world.db->exec(
        "SELECT count(*) FROM course_versions WHERE course_id = $1::uuid", {course.id.toString()});
    BOOST_TEST(versions.integer(0, 0) == 1);
}
