#pragma once
// An instructor's local draft of a course: what the editor changes, offline, before anything
// reaches the server. It is richer than a published CourseManifest: videos and captions are
// local files (hashed once when imported), readings are Markdown text kept in the draft, and
// the course's enrollment policy and completion defaults live beside the content.
// draftToManifest() (draft_manifest.h) turns it into shared's CourseManifest.
//
// Ids: module and lesson ids are made once (UUIDv7) and never change, so a published
// version's progress stays attached across versions and the diff can tell a rename from a
// remove + add.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "satchel/ids.h"
#include "satchel/model/course.h"
#include "satchel/model/quiz.h"
#include "satchel/protocol/messages.h"

namespace satchel::client {

// A local file the draft uses (a video or its captions). sha256/size are those of the file
// when it was imported; publishing re-checks them and refuses a file that changed or vanished.
struct DraftFile {
    std::string localPath;  // absolute path on this machine
    std::string sha256;     // lower-case hex
    std::uint64_t size = 0;
    std::string mediaType;
    std::optional<std::uint64_t> durationMs;  // videos only, from ffprobe
    friend bool operator==(const DraftFile&, const DraftFile&) = default;
};

struct DraftLesson {
    Uuid id;
    std::string title;
    LessonKind kind = LessonKind::Reading;
    std::optional<DraftFile> video;     // Video
    std::optional<DraftFile> captions;  // Video, optional WebVTT
    std::string markdown;               // Reading
    Quiz quiz;                          // Quiz
    friend bool operator==(const DraftLesson&, const DraftLesson&) = default;
};

struct DraftModule {
    Uuid id;
    std::string title;
    std::vector<DraftLesson> lessons;
    friend bool operator==(const DraftModule&, const DraftModule&) = default;
};

// When lessons count as completed, per kind (course settings). Applied to every lesson of the
// kind when the manifest is made.
struct CompletionDefaults {
    std::uint32_t videoMinWatchedPercent = 90;  // 1..100
    std::uint64_t readingMinTimeMs = 0;         // 0: opening is enough
    bool quizNeedsPass = true;                  // false: any submitted attempt completes
    friend bool operator==(const CompletionDefaults&, const CompletionDefaults&) = default;
};

// A multipart upload left unfinished (the app closed, the connection dropped): the server
// keeps its parts under uploadId, and asking for the same asset again resumes it, so the parts
// listed here are not sent again.
struct PendingUpload {
    std::string uploadId;
    std::vector<UploadedPart> parts;
    friend bool operator==(const PendingUpload&, const PendingUpload&) = default;
};

struct CourseDraft {
    Uuid id;                       // the draft's own id (local)
    std::optional<Uuid> courseId;  // the server's course, once created by the first publish
    std::string title;
    std::string description;
    std::string language;
    bool openEnrollment = true;  // false: students join by invitation only
    // Days without activity before the server reminds a student (0: never); nullopt follows
    // the server's default.
    std::optional<int> reminderInactiveDays;
    CompletionDefaults completion;
    std::vector<DraftModule> modules;
    // What the last publish sent (version number filled from the server's answer); the diff
    // compares against it.
    std::optional<CourseManifest> lastPublished;
    // Unfinished multipart uploads by asset SHA-256 (cleared by a successful publish).
    std::map<std::string, PendingUpload> pendingUploads;
    std::int64_t updatedAtMs = 0;

    const DraftLesson* findLesson(const Uuid& lessonId) const;
    DraftLesson* findLesson(const Uuid& lessonId);
    const DraftModule* findModule(const Uuid& moduleId) const;
    DraftModule* findModule(const Uuid& moduleId);
    friend bool operator==(const CourseDraft&, const CourseDraft&) = default;
};

// A new, empty draft with a fresh id.
CourseDraft newCourseDraft(std::string title);
// A new lesson of `kind` with a fresh id; quizzes start graded with no questions.
DraftLesson newDraftLesson(LessonKind kind, std::string title);
DraftModule newDraftModule(std::string title);

}  // namespace satchel::client
