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

/** Parse markup into the lean tree: the same events and options linkedom's HTML parse uses. */
export function parseDocument(markup: string): Document {
  const document = new Document();
  let node: ParentNode = document;
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        node = node.appendChild(new Element(document, name, attributes));
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
        node = (node.parentNode as ParentNode | null) ?? document;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return document;
}
