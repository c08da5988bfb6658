// Every supported GIFT construct mapped to the model values it must produce, plus escapes,
// categories, comments, line numbers and dropped-feedback warnings.
#define BOOST_TEST_MODULE editor_gift_import
#include <boost/test/unit_test.hpp>

#include "satchel/client/gift_import.h"

using namespace satchel;

namespace {

// Parses text that must hold exactly one supported question.
Question only(std::string_view text) {
    auto parsed = parseGift(text);
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    BOOST_TEST_REQUIRE(parsed->questions.size() == 1u);
    return parsed->questions.front().question;
}

Question choiceQuestion(QuestionType type, std::string prompt, std::vector<std::string> texts,
                        std::vector<std::string> correct) {
    Question q;
    q.id = "q1";
    q.type = type;
    q.prompt = std::move(prompt);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        q.choices.push_back({"a" + std::to_string(i + 1), texts[i]});
    }
    q.correctChoiceIds = std::move(correct);
    return q;
}

Question trueFalse(std::string prompt, bool value) {
    Question q;
    q.id = "q1";
    q.type = QuestionType::TrueFalse;
    q.prompt = std::move(prompt);
    q.correctBool = value;
    return q;
}

Question shortAnswer(std::string prompt, std::vector<std::string> accepted) {
    Question q;
    q.id = "q1";
    q.type = QuestionType::ShortAnswer;
    q.prompt = std::move(prompt);
    q.acceptedAnswers = std::move(accepted);
    return q;
}

Question numeric(std::string prompt, std::optional<double> value, double tolerance,
                 std::optional<double> min = {}, std::optional<double> max = {}) {
    Question q;
    q.id = "q1";
    q.type = QuestionType::Numeric;
    q.prompt = std::move(prompt);
    q.numeric = NumericAnswer{value, tolerance, min, max};
    return q;
}

struct Case {
    std::string gift;
    Question expected;
};

}  // namespace

BOOST_AUTO_TEST_CASE(every_supported_construct_maps_to_the_expected_model_values) {
    using T = QuestionType;
    const std::vector<Case> cases{
        {"Who? {=Grant ~Lincoln ~Washington}",
         choiceQuestion(T::SingleChoice, "Who?", {"Grant", "Lincoln", "Washington"}, {"a1"})},
        {"Who? {~Lincoln =Grant ~%0%Washington}",
         choiceQuestion(T::SingleChoice, "Who?", {"Lincoln", "Grant", "Washington"}, {"a2"})},
        {"Who? {=%100%Grant ~Lincoln}",
         choiceQuestion(T::SingleChoice, "Who?", {"Grant", "Lincoln"}, {"a1"})},
        {"Pick {~%50%A ~%50%B ~%-50%C ~%-50%D}",
         choiceQuestion(T::MultipleChoice, "Pick", {"A", "B", "C", "D"}, {"a1", "a2"})},
        {"Pick {~%33.33333%A ~%-33.33333%B ~%33.33333%C ~%33.3333%D}",
         choiceQuestion(T::MultipleChoice, "Pick", {"A", "B", "C", "D"}, {"a1", "a3", "a4"})},
        {"Pick {~%100%A ~%-100%B}", choiceQuestion(T::MultipleChoice, "Pick", {"A", "B"}, {"a1"})},
        {"Sun is a star. {T}", trueFalse("Sun is a star.", true)},
        {"Sun is a star. {TRUE}", trueFalse("Sun is a star.", true)},
        {"Moon is a star. {F}", trueFalse("Moon is a star.", false)},
        {"Moon is a star. {FALSE}", trueFalse("Moon is a star.", false)},
        {"Capital? {=Paris =City of Light}", shortAnswer("Capital?", {"Paris", "City of Light"})},
        {"Capital? {=%100%Paris}", shortAnswer("Capital?", {"Paris"})},
        {"Pi? {#3.14:0.01}", numeric("Pi?", 3.14, 0.01)},
        {"Five? {#5}", numeric("Five?", 5.0, 0.0)},
        {"Negative? {#-2.5e1:0.5}", numeric("Negative?", -25.0, 0.5)},
        {"Between? {#1..5}", numeric("Between?", {}, 0.0, 1.0, 5.0)},
        {"Twice? {#=2:0 =%100%2:0}", numeric("Twice?", 2.0, 0.0)},
        {"Joined? {#=1..2 =2:0.5}", numeric("Joined?", {}, 0.0, 1.0, 2.5)},
        {"Overlap? {# =10:1 =9.5..10.5}", numeric("Overlap?", {}, 0.0, 9.0, 11.0)},
        {"::My title:: Titled? {T}", trueFalse("Titled?", true)},
        {"[markdown]**Bold** question {T}", trueFalse("**Bold** question", true)},
        {"::t::[html]<p>Hi</p> {=<b>a</b> ~[plain]b}",
         choiceQuestion(T::SingleChoice, "<p>Hi</p>", {"<b>a</b>", "b"}, {"a1"})},
        {"::Q::\nLine one\nline two {\n  =yes\n  ~no\n}",
         choiceQuestion(T::SingleChoice, "Line one\nline two", {"yes", "no"}, {"a1"})},
        {"Feedback? {=a#good ~b#bad ####general}",
         choiceQuestion(T::SingleChoice, "Feedback?", {"a", "b"}, {"a1"})},
        {"True with feedback {TRUE#wrong answer#right answer}",
         trueFalse("True with feedback", true)},
        {"Pi with feedback {#3.14:0.01#close enough}", numeric("Pi with feedback", 3.14, 0.01)},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.gift) {
            const auto actual = only(c.gift);
            BOOST_TEST(toString(actual.type) == toString(c.expected.type));
            BOOST_TEST(actual.prompt == c.expected.prompt);
            BOOST_TEST(actual.points == 1u);
            BOOST_TEST((actual == c.expected));
        }
    }
}

