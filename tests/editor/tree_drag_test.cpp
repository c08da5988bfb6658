// Reordering the course tree with the mouse, as an instructor does: press on a lesson, move
// past the drag distance, move over the target and release. The drag is a real QDrag run by
// Qt's own drag machinery (QSimpleDrag), fed by QTest's mouse events; the view's own
// dropEvent decides where the lesson lands. The draft changes, the change is one undo step
// (undone and redone through the editor's actions), and it reaches the local draft store.
//
// Platform: "minimal" (with fonts), not "offscreen": the offscreen platform ends every drag at
// once with no drop, while the minimal one uses Qt's QSimpleDrag, which follows the mouse
// events the test sends.
#define BOOST_TEST_MODULE editor_tree_drag
#include <boost/test/unit_test.hpp>

#include <QApplication>
#include <QDrag>
#include <QStyleHints>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "satchel/client/draft_model.h"
#include "satchel/testing/env.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/course_editor_page.h"
#include "satchel/ui/editor/course_tree_model.h"
#include "satchel/ui/editor/draft_worker.h"
#include "satchel/ui/editor/editor_widget.h"

namespace st = satchel::testing;
using namespace satchel;
using namespace satchel::ui::editor;

namespace {

struct MinimalPlatformApp {
    MinimalPlatformApp() : app((qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts"), argc), argv) {}
    int argc = 1;
    char arg0[16] = "satchel-test";
    char* argv[2] = {arg0, nullptr};
    QApplication app;
};
BOOST_TEST_GLOBAL_FIXTURE(MinimalPlatformApp);

constexpr int kWaitMs = 60000;

std::vector<std::string> titles(const client::DraftModule& module) {
    std::vector<std::string> out;
    for (const auto& lesson : module.lessons)
        out.push_back(lesson.title);
    return out;
}

// Drags the row at `from` to `to` (viewport coordinates) with the left button. The view
// starts a QDrag whose exec() runs its own event loop; a timer watches for that drag (the
// view's QDrag child) and then moves over the target and releases, which drops and ends it.
void dragWithMouse(QTreeView& tree, QPoint from, QPoint to) {
    QWidget* viewport = tree.viewport();
    const int distance = QApplication::startDragDistance();
    bool dropped = false;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, viewport, [&] {
        if (dropped || !tree.findChild<QDrag*>())
            return;
        dropped = true;
        QTest::mouseMove(viewport, to + QPoint(0, 1));
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    });
    watch.start();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // The first move puts the view in its dragging state, the second (past the drag
    // distance) starts the drag, which returns once the release above has dropped.
    QTest::mouseMove(viewport, from + QPoint(1, 1));
    QTest::mouseMove(viewport, from + QPoint(distance + 4, distance + 4));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return dropped; }, kWaitMs));
    watch.stop();
    // The drag object goes later: the next drag must not start before.
    BOOST_REQUIRE(QTest::qWaitFor([&] { return !tree.findChild<QDrag*>(); }, kWaitMs));
    QTest::qWait(QApplication::doubleClickInterval() + 50);  // the next press is no double-click
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_lesson_dragged_with_the_mouse_moves_in_the_draft_as_one_undo_step) {
    st::TempDir dir("editor-drag");
    EditorWidget editor(QString::fromStdString((dir.path() / "satchel.sqlite").string()),
                        {QStringLiteral("http://127.0.0.1:1"), newUuidV7()}, nullptr);
    editor.resize(1000, 700);
    editor.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&editor));

    client::CourseDraft draft = client::newCourseDraft("Astronomy");
    auto sun = client::newDraftModule("The Sun");
    for (const char* title : {"Light", "Heat", "Spots"})
        sun.lessons.push_back(client::newDraftLesson(LessonKind::Reading, title));
    auto moon = client::newDraftModule("The Moon");
    moon.lessons.push_back(client::newDraftLesson(LessonKind::Reading, "Phases"));
    draft.modules = {sun, moon};
    const Uuid draftId = draft.id;
    CourseEditorPage& page = *editor.courseEditor();
    page.open(draft);
    editor.setCurrentWidget(&page);
    QTreeView& tree = *page.tree();
    tree.expandAll();
    CourseTreeModel& model = *page.treeModel();
    const Uuid spots = sun.lessons[2].id;

    // "Spots" onto the upper half of "Light": it becomes the module's first lesson.
    const QRect spotsRect = tree.visualRect(model.indexOf(spots));
    const QRect lightRect = tree.visualRect(model.indexOf(sun.lessons[0].id));
    BOOST_REQUIRE(!spotsRect.isEmpty() && !lightRect.isEmpty());
    const int steps = page.document()->undoStack()->count();
    dragWithMouse(tree, spotsRect.center(), QPoint(lightRect.center().x(), lightRect.top() + 2));
    const auto& now = page.document()->draft();
    BOOST_TEST(titles(now.modules[0]) == (std::vector<std::string>{"Spots", "Light", "Heat"}),
               boost::test_tools::per_element());
    BOOST_TEST(page.document()->undoStack()->count() == steps + 1);

    // "Heat" onto the "The Moon" row: it moves into that module, after "Phases".
    const QRect heatRect = tree.visualRect(model.indexOf(sun.lessons[1].id));
    const QRect moonRect = tree.visualRect(model.indexOf(moon.id));
    dragWithMouse(tree, heatRect.center(), moonRect.center());
    BOOST_TEST(
        titles(page.document()->draft().modules[0]) == (std::vector<std::string>{"Spots", "Light"}),
        boost::test_tools::per_element());
    BOOST_TEST(
        titles(page.document()->draft().modules[1]) == (std::vector<std::string>{"Phases", "Heat"}),
        boost::test_tools::per_element());
    BOOST_TEST(page.document()->undoStack()->count() == steps + 2);

    // A lesson dropped outside any module (on the empty area below the rows) is refused.
    const QRect lastRect = tree.visualRect(model.indexOf(moon.id));
    const QPoint below(lastRect.center().x(), tree.viewport()->height() - 3);
    BOOST_REQUIRE(below.y() > tree.visualRect(model.indexOf(sun.lessons[1].id)).bottom() + 10);
    dragWithMouse(tree, tree.visualRect(model.indexOf(spots)).center(), below);
    BOOST_TEST(page.document()->undoStack()->count() == steps + 2);
    BOOST_TEST(
        titles(page.document()->draft().modules[0]) == (std::vector<std::string>{"Spots", "Light"}),
        boost::test_tools::per_element());

    // The editor's Undo takes back one drag at a time; Redo replays it.
    page.undoAction()->trigger();
    BOOST_TEST(titles(page.document()->draft().modules[1]) == (std::vector<std::string>{"Phases"}),
               boost::test_tools::per_element());
    BOOST_TEST(titles(page.document()->draft().modules[0]) ==
                   (std::vector<std::string>{"Spots", "Light", "Heat"}),
               boost::test_tools::per_element());
    page.undoAction()->trigger();
    BOOST_TEST(titles(page.document()->draft().modules[0]) ==
                   (std::vector<std::string>{"Light", "Heat", "Spots"}),
               boost::test_tools::per_element());
    page.redoAction()->trigger();
    BOOST_TEST(titles(page.document()->draft().modules[0]) ==
                   (std::vector<std::string>{"Spots", "Light", "Heat"}),
               boost::test_tools::per_element());

    // What the store holds once saved is what the tree shows.
    BOOST_REQUIRE(QTest::qWaitFor([&] { return page.saved(); }, kWaitMs));
    std::optional<client::CourseDraft> stored;
    bool loaded = false;
    editor.store().load(draftId, &editor, [&](auto r) {
        if (r)
            stored = std::move(*r);
        loaded = true;
    });
    BOOST_REQUIRE(QTest::qWaitFor([&] { return loaded; }, kWaitMs));
    BOOST_REQUIRE(stored.has_value());
    BOOST_TEST(titles(stored->modules[0]) == (std::vector<std::string>{"Spots", "Light", "Heat"}),
               boost::test_tools::per_element());
}
