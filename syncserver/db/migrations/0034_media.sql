-- Media processing results (syncserver/jobs/media): per asset blob, what ffprobe found, its
-- thumbnail and, when the original is not fit for offline playback, its offline rendition
-- (H.264/AAC MP4, faststart, <= 720p), both blobs named by SHA-256.
CREATE TABLE media_assets (
    sha256            text PRIMARY KEY,
    duration_ms       bigint NOT NULL,
    container         text NOT NULL,
    video_codec       text NOT NULL,
    audio_codec       text NOT NULL,
    width             integer NOT NULL,
    height            integer NOT NULL,
    thumbnail_sha256  text,
    rendition_sha256  text,  -- NULL: the original plays offline as it is
    processed_at      timestamptz NOT NULL DEFAULT now()
);

-- Every video asset of a newly published version is queued for processing, once per blob,
-- in the publishing transaction.
CREATE FUNCTION jobs_media_on_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO jobs (type, payload, max_attempts, dedup_key)
    SELECT 'media.process', jsonb_build_object('sha256', a->>'sha256'), 3, 'media:' || (a->>'sha256')
      FROM jsonb_array_elements(coalesce(NEW.manifest::jsonb->'assets', '[]'::jsonb)) AS a
     WHERE a->>'mediaType' LIKE 'video/%' AND a->>'sha256' IS NOT NULL
    ON CONFLICT (dedup_key) DO NOTHING;
    PERFORM pg_notify('satchel_jobs', 'media.process');
    RETURN NULL;
END
$$;
CREATE TRIGGER course_versions_media AFTER INSERT ON course_versions
    FOR EACH ROW EXECUTE FUNCTION jobs_media_on_publish();
