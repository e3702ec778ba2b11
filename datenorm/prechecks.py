"""Prechecks: what refuses a text before the model reads it, in order. Each check reads the text's
`Evidence` and gives a refusal or nothing; the first refusal is the answer.

A precheck never answers: it says why a text is no date the model may give (a decade, a Hijri
year, a number that is an id) or which part of a date it gives (a quarter is its year alone).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from datenorm import holidays
from datenorm.clock import without_clock
from datenorm.config import ModelConfig
from datenorm.evidence import Evidence
from datenorm.months import english_weekdays, names_a_month
from datenorm.result import Result, refusal
from datenorm.text import ORDERS, digit_runs, is_numeric_date, iso_week_or_ordinal, numeric_date

# A text of digits alone is a date only as a year (1979), yyyymmdd or yyyymmddhhmmss, or with an
# order given, as yymmdd in that order; "1651586400" (a Unix time) would otherwise be read as some
# incomplete date.
DATE_NUMBER_LENGTHS = (4, 8, 14)
ORDERED_NUMBER_LENGTHS = (6,)
# yyyymmddhh and yyyymmddhhmm are stamps too ("199709020908"), where their fields are a date and a time
_STAMP_TO_THE_MINUTE = re.compile(r"[12][0-9]{3}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])"
                                  r"(?:[0-5][0-9])?")


@dataclass(frozen=True)
class Options:
    """How a batch of texts is read: the model's config, the order and language given, the least
    confidence an answer needs, whether to read the time of day, whether to give it in UTC, and the
    instant a date said relative to one is resolved against (None: now, when it is read)."""

    config: ModelConfig
    order: str | None
    lang: str | None
    min_confidence: float
    time: bool = False
    utc: bool = False
    now: dt.datetime | None = None


def empty(ev: Evidence, opts: Options) -> Result | None:
    """Nothing left to read once spaces and marks are gone."""
    return refusal(ev.raw, "empty", "empty") if not ev.text else None


def too_long(ev: Evidence, opts: Options) -> Result | None:
    """Longer than the model reads, even without its time of day: never cut short, reported."""
    tx = opts.config.tx
    return refusal(ev.raw, "too_long", f"too long ({len(ev.full)} > {tx})") if len(ev.text) > tx else None


# A quarter or half of a year: "q2 2019", "2019-q2", "h1 2019", "3rd quarter 2019" (the quarter's
# words are gone by now: "the second quarter of 2019" is "2019", below)
_QUARTER = re.compile(r"(?<![^\W_])(?:q[1-4]|h[12])(?![^\W_])|(?<![0-9])[1-4](?:st|nd|rd|th)\s+(?:quarter|half)\b")
_QUARTER_HINT = re.compile(r"q[1-4]|h[12]|quarter|half")  # looked for first: most texts have none

_DECADE = re.compile(r"(?<![0-9])(?:[0-9]{3}0|'[0-9]0)'?s(?![^\W\d_])")

# An era before the Common Era written after a year: "44 bc", "1979 b.c.e.", "753 v. chr.",
# "52 av. j.-c.", "44 a. c.", "300 до н. э."
_BEFORE_COMMON_ERA = re.compile(r"[0-9]\s*(b\.?\s?c\.?(?:\s?e\.?)?|v\.\s?chr\.?|av\.\s?j\.?-?\s?c\.?|a\.\s?c\.|до\s?н\.\s?э\.?)"
                                r"(?![^\W\d_])")

# Arabic-Indic and Persian digits: a year of these two centuries written with them is a Hijri year
# (lunar 1300 AH began in 1882, solar 1300 SH in 1921), not a Gregorian one of the Middle Ages.
_ARABIC_SCRIPT_DIGIT = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")
HIJRI_YEARS = (1300, 1500)
# Languages in which a year of HIJRI_YEARS is a Hijri one, whatever its digits: Iran's and Afghanistan's solar
# calendar is the civil one; Arabic dates by the Gregorian calendar too, but writes a year of 1300-1500 of the
# lunar Hijri one far more often than a Gregorian year of the 14th century
HIJRI_LANGS = frozenset({"fa", "ps", "ar"})
# A date marked as Hijri: Arabic "هـ" (its tatweel is gone by now), Persian "ه.ش" (solar) and "ه.ق"
# (lunar) after it, "AH" after its year
_HIJRI_MARK = re.compile(r"(?:[0-9]\s*(ه(?:\.?\s?[شق])?)|(?<![0-9:])[0-9]{3,4}\s*(a\.?h\.?))(?![^\W\d_])")


def other_calendar(ev: Evidence, opts: Options) -> Result | None:
    """A Hijri date: its year is marked as Hijri ("1440 هـ", "1398 ه.ش", "1440 AH"), or lies in
    HIJRI_YEARS written in Arabic-script digits or in a language whose calendar is Hijri (`HIJRI_LANGS`,
    the language given: Persian "1399/03/20 05:27:26" is 9 June 2020): read as Gregorian it would be
    six centuries early ("۱۳۹۸/۰۲/۱۳", 1398-02-13); unless the text names a Gregorian month ("١
    september ١٣١٥")."""
    text, years = ev.text, ev.years
    if ("ه" in text or "ah" in text or "a.h" in text) and (mark := _HIJRI_MARK.search(text)) is not None:
        mark = mark.group(1) or mark.group(2)
        return refusal(ev.raw, "other_calendar", f"not a Gregorian date (marked Hijri: {'هـ' if mark == 'ه' else mark})")
    if not years or min(years) > HIJRI_YEARS[1] or max(years) < HIJRI_YEARS[0]:
        return None
    hijri = [year for year in years if HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]]
    script = _ARABIC_SCRIPT_DIGIT.search(ev.raw) is not None
    if not hijri or not (script or opts.lang in HIJRI_LANGS) or names_a_month(ev.months):
        return None
    written = "in Arabic-script digits" if script else f"in {opts.lang}"
    return refusal(ev.raw, "other_calendar", f"not a Gregorian date (year {hijri[0]} {written}: Hijri?)")


