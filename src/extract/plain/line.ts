// One line of a page as the extractor sees it: text, shape, the chrome rule it matched, its class and fate.
import type { LineShape } from './shape.ts';
import type { RuleMatch } from './rules.ts';
import type { LineClass } from './classify.ts';

export interface Line {
  text: string;
  shape: LineShape;
  rule: RuleMatch | null;
  cls: LineClass;
  keep: boolean;
  reason: string | null;
}

export function drop(line: Line, reason: string): void {
  line.keep = false;
  line.reason = reason;
}
