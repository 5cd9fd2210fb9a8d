// The OpenAPI 3.1 description of /api: what other tools read. Report, document and relation objects are
// the report contract's (contract/report.schema.json), referenced by name.
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 30 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
/** A list's page: its items under `name`, and what a client pages on (`total`, `next`). */
const pagedList = (name: string, items: object, extra: Record<string, object> = {}) => ({
  type: 'object',
  required: [...Object.keys(extra), name, 'limit', 'offset', 'total', 'next'],
  properties: {
    ...extra,
    [name]: { type: 'array', items },
    limit: { type: 'integer', description: 'items a page holds at most' },
    offset: { type: 'integer', description: 'items before this page' },
    total: { type: 'integer', description: 'items in the whole list, every page' },
    next: {
      type: ['string', 'null'],
      description:
        "the next page: this request's address (a path from the root, the server's base path included: resolve it against the server's origin) with its offset moved on; null on the last page. Also sent as a Link header, rel=\"next\".",
    },
  },
});
/** How the API writes an article's date (common/date-bound.ts zonedAsUtc): one form for a time with a zone. */
const DATE_FORM =
  'a time with a zone in UTC, "2020-01-19T12:25:36Z"; a bare day ("2020-01-19") or a time the page gave no zone ("2013-08-02T18:50") as written';
