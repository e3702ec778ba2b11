"""Cold start of `datenorm translate "3 May 1979"` as a fresh process: median wall time and peak memory.

    python benchmarks/cold_start.py [--runs 15] [--model DIR] [--text "3 days ago"]

Targets (#27): <= 0.3 s median and <= 150 MB peak RSS for one date. `python -c pass` is timed
alongside, so the interpreter's own start-up can be told apart from datenorm's. datenorm's bytecode
is compiled first, as pip leaves an installed package (an editable install under
PYTHONDONTWRITEBYTECODE would otherwise compile every module from source in every run). A relative text
(`--text "3 days ago"`) loads the model that writes relative dates and its phrases too.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def measure(cmd: list[str], runs: int) -> tuple[float, float]:
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()}")
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return statistics.median(times), peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--model", default=None)
    ap.add_argument("--text", default="3 May 1979")
    args = ap.parse_args()
    import compileall

    import datenorm

    compileall.compile_dir(str(Path(datenorm.__file__).parent), quiet=1)
    exe = shutil.which("datenorm")
    cmd = [exe] if exe else [sys.executable, "-m", "datenorm"]
    cmd += ["translate", args.text] + (["--model", args.model] if args.model else [])
    out = subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
    base, _ = measure([sys.executable, "-c", "pass"], args.runs)
    median, peak = measure(cmd, args.runs)
    print(f"command: {' '.join(cmd)}  ->  {out}")
    print(f"median wall time over {args.runs} runs: {median:.3f} s  (python -c pass: {base:.3f} s)")
    print(f"peak RSS (max over runs): {peak:.0f} MB")
    print(f"targets: <= 0.3 s {'OK' if median <= 0.3 else 'MISSED'}, <= 150 MB {'OK' if peak <= 150 else 'MISSED'}")


if __name__ == "__main__":
    main()
