// An analyze run with worker threads runs as a child of the command with glibc's MALLOC_ARENA_MAX=1 (bin/one-arena.js):
// the child must be the whole command seen from outside - its standard input, output and exit code, a signal sent to the
// command, the child's death by a signal - and no orphan when the command is killed outright. The real binary, a web page
// held by a server in this process, so that the test knows when the child runs and reads (no waiting for a time).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { defaultThreads as launcherThreads, wantsOneArena } from '../bin/one-arena.js';
import { START_FLAGS } from '../bin/v8-flags.js';
import { defaultThreads } from '../src/prepare/threads.ts';
import { GIVE_UP, ROOT, SEEDS } from './helpers.ts';
import { fixtureBytes } from './web-fixtures.ts';
import { scratchDir } from './scratch.ts';

const CLI = join(ROOT, 'bin', 'crosscheck.js');
const GLIBC = process.platform === 'linux' && readFileSync('/proc/self/maps', 'latin1').includes('/libc.so.6');
const SEED = join(SEEDS, '000_a5b2a6d156f426f8.txt');

/** Requests the server holds, in arrival order: each is answered by the test. */
const held: { req: IncomingMessage; res: ServerResponse; closed: Promise<void> }[] = [];
const arrivals: (() => void)[] = [];
let server: Server;
let url = '';

