// Two instructors on one computer (a staff room), through the real app — MainWindow,
// StudentController, the Instructor menu's editor — against the real satchel-syncd and
// PostgreSQL, on the offscreen platform:
// - Ada makes a draft and signs out at once (a change still waiting for the editor's save
//   timer included): the draft stays on the computer;
// - Ben signs in: "My courses" lists only his own drafts, and Ada's draft id opens nothing;
// - Ben signs out, Ada signs in again and finds her draft as she left it;
// - signing in over another instructor's session replaces the editor the same way.
#define BOOST_TEST_MODULE editor_draft_owner
#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QInputDialog>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include "../client/local_store_fixture.h"
#include "../server/api_client.h"
#include "../ui/qt_gui_fixture.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/course_editor_page.h"
#include "satchel/ui/editor/editor_hook.h"
#include "satchel/ui/editor/editor_widget.h"
#include "satchel/ui/editor/my_courses_page.h"
#include "satchel/ui/instructor/instructor_access.h"
#include "satchel/ui/instructor/instructor_tools.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace st = satchel::testing;
using namespace satchel;
using namespace satchel::ui;

namespace {

using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

constexpr int kWaitMs = 60000;  // generous: the machine is shared with compilers
const std::string kPassword = "correct-horse";

Uuid userId(const nlohmann::json& login) {
    return *Uuid::parse(login.at("user").at("id").get<std::string>());
}

// The staff room's computer: the app as main() wires it, with no keychain (each sign-in is
// typed), on one data folder for every account.
struct StaffRoom {
    StaffRoom()
        : adaId(userId(server.createWithRole("ada", "instructor"))),
          benId(userId(server.createWithRole("ben", "instructor"))) {
        ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.rememberSignIn = false;
        options.syncInterval = std::chrono::seconds(5);
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<StudentController>(options);
        window = std::make_unique<MainWindow>();
        window->attach(*controller);
        window->setServerUrl(url());
        hook = window->findChild<editor::EditorHook*>();
        BOOST_REQUIRE(hook);
        controller->start();
        window->show();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
    }
    ~StaffRoom() {
        window.reset();
        controller.reset();
    }

    QUrl url() const { return QUrl(QString::fromStdString(server.url())); }
    QString databasePath() const {
        return QString::fromStdString((data.path() / "satchel.sqlite").string());
    }

    // Signs in and waits for the editor made for this account, showing "My courses" as the
    // store lists it (the list is reloaded, and only that answer counts).
    editor::EditorWidget& signIn(const QString& username, const Uuid& account) {
        controller->signIn(url(), username, QString::fromStdString(kPassword));
        BOOST_REQUIRE_MESSAGE(
            QTest::qWaitFor(
                [&] { return hook->editor() && hook->editor()->owner().account == account; },
                kWaitMs),
            "no editor for " << username.toStdString());
        editor::EditorWidget& editor = *hook->editor();
        BOOST_TEST(editor.owner().server == url().toString(QUrl::StripTrailingSlash));
        QSignalSpy listed(editor.myCourses(), &editor::MyCoursesPage::reloaded);
        hook->myCoursesAction()->trigger();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return !listed.isEmpty(); }, kWaitMs));
        BOOST_TEST(window->pages()->currentWidget() == &editor);
        return editor;
    }
    void signOut() {
        controller->signOut();
        BOOST_REQUIRE(!controller->signedIn());
        // The editor goes with the session, not a moment later.
        BOOST_TEST(hook->editor() == nullptr);
        BOOST_TEST(!hook->available());
    }
    // A new course through Instructor > New course…, open in the editor and saved.
    editor::CourseDocument& newCourse(const QString& title) {
        hook->newCourseAction()->trigger();
        auto* ask = window->findChild<QInputDialog*>(QStringLiteral("newCourseDialog"));
        BOOST_REQUIRE(ask);
        ask->setTextValue(title);
        ask->accept();
        editor::EditorWidget* editor = hook->editor();
        BOOST_REQUIRE(QTest::qWaitFor(
            [&] {
                return editor->currentWidget() == editor->courseEditor() &&
                       editor->courseEditor()->document() &&
                       editor->courseEditor()->document()->draft().title == title.toStdString() &&
                       editor->courseEditor()->saved();
            },
            kWaitMs));
        return *editor->courseEditor()->document();
    }
    static QStringList listed(const editor::EditorWidget& editor) {
        QStringList rows;
        const QStandardItemModel* model = editor.myCourses()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->item(row)->text();
        return rows;
    }

    st::ServerUnderTest server;
    Uuid adaId;
    Uuid benId;
    st::TempDir data{"satchel-staff-room"};
    std::unique_ptr<StudentController> controller;
    std::unique_ptr<MainWindow> window;
    editor::EditorHook* hook = nullptr;
};

