#include "satchel/client/draft_manifest.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {

using Kind = DraftProblem::Kind;

std::string extensionOf(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    return ext.empty() ? std::string(".bin") : ext;
}

// Adds the asset once per SHA-256 (two lessons may use the same file).
void addAsset(PublishPlan& plan, std::set<std::string>& seen, AssetSource source, std::string path,
              std::optional<std::uint64_t> durationMs) {
    if (!seen.insert(source.sha256).second)
        return;
    plan.manifest.assets.push_back(
        Asset{source.sha256, source.size, source.mediaType, std::move(path), durationMs});
    plan.assets.push_back(std::move(source));
}

CompletionRule ruleFor(LessonKind kind, const CompletionDefaults& d) {
    CompletionRule rule = defaultCompletionRule(kind);
    switch (kind) {
        case LessonKind::Video:
            rule.kind = CompletionKind::Watched;
            rule.minWatchedPercent = std::clamp<std::uint32_t>(d.videoMinWatchedPercent, 1, 100);
            break;
        case LessonKind::Reading:
            rule.kind = CompletionKind::Opened;
            rule.minTimeSpentMs = d.readingMinTimeMs;
            break;
        case LessonKind::Quiz:
            rule.kind =
                d.quizNeedsPass ? CompletionKind::QuizPassed : CompletionKind::QuizSubmitted;
            break;
    }
    return rule;
}

}  // namespace

PublishPlan planPublish(const CourseDraft& draft) {
    PublishPlan plan;
    CourseManifest& m = plan.manifest;
    m.courseId = draft.courseId.value_or(Uuid());
    m.version = draft.lastPublished ? draft.lastPublished->version + 1 : 1;
    m.title = draft.title;
    m.description = draft.description;
    m.language = draft.language;
    auto problem = [&](Kind kind, Uuid module = {}, Uuid lesson = {}, std::string detail = {}) {
        plan.problems.push_back(DraftProblem{kind, module, lesson, std::move(detail)});
    };
    if (draft.title.empty())
        problem(Kind::MissingCourseTitle);

    std::set<std::string> seen;
    std::size_t lessonCount = 0;
    for (const DraftModule& dm : draft.modules) {
        if (dm.title.empty())
            problem(Kind::MissingModuleTitle, dm.id);
        Module module{dm.id, dm.title, {}};
        for (const DraftLesson& dl : dm.lessons) {
            ++lessonCount;
            const std::string id = dl.id.toString();
            if (dl.title.empty())
                problem(Kind::MissingLessonTitle, dm.id, dl.id);
            Lesson lesson{dl.id, dl.title,     dl.kind,
                          {},    std::nullopt, ruleFor(dl.kind, draft.completion)};
            switch (dl.kind) {
                case LessonKind::Video:
                    if (!dl.video || dl.video->sha256.empty()) {
                        problem(Kind::MissingVideo, dm.id, dl.id);
                        break;
                    }
                    lesson.assetSha256 = dl.video->sha256;
                    addAsset(plan, seen,
                             AssetSource{dl.video->sha256,
                                         dl.video->size,
                                         dl.video->mediaType,
                                         dl.video->localPath,
                                         {}},
                             "videos/" + id + extensionOf(dl.video->localPath),
                             dl.video->durationMs);
                    if (dl.captions)
                        addAsset(plan, seen,
                                 AssetSource{dl.captions->sha256,
                                             dl.captions->size,
                                             std::string(kCaptionsMediaType),
                                             dl.captions->localPath,
                                             {}},
                                 captionsAssetPath(dl.id), std::nullopt);
                    break;
                case LessonKind::Reading: {
                    if (dl.markdown.empty()) {
                        problem(Kind::EmptyReading, dm.id, dl.id);
                        break;
                    }
                    const std::string sha = sha256Hex(dl.markdown);
                    lesson.assetSha256 = sha;
                    addAsset(plan, seen,
                             AssetSource{sha, dl.markdown.size(), "text/markdown", {}, dl.markdown},
                             "readings/" + id + ".md", std::nullopt);
                    break;
                }
                case LessonKind::Quiz: {
                    // Exactly the server's check: shared's strict decoder over the wire form.
                    if (dl.quiz.questions.empty())
                        problem(Kind::NoQuestions, dm.id, dl.id);
                    else if (auto decoded = fromJson<Quiz>(toJson(dl.quiz)); !decoded)
                        problem(Kind::InvalidQuiz, dm.id, dl.id, decoded.error().describe());
                    lesson.quiz = dl.quiz;
                    break;
                }
            }
            module.lessons.push_back(std::move(lesson));
        }
        m.modules.push_back(std::move(module));
    }
    if (lessonCount == 0)
        problem(Kind::NoLessons);
    // Whatever the checks above did not catch (limits, paths, ids) — only worth asking when
    // the draft is otherwise complete, or its messages would repeat the ones above.
    if (plan.problems.empty()) {
        if (auto valid = validateManifest(m); !valid)
            problem(Kind::InvalidManifest, {}, {}, valid.error().describe());
    }
    return plan;
}

void verifyLocalFiles(PublishPlan& plan, const CourseDraft& draft) {
    auto check = [&](const DraftModule& module, const DraftLesson& lesson, const DraftFile& file) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(file.localPath, ec)) {
            plan.problems.push_back({Kind::FileMissing, module.id, lesson.id, file.localPath});
            return;
        }
        auto digest = sha256File(file.localPath);
        if (!digest) {
            plan.problems.push_back({Kind::FileMissing, module.id, lesson.id, file.localPath});
            return;
        }
        if (digest->sha256 != file.sha256 || digest->size != file.size)
            plan.problems.push_back({Kind::FileChanged, module.id, lesson.id, file.localPath});
    };
    for (const DraftModule& module : draft.modules)
        for (const DraftLesson& lesson : module.lessons) {
            if (lesson.kind != LessonKind::Video)
                continue;
            if (lesson.video)
                check(module, lesson, *lesson.video);
            if (lesson.captions)
                check(module, lesson, *lesson.captions);
        }
}

}  // namespace satchel::client
