"""How the LiteRT batch size (datenorm.runtime.DEFAULT_BATCH) and the stream's chunk (DEFAULT_CHUNK,
rows normalised and judged at a time, split over the length buckets) trade per-call overhead for
cache misses: dates/s of `Translator.stream` on the same generated strings, every pair of sizes in
interleaved rounds, best round kept (the machine is shared: compare the rows of one run).

    python benchmarks/batch_size.py [--n 20000] [--model en] [--sizes 512,1024] [--chunks 4096,16384]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--model", default=None)
    ap.add_argument("--sizes", default="256,512,1024,2048")
    ap.add_argument("--chunks", default="4096,16384")
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()

    import datenorm.runtime as runtime
    from datenorm.generate import generate, read_rows

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), {"train": 1, "valid": 1, "test": args.n}, seed=5, partial_share=0.0)
        rows = read_rows(Path(tmp) / "test.tsv")
    translator = runtime.load_model(args.model)
    by_order: dict[str, list[str]] = {}
    for row in rows:
        by_order.setdefault(row["order"], []).append(row["text"])
    translator.translate([r["text"] for r in rows[:500]], "DMY")  # warm up every bucket
    grid = [(size, chunk) for size in map(int, args.sizes.split(",")) for chunk in map(int, args.chunks.split(","))]
    best = dict.fromkeys(grid, float("inf"))
    for _ in range(args.repeat):
        for size, chunk in grid:
            runtime.DEFAULT_BATCH = size
            start = time.perf_counter()
            for order, texts in by_order.items():  # as benchmarks/compare_peers.py calls it
                list(translator.stream(texts, order, chunk=chunk))
            best[size, chunk] = min(best[size, chunk], time.perf_counter() - start)
    print(f"{'batch':>6s} {'chunk':>7s} {'dates/s':>10s}")
    for size, chunk in grid:
        print(f"{size:6d} {chunk:7d} {len(rows) / best[size, chunk]:10,.0f}")


if __name__ == "__main__":
    main()
