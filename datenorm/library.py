"""The long dates and datetimes moment.js and date-fns write in each of their locales, rendered
for the generator.

Apps and their tests write timestamps with a library's localized formats more than with CLDR's:
moment.js's `LLLL` writes "2023 m. lapkričio 28 d., antradienis, 00:45 val." in Lithuanian, "28
a viz Du 2023 12e45" in Breton; date-fns's `PPPPpp` "2023 m. lapkričio 28 d., antradienį
00:45:30". `datenorm/library_formats.json` (from `scripts/library_formats.js`) holds, per moment
locale, its formats (`LL`, `ll`, `LLL`, `lll`, `LLLL`, `llll`) and what their tokens write there:
month and weekday names (per format where moment declines them), ordinal days, the day period of
each half hour, and the digits and comma its `postformat` writes; per date-fns locale, its long
date, time and date-time patterns and the names, day periods and ordinal days its `localize`
writes. `render` writes one date and time in one of them, as the library does
(`tests/library_samples.tsv` holds the libraries' own outputs to check it against).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel.core import get_global

import datenorm.babel_data  # noqa: F401 - each locale's data its own (python-babel/babel#1234)

FORMATS_FILE = Path(__file__).with_name("library_formats.json")
DATE_KEYS = ("LL", "ll", "PP", "PPP", "PPPP")  # a date alone: moment's, then date-fns's
DATETIME_KEYS = ("LLL", "lll", "LLLL", "llll", "docs", "PPpp", "PPPpp", "PPPPpp")  # with its time
_MOMENT_KEYS = ("LL", "ll", "LLL", "lll", "LLLL", "llll", "docs")
_DATE_FNS_WIDTHS = {1: "short", 2: "medium", 3: "long", 4: "full"}  # P, PP, PPP, PPPP; p, pp

# moment's format tokens (its `formattingTokens`), longest first where they share a start; a
# bracketed literal is written as it is
_MOMENT_TOKENS = re.compile(r"\[[^\[\]]*\]|Mo|MM?M?M?|Do|DD?|dddd|ddd|dd|d|YYYY|YY|[Hh]{1,2}|kk?|mm?|ss?|[Aa]|[A-Za-z]|.",
                            re.DOTALL)
# date-fns's (its `formattingTokensRegExp`): a letter and "o" (an ordinal), a run of one letter, a
# quoted literal ('' inside it is a quote), '' alone (a quote)
_DATE_FNS_TOKENS = re.compile(r"[yYQqMLwIdDecihHKkms]o|([A-Za-z])\1*|''|'(?:''|[^'])+(?:'|$)|.", re.DOTALL)
# What each library's tokens write, as the kinds `LibraryFormat.render` knows
_MOMENT_KINDS = {"YYYY": "year4", "YY": "year2", "MMMM": "month", "MMM": "month_short", "MM": "month2", "M": "month1",
                 "DD": "day2", "D": "day1", "Do": "day_ordinal", "dddd": "weekday", "ddd": "weekday_short",
                 "dd": "weekday_min", "HH": "hour2", "H": "hour1", "hh": "hour12_2", "h": "hour12", "mm": "minute2",
                 "m": "minute1", "ss": "second2", "s": "second1", "A": "period", "a": "period_lower"}
_DATE_FNS_KINDS = {"yyyy": "year4", "yy": "year2", "y": "year1", "MMMM": "month", "MMM": "month_short", "MM": "month2",
                   "M": "month1", "dd": "day2", "d": "day1", "do": "day_ordinal", "EEEE": "weekday", "eeee": "weekday",
                   "EEE": "weekday_short", "EE": "weekday_short", "E": "weekday_short", "HH": "hour2", "H": "hour1",
                   "hh": "hour12_2", "h": "hour12", "mm": "minute2", "m": "minute1", "ss": "second2", "s": "second1",
                   "a": "period", "aa": "period"}
_LITERAL = ""  # the kind of a token written as it is


@dataclass(frozen=True)
class LibraryFormat:
    """One format of one library's locale: its tokens as (kind, text), and what the kinds write."""

    library: str  # "moment" or "date-fns"
    locale: str
    key: str
    tokens: tuple[tuple[str, str], ...]
    names: dict[str, list[str]]  # months, monthsShort, weekdays, weekdaysShort, weekdaysMin (from Sunday)
    ordinals: tuple[str, ...]  # the ordinal days 1-31
    periods: tuple[tuple[str, str], ...]  # the day period (as written, in lower case) of each half hour from 00:00
    digits: str = "0123456789,"  # the digits 0-9 and the comma as the locale writes them (moment's `postformat`)

    @property
    def writes_seconds(self) -> bool:
        return any(kind.startswith("second") for kind, _ in self.tokens)

    @property
    def short_year(self) -> bool:
        kinds = {kind for kind, _ in self.tokens}
        return "year2" in kinds and not kinds & {"year4", "year1"}

    @property
    def month_names_repeat(self) -> bool:
        """Whether a month name this format writes is the name of two months."""
        lists = {"month": "months", "month_short": "monthsShort"}
        return any(len(set(names := self.names[lists[kind]])) < len(names)
                   for kind in {kind for kind, _ in self.tokens} & lists.keys())

    @property
    def numeric_month(self) -> bool:
        return any(kind in ("month1", "month2") for kind, _ in self.tokens)

    def render(self, moment: dt.datetime) -> str:
        """`moment` as this format writes it."""
        weekday = (moment.weekday() + 1) % 7  # both libraries count from Sunday
        twelve = moment.hour % 12 or 12
        period = self.periods[moment.hour * 2 + (moment.minute >= 30)]
        values = {
            "year4": f"{moment.year:04d}", "year2": f"{moment.year % 100:02d}", "year1": str(moment.year),
            "month": self.names["months"][moment.month - 1], "month_short": self.names["monthsShort"][moment.month - 1],
            "month2": f"{moment.month:02d}", "month1": str(moment.month),
            "day2": f"{moment.day:02d}", "day1": str(moment.day), "day_ordinal": self.ordinals[moment.day - 1],
            "weekday": self.names["weekdays"][weekday], "weekday_short": self.names["weekdaysShort"][weekday],
            "weekday_min": self.names.get("weekdaysMin", self.names["weekdaysShort"])[weekday],
            "hour2": f"{moment.hour:02d}", "hour1": str(moment.hour), "hour12_2": f"{twelve:02d}", "hour12": str(twelve),
            "minute2": f"{moment.minute:02d}", "minute1": str(moment.minute),
            "second2": f"{moment.second:02d}", "second1": str(moment.second),
            "period": period[0], "period_lower": period[1],
        }
        text = "".join(values[kind] if kind else written for kind, written in self.tokens)
        own = self.digits != "0123456789,"
        return text.translate(str.maketrans("0123456789,", self.digits)) if own else text


