-- Sync (syncserver/sync): the per-user change feed, the append-only progress event log, the
-- materialised lesson state, quiz attempts and grades, notifications and kept rejections.
--
-- The feed. Every row a user's devices must pull carries (user_id, seq). A seq is handed out
-- by sync_reserve_seq(), which upserts the user's sync_heads row: that row stays locked until
-- the reserving transaction ends, so two transactions never hold seqs of the same user at
-- once, and seqs of one user become visible in ascending order. A reader that has seen seq N
-- has therefore seen every seq below N: a pull cursor (the last seq delivered) can never skip
-- a change that committed late. A rolled-back transaction rolls its reservation back too.
CREATE TABLE sync_heads (
    user_id  uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    seq      bigint NOT NULL CHECK (seq >= 0)
);

-- Reserves p_count seqs for p_user and returns the highest; the range is
-- (result - p_count, result]. Locks the user's feed until the transaction ends.
CREATE FUNCTION sync_reserve_seq(p_user uuid, p_count bigint) RETURNS bigint
LANGUAGE sql VOLATILE AS $$
    INSERT INTO sync_heads AS h (user_id, seq) VALUES (p_user, p_count)
    ON CONFLICT (user_id) DO UPDATE SET seq = h.seq + EXCLUDED.seq
    RETURNING seq
$$;

-- Which account a device belongs to: the first account that pushed from it. A device id seen
-- under another account is refused, so no one pushes as another user's device.
CREATE TABLE sync_devices (
    device_id   uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    last_push   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_devices_user ON sync_devices (user_id);

-- The append-only event log. No foreign keys on purpose: the push checks user, course and
-- lesson before writing, and a foreign key would add a trigger per row to the hottest insert.
-- Payload columns are NULL where the event's type has no such field (see ProgressEvent).
CREATE TABLE progress_events (
    id           uuid PRIMARY KEY,          -- the device-made UUIDv7: duplicates stop here
    user_id      uuid NOT NULL,
    seq          bigint NOT NULL,
    course_id    uuid NOT NULL,
    lesson_id    uuid NOT NULL,
    device_id    uuid NOT NULL,
    hlc          bigint NOT NULL,           -- Hlc::packed()
    kind         smallint NOT NULL,         -- 0 watched, 1 resume, 2 timeSpent, 3 opened, 4 completed
    start_ms     bigint,
    end_ms       bigint,
    duration_ms  bigint,
    position_ms  bigint,
    total_ms     bigint
);
CREATE INDEX progress_events_feed ON progress_events (user_id, seq);

-- Each user's lesson state, the merge (shared/merge.h) of every applied event, kept current
-- by the push in the same transaction. `state` is the whole LessonState; the other columns are
-- derived from it for reports.
CREATE TABLE lesson_states (
    user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lesson_id          uuid NOT NULL,
    course_id          uuid NOT NULL,
    state              jsonb NOT NULL,
    covered_ms         bigint NOT NULL,
    media_duration_ms  bigint NOT NULL,
    time_spent_ms      bigint NOT NULL,
    opened             boolean NOT NULL,
    completed          boolean NOT NULL,
    last_seq           bigint NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, course_id, lesson_id)  -- lesson ids are unique, but a copied course may reuse them
);
CREATE INDEX lesson_states_course ON lesson_states (course_id);

-- Quiz attempts, immutable. `body` is the attempt's canonical encoding (encode()), so a
-- replay is recognised byte for byte and a different attempt under the same id is a conflict.
CREATE TABLE quiz_attempts (
    id               uuid PRIMARY KEY,
    user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seq              bigint NOT NULL,
    course_id        uuid NOT NULL,
    lesson_id        uuid NOT NULL,
    course_version   integer NOT NULL,
    device_id        uuid NOT NULL,
    submitted_at_ms  bigint NOT NULL,
    body             text NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quiz_attempts_feed ON quiz_attempts (user_id, seq);
CREATE INDEX quiz_attempts_course ON quiz_attempts (course_id);

-- The server's grades (shared/grading.h, with the answer keys that never leave the server).
CREATE TABLE attempt_grades (
    attempt_id    uuid PRIMARY KEY REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    user_id       uuid NOT NULL,
    seq           bigint NOT NULL,
    course_id     uuid NOT NULL,
    lesson_id     uuid NOT NULL,
    points        double precision NOT NULL,
    max_points    double precision NOT NULL,
    passed        boolean NOT NULL,
    graded_at_ms  bigint NOT NULL
);
CREATE INDEX attempt_grades_feed ON attempt_grades (user_id, seq);
CREATE INDEX attempt_grades_course ON attempt_grades (course_id);

-- Notifications a user pulls (and that the push channel may deliver live).
CREATE TABLE notifications (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seq             bigint NOT NULL,
    kind            text NOT NULL
                    CHECK (kind IN ('coursePublished', 'attemptGraded', 'reminder', 'announcement')),
    title           text NOT NULL,
    body            text NOT NULL DEFAULT '',
    course_id       uuid,
    course_version  integer,
    attempt_id      uuid,
    created_at_ms   bigint NOT NULL DEFAULT (extract(epoch FROM clock_timestamp()) * 1000)::bigint,
    read_at_ms      bigint
);
CREATE INDEX notifications_feed ON notifications (user_id, seq);

-- Events and attempts the server refused, kept with the reason it gave (nothing is dropped
-- silently). payload is the item as the device sent it, as JSON text.
CREATE TABLE sync_rejections (
    id           bigserial PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_id    uuid,
    item_id      uuid,
    item_kind    text NOT NULL CHECK (item_kind IN ('event', 'attempt')),
    reason       text NOT NULL,
    message      text NOT NULL,
    payload      text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_rejections_user ON sync_rejections (user_id, received_at);
