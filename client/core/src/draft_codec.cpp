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

// Quizzes are stored leniently: a draft may hold a quiz that is not valid yet (no questions,
// a choice question with no right answer). Shared's strict codec checks it at publish time.
json quizJson(const Quiz& quiz) {
    json questions = json::array();
    for (const Question& q : quiz.questions) {
        json choices = json::array();
        for (const Choice& c : q.choices)
            choices.push_back({{"id", c.id}, {"text", c.text}});
        json numeric = {{"tolerance", q.numeric.tolerance}};
        if (q.numeric.value)
            numeric["value"] = *q.numeric.value;
        if (q.numeric.min)
            numeric["min"] = *q.numeric.min;
        if (q.numeric.max)
            numeric["max"] = *q.numeric.max;
        questions.push_back({{"id", q.id},
                             {"type", toString(q.type)},
                             {"prompt", q.prompt},
                             {"points", q.points},
                             {"choices", choices},
                             {"correctChoiceIds", q.correctChoiceIds},
                             {"correctBool", q.correctBool},
                             {"acceptedAnswers", q.acceptedAnswers},
                             {"caseSensitive", q.shortAnswer.caseSensitive},
                             {"collapseWhitespace", q.shortAnswer.collapseWhitespace},
                             {"numeric", numeric}});
    }
    json out = {
        {"questions", questions}, {"passPercent", quiz.passPercent}, {"mode", toString(quiz.mode)}};
    if (quiz.timeLimitSeconds)
        out["timeLimitSeconds"] = *quiz.timeLimitSeconds;
    return out;
}

Quiz quizFrom(const json& j, const std::string& where) {
    if (!j.is_object())
        bad(where, "not an object");
    Quiz quiz;
    quiz.passPercent = j.value("passPercent", 60.0);
    auto mode = parseQuizMode(j.value("mode", "graded"));
    if (!mode)
        bad(where + ".mode", "unknown quiz mode");
    quiz.mode = *mode;
    if (j.contains("timeLimitSeconds"))
        quiz.timeLimitSeconds = j["timeLimitSeconds"].get<std::uint32_t>();
    for (const json& item : j.value("questions", json::array())) {
        Question q;
        q.id = item.value("id", "");
        auto type = parseQuestionType(item.value("type", ""));
        if (!type)
            bad(where + ".questions", "unknown question type");
        q.type = *type;
        q.prompt = item.value("prompt", "");
        q.points = item.value("points", 1u);
        for (const json& c : item.value("choices", json::array()))
            q.choices.push_back({c.value("id", ""), c.value("text", "")});
        q.correctChoiceIds = item.value("correctChoiceIds", std::vector<std::string>{});
        q.correctBool = item.value("correctBool", false);
        q.acceptedAnswers = item.value("acceptedAnswers", std::vector<std::string>{});
        q.shortAnswer.caseSensitive = item.value("caseSensitive", false);
        q.shortAnswer.collapseWhitespace = item.value("collapseWhitespace", true);
        const json numeric = item.value("numeric", json::object());
        q.numeric.tolerance = numeric.value("tolerance", 0.0);
        if (numeric.contains("value"))
            q.numeric.value = numeric["value"].get<double>();
        if (numeric.contains("min"))
            q.numeric.min = numeric["min"].get<double>();
        if (numeric.contains("max"))
            q.numeric.max = numeric["max"].get<double>();
        quiz.questions.push_back(std::move(q));
    }
    return quiz;
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
        out["quiz"] = quizJson(l.quiz);
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
    if (j.contains("quiz"))
        l.quiz = quizFrom(j["quiz"], where + ".quiz");
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
    if (d.reminderInactiveDays)
        out["reminderInactiveDays"] = *d.reminderInactiveDays;
    if (d.lastPublished)
        out["lastPublished"] = toJson(*d.lastPublished);
    for (const auto& [sha256, pending] : d.pendingUploads) {
        json parts = json::array();
        for (const auto& part : pending.parts)
            parts.push_back({{"number", part.number}, {"etag", part.etag}});
        out["pendingUploads"][sha256] = {{"uploadId", pending.uploadId}, {"parts", parts}};
    }
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
        if (j.contains("reminderInactiveDays") && !j["reminderInactiveDays"].is_null()) {
            if (!j["reminderInactiveDays"].is_number_integer())
                bad("reminderInactiveDays", "not a whole number");
            d.reminderInactiveDays = j["reminderInactiveDays"].get<int>();
        }
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
        const json pendingUploads = j.value("pendingUploads", json::object());
        for (const auto& [sha256, pending] : pendingUploads.items()) {
            PendingUpload upload{pending.value("uploadId", ""), {}};
            for (const json& part : pending.value("parts", json::array()))
                upload.parts.push_back({part.value("number", 0u), part.value("etag", "")});
            d.pendingUploads.emplace(sha256, std::move(upload));
        }
        return d;
    } catch (const DraftDecodeError& e) {
        return fail(e.message);
    } catch (const json::exception& e) {
        return fail(std::string("draft: ") + e.what());
    }
}

}  // namespace satchel::client
