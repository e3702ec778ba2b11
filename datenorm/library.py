"""The long dates and datetimes moment.js writes in each of its locales, rendered for the generator.

Apps and their tests write timestamps with a library's localized formats more than with CLDR's:
moment.js's `LLLL` writes "2023 m. lapkričio 28 d., antradienis, 00:45 val." in Lithuanian, "28
a viz Du 2023 12e45" in Breton. `datenorm/library_formats.json` (from `scripts/library_formats.js`)
holds, per moment locale, its formats (`LL`, `ll`, `LLL`, `lll`, `LLLL`, `llll`) and what their
tokens write there: month and weekday names (per format where moment declines them), ordinal
days, the day period of each half hour, and the digits and comma its `postformat` writes. `render` writes one
date and time in one of them, as moment does.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

FORMATS_FILE = Path(__file__).with_name("library_formats.json")
DATE_KEYS = ("LL", "ll")  # a date alone
DATETIME_KEYS = ("LLL", "lll", "LLLL", "llll")  # a date and its time (hours and minutes)

# moment's format tokens (its `formattingTokens`), longest first where they share a start; a
# bracketed literal is written as it is
_TOKENS = re.compile(r"\[[^\[\]]*\]|Mo|MM?M?M?|Do|DD?|dddd|ddd|dd|d|YYYY|YY|[Hh]{1,2}|kk?|mm?|ss?|[Aa]|[A-Za-z]|.",
                     re.DOTALL)
_WRITES = {"YYYY", "YY", "MMMM", "MMM", "MM", "M", "DD", "D", "Do", "dddd", "ddd", "dd", "HH", "H", "hh", "h",
           "mm", "m", "ss", "s", "A", "a"}


@dataclass(frozen=True)
class LibraryFormat:
    """One format of one moment locale: `tokens`, and the names it writes."""

    locale: str
    key: str
    tokens: tuple[str, ...]
    names: dict[str, list[str]]  # months, monthsShort, weekdays, weekdaysShort, weekdaysMin
    ordinals: tuple[str, ...]  # Do of days 1-31
    periods: tuple[tuple[str, str], ...]  # the day period (upper, lower) of each half hour from 00:00
    digits: str  # the digits 0-9 and the comma as the locale writes them (its `postformat`)

    @property
    def writes_seconds(self) -> bool:
        return any(token in ("ss", "s") for token in self.tokens)

    @property
    def short_year(self) -> bool:
        return "YY" in self.tokens and "YYYY" not in self.tokens

    def render(self, moment: dt.datetime) -> str:
        """`moment` as this format writes it."""
        weekday = (moment.weekday() + 1) % 7  # moment counts from Sunday
        twelve = moment.hour % 12 or 12
        period = self.periods[moment.hour * 2 + (moment.minute >= 30)]
        values = {
            "YYYY": f"{moment.year:04d}", "YY": f"{moment.year % 100:02d}",
            "MMMM": self.names["months"][moment.month - 1], "MMM": self.names["monthsShort"][moment.month - 1],
            "MM": f"{moment.month:02d}", "M": str(moment.month),
            "DD": f"{moment.day:02d}", "D": str(moment.day), "Do": self.ordinals[moment.day - 1],
            "dddd": self.names["weekdays"][weekday], "ddd": self.names["weekdaysShort"][weekday],
            "dd": self.names["weekdaysMin"][weekday],
            "HH": f"{moment.hour:02d}", "H": str(moment.hour), "hh": f"{twelve:02d}", "h": str(twelve),
            "mm": f"{moment.minute:02d}", "m": str(moment.minute), "ss": f"{moment.second:02d}", "s": str(moment.second),
            "A": period[0], "a": period[1],
        }
        text = "".join(token[1:-1] if token.startswith("[") else values.get(token, token) for token in self.tokens)
        own = self.digits != "0123456789,"
        return text.translate(str.maketrans("0123456789,", self.digits)) if own else text


def formats_for(language: str, territory: str | None = None) -> list[LibraryFormat]:
    """The formats of the moment locale of `language` (its territory's where moment has one: "pt-br"
    for pt_BR, "zh-tw" for zh_Hant_TW; else the language's own, else its first), those whose every
    token this module writes and whose 12-hour clock has a day period beside it (one that writes none
    leaves the hour unknown)."""
    locales = _by_language().get(language, ())
    if not locales:
        return []
    wanted = f"{language}-{territory.lower()}" if territory else language
    return locale_formats(wanted if wanted in locales else language if language in locales else locales[0])


def locale_formats(name: str) -> list[LibraryFormat]:
    """The formats of the moment locale `name` that `formats_for` keeps."""
    entry = _table()["locales"][name]
    found = []
    for key in (*DATE_KEYS, *DATETIME_KEYS):
        spec = entry["formats"][key]
        tokens = tuple(_TOKENS.findall(spec["format"]))
        letters = [token for token in tokens if token[:1].isascii() and token[:1].isalpha()]  # moment's tokens
        if any(token not in _WRITES for token in letters):
            continue
        if any(token in ("h", "hh") for token in letters) and not any(token in ("A", "a") for token in letters):
            continue
        names = {kind: spec.get(kind, entry["names"][kind]) for kind in entry["names"]}
        found.append(LibraryFormat(name, key, tokens, names, tuple(entry["ordinals"]),
                                   tuple(map(tuple, entry["periods"])), entry["digits"] + entry["comma"]))
    return found


@functools.cache
def _table() -> dict:
    return json.loads(FORMATS_FILE.read_text(encoding="utf-8"))


@functools.cache
def _by_language() -> dict[str, tuple[str, ...]]:
    """Moment's locales by their CLDR language."""
    by_language: dict[str, list[str]] = {}
    for name, entry in sorted(_table()["locales"].items()):
        by_language.setdefault(entry["lang"], []).append(name)
    return {language: tuple(names) for language, names in by_language.items()}
