#include "course_seed.h"

#include <boost/test/unit_test.hpp>

#include "satchel/hash.h"
#include "satchel/hlc.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/http.h"

namespace satchel::jobs_test {

std::string addAccount(server::PgConnection& conn, const std::string& username,
                       const std::string& displayName, const std::string& email,
                       const std::string& role) {
    const std::string id =
        conn.exec(
                "INSERT INTO users (username, username_key, display_name, password_hash, role)"
                " VALUES ($1, lower($1), $2, 'x', $3) RETURNING id::text",
                {username, displayName, role})
            .text(0, 0);
    if (!email.empty())
        conn.exec("UPDATE users SET email = $2 WHERE id = $1::uuid", {id, email});
    return id;
}

namespace {

Lesson gradedQuizLesson() {
    Quiz quiz;
    quiz.mode = QuizMode::Graded;
    quiz.passPercent = 60.0;
    for (const char* id : {"q1", "q2"}) {
        Question q;
        q.id = id;
        q.type = QuestionType::SingleChoice;
        q.prompt = std::string("Question ") + id;
        q.choices = {Choice{"right", "Right"}, Choice{"wrong", "Wrong"}};
        q.correctChoiceIds = {"right"};
        quiz.questions.push_back(q);
    }
    return Lesson{newUuidV7(), "Final exam", LessonKind::Quiz,
                  "",          quiz,         defaultCompletionRule(LessonKind::Quiz)};
}

}  // namespace

SeededCourse publishCourse(server::PgConnection& conn, const std::string& ownerId,
                           const std::string& title, int readings, bool gradedQuiz) {
    SeededCourse course;
    course.title = title;
    course.id = conn.exec(
                        "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, $2)"
                        " RETURNING id::text",
                        {ownerId, title})
                    .text(0, 0);
    CourseManifest m;
    m.courseId = *Uuid::parse(course.id);
    m.version = 1;
    m.title = title;
    m.language = "en";
    m.publishedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    Module module;
    module.id = newUuidV7();
    module.title = "Part 1";
    for (int i = 0; i < readings; ++i) {
        const std::string sha = sha256Hex(title + " reading " + std::to_string(i));
        m.assets.push_back(Asset{sha, 100, "text/markdown", "readings/" + std::to_string(i) + ".md",
                                 std::nullopt});
        Lesson lesson{newUuidV7(),         "Reading " + std::to_string(i + 1),
                      LessonKind::Reading, sha,
                      std::nullopt,        defaultCompletionRule(LessonKind::Reading)};
        course.lessons.push_back(lesson.id);
        module.lessons.push_back(std::move(lesson));
    }
    if (gradedQuiz) {
        Lesson quiz = gradedQuizLesson();
        course.gradedQuiz = quiz.id;
        module.lessons.push_back(std::move(quiz));
    }
    m.modules = {module};
    const std::string text = encode(m);
    server::Transaction tx(conn);
    conn.exec(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, published_by,"
        " lesson_count) VALUES ($1::uuid, 1, $2, $3, $4::uuid, $5)",
        {course.id, text, sha256Hex(text), ownerId, readings + (gradedQuiz ? 1 : 0)});
    conn.exec("UPDATE courses SET latest_version = 1 WHERE id = $1::uuid", {course.id});
    tx.commit();
    return course;
}

void enroll(server::PgConnection& conn, const std::string& userId, const std::string& courseId) {
    conn.exec("INSERT INTO enrollments (course_id, user_id) VALUES ($1::uuid, $2::uuid)",
              {courseId, userId});
}

long pushLessonsDone(const std::string& serverUrl, const std::string& token,
                     const SeededCourse& course, const std::vector<Uuid>& lessons,
                     const Uuid& device, std::string* body) {
    HybridClock clock;
    PushRequest request;
    request.deviceId = device;
    for (const auto& lesson : lessons)
        for (const auto kind : {ProgressKind::Opened, ProgressKind::Completed}) {
            ProgressEvent e;
            e.id = newUuidV7();
            e.courseId = *Uuid::parse(course.id);
            e.lessonId = lesson;
            e.deviceId = device;
            e.hlc = clock.now();
            e.kind = kind;
            request.events.push_back(e);
        }
    const auto reply = testing::http(
        "POST", serverUrl + "/api/v1/sync/push", encode(request),
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}}, 60000);
    if (body)
        *body = reply.body;
    return reply.status;
}

Uuid pushQuizAttempt(const std::string& serverUrl, const std::string& token,
                     const SeededCourse& course, bool pass, const Uuid& device) {
    HybridClock clock;
    QuizAttempt a;
    a.id = newUuidV7();
    a.courseId = *Uuid::parse(course.id);
    a.lessonId = course.gradedQuiz.value();
    a.courseVersion = 1;
    a.deviceId = device;
    a.hlc = clock.now();
    a.startedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    a.submittedAtMs = a.startedAtMs + 1000;
    for (const char* id : {"q1", "q2"}) {
        Answer answer;
        answer.questionId = id;
        answer.choiceIds = {pass ? "right" : "wrong"};
        a.answers.push_back(answer);
    }
    PushRequest request;
    request.deviceId = device;
    request.attempts.push_back(a);
    const auto reply = testing::http(
        "POST", serverUrl + "/api/v1/sync/push", encode(request),
        {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}}, 60000);
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    return a.id;
}

}  // namespace satchel::jobs_test