def unknown_characters(ev: Evidence, opts: Options) -> Result | None:
    """Letters or digits the model never saw (marks it does not know are read as ones it does)."""
    return refusal(ev.raw, "unknown_characters", "unknown characters") if ev.unknown else None


def iso_week(ev: Evidence, opts: Options) -> Result | None:
    """A text left as an ISO week or ordinal date: a week without its day ("2021-w47") gives the
    week; an impossible one ("2021-w54-1", "2021-366") is no date (a valid one is a date by now)."""
    week, day = iso_week_or_ordinal(ev.text)
    if week and not week[3]:
        reduced = f"{week[1]}-W{week[2]}"
        return refusal(ev.raw, "incomplete", f"incomplete date (week only): {reduced}", partial=reduced)
    if week or day:
        return refusal(ev.raw, "not_calendar", "not a calendar date")
    return None


def quarter(ev: Evidence, opts: Options) -> Result | None:
    """A quarter or half of one year ("2019-q2", "h1 2019") gives the year alone, which the model
    would read with the quarter as a month (2019-02)."""
    text = ev.text
    if _QUARTER_HINT.search(text) is None or _QUARTER.search(text) is None:
        return None
    runs = digit_runs(text)
    years = [run for run in runs if len(run) == 4]
    if len(runs) != 2 or len(years) != 1:
        return None  # two numbers: the quarter's and the year ("2019-05-03 h1" is no quarter)
    return refusal(ev.raw, "incomplete", f"incomplete date (year only): {years[0]}", partial=years[0])


def decade(ev: Evidence, opts: Options) -> Result | None:
    """A text whose one number is a decade ("the 1970s", "1970's", "mid-'80s"): read as a year it
    would be 1970, one year of ten."""
    if "0s" not in ev.text and "0's" not in ev.text:
        return None
    match = _DECADE.search(ev.text)
    if match is None or len(digit_runs(ev.text)) != 1:
        return None
    return refusal(ev.raw, "decade", f"not a date (a decade: {match.group(0)})")


