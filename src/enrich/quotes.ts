// Quotations in one document and who said them, read the way news writing attributes speech:
// `"...," X said`, `X said: "..."`, `"...," said X, a former ...`, `according to X`, a pronoun that
// refers to the last speaker, and a quote that goes on from the previous one.
import type { Quote, TextDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { tokenize, type Token } from './tokens.ts';
import { lex } from './lexicon.ts';
import { PERSON_PRONOUNS, ORG_PRONOUNS } from './data/speech.ts';
import type { NameMention } from './names.ts';

const OPEN = new Set(['“', '„', '«', '‟']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';

/** A mention placed in its paragraph. */
export interface PlacedMention extends NameMention {
  paragraph: number;
  /** offset in the paragraph text */
  at: number;
  until: number;
}

export interface SentenceSpan {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

interface Span {
  open: number;
  /** offset of the closing mark, or the paragraph's length when the quote runs on */
  close: number;
  closed: boolean;
}

/** First index in [0, n) for which `ok` holds (`ok` is false then true along the range), or n. */
function lowerBound(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Pairs of double quotation marks in a paragraph; single quotes inside stay part of the text. */
export function quoteSpans(text: string, continuing = false): Span[] {
  const spans: Span[] = [];
  let open = -1;
  // a quote left open at the end of the previous paragraph may close here without opening again
  if (continuing) {
    const first = text.search(/[“”„«»"]/);
    const straight = (text.match(/"/g) ?? []).length;
    if (first >= 0 && (CLOSE.has(text[first]) && !/\p{L}/u.test(text[first + 1] ?? '') || (text[first] === STRAIGHT && straight % 2 === 1))) open = -2;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === -2) {
      if (CLOSE.has(c) || c === STRAIGHT) {
        spans.push({ open: -1, close: i, closed: true });
        open = -1;
      }
      continue;
    }
    if (open < 0) {
      // a closing curly mark used as an opening one (seen in scraped text) opens when a word follows
      if (OPEN.has(c) || c === STRAIGHT || (CLOSE.has(c) && /\p{L}/u.test(text[i + 1] ?? '') && !/\p{L}/u.test(text[i - 1] ?? ''))) open = i;
    } else if (CLOSE.has(c) || c === STRAIGHT || (c === '“' && /[\s,.]/.test(text[i + 1] ?? ' ') && /\S/.test(text[i - 1] ?? ''))) {
      spans.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length, closed: false });
  return spans;
}

/** Words of the role that make a name a modifier rather than the speaker ("Pentagon spokesman", "Ukraine's minister"). */
function isModifier(text: string, end: number): boolean {
  const m = /^(?:['’]s?)?\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u.exec(text.slice(end, end + 60));
  if (!m) return false;
  const L = lex();
  return m[1].split(/\s+/).some((w) => L.roles.has(w));
}

/** Inside an appositive: ", a Pentagon spokesman," or ", director of the ... Council,". */
function inAppositive(text: string, at: number, from: number): boolean {
  const seg = text.slice(from, at);
  const comma = seg.lastIndexOf(',');
  if (comma < 0) return false;
  return /^,\s*(?:(?:a|an|the)\s+|(?:\p{Ll}+\s+){0,3}(?:of|at|for|to|with)\s+(?:the\s+)?)/u.test(seg.slice(comma));
}

interface Speaker {
  name: string;
  type: string;
  at: number;
  paragraph: number;
  sentence: number;
}

export interface DocQuote extends Quote {
  paragraph: number;
  at: number;
  openEnded: boolean;
  /** how the speaker was found */
  how: string;
}

/** Quotes of one document with their speakers as the document names them. */
export function findQuotes(doc: TextDocument, spans: SentenceSpan[], mentions: PlacedMention[]): DocQuote[] {
  const L = lex();
  const out: DocQuote[] = [];
  const events: Speaker[] = [];
  const byParagraph = new Map<number, SentenceSpan[]>();
  for (const s of spans) (byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!).push(s);
  const mentionsOf = new Map<number, PlacedMention[]>();
  for (const m of mentions) (mentionsOf.get(m.paragraph) ?? mentionsOf.set(m.paragraph, []).get(m.paragraph)!).push(m);

  let leftOpen = false;
  // names inside quotations are not who speaks next ("Seeing the Marcos, ..." he said)
  const quotedSet = new Set<PlacedMention>();
  const quoted = { push: (m: PlacedMention) => quotedSet.add(m) };
  doc.paragraphs.forEach((text, p) => {
    const quotes = quoteSpans(text, leftOpen);
    leftOpen = quotes.length > 0 && !quotes[quotes.length - 1].closed;
    const sents = byParagraph.get(p) ?? [];
    // binary searches keep a long paragraph linear: scraped pages can hold one huge "paragraph"
    const inQuote = (pos: number) => {
      const k = lowerBound(quotes.length, (i) => quotes[i].open >= pos) - 1;
      return k >= 0 && pos < quotes[k].close;
    };
    const ms: PlacedMention[] = [];
    for (const m of mentionsOf.get(p) ?? []) (inQuote(m.at) ? quoted : ms).push(m);
    const tokens = quotes.length || ms.length ? tokenize(text).filter((t) => !inQuote(t.start)) : [];
    const isVerb = (t: Token) => t.kind === 'word' && L.speechVerbs.has(fold(t.text));
    const sentenceAt = (pos: number) => sents[Math.max(0, lowerBound(sents.length, (i) => sents[i].start > pos) - 1)];
    const tokenAt = (pos: number) => lowerBound(tokens.length, (i) => tokens[i].start >= pos);

    // speech events outside quotes: "Massicot mentioned", "mentioned Dara Massicot"
    const speechEvents: Speaker[] = [];
    for (const m of ms) {
      if (m.type !== 'person' && m.type !== 'org') continue;
      const k = tokenAt(m.until) < tokens.length ? tokenAt(m.until) : -1;
      let j = k;
      while (j >= 0 && j < tokens.length && tokens[j].kind === 'word' && L.auxiliaries.has(fold(tokens[j].text))) j++;
      const pk = tokenAt(m.at) - 1;
      const prev = pk >= 0 && tokens[pk].end <= m.at ? tokens[pk] : undefined;
      if ((j >= 0 && tokens[j] && isVerb(tokens[j])) || (prev && isVerb(prev))) {
        speechEvents.push({ name: m.text, type: m.type, at: m.at, paragraph: p, sentence: m.sentence });
      }
    }
    const pendingEvents = [...speechEvents];
    const flushEvents = (upTo: number) => {
      while (pendingEvents.length && pendingEvents[0].at < upTo) events.push(pendingEvents.shift()!);
    };

    const pronoun = (word: string, before: number): Speaker | null => {
      const w = fold(word);
      const wantOrg = ORG_PRONOUNS.includes(w);
      if (!wantOrg && !PERSON_PRONOUNS.includes(w)) return null;
      const cur = sentenceAt(before)?.index ?? 0;
      for (let e = events.length - 1; e >= 0; e--) {
        const ev = events[e];
        if (cur - ev.sentence > 4) break;
        if (wantOrg ? ev.type === 'org' : ev.type !== 'org' && ev.type !== 'place') return ev;
      }
      // else the last named person (or organisation for "it") before the quote; an untyped name only when close by
      const end = lowerBound(mentions.length, (i) => mentions[i].paragraph > p || (mentions[i].paragraph === p && mentions[i].at >= before));
      const earlier = { length: end, at: (k: number) => mentions[k] };
      let last: PlacedMention | undefined;
      for (let k = earlier.length - 1; k >= 0 && !last; k--) {
        const m = earlier.at(k);
        if (cur - m.sentence > 6) break;
        if (quotedSet.has(m)) continue;
        if (wantOrg ? m.type === 'org' : m.type === 'person') last = m;
      }
      if (!last && !wantOrg) {
        for (let k = earlier.length - 1; k >= 0 && !last; k--) {
          const m = earlier.at(k);
          if (cur - m.sentence > 1) break;
          if (quotedSet.has(m)) continue;
          if (m.type === 'other' && m.cue === 'none') last = m;
        }
      }
      return last ? { name: last.text, type: last.type, at: last.at, paragraph: last.paragraph, sentence: last.sentence } : null;
    };
    const asSpeaker = (m: PlacedMention): Speaker => ({ name: m.text, type: m.type, at: m.at, paragraph: p, sentence: m.sentence });
    const speakerCandidates = (from: number, to: number) =>
      ms.slice(lowerBound(ms.length, (i) => ms[i].at >= from), lowerBound(ms.length, (i) => ms[i].at >= to)).filter((m) => m.until <= to && m.type !== 'place' && !isModifier(text, m.until) && !inAppositive(text, m.at, from));

    quotes.forEach((q) => {
      flushEvents(q.open);
      let inner = text.slice(q.open + 1, q.close);
      const rawInner = inner;
      inner = inner.trim().replace(/[\s,;:]+$/u, '').replace(/(?<!\.\.)\.$/, '').trim();
      if (!/\p{L}/u.test(inner)) return;
      const sentence = sentenceAt(q.open);
      const sStart = sentence?.start ?? 0;
      let speaker: Speaker | null = null;
      let how = '';

      // after the quote: `"...," X said`, `"...," said X`, `"...," he said`
      const after = q.closed ? q.close + 1 : text.length;
      const lastInner = rawInner.trimEnd().slice(-1);
      const afterText = text.slice(after);
      const continues = /^[\s]*[,\p{Ll}—–-]/u.test(afterText) || /[,—–?!-]/.test(lastInner);
      if (q.closed && continues) {
        // the clause ends at a sentence mark or the next quote (abbreviations like "Brig." are one token)
        const a0 = tokenAt(after);
        let stop = text.length;
        for (let k = a0; k < Math.min(tokens.length, a0 + 60); k++) {
          if (tokens[k].kind === 'punct' && /^[.!?“"«]$/.test(tokens[k].text)) {
            stop = tokens[k].start;
            break;
          }
        }
        const nextQuote = quotes[lowerBound(quotes.length, (i) => quotes[i].open >= after)];
        if (nextQuote) stop = Math.min(stop, nextQuote.open);
        const aft: Token[] = [];
        for (let k = a0; k < tokens.length && aft.length < 40 && tokens[k].start < stop; k++) aft.push(tokens[k]);
        const v = aft.findIndex(isVerb);
        if (v >= 0) {
          const between = aft.slice(0, v).filter((t) => t.kind === 'word' && !L.auxiliaries.has(fold(t.text)));
          if (between.length === 1 && (PERSON_PRONOUNS.includes(fold(between[0].text)) || ORG_PRONOUNS.includes(fold(between[0].text)))) {
            speaker = pronoun(between[0].text, q.open);
            how = `pronoun "${between[0].text}" after the quote`;
          } else {
            const subj = speakerCandidates(after, aft[v].start);
            if (subj.length) {
              speaker = asSpeaker(subj.find((m) => m.type === 'person') ?? subj[0]);
              how = `"${aft[v].text}" after the quote, subject before it`;
            } else if (between.length === 0) {
              const obj = speakerCandidates(aft[v].end, stop);
              if (obj.length) {
                speaker = asSpeaker(obj[0]);
                how = `"${aft[v].text}" after the quote, name after it`;
              }
            }
          }
        }
      }
      // before the quote, in its sentence: `X said: "..."`, `X told ... that "..."`, `according to X, ... "..."`
      if (!speaker) {
        const from = sStart;
        const bef = tokens.slice(tokenAt(from), tokenAt(q.open)).filter((t) => t.end <= q.open);
        const acc = /\b(?:according to|in the words of)\s+/giu;
        let m: RegExpExecArray | null;
        let accAt = -1;
        while ((m = acc.exec(text.slice(from, q.open)))) accAt = from + m.index + m[0].length;
        const accMention = accAt >= 0 ? ms.find((x) => x.at >= accAt && x.at <= accAt + 4) : undefined;
        let v = -1;
        for (let k = bef.length - 1; k >= 0; k--) if (isVerb(bef[k])) { v = k; break; }
        if (accMention) {
          speaker = asSpeaker(accMention);
          how = '"according to" before the quote';
        } else if (v >= 0) {
          let k = v - 1;
          while (k >= 0 && bef[k].kind === 'word' && L.auxiliaries.has(fold(bef[k].text))) k--;
          if (k >= 0 && bef[k].kind === 'word' && (PERSON_PRONOUNS.includes(fold(bef[k].text)) || ORG_PRONOUNS.includes(fold(bef[k].text)))) {
            speaker = pronoun(bef[k].text, q.open);
            how = `pronoun "${bef[k].text}" before "${bef[v].text}"`;
          } else {
            const subj = speakerCandidates(from, bef[v].start);
            const pick = subj.filter((m) => m.type === 'person').pop() ?? subj[subj.length - 1];
            if (pick) {
              speaker = asSpeaker(pick);
              how = `"${bef[v].text}" before the quote, subject before it`;
            }
          }
        }
      }
      // a quote that stands alone goes on from the previous one
      if (!speaker) {
        const lead = text.slice(sStart, Math.max(q.open, sStart)).trim();
        const prev = out[out.length - 1];
        if (!lead && prev && prev.speaker && (sentence?.index ?? 0) - prev.sentence <= (prev.openEnded ? 3 : 2) && (prev.paragraph >= p - 1 || prev.openEnded)) {
          speaker = { name: prev.speaker, type: 'person', at: prev.at, paragraph: prev.paragraph, sentence: prev.sentence };
          how = 'goes on from the previous quote';
        } else if (!lead) {
          // the speaker named in the previous sentence: `X said:` then the quote
          const prevEvent = events[events.length - 1];
          if (prevEvent && (sentence?.index ?? 0) - prevEvent.sentence === 1) {
            speaker = prevEvent;
            how = 'speaker of the previous sentence';
          }
        }
      }
      // a title of a work ("American Pie", "The Big Lebowski") is not a quote, whoever is named near it
      if (inner.split(/\s+/).length <= 5 && inner.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|for|to)$/.test(w))) return;
      if (speaker) events.push(speaker);
      out.push({
        id: `${doc.id}#q${out.length + 1}`,
        text: inner,
        speaker: speaker?.name ?? null,
        speakerEntity: null,
        document: doc.id,
        sentence: sentence?.index ?? 0,
        paragraph: p,
        at: q.open,
        openEnded: !q.closed,
        how: speaker ? how : 'no attribution found',
      });
    });
    flushEvents(Infinity);
  });
  // a quote that runs to the end of its paragraph takes the speaker of the quote that continues it
  for (let i = 0; i < out.length - 1; i++) {
    const q = out[i];
    const next = out[i + 1];
    if (q.openEnded && !q.speaker && next.paragraph === q.paragraph + 1 && next.speaker) {
      q.speaker = next.speaker;
      q.how = 'continued in the next paragraph';
    }
  }
  return out;
}
