#pragma once
// Random generators of model values for the property-based tests. Every suite seeds its
// engine from SATCHEL_TEST_SEED when set (to replay a failure), otherwise from
// std::random_device, and logs the seed it used.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "satchel/merge.h"
#include "satchel/model.h"
#include "satchel/protocol/messages.h"

namespace satchel::testing {

// The seed for this run (logged to stderr and the Boost log on first use).
std::uint64_t testSeed();

class RandomModel {
public:
    explicit RandomModel(std::uint64_t seed) : engine_(seed) {}

    std::mt19937_64& engine() { return engine_; }
    std::uint64_t between(std::uint64_t low, std::uint64_t high);  // inclusive
    bool chance(double probability);
    Uuid uuidV7();
    Uuid uuidV4();
    std::string text(std::size_t maxLength, bool multiline = false);  // includes non-ASCII
    std::string sha256();
    std::string localKey();

    // A world of a few lessons in one course and 1..5 devices, from which events are drawn.
    struct World {
        Uuid courseId;
        std::vector<Uuid> lessons;
        std::vector<Uuid> devices;
        std::vector<std::uint64_t> durations;  // per lesson
    };
    World world(std::size_t devices, std::size_t lessons);
    ProgressEvent event(const World& world);
    ProgressEvent event(const World& world, const Uuid& device);
    QuizAttempt attempt(const World& world, const Uuid& device);
    AttemptGrade grade(const QuizAttempt& attempt);
    Notification notification();
    User user();
    Quiz quiz();
    Question question(QuestionType type);
    CourseManifest manifest();
    CourseVersion courseVersion();

private:
    std::mt19937_64 engine_;
    std::uint64_t clock_ = 1'700'000'000'000;
};

}  // namespace satchel::testing
