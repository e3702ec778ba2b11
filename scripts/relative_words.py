"""CLDR's words for dates said relative to today, in every locale: datenorm/relative_words.json.

Babel carries CLDR's "in {0} days" / "{0} days ago" patterns but drops the relative names ("hier",
"vendredi dernier", "la semaine prochaine", "परसों"), so this reads both from CLDR's own JSON
release, the npm package cldr-dates-full, and keeps per locale, for each unit (day, week, month,
quarter, year, hour, minute, second, and the seven weekdays):

    names     offset -> the names CLDR gives it, wide width first ("-1": ["yesterday"])
    past      plural category -> patterns ("other": ["{0} days ago", "{0}d ago"])
    future    likewise ("other": ["in {0} days", "in {0}d"])

and, under "counts", the words for the counts 2-12 in the languages where they do not change with
the noun they count (`COUNTED_IN_WORDS`: "three days ago", "il y a trois jours", "vor drei Tagen";
Russian "два дня" but "две недели" does), from num2words.

Widths (wide, short, narrow) are merged, each string once. A regional locale is kept only where it
differs from its language's locale ("fr_CA" from "fr"), and only with the units that differ (the
rest are the language's), under Babel's spelling of its name. Run from
the project root:

    npm pack cldr-dates-full@48.2.0 && tar xzf cldr-dates-full-48.2.0.tgz
    pip install num2words==0.5.14
    python scripts/relative_words.py package/main
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "datenorm" / "relative_words.json"
UNITS = ("day", "week", "month", "quarter", "year", "hour", "minute", "second",
         "mon", "tue", "wed", "thu", "fri", "sat", "sun")
WIDTHS = ("", "-short", "-narrow")
COUNTED_IN_WORDS = ("en", "fr", "de", "es", "it", "nl", "tr", "sv", "da", "nb", "fi", "id", "vi")
NUM2WORDS_NAMES = {"nb": "no"}  # CLDR's language -> num2words
NAME = "relative-type-"
PATTERN = "relativeTimePattern-count-"


def _add(into: list[str], text: str) -> None:
    if text not in into:
        into.append(text)


def locale_words(fields: dict) -> dict:
    """One locale's relative words, by unit: its names by offset, its past and future patterns."""
    words: dict = {}
    for unit in UNITS:
        entry: dict = {"names": {}, "past": {}, "future": {}}
        for width in WIDTHS:
            field = fields.get(unit + width, {})
            for key, value in field.items():
                if key.startswith(NAME):
                    _add(entry["names"].setdefault(key[len(NAME):], []), value)
                elif key.startswith("relativeTime-type-"):
                    direction = key.rsplit("-", 1)[1]
                    for count, pattern in value.items():
                        _add(entry[direction].setdefault(count[len(PATTERN):], []), pattern)
        words[unit] = {part: value for part, value in entry.items() if value}
    return words


def build(main: Path) -> dict:
    """Every locale of the CLDR release under `main`, regional ones with the units where they differ."""
    tables = {}
    for folder in sorted(main.iterdir()):
        fields = json.loads((folder / "dateFields.json").read_text(encoding="utf-8"))
        (data,) = fields["main"].values()
        tables[folder.name] = locale_words(data["dates"]["fields"])
    kept = {}
    for name, words in tables.items():
        base = tables.get(name.split("-")[0], {})
        own = words if name == name.split("-")[0] else {unit: entry for unit, entry in words.items()
                                                         if base.get(unit) != entry}
        if own:
            kept[name.replace("-", "_")] = own
    version = json.loads((main.parent / "package.json").read_text(encoding="utf-8"))["version"]
    from num2words import num2words

    counts = {lang: {str(n): num2words(n, lang=NUM2WORDS_NAMES.get(lang, lang)) for n in range(2, 13)} for lang in COUNTED_IN_WORDS}
    return {"cldr": version, "locales": kept, "counts": counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("main", type=Path, help="the main/ folder of the cldr-dates-full package")
    table = build(parser.parse_args().main)
    OUT.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(table['locales'])} locales, CLDR {table['cldr']})")


if __name__ == "__main__":
    main()
