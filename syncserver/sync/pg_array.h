#pragma once
// PostgreSQL array literals for the bulk statements of the sync module: a batch is sent as a
// handful of array parameters and expanded with unnest(), one statement for hundreds of rows
// instead of one statement per row. Values still travel as bind parameters, never as SQL.
//
//     PgArray ids;  for (auto& e : events) ids.add(e.id);
//     conn.exec("... FROM unnest($1::uuid[]) ...", {ids.literal()});

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/ids.h"

namespace satchel::server::sync {

class PgArray {
public:
    void add(const Uuid& id);
    void add(std::int64_t value);
    void add(std::uint64_t value) { add(static_cast<std::int64_t>(value)); }
    void add(int value) { add(static_cast<std::int64_t>(value)); }
    void add(bool value);
    void add(double value);
    // Any text, quoted and escaped as array syntax requires.
    void addText(std::string_view text);
    void addNull();
    template <class T>
    void add(const std::optional<T>& value) {
        if (value)
            add(*value);
        else
            addNull();
    }

    std::size_t size() const { return size_; }
    // "{a,b,c}"
    std::string literal() const { return "{" + body_ + "}"; }

private:
    void separator();
    std::string body_;
    std::size_t size_ = 0;
};

}  // namespace satchel::server::sync
