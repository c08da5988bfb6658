#pragma once
// Internal: the path rules of course packages, with the reason a path is refused.

#include <optional>
#include <string>
#include <string_view>

#include "satchel/package.h"

namespace satchel::package_detail {

struct PathProblem {
    PackageErrorCode code;  // AbsolutePath, PathTraversal or InvalidPath
    std::string message;
};

// nullopt when path is a safe relative path (see isSafeRelativePath).
std::optional<PathProblem> checkRelativePath(std::string_view path, std::size_t maxLength);

}  // namespace satchel::package_detail
