#!/usr/bin/env python3
"""Lists Rust functions longer than a limit (default 40 lines): `python3 tools/fn-lengths.py [N]`."""
import pathlib, re, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 40
for path in sorted(pathlib.Path('.').glob('**/*.rs')):
    if 'target' in path.parts:
        continue
    lines = path.read_text().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'^(\s*)(pub(\([a-z]+\))? )?(async )?(unsafe )?(extern "C" )?fn (\w+)', line)
        if not m or line.rstrip().endswith(';'):
            continue
        indent = m.group(1)
        for j in range(i + 1, len(lines)):
            if lines[j] == indent + '}':
                if j - i + 1 > limit:
                    print(f'{path}:{i + 1}: {m.group(7)} {j - i + 1} lines')
                break
