-- The story base: documents with their versions, fingerprint keys for finding copies, relations,
-- stories with their clustering state and report, the clusterer's document frequencies, problems, runs.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- text search that ignores accents ("Zürich" finds "Zurich" and back) and still highlights the written word
CREATE TEXT SEARCH CONFIGURATION crosscheck (COPY = english);
ALTER TEXT SEARCH CONFIGURATION crosscheck ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- counters and settings: next arrival position, next story key, documents counted in df, change sequence
CREATE TABLE meta (
  key text PRIMARY KEY,
  value bigint NOT NULL
);
INSERT INTO meta (key, value) VALUES ('positions', 0), ('story_keys', 0), ('df_documents', 0), ('change_seq', 0);

CREATE TABLE runs (
  id serial PRIMARY KEY,
  started text NOT NULL,
  finished text,
  inputs text NOT NULL,
  summary text
);

CREATE TABLE documents (
  id text PRIMARY KEY,
  -- what makes two readings the same document: its URL, else its source (file, or file and record id)
  identity text NOT NULL UNIQUE,
  position integer NOT NULL UNIQUE,
  version integer NOT NULL,
  content_hash text NOT NULL,
  first_seen text NOT NULL,
  last_seen text NOT NULL,
  changed_at text,
  story integer,
  title text NOT NULL,
  outlet text,
  language text NOT NULL,
  published text,
  -- the ReportDocument (contract) without flags, and its flags
  report text NOT NULL,
  flags text NOT NULL,
  -- the text stage's output (serial.ts), for provenance and synthesis when its story changes
  text_doc text NOT NULL,
  enrichment text NOT NULL,
  -- the clusterer's view of it: features and the vectors it joined with
  cluster text NOT NULL,
  search tsvector NOT NULL
);
CREATE INDEX documents_story ON documents (story);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE document_versions (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version integer NOT NULL,
  seen text NOT NULL,
  content_hash text NOT NULL,
  PRIMARY KEY (document, version)
);

-- fingerprint keys (LSH bands of the MinHash signature, sampled shingles, long sentences) per document
CREATE TABLE document_keys (
  key bigint NOT NULL,
  position integer NOT NULL
);
CREATE INDEX document_keys_key ON document_keys (key);
CREATE INDEX document_keys_position ON document_keys (position);

CREATE TABLE relations (
  from_doc text NOT NULL,
  to_doc text NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (from_doc, to_doc)
);
CREATE INDEX relations_to ON relations (to_doc);

CREATE TABLE stories (
  key integer PRIMARY KEY,
  id text NOT NULL UNIQUE,
  title text NOT NULL,
  active boolean NOT NULL,
  last_seen integer NOT NULL,
  last_time double precision,
  documents integer NOT NULL,
  independent_sources integer NOT NULL,
  outlets text[] NOT NULL,
  languages text[] NOT NULL,
  first_seen text,
  latest text,
  created_seq bigint NOT NULL,
  updated_seq bigint NOT NULL,
  updated_at text NOT NULL,
  -- clustering state (centroids, members, memberships: cluster/state.ts) and the ReportStory
  state text NOT NULL,
  report text NOT NULL,
  -- what search matches besides the title: briefing and claims
  body text NOT NULL,
  search tsvector NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_seq);
CREATE INDEX stories_latest ON stories (latest);
CREATE INDEX stories_search ON stories USING gin (search);

-- every id a story was known by (its id follows its members), so old links still lead to it
CREATE TABLE story_ids (
  id text PRIMARY KEY,
  story integer NOT NULL
);

-- the inverted index that finds candidate stories: a story's strongest terms and names
CREATE TABLE story_keys (
  key text NOT NULL,
  story integer NOT NULL,
  active boolean NOT NULL
);
CREATE INDEX story_keys_key ON story_keys (key);
CREATE INDEX story_keys_story ON story_keys (story);

-- document frequencies of the clusterer's keys (online idf)
CREATE TABLE df (
  key text PRIMARY KEY,
  count integer NOT NULL
);

CREATE TABLE problems (
  source text NOT NULL,
  reason text NOT NULL,
  seen text NOT NULL,
  PRIMARY KEY (source, reason)
);
