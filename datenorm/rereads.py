"""Second readings: a text whose answer failed, or disagrees with what the text plainly says, is
rewritten and read again by the model, in order. Each reading says which rows it rewrites and how,
and when the new answer is kept; the model's answer itself is never changed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from datenorm import holidays
from datenorm.clockwords import (NOT_PERIODS_BEFORE, any_period_at, long_zone_name, may_be_a_period, may_name_a_zone,
                                 own_period_at, writes_24_hours, zone_first_words, zone_name_after, zone_offsets_at,
                                 zones_by_place)
from datenorm.clock import clock_mask, without_clock
from datenorm.evidence import Evidence
from datenorm.months import (ENGLISH_MONTHS, ROMAN_MONTHS, english_weekdays, cut_names_written_out, month_check, names_a_month,
                              names_month_plainly,
                             month_names, names_month_loosely, named_in, names_written_in_english, numeric_order, weekday_words,
                             words)
from datenorm.prechecks import Options
from datenorm.reasons import JUDGED
from datenorm.result import Result
from datenorm.text import (apostrophe_years_written_out, digit_runs, normalize_text, numeric_date, numeric_readings,
                           order_reading,
                           spaced_out, stamp_length)
from datenorm.timeofday import (AMBIGUOUS_ZONES, ARABIC_UTC, CLOCK_BEFORE_DATE_WORDS, CLOCK_LEADS, COLON_CLOCK,
                                GENERIC_ABBREVIATIONS, JOINED_TO_DATE, SPACED_Z_AFTER_NUMBER, ZONE_ABBREVIATIONS,
                                ClockSpan, TimeOfDay, abbreviation_offset, abbreviations_alternation, bracketed_zone_name,
                                day_offset, dotted_clocks, generic_offset, generic_written, german_on_the, hours_alone, iana_names_in,
                                iana_offset, in_capitals, named_zone_offsets, noon_or_midnight_written,
                                offset_label, period_after_clock, period_before_clock, reply_link, time_on,
                                unsettled_period,
                                spaced_clock_with_colons, worded_clocks, writes_a_clock, writes_hour_word,
                                writes_noon_or_midnight, writes_time_words)


class Row:
    """A text being read: its evidence, the model's raw answer (yyyy-mm-dd, 00 for a part not
    read), the time the model wrote after it ("T00:30", "" for none), and its current Result."""

    __slots__ = ("ev", "label", "time", "result")

    def __init__(self, ev: Evidence, label: str, time: str, result: Result):
        self.ev, self.label, self.time, self.result = ev, label, time, result


def _words_of(label: str) -> str:
    """A yyyy-mm-dd label (0000 for no year) written as "3 september 2010", which any model reads."""
    day_month = f"{int(label[8:])} {ENGLISH_MONTHS[int(label[5:7]) - 1]}"
    return day_month if label[:4] == "0000" else f"{day_month} {label[:4]}"


def in_the_order_given(row: Row, opts: Options) -> str | None:
    """The order given says which number is which: "12/06/19" in MDY read as 2019-06-12, or "10 09
    03" in YMD read as 2000-09-03, is read again as the numbers say in that order."""
    if opts.order is None:
        return None
    mine = order_reading(row.ev.plain, row.ev.runs, opts.order, row.label, row.result.valid)
    if mine is None:
        return None
    return _in_place_of_the_date(row.ev, _words_of(mine)) if opts.time else _words_of(mine)


def _in_place_of_the_date(ev: Evidence, words: str) -> str:
    """The text with `words` in place of its numeric date, so that a reading with the time keeps
    the clock ("15:26:35 5/4/2005" in MDY: "15:26:35 4 may 2005"); `words` alone when the numbers
    outside the clocks are no numeric date standing apart ("5/4/2005 15 uhr")."""
    digits = [i for i, (char, in_clock) in enumerate(zip(ev.text, ev.clock)) if char.isdigit() and not in_clock]
    if not digits or not _NUMERIC_DATE_SPAN.fullmatch(ev.text, digits[0], digits[-1] + 1):
        return words
    before, after = ev.text[:digits[0]], ev.text[digits[-1] + 1:]
    if (before and before[-1].isalnum()) or (after and after[0].isalnum()):
        return words
    return f"{before}{words}{after}"


_NUMERIC_DATE_SPAN = re.compile(r"[0-9]{1,4}(?:[-/. ]{1,2}[0-9]{1,4}){1,2}")


def _named_month(row: Row, opts: Options) -> int | None:
    """With a language, the one month a text names when the model read another (its answer refused
    for that, or no calendar day: "31-mar-36" read as April 31st), else None."""
    if opts.lang is None or row.result.code not in ("month_not_in_text", "not_calendar") or not row.label[5:7].isdigit():
        return None
    named, _ = month_check(row.ev.months, int(row.label[5:7]), opts.lang, int(row.label[8:] or 0))
    return min(named) if len(named) == 1 else None


def month_in_its_language(row: Row, opts: Options) -> str | None:
    """With a language, a text that names one month, read as another ("10 may 1987" in Duala, whose
    may is October), is read again with that month's English name ("10 october 1987"): in its
    language, then in English (where Duala's own "may", October, is written "may", May). Read with
    the time, the text keeps its clock ("сешанбе, ноябр 28-ум 2023, 9:45:30": "сешанбе, november 28-ум
    2023, 9:45:30"); else the words alone are read."""
    if (month := _named_month(row, opts)) is None:
        return None
    if opts.time and row.ev.text != row.ev.plain:
        return names_written_in_english(row.ev.text, opts.lang, month)
    written = names_written_in_english(row.ev.plain, opts.lang, month)
    return written if written == row.ev.plain else " ".join(words(written))


def the_stamp_alone(row: Row, opts: Options) -> str | None:
    """A text that writes one ISO 8601 date, read otherwise ("flight 12 on 2019-03-04" read with day
    12, "error 7 2019-03-04 12:00:01" with day 7), is read again as that date alone: a machine
    stamp's fields are fixed, and the text's other numbers are no part of it."""
    stamp = row.ev.stamp
    return stamp if stamp is not None and row.label != stamp else None


def the_numeric_date_alone(row: Row, opts: Options) -> str | None:
    """A text that writes one numeric date with its year in full beside other numbers, read as other
    than the one date that one makes (in the order given, if one is: "n. 12 del 3/5/2019" read with
    day 12, "room 5, 3/5/2019" as 2019-05-05, "q3 2019 3/5/2019" as 2019-03-05, which only the
    language or the order settles), is read again as that date alone: the text's other numbers
    are no part of it. Not a list of days that share its month ("12 e 13/5/2019"), nor an ISO date
    (`the_stamp_alone`)."""
    written = row.ev.written_numeric_date
    if written is None or row.ev.stamp is not None or _LISTED_DAY.search(row.ev.plain, 0, written.start()):
        return None
    try:
        date = dt.date.fromisoformat(row.label)
    except ValueError:  # no calendar date (the checks refuse it): read again
        return written.group()
    runs = digit_runs(written.group())
    made = {numeric_date(runs, opts.order)} if opts.order else numeric_readings(written.group(), runs)
    return written.group() if made != {date} else None


# A day before a numeric date, joined to it as the first of a list or range ("12 e 13/5/2019")
_LISTED_DAY = re.compile(r"(?<![0-9])[0-9]{1,2}\s*(?:[&+–]|\b(?:and|or|to|e|o|y|et|ou|au|und|oder|bis|и|или|i|a|al)\b)"
                         r"\s*$")


