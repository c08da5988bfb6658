// The keys-withheld form of graded quizzes: what students receive. It keeps everything needed
// to take the quiz (prompts, choices, points) and nothing that tells a right answer, is marked
// "answerKeys": "withheld" so a decoder can tell it from a malformed quiz, and never applies
// to practice quizzes (graded on the device, so they keep their keys).
#define BOOST_TEST_MODULE shared_answer_keys
#include <boost/test/unit_test.hpp>

#include "random_model.h"
#include "satchel/package.h"
#include "satchel/protocol.h"

using namespace satchel;
using nlohmann::json;

namespace {

const std::string kCourse = "01932c4e-0000-7000-8000-00000000c001";
const std::string kModule = "01932c4e-0000-7000-8000-00000000b001";
const std::string kGradedLesson = "01932c4e-0000-7000-8000-00000000a001";
const std::string kPracticeLesson = "01932c4e-0000-7000-8000-00000000a002";

// Boost builds a check's message even when the check passes: only read the error if there is one.
template <class T>
std::string describe(const Decoded<T>& result) {
    return result.has_value() ? std::string("ok") : result.error().describe();
}

// One question of every type, each with a key whose value is easy to spot in raw JSON.
json everyQuestionType() {
    return json::array(
        {{{"id", "single"},
          {"type", "single"},
          {"prompt", "Pick one"},
          {"points", 2},
          {"choices", {{{"id", "right"}, {"text", "R"}}, {{"id", "wrong"}, {"text", "W"}}}},
          {"correctChoiceIds", {"right"}}},
         {{"id", "multi"},
          {"type", "multiple"},
          {"prompt", "Pick some"},
          {"choices", {{{"id", "m1"}, {"text", "1"}}, {{"id", "m2"}, {"text", "2"}}}},
          {"correctChoiceIds", {"m1", "m2"}}},
         {{"id", "tf"}, {"type", "truefalse"}, {"prompt", "True?"}, {"correct", true}},
         {{"id", "short"},
          {"type", "short"},
          {"prompt", "Say it"},
          {"acceptedAnswers", {"xyzzy-secret"}},
          {"caseSensitive", true}},
         {{"id", "num"},
          {"type", "numeric"},
          {"prompt", "How many?"},
          {"value", 4242.5},
          {"tolerance", 0.25}},
         {{"id", "range"},
          {"type", "numeric"},
          {"prompt", "Between?"},
          {"min", 17.5},
          {"max", 18.5}}});
}

json quizLesson(const std::string& id, const std::string& mode, json quiz = {}) {
    if (quiz.is_null())
        quiz = {{"mode", mode}, {"passPercent", 50}, {"questions", everyQuestionType()}};
    return {{"id", id}, {"title", "Quiz " + mode}, {"kind", "quiz"}, {"quiz", std::move(quiz)}};
}

json manifestJson(json lessons) {
    return {{"protocol", 1},
            {"courseId", kCourse},
            {"version", 3},
            {"title", "C"},
            {"modules", {{{"id", kModule}, {"title", "M"}, {"lessons", std::move(lessons)}}}},
            {"assets", json::array()}};
}

CourseManifest fullManifest() {
    auto decoded = fromJson<CourseManifest>(manifestJson(
        {quizLesson(kGradedLesson, "graded"), quizLesson(kPracticeLesson, "practice")}));
    BOOST_REQUIRE_MESSAGE(decoded.has_value(), describe(decoded));
    return *decoded;
}

const Quiz& quizOf(const CourseManifest& m, const std::string& lessonId) {
    return *m.findLesson(*Uuid::parse(lessonId))->quiz;
}

void expectError(const json& value, DecodeErrorCode code, const std::string& field) {
    auto result = fromJson<CourseManifest>(value);
    BOOST_REQUIRE_MESSAGE(!result.has_value(), "accepted: " << value.dump());
    BOOST_TEST_MESSAGE(result.error().describe());
    BOOST_CHECK_MESSAGE(result.error().code == code,
                        "code " << toString(result.error().code) << " for " << field);
    BOOST_CHECK_EQUAL(result.error().field, field);
}

}  // namespace

BOOST_AUTO_TEST_CASE(learner_manifest_withholds_graded_keys_and_keeps_practice_keys) {
    const CourseManifest full = fullManifest();
    const CourseManifest learner = learnerManifest(full);

    const Quiz& graded = quizOf(learner, kGradedLesson);
    BOOST_TEST(graded.answerKeysWithheld);
    BOOST_TEST((graded.mode == QuizMode::Graded));
    const Quiz& original = quizOf(full, kGradedLesson);
    BOOST_REQUIRE_EQUAL(graded.questions.size(), original.questions.size());
    for (std::size_t i = 0; i < graded.questions.size(); ++i) {
        const Question& q = graded.questions[i];
        BOOST_TEST(q.prompt == original.questions[i].prompt);
        BOOST_TEST(q.points == original.questions[i].points);
        BOOST_TEST(q.choices == original.questions[i].choices);
        BOOST_TEST(q.correctChoiceIds.empty());
        BOOST_TEST(!q.correctBool);
        BOOST_TEST(q.acceptedAnswers.empty());
        BOOST_TEST((q.numeric == NumericAnswer{}));
    }
    BOOST_TEST((quizOf(learner, kPracticeLesson) == quizOf(full, kPracticeLesson)));
    BOOST_TEST(hasWithheldAnswerKeys(learner));
    BOOST_TEST(!hasWithheldAnswerKeys(full));
    BOOST_TEST(validateManifest(learner).has_value());
    BOOST_TEST(validateManifest(full).has_value());
}

