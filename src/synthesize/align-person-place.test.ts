// A lawmaker's state written beside his name ("John Dingell, D-Mich", "Dingell, a Michigan Democrat", "Charles
// Stenholm (D-Tex.)") says who spoke, not what he said: two statements of one lawmaker share it by their speaker only
// (lexicon PERSON_PLACES, Unit.personPlaces, align's personPlacesShared). A class of shares and a bankruptcy chapter
// are keys of their own (lexicon DESIGNATIONS): GM's class E and H buyback lines and Bell Petroleum's Chapter 11 lines
// keep the pairs the letters "E" / "H" and "Chapter" made when they were (wrongly) entities. Real text: Reuters' TRW
// overcharges hearing (r3k 1830, 1864, 1866, 2381), the 0/92 wheat bill (1776, 2367, 2508, 2864), GM's buyback (1214,
// 1353, 1368, 1373, 1408, 1682, 2399, 2451, 2487), Regal's offer for Bell Petroleum (1098, 1874, 2159, 2941).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory as aligned } from '../../test/aligned-story.ts';

test("Dingell's two statements are not joined through his state (D-Mich / a Michigan Democrat)", async () => {
  const { unit, linked } = await aligned('reuters-dingell-trw.jsonl');
  const a = 'Subcommittee chairman John Dingell, D-Mich, said he did not understand';
  const b = 'Subcommittee chairman John Dingell, a Michigan Democrat, said TRW was being sued';
  assert.deepEqual(unit(a).personPlaces, ['e:ent-michigan']);
  assert.deepEqual(unit(b).personPlaces, ['e:ent-michigan']);
  assert.ok(!linked(a, b));
});

test("Stenholm's dairy price forecast and his wheat bill are not joined through Texas", async () => {
  const { unit, linked } = await aligned('reuters-stenholm-wheat.jsonl');
  const dairy = 'The chairman of the U.S. House subcommittee on dairy, livestock and poultry issues';
  const wheat = 'Rep. Charles Stenholm, D-Tex., may be planning to introduce a bill';
  assert.deepEqual(unit(wheat).personPlaces, ['e:ent-texas']);
  assert.ok(!linked(dairy, wheat));
  // what two lines really share still joins them: Moos's prediction told twice
  assert.ok(linked('There will be difficulty in limiting 0/92 to wheat, said Gene Moos', 'Gene Moos, aide to House Majority leader Tom Foley (D-Wash.)'));
});

test("GM's class E and H repurchases and Bell Petroleum's Chapter 11 are shared by their designations", async () => {
  const gm = await aligned('reuters-gm-buyback.jsonl');
  const repurchases = 'GM said the class E and H repurchases would increase participation';
  assert.ok(gm.unit(repurchases).keys.includes('e:class-E') && gm.unit(repurchases).keys.includes('e:class-H'));
  assert.ok(gm.linked(repurchases, 'The GM board also authorized repurchase of up to five mln class E <GME> and class H'));
  // a share count of the classes is no buyback
  assert.ok(!gm.linked('GM had 319.4 mln shares of its 1.66 dlr par value common outstanding', 'The GM board also authorized repurchase'));
  const bell = await aligned('reuters-bell-regal.jsonl');
  assert.ok(bell.linked('Bell Petroleum Services Inc, currently in Chapter 11', 'Bell Petroleum filed its Chapter 11 petition'));
});

// Reuters' Burlington / Samjens story of June 1987 (17837, 17863, 17864, 18069, 18071, 19419): the hearing's "Gordon
// presided over six hours of argument ... by lawyers for Burlington and Samjens, a partnership formed by Dominion
// Textile Inc and New York investor Asher Edelman" was one corroborated claim with the stake cut ("New York investor
// Asher Edelman and Dominion Textile Inc ... said they lowered their stake"): they share the partners, and the place
// and calling that say who Edelman is (lexicon PERSON_CALLINGS).
test('a place before an investor\'s calling and name ("New York investor Asher Edelman") says who he is', async () => {
  const { unit, linked } = await aligned('reuters-burlington.jsonl');
  const stake = 'New York investor Asher Edelman and Dominion Textile Inc';
  const hearing = 'Gordon presided over six hours of argument today';
  assert.deepEqual(unit(stake).personPlaces, ['e:ent-new-york']);
  assert.deepEqual(unit(hearing).personPlaces, ['e:ent-new-york']);
  assert.ok(!linked(stake, hearing));
  // the stake cut and its options sale, told by two articles, still align
  assert.ok(linked(stake, 'A tender offer of Asher Edelman and Dominion Textile Ltd'));
  assert.ok(
    linked('U.S. District Court Judge Eugene A. Gordon said he plans to issue a decision', 'U.S. District Court Judge Eugene A. Gordon said he will decide'),
  );
});
