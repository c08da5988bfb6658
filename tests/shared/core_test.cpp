// UUIDs, the hybrid logical clock and SHA-256.
#define BOOST_TEST_MODULE shared_core
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>
#include <thread>

#include "satchel/hash.h"
#include "satchel/hlc.h"
#include "satchel/ids.h"
#include "satchel/testing/env.h"

using namespace satchel;

BOOST_AUTO_TEST_CASE(uuid_text_form) {
    auto id = Uuid::parse("01932C4E-8A4B-7CDE-8F01-23456789ABCD");
    BOOST_REQUIRE(id.has_value());
    BOOST_TEST(id->toString() == "01932c4e-8a4b-7cde-8f01-23456789abcd");
    BOOST_TEST(id->version() == 7);
    BOOST_TEST(id->unixMillis() == 0x01932c4e8a4bull);
    for (const char* bad :
         {"", "01932c4e8a4b7cde8f0123456789abcd", "{01932c4e-8a4b-7cde-8f01-23456789abcd}",
          "01932c4e-8a4b-7cde-8f01-23456789abcg", "01932c4e-8a4b-7cde-8f01_23456789abcd",
          "01932c4e-8a4b-7cde-8f01-23456789abc"}) {
        BOOST_TEST(!Uuid::parse(bad).has_value(), bad);
    }
    BOOST_TEST(Uuid().isNil());
}

BOOST_AUTO_TEST_CASE(uuidv7_layout_and_monotonicity) {
    std::uint64_t now = 1'732'600'000'000;
    UuidV7Generator generator([&] { return now; },
                              [](std::uint8_t* out, std::size_t n) {
                                  for (std::size_t i = 0; i < n; ++i)
                                      out[i] = 0xff;  // worst case for the counter
                              });
    Uuid previous = generator.next();
    BOOST_TEST(previous.version() == 7);
    BOOST_TEST((previous.bytes()[8] >> 6) == 2);  // RFC 9562 variant
    BOOST_TEST(previous.unixMillis() == now);
    // 10,000 ids in one millisecond, then a clock that steps back: still strictly increasing.
    for (int i = 0; i < 10'000; ++i) {
        if (i == 5'000)
            now -= 1000;
        Uuid next = generator.next();
        BOOST_REQUIRE(previous < next);
        BOOST_REQUIRE(next.toString() > previous.toString());  // text sorts the same way
        previous = next;
    }
    std::set<Uuid> unique;
    for (int i = 0; i < 10'000; ++i)
        unique.insert(newUuidV7());
    BOOST_TEST(unique.size() == 10'000u);
    BOOST_TEST(newUuidV7().unixMillis() >= systemUnixMillis() - 60'000);
}

BOOST_AUTO_TEST_CASE(hybrid_clock_orders_events) {
    std::uint64_t wall = 1000;
    HybridClock clock([&] { return wall; });
    Hlc a = clock.now();
    BOOST_TEST(a.wallMillis == 1000u);
    BOOST_TEST(a.counter == 0u);
    Hlc b = clock.now();  // wall clock did not move
    BOOST_CHECK(b > a);
    BOOST_TEST(b.counter == 1u);
    wall = 900;  // clock steps back
    Hlc c = clock.now();
    BOOST_CHECK(c > b);
    BOOST_TEST(c.wallMillis == 1000u);
    // A stamp from a device whose clock runs ahead pulls ours forward.
    Hlc remote{5000, 7};
    Hlc d = clock.observe(remote);
    BOOST_CHECK(d > remote);
    BOOST_CHECK(clock.now() > d);
    wall = 6000;
    BOOST_CHECK((clock.now() == Hlc{6000, 0}));
    // A stamp from a clock set a year ahead is not folded in.
    Hlc absurd{6000 + 365ull * 24 * 3600 * 1000, 0};
    Hlc e = clock.observe(absurd);
    BOOST_CHECK(e < absurd);
    BOOST_TEST(e.wallMillis == 6000u);
    // Counter overflow steps into the next millisecond.
    HybridClock full([] { return std::uint64_t{10}; }, Hlc{10, 0xffff});
    BOOST_CHECK((full.now() == Hlc{11, 0}));
    BOOST_CHECK(Hlc::fromPacked(Hlc{1732600000000, 3}.packed()) == (Hlc{1732600000000, 3}));
    BOOST_TEST((Hlc{1732600000000, 3}.packed()) == 113547673600000003ull);
}

BOOST_AUTO_TEST_CASE(hybrid_clock_is_thread_safe) {
    HybridClock clock([] { return std::uint64_t{42}; });
    std::vector<std::vector<Hlc>> seen(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i)
                seen[static_cast<std::size_t>(t)].push_back(clock.now());
        });
    }
    for (auto& thread : threads)
        thread.join();
    std::set<std::uint64_t> all;
    for (const auto& list : seen) {
        for (const auto& stamp : list)
            all.insert(stamp.packed());
    }
    BOOST_TEST(all.size() == 8000u);
}

BOOST_AUTO_TEST_CASE(sha256_known_answers) {
    BOOST_TEST(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256Hex("abc") ==
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 streaming;
    std::string million(1'000'000, 'a');
    for (std::size_t i = 0; i < million.size(); i += 777)
        streaming.update(million.substr(i, 777));
    BOOST_TEST(streaming.finishHex() ==
               "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    BOOST_TEST(streaming.finishHex() == sha256Hex(""));  // reset after finishing
    BOOST_TEST(isSha256Hex(sha256Hex("x")));
    BOOST_TEST(!isSha256Hex(std::string(64, 'A')));
    BOOST_TEST(!isSha256Hex(std::string(63, 'a')));
}

BOOST_AUTO_TEST_CASE(sha256_of_files) {
    satchel::testing::TempDir dir;
    std::string content(200'000, 'z');
    std::ofstream(dir / "f.bin", std::ios::binary) << content;
    auto digest = sha256File(dir / "f.bin");
    BOOST_REQUIRE(digest.has_value());
    BOOST_TEST(digest->sha256 == sha256Hex(content));
    BOOST_TEST(digest->size == 200'000u);
    auto missing = sha256File(dir / "absent");
    BOOST_REQUIRE(!missing.has_value());
    BOOST_TEST(!missing.error().message.empty());
}
