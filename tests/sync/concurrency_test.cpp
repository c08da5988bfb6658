// The cursor never skips a change that commits late: many writers push for the same students
// at once (so their transactions overlap and would commit out of sequence order if nothing
// serialised them), a course version is published meanwhile, and a reader per student pulls
// page after page throughout. Every change reaches the reader exactly once.
#define BOOST_TEST_MODULE sync_concurrency
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <set>
#include <thread>

#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;

BOOST_AUTO_TEST_CASE(interleaved_pulls_see_every_change_exactly_once) {
    std::mt19937_64 seeds(testSeed("sync_concurrency"));
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    auto course = world.createCourse(teacher);
    std::vector<TestUser> students{world.createUser("s1"), world.createUser("s2")};
    for (const auto& s : students)
        world.enroll(s, course);

    constexpr int kWritersPerStudent = 4;
    constexpr int kBatchesPerWriter = 15;
    std::atomic<int> writersLeft{static_cast<int>(students.size()) * kWritersPerStudent};
    std::atomic<bool> failed{false};
    std::vector<std::vector<Uuid>> applied(students.size());  // per student, by all writers
    std::mutex appliedMutex;

    std::vector<std::thread> threads;
    for (std::size_t s = 0; s < students.size(); ++s) {
        for (int w = 0; w < kWritersPerStudent; ++w) {
            threads.emplace_back([&, s, seed = seeds()] {
                SimDevice device(course, seed);
                std::mt19937_64 rng(seed);
                for (int b = 0; b < kBatchesPerWriter && !failed; ++b) {
                    const std::size_t before = device.made.size();
                    device.record(1 + rng() % 40);
                    PushRequest batch{
                        device.id,
                        {device.made.begin() + static_cast<long>(before), device.made.end()},
                        {}};
                    const auto result = world.push(students[s], batch);
                    if (result.status != 200) {
                        failed = true;
                        break;
                    }
                    std::lock_guard lock(appliedMutex);
                    for (const auto& ack : result.response->acks)
                        if (ack.status == AckStatus::Applied)
                            applied[s].push_back(ack.id);
                }
                --writersLeft;
            });
        }
    }
    // A new version while the writers run: it must reach each reader once, too.
    threads.emplace_back([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        world.publishAgain(course, teacher);
    });

    std::vector<std::multiset<Uuid>> seen(students.size());
    std::vector<int> versionsSeen(students.size(), 0);
    std::vector<std::string> cursors(students.size());
    auto drainOnce = [&](std::size_t s, int limit) {
        const auto page = world.pull(students[s], cursors[s], limit);
        cursors[s] = page.cursor;
        for (const auto& e : page.events)
            seen[s].insert(e.id);
        versionsSeen[s] += static_cast<int>(page.courseVersions.size());
        return page.hasMore;
    };
    std::mt19937_64 rng(seeds());
    while (writersLeft > 0 && !failed)
        for (std::size_t s = 0; s < students.size(); ++s)
            drainOnce(s, 1 + static_cast<int>(rng() % 30));
    for (auto& t : threads)
        t.join();
    BOOST_REQUIRE(!failed);
    for (std::size_t s = 0; s < students.size(); ++s)
        while (drainOnce(s, 500)) {
        }

    for (std::size_t s = 0; s < students.size(); ++s) {
        BOOST_TEST_CONTEXT("student " << s) {
            const std::set<Uuid> expected(applied[s].begin(), applied[s].end());
            BOOST_TEST(expected.size() == applied[s].size());
            BOOST_TEST(seen[s].size() == expected.size());  // none twice
            BOOST_TEST(
                (std::set<Uuid>(seen[s].begin(), seen[s].end()) == expected));  // none missed
            // Version 1 at enrollment, version 2 when published.
            BOOST_TEST(versionsSeen[s] == 2);
        }
    }
}
