import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, guessLegacyCharset } from './decode.ts';
import { decodeHtmlBytes, headerCharset, sniffMetaCharset } from './html-charset.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/web');

/** The same kind of sentence in each legacy charset, as bytes (hex) a real file would hold. */
const SAMPLES: Array<[string, string, string]> = [
  [
    'windows-1252',
    'Die Reederei kündigte an, dass die Fahrpreise trotz gestiegener Kosten für Treibstoff nicht erhöht werden. Ça marche très bien, señor.',
    '446965205265656465726569206bfc6e646967746520616e2c20646173732064696520466168727072656973652074726f747a2067657374696567656e6572204b6f7374656e2066fc7220547265696273746f6666206e6963687420657268f668742077657264656e2e20c761206d6172636865207472e873206269656e2c207365f16f722e',
  ],
  [
    'windows-1251',
    'В пятницу в Томске открыли движение по новому мосту через реку Ушайку. Строительство моста заняло два года.',
    'c220effff2ede8f6f320e220d2eeecf1eae520eef2eaf0fbebe820e4e2e8e6e5ede8e520efee20edeee2eeecf320eceef1f2f320f7e5f0e5e720f0e5eaf320d3f8e0e9eaf32e20d1f2f0eee8f2e5ebfcf1f2e2ee20eceef1f2e020e7e0edffebee20e4e2e020e3eee4e02e',
  ],
  [
    'koi8-r',
    'В пятницу в Томске открыли движение по новому мосту через реку Ушайку. Строительство моста заняло два года.',
    'f720d0d1d4cec9c3d520d720f4cfcdd3cbc520cfd4cbd2d9ccc920c4d7c9d6c5cec9c520d0cf20cecfd7cfcdd520cdcfd3d4d520dec5d2c5da20d2c5cbd520f5dbc1cacbd52e20f3d4d2cfc9d4c5ccd8d3d4d7cf20cdcfd3d4c120dac1ced1cccf20c4d7c120c7cfc4c12e',
  ],
  [
    'windows-1250',
    'Sejm zagłosował za ustawą, która zmienia zasady przyznawania środków unijnych dla gmin. Rząd przedstawi projekt w przyszłym tygodniu.',
    '53656a6d207a6167b36f736f7761b3207a61207573746177b92c206b74f37261207a6d69656e6961207a61736164792070727a797a6e6177616e6961209c726f646bf37720756e696a6e79636820646c6120676d696e2e20527ab9642070727a656473746177692070726f6a656b7420772070727a79737ab3796d207479676f646e69752e',
  ],
  [
    'iso-8859-2',
    'Sejm zagłosował za ustawą, która zmienia zasady przyznawania środków unijnych dla gmin. Rząd przedstawi projekt w przyszłym tygodniu.',
    '53656a6d207a6167b36f736f7761b3207a61207573746177b12c206b74f37261207a6d69656e6961207a61736164792070727a797a6e6177616e696120b6726f646bf37720756e696a6e79636820646c6120676d696e2e20527ab1642070727a656473746177692070726f6a656b7420772070727a79737ab3796d207479676f646e69752e',
  ],
  [
    'gbk',
    '北京时间今天上午，国家统计局发布了最新的经济数据，显示第三季度国内生产总值同比增长百分之四点九。',
    'b1b1bea9cab1bce4bdf1ccecc9cfcee7a3acb9fabcd2cdb3bcc6bed6b7a2b2bcc1cbd7eed0c2b5c4beadbcc3cafdbedda3accfd4cabeb5dac8fdbcbeb6c8b9fac4dac9fab2fad7dcd6b5cdacb1c8d4f6b3a4b0d9b7d6d6aecbc4b5e3bec5a1a3',
  ],
  [
    'shift_jis',
    '東京都は今日、新しい橋の建設を始めると発表しました。工事は二年間かかる予定です。ありがとうございます。',
    '938c8b9e937382cd8da193fa8141905682b582a28bb482cc8c9a90dd82f08e6e82df82e982c694ad955c82b582dc82b582bd81428d488e9682cd93f1944e8ad482a982a982e9975c92e882c582b7814282a082e882aa82c682a482b282b482a282dc82b78142',
  ],
  [
    'euc-kr',
    '서울시는 오늘 새로운 다리 건설을 시작한다고 발표했습니다. 공사는 이년 동안 진행될 예정입니다.',
    'bcadbfefbdc3b4c220bfc0b4c320bbf5b7cebfee20b4d9b8ae20b0c7bcb3c0bb20bdc3c0dbc7d1b4d9b0ed20b9dfc7a5c7dfbdc0b4cfb4d92e20b0f8bbe7b4c220c0ccb3e220b5bfbec820c1f8c7e0b5c920bfb9c1a4c0d4b4cfb4d92e',
  ],
];

test('undeclared legacy charsets are told apart by how their decoding reads', () => {
  for (const [encoding, text, hex] of SAMPLES) {
    const bytes = Buffer.from(hex, 'hex');
    assert.equal(guessLegacyCharset(bytes), encoding, text);
    const decoded = decodeBytes(bytes);
    assert.ok('text' in decoded && decoded.text === text, `${encoding} round trip`);
  }
});

test('windows-1252 bytes 0x80-0x9F are the typographic marks, not C1 controls', () => {
  const decoded = decodeBytes(Buffer.from([0x84, 0x41, 0x93, 0x20, 0x96, 0x20, 0x80, 0x35]), 'windows-1252');
  assert.ok('text' in decoded);
  assert.equal(decoded.text, '„A“ – €5');
});

