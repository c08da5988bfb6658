// The instructor's journey through the editor's widgets against the real satchel-syncd and
// PostgreSQL: a course with a video (made by ffmpeg, with WebVTT captions), a reading and a
// graded quiz is built with the editor's own actions and fields, published with the Publish
// dialog (uploads through the upload flow), then a student on the real satchel-cli signs
// in, enrolls, downloads the course, answers the quiz and syncs, and the server grades it. A second
// publish shows the diff and sends no bytes twice. A student gets 403 from the editor's routes.
#define BOOST_TEST_MODULE editor_publish
#include <boost/test/unit_test.hpp>

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>
#include <fstream>
#include <sstream>

#include "../client/cli_device.h"
#include "../server/api_client.h"
#include "../ui/qt_gui_fixture.h"
#include "satchel/client/api_client.h"
#include "satchel/client/local_store.h"
#include "satchel/client/webvtt.h"
#include "satchel/hash.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/process.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/course_editor_page.h"
#include "satchel/ui/editor/course_settings_panel.h"
#include "satchel/ui/editor/course_tree_model.h"
#include "satchel/ui/editor/editor_widget.h"
#include "satchel/ui/editor/my_courses_page.h"
#include "satchel/ui/editor/publish_dialog.h"
#include "satchel/ui/editor/question_editor.h"
#include "satchel/ui/editor/quiz_editor.h"
#include "satchel/ui/editor/reading_editor.h"
#include "satchel/ui/editor/video_lesson_editor.h"

namespace st = satchel::testing;
using namespace satchel;
using namespace satchel::ui::editor;

namespace {

// Offscreen (ctest sets QT_QPA_PLATFORM), GStreamer media backend, private runtime dir.
using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

constexpr int kWaitMs = 60000;

std::string token(const nlohmann::json& login) {
    return login.contains("access_token") ? login["access_token"].get<std::string>()
                                          : login["accessToken"].get<std::string>();
}
std::string refresh(const nlohmann::json& login) {
    return login.contains("refresh_token") ? login["refresh_token"].get<std::string>()
                                           : login["refreshToken"].get<std::string>();
}

// Everything the journey needs: the server, the instructor's app pieces, a small real video.
struct Studio {
    Studio() {
        const auto teacher = server.createWithRole("teacher", "instructor");
        api = std::make_unique<client::ApiClient>(QUrl(QString::fromStdString(server.url())),
                                                  newUuidV7());
        api->session()->set(token(teacher), refresh(teacher));
        video = files.path() / "falling.mp4";
        const int made = st::runCommand(
            {"ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
             "testsrc=duration=2:size=160x120:rate=10", "-pix_fmt", "yuv420p", video.string()},
            (files.path() / "ffmpeg.log").string());
        BOOST_REQUIRE_EQUAL(made, 0);
        captions = files.path() / "falling.vtt";
        std::ofstream(captions) << "WEBVTT\n\n00:00.000 --> 00:02.000\nAn apple falls.\n";
        const client::DraftOwner owner{
            QString::fromStdString(server.url()),
            *Uuid::parse(teacher.at("user").at("id").get<std::string>())};
        editor = std::make_unique<EditorWidget>(
            QString::fromStdString((files.path() / "satchel.sqlite").string()), owner, api.get());
        editor->resize(1200, 800);
        editor->show();
    }

    CourseEditorPage& page() { return *editor->courseEditor(); }
    CourseDocument& doc() { return *page().document(); }
    const client::DraftLesson& lesson(LessonKind kind) {
        for (const auto& m : doc().draft().modules)
            for (const auto& l : m.lessons)
                if (l.kind == kind)
                    return l;
        BOOST_FAIL("no lesson of that kind");
        throw 0;
    }

