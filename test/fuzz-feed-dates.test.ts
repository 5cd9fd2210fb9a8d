// Property tests of the hand-written readers hostile feeds reach: the JSON Feed span reader (src/watch/json-feed.ts)
// against JSON.parse, and RFC 822 dates as ISO stamps with their own offset (src/common/rfc822.ts) against a
// reference computation, then through the stamp-day code that reads such stamps. Seeded and small (a few hundred
// runs, well under a second of CPU each), as test/fuzz.test.ts. Work is bounded by counting steps, never by a clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readJsonFeed, type JsonFeedRead } from '../src/watch/json-feed.ts';
import { rfc822Instant, rfc822Iso } from '../src/common/rfc822.ts';
import { storedInstant } from '../src/common/date-bound.ts';
import { stampDay } from '../src/common/dateline-zones.ts';
import { isoDay } from '../src/common/calendar.ts';
import { DATELINE_IANA_ZONES, DATELINE_ZONES } from '../src/common/data/dateline-zones.ts';

const SEED = 20261203;
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true, includeErrorInReport: true });

// ---------------------------------------------------------------- JSON Feed bodies

/** Strings a feed's writer may put anywhere: JSON's own characters, escapes, lone surrogates, astral letters. */
const TRICKY = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\',
  '\\"',
  '\\\\',
  ',',
  ':',
  ' ',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\u2028',
  '\ud800',
  '\udc00',
  '😀',
  'é',
  '/',
  'items',
  'a',
];
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 10 }).map((parts) => parts.join('')),
);
const jsonValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, 5e-324, -1.5e-7)),
    fc.constantFrom(true, false, null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;
/** A feed item: mostly an object (keys any text, "__proto__" too), now and then any JSON value. */
const item = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.oneof(text, fc.constant('__proto__')), jsonValue, { maxKeys: 5 }) },
  { weight: 1, arbitrary: jsonValue },
);
/** Top-level fields other than the items: no other key that is "items" but for case (read as the items by design). */
const extraFields = fc.dictionary(
  fc.oneof(
    text.filter((k) => k.toLowerCase() !== 'items'),
    fc.constant('__proto__'),
  ),
  jsonValue,
  { maxKeys: 4 },
);

/** JSON text of a value with its own whitespace between tokens and its strings escaped in more than one way. */
function writeJson(value: unknown, ws: readonly string[], escapes: readonly boolean[]): string {
  let n = 0;
  const space = () => ws[n++ % ws.length];
  const str = (s: string) => {
    const plain = JSON.stringify(s);
    if (!escapes[n++ % escapes.length]) return plain;
    // every character a \u escape (as some writers do for all non-ASCII), '/' as '\/'
    return `"${[...s].map((c) => (c === '/' ? '\\/' : [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))).join('')}"`;
  };
  const write = (v: unknown): string => {
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return `[${space()}${v.map((x) => `${write(x)}${space()}`).join(`,${space()}`)}]`;
    if (v && typeof v === 'object') {
      const fields = Object.keys(v).map((k) => `${str(k)}${space()}:${space()}${write((v as Record<string, unknown>)[k])}${space()}`);
      return `{${space()}${fields.join(`,${space()}`)}}`;
    }
    return JSON.stringify(v);
  };
  return `${space()}${write(value)}${space()}`;
}