test('<meta charset> and <meta http-equiv> name the charset; the HTTP header wins over them; a BOM wins over all', () => {
  assert.equal(sniffMetaCharset(Buffer.from('<html><head><meta charset="windows-1251"><title>')), 'windows-1251');
  assert.equal(sniffMetaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'windows-1252');
  assert.equal(sniffMetaCharset(Buffer.from('<?xml version="1.0" encoding="koi8-r"?><rss>')), 'koi8-r');
  assert.equal(sniffMetaCharset(Buffer.from('<meta charset="utf-16">')), 'utf-8', 'markup readable as ASCII is not UTF-16');
  assert.equal(sniffMetaCharset(Buffer.from('<meta charset="no-such-charset">')), null);
  assert.equal(headerCharset('text/html; charset="Shift_JIS"'), 'shift_jis');
  const cp1251 = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from(SAMPLES[1][2], 'hex')]);
  const asMeta = decodeHtmlBytes(cp1251);
  assert.ok('text' in asMeta && asMeta.text.includes('Томске'));
  const asHeader = decodeHtmlBytes(cp1251, 'koi8-r');
  assert.ok('text' in asHeader && !asHeader.text.includes('Томске') && asHeader.encoding.startsWith('koi8-r'));
  const bom = decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1251"><p>Минск</p>')]));
  assert.ok('text' in bom && bom.text.includes('Минск') && bom.encoding.includes('BOM'));
});

test('a page that declares a single-byte charset but is UTF-8 is read as UTF-8', () => {
  const d = decodeHtmlBytes(Buffer.from('<meta charset="iso-8859-1"><p>Grüße aus Köln</p>'));
  assert.ok('text' in d && d.text.includes('Grüße aus Köln'), JSON.stringify(d));
  assert.match(d.encoding, /utf-8 \(detected/);
});

// "Tras una semana de acoso ... \"v\ufffdyanse\"": the declared UTF-8 was read leniently, each accented letter lost
test('a page declaring UTF-8 but saved in Windows-1252 is read as Windows-1252, not with a replacement mark per accent', () => {
  const page = readFileSync(join(FIXTURES, '../html/support-plea.html'), 'utf8');
  const MARKS: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u2026': 0x85 };
  const bytes = Buffer.from([...page].map((c) => MARKS[c] ?? c.charCodeAt(0)));
  assert.ok(
    [...page].every((c) => c in MARKS || c.charCodeAt(0) < 0x100),
    'the page is all Windows-1252',
  );
  const d = decodeHtmlBytes(bytes);
  assert.ok('text' in d, JSON.stringify(d));
  assert.equal(d.text, page);
  assert.equal(d.encoding, 'windows-1252 (detected; page declared utf-8, its bytes are not UTF-8)');
});

test('fixture pages decode with their declared charsets', () => {
  const ru = decodeHtmlBytes(readFileSync(join(FIXTURES, 'tomsk-vesti.html')));
  assert.ok('text' in ru && ru.text.includes('В Томске открыли новый мост'));
  const de = decodeHtmlBytes(readFileSync(join(FIXTURES, 'tageblatt-nord.html')));
  assert.ok('text' in de && de.text.includes('die alte „Pellworm I“ den Fährverkehr'));
});

test('a page declaring a multi-byte charset but saved as UTF-8 is read as UTF-8; real Shift_JIS, GBK and EUC-KR stay as declared', () => {
  const page = Buffer.from('<meta charset="shift_jis"><p>Officials met at the café in Zürich on Monday.</p>');
  const read = decodeHtmlBytes(page);
  assert.ok('text' in read && read.text.includes('café in Zürich'), JSON.stringify(read));
  for (const [encoding, text, hex] of SAMPLES.filter(([e]) => ['gbk', 'shift_jis', 'euc-kr'].includes(e))) {
    const decoded = decodeHtmlBytes(Buffer.concat([Buffer.from(`<meta charset="${encoding}"><p>`), Buffer.from(hex, 'hex')]));
    assert.ok('text' in decoded && decoded.text.endsWith(text) && decoded.encoding === `${encoding} (declared)`, encoding);
  }
});

test('UTF-16 without a BOM, either byte order, is text; NUL bytes elsewhere mean binary, unless a few in text', () => {
  const text = 'The council met on Monday, officials said. Der Rat tagte am Montag in Zürich.';
  const le = decodeBytes(Buffer.from(text, 'utf16le'));
  assert.deepEqual(le, { text, encoding: 'utf-16le (detected, no BOM)' });
  const be = Buffer.from(text, 'utf16le').swap16();
  assert.deepEqual(decodeBytes(be), { text, encoding: 'utf-16be (detected, no BOM)' });
  assert.deepEqual(decodeBytes(Buffer.from('Some text\u0000with a NUL byte in it')), { problem: 'binary content (NUL bytes), not text' });
  assert.deepEqual(decodeBytes(Buffer.alloc(1000)), { problem: 'binary content (only NUL bytes), not text' });
  // a few in a longer text are an accident: taken out and counted (the padding at the end apart)
  const stray = Buffer.concat([Buffer.from(text), Buffer.alloc(1), Buffer.from(` ${text}`), Buffer.alloc(500)]);
  assert.deepEqual(decodeBytes(stray), { text: `${text} ${text}`, encoding: 'utf-8', nuls: { stray: 1, padding: 500 } });
  // one in 50 bytes: binary
  assert.deepEqual(decodeBytes(Buffer.from(`${text.slice(0, 49)}\u0000${text.slice(49)}`.repeat(3))), { problem: 'binary content (NUL bytes), not text' });
});
