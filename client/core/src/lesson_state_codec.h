#pragma once
// satchel::LessonState as compact JSON for LocalStore's lesson_state table. A local storage
// format, not a wire format: it may change only together with a migration.

#include <optional>
#include <string>
#include <string_view>

#include "satchel/merge.h"

namespace satchel::client::detail {

std::string encodeLessonState(const LessonState& state);
// nullopt when the text is not a LessonState this build wrote.
std::optional<LessonState> decodeLessonState(std::string_view text);

}  // namespace satchel::client::detail
