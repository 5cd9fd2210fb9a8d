// A time the base recorded (UTC ISO, "2026-12-06T13:29:02.344Z") as a reader reads it: "2026-12-06 13:29 UTC", in
// the web app and on the command line alike (`feeds list` printed raw ISO times beside the app's stamps).

const STORED = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:[\d.]+)?Z$/;

/** How much of the time: to the minute (the default), the second, or the millisecond the base stored. */
export type StampPrecision = 'minute' | 'second' | 'ms';

const LENGTH: Record<StampPrecision, number> = { minute: 16, second: 19, ms: 23 };

/** Anything else (a bare date, a stamp with its own zone) is shown as written. */
export function utcStamp(iso: string | null | undefined, precision: StampPrecision = 'minute'): string {
  if (!iso) return '';
  if (!STORED.test(iso)) return iso;
  // a stored time without seconds or milliseconds ("...T13:29Z") is padded, not cut into its zone letter
  const full = iso.length >= 24 ? iso : new Date(iso).toISOString();
  return `${full.slice(0, LENGTH[precision]).replace('T', ' ')} UTC`;
}

/** The least precision at which the given stored times all read apart (the minute when they do, or when none are alike
 * at any precision the base keeps). Two ingests in one minute showed the same stamp. */
export function distinctPrecision(isos: string[]): StampPrecision {
  for (const p of ['minute', 'second'] as const) if (new Set(isos.map((t) => utcStamp(t, p))).size === new Set(isos).size) return p;
  return 'ms';
}
