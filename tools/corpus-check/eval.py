#!/usr/bin/env python3
"""Turn F1 of phongvan on the real interviews and look-alikes in ../shared/corpus/, against
the labels in tools/corpus-check/labels/ (written for this project; the texts themselves
stay in the shared corpus).

    cargo build --release && python3 tools/corpus-check/eval.py [-v] [--cut=BYTES] [FILE-PREFIX…]

A predicted turn is right when its role is the labelled one and its text opens with the
labelled words (compared folded: lowercase, marks dropped, spaces and quotes collapsed).
Reports turn precision, recall and F1 per file and per convention family, title and
interviewee accuracy, and false turns on the non-interviews.
"""
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
ENV = __import__('os').environ
# another labelled set (texts kept outside the repository, labels of the same shape with a
# "convention" each): EVAL_TEXTS=dir EVAL_LABELS=dir
CORPUS = pathlib.Path(ENV.get('EVAL_TEXTS', ROOT.parent / 'shared' / 'corpus'))
LABELS = pathlib.Path(ENV.get('EVAL_LABELS', ROOT / 'tools' / 'corpus-check' / 'labels'))
OWN_FAMILIES = 'EVAL_LABELS' in ENV
BIN = pathlib.Path(__import__('os').environ.get('PHONGVAN', ROOT / 'target' / 'release' / 'phongvan'))
VERBOSE = '-v' in sys.argv
# --cut N: read only the first N bytes of each text (as the held-out "pages cut at 2 KB"),
# and expect only the turns that open inside them
CUT = next((int(a.split('=')[1]) for a in sys.argv[1:] if a.startswith('--cut=')), None)
ONLY = [a for a in sys.argv[1:] if not a.startswith('-')]

# convention families by file number (../shared/corpus/README.md)
FAMILIES = [
    ('dash both sides', range(7, 13)),
    ('dash questions, plain answers', range(13, 15)),
    ('dash questions, named answers', range(15, 18)),
    ('plain questions, dash answers', range(18, 20)),
    ('* question / - answer', range(20, 21)),
    ('. question / + answer', range(21, 22)),
    ('labels on every turn', range(22, 30)),
    ('plain questions, named answers', [3, 4, 5, 30]),
    ('labels on the first exchange', [6]),
    ('no markers', range(31, 34)),
    ('reader Q&A, advice, panels', [1, 2, 34, 35, 36, 37, 38, 39, 40]),
]


def fold(s):
    s = unicodedata.normalize('NFD', s or '').replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r'[“”"‘’\'«»]', '', s)
    return ' '.join(s.split())


def family(name, gold=None):
    if OWN_FAMILIES and not name.startswith('controls-'):
        return (gold or {}).get('convention', 'other')
    m = re.match(r'(\d+)-', name)
    if not m or name.startswith('controls-'):
        return 'non-interviews'
    n = int(m.group(1))
    return next((f for f, r in FAMILIES if n in r), 'other')


def run(path):
    data = path.read_bytes()
    if CUT:
        data = data[:CUT].decode('utf-8', 'ignore').encode()
    out = subprocess.run([str(BIN), '--json', '-'], input=data, capture_output=True, timeout=60)
    lines = out.stdout.decode('utf-8', 'replace').splitlines()
    return json.loads(lines[0]) if lines else {}


def matches(pred, gold):
    """Pairs predicted and labelled turns in order: role equal, text opening alike."""
    used, right = set(), 0
    for p in pred:
        body = fold(' '.join(p['paragraphs']))
        for j, g in enumerate(gold):
            if j in used or g['role'] != p['role']:
                continue
            start = fold(g['starts'])[:40]
            if body.startswith(start[:25]) or (len(start) > 12 and start[:25] in body[:80]):
                used.add(j)
                right += 1
                break
    return right


