#include "random_model.h"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <iostream>

#include "satchel/grading.h"

namespace satchel::testing {

std::uint64_t testSeed() {
    static const std::uint64_t seed = [] {
        std::uint64_t value;
        if (const char* fixed = std::getenv("SATCHEL_TEST_SEED")) {
            value = std::strtoull(fixed, nullptr, 10);
        } else {
            std::random_device device;
            value = (std::uint64_t{device()} << 32) | device();
        }
        std::cerr << "random seed: " << value << " (replay with SATCHEL_TEST_SEED=" << value
                  << ")\n";
        return value;
    }();
    BOOST_TEST_MESSAGE("random seed: " << seed);
    return seed;
}

std::uint64_t RandomModel::between(std::uint64_t low, std::uint64_t high) {
    return std::uniform_int_distribution<std::uint64_t>(low, high)(engine_);
}

bool RandomModel::chance(double probability) {
    return std::bernoulli_distribution(probability)(engine_);
}

Uuid RandomModel::uuidV7() {
    clock_ += between(0, 3);
    UuidV7Generator generator([this] { return clock_; },
                              [this](std::uint8_t* out, std::size_t n) {
                                  for (std::size_t i = 0; i < n; ++i) {
                                      out[i] = static_cast<std::uint8_t>(engine_());
                                  }
                              });
    return generator.next();
}

Uuid RandomModel::uuidV4() {
    Uuid::Bytes bytes;
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(engine_());
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);
    return Uuid(bytes);
}

std::string RandomModel::text(std::size_t maxLength, bool multiline) {
    static const std::vector<std::string> pieces = {"a", "Z",  "7",  " ", "é", "ß", "日本",
                                                    "😀", "\"", "\\", "/", "<", "'", "x"};
    std::string out;
    std::size_t length = between(1, std::max<std::size_t>(1, maxLength / 4));
    for (std::size_t i = 0; i < length; ++i) {
        const auto& piece = pieces[between(0, pieces.size() - 1)];
        if (out.size() + piece.size() > maxLength)
            break;
        out += piece;
        if (multiline && chance(0.05))
            out += '\n';
    }
    if (out.empty())
        out = "t";
    if (out.size() > maxLength)
        out.resize(maxLength);
    return out;
}

std::string RandomModel::sha256() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(64, '0');
    for (auto& c : out)
        c = kHex[between(0, 15)];
    return out;
}

