-- A story's memberships (one per member, with its reason) stored apart from its clustering state: they grow
-- with the story, and most stories a batch takes back are only scored against (their centroids), never read.
ALTER TABLE stories ADD COLUMN memberships text;
ALTER TABLE stories ALTER COLUMN memberships SET STORAGE EXTERNAL;
-- Stored states are written as {"key":..,"members":[..],"memberships":[..],"centroids":..}: the memberships
-- are cut out as text, so every other value keeps its exact text (a quote inside a JSON string is escaped, so
-- the first ',"centroids":' is the state's own key).
UPDATE stories SET
  memberships = substr(state, strpos(state, ',"memberships":') + 15, strpos(state, ',"centroids":') - strpos(state, ',"memberships":') - 15),
  state = substr(state, 1, strpos(state, ',"memberships":') - 1) || substr(state, strpos(state, ',"centroids":'))
WHERE strpos(state, ',"memberships":') > 0 AND strpos(state, ',"centroids":') > strpos(state, ',"memberships":');
-- any other layout: through jsonb (the same values, its own spacing and key order)
UPDATE stories SET memberships = coalesce(state::jsonb -> 'memberships', '[]'::jsonb)::text, state = (state::jsonb - 'memberships')::text
WHERE memberships IS NULL;
ALTER TABLE stories ALTER COLUMN memberships SET NOT NULL;
