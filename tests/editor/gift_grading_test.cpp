// A realistic GIFT file, imported, validated by shared's codec and graded by shared's grader:
// the scores are the ones Moodle gives for the same answers, which proves the mapping.
#include <boost/test/unit_test.hpp>

#include "satchel/client/gift_import.h"
#include "satchel/grading.h"
#include "satchel/protocol/codec.h"

using namespace satchel;

namespace {

constexpr std::string_view kRealisticFile = R"gift(// Week 3 quiz, exported from Moodle 4.1
// question: 101  name: Grant
$CATEGORY: $course$/top/History

::Grant::Who is buried in Grant's tomb? {
    =Grant #Right.
    ~Lincoln #No, he is in Springfield.
    ~No one
}

::Tomb pair::[html]Which <b>two</b> people are entombed in Grant's tomb? {
    ~%50%Grant
    ~%50%Grant's wife
    ~%-50%Grant's father
    ~%-50%No one
}

$CATEGORY: $course$/top/Science

::Sun:: The sun rises in the east. {T#Check a compass.#Yes.}

::Capital:: What is the capital of France? {=Paris =Paris, France}

::Pi:: What is \{pi\} to two decimal places? {#3.14:0.005}

::Range:: Name a number from 1 to 5. {#1..5}

::Year::When was Ulysses S. Grant born? {#
    =1822:0
    =1821.5..1822.5
####Grant was born in 1822.
}
)gift";

Answer choose(std::string id, std::vector<std::string> choices) {
    Answer a;
    a.questionId = std::move(id);
    a.choiceIds = std::move(choices);
    return a;
}
Answer say(std::string id, bool value) {
    Answer a;
    a.questionId = std::move(id);
    a.boolean = value;
    return a;
}
Answer write(std::string id, std::string text) {
    Answer a;
    a.questionId = std::move(id);
    a.text = std::move(text);
    return a;
}
Answer number(std::string id, double value) {
    Answer a;
    a.questionId = std::move(id);
    a.number = value;
    return a;
}

Quiz importQuiz() {
    auto parsed = parseGift(kRealisticFile);
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    Quiz quiz;
    for (auto& q : parsed->questions)
        quiz.questions.push_back(q.question);
    quiz.passPercent = 60.0;
    return quiz;
}

double pointsFor(const Quiz& quiz, const Answer& answer) {
    return gradeAttempt(quiz, {answer})
        .questions.at(std::size_t(std::stoi(answer.questionId.substr(1)) - 1))
        .points;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_realistic_file_imports_with_titles_categories_and_warnings) {
    auto parsed = parseGift(kRealisticFile);
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    const auto& qs = parsed->questions;
    BOOST_TEST_REQUIRE(qs.size() == 7u);
    const std::vector<std::string> titles{"Grant", "Tomb pair", "Sun", "Capital",
                                          "Pi",    "Range",     "Year"};
    const std::vector<std::size_t> lines{5, 11, 20, 22, 24, 26, 28};
    for (std::size_t i = 0; i < qs.size(); ++i) {
        BOOST_TEST(qs[i].title == titles[i]);
        BOOST_TEST(qs[i].line == lines[i]);
        BOOST_TEST(qs[i].category == (i < 2 ? "$course$/top/History" : "$course$/top/Science"));
    }
    BOOST_TEST(qs[1].question.prompt == "Which <b>two</b> people are entombed in Grant's tomb?");
    BOOST_TEST(qs[4].question.prompt == "What is {pi} to two decimal places?");
    BOOST_TEST((qs[6].question.numeric == NumericAnswer{std::nullopt, 0.0, 1821.5, 1822.5}));
    // Feedback on lines 6 and 7 (Grant), 20 (Sun) and 31 (Year's general feedback) is dropped.
    std::vector<std::size_t> warned;
    for (const auto& w : parsed->warnings)
        warned.push_back(w.line);
    BOOST_TEST(warned == (std::vector<std::size_t>{6, 7, 20, 31}),
               boost::test_tools::per_element());

    // The imported quiz is valid by shared's own rules (the codec validates on decode).
    Quiz quiz;
    for (const auto& q : qs)
        quiz.questions.push_back(q.question);
    auto decoded = fromJson<Quiz>(toJson(quiz));
    BOOST_TEST_REQUIRE(decoded.ok());
    BOOST_TEST((*decoded == quiz));
}

BOOST_AUTO_TEST_CASE(graded_scores_match_moodles_for_the_same_answers) {
    const auto quiz = importQuiz();
    struct Expectation {
        Answer answer;
        double points;
    };
    const std::vector<Expectation> table{
        {choose("q1", {"a1"}), 1.0},  // Grant
        {choose("q1", {"a2"}), 0.0},
        {choose("q2", {"a1", "a2"}), 1.0},        // both right
        {choose("q2", {"a1"}), 0.5},              // Moodle: 50%
        {choose("q2", {"a1", "a3"}), 0.0},        // 50% - 50%
        {choose("q2", {"a1", "a2", "a4"}), 0.5},  // 100% - 50%
        {choose("q2", {"a3", "a4"}), 0.0},        // negative totals floor at 0
        {say("q3", true), 1.0},
        {say("q3", false), 0.0},
        {write("q4", "  paris "), 1.0},  // case-insensitive, trimmed
        {write("q4", "Paris,  France"), 1.0},
        {write("q4", "Lyon"), 0.0},
        {number("q5", 3.14), 1.0},
        {number("q5", 3.145), 1.0},  // tolerance is inclusive
        {number("q5", 3.1), 0.0},
        {number("q6", 1.0), 1.0},
        {number("q6", 5.0), 1.0},
        {number("q6", 5.01), 0.0},
        {number("q7", 1822.0), 1.0},
        {number("q7", 1821.5), 1.0},
        {number("q7", 1823.0), 0.0},
        {write("q5", "3.14"), 0.0},  // the wrong answer field scores 0
    };
    for (const auto& e : table) {
        BOOST_TEST_CONTEXT(e.answer.questionId) {
            BOOST_TEST(pointsFor(quiz, e.answer) == e.points, boost::test_tools::tolerance(1e-12));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_whole_attempt_scores_and_passes_as_expected) {
    const auto quiz = importQuiz();
    const std::vector<Answer> answers{
        choose("q1", {"a1"}), write("q4", "PARIS"), number("q5", 3.14),   choose("q2", {"a1"}),
        say("q3", false),     number("q6", 4.0),    number("q7", 1900.0),
    };
    const auto report = gradeAttempt(quiz, answers);
    // 1 + 0.5 + 0 + 1 + 1 + 1 + 0 = 4.5 of 7 = 64 %, above the 60 % threshold.
    BOOST_TEST(report.score.points == 4.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(report.score.maxPoints == 7.0);
    BOOST_TEST(report.score.passed);
    BOOST_TEST(!report.questions.at(6).fullCredit);
}