/** An object with `__proto__` as an own key (JSON.parse makes one; a literal or an assignment would set the prototype). */
function own(entries: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const feedAndSpan = fc
  .record({
    extras: extraFields,
    items: fc.array(item, { maxLength: 6 }),
    at: fc.nat(),
    // the items key itself escaped now and then ("\u0069tems" is "items")
    itemsKeyEscaped: fc.boolean(),
    ws: fc.array(fc.constantFrom('', '', ' ', '\n', '\t', '\r\n  '), { minLength: 1, maxLength: 7 }),
    escapes: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
  })
  .map(({ extras, items, at, itemsKeyEscaped, ws, escapes }) => {
    const entries: Array<[string, unknown]> = [
      ['version', 'https://jsonfeed.org/version/1.1'],
      ['title', 'Wire'],
      ...Object.entries(extras).filter(([k]) => k !== 'version' && k !== 'title'),
    ];
    // (the items written in place of a number no other field holds: where their array starts and ends is known)
    entries.splice(at % (entries.length + 1), 0, ['items', ITEMS_HERE]);
    let body = writeJson(own(entries), ws, escapes);
    if (itemsKeyEscaped) body = body.replace(/"items"(\s*):/, '"\\u0069tems"$1:');
    const start = body.indexOf(String(ITEMS_HERE));
    const array = writeJson(items, ws, escapes).trim();
    return { body: body.slice(0, start) + array + body.slice(start + String(ITEMS_HERE).length), items: [start, start + array.length] as const };
  });
const ITEMS_HERE = 7.77e-77;

const feed = feedAndSpan.map((f) => f.body);

// ---------------------------------------------------------------- counting the reader's steps

let steps = 0;
let budget = Number.POSITIVE_INFINITY;
const parsed: Array<{ input: string; output: unknown }> = [];

/**
 * Run the reader with its work counted: each character it looks at (charCodeAt), each one indexOf passes over,
 * each one JSON.parse is handed. Past the budget the count throws: a reader that loops fails here, never hangs.
 */
function counted(body: string, maxItems: number): { read: ReturnType<typeof readJsonFeed>; steps: number } {
  const proto = String.prototype;
  const { charCodeAt, indexOf } = proto;
  const { parse } = JSON;
  const step = (n: number) => {
    steps += n;
    if (steps > budget) throw new Error(`the reader took more than ${budget} steps on ${body.length} characters`);
  };
  steps = 0;
  budget = 40 * body.length + 200;
  parsed.length = 0;
  proto.charCodeAt = function (this: string, i: number) {
    step(1);
    return charCodeAt.call(this, i);
  };
  proto.indexOf = function (this: string, s: string, from?: number) {
    const at = indexOf.call(this, s, from);
    step((at < 0 ? this.length : at) - (from ?? 0) + 1);
    return at;
  };
  JSON.parse = (input: string) => {
    step(input.length);
    const output = parse(input);
    parsed.push({ input, output });
    return output;
  };
  try {
    return { read: readJsonFeed(body, maxItems), steps };
  } finally {
    proto.charCodeAt = charCodeAt;
    proto.indexOf = indexOf;
    JSON.parse = parse;
  }
}

/** The reader's invariants on any body: the items under the limit are each kept or named malformed, in order. */
function checkShape(body: string, read: JsonFeedRead, maxItems: number): void {
  const seen = [...read.items.map((x) => x.position), ...read.malformed.map((x) => x.position)].sort((a, b) => a - b);
  assert.deepEqual(
    seen,
    Array.from({ length: Math.min(read.listed, maxItems) }, (_, i) => i + 1),
  );
  for (let i = 1; i < read.items.length; i++) assert.ok(read.items[i - 1].position < read.items[i].position, 'items in feed order');
  for (const m of read.malformed) assert.ok(m.reason.length > 0 && m.reason.length <= 120 && !m.reason.includes('\n'), `a short one-line reason: ${m.reason}`);
  assert.ok(read.cutAt === null || read.cutAt === read.listed, `cut after item ${read.cutAt} of ${read.listed}`);
  // every item kept is what JSON.parse made of a span of the body
  for (const { value } of read.items) {
    const call = parsed.find((p) => Object.is(p.output, value) && body.includes(p.input));
    assert.ok(call, `item ${JSON.stringify(value)} is no JSON.parse output of a span of the body`);
  }
}

/** The reader's result against JSON.parse of the whole (valid) body. */
function checkExact(body: string, read: JsonFeedRead, maxItems: number): void {
  const whole = JSON.parse(body) as Record<string, unknown>;
  const items = whole.items as unknown[];
  assert.deepStrictEqual(
    read.items.map((x) => x.value),
    items.slice(0, maxItems),
  );
  assert.deepStrictEqual(
    read.items.map((x) => x.position),
    items.slice(0, maxItems).map((_, i) => i + 1),
  );
  assert.equal(read.listed, items.length);
  assert.deepEqual(read.malformed, []);
  assert.equal(read.cutAt, null);
  const head = own(Object.entries(whole).map(([k, v]) => [k, k === 'items' ? [] : v]));
  assert.deepStrictEqual(own(Object.entries(read.head)), head);
}

test("JSON Feed: on any valid feed the items read are exactly JSON.parse's, in linear work", () => {
  let most = 0;
  fc.assert(
    fc.property(feed, fc.nat({ max: 8 }), (body, maxItems) => {
      const { read, steps: n } = counted(body, maxItems);
      assert.ok(!('problem' in read), `a valid feed read as a problem: ${'problem' in read ? read.problem : ''}`);
      checkShape(body, read, maxItems);
      checkExact(body, read, maxItems);
      most = Math.max(most, n / (body.length + 1));
    }),
    params(300),
  );
  assert.ok(most < 12, `${most.toFixed(1)} steps a character at most`);
});

/** Damage done to a valid body: cuts, characters changed, dropped, doubled or inserted (JSON's own most often). */
const damage = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constantFrom('set' as const, 'insert' as const), at: fc.nat(), c: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 2 })) }),
    fc.record({ kind: fc.constantFrom('drop' as const, 'double' as const), at: fc.nat(), length: fc.nat({ max: 30 }) }),
  ),
  { minLength: 1, maxLength: 5 },
);

