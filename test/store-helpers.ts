// The story base's tests run on both backends: a fresh PGlite folder, and a fresh database on the
// PostgreSQL server (named cc_test_<pid>_<n>, created through the `postgres` database and dropped after,
// so parallel runs never meet). Without a server answering, the PostgreSQL runs skip and say why.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { after, before, describe } from 'node:test';
import postgres from 'postgres';
import { openAdapter, openBase, type StoryBase } from '../src/store/index.ts';
import { searchVector } from '../src/store/repo.ts';
import { scratchDir } from './scratch.ts';

export const SERVER = process.env.CROSSCHECK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverAnswers(): Promise<string | null> {
  const admin = postgres(SERVER, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await admin`select 1`;
    return null;
  } catch (err) {
    return `no PostgreSQL server answers at ${SERVER} (${(err as Error).message}); set CROSSCHECK_TEST_PG to test that backend`;
  } finally {
    await admin.end({ timeout: 1 }).catch(() => {});
  }
}

/** Why the PostgreSQL tests skip, or null when they run. */
export const POSTGRES_SKIP = await serverAnswers();

type Kind = 'pglite' | 'postgres';

export interface TestBase {
  location: string;
  drop(): Promise<void>;
}

let n = 0;

/** One empty, migrated PGlite base per test process, copied for each fresh base: creating a folder runs
 * initdb in a child process and every migration (about 5 s of CPU), copying it about 1 s. */
let template: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const location = join(scratchDir('cc-template-'), 'base');
    await (await openBase(location)).close();
    return location;
  })();
  return template;
}

export async function freshBase(kind: Kind): Promise<TestBase> {
  return kind === 'pglite' ? folderCopy(await pgliteTemplate()) : serverDatabase();
}

/** A new base holding what `from` holds (closed by then): its folder copied, or a database made from it. Two
 * bases that would be built alike up to a point are built once and copied. */
export function copyOf(from: TestBase): Promise<TestBase> {
  return isServer(from.location) ? serverDatabase(new URL(from.location).pathname.slice(1)) : folderCopy(from.location);
}

/**
 * A base built once per backend for a file's tests and closed (tests open it or a copy of it; it is dropped when
 * the file ends): `build` fills the open base and returns what the tests need to know of it. Call at module level.
 */
export function builtOncePerBackend<T>(build: (base: StoryBase, where: TestBase) => Promise<T>): (kind: Kind) => Promise<{ where: TestBase; value: T }> {
  const built = new Map<string, Promise<{ where: TestBase; value: T }>>();
  const made: TestBase[] = [];
  after(async () => {
    for (const where of made) await where.drop();
  });
  return (kind) => {
    let once = built.get(kind);
    if (!once) {
      once = (async () => {
        const where = await freshBase(kind);
        made.push(where);
        const base = await openBase(where.location);
        try {
          return { where, value: await build(base, where) };
        } finally {
          await base.close();
        }
      })();
      built.set(kind, once);
    }
    return once;
  };
}

const isServer = (location: string) => /^postgres(ql)?:\/\//.test(location);

function folderCopy(from: string): Promise<TestBase> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-base-'));
  cpSync(from, join(dir, 'base'), { recursive: true });
  return Promise.resolve({ location: join(dir, 'base'), drop: async () => rmSync(dir, { recursive: true, force: true }) });
}

