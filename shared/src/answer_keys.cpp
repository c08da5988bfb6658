// Withholding answer keys: the form of a graded quiz that may leave the server. Graded
// quizzes are graded only on the server, so a student's copy must not carry anything that
// tells a right answer from a wrong one.
#include "satchel/model/course.h"

namespace satchel {

Quiz withholdAnswerKeys(Quiz quiz) {
    if (quiz.mode != QuizMode::Graded)
        return quiz;
    for (Question& q : quiz.questions) {
        q.correctChoiceIds.clear();
        q.correctBool = false;
        q.acceptedAnswers.clear();
        // The comparison rules say nothing of the answer itself, but a student's copy has no
        // use for them either: keep the withheld form free of every grading field.
        q.shortAnswer = ShortAnswerRules{};
        q.numeric = NumericAnswer{};
    }
    quiz.answerKeysWithheld = true;
    return quiz;
}

CourseManifest learnerManifest(CourseManifest manifest) {
    for (Module& module : manifest.modules)
        for (Lesson& lesson : module.lessons)
            if (lesson.quiz)
                lesson.quiz = withholdAnswerKeys(std::move(*lesson.quiz));
    return manifest;
}

bool hasWithheldAnswerKeys(const CourseManifest& manifest) {
    for (const Module& module : manifest.modules)
        for (const Lesson& lesson : module.lessons)
            if (lesson.quiz && lesson.quiz->answerKeysWithheld)
                return true;
    return false;
}

}  // namespace satchel
