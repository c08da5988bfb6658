// A `.satchel` hand-over end to end: the instructor's app exports the demo course from the
// real satchel-syncd (CourseExporter: manifest, assets through the download URLs verified by
// SHA-256, archive written off the UI thread); the server and its database are then stopped,
// and a fresh data folder on "another computer" imports the file (OfflineLibrary) and learns
// from it with no server at all: the video file is there and intact, watching is recorded,
// the practice quiz is graded on the device and the attempt is stored for a later sync.
#define BOOST_TEST_MODULE editor_course_handover
#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QSignalSpy>
#include <fstream>

#include "instructor_world.h"
#include "satchel/client/course_export.h"
#include "satchel/client/offline_library.h"
#include "satchel/client/quiz_session.h"
#include "satchel/hash.h"
#include "satchel/package.h"

using namespace satchel;
using namespace satchel::testing;
using client::CourseExporter;
using client::ExportError;

namespace {

// The server of the cases that do not stop it, started by the first that needs it.
std::unique_ptr<DemoServer> shared;

struct Suite : QtCoreApp {
    ~Suite() { shared.reset(); }
};
BOOST_TEST_GLOBAL_FIXTURE(Suite);

DemoServer& sharedServer() {
    if (!shared)
        shared = std::make_unique<DemoServer>();
    return *shared;
}

struct Export {
    std::optional<QString> path;
    std::optional<ExportError> error;
};

// Runs one export to completion (120 s at most) and says how it ended.
Export runExport(CourseExporter& exporter, const CourseSummary& course, const QString& path) {
    Export out;
    QObject context;
    QObject::connect(&exporter, &CourseExporter::finished, &context,
                     [&](const QString& written, const CourseManifest&) { out.path = written; });
    QObject::connect(&exporter, &CourseExporter::failed, &context,
                     [&](const ExportError& e) { out.error = e; });
    exporter.start(course.courseId, course.latestVersion, path);
    BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return out.path || out.error; }, 120000),
                          "the export never ended");
    return out;
}

QString qpath(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_exported_course_is_learned_from_its_file_with_no_server) {
    TempDir teacherData("satchel-teacher"), studentData("satchel-student");
    const QString archive = qpath(teacherData / "Welcome to Satchel.satchel");
    CourseManifest served;
    {
        DemoServer server;
        Account teacher(server.url(), "demo-instructor");
        teacher.signIn();
        const CourseSummary course = teacher.demoCourse();
        served = teacher.manifest(course);

        CourseExporter exporter(*teacher.api, qpath(teacherData / "content"));
        std::vector<CourseExporter::Stage> stages;
        QObject::connect(&exporter, &CourseExporter::progress,
                         [&](CourseExporter::Stage stage, qint64, qint64) {
                             if (stages.empty() || stages.back() != stage)
                                 stages.push_back(stage);
                         });
        const Export done = runExport(exporter, course, archive);
        BOOST_REQUIRE_MESSAGE(
            done.path,
            "export failed: " << (done.error ? done.error->message : QString()).toStdString());
        BOOST_TEST((stages == std::vector<CourseExporter::Stage>{CourseExporter::Stage::Manifest,
                                                                 CourseExporter::Stage::Downloading,
                                                                 CourseExporter::Stage::Writing}));
    }  // the server and its PostgreSQL stop here: everything below is offline

    auto inFile = readArchiveManifest(archive.toStdString());
    BOOST_REQUIRE_MESSAGE(inFile.ok(), (inFile.ok() ? std::string() : inFile.error().describe()));
    BOOST_TEST((*inFile == served));  // the owner's manifest, answer keys and all

    auto store = client::LocalStore::open(qpath(studentData / "satchel.sqlite"));
    BOOST_REQUIRE(store.ok());
    client::LocalStore& local = **store;
    client::OfflineLibrary library(local, qpath(studentData / "content"));
    auto imported = library.importArchive(archive);
    BOOST_REQUIRE_MESSAGE(imported.ok(),
                          (imported.ok() ? std::string() : imported.error().message.toStdString()));
    BOOST_TEST((*imported == served));
    auto kept = local.offlineCourses();
    BOOST_REQUIRE(kept.ok());
    BOOST_REQUIRE_EQUAL(kept->size(), 1u);
    BOOST_TEST((kept->front().source == client::OfflineSource::Archive));
    for (const Asset& asset : served.assets) {
        auto digest = sha256File(library.assetPath(asset.sha256).toStdString());
        BOOST_REQUIRE_MESSAGE(digest.ok(), asset.path << " is not in the content store");
        BOOST_TEST(digest->sha256 == asset.sha256);
        BOOST_TEST(digest->size == asset.size);
    }

    // The video plays: it is a real MP4 file, and watching it all is recorded and completes.
    const Lesson* video = firstLesson(served, LessonKind::Video);
    BOOST_REQUIRE(video);
    const Asset* clip = served.findAsset(video->assetSha256);
    std::ifstream mp4(library.assetPath(clip->sha256).toStdString(), std::ios::binary);
    char head[8] = {};
    mp4.read(head, sizeof head);
    BOOST_TEST(std::string(head + 4, 4) == "ftyp");
    const Uuid device = local.deviceId();
    HybridClock clock;
    clock.observe(local.lastHlc());
    auto watched = watchedEvent(served.courseId, video->id, device, systemUnixMillis(), 0,
                                *clip->durationMs, *clip->durationMs);
    watched.hlc = clock.now();
    BOOST_REQUIRE(local.recordProgress(std::vector<ProgressEvent>{watched}).ok());
    auto state = local.lessonState(video->id);
    BOOST_REQUIRE(state.ok() && state->has_value());
    BOOST_TEST(percentWatched((*state)->watched, *clip->durationMs) == 100.0);

    // The practice quiz is graded on the device from the file's answer keys.
    const Lesson* quiz = firstLesson(served, LessonKind::Quiz);
    BOOST_REQUIRE(quiz && quiz->quiz);
    auto session =
        client::QuizSession::start(*quiz, {served.courseId, served.version, device}, clock);
    BOOST_REQUIRE(session.ok());
    for (Answer answer : correctAnswers(*quiz->quiz))
        BOOST_REQUIRE(session->answer(std::move(answer)).ok());
    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_TEST(submitted->final());
    // Graded here, from the keys that came with the file.
    const auto& score = submitted->attempt.provisionalScore;
    BOOST_REQUIRE(score.has_value());
    BOOST_TEST(score->passed);
    BOOST_TEST(score->points == score->maxPoints);
    BOOST_REQUIRE(local.recordAttempt(submitted->attempt).ok());
    auto attempts = local.attempts(quiz->id);
    BOOST_REQUIRE(attempts.ok());
    BOOST_TEST(attempts->size() == 1u);
    // Everything waits in the outbox for the day a server is reachable.
    auto pending = local.pendingCount();
    BOOST_REQUIRE(pending.ok());
    BOOST_TEST(*pending >= 2);
}