    st::ServerUnderTest server;
    st::TempDir files{"editor-files"};
    std::filesystem::path video;
    std::filesystem::path captions;
    std::unique_ptr<client::ApiClient> api;
    std::unique_ptr<EditorWidget> editor;
};

void renameInTree(CourseEditorPage& page, const Uuid& id, const QString& title) {
    // What the tree's in-place editor commits.
    const QModelIndex index = page.treeModel()->indexOf(id);
    BOOST_REQUIRE(index.isValid());
    BOOST_REQUIRE(page.treeModel()->setData(index, title, Qt::EditRole));
}

void buildCourse(Studio& s) {
    s.editor->myCourses()->createCourse(QStringLiteral("Mechanics"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return s.editor->currentWidget() == &s.page(); }, kWaitMs));
    CourseEditorPage& page = s.page();

    // Video lesson: imported, probed (duration, size, thumbnail) and captioned.
    page.addVideoAction()->trigger();
    const Uuid videoId = s.lesson(LessonKind::Video).id;
    renameInTree(page, videoId, QStringLiteral("Falling apple"));
    QSignalSpy imported(page.videoEditor(), &VideoLessonEditor::videoImported);
    page.videoEditor()->importVideo(QString::fromStdString(s.video.string()));
    BOOST_REQUIRE(imported.wait(kWaitMs));
    BOOST_REQUIRE_MESSAGE(imported.at(0).at(0).toString().isEmpty(),
                          imported.at(0).at(0).toString().toStdString());
    const auto& video = *s.lesson(LessonKind::Video).video;
    BOOST_TEST(video.durationMs.value_or(0) >= 1900u);
    BOOST_TEST(video.durationMs.value_or(0) <= 2100u);
    BOOST_TEST(video.size == std::filesystem::file_size(s.video));
    BOOST_TEST(page.videoEditor()->durationLabel()->text() == QStringLiteral("0:02"));
    BOOST_TEST(QTest::qWaitFor([&] { return !page.videoEditor()->thumbnail()->pixmap().isNull(); },
                               kWaitMs));
    QSignalSpy captioned(page.videoEditor(), &VideoLessonEditor::captionsAttached);
    page.videoEditor()->attachCaptions(QString::fromStdString(s.captions.string()));
    BOOST_REQUIRE(captioned.wait(kWaitMs));
    BOOST_TEST(captioned.at(0).at(0).toString().isEmpty());

    // Reading: typed into the Markdown field; the preview follows.
    page.addReadingAction()->trigger();
    renameInTree(page, s.lesson(LessonKind::Reading).id, QStringLiteral("Newton's laws"));
    QTest::keyClicks(page.readingEditor()->source(),
                     QStringLiteral("Force equals mass times acceleration."));
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            return page.readingEditor()->preview()->toPlainText().contains(
                QStringLiteral("mass times"));
        },
        kWaitMs));
    BOOST_TEST(s.lesson(LessonKind::Reading).markdown == "Force equals mass times acceleration.");

    // Graded quiz: a single-choice question worth 2 points and a numeric one.
    page.addQuizAction()->trigger();
    renameInTree(page, s.lesson(LessonKind::Quiz).id, QStringLiteral("Check yourself"));
    QuizEditor& quiz = *page.quizEditor();
    quiz.addQuestion(QuestionType::SingleChoice);
    QuestionEditor& q1 = *quiz.questionEditor();
    QTest::keyClicks(q1.promptEdit(), QStringLiteral("Which law is F = m a?"));
    q1.addChoice(QStringLiteral("The first"), false);
    q1.addChoice(QStringLiteral("The second"), true);
    q1.addChoice(QStringLiteral("The third"), false);
    q1.pointsBox()->setValue(2);
    quiz.addQuestion(QuestionType::Numeric);
    QuestionEditor& q2 = *quiz.questionEditor();
    QTest::keyClicks(q2.promptEdit(), QStringLiteral("g in m/s²?"));
    QTest::keyClicks(q2.numericValue(), QStringLiteral("9.81"));
    QTest::keyClicks(q2.numericTolerance(), QStringLiteral("0.05"));
    quiz.passBox()->setValue(50);
    const Quiz& built = s.lesson(LessonKind::Quiz).quiz;
    BOOST_REQUIRE_EQUAL(built.questions.size(), 2u);
    BOOST_TEST(built.questions[0].correctChoiceIds.size() == 1u);
    BOOST_TEST(built.questions[0].points == 2u);
    BOOST_TEST(built.questions[1].numeric.value.value_or(0) == 9.81);
    BOOST_TEST((built.mode == QuizMode::Graded));

    // Settings: a description, open enrollment (the default).
    page.settingsAction()->trigger();
    QTest::keyClicks(page.settingsPanel()->descriptionEdit(), QStringLiteral("Why things move."));
    BOOST_TEST(s.doc().draft().description == "Why things move.");
    BOOST_TEST(page.settingsPanel()->openEnrollment()->isChecked());
    // Reminders after 12 idle days (the course's own setting, not the server's default).
    BOOST_TEST(page.settingsPanel()->reminderDays()->value() == -1);
    page.settingsPanel()->reminderDays()->setValue(12);
    BOOST_TEST(s.doc().draft().reminderInactiveDays.value_or(-1) == 12);
}

