// Calls to action that both extractors remove (HTML blocks and plain-text lines): one list, so a phrase
// added here is page chrome for every input format. Each extractor keeps its own further phrases.

/** Lower-case phrases; a short block or line containing one is no article text. */
export const CALLS_TO_ACTION: readonly string[] = [
  'follow us on', 'like us on facebook', 'sign up for our newsletter', 'straight to your inbox',
  'folgen sie uns', 'jetzt abonnieren', 'newsletter abonnieren', 'abonnez-vous', 'siga-nos',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases as one pattern, matched from a word start in any case. */
export const CALLS_TO_ACTION_PATTERN = new RegExp(`\\b(${CALLS_TO_ACTION.map(escapeRegExp).join('|')})`, 'i');
