-- Synthesis deferred within an ingest run (update/stories.ts): a story a batch changed little since its last
-- synthesis gets its membership columns written and its group part as its report, and is marked stale; the
-- run's end synthesises it, and a reader meeting it meanwhile synthesises it on the fly (read.ts).
ALTER TABLE stories ADD COLUMN stale boolean NOT NULL DEFAULT false;
-- its size at its last synthesis: the growth that calls for the next one is counted from there
ALTER TABLE stories ADD COLUMN synthesized_documents integer NOT NULL DEFAULT 0;
UPDATE stories SET synthesized_documents = documents;
CREATE INDEX stories_stale ON stories (key) WHERE stale;