def formats_for(language: str, territory: str | None = None, script: str | None = None) -> list[LibraryFormat]:
    """The formats of moment's and date-fns's locales of `language` (for each library, of those
    whose month names are in `script` where it has any, as `script_of` names it: "gom-latn" for
    Konkani in Latin letters, "sr-cyrl" for Serbian in Cyrillic; of them, its territory's locale
    where it has one: "pt-br" for pt_BR, "zh-TW" for zh_Hant_TW; else the language's own; else that
    of its likeliest territory, CLDR's: en-US for en; else its first), those whose every token this
    module writes and whose 12-hour clock has a day period beside it (one that writes none leaves
    the hour unknown)."""
    likely = get_global("likely_subtags").get(language, "").split("_")[-1]  # en: US, zh: CN
    found = []
    for library in ("moment", "date-fns"):
        if locales := _by_language(library).get(language, ()):
            locales = tuple(name for name in locales if _locale_script(library, name) == script) or locales
            by_name = {name.lower(): name for name in locales}
            name = (by_name.get(f"{language}-{territory}".lower()) if territory else None) or by_name.get(language) \
                or by_name.get(f"{language}-{likely}".lower()) or locales[0]
            found += locale_formats(library, name)
    return found


def locale_formats(library: str, name: str) -> list[LibraryFormat]:
    """The formats of the locale `name` of `library` that `formats_for` keeps: not one whose month
    name names two months (date-fns's Armenian "հուն" is January and June: no reader can tell)."""
    entry = _table()[library]["locales"][name]
    found = _moment_formats(name, entry) if library == "moment" else _date_fns_formats(name, entry)
    return [written for written in found if not written.month_names_repeat]


def _moment_formats(name: str, entry: dict) -> list[LibraryFormat]:
    found = []
    periods = tuple((upper, lower) for upper, lower in entry["periods"])
    for key in _MOMENT_KEYS:
        spec = entry["formats"][key]
        tokens = _kinds(_MOMENT_TOKENS.findall(spec["format"]), _MOMENT_KINDS,
                        lambda token: token[1:-1] if token.startswith("[") else token)
        if tokens is not None:
            names = {kind: spec.get(kind, entry["names"][kind]) for kind in entry["names"]}
            found.append(LibraryFormat("moment", name, key, tokens, names, tuple(entry["ordinals"]), periods,
                                       entry["digits"] + entry["comma"]))
    return found


