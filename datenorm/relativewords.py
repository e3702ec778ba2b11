"""CLDR's words for dates said relative to today, and the texts the generator writes with them.

relative_words.json (built by scripts/relative_words.py from CLDR's own JSON release, since Babel
drops the relative names) holds, per locale and unit (day, week, month, quarter, year, hour, minute,
second, mon ... sun), the names CLDR gives each offset ("hier", "vendredi dernier", "la semaine
prochaine") and the past and future patterns by plural category ("il y a {0} jours"); and the words
for the counts 2-12 in the languages where a count does not change with its noun.

`RelativeTexts(locale)` draws (format id, text, canonical form) triples of one locale: a name, or a
pattern with its count in digits (in words, in the language's wide patterns, where it has them), and the form of
`datenorm.relative` the text stands for. A name CLDR gives two offsets in one locale (Hindi "कल" is
yesterday and tomorrow, Danish "på fredag" this and next Friday) stands for neither and is not drawn.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from pathlib import Path

from babel import Locale

from datenorm.relative import WEEKDAYS

WORDS_FILE = Path(__file__).with_name("relative_words.json")
WEEKDAY_UNITS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # CLDR's keys, in WEEKDAYS' order
DATE_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
CLOCK_UNITS = {"hour": "H", "minute": "M", "second": "S"}
PERIOD_UNITS = {"week": "W", "month": "M", "year": "Y"}
# The largest count drawn per unit: what people count in that unit before they name a date instead
MAX_COUNT = {"day": 60, "week": 12, "month": 24, "year": 30, "hour": 48, "minute": 90, "second": 90}
MAX_WEEKDAY_COUNT = 4
# Counts CLDR's English lacks, as people write them: (form id, text with {0} for the count and
# {unit} for its unit, 1 after now or -1 before, the units it is written with)
_DATE_UNITS = ("day", "week", "month", "year")
ENGLISH_FREE = (
    ("en-from-now", "{0} {unit} from now", 1, (*_DATE_UNITS, "hour", "minute")),
    ("en-from-today", "{0} {unit} from today", 1, _DATE_UNITS),
    ("en-hence", "{0} {unit} hence", 1, _DATE_UNITS),
    ("en-back", "{0} {unit} back", -1, _DATE_UNITS),
    ("en-ago-today", "{0} {unit} ago today", -1, _DATE_UNITS),
)
ENGLISH_NAMES = (  # names of offsets CLDR's English has not
    ("name-en-day-after", "the day after tomorrow", "P2D"), ("name-en-day-after", "day after tomorrow", "P2D"),
    ("name-en-day-before", "the day before yesterday", "-P2D"), ("name-en-day-before", "day before yesterday", "-P2D"),
    ("name-en-right-now", "right now", "PT0S"), ("name-en-after-next", "the {weekday} after next", "{XX}+2"),
    ("name-en-before-last", "the {weekday} before last", "{XX}-2"),
)
ENGLISH_UNIT_NAMES = {"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
                      "year": ("year", "years"), "hour": ("hour", "hours"), "minute": ("minute", "minutes")}
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_ONE = {"hour": "an"}  # "a day ago", "an hour ago": the article that counts one


@functools.cache
def _table() -> dict:
    return json.loads(WORDS_FILE.read_text(encoding="utf-8"))


def locale_words(locale: str) -> dict | None:
    """The relative words of a Babel locale name ("fr_CA"): its language's, with the units its
    region writes otherwise; None for a language CLDR gives none."""
    locales = _table()["locales"]
    language = locale.split("_")[0]
    if language not in locales:
        return None
    words = dict(locales[language])
    parts = locale.split("_")
    for end in range(2, len(parts) + 1):  # sr_Latn, then sr_Latn_BA
        words.update(locales.get("_".join(parts[:end]), {}))
    return words


def count_words(lang: str) -> dict[int, str]:
    """The words of the counts 2-12 in `lang`, {} where a count's word changes with its noun."""
    return {int(n): word for n, word in _table()["counts"].get(lang, {}).items()}


def name_form(unit: str, offset: int) -> str | None:
    """The canonical form of CLDR's name of `offset` in `unit`; None for the units that are no date
    (quarters, this hour, this minute)."""
    if unit == "day":
        return f"{'-' if offset < 0 else ''}P{abs(offset)}D"
    if unit in PERIOD_UNITS:
        return f"{PERIOD_UNITS[unit]}{offset:+d}"
    if unit == "second" and offset == 0:
        return "PT0S"
    if unit in WEEKDAY_UNITS:
        return f"{WEEKDAYS[WEEKDAY_UNITS.index(unit)]}{offset:+d}"
    return None


