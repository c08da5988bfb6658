// Who sees the Instructor menu (with the editor), in the real app against the real
// satchel-syncd, with a real keychain (a private gnome-keyring: ctest label KEYRING) on the
// offscreen platform:
// - a student gets no menu and no editor page; an instructor gets one menu, and its actions
//   (each with its shortcut and a distinct accelerator) open the editor;
// - an instructor who starts the app with the server down still gets the editor at once (the
//   roles kept with the restored session) and opens a draft made before; the server's answer
//   later confirms the editor, or withdraws it when the account is no longer an instructor;
// - a student starting offline never sees it; sign-out forgets the kept roles.
#define BOOST_TEST_MODULE editor_hook
#include <boost/test/unit_test.hpp>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTest>

#include "../ui/demo_server.h"
#include "../ui/qt_gui_fixture.h"
#include "satchel/client/local_store.h"
#include "satchel/ui/catalog_page.h"
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
using namespace satchel::ui;
using satchel::ui::instructor::InstructorAccess;

namespace {

using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

// Generous: the machine running the suite is shared with compilers.
constexpr int kWaitMs = 60000;
const QString kPassword = QStringLiteral("demo-password");

// One computer running the app against the demo server (which may be taken away), its
// sign-in kept in the keychain as the app does.
struct Computer {
    explicit Computer(st::DemoServer& demo) : server(demo) {}
    ~Computer() { quit(); }

    // Starts the app as main() does (restoring the keychain's session for the server).
    void launch() {
        quit();
        ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.syncInterval = std::chrono::seconds(3);
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<StudentController>(options);
        window = std::make_unique<MainWindow>();
        window->attach(*controller);
        window->setServerUrl(url());
        tools = window->instructorTools();
        hook = window->findChild<editor::EditorHook*>();
        BOOST_REQUIRE(tools && hook && tools->access());
        restored.reset();
        QObject::connect(controller.get(), &StudentController::restoreFinished,
                         [this](RestoreOutcome how) { restored = how; });
        cached.reset();
        QObject::connect(tools->access(), &InstructorAccess::cachedRolesApplied,
                         [this](bool teach) { cached = teach; });
        checked.reset();
        QObject::connect(tools->access(), &InstructorAccess::rolesChecked,
                         [this](bool teach) { checked = teach; });
        controller->start(url());
        window->show();
        window->activateWindow();  // shortcuts reach an active window only
        BOOST_REQUIRE(QTest::qWaitForWindowActive(window.get()));
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
        BOOST_REQUIRE(QTest::qWaitFor([&] { return restored.has_value(); }, kWaitMs));
    }
    void quit() {
        window.reset();
        controller.reset();
        hook = nullptr;
        tools = nullptr;
    }
    void signIn(const QString& username) {
        controller->signIn(url(), username, kPassword);
        BOOST_REQUIRE(QTest::qWaitFor([&] { return checked.has_value(); }, kWaitMs));
    }
    QUrl url() const { return QUrl(QString::fromStdString(server.url)); }

    bool menuShown() const { return tools->menu()->menuAction()->isVisible(); }
    int editorPages() const {
        int n = 0;
        for (int i = 0; i < window->pages()->count(); ++i)
            n += qobject_cast<editor::EditorWidget*>(window->pages()->widget(i)) != nullptr;
        return n;
    }
    // The roles the app keeps for the server, read straight from its database (app closed).
    std::optional<satchel::client::AccountRoles> keptRoles() const {
        auto store = satchel::client::LocalStore::open(
            QString::fromStdString((data.path() / "satchel.sqlite").string()));
        BOOST_REQUIRE(store);
        auto roles = (*store)->accountRoles(InstructorAccess::accountKey(url()));
        BOOST_REQUIRE(roles);
        return *roles;
    }

