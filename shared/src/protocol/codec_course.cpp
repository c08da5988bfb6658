// Wire form of course content: the manifest (modules, lessons, quizzes, assets), course
// versions and catalog entries. Structural rules that concern one question live here (a
// single-choice question has exactly one correct choice that exists); rules that span the
// manifest (asset references, unique lesson ids) are validateManifest's (satchel/package.h).
#include <algorithm>
#include <unordered_set>

#include "protocol/codec_internal.h"

namespace satchel::wire_detail {
namespace {

// The fields that hold a question's answer key, in any question type. A quiz marked
// "answerKeys": "withheld" carries none of them, so that a withheld quiz can be told from a
// malformed one (a key field missing) and from a leaky one (a key field present).
constexpr std::string_view kAnswerKeyFields[] = {"correctChoiceIds",
                                                 "correct",
                                                 "acceptedAnswers",
                                                 "caseSensitive",
                                                 "collapseWhitespace",
                                                 "value",
                                                 "tolerance",
                                                 "min",
                                                 "max"};
constexpr std::string_view kWithheld = "withheld";

void readChoices(Reader& r, const json& o, Question& q, std::unordered_set<std::string>& ids) {
    r.objects(o, "choices", wire::kMaxChoices, true, [&](const json& item) {
        Choice choice;
        choice.id = r.localKey(item, "id");
        choice.text = r.text(item, "text", TextRule{wire::kMaxLongText, 1, TextKind::Multiline});
        if (r.ok() && !ids.insert(choice.id).second) {
            r.fail(DecodeErrorCode::Duplicate, "choice id used twice", "id");
        }
        q.choices.push_back(std::move(choice));
    });
    if (r.ok() && q.choices.size() < 2) {
        r.fail(DecodeErrorCode::Inconsistent, "a choice question needs at least two choices",
               "choices");
    }
}

void readChoiceQuestion(Reader& r, const json& o, Question& q) {
    std::unordered_set<std::string> ids;
    readChoices(r, o, q, ids);
    std::unordered_set<std::string> correct;
    r.array(o, "correctChoiceIds", wire::kMaxChoices, true, [&](const json& item) {
        if (!item.is_string() || !ids.count(item.get_ref<const std::string&>())) {
            r.fail(DecodeErrorCode::Inconsistent, "not one of the question's choices");
        } else if (!correct.insert(item.get<std::string>()).second) {
            r.fail(DecodeErrorCode::Duplicate, "choice listed twice");
        } else {
            q.correctChoiceIds.push_back(item.get<std::string>());
        }
    });
    if (!r.ok())
        return;
    bool single = q.type == QuestionType::SingleChoice;
    if (single ? q.correctChoiceIds.size() != 1 : q.correctChoiceIds.empty()) {
        r.fail(DecodeErrorCode::Inconsistent,
               single ? "a single-choice question has exactly one correct choice"
                      : "a multiple-choice question needs at least one correct choice",
               "correctChoiceIds");
    }
}

// A question of a quiz whose keys are withheld: what it asks, never what is right.
void readWithheldQuestion(Reader& r, const json& o, Question& q) {
    for (std::string_view key : kAnswerKeyFields) {
        if (o.contains(key)) {
            r.fail(DecodeErrorCode::Inconsistent,
                   "an answer key in a quiz whose answer keys are withheld", key);
            return;
        }
    }
    if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice) {
        std::unordered_set<std::string> ids;
        readChoices(r, o, q, ids);
    }
}

void readQuestion(Reader& r, const json& o, Question& q, bool keysWithheld) {
    q.id = r.localKey(o, "id");
    q.type = r.enumeration(o, "type", parseQuestionType, QuestionType::SingleChoice);
    q.prompt = r.text(o, "prompt", TextRule{wire::kMaxLongText, 1, TextKind::Multiline});
    q.points =
        static_cast<std::uint32_t>(r.unsignedInt(o, "points", 0, wire::kMaxPoints, false, 1));
    if (!r.ok())
        return;
    if (keysWithheld) {
        readWithheldQuestion(r, o, q);
        return;
    }
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            readChoiceQuestion(r, o, q);
            break;
        case QuestionType::TrueFalse:
            q.correctBool = r.boolean(o, "correct");
            break;
        case QuestionType::ShortAnswer:
            r.array(o, "acceptedAnswers", wire::kMaxAcceptedAnswers, true, [&](const json& item) {
                if (!item.is_string()) {
                    r.fail(DecodeErrorCode::WrongType, "expected a string");
                    return;
                }
                json holder{{"answer", item}};
                q.acceptedAnswers.push_back(r.text(holder, "answer", kTitle));
            });
            if (r.ok() && q.acceptedAnswers.empty()) {
                r.fail(DecodeErrorCode::Inconsistent, "at least one accepted answer is needed",
                       "acceptedAnswers");
            }
            q.shortAnswer.caseSensitive = r.boolean(o, "caseSensitive", false, false);
            q.shortAnswer.collapseWhitespace = r.boolean(o, "collapseWhitespace", false, true);
            break;
        case QuestionType::Numeric:
            q.numeric.value = r.optionalNumber(o, "value", -1e15, 1e15);
            q.numeric.tolerance = r.number(o, "tolerance", 0, 1e15, false, 0.0);
            q.numeric.min = r.optionalNumber(o, "min", -1e15, 1e15);
            q.numeric.max = r.optionalNumber(o, "max", -1e15, 1e15);
            if (!r.ok())
                return;
            if (q.numeric.value && (q.numeric.min || q.numeric.max)) {
                r.fail(DecodeErrorCode::Inconsistent, "give either value or min and max", "value");
            } else if (!q.numeric.value && !(q.numeric.min && q.numeric.max)) {
                r.fail(DecodeErrorCode::MissingField, "give value, or both min and max",
                       q.numeric.min ? "max" : "value");
            } else if (q.numeric.min && *q.numeric.min > *q.numeric.max) {
                r.fail(DecodeErrorCode::Inconsistent, "min is above max", "min");
            }
            break;
    }
}

