-- Fewer index entries written per article: every index of a table takes an entry for each row a batch inserts
-- or rewrites (an update that cannot be HOT), and the upkeep's VACUUM scans each index whole.
-- No query reads these two: stories are listed by their latest article's instant and windowed by
-- coalesce(latest, first_seen) (read.ts, window.ts), documents are never looked up by their publication date.
DROP INDEX IF EXISTS documents_published;
DROP INDEX IF EXISTS stories_latest;
-- The candidate look-up reads a key's active postings (story_keys_active, a partial index on key), and nothing
-- reads the full index on key but a look-up of all postings, which no caller asks for: one index on (key, active)
-- serves both, so a new posting takes two index entries (this and story) instead of three.
CREATE INDEX IF NOT EXISTS story_keys_key_active ON story_keys (key, active);
DROP INDEX IF EXISTS story_keys_key;
DROP INDEX IF EXISTS story_keys_active;
