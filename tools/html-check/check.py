#!/usr/bin/env python3
"""Title, author and date of phongvan on Mozilla Readability's test pages in
../shared/corpus/html/readability (against each page's expected-metadata.json), and the
turns it finds on the Q&A pages in ../shared/corpus/html/interviews.

Run after `cargo build --release`: `python3 tools/html-check/check.py [-v]`.
The pages are read from the shared corpus; nothing of them is kept in this repository.
"""
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / 'shared' / 'corpus' / 'html'
BIN = pathlib.Path(__import__('os').environ.get('PHONGVAN', ROOT / 'target' / 'release' / 'phongvan'))
VERBOSE = '-v' in sys.argv


def norm(s):
    s = unicodedata.normalize('NFKC', s or '').lower()
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
    s = re.sub(r'[\u2010-\u2015]', '-', s)
    s = re.sub(r'^(by|von)\s+', '', s.strip())
    return ' '.join(s.split())


def run(path):
    out = subprocess.run([str(BIN), '--json', str(path)], capture_output=True, timeout=60)
    line = out.stdout.decode('utf-8', 'replace').splitlines()
    return json.loads(line[0]) if line else {}


def same_author(got, want):
    g, w = norm(got), norm(want)
    return bool(g) and (g == w or g in w or w in g)


def metadata():
    totals = {'title': [0, 0], 'author': [0, 0], 'date': [0, 0]}
    for page in sorted((CORPUS / 'readability').iterdir()):
        want = json.loads((page / 'expected-metadata.json').read_text())
        got = run(page / 'source.html')
        checks = {
            'title': (want.get('title'), lambda g, w: norm(g) == norm(w), got.get('title')),
            'author': (want.get('byline'), same_author, got.get('author')),
            'date': (want.get('publishedTime'), lambda g, w: (g or '')[:10] == w[:10], got.get('published')),
        }
        for field, (w, ok, g) in checks.items():
            if not w:
                continue
            totals[field][1] += 1
            right = ok(g, w)
            totals[field][0] += right
            if VERBOSE and not right:
                print(f'  {page.name:<40} {field:<6} got {g!r}  want {w!r}')
    for field, (right, n) in totals.items():
        print(f'{field:<7} {right}/{n}')


def interviews():
    for page in sorted((CORPUS / 'interviews').iterdir()):
        got = run(page)
        roles = [t['role'][0] for t in got.get('turns', [])]
        print(f'{page.name:<45} {len(roles):>3} turns  {"".join(roles)[:60]}  {got.get("title")!r}'[:160])


if __name__ == '__main__':
    metadata()
    interviews()
