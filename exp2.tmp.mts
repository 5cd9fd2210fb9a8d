import { PGlite } from '@electric-sql/pglite';
import { rmSync } from 'node:fs';
const mb = () => Math.round(process.memoryUsage().rss / 1e6);
console.log('start', mb());

const db = await PGlite.create('/tmp/exp-pg2');
console.log('created', mb(), process.memoryUsage());
const r = await db.query("show shared_buffers"); console.log(r.rows);
for (const s of ['work_mem','maintenance_work_mem','wal_buffers','effective_cache_size','max_wal_size']) console.log(s, (await db.query('show ' + s)).rows[0]);
await db.close();
