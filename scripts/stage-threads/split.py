import sys, subprocess
for f in sys.argv[1:]:
    out = subprocess.run(['python3','analyze.py',f+'.marks',f+'.samp'],capture_output=True,text=True).stdout.splitlines()
    rows = {l.split()[0]: list(map(float,l.split()[1:])) for l in out[1:] if l and not l.startswith(' ') and l.split()[0] != 'TOTAL'}
    pre = ['load','read','after-read','flags','provenance','enrich','cluster','parts','wait-answer','settle']
    post = ['write-docs','collect','stories','end']
    for name, ph in [('before stories', pre), ('docs+stories', post)]:
        s = [sum(rows[p][i] for p in ph if p in rows) for i in range(8)]
        print(f, f'{name:<15} wall {s[0]:8.1f} main {s[1]:6.2f} prep {s[2]:6.2f} acct {s[3]:6.2f} v8 {s[4]:6.2f} total {s[6]:6.2f}')
