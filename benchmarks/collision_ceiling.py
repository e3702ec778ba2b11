"""The best exact match any reader could reach *without knowing the language*, per language.

Some words are different months in different languages (Polish "listopada" is November, Croatian
"listopada" October). This groups generated rows by their normalised text with the day and year
masked (so "7 listopada 2019" and "9 listopada 1950" are one group) and the order hint, and counts
a row right when its month is the group's most frequent month: the Bayes-optimal answer without a
language hint. Languages below 100% have words no hint-free model can always read right.

    python benchmarks/collision_ceiling.py data/all/train.tsv data/all2/train.tsv [--show 45]
"""

import argparse
import re
from collections import Counter, defaultdict

from datenorm.generate import read_rows
from datenorm.text import normalize_text


def masked(text: str, iso: str) -> str | None:
    """`text` with its year and day replaced by Y/y/D; None when they could be confused with the month."""
    year, month, day = iso.split("-")
    if "00" in (month, day) or year == "0000" or int(day) == int(month) or int(year[2:]) in (int(day), int(month)):
        return None  # incomplete dates, and rows whose numbers cannot be told apart
    text = re.sub(rf"(?<!\d){year}(?!\d)", "Y", text)
    text = re.sub(rf"(?<!\d){year[2:]}(?!\d)", "y", text)
    return re.sub(rf"(?<!\d)0?{int(day)}(?!\d)", "D", text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", type=int, default=45, help="languages to print, lowest ceiling first")
    args = ap.parse_args()
    months: dict[tuple, Counter] = defaultdict(Counter)
    rows = []
    for path in args.files:
        for row in read_rows(path):
            key = masked(normalize_text(row["text"]), row["iso"])
            if key is not None:
                key = (key, row["order"])
                months[key][row["iso"][5:7]] += 1
                rows.append((key, row["iso"][5:7], row["lang"]))
    total, right = Counter(), Counter()
    examples: dict[str, Counter] = defaultdict(Counter)
    for key, month, lang in rows:
        total[lang] += 1
        best = months[key].most_common(1)[0]
        if months[key][month] == best[1]:
            right[lang] += 1
        else:
            examples[lang][(key[0], month, best[0])] += 1
    ranked = sorted((right[lang] / total[lang], lang) for lang in total)
    print(f"{len(rows):,} rows, {len(total)} languages; below 99%: {sum(c < 0.99 for c, _ in ranked)}")
    for ceiling, lang in ranked[:args.show]:
        shown = ", ".join(f"{t!r} is {m} not {b}" for (t, m, b), _ in examples[lang].most_common(2))
        print(f"{lang:6s} {total[lang]:7d}  ceiling {ceiling:.3%}  {shown}")


if __name__ == "__main__":
    main()