std::string RandomModel::localKey() {
    static constexpr char kChars[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
    std::string out;
    std::size_t length = between(1, 12);
    for (std::size_t i = 0; i < length; ++i)
        out += kChars[between(0, sizeof kChars - 2)];
    return out;
}

RandomModel::World RandomModel::world(std::size_t devices, std::size_t lessons) {
    World w;
    w.courseId = uuidV7();
    for (std::size_t i = 0; i < lessons; ++i) {
        w.lessons.push_back(uuidV7());
        w.durations.push_back(between(1000, 600'000));
    }
    for (std::size_t i = 0; i < devices; ++i)
        w.devices.push_back(uuidV4());
    return w;
}

ProgressEvent RandomModel::event(const World& w) {
    return event(w, w.devices[between(0, w.devices.size() - 1)]);
}

ProgressEvent RandomModel::event(const World& w, const Uuid& device) {
    ProgressEvent e;
    e.id = uuidV7();
    e.courseId = w.courseId;
    std::size_t lesson = between(0, w.lessons.size() - 1);
    e.lessonId = w.lessons[lesson];
    e.deviceId = device;
    // Few distinct clock values, so that equal HLCs across devices (ties) really happen.
    e.hlc = Hlc{1'700'000'000'000 + between(0, 20), static_cast<std::uint16_t>(between(0, 2))};
    e.kind = static_cast<ProgressKind>(between(0, 4));
    std::uint64_t duration = w.durations[lesson];
    switch (e.kind) {
        case ProgressKind::Watched:
            e.durationMs = duration;
            e.startMs = between(0, duration - 1);
            e.endMs = between(e.startMs + 1, std::min(duration, e.startMs + duration / 3 + 1));
            break;
        case ProgressKind::Resume:
            e.positionMs = between(0, duration);
            if (chance(0.5))
                e.durationMs = duration;
            break;
        case ProgressKind::TimeSpent:
            e.totalMs = between(0, 3'600'000);
            break;
        case ProgressKind::Opened:
        case ProgressKind::Completed:
            break;
    }
    return e;
}

Question RandomModel::question(QuestionType type) {
    Question q;
    q.id = localKey();
    q.type = type;
    q.prompt = text(80, true);
    q.points = static_cast<std::uint32_t>(between(0, 10));
    switch (type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            std::size_t count = between(2, 6);
            for (std::size_t i = 0; i < count; ++i) {
                q.choices.push_back(Choice{"c" + std::to_string(i), text(40)});
            }
            if (type == QuestionType::SingleChoice) {
                q.correctChoiceIds.push_back(q.choices[between(0, count - 1)].id);
            } else {
                for (const auto& c : q.choices) {
                    if (chance(0.5))
                        q.correctChoiceIds.push_back(c.id);
                }
                if (q.correctChoiceIds.empty())
                    q.correctChoiceIds.push_back(q.choices[0].id);
            }
            break;
        }
        case QuestionType::TrueFalse:
            q.correctBool = chance(0.5);
            break;
        case QuestionType::ShortAnswer:
            for (std::size_t i = 0, n = between(1, 3); i < n; ++i)
                q.acceptedAnswers.push_back(text(30));
            q.shortAnswer.caseSensitive = chance(0.5);
            q.shortAnswer.collapseWhitespace = chance(0.5);
            break;
        case QuestionType::Numeric:
            if (chance(0.5)) {
                q.numeric.value = static_cast<double>(between(0, 100000)) / 8.0 - 5000.0;
                q.numeric.tolerance = static_cast<double>(between(0, 100)) / 4.0;
            } else {
                double low = static_cast<double>(between(0, 1000)) / 2.0 - 250.0;
                q.numeric.min = low;
                q.numeric.max = low + static_cast<double>(between(0, 1000)) / 4.0;
            }
            break;
    }
    return q;
}

Quiz RandomModel::quiz() {
    Quiz quiz;
    std::size_t count = between(1, 6);
    for (std::size_t i = 0; i < count; ++i) {
        Question q = question(static_cast<QuestionType>(between(0, 4)));
        q.id = "q" + std::to_string(i);
        quiz.questions.push_back(std::move(q));
    }
    quiz.passPercent = static_cast<double>(between(0, 100));
    quiz.mode = chance(0.5) ? QuizMode::Graded : QuizMode::Practice;
    if (chance(0.5))
        quiz.timeLimitSeconds = static_cast<std::uint32_t>(between(60, 3600));
    return quiz;
}

QuizAttempt RandomModel::attempt(const World& w, const Uuid& device) {
    QuizAttempt a;
    a.id = uuidV7();
    a.courseId = w.courseId;
    a.lessonId = w.lessons[between(0, w.lessons.size() - 1)];
    a.courseVersion = static_cast<std::uint32_t>(between(1, 5));
    a.deviceId = device;
    a.hlc = Hlc{1'700'000'000'000 + between(0, 1000), 0};
    a.startedAtMs = static_cast<std::int64_t>(1'700'000'000'000 + between(0, 1000));
    a.submittedAtMs = a.startedAtMs + static_cast<std::int64_t>(between(0, 600'000));
    for (std::size_t i = 0, n = between(0, 5); i < n; ++i) {
        Answer answer;
        answer.questionId = "q" + std::to_string(i);
        switch (between(0, 3)) {
            case 0:
                answer.choiceIds = {"c0", "c" + std::to_string(between(1, 4))};
                break;
            case 1:
                answer.boolean = chance(0.5);
                break;
            case 2:
                answer.text = text(30);
                break;
            default:
                answer.number = static_cast<double>(between(0, 10000)) / 16.0;
        }
        answer.timeSpentMs = between(0, 100'000);
        a.answers.push_back(std::move(answer));
    }
    if (chance(0.7)) {
        double max = static_cast<double>(between(1, 20));
        a.provisionalScore =
            Score{max * static_cast<double>(between(0, 4)) / 4.0, max, chance(0.5)};
    }
    return a;
}

AttemptGrade RandomModel::grade(const QuizAttempt& attempt) {
    double max = static_cast<double>(between(1, 20));
    return AttemptGrade{attempt.id, attempt.courseId, attempt.lessonId,
                        Score{max * static_cast<double>(between(0, 8)) / 8.0, max, chance(0.5)},
                        static_cast<std::int64_t>(1'700'000'000'000 + between(0, 10))};
}

Notification RandomModel::notification() {
    Notification n;
    n.id = uuidV7();
    n.userId = uuidV7();
    n.kind = static_cast<NotificationKind>(between(0, 3));
    n.title = text(60);
    n.body = text(300, true);
    n.createdAtMs = static_cast<std::int64_t>(1'700'000'000'000 + between(0, 1'000'000));
    if (n.kind == NotificationKind::CoursePublished) {
        n.courseId = uuidV7();
        n.courseVersion = static_cast<std::uint32_t>(between(1, 50));
    } else if (n.kind == NotificationKind::AttemptGraded) {
        n.attemptId = uuidV7();
        if (chance(0.5))
            n.courseId = uuidV7();
    }
    if (chance(0.3))
        n.readAtMs = n.createdAtMs + 5;
    return n;
}

User RandomModel::user() {
    User u;
    u.id = uuidV7();
    u.email = "user" + std::to_string(between(0, 1'000'000)) + "@example.org";
    u.displayName = text(40);
    if (chance(0.9))
        u.roles.push_back(Role::Student);
    if (chance(0.3))
        u.roles.push_back(Role::Instructor);
    if (chance(0.1))
        u.roles.push_back(Role::Admin);
    return u;
}

CourseManifest RandomModel::manifest() {
    CourseManifest m;
    m.courseId = uuidV7();
    m.version = static_cast<std::uint32_t>(between(1, 20));
    m.title = text(60);
    m.description = text(500, true);
    m.language = chance(0.5) ? "en" : "de-CH";
    m.publishedAtMs = static_cast<std::int64_t>(1'700'000'000'000 + between(0, 1'000'000));
    for (std::size_t mi = 0, mn = between(1, 3); mi < mn; ++mi) {
        Module module;
        module.id = uuidV7();
        module.title = text(40);
        for (std::size_t li = 0, ln = between(1, 4); li < ln; ++li) {
            Lesson lesson;
            lesson.id = uuidV7();
            lesson.title = text(40);
            lesson.kind = static_cast<LessonKind>(between(0, 2));
            lesson.completion = defaultCompletionRule(lesson.kind);
            if (lesson.kind == LessonKind::Quiz) {
                lesson.quiz = quiz();
                if (chance(0.3))
                    lesson.completion.kind = CompletionKind::QuizSubmitted;
            } else {
                Asset asset;
                asset.sha256 = sha256();
                asset.size = between(0, 1ull << 32);
                asset.mediaType = lesson.kind == LessonKind::Video ? "video/mp4" : "text/markdown";
                asset.path = "files/m" + std::to_string(mi) + "/l" + std::to_string(li) +
                             (lesson.kind == LessonKind::Video ? ".mp4" : ".md");
                if (lesson.kind == LessonKind::Video) {
                    asset.durationMs = between(1000, 3'600'000);
                    lesson.completion.minWatchedPercent =
                        static_cast<std::uint32_t>(between(1, 100));
                } else if (chance(0.5)) {
                    lesson.completion.minTimeSpentMs = between(0, 600'000);
                }
                lesson.assetSha256 = asset.sha256;
                m.assets.push_back(asset);
            }
            module.lessons.push_back(std::move(lesson));
        }
        m.modules.push_back(std::move(module));
    }
    return m;
}

CourseVersion RandomModel::courseVersion() {
    return CourseVersion{uuidV7(), static_cast<std::uint32_t>(between(1, 100)),
                         static_cast<std::int64_t>(1'700'000'000'000 + between(0, 1000)), sha256()};
}

}  // namespace satchel::testing
