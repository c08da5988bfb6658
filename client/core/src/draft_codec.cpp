#include "satchel/client/draft_codec.h"

#include <nlohmann/json.hpp>

#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {
using nlohmann::json;

// Decoding reports the first problem as "field: message"; thrown only inside this file.
struct DraftDecodeError {
    std::string message;
};

[[noreturn]] void bad(const std::string& field, const std::string& message) {
    throw DraftDecodeError{field + ": " + message};
}

json fileJson(const DraftFile& f) {
    json out = {{"localPath", f.localPath},
                {"sha256", f.sha256},
                {"size", f.size},
                {"mediaType", f.mediaType}};
    if (f.durationMs)
        out["durationMs"] = *f.durationMs;
    return out;
}

Uuid uuidAt(const json& j, const char* key, const std::string& where) {
    if (!j.contains(key) || !j[key].is_string())
        bad(where + "." + key, "missing id");
    auto id = Uuid::parse(j[key].get<std::string>());
    if (!id)
        bad(where + "." + key, "not a UUID");
    return *id;
}

DraftFile fileFrom(const json& j, const std::string& where) {
    if (!j.is_object())
        bad(where, "not an object");
    DraftFile f;
    f.localPath = j.value("localPath", "");
    f.sha256 = j.value("sha256", "");
    f.size = j.value("size", std::uint64_t{0});
    f.mediaType = j.value("mediaType", "");
    if (j.contains("durationMs"))
        f.durationMs = j["durationMs"].get<std::uint64_t>();
    return f;
}

json lessonJson(const DraftLesson& l) {
    json out = {{"id", l.id.toString()}, {"title", l.title}, {"kind", toString(l.kind)}};
    if (l.video)
        out["video"] = fileJson(*l.video);
    if (l.captions)
        out["captions"] = fileJson(*l.captions);
    if (l.kind == LessonKind::Reading)
        out["markdown"] = l.markdown;
    if (l.kind == LessonKind::Quiz)
        out["quiz"] = toJson(l.quiz);
    return out;
}

DraftLesson lessonFrom(const json& j, const std::string& where) {
    DraftLesson l;
    l.id = uuidAt(j, "id", where);
    l.title = j.value("title", "");
    auto kind = parseLessonKind(j.value("kind", ""));
    if (!kind)
        bad(where + ".kind", "unknown lesson kind");
    l.kind = *kind;
    if (j.contains("video"))
        l.video = fileFrom(j["video"], where + ".video");
    if (j.contains("captions"))
        l.captions = fileFrom(j["captions"], where + ".captions");
    l.markdown = j.value("markdown", "");
    if (j.contains("quiz")) {
        auto quiz = fromJson<Quiz>(j["quiz"]);
        if (!quiz)
            bad(where + ".quiz", quiz.error().describe());
        l.quiz = std::move(*quiz);
    }
    return l;
}

}  // namespace

std::string encodeDraft(const CourseDraft& d) {
    json modules = json::array();
    for (const auto& m : d.modules) {
        json lessons = json::array();
        for (const auto& l : m.lessons)
            lessons.push_back(lessonJson(l));
        modules.push_back({{"id", m.id.toString()}, {"title", m.title}, {"lessons", lessons}});
    }
    json out = {{"draftFormat", kDraftFormat},
                {"id", d.id.toString()},
                {"title", d.title},
                {"description", d.description},
                {"language", d.language},
                {"openEnrollment", d.openEnrollment},
                {"completion",
                 {{"videoMinWatchedPercent", d.completion.videoMinWatchedPercent},
                  {"readingMinTimeMs", d.completion.readingMinTimeMs},
                  {"quizNeedsPass", d.completion.quizNeedsPass}}},
                {"modules", modules},
                {"updatedAtMs", d.updatedAtMs}};
    if (d.courseId)
        out["courseId"] = d.courseId->toString();
    if (d.lastPublished)
        out["lastPublished"] = toJson(*d.lastPublished);
    return out.dump();
}

Result<CourseDraft, std::string> decodeDraft(std::string_view text) {
    auto parsed = parseJson(text);
    if (!parsed)
        return fail(parsed.error().describe());
    const json& j = *parsed;
    try {
        if (!j.is_object())
            bad("draft", "not an object");
        const int format = j.value("draftFormat", 0);
        if (format < 1 || format > kDraftFormat)
            bad("draftFormat", "format " + std::to_string(format) + " is not supported");
        CourseDraft d;
        d.id = uuidAt(j, "id", "draft");
        if (j.contains("courseId"))
            d.courseId = uuidAt(j, "courseId", "draft");
        d.title = j.value("title", "");
        d.description = j.value("description", "");
        d.language = j.value("language", "");
        d.openEnrollment = j.value("openEnrollment", true);
        if (j.contains("completion")) {
            const json& c = j["completion"];
            d.completion.videoMinWatchedPercent = c.value("videoMinWatchedPercent", 90u);
            d.completion.readingMinTimeMs = c.value("readingMinTimeMs", std::uint64_t{0});
            d.completion.quizNeedsPass = c.value("quizNeedsPass", true);
        }
        d.updatedAtMs = j.value("updatedAtMs", std::int64_t{0});
        const json modules = j.value("modules", json::array());
        for (std::size_t m = 0; m < modules.size(); ++m) {
            const std::string where = "modules[" + std::to_string(m) + "]";
            DraftModule module;
            module.id = uuidAt(modules[m], "id", where);
            module.title = modules[m].value("title", "");
            const json lessons = modules[m].value("lessons", json::array());
            for (std::size_t l = 0; l < lessons.size(); ++l)
                module.lessons.push_back(
                    lessonFrom(lessons[l], where + ".lessons[" + std::to_string(l) + "]"));
            d.modules.push_back(std::move(module));
        }
        if (j.contains("lastPublished")) {
            auto manifest = fromJson<CourseManifest>(j["lastPublished"]);
            if (!manifest)
                bad("lastPublished", manifest.error().describe());
            d.lastPublished = std::move(*manifest);
        }
        return d;
    } catch (const DraftDecodeError& e) {
        return fail(e.message);
    } catch (const json::exception& e) {
        return fail(std::string("draft: ") + e.what());
    }
}

}  // namespace satchel::client
