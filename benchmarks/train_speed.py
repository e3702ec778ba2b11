"""Training speed from scratch with the default config: seconds per epoch and the time to reach 99%
and 99.9% validation exact match.

    python benchmarks/train_speed.py [--train 20000] [--epochs 10] [--seed 0]

It runs `datenorm generate --train N --valid 1000 --test 1000` and then `datenorm train` with the
project defaults, exactly as a user would, and reads the per-epoch history the trainer writes.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=int, default=20000)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    from datenorm.generate import generate
    from datenorm.train import TrainOptions, train

    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "data", Path(tmp) / "model"
        wall = time.perf_counter()
        generate(data, {"train": args.train, "valid": 1000, "test": 1000}, seed=args.seed)
        generated = time.perf_counter() - wall
        metrics = train(data, out, TrainOptions(epochs=args.epochs, verbose=False, patience=args.epochs,
                                                overrides={"seed": args.seed}))
        wall = time.perf_counter() - wall
        history = list(csv.DictReader((out / "history.csv").open()))
        config = json.loads((out / "config.json").read_text())

    print(f"default config: tx={config['tx']} n_a={config['n_a']} n_s={config['n_s']} "
          f"embedding={config['embedding_dim']} attention={config['attention_units']} batch={config['batch_size']}")
    print(f"{args.train:,} training rows; generate {generated:.1f} s")
    previous = 0.0
    for row in history:
        seconds = float(row["seconds"])
        print(f"epoch {row['epoch']:>2}: {seconds - previous:6.1f} s   valid exact {float(row['valid_exact']):.2%}")
        previous = seconds
    for target in (0.99, 0.999):
        hit = next((float(r["seconds"]) for r in history if float(r["valid_exact"]) >= target), None)
        print(f"time to {target:.1%} valid exact: " + (f"{hit:.0f} s" if hit is not None else "not reached"))
    print(f"test exact {metrics['test_exact']:.2%}; whole run (generate + train + export + evaluate): {wall:.0f} s")


if __name__ == "__main__":
    main()
