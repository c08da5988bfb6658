#pragma once
// Courses and their immutable versions. A CourseManifest is everything a version contains:
// metadata, modules, lessons (with inline quizzes) and the assets they use, each asset
// addressed by the SHA-256 of its bytes. Lesson and module ids are stable across versions,
// so progress recorded against version 3 still applies to version 4.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/ids.h"
#include "satchel/model/quiz.h"

namespace satchel {

enum class LessonKind { Video, Reading, Quiz };
std::string_view toString(LessonKind kind);  // "video", "reading", "quiz"
std::optional<LessonKind> parseLessonKind(std::string_view text);

// One file of a course version. path is the file's relative name inside the course (forward
// slashes, no "..", not absolute): where the app stores it and the name shown to people. The
// bytes themselves are found by sha256 (in a .satchel archive under "assets/<sha256>").
struct Asset {
    std::string sha256;
    std::uint64_t size = 0;
    std::string mediaType;  // e.g. "video/mp4", "text/markdown"
    std::string path;
    std::optional<std::uint64_t> durationMs;  // audio and video only
    friend bool operator==(const Asset&, const Asset&) = default;
};

// When a lesson counts as completed. Watched: covered length >= minWatchedPercent of the
// video. Opened: the lesson was opened (and, if minTimeSpentMs > 0, that much time spent).
// QuizPassed: a graded attempt reached the pass threshold. QuizSubmitted: any attempt.
enum class CompletionKind { Watched, Opened, QuizPassed, QuizSubmitted };
std::string_view toString(
    CompletionKind kind);  // "watched", "opened", "quizPassed", "quizSubmitted"
std::optional<CompletionKind> parseCompletionKind(std::string_view text);

struct CompletionRule {
    CompletionKind kind = CompletionKind::Opened;
    std::uint32_t minWatchedPercent = 90;  // 1..100, Watched only
    std::uint64_t minTimeSpentMs = 0;      // Opened only
    friend bool operator==(const CompletionRule&, const CompletionRule&) = default;
};

// The default rule for a kind of lesson: video watched 90 %, reading opened, quiz passed.
CompletionRule defaultCompletionRule(LessonKind kind);

struct Lesson {
    Uuid id;
    std::string title;
    LessonKind kind = LessonKind::Reading;
    std::string assetSha256;   // the video or reading file; empty for a quiz
    std::optional<Quiz> quiz;  // set exactly for kind == Quiz
    CompletionRule completion;
    friend bool operator==(const Lesson&, const Lesson&) = default;
};

struct Module {
    Uuid id;
    std::string title;
    std::vector<Lesson> lessons;
    friend bool operator==(const Module&, const Module&) = default;
};

// A course as a long-lived thing (the server's row); its content lives in versions.
struct Course {
    Uuid id;
    std::string title;
    std::string description;
    Uuid ownerId;  // the instructor who created it
    std::int64_t createdAtMs = 0;
    friend bool operator==(const Course&, const Course&) = default;
};

// One published, immutable version of a course. number counts 1, 2, 3... per course.
struct CourseVersion {
    Uuid courseId;
    std::uint32_t number = 0;
    std::int64_t publishedAtMs = 0;
    std::string manifestSha256;  // of the manifest's canonical JSON (encode(manifest))
    friend bool operator==(const CourseVersion&, const CourseVersion&) = default;
};

struct CourseManifest {
    Uuid courseId;
    std::uint32_t version = 0;  // >= 1
    std::string title;
    std::string description;
    std::string language;  // BCP 47 tag, may be empty
    std::int64_t publishedAtMs = 0;
    std::vector<Module> modules;
    std::vector<Asset> assets;  // each sha256 once

    const Lesson* findLesson(const Uuid& lessonId) const;
    const Asset* findAsset(std::string_view sha256) const;
    std::uint64_t totalAssetBytes() const;
    friend bool operator==(const CourseManifest&, const CourseManifest&) = default;
};

// The manifest as a student may have it (the only form that leaves the server for anyone who
// does not manage the course): every graded quiz's answer keys withheld (withholdAnswerKeys).
CourseManifest learnerManifest(CourseManifest manifest);
// True when some quiz of the manifest has its answer keys withheld (such a manifest cannot be
// published: the server could not grade it).
bool hasWithheldAnswerKeys(const CourseManifest& manifest);

}  // namespace satchel
