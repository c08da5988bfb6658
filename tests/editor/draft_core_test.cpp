// client/core's draft side without widgets: the stored form round-trips through the real
// SQLite database (local migration 4), the publish plan names every problem, and the diff
// tells added, removed, renamed, moved and changed lessons and modules apart.
#define BOOST_TEST_MODULE editor_draft_core
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <fstream>

#include "satchel/client/draft_codec.h"
#include "satchel/client/draft_diff.h"
#include "satchel/client/draft_manifest.h"
#include "satchel/client/draft_store.h"
#include "satchel/hash.h"
#include "satchel/testing/env.h"

using namespace satchel;
using namespace satchel::client;

namespace {

struct App {
    int argc = 1;
    char name[16] = "editor-test";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(App);

Question trueFalse(const std::string& id) {
    Question q;
    q.id = id;
    q.type = QuestionType::TrueFalse;
    q.prompt = "Water boils at 100 °C at sea level.";
    q.correctBool = true;
    return q;
}

// A complete draft: one module with a video (a real file), a reading and a graded quiz.
CourseDraft completeDraft(const std::filesystem::path& videoFile) {
    CourseDraft d = newCourseDraft("Physics");
    DraftModule m = newDraftModule("Motion");
    DraftLesson video = newDraftLesson(LessonKind::Video, "Intro");
    auto digest = sha256File(videoFile);
    BOOST_REQUIRE(digest);
    video.video = DraftFile{videoFile.string(), digest->sha256, digest->size, "video/mp4", 61000};
    DraftLesson reading = newDraftLesson(LessonKind::Reading, "Laws");
    reading.markdown = "# Newton\n\nThree laws.";
    DraftLesson quiz = newDraftLesson(LessonKind::Quiz, "Check");
    quiz.quiz.questions.push_back(trueFalse("q1"));
    m.lessons = {video, reading, quiz};
    d.modules.push_back(m);
    return d;
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

BOOST_AUTO_TEST_CASE(drafts_round_trip_through_the_local_database) {
    testing::TempDir dir("drafts");
    writeFile(dir.path() / "v.mp4", "not really a video");
    CourseDraft draft = completeDraft(dir.path() / "v.mp4");
    draft.openEnrollment = false;
    draft.reminderInactiveDays = 14;
    draft.completion.videoMinWatchedPercent = 75;
    draft.pendingUploads[std::string(64, 'a')] = PendingUpload{"upload-1", {{1, "\"etag-1\""}}};
    const QString db = QString::fromStdString((dir.path() / "satchel.sqlite").string());
    const DraftOwner owner{QStringLiteral("http://127.0.0.1:1"), newUuidV7()};
    {
        auto store = DraftStore::open(db, owner);
        BOOST_REQUIRE_MESSAGE(static_cast<bool>(store),
                              (store ? QString() : store.error().message).toStdString());
        BOOST_REQUIRE((*store)->save(draft));
        CourseDraft second = newCourseDraft("Later");
        BOOST_REQUIRE((*store)->save(second));
        auto list = (*store)->list();
        BOOST_REQUIRE(list);
        BOOST_REQUIRE(list->size() == 2u);
        BOOST_TEST(list->back().title == "Physics");
        BOOST_TEST(!list->back().publishedVersion.has_value());
    }
    auto reopened = DraftStore::open(db, owner);
    BOOST_REQUIRE(reopened);
    auto loaded = (*reopened)->load(draft.id);
    BOOST_REQUIRE(loaded);
    BOOST_TEST((*loaded == draft));
    BOOST_REQUIRE((*reopened)->remove(draft.id));
    auto gone = (*reopened)->load(draft.id);
    BOOST_REQUIRE(!gone);
    BOOST_TEST((gone.error().kind == StoreError::Kind::NotFound));
}

BOOST_AUTO_TEST_CASE(a_draft_from_a_newer_format_is_refused) {
    std::string text = encodeDraft(newCourseDraft("x"));
    const auto at = text.find("\"draftFormat\":1");
    BOOST_REQUIRE(at != std::string::npos);
    text.replace(at, 15, "\"draftFormat\":9");
    auto decoded = decodeDraft(text);
    BOOST_REQUIRE(!decoded);
    BOOST_TEST(decoded.error().find("draftFormat") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_complete_draft_plans_a_valid_manifest) {
    testing::TempDir dir("drafts");
    writeFile(dir.path() / "v.mp4", "video bytes");
    const CourseDraft draft = completeDraft(dir.path() / "v.mp4");
    PublishPlan plan = planPublish(draft);
    verifyLocalFiles(plan, draft);
    BOOST_TEST(plan.problems.empty());
    BOOST_TEST(plan.manifest.assets.size() == 2u);  // the video and the reading
    BOOST_TEST(plan.assets[1].bytes == "# Newton\n\nThree laws.");
    BOOST_TEST((plan.manifest.modules[0].lessons[0].completion.kind == CompletionKind::Watched));
    BOOST_TEST((plan.manifest.modules[0].lessons[2].completion.kind == CompletionKind::QuizPassed));
}

BOOST_AUTO_TEST_CASE(the_plan_names_every_problem) {
    testing::TempDir dir("drafts");
    writeFile(dir.path() / "v.mp4", "video bytes");
    CourseDraft draft = completeDraft(dir.path() / "v.mp4");
    draft.title.clear();
    auto& lessons = draft.modules[0].lessons;
    lessons[1].markdown.clear();
    Question single;
    single.id = "q2";
    single.type = QuestionType::SingleChoice;
    single.prompt = "Pick";
    single.choices = {{"a", "A"}, {"b", "B"}};
    single.correctChoiceIds = {"a", "b"};  // two right answers for a single choice
    lessons[2].quiz.questions.push_back(single);
    DraftLesson emptyQuiz = newDraftLesson(LessonKind::Quiz, "Empty");
    DraftLesson noVideo = newDraftLesson(LessonKind::Video, "");
    lessons.push_back(emptyQuiz);
    lessons.push_back(noVideo);

    using K = DraftProblem::Kind;
    std::vector<int> kinds;
    for (const auto& p : planPublish(draft).problems)
        kinds.push_back(static_cast<int>(p.kind));
    std::vector<int> expected;
    for (K k : {K::MissingCourseTitle, K::EmptyReading, K::InvalidQuiz, K::NoQuestions,
                K::MissingLessonTitle, K::MissingVideo})
        expected.push_back(static_cast<int>(k));
    BOOST_TEST(kinds == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_changed_or_missing_file_stops_publishing) {
    testing::TempDir dir("drafts");
    writeFile(dir.path() / "v.mp4", "video bytes");
    const CourseDraft draft = completeDraft(dir.path() / "v.mp4");
    writeFile(dir.path() / "v.mp4", "other bytes");
    PublishPlan changed = planPublish(draft);
    verifyLocalFiles(changed, draft);
    BOOST_REQUIRE(changed.problems.size() == 1u);
    BOOST_TEST((changed.problems[0].kind == DraftProblem::Kind::FileChanged));
    std::filesystem::remove(dir.path() / "v.mp4");
    PublishPlan missing = planPublish(draft);
    verifyLocalFiles(missing, draft);
    BOOST_REQUIRE(missing.problems.size() == 1u);
    BOOST_TEST((missing.problems[0].kind == DraftProblem::Kind::FileMissing));
}

BOOST_AUTO_TEST_CASE(diff_tells_each_kind_of_change_apart) {
    testing::TempDir dir("drafts");
    writeFile(dir.path() / "v.mp4", "video bytes");
    CourseDraft draft = completeDraft(dir.path() / "v.mp4");
    DraftModule second = newDraftModule("Energy");
    second.lessons.push_back(newDraftLesson(LessonKind::Reading, "Work"));
    second.lessons[0].markdown = "W = F·s";
    draft.modules.push_back(second);
    const CourseManifest before = planPublish(draft).manifest;

    auto& motion = draft.modules[0];
    motion.lessons[1].title = "Newton's laws";                // renamed
    motion.lessons[2].quiz.questions[0].correctBool = false;  // changed
    DraftLesson removed = motion.lessons[0];
    motion.lessons.erase(motion.lessons.begin());                                      // removed
    draft.modules[1].lessons.push_back(newDraftLesson(LessonKind::Reading, "Power"));  // added
    draft.modules[1].lessons.back().markdown = "P = W/t";
    draft.modules[1].title = "Work and energy";     // module renamed
    std::swap(draft.modules[0], draft.modules[1]);  // modules moved
    const CourseManifest after = planPublish(draft).manifest;

    using K = CourseChange::Kind;
    using S = CourseChange::Subject;
    const auto changes = diffCourses(before, after);
    auto has = [&](K kind, S subject, const std::string& title) {
        for (const auto& c : changes)
            if (c.kind == kind && c.subject == subject && c.title == title)
                return true;
        return false;
    };
    BOOST_TEST(has(K::Renamed, S::Module, "Work and energy"));
    BOOST_TEST(has(K::Moved, S::Module, "Motion"));
    BOOST_TEST(has(K::Renamed, S::Lesson, "Newton's laws"));
    BOOST_TEST(!has(K::Changed, S::Lesson, "Newton's laws"));
    BOOST_TEST(has(K::Changed, S::Lesson, "Check"));
    BOOST_TEST(has(K::Removed, S::Lesson, "Intro"));
    BOOST_TEST(has(K::Added, S::Lesson, "Power"));
    BOOST_TEST(!has(K::Moved, S::Lesson, "Work"));  // a lesson added after it moves nothing
    BOOST_TEST(diffCourses(after, after).empty());
}
