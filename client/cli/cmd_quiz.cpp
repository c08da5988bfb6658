// quiz COURSE_ID LESSON_ID [--answers FILE|-]
//
// Works offline on a course kept on this device (downloaded or imported). Without --answers it
// lists the quiz: one line per question ("QUESTION_ID TYPE POINTS PROMPT") and one per choice
// ("  CHOICE_ID TEXT"). With --answers it answers from a JSON object keyed by question id
// ('-' reads standard input):
//
//   {"q1": "a", "q2": ["a", "c"], "q3": true, "q4": "Paris", "q5": 42.5}
//
// choice questions take a choice id or an array of them, true/false questions a boolean,
// short answers a string and numeric questions a number. The attempt is graded by the
// QuizSession (final for a practice quiz, provisional for a graded one; a graded quiz whose
// answer keys the server withheld gets no local score) and recorded with its outbox entry;
// `sync` sends it. Output: "attempt ID", "score POINTS/MAX" and "passed yes|no" when graded
// locally, then "final" or "awaiting grade".
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

#include "cli_args.h"
#include "commands.h"
#include "satchel/client/quiz_session.h"

namespace satchel::cli {
namespace {

constexpr const char* kUsageText = "quiz COURSE_ID LESSON_ID [--answers FILE|-]";

std::optional<QByteArray> readAnswersText(CliContext& ctx, const QString& source) {
    QFile file;
    const bool opened = source == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.err() << "satchel-cli: cannot read " << source << ": " << file.errorString()
                  << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

// The answer to `question` from its JSON value, or an explanation of what was expected.
Result<Answer, QString> toAnswer(const Question& question, const QJsonValue& value) {
    Answer answer;
    answer.questionId = question.id;
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            if (value.isString()) {
                answer.choiceIds.push_back(value.toString().toStdString());
                return answer;
            }
            if (value.isArray()) {
                for (const QJsonValue& choice : value.toArray()) {
                    if (!choice.isString())
                        return fail(QStringLiteral("choice ids are strings"));
                    answer.choiceIds.push_back(choice.toString().toStdString());
                }
                return answer;
            }
            return fail(QStringLiteral("a choice id or an array of choice ids"));
        case QuestionType::TrueFalse:
            if (!value.isBool())
                return fail(QStringLiteral("true or false"));
            answer.boolean = value.toBool();
            return answer;
        case QuestionType::ShortAnswer:
            if (!value.isString())
                return fail(QStringLiteral("a string"));
            answer.text = value.toString().toStdString();
            return answer;
        case QuestionType::Numeric:
            if (!value.isDouble())
                return fail(QStringLiteral("a number"));
            answer.number = value.toDouble();
            return answer;
    }
    return fail(QStringLiteral("a known question type"));
}

void list(CliContext& ctx, const Lesson& lesson) {
    const Quiz& quiz = *lesson.quiz;
    const std::string_view mode = toString(quiz.mode);
    ctx.out() << "quiz " << QString::fromStdString(lesson.title) << ": " << quiz.questions.size()
              << " questions, "
              << QString::fromLatin1(mode.data(), static_cast<qsizetype>(mode.size())) << ", pass "
              << quiz.passPercent << "%";
    if (quiz.timeLimitSeconds)
        ctx.out() << ", " << *quiz.timeLimitSeconds << " s";
    ctx.out() << Qt::endl;
    for (const Question& q : quiz.questions) {
        const std::string_view type = toString(q.type);
        ctx.out() << QString::fromStdString(q.id) << ' '
                  << QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size())) << ' '
                  << q.points << ' ' << QString::fromStdString(q.prompt) << Qt::endl;
        for (const Choice& c : q.choices)
            ctx.out() << "  " << QString::fromStdString(c.id) << ' '
                      << QString::fromStdString(c.text) << Qt::endl;
    }
    ctx.finish(kOk);
}

void answer(CliContext& ctx, const client::OfflineCourse& course, const Lesson& lesson,
            const QString& source) {
    const auto text = readAnswersText(ctx, source);
    if (!text)
        return ctx.finish(kFailed);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*text, &parseError);
    if (!document.isObject()) {
        ctx.err() << "satchel-cli: the answers are not a JSON object: " << parseError.errorString()
                  << Qt::endl;
        return ctx.finish(kUsage);
    }
    HybridClock clock(systemUnixMillis, ctx.store().lastHlc());
    auto session = client::QuizSession::start(
        lesson, {course.manifest.courseId, course.manifest.version, ctx.store().deviceId()}, clock);
    if (!session) {
        ctx.err() << "satchel-cli: " << session.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    const QJsonObject answers = document.object();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const std::string id = it.key().toStdString();
        const auto question =
            std::find_if(lesson.quiz->questions.begin(), lesson.quiz->questions.end(),
                         [&](const Question& q) { return q.id == id; });
        if (question == lesson.quiz->questions.end()) {
            ctx.err() << "satchel-cli: the quiz has no question " << it.key() << Qt::endl;
            return ctx.finish(kUsage);
        }
        auto parsed = toAnswer(*question, it.value());
        if (!parsed) {
            ctx.err() << "satchel-cli: question " << it.key() << " takes " << parsed.error()
                      << Qt::endl;
            return ctx.finish(kUsage);
        }
        if (auto given = session->answer(std::move(*parsed)); !given) {
            ctx.err() << "satchel-cli: " << given.error().message << Qt::endl;
            return ctx.finish(kFailed);
        }
    }
    auto submitted = session->submit();
    if (!submitted) {
        ctx.err() << "satchel-cli: " << submitted.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    if (auto recorded = ctx.store().recordAttempt(submitted->attempt); !recorded) {
        ctx.err() << "satchel-cli: " << recorded.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    ctx.out() << "attempt " << QString::fromStdString(submitted->attempt.id.toString()) << Qt::endl;
    // No provisional score when the answer keys were withheld (only the server grades).
    if (const std::optional<Score>& score = submitted->attempt.provisionalScore) {
        ctx.out() << "score " << score->points << '/' << score->maxPoints << Qt::endl
                  << "passed " << (score->passed ? "yes" : "no") << Qt::endl;
    }
    ctx.out() << (submitted->final() ? "final" : "awaiting grade") << Qt::endl;
    ctx.finish(kOk);
}

}  // namespace

void quiz(CliContext& ctx, const QStringList& arguments) {
    QStringList args = arguments;
    const auto answersFrom = takeOption(args, QStringLiteral("--answers"));
    if (!needArgs(ctx, args, 2, kUsageText))
        return;
    const auto courseId = parseId(ctx, args[0]);
    const auto lessonId = parseId(ctx, args[1]);
    if (!courseId || !lessonId)
        return ctx.finish(kUsage);
    auto course = ctx.store().offlineCourse(*courseId);
    if (!course) {
        ctx.err() << "satchel-cli: " << course.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    if (!course->has_value()) {
        ctx.err() << "satchel-cli: the course is not on this device; `download` or `import` it"
                  << Qt::endl;
        return ctx.finish(kFailed);
    }
    const Lesson* lesson = (*course)->manifest.findLesson(*lessonId);
    if (!lesson || !lesson->quiz) {
        ctx.err() << "satchel-cli: the course has no quiz lesson " << args[1] << Qt::endl;
        return ctx.finish(kFailed);
    }
    if (!answersFrom)
        return list(ctx, *lesson);
    answer(ctx, **course, *lesson, *answersFrom);
}

}  // namespace satchel::cli
