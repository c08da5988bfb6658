#pragma once
// Splitting a request target ("/a%20b?x=1&y") into a decoded path and query parameters.

#include <map>
#include <string>
#include <string_view>

namespace satchel::server {

// Decodes %XX escapes (and '+' as space when `plusIsSpace`); malformed escapes stay as written.
std::string percentDecode(std::string_view text, bool plusIsSpace);
void splitTarget(std::string_view target, std::string& path,
                 std::map<std::string, std::string>& query);

}  // namespace satchel::server
