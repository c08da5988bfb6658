#include "bench_data.h"

#include <cstdio>
#include <random>

#include "auth/access_token.h"
#include "satchel/hash.h"
#include "satchel/protocol/codec.h"

namespace satchel::bench {
namespace {

Uuid idFrom(std::uint64_t a, std::uint64_t b) {
    Uuid::Bytes bytes{};
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(a >> (56 - 8 * i));
        bytes[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(b >> (56 - 8 * i));
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x70);
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);
    return Uuid(bytes);
}

void appendUuid(std::string& out, const Uuid& id) {
    char text[36];
    id.writeTo(text);
    out.append(text, 36);
}

}  // namespace

Uuid deviceId(int student, int device) {
    return idFrom(0x0193000000000000ull + static_cast<std::uint64_t>(student),
                  0xde000000ull + static_cast<std::uint64_t>(device));
}

BenchCourse seedCourse(server::PgConnection& db, int lessons) {
    const auto owner = db.exec(
        "INSERT INTO users (username, username_key, display_name, password_hash, role)"
        " VALUES ('bench-teacher', 'bench-teacher', 'Bench teacher', 'x', 'instructor') RETURNING "
        "id");
    const auto row = db.exec(
        "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, 'Benchmark course') RETURNING id",
        {owner.text(0, 0)});
    BenchCourse course;
    course.id = *Uuid::parse(row.text(0, 0));
    CourseManifest m;
    m.courseId = course.id;
    m.version = 1;
    m.title = "Benchmark course";
    m.language = "en";
    m.publishedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    Module module;
    module.id = idFrom(1, 1);
    module.title = "All lessons";
    for (int i = 0; i < lessons; ++i) {
        const std::string sha = sha256Hex("bench video " + std::to_string(i));
        m.assets.push_back(Asset{sha, 1000, "video/mp4", "video/" + std::to_string(i) + ".mp4",
                                 BenchCourse::kVideoMs});
        const Uuid lesson = idFrom(2, static_cast<std::uint64_t>(i));
        course.lessons.push_back(lesson);
        module.lessons.push_back(Lesson{lesson, "Lesson " + std::to_string(i), LessonKind::Video,
                                        sha, std::nullopt,
                                        defaultCompletionRule(LessonKind::Video)});
    }
    m.modules = {module};
    const std::string text = encode(m);
    db.exec(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, published_by)"
        " VALUES ($1::uuid, 1, $2, $3, $4::uuid)",
        {course.id.toString(), text, sha256Hex(text), owner.text(0, 0)});
    db.exec("UPDATE courses SET latest_version = 1 WHERE id = $1::uuid", {course.id.toString()});
    return course;
}

std::vector<BenchStudent> seedStudents(server::PgConnection& db, const BenchCourse& course,
                                       const std::string& prefix, int count,
                                       const std::string& secret) {
    const auto rows = db.exec(
        "INSERT INTO users (username, username_key, display_name, password_hash, role)"
        " SELECT $1 || g, $1 || g, $1 || g, 'x', 'student' FROM generate_series(1, $2) AS g "
        "RETURNING id",
        {prefix, count});
    db.exec(
        "INSERT INTO enrollments (course_id, user_id) SELECT $1::uuid, id FROM users WHERE "
        "username LIKE $2 || '%'",
        {course.id.toString(), prefix});
    server::AccessTokenCodec codec(secret, std::chrono::hours(6));
    std::vector<BenchStudent> students;
    for (int r = 0; r < rows.rows(); ++r)
        students.push_back(
            {rows.text(r, 0), codec.issue(server::AccessClaims{rows.text(r, 0), "student", 0})});
    return students;
}