def before_common_era(ev: Evidence, opts: Options) -> Result | None:
    """A year before the Common Era ("3 may 1979 bc"): ISO 8601 years count from year 0, and the
    model only reads years AD."""
    if "." not in ev.text and "b" not in ev.text:
        return None
    match = _BEFORE_COMMON_ERA.search(ev.text)
    if match is None:
        return None
    return refusal(ev.raw, "before_common_era", f"not a date (before the Common Era: {match.group(1)})")


def holiday(ev: Evidence, opts: Options) -> Result | None:
    """A holiday whose date moves from year to year ("easter sunday 2019", "thanksgiving 2020")
    (`datenorm.holidays`: the whole text, with at most a weekday and a year)."""
    found = holidays.holiday(ev.plain) if ev.short == 0 and ev.months.has_letters else None
    if found is None or found[1] is not None:
        return None
    return refusal(ev.raw, "holiday", f"not a date (a holiday whose date moves: {found[0]})")


# Words that place a date relative to the day it was written, in the languages dates are most often
# scraped in. With no year beside them the text names no fixed date ("3 days ago" would otherwise be
# read with the Spanish "ago", August); with one, they are glue ("3 may 1979 - today" is a range).
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:(?:[0-9]+\s*|(?:an?|one|two|three|few|several)\s+)(?:s|secs?|seconds?|m|mins?|minutes?|h|"
    r"hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+(?:ago|from\s+now)|yesterday|today|tonight|tomorrow|(?:last|next|this|coming|past)\s+(?:week|month|year|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)|"
    r"in\s+[0-9]+\s+(?:days?|weeks?|months?|years?)|gestern|vorgestern|heute|übermorgen|vor\s+[0-9]+\s+\w+|"
    r"avant-hier|aujourd'hui|demain|il\s+y\s+a|ayer|anteayer|hoy|mañana|hace\s+[0-9]+|ieri|oggi|domani|"
    r"ontem|hoje|amanhã|gisteren|vandaag|вчера|сегодня|завтра|назад|wczoraj|dzisiaj|dziś|jutro|[0-9]+\s+\w+\s+temu)"
    r"(?![^\W\d_])|昨天|今天|明天|前天|昨日|今日|明日|어제|오늘|내일|[0-9]+\s*(?:天前|日前|일\s*전)")


# A word of every relative phrase above, as `words` sees it, looked for before the phrases themselves
_RELATIVE_WORDS = frozenset("ago now yesterday today tonight tomorrow last next this coming past in gestern vorgestern "
                            "heute ubermorgen vor avant aujourd demain il ayer anteayer hoy manana hace ieri oggi domani "
                            "ontem hoje amanha gisteren vandaag вчера сегодня завтра назад wczoraj dzisiaj dzis jutro "
                            "temu".split())
_RELATIVE_CJK = frozenset("昨今明前어오내전")


def relative(ev: Evidence, opts: Options) -> Result | None:
    """A date relative to the day it was written ("yesterday", "3 days ago", "next friday", "posted 3
    days ago, 2019"): no month named but by the relative words and no numeric date ("today, 3 may"
    and "2019-05-03 today" are dates all the same). A model that writes relative dates reads them
    itself (`witness.judge_relative`)."""
    if opts.config.writes_relative:
        return None
    if not ev.runs and ev.months.words and english_weekdays().issuperset(ev.months.words):  # "monday", "on fri"
        return refusal(ev.raw, "relative", f"not a date (relative to the day it was written: {ev.plain})")
    if ev.plain in ("hier", "avant-hier"):  # French; in German and Dutch a word "hier" is "here"
        return refusal(ev.raw, "relative", f"not a date (relative to the day it was written: {ev.plain})")
    cjk = not ev.raw.isascii() and not _RELATIVE_CJK.isdisjoint(ev.raw)
    if _RELATIVE_WORDS.isdisjoint(ev.months.words) and not cjk:
        return None
    # in the text with its clocks: "12 hrs ago" writes an hour word, which the date's checks leave out
    match = _RELATIVE.search(ev.text) or (_RELATIVE.search(ev.raw.casefold()) if cjk else None)
    if match is None or ev.readings or any(len(run) >= 8 for run in ev.runs):
        return None
    if names_a_month(without_clock(_RELATIVE.sub(" ", ev.text))):
        return None
    return refusal(ev.raw, "relative", f"not a date (relative to the day it was written: {match.group(0)})")


