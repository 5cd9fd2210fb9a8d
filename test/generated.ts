// Generated inputs for growth tests and benchmarks: deterministic (seeded), any size.
import { prng } from '../src/common/random.ts';

/** A small seeded random number generator (src/common/random.ts): the same seed gives the same text. */
export const seededRandom = prng;

const LOW_VOCABULARY = 'the council said water river city report minister people new year police government two school week road house market price'.split(' ');

/**
 * About `bytes` of text drawn from twenty words: sentences of 6 to 16 words, paragraphs of a few
 * sentences. Every sentence looks like every other, the worst case for anything that compares them.
 */
export function lowVocabularyText(bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 6 + Math.floor(random() * 11);
    const words = Array.from({ length: n }, () => LOW_VOCABULARY[Math.floor(random() * LOW_VOCABULARY.length)]);
    const sentence = words.join(' ');
    const text = sentence[0].toUpperCase() + sentence.slice(1) + (random() < 0.2 ? '.\n\n' : '. ');
    out.push(text);
    size += text.length;
  }
  return out.join('');
}

const SPEAKERS = ['John Smith, the minister', 'Mary Jones, a council member', 'the police chief'];

/** About `bytes` of quoted remarks in low-vocabulary words: every sentence a quote with a speaker. */
export function quotedText(bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const text = `"The ${pick(LOW_VOCABULARY)} is ${pick(LOW_VOCABULARY)} and the ${pick(LOW_VOCABULARY)} is ${pick(LOW_VOCABULARY)}," said ${pick(SPEAKERS)}.${random() < 0.2 ? '\n\n' : ' '}`;
    out.push(text);
    size += text.length;
  }
  return out.join('');
}

const TOPICS = ['flood', 'election', 'strike', 'fire', 'storm', 'budget', 'trial', 'merger', 'vaccine', 'protest', 'drought', 'earthquake'];
const VERBS = ['hit', 'reached', 'closed', 'opened', 'delayed', 'approved', 'rejected', 'reported', 'warned', 'confirmed'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'su', 'ber', 'ni', 'do', 'gra', 'pel', 'tu', 'zan', 'hor', 'fi'];

/** A made-up proper name for number `i` ("Kalomi"): every event gets its own place and person. */
function nameOf(i: number, parts = 3): string {
  let name = '';
  for (let k = 0; k < parts; k++) {
    name += SYLLABLES[i % SYLLABLES.length];
    i = Math.floor(i / SYLLABLES.length) + k + 1;
  }
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * `n` tiny news records as JSONL lines: many small inputs. They report about n/4 events (about four
 * articles each, with the event's own place, person and figures), so stories and copies grow with n.
 */
export function tinyRecords(n: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const events = Math.max(1, Math.round(n / 4));
  return Array.from({ length: n }, (_, i) => {
    const e = Math.floor(random() * events);
    const place = nameOf(e * 7 + 3);
    const person = nameOf(e * 13 + 5, 2);
    const topic = TOPICS[e % TOPICS.length];
    const count = 2 + ((e * 37) % 400);
    const day = 1 + (e % 28);
    const verb = pick(VERBS);
    const text = `Officials in ${place} said the ${topic} ${verb} ${count} homes on Monday, mayor ${person} told reporters. The ${topic} in ${place} is expected to last until ${day} March.`;
    return JSON.stringify({ id: `r${i + 1}`, title: `${place} ${topic} ${verb} ${count} homes`, text, published: `2023-03-${String(day).padStart(2, '0')}` });
  });
}
