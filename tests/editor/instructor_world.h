#pragma once
// The world of the instructor-tool suites: the real satchel-syncd with the demo course
// (DemoServer: throwaway PostgreSQL, load-demo), the demo instructor who owns it, and helpers
// to make students who enroll and record real progress through the real push route.

#include <QCoreApplication>
#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>

#include "../client/local_store_fixture.h"
#include "../client/sync_fixture.h"
#include "satchel/client/api_client.h"
#include "satchel/grading.h"

namespace satchel::testing {

inline constexpr const char* kDemoPassword = "demo-password";

// One signed-in user of the demo server with an ApiClient of their own.
struct Account {
    Uuid device = newUuidV7();
    std::unique_ptr<client::ApiClient> api;
    std::string login;  // what they sign in with (username or email)
    AuthResponse auth;

    Account(const QUrl& server, std::string loginName)
        : api(std::make_unique<client::ApiClient>(server, device)), login(std::move(loginName)) {}

    void signIn(const std::string& password = kDemoPassword) {
        auto r = await<AuthResponse>(
            [&](auto* c, auto done) { api->login(login, password, "test device", c, done); });
        BOOST_REQUIRE_MESSAGE(r.ok(), "sign-in of " << login << ": " << describe(r));
        auth = *r;
    }
    void registerStudent(const std::string& displayName) {
        auto r = await<AuthResponse>([&](auto* c, auto done) {
            api->registerAccount({login, "correct horse battery", displayName}, "test device", c,
                                 done);
        });
        BOOST_REQUIRE_MESSAGE(r.ok(), "registration of " << login << ": " << describe(r));
        auth = *r;
    }
    CourseSummary demoCourse() {
        auto catalog = await<CatalogResponse>([&](auto* c, auto done) { api->catalog(c, done); });
        BOOST_REQUIRE_MESSAGE(catalog.ok(), describe(catalog));
        for (const auto& course : catalog->courses)
            if (course.title == "Welcome to Satchel")
                return course;
        BOOST_FAIL("the demo course is not in the catalog");
        return {};
    }
    CourseManifest manifest(const CourseSummary& course) {
        auto m = await<CourseManifest>([&](auto* c, auto done) {
            api->manifest(course.courseId, course.latestVersion, c, done);
        });
        BOOST_REQUIRE_MESSAGE(m.ok(), describe(m));
        return *m;
    }
    void enroll(const Uuid& courseId) {
        auto r = await<void>([&](auto* c, auto done) { api->enroll(courseId, c, done); });
        BOOST_REQUIRE_MESSAGE(r.ok(), describe(r));
    }
    PushResponse push(const PushRequest& request) {
        auto r = await<PushResponse>([&](auto* c, auto done) { api->push(request, c, done); });
        BOOST_REQUIRE_MESSAGE(r.ok(), describe(r));
        for (const auto& ack : r->acks)
            BOOST_REQUIRE_MESSAGE(ack.status == AckStatus::Applied, "an event was not applied");
        return *r;
    }
};

inline const Lesson* firstLesson(const CourseManifest& manifest, LessonKind kind) {
    for (const auto& module : manifest.modules)
        for (const auto& lesson : module.lessons)
            if (lesson.kind == kind)
                return &lesson;
    return nullptr;
}

// The right answer to every question of `quiz` (read from the owner's manifest, which has the
// keys), so the server grades the attempt full marks.
inline std::vector<Answer> correctAnswers(const Quiz& quiz) {
    std::vector<Answer> answers;
    for (const Question& q : quiz.questions) {
        Answer a;
        a.questionId = q.id;
        switch (q.type) {
            case QuestionType::SingleChoice:
            case QuestionType::MultipleChoice:
                a.choiceIds = q.correctChoiceIds;
                break;
            case QuestionType::TrueFalse:
                a.boolean = q.correctBool;
                break;
            case QuestionType::ShortAnswer:
                if (!q.acceptedAnswers.empty())
                    a.text = q.acceptedAnswers.front();
                break;
            case QuestionType::Numeric:
                a.number = q.numeric.value ? q.numeric.value : q.numeric.min;
                break;
        }
        answers.push_back(std::move(a));
    }
    return answers;
}

inline QuizAttempt attemptOf(const CourseManifest& manifest, const Lesson& quiz, const Uuid& device,
                             std::vector<Answer> answers) {
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = manifest.courseId;
    attempt.lessonId = quiz.id;
    attempt.courseVersion = manifest.version;
    attempt.deviceId = device;
    attempt.hlc = Hlc{systemUnixMillis(), 1};
    attempt.startedAtMs = attempt.submittedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    attempt.answers = std::move(answers);
    return attempt;
}

}  // namespace satchel::testing
