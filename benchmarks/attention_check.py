"""Does the attention look where a reader would? For dates whose year is written once in full, the
share of year digits (output characters 1-4) whose strongest attention falls inside that year.

    python benchmarks/attention_check.py data/fresh12-en/test.tsv [--model NAME] [--n 400]

A model can read dates right while its attention parks on a delimiter (the LSTM state carries the
year there); such heatmaps explain nothing, so this is how the shipped models were checked.
"""

from __future__ import annotations

import argparse
import re

import numpy as np

from datenorm.attention import attention_map
from datenorm.evaluate import read_labelled
from datenorm.runtime import load_model
from datenorm.text import normalize_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--model", default=None)
    parser.add_argument("--n", type=int, default=400)
    args = parser.parse_args()
    model = load_model(args.model)
    looked = total = dates = 0
    for row in read_labelled(args.file):
        text, year = normalize_text(row["text"]), row["iso"][:4]
        spans = [m.span() for m in re.finditer(rf"(?<![0-9]){year}(?![0-9])", text)]
        if year == "0000" or len(spans) != 1 or len(text) > model.config.tx:
            continue
        lang = (row.get("lang") or None) if model.config.langs else None
        amap = attention_map(row["text"], model=model, order=row.get("order") or None, lang=lang)
        start, end = spans[0]
        looked += sum(start <= int(np.argmax(amap.weights[t])) < end for t in range(4))
        total += 4
        dates += 1
        if dates == args.n:
            break
    print(f"{looked / total:.1%} of {total} year digits look inside the year ({dates} dates, {args.file})")


if __name__ == "__main__":
    main()
