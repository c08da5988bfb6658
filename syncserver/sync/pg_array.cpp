#include "sync/pg_array.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace satchel::server::sync {

void PgArray::separator() {
    if (size_++ > 0)
        body_ += ',';
}

void PgArray::add(const Uuid& id) {
    separator();
    std::array<char, 36> text{};
    id.writeTo(text.data());
    body_.append(text.data(), text.size());
}

void PgArray::add(std::int64_t value) {
    separator();
    std::array<char, 24> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), value).ptr;
    body_.append(text.data(), end);
}

void PgArray::add(bool value) {
    separator();
    body_ += value ? 't' : 'f';
}

void PgArray::add(double value) {
    separator();
    // Shortest text that reads back to the same double.
    std::array<char, 32> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), value).ptr;
    body_.append(text.data(), end);
}

void PgArray::addText(std::string_view text) {
    separator();
    body_ += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\')
            body_ += '\\';
        body_ += c;
    }
    body_ += '"';
}

void PgArray::addNull() {
    separator();
    body_ += "NULL";
}

}  // namespace satchel::server::sync
