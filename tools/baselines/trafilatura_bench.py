#!/usr/bin/env python3
"""trafilatura on the bench's pages: `python3 trafilatura_bench.py LIST` → "MB/s median-ms"."""
import statistics
import sys
import time

import trafilatura

paths = open(sys.argv[1]).read().split('\n')
bodies = [open(p, 'rb').read() for p in paths if p]
total = sum(len(b) for b in bodies)
best = [float('inf')] * len(bodies)
start = time.perf_counter()
rounds = 3
for _ in range(rounds):
    for i, b in enumerate(bodies):
        t = time.perf_counter()
        trafilatura.extract(b, with_metadata=True)
        best[i] = min(best[i], (time.perf_counter() - t) * 1e3)
secs = (time.perf_counter() - start) / rounds
print(f'{total / 1e6 / secs:.2f} {statistics.median(best):.2f}')
