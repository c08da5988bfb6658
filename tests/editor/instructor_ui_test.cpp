// The instructor tools in the app (offscreen), against the real satchel-syncd with the demo
// course: a student sees none of them but can import a course file; an instructor reads the
// progress table (real students' real progress), filters it by module and to quiz results,
// saves its CSV, posts an announcement, exports the course to a `.satchel` file which a fresh
// app imports; hostile and broken files are refused with a reason a person understands.
#define BOOST_TEST_MODULE editor_instructor_ui
#include <boost/test/unit_test.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "../shared/zip_bytes.h"
#include "../ui/qt_gui_fixture.h"
#include "instructor_world.h"
#include "satchel/client/announcement_client.h"
#include "satchel/client/report_client.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/instructor/announcement_dialog.h"
#include "satchel/ui/instructor/export_dialog.h"
#include "satchel/ui/instructor/import_flow.h"
#include "satchel/ui/instructor/instructor_text.h"
#include "satchel/ui/instructor/instructor_tools.h"
#include "satchel/ui/instructor/progress_report_dialog.h"
#include "satchel/ui/instructor/progress_report_model.h"
#include "satchel/ui/instructor/report_filter_proxy.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

using namespace satchel;
using namespace satchel::testing;
using namespace satchel::ui::instructor;

namespace {

constexpr int kWaitMs = 60000;  // generous: the machine is shared with compilers

DemoServer* services = nullptr;
struct Learners;
std::unique_ptr<Learners> learnersOnce;  // made by the first case that needs them

struct Suite : QtGuiApp {
    Suite() { services = new DemoServer; }
    ~Suite();
};
BOOST_TEST_GLOBAL_FIXTURE(Suite);

// One installation of the app: its own data folder, controller and main window.
struct App {
    TempDir data{"satchel-app"};
    std::unique_ptr<ui::StudentController> controller;
    std::unique_ptr<ui::MainWindow> window;
    InstructorTools* tools = nullptr;

    App() {
        ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.rememberSignIn = false;  // no keychain in this suite
        controller = std::make_unique<ui::StudentController>(options);
        window = std::make_unique<ui::MainWindow>();
        window->attach(*controller);
        window->setServerUrl(services->url());
        tools = window->findChild<InstructorTools*>();
        BOOST_REQUIRE_MESSAGE(tools, "the main window has no instructor tools");
        controller->start();
        window->show();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
    }
    ~App() {
        window.reset();
        controller.reset();
    }

    // Signs in and waits until the role check has decided what the menus show.
    void signIn(const QString& login) {
        QSignalSpy checked(tools, &InstructorTools::rolesChecked);
        controller->signIn(services->url(), login, QString::fromLatin1(kDemoPassword));
        BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return checked.count() > 0; }, kWaitMs),
                              "the role check never finished for " << login.toStdString());
        BOOST_REQUIRE(
            QTest::qWaitFor([&] { return controller->catalog()->rowCount() > 0; }, kWaitMs));
    }
};

// Students of the demo course: Ada watched the first video and passed the quiz, Bea nothing.
struct Learners {
    Account ada{services->url(), uniqueEmail()};
    Account bea{services->url(), uniqueEmail()};
    CourseManifest manifest;

    Learners() {
        Account teacher(services->url(), "demo-instructor");
        teacher.signIn();
        const CourseSummary course = teacher.demoCourse();
        manifest = teacher.manifest(course);
        ada.registerStudent("Ada Lovelace");
        bea.registerStudent("Bea Student");
        ada.enroll(course.courseId);
        bea.enroll(course.courseId);
        const Lesson* video = firstLesson(manifest, LessonKind::Video);
        const Lesson* quiz = firstLesson(manifest, LessonKind::Quiz);
        const std::uint64_t duration = *manifest.findAsset(video->assetSha256)->durationMs;
        PushRequest push;
        push.deviceId = ada.device;
        push.events = {watchedEvent(course.courseId, video->id, ada.device, systemUnixMillis(), 0,
                                    duration, duration)};
        push.attempts = {attemptOf(manifest, *quiz, ada.device, correctAnswers(*quiz->quiz))};
        ada.push(push);
    }
};