before(async () => {
  server = createServer((req, res) => {
    const closed = new Promise<void>((done) => res.on('close', done));
    held.push({ req, res, closed });
    arrivals.shift()?.();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** The next request the server gets (one the command makes). */
function nextRequest(): Promise<(typeof held)[number]> {
  const seen = held.length;
  return new Promise((done) => {
    if (held.length > seen) return done(held[seen]);
    arrivals.push(() => done(held[seen]));
  });
}

interface Run {
  proc: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The real command, with standard input from `stdin` (a file) when given; without any MALLOC_ARENA_MAX of the test's own. */
function start(args: string[], stdin?: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.MALLOC_ARENA_MAX;
  const fd = stdin ? openSync(stdin, 'r') : 'ignore';
  const proc = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: [fd, 'pipe', 'pipe'] });
  if (typeof fd === 'number') closeSync(fd);
  // 'close': the streams' last bytes have come
  const run: Run = { proc, stdout: '', stderr: '', exited: new Promise((done) => proc.on('close', (code, signal) => done({ code, signal }))) };
  proc.stdout?.on('data', (b) => (run.stdout += b));
  proc.stderr?.on('data', (b) => (run.stderr += b));
  return run;
}

/** The processes `pid` started (Linux). */
const childrenOf = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
const environ = (pid: number) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
/** gone, or a zombie nobody reaped yet: it runs no more */
function ended(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (err) {
    // gone between two looks at /proc
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw err;
  }
}

/**
 * Whether `pid` ends before the give-up deadline. A dying process closes its sockets before the kernel marks it a
 * zombie, so the held request's close can come a moment before /proc shows the end (CI failed on that window once).
 */
async function endsBeforeGiveUp(pid: number): Promise<boolean> {
  const giveUp = Date.now() + GIVE_UP;
  while (!ended(pid) && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 20));
  return ended(pid);
}

/** The command's one child, which runs analyze with one arena and the same arguments (checked while the server holds its request). */
function theChild(run: Run, args: string[]): number {
  const children = childrenOf(run.proc.pid!);
  assert.equal(children.length, 1, 'analyze with two threads runs as one child process');
  const [child] = children;
  assert.ok(environ(child).includes('MALLOC_ARENA_MAX=1'), 'the child has one malloc arena');
  assert.deepEqual(cmdline(child).slice(-args.length - 1), [CLI, ...args], 'the child runs the same command line');
  for (const flag of START_FLAGS) assert.ok(cmdline(child).includes(flag), `node is given ${flag}`);
  return child;
}

test('which runs take one arena: analyze with worker threads only, never --help nor one thread', { skip: !GLIBC && 'glibc only' }, () => {
  const none = {};
  assert.equal(wantsOneArena(['analyze', 'a', '--threads', '2'], none, 2), true);
  assert.equal(wantsOneArena(['analyze', '--threads=3', 'a'], none, 2), true);
  assert.equal(wantsOneArena(['analyze', 'a'], none, 4), true, 'default on 4 cores: 3 threads');
  assert.equal(wantsOneArena(['analyze', 'a'], none, 2), false, 'default on 2 cores: one thread');
  assert.equal(wantsOneArena(['analyze', 'a'], none, 1), false);
  assert.equal(wantsOneArena(['analyze', 'a'], { CROSSCHECK_THREADS: '2' }, 1), true);
  assert.equal(wantsOneArena(['analyze', 'a', '--threads', '1'], none, 4), false);
  assert.equal(wantsOneArena(['analyze', 'a', '--threads', '2', '--help'], none, 2), false);
  assert.equal(wantsOneArena(['analyze', '-h'], none, 4), false);
  assert.equal(wantsOneArena(['--help'], none, 4), false);
  assert.equal(wantsOneArena(['ingest', 'a', '--db', 'b'], none, 2), true, "ingest on one thread: V8's own threads' arenas");
  assert.equal(wantsOneArena(['ingest', 'a', '--help'], none, 2), false);
  assert.equal(wantsOneArena(['ingest', 'a', '--db', '-h'], none, 2), true, "an option's value is no option");
  assert.equal(wantsOneArena(['analyze', 'a', '--threads', '2'], { MALLOC_ARENA_MAX: '1' }, 2), false, 'set already: the child itself, or the user');
  assert.equal(wantsOneArena(['analyze', 'a', '-o', '--help', '--threads', '2'], none, 2), true, "an option's value is no option");
  assert.equal(wantsOneArena(['analyze', '--', '--threads', '2'], { CROSSCHECK_THREADS: '1' }, 2), false, 'past -- come paths');
  assert.equal(wantsOneArena(['analyze', 'a', '--threads', 'two'], none, 2), false);
  // the launcher's default is the engine's, which it cannot load without loading the engine
  const envs = [
    {},
    { MALLOC_ARENA_MAX: '1' },
    { MALLOC_ARENA_MAX: '2' },
    { CROSSCHECK_THREADS: '1' },
    { CROSSCHECK_THREADS: '500' },
    { CROSSCHECK_THREADS: 'x' },
  ];
  for (const env of envs)
    for (const cores of [1, 2, 3, 4, 8, 96]) assert.equal(launcherThreads(env, cores), defaultThreads(env, cores), `${JSON.stringify(env)} on ${cores} cores`);
});

test('the child is the command: standard input, the report on standard output, the exit code', { skip: !GLIBC && 'glibc only' }, async () => {
  const args = ['analyze', '/dev/stdin', `${url}/article`, '--allow-private', '--timeout', '600', '-f', 'json', '--threads', '2', '-q'];
  const page = nextRequest();
  const run = start(args, SEED);
  const { res } = await page;
  theChild(run, args);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixtureBytes('rivertown-gazette.html'));
  assert.deepEqual(await run.exited, { code: 0, signal: null }, run.stderr);

  // one thread: no child, the same bytes
  const oneArgs = args.map((a) => (a === '2' ? '1' : a));
  const again = nextRequest();
  const one = start(oneArgs, SEED);
  const { res: res1 } = await again;
  const oneChildren = childrenOf(one.proc.pid!);
  assert.equal(oneChildren.length, 1, "one thread runs as one child too, for V8's start flags (bin/v8-flags.js)");
  assert.ok(!environ(oneChildren[0]).includes('MALLOC_ARENA_MAX=1'), "one thread keeps glibc's arenas");
  for (const flag of START_FLAGS) assert.ok(cmdline(oneChildren[0]).includes(flag), flag);
  res1.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixtureBytes('rivertown-gazette.html'));
  assert.deepEqual(await one.exited, { code: 0, signal: null }, one.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.documents.map((d: { source: string }) => d.source).sort(), ['/dev/stdin', `${url}/article`].sort());
  assert.equal(run.stdout, one.stdout, 'the report through the child is byte for byte the one-thread report');

  // no article read: exit code 1 and its report; a usage error: 2 and its line
  const missing = nextRequest();
  const none = start(args.filter((a) => a !== '/dev/stdin').map((a) => a.replace('/article', '/missing')));
  const { res: res2 } = await missing;
  res2.writeHead(404).end();
  assert.deepEqual(await none.exited, { code: 1, signal: null }, none.stderr);
  assert.match(none.stdout, /"documents": \[\]/);
  const usage = start(['analyze', SEED, '--threads', '2', '-f', 'nope']);
  assert.deepEqual(await usage.exited, { code: 2, signal: null });
  assert.match(usage.stderr, /argument 'nope' is invalid/);
});

