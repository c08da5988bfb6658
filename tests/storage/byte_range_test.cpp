// Range / If-Range decisions for a 100-byte blob: suffix, open-ended, clamped, beyond the end
// (416), ignored forms (200), and If-Range with matching and mismatching validators.
#define BOOST_TEST_MODULE storage_byte_range
#include <boost/test/unit_test.hpp>

#include "satchel/storage/byte_range.h"

using satchel::storage::decideRange;

namespace {
const std::string kEtag = "\"abc\"";
const std::string kDate = "Thu, 26 Nov 2026 08:00:00 GMT";

void expect(const std::string& range, int status, std::uint64_t offset, std::uint64_t length,
            const std::string& contentRange, const std::string& ifRange = {},
            std::uint64_t size = 100) {
    BOOST_TEST_CONTEXT("Range: " << range << " If-Range: " << ifRange << " size " << size) {
        const auto d = decideRange(range, ifRange, size, kEtag, kDate);
        BOOST_TEST(d.status == status);
        BOOST_TEST(d.offset == offset);
        BOOST_TEST(d.length == length);
        BOOST_TEST(d.contentRange == contentRange);
    }
}
}  // namespace

BOOST_AUTO_TEST_CASE(no_range_is_the_whole_body) {
    expect("", 200, 0, 100, "");
}

BOOST_AUTO_TEST_CASE(closed_ranges) {
    expect("bytes=0-9", 206, 0, 10, "bytes 0-9/100");
    expect("bytes=99-99", 206, 99, 1, "bytes 99-99/100");
    expect("bytes=50-500", 206, 50, 50, "bytes 50-99/100");  // the end is clamped
    expect("Bytes=1-2", 206, 1, 2, "bytes 1-2/100");
}

BOOST_AUTO_TEST_CASE(suffix_ranges) {
    expect("bytes=-5", 206, 95, 5, "bytes 95-99/100");
    expect("bytes=-100", 206, 0, 100, "bytes 0-99/100");
    expect("bytes=-1000", 206, 0, 100, "bytes 0-99/100");  // longer than the blob: all of it
    expect("bytes=-0", 416, 0, 0, "bytes */100");
}

BOOST_AUTO_TEST_CASE(open_ended_ranges) {
    expect("bytes=0-", 206, 0, 100, "bytes 0-99/100");
    expect("bytes=90-", 206, 90, 10, "bytes 90-99/100");
}

BOOST_AUTO_TEST_CASE(ranges_beyond_the_end_are_not_satisfiable) {
    expect("bytes=100-", 416, 0, 0, "bytes */100");
    expect("bytes=100-200", 416, 0, 0, "bytes */100");
    expect("bytes=0-0", 416, 0, 0, "bytes */0", {}, 0);
    expect("bytes=-3", 416, 0, 0, "bytes */0", {}, 0);
}

BOOST_AUTO_TEST_CASE(malformed_or_multiple_ranges_are_ignored) {
    for (const char* range : {"bytes=5-2", "bytes=0-1,5-6", "items=0-1", "bytes=", "bytes=-",
                              "bytes=a-b", "bytes=1-2x", "bytes=99999999999999999999-"})
        expect(range, 200, 0, 100, "");
}

BOOST_AUTO_TEST_CASE(if_range_decides_between_part_and_whole) {
    expect("bytes=10-19", 206, 10, 10, "bytes 10-19/100", kEtag);
    expect("bytes=10-19", 200, 0, 100, "", "\"other\"");
    expect("bytes=10-19", 200, 0, 100, "", "W/\"abc\"");  // weak tags never match
    expect("bytes=10-19", 206, 10, 10, "bytes 10-19/100", kDate);
    expect("bytes=10-19", 200, 0, 100, "", "Wed, 25 Nov 2026 08:00:00 GMT");
    expect("bytes=100-", 200, 0, 100, "", "\"other\"");  // mismatch wins over 416
}
