#pragma once
// Result<T, E>: a value or a typed error, returned across client/core's module boundaries so
// callers decide what a failure means instead of reading a log line. (std::expected is C++23.)

#include <utility>
#include <variant>

namespace satchel::client {

// The success of an operation that produces no value.
struct Done {};

template <typename T, typename E>
class Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
    Result(E error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    // Precondition: !ok().
    const E& error() const { return std::get<1>(state_); }

private:
    std::variant<T, E> state_;
};

}  // namespace satchel::client
