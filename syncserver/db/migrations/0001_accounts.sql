-- Accounts, refresh-token families, invitations and server-held keys.
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username      text NOT NULL,
    username_key  text NOT NULL UNIQUE,  -- lower(username): names are unique ignoring case
    email         text NOT NULL DEFAULT '',
    display_name  text NOT NULL DEFAULT '',
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('student', 'instructor', 'admin')),
    disabled      boolean NOT NULL DEFAULT false,
    token_epoch   integer NOT NULL DEFAULT 0,  -- bumped to invalidate every access token at once
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Opaque refresh tokens, stored as SHA-256 hex. Each login starts a family; every refresh
-- marks the presented token used and issues the next one in the same family. Presenting a
-- used token revokes the family (it was stolen or replayed).
CREATE TABLE refresh_tokens (
    token_hash  text PRIMARY KEY,
    family_id   uuid NOT NULL,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- Invitation codes for SATCHEL_REGISTRATION=invite, stored as SHA-256 hex; single use.
CREATE TABLE invitations (
    code_hash   text PRIMARY KEY,
    role        text NOT NULL CHECK (role IN ('student', 'instructor', 'admin')),
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    used_at     timestamptz
);

-- Keys every instance must share (the generated JWT signing key when none is configured).
CREATE TABLE server_keys (
    name        text PRIMARY KEY,
    value       text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
