#include "satchel/client/quiz_session.h"

#include <algorithm>

namespace satchel::client {
namespace {

std::chrono::milliseconds steadyNow() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

}  // namespace

Result<QuizSession, QuizError> QuizSession::start(const Lesson& lesson, Context context,
                                                  HybridClock& clock, MonotonicClock monotonic,
                                                  WallClock wall) {
    if (lesson.kind != LessonKind::Quiz || !lesson.quiz) {
        return fail(QuizError{QuizError::Kind::NotAQuiz,
                              QStringLiteral("lesson %1 has no quiz")
                                  .arg(QString::fromStdString(lesson.id.toString()))});
    }
    return QuizSession(
        lesson, context, clock, monotonic ? std::move(monotonic) : steadyNow,
        wall ? std::move(wall) : [] { return static_cast<std::int64_t>(systemUnixMillis()); });
}

QuizSession::QuizSession(const Lesson& lesson, Context context, HybridClock& clock,
                         MonotonicClock monotonic, WallClock wall)
    : lessonId_(lesson.id),
      quiz_(*lesson.quiz),
      context_(context),
      clock_(&clock),
      monotonic_(std::move(monotonic)),
      wall_(std::move(wall)) {
    startedMono_ = monotonic_();
    lastAnswerMono_ = startedMono_;
    startedAtMs_ = wall_();
}

std::chrono::milliseconds QuizSession::elapsed() const {
    return monotonic_() - startedMono_;
}

std::optional<std::chrono::milliseconds> QuizSession::remaining() const {
    if (!quiz_.timeLimitSeconds)
        return std::nullopt;
    const std::chrono::milliseconds limit = std::chrono::seconds(*quiz_.timeLimitSeconds);
    return std::max(std::chrono::milliseconds(0), limit - elapsed());
}

bool QuizSession::timeUp() const {
    auto left = remaining();
    return left && left->count() == 0;
}

Result<void, QuizError> QuizSession::answer(Answer answer) {
    if (submitted_) {
        return fail(
            QuizError{QuizError::Kind::AlreadySubmitted, QStringLiteral("already submitted")});
    }
    if (timeUp()) {
        return fail(
            QuizError{QuizError::Kind::TimeUp, QStringLiteral("the time limit has passed")});
    }
    const bool known = std::any_of(quiz_.questions.begin(), quiz_.questions.end(),
                                   [&](const Question& q) { return q.id == answer.questionId; });
    if (!known) {
        return fail(QuizError{
            QuizError::Kind::UnknownQuestion,
            QStringLiteral("no question %1").arg(QString::fromStdString(answer.questionId))});
    }
    const std::chrono::milliseconds now = monotonic_();
    const auto spent =
        static_cast<std::uint64_t>(std::max<std::int64_t>(0, (now - lastAnswerMono_).count()));
    lastAnswerMono_ = now;
    auto previous = answers_.find(answer.questionId);
    answer.timeSpentMs = spent + (previous != answers_.end() ? previous->second.timeSpentMs : 0);
    answers_[answer.questionId] = std::move(answer);
    return {};
}

Result<SubmittedQuiz, QuizError> QuizSession::submit() {
    if (submitted_) {
        return fail(
            QuizError{QuizError::Kind::AlreadySubmitted, QStringLiteral("already submitted")});
    }
    submitted_ = true;
    SubmittedQuiz out;
    out.mode = quiz_.mode;
    QuizAttempt& a = out.attempt;
    a.id = newUuidV7();
    a.courseId = context_.courseId;
    a.lessonId = lessonId_;
    a.courseVersion = context_.courseVersion;
    a.deviceId = context_.deviceId;
    a.hlc = clock_->now();
    a.startedAtMs = startedAtMs_;
    a.submittedAtMs = std::max(startedAtMs_, wall_());
    // Answers in the quiz's question order, so the attempt encodes the same on every device.
    for (const Question& q : quiz_.questions) {
        auto it = answers_.find(q.id);
        if (it != answers_.end())
            a.answers.push_back(it->second);
    }
    // Without its keys the grader would score every answer zero: a wrong score is worse than
    // none, so a withheld quiz gets no local score at all.
    if (!quiz_.answerKeysWithheld) {
        out.report = gradeAttempt(quiz_, a.answers);
        a.provisionalScore = out.report->score;
    }
    return out;
}

}  // namespace satchel::client
