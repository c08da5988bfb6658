#pragma once
// A byte-level zip writer for hostile test archives that libzip refuses to produce: stored
// (uncompressed) entries, names written twice, sizes that lie, directory records pointing at
// another entry's bytes. Test-only; the product reads and writes zips with libzip.

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace satchel::testing {

class ZipBytes {
public:
    // declaredSize, when set, is written as the entry's uncompressed size instead of the truth.
    void add(std::string name, std::string data, std::optional<std::uint32_t> declaredSize = {}) {
        entries_.push_back(Entry{std::move(name), std::move(data), declaredSize, 0, std::nullopt});
    }
    // Makes the central directory record of entry `index` point at entry `target`'s bytes.
    void pointEntryAt(std::size_t index, std::size_t target) {
        entries_.at(index).pointsAt = target;
    }

    void save(const std::filesystem::path& path) {
        std::string out;
        for (auto& e : entries_) {
            e.offset = static_cast<std::uint32_t>(out.size());
            put32(out, 0x04034b50);
            put16(out, 20);
            put16(out, 0x0800);
            put16(out, 0);  // stored
            put16(out, 0);
            put16(out, 0x21);
            put32(out, crc32(e.data));
            put32(out, static_cast<std::uint32_t>(e.data.size()));
            put32(out, e.declaredSize.value_or(static_cast<std::uint32_t>(e.data.size())));
            put16(out, static_cast<std::uint16_t>(e.name.size()));
            put16(out, 0);
            out += e.name;
            out += e.data;
        }
        auto directoryOffset = static_cast<std::uint32_t>(out.size());
        for (const auto& e : entries_) {
            const Entry& bytes = e.pointsAt ? entries_[*e.pointsAt] : e;
            put32(out, 0x02014b50);
            put16(out, 20);
            put16(out, 20);
            put16(out, 0x0800);
            put16(out, 0);
            put16(out, 0);
            put16(out, 0x21);
            put32(out, crc32(bytes.data));
            put32(out, static_cast<std::uint32_t>(bytes.data.size()));
            put32(out, bytes.declaredSize.value_or(static_cast<std::uint32_t>(bytes.data.size())));
            put16(out, static_cast<std::uint16_t>(e.name.size()));
            put16(out, 0);
            put16(out, 0);
            put16(out, 0);
            put16(out, 0);
            put32(out, 0);
            put32(out, bytes.offset);
            out += e.name;
        }
        auto directorySize = static_cast<std::uint32_t>(out.size()) - directoryOffset;
        put32(out, 0x06054b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, static_cast<std::uint16_t>(entries_.size()));
        put16(out, static_cast<std::uint16_t>(entries_.size()));
        put32(out, directorySize);
        put32(out, directoryOffset);
        put16(out, 0);
        std::ofstream(path, std::ios::binary) << out;
    }

    static std::uint32_t crc32(const std::string& data) {
        static const auto table = [] {
            std::array<std::uint32_t, 256> t{};
            for (std::uint32_t i = 0; i < 256; ++i) {
                std::uint32_t c = i;
                for (int k = 0; k < 8; ++k)
                    c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
                t[i] = c;
            }
            return t;
        }();
        std::uint32_t crc = 0xffffffffu;
        for (unsigned char byte : data)
            crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8);
        return crc ^ 0xffffffffu;
    }

private:
    struct Entry {
        std::string name;
        std::string data;
        std::optional<std::uint32_t> declaredSize;
        std::uint32_t offset;
        std::optional<std::size_t> pointsAt;
    };
    static void put16(std::string& out, std::uint16_t v) {
        out += static_cast<char>(v & 0xff);
        out += static_cast<char>(v >> 8);
    }
    static void put32(std::string& out, std::uint32_t v) {
        put16(out, static_cast<std::uint16_t>(v & 0xffff));
        put16(out, static_cast<std::uint16_t>(v >> 16));
    }
    std::vector<Entry> entries_;
};

}  // namespace satchel::testing
