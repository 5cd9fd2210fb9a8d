// A lean read-mostly DOM for the extractor, built straight from htmlparser2's events (the parser linkedom uses,
// so the tree has the same shape). linkedom gives every node an event-listener map in a WeakMap and a
// DOMTokenList for classes: on news pages that was most of the parse time and a quarter of the garbage.
// Only what the extractor reads is here: links between nodes, attributes, text, remove and replace.
import { lazyPackage } from '../../common/lazy.ts';

const htmlparser2 = lazyPackage<typeof import('htmlparser2')>('htmlparser2');

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

abstract class BaseNode {
  abstract readonly nodeType: number;
  parentNode: ParentNode | null = null;
  previousSibling: ChildNode | null = null;
  nextSibling: ChildNode | null = null;

  get parentElement(): Element | null {
    const p = this.parentNode;
    return p && p.nodeType === ELEMENT_NODE ? (p as Element) : null;
  }

  get previousElementSibling(): Element | null {
    for (let n = this.previousSibling; n; n = n.previousSibling) if (n.nodeType === ELEMENT_NODE) return n as Element;
    return null;
  }

  get nextElementSibling(): Element | null {
    for (let n = this.nextSibling; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as Element;
    return null;
  }

  /** Take the node out of its parent. */
  remove(): void {
    const p = this.parentNode;
    if (!p) return;
    if (this.previousSibling) this.previousSibling.nextSibling = this.nextSibling;
    else p.firstChild = this.nextSibling;
    if (this.nextSibling) this.nextSibling.previousSibling = this.previousSibling;
    else p.lastChild = this.previousSibling;
    this.parentNode = null;
    this.previousSibling = null;
    this.nextSibling = null;
  }

  /** Put `node` where this node stands. */
  replaceWith(node: ChildNode): void {
    const p = this.parentNode;
    if (!p) return;
    node.remove();
    node.parentNode = p;
    node.previousSibling = this.previousSibling;
    node.nextSibling = this.nextSibling;
    if (this.previousSibling) this.previousSibling.nextSibling = node;
    else p.firstChild = node;
    if (this.nextSibling) this.nextSibling.previousSibling = node;
    else p.lastChild = node;
    this.parentNode = null;
    this.previousSibling = null;
    this.nextSibling = null;
  }
}

/** A node that holds only characters (text, comment): no children, its text is its value. */
abstract class CharacterNode extends BaseNode {
  constructor(public nodeValue: string) {
    super();
  }
  get firstChild(): null {
    return null;
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

export class Text extends CharacterNode {
  readonly nodeType: number = TEXT_NODE;
}

class Comment extends CharacterNode {
  readonly nodeType: number = COMMENT_NODE;
}

abstract class ParentBase extends BaseNode {
  firstChild: ChildNode | null = null;
  lastChild: ChildNode | null = null;

  get firstElementChild(): Element | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as Element;
    return null;
  }

  appendChild<T extends ChildNode>(node: T): T {
    node.parentNode = this as unknown as ParentNode;
    node.previousSibling = this.lastChild;
    node.nextSibling = null;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
    return node;
  }

  /** The text of every text node below, in document order (comments left out, as in the DOM). */
  get textContent(): string {
    const parts: string[] = [];
    let n: ChildNode | null = this.firstChild;
    while (n) {
      if (n.nodeType === TEXT_NODE) parts.push((n as Text).nodeValue);
      else if (n.nodeType === ELEMENT_NODE && (n as Element).firstChild) {
        n = (n as Element).firstChild;
        continue;
      }
      while (n && !n.nextSibling) n = n.parentNode === (this as unknown) ? null : (n.parentNode as Element);
      if (n) n = n.nextSibling;
    }
    return parts.join('');
  }
}

export class Element extends ParentBase {
  readonly nodeType: number = ELEMENT_NODE;
  readonly nodeValue = null;
  constructor(
    public readonly ownerDocument: Document,
    /** lower-case tag name */
    public readonly localName: string,
    private readonly attribs: Record<string, string>,
  ) {
    super();
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  getAttribute(name: string): string | null {
    const v = this.attribs[name];
    return typeof v === 'string' ? v : null;
  }
  hasAttribute(name: string): boolean {
    return typeof this.attribs[name] === 'string';
  }
}

export class Document extends ParentBase {
  readonly nodeType: number = DOCUMENT_NODE;
  readonly nodeValue = null;
  get documentElement(): Element | null {
    return this.firstElementChild;
  }
  createElement(tag: string): Element {
    return new Element(this, tag, Object.create(null));
  }
}

export type ParentNode = Element | Document;
export type ChildNode = Element | Text | Comment;
export type Node = ChildNode | Document;

/** Heading elements: an end tag of any of them closes whichever one is open (HTML's tree construction). */
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that bound the search for an open heading (HTML's "in scope" markers). */
const SCOPE_BOUNDS = new Set(['html', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet']);

/** An element htmlparser2 has open: closed early in our tree (a ghost) when a mismatched heading end tag shut it. */
interface Open {
  el: Element;
  ghost: boolean;
}

/**
 * Parse markup into the lean tree: the same events and options linkedom's HTML parse uses, except that a
 * heading end tag that matches no open element closes the open heading (`<h2>Title</h3>`), as browsers do;
 * htmlparser2 ignores such a tag, and the heading would swallow the article after it.
 */
export function parseDocument(markup: string): Document {
  const document = new Document();
  let node: ParentNode = document;
  // mirror of htmlparser2's stack of open elements: its close events pop it in order
  const open: Open[] = [];
  const Parser = htmlparser2().Parser;
  /** A heading end tag is coming: when nothing of that name is open but another heading is, close that one here. */
  const headingEnd = (name: string) => {
    for (const o of open) if (o.el.localName === name) return;
    let heading: Element | null = null;
    for (let n: ParentNode | null = node; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
      const tag = (n as Element).localName;
      if (HEADINGS.has(tag)) heading = n as Element;
      if (heading || SCOPE_BOUNDS.has(tag)) break;
    }
    if (!heading) return;
    // the parser keeps them open: their close events, when they come, are ignored
    for (let i = open.length - 1; i >= 0; i--) {
      open[i].ghost = true;
      if (open[i].el === heading) break;
    }
    node = heading.parentNode ?? document;
  };
  class TreeParser extends Parser {
    override onclosetag(start: number, endIndex: number): void {
      // the whole page is written at once, so the tokenizer's indices are indices into `markup`
      if (endIndex - start === 2 && (markup.charCodeAt(start) | 32) === 104) {
        const name = markup.slice(start, endIndex).toLowerCase();
        if (HEADINGS.has(name)) headingEnd(name);
      }
      super.onclosetag(start, endIndex);
    }
  }
  const parser = new TreeParser(
    {
      onopentag(name, attributes) {
        node = node.appendChild(new Element(document, name, attributes));
        open.push({ el: node, ghost: false });
      },
      ontext(text) {
        // htmlparser2 hands a run of text over in pieces (at entities): one node per run
        const last = node.lastChild;
        if (last && last.nodeType === TEXT_NODE) (last as Text).nodeValue += text;
        else node.appendChild(new Text(text));
      },
      oncomment(data) {
        node.appendChild(new Comment(data));
      },
      onclosetag() {
        const closed = open.pop();
        if (closed && !closed.ghost) node = closed.el.parentNode ?? document;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return document;
}
