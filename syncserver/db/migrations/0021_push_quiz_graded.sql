-- 'quiz.graded' push events: one per grade the sync module records (attempt_grades, written
-- in the same transaction as the attempt), created by a trigger so the grader needs no push
-- code. Data carries ids and the score; the client syncs to get the rest.
CREATE FUNCTION push_on_attempt_grade() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM push_create_event(NEW.user_id, 'quiz.graded',
        jsonb_build_object('attempt_id', NEW.attempt_id,
                           'course_id', NEW.course_id,
                           'lesson_id', NEW.lesson_id,
                           'points', NEW.points,
                           'max_points', NEW.max_points,
                           'passed', NEW.passed));
    RETURN NULL;
END
$$;
CREATE TRIGGER attempt_grades_push AFTER INSERT ON attempt_grades
    FOR EACH ROW EXECUTE FUNCTION push_on_attempt_grade();
