"""The per-language table of docs/languages.md from two `datenorm evaluate --json` reports of the
same split, one with language hints and one without:

    datenorm evaluate data/fresh12/test.tsv --json > runs/hint.json
    datenorm evaluate data/fresh12/test.tsv --json --no-lang-hint > runs/nohint.json
    python benchmarks/language_table.py runs/hint.json runs/nohint.json

Prints the overall figures, the languages below 99% (with at least --min-rows rows) and a markdown
table of every language, two per row, largest first.
"""

from __future__ import annotations

import argparse
import json


def by_language(report: dict) -> dict[str, dict]:
    return {g["group"]: g for g in report["by_group"]["lang"]}


def below(groups: dict[str, dict], bar: float, min_rows: int) -> list[str]:
    low = [g for g in groups.values() if g["n"] >= min_rows and g["exact"] < bar]
    return [f"{g['group']} {g['exact']:.1%} ({g['n'] - round(g['exact'] * g['n'])} of {g['n']})"
            for g in sorted(low, key=lambda g: (g["exact"], g["group"]))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("hint", help="evaluate --json report with language hints")
    parser.add_argument("nohint", help="evaluate --json report with --no-lang-hint")
    parser.add_argument("--bar", type=float, default=0.99)
    parser.add_argument("--min-rows", type=int, default=20)
    args = parser.parse_args()
    with open(args.hint, encoding="utf-8") as fh:
        hint = json.load(fh)
    with open(args.nohint, encoding="utf-8") as fh:
        nohint = json.load(fh)
    with_hint, without = by_language(hint), by_language(nohint)
    rows = min(g["n"] for g in with_hint.values())
    print(f"with hints: {hint['exact']:.3%} exact, {hint['char_acc']:.3%} per character; {len(with_hint)} languages, "
          f"the smallest with {rows} rows")
    for name, groups in (("with hints", with_hint), ("without hints", without)):
        low = below(groups, args.bar, args.min_rows)
        print(f"{name}: {len(low)} languages below {args.bar:.0%}: {', '.join(low) or 'none'}")
    print(f"without hints: {nohint['exact']:.3%} exact\n")
    order = sorted(with_hint.values(), key=lambda g: (-g["n"], g["group"]))
    print("| lang | n | exact, hint | exact, no hint | lang | n | exact, hint | exact, no hint |")
    print("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    cells = [f"{g['group']} | {g['n']} | {g['exact']:.1%} | {without[g['group']]['exact']:.1%}" for g in order]
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2] + ([" |  |  | "] if i + 1 >= len(cells) else [])
        print(f"| {pair[0]} | {pair[1]} |")


if __name__ == "__main__":
    main()
