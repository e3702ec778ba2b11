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
import re
from collections.abc import Callable
from pathlib import Path

from babel import Locale

from datenorm.relative import WEEKDAYS
from datenorm.text import normalize_text

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
        wide = pattern == patterns[0] and "{0}" in pattern
        if count in self.count_words and wide and rng.random() < 0.3:
            written, how = self.count_words[count], "-words"
        elif count == 1 and self.lang == "en" and wide and unit not in WEEKDAY_UNITS and rng.random() < 0.5:
            written, how = ENGLISH_ONE.get(unit, "a"), "-words"  # "a day ago", "in an hour"
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


# --- the witness: does a text say what a form says? ------------------------------------------------

_CJK_LIKE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _bounded(piece: str, regex: str) -> str:
    """`regex` of `piece` with word boundaries where its ends are letters of a spaced script."""
    left = "(?<![^\\W\\d_])" if piece[:1].isalpha() and not _CJK_LIKE.match(piece[:1]) else ""
    right = "(?![^\\W\\d_])" if piece[-1:].isalpha() and not _CJK_LIKE.match(piece[-1:]) else ""
    return left + regex + right


@functools.cache
def _languages(lang: str | None) -> tuple[str, ...]:
    """The table's locales of `lang` (every locale for None)."""
    locales = _table()["locales"]
    return tuple(name for name in locales if lang is None or name.split("_")[0] == lang)


@functools.cache
def _names_of(form: str, lang: str | None) -> re.Pattern | None:
    """A regex of every name (normalised) that stands for `form` alone in a locale of `lang`."""
    names = set()
    for locale in _languages(lang):
        for _, name, named_form in named(locale_words(locale) or {}):
            if named_form == form:
                names.add(normalize_text(name))
    if lang in (None, "en"):
        names.update(normalize_text(text.replace("{weekday}", ENGLISH_WEEKDAYS[WEEKDAYS.index(form[:2])])
                                    if "{weekday}" in text else text)
                     for _, text, name_form_ in ENGLISH_NAMES
                     if name_form_.replace("{XX}", form[:2]) == form and (form[:2] in WEEKDAYS or "{XX}" not in name_form_))
    names.discard("")
    if not names:
        return None
    return re.compile("|".join(_bounded(n, re.escape(n)) for n in sorted(names, key=len, reverse=True)))


@functools.cache
def _patterns_of(unit: str, direction: str, lang: str | None) -> tuple[tuple[re.Pattern, str, frozenset[str]], ...]:
    """(regex, language, plural categories) of every pattern of `unit` in `direction` of a locale of
    `lang`, normalised; a pattern's count is its group "n" (absent where the pattern says it: "قبل يومين")."""
    found: dict[str, tuple[str, set[str]]] = {}
    for locale in _languages(lang):
        entry = (locale_words(locale) or {}).get(unit, {})
        for category, patterns in entry.get(direction, {}).items():
            for pattern in patterns:
                found.setdefault(pattern, (locale.split("_")[0], set()))[1].add(category)
    if lang in (None, "en") and unit in ENGLISH_UNIT_NAMES:
        for _, pattern, sign, units in ENGLISH_FREE:
            if unit in units and (sign < 0) == (direction == "past"):
                for number, noun in zip(("one", "other"), ENGLISH_UNIT_NAMES[unit]):
                    found.setdefault(pattern.replace("{unit}", noun), ("en", set()))[1].add(number)
    compiled = []
    for pattern, (language, categories) in found.items():
        parts = [normalize_text(part) for part in pattern.split("{0}")]
        if len(parts) > 2:
            continue
        body = r"(?<![0-9])\s*(?P<n>[0-9]+|[^\W\d_]+)\s*(?![0-9])".join(re.escape(part) for part in parts)
        compiled.append((re.compile(_bounded("0".join(parts), body)), language, frozenset(categories)))
    return tuple(compiled)


@functools.cache
def _names_of_two_dates(lang: str | None) -> tuple[re.Pattern, dict[str, frozenset[str]]] | None:
    """A regex of the names (normalised) a locale of `lang` gives two or more forms, and each one's
    forms: Hindi "कल" is -P1D and P1D."""
    forms: dict[str, set[str]] = {}
    for locale in _languages(lang):
        seen: dict[str, set[str]] = {}
        for unit, entry in (locale_words(locale) or {}).items():
            for offset, names in entry.get("names", {}).items():
                if (form := name_form(unit, int(offset))) is not None:
                    for name in names:
                        seen.setdefault(normalize_text(name), set()).add(form)
        for name, found in seen.items():
            if len(found) > 1 and name:
                forms.setdefault(name, set()).update(found)
    if not forms:
        return None
    regex = re.compile("|".join(_bounded(n, re.escape(n)) for n in sorted(forms, key=len, reverse=True)))
    return regex, {name: frozenset(found) for name, found in forms.items()}


def forms_of_a_name_of_two(text: str, lang: str | None = None) -> frozenset[str]:
    """The forms of the names in the normalised `text` that a locale of `lang` (any, for None) gives
    to two dates or more ("कल": -P1D and P1D); empty when it writes none."""
    table = _names_of_two_dates(lang)
    if table is None:
        return frozenset()
    regex, forms = table
    return frozenset(form for found in regex.finditer(text) for form in forms[found.group()])


def _count_of(written: str, language: str) -> int | None:
    if written.isdigit():
        return int(written)
    if language == "en" and written in ("a", "an", "one"):
        return 1
    return next((n for n, word in count_words(language).items() if normalize_text(word) == written), None)


@functools.cache
def _plural(language: str):
    return Locale.parse(language).plural_form


def witnessed(text: str, form: str, lang: str | None = None) -> bool:
    """Whether the normalised `text` says what the canonical `form` says, in the words of `lang`
    (any language for None): a name that stands for it alone ("yesterday" for -P1D, "vendredi
    dernier" for FR-1), or a pattern of its unit and direction with its count, in digits or in the
    language's word for it ("il y a trois jours" for -P3D), or said by the pattern itself in the
    count's plural category (Arabic "قبل يومين", two days ago)."""
    from datenorm.relative import parse

    relative = parse(form)
    if relative is None:
        return False
    names = _names_of(form, lang)
    if names is not None and names.search(text):
        return True
    count = abs(relative.offset)
    if relative.kind == "period" or count == 0:
        return False
    unit = relative.unit if relative.kind == "duration" else WEEKDAY_UNITS[WEEKDAYS.index(relative.unit)]
    direction = "past" if relative.offset < 0 else "future"
    for regex, language, categories in _patterns_of(unit, direction, lang):
        for match in regex.finditer(text):
            written = match.groupdict().get("n")
            if written is None:
                if _plural(language)(count) in categories:
                    return True
            elif _count_of(written, language) == count:
                return True
    return False
