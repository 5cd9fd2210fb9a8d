-- Watching the news (src/watch): subscriptions with their polling state, the items each feed showed,
-- per-host politeness, the job queue shared by workers (FOR UPDATE SKIP LOCKED), alerts and their
-- webhook deliveries. Times are epoch milliseconds of the watcher's clock.

CREATE TABLE feeds (
  id serial PRIMARY KEY,
  url text NOT NULL UNIQUE,
  host text NOT NULL,
  title text,
  site text,
  category text,
  added_ms bigint NOT NULL,
  -- the server's validators, sent back exactly; the last body's hash
  etag text,
  last_modified text,
  body_hash text,
  polls integer NOT NULL DEFAULT 0,
  not_modified integer NOT NULL DEFAULT 0,
  last_poll_ms bigint,
  last_status integer,
  last_success_ms bigint,
  last_error text,
  last_error_ms bigint,
  -- consecutive failures (backoff grows with them; a success resets them)
  errors integer NOT NULL DEFAULT 0,
  items_per_week double precision,
  -- the feed's own <ttl>, minutes
  ttl_min integer,
  items_seen integer NOT NULL DEFAULT 0,
  next_poll_ms bigint NOT NULL,
  -- why the next poll is when it is
  schedule_reason text,
  -- a poll job is pending for it
  queued boolean NOT NULL DEFAULT false
);
CREATE INDEX feeds_due ON feeds (next_poll_ms) WHERE NOT queued;

-- what each item looked like when last seen (a changed hash is a new version of its document)
CREATE TABLE feed_items (
  feed integer NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  key text NOT NULL,
  hash text NOT NULL,
  published_ms bigint,
  first_ms bigint NOT NULL,
  last_ms bigint NOT NULL,
  PRIMARY KEY (feed, key)
);

-- the earliest time the next request to a host may start (shared by every worker)
CREATE TABLE watch_hosts (
  host text PRIMARY KEY,
  next_ms bigint NOT NULL DEFAULT 0,
  requests bigint NOT NULL DEFAULT 0
);

-- a round: the feeds found due at one tick; its articles are committed together, in a fixed order,
-- so any number of workers produce the base one process would
CREATE TABLE watch_rounds (
  id bigserial PRIMARY KEY,
  created_ms bigint NOT NULL,
  commit_lease_ms bigint,
  committed_ms bigint
);

CREATE TABLE watch_jobs (
  id bigserial PRIMARY KEY,
  round bigint NOT NULL,
  kind text NOT NULL,
  -- order of commit inside the round (feed id, item position)
  sort_key text NOT NULL,
  host text,
  payload text NOT NULL,
  -- ready -> running -> prepared (article analysed, waiting for its round's commit) -> done
  state text NOT NULL DEFAULT 'ready',
  attempts integer NOT NULL DEFAULT 0,
  run_ms bigint NOT NULL,
  lease_ms bigint,
  worker text,
  result text,
  error text,
  UNIQUE (round, kind, sort_key)
);
CREATE INDEX watch_jobs_ready ON watch_jobs (run_ms) WHERE state = 'ready';
CREATE INDEX watch_jobs_round ON watch_jobs (round, state);

CREATE TABLE alerts (
  id serial PRIMARY KEY,
  query text NOT NULL,
  webhook text,
  created_ms bigint NOT NULL,
  -- the base's change counter up to which stories were checked
  seen_seq bigint NOT NULL
);

-- one row per alert firing: a story that newly matched, or grew to this many documents
CREATE TABLE alert_matches (
  id bigserial PRIMARY KEY,
  alert integer NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  story integer NOT NULL,
  story_id text NOT NULL,
  documents integer NOT NULL,
  matched_ms bigint NOT NULL,
  payload text NOT NULL,
  UNIQUE (alert, story, documents)
);
CREATE INDEX alert_matches_alert ON alert_matches (alert, id);

-- webhook deliveries, kept until they succeed (a restart retries them)
CREATE TABLE alert_deliveries (
  match bigint PRIMARY KEY REFERENCES alert_matches (id) ON DELETE CASCADE,
  url text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_ms bigint NOT NULL,
  delivered_ms bigint,
  last_status integer,
  last_error text
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_ms) WHERE delivered_ms IS NULL;
