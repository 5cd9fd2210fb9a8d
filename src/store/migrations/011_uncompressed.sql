-- The large JSON columns are written at every batch and read back at the next: stored out of line but
-- uncompressed (compressing them took more of the ingest's time than writing the bytes; the embedded
-- backend compresses in WebAssembly). Rows written before keep their compression and read as before.
ALTER TABLE documents ALTER COLUMN text_doc SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN enrichment SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN report SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN cluster SET STORAGE EXTERNAL;
ALTER TABLE stories ALTER COLUMN state SET STORAGE EXTERNAL;
ALTER TABLE stories ALTER COLUMN report SET STORAGE EXTERNAL;
