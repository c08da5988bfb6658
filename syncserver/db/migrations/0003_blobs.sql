-- Content-addressed blobs (course assets) the server has handed out upload URLs for or has
-- verified. A row is 'pending' from the first upload request until the server has read the
-- stored bytes and found the declared size and SHA-256; only 'verified' blobs may be
-- referenced by a published course version. The bytes live in the blob store, never here.
CREATE TABLE blobs (
    sha256        text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size          bigint NOT NULL CHECK (size >= 0),
    media_type    text NOT NULL DEFAULT '',
    state         text NOT NULL CHECK (state IN ('pending', 'verified')),
    upload_id     text,  -- the open multipart upload, so that asking again resumes it
    requested_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    verified_at   timestamptz
);
