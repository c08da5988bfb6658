#include "package/zip_layout.h"

#include <algorithm>
#include <fstream>

namespace satchel::package_detail {
namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kZip64EndOfDirectory = 0x06064b50;
constexpr std::uint32_t kDirectoryHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint64_t kMaxDirectoryBytes = 128u << 20;

std::uint64_t le(const unsigned char* p, int bytes) {
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = value << 8 | p[i];
    return value;
}

PackageError truncated(const std::string& message) {
    return PackageError{PackageErrorCode::Truncated, "", message};
}

class File {
public:
    explicit File(const std::filesystem::path& path) : in_(path, std::ios::binary) {
        if (in_) {
            in_.seekg(0, std::ios::end);
            size_ = static_cast<std::uint64_t>(in_.tellg());
        }
    }
    bool ok() const { return static_cast<bool>(in_); }
    std::uint64_t size() const { return size_; }
    bool read(std::uint64_t offset, std::size_t length, std::vector<unsigned char>& out) {
        if (offset > size_ || length > size_ - offset)
            return false;
        out.resize(length);
        in_.clear();
        in_.seekg(static_cast<std::streamoff>(offset));
        in_.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(length));
        return static_cast<std::size_t>(in_.gcount()) == length;
    }

private:
    std::ifstream in_;
    std::uint64_t size_ = 0;
};

}  // namespace

PackageResult<ZipLayout> readZipLayout(const std::filesystem::path& archive,
                                       std::size_t maxEntries) {
    File file(archive);
    if (!file.ok())
        return fail(PackageError{PackageErrorCode::Io, archive.string(), "cannot open"});
    // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
    std::uint64_t tailLength = std::min<std::uint64_t>(file.size(), 22 + 65535);
    std::vector<unsigned char> tail;
    if (tailLength < 22 || !file.read(file.size() - tailLength, tailLength, tail)) {
        return fail(truncated("no end of central directory"));
    }
    std::size_t eocd = std::string::npos;
    for (std::size_t i = tail.size() - 22 + 1; i-- > 0;) {
        if (le(&tail[i], 4) == kEndOfDirectory) {
            eocd = i;
            break;
        }
    }
    if (eocd == std::string::npos)
        return fail(truncated("no end of central directory"));
    std::uint64_t eocdOffset = file.size() - tailLength + eocd;
    std::uint64_t count = le(&tail[eocd + 10], 2);
    std::uint64_t directorySize = le(&tail[eocd + 12], 4);
    std::uint64_t directoryOffset = le(&tail[eocd + 16], 4);
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) {
        std::vector<unsigned char> locator, record;
        if (eocdOffset < 20 || !file.read(eocdOffset - 20, 20, locator) ||
            le(&locator[0], 4) != kZip64Locator) {
            return fail(truncated("zip64 locator missing"));
        }
        if (!file.read(le(&locator[8], 8), 56, record) ||
            le(&record[0], 4) != kZip64EndOfDirectory) {
            return fail(truncated("zip64 end of central directory missing"));
        }
        count = le(&record[32], 8);
        directorySize = le(&record[40], 8);
        directoryOffset = le(&record[48], 8);
    }
    if (count > maxEntries) {
        return fail(PackageError{
            PackageErrorCode::TooManyEntries, "",
            std::to_string(count) + " entries, more than " + std::to_string(maxEntries)});
    }
    std::vector<unsigned char> directory;
    if (directorySize > kMaxDirectoryBytes ||
        !file.read(directoryOffset, directorySize, directory)) {
        return fail(truncated("central directory cut off"));
    }
    ZipLayout layout;
    layout.directoryOffset = directoryOffset;
    std::size_t at = 0;
    std::vector<unsigned char> local;
    for (std::uint64_t n = 0; n < count; ++n) {
        if (at + 46 > directory.size() || le(&directory[at], 4) != kDirectoryHeader) {
            return fail(truncated("central directory entry " + std::to_string(n) + " malformed"));
        }
        const unsigned char* h = &directory[at];
        std::uint64_t compressed = le(h + 20, 4);
        std::uint64_t uncompressed = le(h + 24, 4);
        std::size_t nameLength = le(h + 28, 2);
        std::size_t extraLength = le(h + 30, 2);
        std::size_t commentLength = le(h + 32, 2);
        std::uint64_t offset = le(h + 42, 4);
        if (at + 46 + nameLength + extraLength + commentLength > directory.size()) {
            return fail(truncated("central directory entry " + std::to_string(n) + " cut off"));
        }
        EntrySpan span;
        span.name.assign(reinterpret_cast<const char*>(h + 46), nameLength);
        // Zip64 extra field: the 64-bit values follow in this order, present only for the
        // fields whose 32-bit slot holds 0xffffffff.
        const unsigned char* extra = h + 46 + nameLength;
        for (std::size_t e = 0; e + 4 <= extraLength;) {
            std::size_t id = le(extra + e, 2), size = le(extra + e + 2, 2);
            if (e + 4 + size > extraLength)
                break;
            if (id == 0x0001) {
                std::size_t p = e + 4;
                auto take = [&](std::uint64_t& field) {
                    if (field == 0xffffffff && p + 8 <= e + 4 + size) {
                        field = le(extra + p, 8);
                        p += 8;
                    }
                };
                take(uncompressed);
                take(compressed);
                take(offset);
            }
            e += 4 + size;
        }
        if (!file.read(offset, 30, local) || le(&local[0], 4) != kLocalHeader) {
            return fail(truncated("local header of " + span.name + " missing"));
        }
        span.begin = offset;
        // offset <= size is known; bounding compressed too keeps the sum from wrapping.
        if (compressed > file.size()) {
            return fail(truncated("data of " + span.name + " cut off"));
        }
        span.end = offset + 30 + le(&local[26], 2) + le(&local[28], 2) + compressed;
        if (span.end > file.size())
            return fail(truncated("data of " + span.name + " cut off"));
        layout.entries.push_back(std::move(span));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return layout;
}

PackageResult<void> requireDisjoint(ZipLayout layout) {
    auto& entries = layout.entries;
    std::sort(entries.begin(), entries.end(),
              [](const EntrySpan& a, const EntrySpan& b) { return a.begin < b.begin; });
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::uint64_t limit =
            i + 1 < entries.size() ? entries[i + 1].begin : layout.directoryOffset;
        if (entries[i].end > limit) {
            std::string other =
                i + 1 < entries.size() ? entries[i + 1].name : "the central directory";
            return fail(PackageError{PackageErrorCode::OverlappingEntries, entries[i].name,
                                     "shares bytes with " + other});
        }
    }
    return {};
}

}  // namespace satchel::package_detail
