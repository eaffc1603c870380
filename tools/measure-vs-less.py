#!/usr/bin/env python3
"""Measures phongvan against `less` in a real pseudo-terminal, on the same text at 90x30.

Both show the seed interview's transcript: less the plain transcript (phongvan --plain
--width 80, the width of phongvan's reading measure), phongvan its transcript view ("t"),
which scrolls one full-width pane as less does; "another question" is measured back in the
interview view (stacked layout). Prints a table of bytes per key, start-up bytes, time to first output and
the ratios (phongvan / less). Uses ../shared/tools/ptyprobe.py (or --ptyprobe PATH).

usage: python3 tools/measure-vs-less.py [--bin target/release/phongvan] [--markdown]
"""
import argparse, importlib.util, os, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "data", "hanoimoi-2023-thanh-xuan.txt")


def load_probe(path):
    spec = importlib.util.spec_from_file_location("ptyprobe", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.probe


def run(probe, cmd, keys, env=None, runs=3):
    """Runs a key script several times; keeps each step's median bytes and the best times."""
    results = [probe(cmd, 90, 30, keys, 0.25, 10.0, None, env) for _ in range(runs)]
    steps = [statistics.median(r["steps"][i]["bytes"] for r in results) for i in range(len(keys))]
    startup = statistics.median(r["startup_bytes"] for r in results)
    first = min(r["first_output_s"] for r in results)
    return startup, first, steps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "phongvan"))
    ap.add_argument("--ptyprobe", default=os.path.join(ROOT, "..", "shared", "tools", "ptyprobe.py"))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    a = ap.parse_args()
    probe = load_probe(a.ptyprobe)
    transcript = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    transcript.write(subprocess.run([a.bin, "--plain", "--width", "80", SEED], capture_output=True, text=True, check=True).stdout)
    transcript.close()
    state = tempfile.mkdtemp()
    env = {"XDG_STATE_HOME": state, "XDG_CONFIG_HOME": state, "LANG": "C.UTF-8"}
    n = 40
    keys = ["j"] * n + [" ", "WAIT:1", "j" * 100, "q"]
    less = run(probe, ["less", transcript.name], keys, {"LANG": "C.UTF-8", "LESS": ""})
    # phongvan's transcript view ("t") shows the same text as less, in one full-width pane
    # back in the interview view the transcript hands back the question reached (the last)
    pv = run(probe, [a.bin, "--no-state", SEED], ["t"] + keys[:-1] + ["t", "Left", "q"], env)
    pv = (pv[0], pv[1], pv[2][1:n + 3] + pv[2][n + 4:])
    rows = [
        ("start-up bytes", less[0], pv[0]),
        ("time to first output (ms)", round(less[1] * 1000, 1), round(pv[1] * 1000, 1)),
        (f"one-line scroll, mean bytes of {n}", statistics.mean(less[2][:n]), statistics.mean(pv[2][:n])),
        (f"one-line scroll, worst bytes of {n}", max(less[2][:n]), max(pv[2][:n])),
        ("page (Space) bytes", less[2][n], pv[2][n]),
        ("idle 1 s bytes", less[2][n + 1], pv[2][n + 1]),
        ("100 queued ↓ in one burst, bytes", less[2][n + 2], pv[2][n + 2]),
        ("another question (←) bytes", "–", pv[2][n + 3]),
    ]
    os.unlink(transcript.name)
    fmt = "| {} | {} | {} | {} |" if a.markdown else "{:<36} {:>10} {:>10} {:>8}"
    print(fmt.format("at 90x30", "less", "phongvan", "ratio"))
    if a.markdown:
        print("| --- | ---: | ---: | ---: |")
    for name, l, p in rows:
        ratio = f"{p / l:.2f}" if isinstance(l, (int, float)) and l else "–"
        show = lambda v: f"{v:.0f}" if isinstance(v, float) and v >= 10 else str(v)
        print(fmt.format(name, show(l), show(p), ratio))


if __name__ == "__main__":
    sys.exit(main())
