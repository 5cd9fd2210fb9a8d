import { PGlite } from '@electric-sql/pglite';
import { rmSync } from 'node:fs';
const text = () => JSON.stringify({ a: Array.from({ length: 600 }, (_, i) => `word${(i * 7919) % 1000} ${Math.random().toString(36).slice(2, 8)}`) });
const rows = Array.from({ length: 2000 }, (_, i) => ({ id: i, a: text(), b: text() }));
for (const mode of ['default', 'external', 'unnest', 'unnest-external']) {
  rmSync('/tmp/exp-pg', { recursive: true, force: true });
  const db = await PGlite.create('/tmp/exp-pg');
  await db.exec('create table t (id int primary key, a text, b text)');
  if (mode.includes('external')) await db.exec('alter table t alter column a set storage external; alter table t alter column b set storage external');
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    if (mode.startsWith('unnest')) await db.query('insert into t select * from unnest($1::int[], $2::text[], $3::text[])', [chunk.map((r) => r.id), chunk.map((r) => r.a), chunk.map((r) => r.b)]);
    else await db.query('insert into t select * from jsonb_to_recordset($1::text::jsonb) as x(id int, a text, b text)', [JSON.stringify(chunk)]);
  }
  const t1 = performance.now();
  const r = await db.query('select a, b from t where id = any($1::int[])', [rows.map((r) => r.id)]);
  const t2 = performance.now();
  console.log(mode, 'insert', Math.round(t1 - t0), 'select', Math.round(t2 - t1), r.rows.length, 'rss', Math.round(process.memoryUsage().rss / 1e6));
  await db.close();
}