/** A new database on the server: empty, or a copy of `template`. */
async function serverDatabase(template?: string): Promise<TestBase> {
  const name = `cc_test_${process.pid}_${++n}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const a = postgres(SERVER, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const BACKENDS: Array<{ kind: Kind; skip: string | false }> = [
  { kind: 'pglite', skip: false },
  { kind: 'postgres', skip: POSTGRES_SKIP ?? false },
];

/** One describe per backend, `%s` in its name the backend's kind; the PostgreSQL one skips, saying why, when no server answers. */
export function forEachBackend(name: string, body: (kind: Kind) => void): void {
  for (const { kind, skip } of BACKENDS) describe(format(name, kind), { skip }, () => body(kind));
}

/** A fresh base for one test's `run`, dropped after it whatever the test did. */
export async function withFreshBase<T>(kind: Kind, run: (where: TestBase) => Promise<T>): Promise<T> {
  const where = await freshBase(kind);
  try {
    return await run(where);
  } finally {
    await where.drop();
  }
}

/**
 * A fresh base for the describe it is called in: opened before its tests (and given `fill`), closed and dropped
 * after them. Read `base` and `where` inside the tests (they are set by then).
 */
export function suiteBase(kind: Kind, fill?: (base: StoryBase) => Promise<unknown>): { base: StoryBase; where: TestBase } {
  const held = {} as { base: StoryBase; where: TestBase };
  before(async () => {
    held.where = await freshBase(kind);
    held.base = await openBase(held.where.location);
    await fill?.(held.base);
  });
  after(async () => {
    await held.base?.close();
    await held.where?.drop();
  });
  return held;
}

/** Everything the base holds must agree with itself: problems found, one line each (empty when consistent). */
export async function inconsistencies(location: string): Promise<string[]> {
  const db = await openAdapter(location);
  const out: string[] = [];
  try {
    const q = async (sql: string) => db.query<{ n: number }>(sql).then((r) => Number(r[0]?.n ?? 0));
    const check = async (what: string, sql: string) => {
      const n = await q(sql);
      if (n) out.push(`${n} ${what}`);
    };
    await check(
      'documents in a story the base does not hold',
      'SELECT count(*)::int AS n FROM documents d WHERE story IS NULL OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.key = d.story)',
    );
    await check(
      'stories whose count differs from their documents',
      'SELECT count(*)::int AS n FROM stories s WHERE documents <> (SELECT count(*) FROM documents d WHERE d.story = s.key)',
    );
    await check('story ids leading nowhere', 'SELECT count(*)::int AS n FROM story_ids i WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.key = i.story)');
    await check(
      'stories without their own id',
      'SELECT count(*)::int AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_ids i WHERE i.id = s.id AND i.story = s.key)',
    );
    await check(
      'relations to documents the base does not hold',
      'SELECT count(*)::int AS n FROM relations r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.from_doc) OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.to_doc)',
    );
    await check(
      'documents without versions',
      'SELECT count(*)::int AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document = d.id AND v.version = d.version)',
    );
    await check(
      'fingerprint keys of no document',
      'SELECT count(*)::int AS n FROM document_keys k WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.position = k.position)',
    );
    await check('index keys of no story', 'SELECT count(*)::int AS n FROM story_keys k WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.key = k.story)');
    await check(
      'documents not counted in the document frequencies',
      `SELECT abs((SELECT count(*) FROM documents) - (SELECT value FROM meta WHERE key = 'df_documents'))::int AS n`,
    );
    await check(
      'positions at or past the next position',
      `SELECT count(*)::int AS n FROM documents WHERE position >= (SELECT value FROM meta WHERE key = 'positions')`,
    );
    // every search vector as the ingest builds it from its texts (a base upgraded by migration 016 as well)
    await check(
      'documents whose search vector is not their title and text',
      `SELECT count(*)::int AS n FROM documents WHERE search <> ${searchVector('title', "(report::json) ->> 'text'")}`,
    );
    await check(
      'stories whose search vector is not their title and body',
      `SELECT count(*)::int AS n FROM stories WHERE search <> ${searchVector('title', 'body')}`,
    );
    // each story's stored members are exactly its documents, and its report lists them
    const rows = await db.query<{ key: number; state: string; report: string }>('SELECT key, state, report FROM stories');
    const docs = await db.query<{ id: string; position: number; story: number }>('SELECT id, position, story FROM documents');
    const byStory = new Map<number, { ids: Set<string>; positions: Set<number> }>();
    for (const d of docs) {
      const e = byStory.get(d.story) ?? { ids: new Set(), positions: new Set() };
      e.ids.add(d.id);
      e.positions.add(d.position);
      byStory.set(d.story, e);
    }
    const same = (a: Set<unknown>, b: unknown[]) => a.size === b.length && b.every((x) => a.has(x));
    for (const r of rows) {
      const e = byStory.get(r.key) ?? { ids: new Set(), positions: new Set() };
      if (!same(e.positions, JSON.parse(r.state).members)) out.push(`story ${r.key}: clustering members differ from its documents`);
      if (!same(e.ids, JSON.parse(r.report).documents)) out.push(`story ${r.key}: report lists other documents than it holds`);
    }
  } finally {
    await db.close();
  }
  return out;
}
