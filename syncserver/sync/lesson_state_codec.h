#pragma once
// The stored form of a materialised LessonState (lesson_states.state). Server-internal: it
// never travels on the wire (devices rebuild their state from pulled events), so it may change
// with a migration that rewrites the column.

#include <string>

#include "satchel/merge.h"
#include "satchel/result.h"

namespace satchel::server::sync {

std::string encodeLessonState(const LessonState& state);
// Fails with a message when the text is not a state this code wrote.
Result<LessonState, std::string> decodeLessonState(const std::string& text);

}  // namespace satchel::server::sync
