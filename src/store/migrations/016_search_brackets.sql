-- Wire copy writes names in angle brackets ("CoFAB Inc said it acquired <Gulfex Inc>, a Houston-based ...",
-- tickers "<GM>"): PostgreSQL's text-search parser reads `<` and an ASCII letter as an XML tag, which no
-- configuration indexes and ts_headline leaves out of a snippet -- the name was in no search vector. Every
-- text searched or shown in a snippet goes through search_text first: a bracketed name (a capital first, no
-- `=`, `<`, `>` or line break inside) loses its brackets to \x03 / \x04, which the parser reads as blanks
-- and safeSnippet (read.ts) shows as the brackets again. Markup that still reaches a text (a record's
-- `<tweet id="..." author="...">`, `<a href="...">`) keeps its brackets and stays out, as before.
-- One SQL expression of its argument, so the planner inlines it (no function call a row).
CREATE OR REPLACE FUNCTION search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT regexp_replace(t, '<([A-Z][^<>=\n]*)>', E'\x03\\1\x04', 'g') $$;
-- A stored vector changes only where its texts hold a `<`: those are built again as the ingest builds them
-- (repo.ts searchVector; a document's text is its report's).
UPDATE documents SET search =
  setweight(to_tsvector('crosscheck', search_text(coalesce(title, ''))), 'A') ||
  setweight(to_tsvector('crosscheck', search_text(coalesce((report::json) ->> 'text', ''))), 'B')
WHERE strpos(title, '<') > 0 OR strpos(report, '<') > 0;
UPDATE stories SET search =
  setweight(to_tsvector('crosscheck', search_text(coalesce(title, ''))), 'A') ||
  setweight(to_tsvector('crosscheck', search_text(coalesce(body, ''))), 'B')
WHERE strpos(title, '<') > 0 OR strpos(body, '<') > 0;
