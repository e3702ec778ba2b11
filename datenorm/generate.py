"""The Faker/Babel generator of (human date, ISO date) training pairs.

Every locale gets Babel's CLDR `short`/`medium`/`long`/`full` formats, its CLDR skeletons, custom
patterns in its own day/month order, and ISO forms; English and a few large languages add the
free-text forms CLDR lacks ("the 29th of August 1958"). On top, one augmentation may be applied
per row (a time of day, surrounding words, native digits, case, spacing, punctuation), recorded in
the `augment` column and in the format id, so evaluation can break results down by it.

With `times`, a text that writes a time of day is labelled with it too (`1979-05-03T22:42`, with
seconds, a fraction and a zone only when the text writes them): CLDR's time formats of every locale,
the free forms of large languages, and offsets and zone names, each under its own format id
(the clocks and their zones are `datenorm.times`).

Everything random draws from one seeded Faker (dates) and its `random.Random` (choices), so the same
arguments give byte-identical files.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
import time
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from babel import Locale, UnknownLocaleError, localedata
from babel.dates import format_date, get_timezone_name
from faker import Faker

import datenorm.babel_data  # noqa: F401 - each locale's data its own (python-babel/babel#1234)
from datenorm.times import (
    AMBIGUOUS_ZONE_ABBREVIATIONS,
    CLDR_WIDTHS,
    IANA_ZONES,
    NAMED_ZONES_FROM,
    ODD_OFFSETS,
    WHOLE_HOUR_OFFSETS,
    Clock,
    TimeCatalogue,
    native_clock,
    read_zone,
    time_catalogue,
    time_of_day,
)
from datenorm.clockwords import LANGUAGE_WEIGHTS  # for `--locales all`: shared among each language's locales
from datenorm.errors import DatenormError
from datenorm.files import ensure_writable_dir, replacing_together
from datenorm.library import DATETIME_KEYS, LibraryFormat, formats_for, script_of
from datenorm.lines import read_rows  # also imported from here by the benchmarks and tests
from datenorm.months import ROMAN_MONTHS, language_month_names, written_months
from datenorm.relativewords import RelativeTexts, as_typed
from datenorm.ranges import time_range_parts
from datenorm.text import (GENERIC_LEAD_WORDS, LEAD_WORDS, ORDERS, PIVOT_END, PIVOT_START, normalize_text,
                           order_matters, ordinal)
from datenorm.timeofday import CLOCK_BEFORE_DATE, GENERIC_ABBREVIATIONS, generic_written, offset_label

COLUMNS = ("text", "iso", "order", "locale", "format", "lang", "augment", "order_matters")
SPLITS = ("train", "valid", "test")
DEFAULT_START = dt.date(1900, 1, 1)
DEFAULT_END = dt.date(2099, 12, 31)

# The English locales a user meets, weighted by how often their dates turn up. en_US is MDY,
# en_GB/en_AU/en_IN/en_IE/en_NZ are DMY, en_CA and en_ZA write numeric dates year first.
DEFAULT_LOCALES = {"en_US": 5, "en_GB": 3, "en_CA": 1, "en_AU": 1, "en_IN": 1, "en_IE": 0.5, "en_NZ": 0.5, "en_ZA": 0.5}


# Custom Babel patterns, in the locale's own day/month order. CLDR letter `y` is the calendar year;
# `Y` would be the ISO *week-based* year, which writes "31 Dec 2019" as 2020 (the classic tutorial
# generator's label-noise bug), so no pattern here may use it.
PATTERNS_BY_ORDER = {
    "DMY": ("d MMM y", "d MMMM y", "dd MMM y", "dd MMMM y", "EEE d MMM y", "EEEE d MMMM y", "EEE, d MMM y",
            "d MMMM, y", "dd-MMM-y", "dd-MMM-yy", "d MMM yy",
            "dd/MM/y", "d/M/y", "dd.MM.y", "d.M.y", "dd-MM-y", "dd.MM.yy", "dd/MM/yy", "d/M/yy"),
    "MDY": ("MMM d, y", "MMMM d, y", "MMMM d y", "MMM d y", "MMMM dd, y", "EEE, MMM d, y", "EEEE, MMMM d, y",
            "EEEE MMMM d y", "MMM dd, y", "MMM-dd-y",
            "M/d/y", "MM/dd/y", "MM-dd-y", "M-d-y", "M/d/yy", "MM/dd/yy", "M.d.y"),
    "YMD": ("y MMMM d", "y MMM d", "y/MM/dd", "y.MM.dd", "y/M/d", "yy/MM/dd", "yy.MM.dd", "yy-MM-dd"),
}
ISO_PATTERNS = ("y-MM-dd",)
# Patterns used in English on both sides of the Atlantic, whatever the locale's numeric order.
ENGLISH_TEXT_PATTERNS = (
    "d MMM y", "d MMMM y", "dd MMM y", "MMM d, y", "MMMM d, y", "MMMM d y", "MMM d y", "EEE d MMM y",
    "EEEE, MMMM d, y", "EEEE d MMMM y", "EEE, d MMM y", "EEE, MMM d, y", "EEEE MMMM d y", "dd-MMM-y",
    "d-MMM-yy", "MMM dd y", "d MMMM, y",
)
SKELETONS = ("yMd", "yMEd", "yMMMd", "yMMMEd", "yMMMMd", "yMMMMEEEEd", "yMMdd")
# Incomplete dates, as real date columns hold them ("May 1979", "3 May", "1979"): the label writes
# 00 for each part the text does not give ("1979-05-00", "0000-05-03", "1979-00-00"), so the model
# learns to say what is missing instead of inventing it. Skeletons are rendered in each locale's way;
# "LLLL y" is the standalone month ("maj 1979" beside "3 maja 1979").
PARTIAL_SKELETONS = ("yMMM", "yMMMM", "yM", "MMMd", "MMMMd", "MMMEd")
PARTIAL_PATTERNS = ("MMMM y", "MMM y", "LLLL y", "LLL y", "y")
# Numeric day and month ("31/12"), in the locale's own order: "12/05" is 12 May to a DMY reader.
PARTIAL_PATTERNS_BY_ORDER = {"DMY": ("d/M", "dd/MM", "d.M."), "MDY": ("M/d", "MM/dd"), "YMD": ()}
PARTIAL_SHARE = 0.03  # of the rows: enough to learn "no day" / "no year" without crowding out dates

NATIVE_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙", "fullwidth": "０１２３４５６７８９",
}
NATIVE_DIGITS_BY_LANGUAGE = {
    "ar": "arab", "fa": "persian", "ps": "persian", "ur": "persian", "hi": "devanagari", "mr": "devanagari",
    "ne": "devanagari", "bn": "bengali", "as": "bengali", "th": "thai", "zh": "fullwidth", "ja": "fullwidth",
    "ko": "fullwidth", "yue": "fullwidth",
}


@dataclass(frozen=True)
class Template:
    """One way of writing a date: a Babel pattern or a free-text template, under a format id."""

    id: str
    render: Callable[[dt.date, random.Random], str]
    short_year: bool = False  # writes a two-digit year: used only for dates inside the pivot window
    numeric_month: bool = False  # the month is a number, so the day/month order may matter
    missing: str = ""  # parts an incomplete date leaves out: "d" (month and year), "y" (day and month), "dM"
    # For a form that writes a time as well (machine stamps): the text and the clock it writes. `render`
    # gives the same text from the same draws; `generate(times=True)` uses this one to label the time.
    timed: Callable[[dt.date, random.Random], tuple[str, Clock]] | None = None

    def label(self, date: dt.date) -> str:
        """The ISO label, with 00 (0000 for the year) for each part the text leaves out."""
        year = "0000" if "y" in self.missing else f"{date.year:04d}"
        month = "00" if "M" in self.missing else f"{date.month:02d}"
        day = "00" if "d" in self.missing else f"{date.day:02d}"
        return f"{year}-{month}-{day}"


@dataclass(frozen=True)
class LocalePlan:
    locale: str
    lang: str
    order: str
    weight: float
    templates: tuple[Template, ...]
    partials: tuple[Template, ...] = ()  # incomplete dates (no day, no year, year only)


@dataclass(frozen=True)
class Row:
    text: str
    iso: str
    order: str
    locale: str
    format: str
    lang: str
    augment: str
    order_matters: int
    zone: str = ""  # a named zone as the text writes it ("Europe/Paris", "CEST"): with `times` only

    def tsv(self, columns: tuple[str, ...] = COLUMNS) -> str:
        return "\t".join(str(getattr(self, c)) for c in columns)



def pattern_order(pattern: str) -> str | None:
    """'DMY', 'MDY' or 'YMD' from the order of the d, M/L and y letters of a CLDR pattern."""
    letters = re.sub(r"'[^']*'", "", pattern)
    seen = dict.fromkeys(c for c in letters.replace("L", "M") if c in "dMy")
    order = "".join(seen).upper()
    return order if order in ORDERS else None


def _is_numeric_month(pattern: str) -> bool:
    letters = re.sub(r"'[^']*'", "", pattern)
    return not re.search(r"[ML]{3,}", letters)


def _babel_template(format_id: str, pattern: str, locale: Locale, partial: bool = False) -> Template | None:
    """A template for `pattern` in `locale`, or None if it cannot write an unambiguous label.

    A whole date needs a day, a month and a year. With `partial`, an incomplete date: a month and a
    four-digit year, a day and a month, or a year alone (the missing parts are 00 in the label).
    """
    letters = re.sub(r"'[^']*'", "", pattern)
    if re.search(r"[YuUrwWDFgQq]", letters):
        return None  # week-based or era-relative years: the label's year would not be in the text
    has_day, has_month, has_year = "d" in letters, bool(re.search(r"[ML]", letters)), "y" in letters
    missing = ("" if has_day else "d") + ("" if has_month else "M") + ("" if has_year else "y")
    short_year = bool(re.search(r"(?<!y)yy(?!y)", letters))
    if missing not in (("d", "y", "dM") if partial else ("",)) or (partial and short_year):
        return None
    try:
        if has_month and len({format_date(dt.date(2001, m, 15), pattern, locale=locale) for m in range(1, 13)}) != 12:
            return None  # two months written alike: the text could not tell them apart
        if has_day and len({format_date(dt.date(2001, 1, d), pattern, locale=locale) for d in range(1, 32)}) != 31:
            return None
    except Exception:  # noqa: BLE001 - Babel cannot format this pattern for this locale
        return None
    if missing == "d" and _is_numeric_month(pattern) and not re.search(
            r"\d{4}", format_date(dt.date(2001, 5, 15), pattern, locale=locale)):
        return None  # "5/01" could be a day and a month

    def render(date: dt.date, rng: random.Random) -> str:
        return format_date(date, pattern, locale=locale)

    return Template(format_id, render, short_year, has_day and _is_numeric_month(pattern), missing)


def _partial_templates(locale: Locale, order: str) -> list[Template]:
    skeletons = locale.datetime_skeletons
    candidates = [(f"part-skel-{s}", skeletons[s].pattern) for s in PARTIAL_SKELETONS if s in skeletons]
    candidates += [(f"part-pat:{p}", p) for p in PARTIAL_PATTERNS + PARTIAL_PATTERNS_BY_ORDER[order]]
    templates, seen = [], set()
    for format_id, pattern in candidates:
        if pattern not in seen:
            seen.add(pattern)
            template = _babel_template(format_id, pattern, locale, partial=True)
            if template is not None:
                templates.append(template)
    if locale.language == "en":
        templates += _english_partials(locale)
    return templates


def _english_templates(locale: Locale) -> list[Template]:
    """The English free-text forms Babel has no pattern for: ordinals, 'the 29th of', 'Aug.', 'Sept'."""
    months = locale.months["format"]["wide"]
    abbr = locale.months["format"]["abbreviated"]
    days = locale.days["format"]["wide"]
    day_abbr = locale.days["format"]["abbreviated"]

    def written_ordinal(day: int, rng: random.Random) -> str:
        if rng.random() < 0.15:
            return f"{day}th"  # "21th" is wrong but common; readers still mean the 21st
        return ordinal(day)

    def month(date: dt.date, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.6:
            return months[date.month]
        if date.month == 9 and r < 0.7:
            return "Sept"
        return abbr[date.month]

    def dotted(date: dt.date, rng: random.Random) -> str:
        name = "Sept" if date.month == 9 and rng.random() < 0.4 else abbr[date.month]
        return name if date.month == 5 else name + "."  # "May." is not how anyone writes it

    def weekday(date: dt.date, rng: random.Random) -> str:
        # People get the weekday wrong now and then ("Saturday May 9 2018" was a Wednesday): the
        # date wins, so a few rows carry a random weekday and the model learns not to lean on it.
        index = date.weekday() if rng.random() < 0.95 else rng.randrange(7)
        return days[index] if rng.random() < 0.5 else day_abbr[index]

    def yy(date: dt.date) -> str:
        return f"{date.year % 100:02d}"

    forms: dict[str, Callable[[dt.date, random.Random], str]] = {
        "en:ord-month-year": lambda d, r: f"{written_ordinal(d.day, r)} {month(d, r)} {d.year}",
        "en:ord-of-month-year": lambda d, r: f"{written_ordinal(d.day, r)} of {month(d, r)} {d.year}",
        "en:the-ord-of-month-year": lambda d, r: f"the {written_ordinal(d.day, r)} of {month(d, r)}{r.choice(('', ','))} {d.year}",
        "en:month-ord-year": lambda d, r: f"{month(d, r)} {written_ordinal(d.day, r)}{r.choice((',', ''))} {d.year}",
        "en:month-the-ord-year": lambda d, r: f"{month(d, r)} the {written_ordinal(d.day, r)}, {d.year}",
        "en:weekday-the-ord-of-month-year": lambda d, r: f"{weekday(d, r)}, the {written_ordinal(d.day, r)} of {month(d, r)} {d.year}",
        "en:weekday-month-ord-year": lambda d, r: f"{weekday(d, r)}, {month(d, r)} {written_ordinal(d.day, r)}, {d.year}",
        "en:weekday-month-day-year": lambda d, r: f"{weekday(d, r)} {month(d, r)} {d.day} {d.year}",
        "en:weekday-day-month-year": lambda d, r: f"{weekday(d, r)} {d.day} {month(d, r)} {d.year}",
        "en:dotted-month-day-year": lambda d, r: f"{dotted(d, r)} {d.day}, {d.year}",
        "en:day-dotted-month-year": lambda d, r: f"{d.day} {dotted(d, r)} {d.year}",
        "en:month-day-year": lambda d, r: f"{month(d, r)} {d.day} {d.year}",
        "en:day-month-year": lambda d, r: f"{d.day} {month(d, r)} {d.year}",
    }
    short = {
        "en:day-month-yy": lambda d, r: f"{d.day} {month(d, r)} {yy(d)}",
        "en:month-day-apostrophe-yy": lambda d, r: f"{month(d, r)} {d.day}, '{yy(d)}",
        "en:day-month-apostrophe-yy": lambda d, r: f"{d.day} {month(d, r)} '{yy(d)}",
        "en:ord-month-apostrophe-yy": lambda d, r: f"{written_ordinal(d.day, r)} {month(d, r)} '{yy(d)}",
        "en:month-ord-apostrophe-yy": lambda d, r: f"{month(d, r)} {written_ordinal(d.day, r)}{r.choice((',', ''))} '{yy(d)}",
    }
    return [Template(k, v) for k, v in forms.items()] + [Template(k, v, short_year=True) for k, v in short.items()]


def _english_partials(locale: Locale) -> list[Template]:
    """Incomplete English dates in free text: "3rd May", "May 3rd", "the 29th of August", "Sept 1979"."""
    months = locale.months["format"]["wide"]

    seasons = ("Spring", "Summer", "Autumn", "Fall", "Winter", "spring", "summer", "fall", "winter")
    # A year with words that name no month or day: only the year is a date part.
    year_only = {
        "part-en:quarter-year": lambda d, r: f"Q{r.randint(1, 4)} {d.year}",
        "part-en:fiscal-year": lambda d, r: f"FY{r.choice(('', ' '))}{d.year}",
        "part-en:circa-year": lambda d, r: f"{r.choice(('c. ', 'c.', 'ca. ', 'circa '))}{d.year}",
        "part-en:season-year": lambda d, r: f"{r.choice(seasons)} {d.year}",
        "part-en:in-year": lambda d, r: f"{r.choice(('in ', 'year ', 'Year: '))}{d.year}",
    }
    forms = {
        "part-en:ord-month": lambda d, r: f"{ordinal(d.day)} {months[d.month]}",
        "part-en:month-ord": lambda d, r: f"{months[d.month]} {ordinal(d.day)}",
        "part-en:the-ord-of-month": lambda d, r: f"the {ordinal(d.day)} of {months[d.month]}",
    }
    return ([Template(k, v, missing="y") for k, v in forms.items()]
            + [Template(k, v, missing="dM") for k, v in year_only.items()]
            + [Template("part-en:sept-year", lambda d, r: f"{'Sept' if d.month == 9 else months[d.month][:3]} {d.year}",
                        missing="d")])


def _language_templates(locale: Locale) -> list[Template]:
    """Free-text forms of a few large languages that CLDR has no pattern for."""
    lang = locale.language
    months = locale.months["format"]["wide"]
    if lang == "fr":
        def fr_day(d: dt.date) -> str:
            return "1er" if d.day == 1 else str(d.day)
        return [Template("fr:le-day-month-year", lambda d, r: f"le {fr_day(d)} {months[d.month]} {d.year}"),
                Template("fr:ordinal-first", lambda d, r: f"{fr_day(d)} {months[d.month]} {d.year}")]
    if lang == "de":
        return [Template("de:am-day-month-year", lambda d, r: f"am {d.day}. {months[d.month]} {d.year}")]
    if lang == "es":
        return [Template("es:day-de-month-del-year", lambda d, r: f"{d.day} de {months[d.month]} del {d.year}")]
    if lang == "pt":
        return [Template("pt:day-de-month-de-year", lambda d, r: f"{d.day} de {months[d.month]} de {d.year}")]
    if lang == "it":
        return [Template("it:ordinal-first", lambda d, r: f"{'1º' if d.day == 1 else d.day} {months[d.month]} {d.year}")]
    if lang == "ru":
        return [Template("ru:day-month-year-goda", lambda d, r: f"{d.day} {months[d.month]} {d.year} года"),
                Template("ru:numeric-g", lambda d, r: f"{d.day:02d}.{d.month:02d}.{d.year} г.", numeric_month=True)]
    if lang == "pl":
        return [Template("pl:day-month-year-r", lambda d, r: f"{d.day} {months[d.month]} {d.year} r.")]
    if lang == "uk":
        return [Template("uk:day-month-year-r", lambda d, r: f"{d.day} {months[d.month]} {d.year} р.")]
    if lang == "vi":
        return [Template("vi:ngay-thang-nam", lambda d, r: f"ngày {d.day} tháng {d.month} năm {d.year}")]
    if lang in ("zh", "ja"):
        kanji = [Template(f"{lang}:kanji-no-space", lambda d, r: f"{d.year}年{d.month}月{d.day}日"),
                 Template(f"{lang}:kanji-padded", lambda d, r: f"{d.year}年{d.month:02d}月{d.day:02d}日")]
        if lang == "zh":  # spoken Chinese ends the day with 号: 2021年11月22号
            kanji.append(Template("zh:kanji-hao", lambda d, r: f"{d.year}年{d.month}月{d.day}号"))
        if lang == "ja":  # Japanese adds the weekday in brackets: 1995年1月26日(木)
            short_days = locale.days["format"]["abbreviated"]
            kanji.append(Template("ja:kanji-weekday",
                                  lambda d, r: f"{d.year}年{d.month}月{d.day}日({short_days[d.weekday()]})"))
        return kanji
    if lang == "ko":
        return [Template("ko:hangul-no-space", lambda d, r: f"{d.year}년{d.month}월{d.day}일")]
    return []


def column_months(locale: Locale) -> dict[int, str]:
    """The month abbreviations SAS and Oracle columns and web-server logs write in `locale`: the
    English ones, except where the locale's own names give that word to another month. Basaa's
    "may" is November, Duala's October, Sesotho's "jan" June, Teso's "mar" May, so their columns
    write the month in the locale's own abbreviation ("10-MPU-1995" is 10 May in Basaa), as Oracle
    does under NLS_DATE_LANGUAGE: a text never stands for two dates in one language."""
    english = Locale.parse("en").months["format"]["abbreviated"]
    own = language_month_names(locale.language)
    return {month: name if own.get(name.lower(), {month}) <= {month} else locale.months["format"]["abbreviated"][month]
            for month, name in english.items()}


# Offsets that Go's time.String() writes with the zone's abbreviation ("-0500 EST"), one meaning each.
GO_ZONES = (("-0500", "EST"), ("-0400", "EDT"), ("+0100", "CET"), ("+0200", "CEST"), ("-0800", "PST"), ("+0900", "JST"))


def _javascript_stamp(locale: Locale) -> Callable:
    """JavaScript's Date.toString(), "Mon Jun 03 2024 15:19:16 GMT+0200 (Mitteleuropäische
    Sommerzeit)": English names, and the name Babel gives the zone at that moment in `locale`'s
    language, from 1970 (before it, a whole-hour offset and no name: zones kept local mean times
    once, "+034112"). The text read leaves the name out; its text and clock parts as a stamp's."""
    en = Locale.parse("en")
    days, months = en.days["format"]["abbreviated"], en.months["format"]["abbreviated"]

    def stamp(d: dt.date, r: random.Random):
        h, m, s = r.randrange(24), r.randrange(60), r.randrange(60)
        zone = zoneinfo.ZoneInfo(r.choice(IANA_ZONES)) if d.year >= NAMED_ZONES_FROM else dt.timezone(
            dt.timedelta(hours=r.randrange(-11, 15)))
        moment = dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=zone)
        offset = moment.strftime("%z")
        name = f" ({get_timezone_name(moment, 'long', locale=locale)})" if d.year >= NAMED_ZONES_FROM else ""
        text = f"{days[d.weekday()]} {months[d.month]} {d.day:02d} {d.year} {h:02d}:{m:02d}:{s:02d} GMT{offset}"
        return text + (name if r.random() < 0.7 else ""), (h, m, s, offset, "")
    return stamp