def count_form(unit: str, count: int) -> str | None:
    """The canonical form of a signed count of `unit` ("-P3D", "PT2H", "FR+2"); None for quarters."""
    sign = "-" if count < 0 else ""
    if unit in DATE_UNITS:
        return f"{sign}P{abs(count)}{DATE_UNITS[unit]}"
    if unit in CLOCK_UNITS:
        return f"{sign}PT{abs(count)}{CLOCK_UNITS[unit]}"
    if unit in WEEKDAY_UNITS:
        return f"{WEEKDAYS[WEEKDAY_UNITS.index(unit)]}{count:+d}"
    return None


def named(words: dict) -> list[tuple[str, str, str]]:
    """(unit, name, form) of every name of a locale's words that stands for one form only."""
    forms: dict[str, set[str]] = {}
    found = []
    for unit, entry in words.items():
        for offset, names in entry.get("names", {}).items():
            form = name_form(unit, int(offset))
            for name in names:
                forms.setdefault(name, set()).add(form or "")
                if form:
                    found.append((unit, name, form))
    return [(unit, name, form) for unit, name, form in found if len(forms[name]) == 1]


Draw = Callable[[random.Random], tuple[str, str, str]]


class RelativeTexts:
    """The relative dates one locale writes: `draw(rng)` gives (format id, text, canonical form)."""

    def __init__(self, locale: str, lang: str) -> None:
        self.words = locale_words(locale) or {}
        self.lang = lang
        self.plural = Locale.parse(locale).plural_form
        self.names = named(self.words)
        self.counted = [unit for unit, entry in self.words.items()
                        if count_form(unit, 1) and (entry.get("past") or entry.get("future"))]
        self.count_words = count_words(lang)

    def __bool__(self) -> bool:
        return bool(self.names or self.counted)

    def draw(self, rng: random.Random) -> tuple[str, str, str]:
        r = rng.random()
        if self.lang == "en" and r < 0.2:
            return self._english(rng)
        if self.names and (r < 0.45 or not self.counted):
            unit, name, form = rng.choice(self.names)
            kind = "weekday" if unit in WEEKDAY_UNITS else unit
            return f"rel-name-{kind}", name, form
        return self._counted(rng)

    def _count(self, unit: str, rng: random.Random) -> int:
        top = MAX_WEEKDAY_COUNT if unit in WEEKDAY_UNITS else MAX_COUNT[unit]
        r = rng.random()
        return rng.randint(1, min(top, 5 if r < 0.5 else 12 if r < 0.85 else top))

    def _counted(self, rng: random.Random) -> tuple[str, str, str]:
        unit = rng.choice(self.counted)
        entry = self.words[unit]
        direction = rng.choice([d for d in ("past", "future") if entry.get(d)])
        count = self._count(unit, rng)
        patterns = entry[direction].get(self.plural(count)) or entry[direction]["other"]
        pattern = rng.choice(patterns)
        kind = "weekday" if unit in WEEKDAY_UNITS else unit
        written, how = str(count), ""
        if count in self.count_words and pattern == patterns[0] and "{0}" in pattern and rng.random() < 0.3:
            written, how = self.count_words[count], "-words"
        text = pattern.replace("{0}", written)
        return f"rel-{direction}-{kind}{how}", text, count_form(unit, -count if direction == "past" else count)

    def _english(self, rng: random.Random) -> tuple[str, str, str]:
        if rng.random() < 0.3:
            form_id, text, form = rng.choice(ENGLISH_NAMES)
            day = rng.randrange(7)
            return (f"rel-{form_id}", text.replace("{weekday}", ENGLISH_WEEKDAYS[day]),
                    form.replace("{XX}", WEEKDAYS[day]))
        form_id, pattern, sign, units = rng.choice(ENGLISH_FREE)
        unit = rng.choice(units)
        count = self._count(unit, rng)
        if count == 1:
            written = ENGLISH_ONE.get(unit, "a") if rng.random() < 0.6 else "one"
        else:
            written = self.count_words.get(count, str(count)) if rng.random() < 0.3 else str(count)
        text = pattern.replace("{0}", written).replace("{unit}", ENGLISH_UNIT_NAMES[unit][count != 1])
        return f"rel-{form_id}-{unit}", text, count_form(unit, sign * count)
