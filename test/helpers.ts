// Shared by cross-stage tests: where the repository's fixtures are, and how to run the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { run } from '../src/cli/main.ts';
import type { RunningServer, ServeOptions } from '../src/server/index.ts';
import type { StoryBase } from '../src/store/index.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = join(ROOT, 'examples', 'seeds');
export const SCHEMA = join(ROOT, 'contract', 'report.schema.json');
/** ECB+ dev articles (real news, many events per topic), one JSON record per line */
export const ECB_DEV = join(ROOT, 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');

/** The ECB+ dev records as lines, every `every`-th one (every topic is still there at 2 or 4). */
export function ecbLines(every = 1): string[] {
  return readFileSync(ECB_DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .filter((_, i) => i % every === 0);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Run the command in this process, as bin/crosscheck.js does, with streams of its own. */
export async function runCli(args: string[]): Promise<CliResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  const status = await run(args, { stdout, stderr });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** Run the real binary in a child process (one test proves it works end to end). */
export function spawnCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real binary in a child, asynchronously, in `cwd`; given up (killed, status null) after `deadlineMs`: a hang
 * fails the test, never stalls it. */
export function childCli(args: string[], cwd: string, deadlineMs = GIVE_UP, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A server on 127.0.0.1 that answers the first request on each connection (keeping it alive) and resets the
 * connection at the second, as one does whose keep-alive timeout ran out while the client was busy. `answer` gives
 * a path's status (200 OK unless said), type and body; `requests` lists the paths answered, in order. */
export async function oneAnswerPerConnection(
  answer: (path: string) => { status?: string; type?: string; body?: string },
): Promise<{ at: string; requests: string[]; close(): void }> {
  const { createServer } = await import('node:net');
  const requests: string[] = [];
  const server = createServer((socket) => {
    let answered = false;
    socket.on('data', (chunk) => {
      if (answered) return socket.resetAndDestroy();
      answered = true;
      const path = /^GET (\S+)/.exec(chunk.toString('latin1'))?.[1] ?? '/';
      requests.push(path);
      const a = answer(path);
      const body = Buffer.from(a.body ?? '');
      const type = a.type ? `Content-Type: ${a.type}\r\n` : '';
      socket.write(`HTTP/1.1 ${a.status ?? '200 OK'}\r\n${type}Content-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n`);
      socket.write(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { at: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests, close: () => server.close() };
}

/** How long a test waits for an answer before it fails (the machine may be loaded: generous; never a timed assertion).
 * 120 s was passed once: a one-article ingest in a CI beside eight busy sessions (load 60 on 2 cores). */
export const GIVE_UP = 300_000;

/** The promise, or a failure once the give-up deadline passes. */
export async function withinGiveUp<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer before the give-up deadline`)), GIVE_UP);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The web app on a free port of 127.0.0.1 for a test. Node closes a connection idle for 5 s; on a loaded machine a
 * test's next request can meet that close on the socket fetch kept alive ("fetch failed"), so a test's server keeps
 * its connections open. The server module is loaded here only when a test starts one. */
export async function startTestServer(base: StoryBase, options: ServeOptions = {}): Promise<RunningServer> {
  const { startServer } = await import('../src/server/index.ts');
  const server = await startServer(base, { port: 0, ...options });
  (server.server as Server).keepAliveTimeout = 600_000;
  return server;
}