json writeQuestion(const Question& q, bool keysWithheld) {
    json out{{"id", q.id}, {"type", toString(q.type)}, {"prompt", q.prompt}, {"points", q.points}};
    if (keysWithheld) {
        if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice) {
            json choices = json::array();
            for (const auto& c : q.choices)
                choices.push_back(json{{"id", c.id}, {"text", c.text}});
            out["choices"] = std::move(choices);
        }
        return out;
    }
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            json choices = json::array();
            for (const auto& c : q.choices)
                choices.push_back(json{{"id", c.id}, {"text", c.text}});
            out["choices"] = std::move(choices);
            out["correctChoiceIds"] = q.correctChoiceIds;
            break;
        }
        case QuestionType::TrueFalse:
            out["correct"] = q.correctBool;
            break;
        case QuestionType::ShortAnswer:
            out["acceptedAnswers"] = q.acceptedAnswers;
            out["caseSensitive"] = q.shortAnswer.caseSensitive;
            out["collapseWhitespace"] = q.shortAnswer.collapseWhitespace;
            break;
        case QuestionType::Numeric:
            if (q.numeric.value) {
                out["value"] = *q.numeric.value;
                out["tolerance"] = q.numeric.tolerance;
            }
            if (q.numeric.min)
                out["min"] = *q.numeric.min;
            if (q.numeric.max)
                out["max"] = *q.numeric.max;
            break;
    }
    return out;
}

void readCompletion(Reader& r, const json& o, CompletionRule& rule) {
    rule.kind = r.enumeration(o, "kind", parseCompletionKind, CompletionKind::Opened);
    rule.minWatchedPercent =
        static_cast<std::uint32_t>(r.unsignedInt(o, "minWatchedPercent", 1, 100, false, 90));
    rule.minTimeSpentMs = r.unsignedInt(o, "minTimeSpentMs", 0, kMaxTimeSpentMs, false, 0);
}

void readLesson(Reader& r, const json& o, Lesson& lesson) {
    lesson.id = r.uuid(o, "id");
    lesson.title = r.text(o, "title", kTitle);
    lesson.kind = r.enumeration(o, "kind", parseLessonKind, LessonKind::Reading);
    if (!r.ok())
        return;
    if (lesson.kind == LessonKind::Quiz) {
        r.nested(o, "quiz", true, [&](const json& q) {
            lesson.quiz.emplace();
            read(r, q, *lesson.quiz);
        });
    } else {
        lesson.assetSha256 = r.sha256(o, "asset");
    }
    lesson.completion = defaultCompletionRule(lesson.kind);
    r.nested(o, "completion", false,
             [&](const json& c) { readCompletion(r, c, lesson.completion); });
    if (!r.ok())
        return;
    bool quizRule = lesson.completion.kind == CompletionKind::QuizPassed ||
                    lesson.completion.kind == CompletionKind::QuizSubmitted;
    if (quizRule != (lesson.kind == LessonKind::Quiz) ||
        (lesson.completion.kind == CompletionKind::Watched && lesson.kind != LessonKind::Video)) {
        r.fail(DecodeErrorCode::Inconsistent,
               "completion rule does not fit a " + std::string(toString(lesson.kind)) + " lesson",
               "completion");
    }
}

