"""How the LiteRT batch size (datenorm.runtime.DEFAULT_BATCH) trades per-call overhead for cache
misses: dates/s of `Translator.translate` on the same generated strings for several batch sizes.

    python benchmarks/batch_size.py [--n 20000] [--model default]
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
    ap.add_argument("--sizes", default="32,64,128,256,512,1024")
    args = ap.parse_args()

    import datenorm.runtime as runtime
    from datenorm.generate import generate, read_rows

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), {"train": 1, "valid": 1, "test": args.n}, seed=5)
        rows = read_rows(Path(tmp) / "test.tsv")
    translator = runtime.load_model(args.model)
    texts = [r["text"] for r in rows]
    translator.translate(texts[:500], "DMY")  # warm up every bucket
    print(f"{'batch':>6s} {'dates/s':>10s}")
    for size in (int(s) for s in args.sizes.split(",")):
        runtime.DEFAULT_BATCH = size
        start = time.perf_counter()
        translator.translate(texts, "DMY")
        print(f"{size:6d} {len(texts) / (time.perf_counter() - start):10,.0f}", flush=True)


if __name__ == "__main__":
    main()