def _hms(r: random.Random) -> tuple[int, int, int]:
    return r.randrange(24), r.randrange(60), r.randrange(60)


def _iso_compact(d: dt.date, r: random.Random) -> tuple[str, tuple[int, int, int | None, str, str]]:
    """ISO 8601's basic format (iCalendar, dateutil's and RFC tests): 20030925T104941, T1049,
    T104941.5, with Z or a basic offset (+0300, -03); file names glue the clock on (_, -, none)."""
    glue = r.choice(("T", "T", "", "_", "-"))
    h, m, s = _hms(r)
    fraction = ""
    if glue == "T":  # minutes alone only after a T: "201905031049" is no clock the reader finds
        s, fraction = r.choice(((s, ""), (s, ""), (None, ""), (s, str(r.randrange(1, 10))), (s, f"{r.randrange(1000):03d}")))
    minutes = r.choice((*WHOLE_HOUR_OFFSETS, *ODD_OFFSETS))
    offset = offset_label(minutes).replace(":", "")
    zone = r.choice(("", "", "Z", offset, offset[:3] if minutes % 60 == 0 else offset)) if glue == "T" else r.choice(("", "", "Z"))
    clock = f"{h:02d}{m:02d}" + ("" if s is None else f"{s:02d}" + (f".{fraction}" if fraction else ""))
    return f"{d:%Y%m%d}{glue}{clock}{zone}", (h, m, s, zone, fraction)


