# usage: sampler.py OUT -- cmd...   polls every task of the command's process tree every 0.1 s
import os, sys, time, subprocess
out = sys.argv[1]; cmd = sys.argv[sys.argv.index('--')+1:]
p = subprocess.Popen(cmd)
f = open(out, 'w')
def kids(pid):
    res=[pid]
    try:
        for t in os.listdir(f'/proc/{pid}/task'):
            try:
                for c in open(f'/proc/{pid}/task/{t}/children').read().split(): res += kids(int(c))
            except OSError: pass
    except OSError: pass
    return res
tk = os.sysconf('SC_CLK_TCK')
while p.poll() is None:
    t = time.time()*1000
    for pid in kids(p.pid):
        try: tasks = os.listdir(f'/proc/{pid}/task')
        except OSError: continue
        for tid in tasks:
            try: s = open(f'/proc/{pid}/task/{tid}/stat').read()
            except OSError: continue
            r = s.rfind(')'); comm = s[s.find('(')+1:r].replace(' ','_'); fl = s[r+2:].split()
            f.write(f'{t:.1f} {pid} {tid} {comm} {(int(fl[11])+int(fl[12]))*1000//tk}\n')
    time.sleep(0.1)
f.close(); sys.exit(p.returncode)
