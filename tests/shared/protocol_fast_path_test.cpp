// Differential test of the push-batch fast path (shared/src/protocol/fast_push.h) against the
// full decoder: whenever the fast path accepts a text, the full decoder must accept it with
// the same value; and decode<PushRequest> must answer exactly as the full decoder does, for
// valid batches and for thousands of mutated ones.
#define BOOST_TEST_MODULE shared_protocol_fast_path
#include <boost/test/unit_test.hpp>

#include "protocol/fast_push.h"
#include "random_model.h"
#include "satchel/protocol.h"

using namespace satchel;
using satchel::testing::RandomModel;

namespace {

Decoded<PushRequest> fullDecode(std::string_view text) {
    auto parsed = parseJson(text);
    if (!parsed)
        return fail(parsed.error());
    return fromJson<PushRequest>(*parsed);
}

std::string randomPush(RandomModel& random) {
    auto world = random.world(random.between(1, 3), random.between(1, 4));
    PushRequest push;
    push.deviceId = world.devices[0];
    for (std::size_t i = 0, n = random.between(0, 8); i < n; ++i) {
        push.events.push_back(random.event(world, push.deviceId));
    }
    std::string text = encode(push);
    if (random.chance(0.3))
        text = nlohmann::json::parse(text).dump(2);  // whitespace
    return text;
}

// Replaces one value-ish token with something near a boundary of the rules.
std::string mutate(RandomModel& random, std::string text) {
    static const std::vector<std::string> replacements = {
        "0",
        "1",
        "-1",
        "1.0",
        "1e3",
        "01",
        "null",
        "true",
        "\"\"",
        "\"x\"",
        "{}",
        "[]",
        "18446744073709551615",
        "18446744073709551616",
        "86400000",
        "86400001",
        "36000000000",
        "36000000001",
        "\"watched\"",
        "\"resume\"",
        "\"timeSpent\"",
        "\"opened\"",
        "\"completed\"",
        "\"01932c4e-8a4b-7cde-8f01-23456789abcd\"",
        "\"5F0C6E1A-3B7D-4C2E-9A10-6D8E2F4B7C91\"",
        "\"00000000-0000-0000-0000-000000000000\"",
        "\"\\u0041\"",
        "\"\xc3\xa9\"",
        "{\"a\":[1,{\"b\":null}]}",
    };
    if (text.empty())
        return "{";
    switch (random.between(0, 4)) {
        case 0: {  // a value after a colon
            std::vector<std::size_t> colons;
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text[i] == ':')
                    colons.push_back(i);
            }
            if (colons.empty())
                return text;
            std::size_t at = colons[random.between(0, colons.size() - 1)] + 1;
            while (at < text.size() && text[at] == ' ')
                ++at;
            std::size_t end = at;
            if (end < text.size() && text[end] == '"') {
                end = std::min(text.find('"', end + 1), text.size() - 1) + 1;
            } else {
                while (end < text.size() && text[end] != ',' && text[end] != '}' &&
                       text[end] != ']' && text[end] != '\n') {
                    ++end;
                }
            }
            return text.substr(0, at) + replacements[random.between(0, replacements.size() - 1)] +
                   text.substr(end);
        }
        case 1: {  // a duplicated or extra key inside an object
            std::size_t brace = text.find('{', random.between(0, text.size() - 1));
            if (brace == std::string::npos)
                return text;
            static const std::vector<std::string> keys = {
                "\"hlc\":5,",     "\"type\":\"opened\",", "\"extra\":{},",     "\"protocol\":1,",
                "\"events\":[],", "\"attempts\":[],",     "\"deviceId\":null,"};
            return text.substr(0, brace + 1) + keys[random.between(0, keys.size() - 1)] +
                   text.substr(brace + 1);
        }
        case 2: {  // remove a key-value pair
            std::size_t comma = text.find(',', random.between(0, text.size() - 1));
            if (comma == std::string::npos)
                return text;
            std::size_t next = text.find_first_of(",}", comma + 1);
            if (next == std::string::npos)
                return text;
            return text.substr(0, comma) + text.substr(next);
        }
        case 3: {  // a random byte
            text[random.between(0, text.size() - 1)] = static_cast<char>(random.between(0, 255));
            return text;
        }
        default:  // truncate or append
            return random.chance(0.5) ? text.substr(0, random.between(0, text.size()))
                                      : text + " x";
    }
}

}  // namespace

BOOST_AUTO_TEST_CASE(fast_path_takes_ordinary_batches) {
    RandomModel random(satchel::testing::testSeed());
    for (int c = 0; c < 2000; ++c) {
        std::string text = randomPush(random);
        auto fast = wire_detail::decodePushRequestFast(text);
        BOOST_REQUIRE_MESSAGE(fast.has_value(), "fast path refused an ordinary batch:\n" << text);
        auto full = fullDecode(text);
        BOOST_REQUIRE(full.has_value());
        BOOST_REQUIRE(*fast == *full);
    }
}

BOOST_AUTO_TEST_CASE(fast_path_never_accepts_what_the_full_decoder_refuses) {
    RandomModel random(satchel::testing::testSeed() + 1);
    int acceptedMutants = 0, refusedMutants = 0;
    for (int c = 0; c < 5000; ++c) {
        std::string text = randomPush(random);
        for (std::size_t m = 0, n = random.between(1, 3); m < n; ++m)
            text = mutate(random, text);
        auto fast = wire_detail::decodePushRequestFast(text);
        auto full = fullDecode(text);
        if (fast) {
            ++acceptedMutants;
            BOOST_REQUIRE_MESSAGE(full.has_value(),
                                  "fast path accepted what the full decoder refuses ("
                                      << (full ? "" : full.error().describe()) << "):\n"
                                      << text);
            BOOST_REQUIRE_MESSAGE(*fast == *full, "values differ:\n" << text);
        } else {
            ++refusedMutants;
        }
        auto decoded = decode<PushRequest>(text);
        BOOST_REQUIRE_EQUAL(decoded.has_value(), full.has_value());
        if (!full) {
            BOOST_REQUIRE_EQUAL(decoded.error().describe(), full.error().describe());
        } else {
            BOOST_REQUIRE(*decoded == *full);
        }
    }
    BOOST_TEST_MESSAGE("mutants accepted by the fast path: " << acceptedMutants
                                                             << ", refused: " << refusedMutants);
    // Both branches must really be exercised for the comparison to mean anything.
    BOOST_TEST(acceptedMutants > 200);
    BOOST_TEST(refusedMutants > 200);
}

BOOST_AUTO_TEST_CASE(push_answer_is_written_as_the_tree_would_dump_it) {
    RandomModel random(satchel::testing::testSeed() + 2);
    const std::vector<std::string> messages = {"",
                                               "no such course",
                                               "events[3].hlc: out of range (outOfRange)",
                                               "quote \" and \\ slash",
                                               "control \x01 and tab \t",
                                               "caf\xc3\xa9",
                                               "bad \xff byte"};
    for (int c = 0; c < 500; ++c) {
        PushResponse response;
        for (std::size_t i = 0, n = random.between(0, 12); i < n; ++i) {
            EventAck ack;
            ack.id = random.chance(0.1) ? Uuid{} : newUuidV7();
            ack.status = static_cast<AckStatus>(random.between(0, 2));
            if (ack.status == AckStatus::Rejected)
                ack.reason = static_cast<RejectReason>(random.between(0, 5));
            ack.message = messages[random.between(0, messages.size() - 1)];
            response.acks.push_back(std::move(ack));
        }
        const std::string tree =
            toJson(response).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        BOOST_REQUIRE_EQUAL(encode(response), tree);
    }
}
