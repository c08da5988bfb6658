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
-- * A larger class is queued: push_broadcasts rows, one per chunk of recipients (a user id
--   range), committed with the change. Every instance's broadcaster (push/broadcaster.h) is
--   woken on 'satchel_push_broadcast', and its workers write the parts by
--   push_broadcast_step(), each part in one transaction with its finish. Parts of one
--   broadcast are written in parallel; the first students are notified after one part
--   while the rest are written, and a crash loses nothing: an unfinished part is written by
--   whichever worker comes next.
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
-- Broadcasts of one course are written in the order they were created: no part of a
-- course's broadcast is started while a part of an earlier one of the same course is
-- unfinished, and a small one is queued too when the course has an unfinished one.

-- One row per part of a queued broadcast: the recipients whose user id is in
-- (after_user, through_user], at most a chunk of them when it was made. Parts are written
-- independently (in parallel, by any instance), each in one transaction.
CREATE TABLE push_broadcasts (
    id            bigserial PRIMARY KEY,
    broadcast     bigint NOT NULL,   -- the same for every part of one broadcast, in creation order
    course_id     uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    data          jsonb NOT NULL,
    except_user   uuid,
    created_at    timestamptz NOT NULL,
    after_user    uuid,              -- NULL: from the first recipient
    through_user  uuid,              -- NULL: to the last
    recipients    integer NOT NULL,  -- enrolled in the range when it was made
    written       integer NOT NULL DEFAULT 0,
    finished_at   timestamptz
);
CREATE SEQUENCE push_broadcast_numbers;
CREATE INDEX push_broadcasts_unfinished ON push_broadcasts (course_id, broadcast)
    WHERE finished_at IS NULL;

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
-- and time; notifies the feeds in the 0070 format (its first event is the template). Returns
-- how many events were written.
CREATE FUNCTION push_write_events(p_users uuid[], p_kind text, p_data jsonb, p_at timestamptz)
RETURNS integer LANGUAGE plpgsql SET jit = off AS $$
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
    IF n = 0 THEN
        RETURN 0;
    END IF;
    header := '@' || users[1]::text || ':' || seqs[1]::text || ':b';
    -- One pass over the arrays (subscripting a plpgsql array in a query copies it each time).
    FOR payload IN
        SELECT header || ',' || string_agg(t.u::text || ':' || t.s::text, ',' ORDER BY t.n)
               || ',#,' || string_agg(t.i::text, ',' ORDER BY t.n)
        FROM unnest(users, seqs, ids) WITH ORDINALITY AS t(u, s, i, n)
        GROUP BY (t.n - 1) / per_notify
    LOOP
        PERFORM pg_notify('satchel_push', payload);
    END LOOP;
    RETURN n;
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
    size constant integer := push_broadcast_chunk_size();
    number bigint;
BEGIN
    SELECT array_agg(e.user_id ORDER BY e.user_id) INTO recipients FROM enrollments e
    WHERE e.course_id = p_course AND (p_except IS NULL OR e.user_id <> p_except);
    n := coalesce(array_length(recipients, 1), 0);
    IF n = 0 THEN
        RETURN 0;
    END IF;
    IF n <= size AND NOT EXISTS (
            SELECT 1 FROM push_broadcasts b WHERE b.course_id = p_course AND b.finished_at IS NULL) THEN
        PERFORM push_write_events(recipients, p_kind, p_data, at);
        RETURN n;
    END IF;
    number := nextval('push_broadcast_numbers');
    INSERT INTO push_broadcasts (broadcast, course_id, kind, data, except_user, created_at,
                                 after_user, through_user, recipients)
    SELECT number, p_course, p_kind, p_data, p_except, at,
           CASE WHEN k = 0 THEN NULL ELSE recipients[k * size] END,
           CASE WHEN (k + 1) * size >= n THEN NULL ELSE recipients[(k + 1) * size] END,
           least(size, n - k * size)
    FROM generate_series(0, (n - 1) / size) AS k;
    PERFORM pg_notify('satchel_push_broadcast', '');
    RETURN n;
END
$$;

-- Writes one part of the oldest queued broadcast that nobody else is writing and that no
-- earlier unfinished broadcast of its course holds back (parts of one broadcast go in
-- parallel). Run it in a transaction of its own and commit: the part's events, its finish
-- and the notifications commit together. Returns the events written, or -1 when there is
-- nothing this caller may write now.
CREATE FUNCTION push_broadcast_step() RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    b push_broadcasts%ROWTYPE;
    batch uuid[];
    n_written integer := 0;
BEGIN
    SELECT * INTO b FROM push_broadcasts pb
    WHERE pb.finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM push_broadcasts o
                      WHERE o.course_id = pb.course_id AND o.finished_at IS NULL
                        AND o.broadcast < pb.broadcast)
    ORDER BY pb.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN -1;
    END IF;
    SELECT array_agg(e.user_id ORDER BY e.user_id) INTO batch FROM enrollments e
    WHERE e.course_id = b.course_id
      AND (b.except_user IS NULL OR e.user_id <> b.except_user)
      AND e.enrolled_at <= b.created_at
      AND (b.after_user IS NULL OR e.user_id > b.after_user)
      AND (b.through_user IS NULL OR e.user_id <= b.through_user);
    IF batch IS NOT NULL THEN
        n_written := push_write_events(batch, b.kind, b.data, b.created_at);
    END IF;
    UPDATE push_broadcasts SET written = n_written, finished_at = clock_timestamp() WHERE id = b.id;
    RETURN n_written;
END
$$;
