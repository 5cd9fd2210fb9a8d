// Web app benchmark: a story base holding Reuters-21578 and ECB+ dev (../shared/data), served by
// `crosscheck serve` in its own process, loaded with autocannon (50 connections, loopback). Prints
// requests/s and p50/p99 latency of the stories page, a story page, search and the JSON API, next to the
// app's static style sheet measured in the same run (the floor of the server stack on this machine).
// Goals: stories page and API p99 <= 100 ms; story page and search p99 <= 250 ms (2 cores).
//   node --import tsx bench/serve.ts [--base DIR] [--sets reuters,ecb] [--duration S] [--connections N] [--postgres URL]
//     [--modes cached,uncached] [--identity] [--build-only]
// The base is built once in .bench-out/serve-base (or DIR) and reused; delete it to rebuild.
// Measured 2026-11-30 on 2 cores shared with other jobs (load average 7-11), base of ECB+ dev only (770
// articles, 78 stories; the top story 21 articles, 127 KB of page), 8 s per row, p99 in ms, two runs each,
// before (75cc577) and after this change in the same period; the static style sheet is the floor of a run:
//                         cached, no writes           cached, 1 article ingested/s
//                         before      after           before      after
//   static css (floor)    21, 34      28, 37          52, 82      481, 200
//   stories page          31, 41      25, 21          79, 181     288, 27
//   API stories           19, 30      14, 23          205, 35     52, 30
//   API story             54, 66      27, 55          314, 196    123, 129
//   story page (top)      202, 242    15, 19          627, 535    232, 228
//   search page           20, 9       11, 10          12, 88      258, 25
//   API search            27, 19      10, 10          28, 59      48, 14
// (the story page's req/s: 1,350 before, 5,800 after; ingesting runs in the server's process, so its
// floor moves with it.) Uncached (--no-cache) every row is over its goal (p50 100-560 ms, p99 0.4-7 s):
// the base's queries queue behind one another in one process; search is the slowest (ts_headline).
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openBase } from '../src/store/index.ts';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = new URL('../../shared/data/', import.meta.url);
const REUTERS = fileURLToPath(new URL('reuters21578/docs.jsonl', DATA));
const ECB = fileURLToPath(new URL('ecbplus-dev/docs.jsonl', DATA));
const BASE = value('--postgres', '') || value('--base', `${ROOT}.bench-out/serve-base`);
const DURATION = Number(value('--duration', '10'));
const CONNECTIONS = Number(value('--connections', '50'));
const PORT = 18000 + (process.pid % 1000);
/** which data sets the base holds: ecb, reuters (default both) */
const SETS = value('--sets', 'reuters,ecb').split(',');
const BUILD_ONLY = args.includes('--build-only');
const IDENTITY = args.includes('--identity');
/** run only the modes whose label starts with one of these (comma-separated): cached, uncached */
const ONLY = args.includes('--modes') ? value('--modes', '').split(',') : null;

if (!existsSync(REUTERS) || !existsSync(ECB)) {
  console.error('bench/serve: needs ../shared/data/reuters21578 and ../shared/data/ecbplus-dev');
  process.exit(1);
}

