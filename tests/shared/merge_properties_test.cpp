// Property-based tests of the merge rules: whatever the split across devices, the order,
// the duplicates and the replays, every replica ends in the same state; merge is a join
// (commutative, associative, idempotent). Seeds are logged (SATCHEL_TEST_SEED replays).
#define BOOST_TEST_MODULE shared_merge_properties
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "random_model.h"
#include "satchel/merge.h"
#include "satchel/protocol/codec.h"
#include "satchel/protocol/messages.h"

using namespace satchel;
using satchel::testing::RandomModel;

namespace {

struct History {
    std::vector<ProgressEvent> events;
    std::vector<QuizAttempt> attempts;
    std::vector<AttemptGrade> grades;
};

History randomHistory(RandomModel& random, const RandomModel::World& world) {
    History h;
    std::size_t count = random.between(1, 60);
    for (std::size_t i = 0; i < count; ++i)
        h.events.push_back(random.event(world));
    for (std::size_t i = 0, n = random.between(0, 3); i < n; ++i) {
        const Uuid& device = world.devices[random.between(0, world.devices.size() - 1)];
        h.attempts.push_back(random.attempt(world, device));
        if (random.chance(0.3)) {
            // A buggy client reusing an attempt id with other content must not split replicas.
            QuizAttempt clash = random.attempt(world, device);
            clash.id = h.attempts.back().id;
            h.attempts.push_back(clash);
        }
        if (random.chance(0.6))
            h.grades.push_back(random.grade(h.attempts.back()));
        if (random.chance(0.3))
            h.grades.push_back(random.grade(h.attempts.back()));
    }
    return h;
}

ProgressState applyAll(const History& h) {
    ProgressState state;
    for (const auto& e : h.events)
        (void)apply(state, e);
    for (const auto& a : h.attempts)
        (void)apply(state, a);
    for (const auto& g : h.grades)
        (void)apply(state, g);
    return state;
}

// Each device's own records, delivered in a random order with random duplicates.
ProgressState replicaOf(RandomModel& random, const History& h, const Uuid& device) {
    struct Item {
        int kind;
        std::size_t index;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < h.events.size(); ++i) {
        if (h.events[i].deviceId == device)
            items.push_back({0, i});
    }
    for (std::size_t i = 0; i < h.attempts.size(); ++i) {
        if (h.attempts[i].deviceId == device)
            items.push_back({1, i});
    }
    for (std::size_t i = 0; i < items.size(); i += 3)
        items.push_back(items[i]);  // replays
    std::shuffle(items.begin(), items.end(), random.engine());
    ProgressState state;
    for (const auto& item : items) {
        if (item.kind == 0) {
            (void)apply(state, h.events[item.index]);
        } else {
            (void)apply(state, h.attempts[item.index]);
        }
    }
    return state;
}

void shuffleWithDuplicates(RandomModel& random, History& h) {
    for (std::size_t i = 0, n = random.between(0, h.events.size()); i < n; ++i) {
        h.events.push_back(h.events[random.between(0, h.events.size() - 1)]);
    }
    if (!h.attempts.empty())
        h.attempts.push_back(h.attempts[random.between(0, h.attempts.size() - 1)]);
    std::shuffle(h.events.begin(), h.events.end(), random.engine());
    std::shuffle(h.attempts.begin(), h.attempts.end(), random.engine());
    std::shuffle(h.grades.begin(), h.grades.end(), random.engine());
}

constexpr int kCases = 1500;

}  // namespace

BOOST_AUTO_TEST_CASE(any_order_with_duplicates_and_replays_gives_the_same_state) {
    RandomModel random(satchel::testing::testSeed());
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(random.between(1, 5), random.between(1, 4));
        History history = randomHistory(random, world);
        ProgressState reference = applyAll(history);
        History shuffled = history;
        shuffleWithDuplicates(random, shuffled);
        BOOST_REQUIRE_MESSAGE(applyAll(shuffled) == reference, "case " << c);
        // Replaying everything a second time changes nothing.
        ProgressState replayed = reference;
        for (const auto& e : history.events) {
            BOOST_REQUIRE(apply(replayed, e) == ApplyEffect::Unchanged);
        }
        BOOST_REQUIRE(replayed == reference);
    }
}