BOOST_AUTO_TEST_CASE(short_answers_use_moodles_default_case_insensitive_rules) {
    const auto q = only("Capital? {=Paris}");
    BOOST_TEST(!q.shortAnswer.caseSensitive);
    BOOST_TEST(q.shortAnswer.collapseWhitespace);
}

BOOST_AUTO_TEST_CASE(escapes_resolve_in_titles_prompts_and_answers) {
    auto parsed =
        parseGift(R"(::a\:b\::: 1 \= 1\, \{set\} \~x \#y path\\z\nnext {=a\=b ~c\~d ~e\#f ~g\}h})");
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    const auto& imported = parsed->questions.at(0);
    BOOST_TEST(imported.title == "a:b:");
    BOOST_TEST(imported.question.prompt == "1 = 1\\, {set} ~x #y path\\z\nnext");
    const std::vector<Choice> choices{{"a1", "a=b"}, {"a2", "c~d"}, {"a3", "e#f"}, {"a4", "g}h"}};
    BOOST_TEST((imported.question.choices == choices));
    BOOST_TEST(parsed->warnings.empty());
}

BOOST_AUTO_TEST_CASE(categories_label_the_questions_that_follow) {
    auto parsed = parseGift(
        "Uncategorised {T}\n\n$CATEGORY: $course$/top/Algebra\n\nQ1 {T}\n\nQ2 {F}\n\n"
        "$CATEGORY:Geometry\n\nQ3 {=a ~b}\n");
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    const auto& qs = parsed->questions;
    BOOST_TEST_REQUIRE(qs.size() == 4u);
    BOOST_TEST(qs[0].category == "");
    BOOST_TEST(qs[1].category == "$course$/top/Algebra");
    BOOST_TEST(qs[2].category == "$course$/top/Algebra");
    BOOST_TEST(qs[3].category == "Geometry");
    BOOST_TEST(qs[3].question.id == "q4");
}

BOOST_AUTO_TEST_CASE(comment_lines_are_skipped_and_lines_are_counted_in_the_file) {
    auto parsed = parseGift(
        "// a file comment\n"                           // 1
        "// another\n"                                  // 2
        "\n"                                            // 3
        "See http://example.org/a {T}\n"                // 4
        "\n"                                            // 5
        "  // an indented comment between questions\n"  // 6
        "\n"                                            // 7
        "::second::\n"                                  // 8
        "// a comment inside the question\n"            // 9
        "Which? {\r\n"                                  // 10
        "=right\n"                                      // 11
        "~wrong\n"                                      // 12
        "}\n");
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    const auto& qs = parsed->questions;
    BOOST_TEST_REQUIRE(qs.size() == 2u);
    BOOST_TEST(qs[0].question.prompt == "See http://example.org/a");
    BOOST_TEST(qs[0].line == 4u);
    BOOST_TEST(qs[1].line == 8u);
    BOOST_TEST(qs[1].title == "second");
    BOOST_TEST(qs[1].question.prompt == "Which?");
    BOOST_TEST(qs[1].question.choices.size() == 2u);
}

BOOST_AUTO_TEST_CASE(dropped_feedback_is_reported_as_warnings_on_its_line) {
    auto parsed = parseGift("Q1 {T}\n\nQ2 {\n=a#good\n~b\n####general\n}\n\nQ3 {F#no}\n\nQ4 {=x#}");
    BOOST_TEST_REQUIRE(parsed.ok(), (parsed.ok() ? "" : describe(parsed.error())));
    std::vector<std::size_t> lines;
    for (const auto& w : parsed->warnings)
        lines.push_back(w.line);
    BOOST_TEST(lines == (std::vector<std::size_t>{4, 6, 9}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_empty_file_or_only_comments_imports_nothing) {
    for (std::string_view text : {"", "\n\n", "// nothing\n// here\n", "\xEF\xBB\xBF\n"}) {
        auto parsed = parseGift(text);
        BOOST_TEST_REQUIRE(parsed.ok());
        BOOST_TEST(parsed->questions.empty());
    }
}
