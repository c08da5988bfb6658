// The Publish dialog's Cancel against the real satchel-syncd and PostgreSQL: a draft with a
// 70 MiB video (a multipart upload of three parts) is published through the dialog and
// canceled once the first part is stored. The server then holds the course but no version,
// the document keeps the stored part, and the dialog can be closed again. A second "Publish"
// resumes: only the two missing parts are sent, and version 1 is created.
#define BOOST_TEST_MODULE editor_publish_cancel
#include <boost/test/unit_test.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <fstream>
#include <functional>
#include <optional>

#include "../server/api_client.h"
#include "../ui/qt_gui_fixture.h"
#include "satchel/client/api_client.h"
#include "satchel/hash.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/publish_dialog.h"

namespace st = satchel::testing;
using namespace satchel;
using namespace satchel::ui::editor;

namespace {

using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

constexpr int kWaitMs = 120000;

// Runs the event loop, as the app does, until `done` holds (checked every 20 ms) or `ms` pass.
// Not QTest::qWaitFor: it sleeps 10 ms between passes of the event loop, and Qt reads a PUT's
// body on this thread 16 KiB at a time, so a 32 MiB part would crawl (about 20 s) meanwhile.
bool runUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > ms)
            loop.quit();
    });
    check.start(20);
    if (!done())
        loop.exec();
    return done();
}

std::string field(const nlohmann::json& login, const char* snake, const char* camel) {
    return login.contains(snake) ? login[snake].get<std::string>()
                                 : login[camel].get<std::string>();
}

// `mib` MiB whose blocks all differ, described as an imported video.
client::DraftFile writeVideo(const std::filesystem::path& path, int mib) {
    {
        std::ofstream out(path, std::ios::binary);
        std::string block(1 << 20, '\0');
        for (int b = 0; b < mib; ++b) {
            for (std::size_t i = 0; i < block.size(); ++i)
                block[i] = static_cast<char>((i * 13 + static_cast<std::size_t>(b) * 5) & 0xff);
            out.write(block.data(), static_cast<std::streamsize>(block.size()));
        }
    }
    auto digest = sha256File(path);
    BOOST_REQUIRE(digest);
    return client::DraftFile{path.string(), digest->sha256, digest->size, "video/mp4", 60000};
}

