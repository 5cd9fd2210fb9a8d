// Nothing lost on a crash, and several writers: an ingest killed (SIGKILL) mid-run leaves a consistent base,
// and running it again gives the base an uninterrupted run gives; two ingest processes on one PostgreSQL
// base leave it consistent; a PGlite folder has one writer, and a lock left by a dead process is taken over.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Report } from '../src/model.ts';
import { openBase, openAdapter } from '../src/store/index.ts';
import { ecbLines, ROOT, runCli } from './helpers.ts';
import { forEachBackend, inconsistencies, POSTGRES_SKIP, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

// the in-use line says why a reader is refused too
const IN_USE =
  ': an embedded base is open in one process at a time, reading or writing (a running serve or watch holds it; stop it first, or share a postgres:// base)';

const CLI = join(ROOT, 'bin', 'crosscheck.js');
const scratch = scratchDir('cc-crash-');
const ecb = ecbLines();
const part = (name: string, from: number, to: number) => {
  const path = join(scratch, name);
  writeFileSync(path, `${ecb.slice(from, to).join('\n')}\n`);
  return path;
};
const INPUT = part('part.jsonl', 0, 40);
const BATCH = '10';

/** The base's export as JSON holds it (the PostgreSQL driver's row lists are arrays of a class of their own). */
async function exportOf(location: string) {
  const base = await openBase(location, { readOnly: true });
  try {
    return JSON.parse(JSON.stringify(await base.export())) as Report;
  } finally {
    await base.close();
  }
}

/** Whether `pid` is gone, reaped too (a zombie still counts as the lock's live holder: kill(pid, 0) reaches it). */
const gone = (pid: number) => !existsSync(`/proc/${pid}`);

/**
 * After a SIGKILL of the command: wait until the process named in a PGlite folder's lock is gone. The command may
 * be the launcher of a one-arena child that holds the base (bin/one-arena.js); the child ends when its channel to the
 * launcher closes, a moment after the launcher, and is reaped by init (the next ingest would find the base locked by a live process).
 */
async function holderEnded(location: string): Promise<void> {
  const lock = join(location, 'crosscheck.lock');
  if (process.platform !== 'linux' || !existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').trim());
  while (!gone(pid)) await new Promise((r) => setTimeout(r, 20));
}

/** Run an ingest child; kill it (SIGKILL, or `signal`) once it reports `killAfter` committed inputs. */
function ingestChild(
  location: string,
  input: string | string[],
  killAfter?: number,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'ingest', ...[input].flat(), '--db', location, '--batch-size', BATCH, '--verbose'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const m = [...stderr.matchAll(/committed (\d+) inputs/g)].pop();
      if (killAfter !== undefined && m && Number(m[1]) >= killAfter && child.exitCode === null && !child.killed) child.kill(signal);
    });
    child.on('exit', (code, signal) => done({ code, signal, stderr }));
  });
}

/** The uninterrupted base's export: made once, on PGlite, in this process (the backends store the same base, so a
 * run on either is the reference for both). */
let uninterrupted: Promise<Report> | undefined;
function wholeExport() {
  uninterrupted ??= withFreshBase('pglite', async (whole) => {
    const a = await runCli(['ingest', INPUT, '--db', whole.location, '--batch-size', BATCH]);
    assert.equal(a.status, 0, a.stderr);
    return await exportOf(whole.location);
  });
  return uninterrupted;
}

forEachBackend('crash safety on %s', (kind) => {
  test('an ingest killed mid-run leaves a consistent base; running it again gives the uninterrupted base', async () => {
    await withFreshBase(kind, async (crashed) => {
      // the uninterrupted base and the run again are the same command in this process (only the kill needs a child)
      const whole = await wholeExport();
      const killed = await ingestChild(crashed.location, INPUT, 20);
      assert.equal(killed.signal, 'SIGKILL', `the child was killed mid-run (${killed.stderr})`);
      await holderEnded(crashed.location);
      assert.deepEqual(await inconsistencies(crashed.location), []);
      const partial = await exportOf(crashed.location);
      assert.ok(partial.documents.length >= 20 && partial.documents.length < 40, `whole batches only: ${partial.documents.length} documents`);
      const again = await runCli(['ingest', INPUT, '--db', crashed.location, '--batch-size', BATCH]);
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(await inconsistencies(crashed.location), []);
      assert.deepEqual(await exportOf(crashed.location), whole);
    });
  });

  // Ctrl-C ended an ingest without a word (and only after the batch being written, PGlite answering in microtasks)
  test('an ingest interrupted (Ctrl-C) says what it committed and exits 130; running it again gives the uninterrupted base', async () => {
    await withFreshBase(kind, async (stopped) => {
      const whole = await wholeExport();
      const run = await ingestChild(stopped.location, INPUT, 20, 'SIGINT');
      assert.equal(run.code, 130, run.stderr);
      const lines = run.stderr.trim().split('\n');
      const committed = Number([...run.stderr.matchAll(/committed (\d+) inputs/g)].pop()?.[1]);
      assert.ok(committed >= 20 && committed < 40, run.stderr);
      assert.equal(
        lines.at(-1),
        `crosscheck: interrupted: the first ${committed} inputs are committed, the batch after them is not; the base is intact: run the same command again for the rest (inputs already in count as unchanged)`,
      );
      assert.deepEqual(await inconsistencies(stopped.location), []);
      if (kind === 'pglite') assert.ok(!existsSync(join(stopped.location, 'crosscheck.lock')), 'the base was closed');
      const again = await runCli(['ingest', INPUT, '--db', stopped.location, '--batch-size', BATCH]);
      assert.equal(again.status, 0, again.stderr);
      assert.match(again.stdout, new RegExp(`: ${40 - committed} new articles, 0 new versions, ${committed} unchanged, 0 problems`));
      assert.deepEqual(await exportOf(stopped.location), whole);
    });
  });
});