def _iso_compact_untimed(d: dt.date, r: random.Random) -> tuple[str, tuple[int, int, int, str, str]]:
    """`_iso_compact` as files without times wrote it, draw for draw."""
    glue = r.choice(("T", "T", "", "_", "-"))
    h, m, s = _hms(r)
    zone = r.choice(("", "", "Z"))
    return f"{d:%Y%m%d}{glue}{h:02d}{m:02d}{s:02d}{zone}", (h, m, s, zone, "")


def _machine_templates(locale: Locale, times: bool = False) -> list[Template]:
    """Dates as programs write them, in every locale: ISO 8601 timestamps, compact yyyymmdd, C's
    ctime() and Unix `date` (English names whatever the locale), RFC 2822 (e-mail, HTTP), SAS and
    Oracle date columns (English month names unless the locale gives the word to another month:
    `column_months`), and with `times` JavaScript's Date.toString() (English, with the zone's name
    in the locale's language). Where there is an English weekday, the month name stays English: the
    runtime reads "tue, 31 mar 1992" as English in Teso too.

    A stamp that writes a time is one function giving its text and its clock; `render` keeps the
    text, so the clock's parts cost no draw and files made without `times` stay as they were."""
    en = Locale.parse("en")
    days, months = en.days["format"]["abbreviated"], en.months["format"]["abbreviated"]
    column = column_months(locale)
    # A stamp gives its text and its clock's parts: hour, minute, second, zone and fraction as written.
    Stamp = Callable[[dt.date, random.Random], tuple[str, tuple[int, int, int | None, str, str]]]

    def mon(d: dt.date, r: random.Random) -> str:
        return column[d.month].upper() if r.random() < 0.8 else column[d.month]

    def iso_utc(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        micro = r.randrange(10**6)
        suffix = r.choice(("Z", ".000Z", "", f".{micro:06d}"))
        zone = "Z" if suffix.endswith("Z") else ""
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}{suffix}", (h, m, s, zone, suffix[1:].removesuffix("Z"))

    def iso_offset(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        zone = f"{r.choice('+-')}{r.randrange(15):02d}:{r.choice(('00', '30'))}"
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}{zone}", (h, m, s, zone, "")

    def iso_space(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        zone = r.choice(("", "", "+00:00", " UTC"))
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}{zone}", (h, m, s, zone, "")

    def iso_space_stamp(d: dt.date, r: random.Random):
        # As databases, loggers and languages print a datetime: SQL and Python ("2015-01-02 14:05:33",
        # "...:33.123456+00:00"), PostgreSQL ("...+00"), Ruby and Go's time.String() ("... +0000",
        # "...:33.123456789 +0000 UTC", "... -0500 EST"), log4j and syslog ("...:33.123 UTC", "... (CEST)").
        h, m, s = _hms(r)
        fraction = r.choice(("", "", f".{r.randrange(1000):03d}", f".{r.randrange(10**6):06d}",
                             f".{r.randrange(10**9):09d}"))
        offset, abbreviation = r.choice(GO_ZONES)
        written, zone = r.choice((("", ""), ("", ""), ("+00:00", "+00:00"), (" UTC", "UTC"), (" +0000", "+0000"),
                                  ("+00", "+00"), (" +0000 UTC", "+0000"), (f" {offset} {abbreviation}", offset),
                                  (f" ({abbreviation})", abbreviation), (f" {abbreviation}", abbreviation)))
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}{fraction}{written}", (h, m, s, zone, fraction[1:])

    def ctime(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        return f"{days[d.weekday()]} {months[d.month]} {d.day:2d} {h:02d}:{m:02d}:{s:02d} {d.year}", (h, m, s, "", "")

    def unix_date(zones: tuple[str, ...]) -> Stamp:
        def stamp(d: dt.date, r: random.Random):
            h, m, s = _hms(r)
            zone = r.choice(zones)
            return f"{days[d.weekday()]} {months[d.month]} {d.day:2d} {h:02d}:{m:02d}:{s:02d} {zone} {d.year}", (h, m, s, zone, "")
        return stamp

    def rfc2822(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        zone = r.choice(("+0000", "-0500", "+0200", "GMT"))
        return (f"{days[d.weekday()]}, {d.day:02d} {months[d.month]} {d.year} {h:02d}:{m:02d}:{s:02d} {zone}",
                (h, m, s, zone, ""))

    def clf(d: dt.date, r: random.Random):
        h, m, s = _hms(r)
        zone = f"{r.choice('+-')}{r.randrange(13):02d}{r.choice(('00', '30'))}"
        stamp = f"{d.day:02d}/{column[d.month]}/{d.year}:{h:02d}:{m:02d}:{s:02d} {zone}"
        return f"[{stamp}]" if r.random() < 0.5 else stamp, (h, m, s, zone, "")

    def timed(format_id: str, stamp: Stamp, unlabelled: Stamp | None = None) -> Template:
        def labelled(d: dt.date, r: random.Random) -> tuple[str, Clock]:
            text, (h, m, s, zone, fraction) = stamp(d, r)
            label, name = read_zone(zone) if zone else ("", "")
            return text, Clock(f"{h:02d}:{m:02d}" + ("" if s is None else f":{s:02d}"), h, m, s, fraction, label, name)
        shown = unlabelled or stamp
        return Template(format_id, lambda d, r: shown(d, r)[0], timed=labelled)

    # Unix `date` wrote IST among its zones before times were labelled; IST names three zones, so a
    # labelled stamp never writes it (the unlabelled files keep it, to stay byte-identical).
    zones = ("UTC", "GMT", "EST", "EDT", "CET", "CEST", "PST", "PDT", "JST", "IST")
    return [
        timed("iso-datetime-utc", iso_utc),
        timed("iso-datetime-offset", iso_offset),
        timed("iso-space-time", iso_space_stamp, iso_space),  # files without times as they were
        Template("iso-compact", lambda d, r: d.strftime("%Y%m%d")),
        timed("ctime", ctime),
        timed("unix-date", unix_date(tuple(z for z in zones if z not in AMBIGUOUS_ZONE_ABBREVIATIONS)), unix_date(zones)),
        timed("rfc2822", rfc2822),
        # ISO 8601 basic format and file-name stamps: 20220503T140000Z, 20220503140000, 20220503_140000
        timed("iso-compact-datetime", _iso_compact, _iso_compact_untimed),
        # SAS DATE9./DATE7. and Oracle DD-MON-YYYY/DD-MON-RR: 03MAY2022, 03MAY22, 03-MAY-2022, 03-MAY-22
        Template("ddMONyyyy", lambda d, r: "{0:02d}{2}{1}{2}{3}".format(d.day, mon(d, r), r.choice(("", "-")), d.year)),
        Template("ddMONyy", lambda d, r: "{0:02d}{2}{1}{2}{3:02d}".format(d.day, mon(d, r), r.choice(("", "-")),
                                                                          d.year % 100), short_year=True),
        # Web-server logs (Apache/nginx common log format): 03/May/2022:14:00:00 +0200, in brackets or not
        timed("apache-clf", clf),
    ] + ([timed("js-date", _javascript_stamp(locale))] if times else [])  # files without times as they were


def _turkish_ordinal(day: int, mark: str = "'") -> str:
    """"14'üncü" (Turkish), "28-inci" (Azerbaijani, `mark` "-"): the suffix follows the last digit's
    sound, else the tens'."""
    suffixes = {1: "inci", 5: "inci", 8: "inci", 2: "nci", 7: "nci", 20: "nci", 3: "üncü", 4: "üncü",
                6: "ncı", 9: "uncu", 10: "uncu", 30: "uncu"}
    return f"{day}{mark}{suffixes.get(day % 10) or suffixes[day - day % 10]}"


def _bulgarian_ordinal(day: int) -> str:
    """"14-ти", "1-ви", "2-ри", "7-ми", "21-ви" (Bulgarian and Macedonian)."""
    if 10 < day < 20:
        return f"{day}-ти"
    return f"{day}-" + {1: "ви", 2: "ри", 7: "ми", 8: "ми"}.get(day % 10, "ти")


def _georgian_ordinal(day: int) -> str:
    """"1-ლი", "მე-14", "მე-20", "21-ე"."""
    if day == 1:
        return "1-ლი"
    return f"მე-{day}" if day < 20 or day % 20 == 0 else f"{day}-ე"


def _welsh_ordinal(day: int) -> str:
    """"1af", "2il", "3ydd", "11eg", "28ain"."""
    if day > 20:
        return f"{day}ain"
    return f"{day}" + ["", "af", "il", "ydd", "ydd", "ed", "ed", "ed", "fed", "fed", "fed", "eg", "fed", "eg", "eg",
                       "fed", "eg", "eg", "fed", "eg", "fed"][day]


def _dotted_ordinal(day: int) -> str:
    return f"{day}."


# How free text writes the day of the month as an ordinal where CLDR has no pattern for it (the
# marks moment.js's and date-fns's locales write with "Do" and "do", which web pages and their tests
# carry): "февруари 14-ти 2010", "თებერვალი მე-14 2010", "Şubat 14'üncü 2010", "14:e februari 2010",
# "listopad 28. 2023", "Marso ika-11, 1987", "វិច្ឆិកា ទី28 2023".
DAY_ORDINALS: dict[str, Callable[[int], str]] = {
    "bg": _bulgarian_ordinal, "mk": _bulgarian_ordinal, "ka": _georgian_ordinal, "tr": _turkish_ordinal,
    "az": lambda day: _turkish_ordinal(day, "-"), "cy": _welsh_ordinal,
    "ru": lambda day: f"{day}-го", "uk": lambda day: f"{day}-го", "be": lambda day: f"{day}-га",
    "kk": lambda day: f"{day}-{'шы' if day % 10 in (6, 9) or day % 10 == 0 else 'ші'}",
    "ky": lambda day: f"{day}-" + ({0: "чу", 3: "чү", 4: "чү", 6: "чы", 9: "чу"}.get(day % 10, "чи") if day != 20 else "чы"),
    "hy": lambda day: "1-ին" if day == 1 else f"{day}-րդ", "lt": lambda day: f"{day}-oji",
    "el": lambda day: f"{day}η", "fa": lambda day: f"{day}م",
    "nl": lambda day: f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}",
    "af": lambda day: f"{day}{'ste' if day in (1, 8) or day >= 20 else 'de'}",
    "sv": lambda day: f"{day}:{'a' if day % 10 in (1, 2) and day not in (11, 12) else 'e'}",
    "ca": lambda day: f"{day}{ {1: 'r', 2: 'n', 3: 'r', 4: 't'}.get(day, 'è')}",
    "es": lambda day: f"{day}º", "pt": lambda day: f"{day}º", "it": lambda day: f"{day}º", "gl": lambda day: f"{day}º",
    "eo": lambda day: f"{day}a", "ta": lambda day: f"{day}வது", "kn": lambda day: f"{day}ನೇ", "te": lambda day: f"{day}వ",
    "km": lambda day: f"ទី{day}", "lo": lambda day: f"ທີ່{day}", "fil": lambda day: f"ika-{day}",
    **dict.fromkeys(("cs", "sk", "pl", "hr", "bs", "sr", "sl", "fi", "da", "nb", "nn", "de", "et", "hu", "lv", "eu", "fo",
                     "is", "sq", "lb", "se"), _dotted_ordinal),
}


def _ordinal_day_templates(locale: Locale) -> list[Template]:
    """The month's name, the ordinal day and the year, with or without the weekday before them, in
    the languages of `DAY_ORDINALS`: "неделя, февруари 14-ти 2010", "Marso ika-11, 1987",
    "14-ти февруари 2010"."""
    written = DAY_ORDINALS.get(locale.language)
    if written is None:
        return []
    months = locale.months["format"]["wide"]  # "14-го февраля"
    alone = locale.months["stand-alone"]["wide"]  # "февраль 14-го", as a month before its day is written
    days = locale.days["format"]["wide"]
    comma = "،" if locale.language == "fa" else ","

    def month_day_year(d: dt.date, r: random.Random) -> str:  # moment's "MMMM Do YYYY", date-fns's "MMMM do, y"
        return f"{alone[d.month]} {written(d.day)}{r.choice(('', comma))} {d.year}"

    templates = [Template("ord:weekday-month-day-year", lambda d, r: f"{days[d.weekday()]}{comma} {month_day_year(d, r)}"),
                 Template("ord:month-day-year", month_day_year)]
    if locale.language not in ("es", "pt", "gl", "ca"):  # "14º de febrero de 2010": their dates have "de"
        templates.append(Template("ord:day-month-year", lambda d, r: f"{written(d.day)} {months[d.month]} {d.year}"))
    return templates


def _written_month_templates(locale: Locale) -> list[Template]:
    """The locale's medium and long dates, and the month-first "MMM d, y" that apps write in every
    language, with the month names CLDR lacks (`months.written_months`: people's, moment.js's,
    dayjs's and date-fns's): "Th8 29, 2022", "16. čer 2014", "7 Nopember 2019"."""
    variants = written_months().get(locale.language)
    if not variants:
        return []
    patterns = {locale.date_formats[width].pattern for width in ("medium", "long")} | {"MMM d, y"}
    templates = []
    for pattern in sorted(p for p in patterns if (field := _MONTH_NAME_FIELD.search(p))
                          and not p[field.start() - 1:field.start()].isalpha() and not p[field.end():field.end() + 1].isalpha()):
        # not a name glued to a prefix or a case ending ("d בMMM y", "dی MMMMی y"): the checks find
        # a name inside a word only among CLDR's
        def render(date: dt.date, rng: random.Random, pattern: str = pattern) -> str:
            if date.month not in variants:  # a month with no other name: the locale's own
                return format_date(date, pattern, locale=locale)
            name = rng.choice(variants[date.month]).replace("'", "''")
            return format_date(date, _MONTH_NAME_FIELD.sub(f"'{name}'", pattern), locale=locale)
        templates.append(Template(f"written-month:{pattern}", render))
    return templates


def _library_templates(locale: Locale) -> list[Template]:
    """moment.js's and date-fns's long dates and datetimes in the locale's language
    (`datenorm.library`): "2023 m. lapkričio 28 d., antradienis, 00:45 val.", "২৮ নভে ২০২৩, দুপুর
    ৩:৪৫ সময়", "Nov 28, 2023, 12:05:09 PM"; each format once."""
    templates, seen = [], set()
    for written in formats_for(locale.language, locale.territory, script_of(locale.months['format']['wide'][1])):
        if written.tokens in seen:
            continue
        seen.add(written.tokens)
        format_id = f"{written.library}:{written.key}"
        if written.key in DATETIME_KEYS:
            def timed(date: dt.date, rng: random.Random, written: LibraryFormat = written) -> tuple[str, Clock]:
                hour, minute, second = rng.randrange(24), rng.randrange(60), rng.randrange(60)
                moment = dt.datetime(date.year, date.month, date.day, hour, minute, second)
                seconds = second if written.writes_seconds else None
                clock = f"{hour:02d}:{minute:02d}" + ("" if seconds is None else f":{second:02d}")
                return written.render(moment), Clock(clock, hour, minute, seconds)
            templates.append(Template(format_id, lambda d, r, timed=timed: timed(d, r)[0], short_year=written.short_year,
                                      numeric_month=written.numeric_month, timed=timed))
        else:
            templates.append(Template(format_id, lambda d, r, written=written: written.render(
                dt.datetime(d.year, d.month, d.day)), short_year=written.short_year, numeric_month=written.numeric_month))
    return templates


_MONTH_NAME_FIELD = re.compile(r"(?<![ML])[ML]{3,4}(?![ML])")  # a CLDR pattern's month name: MMM, MMMM, LLL, LLLL


# Months in Roman numerals, as Central and Eastern Europe write them by hand and on documents:
# 3.V.1979, 3. V. 1979, 3 V 1979; Hungarian puts the year first (1979. V. 3.).
ROMAN_MONTH_LANGUAGES = frozenset({"pl", "cs", "sk", "hu", "ro", "hr", "sr", "bs", "sl", "lt", "lv", "ru", "uk", "be",
                                   "bg", "it", "pt"})


def _roman_month_templates(locale: Locale) -> list[Template]:
    if locale.language not in ROMAN_MONTH_LANGUAGES:
        return []
    if locale.language == "hu":
        layouts = ("{y}. {m}. {d}.", "{y}.{m}.{d}.", "{y}. {m}. {d}")
    else:
        layouts = ("{d}.{m}.{y}", "{d}. {m}. {y}", "{d} {m} {y}", "{d}-{m}-{y}", "{d}.{m}.{y}.")
    return [Template("roman-month", lambda d, r: r.choice(layouts).format(d=d.day, m=ROMAN_MONTHS[d.month], y=d.year))]


def locale_plan(name: str, weight: float = 1.0, times: bool = False) -> LocalePlan | None:
    """Every template for one locale, or None when Babel cannot give it a usable numeric order;
    with `times`, the stamps only labelled rows write too."""
    try:
        locale = Locale.parse(name)
    except (UnknownLocaleError, ValueError) as exc:
        raise DatenormError(f"unknown locale {name!r} (see babel.localedata.locale_identifiers())") from exc
    order = pattern_order(locale.date_formats["short"].pattern)
    if order is None:
        return None
    candidates: list[tuple[str, str]] = [(f"cldr-{w}", locale.date_formats[w].pattern) for w in CLDR_WIDTHS]
    skeletons = locale.datetime_skeletons
    candidates += [(f"skel-{s}", skeletons[s].pattern) for s in SKELETONS if s in skeletons]
    candidates += [(f"pat:{p}", p) for p in PATTERNS_BY_ORDER[order]]
    if locale.language == "en":
        candidates += [(f"pat:{p}", p) for p in ENGLISH_TEXT_PATTERNS]
    candidates += [(f"pat:{p}", p) for p in ISO_PATTERNS]
    templates: list[Template] = []
    seen: set[str] = set()
    for format_id, pattern in candidates:
        if pattern in seen:
            continue
        seen.add(pattern)
        # A numeric pattern in another order than the locale's would contradict the order hint.
        if _is_numeric_month(pattern) and pattern_order(pattern) not in (order, "YMD"):
            continue
        template = _babel_template(format_id, pattern, locale)
        if template is not None:
            templates.append(template)
    if locale.language == "en":
        templates += _english_templates(locale)
    templates += _language_templates(locale)
    templates += _roman_month_templates(locale)
    if times:  # forms the datetime model learnt: files without times stay as `models/default` was trained on
        templates += _ordinal_day_templates(locale) + _written_month_templates(locale) + _library_templates(locale)
    templates += _machine_templates(locale, times)
    return LocalePlan(str(locale), locale.language, order, weight, tuple(templates), tuple(_partial_templates(locale, order)))


def resolve_locales(spec: str | None) -> dict[str, float]:
    """Locale names and weights for a `--locales` value: None (the English default), 'all' or a list."""
    if spec is None or spec.strip() == "":
        return dict(DEFAULT_LOCALES)
    if spec.strip() == "all":
        names = sorted(localedata.locale_identifiers())
        per_language: dict[str, int] = {}
        for name in names:
            per_language[name.split("_")[0]] = per_language.get(name.split("_")[0], 0) + 1
        return {n: LANGUAGE_WEIGHTS.get(n.split("_")[0], 1) / per_language[n.split("_")[0]] for n in names}
    names = [n.strip() for n in spec.split(",") if n.strip()]
    if not names:
        raise DatenormError(f"--locales {spec!r} names no locale")
    return {n: DEFAULT_LOCALES.get(n, 1.0) for n in names}


def build_plans(spec: str | None, times: bool = False) -> tuple[list[LocalePlan], list[str]]:
    """Plans for every locale in `spec` (`locale_plan`), and the names of the locales skipped as unformattable."""
    plans, skipped = [], []
    for name, weight in resolve_locales(spec).items():
        plan = locale_plan(name, weight, times)
        if plan is None or not plan.templates:
            skipped.append(name)
        else:
            plans.append(plan)
    if not plans:
        raise DatenormError(f"none of the locales {spec!r} can be formatted")
    return plans, skipped


# --- augmentation ---------------------------------------------------------------------------------

UNSPACED_CLOCKS = frozenset({"ja", "zh", "yue", "ko", "th"})  # "1995年1月26日10時42分" needs no space
MACHINE_IDS = frozenset({"iso-datetime-utc", "iso-datetime-offset", "iso-space-time", "ctime", "unix-date", "rfc2822", "js-date",
                         "iso-compact-datetime", "apache-clf"})
AUGMENTATIONS = ("time", "time", "words", "digits", "case", "case", "spaces", "punct", "comma")
# With `times`, a time is a part of the label and drawn apart (TIME_SHARE); the augmentation is one of the others
PLAIN_AUGMENTATIONS = tuple(a for a in AUGMENTATIONS if a != "time")


def augment(text: str, lang: str, rng: random.Random, with_time: bool = True,
            kinds: tuple[str, ...] = AUGMENTATIONS) -> tuple[str, str]:
    """Apply at most one augmentation of `kinds` to `text`; return the new text and the augmentation id.

    The "time" augmentation appends a clock the label does not give: files made without `times`."""
    if rng.random() < 0.45:
        return text, "none"
    kind = rng.choice(kinds)
    if kind == "time" and with_time:
        native = native_clock(lang, rng) if rng.random() < 0.5 else None
        if native is not None:
            clock = native[1]
            glue = rng.choice((" ", " ", "")) if lang in UNSPACED_CLOCKS else rng.choice((" ", " ", ", "))
            if text[-1].isdigit() and clock[0].isdigit():  # "2019/5/3" + "3시" must not read "2019/5/33시"
                glue = " "
            return f"{text}{glue}{clock}", "time-native"
        name, written = time_of_day(rng)
        return f"{text}{rng.choice((' ', ' ', ', ', ' at '))}{written.text}", name
    if kind == "words":
        return rng.choice(LEAD_WORDS.get(lang, GENERIC_LEAD_WORDS)) + text, "words"
    if kind == "digits":
        system = NATIVE_DIGITS_BY_LANGUAGE.get(lang) if rng.random() < 0.7 else None
        system = system or rng.choice(sorted(NATIVE_DIGITS))
        return text.translate(str.maketrans("0123456789", NATIVE_DIGITS[system])), f"digits-{system}"
    if kind == "case":
        style = rng.choice(("upper", "lower", "title"))
        return getattr(text, style)(), style
    if kind == "spaces":
        return "  " + re.sub(" ", lambda _: " " * rng.randint(1, 3), text) + " ", "spaces"
    if kind == "punct":
        left, right = rng.choice((("", "."), ("", ","), ("(", ")"), ('"', '"'), ("'", "'"), ("[", "]"), ("", ";")))
        return f"{left}{text}{right}", "punct"
    if "," in text:  # a comma between two numbers becomes a space: "7,1960" is not 71960
        return re.sub(r"(?<=\d),(?=\d)", " ", text).replace(",", ""), "comma-dropped"
    if text.split(" ")[0].isalpha() and " " in text and text.split(" ")[0].lower() != "the":  # after a leading weekday
        return re.sub(r"^(\S+) ", r"\1, ", text, count=1), "comma-added"
    added = re.sub(r"(\d) (\d{4})\b", r"\1, \2", text)
    return added, ("comma-added" if added != text else "none")


# --- generation -----------------------------------------------------------------------------------

# Of the rows with a whole date and no stamp of their own. Stamps (ISO, RFC 2822, logs) always write
# a time and are 14% of English rows, 26% over all locales (which have fewer templates each), so 36%
# to 45% of all rows have a time: enough for every form in every large language, while most rows
# still teach the date alone, the answer most texts want.
TIME_SHARE = 0.25
TIME_ONLY_SHARE = 0.01  # rows that write a time and no date, labelled 0000-00-00THH:MM


def _in_pivot_window(date: dt.date) -> bool:
    return PIVOT_START <= date.year <= PIVOT_END


CLDR_DATE_IDS = frozenset(f"cldr-{w}" for w in CLDR_WIDTHS)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A negative offset glued to a clock of minutes that the reading layer takes for a range of times
# ("10:42-11:00", "1:33 AM-03:30": `datenorm.ranges.time_range_parts`) is written apart ("10:42
# -11:00"); glued, it is an offset only after an ISO date's "T", which keeps it.
_RANGE_LIKE_OFFSET = re.compile(r"(?<![0-9:])([0-9]{1,2}:[0-9]{2}(?: ?[AP]M)?)-(?=[0-9]{2}:[0-9]{2}$)")


def _offset_apart(clock: Clock) -> Clock:
    """`clock` with a negative offset that reads as the end of a range written apart (`_RANGE_LIKE_OFFSET`)."""
    if "-" not in clock.text or not _RANGE_LIKE_OFFSET.search(clock.text) or time_range_parts(clock.text) is None:
        return clock
    return replace(clock, text=_RANGE_LIKE_OFFSET.sub(r"\1 -", clock.text))


# A time alone that reads as a date too: numbers and dots, or commas ("10.06", "15.11.59")
_DATE_LIKE_TIME = re.compile(r"[0-9]{1,2}([.,])[0-9]{2}(?:\1[0-9]{2})?")

# A text of a time alone gets no lead word ("DOB 10:42") and no comma after its first word ("at, noon")
TIME_ONLY_AUGMENTATIONS = ("digits", "case", "case", "spaces", "punct")


def _zone_as_written(clock: Clock | None, text: str) -> str:
    """The `zone` column: the clock's named zone as the final text writes it, whatever the case,
    spacing and comma augmentations did to it ("central  european summer time")."""
    if clock is None or not clock.zone_name:
        return ""
    words = re.split(r"[\s,]+", clock.zone_name.strip())
    found = re.search(r"[\s,]+".join(map(re.escape, words)), text, re.IGNORECASE)
    return found.group() if found else clock.zone_name


class DatePairs:
    """A seeded stream of (human date, ISO date) rows over a set of locale plans; with `times`, the
    times of day the texts write are labelled too (`YYYY-MM-DDTHH:MM...`)."""

    def __init__(self, plans: list[LocalePlan], seed: int, start: dt.date = DEFAULT_START,
                 end: dt.date = DEFAULT_END, partial_share: float = PARTIAL_SHARE, times: bool = False,
                 time_share: float = TIME_SHARE, relative_share: float = 0.0) -> None:
        if end < start:
            raise DatenormError(f"--end {end} is before --start {start}")
        self.plans = plans
        self.start, self.end = start, end
        self.partial_share = partial_share
        self.times = times
        self.time_share = time_share
        self.time_ids: set[str] = set()  # the time form ids drawn so far
        self.relative_share = relative_share
        self.relative_ids: set[str] = set()  # likewise, the relative forms'
        self._relative: dict[str, RelativeTexts] = {}
        self.fake = Faker()
        self.fake.seed_instance(seed)
        self.rng: random.Random = self.fake.random
        self._cum = []
        total = 0.0
        for plan in plans:
            total += plan.weight
            self._cum.append(total)
        self._long = [tuple(t for t in p.templates if not t.short_year) for p in plans]

    def _plan_index(self) -> int:
        return min(bisect.bisect_right(self._cum, self.rng.random() * self._cum[-1]), len(self.plans) - 1)

    def row(self, plan_index: int | None = None) -> Row:
        i = self._plan_index() if plan_index is None else plan_index
        plan = self.plans[i]
        if self.relative_share and self.rng.random() < self.relative_share and (row := self._relative_row(plan)):
            return row
        date = self.fake.date_between_dates(self.start, self.end)
        if self.times and self.rng.random() < TIME_ONLY_SHARE:
            return self._time_only_row(plan)
        if self.partial_share and plan.partials and self.rng.random() < self.partial_share:
            templates = plan.partials
        else:
            templates = plan.templates if _in_pivot_window(date) else self._long[i]
        template = self.rng.choice(templates)
        if self.times:
            return self._timed_row(plan, template, date)
        text = template.render(date, self.rng)
        matters = int(template.numeric_month and order_matters(text))
        with_time = template.id not in MACHINE_IDS and not template.missing
        text, aug = augment(text, plan.lang, self.rng, with_time=with_time)
        format_id = template.id if aug == "none" else f"{template.id}+{aug}"
        return Row(text, template.label(date), plan.order, plan.locale, format_id, plan.lang, aug, matters)

    def _timed_row(self, plan: LocalePlan, template: Template, date: dt.date) -> Row:
        """A row whose label carries the time its text writes: a stamp's own, or one drawn for a share
        of the whole dates (`time_share`); the format id is the date's, then the time's, then the augmentation's."""
        clock, time_id = None, ""
        if template.timed is not None:
            text, clock = template.timed(date, self.rng)
        else:
            text = template.render(date, self.rng)
        matters = int(template.numeric_month and order_matters(text))
        if clock is None and not template.missing and self.rng.random() < self.time_share:
            text, time_id, clock = self._with_time(text, template, plan, date)
        text, aug = augment(text, plan.lang, self.rng, kinds=PLAIN_AUGMENTATIONS)
        if (clock is not None and clock.zone_name in GENERIC_ABBREVIATIONS
                and not generic_written(clock.zone_name, text)):
            clock = replace(clock, zone="", zone_name="")  # "6 Am Pt", "4AM CT" in capitals: no zone, as read
        format_id = "+".join(part for part in (template.id, time_id, "" if aug == "none" else aug) if part)
        iso = template.label(date) + (clock.label() if clock else "")
        return Row(text, iso, plan.order, plan.locale, format_id, plan.lang, aug, matters, _zone_as_written(clock, text))

    def _time_only_row(self, plan: LocalePlan) -> Row:
        """A time and no date ("10:42 PM", "15 Uhr"), labelled 0000-00-00THH:MM: no named zone, whose
        offset would need the date, and none that is numbers and dots alone ("10.06", "15.11.59"),
        which write a day and month (and year) as well as a time."""
        for _ in range(8):
            _, time_id, clock = self._draw_clock(time_catalogue(plan.locale), None)
            if not _DATE_LIKE_TIME.fullmatch(clock.text.strip()):
                break
        clock = _offset_apart(clock)
        text, aug = augment(clock.text, plan.lang, self.rng, kinds=TIME_ONLY_AUGMENTATIONS)
        format_id = f"part-time+{time_id}" + ("" if aug == "none" else f"+{aug}")
        return Row(text, f"0000-00-00{clock.label()}", plan.order, plan.locale, format_id, plan.lang, aug, 0,
                   _zone_as_written(clock, text))

    def _relative_row(self, plan: LocalePlan) -> Row | None:
        """A date said relative to today ("yesterday", "il y a 3 jours", "next Friday"), labelled
        with its canonical form (`datenorm.relative`); None for a locale CLDR gives no such words."""
        texts = self._relative.get(plan.locale)
        if texts is None:
            texts = self._relative[plan.locale] = RelativeTexts(plan.locale, plan.lang)
        if not texts:
            return None
        form_id, text, form = texts.draw(self.rng)
        text, typed = as_typed(text, self.rng)
        form_id += f"+{typed}" if typed else ""
        self.relative_ids.add(form_id)
        text, aug = augment(text, plan.lang, self.rng, kinds=TIME_ONLY_AUGMENTATIONS)
        format_id = form_id + ("" if aug == "none" else f"+{aug}")
        return Row(text, form, plan.order, plan.locale, format_id, plan.lang, aug, 0)

    def _draw_clock(self, catalogue: TimeCatalogue, date: dt.date | None) -> tuple[str, str, Clock]:
        """A clock of the locale's catalogue: its group, form id and clock. CLDR's formats are drawn
        most (45%), then the common forms (30%), then the language's own (25%, where it has any)."""
        for _ in range(8):
            r = self.rng.random()
            group = "cldr" if r < 0.45 else "common" if r < 0.75 else "language"
            writers = getattr(catalogue, group)
            written = self.rng.choice(writers)(date, self.rng) if writers else None
            if written is not None:
                self.time_ids.add(written[0])
                return (group, *written)
        time_id, clock = time_of_day(self.rng, nanoseconds=True)
        self.time_ids.add(time_id)
        return "common", time_id, clock

    def _with_time(self, text: str, template: Template, plan: LocalePlan, date: dt.date) -> tuple[str, str, Clock]:
        """`text` with a clock joined to it, the time's form id and the clock. A CLDR time is mostly
        joined by the locale's own date+time pattern (in the date's width for a CLDR date), so each
        locale puts it before or after the date its way; CLDR and common times are also put before
        the date ("10:42, 3 May 1979": the form id ends in `-first`), and so are the language's own
        where it has a word that joins them (`CLOCK_BEFORE_DATE`: "alle ore 12 del 3 maggio");
        the rest follow the date."""
        catalogue = time_catalogue(plan.locale)
        group, time_id, clock = self._draw_clock(catalogue, date)
        r = self.rng.random()
        if group == "cldr" and r < 0.7:
            width = template.id.removeprefix("cldr-") if template.id in CLDR_DATE_IDS else self.rng.choice(CLDR_WIDTHS)
            join = self.rng.choice(catalogue.joins[width])
            joined = join.replace("{0}", "\0").replace("{1}", text).replace("\0", clock.text)
            return joined, time_id, clock
        if r > 0.85 and (group != "language" or plan.lang in CLOCK_BEFORE_DATE):
            clock = _offset_apart(clock)
            # the language's joining words, but not one the date begins with ("am 18. Juni")
            words = tuple(f" {word} ".replace("  ", " ") for word in CLOCK_BEFORE_DATE.get(plan.lang, ())
                          if not text.lower().startswith(f"{word} "))
            joins = ((" ", ", ") if group != "language" else ()) + (words or (" ",))
            return f"{clock.text}{self.rng.choice(joins)}{text}", f"{time_id}-first", clock
        if time_id == "time-iso" and _ISO_DATE.fullmatch(text):
            glue = self.rng.choice(("T", "T", " "))
        elif group == "language" and plan.lang in UNSPACED_CLOCKS:
            glue = self.rng.choice((" ", " ", ""))
        else:
            glue = self.rng.choice((" ", " ", ", ") + ((" at ",) if plan.lang == "en" and clock.text[0].isdigit() else ()))
        if not glue and text[-1].isdigit() and clock.text[0].isdigit():  # "2019/5/3" + "3시" is no "2019/5/33시"
            glue = " "
        if glue != "T":
            clock = _offset_apart(clock)
        return f"{text}{glue}{clock.text}", time_id, clock

    def rows(self, n: int, exclude: set[str] | None = None, cover_locales: bool = False) -> Iterable[Row]:
        """`n` rows; rows whose normalised text is in `exclude` are redrawn (held-out splits)."""
        produced = attempts = 0
        while produced < n:
            attempts += 1
            if attempts > 50 * n + 1000:
                raise DatenormError(
                    f"could not draw {n} distinct held-out dates: widen --start/--end or add locales")
            first_pass = cover_locales and produced < len(self.plans) and n >= 2 * len(self.plans)
            row = self.row(produced if first_pass else None)
            if exclude is not None:
                key = normalize_text(row.text)
                if key in exclude:
                    continue
                exclude.add(key)
            produced += 1
            yield row


def _write_split(handle, lines: Iterable[str], columns: tuple[str, ...] = COLUMNS) -> None:
    handle.write("\t".join(columns) + "\n")
    for line in lines:
        handle.write(line + "\n")


@dataclass(frozen=True)
class GenerateReport:
    paths: dict[str, Path]
    counts: dict[str, int]
    seconds: float
    locales: int
    skipped: list[str]
    formats: int

    @property
    def rate(self) -> float:
        return sum(self.counts.values()) / max(self.seconds, 1e-9)


def generate(out: Path, sizes: dict[str, int], seed: int = 0, locales: str | None = None,
             start: dt.date = DEFAULT_START, end: dt.date = DEFAULT_END,
             exclude: list[Path] | None = None, partial_share: float = PARTIAL_SHARE,
             times: bool = False, time_share: float = TIME_SHARE, relative_share: float = 0.0) -> GenerateReport:
    """Write `out/train.tsv`, `valid.tsv` and `test.tsv`; held-out texts never occur in train, nor in
    any `exclude` file (e.g. the training data of a model to be evaluated on the new held-out splits).

    With `times`, labels carry the times of day the texts write, and a `zone` column names a zone
    written by name; without it, the files are byte for byte those made before times existed.
    `relative_share` of the rows say a date relative to today, labelled with their canonical form
    ("-P3D", "FR+1", "M-1": `datenorm.relative`); at 0 the files are those made before them."""
    for split, n in sizes.items():
        if n <= 0:
            raise DatenormError(f"--{split} must be a positive number of rows, got {n}")
    if end < start:
        raise DatenormError(f"--end {end} is before --start {start}")
    t0 = time.perf_counter()
    excluded: set[str] = set()
    for path in exclude or []:
        try:
            excluded.update(normalize_text(r["text"]) for r in read_rows(path))
        except (OSError, KeyError, UnicodeDecodeError) as exc:
            raise DatenormError(f"cannot read --exclude {path}: {getattr(exc, 'strerror', None) or exc}") from None
    plans, skipped = build_plans(locales, times)
    if not 0 <= partial_share <= 1:
        raise DatenormError(f"--partial-share must be between 0 and 1, got {partial_share}")
    if not 0 <= time_share <= 1:
        raise DatenormError(f"--time-share must be between 0 and 1, got {time_share}")
    if not 0 <= relative_share <= 1:
        raise DatenormError(f"--relative-share must be between 0 and 1, got {relative_share}")
    pairs = DatePairs(plans, seed, start, end, partial_share, times, time_share, relative_share)
    columns = COLUMNS + ("zone",) if times else COLUMNS
    ensure_writable_dir(out)
    counts: dict[str, int] = {}
    paths = {split: out / f"{split}.tsv" for split in ("train", "valid", "test")}
    with replacing_together(list(paths.values()), "--out", text=True) as handles:  # all three, or none
        files = dict(zip(paths, handles))
        train_rows = list(pairs.rows(sizes["train"], cover_locales=True))
        seen = {normalize_text(r.text) for r in train_rows} | excluded
        _write_split(files["train"], (r.tsv(columns) for r in train_rows), columns)
        counts["train"] = len(train_rows)
        for split in ("valid", "test"):
            rows = list(pairs.rows(sizes[split], exclude=seen))
            _write_split(files[split], (r.tsv(columns) for r in rows), columns)
            counts[split] = len(rows)
    formats = len({t.id for p in plans for t in p.templates + (p.partials if partial_share else ())}
                  | pairs.time_ids | pairs.relative_ids)
    return GenerateReport(paths, counts, time.perf_counter() - t0, len(plans), skipped, formats)
