// What PGlite's engine does in a CPU profile (`node --cpu-prof bin/crosscheck.js ingest ...`): --cpu-prof names the
// engine's WebAssembly functions only by number (wasm-function[5957]); the module exports ~2,000 of PostgreSQL's own
// functions by name (for its extensions to link against), so their numbers are read from its export section here.
// Prints the main thread's samples inside PostgreSQL functions (inclusive) and the engine's named functions by
// inclusive share. Why: the ingest's statements were timed from JavaScript as wholes (bench/HISTORY.md, ingest53,
// ingest59); this splits their engine time (text search, index and heap inserts, VACUUM, planning, WAL, file I/O).
//   node scripts/engine-profile.mjs PROFILE.cpuprofile [TOP]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** LEB128 unsigned at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** Function index -> exported name, from a WebAssembly module's export section (section 7). */
function exportNames(bytes) {
  const names = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    if (id === 7) {
      let [count, p] = leb(bytes, at);
      for (; count > 0; count--) {
        let length;
        [length, p] = leb(bytes, p);
        const name = Buffer.from(bytes.subarray(p, p + length)).toString('utf8');
        p += length;
        const kind = bytes[p++];
        let index;
        [index, p] = leb(bytes, p);
        if (kind === 0) names.set(index, name);
      }
    }
    at += size;
  }
  return names;
}

/** PostgreSQL functions an ingest's statements spend their time in (inclusive): what each stands for. */
const WATCHED = {
  PostgresMainLoopOnce: 'the engine (every statement)',
  to_tsvector_byid: 'search vectors (parser, dictionaries)',
  ExecInsertIndexTuples: 'index inserts',
  heap_insert: 'row inserts (TOAST included)',
  ProcessUtility: 'utility statements (VACUUM, ANALYZE)',
  raw_parser: 'parsing statements',
  transformStmt: 'parse analysis',
  standard_planner: 'planning',
  XLogInsert: 'WAL records',
  pwrite: 'file writes (WAL, pages)',
  pread: 'file reads',
  ReadBufferExtended: 'buffer look-ups and reads',
  pg_checksum_page: 'page checksums',
  OutputFunctionCall: 'result values as text',
};

const [file, top = '40'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/engine-profile.mjs PROFILE.cpuprofile [TOP]');
  process.exit(2);
}
const wasm = readFileSync(fileURLToPath(new URL('pglite.wasm', import.meta.resolve('@electric-sql/pglite'))));
const names = exportNames(wasm);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const nameOf = (n) => {
  const m = /^wasm-function\[(\d+)\]$/.exec(n.callFrame.functionName);
  return m && names.has(Number(m[1])) ? `pg:${names.get(Number(m[1]))}` : n.callFrame.functionName;
};
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const inclusive = new Map();
let total = 0;
let gc = 0;
for (const [id, count] of hits) {
  total += count;
  if (nodes.get(id).callFrame.functionName === '(garbage collector)') gc += count;
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nameOf(nodes.get(at));
    if (!name.startsWith('pg:') || seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + count);
  }
}
const share = (count) => `${((100 * count) / total).toFixed(1).padStart(5)}%`;
console.log(`${total} samples on the main thread; garbage collector ${share(gc)}`);
for (const [name, what] of Object.entries(WATCHED)) console.log(`${share(inclusive.get(`pg:${name}`) ?? 0)}  ${name.padEnd(22)} ${what}`);
console.log(`-- the engine's named functions by inclusive share (top ${top})`);
for (const [name, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${share(count)}  ${name.slice(3)}`);