const linkHeader = { Link: { description: 'the next page, rel="next" (absent on the last page)', schema: { type: 'string' } } };
/** What each error status of the API means (its body says the reason in words). */
const ERROR_STATUS: Record<number, string> = {
  400: 'bad request',
  401: 'no valid token',
  403: 'writes are disabled (the server runs without --token)',
  404: 'not found',
  413: 'the body, or a record in it, is too large',
  415: 'the body is not JSON text (another content type, compressed or binary)',
  429: 'too many writes: try again after Retry-After seconds',
  503: 'out of reach or too busy a moment: try again after Retry-After seconds',
};
const error = (status: number) => ({ description: ERROR_STATUS[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const numericId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } };
const subscribed = {
  type: 'object',
  description: 'feeds subscribed, already there, and refused (each with its reason)',
  properties: {
    added: { type: 'array', items: { $ref: '#/components/schemas/Feed' } },
    existing: { type: 'array', items: { $ref: '#/components/schemas/Feed' } },
    problems: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, problem: { type: 'string' } } } },
  },
};

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'crosscheck API',
    version: '1',
    description:
      'Stories, articles, search and problems of a crosscheck story base; feed subscriptions and alerts of its watcher; live changes. Objects follow the report contract (contract/report.schema.json). Writes need the server token (`crosscheck serve --token T`, then `Authorization: Bearer T`).',
  },
  paths: {
    '/api/stories': {
      get: {
        summary: 'Stories, paged and filtered',
        parameters: [
          { name: 'sort', in: 'query', schema: { enum: ['newest', 'sources', 'growing'], default: 'newest' } },
          {
            name: 'since',
            in: 'query',
            schema: { type: 'string' },
            description: 'latest report on or after this day (YYYY-MM-DD), or this instant (a date-time with its zone: 2022-12-19T11:20Z)',
          },
          {
            name: 'until',
            in: 'query',
            schema: { type: 'string' },
            description: 'first report on or before this day (to its end), or this instant (a date-time with its zone)',
          },
          { name: 'outlet', in: 'query', schema: { type: 'string' } },
          {
            name: 'language',
            in: 'query',
            schema: { type: 'string', pattern: '^[A-Za-z]{2,3}$' },
            description: 'a language code, in any case (en, EN)',
          },
          ...page,
        ],
        responses: {
          200: { ...json(pagedList('stories', { $ref: '#/components/schemas/StorySummary' })), headers: linkHeader },
          400: error(400),
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story as a report: the story, its documents and their relations',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ $ref: '#/components/schemas/Report' }), 404: error(404) },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One article: its latest version, relations, stories, versions and the other addresses it was reached at',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ $ref: '#/components/schemas/DocumentView' }), 404: error(404) },
      },
    },
    '/api/documents': {
      post: {
        summary: 'Ingest articles (needs the token)',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          description:
            'An array of records (or {"documents": [...]}) as in a .json input: {id?, title, text (or HTML), url?, published?, outlet?, byline?}. At most 100 records and the server body limit (1 MB unless --max-body); a record past 10 MB (--max-size) is a problem, the others are read.',
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'array', items: { $ref: '#/components/schemas/Record' } },
                  { type: 'object', properties: { documents: { type: 'array', items: { $ref: '#/components/schemas/Record' } } } },
                ],
              },
            },
          },
        },
        responses: {
          200: json({
            type: 'object',
            description: 'what the ingest changed, and the records that could not be used',
            properties: { summary: { type: 'object' }, problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } },
          }),
          400: error(400),
          401: error(401),
          403: error(403),
          413: error(413),
          429: error(429),
        },
      },
    },
    '/api/search': {
      get: {
        summary:
          "Full-text search over stories and articles, ranked, with highlighted snippets; a pasted web address finds the article reached at it (its URL, the address asked for, an address redirected from), an outlet's domain (reuters.com) the articles at it or under it, newest first (with words: those holding them, ranked)",
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, ...page],
        responses: {
          200: { ...json(pagedList('hits', { $ref: '#/components/schemas/SearchHit' }, { q: { type: 'string' } })), headers: linkHeader },
          400: error(400),
        },
      },
    },
    '/api/problems': {
      get: {
        summary: 'Inputs that could not be used, and why',
        parameters: page,
        responses: { 200: { ...json(pagedList('problems', { $ref: '#/components/schemas/Problem' })), headers: linkHeader }, 400: error(400) },
      },
    },
    '/api/changes': {
      get: {
        summary: 'Stories opened or grown after a change number (live updates)',
        parameters: [{ name: 'since', in: 'query', required: true, schema: { type: 'integer', minimum: 0 } }],
        responses: {
          200: json({
            type: 'object',
            properties: { seq: { type: 'integer' }, stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } } },
          }),
        },
      },
    },
    '/api/events': {
      get: {
        summary: 'Server-sent events: stories opened or grown (event "changes", data {seq, stories}), with a heartbeat comment on idle streams',
        description:
          'The first event holds the changes after `since` (or Last-Event-ID) and the current change number. Open streams are bounded: a 503 means poll /api/changes instead.',
        parameters: [{ name: 'since', in: 'query', schema: { type: 'integer', minimum: 0 }, description: 'change number the client has seen' }],
        responses: {
          200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          400: error(400),
          503: error(503),
        },
      },
    },
    '/api/feeds': {
      get: {
        summary: 'Feed subscriptions with their polling state',
        responses: { 200: json({ type: 'object', properties: { feeds: { type: 'array', items: { $ref: '#/components/schemas/Feed' } } } }) },
      },
      post: {
        summary:
          'Subscribe to feeds (needs the token); private and loopback addresses are refused unless the server allows them (--allow-private, or --allow-loopback for this machine alone)',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
                  { type: 'object', required: ['urls'], properties: { urls: { type: 'array', items: { type: 'string', format: 'uri' } } } },
                  { type: 'array', items: { type: 'string', format: 'uri' } },
                ],
              },
            },
          },
        },
        responses: {
          200: json(subscribed, 'already subscribed'),
          201: json(subscribed, 'subscribed'),
          400: json(subscribed, 'every URL refused'),
          401: error(401),
          403: error(403),
          413: error(413),
          429: error(429),
        },
      },
    },
    '/api/feeds/{id}': {
      get: { summary: 'One subscription', parameters: [numericId], responses: { 200: json({ $ref: '#/components/schemas/Feed' }), 404: error(404) } },
      delete: {
        summary: 'Unsubscribe (needs the token); the articles it brought stay',
        security: [{ bearer: [] }],
        parameters: [numericId],
        responses: { 204: { description: 'removed' }, 401: error(401), 404: error(404) },
      },
    },
    '/api/feeds.opml': {
      get: {
        summary: 'The subscriptions as OPML 2.0 (categories as folders)',
        responses: { 200: { description: 'OPML', content: { 'text/x-opml': { schema: { type: 'string' } } } } },
      },
    },
    '/api/feeds/import': {
      post: {
        summary: 'Subscribe to every feed of an OPML file (needs the token)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'text/x-opml': { schema: { type: 'string' } }, 'application/xml': { schema: { type: 'string' } } } },
        responses: {
          200: json({
            type: 'object',
            properties: {
              added: { type: 'integer' },
              existing: { type: 'integer' },
              problems: subscribed.properties.problems,
              feeds: { type: 'array', items: { $ref: '#/components/schemas/Feed' } },
            },
          }),
          400: error(400),
          401: error(401),
          415: error(415),
        },
      },
    },
    '/api/alerts': {
      get: {
        summary: 'Alerts (saved searches)',
        responses: { 200: json({ type: 'object', properties: { alerts: { type: 'array', items: { $ref: '#/components/schemas/Alert' } } } }) },
      },
      post: {
        summary:
          'Add an alert (needs the token): stories that are new or grow and match the query are recorded, added to its Atom feed and POSTed to the webhook',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: { query: { type: 'string', maxLength: 200 }, webhook: { type: ['string', 'null'], format: 'uri' } },
              },
            },
          },
        },
        responses: {
          201: json({ type: 'object', properties: { alert: { $ref: '#/components/schemas/Alert' }, feed: { type: 'string' } } }),
          400: error(400),
          401: error(401),
          403: error(403),
          429: error(429),
        },
      },
    },
    '/api/alerts/{id}': {
      get: {
        summary: "An alert and its matches, newest first (each the webhook's JSON payload and its delivery)",
        parameters: [numericId],
        responses: {
          200: json({
            type: 'object',
            properties: { alert: { $ref: '#/components/schemas/Alert' }, feed: { type: 'string' }, matches: { type: 'array', items: { type: 'object' } } },
          }),
          404: error(404),
        },
      },
      delete: {
        summary: 'Remove an alert (needs the token)',
        security: [{ bearer: [] }],
        parameters: [numericId],
        responses: { 204: { description: 'removed' }, 401: error(401), 404: error(404) },
      },
    },
    '/feeds/alerts/{id}.atom': {
      get: {
        summary: "An alert's Atom feed: one entry per story that was new or grew and matched",
        parameters: [numericId],
        responses: {
          200: { description: 'Atom', content: { 'application/atom+xml': { schema: { type: 'string' } } } },
          404: { description: 'no such alert (an HTML page)' },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Problem: {
        type: 'object',
        required: ['source', 'reason'],
        properties: {
          source: { type: 'string' },
          reason: { type: 'string' },
          seen: { type: 'string' },
          rule: { type: 'string', description: 'the kind of problem, a stable id (the reason text may change)' },
          note: {
            type: 'boolean',
            description: 'true for a line on an input used all the same (its text cut, NUL bytes taken out, a redirect waiting for its page)',
          },
        },
      },
      StorySummary: {
        type: 'object',
        required: ['id', 'title', 'documents', 'independentSources', 'outlets', 'languages'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          documents: { type: 'integer' },
          independentSources: { type: 'integer', description: 'copies of one source counted once' },
          outlets: { type: 'array', items: { type: 'string' } },
          languages: { type: 'array', items: { type: 'string' } },
          firstSeen: { type: ['string', 'null'], description: DATE_FORM },
          latest: { type: ['string', 'null'], description: DATE_FORM },
          updatedAt: { type: 'string' },
        },
      },
      SearchHit: {
        type: 'object',
        required: ['kind', 'id', 'title', 'snippet', 'rank', 'outlets', 'date'],
        properties: {
          kind: { enum: ['story', 'document'] },
          id: { type: 'string' },
          title: { type: 'string' },
          snippet: { type: 'string', description: 'HTML-escaped text, matches in <b>..</b>' },
          rank: { type: 'number', description: "the words' rank; 0 for an address's or a domain's hit without words (newest first)" },
          outlets: { type: 'array', items: { type: 'string' }, description: "the article's outlet, or the story's outlets" },
          date: { type: ['string', 'null'], description: `the article's publication date, or the story's latest: ${DATE_FORM}` },
          address: { type: 'string', description: "an address's or a domain's hit: the address the article was reached at that matched" },
        },
      },
      Record: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          text: { type: 'string' },
          url: { type: 'string' },
          published: { type: 'string' },
          outlet: { type: 'string' },
          byline: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        },
      },
      DocumentView: {
        type: 'object',
        required: ['document', 'relations', 'stories', 'versions', 'addresses', 'reached'],
        properties: {
          document: { $ref: 'contract/report.schema.json#/$defs/document' },
          relations: { type: 'array', items: { $ref: 'contract/report.schema.json#/$defs/relation' } },
          stories: { type: 'array', items: { type: 'string' } },
          versions: {
            type: 'array',
            items: { type: 'object', properties: { version: { type: 'integer' }, seen: { type: 'string' }, contentHash: { type: 'string' } } },
          },
          addresses: {
            type: 'array',
            description:
              'the other web addresses the article was reached at, as given: asked for (ingest URL), redirected from; search finds it by any of them',
            items: { type: 'string' },
          },
          reached: {
            type: 'array',
            description: 'the same addresses, each with how it reached the article',
            items: {
              type: 'object',
              required: ['address', 'how'],
              properties: {
                address: { type: 'string' },
                how: {
                  enum: ['asked', 'redirect', 'page'],
                  description:
                    'asked: the address an ingest was given; redirect: a redirect led from it (a fetch, a web archive); page: the address the page was read at, where it names another URL',
                },
              },
            },
          },
        },
      },
      Report: { $ref: 'contract/report.schema.json' },
      Feed: {
        type: 'object',
        required: ['id', 'url', 'errors', 'nextPoll'],
        properties: {
          id: { type: 'integer' },
          url: { type: 'string' },
          title: { type: ['string', 'null'] },
          site: { type: ['string', 'null'] },
          category: { type: ['string', 'null'] },
          added: { type: 'string' },
          polls: { type: 'integer' },
          notModified: { type: 'integer', description: 'polls answered 304 Not Modified' },
          lastPoll: { type: ['string', 'null'] },
          lastStatus: { type: ['integer', 'null'] },
          lastSuccess: { type: ['string', 'null'] },
          lastError: { type: ['string', 'null'], description: 'why the last failed poll failed' },
          lastErrorAt: { type: ['string', 'null'] },
          errors: { type: 'integer', description: 'failures in a row (0 once a poll works)' },
          itemsPerWeek: { type: ['number', 'null'] },
          itemsSeen: { type: 'integer' },
          nextPoll: { type: 'string' },
          scheduleReason: { type: ['string', 'null'] },
        },
      },
      Alert: {
        type: 'object',
        required: ['id', 'query', 'webhook', 'matches'],
        properties: {
          id: { type: 'integer' },
          query: { type: 'string' },
          webhook: { type: ['string', 'null'] },
          created: { type: 'string' },
          matches: { type: 'integer' },
          pendingDeliveries: { type: 'integer' },
          failedDeliveries: { type: 'integer' },
        },
      },
    },
  },
} as const;

/** The description as served under a base path (serve --base-path): the paths below are relative to its server URL. */
export const openapi = (basePath: string) => ({ ...OPENAPI, servers: [{ url: basePath || '/', description: 'this server' }] });
