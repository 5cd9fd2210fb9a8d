// JSON for what the stages hold in Maps, Sets and typed arrays (TextDocument.termCounts, cluster
// features and vectors), so it can be stored as text and read back as the same values.

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof Uint32Array) return { $u32: Array.from(value) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if ('$map' in o) return new Map(o.$map as Array<[unknown, unknown]>);
    if ('$set' in o) return new Set(o.$set as unknown[]);
    if ('$u32' in o) return Uint32Array.from(o.$u32 as number[]);
  }
  return value;
}

export function toText(value: unknown): string {
  return JSON.stringify(value, replacer);
}

export function fromText<T>(text: string): T {
  return JSON.parse(text, reviver) as T;
}
