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

Widths (wide, short, narrow) are merged, each string once; a weekday's narrow forms ("last F", "in 2
W", read as weeks) are left out. CLDR gives a language without relative words of its own the root
locale's ("+{0} d", "last Friday"), which no one writing that language writes: a string that is the
root's for its field (the one most languages share) is kept in English only. A regional locale is kept only where it
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
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "datenorm" / "relative_words.json"
UNITS = ("day", "week", "month", "quarter", "year", "hour", "minute", "second",
         "mon", "tue", "wed", "thu", "fri", "sat", "sun")
WIDTHS = ("", "-short", "-narrow")
COUNTED_IN_WORDS = ("en", "fr", "de", "es", "it", "nl", "tr", "sv", "da", "nb", "id", "vi")
NUM2WORDS_NAMES = {"nb": "no"}  # CLDR's language -> num2words
NAME = "relative-type-"
PATTERN = "relativeTimePattern-count-"


def _add(into: list[str], text: str) -> None:
    if text not in into:
        into.append(text)


WEEKDAY_UNITS = UNITS[8:]
ROOT_SHARE = 0.3  # of the languages: a field's string that many share is the root locale's


def _strings(fields: dict):
    """(unit, width, key, count or None, string) of every relative string of a locale's fields."""
    for unit in UNITS:
        for width in WIDTHS:
            if unit in WEEKDAY_UNITS and width == "-narrow":
                continue
            for key, value in fields.get(unit + width, {}).items():
                if key.startswith(NAME):
                    yield unit, width, key, None, value
                elif key.startswith("relativeTime-type-"):
                    for count, pattern in value.items():
                        yield unit, width, key, count, pattern


def locale_words(fields: dict, root: set[tuple]) -> dict:
    """One locale's relative words, by unit: its names by offset, its past and future patterns; none
    of the `root` strings (unit, width, key, count, string), no pattern filed under both directions
    (CLDR's Arabic "خلال {0} أشهر", in N months, is also a past one) and none with digits of its own."""
    directions: dict[tuple[str, str], set[str]] = {}
    for unit, _, key, count, text in _strings(fields):
        if count is not None:
            directions.setdefault((unit, text), set()).add(key.rsplit("-", 1)[1])
    words: dict = {unit: {"names": {}, "past": {}, "future": {}} for unit in UNITS}
    for unit, width, key, count, text in _strings(fields):
        if (unit, width, key, count, text) in root:
            continue
        if count is not None and (len(directions[unit, text]) > 1 or any(c.isdigit() for c in text.replace("{0}", ""))):
            continue
        if count is None:
            _add(words[unit]["names"].setdefault(key[len(NAME):], []), text)
        else:
            _add(words[unit][key.rsplit("-", 1)[1]].setdefault(count[len(PATTERN):], []), text)
    return {unit: {part: value for part, value in entry.items() if value} for unit, entry in words.items()
            if any(entry.values())}


def root_strings(languages: dict[str, dict]) -> set[tuple]:
    """The strings CLDR's root locale gives each field: those a share of the languages all have."""
    counts = Counter(found for fields in languages.values() for found in set(_strings(fields)))
    return {found for found, n in counts.items() if n >= ROOT_SHARE * len(languages)}


def build(main: Path) -> dict:
    """Every locale of the CLDR release under `main`, regional ones with the units where they differ."""
    fields = {}
    for folder in sorted(main.iterdir()):
        (data,) = json.loads((folder / "dateFields.json").read_text(encoding="utf-8"))["main"].values()
        if folder.name != "und":  # the root locale itself
            fields[folder.name] = data["dates"]["fields"]
    root = root_strings({name: f for name, f in fields.items() if "-" not in name})
    tables = {name: locale_words(f, set() if name.split("-")[0] == "en" else root) for name, f in fields.items()}
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
    # the words of 1-99, one by one: a number word left beside a relative date is a count it leaves out
    numbers = {lang: sorted({word for n in range(1, 100)
                             for word in num2words(n, lang=NUM2WORDS_NAMES.get(lang, lang)).replace("-", " ").split()})
               for lang in COUNTED_IN_WORDS}
    return {"cldr": version, "locales": kept, "counts": counts, "numbers": numbers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("main", type=Path, help="the main/ folder of the cldr-dates-full package")
    table = build(parser.parse_args().main)
    OUT.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(table['locales'])} locales, CLDR {table['cldr']})")


if __name__ == "__main__":
    main()
