-- Mail (syncserver/jobs/mail): each user may opt out of all mail but password resets; password
-- reset codes are single-use, expire, and stop working after too many wrong guesses.
CREATE TABLE mail_preferences (
    user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    opted_out   boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE password_resets (
    code_hash   text PRIMARY KEY,  -- SHA-256 hex of the code; the code itself is only mailed
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    failures    integer NOT NULL DEFAULT 0  -- wrong codes tried for this user while it was live
);
CREATE INDEX password_resets_user ON password_resets (user_id);