interface Edit {
  kind: 'cut' | 'set' | 'insert' | 'drop' | 'double';
  at: number;
  c?: string;
  length?: number;
}

function damaged(body: string, edits: readonly Edit[]): string {
  let s = body;
  for (const e of edits) {
    const at = e.at % (s.length + 1);
    if (e.kind === 'cut') s = s.slice(0, at);
    else if (e.kind === 'set') s = s.slice(0, at) + (e.c ?? '') + s.slice(at + 1);
    else if (e.kind === 'insert') s = s.slice(0, at) + (e.c ?? '') + s.slice(at);
    else if (e.kind === 'drop') s = s.slice(0, at) + s.slice(at + (e.length ?? 0));
    else s = s.slice(0, at) + s.slice(at, at + (e.length ?? 0)) + s.slice(at);
  }
  return s;
}

/** A body JSON.parse reads as a feed whose items the reader must read exactly: an object, `items` an array, no
 * other key that is "items" but for case (a key written twice is not told from JSON.parse's result: left out). */
function parsesAsFeed(body: string): boolean {
  let whole: unknown;
  try {
    whole = JSON.parse(body);
  } catch {
    return false;
  }
  if (!whole || typeof whole !== 'object' || Array.isArray(whole) || !Array.isArray((whole as { items?: unknown }).items)) return false;
  const keys = Object.keys(whole).filter((k) => k.toLowerCase() === 'items');
  return keys.length === 1 && (body.match(/"(?:items|\\u0069tems)"/gi) ?? []).length === 1;
}

test('JSON Feed: damaged and cut bodies never throw, never loop, keep only what JSON.parse accepts', () => {
  let most = 0;
  fc.assert(
    fc.property(feed, damage, fc.nat({ max: 8 }), (body, edits, maxItems) => {
      const bad = damaged(body, edits);
      const { read, steps: n } = counted(bad, maxItems);
      most = Math.max(most, n / (bad.length + 1));
      if ('problem' in read) {
        assert.ok(
          read.problem.length > 0 && read.problem.length < 400 && !read.problem.includes('\n'),
          `a problem of one short line: ${JSON.stringify(read.problem.slice(0, 400))}`,
        );
        return;
      }
      checkShape(bad, read, maxItems);
      if (parsesAsFeed(bad)) checkExact(bad, read, maxItems);
    }),
    params(400),
  );
  assert.ok(most < 12, `${most.toFixed(1)} steps a character at most`);
});