json writeLesson(const Lesson& lesson) {
    json completion{{"kind", toString(lesson.completion.kind)}};
    if (lesson.completion.kind == CompletionKind::Watched) {
        completion["minWatchedPercent"] = lesson.completion.minWatchedPercent;
    }
    if (lesson.completion.kind == CompletionKind::Opened) {
        completion["minTimeSpentMs"] = lesson.completion.minTimeSpentMs;
    }
    json out{{"id", lesson.id.toString()},
             {"title", lesson.title},
             {"kind", toString(lesson.kind)},
             {"completion", std::move(completion)}};
    if (lesson.kind == LessonKind::Quiz) {
        if (lesson.quiz)
            out["quiz"] = write(*lesson.quiz);
    } else {
        out["asset"] = lesson.assetSha256;
    }
    return out;
}

void readAsset(Reader& r, const json& o, Asset& asset) {
    asset.sha256 = r.sha256(o, "sha256");
    asset.size = r.unsignedInt(o, "size", 0, wire::kMaxAssetSize);
    asset.mediaType = r.text(o, "mediaType", TextRule{127, 3, TextKind::Token});
    asset.path = r.text(o, "path", TextRule{512, 1, TextKind::Line});
    asset.durationMs = r.optionalUnsigned(o, "durationMs", 0, kMaxMediaDurationMs);
}

json writeAsset(const Asset& asset) {
    json out{{"sha256", asset.sha256},
             {"size", asset.size},
             {"mediaType", asset.mediaType},
             {"path", asset.path}};
    if (asset.durationMs)
        out["durationMs"] = *asset.durationMs;
    return out;
}

}  // namespace

void read(Reader& r, const json& o, Quiz& quiz) {
    // Absent: the keys are there and required. Present: exactly "withheld".
    if (auto marker = r.optionalText(o, "answerKeys", TextRule{64, 1, TextKind::Token})) {
        if (*marker != kWithheld) {
            r.fail(DecodeErrorCode::InvalidValue,
                   "unknown value \"" + *marker + "\" (only \"withheld\")", "answerKeys");
            return;
        }
        quiz.answerKeysWithheld = true;
    }
    if (!r.ok())
        return;
    std::unordered_set<std::string> ids;
    r.objects(o, "questions", wire::kMaxQuestions, true, [&](const json& item) {
        Question question;
        readQuestion(r, item, question, quiz.answerKeysWithheld);
        if (r.ok() && !ids.insert(question.id).second) {
            r.fail(DecodeErrorCode::Duplicate, "question id used twice", "id");
        }
        quiz.questions.push_back(std::move(question));
    });
    if (r.ok() && quiz.questions.empty()) {
        r.fail(DecodeErrorCode::Inconsistent, "a quiz needs at least one question", "questions");
    }
    quiz.passPercent = r.number(o, "passPercent", 0, 100, false, 60.0);
    quiz.mode = r.ok() && r.member(o, "mode", false)
                    ? r.enumeration(o, "mode", parseQuizMode, QuizMode::Graded)
                    : QuizMode::Graded;
    if (auto limit = r.optionalUnsigned(o, "timeLimitSeconds", 1, 7 * 24 * 3600)) {
        quiz.timeLimitSeconds = static_cast<std::uint32_t>(*limit);
    }
    // A practice quiz is graded on the device, so it always carries its keys.
    if (r.ok() && quiz.answerKeysWithheld && quiz.mode != QuizMode::Graded) {
        r.fail(DecodeErrorCode::Inconsistent, "only a graded quiz may withhold its answer keys",
               "answerKeys");
    }
}