// a first Ctrl-C while a URL was being fetched waited for the fetch (up to --timeout) before it stopped
test('Ctrl-C during a fetch gives the fetch up at once: the connection is closed, the line says what is committed', { timeout: 300_000 }, async () => {
  await withFreshBase('pglite', async (where) => {
    const closed: Promise<void>[] = [];
    let asked!: () => void;
    const requested = new Promise<void>((r) => (asked = r));
    // a server that takes the request and never answers
    const server = createServer((req) => {
      closed.push(new Promise((r) => req.socket.on('close', () => r())));
      asked();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;
      const child = spawn(process.execPath, [CLI, 'ingest', url, '--db', where.location, '--allow-loopback', '--timeout', '600'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      await requested;
      child.kill('SIGINT');
      // without the change the child waits the 600 s of its timeout: the test's own limit fails it
      assert.equal(await exited, 130, stderr);
      await Promise.all(closed);
      assert.equal(stderr.trim(), 'crosscheck: interrupted before the first batch was committed: nothing was added, the base is as it was');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

// a first Ctrl-C while the name resolver was asked waited for it (up to --timeout), as a fetch did before robust38
test('Ctrl-C during a name look-up gives it up at once: the line says what is committed, the process ends', { timeout: 300_000 }, async () => {
  await withFreshBase('pglite', async (where) => {
    const hang = join(ROOT, 'test', 'fixtures', 'net', 'hanging-resolver.mjs');
    const begun = join(scratch, 'lookup-begun');
    const child = spawn(
      process.execPath,
      [CLI, 'ingest', INPUT, 'http://wire.hang.test/story', '--db', where.location, '--batch-size', '100', '--timeout', '600'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: `--import ${hang}`, HANG_BEGUN: begun },
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!existsSync(begun)) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    // without the change the child waits the resolver's ten minutes: the test's own limit fails it
    assert.equal(await exited, 130, stderr);
    assert.equal(stderr.trim(), 'crosscheck: interrupted before the first batch was committed: nothing was added, the base is as it was');
    assert.equal(existsSync(join(where.location, 'crosscheck.lock')), false, 'the base is closed');
  });
});

describe('several writers', () => {
  test('two ingest processes on one PostgreSQL base leave it consistent', { skip: POSTGRES_SKIP ?? false }, async () => {
    await withFreshBase('postgres', async (shared) => {
      // the second process reads part of what the first reads: a document both see is stored once
      const files = [part('a.jsonl', 0, 15), part('b.jsonl', 15, 30), part('c.jsonl', 30, 45)];
      const [one, two] = await Promise.all([ingestChild(shared.location, [files[0], files[1]]), ingestChild(shared.location, [files[1], files[2]])]);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(two.code, 0, two.stderr);
      assert.deepEqual(await inconsistencies(shared.location), []);
      const report = await exportOf(shared.location);
      const identities = new Set(ecb.slice(0, 45).map((l, i) => JSON.parse(l).url ?? `${files[Math.floor(i / 15)]}#${JSON.parse(l).id}`));
      assert.equal(report.documents.length, identities.size, 'every document once');
      const inStories = report.stories.flatMap((s) => s.documents);
      assert.equal(new Set(inStories).size, inStories.length, 'no document in two stories');
      assert.equal(inStories.length, report.documents.length);
    });
  });

  test('a PGlite folder has one writer; a lock left by a dead process is taken over', async () => {
    await withFreshBase('pglite', async (where) => {
      const base = await openBase(where.location);
      const r = await runCli(['stories', '--db', where.location]);
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim(), `crosscheck: base ${resolve(where.location)} is in use (pid ${process.pid})${IN_USE}`);
      await base.close();
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(join(where.location, 'crosscheck.lock'), `${dead}\n`);
      const db = await openAdapter(where.location);
      await db.close();
      assert.equal((await runCli(['stories', '--db', where.location])).status, 0);
    });
  });
});
