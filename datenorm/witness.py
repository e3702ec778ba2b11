"""The model's answer against its text: every part of the answer must be witnessed by the text.

A year is copied, never made up; a day is written in digits; a month is written as a number or
named by a word in some language; each number the text writes serves one part. An answer that
fails is refused with its reason; nothing here changes the answer. A time of day is witnessed the
same way (`judge_time`): its hour and minute written in digits, or a noon or midnight word; its
seconds, fraction and zone only when the text writes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import replace

from datenorm.evidence import Evidence
from datenorm.months import (languages_naming, marked_months, month_check, names_month, names_month_in_a_word,
                             names_month_loosely)
from datenorm.result import Result, answer, partial_date, refusal
from datenorm.clock import without_clock
from datenorm.text import (bracketed_zone, day_is_written, digit_runs, finer_than, month_is_written,
                           unwritten_part, written_years, year_is_written)
from datenorm.clockwords import long_zone_name_in, numbers_of_units, time_zone_words
from datenorm.timeofday import (AMBIGUOUS_ZONES, ClockSpan, TimeOfDay, ambiguous_zone, ambiguous_zone_before,
                                clock_start, find_clock, iana_names_in, in_capitals, in_utc, named_zone_offsets,
                                offset_label, other_clock, parse_time, period_apart, time_on, unread_part,
                                writes_noon_or_midnight, writes_utc, written_period, written_zone, zone_at_end,
                                zone_at_start, zone_before, zone_before_the_last, zones_after)


def judge(ev: Evidence, label: str, confidence: float, min_confidence: float, lang: str | None = None,
          only_lang: str | None = None) -> Result:
    """Each part of the model's answer must be written in the text: the year in full or as a
    pivot-window year, the day in digits, the month as a number or a name; an answer that fails, or
    is less confident than asked, or is no calendar date, is refused; a part not read makes it
    incomplete.

    `label` is the model's answer (yyyy-mm-dd, 00 for a part not read) to the text of `ev`, read in
    `lang` (None: unknown). A model trained on one language's texts, `only_lang`,
    must find a whole month name; a many-language one also a name inside a word, since the name
    table lacks the inflected forms it reads (Hebrew "באוק׳", Kurdish "sibata")."""
    raw, plain, months = ev.raw, ev.plain, ev.months
    month = int(label[5:7]) if label[5:7].isdigit() and 0 < int(label[5:7]) <= 12 else 0
    day = int(label[8:]) if label[8:].isdigit() else 0
    named, said = month_check(months, month, lang, day) if month else (set(), False)
    partial = None
    try:
        dt.date.fromisoformat(label)
    except ValueError:
        partial = partial_date(label)
        if partial is None:
            return refusal(raw, "not_calendar", "not a calendar date", confidence)
    if confidence < min_confidence:
        return refusal(raw, "low_confidence", "low confidence", confidence)
    if label[:4] != "0000" and not year_is_written(int(label[:4]), ev.years, ev.runs):
        return refusal(raw, "year_not_in_text", f"year not in text (read {label[:4]})", confidence)
    if label[8:] != "00" and not day_is_written(plain, int(label[8:])):  # "the ninth" is not read
        return refusal(raw, "day_not_in_text", f"day not in text (read {int(label[8:])})", confidence)
    if named:  # "15 mar" is not May
        return refusal(raw, "month_not_in_text",
                       f"month not in text (read {month}, text names {', '.join(map(str, sorted(named)))})",
                       confidence)
    if month and (marked := marked_months(plain)) and month not in marked and day in marked:
        # "tháng 9 5 2076" is 5 September, not 9 May: the number a word marks as the month is no day
        return refusal(raw, "month_not_in_text",
                       f"month not in text (read {month}, text marks {', '.join(map(str, sorted(marked)))})",
                       confidence)
    year, month, day = int(label[:4]), int(label[5:7]), int(label[8:])
    in_words = names_month if only_lang is not None else functools.partial(names_month_loosely, lang=lang)
    if (0 < month == day and str(year) in ev.runs and sum(len(run) <= 2 for run in ev.runs) == 1
            and not (lang and months.named(lang, own_only=True)) and not any(in_words(months, m) for m in range(1, 13))):
        # a year and one number, no month word: the number is the month and the day was made from
        # it ("11/2026" read as 2026-11-11 is November 2026)
        return refusal(raw, "incomplete", f"incomplete date (no day): {year}-{month:02d}", confidence,
                       partial=f"{year}-{month:02d}")
    part = unwritten_part(ev.runs, year, month, day, lambda: names_month_in_a_word(months, month))
    if part is not None:  # each number the text writes is one part of the date: "02/06" is not --06-06
        number = {"year": year, "month": month, "day": day}[part]
        return refusal(raw, f"{part}_not_in_text", f"{part} not in text (read {number})", confidence)
    if (partial is not None and partial[1] == "no day"
            and not month_is_written(plain, month) and not in_words(months, month)):
        partial, month = (label[:4], "year only"), 0  # "Mid-2019" read as May 2019 names no month: it gives the year
    if month and not said and not month_is_written(plain, month, day) and not in_words(months, month):
        return refusal(raw, "month_not_in_text", f"month not in text (read {month})", confidence)
    if partial is not None:
        reduced, missing = partial
        return refusal(raw, "incomplete", f"incomplete date ({missing}): {reduced}", confidence, partial=reduced)
    return answer(raw, label, confidence)


_END_OF_DAY = re.compile(r"T24:00(?::00(?:\.0+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?\s*$")


def judge_time(ev: Evidence, date: str, part: str, result: Result, min_confidence: float, utc: bool = False,
               lang: str | None = None) -> Result:
    """The answer with the time the model wrote after the date (`part`, "T22:42..."), when the
    text witnesses it; `result` is the date's judgement. The clock must write the hour and minute,
    and the seconds and fraction the answer has (`datenorm.timeofday.find_clock`); what the text
    writes right after it (seconds, a fraction, a zone) must be in the answer, and the answer's zone
    must be the one written (`written_zone`). A time with no date ("0000-00-00") is incomplete (time
    only), with the time in `partial`; a date the checks refused keeps its reason. An abbreviation
    of several zones is reported with a reading in each. `utc`: a time with a zone is given in UTC.
    `lang`, the text's language when given, says which language's day periods to read first."""
    if not part or not (result.valid or date == "0000-00-00"):
        return result
    raw, confidence = ev.raw, result.confidence
    if confidence < min_confidence:
        return refusal(raw, "low_confidence", "low confidence", confidence)
    if ev.clock_cut:  # "ཆུ་ཚོད་ 9 སྐར་མ་ 52:32", its clock cut: a time from the digits left is no reading of it
        return refusal(raw, "time_not_read", "the model read the text without its clock (characters it does not "
                                             "know, or too long)", confidence, partial=date if result.valid else None)
    time = time_on(date, part) if result.valid else parse_time(part)  # a leap second too: "1990-12-31T23:59:60Z"
    if time is None:
        if _END_OF_DAY.match(part):  # ISO 8601's end of the day
            return refusal(raw, "not_clock", "24:00 is the end of the day, the next day's 00:00: not read", confidence)
        return refusal(raw, "not_clock", f"not a time of day (read {part[1:].strip()})", confidence)
    day = dt.date.fromisoformat(date) if result.valid else None
    prefix = date if day else ""
    span, lang = _the_clock(ev, time, day, lang)
    if span is None:
        return refusal(raw, "time_not_in_text", f"time not in text (read {time.clock})", confidence)
    if other := other_clock(ev.text, ev.clock, span, time, raw, day):  # "3 May 1979 10:00 and 11:00"
        both = sorted(((span.start, ev.text[span.start:span.end]), (other.start(), other.group())))
        return refusal(raw, "two_times", f"two times of day ({both[0][1]} and {both[1][1]})", confidence)
    if day is not None and (lent := _date_part_in_the_clock(ev, span, day)):  # "14.12.08 2.00.34" read as 2000
        return refusal(raw, f"{lent}_not_in_text", f"{lent} not in text but in its clock (read {date})", confidence)
    if unread := _unread_word_after(ev, span):  # "3:45:30 எற்பாடு", a letter of it unknown to the model
        return refusal(raw, "time_not_in_text", f"the word beside the clock ({unread}) may be its day period, which "
                                                f"the model does not read", confidence)
    if apart := period_apart(ev.text, span, ev.written, _period_languages(ev, lang, day), time.hour,
                             lang):
        return refusal(raw, "time_not_in_text", f"the text names a day period ({apart}) that the answer's hour is "
                                                f"not in", confidence)  # "abends am 19. März 2014 um 8:15" as 08:15
    tail = ev.text[span.end:]
    missing = unread_part(tail, time)
    if missing:
        return refusal(raw, "time_not_read", f"the text writes {missing} the answer leaves out", confidence,
                       partial=f"{prefix}{time}")
    if counted := _units_unlike(ev.text, span, time, lang):  # "um 20 minuten nach 8 abends" read 20:00
        return refusal(raw, "time_not_in_text", f"the text writes {counted}, which the answer's time is not",
                       confidence)
    if wrong_zone := _zone_refusal(ev, span, tail, time, day, prefix, lang, confidence):
        return wrong_zone
    if time.fraction and finer_than(ev.full, len(time.fraction)):  # read cut to the model's digits (`fit_text`)
        return refusal(raw, "time_not_read", "the text writes a fraction finer than the answer's",
                       confidence, partial=f"{prefix}{time}")
    if day is None:
        return refusal(raw, "incomplete", f"incomplete date (time only): {time}", confidence, partial=str(time))
    return answer(raw, in_utc(date, time) if utc and time.zone else f"{date}{time}", confidence)


def _the_clock(ev: Evidence, time: TimeOfDay, day: dt.date | None,
               lang: str | None) -> tuple[ClockSpan | None, str | None]:
    """The clock of the text that writes `time` (`find_clock`), and the language whose day periods
    read it: `lang`, or with no language given, the language the month is named in, when its day
    period beside the clock tells the hour ("hɔgbaa oflɔ 20 2000, 11:57 sn": Ga's pm)."""
    span = find_clock(ev.text, time, ev.clock, day, lang)
    if span is None and lang is None and day is not None:
        for named_in in languages_naming(ev.months, day.month):
            span = find_clock(ev.text, time, ev.clock, day, named_in)
            period = written_period(ev.text, span, named_in) if span is not None else None
            if period is not None and sum(char.isalpha() for char in period[0]) >= 2:  # not a preposition "v"
                return span, named_in
        return None, lang
    return span, lang


def _units_unlike(text: str, span: ClockSpan, time: TimeOfDay, lang: str | None) -> str | None:
    """A number of minutes or seconds a text writes with a word for them ("20 minuten", "20 minutos",
    "20秒"; `numbers_of_units`) that the answer's minute or second is not, as written; else None.
    Only a count inside the clock read (`span`: "8時20秒" read 20:20), or anywhere where that clock
    writes its hour alone ("8 abends", whose minute the answer made 00): beside a clock that writes
    its minutes, a count is a duration ("10:00, 45 minutes")."""
    hour_alone = len(_DIGITS.findall(text[span.start:span.end])) < 2
    for kind, value in (("minute", time.minute), ("second", time.second)):
        for found in numbers_of_units(text, kind, lang):
            inside = found.start() < span.end and span.start < found.end()
            if (hour_alone or inside) and (value is None or int(found[1]) != value):
                return found.group()
    return None


def _period_languages(ev: Evidence, lang: str | None, day: dt.date | None) -> tuple[str | None, ...]:
    """Whose day periods may be written apart from the clock (`period_apart`): the text's language;
    with none given, the languages that name its month, else the widely used ones (None)."""
    if lang:
        return (lang,)
    return (tuple(languages_naming(ev.months, day.month)) if day else ()) or (None,)


def _zone_refusal(ev: Evidence, span: ClockSpan, tail: str, time: TimeOfDay, day: dt.date | None, prefix: str,
                  lang: str | None, confidence: float) -> Result | None:
    """The refusal of an answer whose zone is not the one the text writes beside its clock `span`
    (`tail`, the text after it): two zones, an abbreviation of several (reported with a reading in
    each), a zone the answer leaves out or one it makes up, an offset its IANA or bracketed zone does
    not have that day; None when the zones agree."""
    raw = ev.raw
    known, several, offsets = _zones_read(zones_after(tail, raw, day, time))  # several: "IST"
    if two := _two_zones(raw, known, several, offsets, prefix, time, confidence):
        return two  # "19:00 EST EDT", "+0100 (CEST)", "IST +0900"
    zone, head = written_zone(tail, raw, day, time), None
    if zone is False and several and offsets:  # "10:42 IST (+05:30)": the offset says which IST
        zone = offsets.pop()
    if zone is None:  # "GMT+02:00 09:20", "PST 上午4:40"
        head = ev.text[:clock_start(ev.text, span, lang)]
        zone = zone_before(head, raw, day, time)
    if zone is None and (end := zone_at_end(ev.text, span, raw)):  # a clock before its date: "14:05, 2 January 2015 (UTC)"
        before = zone_before_the_last(ev.text, span)
        if before and len(both := zones_after(f" {before}{end}", raw, day, time)) > 1 and (
                two := _two_zones(raw, *_zones_read(both), prefix, time, confidence)):
            return two  # "20:42, 18 May 2011 (UTC) CEST"
        tail, zone = end, written_zone(end, raw, day, time)
    if zone is None and (start := zone_at_start(ev.text, span, raw, lang)):  # "GMT+1 3.5.2019 9:10"
        tail, zone = start, written_zone(start, raw, day, time)
    several = None
    if zone is False:  # "10:42 IST", "CST 上午4:40"
        several = ambiguous_zone(tail, raw) or (ambiguous_zone_before(head, raw) if head is not None else None)
    if several:  # whatever zone the model wrote for it, it guessed
        readings = {f"{several} {place}": f"{prefix}T{time.clock}{offset_label(minutes)}"
                    for place, minutes in AMBIGUOUS_ZONES[several].items()}
        return refusal(raw, "ambiguous_zone", f"{several} names several zones ({', '.join(AMBIGUOUS_ZONES[several])})",
                       confidence, partial=f"{prefix}T{time.clock}", readings=readings)
    if zone is False and day and (change := _clocks_change(ev, day, time, prefix, confidence)):
        return change
    if zone is not None and not time.zone:
        return refusal(raw, "time_not_read", "the text writes a zone the answer leaves out", confidence,
                       partial=f"{prefix}{time}")
    if zone is None and not time.zone and (named := long_zone_name_in(ev.written)):
        return refusal(raw, "time_not_read", f"the text writes a zone ({named}) the answer leaves out", confidence,
                       partial=f"{prefix}{time}")  # "北京时间2017年9月13日凌晨1点", its zone unknown to the model
    if zone is None and not time.zone and (word := _ZONE_WORD.match(tail)) and word[1] in time_zone_words() and (
            in_capitals(word[1], raw) or re.search(rf"(?<![^\W\d_]){re.escape(word[1].capitalize())}(?![^\W\d_])", raw)):
        return refusal(raw, "time_not_read", f"the word after the clock ({word[1]}) may be its zone ({word[1]} time), "
                                             f"which the answer leaves out", confidence, partial=f"{prefix}{time}")
    if time.zone and (zone is None or zone is False or zone != time.offset_minutes
                      or time.zone == "-00:00" and "-00" not in ev.text):  # "+0000" is no -00:00
        return refusal(raw, "time_not_in_text", f"zone not in text (read {time.zone})", confidence,
                       partial=f"{prefix}T{time.clock}")  # the date and clock are the text's
    if time.zone == "Z" and (names := iana_names_in(ev.text)) and not writes_utc(ev.text, raw):
        return refusal(raw, "time_not_in_text", f"zone not in text (read Z; {names[0][1]} is +00:00 then, not UTC)",
                       confidence)  # "06:17:49 (Europe/London)" in winter; Java's "Z[Europe/London]" writes Z
    if day and (name := bracketed_zone_against(ev.full, day, time)):
        return refusal(raw, "time_not_in_text", f"zone not in text (read {time.zone}, which [{name}] does not have then)",
                       confidence)  # "...+01:00[europe/paris]" in July: Paris is +02:00
    return None


def bracketed_zone_against(full: str, day: dt.date, time: TimeOfDay) -> str | None:
    """The IANA zone in brackets that ends a normalised text (`bracketed_zone`) when it has not the
    offset of `time` on `day`, else None."""
    name = bracketed_zone(full)
    if name and time.zone and time.zone != "Z" and time.offset_minutes not in named_zone_offsets(name, day, time):
        return name
    return None


def fails_what_was_cut(full: str, iso: str, written: str | None = None) -> bool:
    """Whether an answer fails what `fit_text` cut from the text the model read (`full`, the whole
    normalised text): a finer fraction of a second than the answer's, or a zone in brackets that has
    not its offset that day; or, in the text as given (`written`, `Evidence.written`), what the
    model could not read: a zone's name in characters it does not know ("北京时间2017年9月13日凌晨1点"),
    left out of an answer without a zone. A second reading of that cut text no longer writes any
    of them."""
    time = parse_time(iso[10:]) if "T" in iso else None
    if time is None:
        return False
    return bool(time.fraction and finer_than(full, len(time.fraction))
                or bracketed_zone_against(full, dt.date.fromisoformat(iso[:10]), time)
                or written is not None and not time.zone and long_zone_name_in(written))


_ZONE_WORD = re.compile(r"\s([^\W\d_]+)(?![^\W\d_])")  # the word right after a clock: "10:00 eastern"


def _zones_read(written: list[tuple[str, int | None]]) -> tuple[list[tuple[str, int]], str | None, set[int]]:
    """Of the zones `zones_after` read: those of one offset, the first abbreviation of several
    ("IST"), and the offsets."""
    known = [(name, minutes) for name, minutes in written if minutes is not None]
    return known, next((name for name, minutes in written if minutes is None), None), {minutes for _, minutes in known}


def _two_zones(raw: str, known: list[tuple[str, int]], several: str | None, offsets: set[int], prefix: str,
               time: TimeOfDay, confidence: float) -> Result | None:
    """The refusal of a clock written with two zones of different offsets (`known`, as `zones_after`
    finds them, of `offsets`), with the datetime in each: the first two offsets, or an abbreviation
    of several zones (`several`) in each of its zones and the offset beside it that is none of
    theirs; None when the zones agree."""
    if not (len(offsets) > 1 or several and offsets and not offsets & set(AMBIGUOUS_ZONES[several.upper()].values())):
        return None
    zones = [(_as_written(name, raw), minutes) for name, minutes in known]
    if several:
        zones = zones[:1] + [(f"{several.upper()} {place}", minutes)
                             for place, minutes in AMBIGUOUS_ZONES[several.upper()].items()]
    else:
        zones = [zones[0], next(zone for zone in zones if zone[1] != zones[0][1])]
    readings = {name: f"{prefix}T{time.clock}{offset_label(minutes)}" for name, minutes in zones}
    names = f"{zones[0][0]} and {several.upper() if several else zones[1][0]}"
    return refusal(raw, "two_zones", f"two zones of different offsets ({names})", confidence,
                   partial=f"{prefix}T{time.clock}", readings=readings)


def _as_written(found: str, raw: str) -> str:
    """A part of the normalised text as `raw` writes it, as a word in any case ("CEST" for "cest")."""
    written = re.search(rf"(?<![^\W\d_]){re.escape(found)}(?![^\W\d_])", raw, re.IGNORECASE)
    return written.group() if written else found


_DIGITS = re.compile(r"[0-9]+")


def _date_part_in_the_clock(ev: Evidence, span, day: dt.date) -> str | None:
    """The part of the date ("year" or "day") that only the digits of the clock read with it
    write, where the date's checks saw them (a dotted clock is no clock to them: "14.12.08 2.00.34
    pg/sg" read with year 2000, whose "00" is the clock's minutes); else None. An hour alone ("12
    noon", "5 p.m.") is left to the date's checks: its number may be the date's too ("2068-06-12
    pusdienlaikā")."""
    clock = ev.text[span.start:span.end]
    if len(_DIGITS.findall(clock)) < 2 or clock.strip() not in ev.plain:  # an hour and its minutes, at least
        return None
    outside = without_clock(ev.text[:span.start] + " " * (span.end - span.start) + ev.text[span.end:])
    if not year_is_written(day.year, written_years(outside, True), digit_runs(outside)):
        return "year"
    return None if day_is_written(outside, day.day) else "day"


def _unread_word_after(ev: Evidence, span) -> str | None:
    """The word right after a clock written 1-12, or right before it, that the model did not read
    because a letter of it is unknown to it (`ModelConfig.known_text` reads such a word as a
    space): it may be the day period that says which half of the day the hour is in (moment.js's
    Tamil "3:45:30 எற்பாடு", date-fns's Japanese "ごご3:00")."""
    clock = ev.text[span.start:span.end]
    if not (hour := _HOUR.match(clock)) or int(hour.group()) > 12:
        return None
    written = ev.written
    at = written.find(clock)
    if at < 0:
        return None
    start = at + len(clock) + 1 if written[at + len(clock):at + len(clock) + 1] == " " else -1
    end = start
    while 0 <= end < len(written) and (written[end].isalpha() or unicodedata.category(written[end])[0] == "M"):
        end += 1  # a word's letters and marks ("எற்பாடு"), not a mark glued to it ("uhr!", "party🎉")
    after = written[start:end] if end > start and written[start].isalpha() else ""
    end = at - 1 if written[at - 1:at] == " " else at
    start = end
    while start > 0 and (written[start - 1].isalpha() or unicodedata.category(written[start - 1])[0] == "M"):
        start -= 1
    before = written[start:end] if end > start and not written[start - 1:start].isdigit() else ""  # not "7にち"
    for word in (after, before):
        if word and not re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", ev.full):
            return word  # its letters not read
    return None


_HOUR = re.compile(r"[0-9]{1,2}")


def _clocks_change(ev: Evidence, day: dt.date, time: TimeOfDay, prefix: str, confidence: float) -> Result | None:
    """For a text that names one IANA zone, a time its clocks repeat that day (they go back: either
    offset is the time written) reported `ambiguous_zone` with a reading at each, or one they skip
    (they go forward: no such time there) reported `not_clock`; None for any other time."""
    names = iana_names_in(ev.text)
    if len(names) != 1:
        return None
    name = names[0][1]
    offsets = sorted(named_zone_offsets(name, day, time), reverse=True)
    if len(offsets) == 2:
        readings = {f"{name} {offset_label(minutes)}": f"{prefix}T{time.clock}{offset_label(minutes)}"
                    for minutes in offsets}
        return refusal(ev.raw, "ambiguous_zone", f"{name} is at {' or '.join(map(offset_label, offsets))} at "
                       f"{time.clock} that day (its clocks go back)", confidence, partial=f"{prefix}T{time.clock}",
                       readings=readings)
    if not offsets:
        return refusal(ev.raw, "not_clock", f"no time {time.clock} in {name} that day (its clocks go forward)",
                       confidence)
    return None


# A weekday said "before last", "last", "this", "next" or "after next", by its offset: its two readings
# (`relative.meanings`)
_WEEKDAY_READINGS = {-2: ("the second before today", "the week before last's"),
                     -1: ("the last before today", "last week's"), 0: ("the first from today", "this week's"),
                     1: ("the first after today", "next week's"), 2: ("the second after today", "the week after next's")}


def _without_short_words(text: str) -> str:
    """A text without its words of one or two letters in scripts written with spaces."""
    from datenorm.relativewords import unspaced

    return _SHORT_WORD.sub(lambda word: word[0] if unspaced(word[0]) else " ", text)


_SHORT_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}(?![^\W\d_])")


