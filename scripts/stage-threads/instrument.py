import sys, re
root = sys.argv[1]
M = "(globalThis as any).__ccMark?.("
def edit(path, pairs):
    s = open(path).read()
    for a, b in pairs:
        assert s.count(a) == 1, (path, a, s.count(a))
        s = s.replace(a, b)
    open(path, 'w').write(s)
edit(root + '/src/pipeline.ts', [
  ("  keepHeapNearLive();\n", "  keepHeapNearLive();\n  " + M + "'read');\n"),
  ("  const upTo = analyzeUpToStories(", "  " + M + "'after-read');\n  const upTo = analyzeUpToStories("),
  ("  const answer = later && (await later.answer);\n", "  " + M + "'wait-answer');\n  const answer = later && (await later.answer);\n  " + M + "'settle');\n"),
  ("  return buildReport({ ...parts, stories: pooled && storyThreads > 1 ?", "  " + M + "'write-docs');\n  return buildReport({ ...parts, stories: pooled && storyThreads > 1 ?"),
  ("  const flags = acrossDocuments('flags'", "  " + M + "'flags');\n  const flags = acrossDocuments('flags'"),
  ("  const relations = acrossDocuments('provenance'", "  " + M + "'provenance');\n  const relations = acrossDocuments('provenance'"),
  ("  timeStep(options, 'enrich', () => {\n", "  " + M + "'enrich');\n  timeStep(options, 'enrich', () => {\n"),
  ("    const groups = withHeapNearerLive(", "    " + M + "'cluster');\n    const groups = withHeapNearerLive("),
  ("    fromWorkers?.clear();\n", "    fromWorkers?.clear();\n    " + M + "'parts');\n"),
  ("    collectAfterShrinking();\n", "    " + M + "'collect');\n    collectAfterShrinking();\n    " + M + "'stories');\n"),
  ("      end?.();\n", "      " + M + "'end');\n      end?.();\n"),
  ("  const stream = new AccountStream(", "  " + M + "'.acct-start');\n  const stream = new AccountStream("),
  ("    if (read && laterIds.size > 0) later =", "    " + M + "'.enrichKept-post');\n    if (read && laterIds.size > 0) later ="),
])
W = "if (process.env.TL_MARKS) (await import('node:fs')).appendFileSync(process.env.TL_MARKS, `W\\t${performance.timeOrigin + performance.now()}\\t${process.pid}\\t${(await import('node:fs')).readlinkSync('/proc/thread-self').split('/').pop()}\\t%s\\n`);\n"
for f, kind in [('/src/prepare/prepare-worker.ts', 'prepare'), ('/src/accounts/account-worker.ts', 'account')]:
    s = open(root + f).read()
    i = s.index('\nimport')  # after first import line block: put after the last import
    last = [m.end() for m in re.finditer(r"^import .*?;\n", s, re.M | re.S)][-1]
    s = s[:last] + W.replace('%s', kind) + s[last:]
    open(root + f, 'w').write(s)
