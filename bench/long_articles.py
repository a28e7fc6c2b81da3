"""How qdiff's time grows with the length of ONE article, for real prose and for hostile text.

    python bench/long_articles.py [--sizes 10,100,1000] [--timeout 60] [--commands quotes,compare]

Each command runs as a user runs it (`python -m qdiff CMD FILE`, in a subprocess, so start-up is
included and a run that never ends is stopped at the time limit). Sizes are in KB. Texts:

- `prose`: the seed articles' paragraphs, repeated until the size is reached;
- `quotes`: a line of `word "quoted ` repeated (an unclosed quotation every two words);
- `marks`: nothing but quote marks and spaces;
- `nested`: quotations nested inside one another, `"a 'b "c ...`;
- `no-spaces`: one run of letters without a space.

The table gives seconds per size, the growth from one size to the next (`x10.4` means the time
grew 10.4 times for 10 times the text: linear), and `>T` where the run was stopped. Issue 12's
floors: a 10 MB article in under 30 s for every command, and 10 times the length at most 12 times
the time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def prose(size: int) -> str:
    paragraphs = [p for s in SEEDS for p in s.read_text(encoding="utf-8").splitlines() if p]
    out: list[str] = []
    total = 0
    while total < size:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph) + 1
    return "\n".join(out)[:size]


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def nested(size: int) -> str:
    marks = ['"', "'", "“", "‘"]
    parts = [f"{marks[n % 4]}w{n} " for n in range(size // 4 + 1)]
    return "".join(parts)[:size]


TEXTS: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "quotes": repeated('word "quoted '),
    "marks": repeated('" '),
    "nested": nested,
    "no-spaces": repeated("abcdefghij"),
}


def timed(command: str, path: Path, timeout: float) -> float | None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    args = [sys.executable, "-m", "qdiff", command]
    if path.is_file():
        args.append(str(path))
    started = time.perf_counter()
    try:
        where = path.parent if path.is_file() else path
        subprocess.run(args, env=env, capture_output=True, timeout=timeout, cwd=where)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--commands", default="quotes,compare,facts")
    parser.add_argument("--texts", default=",".join(TEXTS))
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    commands = args.commands.split(",")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; limit {args.timeout:.0f} s")
    startup = timed("--version", ROOT, args.timeout) or 0.0
    print(f"start-up (qdiff --version): {startup:.2f} s, included in every figure")
    print(f"{'text':<10} {'command':<8} " + " ".join(f"{s // 1000:>12}KB" for s in sizes))
    with tempfile.TemporaryDirectory() as folder:
        for name in args.texts.split(","):
            for command in commands:
                cells: list[str] = []
                previous: float | None = None
                stopped = False
                for size in sizes:
                    if stopped:
                        cells.append(f"{'-':>14}")
                        continue
                    path = Path(folder) / f"{name}-{size}.txt"
                    path.write_text(TEXTS[name](size), encoding="utf-8")
                    seconds = timed(command, path, args.timeout)
                    if seconds is None:
                        cells.append(f"{'>' + format(args.timeout, '.0f') + ' s':>14}")
                        stopped = True
                        continue
                    growth = f" x{seconds / previous:.1f}" if previous else ""
                    cells.append(f"{seconds:.2f} s{growth}".rjust(14))
                    previous = seconds
                print(f"{name:<10} {command:<8} " + " ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
