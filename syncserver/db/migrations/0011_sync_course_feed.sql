-- New versions of enrolled courses reach each enrolled user's sync feed (0010) without the
-- publish and enroll routes knowing about sync: triggers append to the feed in the same
-- transaction as the version or the enrollment.
--
-- Publish and enroll can race (a student enrolls while a version is published). Both triggers
-- lock the course row first, publish exclusively and enroll shared, so one waits for the other
-- and then sees its committed row: the enrollment either sees the new version or the publish
-- sees the enrollment, never neither. Locks are taken course first, then users' feeds in
-- user_id order; a push takes only its own user's feed, so no cycle can form.
CREATE TABLE sync_course_versions (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seq        bigint NOT NULL,
    course_id  uuid NOT NULL,
    version    integer NOT NULL,
    PRIMARY KEY (user_id, seq)
);

CREATE FUNCTION sync_feed_course_published() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM courses WHERE id = NEW.course_id FOR UPDATE;
    -- Two seqs per enrolled user: the version, then its notification.
    WITH heads AS (
        INSERT INTO sync_heads AS h (user_id, seq)
        SELECT e.user_id, 2 FROM enrollments e WHERE e.course_id = NEW.course_id ORDER BY e.user_id
        ON CONFLICT (user_id) DO UPDATE SET seq = h.seq + EXCLUDED.seq
        RETURNING h.user_id, h.seq
    ), versions AS (
        INSERT INTO sync_course_versions (user_id, seq, course_id, version)
        SELECT user_id, seq - 1, NEW.course_id, NEW.version FROM heads
    )
    INSERT INTO notifications (user_id, seq, kind, title, body, course_id, course_version)
    SELECT heads.user_id, heads.seq, 'coursePublished', 'New course version',
           left(c.title, 5000) || ': version ' || NEW.version || ' is available.',
           NEW.course_id, NEW.version
    FROM heads JOIN courses c ON c.id = NEW.course_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER course_versions_sync_feed AFTER INSERT ON course_versions
    FOR EACH ROW EXECUTE FUNCTION sync_feed_course_published();

CREATE FUNCTION sync_feed_enrolled() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    latest integer;
BEGIN
    PERFORM 1 FROM courses WHERE id = NEW.course_id FOR SHARE;
    SELECT max(version) INTO latest FROM course_versions WHERE course_id = NEW.course_id;
    IF latest IS NOT NULL THEN
        INSERT INTO sync_course_versions (user_id, seq, course_id, version)
        VALUES (NEW.user_id, sync_reserve_seq(NEW.user_id, 1), NEW.course_id, latest);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER enrollments_sync_feed AFTER INSERT ON enrollments
    FOR EACH ROW EXECUTE FUNCTION sync_feed_enrolled();

-- Learners active per day, course and lesson: maintained by the push (one row per distinct
-- day, course, lesson and user of a batch), so "trending" reads at most a week of this small
-- table instead of the event log. The primary key leads with day for that range scan.
CREATE TABLE learner_activity (
    day        date NOT NULL,
    course_id  uuid NOT NULL,
    lesson_id  uuid NOT NULL,
    user_id    uuid NOT NULL,
    PRIMARY KEY (day, course_id, lesson_id, user_id)
);