def keep_valid_or_ambiguous(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, or ambiguous: its readings say more than an answer read from other numbers."""
    return new.valid or new.code == "ambiguous"


def month_in_english(row: Row, opts: Options) -> str | None:
    """A text whose month word is the English name of the month it names ("wed, 01 may 2047", an
    English stamp in a Basaa column, whose "may" is November) is read again in English."""
    month = _named_month(row, opts)
    if month is None or opts.lang == "en":
        return None
    if not any(month in months for months in named_in(row.ev.months, "en").values()):
        return None
    return row.ev.text  # the same text, read with the English hint


_COMPACT = re.compile(r"([0-9]{4})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])")


def compact_stamp(row: Row, opts: Options) -> str | None:
    """A compact stamp writes its month and day where no word can mean another ("20751220224812z"
    read with day 22): a stamp that starts with the year read is read again written out."""
    if row.result.valid or row.result.code == "ambiguous" or not row.label[:4].isdigit():
        return None
    for run in row.ev.runs:
        if stamp_length(run) and run[:4] == row.label[:4] and (match := _COMPACT.match(run)) is not None:
            return f"{match[1]}-{match[2]}-{match[3]}"
    return None


def without_its_time(row: Row, opts: Options) -> str | None:
    """A time of day can throw a reading ("12:00 pm 2016-08-01" read with day 18)."""
    return row.ev.plain if row.result.code in JUDGED else None


def keep_without_time(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid and without a time (a time read from the text without its clocks is one of its words
    read apart from the rest: "mittag am 6. november 1937 bis 14 uhr" is a range); or the clock's
    digits made up the year and the answer is the date without one ("may 3 at 2:00 pm" read with
    year 2000 is --05-03; not so for a day: "02 m11 1925 18:58:46")."""
    return (new.valid and "T" not in new.iso) or (old.code == "year_not_in_text" and new.code == "incomplete"
                                                  and (new.partial or "").startswith("--"))


# A token of a text: a word, or a number with what is glued after it ("8th", "5日", "3.")
_TOKEN = re.compile(r"[0-9]+[^\W\d_]*\.?|[^\W\d_]+(?:['’][^\W\d_]+)?\.?")
# Words that may stand between a month's name and its day or year: "the 8th of june", "8 de junio"
_GLUE = frozenset("the of de del di du le la el den der".split())
_ROMAN = frozenset(numeral.lower() for numeral in ROMAN_MONTHS)
_NUMERIC_DATE = re.compile(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}")


def _month_window(row: Row, opts: Options) -> tuple[str, set[int]] | None:
    """(the words around the one month a text names in words: the number beside it on either side and
    a year near it; those numbers) for a text that writes more numbers than a date needs, else None."""
    ev = row.ev
    if (ev.short <= (1 if ev.years else 2) or not ev.months.named(opts.lang or "en")
            or _NUMERIC_DATE.search(ev.plain)):  # "mar. 14/05/1946": the date is its numbers
        return None
    found = list(_TOKEN.finditer(ev.plain))
    tokens = [match[0] for match in found]
    names = month_names(opts.lang or "en")[0]  # without a language, month words read as English
    months = [i for i, token in enumerate(tokens) if not token[0].isdigit()
              and (word := "".join(words(token))) in names and word not in _ROMAN  # "i am going": no January
              and word not in english_weekdays()]
    if len(months) != 1:
        return None
    at = months[0]
    kept = {at}
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(tokens) and tokens[i] in _GLUE:
            i += step
        if not 0 <= i < len(tokens) or not _short(tokens[i]):
            continue
        between = ev.plain[found[min(i, at)].end():found[max(i, at)].start()]
        glued = found[i].start() > 0 and ev.plain[found[i].start() - 1].isalpha()  # "lw5, seb 26": 5 is lw's
        if "," not in between and not glued:  # "ages 5 to 12, june 2020": the 12 is no day of june
            kept.add(i)
    near = [i for i in range(max(0, min(kept) - 2), min(len(tokens), max(kept) + 3))
            if tokens[i].isdigit() and len(tokens[i]) == 4]
    kept.update(near[:1])
    numbers = {int(tokens[i][:len(tokens[i]) - len(tokens[i].lstrip("0123456789"))]) for i in kept if _short(tokens[i])}
    return " ".join(tokens[i] for i in sorted(kept)), numbers


def _short(token: str) -> bool:
    """A number of one or two digits, as a day is written ("8", "08", "8th", "8.")."""
    digits = len(token) - len(token.lstrip("0123456789"))
    return 1 <= digits <= 2


def around_the_month(row: Row, opts: Options) -> str | None:
    """A text that writes more numbers than a date needs beside a month named in words ("meeting
    moved from room 3 to room 5 on 8 june 2020", "ages 5 to 12, 8 june 2020") is read again as the
    words around its month alone: the number beside it, and a year near it."""
    if row.result.code == "ambiguous":  # "may 3 5 2020": which number is the day is the text's doubt
        return None
    window = _month_window(row, opts)
    return window[0] if window is not None else None


def keep_around(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, unless the first answer was valid with its day beside the month ("lw5, seb 26, 1941");
    or an incomplete date in place of no answer ("ages 5 to 12, june 2020" is June 2020)."""
    if not new.valid:
        return not old.valid and new.code == "incomplete"
    window = _month_window(row, opts)
    return not old.valid or window is None or int(old.iso[8:10]) not in window[1]


def _unanswered(row: Row) -> bool:
    return not row.result.valid and row.result.code != "ambiguous"


def spaced(row: Row, opts: Options) -> str | None:
    """Letters glued to numbers can throw a reading ("15phe2046" read with day 5, "2021nov22" with day 20)."""
    return spaced_out(row.ev.text) if _unanswered(row) else None


def keep_spaced(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, and without a language its month is the English one of the text's month word, or no
    word names another month in some language ("28kwa29": January in Makhuwa-Meetto, March in Teso)."""
    return new.valid and (opts.lang is not None
                          or names_month_plainly(without_clock(spaced_out(row.ev.text)), int(new.iso[5:7])))


def apostrophe_year(row: Row, opts: Options) -> str | None:
    """An apostrophe before two digits marks a year, which a short text can still read as a day
    ("sept. '19" read as --09-19)."""
    return apostrophe_years_written_out(row.ev.text) if _unanswered(row) else None


def keep_date_read(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, and, read with the time, on the date first read when that one was valid: the second
    reading is for the time the first left out ("نیو یارک 3 2019 10:30": "نیو", "new", starts
    November's name, and was read as 2019-11-03)."""
    return new.valid and (not opts.time or not old.valid or new.iso[:10] == old.iso[:10])


def keep_with_year(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, or a date with its year."""
    return new.valid or (new.partial is not None and not new.partial.startswith("--"))


def cut_month_name(row: Row, opts: Options) -> str | None:
    """A month name cut short where CLDR lists no such abbreviation ("جانـ 11, 1987": Arabic's
    January "جانفي"; Central Kurdish "شوب", February) is read with the month's English name; with
    the time, in the text with its clock ("21 чер 2013 3:13"), when no word of it names a month
    already (Urdu "3 مئی 2019 اور 14 مئی 2019": "اور", "and", starts April's name)."""
    if opts.time and (_unanswered(row) or row.result.valid and "T" not in row.result.iso
                      and row.ev.plain != row.ev.text):
        return None if names_a_month(row.ev.months) else cut_names_written_out(row.ev.text, opts.lang)
    if not _unanswered(row):
        return None
    written = cut_names_written_out(row.ev.plain, opts.lang)
    return written if written == row.ev.plain else " ".join(words(written))


# A month written as its number with a word for "month" (Uyghur "2-ئاينىڭ", Mongolian "2-р сар"),
# and the words for "year" and "day" beside their numbers (Uyghur "2010-يىلى", "14-كۈنى").
_NUMBERED_MONTH = re.compile(r"(?<![0-9])([0-9]{1,2})\s*-?\s*(?:р\s*)?(?:ئاي(?:نىڭ|ىنىڭ|ى)?|сар(?:ын|ыг)?)(?![^\W\d_])")
_YEAR_OR_DAY_WORD = re.compile(r"(?<=[0-9])\s*-?\s*(?:يىلى|كۈنى|он[ыа]?|өдөр)(?![^\W\d_])")


def numbered_month(row: Row, opts: Options) -> str | None:
    """A month written as its number with a word for "month" ("2010-يىلى2-ئاينىڭ14-كۈنى") is read with
    the month's English name and without the words for year and day."""
    if not _unanswered(row) or _NUMBERED_MONTH.search(row.ev.plain) is None:
        return None
    text = _NUMBERED_MONTH.sub(lambda m: f" {ENGLISH_MONTHS[int(m[1]) - 1]} " if 1 <= int(m[1]) <= 12 else m[0],
                               row.ev.plain)
    return " ".join(_YEAR_OR_DAY_WORD.sub(" ", text).split())


def fixed_holiday(row: Row, opts: Options) -> str | None:
    """A holiday on the same day every year ("christmas day 2019", "nochevieja 1999") is read as that
    day (`datenorm.holidays`: the whole text, with at most a weekday and a year)."""
    return holidays.as_date(row.ev.plain) if _unanswered(row) else None


def keep_named_month(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, or an incomplete date, of the month the text names."""
    return _month_of(new) is not None and _month_of(new) == _named_month(row, opts)


def _month_of(result: Result) -> int | None:
    """The month of a valid answer or of an incomplete one that has it ("--05-03", "1979-05")."""
    if result.valid:
        return int(result.iso[5:7])
    partial = result.partial or ""
    if result.code != "incomplete" or not (partial.startswith("--") or len(partial) == 7):
        return None
    return int(partial[2:4] if partial.startswith("--") else partial[5:7])


def keep_valid(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid."""
    return new.valid


def keep_valid_or_incomplete(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, or an incomplete date."""
    return new.valid or new.code == "incomplete"


def zone_as_its_offset(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that names its zone by IANA name and whose time was not read (read
    with an offset the zone does not have then, "2015.05.09, 11:44 am [europe/madrid]" read +01:00;
    unsure of the offset it guessed, "05/08/1983 11:06:15 (america/los_angeles)"; or read without
    it) is read again with the name written as the offset it has at the date and clock the text
    witnesses (zoneinfo; on the day its clocks change too, "1987-10-25 22:43 america/los_angeles"
    is -08:00 that evening), or all that day when no clock was read: "... +02:00", brackets and
    all, since an offset is not written in brackets. Not for a time its clocks skip or repeat."""
    if not _time_unread(row, opts) or not row.label[:4].strip("0"):
        return None
    names = iana_names_in(row.ev.text)
    if len(names) != 1:
        return None
    try:
        day = dt.date.fromisoformat(row.label)
    except ValueError:  # no calendar date
        return None
    read = row.result.partial or ""
    time = time_on(read[:10], read[10:]) if read[:10] == row.label else None
    offset = iana_offset(names[0][1], day, time) if time is not None else day_offset(names[0][1], day)
    if offset is None:
        return None
    written = re.escape(names[0][0])
    return " ".join(re.sub(rf"[(\[]\s*{written}\s*[)\]]|{written}", f" {offset_label(offset)} ", row.ev.text,
                           count=1).split())


def zone_name_as_its_offset(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that writes a CLDR zone name of several words with one offset
    ("central european standard time", "heure normale d’europe centrale", "巴西利亚夏令时间"; a zone's
    name by its place, `clockwords.zones_by_place`: "dubai time", "한국 시간", "w. europe standard
    time"; Arabic Wikipedia's "ت ع م" and a "Z" apart from its clock for UTC), or an abbreviation with one meaning
    in capitals (`ZONE_ABBREVIATIONS`: "BRST", "IRST"; a generic one, `GENERIC_ABBREVIATIONS`, at
    the offset the day keeps, on the day its clocks change the one at the clock read: "ET"), and
    whose time was not read (refused, or a date alone), is read again with the name written as
    that offset (on the day read): a long name can make a text too long to read with its clock, or
    throw the reading, and an abbreviation the model was not taught is left out."""
    if not _time_unread(row, opts):
        return None
    try:  # the offset the name has on the day read ("moscow standard time" was +04:00 in 2012)
        day = dt.date.fromisoformat(row.label)
    except ValueError:  # no calendar date: this year's offset
        day = None
    read = row.result.partial or ""
    found = _the_zone_name(row, day, time_on(read[:10], read[10:]) if day and read[:10] == row.label else _clock_of(row))
    if found is None:
        return None
    text, start, end, offset, named = found
    if text[start:start + 1] not in ("(", "[") and _ZONE_BEFORE_NAME.search(text, 0, start):
        return None  # a second zone ("10:42:07 gmt cat"): written as an offset it would join the first ("gmt +02:00")
    # a name of UTC's offset is UTC, "Z" in the answer, as the generator labels it; an abbreviation
    # its offset, and a place's name, whose zone keeps +00:00 only some days ("hora de canarias" in January)
    utc = named and not offset and zones_by_place().get(text[start:end].strip(" ([])"), "Etc/UTC") == "Etc/UTC"
    return f"{text[:start]}{'utc' if utc else offset_label(offset)}{text[end:]}"


_ZONE_BEFORE_NAME = re.compile(r"(?<![^\W\d_])(?:utc|gmt|z)\s*$|[+-][0-9]{2}:?[0-9]{2}\s*$")


def _clock_of(row: Row) -> TimeOfDay | None:
    """The one 24-hour clock in digits a text writes ("2022-03-13 23:00 et"), as written: none
    beside a day period, whose hour it may change."""
    text = row.ev.text
    clocks = [found for found in COLON_CLOCK.finditer(text) if row.ev.clock[found.start()]]
    if len(clocks) != 1 or period_after_clock(text, clocks[0].end()) or period_before_clock(text, clocks[0].start()):
        return None
    return TimeOfDay(int(clocks[0][1]), int(clocks[0][2]))



def _the_zone_name(row: Row, day: dt.date | None,
                   time: TimeOfDay | None = None) -> tuple[str, int, int, int, bool] | None:
    """The text in which `zone_name_as_its_offset` reads a zone name or abbreviation, where it is
    written there, its offset on `day` (at `time`, on the day a generic abbreviation's clocks
    change), and whether it is a name (else an abbreviation). The text is the one the model read
    whole (`Evidence.full`), else, for a name with characters the model does not know (Korean "한국
    시간"), the text as written (`Evidence.written`)."""
    found = _zone_name_in(row, row.ev.full, day, time)
    if found is None and row.ev.written != row.ev.full and (found := _zone_name_in(row, row.ev.written, day, time)):
        found = found if found[-1] else None  # an abbreviation is read in the text the model read
    return found


def _zone_name_in(row: Row, text: str, day: dt.date | None,
                  time: TimeOfDay | None) -> tuple[str, int, int, int, bool] | None:
    """`_the_zone_name` in one text."""
    if utc := _ARABIC_UTC.search(text):  # "14:05، 3 مايو 2019 (ت ع م)"
        return text, utc.start(), utc.end(), 0, True
    if (utc := SPACED_Z_AFTER_NUMBER.search(text)) and in_capitals("z", row.ev.raw):  # "1982-05-25 09:23:54.123 Z"
        return text, utc.start(), utc.end(), 0, True
    for start in (0, *(i + 1 for i, char in enumerate(text) if char in " ([")):
        found = zone_name_after(text, start, day)
        if found is not None and long_zone_name(text[start:found[0]].strip()) and len(found[1]) == 1:
            return text, start, found[0], next(iter(found[1])), True
    for word in _WORD.finditer(text):
        upper = word.group().upper()
        minutes = abbreviation_offset(upper, day) if upper in ZONE_ABBREVIATIONS else None
        if minutes is None and upper in GENERIC_ABBREVIATIONS and generic_written(upper, row.ev.raw):
            minutes = generic_offset(upper, day, time) if day is not None else None  # "10:30 a.m. ET" in May: -04:00
        if minutes is not None and minutes is not False and _the_clocks_zone(row.ev, text, word):
            return text, word.start(), word.end(), minutes, False
    return None


_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,4}(?![^\W\d_])")
_ARABIC_UTC = re.compile(rf"(?<![^\W\d_]){re.escape(ARABIC_UTC)}(?![^\W\d_])")


def gmt_before_its_offset_left_out(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose offset of four digits follows "GMT" (JavaScript's dates:
    "mon jun 03 2024 15:19:16 gmt+0200", whose zone name `normalize_text` drops) and whose time was
    not read is read again with the offset alone ("+0200"), as RFC 2822 writes it; the answer is
    then judged by the text as written."""
    if not _time_unread(row, opts) or (found := _GMT_OFFSET.search(row.ev.text)) is None:
        return None
    return f"{row.ev.text[:found.start()]}{row.ev.text[found.end():]}"


_GMT_OFFSET = re.compile(r"(?<![^\W\d_])gmt(?=[+-][0-9]{4}(?![0-9]))")


def dotted_clock_with_colons(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that writes one dotted clock beside its date ("5 feb 2003 13.47
    -0800", "24 jan 2020 pada 01.03") and whose time was not read is read again with the clock
    written with colons ("13:47"); the answer is then judged by the text as written."""
    span, text = _the_one_clock(row, opts, dotted_clocks), row.ev.text
    if span is None or text.index(".", span[0]) - span[0] < 2 and text.count(".", *span) < 2:
        return None  # "version 2.10" is no clock to read again; "09.55" and "9.55.07" are
    return f"{text[:span[0]]}{text[span[0]:span[1]].replace('.', ':', 2)}{text[span[1]:]}"  # a fraction keeps its dot


def file_name_clock_with_colons(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose clock after its date is written as file names and some logs
    write it (`spaced_clock`: "screenshot 2024-11-14 161250", "screenshot_2025-05-07_16_45_41",
    "2005-06-03-15.42.50.675872") and whose time was not read is read again with the clock written
    with colons ("screenshot 2024-11-14 16:12:50"); the answer is then judged by the text as
    written, whose digits witness the clock. Whatever the first reading's reason: its six digits
    may have been read as a year ("capture d'écran 2023-07-30 201341" read with year 2013), its
    last number as an hour ("at 11 43 08 am" read 08:00, two times)."""
    unread = opts.time and (not row.result.valid or _time_unread(row, opts))
    return spaced_clock_with_colons(row.ev.text) if unread else None


def log_clock_apart(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose clock is glued to its date by a double colon, as Erlang's
    and RabbitMQ's logs write it ("28-feb-2014::12:23:29"), and whose time was not read is read
    again with a space there; the answer is then judged by the text as written."""
    if not _time_unread(row, opts) or "::" not in row.ev.text:
        return None
    text = _DOUBLE_COLON_CLOCK.sub(" ", row.ev.text)
    return text if text != row.ev.text else None


_DOUBLE_COLON_CLOCK = re.compile(r"(?<=[12][0-9]{3})::(?=[0-9]{1,2}:[0-9]{2})")  # after a year, not "fe80::1:20"


def file_name_words_apart(row: Row, opts: Options) -> str | None:
    """Read with the time, a file name that writes its words apart with underscores
    ("screenshot_2023-11-07_at_10.21.41_pm") and whose time was not read is read again with spaces
    there: the same words, so the answer is judged by the text read again."""
    text = row.ev.text
    if not _time_unread(row, opts) or " " in text or not _UNDERSCORED_WORD.search(text):
        return None
    return text.replace("_", " ")


_UNDERSCORED_WORD = re.compile(r"_[^\W\d_]+_|_[^\W\d_]+$|^[^\W\d_]+_")  # "_at_", "_pm", "screenshot_"


def label_colon_apart(row: Row, opts: Options) -> str | None:
    """A label glued to the date by a colon ("updated:2019-01-18 16:59", "保存日時：2019/01/18
    16:59", as forms and metadata write it) not read, or read without its time, is read again with
    a space after the colon: the same words and numbers, so the answer is judged by the text read
    again. Only a colon before a date's year or day ("2019-", "18/"), not before a clock's hour
    ("rev:3:16", "duration:01:30")."""
    text = row.ev.text
    if row.result.valid and not _time_unread(row, opts) or not _GLUED_COLON.search(text):
        return None
    return _GLUED_COLON.sub(": ", text)


_GLUED_COLON = re.compile(r"(?<=[^\W\d_]):(?=[12][0-9]{3}[-/.年]|[0-9]{1,2}[-/.][0-9])")  # a date's year or day


def label_left_out(row: Row, opts: Options) -> str | None:
    """A label of words before a colon ("Bail obtenu. . . . . . . . : mardi 4 octobre 2022 14:47:46",
    Windows' `ipconfig /all`; exiftool's "date/time original : 2014:03:19 20:33:17") that the model
    could not read past is left out: what follows the colon is read alone. Only a label of words,
    its dotted leader too, that say nothing of a time or a date (`_says_no_time`) but that one
    follows (`_LABEL_NOUNS`: "date/time"), before a text with a number; too long for the model too."""
    found = _LABEL_BEFORE_COLON.match(row.ev.full)
    if (found is None or row.result.valid and not _time_unread(row, opts)
            or not _says_no_time(_LABEL_NOUNS.sub(" ", found["label"]), opts.lang, row.ev.raw)):
        return None
    return found["rest"]


# The nouns of a label that say a date or a time follows, not which ("date/time original", "create date")
_LABEL_NOUNS = re.compile(r"(?<![^\W\d_])(?:date|time|datetime|timestamp|datum|zeit|fecha|hora|data|heure|日期|时间|時間|日時)"
                          r"(?![^\W\d_])")
# A label of words (a slash or hyphen among them: "date/time original"), a leader of dots, a colon
_LABEL_BEFORE_COLON = re.compile(r"(?P<label>[^\W\d_][^\W\d_ /-]*(?:[ /-][^\W\d_]+)*)(?:\s?\.)*\s?:\s(?P<rest>.*[0-9].*)$")


def log_stamp_alone(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that begins with an ISO 8601 date and clock and goes on with a
    message, as a log line does ("2017-07-17 06:15:33 server started", "[2017-07-17t06:15:33z]
    error: disk full", "2017-07-17 06:15: backup"), not read or read without its time (the
    message's words make the model unsure, or guess a zone, or read a port as a year) is read again
    as the stamp alone: the date, the clock and what `datenorm.clock` marks with it ("+0200", "z",
    "pst"). Only where no day period of any language follows the stamp, the message writes nothing
    of a time or a date (`_timeless`) and the first reading, if it read a time, read the stamp's
    hour and minute ("2019-05-03 10:30 tonight" read 22:30 is no log line); the answer is then
    judged by the text as written."""
    if (not opts.time or row.result.valid and not _time_unread(row, opts)
            or not (found := _LOG_STAMP.match(row.ev.text))):
        return None
    text, mask, end = row.ev.text, row.ev.clock, found.end()
    while end < len(text) and (mask[end] or text[end] == " " and end + 1 < len(text) and mask[end + 1]):
        end += 1
    message = text[end:].lstrip(" ]:-|,")
    read = _READ_CLOCK.match(row.time)
    if (not message[:1].isalpha() or any_period_at(text, len(text) - len(message)) is not None
            or not _timeless(message, opts.lang) or read and read[1] != found["clock"][:5]):
        return None  # a day period of any language, however short, may be the stamp's ("12:30 pg ...")
    return text[found.start("stamp"):end]


_LOG_STAMP = re.compile(r"\[?(?P<stamp>[12][0-9]{3}-[01][0-9]-[0-3][0-9][t ](?P<clock>[0-2][0-9]:[0-5][0-9]"
                        r"(?::[0-5][0-9](?:[.,][0-9]+)?)?))(?![0-9])")
_READ_CLOCK = re.compile(r"T([0-9]{2}:[0-9]{2})")  # the model's time: "T00:30"


def _timeless(message: str, lang: str | None) -> bool:
    """Whether a log line's message writes nothing that may be part of a time or a date: no number
    of a clock, a year or an offset, no word of a time of day (`writes_time_words`, a noon or
    midnight word), no zone or month name, none of the words that place a time in the day."""
    words = [word.strip(".,;:!?()[]") for word in message.split()]
    return not (_TIME_IN_MESSAGE.search(message) or writes_time_words(message, lang) or writes_noon_or_midnight(message)
                or names_a_month(message) or any(zone_name_after(message, m.start()) for m in _WORD_AT.finditer(message))
                or any(word.upper() in ZONE_ABBREVIATIONS or word.upper() in AMBIGUOUS_ZONES or word in _DAY_WORDS
                       for word in words))


_TIME_IN_MESSAGE = re.compile(r"(?<![0-9.])[0-9]{1,2}\s*[:.h]\s*[0-5][0-9](?![0-9])|[0-9]\s*[ap]\.?m\b"
                              r"|(?<![0-9])[12][0-9]{3}(?![0-9])|(?<![\w.])[+-][0-9]{1,2}(?![0-9]{3})"
                              r"|(?<![^\W\d_])(?:utc|gmt|z)(?![^\W\d_])")
_WORD_AT = re.compile(r"(?<![^\W\d_])[^\W\d_]")
_DAY_WORDS = frozenset({"tonight", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night"})


def _the_one_clock(row: Row, opts: Options, clocks: Callable) -> tuple[int, int] | None:
    """Read with the time, the one clock of a kind (`clocks(text, date, lang)` gives their spans)
    that a text whose time was not read writes beside the date read, or None."""
    if not _time_unread(row, opts):
        return None
    try:
        day = dt.date.fromisoformat(row.label)
    except ValueError:  # no calendar date
        return None
    spans = clocks(row.ev.text, day, opts.lang)
    return spans[0] if len(spans) == 1 else None


def zone_name_in_brackets_left_out(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that ends with an offset and a CLDR zone name in brackets (a
    JavaScript date: "mon jun 03 2024 15:19:16 gmt+0200 (mitteleuropäische sommerzeit)") whose
    time was not read is read again without the name; kept when the name has the offset read on
    the day read, and judged by the text as written."""
    if not _time_unread(row, opts) or (found := bracketed_zone_name(row.ev.text)) is None:
        return None
    return row.ev.text[:found[0]].rstrip()


def reply_link_left_out(row: Row, opts: Options) -> str | None:
    """Read with the time, a signature scraped from a wiki talk page, whose zone in brackets is
    followed by the reply link ("18:36, 16. dez. 2024 (cet)beantworten", "20:42, 18 мая 2011
    (utc)[ответить]"), and whose time was not read is read again without the link; the answer is
    then judged by the text as written."""
    if not _time_unread(row, opts) or (link := reply_link(row.ev.text)) is None:
        return None
    return row.ev.text[:link]


def among_words(row: Row, opts: Options) -> str | None:
    """A text that writes its date and clock among words of another kind, as a mail's quote header does
    ("le 19 mars 2014 10:37, cédric lombardot <cedric@example.com> a écrit :", "am 14.01.2024 um
    10:00 schrieb hans <hans@example.de>:") or a wiki signature ("rmw 14:31, 2. apr. 2009 (cest)"),
    not read (too long for the model, or the names make it unsure or guess a zone) is read again as
    the date and its clock alone: the run of the text's numbers, month and weekday names, clock, day
    period and zone, with at most a few short words between them ("à", "um", "o godz."). Only a text
    of one of those two kinds: one that writes a mail address, with at most two short words before
    the run ("w dniu"; not "three days after"; a quoted line's ">" no word), or one that ends with
    the verb of a quote header in its language (`_QUOTE_VERB_END`: "am 31.03.2021 um 14:28 hat max
    reitz geschrieben:", "le 10/08/2022 à 15:50, mark brown a écrit :"), or one whose run begins
    with its clock and ends with its zone in brackets; and only where every number of the text, but
    those of its mail addresses and links, and every month it names are in that run (a date first
    ends it at its clock: "10:00 pm, jan novak" names no month) and the rest says nothing of a time
    or a date (`_says_no_time`; no word that may be a day period in any language, however inflected:
    "pomeriggio", "nachmittag"): the text read again is then all the text says of its date and time,
    so its checks are the text's. A number glued to letters is a name's ("benutzer20070331"), no
    part of the run. The text read is the one written with its senders cut (`without_senders`) and
    its addresses left out."""
    if not opts.time or not (row.result.code in _CURED_BY_WINDOW or row.result.valid and _time_unread(row, opts)):
        return None
    raw, lang = row.ev.raw, opts.lang
    text = _without_senders_and_addresses(raw, lang)
    mask = clock_mask(text)
    if not any(mask) or (run := _date_and_clock_run(text, mask, lang)) is None:
        return None
    start, end, names = run
    if (letters := _LETTERS_AT_END.search(text, start, end)) and letters[1] in _QUOTE_AUXILIARIES:
        end = letters.start()  # the clock's mask takes "hat" (German "has") for a zone like "cet"
    after = _after_spaces(text, end)
    if (own := own_period_at(text, after, lang or "en")) and (
            len(word := text[after:own[0]].replace(".", "").strip()) > 2 or word in ("am", "pm")
            or _ends_the_clock(text, own[0], raw, punctuation_only=True)):
        end = own[0]  # its day period: "10:37 pm, cédric", not Hungarian "12:15 de csak" ("but")
    elif (hour := next((found for found in _ONE_DIGIT_HOUR.finditer(text, start, end) if mask[found.start()]),
                       None)) and not own_period_at(text, _after_spaces(text, hour.end()), lang or "en") and not (
            _only_the_verb_after(text, end) and (_MARK_AFTER.match(text, end) or writes_24_hours(lang))):
        # "5:03" with no day period beside it: a word of one may be among those cut ("пополудни"), but
        # for a mark, then the sender and the verb alone, in a language whose clocks run to 24 (or
        # writes its period first): "a las 9:15, ; escribió:", "o 9:02 ; napísal(a):"
        return None
    if zone := _ZONE_NEXT.match(text, end):
        end = zone.end()
    quoted = _QUOTE_VERB_END.search(text) is not None
    if (mask[start] and not _begins_the_clock(text, start, raw)) or not _ends_the_clock(text, end, raw, quoted=quoted):
        return None
    signed = mask[start] and zone is not None and text[end - 1] in ")]"  # a wiki signature
    lead = _QUOTE_MARKERS.sub("", text[:start]).split()  # a quoted line's markers are no words
    mailed = (_ADDRESS.search(raw) is not None or quoted) and len(lead) <= 2 and all(len(word) <= 7 for word in lead)
    window = text[start:end].strip(" ,;:-")
    rest = "".join(" " if any(a <= i < b for a, b in names) else char for i, char in enumerate(text[end:], end))
    if not (signed or mailed) or not window or window == row.ev.full or not _says_no_time(
            f"{text[:start]} {rest}", lang, raw):
        return None
    plain = without_clock(window)
    if opts.order is None and len(numeric_readings(plain, digit_runs(plain))) > 1 and not numeric_order(lang, plain):
        return None  # "on 05/06/2023 09:15": which date is the text's doubt, whatever the words around
    return window


def _only_the_verb_after(text: str, end: int) -> bool:
    """Whether all a text writes after `end` is marks, a quote header's verb (`_QUOTE_VERB_END`)
    and its auxiliary (`_QUOTE_AUXILIARIES`), its sender cut by `without_senders` ("a las 9:15, ;
    escribió:", "12:46 heeft ; geschreven:")."""
    rest = text[end:].lstrip(" ,;:." + _QUOTES)
    if (word := _WORD_AFTER.match(rest)) and word[1] in _QUOTE_AUXILIARIES:
        rest = rest[word.end():].lstrip(" ,;:." + _QUOTES)
    return not rest.rstrip(" ,;:.") or _QUOTE_VERB_END.match(rest) is not None


_MARK_AFTER = re.compile(r"\s*[,;:|]")


def _without_senders_and_addresses(raw: str, lang: str | None) -> str:
    """`without_senders` of a text, its other addresses left out, normalised: what `among_words` reads."""
    return normalize_text(_ADDRESS.sub(" ", without_senders(raw, lang)))


def without_senders(raw: str, lang: str | None = None) -> str:
    """A text as written with a mark (";") in place of its mail addresses in angle brackets and the
    names written just before them, with their quotes ("Rob Herring <robh@kernel.org>", "Jan de
    Vries <jan@example.nl>", "« John Doe » <john.doe@acme.com>"): up to four words, each a capital
    then not all capitals or a name's particle ("de", "van"), the first a capital's, none that
    `_names_a_sender` turns down (a day period of any length, a word of a day, an hour's word, a
    zone's: "Pm", "Nachmittags", "Uhr", "Est", "Eastern"): a name that is a month's too ("Jan",
    Slovak "Ján") is a sender's there, no date's."""
    pieces, last = [], 0
    for address in _BRACKETED_ADDRESS.finditer(raw):
        name, end = [], address.start()  # the name's words, last first
        for word in reversed(list(_NAME_WORD.finditer(raw, last, address.start()))[-4:]):
            if raw[word.end():end].strip(_QUOTES) or not _names_a_sender(word[0], lang):
                break
            name.append(word)
            end = word.start()
        while name and _NAME_PARTICLE.fullmatch(name[-1][0]):  # a name begins with a capital
            name.pop()
        start = name[-1].start() if name else address.start()
        start = len(raw[:start].rstrip(_QUOTES)) if name else start  # the quotes around it: "« John Doe » <...>"
        pieces.append(f"{raw[last:start]} ; ")  # a mark: the words on either side do not join
        last = address.end()
    return "".join(pieces) + raw[last:]


def _names_a_sender(word: str, lang: str | None) -> bool:
    """Whether a word may be one of a sender's name (`without_senders`): a particle, or a capital
    then not all capitals that the checks of the words around a date and clock would pass but for
    a month's name (`_says_no_time`): no day period of any length (Turkish "Ös", Swedish "Em"), no
    word of a day ("Tonight"), hour or zone ("Uhr", "Est", "Eastern"; a name right before its
    address is no inflected zone word: "Novak", though "nova" begins zones' names)."""
    if _NAME_PARTICLE.fullmatch(word):
        return True
    lower = word.lower()
    return (word[:1].isupper() and not word.isupper() and lower not in zone_first_words()
            and own_period_at(lower, 0, lang or "en") is None and any_period_at(lower, 0) is None
            and _says_no_time(lower, lang, word, sender=True))


_QUOTE_MARKERS = re.compile(r"^(?:\s*>)+")
_QUOTES = " \t\"'«»“”„‘’"
_BRACKETED_ADDRESS = re.compile(r"<[^<>\s]*@[^<>\s]*>")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
_NAME_PARTICLE = re.compile(r"de|van|von|der|den|da|di|du|dos|das|del|la|le|ten|ter|af|bin|ibn")


def _date_and_clock_run(text: str, mask: list[bool], lang: str | None
                        ) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Where the run of a text's numbers, month and weekday names (of `lang` and English; no Roman
    numeral, Slovene "v") and clock (`mask`) with its clock is, its parts at most three short words
    apart (`_joins`), and the spans of the names joined to it after its end; a date first ends it
    at its clock, and a month's or weekday's name joined after the clock is a person's (Slovak "o
    11:04 ján", Dutch "jan"), which the checks of the words around leave out, but not the words
    between. None when a number or another month name of the text is outside it: which date the
    text means is not for `among_words`."""
    names = month_names(lang or "en", own_only=True)[0] | month_names("en", own_only=True)[0]
    weekdays = english_weekdays() | (weekday_words(lang) if lang else frozenset())
    glued = {found.span() for found in _GLUED_NUMBER.finditer(text)} | {
        found.span(1) for found in _REFERENCE_NUMBER.finditer(text)}  # "[24]", "#1998": no part of the run
    numbers = [found.span() for found in _NUMBER.finditer(text)]
    named = [found.span() for found in _WORD.finditer(text) if (word := " ".join(words(found.group()))) in names
             or word in weekdays]
    runs: list[list[int]] = []
    for start, end in sorted([span for span in numbers if span not in glued] + named
                             + [(i, i + 1) for i, inside in enumerate(mask) if inside]):
        if runs and _joins(text[runs[-1][1]:start]):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    run = next((found for found in runs if any(mask[found[0]:found[1]])), None)
    if run is None:
        return None
    joined = run[1]
    if not mask[run[0]]:  # a date, then its clock: nothing of the date after the clock ("10:00 pm, jan novak")
        run[1] = max(i for i in range(run[0], run[1]) if mask[i]) + 1
    # a name joined after the clock is a name's ("o 11:04 ján <jan@example.com> napísal(a):")
    if any(not (run[0] <= start and end <= run[1]) for start, end in numbers
           ) or any(not (run[0] <= start and end <= joined) for start, end in named):
        return None
    return run[0], run[1], [(a, b) for a, b in named if run[1] <= a and b <= joined]


def keep_the_clock_first_read(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with a time; where the model first wrote a time for the whole text, in the same half
    of the day: one it read in the other half may have seen a day period among the words cut off
    ("15.01.2024 в 5:03 пополудни, анна ...", first read 17:03), however unsure. Not where the
    clock is followed by marks, its sender and the quote verb alone (`_only_the_verb_after_the_clock`:
    "at 5:03, anna <...> wrote:", "12:46 heeft john doe <...> geschreven:"), where nothing was cut."""
    read_whole = row.ev.text == row.ev.full  # not cut to fit the model: its time was a reading of the clock
    if opts.order is None and row.ev.order_matters:  # "on 05/06/2023 09:15, anna ...": the text's doubt stays
        return False
    return keep_valid_with_time(old, new, row, opts) and not (
        row.time and read_whole and int(row.time[1:3]) // 12 != int(new.iso[11:13]) // 12
        and not _only_the_verb_after_the_clock(row.ev.raw, opts.lang))


def _only_the_verb_after_the_clock(raw: str, lang: str | None) -> bool:
    """Whether a text as `among_words` reads it writes nothing after its last clock but marks and a
    quote header's verb (`_only_the_verb_after`): no word was cut there."""
    text = _without_senders_and_addresses(raw, lang)
    mask = clock_mask(text)
    return any(mask) and _only_the_verb_after(text, max(i for i, inside in enumerate(mask) if inside) + 1)


def _ends_the_clock(text: str, end: int, raw: str, punctuation_only: bool = False, quoted: bool = False) -> bool:
    """Whether what follows a date and clock at `end` can say nothing more of them: the end of the
    text, punctuation, or a word of four letters or more, not in capitals, that no day period, zone
    name or hour word begins ("09:05 schrieb"; not "12:45:30 du", "09:08:07 ora de greenwich",
    "14:25:08 oesz", "10:37 eastern", nor a bracket: "10 hrs (horario de cancún)"); in a quote header
    whose verb ends it (`quoted`), one of three letters too, the name that writes it ("13.16 sam
    saffron ha scritto:"), the verb's auxiliary (`_QUOTE_AUXILIARIES`: "14:28 hat max reitz
    geschrieben:", though "hat" is French Canada's HAT) and the verb itself ("13.16 ha scritto:",
    its sender cut by `without_senders`)."""
    rest = text[end:].lstrip()
    if not rest or rest[0] in ",;:|<>-–—'\"、，：":
        return True
    if punctuation_only or iana_names_in(rest):  # "02:30 europe/paris"
        return False
    word = _WORD_AFTER.match(rest)
    if quoted and word is not None and (word[1] in _QUOTE_AUXILIARIES or _QUOTE_VERB_END.match(rest)) and not in_capitals(
            word[1], raw):
        return True
    return (word is not None and len(word[1]) >= (3 if quoted else 4) and not in_capitals(word[1], raw)
            and any_period_at(text, end) is None and zone_name_after(text, end) is None
            and word[1] not in zone_first_words() and not writes_hour_word(word[1]))


def _begins_the_clock(text: str, start: int, raw: str) -> bool:
    """Whether the word before a clock that begins a date and clock at `start` says nothing of it:
    no day period of any language ("am 12:00, 21.10.2021"), no word in capitals (a zone)."""
    before = _WORD_BEFORE_CLOCK.search(text, 0, start)
    return before is None or (any_period_at(text, before.start(1)) is None and not in_capitals(before[1], raw))


def _after_spaces(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip(" "))


def _zone_named_at(text: str, pos: int) -> bool:
    """Whether a CLDR zone name is written at `pos`, but a quote verb's auxiliary (German "hat" is
    French Canada's "HAT" too)."""
    found = zone_name_after(text, pos)
    return found is not None and text[pos:found[0]].strip(" ([") not in _QUOTE_AUXILIARIES


def _says_no_time(rest: str, lang: str | None, raw: str, sender: bool = False) -> bool:
    """Whether the words of a text around its date and clock say nothing of a date or a time: no
    number, no month or day period of its language (or English; without a language, one of three
    letters or more of any), no hour word, noon or midnight word, no zone (UTC, GMT, a CLDR zone
    name, an IANA name, an abbreviation written in capitals), no word of a day ("tomorrow"). For a
    `sender`'s name (`_names_a_sender`), a month's name and a word that only begins or ends like a
    zone's ("novak") pass."""
    names = month_names(lang or "en", own_only=True)[0] | month_names("en", own_only=True)[0]
    for found in _WORD.finditer(rest):
        word = " ".join(words(found.group()))
        own = own_period_at(rest, found.start(), lang or "en")  # any length: "p.m."; not French "a", German "am"
        own = None if word in NOT_PERIODS_BEFORE.get(lang or "", ()) else own
        other = None if lang else any_period_at(rest, found.start())  # without a language: "abends"
        if (not sender and word in names or word in _DAY_WORDS or word in ("utc", "gmt") or _zone_named_at(rest, found.start())
                or may_be_a_period(found.group().strip("."))  # "pomeriggio", "nachmittag", "вечером"
                or not sender and may_name_a_zone(found.group().strip("."))  # "weltzeit", "czasu", "berlin time"
                or own and len(rest[found.start():own[0]].replace(".", "").strip()) > 1
                or other and len(rest[found.start():other].replace(".", "").strip()) > 2
                or (word.upper() in ZONE_ABBREVIATIONS or word.upper() in AMBIGUOUS_ZONES) and in_capitals(word, raw)):
            return False
    return not (_NUMBER.search(rest) or writes_hour_word(rest, short_alone=False) or writes_noon_or_midnight(rest)
                or iana_names_in(rest))


# the refusals a text read without the words around its date and clock may not meet: too long, the
# model unsure, or a part of the date or a time or zone it made up or could not write
_CURED_BY_WINDOW = frozenset({"too_long", "low_confidence", "time_not_in_text", "time_not_read", "not_clock",
                              "month_not_in_text", "day_not_in_text", "year_not_in_text"})


def _joins(gap: str) -> bool:
    """Whether the text between two parts of a date and clock keeps them together: punctuation and
    at most three short words ("à", "um", "o godz.", "a las")."""
    found = gap.split()
    return len(gap) <= 16 and len(found) <= 3 and not any(len(word.strip(".,;:()[]")) > 5 for word in found)


# mail addresses (in angle brackets or not) and links, whose digits are no date's
_ADDRESS = re.compile(r"<[^<>\s]*@[^<>\s]*>|[^\s<>()\[\]]+@[^\s<>()\[\]]+|https?://\S+|<mailto:[^<>]*>")
# The verb that ends a mail's quote header as mail clients write it in their languages, before its
# colon or the name before it ("..., Mark Brown a écrit :", "hat Max Reitz geschrieben:", "schrieb
# Hans Mueller:"): the words around it are a name
_QUOTE_VERB_END = re.compile(
    r"(?<![^\W\d_])(?:wrote|writes|a écrit|a ecrit|écrit|escribió|escreveu|schrieb|geschrieben|schreef|geschreven|ha scritto|"
    r"scrisse|napisał(?:\(a\)|a)?|napisal(?:\(a\)|a)?|napsal(?:\(a\)|a)?|написал(?:\(а\)|а)?|написав(?:\(ла\)|ла)?|"
    r"skrev|skrifaði|kirjoitti|kirjutas|rašė|rakstīja|a scris|έγραψε|yazdı|írta|va escriure|idatzi zuen|"
    r"escrigué|писа|напиша|napísal(?:\(a\)|a)?|je napisal(?:\(a\)|a)?|je napisao|je napisala|pisze)"
    r"(?:\s+(?:[^\W\d_][^\s:<>]*|;)){0,4}\s*:\s*$")  # the name after it, or its mark: "schrieb hans mueller:"
# The auxiliary before the name of a quote verb that ends a header: German "hat ... geschrieben",
# Dutch "heeft ... geschreven"
_QUOTE_AUXILIARIES = frozenset({"hat", "heeft"})
_NUMBER = re.compile(r"[0-9]+")
_LETTERS_AT_END = re.compile(r"(?<=[0-9])\s+([^\W\d_]{2,5})$")
_WORD_AFTER = re.compile(r"([^\W\d_]+)")
_WORD_BEFORE_CLOCK = re.compile(r"([^\W\d_][^\W\d_.]*\.?)\s*$")
_GLUED_NUMBER = re.compile(r"(?<=[a-zß-ÿа-яёα-ω])[0-9]+")  # after a letter of a script that spaces its words
_REFERENCE_NUMBER = re.compile(r"(?:#|\[)([0-9]+)")  # a message's or an issue's number
_ONE_DIGIT_HOUR = re.compile(r"(?<![0-9:.])[1-9][:.h][0-5][0-9]")
# a zone right after a clock: UTC or GMT and its offset, an offset, an abbreviation of the tables,
# in brackets or not ("(cest)", "gmt+03:00")
_ZONE_NEXT = re.compile(r"\s?[(\[]?(?:(?:utc|gmt)(?:\s?[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2}|%s)[)\]]?"
                        r"(?![^\W\d_])" % abbreviations_alternation((*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES)))
_WORD = re.compile(r"[^\W\d_]+\.?")


def keep_offset_of_the_bracketed_name(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with a time whose offset the bracketed name has on the day read."""
    if not new.valid or "T" not in new.iso or (time := time_on(new.iso[:10], new.iso[10:])) is None or not time.zone:
        return False
    name = bracketed_zone_name(row.ev.text)
    return name is not None and time.offset_minutes in zone_offsets_at(name[1], dt.date.fromisoformat(new.iso[:10]))


def hour_with_its_minutes(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that writes one hour alone as its clock, before a day period
    ("may 3, 2019 at 3 p.m. et", "11 am pst") and whose time was not read is read again with the
    hour's minutes written ("3:00 p.m."); the answer is then judged by the text as written."""
    span, text = _the_one_clock(row, opts, hours_alone), row.ev.text
    return None if span is None else f"{text[:span[1]]}:00{text[span[1]:]}"


def worded_clock_in_digits(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that writes one clock with hour and minute words ("18 octobre
    2012 à 19 h 21 min", "10 ч. 30 мин.", "alle ore 15 e 30"), or a whole hour with its hour word
    ("às 23 horas de 19/11/2013"), and whose time was not read is read again with the clock in
    digits and colons ("19:21", "23:00"); the answer is then judged by the text as written. Not one
    with a number after it that the clock leaves behind ("19 h 21 min 5 s")."""
    if not _time_unread(row, opts):
        return None
    clocks = worded_clocks(row.ev.text, whole_hours=True)
    if len(clocks) != 1:
        return None
    clock, text = clocks[0], row.ev.text
    if _DIGIT_AFTER.match(text, clock.end()):
        return None
    seconds = f":{int(second):02d}" if (second := clock.groupdict().get("second")) else ""
    digits = f"{int(clock['hour'])}:{int(clock['minute'] or 0):02d}{seconds}"
    return " ".join(f"{text[:clock.start()]} {digits} {text[clock.end():]}".split())


_DIGIT_AFTER = re.compile(r"[\s,]*[0-9]")


def year_before_the_clock(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that ends with its clock, its zone and then its year, as Unix
    `date` writes it in day-first locales ("tue 22 oct 15:52:30 cest 2019", German "mo 17. aug 09:00
    cest 2026"), or with its clock, year and zone ("mon feb 10 17:32:01.4 1997 pst"), and whose
    time was not read is read again with the year before the clock ("tue 22 oct 2019 15:52:30
    cest"); the answer is then judged by the text as written."""
    if not _time_unread(row, opts) or (found := _CLOCK_THEN_YEAR.search(row.ev.text)) is None:
        return None
    return f"{row.ev.text[:found.start()]} {found['year']} {found['clock']}{found['zone'] or ''}"


_ZONE_WRITTEN = r"\s(?:%s)|\s[+-][0-9]{4}" % abbreviations_alternation(
    (*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES, *GENERIC_ABBREVIATIONS))
# A clock, maybe its zone (an abbreviation of the tables or an offset), then a year that ends the
# text ("15:52:30 cest 2019"; not "10:30 id 2000", "15:52 room 2019"), or then a year and a zone
# that ends it ("17:32:01 1997 pst")
_CLOCK_THEN_YEAR = re.compile(
    rf"\s(?P<clock>[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:\.[0-9]{{1,9}})?)?(?:{_ZONE_WRITTEN})?)"
    rf"\s(?P<year>[0-9]{{4}})(?P<zone>{_ZONE_WRITTEN})?$")


def keep_valid_with_time(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with a time."""
    return new.valid and "T" in new.iso


def clock_after_its_date(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that begins with its one clock ("18:53:57 on 29 march, 1962",
    "16:02:44, lw4 23 agu 2012", "(03:44:19 mar 7th '15)", "08:02 del giorno 1987-01-06"; after a
    word that leads it, `CLOCK_LEADS`: "às 12:06 do dia 2 dez. 1939"), then a comma, a joining
    word (`_DATE_AFTER_CLOCK`) or a month's name, and whose time was not read is read again with
    the clock, with its leading word, the zone `datenorm.clock` marks with it and a day period of
    any language after it ("9:47 ea"), after the date, where most texts write it; the answer is
    then judged by the text as written."""
    if not _time_unread(row, opts):
        return None
    text, mask = row.ev.text, row.ev.clock
    start = next((i for i, marked in enumerate(mask) if marked), None)
    if start is None:
        return None
    end = next((i for i in range(start, len(mask)) if not mask[i]), len(mask))
    while (end + 1 < len(mask) and text[end] == " " and mask[end + 1]
           and not (_CLOCK_AT.search(text, start, end) and _CLOCK_AT.match(text, end + 1))):
        end = next((i for i in range(end + 1, len(mask)) if not mask[i]), len(mask))  # "12:06:43 cet on 2nd march"
    end = any_period_at(text, end) or end  # "9:47 ea, 1944-10-07": its day period goes with it
    bracketed = text[:1] + text[-1:] in ("()", "[]") and text.count(text[0]) == 1 and text.count(text[-1]) == 1
    rest = text[end:-1] if bracketed else text[end:]
    first = rest.split()[0] if rest.split() else ""
    lead = text[:start].strip(" ([\x22'")
    if ((lead and not _LEAD.fullmatch(lead)) or any(mask[end:]) or writes_a_clock(rest, [False] * len(rest))
            or not (_DATE_AFTER_CLOCK.match(rest) or names_a_month(first))):
        return None  # not at the start, two clocks, or not a date right after it ("10:42 pacific, 3 may")
    return " ".join(f"{rest.strip(' ,')} {lead} {text[start:end].strip(' ,')}".split())


_CLOCK_AT = re.compile(r"[0-9]{1,2}[:.h][0-9]")  # a clock's digits: a second one is no zone after the first
_LEAD = re.compile(CLOCK_LEADS)  # a word that leads a clock and goes with it
# What may follow a clock that begins a text before its date: a comma, or a word that joins them
# (`CLOCK_BEFORE_DATE`: "on", "del giorno"), then the date; not a word that may be the clock's zone
# or the end of a range ("10:42 pacific, 3 may", "9:00 bis 17 uhr, 3. mai")
_DATE_AFTER_CLOCK = re.compile(rf"\s*(?:[,;]|(?:{CLOCK_BEFORE_DATE_WORDS})\s|(?=[0-9]))")


def noon_or_midnight_as_its_clock(row: Row, opts: Options) -> str | None:
    """Read with the time, a text that writes its time as one noon or midnight word and no clock in
    digits ("noon on 5 oct 2086", "1936. febr. 2., v éjfél", "23 april 2084, tengah malam"; CLDR's
    words of every language, `noon_or_midnight_written`) and whose time was not read is read again
    with the word written as its clock, "12:00" or "00:00", after the date where the word begins
    the text joined to it ("mittag am 6. november 1937": "12:00 am" would be a.m.); the answer is
    then judged by the text as written, whose word witnesses the clock."""
    if not _time_unread(row, opts) or any(row.ev.clock) or not row.label[:4].strip("0"):
        return None
    found, text = noon_or_midnight_written(row.ev.text), row.ev.text
    if found is None:
        return None
    if not text[:found[0]].strip() and (joined := JOINED_TO_DATE.match(text, found[1])):
        return " ".join(f"{text[joined.end():]} {found[2]}".split())
    return " ".join(f"{text[:found[0]]} {found[2]} {text[found[1]:]}".split())



def zone_of_several_left_out(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose clock's zone is an abbreviation of several zones in
    capitals (`AMBIGUOUS_ZONES`: "10:42 PM CST", China's, Cuba's or US Central) and whose time was
    not read (the model, never taught one, guessed a zone and was unsure) is read again without it;
    the answer is then judged by the text as written, which reports the zone ambiguous with a
    reading in each."""
    if not _time_unread(row, opts):
        return None
    text = row.ev.text
    for word in _WORD.finditer(text):
        if word.group().upper() in AMBIGUOUS_ZONES and _the_clocks_zone(row.ev, text, word):
            return " ".join(f"{text[:word.start()]} {text[word.end():]}".split())
    return None


def generic_zone_not_written_left_out(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose clock is followed by a generic abbreviation of the North
    American zones not written as one (`GENERIC_ABBREVIATIONS` in lower or title case, or in a text
    all in capitals, not after an English day period: "4pm et", "6Pm Mt", "04-OCT-2036 06:00 ET")
    and whose time was not read is read again without it: the model reads the text in lower case,
    where "et" is the same whether it is a zone or not, and guesses an offset; such a word gives
    none (`generic_written`). Only a
    word that ends the text, comes before a comma or a bracket, or before a date's numbers ("11pm
    mt 14/08/1997"): French "et" is "and" ("à 8 h et quart", "à 20:00 et 4 mai", "20h et 10")."""
    if not _time_unread(row, opts):
        return None
    text = row.ev.text
    for word in _WORD.finditer(text):
        upper = word.group().upper()
        if (upper in GENERIC_ABBREVIATIONS and not generic_written(upper, row.ev.raw)
                and _ENDS_A_PART.match(text, word.end()) and _at_the_clock(row.ev, text, word)):
            return " ".join(f"{text[:word.start()]} {text[word.end():]}".split())
    return None


_ENDS_A_PART = re.compile(r"[\s.]*(?:$|[,;)\]])|\s+(?:[0-9]+[./-][0-9]|[0-9]{1,2}[^\W\d_]{3}|[0-9]{4})")


def _the_clocks_zone(ev: Evidence, text: str, word: re.Match) -> bool:
    """Whether an abbreviation is the zone of the text's clock: written in capitals wherever the
    text writes it (a Latin one), and at the clock (`_at_the_clock`)."""
    written = re.findall(rf"(?<![^\W\d_]){re.escape(word.group())}(?![^\W\d_])", ev.raw, re.IGNORECASE)
    if not written or word.group().isascii() and any(found != found.upper() for found in written):
        return False  # Latin in capitals only ("cat", "art"); Russian writes "мск" in either case
    return _at_the_clock(ev, text, word)


def _at_the_clock(ev: Evidence, text: str, word: re.Match) -> bool:
    """Whether a word of a (rewritten) text is where a clock's zone is written: marked with the clock
    (`datenorm.clock`: "10:42 pm clt"), right after or right before one ("10:42 wib", "clt 10:42"),
    or in brackets ending a text with a clock (Wikipedia's signatures: "14:05, 3. mai 2019
    (cest)"); not a word further on ("10:42 hrs ict support", "cat scan, ... 10:42")."""
    mask = ev.clock if text == ev.text else clock_mask(text)
    before = len(text[:word.start()].rstrip()) - 1
    after = word.end() + len(text[word.end():]) - len(text[word.end():].lstrip())
    ends_in_brackets = text[before:before + 1] in ("(", "[") and text[word.end():].strip() in (")", "]") and any(mask)
    return (mask[word.start()] or (before >= 0 and mask[before]) or (after < len(text) and mask[after])
            or ends_in_brackets)


# A clock a day period may stand beside: "10:38:26", "8.41", or with hour words "2시 23분", "3時5分"
_DIGIT_CLOCK = re.compile(r"(?<![0-9])([0-9]{1,2})(?:[:.][0-9]{2}(?:[:.][0-9]{2})?(?![0-9])"
                          r"|\s?(?:時|时|시|点|點)(?:\s?([0-9]{1,2})\s?(?:分|분))?(?:\s?([0-9]{1,2})\s?(?:秒|초))?)")


def _as_digits(clock: re.Match) -> str:
    """A clock as digits and colons: "2시 23분" is "2:23"."""
    if clock.group()[len(clock[1]):][:1] in (":", "."):  # written in digits already
        return clock.group()
    return f"{clock[1]}:{int(clock[2] or 0):02d}" + (f":{int(clock[3]):02d}" if clock[3] else "")


def _time_unread(row: Row, opts: Options) -> bool:
    """Read with the time, a row whose time was not read: refused for it, of low confidence, or a
    date read without the clock its text writes."""
    read, ev = row.result, row.ev
    clocked = read.valid and (ev.full != ev.text or ev.writes_a_clock(dt.date.fromisoformat(read.iso[:10]), opts.lang))
    return opts.time and (read.code in ("time_not_in_text", "time_not_read", "low_confidence", "not_clock") or clocked)


def _period_hour(row: Row, opts: Options) -> tuple[re.Match, tuple[int, int], int] | None:
    """The first clock of a text written 1-12 beside a day period (`datenorm.clockwords`; after
    it, an hour word may come between), the period's span and the one hour 0-23 the two make
    together ("10:38:26 að kvöldi": 22); or written 13-23 beside a period of that hour, which
    says it twice ("오후 23:59:59", date-fns's Korean: 23)."""
    text = row.ev.text
    for clock in _DIGIT_CLOCK.finditer(text):
        after = period_after_clock(text, clock.end(), opts.lang)
        if after and (words := text[clock.end():after[0]].split())[-1:] == ["am"]:
            uhr = "uhr" in words
            if (uhr or opts.lang == "de") and german_on_the(text, after[0], uhr, int(clock[1])):
                after = None  # German "on the": "12.30 uhr am (freitag)"
        before = period_before_clock(text, clock.start(), opts.lang)
        if not (after or before):
            if all(row.ev.clock[clock.start():clock.end()]):
                return None  # the text's clock, with no period beside it
            continue  # numbers of the date ("8.8.1927")
        hour = int(clock[1])
        if not 1 <= hour <= 23 or unsettled_period(text, ClockSpan(clock.start(), clock.end()), opts.lang, hour):
            return None  # a word that may be a day period or another word ("12:30 pd protestë")
        span, hours = ((clock.end(), after[0]), after[1]) if after else ((before[0], clock.start()), before[1])
        fits = {h for h in ((hour % 12, hour % 12 + 12) if hour <= 12 else (hour,)) if h in hours}
        return (clock, span, fits.pop()) if len(fits) == 1 else None
    return None


def day_period_as_am_pm(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose 12-hour clock was not read beside a day period of its
    language ("10:38:26 að kvöldi", "6:54 wieczorem", "夜9:44", "오전 2시 23분") is read again with
    the period written as am or pm after the clock (in digits), as the period and the hour written
    make one hour of the day: "10:38:26 pm", "2:23 am"; a clock of 13-23 is read again without
    the period, which says what its hour says ("오후 23:59:59": "23:59:59")."""
    if not _time_unread(row, opts) or (found := _period_hour(row, opts)) is None:
        return None
    clock, (start, end), hour = found
    text = row.ev.text
    marked = _as_digits(clock) if int(clock[1]) > 12 else f"{_as_digits(clock)} {'pm' if hour >= 12 else 'am'}"
    if start >= clock.end():  # the period after the clock
        return f"{text[:clock.start()]}{marked}{text[end:]}"
    return f"{text[:start]}{marked}{text[clock.end():]}"


def keep_hour_of_the_period(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with the hour that the period and the hour written make together."""
    found = _period_hour(row, opts)
    return new.valid and "T" in new.iso and found is not None and int(new.iso[11:13]) == found[2]


def keep_zone_offset(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with a time and the offset the name has on the new answer's own date (the one
    written in place of the name was the first answer's: "Nov 4, 2019 10:30 AM ET" first read as
    2 November, when ET was -04:00)."""
    if not new.valid or "T" not in new.iso or (time := time_on(new.iso[:10], new.iso[10:])) is None or not time.zone:
        return False
    found = _the_zone_name(row, dt.date.fromisoformat(new.iso[:10]), time)
    return found is not None and (time.offset_minutes or 0) == found[3]


def keep_time_without_zone(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with a time and no zone (the text read had none)."""
    return new.valid and "T" in new.iso and bool((time := time_on(new.iso[:10], new.iso[10:])) and not time.zone)


def keep_zone_of_the_name(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """Valid, with the offset the named zone has at the date and time of the new answer, as an
    offset: a zone at +00:00 ("europe/london" in winter) is not UTC, so not Z."""
    if not new.valid or "T" not in new.iso:
        return False
    date, time = dt.date.fromisoformat(new.iso[:10]), time_on(new.iso[:10], new.iso[10:])
    name = iana_names_in(row.ev.text)[0][1]
    return (time is not None and time.zone not in ("", "Z")
            and time.offset_minutes in named_zone_offsets(name, date, time))


def the_date_alone(row: Row, opts: Options) -> str | None:
    """Read with the time, a text whose answer came with a broken time ("1994 apr 21 ne" read with a
    time of blanks: the model saw no clock) is read again with the decoder steps of the date alone,
    as a date-only call reads it; not a text that writes a word of a time (`writes_time_words`: "at
    five o'clock", "오후 다섯 시")."""
    if not opts.time or row.result.code != "not_clock" or writes_time_words(row.ev.text, opts.lang):
        return None
    return row.ev.text


def keep_date_of_its_numbers(old: Result, new: Result, row: Row, opts: Options) -> bool:
    """A valid date whose numbers are the text's, one for one, in a text that writes no clock: a
    number left over may be a time the checks cannot see (Swahili "saa 3 asubuhi", 09:00; "3. mai
    2019 um 5")."""
    if not new.valid:
        return False
    date = dt.date.fromisoformat(new.iso)
    return _numbers_are(row.ev, date) and not row.ev.writes_a_clock(date, opts.lang)


def _numbers_are(ev: Evidence, date: dt.date) -> bool:
    """Whether each number the text writes is one part of `date`, each part at most once: its day,
    its year (in full or its last two digits), and its month unless the text names it in words."""
    parts = [("day", date.day), ("year", date.year)] + ([] if names_month_loosely(ev.months, date.month)
                                                         else [("month", date.month)])
    if len(ev.runs) > len(parts):
        return False

    def fits(run: str, part: tuple[str, int]) -> bool:
        kind, value = part
        if kind == "year":
            return run == str(value) or (len(run) == 2 and int(run) == value % 100)
        return len(run) <= 2 and int(run) == value

    return any(all(fits(run, part) for run, part in zip(ev.runs, order))
               for order in itertools.permutations(parts, len(ev.runs)))


class Reread(NamedTuple):
    """A second reading: `rewrite` gives the text to read again (None: this row is not read again;
    the same text only when `lang` reads it in another language), `keep` whether the new answer
    replaces the old, `lang` the language hint to read it with (the one given, when None)."""

    name: str
    rewrite: Callable[[Row, Options], "str | None"]
    keep: Callable[[Result, Result, Row, Options], bool]
    lang: str | None = None
    # which rows with a valid answer are offered to `rewrite` too (by their evidence; None: none)
    answered_too: Callable[[Evidence, Options], bool] | None = None
    # whether rows refused for their time are offered too, and, read with the time, dates read
    # without one (the others are for dates)
    times_too: bool = False
    # whether the text is read again with the decoder steps of the date alone, without its time
    date_steps: bool = False
    # whether the answer kept is judged again by the text as written (a rewrite that leaves out a
    # part the witness reports on its own: an abbreviation of several zones)
    judged_by_the_text: bool = False
    # whether rows refused as too long for the model are offered too (the model never read them)
    too_long_too: bool = False


# The second readings, in the order they are tried. A row is read again only when the rewrite gives
# a text other than the one read, or reads it another way (another language, the date's steps alone).
REREADS: tuple[Reread, ...] = tuple(Reread(*stage) for stage in (
    ("in the order given", in_the_order_given, keep_valid_or_incomplete, None,
     lambda ev, opts: opts.order is not None and (2 <= len(ev.runs) <= 3
                                                  or (len(ev.runs) == 1 and len(ev.runs[0]) == 6))),
    ("the stamp alone", the_stamp_alone, keep_valid, None, lambda ev, opts: ev.short > 2),
    ("the numeric date alone", the_numeric_date_alone, keep_valid_or_ambiguous, None,
     lambda ev, opts: not opts.time and ev.written_numeric_date is not None),
    ("around the month", around_the_month, keep_around, None, lambda ev, opts: ev.short > (1 if ev.years else 2)),
    ("month in English", month_in_english, keep_valid_or_incomplete, "en"),
    ("month in its language", month_in_its_language, keep_named_month),
    ("month in its language, in English", month_in_its_language, keep_named_month, "en"),
    ("compact stamp written out", compact_stamp, keep_valid),
    ("without its time of day", without_its_time, keep_without_time),
    ("spaced out", spaced, keep_spaced),
    ("apostrophe year in full", apostrophe_year, keep_with_year),
    ("cut month name in full", cut_month_name, keep_date_read, None, None, True, False, True),
    ("numbered month", numbered_month, keep_valid),
    ("fixed-date holiday", fixed_holiday, keep_valid_or_incomplete),
    ("IANA zone as its offset", zone_as_its_offset, keep_zone_of_the_name, None, None, True),
    ("zone name as its offset", zone_name_as_its_offset, keep_zone_offset, None, None, True),
    ("zone name in brackets left out", zone_name_in_brackets_left_out, keep_offset_of_the_bracketed_name, None, None,
     True, False, True),
    ("reply link left out", reply_link_left_out, keep_valid_with_time, None, None, True, False, True),
    ("the date and clock among words alone", among_words, keep_the_clock_first_read, None, None, True, False, False,
     True),
    ("GMT before its offset left out", gmt_before_its_offset_left_out, keep_valid_with_time, None, None, True, False,
     True),
    ("dotted clock with colons", dotted_clock_with_colons, keep_valid_with_time, None, None, True, False, True),
    ("file name's clock with colons", file_name_clock_with_colons, keep_valid_with_time, None, None, True, False,
     True),
    ("log's clock apart", log_clock_apart, keep_valid_with_time, None, None, True, False, True),
    ("file name's words apart", file_name_words_apart, keep_valid_with_time, None, None, True),
    ("label's colon apart", label_colon_apart, keep_valid, None, None, True),
    ("label left out", label_left_out, keep_valid, None, None, True, False, False, True),
    ("log line's stamp alone", log_stamp_alone, keep_valid_with_time, None, None, True, False, True),
    ("worded clock in digits", worded_clock_in_digits, keep_valid_with_time, None, None, True, False, True),
    ("year before the clock", year_before_the_clock, keep_valid_with_time, None, None, True, False, True),
    ("hour with its minutes", hour_with_its_minutes, keep_valid_with_time, None, None, True, False, True),
    ("clock after its date", clock_after_its_date, keep_valid_with_time, None, None, True, False, True),
    ("noon or midnight as its clock", noon_or_midnight_as_its_clock, keep_valid_with_time, None, None, True, False,
     True),
    ("zone of several meanings left out", zone_of_several_left_out, keep_time_without_zone, None, None, True, False,
     True),
    ("generic zone not written as one left out", generic_zone_not_written_left_out, keep_time_without_zone, None, None,
     True, False, True),
    ("day period as am or pm", day_period_as_am_pm, keep_hour_of_the_period, None, None, True),
    ("the date alone", the_date_alone, keep_date_of_its_numbers, None, None, True, True),
))
