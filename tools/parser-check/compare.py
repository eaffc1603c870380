"""Compares phongvan's parse of the outlet fixtures with tools/parser-check/expected.py.

Run from the repository root after `cargo build --release`:
    python3 tools/parser-check/compare.py [name-filter]
Prints PASS/FAIL per article with each mismatch, and a total at the end.
"""
import json, subprocess, sys, unicodedata, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from expected import E
ROOT = os.path.dirname(os.path.dirname(HERE))
B = os.environ.get('PHONGVAN', os.path.join(ROOT, 'target/release/phongvan'))
D = os.path.join(ROOT, 'tests/fixtures/outlets')
TOTAL = [0, 0]
N=lambda s: ' '.join(unicodedata.normalize('NFC',s).split())
def run(args, f):
    try:
        p=subprocess.run([B]+args+[f],capture_output=True,timeout=20)
        return p.returncode,p.stdout.decode('utf-8','replace'),p.stderr.decode('utf-8','replace')
    except subprocess.TimeoutExpired: return 'TIMEOUT','',''
only=sys.argv[1:] 
for fn,e in E.items():
    if only and not any(o in fn for o in only): continue
    f=os.path.join(D,fn); mm=[]; info=[]
    for m in (['--plain'],['--markdown'],['--plain','--width','20'],['--plain','--ascii']):
        rc,o,er=run(m,f)
        if rc!=0 or 'panick' in er: mm.append(f"CRASH {m} rc={rc} {er[:200]}")
    rc,o,er=run(['--json'],f)
    if rc!=0: print(fn,'JSON rc',rc,er); continue
    lines=[l for l in o.splitlines() if l.strip()]
    if len(lines)!=1: mm.append(f"{len(lines)} JSON objects")
    d=json.loads(lines[0])
    T=d['turns']; cnt={k:sum(t['role']==k for t in T) for k in ('question','answer','remark')}
    if (cnt['question'],cnt['answer'],cnt['remark'])!=(e['q'],e['a'],e['r']):
        mm.append(f"counts Q/A/R got {cnt['question']}/{cnt['answer']}/{cnt['remark']} exp {e['q']}/{e['a']}/{e['r']}")
    ap=[len(t['paragraphs']) for t in T if t['role']=='answer']
    if e['apars'] is not None and ap!=e['apars']: mm.append(f"answer paragraphs got {ap} exp {e['apars']}")
    qs=[t for t in T if t['role']=='question']
    for i,s in enumerate(e['qstarts']):
        hit=[j for j,t in enumerate(qs) if any(N(p).lstrip('-* ').startswith(N(s)) for p in t['paragraphs'])]
        if not hit:
            where=[ (t['role'],k) for k,t in enumerate(T) if any(N(s) in N(p) for p in t['paragraphs'])]
            loc = where or [k for k in ('lead','captions','boilerplate','unclassified') if any(N(s) in N(x) for x in d[k])]
            mm.append(f"Q{i+1} '{s}' not a question; found in {loc}")
    for k,v in e.get('qpars',{}).items():
        if len(qs)>=k and len(qs[k-1]['paragraphs'])!=v: mm.append(f"Q{k} paragraphs got {len(qs[k-1]['paragraphs'])} exp {v}")
    def chk(field,got,exp,ci=False):
        g=got; x=exp
        if ci and g and x: g,x=g.casefold(),x.casefold()
        if g!=x: mm.append(f"{field} got {got!r} exp {exp!r}")
    chk('title',d['title'],e['title']); chk('author',d['author'],e['author'],True); chk('published',d['published'],e['date'])
    if e['outlet'] is not None: chk('outlet',d['outlet'],e['outlet'])
    else: info.append(f"outlet={d['outlet']!r}")
    iv=d['interviewee'] or {}
    chk('interviewee.name',iv.get('name'),e['name'])
    r=iv.get('role') or ''
    if not r or (e['role'].casefold() not in r.casefold() and r.casefold() not in e['role'].casefold()):
        mm.append(f"interviewee.role got {r!r} exp ~{e['role']!r}")
    elif r.casefold()!=e['role'].casefold(): info.append(f"role={r!r}")
    if 'interviewer' in e: chk('interviewer',d['interviewer'],e['interviewer'])
    info.append(f"interviewer={d['interviewer']!r}")
    lead=' '.join(d['lead'])
    for s in e['lead']:
        if N(s) not in N(lead): mm.append(f"lead missing '{s[:40]}'")
    if len(d['lead'])!=len(e['lead']): info.append(f"lead has {len(d['lead'])} paras: {[x[:30] for x in d['lead']]}")
    cap=' | '.join(d['captions'])
    for s in e['captions']:
        if N(s) not in N(cap):
            loc=[k for k in ('lead','boilerplate','unclassified') if any(N(s) in N(x) for x in d[k])]+[f"turn{k}:{t['role']}" for k,t in enumerate(T) if any(N(s) in N(p) for p in t['paragraphs'])]
            mm.append(f"caption missing '{s[:45]}' (found in {loc})")
    for s in e['boiler']:
        if not any(N(s) in N(x) for x in d['boilerplate']):
            loc=[k for k in ('lead','captions','unclassified','byline') if any(N(s) in N(x) for x in d[k])]+[f"turn{k}:{t['role']}" for k,t in enumerate(T) if any(N(s) in N(p) for p in t['paragraphs'])]+(['title'] if d['title'] and N(s) in N(d['title']) else [])
            if loc!=['byline']: mm.append(f"boilerplate missing '{s[:45]}' (found in {loc})")
    for s in e.get('notturn',[]):
        loc=[f"turn{k}:{t['role']}" for k,t in enumerate(T) if any(N(s) in N(p) for p in t['paragraphs'])]
        if loc: mm.append(f"'{s[:40]}' inside {loc}")
        else: info.append(f"'{s[:25]}' in "+str([k for k in ('boilerplate','unclassified','captions') if any(N(s) in N(x) for x in d[k])]))
    for i,s in e.get('inanswer',[]):
        ans=[t for t in T if t['role']=='answer']
        if len(ans)<=i or not any(N(s) in N(p) for p in ans[i]['paragraphs']): mm.append(f"'{s}' not in answer {i+1}")
    if d['unclassified']: info.append(f"unclassified={[x[:40] for x in d['unclassified']]}")
    if d['notes']: info.append(f"notes={d['notes']}")
    # lost text
    strs=[d['title'] or '',d['author'] or '',d['interviewer'] or '',*(d['byline']),*d['lead'],*d['captions'],*d['boilerplate'],*d['unclassified']]
    strs+=[(t['speaker'] or '')+' '+' '.join(t['paragraphs']) for t in T]
    blob=N(' '.join(strs)); blob=re.sub(r'\s+',' ',blob)
    tokblob=' '+' '.join(w.rstrip(':') for w in blob.split() if w not in '-*')+' '
    lost=[]
    for l in open(f,encoding='utf-8'):
        l=N(l.strip())
        if not l: continue
        toks=[w.rstrip(':') for w in l.split() if w not in '-*']
        if not toks: continue
        for k in range(0,max(1,len(toks)-2)):
            g=' '+' '.join(toks[k:k+3])+' '
            if g not in tokblob:
                lost.append(l[:70]); break
    if lost: info.append(f"unmatched-lines({len(lost)})={lost[:6]}")
    TOTAL[0] += 1; TOTAL[1] += len(mm)
    print(f"== {fn}: {'PASS' if not mm else 'FAIL'}")
    for x in mm: print('   X',x)
    for x in info: print('   .',x)
print(f"{TOTAL[0]} articles, {TOTAL[1]} mismatches")
