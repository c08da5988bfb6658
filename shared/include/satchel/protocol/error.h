#pragma once
// The typed error every decoder returns. field names where the problem is, as a path from
// the message root ("events[3].hlc", "modules[0].lessons[2].quiz.questions[1].points"), so
// that a client or operator can act on it; empty for problems with the document as a whole.

#include <string>
#include <string_view>

#include "satchel/result.h"

namespace satchel {

enum class DecodeErrorCode {
    Syntax,              // not JSON, or JSON too deeply nested
    UnsupportedVersion,  // "protocol" is not a version this build speaks
    MissingField,        // a required field is absent (or null)
    WrongType,           // a field has the wrong JSON type
    OutOfRange,          // a number outside its range, NaN/infinite, or a negative duration
    TooLong,             // a string longer than its limit
    TooMany,             // an array with more items than its limit
    InvalidUtf8,         // a string that is not valid UTF-8
    InvalidId,           // not a canonical UUID / SHA-256 / local key
    InvalidValue,        // an unknown enum value, control characters, a bad path
    Duplicate,           // an id that must be unique appears twice
    Inconsistent,        // fields that contradict each other (e.g. start >= end)
};

std::string_view toString(DecodeErrorCode code);  // "syntax", "unsupportedVersion", ...

struct DecodeError {
    DecodeErrorCode code = DecodeErrorCode::Syntax;
    std::string field;
    std::string message;

    // "field: message (code)", for logs and error bodies.
    std::string describe() const;
};

template <class T>
using Decoded = Result<T, DecodeError>;

}  // namespace satchel