BOOST_AUTO_TEST_CASE(devices_converge_through_merges_in_any_grouping) {
    RandomModel random(satchel::testing::testSeed() + 1);
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(random.between(1, 5), random.between(1, 3));
        History history = randomHistory(random, world);
        history.grades.clear();  // grades come from the server, not from devices
        ProgressState reference = applyAll(history);

        std::vector<ProgressState> replicas;
        for (const auto& device : world.devices)
            replicas.push_back(replicaOf(random, history, device));
        // Random sync sessions: pairs of replicas exchange state (merge both ways), then
        // every replica folds everything in, in its own random order.
        for (std::size_t s = 0, n = random.between(0, 8); s < n; ++s) {
            std::size_t a = random.between(0, replicas.size() - 1);
            std::size_t b = random.between(0, replicas.size() - 1);
            ProgressState joined = merge(replicas[a], replicas[b]);
            replicas[a] = joined;
            if (random.chance(0.5))
                replicas[b] = joined;
        }
        std::vector<ProgressState> finals;
        for (std::size_t r = 0; r < replicas.size(); ++r) {
            std::vector<std::size_t> order(replicas.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::shuffle(order.begin(), order.end(), random.engine());
            ProgressState state = replicas[r];
            for (auto i : order)
                state = merge(state, replicas[i]);
            finals.push_back(state);
        }
        for (const auto& state : finals)
            BOOST_REQUIRE_MESSAGE(state == reference, "case " << c);
    }
}

// The whole trip through the wire: devices push their outbox in random batches (some batches
// sent twice, as after a lost acknowledgement), a server folds in what it decodes, and each
// device pulls every event back in encoded pages. Every device ends where the server is.
BOOST_AUTO_TEST_CASE(replicas_converge_through_encoded_push_and_pull) {
    RandomModel random(satchel::testing::testSeed() + 6);
    for (int c = 0; c < 300; ++c) {
        auto world = random.world(random.between(1, 5), random.between(1, 3));
        History history = randomHistory(random, world);
        history.attempts.clear();  // events only: attempts travel the same way, tested above
        history.grades.clear();
        ProgressState reference = applyAll(history);

        ProgressState server;
        std::vector<ProgressState> devices(world.devices.size());
        std::vector<ProgressEvent> serverLog;
        for (std::size_t d = 0; d < world.devices.size(); ++d) {
            std::vector<ProgressEvent> outbox;
            for (const auto& e : history.events) {
                if (e.deviceId != world.devices[d])
                    continue;
                (void)apply(devices[d], e);  // recorded locally first
                outbox.push_back(e);
            }
            for (std::size_t at = 0; at < outbox.size();) {
                std::size_t size = random.between(1, 10);
                PushRequest batch{world.devices[d], {}, {}};
                for (std::size_t i = at; i < std::min(outbox.size(), at + size); ++i) {
                    batch.events.push_back(outbox[i]);
                }
                int sends = random.chance(0.3) ? 2 : 1;
                for (int s = 0; s < sends; ++s) {
                    auto received = decode<PushRequest>(encode(batch));
                    BOOST_REQUIRE(received.has_value());
                    for (const auto& e : received->events) {
                        if (apply(server, e) == ApplyEffect::Changed || s == 0)
                            serverLog.push_back(e);
                    }
                }
                at += size;
            }
        }
        BOOST_REQUIRE_MESSAGE(server == reference, "server, case " << c);
        for (auto& device : devices) {
            for (std::size_t at = 0; at < serverLog.size();) {
                PullResponse page;
                std::size_t size = random.between(1, 20);
                for (std::size_t i = at; i < std::min(serverLog.size(), at + size); ++i) {
                    page.events.push_back(serverLog[i]);
                }
                page.cursor = "c" + std::to_string(at);
                auto received = decode<PullResponse>(encode(page));
                BOOST_REQUIRE(received.has_value());
                for (const auto& e : received->events)
                    (void)apply(device, e);
                at += size;
            }
            BOOST_REQUIRE_MESSAGE(device == reference, "device, case " << c);
        }
    }
}