def main():
    rows, fams = [], {}
    for label in sorted(LABELS.glob('*.json')):
        if ONLY and not any(label.name.startswith(o) for o in ONLY):
            continue
        gold = json.loads(label.read_text())
        text = CORPUS / gold['file']
        iv = run(text)
        pred = iv.get('turns', [])
        if CUT:
            gold['turns'] = opening_in(fold(text.read_bytes()[:CUT].decode('utf-8', 'ignore')), gold['turns'])
        right = matches(pred, gold['turns'])
        fam = family(label.stem, gold)
        f = fams.setdefault(fam, [0, 0, 0, 0, 0])
        f[0] += right
        f[1] += len(pred)
        f[2] += len(gold['turns'])
        title_ok = gold.get('title') is None or fold(iv.get('title')) == fold(gold['title'])
        names = [fold(n) for n in gold.get('interviewees', [])]
        got = fold((iv.get('interviewee') or {}).get('name'))
        iv_ok = not names or any(got and (got in n or n in got) for n in names)
        listed = [fold(p.get('name')) for p in iv.get('interviewees', [])]
        every = all(any(l and (l in n or n in l) for l in listed) for n in names)
        gold['every_guest'] = every
        f[3] += title_ok
        f[4] += iv_ok
        rows.append((label.stem, right, len(pred), len(gold['turns']), title_ok, iv_ok, iv, gold))
    for name, right, npred, ngold, t_ok, i_ok, iv, gold in rows:
        flag = '' if right == npred == ngold and t_ok and i_ok else ' <'
        print(f'{name:<45} {right:>3}/{npred:<3} of {ngold:<3} title {"ok" if t_ok else "NO"} '
              f'guest {"ok" if i_ok else "NO"}{flag}')
        if VERBOSE and flag:
            show(iv, gold, t_ok, i_ok)
    print()
    total = [0, 0, 0]
    for fam, (right, npred, ngold, t, g) in sorted(fams.items()):
        total = [total[0] + right, total[1] + npred, total[2] + ngold]
        if fam == 'non-interviews':
            print(f'{fam:<34} false turns {npred}')
            continue
        print(f'{fam:<34} F1 {f1(right, npred, ngold):.2f}  P {right}/{npred}  R {right}/{ngold}')
    inter = [r for r in rows if not r[0].startswith('controls-')]
    r = sum(x[1] for x in inter); p = sum(x[2] for x in inter); g = sum(x[3] for x in inter)
    print(f'{"all interviews":<34} F1 {f1(r, p, g):.2f}  P {r}/{p}  R {r}/{g}  '
          f'titles {sum(x[4] for x in inter)}/{len(inter)}  guests {sum(x[5] for x in inter)}/{len(inter)}')
    several = [x for x in inter if len(x[7].get('interviewees', [])) > 1]
    print(f'{"several guests, all listed":<34} {sum(x[7]["every_guest"] for x in several)}/{len(several)}')


def opening_in(head, turns):
    """The labelled turns that open inside `head`, found in order (a turn's opening words
    seen earlier, in the lead, say, do not count)."""
    kept, at = [], 0
    for t in turns:
        i = head.find(fold(t['starts'])[:25], at)
        if i < 0:
            break
        kept.append(t)
        at = i + 1
    return kept


def f1(right, npred, ngold):
    p = right / npred if npred else (1.0 if not ngold else 0.0)
    r = right / ngold if ngold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def show(iv, gold, t_ok, i_ok):
    if not t_ok:
        print(f'    title: got {iv.get("title")!r} want {gold.get("title")!r}')
    if not i_ok:
        print(f'    guest: got {iv.get("interviewee")} want {gold.get("interviewees")}')
    print('    got:  ' + ' | '.join(f'{t["role"][0]}:{" ".join(t["paragraphs"])[:40]}' for t in iv.get('turns', [])[:30]))
    print('    want: ' + ' | '.join(f'{t["role"][0]}:{t["starts"][:40]}' for t in gold['turns'][:30]))


if __name__ == '__main__':
    main()
