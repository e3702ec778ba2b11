"""datenorm beside python-dateutil and dateparser, on the same generated strings, in one run.

    python benchmarks/compare_peers.py                    # 20k English test strings
    python benchmarks/compare_peers.py --locales all      # every Babel locale (+ dateparser languages=)
    python benchmarks/compare_peers.py --distinct 2000    # a date column: 20k rows of 2,000 distinct dates
    python benchmarks/compare_peers.py --time             # datetimes: strings of `generate --times`

Each parser gets the reader's day/month order from the `order` column: datenorm as `order=`,
dateutil as dayfirst/yearfirst, dateparser as DATE_ORDER. Exact match means the whole ISO date is
right; an exception or None counts as wrong. The machine is shared and noisy: read the ratios.
datenorm and dateutil run `--repeat` interleaved rounds and keep their best; dateparser runs once.

With `--time`, about half the strings write a time of day and the label carries it
("2007-07-10T22:42", "1979-05-03T10:42:07+02:00"); datenorm reads with `time=True` and must give the
label itself. A peer's datetime is right when its date, hour, minute, second, microsecond and UTC
offset (None when the text writes no zone) are the label's, seconds and fraction 0 where the label
has none; for a date with no time, its midnight counts as right (the peers cannot answer a date
alone). Times with no date are left out (the peers fill in today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
import warnings
from pathlib import Path

from datenorm.timeofday import parse_time

warnings.filterwarnings("ignore")


def timed(fn, rows, repeat: int = 1):
    """dates/s (best of `repeat` runs: the least disturbed by other load), exact match, seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        answers = fn(rows)
        best = min(best, time.perf_counter() - start)
    exact = sum(right(a, r["iso"]) for a, r in zip(answers, rows)) / len(rows)
    return len(rows) / best, exact, best


