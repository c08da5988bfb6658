-- Certificates of completion (syncserver/jobs/certificates): one per student and course. The
-- signed payload is kept verbatim; the columns repeat it for queries, and the public route
-- checks that they still agree with it.
CREATE TABLE certificates (
    code          text PRIMARY KEY,  -- verification code, SAT-XXXX-XXXX-XXXX
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id     uuid NOT NULL REFERENCES courses (id),
    student_name  text NOT NULL,
    course_title  text NOT NULL,
    issued_on     date NOT NULL,
    payload       text NOT NULL,     -- canonical JSON, exactly the bytes signed
    signature     text NOT NULL,     -- Ed25519, base64url
    pdf_sha256    text NOT NULL,     -- the PDF in the blob store
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, course_id)
);
