#include "satchel/version.h"

#include <string>

namespace satchel {
// Keeps the library non-empty until the model lands; returns the generated version string.
std::string versionString() {
    return kVersion;
}
}  // namespace satchel
