#pragma once
// The few facts Satchel reads from S3's XML replies (an UploadId, an error Code and Message).
// S3 replies are flat, machine-written documents; this reads the text of the first element
// with a given name and decodes XML's predefined entities, nothing more.

#include <optional>
#include <string>
#include <string_view>

namespace satchel::storage {

std::optional<std::string> xmlElementText(std::string_view document, std::string_view name);
std::string xmlEscape(std::string_view text);

}  // namespace satchel::storage
