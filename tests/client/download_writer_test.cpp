// PartWriter and ChunkWriter (client/core's download internals): every byte lands in order
// whatever its alignment (direct I/O for whole aligned blocks, the page cache for the rest), a
// resumed part appends at its end, and the writer thread writes pieces in commit order.
#define BOOST_TEST_MODULE client_download_writer
#include <boost/test/unit_test.hpp>

#include <QString>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>

#include "download_part.h"
#include "download_writer.h"
#include "satchel/testing/env.h"

using satchel::client::download::ChunkWriter;
using satchel::client::download::PartWriter;

namespace {

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes)
        byte = static_cast<char>(random());
    return bytes;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

QString qpath(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

}  // namespace

BOOST_AUTO_TEST_CASE(aligned_and_unaligned_pieces_land_in_order) {
    satchel::testing::TempDir dir;
    const auto path = dir / "a.part";
    const std::string bytes = randomBytes(3 * 1024 * 1024 + 777, 1);
    // An aligned buffer, so that the middle of a piece can go straight to disk.
    std::unique_ptr<char, decltype(&std::free)> memory(
        static_cast<char*>(std::aligned_alloc(PartWriter::kAlignment, 4 * 1024 * 1024)),
        &std::free);
    PartWriter part;
    BOOST_REQUIRE(part.open(qpath(path), true));
    std::size_t at = 0;
    // Odd sizes move the file offset off and back onto block boundaries.
    for (const std::size_t size : {std::size_t{100}, std::size_t{8192}, std::size_t{4096 - 100},
                                   std::size_t{2 * 1024 * 1024}, std::size_t{5}}) {
        // The piece sits at the same offset within a block as it will in the file.
        const std::size_t start = at % PartWriter::kAlignment;
        std::memcpy(memory.get() + start, bytes.data() + at, size);
        BOOST_REQUIRE_MESSAGE(part.append(memory.get() + start, size),
                              part.errorString().toStdString());
        at += size;
        BOOST_TEST(part.size() == static_cast<qint64>(at));
    }
    const std::size_t rest = bytes.size() - at;
    std::memcpy(memory.get(), bytes.data() + at, rest);  // misaligned in memory: page cache
    BOOST_REQUIRE(part.append(memory.get(), rest));
    BOOST_REQUIRE(part.sync());
    part.close();
    BOOST_TEST((readFile(path) == bytes));
}

BOOST_AUTO_TEST_CASE(a_reopened_part_appends_at_its_end_and_truncate_empties_it) {
    satchel::testing::TempDir dir;
    const auto path = dir / "b.part";
    const std::string first = randomBytes(10000, 2);
    const std::string second = randomBytes(70000, 3);
    {
        PartWriter part;
        BOOST_REQUIRE(part.open(qpath(path), true));
        BOOST_REQUIRE(part.append(first.data(), first.size()));
    }
    PartWriter part;
    BOOST_REQUIRE(part.open(qpath(path), false));
    BOOST_TEST(part.size() == static_cast<qint64>(first.size()));
    BOOST_REQUIRE(part.append(second.data(), second.size()));
    part.close();
    BOOST_TEST((readFile(path) == first + second));
    BOOST_REQUIRE(part.open(qpath(path), true));
    BOOST_TEST(part.size() == 0);
    part.close();
    BOOST_TEST(readFile(path).empty());
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_a_disk_error_with_a_reason) {
    satchel::testing::TempDir dir;
    PartWriter part;
    BOOST_TEST(!part.open(qpath(dir / "no" / "such" / "c.part"), true));
    BOOST_TEST(!part.errorString().isEmpty());
}

BOOST_AUTO_TEST_CASE(the_writer_thread_writes_pieces_in_commit_order) {
    satchel::testing::TempDir dir;
    const auto path = dir / "d.part";
    const std::string bytes = randomBytes(ChunkWriter::kChunk * 5 + 12345, 4);
    PartWriter part;
    BOOST_REQUIRE(part.open(qpath(path), true));
    {
        ChunkWriter writer(part);
        std::size_t at = 0;
        std::mt19937 random(5);
        while (at < bytes.size()) {
            // Whole chunks and odd partial ones, as a transfer hands them over.
            const std::size_t start = at % ChunkWriter::kAlignment;
            std::size_t size = random() % 2 ? ChunkWriter::kChunk - start : random() % 100000 + 1;
            size = std::min(size, bytes.size() - at);
            std::memcpy(writer.buffer() + start, bytes.data() + at, size);
            writer.commit(start, size);
            at += size;
        }
        BOOST_TEST(writer.drain());
        BOOST_TEST(!writer.failed());
    }
    BOOST_REQUIRE(part.sync());
    part.close();
    BOOST_TEST((readFile(path) == bytes));
}
