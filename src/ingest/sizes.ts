// Sizes as problem lines give them: megabytes a reader takes in at a glance, bytes where those would say nothing.

/** Megabytes: one decimal, two under a megabyte. */
function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

/** Bytes as mb() gives them, or in bytes under a megabyte (a limit of 512 bytes is not "0.00 MB"). */
export function sizeOf(n: number): string {
  return n < 1024 * 1024 ? `${n.toLocaleString('en-US')} bytes` : mb(n);
}

/** A size beside the limit it passed, in bytes when both round alike ("10.0 MB, limit 10.0 MB" said nothing). */
export function pastLimit(size: number, limit: number): string {
  const [a, b] = [sizeOf(size), sizeOf(limit)];
  return a === b ? `${size.toLocaleString('en-US')} bytes, limit ${limit.toLocaleString('en-US')} bytes` : `${a}, limit ${b}`;
}
