import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackedValues } from './packed.ts';

test('packed values come back as exact copies: Maps in order, undefined, NaN, nested arrays', () => {
  const packed = new PackedValues<unknown>();
  const values = [
    {
      text: new Map([
        ['zeta', 0.1 + 0.2],
        ['alpha', -0],
      ]),
      title: new Map(),
      none: undefined,
      nan: NaN,
    },
    [1, 'two', [3, { four: 4 }], null],
    'a string',
  ];
  const ns = values.map((v) => packed.add(v));
  assert.deepEqual(ns, [0, 1, 2]);
  values.forEach((v, i) => assert.deepStrictEqual(packed.get(ns[i]), v));
  const back = packed.get(0) as { text: Map<string, number>; none: undefined };
  assert.deepEqual([...back.text.keys()], ['zeta', 'alpha']);
  assert.ok('none' in back);
});

test('values larger than a block and values across many blocks are all found again', () => {
  const packed = new PackedValues<string>();
  const big = 'x'.repeat(3 << 20);
  const small = Array.from({ length: 5000 }, (_, i) => `value ${i} `.repeat(40));
  const nBig = packed.add(big);
  const ns = small.map((s) => packed.add(s));
  assert.equal(packed.get(nBig), big);
  ns.forEach((n, i) => assert.equal(packed.get(n), small[i]));
});