std::string versionsOf(const st::ServerUnderTest& server, const Uuid& courseId) {
    std::string out = server.pg.psql(
        "SELECT count(*) FROM course_versions WHERE course_id = '" + courseId.toString() + "'",
        "satchel");
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cancel_stops_the_uploads_publishes_nothing_and_the_next_publish_resumes) {
    st::ServerUnderTest server;
    const auto teacher = server.createWithRole("teacher", "instructor");
    client::ApiClient api(QUrl(QString::fromStdString(server.url())), newUuidV7());
    api.session()->set(field(teacher, "access_token", "accessToken"),
                       field(teacher, "refresh_token", "refreshToken"));
    st::TempDir files("editor-cancel");

    CourseDocument doc(client::newCourseDraft("Long lectures"));
    const Uuid module = doc.addModule(QStringLiteral("Week 1"));
    const Uuid lessonId = doc.addLesson(module, LessonKind::Video, QStringLiteral("Lecture"));
    client::DraftLesson lesson = *doc.draft().findLesson(lessonId);
    lesson.video = writeVideo(files.path() / "lecture.mp4", 70);  // 3 parts of 32 MiB
    doc.updateLesson(lesson, QStringLiteral("Import video"));
    const std::string sha256 = lesson.video->sha256;

    PublishDialog dialog(api, doc);
    dialog.show();
    BOOST_REQUIRE(dialog.publishButton()->isEnabled());
    BOOST_TEST(!dialog.cancelButton()->isEnabled());  // nothing to cancel yet

    // Publish, and press Cancel as soon as the first part is stored (from the signal that
    // reports it, so the second part's PUT is the one in flight, whatever the machine's speed).
    QSignalSpy failed(&dialog, &PublishDialog::publishFailed);
    QSignalSpy published(&dialog, &PublishDialog::published);
    QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
    BOOST_REQUIRE(dialog.job());
    BOOST_TEST(dialog.cancelButton()->isEnabled());
    BOOST_TEST(!dialog.closeButton()->isEnabled());  // no publish left running unseen
    std::optional<client::PublishJob::Stage> stageAtCancel;
    QString jobError;  // for the log, should the publish fail on its own
    client::PublishJob* firstJob = dialog.job();
    QObject::connect(firstJob, &client::PublishJob::finished, &dialog, [&] {
        if (firstJob->error())  // deleted later, not yet
            jobError = firstJob->error()->message;
    });
    QObject::connect(dialog.job(), &client::PublishJob::partStored, &dialog, [&] {
        if (stageAtCancel)
            return;
        stageAtCancel = dialog.job()->stage();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    });
    BOOST_REQUIRE(runUntil([&] { return !failed.isEmpty(); }, kWaitMs));
    BOOST_REQUIRE_MESSAGE(
        stageAtCancel.has_value(),
        "ended before a part was stored: " + dialog.statusLabel()->text().toStdString() + " / " +
            jobError.toStdString());
    BOOST_TEST((*stageAtCancel == client::PublishJob::Stage::Uploading));
    BOOST_TEST(published.isEmpty());
    BOOST_TEST(failed.at(0).at(0).toString() == QStringLiteral("Publishing was canceled."));
    BOOST_TEST(dialog.job() == nullptr);
    BOOST_TEST(!dialog.cancelButton()->isEnabled());
    BOOST_TEST(dialog.closeButton()->isEnabled());
    BOOST_TEST(dialog.publishButton()->isEnabled());

    // The course exists (its id is kept, so no second course later) but has no version; the
    // one stored part is recorded for the next attempt, and no later part was.
    BOOST_REQUIRE(doc.draft().courseId.has_value());
    const Uuid courseId = *doc.draft().courseId;
    BOOST_TEST(versionsOf(server, courseId) == "0");
    BOOST_TEST(!doc.draft().lastPublished.has_value());
    BOOST_REQUIRE_EQUAL(doc.draft().pendingUploads.at(sha256).parts.size(), 1u);

    // Publish again: parts 2 and 3 only, then version 1.
    int partsSent = 0;
    QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
    BOOST_REQUIRE(dialog.job());
    QObject::connect(dialog.job(), &client::PublishJob::partStored, &dialog,
                     [&](const QString&, const QString&, quint32, const QString&) { ++partsSent; });
    BOOST_REQUIRE(runUntil([&] { return published.count() + failed.count() > 1; }, kWaitMs));
    BOOST_REQUIRE_MESSAGE(published.count() == 1, dialog.statusLabel()->text().toStdString());
    BOOST_TEST(published.at(0).at(0).toUInt() == 1u);
    BOOST_TEST(partsSent == 2);
    BOOST_TEST(dialog.lastAssetsUploaded() == 1);
    BOOST_TEST((doc.draft().courseId == courseId));  // the same course, not a second one
    BOOST_TEST(versionsOf(server, courseId) == "1");
    BOOST_TEST(doc.draft().pendingUploads.empty());
}

BOOST_AUTO_TEST_CASE(escape_while_publishing_cancels_instead_of_hiding_the_dialog) {
    st::ServerUnderTest server;
    const auto teacher = server.createWithRole("teacher", "instructor");
    client::ApiClient api(QUrl(QString::fromStdString(server.url())), newUuidV7());
    api.session()->set(field(teacher, "access_token", "accessToken"),
                       field(teacher, "refresh_token", "refreshToken"));
    st::TempDir files("editor-cancel-esc");
    CourseDocument doc(client::newCourseDraft("Escape"));
    const Uuid module = doc.addModule(QStringLiteral("Week 1"));
    const Uuid lessonId = doc.addLesson(module, LessonKind::Video, QStringLiteral("Lecture"));
    client::DraftLesson lesson = *doc.draft().findLesson(lessonId);
    lesson.video = writeVideo(files.path() / "lecture.mp4", 70);
    doc.updateLesson(lesson, QStringLiteral("Import video"));

    PublishDialog dialog(api, doc);
    dialog.show();
    QSignalSpy failed(&dialog, &PublishDialog::publishFailed);
    QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
    BOOST_REQUIRE(dialog.job());
    // Checking (hashing 70 MiB) or creating the course: Escape cancels, the dialog stays.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    BOOST_REQUIRE(runUntil([&] { return !failed.isEmpty(); }, kWaitMs));
    BOOST_TEST(failed.at(0).at(0).toString() == QStringLiteral("Publishing was canceled."));
    BOOST_TEST(dialog.isVisible());
    if (doc.draft().courseId)  // created before the cancel took effect: no version though
        BOOST_TEST(versionsOf(server, *doc.draft().courseId) == "0");
    QTest::keyClick(&dialog, Qt::Key_Escape);  // nothing running: Escape closes
    BOOST_TEST(!dialog.isVisible());
}
