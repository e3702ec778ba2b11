"""What `--lang auto` is worth: the rows of a labelled TSV made into columns and read three ways,
without hints, with `lang="auto"` (each column's language worked out from its month names) and
with each row's true language:

    python benchmarks/column_language.py data/calib-all/valid.tsv            # one column per language
    python benchmarks/column_language.py data/calib-all/valid.tsv --pairs    # two languages a column
    python benchmarks/column_language.py data/calib4-en/valid.tsv --size 500 # English, 500 a column

Prints exact match, misses and misses given as valid for each way, and how often the language
found was the column's own (or its first language's, for --pairs), another, or none.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from pathlib import Path

from datenorm.evaluate import read_labelled, score
from datenorm.runtime import load_model


def columns(rows: list[dict], pairs: bool, size: int | None, seed: int) -> list[list[dict]]:
    if size:
        return [rows[i:i + size] for i in range(0, len(rows), size)]
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_lang[row.get("lang") or ""].append(row)
    langs = sorted(by_lang)
    if not pairs:
        return [by_lang[lang] for lang in langs]
    random.Random(seed).shuffle(langs)
    return [by_lang[a] + by_lang[b] for a, b in zip(langs[::2], langs[1::2])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="TSV with text, iso, order and lang columns")
    parser.add_argument("--model", default=None)
    parser.add_argument("--pairs", action="store_true", help="columns of two languages each")
    parser.add_argument("--size", type=int, default=None, help="columns of this many rows, in file order")
    parser.add_argument("--seed", type=int, default=0, help="seed for pairing the languages")
    args = parser.parse_args()
    translator = load_model(args.model)
    cols = columns(read_labelled(args.file), args.pairs, args.size, args.seed)
    found: Counter = Counter()
    for col in cols:
        lang = translator.column_language(row["text"] for row in col)[0]
        found["its own" if lang == col[0].get("lang") else "none" if lang is None else "another"] += 1
    n = sum(len(col) for col in cols)
    for way in ("no hint", "auto", "true language"):
        right = misses = silent = 0
        for col in cols:
            rows = [{**row, "lang": "auto"} for row in col] if way == "auto" else col
            report = score(translator, rows, errors=len(rows), lang_hint=way != "no hint")
            right += round(report["exact"] * len(rows))
            misses += len(report["errors"])
            silent += sum(1 for e in report["errors"] if e["got"] is not None)
        print(f"{way:14} {right / n:.4%}  ({misses} misses, {silent} given as valid)")
    print(f"{len(cols)} columns, {n} rows; language found: " + ", ".join(f"{k} {v}" for k, v in found.most_common()))


if __name__ == "__main__":
    main()
