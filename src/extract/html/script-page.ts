// What a page without article text is made of, when it is mostly scripts: a page a browser fills in by running them
// (an app's shell) was "everything was page chrome or empty", which names neither the scripts nor why they give no text.

/** Tags whose body is code or style, never the page's text. */
const RAW_BODIES = ['script', 'style'];
/** A character that goes on a tag's name (`<scripts>` is no script). */
const NAME_CHAR = /[\w-]/;

interface ScriptShare {
  /** script elements with code in them */
  scripts: number;
  /** visible characters of their code */
  scriptChars: number;
  /** visible characters of the page outside tags, scripts and styles */
  textChars: number;
}

function visible(html: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (html.charCodeAt(i) > 0x20) count++;
  return count;
}

/** The page's scripts and its own text, counted by a scan over its tags (a linear pass: no regex on a huge page). */
function scriptShare(html: string): ScriptShare {
  const share: ScriptShare = { scripts: 0, scriptChars: 0, textChars: 0 };
  const n = html.length;
  const lower = html.toLowerCase();
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    share.textChars += visible(html, i, lt < 0 ? n : lt);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const name = RAW_BODIES.find((t) => lower.startsWith(t, lt + 1) && !NAME_CHAR.test(html[lt + 1 + t.length] ?? ''));
    if (!name) {
      i = gt + 1;
      continue;
    }
    const close = lower.indexOf(`</${name}`, gt + 1);
    const end = close < 0 ? n : close;
    const chars = visible(html, gt + 1, end);
    if (name === 'script' && chars > 0) {
      share.scripts++;
      share.scriptChars += chars;
    }
    const after = close < 0 ? -1 : html.indexOf('>', close);
    i = after < 0 ? n : after + 1;
  }
  return share;
}

/** Why a page holds no article text when it is more script than text; else null. */
export function scriptPageReason(html: string): string | null {
  const { scripts, scriptChars, textChars } = scriptShare(html);
  if (!scripts || scriptChars <= textChars) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const own = textChars ? `${n(textChars)} character${textChars === 1 ? '' : 's'} of text` : 'no text of its own';
  return `no article text found: the page is ${scripts === 1 ? 'one script' : `${n(scripts)} scripts`} (${n(scriptChars)} characters of code) and ${own} (scripts are not run: a browser would run them to fill the page in)`;
}
