// CPU time of each SQL statement an embedded-base command runs, by the statement's shape (parameters and VALUES
// rows folded), at exit: `SQL_CPU=out.txt node --import ./scripts/sql-cpu.mjs bin/crosscheck.js ingest ...` (else
// to stderr). The process's CPU around each call to PGlite's query / exec, in and out of transactions: the engine,
// its file I/O and PGlite's protocol JavaScript. Why: ingest53 and ingest59 each built a temporary timer for
// this (bench/HISTORY.md); ingest61 kept it. Both of PGlite's builds are patched: the compiled ingest runs from
// dist/chunks/analyze.cjs, which requires the CommonJS one (ingest67), the sources and the ES chunks import the ES one
// (patching the ES one alone counted "0 statements": ingest68). An ingest runs as the launcher's one-arena child, which
// inherits `--import`: only a process that ran statements writes its figures (the launcher's empty ones wrote over them).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';

const { PGlite: PGliteCjs } = createRequire(import.meta.url)('@electric-sql/pglite');

/** shape -> [calls, ms CPU] */
const stats = new Map();
const shape = (text) =>
  text
    .replace(/\$\d+(::[a-z0-9_[\]]+)*/g, '$')
    .replace(/\(\$(, \$)*\)(, \(\$(, \$)*\))*/g, '(rows)')
    .replace(/\s+/g, ' ')
    .slice(0, 120);

/** `sql` with its query and exec timed (PGlite itself, or a transaction's). */
function timed(sql, query, exec) {
  for (const [method, original] of [
    ['query', query],
    ['exec', exec],
  ]) {
    sql[method] = async function (text, ...rest) {
      const before = process.cpuUsage();
      try {
        return await original.call(this, text, ...rest);
      } finally {
        const used = process.cpuUsage(before);
        const key = `${method} ${shape(String(text))}`;
        const entry = stats.get(key) ?? [0, 0];
        entry[0]++;
        entry[1] += (used.user + used.system) / 1000;
        stats.set(key, entry);
      }
    };
  }
}

for (const proto of new Set([PGlite.prototype, PGliteCjs.prototype])) {
  const { transaction } = proto;
  timed(proto, proto.query, proto.exec);
  proto.transaction = function (work) {
    return transaction.call(this, (tx) => {
      timed(tx, tx.query, tx.exec);
      return work(tx);
    });
  };
}

process.on('exit', () => {
  const rows = [...stats].sort((a, b) => b[1][1] - a[1][1]);
  const ms = rows.reduce((sum, [, [, t]]) => sum + t, 0);
  const calls = rows.reduce((sum, [, [n]]) => sum + n, 0);
  if (calls === 0) return;
  const lines = [
    `${ms.toFixed(0)} ms CPU in ${calls} statements`,
    ...rows.map(([key, [n, t]]) => `${t.toFixed(0).padStart(7)} ms ${String(n).padStart(6)}x  ${key}`),
  ];
  const out = `${lines.join('\n')}\n`;
  if (process.env.SQL_CPU) writeFileSync(process.env.SQL_CPU, out);
  else process.stderr.write(out);
});
