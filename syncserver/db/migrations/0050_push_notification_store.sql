-- One notification store. push_events (0020) is the source of truth for everything a user is
-- told: the push channel sends its rows live, and the sync pull delivers the same rows as
-- shared's Notification records (pull_notifications below), so a client that never opened a
-- socket still gets every announcement, grade, enrollment, new version, reminder and
-- certificate. The sync module's notifications table (0010) is folded into push_events and
-- dropped; writers now call push_create_event (push/event_store.h).
--
-- Pull pages notifications by the push sequence (its cursor carries the last push seq next to
-- the feed seq), so an event costs one row and one sequence number whoever reads it.
--
-- Lock order. A user's sync_heads row is always taken before the same user's push_user_seq
-- row: a sync push that grades a quiz reserves its feed seqs, then creates the quiz.graded
-- event. The course-version and enrollment triggers used to run push first (triggers fire in
-- name order); they are renamed below so the sync feed's trigger runs first, and a publish
-- racing a student's push can no longer deadlock.

-- Stable ids (the Notification's id; the client stores by it) and read state. Nothing on the
-- server looks an event up by id, so it has no index (a broadcast writes thousands of rows).
ALTER TABLE push_events ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE push_events ADD COLUMN read_at_ms bigint;

-- ---- moving the old notifications ---------------------------------------------------------
-- Versions and grades announced after 0020 exist in both tables: those push events take the
-- notification's id, read state and text (the quiz title, which the push event lacked).
UPDATE push_events p
   SET id = n.id, read_at_ms = n.read_at_ms
  FROM notifications n
 WHERE n.kind = 'coursePublished' AND p.kind = 'course.version_published'
   AND p.user_id = n.user_id AND p.data->>'course_id' = n.course_id::text
   AND (p.data->>'version')::integer = n.course_version;

-- Practice quizzes are no longer announced (only graded ones, as the notifications table did).
DELETE FROM push_events p
 WHERE p.kind = 'quiz.graded'
   AND NOT EXISTS (SELECT 1 FROM notifications n
                    WHERE n.kind = 'attemptGraded' AND n.attempt_id::text = p.data->>'attempt_id');

UPDATE push_events p
   SET id = n.id, read_at_ms = n.read_at_ms,
       data = p.data || jsonb_build_object(
           'course_version', n.course_version,
           'quiz_title', regexp_replace(n.body, ': [^:]* of [^:]* points, (not )?passed\.$', ''))
  FROM notifications n
 WHERE n.kind = 'attemptGraded' AND p.kind = 'quiz.graded'
   AND n.attempt_id::text = p.data->>'attempt_id';

-- Every other notification becomes a push event of its own (numbered after the user's
-- existing ones, keeping its id, time and read state).
DO $$
DECLARE
    n record;
    new_seq bigint;
BEGIN
    FOR n IN SELECT * FROM notifications o
              WHERE NOT EXISTS (SELECT 1 FROM push_events p WHERE p.id = o.id)
              ORDER BY o.user_id, o.seq
    LOOP
        INSERT INTO push_user_seq AS s (user_id, last_seq) VALUES (n.user_id, 1)
            ON CONFLICT (user_id) DO UPDATE SET last_seq = s.last_seq + 1
            RETURNING last_seq INTO new_seq;
        INSERT INTO push_events (user_id, seq, kind, data, created_at, id, read_at_ms)
        VALUES (n.user_id, new_seq,
                CASE n.kind WHEN 'coursePublished' THEN 'course.version_published'
                            WHEN 'attemptGraded' THEN 'quiz.graded'
                            WHEN 'announcement' THEN 'course.announcement'
                            ELSE 'course.reminder' END,
                jsonb_strip_nulls(jsonb_build_object(
                    'course_id', n.course_id, 'version', n.course_version,
                    'course_version', n.course_version, 'attempt_id', n.attempt_id,
                    'title', n.title, 'body', n.body,
                    'quiz_title', CASE WHEN n.kind = 'attemptGraded' THEN
                        regexp_replace(n.body, ': [^:]* of [^:]* points, (not )?passed\.$', '')
                        END)),
                to_timestamp(n.created_at_ms / 1000.0), n.id, n.read_at_ms);
    END LOOP;
END
$$;

DROP TABLE notifications;  -- with jobs' notifications_quiz_graded_mail trigger (0033)

-- ---- writers ------------------------------------------------------------------------------
-- A grade is announced by the sync module itself (it knows the quiz's title and mode), not
-- by a trigger on every grade.
DROP TRIGGER attempt_grades_push ON attempt_grades;
DROP FUNCTION push_on_attempt_grade();

-- New versions reach the sync feed as versions only; their notification is the push event.
-- Same contract and lock order as 0011.
CREATE OR REPLACE FUNCTION sync_feed_course_published() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM courses WHERE id = NEW.course_id FOR UPDATE;
    WITH heads AS (
        INSERT INTO sync_heads AS h (user_id, seq)
        SELECT e.user_id, 1 FROM enrollments e WHERE e.course_id = NEW.course_id ORDER BY e.user_id
        ON CONFLICT (user_id) DO UPDATE SET seq = h.seq + EXCLUDED.seq
        RETURNING h.user_id, h.seq
    )
    INSERT INTO sync_course_versions (user_id, seq, course_id, version)
    SELECT user_id, seq, NEW.course_id, NEW.version FROM heads;
    RETURN NULL;
END
$$;

-- Sync feed first, push second (see the lock order above): 'then_push' sorts after 'sync_feed'.
ALTER TRIGGER course_versions_push ON course_versions RENAME TO course_versions_then_push;
ALTER TRIGGER enrollments_push ON enrollments RENAME TO enrollments_then_push;

-- "Quiz graded" mail (jobs module, was a trigger on notifications in 0033): queued in the
-- transaction that announces the grade, once per attempt.
CREATE OR REPLACE FUNCTION jobs_mail_on_graded_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO jobs (type, payload, max_attempts, dedup_key)
    VALUES ('mail.send',
            jsonb_build_object(
                'user_id', NEW.user_id,
                'template', 'quiz_graded',
                'effect_key', 'quiz_graded:' || (NEW.data->>'attempt_id'),
                'params', jsonb_build_object(
                    'course', coalesce((SELECT title FROM courses
                                         WHERE id::text = NEW.data->>'course_id'), ''),
                    'quiz', coalesce(NEW.data->>'quiz_title', ''),
                    'score', coalesce(NEW.data->>'points', '?'),
                    'max_score', coalesce(NEW.data->>'max_points', '?'))),
            8, 'mail:quiz_graded:' || (NEW.data->>'attempt_id'))
    ON CONFLICT (dedup_key) DO NOTHING;
    PERFORM pg_notify('satchel_jobs', 'mail.send');
    RETURN NULL;
END
$$;
CREATE TRIGGER push_events_quiz_graded_mail AFTER INSERT ON push_events
    FOR EACH ROW WHEN (NEW.kind = 'quiz.graded' AND NEW.data ? 'attempt_id')
    EXECUTE FUNCTION jobs_mail_on_graded_attempt();

-- ---- readers ------------------------------------------------------------------------------
-- The shared model's notification kind of an event kind (NULL: not shown as a notification).
CREATE FUNCTION push_notification_kind(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_kind
        WHEN 'course.version_published' THEN 'coursePublished'
        WHEN 'quiz.graded' THEN 'attemptGraded'
        WHEN 'course.announcement' THEN 'announcement'
        WHEN 'course.reminder' THEN 'reminder'
        WHEN 'enrollment.added' THEN 'enrollmentAdded'
        WHEN 'certificate.ready' THEN 'certificateReady'
    END
$$;

-- Title and body shown to the user, written once here for both the socket and the pull.
CREATE FUNCTION push_notification_title(p_kind text, p_data jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(CASE p_kind
        WHEN 'course.version_published' THEN 'New course version'
        WHEN 'quiz.graded' THEN 'Quiz graded'
        WHEN 'course.announcement' THEN coalesce(p_data->>'title', 'Announcement')
        WHEN 'course.reminder' THEN coalesce(p_data->>'title',
                                             'Continue ' || coalesce(p_data->>'course_title', ''))
        WHEN 'enrollment.added' THEN 'Enrolled'
        WHEN 'certificate.ready' THEN 'Certificate ready'
        ELSE p_kind END, 200)
$$;

CREATE FUNCTION push_notification_body(p_kind text, p_data jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(coalesce(CASE p_kind
        WHEN 'course.version_published' THEN
            coalesce(p_data->>'title', 'A course') || ': version ' || (p_data->>'version')
            || ' is available.'
        WHEN 'quiz.graded' THEN
            coalesce(p_data->>'quiz_title', 'Quiz') || ': ' || (p_data->>'points') || ' of '
            || (p_data->>'max_points') || ' points, '
            || CASE WHEN (p_data->>'passed')::boolean THEN 'passed.' ELSE 'not passed.' END
        WHEN 'course.announcement' THEN p_data->>'body'
        WHEN 'course.reminder' THEN coalesce(p_data->>'body',
            'It has been ' || (p_data->>'inactive_days') || ' days since you last studied '
            || (p_data->>'course_title') || '.')
        WHEN 'enrollment.added' THEN 'You are enrolled in ' || (p_data->>'title') || '.'
        WHEN 'certificate.ready' THEN 'Your certificate for ' || (p_data->>'course_title')
            || ' is ready (code ' || (p_data->>'code') || ').'
        END, ''), 5000)
$$;

-- What the sync pull delivers: a user's events as shared's Notification fields, by push seq.
-- Values are checked before they are cast (events are written by several modules, and tests
-- write free-form ones); an event lacking what its kind requires (a version's course and
-- number, a grade's attempt) gets kind NULL and is not shown.
CREATE VIEW pull_notifications AS
WITH typed AS (
    SELECT p.user_id, p.seq, p.id, p.kind AS event_kind, p.data, p.created_at, p.read_at_ms,
           CASE WHEN p.data->>'course_id' ~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                THEN (p.data->>'course_id')::uuid END AS course_id,
           CASE WHEN p.data->>'attempt_id' ~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                THEN (p.data->>'attempt_id')::uuid END AS attempt_id,
           CASE WHEN (CASE WHEN p.kind = 'course.version_published' THEN p.data->>'version'
                           ELSE p.data->>'course_version' END) ~ '^[1-9][0-9]{0,8}$'
                THEN (CASE WHEN p.kind = 'course.version_published' THEN p.data->>'version'
                           ELSE p.data->>'course_version' END)::integer END AS course_version
      FROM push_events p
)
SELECT user_id, seq, id,
       CASE WHEN event_kind = 'course.version_published'
                 AND (course_id IS NULL OR course_version IS NULL) THEN NULL
            WHEN event_kind = 'quiz.graded' AND attempt_id IS NULL THEN NULL
            ELSE push_notification_kind(event_kind) END AS kind,
       push_notification_title(event_kind, data) AS title,
       push_notification_body(event_kind, data) AS body,
       course_id, course_version, attempt_id,
       (extract(epoch FROM created_at) * 1000)::bigint AS created_at_ms,
       read_at_ms
  FROM typed;
