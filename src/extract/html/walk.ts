// Cheap DOM access on linkedom: document-order walks without stacks or child arrays, and attribute reads
// that skip linkedom's costly paths. Every step of the HTML extractor walks the page with these.

/**
 * An attribute's value. linkedom's getAttribute('class') builds a DOMTokenList and joins it again on every
 * call (a tenth of the content step's time); the attribute node holds the same text.
 */
export function attr(el: Element, name: string): string | null {
  const a = el.getAttributeNode(name);
  return a ? a.value : null;
}

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

/** Every element of a document in order, with those linkedom leaves beside <html> (a stray second <html> or <body>). */
export function* documentElements(document: Document): Generator<Element> {
  for (let top = document.firstElementChild; top; top = top.nextElementSibling) yield* elements(top);
}
