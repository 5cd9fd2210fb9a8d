import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { writeFailure, writeFileAtomic, writeOutput } from './output.ts';

const OUTPUT_MODULE = fileURLToPath(new URL('./output.ts', import.meta.url));

/** A child that writes `path` through writeFileAtomic: 2 MB (flushed), then says "started" and waits to be killed. */
function childScript(path: string): string {
  return `
    import { writeFileAtomic } from ${JSON.stringify(OUTPUT_MODULE)};
    async function* chunks() {
      yield 'NEW '.repeat(512 * 1024);
      yield 'NEW '.repeat(1);
      process.stdout.write('started\\n');
      setInterval(() => {}, 1000);
      await new Promise(() => {});
    }
    await writeFileAtomic(${JSON.stringify(path)}, chunks());
  `;
}

test('--out is atomic: a run killed while it writes leaves the old report whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-atomic-'));
  try {
    const out = join(dir, 'report.md');
    writeFileSync(out, 'OLD REPORT\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childScript(out)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('started') && resolve());
      child.on('exit', (code) => reject(new Error(`child ended before writing (${code})`)));
    });
    // the kill lands while the new report is half written: 2 MB of it are on disk beside the old one
    const partial = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    assert.equal(partial.length, 1, 'the partial report is in a temporary file');
    assert.ok(readFileSync(join(dir, partial[0]), 'utf8').startsWith('NEW NEW'));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    assert.equal(readFileSync(out, 'utf8'), 'OLD REPORT\n', 'the old report is untouched');
    assert.ok(partial[0].startsWith('.'), 'a left-over temporary file is hidden, so a folder walk skips it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--out is atomic: a finished run replaces the old report with the complete new one, no temporary file left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-atomic-'));
  try {
    const out = join(dir, 'report.json');
    writeFileSync(out, 'OLD');
    const parts = Array.from({ length: 5000 }, (_, i) => `line ${i}\n`);
    await writeFileAtomic(out, parts);
    assert.equal(readFileSync(out, 'utf8'), parts.join(''));
    assert.deepEqual(readdirSync(dir), ['report.json']);
    // a failing producer leaves the old file and no temporary file
    async function* failing() {
      yield 'half';
      throw new Error('renderer failed');
    }
    await assert.rejects(writeFileAtomic(out, failing()), /renderer failed/);
    assert.equal(readFileSync(out, 'utf8'), parts.join(''));
    assert.deepEqual(readdirSync(dir), ['report.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report that cannot be written says why by its folder: missing, a file, or one that takes no new file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-out-why-'));
  try {
    writeFileSync(join(dir, 'notes.txt'), 'a file, not a folder\n');
    const failed = (out: string) =>
      writeOutput('{}', out, (m) => new Error(m)).then(
        () => 'written',
        (e: Error) => e.message,
      );
    assert.equal(await failed(join(dir, 'missing', 'r.json')), `cannot write ${join(dir, 'missing', 'r.json')}: its folder does not exist`);
    assert.equal(
      await failed(join(dir, 'notes.txt', 'r.json')),
      `cannot write ${join(dir, 'notes.txt', 'r.json')}: its folder ${join(dir, 'notes.txt')} is a file, not a folder`,
    );
    // the root folder: the rename over it is refused as "busy (in use by the system)"; its temporary file is gone
    const root = readdirSync('/');
    assert.equal(await failed('/'), 'cannot write /: it is a folder');
    assert.deepEqual(readdirSync('/'), root);
    // procfs answers ENOENT to the temporary file made in a folder that exists (`export -o /proc/self/status` said
    // "its folder does not exist"); nothing is written to /proc here: the same error, for a folder that exists
    const enoent = Object.assign(new Error('ENOENT: no such file or directory, open'), { code: 'ENOENT' });
    assert.match(await writeFailure(enoent, join(dir, 'status')), /^its folder takes no new file \(the report is written to a temporary file beside it/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A stream that keeps the bytes written to it (a command's stdout in a test). */
class KeepBytes extends Writable {
  parts: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.parts.push(chunk);
    done();
  }
}

// A line of a real article (examples/seeds/001) that opens with an emoji: one character, two UTF-16 units.
const EMOJI_LINE = readFileSync(fileURLToPath(new URL('../../examples/seeds/001_3faca63f91a4deb3.txt', import.meta.url)), 'utf8')
  .split('\n')
  .find((line) => line.startsWith('📣'))!;

test('the writer encodes chunks as they come: a character cut between two chunks is written whole, at a megabyte too', async () => {
  assert.ok(EMOJI_LINE.includes('The Week is now on Telegram'));
  // the emoji's two halves end one chunk and open the next, the first chunk exactly a megabyte long: main's writer
  // wrote the megabyte it had gathered, the half character in it as U+FFFD, and the other half as another
  const filler = 'x'.repeat((1 << 20) - 1);
  const parts = [`${filler}${EMOJI_LINE.slice(0, 1)}`, `${EMOJI_LINE.slice(1)}\n`, 'Καλημέρα, 世界\n'.repeat(50_000), 'tail\n'];
  const whole = Buffer.from(parts.join(''));
  const dir = mkdtempSync(join(tmpdir(), 'cc-utf8-'));
  try {
    const out = join(dir, 'report.md');
    await writeFileAtomic(out, parts);
    assert.ok(readFileSync(out).equals(whole), 'the file holds the chunks joined, in UTF-8');
    const stdout = new KeepBytes();
    await writeOutput(parts, undefined, (m) => new Error(m), stdout);
    assert.ok(Buffer.concat(stdout.parts).equals(whole), 'standard output is given the same bytes');
    // every piece handed to the stream is its own copy: a stream may keep what it is given
    assert.equal(new Set(stdout.parts.map((p) => p.buffer)).size, stdout.parts.length);
    // a chunk larger than the buffer, among small ones, multi-byte text on either side of it
    const large = ['Ελλάδα ', 'Ж'.repeat(2_000_000), ' 東京\n', ...Array.from({ length: 30_000 }, (_, i) => `línea ${i} — ünïcödé\n`)];
    await writeFileAtomic(out, large);
    assert.ok(readFileSync(out).equals(Buffer.from(large.join(''))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('standard output redirected to a file that fills up (a full disk, `ulimit -f`) says so, exit 2: it was cut, exit 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-short-'));
  try {
    const out = join(dir, 'report.json');
    // a short write: the file may grow to 8 kB; Node's stream for a file kept the 8 kB of the 100 kB and said nothing
    const script = `
      import { writeOutput } from ${JSON.stringify(OUTPUT_MODULE)};
      await writeOutput('x'.repeat(100_000), undefined, (line) => new Error(line)).then(
        () => process.exit(0),
        (err) => { process.stderr.write(err.message + '\\n'); process.exit(2); },
      );
    `;
    const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', script].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const child = spawn('/bin/sh', ['-c', `ulimit -f 16 && exec ${node} > '${out}'`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 2, stderr);
    assert.match(stderr, /^cannot write standard output: the file reached the largest size this process may write \(ulimit -f\)\n$/);
    assert.equal(readFileSync(out).length, 8192);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