test("signals: SIGTERM and SIGINT go on to the child, its death by a signal is the command's, and no orphan outlives a SIGKILL", {
  skip: !GLIBC && 'glibc only',
}, async () => {
  const args = ['analyze', `${url}/slow`, '--allow-private', '--timeout', '600', '--threads', '2', '-q'];
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const page = nextRequest();
    const run = start(args);
    const { closed } = await page;
    const child = theChild(run, args);
    run.proc.kill(signal);
    assert.deepEqual(await run.exited, { code: null, signal }, `${signal} to the command`);
    await closed;
    assert.ok(await endsBeforeGiveUp(child), `${signal}: the child ended`);
  }

  // the child killed outright: the command dies of the same signal
  const page = nextRequest();
  const run = start(args);
  await page;
  process.kill(theChild(run, args), 'SIGKILL');
  assert.deepEqual(await run.exited, { code: null, signal: 'SIGKILL' }, 'the child killed');

  // the command killed outright (it cannot pass that on): the child sees its parent gone and ends
  const page2 = nextRequest();
  const killed = start(args);
  const { closed } = await page2;
  const child = theChild(killed, args);
  killed.proc.kill('SIGKILL');
  assert.deepEqual(await killed.exited, { code: null, signal: 'SIGKILL' });
  // the held request closes when the child's process ends
  await closed;
  assert.ok(await endsBeforeGiveUp(child), 'no orphan left running');
});