Suite::~Suite() {
    learnersOnce.reset();
    delete services;
}

Learners& sharedLearners() {
    if (!learnersOnce)
        learnersOnce = std::make_unique<Learners>();
    return *learnersOnce;
}

int rowOf(const QAbstractItemModel& model, const QString& name) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, ProgressReportModel::StudentColumn).data().toString() == name)
            return row;
    return -1;
}

int columnOf(const ProgressReportModel& model, const Uuid& lessonId) {
    for (int column = 0; column < model.columnCount(); ++column)
        if (const auto* lesson = model.lessonAt(column); lesson && lesson->lessonId == lessonId)
            return column;
    return -1;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), "cannot read " << path.toStdString());
    return file.readAll();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_student_sees_no_instructor_tools_but_may_import_a_course_file) {
    App app;
    BOOST_TEST(app.tools->importAction()->isVisible());  // before any sign-in, too
    app.signIn(QStringLiteral("demo"));
    BOOST_TEST(!app.tools->instructorToolsShown());
    BOOST_TEST(!app.tools->menu()->menuAction()->isVisible());
    for (QAction* action :
         {app.tools->reportAction(), app.tools->announceAction(), app.tools->exportAction()})
        BOOST_TEST(!action->isEnabled());
    BOOST_TEST(app.tools->openReport() == nullptr);
    BOOST_TEST(app.tools->openAnnouncement() == nullptr);
    BOOST_TEST(app.tools->openExport() == nullptr);
    BOOST_TEST(app.tools->importAction()->isVisible());
    BOOST_TEST(app.tools->importAction()->isEnabled());
    // Nothing reached through the menus either.
    for (QAction* top : app.window->menuBar()->actions())
        BOOST_TEST(!(top->isVisible() && top->menu() == app.tools->menu()));
}

