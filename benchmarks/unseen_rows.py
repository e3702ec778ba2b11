"""The rows of a labelled TSV whose text no model being compared was trained on, so that a split
generated before a model's training data can still judge it fairly:

    python benchmarks/unseen_rows.py data/calib5/valid.tsv data/one/train.tsv data/two/train.tsv \
        > data/calib5/unseen.tsv

Texts are compared as the model reads them (`normalize_text`). Prints how many rows were kept on
stderr.
"""

from __future__ import annotations

import argparse
import sys

from datenorm.generate import read_rows
from datenorm.text import normalize_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", help="labelled TSV to filter")
    parser.add_argument("train", nargs="+", help="training TSVs whose texts are left out")
    args = parser.parse_args()
    seen: set[str] = set()
    for path in args.train:
        seen.update(normalize_text(row["text"]) for row in read_rows(path))
    with open(args.split, encoding="utf-8") as fh:
        header = fh.readline()
        sys.stdout.write(header)
        kept = total = 0
        for line in fh:
            total += 1
            if normalize_text(line.split("\t", 1)[0]) not in seen:
                kept += 1
                sys.stdout.write(line)
    print(f"kept {kept:,} of {total:,} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
