"""Write docs/languages.md from two `datenorm evaluate --json` reports of the same split: one with
language hints (the file's `lang` column, the default) and one with `--no-lang-hint`.

    datenorm evaluate data/fresh3/test.tsv --json > runs/fresh3_hint.json
    datenorm evaluate data/fresh3/test.tsv --json --no-lang-hint > runs/fresh3_nohint.json
    python docs/languages_table.py runs/fresh3_hint.json runs/fresh3_nohint.json "COMMANDS" > docs/languages.md
"""

import json
import sys


def main() -> None:
    hint, plain = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
    commands = sys.argv[3] if len(sys.argv) > 3 else ""
    with_hint = {g["group"]: g for g in hint["by_group"]["lang"]}
    without = {g["group"]: g for g in plain["by_group"]["lang"]}
    langs = sorted(with_hint, key=lambda g: (-with_hint[g]["n"], g))
    below = [g for g in langs if with_hint[g]["exact"] < 0.99]
    below_plain = [g for g in langs if without[g]["exact"] < 0.99]
    print("# Exact match per language\n")
    print("`models/default` on a fresh `--locales all` test split that no model has trained on:\n")
    print(f"```bash\n{commands}\n```\n")
    print(f"- With the language hint (each row's `lang`, as `datenorm evaluate` gives it by default): "
          f"**{hint['exact']:.3%}** exact match overall, {hint['char_acc']:.3%} per character; "
          f"{len(langs)} languages, the smallest with {min(g['n'] for g in with_hint.values())} rows; "
          f"languages below 99%: {len(below)}{' (' + ', '.join(below) + ')' if below else ''}.")
    print(f"- Without it (`--no-lang-hint`): **{plain['exact']:.3%}** overall; languages below 99%: "
          f"{len(below_plain)}{' (' + ', '.join(below_plain) + ')' if below_plain else ''}.\n")
    print("| lang | n | exact, hint | exact, no hint | lang | n | exact, hint | exact, no hint |")
    print("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    cells = [f"{g} | {with_hint[g]['n']} | {with_hint[g]['exact']:.1%} | {without[g]['exact']:.1%}" for g in langs]
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2] + [" |  |  | "] * (2 - len(cells[i:i + 2]))
        print("| " + " | ".join(pair) + " |")


if __name__ == "__main__":
    main()