BOOST_AUTO_TEST_CASE(an_instructor_reads_filters_and_saves_the_progress_table) {
    Learners& learners = sharedLearners();
    App app;
    app.signIn(QStringLiteral("demo-instructor"));
    BOOST_REQUIRE(app.tools->instructorToolsShown());
    BOOST_TEST(app.tools->menu()->menuAction()->isVisible());

    ProgressReportDialog* dialog = app.tools->openReport();
    BOOST_REQUIRE(dialog);
    QSignalSpy loaded(dialog, &ProgressReportDialog::reportLoaded);
    BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kWaitMs),
                          dialog->statusLabel()->text().toStdString());
    ProgressReportModel& model = *dialog->model();
    const auto& manifest = learners.manifest;
    const int lessons = static_cast<int>(model.report().lessons.size());
    BOOST_TEST(model.columnCount() == ProgressReportModel::FixedColumns + lessons);

    const int ada = rowOf(model, QStringLiteral("Ada Lovelace"));
    const int bea = rowOf(model, QStringLiteral("Bea Student"));
    BOOST_REQUIRE(ada >= 0 && bea >= 0);
    const int video = columnOf(model, firstLesson(manifest, LessonKind::Video)->id);
    const int quiz = columnOf(model, firstLesson(manifest, LessonKind::Quiz)->id);
    BOOST_TEST(model.index(ada, video).data().toString().startsWith(QStringLiteral("100")));
    BOOST_TEST(model.index(ada, video).data(ProgressReportModel::CompletedRole).toBool());
    BOOST_TEST(model.index(ada, quiz).data(ProgressReportModel::SortRole).toDouble() == 1.0);
    BOOST_TEST(model.index(ada, quiz).data(ProgressReportModel::CompletedRole).toBool());
    BOOST_TEST(model.index(bea, video).data(ProgressReportModel::SortRole).toDouble() == 0.0);
    BOOST_TEST(model.index(bea, quiz).data().toString() == QStringLiteral("—"));

    // Sorted by lessons completed, most first: Ada leads.
    ReportFilterProxy& proxy = *dialog->proxy();
    dialog->table()->sortByColumn(ProgressReportModel::CompletedColumn, Qt::DescendingOrder);
    BOOST_TEST(proxy.index(0, ProgressReportModel::StudentColumn).data().toString() ==
               QStringLiteral("Ada Lovelace"));

    // One module's lessons only, then quiz results only.
    const Module& first = manifest.modules.front();
    dialog->moduleFilter()->setCurrentIndex(1);
    BOOST_TEST(proxy.columnCount() ==
               ProgressReportModel::FixedColumns + static_cast<int>(first.lessons.size()));
    dialog->moduleFilter()->setCurrentIndex(0);
    dialog->quizzesOnly()->setChecked(true);
    int quizzes = 0;
    for (const auto& lesson : model.report().lessons)
        quizzes += lesson.kind == LessonKind::Quiz ? 1 : 0;
    BOOST_TEST(proxy.columnCount() == ProgressReportModel::FixedColumns + quizzes);
    dialog->quizzesOnly()->setChecked(false);
    proxy.setStudentFilter(QStringLiteral("ada lov"));
    BOOST_TEST(proxy.rowCount() == 1);
    proxy.setStudentFilter({});

    // The CSV saved from the app is the server's own, byte for byte.
    TempDir out("satchel-csv");
    const QString all = QString::fromStdString((out / "all.csv").string());
    QSignalSpy saved(dialog, &ProgressReportDialog::csvSaved);
    dialog->saveCsv(all);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return saved.count() == 1; }, kWaitMs));
    BOOST_REQUIRE(saved.at(0).at(1).toBool());
    client::ReportClient reports(*app.controller->api());
    auto serverCsv = await<QByteArray>(
        [&](auto* c, auto done) { reports.fetchCsv(manifest.courseId, c, done); });
    BOOST_REQUIRE(serverCsv.ok());
    BOOST_TEST(readFile(all) == *serverCsv);

    // With a module chosen, only its lessons are written.
    dialog->moduleFilter()->setCurrentIndex(1);
    const QString one = QString::fromStdString((out / "module.csv").string());
    dialog->saveCsv(one);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return saved.count() == 2; }, kWaitMs));
    const QList<QByteArray> rows = readFile(one).trimmed().split('\n');
    BOOST_TEST(rows.size() == 1 + static_cast<qsizetype>(model.rowCount() * first.lessons.size()));
    for (qsizetype i = 1; i < rows.size(); ++i)
        BOOST_TEST(rows[i].contains(QByteArray::fromStdString("\"" + first.title + "\"")));
    dialog->close();
}

BOOST_AUTO_TEST_CASE(an_instructor_announces_to_a_course_from_the_dialog) {
    Learners& learners = sharedLearners();
    App app;
    app.signIn(QStringLiteral("demo-instructor"));
    AnnouncementDialog* dialog = app.tools->openAnnouncement();
    BOOST_REQUIRE(dialog);
    BOOST_TEST(!dialog->sendButton()->isEnabled());  // nothing typed yet
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Field trip"));
    BOOST_TEST(!dialog->sendButton()->isEnabled());  // no message yet
    QTest::keyClicks(dialog->bodyField(), QStringLiteral("We meet at the gate at nine."));
    BOOST_REQUIRE(dialog->sendButton()->isEnabled());
    QSignalSpy sent(dialog, &AnnouncementDialog::sent);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return sent.count() == 1; }, kWaitMs),
                          dialog->statusLabel()->text().toStdString());
    const auto posted = sent.at(0).at(0).value<client::Announcement>();
    BOOST_TEST(posted.recipients >= 2);

    client::AnnouncementClient theirs(*learners.bea.api);
    auto listed = await<std::vector<client::Announcement>>(
        [&](auto* c, auto done) { theirs.list(learners.manifest.courseId, c, done); });
    BOOST_REQUIRE(listed.ok());
    BOOST_REQUIRE(!listed->empty());
    BOOST_TEST(listed->front().title == QStringLiteral("Field trip"));
    BOOST_TEST(listed->front().body == QStringLiteral("We meet at the gate at nine."));
}

