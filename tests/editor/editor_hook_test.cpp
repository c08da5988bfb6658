// The editor exists in the app only for instructors: a student signed in to the real server
// gets no Editor menu and no editor page; an instructor gets both, and "My courses" opens it.
#define BOOST_TEST_MODULE editor_hook
#include <boost/test/unit_test.hpp>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "../server/api_client.h"
#include "../ui/qt_gui_fixture.h"
#include "satchel/ui/editor/editor_hook.h"
#include "satchel/ui/editor/editor_widget.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace st = satchel::testing;
using namespace satchel::ui;

namespace {

// Offscreen (ctest sets QT_QPA_PLATFORM), GStreamer media backend, private runtime dir.
using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

constexpr int kWaitMs = 60000;

// One device of the app, signed in as `username`; returns what the editor hook decided.
struct Device {
    Device(const st::ServerUnderTest& server, const std::string& username) {
        ControllerOptions options;
        options.dataDir = QString::fromStdString(dir.path().string());
        options.rememberSignIn = false;  // no keychain in the test session
        controller = std::make_unique<StudentController>(options);
        window = std::make_unique<MainWindow>();
        window->attach(*controller);
        hook = window->findChild<editor::EditorHook*>();
        BOOST_REQUIRE(hook);
        controller->start();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
        window->show();
        QSignalSpy checked(hook, &editor::EditorHook::rolesChecked);
        controller->signIn(QUrl(QString::fromStdString(server.url())),
                           QString::fromStdString(username), QStringLiteral("correct-horse"));
        BOOST_REQUIRE(checked.wait(kWaitMs));
        instructor = checked.at(0).at(0).toBool();
    }
    ~Device() {
        window.reset();
        controller.reset();
    }
    int editorPages() const {
        int n = 0;
        for (int i = 0; i < window->pages()->count(); ++i)
            n += qobject_cast<editor::EditorWidget*>(window->pages()->widget(i)) != nullptr;
        return n;
    }

    st::TempDir dir{"editor-device"};
    std::unique_ptr<StudentController> controller;
    std::unique_ptr<MainWindow> window;
    editor::EditorHook* hook = nullptr;
    bool instructor = false;
};

}  // namespace

BOOST_AUTO_TEST_CASE(only_instructors_see_the_editor) {
    st::ServerUnderTest server;
    server.signUp("pupil");
    server.createWithRole("teacher", "instructor");
    {
        Device student(server, "pupil");
        BOOST_TEST(!student.instructor);
        BOOST_TEST(!student.hook->available());
        BOOST_TEST(!student.hook->menu()->menuAction()->isVisible());
        BOOST_TEST(!student.hook->myCoursesAction()->isEnabled());
        BOOST_TEST(student.hook->editor() == nullptr);
        BOOST_TEST(student.editorPages() == 0);
        student.hook->myCoursesAction()->trigger();  // even the shortcut leads nowhere
        BOOST_TEST(qobject_cast<editor::EditorWidget*>(student.window->pages()->currentWidget()) ==
                   nullptr);
    }
    Device teacher(server, "teacher");
    BOOST_TEST(teacher.instructor);
    BOOST_TEST(teacher.hook->menu()->menuAction()->isVisible());
    BOOST_TEST(teacher.editorPages() == 1);
    teacher.hook->myCoursesAction()->trigger();
    BOOST_TEST(teacher.window->pages()->currentWidget() == teacher.hook->editor());
}