quint32 publish(Studio& s) {
    s.page().publishAction()->trigger();
    PublishDialog* dialog = s.page().publishDialog();
    BOOST_REQUIRE(dialog);
    BOOST_REQUIRE_EQUAL(dialog->problemsModel()->rowCount(), 0);
    BOOST_REQUIRE(dialog->publishButton()->isEnabled());
    QSignalSpy published(dialog, &PublishDialog::published);
    QSignalSpy failed(dialog, &PublishDialog::publishFailed);
    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return published.count() + failed.count() > 0; }, kWaitMs));
    BOOST_REQUIRE_MESSAGE(failed.isEmpty(), dialog->statusLabel()->text().toStdString());
    BOOST_TEST(dialog->progressBar()->value() == 1000);
    return published.at(0).at(0).toUInt();
}

}  // namespace

BOOST_AUTO_TEST_CASE(instructor_builds_and_publishes_then_a_student_is_graded) {
    Studio s;
    buildCourse(s);
    BOOST_REQUIRE_EQUAL(publish(s), 1u);
    const Uuid courseId = *s.doc().draft().courseId;
    const std::string course = courseId.toString();

    // The draft (with the version it published) reaches the local store.
    BOOST_REQUIRE(QTest::qWaitFor([&] { return s.page().saved(); }, kWaitMs));
    s.editor->showMyCourses();
    QSignalSpy listed(s.editor->myCourses(), &MyCoursesPage::reloaded);
    BOOST_REQUIRE(listed.wait(kWaitMs));
    BOOST_TEST(
        s.editor->myCourses()->model()->item(0)->text().contains(QStringLiteral("version 1")));

    // A student, on a device of their own driven by the real satchel-cli, signs in, enrolls,
    // downloads the course, answers the quiz from what `quiz` lists, and syncs; the server
    // grades the attempt and the grade comes back to the device.
    const auto studentLogin = s.server.signUp("student");  // the CLI has no sign-up command
    const std::string student = token(studentLogin);
    st::CliDevice device("editor-student");
    device.setServer(s.server.url());
    BOOST_REQUIRE(device.run({"login", "student"}, "correct-horse").status == 0);
    BOOST_REQUIRE(device.run({"enroll", course}).status == 0);
    const auto settings = s.server.call("GET", "/api/v1/courses/" + course, nullptr, student);
    BOOST_REQUIRE_MESSAGE(settings.status == 200, settings.raw.body);
    BOOST_TEST(settings.json["reminderInactiveDays"] == 12);
    BOOST_REQUIRE(device.run({"download", course, "--wait"}).status == 0);
    const auto got = s.server.call("GET", "/api/v1/courses/" + course + "/versions/1/manifest",
                                   nullptr, student);
    BOOST_REQUIRE_MESSAGE(got.status == 200, got.raw.body);
    auto manifest = fromJson<CourseManifest>(got.json);
    BOOST_REQUIRE_MESSAGE(static_cast<bool>(manifest),
                          (manifest ? std::string() : manifest.error().describe()));
    BOOST_REQUIRE_EQUAL(manifest->modules.size(), 1u);
    const auto& lessons = manifest->modules[0].lessons;
    BOOST_REQUIRE_EQUAL(lessons.size(), 3u);
    BOOST_TEST(lessons[0].title == "Falling apple");
    BOOST_TEST(lessons[1].title == "Newton's laws");
    BOOST_TEST(lessons[2].title == "Check yourself");
    BOOST_TEST(manifest->assets.size() == 3u);  // video, captions, reading
    // The student's player finds the attached captions (shared's captionsAssetPath shape).
    const Asset* captions = satchel::client::captionsAssetFor(*manifest, lessons[0]);
    BOOST_REQUIRE(captions);
    BOOST_TEST(captions->sha256 == sha256File(s.captions)->sha256);
    // Every asset is on the device, the video byte for byte.
    for (const auto& asset : manifest->assets)
        BOOST_TEST(std::filesystem::exists(device.assetPath(asset.sha256)), asset.sha256);
    BOOST_TEST(sha256File(device.assetPath(lessons[0].assetSha256))->sha256 ==
               sha256File(s.video)->sha256);

    // The quiz as the student sees it: "QUESTION_ID TYPE POINTS PROMPT", "  CHOICE_ID TEXT".
    const std::string quizLesson = lessons[2].id.toString();
    const auto quizListing = device.run({"quiz", course, quizLesson});
    BOOST_REQUIRE(quizListing.status == 0);
    std::string choiceQuestion, numericQuestion, secondChoice;
    {
        std::istringstream lines(quizListing.output);
        std::string line, current;
        while (std::getline(lines, line)) {
            if (line.rfind("  ", 0) == 0) {
                if (line.find("The second") != std::string::npos && current == choiceQuestion)
                    secondChoice = line.substr(2, line.find(' ', 2) - 2);
                continue;
            }
            const auto space = line.find(' ');
            if (space == std::string::npos)
                continue;
            current = line.substr(0, space);
            if (line.find("Which law") != std::string::npos)
                choiceQuestion = current;
            else if (line.find("g in m/s") != std::string::npos)
                numericQuestion = current;
        }
    }
    BOOST_REQUIRE_MESSAGE(
        !choiceQuestion.empty() && !numericQuestion.empty() && !secondChoice.empty(),
        quizListing.output);
    // "The second" is right (2 points); 9.9 is outside 9.81 ± 0.05 (0 of 1).
    const auto answers = device.data().path() / "answers.json";
    std::ofstream(answers) << nlohmann::json{
        {choiceQuestion, secondChoice},
        {numericQuestion, 9.9}}.dump();
    const auto answered = device.run({"quiz", course, quizLesson, "--answers", answers.string()});
    BOOST_REQUIRE(answered.status == 0);
    BOOST_TEST(answered.has("awaiting grade"), answered.output);  // only the server grades
    const auto attemptLine = answered.output.find("attempt ");
    BOOST_REQUIRE(attemptLine != std::string::npos);
    const auto attemptId = Uuid::parse(answered.output.substr(attemptLine + 8, 36));
    BOOST_REQUIRE(attemptId.has_value());
    BOOST_REQUIRE(device.run({"sync"}).status == 0);

    // The server graded that attempt: 2 of 3 points, passed (67 % against 50 %)…
    std::optional<AttemptGrade> grade;
    BOOST_REQUIRE(st::waitUntil(
        [&] {
            const auto pulled =
                s.server.call("GET", "/api/v1/sync/pull?limit=100", nullptr, student);
            auto page = fromJson<PullResponse>(pulled.json);
            if (pulled.status == 200 && page)
                for (const auto& g : page->grades)
                    if (g.attemptId == *attemptId)
                        grade = g;
            return grade.has_value();
        },
        std::chrono::seconds(60)));
    BOOST_TEST(grade->score.points == 2.0);
    BOOST_TEST(grade->score.maxPoints == 3.0);
    BOOST_TEST(grade->score.passed);
    // …and the next sync brings the grade to the student's device.
    std::optional<AttemptGrade> onDevice;
    BOOST_REQUIRE(st::waitUntil(
        [&] {
            if (device.run({"sync"}).status != 0)
                return false;
            auto store = client::LocalStore::open(
                QString::fromStdString((device.data().path() / "satchel.sqlite").string()));
            if (!store)
                return false;
            auto attempts = (*store)->attempts(lessons[2].id);
            if (attempts)
                for (const auto& stored : *attempts)
                    if (stored.attempt.id == *attemptId && stored.grade)
                        onDevice = stored.grade;
            return onDevice.has_value();
        },
        std::chrono::seconds(60)));
    BOOST_TEST(onDevice->score.points == 2.0);

    // Version 2: a rename and an edited reading; the dialog lists them; nothing is re-sent
    // except the new reading.
    s.editor->openDraft(s.doc().draft().id);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return s.editor->currentWidget() == &s.page(); }, kWaitMs));
    BOOST_REQUIRE(s.page().document()->draft().lastPublished.has_value());
    renameInTree(s.page(), s.lesson(LessonKind::Quiz).id, QStringLiteral("Final check"));
    s.page().select(s.lesson(LessonKind::Reading).id);
    QTest::keyClicks(s.page().readingEditor()->source(), QStringLiteral(" Always."));
    s.page().publishAction()->trigger();
    QStandardItemModel* changes = s.page().publishDialog()->changesModel();
    QStringList listedChanges;
    for (int r = 0; r < changes->rowCount(); ++r)
        listedChanges << changes->item(r)->text();
    BOOST_TEST(
        listedChanges.contains(QStringLiteral("Lesson renamed: Check yourself → Final check")),
        listedChanges.join(QStringLiteral("; ")).toStdString());
    BOOST_TEST(listedChanges.contains(QStringLiteral("Lesson changed: Newton's laws")),
               listedChanges.join(QStringLiteral("; ")).toStdString());
    BOOST_REQUIRE_EQUAL(publish(s), 2u);
    BOOST_TEST(s.page().publishDialog()->lastAssetsUploaded() == 1);
}

