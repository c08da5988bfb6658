-- Large course broadcasts are written in chunks, each committed on its own.
--
-- Until now push_create_course_event wrote one event per enrolled student inside the
-- transaction that made the change (an announcement, a publish): for 10,000 students that is
-- 10,000 counter updates and 10,000 rows, about 150 ms of one backend, and not one student
-- heard of it before the last row was written. Now:
--
-- * A class of at most push_broadcast_chunk_size() recipients is written in the creating
--   transaction, exactly as before (a small class sees its event as soon as the change
--   commits, and a pull right after the change already has it).
-- * A larger class is queued: one push_broadcasts row, committed with the change. Every
--   instance's broadcaster (push/broadcaster.h) is woken on 'satchel_push_broadcast' and one
--   of them writes the recipients' events by push_broadcast_step(), a chunk per transaction
--   in user id order, recording how far it got in the same transaction. The first students
--   are notified after one chunk while the rest are written, and a crash between chunks
--   loses nothing: whichever instance runs next carries on from next_after.
--
-- Sequence numbers no longer come from a counter. A user's next seq is one past their newest
-- event, and the primary key (user_id, seq) is what orders writers: a second transaction
-- taking the same number waits for the first, and once that commits finds the number taken
-- (ON CONFLICT DO NOTHING) and takes the next one in a new statement. So seq N+1 is only ever
-- written once N has committed: the contract of 0020 (no gaps, committed in order, a rolled
-- back event gives its number back) holds, without an UPDATE of a counter row per recipient,
-- which was two fifths of a broadcast's cost. Writers still go in user id order, so
-- overlapping broadcasts cannot deadlock. push_user_seq is no longer written: it remains as
-- the floor for users whose every event retention removed before this version (retention
-- now always keeps a user's newest event, jobs/cleanup), and deleting a user deletes their
-- events through a trigger on users (the counter row that cascaded them, 0070, no longer
-- exists for new users). An event for a user who does not exist is refused, as the counter's
-- foreign key refused it; one written by a broadcast chunk racing the user's deletion is left
-- behind unread, and the clean-up job removes such orphans.
--
-- The notification format (0070, with its template) is unchanged, and so is what a student
-- gets: one event per broadcast, with the broadcast's created_at. Recipients are the students
-- enrolled when the broadcast was created (enrolled_at), still enrolled when their chunk is
-- written.
-- Broadcasts of one course are written in the order they were created: a course's
-- broadcast is not started while an earlier one of the same course is unfinished, and a
-- small one is queued too when the course has an unfinished one.

CREATE TABLE push_broadcasts (
    id           bigserial PRIMARY KEY,
    course_id    uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    kind         text NOT NULL,
    data         jsonb NOT NULL,
    except_user  uuid,
    created_at   timestamptz NOT NULL,
    recipients   integer NOT NULL,           -- enrolled when created (what the author is told)
    written      integer NOT NULL DEFAULT 0, -- events written so far
    next_after   uuid,                       -- recipients up to this user id have their event
    template     text,                       -- '<user>:<seq>' of its first event (0070 header)
    finished_at  timestamptz
);
CREATE INDEX push_broadcasts_unfinished ON push_broadcasts (course_id, id) WHERE finished_at IS NULL;

-- The newest seq a user has (0 for none): see the header for the floor.
CREATE FUNCTION push_latest_seq(p_user uuid) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT max(e.seq) FROM push_events e WHERE e.user_id = p_user),
                    (SELECT s.last_seq FROM push_user_seq s WHERE s.user_id = p_user), 0)
$$;

CREATE FUNCTION push_events_delete_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM push_events WHERE user_id = OLD.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_delete_push_events AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION push_events_delete_user();

-- One event for one user; returns its sequence number.
CREATE OR REPLACE FUNCTION push_create_event(p_user uuid, p_kind text, p_data jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    next_seq bigint;
BEGIN
    -- The counter row's foreign key used to refuse this. Not locked: an event racing the
    -- user's deletion is an orphan nobody can read, and the clean-up job removes orphans.
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p_user) THEN
        RAISE EXCEPTION 'push event for a user that does not exist: %', p_user
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    LOOP
        INSERT INTO push_events (user_id, seq, kind, data)
        VALUES (p_user, push_latest_seq(p_user) + 1, p_kind, p_data)
        ON CONFLICT (user_id, seq) DO NOTHING
        RETURNING seq INTO next_seq;
        EXIT WHEN next_seq IS NOT NULL;  -- else a concurrent writer took it: next statement
    END LOOP;
    PERFORM pg_notify('satchel_push', p_user::text || ':' || next_seq::text);
    RETURN next_seq;
END
$$;

-- Recipients per chunk, and the largest class written in the creating transaction. A chunk of
-- a thousand is a few milliseconds of one backend: the first students hear soon, and the
-- fixed cost of a chunk (its commit, its claim) stays small beside its rows.
CREATE FUNCTION push_broadcast_chunk_size() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1000';