def _date_fns_formats(name: str, entry: dict) -> list[LibraryFormat]:
    found = []
    names = {kind: entry[kind] for kind in ("months", "monthsShort", "weekdays", "weekdaysShort")}
    am, pm = entry["periods"]
    periods = tuple((period, period.lower()) for period in [am] * 24 + [pm] * 24)
    for key in (*DATE_KEYS, *DATETIME_KEYS):
        if not key.startswith("P"):
            continue
        date_width, time_width = _DATE_FNS_WIDTHS[key.count("P")], _DATE_FNS_WIDTHS.get(key.count("p"))
        pattern = entry["date"][date_width]
        if time_width:
            glue = entry["dateTime"][date_width]
            pattern = glue.replace("{{date}}", pattern).replace("{{time}}", entry["time"][time_width])
        tokens = _kinds([match.group() for match in _DATE_FNS_TOKENS.finditer(pattern)], _DATE_FNS_KINDS, _unquote)
        if tokens is not None:
            found.append(LibraryFormat("date-fns", name, key, tokens, names, tuple(entry["ordinals"]), periods))
    return found


def _kinds(tokens: list[str], kinds: dict[str, str], literal) -> tuple[tuple[str, str], ...] | None:
    """`tokens` as (kind, text): a token of `kinds` by its kind, a literal (`literal` gives its text)
    as written; None when a token is one these kinds do not cover (a zone, a week), or a 12-hour
    clock has no day period."""
    found = []
    for token in tokens:
        if token in kinds:
            found.append((kinds[token], token))
        elif token[:1].isascii() and token[:1].isalpha():
            return None
        else:
            found.append((_LITERAL, literal(token)))
    written = {kind for kind, _ in found}
    if written & {"hour12", "hour12_2"} and not written & {"period", "period_lower"}:
        return None
    return tuple(found)


def _unquote(token: str) -> str:
    """A date-fns literal as written: 'um' is "um", '' a quote."""
    if token == "''":
        return "'"
    return token[1:].removesuffix("'").replace("''", "'") if token.startswith("'") else token


@functools.cache
def _table() -> dict:
    return json.loads(FORMATS_FILE.read_text(encoding="utf-8"))


def day_periods() -> dict[str, tuple[dict[str, set[int]], dict[str, set[int]]]]:
    """By CLDR language, the day periods its libraries' locales write with the hours they write
    each at: (moment's, whose `meridiem` tells the parts of the day, "দুপুর" from 10:00 to 16:59 in
    Bengali; date-fns's, a.m. for 0-11 and p.m. for 12-23)."""
    found: dict[str, tuple[dict[str, set[int]], dict[str, set[int]]]] = {}
    for entry in _table()["moment"]["locales"].values():
        words = found.setdefault(entry["lang"], ({}, {}))[0]
        for half_hour, spellings in enumerate(entry["periods"]):
            for spelling in spellings:
                words.setdefault(spelling, set()).add(half_hour // 2)
    for entry in _table()["date-fns"]["locales"].values():
        words = found.setdefault(entry["lang"], ({}, {}))[1]
        for half, spelling in enumerate(entry["periods"]):
            words.setdefault(spelling, set()).update(range(12 * half, 12 * half + 12))
    return found


def short_date_patterns() -> dict[str, set[str]]:
    """By CLDR language, the numeric date patterns of its date-fns locales ("MM/dd/yyyy" for
    Bengali, "yy-MM-dd" for fr-CA): the libraries write some languages in another order than CLDR."""
    found: dict[str, set[str]] = {}
    for entry in _table()["date-fns"]["locales"].values():
        found.setdefault(entry["lang"], set()).add(entry["date"]["short"])
    return found


def weekday_names(short: bool = True) -> dict[str, set[str]]:
    """The weekday names, wide and (with `short`) short, moment.js and date-fns write in each
    language's locales (Javanese "Sep", Saturday, which CLDR writes "Sab"; Lithuanian "šeštadienį",
    declined), as written."""
    kinds = ("weekdays", "weekdaysShort") if short else ("weekdays",)
    found: dict[str, set[str]] = {}
    for library, table in _table().items():
        for entry in table["locales"].values():
            names = entry["names"] if library == "moment" else entry
            found.setdefault(entry["lang"], set()).update(*(names[kind] for kind in kinds))
    return found


def script_of(text: str) -> str | None:
    """The script of the first letter of `text`, as Unicode names it ("LATIN", "CYRILLIC",
    "DEVANAGARI"), or None."""
    letter = next((char for char in text if char.isalpha()), None)
    return (unicodedata.name(letter, "").split(" ")[0] or None) if letter else None


@functools.cache
def _locale_script(library: str, name: str) -> str | None:
    """The script a library's locale writes its month names in (`script_of` its January)."""
    entry = _table()[library]["locales"][name]
    return script_of((entry["names"] if library == "moment" else entry)["months"][0])


@functools.cache
def _by_language(library: str) -> dict[str, tuple[str, ...]]:
    """A library's locales by their CLDR language."""
    by_language: dict[str, list[str]] = {}
    for name, entry in sorted(_table()[library]["locales"].items()):
        by_language.setdefault(entry["lang"], []).append(name)
    return {language: tuple(names) for language, names in by_language.items()}
