#pragma once
// Result<T, E>: a value or a typed error, for every fallible call at the library's boundary.
// g++ 12 in C++20 mode has no std::expected; this is the small subset Satchel needs, with the
// same spelling where it overlaps (has_value, value, error, operator*, operator->).

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace satchel {

// The error side of a Result, spelled `return fail(SomeError{...});`.
template <class E>
struct Failure {
    E error;
};

template <class E>
Failure<std::decay_t<E>> fail(E&& error) {
    return Failure<std::decay_t<E>>{std::forward<E>(error)};
}

template <class T, class E>
class [[nodiscard]] Result {
public:
    Result(const T& value) : data_(std::in_place_index<0>, value) {}
    Result(T&& value) : data_(std::in_place_index<0>, std::move(value)) {}
    template <class F, class = std::enable_if_t<std::is_convertible_v<F, E>>>
    Result(Failure<F> failure) : data_(std::in_place_index<1>, std::move(failure.error)) {}

    bool has_value() const { return data_.index() == 0; }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }

    // Contract: value() and operator* require has_value(); error() requires !has_value().
    // On a temporary Result they hand the value out rather than a reference into the Result,
    // which dies at the end of the full expression: `for (x : *store.list())` and
    // `const T& v = *f();` then keep the value alive (with T&& both read freed memory).
    T& value() & { return checked<0>(); }
    const T& value() const& { return checked<0>(); }
    T value() && { return std::move(checked<0>()); }
    const E& error() const { return checked<1>(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(checked<0>()); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    template <class U>
    T value_or(U&& fallback) const& {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    template <std::size_t I>
    auto& checked() {
        assert(data_.index() == I);
        return std::get<I>(data_);
    }
    template <std::size_t I>
    const auto& checked() const {
        assert(data_.index() == I);
        return std::get<I>(data_);
    }
    std::variant<T, E> data_;
};

// Success carries nothing: `return {};` is success, `return fail(e);` is failure.
template <class E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    template <class F, class = std::enable_if_t<std::is_convertible_v<F, E>>>
    Result(Failure<F> failure) : error_(std::move(failure.error)), failed_(true) {}

    bool has_value() const { return !failed_; }
    bool ok() const { return !failed_; }
    explicit operator bool() const { return !failed_; }
    const E& error() const {
        assert(failed_);
        return error_;
    }

private:
    E error_{};
    bool failed_ = false;
};

}  // namespace satchel
