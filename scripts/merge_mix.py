"""Join the parts of a training mix (`scripts/train_default.sh`, `scripts/train_times.sh`):

    python scripts/merge_mix.py PREFIX --train all en ... --valid all en ... --test all

PREFIX/train.tsv is every train part's rows (PREFIX-<part>/train.tsv, in order, one header);
PREFIX/valid.tsv the valid rows of the --valid parts whose text is in no part's train (each part
keeps only its own valid out of its train); PREFIX/test.tsv is the --test part's.
"""

import argparse
import shutil
from pathlib import Path

from datenorm.text import normalize_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("prefix")
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--valid", nargs="+", required=True)
    ap.add_argument("--test", required=True)
    args = ap.parse_args()
    prefix = args.prefix
    out = Path(prefix)
    out.mkdir(parents=True, exist_ok=True)
    seen, header = set(), None
    with open(out / "train.tsv", "w", encoding="utf-8", newline="\n") as fh:
        for part in args.train:
            with open(f"{prefix}-{part}/train.tsv", encoding="utf-8") as rows:
                first = rows.readline()
                if header is None:
                    header = first
                    fh.write(first)
                for line in rows:
                    fh.write(line)
                    seen.add(normalize_text(line.split("\t", 1)[0]))
    with open(out / "valid.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        for part in args.valid:
            with open(f"{prefix}-{part}/valid.tsv", encoding="utf-8") as rows:
                rows.readline()
                fh.writelines(line for line in rows if normalize_text(line.split("\t", 1)[0]) not in seen)
    shutil.copy(f"{prefix}-{args.test}/test.tsv", out / "test.tsv")


if __name__ == "__main__":
    main()
