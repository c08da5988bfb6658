// A table of grading cases for every question type, partial credit included.
#define BOOST_TEST_MODULE shared_grading
#include <boost/test/unit_test.hpp>

#include "satchel/grading.h"

using namespace satchel;

namespace {

Question choice(QuestionType type, std::vector<std::string> correct, std::uint32_t points = 4) {
    Question q;
    q.id = "q";
    q.type = type;
    q.points = points;
    q.choices = {{"a", "A"}, {"b", "B"}, {"c", "C"}, {"d", "D"}};
    q.correctChoiceIds = std::move(correct);
    return q;
}

Answer picks(std::vector<std::string> ids) {
    Answer a;
    a.questionId = "q";
    a.choiceIds = std::move(ids);
    return a;
}

Answer text(std::string value) {
    Answer a;
    a.questionId = "q";
    a.text = std::move(value);
    return a;
}

Answer number(double value) {
    Answer a;
    a.questionId = "q";
    a.number = value;
    return a;
}

Answer boolean(bool value) {
    Answer a;
    a.questionId = "q";
    a.boolean = value;
    return a;
}

struct Case {
    const char* name;
    Question question;
    std::optional<Answer> answer;
    double points;
};

Question shortAnswer(bool caseSensitive, bool collapse) {
    Question q;
    q.id = "q";
    q.type = QuestionType::ShortAnswer;
    q.points = 2;
    q.acceptedAnswers = {"Proxima Centauri", "Alpha Centauri C"};
    q.shortAnswer = {caseSensitive, collapse};
    return q;
}

Question numeric(std::optional<double> value, double tolerance, std::optional<double> min = {},
                 std::optional<double> max = {}) {
    Question q;
    q.id = "q";
    q.type = QuestionType::Numeric;
    q.points = 3;
    q.numeric = {value, tolerance, min, max};
    return q;
}

Question trueFalse(bool correct) {
    Question q;
    q.id = "q";
    q.type = QuestionType::TrueFalse;
    q.points = 1;
    q.correctBool = correct;
    return q;
}

}  // namespace

BOOST_AUTO_TEST_CASE(grading_table) {
    const auto single = choice(QuestionType::SingleChoice, {"b"});
    const auto multiple = choice(QuestionType::MultipleChoice, {"a", "b", "c"}, 6);
    const std::vector<Case> cases = {
        {"single: correct", single, picks({"b"}), 4},
        {"single: wrong", single, picks({"a"}), 0},
        {"single: two picks incl. correct", single, picks({"a", "b"}), 0},
        {"single: same pick twice", single, picks({"b", "b"}), 4},
        {"single: nothing picked", single, picks({}), 0},
        {"single: unknown choice", single, picks({"zz"}), 0},
        {"single: unanswered", single, std::nullopt, 0},
        {"single: wrong answer field", single, boolean(true), 0},
        {"multiple: all correct", multiple, picks({"a", "b", "c"}), 6},
        {"multiple: two of three", multiple, picks({"a", "c"}), 4},
        {"multiple: one of three", multiple, picks({"b"}), 2},
        {"multiple: all correct plus a wrong one", multiple, picks({"a", "b", "c", "d"}), 4},
        {"multiple: one right one wrong", multiple, picks({"a", "d"}), 0},
        {"multiple: everything selected", multiple, picks({"a", "b", "c", "d"}), 4},
        {"multiple: only wrong", multiple, picks({"d"}), 0},
        {"multiple: duplicates count once", multiple, picks({"a", "a", "a"}), 2},
        {"truefalse: true is right", trueFalse(true), boolean(true), 1},
        {"truefalse: false is wrong", trueFalse(true), boolean(false), 0},
        {"truefalse: false is right", trueFalse(false), boolean(false), 1},
        {"truefalse: no boolean", trueFalse(false), text("false"), 0},
        {"short: exact", shortAnswer(false, true), text("Proxima Centauri"), 2},
        {"short: case folded", shortAnswer(false, true), text("proxima CENTAURI"), 2},
        {"short: whitespace collapsed", shortAnswer(false, true), text("  Proxima \t\n Centauri "),
         2},
        {"short: second accepted answer", shortAnswer(false, true), text("alpha centauri c"), 2},
        {"short: case sensitive mismatch", shortAnswer(true, true), text("proxima centauri"), 0},
        {"short: case sensitive match", shortAnswer(true, true), text(" Proxima  Centauri"), 2},
        {"short: whitespace kept", shortAnswer(false, false), text("Proxima  Centauri"), 0},
        {"short: whitespace kept exact", shortAnswer(false, false), text("proxima centauri"), 2},
        {"short: wrong", shortAnswer(false, true), text("Sirius"), 0},
        {"short: empty", shortAnswer(false, true), text("   "), 0},
        {"short: non-ASCII not folded", shortAnswer(false, true), text("PROXIMA CENTAURİ"), 0},
        {"numeric: exact", numeric(8, 0), number(8), 3},
        {"numeric: off", numeric(8, 0), number(9), 0},
        {"numeric: inside tolerance", numeric(3.14, 0.01), number(3.15), 3},
        {"numeric: at tolerance edge", numeric(0.3, 0.1), number(0.2), 3},
        {"numeric: decimal rounding absorbed", numeric(0.3, 0), number(0.1 + 0.2), 3},
        {"numeric: outside tolerance", numeric(3.14, 0.01), number(3.16), 0},
        {"numeric: range low bound", numeric({}, 0, 5500, 6000), number(5500), 3},
        {"numeric: range high bound", numeric({}, 0, 5500, 6000), number(6000), 3},
        {"numeric: range inside", numeric({}, 0, 5500, 6000), number(5778), 3},
        {"numeric: range below", numeric({}, 0, 5500, 6000), number(5499.9), 0},
        {"numeric: range above", numeric({}, 0, 5500, 6000), number(6000.5), 0},
        {"numeric: NaN", numeric(8, 1), number(std::numeric_limits<double>::quiet_NaN()), 0},
        {"numeric: text instead", numeric(8, 1), text("8"), 0},
    };
    for (const auto& c : cases) {
        auto grade = gradeQuestion(c.question, c.answer ? &*c.answer : nullptr);
        BOOST_TEST(grade.points == c.points, c.name << ": got " << grade.points);
        BOOST_TEST(grade.maxPoints == static_cast<double>(c.question.points), c.name);
        BOOST_TEST(grade.fullCredit == (c.points == c.question.points), c.name);
    }
}