BOOST_AUTO_TEST_CASE(a_student_gets_403_from_the_editor_routes) {
    st::ServerUnderTest server;
    const std::string student = token(server.signUp("pupil"));
    const auto create = server.call("POST", "/api/v1/courses", {{"title", "Mine"}}, student);
    BOOST_TEST(create.status == 403, create.raw.body);
    const auto upload = server.call(
        "POST", "/api/v1/assets/uploads",
        {{"protocol", 1}, {"sha256", sha256Hex("x")}, {"size", 1}, {"mediaType", "text/plain"}},
        student);
    BOOST_TEST(upload.status == 403, upload.raw.body);
}

BOOST_AUTO_TEST_CASE(gift_import_reports_problems_by_line_and_imports_nothing_then) {
    CourseDocument doc(client::newCourseDraft("Quizzes"));
    const Uuid module = doc.addModule(QStringLiteral("One"));
    const Uuid quizId = doc.addLesson(module, LessonKind::Quiz, QStringLiteral("Check"));
    QuizEditor editor(doc);
    editor.setLesson(*doc.draft().findLesson(quizId));
    const int steps = doc.undoStack()->count();
    BOOST_TEST(
        !editor.importGift(QStringLiteral("Capital of France? {=Paris ~Lyon}\n\n"
                                          "Match: {=a -> 1 =b -> 2}\n")));
    BOOST_TEST(editor.giftReport()->text().contains(QStringLiteral("Line 3")),
               editor.giftReport()->text().toStdString());
    BOOST_TEST(doc.undoStack()->count() == steps);
    BOOST_TEST(doc.draft().findLesson(quizId)->quiz.questions.empty());

    editor.setLesson(*doc.draft().findLesson(quizId));
    BOOST_TEST(
        editor.importGift(QStringLiteral("Capital of France? {=Paris ~Lyon ~Nice}\n\n"
                                         "The Earth is flat. {F}\n")));
    const Quiz& quiz = doc.draft().findLesson(quizId)->quiz;
    BOOST_REQUIRE_EQUAL(quiz.questions.size(), 2u);
    BOOST_TEST((quiz.questions[0].type == QuestionType::SingleChoice));
    BOOST_TEST((quiz.questions[1].type == QuestionType::TrueFalse));
    BOOST_TEST(quiz.questions[0].id != quiz.questions[1].id);
    doc.undoStack()->undo();  // the whole import is one step
    BOOST_TEST(doc.draft().findLesson(quizId)->quiz.questions.empty());
}
