// Prose in a script without capitals (Chinese, Japanese, Arabic) names nothing by case: the tokenizer keeps its words
// out of a sentence's words, so its topic words are its figures and Latin words alone, and no name is read. Its names
// were counted as merely left out (`absentMerge`, as an English page's), and such pages met German ones (names unread)
// on small figures and years. Now its names are unread, as German's (features.ts: DocFeatures.nameBlind), and such a
// pair meets as two German pages do (weak figures and years count `unreadLeftOut`, the merge bar `unreadMerge`).
// The fixture: seven pages of trafilatura-eval (github.com/adbar/trafilatura, evaluation pages; their extracted
// texts): Xinhua's Wuhan lockdown report, Assabah's Sudan interview, Baidu Baike's Tanya Chua entry, and four German
// pages (two holiday homes' booking pages, a blog's advice piece, a media designer's CV). On the whole set the three
// joined a German page each ("23, 27, 17"; "1989, 28, 13"; "2009, 2006, 2008").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { clusterStories } from './index.ts';
import { CASELESS_REASON, documentFeatures } from './features.ts';
import { caselessProse } from '../common/letters.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster');
const { documents } = await readDocuments([join(FIXTURES, 'caseless-pages.jsonl')]);
const CASELESS = ['xinhuanet.com.c_1125597921', 'assabah.com.tn.article', 'baike.baidu.com.tanya'];

test('a text in a script without capitals is caseless prose; one with a few such words among Latin ones is not', () => {
  const s = (text: string) => [{ text }];
  assert.equal(caselessProse(s('在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。')), true);
  assert.equal(caselessProse(s('مالذي يحدث في السودان؟ والى أين يتجه البلد الذي يقوده الرئيس عمر البشير منذ ثلاثين عاما؟')), true);
  // a Chinese singer's entry with her Latin name and album titles in it is still Chinese prose
  assert.equal(
    caselessProse(s('蔡健雅（Tanya Chua），1975年1月28日出生于新加坡，祖籍中国江苏省，现定居于台湾。华语流行乐女歌手、音乐制作人、词曲创作人。')),
    true,
  );
  assert.equal(
    caselessProse(s('Pünktlich mit dem Beginn der Weihnachtsmarkt-Saison in Deutschland wurde der Weihnachtsmarkt-Finder (圣诞市场) freigeschaltet.')),
    false,
  );
  assert.equal(caselessProse(s('武汉')), false);
});

test("a Chinese or Arabic page's names are unread, as a German page's; its detected language aside", () => {
  assert.equal(documents.length, 7);
  for (const d of documents) assert.equal(documentFeatures(d).nameBlind, true, d.id);
  // an English-read document is never asked (Reuters' items are read as before)
  const zh = documents.find((d) => d.id === CASELESS[0]);
  assert.ok(zh);
  assert.equal(documentFeatures({ ...zh, language: 'en' }).nameBlind, undefined);
});

test('Chinese and Arabic pages do not join German pages on small figures and years', () => {
  const stories = clusterStories(documents);
  for (const id of CASELESS) {
    const story = stories.find((s) => s.documents.includes(id));
    assert.deepEqual(story?.documents, [id], id);
    // its membership says why its names count for nothing
    assert.match(story?.members[0].reason ?? '', /^opened the story; written in a script without capitals: its names were not read/);
  }
  // a German page's says nothing of the kind
  assert.ok(stories.every((s) => s.members.every((m) => CASELESS.includes(m.document) || !m.reason.includes(CASELESS_REASON))));
});
