-- walk15. How each address reached its article (store/addresses.ts AddressHow): 'page' (the URL its page names, the
-- address it was read at), 'asked' (the address an ingest was given), 'redirect' (an address a redirect led from: a
-- fetch's hop, a web archive's 3xx record). The article page said "Also reached at (asked for, or redirected from)" for
-- every address alike. The rows held are told apart as well as can be: the document's identity (the address it was read
-- at) and URL are 'page', its report's source 'asked', any other a redirect's (the only other way in). Written to be
-- run again over a base that has the column (a test's base taken back to an older schema).
ALTER TABLE document_addresses ADD COLUMN IF NOT EXISTS how text;
UPDATE document_addresses a
SET how = CASE
  WHEN a.address = d.identity OR a.address = (d.report::json) ->> 'url' THEN 'page'
  WHEN a.address = (d.report::json) ->> 'source' THEN 'asked'
  ELSE 'redirect'
END
FROM documents d
WHERE d.id = a.document AND a.how IS NULL;
-- A waiting redirect whose page never comes expires (store/addresses.ts expireWaiting): its `seen` (the last ingest
-- that met it, ISO) is what the expiry looks rows up by, once a batch.
CREATE INDEX IF NOT EXISTS waiting_redirects_seen ON waiting_redirects (seen);
