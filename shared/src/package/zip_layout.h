#pragma once
// Internal: where each entry of a zip lies in the file, read from the central directory.
//
// libzip (1.7) checks each local header against the central directory but neither exposes
// entry offsets nor refuses entries that share bytes — the trick behind non-recursive zip
// bombs (Fifield 2019). This reader extracts only the offsets and lengths needed to prove
// that no two entries overlap; libzip still does all the reading of data.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "satchel/package.h"

namespace satchel::package_detail {

struct EntrySpan {
    std::string name;
    std::uint64_t begin = 0;  // offset of the local header
    std::uint64_t end = 0;    // one past the entry's compressed data
};

struct ZipLayout {
    std::vector<EntrySpan> entries;
    std::uint64_t directoryOffset = 0;
};

// Reads the end-of-central-directory record (zip64 included), the central directory and each
// local header's length fields. Truncated when any of them is cut off or malformed.
PackageResult<ZipLayout> readZipLayout(const std::filesystem::path& archive,
                                       std::size_t maxEntries);

// OverlappingEntries when two entries share a byte or one reaches into the central directory.
PackageResult<void> requireDisjoint(ZipLayout layout);

}  // namespace satchel::package_detail