BOOST_AUTO_TEST_CASE(broken_copies_of_the_file_are_refused_and_nothing_is_kept) {
    TempDir dir("satchel-handover");
    const QString archive = qpath(dir / "course.satchel");
    {
        Account teacher(sharedServer().url(), "demo-instructor");
        teacher.signIn();
        CourseExporter exporter(*teacher.api, qpath(dir / "teacher-content"));
        BOOST_REQUIRE(runExport(exporter, teacher.demoCourse(), archive).path);
    }
    QFile whole(archive);
    BOOST_REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();

    // Cut short (a copy to a USB stick that was pulled out), and one byte changed in the
    // middle of the file (inside an asset's data).
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
    const std::vector<std::pair<std::string, QByteArray>> broken{
        {"truncated", bytes.left(bytes.size() / 2)}, {"flipped", flipped}};
    for (const auto& [name, content] : broken) {
        const QString path = qpath(dir / (name + ".satchel"));
        QFile out(path);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly) && out.write(content) == content.size());
        out.close();
        const std::string folder = "student-" + name;
        auto store = client::LocalStore::open(qpath(dir / (folder + ".sqlite")));
        BOOST_REQUIRE(store.ok());
        client::OfflineLibrary library(**store, qpath(dir / folder));
        auto imported = library.importArchive(path);
        BOOST_TEST(!imported.ok(), name << " was imported");
        if (!imported.ok())
            BOOST_TEST((imported.error().kind == client::LibraryError::Kind::Archive), name);
        auto kept = (*store)->offlineCourses();
        BOOST_REQUIRE(kept.ok());
        BOOST_TEST(kept->empty(), name << " left a course behind");
    }
}

BOOST_AUTO_TEST_CASE(a_cancelled_or_refused_export_leaves_no_file) {
    TempDir dir("satchel-export");
    DemoServer& server = sharedServer();
    Account teacher(server.url(), "demo-instructor");
    teacher.signIn();
    const CourseSummary course = teacher.demoCourse();

    CourseExporter exporter(*teacher.api, qpath(dir / "content"));
    const QString cancelled = qpath(dir / "cancelled.satchel");
    QSignalSpy failed(&exporter, &CourseExporter::failed);
    exporter.start(course.courseId, course.latestVersion, cancelled);
    exporter.cancel();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !exporter.running(); }, 120000));
    BOOST_REQUIRE_EQUAL(failed.count(), 1);
    BOOST_TEST((failed.at(0).at(0).value<ExportError>().kind == ExportError::Kind::Cancelled));
    QTest::qWait(200);  // a late answer of the cancelled run must change nothing
    BOOST_TEST(!QFile::exists(cancelled));
    BOOST_TEST(failed.count() == 1);

    // A student who is not enrolled is refused by the server: nothing is written.
    Account stranger(server.url(), uniqueEmail());
    stranger.registerStudent("Stranger");
    CourseExporter theirs(*stranger.api, qpath(dir / "stranger-content"));
    const QString refusedPath = qpath(dir / "refused.satchel");
    const Export refused = runExport(theirs, course, refusedPath);
    BOOST_REQUIRE(refused.error);
    BOOST_TEST((refused.error->kind == ExportError::Kind::Server));
    BOOST_REQUIRE(refused.error->api);
    BOOST_TEST((refused.error->api->kind == client::ApiError::Kind::NotFound));
    BOOST_TEST(!QFile::exists(refusedPath));

    // The same exporter then exports for real (a run after a cancelled one is clean).
    const QString real = qpath(dir / "real.satchel");
    BOOST_REQUIRE(runExport(exporter, course, real).path);
    BOOST_TEST(readArchiveManifest(real.toStdString()).ok());
}
