// Result<T, E>: the value of a temporary Result outlives the statement that takes it.
#define BOOST_TEST_MODULE shared_result
#include <boost/test/unit_test.hpp>

#include <array>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "satchel/result.h"

using namespace satchel;

namespace {

struct Error {
    std::string message;
};

// Counts live instances, so a test sees whether the value it loops over still exists without
// reading the value itself.
struct Tracked {
    static inline int alive = 0;
    std::array<int, 3> items{1, 2, 3};
    Tracked() { ++alive; }
    Tracked(const Tracked& other) : items(other.items) { ++alive; }
    Tracked(Tracked&& other) noexcept : items(other.items) { ++alive; }
    Tracked& operator=(const Tracked&) = default;
    Tracked& operator=(Tracked&&) = default;
    ~Tracked() { --alive; }
    const int* begin() const { return items.data(); }
    const int* end() const { return items.data() + items.size(); }
};

Result<Tracked, Error> lookUp() {
    return Tracked{};
}

Result<std::vector<std::string>, Error> titles() {
    return std::vector<std::string>{"Exam moved", "Room changed"};
}

}  // namespace

// `for (x : *store->notifications(...))` is how callers read a list: with T&& from the rvalue
// overloads the Result temporary died before the loop's first pass (ASan: stack-use-after-scope
// in push_notification_store_accounts_test). The rvalue overloads hand the value out instead.
static_assert(std::is_same_v<decltype(*std::declval<Result<Tracked, Error>>()), Tracked>);
static_assert(std::is_same_v<decltype(std::declval<Result<Tracked, Error>>().value()), Tracked>);
static_assert(std::is_same_v<decltype(*std::declval<Result<Tracked, Error>&>()), Tracked&>);
static_assert(
    std::is_same_v<decltype(*std::declval<const Result<Tracked, Error>&>()), const Tracked&>);

BOOST_AUTO_TEST_CASE(range_for_over_a_temporary_result_keeps_its_value_alive) {
    BOOST_REQUIRE_EQUAL(Tracked::alive, 0);
    int passes = 0;
    for (const int item : *lookUp()) {
        BOOST_TEST(Tracked::alive == 1);
        BOOST_TEST(item == passes + 1);
        ++passes;
    }
    BOOST_TEST(passes == 3);
    BOOST_TEST(Tracked::alive == 0);
}

BOOST_AUTO_TEST_CASE(reference_bound_to_a_temporary_results_value_keeps_it_alive) {
    {
        const auto& held = *lookUp();
        BOOST_TEST(Tracked::alive == 1);
        BOOST_TEST(held.items[2] == 3);
        auto&& moved = lookUp().value();
        BOOST_TEST(Tracked::alive == 2);
        BOOST_TEST(moved.items[0] == 1);
    }
    BOOST_TEST(Tracked::alive == 0);
}

BOOST_AUTO_TEST_CASE(values_move_out_of_a_temporary_result) {
    std::vector<std::string> seen;
    for (const auto& title : *titles())
        seen.push_back(title);
    BOOST_TEST(seen == (std::vector<std::string>{"Exam moved", "Room changed"}));
    auto list = titles().value();
    BOOST_TEST(list.size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_lvalue_result_still_hands_out_references) {
    auto result = titles();
    BOOST_REQUIRE(result.ok());
    (*result).push_back("Welcome");
    result->push_back("Bye");
    BOOST_TEST(result.value().size() == 4u);
    const Result<int, Error> failed = fail(Error{"no such record"});
    BOOST_TEST(!failed.ok());
    BOOST_TEST(failed.error().message == "no such record");
    BOOST_TEST(failed.value_or(7) == 7);
}