json write(const Quiz& quiz) {
    json questions = json::array();
    for (const auto& q : quiz.questions)
        questions.push_back(writeQuestion(q, quiz.answerKeysWithheld));
    json out{{"questions", std::move(questions)},
             {"passPercent", quiz.passPercent},
             {"mode", toString(quiz.mode)}};
    if (quiz.answerKeysWithheld)
        out["answerKeys"] = kWithheld;
    if (quiz.timeLimitSeconds)
        out["timeLimitSeconds"] = *quiz.timeLimitSeconds;
    return out;
}

void read(Reader& r, const json& o, CourseManifest& m) {
    m.courseId = r.uuid(o, "courseId");
    m.version = static_cast<std::uint32_t>(r.unsignedInt(o, "version", 1, UINT32_MAX));
    m.title = r.text(o, "title", kTitle);
    m.description = r.text(o, "description", kProse, false);
    m.language = r.text(o, "language", TextRule{35, 0, TextKind::Token}, false);
    m.publishedAtMs = r.signedInt(o, "publishedAtMs", 0, kMaxTimestampMs, false);
    r.objects(o, "modules", wire::kMaxModules, true, [&](const json& item) {
        Module module;
        module.id = r.uuid(item, "id");
        module.title = r.text(item, "title", kTitle);
        r.objects(item, "lessons", wire::kMaxLessonsPerModule, true, [&](const json& l) {
            Lesson lesson;
            readLesson(r, l, lesson);
            module.lessons.push_back(std::move(lesson));
        });
        m.modules.push_back(std::move(module));
    });
    r.objects(o, "assets", wire::kMaxAssets, true, [&](const json& item) {
        Asset asset;
        readAsset(r, item, asset);
        m.assets.push_back(std::move(asset));
    });
}

json write(const CourseManifest& m) {
    json modules = json::array();
    for (const auto& module : m.modules) {
        json lessons = json::array();
        for (const auto& lesson : module.lessons)
            lessons.push_back(writeLesson(lesson));
        modules.push_back(json{{"id", module.id.toString()},
                               {"title", module.title},
                               {"lessons", std::move(lessons)}});
    }
    json assets = json::array();
    for (const auto& asset : m.assets)
        assets.push_back(writeAsset(asset));
    return json{{"courseId", m.courseId.toString()},
                {"version", m.version},
                {"title", m.title},
                {"description", m.description},
                {"language", m.language},
                {"publishedAtMs", m.publishedAtMs},
                {"modules", std::move(modules)},
                {"assets", std::move(assets)}};
}

void read(Reader& r, const json& o, CourseVersion& v) {
    v.courseId = r.uuid(o, "courseId");
    v.number = static_cast<std::uint32_t>(r.unsignedInt(o, "version", 1, UINT32_MAX));
    v.publishedAtMs = r.signedInt(o, "publishedAtMs", 0, kMaxTimestampMs);
    v.manifestSha256 = r.sha256(o, "manifestSha256");
}

json write(const CourseVersion& v) {
    return json{{"courseId", v.courseId.toString()},
                {"version", v.number},
                {"publishedAtMs", v.publishedAtMs},
                {"manifestSha256", v.manifestSha256}};
}

void read(Reader& r, const json& o, CourseSummary& c) {
    c.courseId = r.uuid(o, "courseId");
    c.title = r.text(o, "title", kTitle);
    c.description = r.text(o, "description", kProse, false);
    c.latestVersion = static_cast<std::uint32_t>(r.unsignedInt(o, "latestVersion", 0, UINT32_MAX));
    c.publishedAtMs = r.signedInt(o, "publishedAtMs", 0, kMaxTimestampMs, false);
    c.totalBytes = r.unsignedInt(o, "totalBytes", 0, ~std::uint64_t{0}, false);
    c.lessonCount =
        static_cast<std::uint32_t>(r.unsignedInt(o, "lessonCount", 0, UINT32_MAX, false));
    c.enrolled = r.boolean(o, "enrolled", false, false);
}

json write(const CourseSummary& c) {
    return json{{"courseId", c.courseId.toString()}, {"title", c.title},
                {"description", c.description},      {"latestVersion", c.latestVersion},
                {"publishedAtMs", c.publishedAtMs},  {"totalBytes", c.totalBytes},
                {"lessonCount", c.lessonCount},      {"enrolled", c.enrolled}};
}

}  // namespace satchel::wire_detail