test('JSON Feed: a body cut anywhere keeps a prefix of its items (a cut item is never read as whole)', () => {
  fc.assert(
    fc.property(feedAndSpan, fc.nat(), ({ body, items: [first, last] }, at) => {
      const whole = (JSON.parse(body) as { items: unknown[] }).items;
      const cut = body.slice(0, at % (body.length + 1));
      const { read } = counted(cut, 100);
      // cut inside the items array (after its '[', before its ']'): the items before the cut are read, the cut said
      const inside = cut.length > first && cut.length < last;
      if (inside)
        assert.ok(!('problem' in read) && read.cutAt !== null, `cut at ${cut.length} in the items (${first}-${last}): ${JSON.stringify(read).slice(0, 200)}`);
      if ('problem' in read) return;
      checkShape(cut, read, 100);
      assert.ok(read.listed <= whole.length, `${read.listed} items listed of ${whole.length}`);
      for (const { position, value } of read.items) {
        // (a number cut short is still a number: "12345" cut to "123"; the body's end says so, cutAt is set)
        if (typeof value === 'number' && position === read.listed && read.cutAt !== null) continue;
        assert.deepStrictEqual(value, whole[position - 1], `item #${position} of a body cut at ${cut.length} of ${body.length}`);
      }
    }),
    params(300),
  );
});

// ---------------------------------------------------------------- RFC 822 dates

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** RFC 822 section 5 zones (RFC 2822 4.3: a military letter other than Z is -0000, unknown, read as UTC). */
const NAMED: Record<string, number> = { UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const MILITARY = 'ABCDEFGHIKLMNOPQRSTUVWXY'.split('');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A valid RFC 822 / 2822 date, its parts, and the instant and own offset a reference computation gives it. */
const rfc822Date = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 2101, max: 9999 })),
    twoDigitYear: fc.boolean(),
    month: fc.integer({ min: 0, max: 11 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    weekday: fc.boolean(),
    zone: fc.oneof(
      fc.record({ sign: fc.constantFrom(1, -1), hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) }),
      fc.record({ sign: fc.constantFrom(1, -1), hours: fc.integer({ min: 0, max: 14 }), minutes: fc.constantFrom(0, 30, 45) }),
      fc.constantFrom(...Object.keys(NAMED), ...MILITARY),
    ),
    lower: fc.boolean(),
    gap: fc.constantFrom(' ', ' ', '  ', '\t', '\r\n '),
    comment: fc.constantFrom('', '', ' (EST)', ' (Eastern Standard Time)', '  (UTC) '),
    colonInZone: fc.boolean(),
  })
  .map((d) => {
    const year = d.year;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const day = Math.min(d.day, [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month]);
    const wall = new Date(0).setUTCFullYear(year, d.month, day) + ((d.hour * 60 + d.minute) * 60 + (d.second ?? 0)) * 1000;
    let offset: number;
    let zone: string;
    if (typeof d.zone === 'string') {
      offset = NAMED[d.zone] ?? 0;
      zone = d.lower ? d.zone.toLowerCase() : d.zone;
    } else {
      offset = d.zone.sign * (d.zone.hours * 60 + d.zone.minutes);
      const hhmm = `${pad(d.zone.hours)}${d.colonInZone ? ':' : ''}${pad(d.zone.minutes)}`;
      zone = `${d.zone.sign < 0 ? '-' : '+'}${hhmm}`;
    }
    // (a two-digit year, RFC 822's own: 50-99 are 19xx, 00-49 20xx)
    const yy = d.twoDigitYear && year >= 1950 && year <= 2049 ? pad(year % 100) : String(year);
    const g = d.gap;
    const weekday = d.weekday ? `${DAYS[new Date(wall).getUTCDay()]},${g}` : '';
    const time = `${pad(d.hour)}:${pad(d.minute)}${d.second === null ? '' : `:${pad(d.second)}`}`;
    const text = `${weekday}${d.lower ? pad(day) : day}${g}${MONTHS[d.month]}${g}${yy}${g}${time}${g}${zone}${d.comment}`;
    return { text, instant: wall - offset * 60_000, offset };
  });

/** "+05:30" of minutes east of UTC; Z for none. */
const isoOffset = (minutes: number) =>
  minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