def right(answer, label: str) -> bool:
    """Whether an answer (an ISO string, or a peer's datetime under --time) is the label."""
    if not isinstance(answer, dt.datetime):
        return answer == label
    date, part = label[:10], label[10:]
    time_of_day = parse_time(part) if part else None
    offset = answer.utcoffset()
    got = (answer.date().isoformat(), answer.hour, answer.minute, answer.second, answer.microsecond,
           None if offset is None else int(offset.total_seconds()) // 60)
    if time_of_day is None:
        return got == (date, 0, 0, 0, 0, None)
    return got == (date, time_of_day.hour, time_of_day.minute, time_of_day.second or 0,
                   int(time_of_day.fraction.ljust(6, "0")) if time_of_day.fraction else 0, time_of_day.offset_minutes)


def as_answer(value: dt.datetime | None, with_time: bool):
    """A peer's datetime as compared: itself under --time, else its ISO date."""
    if value is None:
        return None
    return value if with_time else value.date().isoformat()


def run_datenorm(model, with_time: bool = False):
    import datenorm
    import datenorm.runtime

    translator = datenorm.load_model(datenorm.runtime.model_for(model, with_time))

    def fn(rows):
        answers = [None] * len(rows)
        for order in ("DMY", "MDY", "YMD"):
            idx = [i for i, r in enumerate(rows) if r["order"] == order]
            for i, result in zip(idx, translator.translate([rows[i]["text"] for i in idx], order, time=with_time)):
                answers[i] = result.iso
        return answers

    return fn


def dateutil_fn(with_time: bool = False):
    from dateutil import parser

    def fn(rows):
        out = []
        for r in rows:
            try:
                out.append(as_answer(parser.parse(r["text"], dayfirst=r["order"] == "DMY", yearfirst=r["order"] == "YMD"),
                                     with_time))
            except (ValueError, OverflowError, TypeError):
                out.append(None)
        return out

    return fn


def cached_dateutil_fn(rows):
    """dateutil behind a memo, as a user would wrap it for a column that repeats its values."""
    import functools

    from dateutil import parser

    @functools.cache
    def parse(text, order):
        try:
            return parser.parse(text, dayfirst=order == "DMY", yearfirst=order == "YMD").date().isoformat()
        except (ValueError, OverflowError, TypeError):
            return None

    return [parse(r["text"], r["order"]) for r in rows]


def dateparser_fn(with_languages: bool, with_time: bool = False):
    import dateparser

    def fn(rows):
        out = []
        for r in rows:
            kwargs = {"languages": [r["lang"]]} if with_languages and r.get("lang") else {}
            try:
                d = dateparser.parse(r["text"], settings={"DATE_ORDER": r["order"], "PREFER_DAY_OF_MONTH": "first"}, **kwargs)
            except Exception:  # noqa: BLE001 - any failure of a peer is a wrong answer
                d = None
            out.append(as_answer(d, with_time))
        return out

    return fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="test strings (default 20000)")
    ap.add_argument("--seed", type=int, default=123)
    ap.add_argument("--locales", default=None, help="as for datenorm generate (default: English)")
    ap.add_argument("--model", default=None, help="datenorm model directory or bundled name")
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs of datenorm and dateutil, interleaved; the best of each counts (default 5)")
    ap.add_argument("--dateparser-n", type=int, default=None, help="strings for dateparser (slow; default all)")
    ap.add_argument("--distinct", type=int, default=None,
                    help="draw the --n strings (seeded, with repeats) from this many distinct ones, as a date "
                         "column holds them; dateutil also runs behind functools.cache")
    ap.add_argument("--time", action="store_true", help="strings of `generate --times`, read with their time of day")
    ap.add_argument("--exclude", action="append", type=Path, default=[],
                    help="train.tsv the model saw: its texts are kept out of the test strings (repeatable)")
    args = ap.parse_args()

    from datenorm.generate import generate, read_rows

    with tempfile.TemporaryDirectory() as tmp:
        # Whole dates only: the peers have no way to say "no day", so incomplete dates are left out.
        generate(Path(tmp), {"train": 1, "valid": 1, "test": args.distinct or args.n}, seed=args.seed,
                 locales=args.locales, exclude=args.exclude, partial_share=0.0, times=args.time)
        rows = read_rows(Path(tmp) / "test.tsv")
    print(f"{len(rows):,} strings from `datenorm generate --test {args.distinct or args.n} --seed {args.seed} "
          f"--partial-share 0{' --locales ' + args.locales if args.locales else ''}{' --times' if args.time else ''}`")
    if args.time:
        rows = [r for r in rows if not r["iso"].startswith("0000-00-00")]
        timed_rows = sum(len(r["iso"]) > 10 for r in rows)
        print(f"{len(rows):,} with a date ({timed_rows:,} of them with a time of day; times alone left out)")
    if args.distinct:
        rows = random.Random(args.seed).choices(rows, k=args.n)
        print(f"drawn {len(rows):,} times with repeats (random.Random({args.seed}).choices), as a date column")
    print()
    peers = [("datenorm.normalize", run_datenorm(args.model, args.time), rows),
             ("dateutil.parser.parse", dateutil_fn(args.time), rows)]
    if args.distinct:
        peers.insert(2, ("dateutil.parser.parse + functools.cache", cached_dateutil_fn, rows))
    sub = rows[: args.dateparser_n] if args.dateparser_n else rows
    peers.append(("dateparser.parse", dateparser_fn(False, args.time), sub))
    if args.locales:
        peers.append(("dateparser.parse(languages=[lang])", dateparser_fn(True, args.time), sub))
    results = {}
    print(f"{'parser':42s} {'n':>7s} {'dates/s':>10s} {'exact':>8s} {'seconds':>8s}")
    fast = peers[:3 if args.distinct else 2]  # datenorm and dateutil: interleaved rounds, so both see the same load
    best = {name: (0.0, 0.0, 0.0) for name, _, _ in fast}
    for _ in range(max(1, args.repeat)):
        for name, fn, data in fast:
            rate, exact, seconds = timed(fn, data)
            if rate > best[name][0]:
                best[name] = (rate, exact, seconds)
    for name, fn, data in peers:
        rate, exact, seconds = best[name] if name in best else timed(fn, data)
        results[name] = rate
        print(f"{name:42s} {len(data):7d} {rate:10,.0f} {exact:8.2%} {seconds:8.1f}", flush=True)
    base = results["datenorm.normalize"]
    print()
    for name, rate in results.items():
        if name != "datenorm.normalize":
            print(f"datenorm is {base / rate:.2f}x the speed of {name}")


if __name__ == "__main__":
    main()
