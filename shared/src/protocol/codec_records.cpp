// Wire form of the records that travel inside sync messages: progress events, quiz
// attempts, grades, notifications and users.
#include <unordered_set>

#include "protocol/codec_internal.h"

namespace satchel::wire_detail {
namespace {

json writeScore(const Score& score) {
    return json{{"points", score.points}, {"maxPoints", score.maxPoints}, {"passed", score.passed}};
}

Score readScore(Reader& r, const json& object) {
    Score score;
    score.maxPoints = r.number(object, "maxPoints", 0, 1e9);
    score.points = r.number(object, "points", 0, 1e9);
    score.passed = r.boolean(object, "passed");
    if (r.ok() && score.points > score.maxPoints) {
        r.fail(DecodeErrorCode::Inconsistent, "points exceed maxPoints", "points");
    }
    return score;
}

void readAnswer(Reader& r, const json& object, Answer& answer) {
    answer.questionId = r.localKey(object, "questionId");
    r.array(object, "choiceIds", wire::kMaxChoices, false, [&](const json& item) {
        if (!item.is_string() || !isLocalKey(item.get_ref<const std::string&>())) {
            r.fail(DecodeErrorCode::InvalidId, "expected a choice id");
            return;
        }
        answer.choiceIds.push_back(item.get<std::string>());
    });
    answer.boolean = r.optionalBoolean(object, "boolean");
    answer.text =
        r.optionalText(object, "text", TextRule{wire::kMaxShortText * 5, 0, TextKind::Multiline});
    answer.number = r.optionalNumber(object, "number", -1e15, 1e15);
    answer.timeSpentMs = r.unsignedInt(object, "timeSpentMs", 0, kMaxTimeSpentMs, false);
}

json writeAnswer(const Answer& answer) {
    json out{{"questionId", answer.questionId}, {"timeSpentMs", answer.timeSpentMs}};
    if (!answer.choiceIds.empty())
        out["choiceIds"] = answer.choiceIds;
    if (answer.boolean)
        out["boolean"] = *answer.boolean;
    if (answer.text)
        out["text"] = *answer.text;
    if (answer.number)
        out["number"] = *answer.number;
    return out;
}

}  // namespace

void read(Reader& r, const json& o, ProgressEvent& e) {
    e.id = r.uuid(o, "id", true);
    e.courseId = r.uuid(o, "courseId");
    e.lessonId = r.uuid(o, "lessonId");
    e.deviceId = r.uuid(o, "deviceId");
    e.hlc = Hlc::fromPacked(r.unsignedInt(o, "hlc", 1, ~std::uint64_t{0}));
    e.kind = r.enumeration(o, "type", parseProgressKind, ProgressKind::Opened);
    if (!r.ok())
        return;
    switch (e.kind) {
        case ProgressKind::Watched:
            e.durationMs = r.unsignedInt(o, "durationMs", 1, kMaxMediaDurationMs);
            e.startMs = r.unsignedInt(o, "startMs", 0, kMaxMediaDurationMs);
            e.endMs = r.unsignedInt(o, "endMs", 0, kMaxMediaDurationMs);
            if (r.ok() && e.startMs >= e.endMs) {
                r.fail(DecodeErrorCode::Inconsistent, "endMs must be after startMs", "endMs");
            } else if (r.ok() && e.endMs > e.durationMs) {
                r.fail(DecodeErrorCode::Inconsistent, "interval ends after the video", "endMs");
            }
            break;
        case ProgressKind::Resume:
            e.durationMs = r.unsignedInt(o, "durationMs", 0, kMaxMediaDurationMs, false);
            e.positionMs = r.unsignedInt(o, "positionMs", 0, kMaxMediaDurationMs);
            if (r.ok() && e.durationMs > 0 && e.positionMs > e.durationMs) {
                r.fail(DecodeErrorCode::Inconsistent, "position after the end of the video",
                       "positionMs");
            }
            break;
        case ProgressKind::TimeSpent:
            e.totalMs = r.unsignedInt(o, "totalMs", 0, kMaxTimeSpentMs);
            break;
        case ProgressKind::Opened:
        case ProgressKind::Completed:
            break;
    }
}

json write(const ProgressEvent& e) {
    json out{{"id", e.id.toString()},
             {"courseId", e.courseId.toString()},
             {"lessonId", e.lessonId.toString()},
             {"deviceId", e.deviceId.toString()},
             {"hlc", e.hlc.packed()},
             {"type", toString(e.kind)}};
    switch (e.kind) {
        case ProgressKind::Watched:
            out["startMs"] = e.startMs;
            out["endMs"] = e.endMs;
            out["durationMs"] = e.durationMs;
            break;
        case ProgressKind::Resume:
            out["positionMs"] = e.positionMs;
            if (e.durationMs > 0)
                out["durationMs"] = e.durationMs;
            break;
        case ProgressKind::TimeSpent:
            out["totalMs"] = e.totalMs;
            break;
        case ProgressKind::Opened:
        case ProgressKind::Completed:
            break;
    }
    return out;
}

void read(Reader& r, const json& o, QuizAttempt& a) {
    a.id = r.uuid(o, "id", true);
    a.courseId = r.uuid(o, "courseId");
    a.lessonId = r.uuid(o, "lessonId");
    a.courseVersion = static_cast<std::uint32_t>(r.unsignedInt(o, "courseVersion", 1, UINT32_MAX));
    a.deviceId = r.uuid(o, "deviceId");
    a.hlc = Hlc::fromPacked(r.unsignedInt(o, "hlc", 1, ~std::uint64_t{0}));
    a.startedAtMs = r.signedInt(o, "startedAtMs", 0, kMaxTimestampMs);
    a.submittedAtMs = r.signedInt(o, "submittedAtMs", 0, kMaxTimestampMs);
    if (r.ok() && a.submittedAtMs < a.startedAtMs) {
        r.fail(DecodeErrorCode::Inconsistent, "submitted before it started", "submittedAtMs");
    }
    std::unordered_set<std::string> seen;
    r.objects(o, "answers", wire::kMaxQuestions, true, [&](const json& item) {
        Answer answer;
        readAnswer(r, item, answer);
        if (r.ok() && !seen.insert(answer.questionId).second) {
            r.fail(DecodeErrorCode::Duplicate, "question answered twice", "questionId");
        }
        a.answers.push_back(std::move(answer));
    });
    r.nested(o, "provisionalScore", false,
             [&](const json& s) { a.provisionalScore = readScore(r, s); });
}

json write(const QuizAttempt& a) {
    json answers = json::array();
    for (const auto& answer : a.answers)
        answers.push_back(writeAnswer(answer));
    json out{{"id", a.id.toString()},
             {"courseId", a.courseId.toString()},
             {"lessonId", a.lessonId.toString()},
             {"courseVersion", a.courseVersion},
             {"deviceId", a.deviceId.toString()},
             {"hlc", a.hlc.packed()},
             {"startedAtMs", a.startedAtMs},
             {"submittedAtMs", a.submittedAtMs},
             {"answers", std::move(answers)}};
    if (a.provisionalScore)
        out["provisionalScore"] = writeScore(*a.provisionalScore);
    return out;
}

void read(Reader& r, const json& o, AttemptGrade& g) {
    g.attemptId = r.uuid(o, "attemptId", true);
    g.courseId = r.uuid(o, "courseId");
    g.lessonId = r.uuid(o, "lessonId");
    r.nested(o, "score", true, [&](const json& s) { g.score = readScore(r, s); });
    g.gradedAtMs = r.signedInt(o, "gradedAtMs", 0, kMaxTimestampMs);
}

json write(const AttemptGrade& g) {
    return json{{"attemptId", g.attemptId.toString()},
                {"courseId", g.courseId.toString()},
                {"lessonId", g.lessonId.toString()},
                {"score", writeScore(g.score)},
                {"gradedAtMs", g.gradedAtMs}};
}

void read(Reader& r, const json& o, Notification& n) {
    n.id = r.uuid(o, "id");
    n.userId = r.uuid(o, "userId");
    n.kind = r.enumeration(o, "kind", parseNotificationKind, NotificationKind::Announcement);
    n.title = r.text(o, "title", kTitle);
    n.body = r.text(o, "body", kProse, false);
    n.courseId = r.optionalUuid(o, "courseId");
    if (auto version = r.optionalUnsigned(o, "courseVersion", 1, UINT32_MAX)) {
        n.courseVersion = static_cast<std::uint32_t>(*version);
    }
    n.attemptId = r.optionalUuid(o, "attemptId");
    n.createdAtMs = r.signedInt(o, "createdAtMs", 0, kMaxTimestampMs);
    n.readAtMs = r.optionalSigned(o, "readAtMs", 0, kMaxTimestampMs);
    if (!r.ok())
        return;
    if (n.kind == NotificationKind::CoursePublished && (!n.courseId || !n.courseVersion)) {
        r.fail(DecodeErrorCode::MissingField, "coursePublished needs courseId and courseVersion",
               n.courseId ? "courseVersion" : "courseId");
    } else if (n.kind == NotificationKind::AttemptGraded && !n.attemptId) {
        r.fail(DecodeErrorCode::MissingField, "attemptGraded needs attemptId", "attemptId");
    }
}

json write(const Notification& n) {
    json out{{"id", n.id.toString()},    {"userId", n.userId.toString()},
             {"kind", toString(n.kind)}, {"title", n.title},
             {"body", n.body},           {"createdAtMs", n.createdAtMs}};
    if (n.courseId)
        out["courseId"] = n.courseId->toString();
    if (n.courseVersion)
        out["courseVersion"] = *n.courseVersion;
    if (n.attemptId)
        out["attemptId"] = n.attemptId->toString();
    if (n.readAtMs)
        out["readAtMs"] = *n.readAtMs;
    return out;
}

void read(Reader& r, const json& o, User& u) {
    u.id = r.uuid(o, "id");
    u.email = r.text(o, "email", kTitle);
    u.displayName = r.text(o, "displayName", kName);
    r.array(o, "roles", 3, true, [&](const json& item) {
        auto role = item.is_string() ? parseRole(item.get_ref<const std::string&>()) : std::nullopt;
        if (!role) {
            r.fail(DecodeErrorCode::InvalidValue, "expected student, instructor or admin");
        } else if (u.hasRole(*role)) {
            r.fail(DecodeErrorCode::Duplicate, "role listed twice");
        } else {
            u.roles.push_back(*role);
        }
    });
}

json write(const User& u) {
    json roles = json::array();
    for (Role role : u.roles)
        roles.push_back(toString(role));
    return json{{"id", u.id.toString()},
                {"email", u.email},
                {"displayName", u.displayName},
                {"roles", std::move(roles)}};
}

}  // namespace satchel::wire_detail