-- One event for each of `p_users` (sorted by id, no duplicates), all with the same kind, data
-- and time; notifies the feeds in the 0070 format. `p_template` names the event whose body
-- every one of these shares (an earlier chunk's first event), or NULL to use the first one
-- written here; it is returned either way. `p_written` is how many events were written.
CREATE FUNCTION push_write_events(p_users uuid[], p_kind text, p_data jsonb, p_at timestamptz,
                                  INOUT p_template text, OUT p_written integer)
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    remaining uuid[] := p_users;
    users uuid[] := '{}';
    seqs bigint[] := '{}';
    ids uuid[] := '{}';
    done_users uuid[];
    done_seqs bigint[];
    done_ids uuid[];
    n integer;
    header text;
    payload text;
    per_notify constant integer := 80;  -- at most ~94 bytes a recipient: under the 8000-byte limit
BEGIN
    LOOP
        WITH inserted AS (
            INSERT INTO push_events (user_id, seq, kind, data, created_at)
            -- push_latest_seq(u), written out: PostgreSQL does not inline the function here,
            -- and calling it costs ten times the lookup.
            SELECT u, coalesce((SELECT max(e.seq) FROM push_events e WHERE e.user_id = u),
                               (SELECT s.last_seq FROM push_user_seq s WHERE s.user_id = u),
                               0) + 1,
                   p_kind, p_data, p_at
            FROM unnest(remaining) AS u
            ORDER BY u
            ON CONFLICT (user_id, seq) DO NOTHING
            RETURNING user_id, seq, id
        )
        SELECT array_agg(user_id), array_agg(seq), array_agg(id)
          INTO done_users, done_seqs, done_ids FROM inserted;
        users := users || coalesce(done_users, '{}');
        seqs := seqs || coalesce(done_seqs, '{}');
        ids := ids || coalesce(done_ids, '{}');
        -- Those whose number a concurrent writer took (it has committed by now) go again.
        EXIT WHEN coalesce(array_length(done_users, 1), 0) = coalesce(array_length(remaining, 1), 0);
        remaining := ARRAY(SELECT u FROM unnest(remaining) AS u
                           WHERE u <> ALL (coalesce(done_users, '{}')) ORDER BY u);
    END LOOP;
    n := coalesce(array_length(users, 1), 0);
    p_written := n;
    IF n = 0 THEN
        RETURN;
    END IF;
    p_template := coalesce(p_template, users[1]::text || ':' || seqs[1]::text);
    header := '@' || p_template || ':b';
    -- One pass over the arrays (subscripting a plpgsql array in a query copies it each time).
    FOR payload IN
        SELECT header || ',' || string_agg(t.u::text || ':' || t.s::text, ',' ORDER BY t.n)
               || ',#,' || string_agg(t.i::text, ',' ORDER BY t.n)
        FROM unnest(users, seqs, ids) WITH ORDINALITY AS t(u, s, i, n)
        GROUP BY (t.n - 1) / per_notify
    LOOP
        PERFORM pg_notify('satchel_push', payload);
    END LOOP;
END
$$;

-- The same event for every user enrolled in a course (except p_except, usually the author);
-- returns how many users get it (now, or chunk by chunk from the queue).
CREATE OR REPLACE FUNCTION push_create_course_event(p_course uuid, p_kind text, p_data jsonb, p_except uuid)
RETURNS integer LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    at timestamptz := clock_timestamp();
    recipients uuid[];
    n integer;
    ignored record;
BEGIN
    SELECT array_agg(e.user_id ORDER BY e.user_id) INTO recipients FROM enrollments e
    WHERE e.course_id = p_course AND (p_except IS NULL OR e.user_id <> p_except);
    n := coalesce(array_length(recipients, 1), 0);
    IF n = 0 THEN
        RETURN 0;
    END IF;
    IF n <= push_broadcast_chunk_size() AND NOT EXISTS (
            SELECT 1 FROM push_broadcasts b WHERE b.course_id = p_course AND b.finished_at IS NULL) THEN
        SELECT * INTO ignored FROM push_write_events(recipients, p_kind, p_data, at, NULL);
        RETURN n;
    END IF;
    INSERT INTO push_broadcasts (course_id, kind, data, except_user, created_at, recipients)
    VALUES (p_course, p_kind, p_data, p_except, at, n);
    PERFORM pg_notify('satchel_push_broadcast', '');
    RETURN n;
END
$$;

-- Writes the next chunk (at most p_chunk recipients) of the oldest queued broadcast that no
-- other instance is writing and that no earlier unfinished broadcast of its course holds
-- back. Run it in a transaction of its own and commit: the chunk's events, the progress and
-- the notifications commit together. Returns the events written (0 when the broadcast just
-- finished), or -1 when there is nothing this caller may write now.
CREATE FUNCTION push_broadcast_step(p_chunk integer) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    b push_broadcasts%ROWTYPE;
    batch uuid[];
    size integer;
    result record;
BEGIN
    SELECT * INTO b FROM push_broadcasts pb
    WHERE pb.finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM push_broadcasts o
                      WHERE o.course_id = pb.course_id AND o.finished_at IS NULL AND o.id < pb.id)
    ORDER BY pb.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN -1;
    END IF;
    SELECT array_agg(r.user_id ORDER BY r.user_id) INTO batch FROM (
        SELECT e.user_id FROM enrollments e
        WHERE e.course_id = b.course_id
          AND (b.except_user IS NULL OR e.user_id <> b.except_user)
          AND e.enrolled_at <= b.created_at
          AND (b.next_after IS NULL OR e.user_id > b.next_after)
        ORDER BY e.user_id
        LIMIT p_chunk) r;
    size := coalesce(array_length(batch, 1), 0);
    IF size = 0 THEN
        UPDATE push_broadcasts SET finished_at = clock_timestamp() WHERE id = b.id;
        RETURN 0;
    END IF;
    SELECT * INTO result FROM push_write_events(batch, b.kind, b.data, b.created_at, b.template);
    UPDATE push_broadcasts
       SET next_after = batch[size],
           template = result.p_template,
           written = written + result.p_written,
           finished_at = CASE WHEN size < p_chunk THEN clock_timestamp() END
     WHERE id = b.id;
    RETURN result.p_written;
END
$$;
