import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import test from 'node:test';

test('a scratch folder is gone once the process that made it exits, files and all', () => {
  const script = `import { writeFileSync, existsSync } from 'node:fs';
import { scratchDir } from ${JSON.stringify(new URL('./scratch.ts', import.meta.url).href)};
const dir = scratchDir('cc-scratch-');
writeFileSync(dir + '/base.txt', 'x');
process.stdout.write(dir + ' ' + existsSync(dir + '/base.txt'));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  const [dir, existed] = out.trim().split(' ');
  assert.equal(existed, 'true');
  assert.equal(existsSync(dir), false);
});
