"""Where a model's time goes, and how far its network is from this machine's arithmetic limit.

    python benchmarks/profile.py                      # the bundled models, 20k English test strings
    python benchmarks/profile.py --locales all        # strings of every locale
    python benchmarks/profile.py --models default --n 50000

One process, one core (DATENORM_WORKERS=1, a one-thread interpreter): the shares add up, and a
second core doubles what the network and the checks each give. For each model, on the same fresh
strings (`datenorm generate --test N --seed S --partial-share 0`, as `compare_peers.py`):

- the time of `Translator.translate` over them (best of `--repeat`), split into the network (the
  LiteRT calls), encoding (texts to ids), decoding (argmax to characters) and the checks (all the
  rest: normalising, prechecks, the witness, second readings); and the I/O a file costs around it
  (`lines.read_lines` over the file's bytes, and the TSV line `datenorm translate --format tsv`
  writes for each answer);
- the multiply-adds the network does per date, counted from its config (an LSTM step is 4 gates of
  `units x (inputs + units)`; the attention's keys once per text, its query, energies and context
  per output step), at the length bucket each string is read in;
- the float32 matrix-multiply peak of this core (numpy, one thread, a 512 x 512 product), and so
  the network's limit on this core (dates/s if every multiply-add ran at that peak) beside what
  it does.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ["DATENORM_WORKERS"] = "1"  # before datenorm is imported: one process, the shares are its own
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402


def strings(n: int, seed: int, locales: str | None) -> list[dict]:
    from datenorm.generate import generate, read_rows

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), {"train": 1, "valid": 1, "test": n}, seed=seed, locales=locales, partial_share=0.0)
        return read_rows(Path(tmp) / "test.tsv")


def macs_per_date(config, length: int, steps: int = 10) -> int:
    """Multiply-adds of one text of `length` tokens (its bucket and the hint tokens) through the
    network of `config` for `steps` output characters."""
    inputs = config.embedding_dim + (config.lang_dim if config.langs else 0)
    encoder = 2 * length * 4 * config.n_a * (inputs + config.n_a)  # forward and backward LSTM
    keys = length * 2 * config.n_a * config.attention_units
    per_step = (config.n_s * config.attention_units  # query
                + length * config.attention_units  # energies
                + length * 2 * config.n_a  # context
                + 4 * config.n_s * (2 * config.n_a + config.n_s)  # decoder LSTM
                + config.n_s * len(config.output_chars))  # output
    return encoder + keys + steps * per_step


def matmul_peak(size: int = 512, seconds: float = 1.0) -> float:
    """Multiply-adds per second of a float32 size x size product on one thread, best of a second's runs."""
    a = np.random.default_rng(0).random((size, size), dtype=np.float32)
    b = np.random.default_rng(1).random((size, size), dtype=np.float32)
    best, end = float("inf"), time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - start)
    return size ** 3 / best


class Timers:
    """Seconds spent in wrapped functions, by name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, owner, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start

        setattr(owner, attribute, timed)


def profile(model: str, rows: list[dict], repeat: int) -> dict:
    from datenorm.config import ModelConfig
    from datenorm.runtime import Translator, model_for, resolve_model_dir

    translator = Translator.from_dir(resolve_model_dir(model_for(model, False)), threads=1, workers=1)
    config = translator.config
    by_order: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_order[row["order"]].append(row["text"])

    def read() -> list:
        return [r for order, texts in by_order.items() for r in translator.translate(texts, order)]

    read()  # the interpreter's first calls and the caches of the checks
    best = None
    for _ in range(repeat):
        timers = Timers()
        originals = (translator.engine.run, ModelConfig.encode, ModelConfig.decode)
        timers.wrap(translator.engine, "run", "network")
        timers.wrap(ModelConfig, "encode", "encoding")
        timers.wrap(ModelConfig, "decode", "decoding")
        start = time.perf_counter()
        results = read()
        total = time.perf_counter() - start
        translator.engine.run, ModelConfig.encode, ModelConfig.decode = originals
        if best is None or total < best[0]:
            best = (total, dict(timers.seconds), results)
    total, seconds, results = best
    ordered = [row for order in by_order for row in rows if row["order"] == order]  # as `read` answers them
    exact = sum(result.iso == row["iso"] for result, row in zip(results, ordered))
    io_seconds = _io_seconds([row["text"] for row in ordered], results)
    lengths = [config.bucket_for(len(row["text"])) + config.prefix for row in rows if len(row["text"]) <= config.tx]
    return {"model": model, "n": len(rows), "total": total, "exact": exact / len(rows), "io": io_seconds,
            "network": seconds.get("network", 0.0), "encoding": seconds.get("encoding", 0.0),
            "decoding": seconds.get("decoding", 0.0),
            "macs": sum(macs_per_date(config, length) for length in lengths) / len(lengths),
            "params": _params(config)}


def _params(config) -> int:
    inputs = config.embedding_dim + (config.lang_dim if config.langs else 0)
    return (config.vocab_size * config.embedding_dim + 2 * 4 * config.n_a * (inputs + config.n_a + 1)
            + 2 * config.n_a * config.attention_units + (config.n_s + 1) * config.attention_units
            + config.attention_units + 1 + 4 * config.n_s * (2 * config.n_a + config.n_s + 1)
            + (config.n_s + 1) * len(config.output_chars))


def _io_seconds(texts: list[str], results: list) -> float:
    """Reading the texts as a file's lines and writing each answer's TSV line, as `datenorm
    translate --input FILE --format tsv` does around the reading."""
    from datenorm.cli import OutputFormat, _write_answer
    from datenorm.lines import read_lines

    data = ("\n".join(texts) + "\n").encode()
    start = time.perf_counter()
    lines = [line.text for line in read_lines(io.BytesIO(data))]
    out = io.StringIO()
    for number, result in enumerate(results, 1):
        _write_answer(out, number, result, OutputFormat.tsv)
    out.getvalue().encode()
    assert len(lines) == len(results)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=123)
    ap.add_argument("--locales", default=None, help="as for datenorm generate (default: English)")
    ap.add_argument("--models", nargs="+", default=["default", "en", "datetime"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    rows = strings(args.n, args.seed, args.locales)
    peak = matmul_peak()
    print(f"{len(rows):,} strings (seed {args.seed}{', locales ' + args.locales if args.locales else ', English'}); "
          f"one core; float32 matmul peak {peak / 1e9:.1f} G multiply-adds/s\n")
    print(f"| model | parameters | dates/s | exact | network | encoding | decoding | checks | I/O | "
          f"multiply-adds per date | network limit, dates/s | network at |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for model in args.models:
        p = profile(model, rows, args.repeat)
        total = p["total"]
        checks = total - p["network"] - p["encoding"] - p["decoding"]
        limit = peak / p["macs"]
        achieved = p["n"] / p["network"] if p["network"] else float("nan")
        share = lambda seconds: f"{seconds / (total + p['io']):.0%}"  # noqa: E731
        print(f"| {model} | {p['params']:,} | {p['n'] / total:,.0f} | {p['exact']:.2%} | {share(p['network'])} | "
              f"{share(p['encoding'])} | {share(p['decoding'])} | {share(checks)} | {share(p['io'])} | "
              f"{p['macs'] / 1e6:.2f} M | {limit:,.0f} | {achieved:,.0f} ({achieved / limit:.0%}) |", flush=True)


if __name__ == "__main__":
    main()
