-- A quiz lesson whose rule is "quizPassed" counts towards course completion only with a passing
-- grade (syncserver/jobs/certificates/course_completion.cpp): this index answers "has the user
-- passed this lesson" with one probe instead of a scan of the user's grades.
CREATE INDEX attempt_grades_passed ON attempt_grades (user_id, lesson_id) WHERE passed;
