#pragma once
// From a draft to what the server publishes: shared's CourseManifest plus where each asset's
// bytes are, and every reason the draft cannot be published yet.
//
// planPublish() is pure (no file access): it builds the manifest and lists the problems it can
// see in the draft itself (empty titles, a video lesson with no video, a quiz with no
// questions, a quiz shared's codec refuses, a manifest shared's validateManifest refuses).
// verifyLocalFiles() then re-reads the local files: call it off the UI thread (it hashes
// videos). A plan with no problems is publishable as far as this machine can tell; the server
// still verifies every uploaded asset.

#include <cstdint>
#include <string>
#include <vector>

#include "satchel/client/draft_model.h"
#include "satchel/model/course.h"

namespace satchel::client {

// Where an asset's bytes come from: a local file, or text held in the draft (readings).
struct AssetSource {
    std::string sha256;
    std::uint64_t size = 0;
    std::string mediaType;
    std::string localPath;  // empty: the bytes are in `bytes`
    std::string bytes;
};

struct DraftProblem {
    enum class Kind {
        MissingCourseTitle,
        NoLessons,
        MissingModuleTitle,
        MissingLessonTitle,
        MissingVideo,
        EmptyReading,
        NoQuestions,
        InvalidQuiz,      // detail: shared's decoder's message (names the field)
        InvalidManifest,  // detail: shared's validateManifest message
        FileMissing,      // detail: the local path
        FileChanged,      // detail: the local path (size or SHA-256 differ from the import)
    };
    Kind kind = Kind::InvalidManifest;
    Uuid moduleId;  // nil when the problem is the course's
    Uuid lessonId;  // nil when the problem is not a lesson's
    std::string detail;
};

struct PublishPlan {
    CourseManifest manifest;  // courseId = draft.courseId (nil before the first publish)
    std::vector<AssetSource> assets;
    std::vector<DraftProblem> problems;
    bool publishable() const { return problems.empty(); }
};

// The manifest path of each kind of asset, by lesson id: videos/<id>.<ext>,
// captions/<id>.vtt, readings/<id>.md.
PublishPlan planPublish(const CourseDraft& draft);

// Appends FileMissing / FileChanged for every local file that is gone or differs from what was
// imported. Blocking file I/O.
void verifyLocalFiles(PublishPlan& plan, const CourseDraft& draft);

}  // namespace satchel::client