BOOST_AUTO_TEST_CASE(withheld_wire_form_has_the_marker_and_no_key_in_graded_quiz) {
    const CourseManifest learner = learnerManifest(fullManifest());
    const json wire = toJson(learner);
    const json& lessons = wire["modules"][0]["lessons"];
    const json& graded = lessons[0]["quiz"];
    BOOST_TEST(graded.at("answerKeys") == "withheld");
    for (const auto& question : graded["questions"])
        for (const char* key : {"correctChoiceIds", "correct", "acceptedAnswers", "caseSensitive",
                                "collapseWhitespace", "value", "tolerance", "min", "max"})
            BOOST_TEST(!question.contains(key), question["id"] << " still has " << key);
    BOOST_TEST(graded["questions"][0]["choices"].size() == 2u);
    const std::string gradedText = graded.dump();
    for (const char* secret : {"xyzzy-secret", "4242.5", "17.5", "18.5"})
        BOOST_TEST(gradedText.find(secret) == std::string::npos, secret);
    // The practice quiz still carries its keys, and no marker.
    const json& practice = lessons[1]["quiz"];
    BOOST_TEST(!practice.contains("answerKeys"));
    BOOST_TEST(practice.dump().find("xyzzy-secret") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(withheld_form_round_trips) {
    const CourseManifest learner = learnerManifest(fullManifest());
    auto decoded = decode<CourseManifest>(encode(learner));
    BOOST_REQUIRE_MESSAGE(decoded.has_value(), describe(decoded));
    BOOST_TEST((*decoded == learner));
    BOOST_TEST(encode(*decoded) == encode(learner));

    // Random graded quizzes of every shape, withheld, decode to what was encoded.
    testing::RandomModel random(testing::testSeed());
    for (int i = 0; i < 300; ++i) {
        Quiz quiz = random.quiz();
        quiz.mode = QuizMode::Graded;
        const Quiz withheld = withholdAnswerKeys(quiz);
        auto back = decode<Quiz>(encode(withheld));
        BOOST_REQUIRE_MESSAGE(back.has_value(), describe(back));
        BOOST_REQUIRE((*back == withheld));
        quiz.mode = QuizMode::Practice;
        BOOST_REQUIRE((withholdAnswerKeys(quiz) == quiz));
    }
}

BOOST_AUTO_TEST_CASE(malformed_and_leaky_quizzes_are_refused) {
    const std::string at = "modules[0].lessons[0].quiz.";
    // A graded quiz missing a key without the marker is malformed, as before.
    json quiz{{"mode", "graded"}, {"questions", everyQuestionType()}};
    quiz["questions"][0].erase("correctChoiceIds");
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", quiz)}),
                DecodeErrorCode::MissingField, at + "questions[0].correctChoiceIds");

    // Marked withheld but still carrying a key: refused, naming the key.
    json leaky{{"mode", "graded"}, {"answerKeys", "withheld"}, {"questions", everyQuestionType()}};
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", leaky)}),
                DecodeErrorCode::Inconsistent, at + "questions[0].correctChoiceIds");
    json oneKeyLeft = toJson(withholdAnswerKeys(
        *fromJson<Quiz>(json{{"mode", "graded"}, {"questions", everyQuestionType()}})));
    oneKeyLeft["questions"][5]["max"] = 18.5;
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", oneKeyLeft)}),
                DecodeErrorCode::Inconsistent, at + "questions[5].max");

    // Only "withheld" is a marker; only graded quizzes may carry it.
    json other = oneKeyLeft;
    other["questions"][5].erase("max");
    BOOST_REQUIRE(fromJson<Quiz>(other).has_value());
    other["answerKeys"] = "hidden";
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", other)}),
                DecodeErrorCode::InvalidValue, at + "answerKeys");
    other["answerKeys"] = true;
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", other)}),
                DecodeErrorCode::WrongType, at + "answerKeys");
    other["answerKeys"] = "withheld";
    other["mode"] = "practice";
    expectError(manifestJson({quizLesson(kGradedLesson, "practice", other)}),
                DecodeErrorCode::Inconsistent, at + "answerKeys");
    // A withheld choice question still needs its choices.
    other["mode"] = "graded";
    other["questions"][0].erase("choices");
    expectError(manifestJson({quizLesson(kGradedLesson, "graded", other)}),
                DecodeErrorCode::MissingField, at + "questions[0].choices");
}

BOOST_AUTO_TEST_CASE(manifest_validation_demands_keys_unless_withheld) {
    CourseManifest m = fullManifest();
    Module& module = m.modules[0];
    // Built in code, a graded quiz without keys and without the marker is refused...
    Quiz keyless = *module.lessons[0].quiz;
    keyless.questions[0].correctChoiceIds.clear();
    module.lessons[0].quiz = keyless;
    auto refused = validateManifest(m);
    BOOST_REQUIRE(!refused.has_value());
    BOOST_TEST((refused.error().code == PackageErrorCode::InvalidManifest));
    BOOST_TEST(refused.error().where == "modules[0].lessons[0].quiz");
    // ...and so are a withheld practice quiz and a withheld quiz that kept a key.
    Quiz practice = *module.lessons[1].quiz;
    practice.answerKeysWithheld = true;
    module.lessons[0].quiz = practice;
    BOOST_TEST(!validateManifest(m).has_value());
    Quiz leaky = withholdAnswerKeys(*fullManifest().modules[0].lessons[0].quiz);
    leaky.questions[3].acceptedAnswers = {"xyzzy-secret"};
    module.lessons[0].quiz = leaky;
    BOOST_TEST(!validateManifest(m).has_value());
}