// scripts/thread-cpu.mjs (CPU time by thread) once wrote one table per process to the same file: the launcher's, at its
// exit, over the child's that did the work, so a `--threads 2` run had no per-thread figures (bench/HISTORY.md,
// speed133). Each process now appends its own, labelled; the child's comes first (walk4).
test('thread-cpu.mjs on analyze --threads 2: a table for the child that does the work, and one for the launcher', {
  skip: !GLIBC && 'glibc only',
}, async () => {
  const file = join(scratchDir('crosscheck-thread-cpu-'), 'threads.tsv');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', THREAD_CPU: file };
  delete env.MALLOC_ARENA_MAX;
  delete env.THREAD_CPU_TOP_PID;
  const proc = spawn(
    process.execPath,
    ['--import', './scripts/thread-cpu.mjs', CLI, 'analyze', SEED, '--threads', '2', '-f', 'json', '-q', '-o', '/dev/null'],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  proc.stderr.on('data', (b) => (stderr += b));
  assert.equal(await new Promise((done) => proc.on('close', done)), 0, stderr);
  const tables = readFileSync(file, 'utf8').split(/^(?=# process )/m);
  assert.equal(tables.length, 2, 'two processes, two tables');
  const [child, launcher] = tables;
  assert.match(launcher, new RegExp(`^# process ${proc.pid}\\n`));
  assert.match(child, new RegExp(`^# process \\d+, child of ${proc.pid}\\n`));
  for (const table of tables) {
    assert.match(table, /^MAIN\tstarted \d+\.\d s\tuser \d+\.\d\d\tsys \d+\.\d\d$/m);
    assert.match(table, /^TOTAL\t\tuser \d+\.\d\d\tsys \d+\.\d\d\n$/m);
  }
  const cpu = (table: string) =>
    table
      .match(/^TOTAL\t\tuser (\S+)\tsys (\S+)$/m)!
      .slice(1)
      .map(Number)
      .reduce((a, b) => a + b);
  assert.ok(cpu(child) > cpu(launcher), 'the child did the work');
});

// ingest runs as the launcher's child too (one arena: bench/HISTORY.md, ingest62, memory6). Its first Ctrl-C stops
// between two statements and closes the base; a second leaves at once. A terminal's Ctrl-C signals the whole
// foreground group, the launcher and its child: passed on again, it reached the child twice and left the base's lock
// behind. A real terminal: `script` gives the command a pseudo-terminal, and a Ctrl-C typed there is the kernel's.
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
/** The single-quoted shell word of `s`. */
const quoted = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** An ingest of a page the server holds, in a pseudo-terminal; returns once the page is asked for. */
async function ingestInTerminal(db: string) {
  const page = nextRequest();
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.MALLOC_ARENA_MAX;
  const line = [process.execPath, CLI, 'ingest', `${url}/held`, '--db', db, '--allow-loopback', '--timeout', '600'].map(quoted).join(' ');
  const proc = spawn(SCRIPT!, ['-qefc', line, '/dev/null'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  proc.stdout?.on('data', (b) => (output += b));
  const exited = new Promise<number | null>((done) => proc.on('close', (code) => done(code)));
  const { closed } = await page;
  // the process that holds the base (its lock file has the pid)
  const holder = Number(readFileSync(join(db, 'crosscheck.lock'), 'utf8').trim());
  return { proc, closed, exited, output: () => output, holder };
}

test('ingest in a terminal: one Ctrl-C stops it once, between statements (the base closed); two leave at once', {
  skip: (!GLIBC && 'glibc only') || (!SCRIPT && 'no script(1) for a pseudo-terminal'),
}, async () => {
  const dir = scratchDir('one-arena-ctrl-c');
  const once = await ingestInTerminal(join(dir, 'once'));
  assert.ok(environ(once.holder).includes('MALLOC_ARENA_MAX=1'), 'the base is held by the one-arena child');
  once.proc.stdin?.write('\x03');
  assert.equal(await once.exited, 130, once.output());
  await once.closed;
  assert.match(once.output(), /interrupted before the first batch was committed: nothing was added, the base is as it was/);
  assert.equal(existsSync(join(dir, 'once', 'crosscheck.lock')), false, 'one Ctrl-C: the child stopped cleanly and closed the base');

  const twice = await ingestInTerminal(join(dir, 'twice'));
  twice.proc.stdin?.write('\x03\x03');
  assert.equal(await twice.exited, 130, twice.output());
  await twice.closed;
  assert.ok(await endsBeforeGiveUp(twice.holder), 'two Ctrl-Cs: the child ended');
});

test('ingest: kill -INT and kill -TERM of the launcher stop the child once (the base closed); SIGKILL leaves no child holding the base', {
  skip: !GLIBC && 'glibc only',
}, async () => {
  const dir = scratchDir('one-arena-kill');
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    const db = join(dir, signal);
    const page = nextRequest();
    const run = start(['ingest', `${url}/held`, '--db', db, '--allow-loopback', '--timeout', '600']);
    const { closed } = await page;
    const [child] = childrenOf(run.proc.pid!);
    assert.equal(Number(readFileSync(join(db, 'crosscheck.lock'), 'utf8').trim()), child, 'the child holds the base');
    run.proc.kill(signal);
    const end = await run.exited;
    await closed;
    if (signal === 'SIGKILL') {
      assert.deepEqual(end, { code: null, signal: 'SIGKILL' });
      assert.ok(await endsBeforeGiveUp(child), 'no orphan holds the base');
      continue;
    }
    assert.deepEqual(end, { code: 128 + (signal === 'SIGINT' ? 2 : 15), signal: null }, run.stderr);
    assert.match(run.stderr, /interrupted before the first batch was committed/);
    assert.equal(existsSync(join(db, 'crosscheck.lock')), false, `${signal}: the child stopped cleanly and closed the base`);
  }
});
