// The version of a story page's content: the story's row (found by any id it had) and its documents'
// versions. A story page and its JSON are a function of these alone, so a kept page whose version has not
// moved stays right however much else of the base changed. One small indexed query.
import type { Sql } from '../store/adapter.ts';

const STORY_PATH = /^\/(?:api\/)?stories\/([^/]+)$/;

export function storyVersion(db: Sql): (path: string) => (() => Promise<string | null>) | null {
  return (path) => {
    const m = STORY_PATH.exec(path);
    if (!m) return null;
    let id: string;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      return null;
    }
    // no id holds a NUL, and PostgreSQL refuses one in text: the page (a 404) is not kept
    if (id.includes('\u0000')) return null;
    return async () => {
      const rows = await db.query<{ key: number; seq: string; docs: string; versions: string | null }>(
        `SELECT s.key, s.updated_seq::text AS seq, count(d.id)::text AS docs, sum(d.version)::text AS versions
         FROM story_ids i JOIN stories s ON s.key = i.story LEFT JOIN documents d ON d.story = s.key
         WHERE i.id = $1 GROUP BY s.key, s.updated_seq`,
        [id],
      );
      return rows.length ? `${rows[0].key}:${rows[0].seq}:${rows[0].docs}:${rows[0].versions ?? 0}` : null;
    };
  };
}
