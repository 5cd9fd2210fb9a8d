// Document-order walks without stacks or child arrays. Every step of the HTML extractor walks the page with these.
import type { Document, Element } from './dom.ts';

/** An attribute's value, or null. */
export const attr = (el: Element, name: string): string | null => el.getAttribute(name);

/** The element after `el` in document order inside `root`; with `skip`, after its subtree. */
export function nextElement(el: Element, root: Element, skip = false): Element | null {
  if (!skip) {
    const first = el.firstElementChild;
    if (first) return first;
  }
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    const sibling = n.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** Elements in document order (root first). */
export function* elements(root: Element): Generator<Element> {
  for (let el: Element | null = root; el; el = nextElement(el, root)) yield el;
}

/** Every element of a document in order, with those the parser leaves beside <html> (a stray second <html> or <body>). */
export function* documentElements(document: Document): Generator<Element> {
  for (let top = document.firstElementChild; top; top = top.nextElementSibling) yield* elements(top);
}

/** Whether an element has a descendant of one of these tags. */
export function hasDescendant(root: Element, tags: ReadonlySet<string>): boolean {
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) if (tags.has(el.localName)) return true;
  return false;
}
