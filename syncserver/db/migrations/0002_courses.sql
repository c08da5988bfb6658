-- Courses: a mutable draft (title, description, enrollment policy) and immutable published
-- versions, each with the manifest it was published from, stored verbatim.
CREATE TABLE courses (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id         uuid NOT NULL REFERENCES users (id),
    title            text NOT NULL,
    description      text NOT NULL DEFAULT '',
    open_enrollment  boolean NOT NULL DEFAULT true,
    latest_version   integer NOT NULL DEFAULT 0,  -- 0 until the first publish
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX courses_owner ON courses (owner_id);
CREATE INDEX courses_catalog ON courses (updated_at) WHERE latest_version > 0 AND archived_at IS NULL;

CREATE TABLE course_versions (
    course_id        uuid NOT NULL REFERENCES courses (id),
    version          integer NOT NULL CHECK (version > 0),
    manifest         text NOT NULL,
    manifest_sha256  text NOT NULL,
    total_bytes      bigint NOT NULL DEFAULT 0,
    lesson_count     integer NOT NULL DEFAULT 0,
    published_by     uuid NOT NULL REFERENCES users (id),
    published_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (course_id, version)
);

CREATE TABLE enrollments (
    course_id    uuid NOT NULL REFERENCES courses (id),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    enrolled_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    enrolled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX enrollments_user ON enrollments (user_id);
