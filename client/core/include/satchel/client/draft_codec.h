#pragma once
// The draft's storage form: JSON (nlohmann), versioned by a "draftFormat" field so a later
// Satchel can read drafts written by this one. Quizzes and the last published manifest use
// shared's codec, so they are checked exactly as the server checks them.

#include <string>
#include <string_view>

#include "satchel/client/draft_model.h"
#include "satchel/result.h"

namespace satchel::client {

inline constexpr int kDraftFormat = 1;

std::string encodeDraft(const CourseDraft& draft);
// Fails with a message naming the field on anything malformed or from a newer format.
Result<CourseDraft, std::string> decodeDraft(std::string_view text);

}  // namespace satchel::client