    st::DemoServer& server;
    st::TempDir data{"editor-hook-device"};
    std::unique_ptr<StudentController> controller;
    std::unique_ptr<MainWindow> window;
    instructor::InstructorTools* tools = nullptr;
    editor::EditorHook* hook = nullptr;
    std::optional<RestoreOutcome> restored;
    std::optional<bool> cached;   // InstructorAccess::cachedRolesApplied
    std::optional<bool> checked;  // InstructorAccess::rolesChecked
};

// The menus on the menu bar whose actions include `action`.
int menusHolding(const MainWindow& window, const QAction* action) {
    int n = 0;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(const_cast<QAction*>(action)))
            ++n;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_student_gets_no_instructor_menu_and_an_instructor_gets_one) {
    st::DemoServer server("editor_hook_roles");
    server.loadDemoCourse();
    {
        Computer student(server);
        student.launch();
        student.signIn(QStringLiteral("demo"));
        BOOST_TEST(!*student.checked);
        BOOST_TEST(!student.hook->available());
        BOOST_TEST(!student.menuShown());
        BOOST_TEST(!student.hook->myCoursesAction()->isEnabled());
        BOOST_TEST(!student.tools->reportAction()->isEnabled());
        BOOST_TEST(student.hook->editor() == nullptr);
        BOOST_TEST(student.editorPages() == 0);
        // Even the shortcut leads nowhere.
        QTest::keySequence(student.window.get(), student.hook->myCoursesAction()->shortcut());
        student.hook->myCoursesAction()->trigger();
        BOOST_TEST(qobject_cast<editor::EditorWidget*>(student.window->pages()->currentWidget()) ==
                   nullptr);
        // Importing a course file is for everyone: it stays in the File menu.
        BOOST_TEST(student.tools->importAction()->isVisible());
    }
    Computer teacher(server);
    teacher.launch();
    teacher.signIn(QStringLiteral("demo-instructor"));
    BOOST_TEST(*teacher.checked);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return teacher.hook->available(); }, kWaitMs));
    BOOST_TEST(teacher.menuShown());
    BOOST_TEST(teacher.editorPages() == 1);
    BOOST_TEST(teacher.tools->access()->confirmed());

    // One menu holds the editor and the other tools (there is no separate Editor menu).
    QMenu* menu = teacher.tools->menu();
    BOOST_TEST(menu == teacher.hook->menu());
    for (QAction* action : {teacher.hook->myCoursesAction(), teacher.hook->newCourseAction(),
                            teacher.tools->reportAction(), teacher.tools->announceAction(),
                            teacher.tools->exportAction()})
        BOOST_TEST(menusHolding(*teacher.window, action) == 1, action->text().toStdString());
    QStringList order;
    QSet<QChar> accelerators;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        order << action->objectName();
        // Each has a shortcut, and its own accelerator letter in the menu.
        BOOST_TEST(!action->shortcut().isEmpty(), action->text().toStdString());
        const QString text = action->text();
        const auto amp = text.indexOf(QLatin1Char('&'));
        BOOST_REQUIRE_MESSAGE(amp >= 0 && amp + 1 < text.size(), text.toStdString());
        const QChar letter = text.at(amp + 1).toLower();
        BOOST_TEST(!accelerators.contains(letter), text.toStdString());
        accelerators.insert(letter);
    }
    BOOST_TEST(order.join(QLatin1Char(' ')).toStdString() ==
               "myCoursesAction newCourseAction courseProgressAction announceAction "
               "importCourseAction exportCourseAction");
    // The menu as assistive technology reads it: its name and the items' names (no '&').
    BOOST_TEST(menu->accessibleName() == QStringLiteral("Instructor"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(menu);
    BOOST_REQUIRE(accessible);
    BOOST_TEST(accessible->text(QAccessible::Name) == QStringLiteral("Instructor"));
    BOOST_TEST(!accessible->text(QAccessible::Description).isEmpty());
    QStringList itemNames;
    for (int i = 0; i < accessible->childCount(); ++i)
        if (QAccessibleInterface* item = accessible->child(i);
            item && !item->text(QAccessible::Name).isEmpty())
            itemNames << item->text(QAccessible::Name);
    BOOST_TEST(itemNames.contains(QStringLiteral("My courses")),
               itemNames.join(QStringLiteral(", ")).toStdString());
    BOOST_TEST(itemNames.contains(QStringLiteral("New course…")),
               itemNames.join(QStringLiteral(", ")).toStdString());

    // Its shortcut opens My courses.
    QTest::keySequence(teacher.window.get(), teacher.hook->myCoursesAction()->shortcut());
    BOOST_TEST(QTest::qWaitFor(
        [&] { return teacher.window->pages()->currentWidget() == teacher.hook->editor(); },
        kWaitMs));
}

BOOST_AUTO_TEST_CASE(an_offline_start_shows_the_editor_from_the_kept_roles) {
    st::DemoServer server("editor_hook_offline");
    server.loadDemoCourse();
    Computer computer(server);
    computer.launch();
    BOOST_TEST((*computer.restored == RestoreOutcome::NothingStored));
    computer.signIn(QStringLiteral("demo-instructor"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.hook->available(); }, kWaitMs));

    // A draft made through Instructor > New course….
    computer.hook->newCourseAction()->trigger();
    auto* ask = computer.window->findChild<QInputDialog*>(QStringLiteral("newCourseDialog"));
    BOOST_REQUIRE(ask);
    ask->setTextValue(QStringLiteral("Optics"));
    ask->accept();
    editor::EditorWidget* editor = computer.hook->editor();
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return editor->currentWidget() == editor->courseEditor() &&
                   editor->courseEditor()->saved();
        },
        kWaitMs));
    BOOST_TEST(editor->courseEditor()->document()->draft().title == "Optics");
    const satchel::Uuid draftId = editor->courseEditor()->document()->draft().id;
    // The roles are kept only once the server's answer is written (on the store thread).
    computer.quit();
    const auto kept = computer.keptRoles();
    BOOST_REQUIRE(kept.has_value());
    BOOST_TEST(kept->roles.size() == 1u);

    // The server is down: the restored session shows the editor at once, and the draft opens.
    server.stop();
    computer.launch();
    BOOST_TEST((*computer.restored == RestoreOutcome::Restored));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.hook->available(); }, kWaitMs));
    BOOST_TEST(computer.cached.value_or(false));
    BOOST_TEST(computer.menuShown());
    BOOST_TEST(!computer.tools->access()->confirmed());
    BOOST_TEST(!computer.checked.has_value());
    computer.hook->myCoursesAction()->trigger();
    editor = computer.hook->editor();
    BOOST_REQUIRE(editor);
    BOOST_TEST(computer.window->pages()->currentWidget() == editor);
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return editor->myCourses()->model()->rowCount() == 1; }, kWaitMs));
    BOOST_TEST(editor->myCourses()->model()->item(0)->text().contains(QStringLiteral("Optics")));
    editor->openDraft(draftId);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return editor->currentWidget() == editor->courseEditor(); },
                                  kWaitMs));
    BOOST_TEST(editor->courseEditor()->document()->draft().title == "Optics");

    // The server comes back: it is asked again and confirms.
    server.start();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.checked.has_value(); }, kWaitMs));
    BOOST_TEST(*computer.checked);
    BOOST_TEST(computer.hook->available());
    BOOST_TEST(computer.tools->access()->confirmed());

    // No longer an instructor: the next offline start still shows the kept roles, and the
    // server's answer withdraws the editor (and what is kept) once it is back.
    computer.quit();
    server.stop();
    server.pg.psql("UPDATE users SET role = 'student' WHERE username = 'demo-instructor'",
                   server.name);
    computer.launch();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.hook->available(); }, kWaitMs));
    computer.hook->myCoursesAction()->trigger();
    BOOST_TEST(computer.window->pages()->currentWidget() == computer.hook->editor());
    server.start();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.checked.has_value(); }, kWaitMs));
    BOOST_TEST(!*computer.checked);
    BOOST_TEST(!computer.hook->available());
    BOOST_TEST(computer.hook->editor() == nullptr);
    BOOST_TEST(!computer.menuShown());
    BOOST_TEST((computer.window->pages()->currentWidget() ==
                static_cast<QWidget*>(computer.window->catalogPage())));
    computer.quit();
    const auto demoted = computer.keptRoles();
    BOOST_REQUIRE(demoted.has_value());
    BOOST_TEST(demoted->roles.size() == 1u);
    BOOST_TEST((demoted->roles[0] == satchel::Role::Student));
}

BOOST_AUTO_TEST_CASE(a_student_starting_offline_never_sees_it_and_sign_out_forgets_roles) {
    st::DemoServer server("editor_hook_student");
    server.loadDemoCourse();
    Computer computer(server);
    computer.launch();
    computer.signIn(QStringLiteral("demo"));
    BOOST_TEST(!*computer.checked);
    computer.quit();
    BOOST_REQUIRE(computer.keptRoles().has_value());

    server.stop();
    computer.launch();
    BOOST_TEST((*computer.restored == RestoreOutcome::Restored));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return computer.cached.has_value(); }, kWaitMs));
    BOOST_TEST(!*computer.cached);
    BOOST_TEST(!computer.menuShown());
    BOOST_TEST(!computer.hook->available());
    BOOST_TEST(computer.editorPages() == 0);

    // Signing out forgets the kept roles (and the keychain's session).
    server.start();
    computer.controller->signOut();
    BOOST_TEST(!computer.menuShown());
    BOOST_TEST(!computer.controller->signedIn());
    // Let the sign-out's own work (keychain, push channel) settle before the app closes.
    QTest::qWait(2000);
    computer.quit();  // the store finishes its queued jobs first
    BOOST_TEST(!computer.keptRoles().has_value());
}