std::vector<ProgressEvent> makeEvents(const BenchCourse& course, int student, int device, int batch,
                                      int count) {
    std::mt19937_64 rng(static_cast<std::uint64_t>(student) * 1'000'003u +
                        static_cast<std::uint64_t>(device) * 1009u +
                        static_cast<std::uint64_t>(batch));
    const Uuid dev = deviceId(student, device);
    const std::uint64_t wall = systemUnixMillis() - 3'600'000;
    std::vector<ProgressEvent> events(static_cast<std::size_t>(count));
    std::uint64_t total = 0;
    for (int i = 0; i < count; ++i) {
        ProgressEvent& e = events[static_cast<std::size_t>(i)];
        e.id =
            idFrom((wall << 16) | static_cast<std::uint64_t>(batch),
                   (static_cast<std::uint64_t>(student) << 40) |
                       (static_cast<std::uint64_t>(device) << 24) | static_cast<std::uint64_t>(i));
        e.courseId = course.id;
        e.lessonId = course.lessons[rng() % course.lessons.size()];
        e.deviceId = dev;
        e.hlc =
            Hlc{wall + static_cast<std::uint64_t>(batch) * 1000 + static_cast<std::uint64_t>(i), 0};
        const int pick = static_cast<int>(rng() % 20);
        if (pick < 12) {
            e.kind = ProgressKind::Watched;
            e.durationMs = BenchCourse::kVideoMs;
            e.startMs = rng() % (BenchCourse::kVideoMs - 30'000);
            e.endMs = e.startMs + 1000 + rng() % 29'000;
        } else if (pick < 16) {
            e.kind = ProgressKind::Resume;
            e.durationMs = BenchCourse::kVideoMs;
            e.positionMs = rng() % BenchCourse::kVideoMs;
        } else if (pick < 19) {
            e.kind = ProgressKind::TimeSpent;
            total += 1000 + rng() % 10'000;
            e.totalMs = total;
        } else {
            e.kind = ProgressKind::Opened;
        }
    }
    return events;
}

std::string pushBody(const Uuid& device, const std::vector<ProgressEvent>& events) {
    std::string out;
    out.reserve(events.size() * 260 + 100);
    out += "{\"protocol\":1,\"deviceId\":\"";
    appendUuid(out, device);
    out += "\",\"events\":[";
    char number[128];
    for (std::size_t i = 0; i < events.size(); ++i) {
        const ProgressEvent& e = events[i];
        if (i)
            out += ',';
        out += "{\"id\":\"";
        appendUuid(out, e.id);
        out += "\",\"courseId\":\"";
        appendUuid(out, e.courseId);
        out += "\",\"lessonId\":\"";
        appendUuid(out, e.lessonId);
        out += "\",\"deviceId\":\"";
        appendUuid(out, e.deviceId);
        std::snprintf(number, sizeof number, "\",\"hlc\":%llu,\"type\":\"",
                      static_cast<unsigned long long>(e.hlc.packed()));
        out += number;
        out += toString(e.kind);
        out += '"';
        switch (e.kind) {
            case ProgressKind::Watched:
                std::snprintf(number, sizeof number,
                              ",\"startMs\":%llu,\"endMs\":%llu,\"durationMs\":%llu",
                              static_cast<unsigned long long>(e.startMs),
                              static_cast<unsigned long long>(e.endMs),
                              static_cast<unsigned long long>(e.durationMs));
                out += number;
                break;
            case ProgressKind::Resume:
                std::snprintf(number, sizeof number, ",\"positionMs\":%llu,\"durationMs\":%llu",
                              static_cast<unsigned long long>(e.positionMs),
                              static_cast<unsigned long long>(e.durationMs));
                out += number;
                break;
            case ProgressKind::TimeSpent:
                std::snprintf(number, sizeof number, ",\"totalMs\":%llu",
                              static_cast<unsigned long long>(e.totalMs));
                out += number;
                break;
            default:
                break;
        }
        out += '}';
    }
    out += "],\"attempts\":[]}";
    return out;
}

void appendCopyRows(std::string& out, const std::string& userId, std::int64_t firstSeq,
                    const std::vector<ProgressEvent>& events) {
    char number[160];
    for (std::size_t i = 0; i < events.size(); ++i) {
        const ProgressEvent& e = events[i];
        appendUuid(out, e.id);
        out += '\t';
        out += userId;
        std::snprintf(number, sizeof number, "\t%lld\t",
                      static_cast<long long>(firstSeq + static_cast<std::int64_t>(i)));
        out += number;
        appendUuid(out, e.courseId);
        out += '\t';
        appendUuid(out, e.lessonId);
        out += '\t';
        appendUuid(out, e.deviceId);
        const bool watched = e.kind == ProgressKind::Watched,
                   resume = e.kind == ProgressKind::Resume;
        auto field = [&](bool present, std::uint64_t value) {
            if (!present)
                return std::string("\\N");
            return std::to_string(value);
        };
        std::snprintf(number, sizeof number, "\t%llu\t%d\t",
                      static_cast<unsigned long long>(e.hlc.packed()), static_cast<int>(e.kind));
        out += number;
        out += field(watched, e.startMs) + '\t' + field(watched, e.endMs) + '\t' +
               field(watched || resume, e.durationMs) + '\t' + field(resume, e.positionMs) + '\t' +
               field(e.kind == ProgressKind::TimeSpent, e.totalMs) + '\n';
    }
}

}  // namespace satchel::bench
