// Undo and redo of the course editor's commands (CourseDocument + DraftCommand over
// client/core's draft_edits): each structural edit is one step that undo reverses exactly
// and redo re-applies; typing merges into one step; server facts survive undo.
#define BOOST_TEST_MODULE editor_draft_commands
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <memory>

#include "satchel/client/draft_edits.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/course_tree_model.h"

using namespace satchel;
using namespace satchel::client;
using satchel::ui::editor::CourseDocument;

namespace {

struct App {
    int argc = 1;
    char name[16] = "editor-test";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(App);

std::vector<std::string> titles(const CourseDraft& d) {
    std::vector<std::string> out;
    for (const auto& m : d.modules) {
        out.push_back("M:" + m.title);
        for (const auto& l : m.lessons)
            out.push_back("L:" + l.title);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_structural_edit_is_one_undoable_step) {
    CourseDocument doc(newCourseDraft("Physics"));
    const Uuid m1 = doc.addModule("Motion");
    const Uuid m2 = doc.addModule("Energy");
    const Uuid video = doc.addLesson(m1, LessonKind::Video, "Intro video");
    const Uuid reading = doc.addLesson(m1, LessonKind::Reading, "Newton's laws");
    const Uuid quiz = doc.addLesson(m2, LessonKind::Quiz, "Check");
    BOOST_TEST(doc.undoStack()->count() == 5);
    const CourseDraft built = doc.draft();

    doc.renameLesson(reading, "Newton's three laws");
    doc.moveLesson(quiz, m1, 0);
    doc.moveModule(m2, 0);
    doc.removeLesson(video);
    doc.renameModule(m1, "Kinematics");
    BOOST_TEST(
        titles(doc.draft()) == (std::vector<std::string>{"M:Energy", "M:Kinematics", "L:Check",
                                                         "L:Newton's three laws"}),
        boost::test_tools::per_element());
    BOOST_TEST(doc.undoStack()->count() == 10);
    const CourseDraft edited = doc.draft();

    for (int i = 0; i < 5; ++i)
        doc.undoStack()->undo();
    BOOST_TEST((doc.draft() == built));
    for (int i = 0; i < 5; ++i)
        doc.undoStack()->redo();
    BOOST_TEST((doc.draft() == edited));
    for (int i = 0; i < 10; ++i)
        doc.undoStack()->undo();
    BOOST_TEST(doc.draft().modules.empty());
    BOOST_TEST(doc.draft().title == "Physics");
}

BOOST_AUTO_TEST_CASE(edits_that_change_nothing_leave_no_step) {
    CourseDocument doc(newCourseDraft("Chemistry"));
    const Uuid m = doc.addModule("Atoms");
    doc.renameModule(m, "Atoms");                          // same title
    doc.removeLesson(newUuidV7());                         // no such lesson
    doc.moveModule(newUuidV7(), 0);                        // no such module
    doc.addLesson(newUuidV7(), LessonKind::Reading, "x");  // no such module
    BOOST_TEST(doc.undoStack()->count() == 1);
}

BOOST_AUTO_TEST_CASE(typing_in_one_lesson_merges_into_one_step) {
    CourseDocument doc(newCourseDraft("Biology"));
    const Uuid m = doc.addModule("Cells");
    const Uuid r = doc.addLesson(m, LessonKind::Reading, "Membranes");
    DraftLesson lesson = *doc.draft().findLesson(r);
    for (const char* text : {"#", "# T", "# Title", "# Title\n\nBody"}) {
        lesson.markdown = text;
        doc.updateLesson(lesson, "Edit reading", 0);
    }
    BOOST_TEST(doc.undoStack()->count() == 3);
    BOOST_TEST(doc.draft().findLesson(r)->markdown == "# Title\n\nBody");
    doc.undoStack()->undo();
    BOOST_TEST(doc.draft().findLesson(r)->markdown.empty());
    doc.undoStack()->redo();
    BOOST_TEST(doc.draft().findLesson(r)->markdown == "# Title\n\nBody");
}

BOOST_AUTO_TEST_CASE(structure_signal_only_for_tree_changes) {
    CourseDocument doc(newCourseDraft("History"));
    QSignalSpy structure(&doc, &CourseDocument::structureChanged);
    QSignalSpy changed(&doc, &CourseDocument::draftChanged);
    const Uuid m = doc.addModule("Rome");
    const Uuid r = doc.addLesson(m, LessonKind::Reading, "Republic");
    BOOST_TEST(structure.count() == 2);
    DraftLesson lesson = *doc.draft().findLesson(r);
    lesson.markdown = "SPQR";
    doc.updateLesson(lesson, "Edit reading", 0);
    BOOST_TEST(structure.count() == 2);  // content only
    BOOST_TEST(changed.count() == 3);
    doc.undoStack()->undo();
    BOOST_TEST(structure.count() == 2);
    doc.undoStack()->undo();
    BOOST_TEST(structure.count() == 3);
}

BOOST_AUTO_TEST_CASE(undo_keeps_what_the_server_said) {
    CourseDocument doc(newCourseDraft("Art"));
    const Uuid m = doc.addModule("Colour");
    const Uuid courseId = newUuidV7();
    CourseManifest published;
    published.courseId = courseId;
    published.version = 1;
    doc.setPublished(courseId, published);
    doc.renameModule(m, "Color");
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    BOOST_TEST(doc.draft().modules.empty());
    BOOST_REQUIRE(doc.draft().courseId.has_value());
    BOOST_TEST(doc.draft().courseId->toString() == courseId.toString());
    BOOST_TEST(doc.draft().lastPublished->version == 1u);
}

BOOST_AUTO_TEST_CASE(course_settings_edits_merge_per_field_and_undo) {
    CourseDocument doc(newCourseDraft("Music"));
    CourseDraft s = doc.draft();
    s.title = "Music t";
    doc.updateCourse(s, "Edit course details", 0);
    s.title = "Music theory";
    doc.updateCourse(s, "Edit course details", 0);
    s.openEnrollment = false;
    doc.updateCourse(s, "Change course settings");
    BOOST_TEST(doc.undoStack()->count() == 2);
    BOOST_TEST(!doc.draft().openEnrollment);
    doc.undoStack()->undo();
    BOOST_TEST(doc.draft().openEnrollment);
    BOOST_TEST(doc.draft().title == "Music theory");
    doc.undoStack()->undo();
    BOOST_TEST(doc.draft().title == "Music");
}

BOOST_AUTO_TEST_CASE(move_lesson_positions_count_after_leaving) {
    CourseDraft d = newCourseDraft("x");
    DraftModule a = newDraftModule("A");
    for (const char* t : {"1", "2", "3"})
        a.lessons.push_back(newDraftLesson(LessonKind::Reading, t));
    const Uuid first = a.lessons[0].id;
    const Uuid moduleA = a.id;
    insertModule(d, a, 0);
    BOOST_TEST(moveLesson(d, first, moduleA, 2));
    BOOST_TEST(titles(d) == (std::vector<std::string>{"M:A", "L:2", "L:3", "L:1"}),
               boost::test_tools::per_element());
    BOOST_TEST(!moveLesson(d, first, moduleA, 2));  // already there
    BOOST_TEST(moveLesson(d, first, moduleA, 0));
    BOOST_TEST(titles(d) == (std::vector<std::string>{"M:A", "L:1", "L:2", "L:3"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dropping_a_lesson_on_another_module_moves_it_as_one_step) {
    CourseDocument doc(newCourseDraft("Geography"));
    const Uuid rivers = doc.addModule("Rivers");
    const Uuid mountains = doc.addModule("Mountains");
    const Uuid nile = doc.addLesson(rivers, LessonKind::Reading, "Nile");
    doc.addLesson(mountains, LessonKind::Reading, "Alps");
    satchel::ui::editor::CourseTreeModel model(doc);
    // What the tree view does on a drag and drop: mimeData() of the dragged row, then
    // dropMimeData() on the target (row 0 of "Mountains").
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(nile)}));
    BOOST_REQUIRE(mime);
    const QModelIndex target = model.indexOf(mountains);
    BOOST_TEST(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, target));
    BOOST_TEST(!model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, target);
    BOOST_TEST(titles(doc.draft()) ==
                   (std::vector<std::string>{"M:Rivers", "M:Mountains", "L:Nile", "L:Alps"}),
               boost::test_tools::per_element());
    BOOST_TEST(model.rowCount(model.indexOf(mountains)) == 2);
    doc.undoStack()->undo();
    BOOST_TEST(model.rowCount(model.indexOf(rivers)) == 1);

    // Renaming in place goes through the undo stack too.
    BOOST_TEST(model.setData(model.indexOf(rivers), QStringLiteral("Great rivers"), Qt::EditRole));
    BOOST_TEST(doc.draft().modules[0].title == "Great rivers");
    BOOST_TEST(!model.setData(model.indexOf(rivers), QStringLiteral("  "), Qt::EditRole));
    doc.undoStack()->undo();
    BOOST_TEST(doc.draft().modules[0].title == "Rivers");
}
