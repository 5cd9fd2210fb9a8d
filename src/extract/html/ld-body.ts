// The article's text as the page's JSON-LD gives it (`articleBody`): pages rendered by a script (an Arc / Apollo
// front end) or cut by a paywall show a line or two in the markup and the whole text here. Plain text, HTML, or
// HTML escaped once more (`&lt;p&gt;`); cut into blocks as the page's own markup is.
import { parseDocument } from './dom.ts';
import { type Block, collectBlocks } from './content.ts';

/** The body is read only when it holds at least this many characters (a description or teaser is shorter). */
const LD_BODY_MIN_CHARS = 800;
/** Longer bodies are cut here (a feed of several articles in one object). */
const LD_BODY_MAX_CHARS = 200_000;

/**
 * Bodies written in another markup language (Markdown: "**bold**", "## heading", "[link](url)"; a CMS's embeds:
 * "[#image: /photos/…]", "+++group-2") are the editor's source, not the article's text: not read.
 */
const SOURCE_SYNTAX = [/\*\*\S/, /(^|\n)#{1,6} \S/, /\]\(https?:\/\//, /\[#[a-z]+:/i, /(^|\n)\+\+\+\S/];

/** Markup escaped once more: a paragraph, break or emphasis tag written with entities. */
const ESCAPED_TAGS = /&lt;\/?(p|br|h[1-6]|strong|b|em|i|a|ul|ol|li|div|span)\b/i;
const HAS_TAGS = /<\/?(p|br|h[1-6]|strong|b|em|i|a|ul|ol|li|div|span|blockquote)\b[^>]*>/i;
const ENTITY = /&(lt|gt|quot|amp|#39);/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" };

// entities stay (a body may write "&ccedil;"); a bare "<" is text
const escapeText = (s: string) => s.replace(/</g, '&lt;');

/** The blocks of a JSON-LD article body, or none when it is too short to stand for the article. */
export function ldBodyBlocks(body: string | null, minChars = LD_BODY_MIN_CHARS): Block[] {
  if (!body || body.length < minChars || SOURCE_SYNTAX.some((re) => re.test(body))) return [];
  let text = body.slice(0, LD_BODY_MAX_CHARS);
  if (!HAS_TAGS.test(text) && ESCAPED_TAGS.test(text)) text = text.replace(ENTITY, (_, e: string) => ENTITIES[e]);
  // plain text: its line breaks are its paragraphs
  const markup = HAS_TAGS.test(text)
    ? text
    : text
        .split(/\n+/)
        .map((line) => `<p>${escapeText(line)}</p>`)
        .join('');
  const document = parseDocument(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`);
  const root = document.documentElement;
  return root ? collectBlocks(root).filter((b) => b.text) : [];
}

/** A markup block at least this long is the text's first paragraph (index.ts's LEAD_TEXT_CHARS). */
const LEAD_CHARS = 120;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The JSON-LD body's blocks after the markup's lead: a page's standfirst (the teaser a paywall shows) often stands
 * outside the body the JSON-LD gives. The markup's first paragraph is kept when the body does not hold it.
 */
export function withMarkupLead(markup: Block[], body: Block[]): Block[] {
  const lead = markup.find((b) => b.text.length >= LEAD_CHARS);
  if (!lead) return body;
  const whole = squash(body.map((b) => b.text).join(' '));
  return whole.includes(squash(lead.text)) ? body : [lead, ...body];
}

type Json = Record<string, unknown>;
/** JSON-LD types whose text is steps: a how-to page or a recipe written by a script. */
const STEP_TYPES = new Set(['HowTo', 'Recipe']);
/** Where such an object keeps its steps, and where a step or section keeps its own. */
const STEP_KEYS = ['step', 'recipeInstructions'];
const PART_KEYS = ['itemListElement'];
/** Steps read at most (a page's instructions, not a catalogue). */
const MAX_STEPS = 200;

const isStepType = (o: Json) => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => STEP_TYPES.has(String(x)));
};
const asParagraph = (s: string) => (HAS_TAGS.test(s) ? s : `<p>${escapeText(s)}</p>`);

/**
 * A how-to's or recipe's text as markup: its description, then each step's name (a heading, when the step has text of
 * its own) and text, sections' steps in order. Null when the page has no such object.
 */
export function stepsText(objects: Json[]): string | null {
  const howTo = objects.find(isStepType);
  if (!howTo) return null;
  const out: string[] = [];
  if (typeof howTo.description === 'string') out.push(asParagraph(howTo.description));
  const stack: unknown[] = STEP_KEYS.map((k) => howTo[k]).reverse();
  let steps = 0;
  while (stack.length && steps < MAX_STEPS) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(asParagraph(v));
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (v && typeof v === 'object') {
      const step = v as Json;
      steps++;
      const parts = PART_KEYS.map((k) => step[k]).filter((x) => x != null);
      const hasText = typeof step.text === 'string' || parts.length > 0;
      if (typeof step.name === 'string' && hasText && step.name !== step.text) out.push(`<h3>${escapeText(step.name)}</h3>`);
      if (typeof step.text === 'string') out.push(asParagraph(step.text));
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
    }
  }
  return out.length ? out.join('') : null;
}

/**
 * A script's state that holds the article as a tree of HTML nodes (htmlparser2's shape, as scmp's Apollo state keeps
 * its body: `{"type":"p","children":[{"type":"text","data":"…"}]}`): where to find one, and its node's keys. Such a tree
 * keeps the paragraphs and the linked related headlines a plain JSON-LD body runs into one line.
 */
const STATE_TREES = [{ marker: '"type":"p","children":[', type: 'type', children: 'children', text: 'data', textType: 'text' }] as const;
/** Node types written as themselves; any other node (a widget, an ad slot) gives its children only. */
const TREE_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'em', 'strong', 'b', 'i', 'u', 'br', 'span', 'sup', 'sub']);
/** Script state parsed at most (a page's state is rarely larger; past this the tree is not looked for). */
const STATE_MAX_CHARS = 5_000_000;
/** Values walked at most in a state. */
const STATE_MAX_VALUES = 200_000;
/** The tree stands for the body when it holds this many of the body's first characters. */
const TREE_PROBE_CHARS = 80;

type TreeSchema = (typeof STATE_TREES)[number];
const escapeAll = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeAll(s).replace(/"/g, '&quot;');

function isTreeNode(v: unknown, s: TreeSchema): v is Json {
  return !!v && typeof v === 'object' && typeof (v as Json)[s.type] === 'string' && Array.isArray((v as Json)[s.children]);
}

/** A node list as markup and as text (iterative: a state may nest deeply). */
function renderTree(nodes: unknown[], s: TreeSchema): { html: string; text: string } {
  const html: string[] = [];
  const text: string[] = [];
  const stack: Array<unknown | { close: string }> = [...nodes].reverse();
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    const node = v as Json;
    if (typeof node.close === 'string') {
      html.push(node.close);
      continue;
    }
    if (node[s.type] === s.textType && typeof node[s.text] === 'string') {
      html.push(escapeAll(node[s.text] as string));
      text.push(node[s.text] as string);
      continue;
    }
    const tag = String(node[s.type]);
    const kids = Array.isArray(node[s.children]) ? (node[s.children] as unknown[]) : [];
    if (TREE_TAGS.has(tag)) {
      const href = (node.attribs as Json | undefined)?.href;
      html.push(`<${tag}${tag === 'a' && typeof href === 'string' ? ` href="${escapeAttr(href)}"` : ''}>`);
      stack.push({ close: `</${tag}>` });
      text.push(' ');
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return { html: html.join(''), text: text.join('') };
}

/**
 * The article as a script's node tree gives it (STATE_TREES), when the page's source holds one whose text opens as the
 * JSON-LD body does; null otherwise. Read only where the JSON-LD body stands in for the markup.
 */
export function stateTreeMarkup(source: string, body: string): string | null {
  const probe = squash(body).slice(0, TREE_PROBE_CHARS);
  for (const s of STATE_TREES) {
    const at = source.indexOf(s.marker);
    if (at < 0) continue;
    const open = source.lastIndexOf('<script', at);
    const close = source.indexOf('</script>', at);
    if (open < 0 || close < 0 || close - open > STATE_MAX_CHARS) continue;
    const script = source.slice(source.indexOf('>', open) + 1, close);
    let state: unknown;
    try {
      state = JSON.parse(script.slice(script.indexOf('{'), script.lastIndexOf('}') + 1));
    } catch {
      continue;
    }
    let best: { html: string; text: string } | null = null;
    const stack: unknown[] = [state];
    for (let seen = 0; stack.length && seen < STATE_MAX_VALUES; seen++) {
      const v = stack.pop();
      if (Array.isArray(v)) {
        if (v.some((x) => isTreeNode(x, s))) {
          const tree = renderTree(v, s);
          if (tree.text.length > (best?.text.length ?? 0) && squash(tree.text).includes(probe)) best = tree;
        } else for (const x of v) stack.push(x);
      } else if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
    }
    if (best) return best.html;
  }
  return null;
}