BOOST_AUTO_TEST_CASE(merge_is_commutative_associative_and_idempotent) {
    RandomModel random(satchel::testing::testSeed() + 2);
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(random.between(1, 5), random.between(1, 3));
        ProgressState a = applyAll(randomHistory(random, world));
        ProgressState b = applyAll(randomHistory(random, world));
        ProgressState x = applyAll(randomHistory(random, world));
        BOOST_REQUIRE_MESSAGE(merge(a, b) == merge(b, a), "commutative, case " << c);
        BOOST_REQUIRE_MESSAGE(merge(merge(a, b), x) == merge(a, merge(b, x)),
                              "associative, case " << c);
        BOOST_REQUIRE_MESSAGE(merge(a, a) == a, "idempotent, case " << c);
        BOOST_REQUIRE_MESSAGE(merge(a, ProgressState{}) == a, "identity, case " << c);
        for (const auto& [id, lesson] : a.lessons) {
            if (auto other = b.lessons.find(id); other != b.lessons.end()) {
                BOOST_REQUIRE(merge(lesson, other->second) == merge(other->second, lesson));
            }
            BOOST_REQUIRE(merge(lesson, lesson) == lesson);
        }
    }
}

BOOST_AUTO_TEST_CASE(merge_equals_applying_the_union_of_events) {
    RandomModel random(satchel::testing::testSeed() + 3);
    for (int c = 0; c < kCases; ++c) {
        auto world = random.world(random.between(1, 5), random.between(1, 3));
        History first = randomHistory(random, world);
        History second = randomHistory(random, world);
        History both = first;
        both.events.insert(both.events.end(), second.events.begin(), second.events.end());
        both.attempts.insert(both.attempts.end(), second.attempts.begin(), second.attempts.end());
        both.grades.insert(both.grades.end(), second.grades.begin(), second.grades.end());
        BOOST_REQUIRE_MESSAGE(merge(applyAll(first), applyAll(second)) == applyAll(both),
                              "case " << c);
    }
}

BOOST_AUTO_TEST_CASE(state_only_grows) {
    RandomModel random(satchel::testing::testSeed() + 4);
    for (int c = 0; c < 500; ++c) {
        auto world = random.world(random.between(1, 5), 1);
        ProgressState state;
        std::uint64_t covered = 0, time = 0;
        bool opened = false, completed = false;
        for (int i = 0; i < 50; ++i) {
            (void)apply(state, random.event(world));
            const LessonState& lesson = state.lessons.begin()->second;
            BOOST_REQUIRE(lesson.watched.coveredMs() >= covered);
            BOOST_REQUIRE(lesson.totalTimeSpentMs() >= time);
            BOOST_REQUIRE(lesson.isOpened() || !opened);
            BOOST_REQUIRE(lesson.isCompleted() || !completed);
            covered = lesson.watched.coveredMs();
            time = lesson.totalTimeSpentMs();
            opened = lesson.isOpened();
            completed = lesson.isCompleted();
        }
    }
}

BOOST_AUTO_TEST_CASE(normalised_intervals_match_a_brute_force_cover) {
    RandomModel random(satchel::testing::testSeed() + 5);
    for (int c = 0; c < kCases; ++c) {
        std::vector<bool> covered(200, false);
        WatchedIntervals set;
        std::vector<Interval> all;
        for (std::size_t i = 0, n = random.between(0, 12); i < n; ++i) {
            std::uint64_t start = random.between(0, 199);
            std::uint64_t end = random.between(start, 200);  // may be empty
            for (auto k = start; k < end; ++k)
                covered[k] = true;
            set.add(Interval{start, end});
            all.push_back(Interval{start, end});
        }
        BOOST_REQUIRE(mergeWatchedIntervals(all) == set.intervals());
        std::uint64_t expected =
            static_cast<std::uint64_t>(std::count(covered.begin(), covered.end(), true));
        BOOST_REQUIRE_EQUAL(set.coveredMs(), expected);
        const auto& iv = set.intervals();
        for (std::size_t i = 0; i < iv.size(); ++i) {
            BOOST_REQUIRE(iv[i].startMs < iv[i].endMs);
            if (i > 0)
                BOOST_REQUIRE(iv[i - 1].endMs < iv[i].startMs);  // disjoint, not touching
            for (auto k = iv[i].startMs; k < iv[i].endMs; ++k)
                BOOST_REQUIRE(covered[k]);
        }
        std::uint64_t cut = random.between(0, 200);
        std::uint64_t within = static_cast<std::uint64_t>(
            std::count(covered.begin(), covered.begin() + static_cast<long>(cut), true));
        BOOST_REQUIRE_EQUAL(set.coveredMsWithin(cut), within);
    }
}
