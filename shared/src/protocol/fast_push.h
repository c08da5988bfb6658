#pragma once
// Internal: the fast path of decode<PushRequest>, the hottest message of the server.
//
// nlohmann::json builds a tree of maps and strings for every event, which caps decoding at
// about 300,000 events per second, and its lexer alone at about 750,000. This scanner reads
// a narrow, strict subset of JSON straight into ProgressEvents: strings of printable ASCII
// without escapes, non-negative integers without leading zeros, no nulls, no duplicate keys,
// no attempts. Everything in that subset is JSON with an obvious meaning, and each event is
// checked by the same rules as the full decoder (codec_records.cpp).
//
// It returns nullopt for anything else — invalid input as well as valid input outside the
// subset — and decode<PushRequest> then runs the full decoder, which stays the authority for
// what is accepted and for every error reported. tests/shared/protocol_fast_path_test.cpp
// checks that whenever this returns a value, the full decoder returns the same one.

#include <optional>
#include <string_view>

#include "satchel/protocol/messages.h"

namespace satchel::wire_detail {

std::optional<PushRequest> decodePushRequestFast(std::string_view text);

}  // namespace satchel::wire_detail
