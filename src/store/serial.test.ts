import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromText, toText } from './serial.ts';

test('Maps, Sets and Uint32Arrays come back as they went in, nested anywhere', () => {
  const value = {
    termCounts: new Map([
      ['putin', 3],
      ['minsk', 1],
    ]),
    nested: [{ surface: { names: new Map([['reid', 'Reid']]) } }, new Set(['a', 'b'])],
    hashes: Uint32Array.from([1, 4294967295]),
    plain: { a: [1, 'two', null], b: null },
  };
  const back = fromText<typeof value>(toText(value));
  assert.deepEqual(back, value);
  assert.ok(back.termCounts instanceof Map);
  assert.ok(back.hashes instanceof Uint32Array);
});
