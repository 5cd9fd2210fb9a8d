import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkPaths, type WalkItem } from './walk.ts';
import { scratchDir } from '../../test/scratch.ts';

const dir = scratchDir('crosscheck-walk-');

const TEXT = 'The council voted on the barrier plan after a long debate in the chamber today.\n';

async function walk(path: string): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  for await (const item of walkPaths([path])) items.push(item);
  return items;
}

test('a link back to a folder the walk is in is said once, where the link is; a second name for a file is not', async () => {
  const top = join(dir, 'loop');
  mkdirSync(join(top, 'sub'), { recursive: true });
  writeFileSync(join(top, 'sub', 'vote.txt'), TEXT);
  symlinkSync('..', join(top, 'sub', 'up'));
  symlinkSync('vote.txt', join(top, 'sub', 'same.txt'));
  // a link to a folder beside it, not above it, is read once too, without a word
  mkdirSync(join(top, 'other'));
  writeFileSync(join(top, 'other', 'flood.txt'), TEXT);
  symlinkSync('../other', join(top, 'sub', 'side'));
  assert.deepEqual(await walk(top), [
    { file: join(top, 'other', 'flood.txt') },
    { file: join(top, 'sub', 'same.txt') },
    {
      problem: {
        source: join(top, 'sub', 'up'),
        reason: `a link back to the folder ${JSON.stringify(top)} it is in (a loop): not followed, that folder is read once`,
      },
      loop: true,
    },
  ]);
});

test('a file name that is not UTF-8 says so, not "no such file or folder"; the files beside it are read', async () => {
  const top = join(dir, 'names');
  mkdirSync(top);
  writeFileSync(join(top, 'vote.txt'), TEXT);
  writeFileSync(Buffer.from(`${top}/caf\xe9.txt`, 'latin1'), TEXT);
  const reason = 'its name is not valid UTF-8 (written in another encoding): it cannot be opened by that name; rename it';
  assert.deepEqual(await walk(top), [{ problem: { source: join(top, 'caf\ufffd.txt'), reason } }, { file: join(top, 'vote.txt') }]);
  // named on the command line: the shell's bytes read the same way
  assert.deepEqual(await walk(join(top, 'caf\ufffd.txt')), [{ problem: { source: join(top, 'caf\ufffd.txt'), reason } }]);
});