def order_cannot_read(ev: Evidence, opts: Options) -> Result | None:
    """An order given that cannot read a numeric date that other orders read two ways ("03/04/2001"
    in YMD; "25/04/01" in MDY, which is 2001-04-25 in DMY and 2025-04-01 in YMD): which number is
    which is still the text's doubt."""
    if (opts.order is None or len(ev.runs) < 3 or numeric_date(ev.runs, opts.order) is not None
            or not ev.order_matters or not is_numeric_date(ev.plain)):
        return None
    readings = {order: date.isoformat() for order in ORDERS if (date := numeric_date(ev.runs, order))}
    if len(set(readings.values())) < 2:
        return None
    return refusal(ev.raw, "ambiguous", "ambiguous", readings=readings)


def zero_date(ev: Evidence, opts: Options) -> Result | None:
    """Numbers that are all zeros: the "no date" a database writes ("0000-00-00", "00/00/0000",
    "0000-00-00 00:00:00"), which names no year, month or day."""
    if not ev.runs or any(run.strip("0") for run in ev.runs) or sum(map(len, ev.runs)) < 4:
        return None
    return refusal(ev.raw, "not_calendar", "not a calendar date (a zero date)")


def number(ev: Evidence, opts: Options) -> Result | None:
    """Digits alone that are no date: a Unix time, an id, a count. A date is a year (1979),
    yyyymmdd, or yyyymmdd with an hour, minutes or seconds; with an order given, yymmdd too."""
    text = ev.text
    if not text.isdigit() or len(text) in DATE_NUMBER_LENGTHS or _STAMP_TO_THE_MINUTE.fullmatch(text):
        return None
    if opts.order is not None and len(text) in ORDERED_NUMBER_LENGTHS:
        return None  # "090107" with --order MDY is 2007-09-01
    return refusal(ev.raw, "number", f"not a date (a {len(text)}-digit number)")


def out_of_range(ev: Evidence, opts: Options) -> Result | None:
    """Every year the text writes is outside the years the model was trained on."""
    if not ev.years:
        return None
    first, last = opts.config.years
    for year in ev.years:
        if first <= year <= last:
            return None
    return refusal(ev.raw, "out_of_range", f"year {min(ev.years)} out of range ({first}-{last})")


# The prechecks, in the order they are tried.
PRECHECKS: tuple[tuple[str, Callable[[Evidence, Options], Result | None]], ...] = (
    ("empty", empty),
    ("too long", too_long),
    ("other calendar", other_calendar),
    ("unknown characters", unknown_characters),
    ("ISO week or ordinal date", iso_week),
    ("quarter or half of a year", quarter),
    ("decade", decade),
    ("before the Common Era", before_common_era),
    ("moveable holiday", holiday),
    ("relative date", relative),
    ("order that cannot read", order_cannot_read),
    ("zero date", zero_date),
    ("number", number),
    ("year out of range", out_of_range),
)


def precheck(ev: Evidence, opts: Options) -> Result | None:
    """The first refusal of PRECHECKS for a text, or None when the model may read it."""
    for check in _CHECKS:
        if (problem := check(ev, opts)) is not None:
            return problem
    return None


_CHECKS = tuple(check for _, check in PRECHECKS)
