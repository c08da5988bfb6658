-- "Quiz graded" mail (jobs module). The sync module grades graded quizzes on the server while
-- it applies a push and records an 'attemptGraded' notification in that same transaction; this
-- trigger queues the student's mail with it, so the mail exists exactly when the grade does,
-- once per attempt (dedup key), and the sync module needs no mail code.
CREATE FUNCTION jobs_mail_on_graded_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    grade record;
    course_title text;
BEGIN
    IF NEW.kind <> 'attemptGraded' OR NEW.attempt_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT points, max_points INTO grade FROM attempt_grades WHERE attempt_id = NEW.attempt_id;
    SELECT title INTO course_title FROM courses WHERE id = NEW.course_id;
    INSERT INTO jobs (type, payload, max_attempts, dedup_key)
    VALUES ('mail.send',
            jsonb_build_object(
                'user_id', NEW.user_id,
                'template', 'quiz_graded',
                'effect_key', 'quiz_graded:' || NEW.attempt_id,
                'params', jsonb_build_object(
                    'course', coalesce(course_title, ''),
                    -- the sync module's body is "<quiz title>: X of Y points, passed."
                    'quiz', regexp_replace(NEW.body, ': [^:]* of [^:]* points, (not )?passed\.$', ''),
                    'score', coalesce(grade.points::numeric::text, '?'),
                    'max_score', coalesce(grade.max_points::numeric::text, '?'))),
            8, 'mail:quiz_graded:' || NEW.attempt_id)
    ON CONFLICT (dedup_key) DO NOTHING;
    PERFORM pg_notify('satchel_jobs', 'mail.send');
    RETURN NULL;
END
$$;
CREATE TRIGGER notifications_quiz_graded_mail AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION jobs_mail_on_graded_attempt();
