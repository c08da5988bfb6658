#include "protocol/reader.h"

#include <cmath>

#include "satchel/hash.h"
#include "satchel/protocol/codec.h"

namespace satchel::wire_detail {

bool isValidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra;
        std::uint32_t code;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;  // sequence cut off by the end of the string
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return false;
            code = code << 6 | (s[i + k] & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        static constexpr std::uint32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (code < kMinimum[extra] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

bool isLocalKey(std::string_view text) {
    if (text.empty() || text.size() > 64)
        return false;
    for (char c : text) {
        bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '.' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

void Reader::fail(DecodeErrorCode code, std::string message, std::string_view key) {
    if (error_)
        return;
    error_ = DecodeError{code, currentPath(key), std::move(message)};
}

std::string Reader::currentPath(std::string_view lastKey) const {
    std::string path;
    for (const auto& segment : path_) {
        if (segment.isIndex) {
            path += '[' + std::to_string(segment.index) + ']';
        } else {
            if (!path.empty())
                path += '.';
            path += segment.key;
        }
    }
    if (!lastKey.empty()) {
        if (!path.empty())
            path += '.';
        path += lastKey;
    }
    return path;
}

void Reader::requireProtocolVersion(const json& object) {
    const json* version = member(object, "protocol", true);
    if (version == nullptr)
        return;
    if (!version->is_number_integer()) {
        fail(DecodeErrorCode::WrongType, "expected an integer protocol version", "protocol");
        return;
    }
    if (*version != kWireProtocolVersion) {
        fail(DecodeErrorCode::UnsupportedVersion,
             "protocol version " + version->dump() + " is not supported (this build speaks " +
                 std::to_string(kWireProtocolVersion) + ")",
             "protocol");
    }
}

const json* Reader::member(const json& object, std::string_view key, bool required) {
    if (!ok())
        return nullptr;
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) {
        if (required)
            fail(DecodeErrorCode::MissingField, "required field is missing", key);
        return nullptr;
    }
    return &*found;
}

bool Reader::expectObject(const json& value) {
    if (value.is_object())
        return true;
    fail(DecodeErrorCode::WrongType, "expected an object");
    return false;
}

bool Reader::checkText(const std::string& value, const TextRule& rule, std::string_view key) {
    if (value.size() > rule.maxBytes) {
        fail(DecodeErrorCode::TooLong, "longer than " + std::to_string(rule.maxBytes) + " bytes",
             key);
        return false;
    }
    if (value.size() < rule.minBytes) {
        fail(DecodeErrorCode::InvalidValue,
             rule.minBytes == 1 ? "must not be empty"
                                : "shorter than " + std::to_string(rule.minBytes) + " bytes",
             key);
        return false;
    }
    if (!isValidUtf8(value)) {
        fail(DecodeErrorCode::InvalidUtf8, "not valid UTF-8", key);
        return false;
    }
    for (unsigned char c : value) {
        bool control = c < 0x20 || c == 0x7f;
        bool bad = false;
        switch (rule.kind) {
            case TextKind::Line:
                bad = control;
                break;
            case TextKind::Multiline:
                bad = control && c != '\n' && c != '\t' && c != '\r';
                break;
            case TextKind::Token:
                bad = c <= 0x20 || c >= 0x7f;
                break;
        }
        if (bad) {
            fail(DecodeErrorCode::InvalidValue,
                 rule.kind == TextKind::Token ? "must be printable ASCII without spaces"
                                              : "contains control characters",
                 key);
            return false;
        }
    }
    return true;
}

std::string Reader::text(const json& object, std::string_view key, TextRule rule, bool required) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return {};
    if (!value->is_string()) {
        fail(DecodeErrorCode::WrongType, "expected a string", key);
        return {};
    }
    const auto& string = value->get_ref<const std::string&>();
    if (!checkText(string, rule, key))
        return {};
    return string;
}

std::optional<std::string> Reader::optionalText(const json& object, std::string_view key,
                                                TextRule rule) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    std::string value = text(object, key, rule);
    if (!ok())
        return std::nullopt;
    return value;
}

std::uint64_t Reader::unsignedInt(const json& object, std::string_view key, std::uint64_t min,
                                  std::uint64_t max, bool required, std::uint64_t fallback) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return fallback;
    if (!value->is_number_integer()) {
        fail(DecodeErrorCode::WrongType, "expected an integer", key);
        return fallback;
    }
    // Parsed text stores non-negative integers as unsigned; values built in memory from a
    // signed C++ integer are stored signed whatever their sign.
    if (!value->is_number_unsigned() && value->get<std::int64_t>() < 0) {
        fail(DecodeErrorCode::OutOfRange, "must not be negative", key);
        return fallback;
    }
    auto v = value->get<std::uint64_t>();
    if (v < min || v > max) {
        fail(DecodeErrorCode::OutOfRange,
             "must be between " + std::to_string(min) + " and " + std::to_string(max), key);
        return fallback;
    }
    return v;
}

std::optional<std::uint64_t> Reader::optionalUnsigned(const json& object, std::string_view key,
                                                      std::uint64_t min, std::uint64_t max) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    auto value = unsignedInt(object, key, min, max);
    if (!ok())
        return std::nullopt;
    return value;
}