async function build(): Promise<void> {
  const base = await openBase(BASE);
  const have = (await base.stories({ limit: 1 })).length;
  if (!have) {
    const inputs = [...(SETS.includes('reuters') ? [REUTERS] : []), ...(SETS.includes('ecb') ? [ECB] : [])];
    console.log(`building the base at ${BASE} (${SETS.join(' + ')}) ...`);
    const start = Date.now();
    const s = await base.ingest(inputs, { onBatch: (n) => process.stdout.write(`\r  ${n} documents`) });
    console.log(`\n  ${s.newDocuments} documents, ${s.storiesOpened} stories in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  } else console.log(`reusing the base at ${BASE}`);
  await base.close();
}

/** The server in its own process, as a user runs it. */
async function serve(extra: string[], db = BASE): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [`${ROOT}bin/crosscheck.js`, 'serve', '--db', db, '--port', String(PORT), ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      if (/serving/.test(err)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
  return () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}

interface Row {
  name: string;
  path: string;
  goal: number | null;
}

async function measure(row: Row): Promise<void> {
  const url = `http://127.0.0.1:${PORT}${row.path}`;
  // as a browser or feed reader asks (--identity: as a client that takes no compression)
  const headers = IDENTITY ? {} : { 'accept-encoding': 'gzip, deflate, br' };
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const p99 = r.latency.p99;
  const verdict = row.goal === null ? '' : p99 <= row.goal ? `ok (goal ${row.goal} ms)` : `OVER goal ${row.goal} ms`;
  const errors = r.errors + r.non2xx;
  console.log(
    `${row.name.padEnd(14)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(p99).padStart(4)} ms  ${errors ? `${errors} errors ` : ''}${verdict}   ${row.path}`,
  );
}

/** Post one ECB+ record (a new id each time) through the write API every `everyMs` while `running()`. */
function writer(token: string, everyMs: number): { stop: () => Promise<number> } {
  const records = readFileSync(ECB, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title?: string; text?: string });
  let on = true;
  let posted = 0;
  const loop = (async () => {
    for (let i = 0; on; i++) {
      const r = records[i % records.length];
      await fetch(`http://127.0.0.1:${PORT}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify([{ id: `bench-${process.pid}-${i}`, title: r.title ?? '', text: r.text ?? '', outlet: `Bench Wire ${i % 7}` }]),
      }).then((res) => res.arrayBuffer().then(() => res.ok && posted++));
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();
  return {
    stop: async () => {
      on = false;
      await loop;
      return posted;
    },
  };
}

await build();
if (BUILD_ONLY) process.exit(0);
const TOKEN = 'bench-token-0123456789';
const MODES: Array<[string, string[]]> = [
  // as served: responses kept until the base changes
  ['cached (default)', []],
  // while an ingest runs through the API: one article posted a second, each moving the change number on
  ['cached, one article ingested per second', ['--token', TOKEN, '--writes-per-minute', '600']],
  // every request read from the base and rendered: the cost of a first visit after each change
  ['uncached (--no-cache)', ['--no-cache']],
];
for (const [label, extra] of MODES.filter(([l]) => !ONLY || ONLY.some((o) => l.startsWith(o)))) {
  const writing = extra.includes('--token');
  if (writing && /^postgres/.test(BASE)) continue; // the writes would stay in the server's base
  // writes go to a copy of the base, thrown away after: every run measures the same base
  const copy = `${ROOT}.bench-out/serve-writes-${process.pid}`;
  if (writing) cpSync(BASE, copy, { recursive: true });
  const stop = await serve([...extra], writing ? copy : BASE);
  const writes = extra.includes('--token') ? writer(TOKEN, 1000) : null;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the API's JSON, read field by field
    const api = (path: string) => fetch(`http://127.0.0.1:${PORT}${path}`).then((r) => r.json() as Promise<any>);
    const top = (await api('/api/stories?sort=sources&limit=1')).stories[0];
    // a typical story: the 200th by sources (the top one on a small base)
    const middle = (await api('/api/stories?sort=sources&limit=1&offset=200')).stories[0] ?? top;
    console.log(
      `\n${label}: base ${BASE}; top story ${top.documents} articles (${top.independentSources} independent); typical story ${middle.documents} articles; ${DURATION} s per row, ${CONNECTIONS} connections; server in its own process; machine shared, figures noisy`,
    );
    const rows: Row[] = [
      { name: 'static css', path: '/assets/app.css', goal: null },
      { name: 'stories page', path: '/', goal: 100 },
      { name: 'API stories', path: '/api/stories?sort=sources', goal: 100 },
      { name: 'API story', path: `/api/stories/${encodeURIComponent(middle.id)}`, goal: 100 },
      { name: 'story page', path: `/stories/${encodeURIComponent(middle.id)}`, goal: 250 },
      { name: 'story (top)', path: `/stories/${encodeURIComponent(top.id)}`, goal: 250 },
      { name: 'search page', path: '/search?q=oil+prices', goal: 250 },
      { name: 'API search', path: '/api/search?q=earthquake', goal: 250 },
    ];
    for (const row of rows) await measure(row);
  } finally {
    if (writes) console.log(`  (${await writes.stop()} articles ingested during the rows)`);
    await stop();
    if (writing) rmSync(copy, { recursive: true, force: true });
  }
}
