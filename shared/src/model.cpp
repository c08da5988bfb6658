// Names of the model's enums (the wire spelling) and the model's small helpers.
#include <algorithm>
#include <array>
#include <utility>

#include "satchel/model.h"

namespace satchel {
namespace {

template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
std::string_view nameOf(const NameTable<E, N>& table, E value) {
    for (const auto& [e, name] : table) {
        if (e == value)
            return name;
    }
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N>& table, std::string_view text) {
    for (const auto& [e, name] : table) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

constexpr NameTable<Role, 3> kRoles{
    {{Role::Student, "student"}, {Role::Instructor, "instructor"}, {Role::Admin, "admin"}}};
constexpr NameTable<QuestionType, 5> kQuestionTypes{{{QuestionType::SingleChoice, "single"},
                                                     {QuestionType::MultipleChoice, "multiple"},
                                                     {QuestionType::TrueFalse, "truefalse"},
                                                     {QuestionType::ShortAnswer, "short"},
                                                     {QuestionType::Numeric, "numeric"}}};
constexpr NameTable<QuizMode, 2> kQuizModes{
    {{QuizMode::Practice, "practice"}, {QuizMode::Graded, "graded"}}};
constexpr NameTable<LessonKind, 3> kLessonKinds{
    {{LessonKind::Video, "video"}, {LessonKind::Reading, "reading"}, {LessonKind::Quiz, "quiz"}}};
constexpr NameTable<CompletionKind, 4> kCompletionKinds{
    {{CompletionKind::Watched, "watched"},
     {CompletionKind::Opened, "opened"},
     {CompletionKind::QuizPassed, "quizPassed"},
     {CompletionKind::QuizSubmitted, "quizSubmitted"}}};
constexpr NameTable<ProgressKind, 5> kProgressKinds{{{ProgressKind::Watched, "watched"},
                                                     {ProgressKind::Resume, "resume"},
                                                     {ProgressKind::TimeSpent, "timeSpent"},
                                                     {ProgressKind::Opened, "opened"},
                                                     {ProgressKind::Completed, "completed"}}};
constexpr NameTable<NotificationKind, 6> kNotificationKinds{
    {{NotificationKind::CoursePublished, "coursePublished"},
     {NotificationKind::AttemptGraded, "attemptGraded"},
     {NotificationKind::Reminder, "reminder"},
     {NotificationKind::Announcement, "announcement"},
     {NotificationKind::EnrollmentAdded, "enrollmentAdded"},
     {NotificationKind::CertificateReady, "certificateReady"}}};

}  // namespace

std::string_view toString(Role v) {
    return nameOf(kRoles, v);
}
std::optional<Role> parseRole(std::string_view t) {
    return valueOf(kRoles, t);
}
std::string_view toString(QuestionType v) {
    return nameOf(kQuestionTypes, v);
}
std::optional<QuestionType> parseQuestionType(std::string_view t) {
    return valueOf(kQuestionTypes, t);
}
std::string_view toString(QuizMode v) {
    return nameOf(kQuizModes, v);
}
std::optional<QuizMode> parseQuizMode(std::string_view t) {
    return valueOf(kQuizModes, t);
}
std::string_view toString(LessonKind v) {
    return nameOf(kLessonKinds, v);
}
std::optional<LessonKind> parseLessonKind(std::string_view t) {
    return valueOf(kLessonKinds, t);
}
std::string_view toString(CompletionKind v) {
    return nameOf(kCompletionKinds, v);
}
std::optional<CompletionKind> parseCompletionKind(std::string_view t) {
    return valueOf(kCompletionKinds, t);
}
std::string_view toString(ProgressKind v) {
    return nameOf(kProgressKinds, v);
}
std::optional<ProgressKind> parseProgressKind(std::string_view t) {
    return valueOf(kProgressKinds, t);
}
std::string_view toString(NotificationKind v) {
    return nameOf(kNotificationKinds, v);
}
std::optional<NotificationKind> parseNotificationKind(std::string_view t) {
    return valueOf(kNotificationKinds, t);
}

bool User::hasRole(Role role) const {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

CompletionRule defaultCompletionRule(LessonKind kind) {
    switch (kind) {
        case LessonKind::Video:
            return CompletionRule{CompletionKind::Watched, 90, 0};
        case LessonKind::Quiz:
            return CompletionRule{CompletionKind::QuizPassed, 90, 0};
        case LessonKind::Reading:
            break;
    }
    return CompletionRule{CompletionKind::Opened, 90, 0};
}

const Lesson* CourseManifest::findLesson(const Uuid& lessonId) const {
    for (const auto& module : modules) {
        for (const auto& lesson : module.lessons) {
            if (lesson.id == lessonId)
                return &lesson;
        }
    }
    return nullptr;
}

const Asset* CourseManifest::findAsset(std::string_view sha256) const {
    for (const auto& asset : assets) {
        if (asset.sha256 == sha256)
            return &asset;
    }
    return nullptr;
}

std::uint64_t CourseManifest::totalAssetBytes() const {
    std::uint64_t total = 0;
    for (const auto& asset : assets)
        total += asset.size;
    return total;
}

}  // namespace satchel