std::int64_t Reader::signedInt(const json& object, std::string_view key, std::int64_t min,
                               std::int64_t max, bool required) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return 0;
    if (!value->is_number_integer()) {
        fail(DecodeErrorCode::WrongType, "expected an integer", key);
        return 0;
    }
    if (value->is_number_unsigned() &&
        value->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
        fail(DecodeErrorCode::OutOfRange, "must be at most " + std::to_string(max), key);
        return 0;
    }
    auto v = value->get<std::int64_t>();
    if (v < min || v > max) {
        fail(DecodeErrorCode::OutOfRange,
             "must be between " + std::to_string(min) + " and " + std::to_string(max), key);
        return 0;
    }
    return v;
}

std::optional<std::int64_t> Reader::optionalSigned(const json& object, std::string_view key,
                                                   std::int64_t min, std::int64_t max) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    auto value = signedInt(object, key, min, max);
    if (!ok())
        return std::nullopt;
    return value;
}

double Reader::number(const json& object, std::string_view key, double min, double max,
                      bool required, double fallback) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return fallback;
    if (!value->is_number()) {
        fail(DecodeErrorCode::WrongType, "expected a number", key);
        return fallback;
    }
    double v = value->get<double>();
    if (!std::isfinite(v)) {
        fail(DecodeErrorCode::OutOfRange, "must be a finite number", key);
        return fallback;
    }
    if (v < min || v > max) {
        fail(DecodeErrorCode::OutOfRange, "out of range", key);
        return fallback;
    }
    return v;
}

std::optional<double> Reader::optionalNumber(const json& object, std::string_view key, double min,
                                             double max) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    double value = number(object, key, min, max);
    if (!ok())
        return std::nullopt;
    return value;
}

bool Reader::boolean(const json& object, std::string_view key, bool required, bool fallback) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return fallback;
    if (!value->is_boolean()) {
        fail(DecodeErrorCode::WrongType, "expected true or false", key);
        return fallback;
    }
    return value->get<bool>();
}

std::optional<bool> Reader::optionalBoolean(const json& object, std::string_view key) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    bool value = boolean(object, key);
    if (!ok())
        return std::nullopt;
    return value;
}

Uuid Reader::uuid(const json& object, std::string_view key, bool requireV7) {
    const json* value = member(object, key, true);
    if (value == nullptr)
        return {};
    if (!value->is_string()) {
        fail(DecodeErrorCode::WrongType, "expected a UUID string", key);
        return {};
    }
    auto parsed = Uuid::parse(value->get_ref<const std::string&>());
    if (!parsed || parsed->isNil()) {
        fail(DecodeErrorCode::InvalidId, "expected a canonical, non-nil UUID", key);
        return {};
    }
    if (requireV7 && parsed->version() != 7) {
        fail(DecodeErrorCode::InvalidId, "expected a UUIDv7", key);
        return {};
    }
    return *parsed;
}

std::optional<Uuid> Reader::optionalUuid(const json& object, std::string_view key) {
    if (member(object, key, false) == nullptr)
        return std::nullopt;
    Uuid value = uuid(object, key);
    if (!ok())
        return std::nullopt;
    return value;
}

std::string Reader::sha256(const json& object, std::string_view key, bool required) {
    const json* value = member(object, key, required);
    if (value == nullptr)
        return {};
    if (!value->is_string()) {
        fail(DecodeErrorCode::WrongType, "expected a SHA-256 hex string", key);
        return {};
    }
    const auto& string = value->get_ref<const std::string&>();
    if (!isSha256Hex(string)) {
        fail(DecodeErrorCode::InvalidId, "expected 64 lowercase hex characters", key);
        return {};
    }
    return string;
}

std::string Reader::localKey(const json& object, std::string_view key) {
    const json* value = member(object, key, true);
    if (value == nullptr)
        return {};
    if (!value->is_string()) {
        fail(DecodeErrorCode::WrongType, "expected a string", key);
        return {};
    }
    const auto& string = value->get_ref<const std::string&>();
    if (!isLocalKey(string)) {
        fail(DecodeErrorCode::InvalidId, "expected 1-64 characters of A-Z a-z 0-9 _ . -", key);
        return {};
    }
    return string;
}

}  // namespace satchel::wire_detail
