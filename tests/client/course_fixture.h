#pragma once
// Courses made for a test: an authoring folder (course.json + files, the format of
// docs/protocol.md) with pseudo-random "videos" of any size, loaded into a DemoServer with
// `satchel-syncd load-demo` (which publishes it and enrolls the demo student, demo /
// demo-password), or packed into a .satchel archive with shared's writer. Two courses that
// list a video with the same seed and size share that asset (same SHA-256).

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "satchel/hash.h"
#include "satchel/package.h"
#include "sync_fixture.h"

namespace satchel::testing {

struct VideoSpec {
    std::string lessonId;
    std::uint64_t bytes = 0;
    std::uint64_t seed = 0;  // the content: equal seeds and sizes give equal files
    std::uint64_t durationMs = 60'000;
};

struct CourseSpec {
    std::string courseId;
    std::string title;
    std::vector<VideoSpec> videos;
    std::string quizLessonId;  // empty: no quiz. Else a practice quiz: q1 single (a), q2 true
};

inline void writeRandomFile(const std::filesystem::path& path, std::uint64_t bytes,
                            std::uint64_t seed) {
    std::filesystem::create_directories(path.parent_path());
    std::mt19937_64 random(seed);
    std::vector<std::uint64_t> block(8192);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (std::uint64_t left = bytes; left > 0;) {
        for (auto& word : block)
            word = random();
        const auto chunk = std::min<std::uint64_t>(left, block.size() * sizeof(std::uint64_t));
        out.write(reinterpret_cast<const char*>(block.data()), static_cast<std::streamsize>(chunk));
        left -= chunk;
    }
    BOOST_REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}

// Writes the authoring folder of `spec` into `folder`.
inline void writeCourseFolder(const std::filesystem::path& folder, const CourseSpec& spec) {
    nlohmann::json lessons = nlohmann::json::array();
    for (const VideoSpec& video : spec.videos) {
        const std::string file =
            "videos/" + std::to_string(video.seed) + "-" + std::to_string(video.bytes) + ".mp4";
        writeRandomFile(folder / file, video.bytes, video.seed);
        lessons.push_back({{"id", video.lessonId},
                           {"title", "Video " + std::to_string(video.seed)},
                           {"kind", "video"},
                           {"file", file},
                           {"durationMs", video.durationMs},
                           {"completion", {{"kind", "watched"}, {"minWatchedPercent", 90}}}});
    }
    if (!spec.quizLessonId.empty()) {
        const nlohmann::json quiz = {
            {"mode", "practice"},
            {"passPercent", 50},
            {"questions",
             {{{"id", "q1"},
               {"type", "single"},
               {"prompt", "Where does a downloaded video play from?"},
               {"points", 1},
               {"choices",
                {{{"id", "a"}, {"text", "This computer"}}, {{"id", "b"}, {"text", "The server"}}}},
               {"correctChoiceIds", {"a"}}},
              {{"id", "q2"},
               {"type", "truefalse"},
               {"prompt", "Progress recorded offline is kept."},
               {"points", 1},
               {"correct", true}}}}};
        lessons.push_back({{"id", spec.quizLessonId},
                           {"title", "Check"},
                           {"kind", "quiz"},
                           {"quiz", quiz},
                           {"completion", {{"kind", "quizSubmitted"}}}});
    }
    const nlohmann::json course = {
        {"id", spec.courseId},
        {"version", 1},
        {"title", spec.title},
        {"description", "Made by a test."},
        {"language", "en"},
        {"modules",
         {{{"id", "0192a5a0-0000-7000-8000-" + spec.courseId.substr(24, 8) + "0001"},
           {"title", "Everything"},
           {"lessons", lessons}}}}};
    std::ofstream(folder / "course.json") << course.dump(2);
}

// Publishes the course in `folder` on the server (load-demo: idempotent, enrolls "demo").
inline void loadCourse(DemoServer& services, const std::filesystem::path& folder) {
    auto env = services.env;
    env["SATCHEL_DATABASE_URL"] = services.databaseUrl;
    env["SATCHEL_PUBLIC_URL"] = services.server->url();
    Process load({(binDir() / "satchel-syncd").string(), "load-demo", folder.string()}, env,
                 (folder / "load.log").string());
    BOOST_REQUIRE_MESSAGE(load.wait(std::chrono::seconds(120)) == 0,
                          "load-demo " << folder << " failed: " << load.log());
}

// Packs the course in `folder` into a .satchel archive.
inline void writeArchive(const std::filesystem::path& folder,
                         const std::filesystem::path& archive) {
    auto built = buildCourseFromFolder(folder);
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));
    auto written = writeCourseArchive(archive, *built);
    BOOST_REQUIRE_MESSAGE(written.ok(),
                          (written.ok() ? std::string() : written.error().describe()));
}

// The SHA-256 (hex) of the file `seed`/`bytes` would produce.
inline std::string videoSha256(const std::filesystem::path& folder, const VideoSpec& video) {
    const auto path = folder / ("videos/" + std::to_string(video.seed) + "-" +
                                std::to_string(video.bytes) + ".mp4");
    auto digest = sha256File(path);
    BOOST_REQUIRE(digest.ok());
    return digest->sha256;
}

}  // namespace satchel::testing
