// JSON for what the stages hold in Maps, Sets and typed arrays (TextDocument.termCounts, cluster
// features and vectors), so it can be stored as text and read back as the same values.

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof Uint32Array) return { $u32: Array.from(value) };
  return value;
}

/** Turn the tagged objects back into Maps, Sets and typed arrays, in place (a walk is far cheaper than a
 * JSON.parse reviver, which is called for every value). */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (value[i] !== null && typeof value[i] === 'object') value[i] = revive(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (o.$map) return new Map(revive(o.$map) as Array<[unknown, unknown]>);
  if (o.$set) return new Set(revive(o.$set) as unknown[]);
  if (o.$u32) return Uint32Array.from(o.$u32 as number[]);
  for (const k in o) if (o[k] !== null && typeof o[k] === 'object') o[k] = revive(o[k]);
  return o;
}

export function toText(value: unknown): string {
  return JSON.stringify(value, replacer);
}

export function fromText<T>(text: string): T {
  return revive(JSON.parse(text)) as T;
}
