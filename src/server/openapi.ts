// The OpenAPI 3.1 description of /api: what other tools read. Report, document and relation objects are
// the report contract's (contract/report.schema.json), referenced by name.
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 30 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const error = { description: 'bad request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'crosscheck API',
    version: '1',
    description:
      'Stories, articles, search and problems of a crosscheck story base. Objects follow the report contract (contract/report.schema.json). Writes need the server token (`crosscheck serve --token T`, then `Authorization: Bearer T`).',
  },
  paths: {
    '/api/stories': {
      get: {
        summary: 'Stories, paged and filtered',
        parameters: [
          { name: 'sort', in: 'query', schema: { enum: ['newest', 'sources', 'growing'], default: 'newest' } },
          { name: 'since', in: 'query', schema: { type: 'string', format: 'date' }, description: 'latest report on or after this date' },
          { name: 'until', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'outlet', in: 'query', schema: { type: 'string' } },
          { name: 'language', in: 'query', schema: { type: 'string', pattern: '^[a-z]{2,3}$' } },
          ...page,
        ],
        responses: {
          200: json({
            type: 'object',
            required: ['stories', 'limit', 'offset'],
            properties: {
              stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } },
              limit: { type: 'integer' },
              offset: { type: 'integer' },
            },
          }),
          400: error,
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story as a report: the story, its documents and their relations',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ $ref: '#/components/schemas/Report' }), 404: error },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One article: its latest version, relations, stories and versions',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ $ref: '#/components/schemas/DocumentView' }), 404: error },
      },
    },
    '/api/documents': {
      post: {
        summary: 'Ingest articles (needs the token)',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          description:
            'An array of records (or {"documents": [...]}) as in a .json input: {id?, title, text (or HTML), url?, published?, outlet?, byline?}. At most 100 records and the server body limit (1 MB unless --max-body).',
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
          400: error,
          401: error,
          403: error,
          413: error,
          429: error,
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over stories and articles, ranked, with highlighted snippets',
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, ...page],
        responses: {
          200: json({ type: 'object', properties: { q: { type: 'string' }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } } }),
          400: error,
        },
      },
    },
    '/api/problems': {
      get: {
        summary: 'Inputs that could not be used, and why',
        parameters: page,
        responses: { 200: json({ type: 'object', properties: { problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } } }) },
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
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Problem: {
        type: 'object',
        required: ['source', 'reason'],
        properties: { source: { type: 'string' }, reason: { type: 'string' }, seen: { type: 'string' } },
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
          firstSeen: { type: ['string', 'null'] },
          latest: { type: ['string', 'null'] },
          updatedAt: { type: 'string' },
        },
      },
      SearchHit: {
        type: 'object',
        required: ['kind', 'id', 'title', 'snippet', 'rank'],
        properties: {
          kind: { enum: ['story', 'document'] },
          id: { type: 'string' },
          title: { type: 'string' },
          snippet: { type: 'string', description: 'HTML-escaped text, matches in <b>..</b>' },
          rank: { type: 'number' },
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
        required: ['document', 'relations', 'stories', 'versions'],
        properties: {
          document: { $ref: 'contract/report.schema.json#/$defs/document' },
          relations: { type: 'array', items: { $ref: 'contract/report.schema.json#/$defs/relation' } },
          stories: { type: 'array', items: { type: 'string' } },
          versions: {
            type: 'array',
            items: { type: 'object', properties: { version: { type: 'integer' }, seen: { type: 'string' }, contentHash: { type: 'string' } } },
          },
        },
      },
      Report: { $ref: 'contract/report.schema.json' },
    },
  },
} as const;
