# usage: analyze.py MARKS SAMPLES  -> per-phase CPU by thread group
import sys, bisect, collections
marks = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
pid = next(m[2] for m in marks if m[0] == 'M')
start = next(float(m[1]) for m in marks if m[0] == 'P' and m[2] == pid)
maintid = pid
kind = {}
for m in marks:
    if m[0] == 'W' and m[2] == pid: kind[m[3]] = m[4]
phases = [('load', start)] + [(m[3], float(m[1])) for m in marks if m[0] == 'M' and m[2] == pid and not m[3].startswith('.')]
points = [(m[3], float(m[1])) for m in marks if m[0] == 'M' and m[2] == pid and m[3].startswith('.')]
series = collections.defaultdict(list)  # (pid,tid) -> [(t, cpu)]
for l in open(sys.argv[2]):
    t, p, tid, comm, cpu = l.split()
    series[(p, tid)].append((float(t), int(cpu)))
tend = max(s[-1][0] for s in series.values())
phases.append(('exit', tend))
def at(s, t):
    ts = [x[0] for x in s]
    i = bisect.bisect_right(ts, t)
    if i == 0: return 0
    if i >= len(s): return s[-1][1]
    (t0, c0), (t1, c1) = s[i-1], s[i]
    return c0 + (c1 - c0) * (t - t0) / (t1 - t0)
def group(p, tid):
    if p != pid: return 'launcher'
    if tid == maintid: return 'main'
    return kind.get(tid, 'v8+uv')
G = ['main', 'prepare', 'account', 'v8+uv', 'launcher']
print(f"{'phase':<12}{'wall':>8}" + ''.join(f'{g:>10}' for g in G) + f"{'total':>9}{'2c-idle':>9}")
tot = collections.Counter(); W = 0
for (name, a), (_, b) in zip(phases, phases[1:]):
    c = collections.Counter()
    for (p, tid), s in series.items(): c[group(p, tid)] += (at(s, b) - at(s, a)) / 1000
    wall = (b - a) / 1000; W += wall
    t = sum(c.values()); tot += c
    print(f'{name:<12}{wall:8.2f}' + ''.join(f'{c[g]:10.2f}' for g in G) + f'{t:9.2f}{2*wall - t:9.2f}')
t = sum(tot.values())
print(f"{'TOTAL':<12}{W:8.2f}" + ''.join(f'{tot[g]:10.2f}' for g in G) + f'{t:9.2f}{2*W - t:9.2f}')
for name, t in points: print(f'  {name} at {(t - start)/1000:.2f} s')
for tid, k in kind.items():
    s = series[(pid, tid)]; print(f'  {k} {tid}: first seen {(s[0][0]-start)/1000:.2f} s, last {(s[-1][0]-start)/1000:.2f} s, cpu {s[-1][1]/1000:.2f}')