def judge_relative(ev: Evidence, form: str, confidence: float, lang: str | None, now: dt.datetime,
                   time: bool = False, utc: bool = False) -> Result:
    """The model's canonical form of a date said relative to today ("-P3D", "FR+1", "M-1":
    `datenorm.relative`) against its text as written, resolved against `now`.

    The text must write one relative phrase (`relativewords.relative_phrases`: "yesterday", "il y a
    trois jours", "下周五"), which stands for the form, and no other number beside it ("yesterday 3
    May 1979", "2 weeks and 3 days ago", "3 days ago at 14:00" are more than it says); a phrase of two
    dates ("कल", yesterday and tomorrow), or a weekday said "next", "this", "after next" or "before
    last", which reads as counted from today or as the week's (`relative.meanings`; "last" is the
    last one before today), is
    ambiguous with both readings, unless they fall on one day or its words say which ("this coming
    Friday": `relativewords.counted_from_today`); one past the calendar's edge makes it
    out of range. A week, month or year is an incomplete date of that precision ("2026-11"); a
    count of hours, minutes or seconds a time of day when `time` (in UTC with `utc`, from an aware
    `now`), else its day. The answer, and every refusal of a text that writes a relative phrase,
    carry the form in `relative`; a text that writes none is refused without it (the model misread
    a date).

    The phrase witnesses all of a form it stands for (its count, unit and direction), so the
    model's confidence refuses none: where the model doubts between forms the text says which (on a
    dev split, each of 547 forms the model was less than half sure of and its phrase stood for was
    the text's, and no form its phrase stood for was wrong)."""
    from datenorm.relative import DayOnly, meanings, parse, resolve
    from datenorm.relativewords import counted_from_today, languages_in, relative_phrases, says_more

    raw, reference, written = ev.raw, now.isoformat(timespec="seconds"), ev.written
    phrases = relative_phrases(written, lang)
    if not phrases:
        return refusal(raw, "relative", f"not a date (read as relative to today, {form}, which the text does not say)",
                       confidence)

    def refused(code: str, message: str, **details) -> Result:
        return replace(refusal(raw, code, message, confidence, **details), relative=form, reference=reference)

    start, end, forms = phrases[0]
    rest = written[:start] + " " + written[end:]
    # without a language, in each language of the phrase's words, and in every language but for
    # their words of one or two letters, too often another language's glue: Portuguese "um" (one)
    # says nothing beside German "morgen" ("morgen um 15 uhr"); "zwei", "two" say more
    languages = [lang] if lang is not None else [*languages_in(written[start:end]), None]
    # read with the time, a noon or midnight word beside the phrase is a clock the form leaves out
    # ("in 2 weeks at noon": its day and the clock are read again, `runtime._days_with_their_clocks`)
    if (len(phrases) > 1 or any(says_more(rest if language else _without_short_words(rest), language)
                                for language in languages) or (time and writes_noon_or_midnight(rest))):
        return refused("relative", f"not a date (relative to the day it was written, with more the answer would "
                                   f"leave out: {written})")
    if form not in forms:
        return refused("relative", f"not a date (relative to the day it was written; read {form}, the text says "
                                   f"{' or '.join(sorted(forms))})")
    relative = parse(form)
    if relative.on_the_clock and isinstance(now, DayOnly) and (time or relative.offset):
        # "3 hours ago" against a day given without its time of day: yesterday or today, at any time
        return refused("relative", f"not a date ({form} is counted from an instant; the reference "
                                   f"{now.date().isoformat()} is a day without a time of day)")
    # a word of two dates stands for those two; a weekday said next, this or last for its two readings,
    # unless its words say which ("this coming Friday")
    meant = (sorted(forms) if len(forms) > 1 else (form,) if counted_from_today(written[start:end], lang)
             else meanings(form))
    resolved_each = {other: resolve(parse(other), now, time) for other in meant}
    if None in resolved_each.values():  # a reading past the calendar's edge: no date to give or to weigh
        return refused("out_of_range", f"out of range ({form} from {reference})")
    readings = {other: resolved.iso for other, resolved in resolved_each.items()}
    if len(set(readings.values())) > 1:
        if len(forms) > 1:
            return refused("ambiguous", f"ambiguous (a word for {' and '.join(sorted(forms))})", readings=readings)
        counted, week = _WEEKDAY_READINGS[relative.offset]
        return refused("ambiguous", f"ambiguous ({counted} or {week}: {' or '.join(readings)})", readings=readings)
    in_utc = utc and time and relative.on_the_clock and now.tzinfo is not None
    try:
        resolved = resolve(relative, now.astimezone(dt.timezone.utc) if in_utc else now, time)
    except OverflowError:  # an aware instant at the calendar's edge, in UTC
        resolved = None
    if resolved is None:
        return refused("out_of_range", f"out of range ({form} from {reference})")
    iso = resolved.iso.replace("+00:00", "Z") if in_utc else resolved.iso
    if not resolved.complete:
        return refused("incomplete", f"incomplete date ({relative.unit} only): {iso}", partial=iso)
    return replace(answer(raw, iso, confidence), relative=form, reference=reference)