test('RFC 822: any valid date with any zone is an ISO stamp of the same instant, in its own offset', () => {
  fc.assert(
    fc.property(rfc822Date, ({ text: value, instant, offset }) => {
      const iso = rfc822Iso(value);
      assert.ok(iso !== null, `${JSON.stringify(value)} read as no date`);
      assert.match(iso, ISO);
      assert.equal(Date.parse(iso), instant, `${JSON.stringify(value)} -> ${iso}`);
      // the store and the stamp-day code read it as the same instant
      assert.equal(storedInstant(iso), instant, `${JSON.stringify(value)} -> ${iso} as stored`);
      // the writer's own offset is kept: its wall day is the one "today" and "yesterday" count from
      assert.ok(iso.endsWith(isoOffset(offset)), `${JSON.stringify(value)} -> ${iso}: its own offset is ${isoOffset(offset)}`);
    }),
    params(400),
  );
});

/** Garbage, and valid dates damaged: characters changed, cut, glued to others. */
const dateGarbage = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .tuple(rfc822Date, fc.nat(), fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('+', '-', '9', '99999', ' 275760', ' -0', '(', ')', ':', 'GMT', ' A')))
    .map(([d, at, c]) => d.text.slice(0, at % (d.text.length + 1)) + c + d.text.slice(at % (d.text.length + 1))),
  fc
    .tuple(fc.integer({ min: -300000, max: 300000 }), fc.integer({ min: -9999, max: 9999 }), fc.constantFrom('Sep', 'Jan', 'Dec'))
    .map(([year, zone, month]) => `Sat, 13 ${month} ${year} 05:00:00 ${zone < 0 ? '-' : '+'}${pad(Math.abs(zone), 4)}`),
);

test('RFC 822: garbage never throws; a stamp it does give is well-formed and the instant Date.parse read', () => {
  fc.assert(
    fc.property(dateGarbage, (value) => {
      const iso = rfc822Iso(value);
      if (iso === null) return;
      assert.match(iso, ISO, `${JSON.stringify(value)} -> ${iso}`);
      // (to the second: an ISO stamp of a feed's date has none of the milliseconds Date.parse reads in "22::47:02")
      assert.equal(Date.parse(iso), Math.floor(rfc822Instant(value) / 1000) * 1000, `${JSON.stringify(value)} -> ${iso}`);
      assert.equal(storedInstant(iso), Date.parse(iso), `${JSON.stringify(value)} -> ${iso} as stored`);
    }),
    params(600),
  );
});

// ---------------------------------------------------------------- the day of a stamp with its offset

const DATELINES = ['NEW YORK, Dec 1 (Reuters) -', 'TOKYO, March 3 -', 'WELLINGTON, March 17 -', 'LONDON -', 'HONOLULU, Jan 2 -', 'LA PAZ -', 'Nowhere -', ''];

test("stamp day: a stamp with any offset gives the writer's or the dateline's day of its own instant, never a throw", () => {
  fc.assert(
    fc.property(rfc822Date, fc.constantFrom(...DATELINES), ({ text: value, instant }, dateline) => {
      const iso = rfc822Iso(value)!;
      const { localDay, note } = stampDay(iso, dateline || null);
      // the reference: the day of the instant at the dateline's place (a fixed offset east, its zone's rules west),
      // when that is not the stamp's own wall day
      const place = dateline.split(/[,-]/)[0].trim().toLowerCase();
      const east = DATELINE_ZONES[place];
      const zone = DATELINE_IANA_ZONES[place];
      const there =
        east !== undefined
          ? isoDay(new Date(instant + east * 60_000))
          : zone
            ? new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
            : null;
      assert.equal(localDay, there === iso.slice(0, 10) ? null : there, `${value} -> ${iso} at ${JSON.stringify(dateline)}`);
      if (localDay) assert.ok(note && !note.includes('undefined') && !note.includes('NaN'), note ?? '');
    }),
    params(300),
  );
  fc.assert(
    fc.property(fc.oneof(dateGarbage, fc.string({ maxLength: 30 })), fc.constantFrom(...DATELINES), (stamp, dateline) => {
      const { localDay } = stampDay(stamp, dateline);
      assert.ok(localDay === null || /^\d{4}-\d{2}-\d{2}$/.test(localDay), `${stamp}: ${localDay}`);
    }),
    params(300),
  );
});
