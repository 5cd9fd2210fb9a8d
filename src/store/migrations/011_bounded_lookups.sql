-- Costs that stay flat as the base grows.

-- The large JSON columns are written at every batch and read back at the next: stored out of line but
-- uncompressed (compressing them took more of the ingest's time than writing the bytes; the embedded
-- backend compresses in WebAssembly). Rows written before keep their compression and read as before.
ALTER TABLE documents ALTER COLUMN text_doc SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN enrichment SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN report SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN cluster SET STORAGE EXTERNAL;
ALTER TABLE stories ALTER COLUMN state SET STORAGE EXTERNAL;
ALTER TABLE stories ALTER COLUMN report SET STORAGE EXTERNAL;

-- Look-ups bounded per key, whatever the size of the base: the earliest documents holding a fingerprint
-- key come straight from the index in position order, and active stories from an index of their own.
CREATE INDEX document_keys_key_position ON document_keys (key, position);
DROP INDEX document_keys_key;
CREATE INDEX story_keys_active ON story_keys (key) WHERE active;
