#pragma once
// Internal: strict, non-throwing field readers for the JSON codec.
//
// A Reader records the first error it meets, with the path of the field, and afterwards
// hands out defaults so that decoders can read straight through without checking each call:
//
//     Reader r;  ProgressEvent e;  readEvent(r, json, e);
//     if (!r.ok()) return fail(r.error());

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "satchel/ids.h"
#include "satchel/protocol/error.h"

namespace satchel::wire_detail {

using nlohmann::json;

enum class TextKind {
    Line,       // one line: no control characters at all
    Multiline,  // prose: tab, newline and carriage return allowed
    Token,      // printable ASCII without spaces (tokens, cursors, etags)
};

struct TextRule {
    std::size_t maxBytes;
    std::size_t minBytes = 0;
    TextKind kind = TextKind::Line;
};

bool isValidUtf8(std::string_view text);
// [A-Za-z0-9_.-]{1,64}: question and choice ids.
bool isLocalKey(std::string_view text);

class Reader {
public:
    bool ok() const { return !error_.has_value(); }
    const DecodeError& error() const { return *error_; }

    // Records an error at the current path (plus an optional last segment); the first wins.
    void fail(DecodeErrorCode code, std::string message, std::string_view key = {});

    // Path scopes: while alive, errors are reported under this key / index.
    class Scope {
    public:
        Scope(Reader& reader, std::string_view key) : reader_(reader) {
            reader_.path_.push_back(Segment{key, 0, false});
        }
        Scope(Reader& reader, std::size_t index) : reader_(reader) {
            reader_.path_.push_back(Segment{{}, index, true});
        }
        ~Scope() { reader_.path_.pop_back(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Reader& reader_;
    };

    // Checks "protocol" of a top-level message.
    void requireProtocolVersion(const json& object);
    // The value under key, or null when absent/null (MissingField if required).
    const json* member(const json& object, std::string_view key, bool required);
    // Whether value is a JSON object (WrongType otherwise, reported at the current path).
    bool expectObject(const json& value);

    std::string text(const json& object, std::string_view key, TextRule rule, bool required = true);
    std::optional<std::string> optionalText(const json& object, std::string_view key,
                                            TextRule rule);
    std::uint64_t unsignedInt(const json& object, std::string_view key, std::uint64_t min,
                              std::uint64_t max, bool required = true, std::uint64_t fallback = 0);
    std::optional<std::uint64_t> optionalUnsigned(const json& object, std::string_view key,
                                                  std::uint64_t min, std::uint64_t max);
    std::int64_t signedInt(const json& object, std::string_view key, std::int64_t min,
                           std::int64_t max, bool required = true);
    std::optional<std::int64_t> optionalSigned(const json& object, std::string_view key,
                                               std::int64_t min, std::int64_t max);
    double number(const json& object, std::string_view key, double min, double max,
                  bool required = true, double fallback = 0.0);
    std::optional<double> optionalNumber(const json& object, std::string_view key, double min,
                                         double max);
    bool boolean(const json& object, std::string_view key, bool required = true,
                 bool fallback = false);
    std::optional<bool> optionalBoolean(const json& object, std::string_view key);
    // A canonical, non-nil UUID; requireV7 also demands version 7 (ids made on devices).
    Uuid uuid(const json& object, std::string_view key, bool requireV7 = false);
    std::optional<Uuid> optionalUuid(const json& object, std::string_view key);
    std::string sha256(const json& object, std::string_view key, bool required = true);
    std::string localKey(const json& object, std::string_view key);

    template <class E, class Parse>
    E enumeration(const json& object, std::string_view key, Parse parse, E fallback) {
        std::string name = text(object, key, TextRule{64, 1, TextKind::Token});
        if (!ok())
            return fallback;
        auto value = parse(name);
        if (!value) {
            fail(DecodeErrorCode::InvalidValue, "unknown value \"" + name + "\"", key);
            return fallback;
        }
        return *value;
    }

    // Calls each(item) for every element of the array under key, inside an index scope;
    // stops at the first error. Absent means empty unless required.
    template <class Each>
    void array(const json& object, std::string_view key, std::size_t maxItems, bool required,
               Each each) {
        const json* value = member(object, key, required);
        if (value == nullptr)
            return;
        Scope scope(*this, key);
        if (!value->is_array()) {
            fail(DecodeErrorCode::WrongType, "expected an array");
            return;
        }
        if (value->size() > maxItems) {
            fail(DecodeErrorCode::TooMany, "more than " + std::to_string(maxItems) + " items");
            return;
        }
        std::size_t index = 0;
        for (const auto& item : *value) {
            Scope at(*this, index++);
            each(item);
            if (!ok())
                return;
        }
    }

    // Like array(), for arrays of objects: each(object) is called only for objects.
    template <class Each>
    void objects(const json& object, std::string_view key, std::size_t maxItems, bool required,
                 Each each) {
        array(object, key, maxItems, required, [&](const json& item) {
            if (expectObject(item))
                each(item);
        });
    }

    // Runs read(value) inside a scope for key when the object member exists.
    template <class Read>
    bool nested(const json& object, std::string_view key, bool required, Read read) {
        const json* value = member(object, key, required);
        if (value == nullptr)
            return false;
        Scope scope(*this, key);
        if (!expectObject(*value))
            return false;
        read(*value);
        return ok();
    }

private:
    struct Segment {
        std::string_view key;
        std::size_t index;
        bool isIndex;
    };
    std::string currentPath(std::string_view lastKey) const;
    bool checkText(const std::string& value, const TextRule& rule, std::string_view key);

    std::vector<Segment> path_;
    std::optional<DecodeError> error_;
};

}  // namespace satchel::wire_detail
