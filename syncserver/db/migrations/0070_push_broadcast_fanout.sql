-- Course broadcasts (push_create_course_event) that every instance can deliver without reading
-- the recipients' rows back. Same contract as 0022 (one event per enrolled user, per-user
-- sequence, counters locked in user id order); what changes:
--
-- 1. One created_at for the whole broadcast (was clock_timestamp() per row), so every
--    recipient's row has the same kind, data and created_at: the rendered event differs only by
--    its seq and notification id.
--
-- 2. The notification says so. Each payload is
--        @<template user>:<template seq>:b,<user>:<seq>,...,<user>:<seq>,#,<id>,...,<id>
--    The first item names one row of the broadcast (the template: its body is every row's
--    body); the ids after '#' are the notification ids of the items before it, in the same
--    order. A listener reads the template once per broadcast and renders each recipient's
--    message itself instead of fetching ten thousand rows. The "<user>:<seq>" items are
--    exactly the old format, and the '@'/'#'/id items are ones the old parser skipped
--    (no seq after the first ':'), so an instance still running the previous binary during a
--    rolling upgrade keeps delivering by fetching, as before.
--
-- 3. push_events.user_id no longer has a foreign key to users: its check cost one trigger call
--    and a KEY SHARE lock on a users row per inserted event, a third of a 10,000-student
--    broadcast. Every event is inserted by push_create_event / push_create_course_event,
--    which first lock (or create) the user's push_user_seq row, and that row keeps its foreign
--    key to users (ON DELETE CASCADE); deleting a counter row now deletes the user's events
--    (trigger below), so deleting a user still deletes their events, and an event can never
--    be inserted for a user that does not exist (the counter row would be missing).

-- Events of a user whose counter row goes (the user was deleted) go with it.
CREATE FUNCTION push_events_cascade_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM push_events WHERE user_id = OLD.user_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER push_user_seq_cascade_events AFTER DELETE ON push_user_seq
    FOR EACH ROW EXECUTE FUNCTION push_events_cascade_user();

-- Events without a counter row cannot be reached by the cascade: there are none (every writer
-- creates the counter first), but a database edited by hand might have some.
DELETE FROM push_events p WHERE NOT EXISTS (SELECT 1 FROM push_user_seq s WHERE s.user_id = p.user_id);
ALTER TABLE push_events DROP CONSTRAINT push_events_user_id_fkey;

CREATE OR REPLACE FUNCTION push_create_course_event(p_course uuid, p_kind text, p_data jsonb, p_except uuid)
RETURNS integer LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    at timestamptz := clock_timestamp();
    users uuid[];
    seqs bigint[];
    ids uuid[];
    n integer;
    first integer;
    last integer;
    header text;
    per_notify constant integer := 80;  -- at most ~94 bytes a recipient: under the 8000-byte limit
BEGIN
    INSERT INTO push_user_seq (user_id, last_seq)
        SELECT e.user_id, 0 FROM enrollments e
        WHERE e.course_id = p_course AND (p_except IS NULL OR e.user_id <> p_except)
          AND NOT EXISTS (SELECT 1 FROM push_user_seq s WHERE s.user_id = e.user_id)
        ORDER BY e.user_id
        ON CONFLICT (user_id) DO NOTHING;
    WITH locked AS (
        SELECT s.user_id FROM push_user_seq s JOIN enrollments e ON e.user_id = s.user_id
        WHERE e.course_id = p_course AND (p_except IS NULL OR e.user_id <> p_except)
        ORDER BY s.user_id
        FOR UPDATE OF s
    ), numbered AS (
        UPDATE push_user_seq s SET last_seq = s.last_seq + 1 FROM locked l
        WHERE s.user_id = l.user_id
        RETURNING s.user_id, s.last_seq
    ), inserted AS (
        INSERT INTO push_events (user_id, seq, kind, data, created_at)
        SELECT user_id, last_seq, p_kind, p_data, at FROM numbered
        RETURNING user_id, seq, id
    )
    SELECT array_agg(user_id), array_agg(seq), array_agg(id) INTO users, seqs, ids FROM inserted;
    n := coalesce(array_length(users, 1), 0);
    IF n = 0 THEN
        RETURN 0;
    END IF;
    header := '@' || users[1]::text || ':' || seqs[1]::text || ':b';
    first := 1;
    WHILE first <= n LOOP
        last := least(first + per_notify - 1, n);
        PERFORM pg_notify('satchel_push',
            header
            || ',' || (SELECT string_agg(users[i]::text || ':' || seqs[i]::text, ',')
                       FROM generate_series(first, last) AS i)
            || ',#,' || (SELECT string_agg(ids[i]::text, ',')
                         FROM generate_series(first, last) AS i));
        first := last + 1;
    END LOOP;
    RETURN n;
END
$$;
