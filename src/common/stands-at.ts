// Whether a string stands at a place in another.

/**
 * `text.startsWith(part, at)`, by `indexOf`: V8's startsWith compares one character at a time, its indexOf matches a
 * sentence-long part several times faster (stop 53: ~0.8 against ~0.2 µs for 100-150 characters). Where a miss is
 * rare, as where a text's own pieces are checked back against it, the search past `at` a miss costs is rarely paid.
 */
export function standsAt(text: string, part: string, at: number): boolean {
  return text.indexOf(part, at) === at;
}