std::vector<std::string> moduleTitles(const client::CourseDraft& draft) {
    std::vector<std::string> out;
    for (const auto& m : draft.modules)
        out.push_back(m.title);
    return out;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(an_instructors_drafts_are_hidden_from_the_next_and_kept_for_her,
                        StaffRoom) {
    // Ada writes a course and signs out straight after her last change.
    editor::EditorWidget& adas = signIn(QStringLiteral("ada"), adaId);
    BOOST_TEST(listed(adas).isEmpty());
    editor::CourseDocument& optics = newCourse(QStringLiteral("Optics"));
    const Uuid opticsId = optics.draft().id;
    optics.addModule(QStringLiteral("Lenses"));
    optics.addModule(QStringLiteral("Mirrors"));
    const std::vector<std::string> modules = moduleTitles(optics.draft());
    BOOST_REQUIRE(modules.size() >= 2u);
    signOut();
    {
        // Kept on the computer, as Ada's.
        st::RawConnection raw(databasePath());
        BOOST_TEST(raw.exec(QStringLiteral("SELECT owner_account FROM course_draft WHERE id = "
                                           "'%1'")
                                .arg(QString::fromStdString(opticsId.toString())))
                       .toString()
                       .toStdString() == adaId.toString());
    }

    // Ben sees only his own drafts, and Ada's id opens nothing.
    editor::EditorWidget& bens = signIn(QStringLiteral("ben"), benId);
    BOOST_TEST(listed(bens).isEmpty(), listed(bens).join(QStringLiteral("; ")).toStdString());
    newCourse(QStringLiteral("Botany"));
    QSignalSpy relisted(bens.myCourses(), &editor::MyCoursesPage::reloaded);
    bens.showMyCourses();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !relisted.isEmpty(); }, kWaitMs));
    const QStringList bensList = listed(bens);
    BOOST_REQUIRE_EQUAL(bensList.size(), 1);
    BOOST_TEST(bensList.front().contains(QStringLiteral("Botany")));
    QSignalSpy refused(&bens, &editor::EditorWidget::failed);
    QSignalSpy opened(&bens, &editor::EditorWidget::draftOpened);
    bens.openDraft(opticsId);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !refused.isEmpty(); }, kWaitMs));
    BOOST_TEST(refused.front().front().toString() ==
               QStringLiteral("That draft no longer exists."));
    BOOST_TEST(opened.isEmpty());
    BOOST_TEST(bens.currentWidget() == bens.myCourses());
    signOut();

    // Ada is back: her draft, with both modules.
    editor::EditorWidget& again = signIn(QStringLiteral("ada"), adaId);
    const QStringList adasList = listed(again);
    BOOST_REQUIRE_EQUAL(adasList.size(), 1);
    BOOST_TEST(adasList.front().contains(QStringLiteral("Optics")));
    again.openDraft(opticsId);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return again.currentWidget() == again.courseEditor() &&
                   again.courseEditor()->document() &&
                   again.courseEditor()->document()->draft().id == opticsId;
        },
        kWaitMs));
    const client::CourseDraft& back = again.courseEditor()->document()->draft();
    BOOST_TEST(back.title == "Optics");
    BOOST_TEST(moduleTitles(back) == modules, boost::test_tools::per_element());
    BOOST_TEST(modules.back() == "Mirrors");
    st::RawConnection raw(databasePath());
    BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM course_draft")).toInt() == 2);
}

// Ben signs in over Ada's session (no sign-out between): the editor open on her draft goes at
// once, and his own editor lists none of her drafts, which stay on the computer.
BOOST_FIXTURE_TEST_CASE(signing_in_over_another_instructors_session_replaces_her_editor,
                        StaffRoom) {
    signIn(QStringLiteral("ada"), adaId);
    const Uuid opticsId = newCourse(QStringLiteral("Optics")).draft().id;
    QPointer<editor::EditorWidget> adas = hook->editor();

    editor::EditorWidget& bens = signIn(QStringLiteral("ben"), benId);
    BOOST_TEST(adas.isNull());
    BOOST_TEST(listed(bens).isEmpty(), listed(bens).join(QStringLiteral("; ")).toStdString());
    BOOST_TEST(bens.courseEditor()->document() == nullptr);
    st::RawConnection raw(databasePath());
    BOOST_TEST(raw.exec(QStringLiteral("SELECT owner_account FROM course_draft WHERE id = '%1'")
                            .arg(QString::fromStdString(opticsId.toString())))
                   .toString()
                   .toStdString() == adaId.toString());
}
