// Ranks where a run allocates, by bytes, counting the objects the garbage collector has already freed (the churn
// that GC time pays for), not only the live ones `node --heap-prof` shows. A preload: V8's sampling heap profiler is
// started through node:inspector with includeObjectsCollectedByMinorGC / MajorGC, and at exit the samples are summed
// by allocating function (self; `fn file:line` -- the line the function starts on, V8 samples per function --, a
// builtin such as Map.set or String.split named after the JS function that called it), by function on the stack
// (inclusive) and by pipeline stage (each byte to the innermost STAGES function on its stack), printed to stderr.
//
//   node --require ./bench/alloc-profile.cjs bin/crosscheck.js analyze /work/wt/r4k.jsonl --threads 1 -f json -q -o /tmp/x.json
//   node bench/alloc-profile.cjs saved.heapprofile      (ranks a profile written with ALLOC_OUT again)
//
// Main thread only: run with `--threads 1`. Environment: ALLOC_INTERVAL (bytes between samples, default 32768),
// ALLOC_TOP (rows, default 40), ALLOC_OUT (also write the raw .heapprofile there, for Chrome DevTools), ALLOC_UNDER
// (a function name: rank only what is allocated with it on the stack, e.g. synthesizeStory).
// Sampled bytes are an estimate of the bytes allocated: each sample stands for ALLOC_INTERVAL bytes on average.
'use strict';
const inspector = require('node:inspector');
const fs = require('node:fs');

const interval = Number(process.env.ALLOC_INTERVAL || 32768);
const top = Number(process.env.ALLOC_TOP || 40);
const under = process.env.ALLOC_UNDER || '';
/** the stages, innermost first wins (listItem is the JSON report's per-story stringify) */
const STAGES = ['listItem', 'synthesizeStory', 'linkStory', 'storyAccount', 'jsonChunks', 'clusterRun', 'acrossDocuments', 'enrichDocument', 'processRaw'];

function short(url) {
  const i = url.lastIndexOf('/dist/');
  if (i >= 0) return url.slice(i + 1);
  const j = url.lastIndexOf('/node_modules/');
  if (j >= 0) return url.slice(j + 1);
  return url.replace(/^.*\//, '');
}

function report(profile) {
  // every sample is { size, nodeId, ordinal }; a node's selfSize is the sum of its samples' sizes
  const self = new Map();
  const inclusive = new Map();
  const stages = new Map();
  let total = 0;
  const walk = (node, stack) => {
    const f = node.callFrame;
    const here = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}`;
    // a builtin (no url: Array.prototype.map, Map.set, String.split..) is named with the JS function that called it
    const name = f.url === '' && stack.length > 0 ? `${stack.at(-1).caller} > ${f.functionName || '(anon)'}` : here;
    const fn = `${f.functionName || '(anon)'} ${short(f.url)}`;
    const size = node.selfSize;
    if (size > 0 && (!under || f.functionName === under || stack.some((e) => e.name === under))) {
      total += size;
      let stage = STAGES.includes(f.functionName) ? f.functionName : 'other';
      for (let i = stack.length - 1; stage === 'other' && i >= 0; i--) if (STAGES.includes(stack[i].name)) stage = stack[i].name;
      stages.set(stage, (stages.get(stage) || 0) + size);
      self.set(name, (self.get(name) || 0) + size);
      for (const s of new Set([...stack.map((e) => e.fn), fn])) inclusive.set(s, (inclusive.get(s) || 0) + size);
    }
    stack.push({ name: f.functionName, fn, caller: f.url === '' && stack.length > 0 ? stack.at(-1).caller : here });
    for (const child of node.children) walk(child, stack);
    stack.pop();
  };
  walk(profile.head, []);
  const mb = (b) => (b / 1048576).toFixed(1).padStart(8);
  const pct = (b) => ((100 * b) / total).toFixed(1).padStart(5);
  const out = [`allocated (sampled)${under ? ` under ${under}` : ''} ${mb(total)} MB`, '', 'by stage (innermost on the stack):'];
  for (const [k, v] of [...stages].sort((a, b) => b[1] - a[1])) out.push(`${mb(v)} MB ${pct(v)}%  ${k}`);
  out.push('', 'self, by function (the frame that allocated):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${mb(v)} MB ${pct(v)}%  ${k}`);
  out.push('', 'inclusive, by function on the stack:');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`${mb(v)} MB ${pct(v)}%  ${k}`);
  process.stderr.write(`${out.join('\n')}\n`);
}

if (require.main === module) {
  // `node bench/alloc-profile.cjs FILE.heapprofile`: rank a saved profile again
  report(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
} else {
  const session = new inspector.Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', {
    samplingInterval: interval,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  });
  process.on('exit', () => {
    session.post('HeapProfiler.stopSampling', (err, res) => {
      if (err) return process.stderr.write(`alloc-profile: ${err.message}\n`);
      if (process.env.ALLOC_OUT) fs.writeFileSync(process.env.ALLOC_OUT, JSON.stringify(res.profile));
      report(res.profile);
    });
  });
}
