-- Real-time push (syncserver/push): per-user events with a gapless per-user sequence.
--
-- An event is created inside the transaction that makes the change it describes, through
-- push_create_event / push_create_course_event (or the C++ wrappers in push/event_store.h).
-- Each user's sequence lives in one row of push_user_seq, which the creating transaction
-- keeps locked until it commits: two transactions creating events for the same user
-- therefore commit in sequence order, so a reader that has seen seq N has seen every seq
-- below N (a cursor can never skip an event that commits late). A rolled-back event gives
-- its number back.
--
-- The notification on channel 'satchel_push' carries ids only ("user_uuid:seq", several
-- separated by commas); every instance reads bodies from push_events.
CREATE TABLE push_user_seq (
    user_id   uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_seq  bigint NOT NULL
);

CREATE TABLE push_events (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seq         bigint NOT NULL CHECK (seq > 0),
    kind        text NOT NULL,
    data        jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (user_id, seq)
);

-- Instructor announcements to a course: the record; each enrolled student also gets a
-- 'course.announcement' event.
CREATE TABLE course_announcements (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    course_id   uuid NOT NULL REFERENCES courses (id),
    author_id   uuid NOT NULL REFERENCES users (id),
    title       text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_announcements_course ON course_announcements (course_id, created_at);

-- One event for one user; returns its sequence number.
CREATE FUNCTION push_create_event(p_user uuid, p_kind text, p_data jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    next_seq bigint;
BEGIN
    INSERT INTO push_user_seq AS s (user_id, last_seq) VALUES (p_user, 1)
        ON CONFLICT (user_id) DO UPDATE SET last_seq = s.last_seq + 1
        RETURNING last_seq INTO next_seq;
    INSERT INTO push_events (user_id, seq, kind, data) VALUES (p_user, next_seq, p_kind, p_data);
    PERFORM pg_notify('satchel_push', p_user::text || ':' || next_seq::text);
    RETURN next_seq;
END
$$;

-- The same event for every user enrolled in a course (except p_except, usually the author);
-- returns how many users got it. Sequence rows are locked in user id order so that two
-- broadcasts to overlapping classes cannot deadlock; notifications are batched (150 ids each,
-- well under PostgreSQL's 8000-byte payload limit).
CREATE FUNCTION push_create_course_event(p_course uuid, p_kind text, p_data jsonb, p_except uuid)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    users uuid[];
    seqs bigint[];
    n integer;
    first integer;
BEGIN
    WITH recipients AS (
        SELECT user_id FROM enrollments
        WHERE course_id = p_course AND (p_except IS NULL OR user_id <> p_except)
        ORDER BY user_id
    ), numbered AS (
        INSERT INTO push_user_seq AS s (user_id, last_seq)
        SELECT user_id, 1 FROM recipients ORDER BY user_id
        ON CONFLICT (user_id) DO UPDATE SET last_seq = s.last_seq + 1
        RETURNING s.user_id, s.last_seq
    ), inserted AS (
        INSERT INTO push_events (user_id, seq, kind, data)
        SELECT user_id, last_seq, p_kind, p_data FROM numbered
        RETURNING user_id, seq
    )
    SELECT array_agg(user_id), array_agg(seq) INTO users, seqs FROM inserted;
    n := coalesce(array_length(users, 1), 0);
    first := 1;
    WHILE first <= n LOOP
        PERFORM pg_notify('satchel_push',
            (SELECT string_agg(users[i]::text || ':' || seqs[i]::text, ',')
             FROM generate_series(first, least(first + 149, n)) AS i));
        first := first + 150;
    END LOOP;
    RETURN n;
END
$$;

-- Events that follow from rows other modules write, created by triggers inside the writer's
-- own transaction (so the enroll and publish routes need no push code).
CREATE FUNCTION push_on_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM push_create_event(NEW.user_id, 'enrollment.added',
        jsonb_build_object('course_id', NEW.course_id,
                           'title', (SELECT title FROM courses WHERE id = NEW.course_id),
                           'enrolled_by', NEW.enrolled_by));
    RETURN NULL;
END
$$;
CREATE TRIGGER enrollments_push AFTER INSERT ON enrollments
    FOR EACH ROW EXECUTE FUNCTION push_on_enrollment();

CREATE FUNCTION push_on_course_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM push_create_course_event(NEW.course_id, 'course.version_published',
        jsonb_build_object('course_id', NEW.course_id,
                           'version', NEW.version,
                           'title', (SELECT title FROM courses WHERE id = NEW.course_id)),
        NEW.published_by);
    RETURN NULL;
END
$$;
CREATE TRIGGER course_versions_push AFTER INSERT ON course_versions
    FOR EACH ROW EXECUTE FUNCTION push_on_course_version();