BOOST_AUTO_TEST_CASE(attempt_score_and_pass_threshold) {
    Quiz quiz;
    Question q1 = choice(QuestionType::SingleChoice, {"a"}, 2);
    q1.id = "q1";
    Question q2 = choice(QuestionType::MultipleChoice, {"a", "b"}, 2);
    q2.id = "q2";
    Question q3 = trueFalse(true);
    q3.id = "q3";
    quiz.questions = {q1, q2, q3};  // 5 points
    quiz.passPercent = 60;
    Answer a1 = picks({"a"});
    a1.questionId = "q1";
    Answer a2 = picks({"a"});
    a2.questionId = "q2";
    Answer stray = boolean(true);
    stray.questionId = "not-in-quiz";
    auto report = gradeAttempt(quiz, {a1, a2, stray});
    BOOST_TEST(report.score.points == 3.0);  // 2 + 1 + 0
    BOOST_TEST(report.score.maxPoints == 5.0);
    BOOST_TEST(report.score.passed);  // exactly 60 %
    BOOST_REQUIRE(report.questions.size() == 3u);
    BOOST_TEST(report.questions[1].points == 1.0);
    BOOST_TEST(!report.questions[2].fullCredit);
    quiz.passPercent = 61;
    BOOST_TEST(!gradeAttempt(quiz, {a1, a2}).score.passed);
    // A first answer wins over a later one for the same question.
    Answer wrongAgain = picks({"b"});
    wrongAgain.questionId = "q1";
    BOOST_TEST(gradeAttempt(quiz, {a1, wrongAgain}).questions[0].points == 2.0);
    Quiz empty;
    empty.passPercent = 0;
    BOOST_TEST(!gradeAttempt(empty, {}).score.passed);
}

BOOST_AUTO_TEST_CASE(short_answer_normalisation) {
    BOOST_TEST(normaliseShortAnswer("  A  b\tC ", {false, true}) == "a b c");
    BOOST_TEST(normaliseShortAnswer("  A  b ", {true, true}) == "A b");
    BOOST_TEST(normaliseShortAnswer(" A ", {false, false}) == " a ");
}
