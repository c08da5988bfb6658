-- Certificate PDFs and media thumbnails and renditions are blobs like uploaded assets
-- (syncserver/jobs/generated_blobs.h): the jobs give each a `blobs` row before the row that
-- names it, and these foreign keys make PostgreSQL refuse to delete a blob row that a
-- certificate (for ever) or a media result still names, whatever clean-up's own query missed.
--
-- NOT VALID: rows written before this migration name blobs that have no row yet; the next
-- clean-up run gives them rows with the size the store reports (trackLegacyGeneratedBlobs).
-- New and updated rows are checked, and so is every delete from blobs.
ALTER TABLE certificates ADD CONSTRAINT certificates_pdf_blob
    FOREIGN KEY (pdf_sha256) REFERENCES blobs (sha256) NOT VALID;
ALTER TABLE media_assets ADD CONSTRAINT media_assets_thumbnail_blob
    FOREIGN KEY (thumbnail_sha256) REFERENCES blobs (sha256) NOT VALID;
ALTER TABLE media_assets ADD CONSTRAINT media_assets_rendition_blob
    FOREIGN KEY (rendition_sha256) REFERENCES blobs (sha256) NOT VALID;

-- A delete from blobs checks these columns: an index each instead of a scan per deleted blob.
CREATE INDEX certificates_pdf_sha256 ON certificates (pdf_sha256);
CREATE INDEX media_assets_thumbnail ON media_assets (thumbnail_sha256);
CREATE INDEX media_assets_rendition ON media_assets (rendition_sha256);
