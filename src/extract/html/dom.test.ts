import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { parseDocument, type Document, type Element } from './dom.ts';

interface AnyNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  firstChild: AnyNode | null;
  nextSibling: AnyNode | null;
  childNodes?: Iterable<AnyNode>;
  getAttribute?(name: string): string | null;
}

/** A node's children: linkedom's list (its doctype node links to no sibling), or ours by links. */
function kids(n: AnyNode): AnyNode[] {
  if (n.childNodes) return [...n.childNodes];
  const out: AnyNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The tree as text: tags with class and id, text runs (adjacent runs joined), comments. */
function shape(root: AnyNode): string {
  const out: string[] = [];
  const walk = (n: AnyNode) => {
    for (const c of kids(n)) {
      if (c.nodeType === 3) {
        if (out.length && out[out.length - 1].startsWith('"')) out[out.length - 1] = `${out[out.length - 1].slice(0, -1)}${c.nodeValue}"`;
        else out.push(`"${c.nodeValue}"`);
      } else if (c.nodeType === 8) out.push(`<!--${c.nodeValue}-->`);
      else if (c.nodeType === 1) {
        out.push(`<${c.localName} class=${c.getAttribute!('class') || null} id=${c.getAttribute!('id') || null}>`);
        walk(c);
        out.push(`</${c.localName}>`);
      }
    }
  };
  walk(root);
  return out.join('');
}

const TRICKY = [
  '<!DOCTYPE html><html><head><title>T &amp; U</title></head><body><p>one<p>two &eacute; &#x41;<li>x<li>y</body></html>',
  '<html><body><div class="a b" id=main><table><tr><td>cell<td>cell2</table><p>after <b>bold <i>both</b> i</i></div></body></html><body><p>stray</p></body>',
  '<html><body><!-- note --><script>if (a < b) { x("</p>") }</script><noscript><img src=x></noscript><br/>text<br>more</body></html>',
  '<html><body><svg><path d="M0"/></svg><div CLASS="upper">u</div><p>unclosed <span>nested',
];

test('the lean tree has the shape linkedom gives the same markup (same parser events)', () => {
  for (const html of TRICKY) {
    const ours = parseDocument(html);
    const theirs = parseHTML(html).document as unknown as AnyNode;
    assert.equal(shape(ours as unknown as AnyNode), shape(theirs), html);
  }
});

test('text, siblings and parents read as in the DOM; remove and replaceWith relink the tree', () => {
  const doc: Document = parseDocument('<html><body><div id="d"><p>a<b>b</b>c</p><!--x--><p>d</p><p>e</p></div></body></html>');
  const div = doc.documentElement!.firstElementChild!.firstElementChild! as Element;
  assert.equal(div.getAttribute('id'), 'd');
  assert.equal(div.textContent, 'abcde');
  const [p1, p2, p3] = [div.firstElementChild!, div.firstElementChild!.nextElementSibling!, div.firstElementChild!.nextElementSibling!.nextElementSibling!];
  assert.equal(p2.textContent, 'd');
  assert.equal(p1.parentElement, div);
  p2.remove();
  assert.equal(p2.parentNode, null);
  assert.equal(div.textContent, 'abce');
  const gap = doc.createElement('gap');
  p1.replaceWith(gap);
  assert.equal(div.firstElementChild, gap);
  assert.equal(gap.nextElementSibling, p3);
  p3.remove();
  assert.equal(div.lastChild?.nodeType, 8);
  assert.equal(div.textContent, '');
  assert.equal(doc.documentElement!.hasAttribute('lang'), false);
});

test('a heading end tag that matches no open element closes the open heading, as browsers do', () => {
  const doc = parseDocument('<html><body><div><h2><a>Title</h3><p>body</p></div><h4>x</h4><p>after</p></body></html>');
  assert.equal(
    shape(doc as unknown as AnyNode),
    '<html class=null id=null><body class=null id=null><div class=null id=null><h2 class=null id=null><a class=null id=null>"Title"</a></h2><p class=null id=null>"body"</p></div><h4 class=null id=null>"x"</h4><p class=null id=null>"after"</p></body></html>',
  );
  // a matching end tag still closes its own heading; an end tag with no heading open is ignored
  const same = parseDocument('<html><body><h3>a</h3><p>b</p></h2><p>c</p></body></html>');
  assert.equal(same.documentElement!.firstElementChild!.textContent, 'abc');
  assert.equal(shape(same as unknown as AnyNode), shape(parseHTML('<html><body><h3>a</h3><p>b</p></h2><p>c</p></body></html>').document as unknown as AnyNode));
});
