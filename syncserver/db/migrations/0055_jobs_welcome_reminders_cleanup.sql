-- Jobs module, second part: welcome mail, reminders, and indexes for the clean-up job.

-- Welcome mail. A trigger queues it in the transaction that creates the account (registration,
-- an administrator, `satchel-syncd user create`), so the mail exists exactly when the account
-- does and the account code needs no mail code; accounts without an address get none. The
-- handler fills in the server's address (--public-url).
CREATE FUNCTION jobs_mail_on_new_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.email = '' THEN
        RETURN NULL;
    END IF;
    INSERT INTO jobs (type, payload, max_attempts, dedup_key)
    VALUES ('mail.send',
            jsonb_build_object('user_id', NEW.id, 'template', 'welcome',
                               'effect_key', 'welcome:' || NEW.id, 'params', '{}'::jsonb),
            8, 'mail:welcome:' || NEW.id)
    ON CONFLICT (dedup_key) DO NOTHING;
    PERFORM pg_notify('satchel_jobs', 'mail.send');
    RETURN NULL;
END
$$;
CREATE TRIGGER users_welcome_mail AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION jobs_mail_on_new_user();

-- The last reminder per student and course (jobs/reminders): a new one is claimed only when
-- this is a week old, by an upsert in the transaction that sends it.
CREATE TABLE reminders_sent (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id  uuid NOT NULL REFERENCES courses (id),
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (user_id, course_id)
);

-- What the clean-up job (jobs/cleanup) looks for, without scanning whole tables.
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);
CREATE INDEX password_resets_expires ON password_resets (expires_at);
CREATE INDEX blobs_pending ON blobs (created_at) WHERE state = 'pending';
CREATE INDEX job_effects_created ON job_effects (created_at);