BOOST_AUTO_TEST_CASE(a_course_exported_in_one_app_is_imported_in_another_and_bad_files_refused) {
    TempDir files("satchel-files");
    const QString archive = QString::fromStdString((files / "welcome.satchel").string());
    {
        App teacher;
        teacher.signIn(QStringLiteral("demo-instructor"));
        ExportDialog* dialog = teacher.tools->openExport();
        BOOST_REQUIRE(dialog);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QSignalSpy failed(dialog, &ExportDialog::exportFailed);
        dialog->exportTo(archive);
        BOOST_REQUIRE(
            QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, kWaitMs * 2));
        BOOST_REQUIRE_MESSAGE(exported.count() == 1, dialog->statusLabel()->text().toStdString());
        BOOST_TEST(dialog->statusLabel()->text().contains(QStringLiteral("Welcome to Satchel")));
    }

    App student;  // never signs in: the import needs no server
    ImportFlow& flow = *student.tools->importFlow();
    QSignalSpy imported(&flow, &ImportFlow::imported);
    QSignalSpy refused(&flow, &ImportFlow::importFailed);
    flow.importFile(archive);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return imported.count() + refused.count() > 0; }, kWaitMs));
    BOOST_REQUIRE_MESSAGE(
        imported.count() == 1,
        (refused.isEmpty() ? QString() : refused.at(0).at(0).toString()).toStdString());
    BOOST_TEST(imported.at(0).at(0).value<CourseManifest>().title == "Welcome to Satchel");
    // The imported course appears in the catalog at once, already on the device.
    const Uuid importedId = imported.at(0).at(0).value<CourseManifest>().courseId;
    ui::CatalogModel& catalog = *student.controller->catalog();
    BOOST_REQUIRE_MESSAGE(QTest::qWaitFor(
                              [&] {
                                  return catalog.rowOf(importedId) >= 0 &&
                                         catalog.downloadState(importedId) ==
                                             ui::CatalogModel::DownloadState::Downloaded;
                              },
                              kWaitMs),
                          "the imported course is not listed as on the device");
    BOOST_TEST(catalog.course(importedId)->title == "Welcome to Satchel");

    auto refusal = [&](const QString& path) {
        const int before = static_cast<int>(refused.count());
        flow.importFile(path);
        BOOST_REQUIRE(QTest::qWaitFor([&] { return refused.count() > before; }, kWaitMs));
        return refused.at(before).at(0).toString();
    };
    // Not a course file at all.
    const QString text = QString::fromStdString((files / "notes.satchel").string());
    QFile notes(text);
    BOOST_REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("these are my notes, not a course");
    notes.close();
    BOOST_TEST(refusal(text) == describe(PackageErrorCode::NotAnArchive));
    // A hostile file that would write outside the folder it is unpacked into.
    ZipBytes hostile;
    hostile.add("manifest.json", "{}");
    hostile.add("../../.bashrc", "echo owned");
    hostile.save(files / "hostile.satchel");
    BOOST_TEST(refusal(QString::fromStdString((files / "hostile.satchel").string())) ==
               describe(PackageErrorCode::PathTraversal));
    // Cut short on its way to the USB stick.
    const QByteArray whole = readFile(archive);
    const QString cut = QString::fromStdString((files / "cut.satchel").string());
    QFile cutFile(cut);
    BOOST_REQUIRE(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(whole.left(whole.size() / 3));
    cutFile.close();
    const QString reason = refusal(cut);
    BOOST_TEST((reason == describe(PackageErrorCode::Truncated) ||
                reason == describe(PackageErrorCode::NotAnArchive)),
               reason.toStdString());
}
