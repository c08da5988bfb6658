// Every unsupported or malformed construct is reported on the right 1-based line, with a
// message that names the problem, and nothing is imported.
#include <boost/test/unit_test.hpp>

#include "satchel/client/gift_import.h"

using namespace satchel;

namespace {

struct ErrorCase {
    std::string gift;
    std::size_t line;
    std::string messagePart;
};

}  // namespace

BOOST_AUTO_TEST_CASE(each_unsupported_or_malformed_construct_is_reported_on_its_line) {
    const std::vector<ErrorCase> cases{
        {"Q1 {T}\n\nMatch {\n=cat -> feline\n=dog -> canine\n}", 4, "matching"},
        {"\n\nWrite an essay. {}", 3, "essay"},
        {"Essay with feedback {####general}", 1, "essay"},
        {"The {=cat ~dog} sat on the mat.", 1, "missing-word"},
        {"The {=cat ~dog}\nsat on the mat.", 2, "missing-word"},
        {"Two {T} blocks {F}", 1, "several answer blocks"},
        {"Just a description.", 1, "description"},
        {"Q1 {T}\n\nUnclosed {=a\n~b", 3, "never closed"},
        {"Q } stray {T}", 1, "} without its {"},
        {"Q {=a\n{b}", 2, "{ inside an answer block"},
        {"::title without end {T}", 1, "title"},
        {"{T}", 1, "no text"},
        {"Q {junk =a ~b}", 1, "text before the first answer"},
        {"Q {=a ~}", 1, "empty answer"},
        {"Q {=a\n~%fifty%b}", 2, "malformed weight"},
        {"Q {=a ~%150%b}", 1, "malformed weight"},
        {"Q {=a\n~%50%b}", 2, "partial credit"},
        {"Q {=%50%a ~b}", 1, "worth 100%"},
        {"Q {=a\n=b\n~c}", 2, "second ="},
        {"Q {~a ~b}", 1, "no right answer"},
        {"Q {\n~%50%a\n~%50%b\n~c\n}", 4, "without weight"},
        {"Q {\n~%50%a\n~%50%b\n~%-100%c\n}", 4, "-50%"},
        {"Q {\n~%50%a\n~%40%b\n~%-50%c\n}", 3, "must weigh 50%"},
        {"Q {=a\n=%50%b}", 2, "partial credit"},
        {"Q {=colo*r}", 1, "wildcard"},
        {"Q {#\n=5:0\n=%50%5:1\n}", 3, "partial credit"},
        {"Q {#\n=1:0\n=5:0\n}", 3, "not one interval"},
        {"Q {#=5 ~6}", 1, "~ answers in a numeric"},
        {"Q {#abc}", 1, "malformed numeric"},
        {"Q {#}", 1, "malformed numeric"},
        {"Q {#3:-1}", 1, "malformed numeric"},
        {"Q {#5..1}", 1, "malformed numeric range"},
        {"Q {#1..x}", 1, "malformed numeric range"},
        {"$CATEGORY: Algebra\nQ {T}", 2, "$CATEGORY"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.gift) {
            const auto parsed = parseGift(c.gift);
            BOOST_TEST_REQUIRE(!parsed.ok());
            const auto& problems = parsed.error().problems;
            BOOST_TEST_REQUIRE(problems.size() == 1u, describe(parsed.error()));
            BOOST_TEST(problems[0].line == c.line);
            BOOST_TEST(problems[0].message.find(c.messagePart) != std::string::npos,
                       problems[0].message);
        }
    }
}

BOOST_AUTO_TEST_CASE(all_problems_of_a_file_are_reported_in_line_order) {
    const auto parsed = parseGift(
        "Good {T}\n"                 // 1
        "\n"                         // 2
        "Match {=a -> b =c -> d}\n"  // 3
        "\n"                         // 4
        "Fine {=x ~y}\n"             // 5
        "\n"                         // 6
        "Essay {\n"                  // 7
        "}\n");
    BOOST_TEST_REQUIRE(!parsed.ok());
    const auto& problems = parsed.error().problems;
    BOOST_TEST_REQUIRE(problems.size() == 2u);
    BOOST_TEST(problems[0].line == 3u);
    BOOST_TEST(problems[1].line == 7u);
    BOOST_TEST(describe(parsed.error()) ==
               "line 3: " + problems[0].message + "\nline 7: " + problems[1].message);
}

BOOST_AUTO_TEST_CASE(a_blank_line_inside_braces_ends_the_question) {
    // Moodle splits questions at blank lines before reading braces; so does Satchel.
    const auto parsed = parseGift("Q {\n=a\n\n~b\n}");
    BOOST_TEST_REQUIRE(!parsed.ok());
    BOOST_TEST(parsed.error().problems.front().line == 1u);
    BOOST_TEST(parsed.error().problems.front().message.find("never closed") != std::string::npos);
}
