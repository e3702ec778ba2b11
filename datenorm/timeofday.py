"""The time part of an answer: `THH:MM[:SS[.f]][Z|±HH:MM]`, as a model that writes times writes it.

A label or an answer is the date (`YYYY-MM-DD`, 00 for what a text lacks) and, when the text writes
a clock, this part after it: seconds, a fraction (1 to 9 digits; 6 of a model of 32 steps) and a
zone only when the text writes them. `Z` is UTC; an offset is hours and minutes east of UTC. This
module reads that part and says what is wrong with one; what the text must show for each of its
parts is `datenorm.witness`'s.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from collections import Counter
from dataclasses import dataclass, replace

from datenorm.clock import UNSPACED_SCRIPTS
from datenorm.clockwords import (NOT_PERIODS_BEFORE, any_period_at, cjk_or_hangul, cldr_period, day_offsets,
                                 dot_before_period, generic_offsets, generic_zones, gmt_words, gmt_words_after, literals,
                                 may_be_a_period, noon_or_midnight_words, own_period_at, period_after, period_before,
                                 periods_inside, periods_written, short_minutes, standard_offsets, time_zone_name_at,
                                 zone_name_after, zone_name_before)
from datenorm.months import is_weekday_name, is_weekday_of, is_weekday_word
from datenorm.text import GENERIC_LEAD_WORDS, LEAD_WORDS

TIME_PART = re.compile(r"T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}:[0-9]{2})?")
# Zone abbreviations with one meaning, at their fixed offsets in minutes east of UTC (CEST is +02:00
# whatever the date): a text that writes one witnesses that offset, and the generator teaches them.
ZONE_ABBREVIATIONS = {
    "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "МСК": 180, "EST": -300, "EDT": -240, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "BRT": -180, "ART": -180, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60, "PKT": 300, "WIB": 420,
    "HKT": 480, "SGT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660,
    "NZST": 720, "NZDT": 780, "BRST": -120, "CLT": -240, "CLST": -180, "UYT": -180, "HDT": -540, "IDT": 180,
    "TRT": 180, "IRST": 210, "NPT": 345, "ICT": 420, "PHT": 480, "MYT": 480, "ACDT": 630, "MSD": 240, "BJT": 480,
    # German's and Czech's European times (CLDR's short names of German and Czech, and Czech's others)
    "WEZ": 0, "WESZ": 60, "OEZ": 120, "OESZ": 180, "SEČ": 60, "SELČ": 120, "ZEČ": 0, "ZELČ": 60, "VEČ": 120,
    "VELČ": 180,
}
# Arabic Wikipedia's abbreviation of UTC (التوقيت العالمي المنسق), which its signatures end with
ARABIC_UTC = "ت ع م"
# Abbreviations of a zone's standard time whose offset has moved, read at the one it had on the day
# (Moscow kept +04:00 as its standard time from 2011 to 2014); their ZONE_ABBREVIATIONS offset is today's.
ZONE_STANDARD_TIMES = {"MSK": "Europe/Moscow", "МСК": "Europe/Moscow"}
# Abbreviations that name several zones: a time written with one is reported with every reading
# (`ambiguous_zone`), never given one of them. No training text writes them as a zone.
AMBIGUOUS_ZONES = {
    "IST": {"India": 330, "Ireland": 60, "Israel": 120},
    "CST": {"US Central": -360, "China": 480, "Cuba": -300},
    "CDT": {"US Central": -300, "Cuba": -240},
    "BST": {"British Summer": 60, "Bangladesh": 360, "Bougainville": 660},
    "AST": {"Atlantic": -240, "Arabia": 180},
    "ADT": {"Atlantic": -180, "Arabia": 240},
    "GST": {"Gulf": 240, "South Georgia": -120},
    "SST": {"Samoa": -660, "Singapore": 480},
    "ECT": {"Ecuador": -300, "Eastern Caribbean": -240},
    "MST": {"US Mountain": -420, "Malaysia": 480},
    "AMT": {"Amazon": -240, "Armenia": 240},
}
AMBIGUOUS_ZONE_ABBREVIATIONS = frozenset(AMBIGUOUS_ZONES)
# CLDR's English short generic names of the North American zones ("10:30 a.m. ET"), by metazone: a
# time in whichever of its standard or daylight time the day keeps. In capitals only ("et" is
# French "and"); English's others are words ("AT", "HAT", "CHAT") or have other meanings ("ACT").
GENERIC_ABBREVIATIONS = {"ET": "America_Eastern", "CT": "America_Central", "MT": "America_Mountain",
                         "PT": "America_Pacific", "AKT": "Alaska"}
# The words that join a clock written before its date ("alle ore 17.00 del 30 giugno 2026", "at 3 p.m.
# on May 4", "um 15 Uhr am 3. Mai", "noon on 3 May"), as notices, deadlines and invitations write it;
# the generator teaches them, and a noon or midnight word before one writes the time.
CLOCK_BEFORE_DATE = {"en": ("on",), "it": ("del", "del giorno"), "es": ("del", "el"), "fr": ("le",), "de": ("am",),
                     "pt": ("do dia", "de"), "nl": ("op",), "pl": ("dnia",), "ru": ("",)}
# Those words as one alternation, the longest first
CLOCK_BEFORE_DATE_WORDS = "|".join(sorted({re.escape(word) for words in CLOCK_BEFORE_DATE.values() for word in words
                                           if word}, key=len, reverse=True))
# Words that lead a clock, as one alternation, the longest first: at the start of a text ("às 12:06 do dia 2 dez.",
# "o godz. 8:33 dnia 21 gru") or between a file name's date and its clock ("2021-08-11 a la(s) 22 04 42")
CLOCK_LEADS = "|".join(re.escape(word) for word in sorted((
    "at", "à", "às", "a la(s)", "a las", "a la", "alle ore", "alle", "ore", "um", "om", "o godz.", "o godz", "godz.",
    "godz", "o", "kl.", "kl", "klo", "kello", "klock", "pukul", "v", "в", "lúc"), key=len, reverse=True))
# Words that write a noon (12:00) or a midnight (00:00) with no digits; the generator teaches them.
NOON_WORDS = {"en": ("noon", "at noon", "12 noon", "midday", "at midday"), "fr": ("midi", "à midi"),
              "de": ("Mittag", "am Mittag"), "es": ("mediodía", "al mediodía"), "pt": ("meio-dia", "ao meio-dia"),
              "it": ("mezzogiorno", "a mezzogiorno"), "ru": ("полдень", "в полдень"), "ja": ("正午",),
              "zh": ("正午", "中午12点"), "ko": ("정오",)}
MIDNIGHT_WORDS = {"en": ("midnight", "at midnight", "12 midnight"), "fr": ("minuit", "à minuit"),
                  "de": ("Mitternacht", "um Mitternacht"), "es": ("medianoche", "a medianoche"),
                  "pt": ("meia-noite", "à meia-noite"), "it": ("mezzanotte", "a mezzanotte"), "ru": ("полночь", "в полночь"),
                  "nl": ("middernacht", "om middernacht"), "zh": ("午夜",), "ko": ("자정",)}


@functools.cache
def _noon_words(kind: str) -> tuple[str, ...]:
    """The words that write a noon ("noon") or a midnight ("midnight") of every language, without
    digits: the generator's (`NOON_WORDS`, `MIDNIGHT_WORDS`) and CLDR's day periods (Croatian
    "podne", "ponoć")."""
    taught = NOON_WORDS if kind == "noon" else MIDNIGHT_WORDS
    words = {w.lower() for by_lang in (taught, noon_or_midnight_words(kind)) for ws in by_lang.values() for w in ws}
    words |= {w.replace("ı", "i") for w in words}  # Turkish in capitals lowers to "i": "GECE YARISI"
    return tuple(sorted((w for w in words if not any(c.isdigit() for c in w)), key=len))


@functools.cache
def _taught_phrases() -> frozenset[str]:
    """The generator's noon and midnight phrases ("at noon", "à minuit"), which count anywhere in a
    text; CLDR's words ("podne", "mediodía") only at its start or end, as a word alone."""
    return frozenset(w.lower() for by_lang in (NOON_WORDS, MIDNIGHT_WORDS) for ws in by_lang.values() for w in ws
                     if " " in w)


@functools.cache
def _noon_or_midnight() -> tuple[str, ...]:
    return _noon_words("noon") + _noon_words("midnight")
_RUN = re.compile(r"[0-9]+")
_GLUED_TIME = re.compile(r"[0-9][t_]")  # "20161001t1430", "19990413_0446": a time glued to its date
_GLUED_CLOCK = re.compile(r"(?<=[^\W\d_])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])")
# A clock written with dots, with a fraction of its seconds of 6 or 9 digits after a dot too (Oracle's
# "05.10.39.000000 pm"; not an IP address's or a version's fourth number, "10.10.10.100")
_DOTTED_CLOCK = re.compile(r"(?<![0-9.:])[0-9]{1,2}\.[0-9]{2}(?:\.[0-9]{2}(?:\.(?:[0-9]{9}|[0-9]{6}))?)?"
                           r"(?![0-9]|[.:][0-9])")
_SHORT_CLOCK = re.compile(r"(?<![0-9.:])[0-9]{1,2}:[0-9]{1,2}(?::[0-9]{1,2})?(?![0-9]|[.:][0-9])")
_HOUR_ALONE = re.compile(r"(?:(?P<after>(?<![^\W\d_])(?:kl\.?|klo|kello|godz\.?|ore)\s?)|(?<![0-9.:]))(?P<hour>[0-9]{1,2})"
                         r"(?![0-9]|[.:][0-9])")
_CLOCK_GAP = 3  # the most characters between an hour and its minute ("10:42", "14h30", "3時42", "10 h 42")
_IANA_NAME = re.compile(r"(?<![\w/])[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_-]+){1,2}")
_IANA_ANY_CASE = re.compile(r"(?<![\w/])[A-Za-z_]{2,}(?:/[A-Za-z0-9_+-]{2,}){1,2}")
MAX_OFFSET_MINUTES = 24 * 60 - 1  # what ISO 8601 and Python's datetime.timezone take (in use: -12:00 to +14:00)


@dataclass(frozen=True)
class TimeOfDay:
    hour: int
    minute: int
    second: int | None = None
    fraction: str = ""
    zone: str = ""  # "", "Z" or "+05:30"

    @property
    def offset_minutes(self) -> int | None:
        """Minutes east of UTC, or None without a zone."""
        if not self.zone:
            return None
        if self.zone == "Z":
            return 0
        sign = -1 if self.zone[0] == "-" else 1
        return sign * (int(self.zone[1:3]) * 60 + int(self.zone[4:6]))

    @property
    def clock(self) -> str:
        """"HH:MM", with ":SS" and ".f" when written: the part a text's digits witness."""
        seconds = "" if self.second is None else f":{self.second:02d}" + (f".{self.fraction}" if self.fraction else "")
        return f"{self.hour:02d}:{self.minute:02d}{seconds}"

    def __str__(self) -> str:
        return f"T{self.clock}{self.zone}"


def offset_label(minutes: int) -> str:
    """A zone for an offset in minutes east of UTC: "+05:30", "-07:00", "+00:00"."""
    hours, rest = divmod(abs(minutes), 60)
    return f"{'-' if minutes < 0 else '+'}{hours:02d}:{rest:02d}"


def split_answer(answer: str) -> tuple[str, str]:
    """("YYYY-MM-DD", "T..." or "") of a label or a model's answer (its filler stripped)."""
    return answer[:10], answer[10:]


def _written(part: str) -> TimeOfDay | None:
    found = TIME_PART.fullmatch(part)
    if found is None:
        return None
    hour, minute, second, fraction, zone = found.groups()
    return TimeOfDay(int(hour), int(minute), None if second is None else int(second), fraction or "", zone or "")


def parse_time(part: str) -> TimeOfDay | None:
    """The time of day `part` ("T22:42:07+02:00") writes, or None when it is not one."""
    time = _written(part)
    return time if time is not None and time_problem(time) is None else None


def time_on(date: str, part: str) -> TimeOfDay | None:
    """The time of day `part` writes on `date` ("2019-05-03"), a leap second included (`leap_second`)."""
    return parse_time(part) or leap_second(part, date)


def leap_second(part: str, date: str) -> TimeOfDay | None:
    """The time `part` writes when it is a leap second on `date` ("T23:59:60Z" on 1990-12-31,
    "T15:59:60-08:00" there too, RFC 3339's examples), else None: second 60 of the minute before
    midnight UTC on a day one was added (`LEAP_SECONDS`; without a zone, 23:59:60 that day)."""
    time = _written(part)
    if time is None or time.second != 60 or time_problem(replace(time, second=59)) is not None:
        return None
    try:
        local = dt.datetime.fromisoformat(f"{date}T{time.hour:02d}:{time.minute:02d}")
    except ValueError:
        return None
    utc = local - dt.timedelta(minutes=time.offset_minutes or 0)
    return time if (utc.hour, utc.minute) == (23, 59) and utc.date().isoformat() in LEAP_SECONDS else None


# The days a leap second ended (23:59:60 UTC), from the IERS's leap-seconds.list (none since 2016)
LEAP_SECONDS = frozenset({
    "1972-06-30", "1972-12-31", "1973-12-31", "1974-12-31", "1975-12-31", "1976-12-31", "1977-12-31", "1978-12-31",
    "1979-12-31", "1981-06-30", "1982-06-30", "1983-06-30", "1985-06-30", "1987-12-31", "1989-12-31", "1990-12-31",
    "1992-06-30", "1993-06-30", "1994-06-30", "1995-12-31", "1997-06-30", "1998-12-31", "2005-12-31", "2008-12-31",
    "2012-06-30", "2015-06-30", "2016-12-31"})


def time_problem(time: TimeOfDay) -> str | None:
    """Why `time` is no time of day, or None: hour 0-23, minute and second 0-59, offset within ±23:59."""
    if time.hour > 23:
        return f"there is no hour {time.hour}"
    if time.minute > 59:
        return f"there is no minute {time.minute}"
    if time.second is not None and time.second > 59:
        return f"there is no second {time.second}"
    offset = time.offset_minutes
    if offset is not None and (abs(offset) > MAX_OFFSET_MINUTES or time.zone[4:] > "59"):
        return f"there is no offset {time.zone}"
    return None


def label_problem(part: str) -> str | None:
    """Why `part` (what follows a label's date) is not a time part, or None."""
    time = _written(part)
    return f"{part!r} is not THH:MM[:SS[.ffffff]][Z|+HH:MM]" if time is None else time_problem(time)


@dataclass(frozen=True)
class ClockSpan:
    """Where a clock that writes a time is in a normalised text: `start` of its hour (or of its
    noon or midnight word), `end` after its last digit. The zone is looked for at `end`."""

    start: int
    end: int


def find_clock(text: str, time: TimeOfDay, mask: list[bool], date: dt.date | None = None,
               lang: str | None = None) -> ClockSpan | None:
    """The clock in the normalised `text` that writes `time`, or None. `mask` marks the characters
    of the times of day `datenorm.clock` finds (`clock_mask`); the date's own digits are never
    part of one, so "3 oct 2016" writes no 20:16 and "22.07.2019" no 22:07.

    A clock writes its hour in digits, then its minute, second and fraction, each a few characters
    after the last ("10:42:07.123", "14h30"), or all in one run ("1430", "20161001105513"), or the
    hour alone for a whole hour ("3 pm", "15.00 uhr"), all inside the marked times; or, where no
    time is marked, with an hour word after the hour ("15 uhr", "14 heures 30", "3時42分", "3시 42분",
    "下午3点"); or, for 12:00 and 00:00, a noon or midnight word. An hour written 1-12 for an
    answer of 13-23 (or 12 for 00, 0 for 12) needs a day period beside the clock ("pm", "午後",
    "de la tarde"): "03:42" is no 15:42, and "12:00" no midnight; English "am" and "pm" must agree.
    Where no such clock writes the time, one written like a date counts (`_loose_clocks`: "14.47.59"
    beside a date, "klo 0", "a las 7 de la mañana"). `lang`, the text's language when known, says
    whose day periods to read first (`datenorm.clockwords.period_after`). A Swahili hour ("saa 9")
    witnesses no time: its hours count from 06:00."""
    if "saa" in text and _SWAHILI_HOUR.search(text):
        return None  # Swahili hours count from 06:00 ("saa 9 alasiri" is 15:00): not read
    starts = _period_led(text, lang) | _spaced_starts(text, date)
    span = _digits_clock(text, time, _clock_runs(text, mask, starts), lang)
    if span is None:  # the clocks written like dates, only where no marked one writes the time
        loose = _loose_clocks(text, date, lang)
        runs = _clock_runs(text, mask, loose | _period_led(text, lang)) if loose else None
        span = _digits_clock(text, time, runs, lang) if runs is not None else None
    span = span or _worded_clock(text, time)
    if span is None:
        return _named_clock(text, time)
    return span if _period_agrees(text, time, span, lang) else None


def _clock_runs(text: str, mask: list[bool], starts: set[int]) -> list[re.Match]:
    """The digit runs of the clocks of a text: those `mask` marks, those that start at `starts`, and
    the long runs of compact stamps ("20180517105513", whose zone alone is marked)."""
    return [found for found in _RUN.finditer(text)
            if all(mask[found.start():found.end()]) or len(found.group()) in (6, 12, 14) or found.start() in starts
            or (len(found.group()) == 4 and _GLUED_TIME.match(text, max(0, found.start() - 2)))]


COLON_CLOCK = re.compile(r"(?<![0-9:.+\-−])([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:[.,][0-9]+)?)?(?![0-9])")


def other_clock(text: str, mask: list[bool], span: ClockSpan, time: TimeOfDay, raw: str,
                date: dt.date | None) -> re.Match | None:
    """A second clock the normalised `text` writes beside the one at `span`, in digits and colons
    that `datenorm.clock` marks, which tells another time than `time` ("3 may 1979 10:00 and
    11:00": "11:00"); None when it writes no other. A zone's offset is no clock ("+02:00"), nor
    the same clock written again in 12 hours with its day period ("22:42 (10:42 pm)"), nor the
    same moment in another zone, when both zones are written ("09:00 est (14:00 utc)"). Nor
    only in digits and colons: an hour 0-12 joined by "or", "and" or a dash to a clock with its day
    period after it ("at 7 or 8 pm", "7 and 9 pm", "10 - 2 pm"), a noon or midnight word ("von
    mittag bis 15 uhr") but one of the clock's day period ("4:44 po podne"), an hour after Italian
    "ore" ("dalle ore 9 e 30 alle ore 13"), beside a noon word an hour with its hour word
    ("mittag ... bis 14 uhr"), and what follows "until" after a clock after "from" ("od 4:44 po
    podne do ponoći") are other times too."""
    if ((joined := _JOINED_HOUR.search(text, 0, span.start)) and int(joined.group()) <= 12
            and period_after_clock(text, span.end) is not None):
        return joined
    if spaced := spaced_clock(text, date):  # "screen shot 2019-09-24 at 11 43 08 am" read 08:00; a range of two
        for other in _SPACED_ANYWHERE.finditer(text):
            if other.start() != spaced.start("clock") or not _tells(spaced, time):
                return other
    if _FROM_BEFORE.search(text, 0, span.start) and (until := _UNTIL_AFTER.search(text, span.end)):
        return until  # "od 4:44 po podne do ponoći", "from 10:42 pm until midnight": a range of times
    for named in _named_pattern(_noon_or_midnight()).finditer(text):  # "von mittag bis 15 uhr am 3. mai"
        if (not span.start <= named.start() <= span.end and not _in_its_period(text, span, named)
                and (time.minute or time.hour != (12 if named[0] in _noon_words("noon") else 0))):
            return named
    if not any(char.isdigit() for char in text[span.start:span.end]):  # the time is a noon or midnight word
        for worded in _hour_word_clock().finditer(text):  # "mittag am 6. november 1937 bis 14 uhr"
            if not span.start <= worded.start() < span.end and int(worded["hour"]) != time.hour:
                return worded
    for led in _HOUR_LED.finditer(text) if "ore" in text else ():  # "dalle ore 9 e 30 alle ore 13"
        if not span.start <= led.start("hour") < span.end and (int(led["hour"]) != time.hour
                                                                or int(led["minute"] or 0) != time.minute):
            return led
    if text.count(":") < (2 if ":" in text[span.start:span.end] else 1):  # the answer's clock and another
        return None
    utc = None if time.offset_minutes is None else time.hour * 60 + time.minute - time.offset_minutes
    for found in COLON_CLOCK.finditer(text):
        if span.start <= found.start() < span.end or not all(mask[found.start():found.end()]):
            continue
        hour, minute = int(found[1]), int(found[2])
        if minute == time.minute and (hour == time.hour or (hour <= 12 and hour % 12 == time.hour % 12
                                                            and period_after_clock(text, found.end()))):
            continue
        if utc is not None:
            zone = written_zone(text[found.end():], raw, date, TimeOfDay(hour, minute))
            if zone is not None and zone is not False and (hour * 60 + minute - zone - utc) % 1440 == 0:
                continue
        return found
    return None


# A word that opens a range right before a clock, and one that closes it after the clock ("od 4:44 po podne
# do ponoći", "from 10:42 pm until midnight", "von 9 uhr bis mittag")
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:from|von|vom|zwischen|dal|dalle|desde|od|с|between)\s+$")
_UNTIL_AFTER = re.compile(r"(?<![^\W\d_])(?:to|till|until|bis|do|до|hasta|até|al|alle|and|und|y|i)\s+\S+")


def _in_its_period(text: str, span: ClockSpan, named: re.Match) -> bool:
    """Whether a noon or midnight word is part of the day period beside the clock at `span`: Lao
    "4:01:58 ຫຼັງທ່ຽງ" ("after noon"), Serbian "4:44 po podne", Malay "12.41.58 tengah hari"."""
    after, before = period_after_clock(text, span.end), period_before_clock(text, span.start)
    return bool(after and span.end <= named.start() < after[0] or before and before[0] <= named.start() < span.start)


# An hour joined to a clock written with its day period after it: "7 or 8 pm", "7 and 9 pm", "10 -
# 2 pm", "7 pm or 8:30 pm"; not a date's number ("2019 - 2 pm", "12/05 - 2 pm")
_JOINED_HOUR = re.compile(r"(?<![0-9./:-])[0-9]{1,2}"
                          r"(?=(?:\s?[ap]\.?m\.?)?\s*(?:or|and|&|ou|oder|o|y|e|et|und|[-–—~])\s*$)")


def writes_a_clock(text: str, mask: list[bool], date: dt.date | None = None, lang: str | None = None) -> bool:
    """Whether a normalised text writes a time of day anywhere `find_clock` would look for one: a
    clock `datenorm.clock` marks (`mask`), a clock with an hour word ("15 uhr", "3時42分"), one glued
    to its day period ("午前7:32"), beside `date` one written like a date (`_loose_clocks`, but
    for an hour alone before a day period: "29 ngo 2069" is a date, "ngo" a month and a period), or
    a noon or midnight word (`_names_noon_or_midnight`), hour and minute digits with a colon
    between them wherever they are written (glued to a date, "2016020417:10"), an hour after
    Italian "ore" with its minutes in words ("ore 9 e mezza", `_HOUR_LED`), or an hour after a
    word that leads clocks and before a day period ("a las 3 de la tarde", `_LED_HOUR`), a Swahili
    hour ("saa 9 alasiri"), a file name's clock beside a date whose year it writes in full
    (`spaced_clock`: "screenshot 2024-11-14 161250", "screen shot 2019-09-24 at 11 43 08 am"), or
    a compact stamp's of 14 digits, whatever follows it (OFX's "19990523235521.123[-5:est]"), or
    an hour in Chinese numerals beside a day period or its minutes ("2010.01.29晚上六点"), or four or six digits glued
    to a Z ("02/01/1970 010203Z")."""
    return (any(mask) or bool(_COMPACT_STAMP.search(text)) or bool(_hour_word_clock().search(text))
            or bool(_NUMERAL_HOUR.search(text)) or bool(_DIGITS_Z.search(text))
            or bool(_period_led(text, lang))
            or bool(_loose_clocks(text, date, lang, hours_alone=False)) or _names_noon_or_midnight(text)
            or bool(_HOUR_COLON_MINUTE.search(text)) or bool(_HOUR_LED.search(text))
            or any(_period_next(text, found.end(), lang) for found in _LED_HOUR.finditer(text))
            or bool(_SWAHILI_HOUR.search(text)) or spaced_clock(text, date) is not None)


# An hour in Chinese or Japanese numerals before its hour word, which the model does not read, beside
# a sign that it is a clock: a day period before it ("下午三点", "午後三時") or half, o'clock or its
# minutes after it ("三点半", "七点钟", "三時十五分"); not "三点水", "第五点", "三时代"
_NUMERAL = "[〇零一二两兩三四五六七八九十廿]+"
_NUMERAL_HOUR = re.compile(rf"(?:上午|下午|晚上|早上|凌晨|中午|傍晚|午前|午後|夜)\s*{_NUMERAL}[点點時时]"
                           rf"|(?<![第周週〇零一二两兩三四五六七八九十廿]){_NUMERAL}[点點時时](?:半|钟|鐘|整|\s*{_NUMERAL}分)")
# A clock of four or six digits glued to a Z after a space (ISO 8601's basic form: "02/01/1970 010203Z")
_DIGITS_Z = re.compile(r"(?<![^ ])(?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9])?z(?![^\W\d_])")
# A compact stamp: a date and a time of day in 14 digits (yyyymmddhhmmss)
_COMPACT_STAMP = re.compile(r"(?<![0-9])[12][0-9]{3}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])"
                            r"[0-5][0-9][0-5][0-9](?![0-9])")


def spaced_clock(text: str, date: dt.date | None = None) -> re.Match | None:
    """A clock as file names and some logs write it right after a date (of `date`, when given) with
    its year in full, apart from it by a space, "_" or "-" and at most a word that leads clocks:
    hour, minute and second apart by spaces, underscores or dots ("screenshot_2025-05-07_16_45_41",
    "2005-06-03-15.42.50.675872", "2021-08-11 a la(s) 22 04 42", "2019-09-24 at 11 43 08 am"), or
    six digits, with milliseconds ("screenshot 2024-11-14 161250", "pxl_20211221_054835324"); no
    further group of digits after it ("2019-05-03 12 34 56 78", "10.20.30.40"). Its group
    `clock` is the clock."""
    for found in _SPACED_CLOCK.finditer(text):
        if date is None or (int(found["year"]), int(found["month"]), int(found["day"])) == (
                date.year, date.month, date.day):
            return found
    return None


def _spaced_parts(spaced: re.Match) -> tuple[int, int, int, str]:
    """A `spaced_clock`'s hour, minute, second and fraction (its milliseconds)."""
    digits = re.findall(r"[0-9]+", spaced["clock"])
    if not spaced["sep"]:
        digits = [digits[0][:2], digits[0][2:4], digits[0][4:6], digits[0][6:], *digits[1:]]
    return int(digits[0]), int(digits[1]), int(digits[2]), "".join(digits[3:4])


def _spaced_starts(text: str, date: dt.date | None) -> set[int]:
    """Where the digit runs of a text's `spaced_clock` start: its numbers are a clock's."""
    if (spaced := spaced_clock(text, date)) is None:
        return set()
    return {found.start() for found in _RUN.finditer(text, spaced.start("clock"), spaced.end("clock"))}


def spaced_clock_with_colons(text: str) -> str | None:
    """A text whose `spaced_clock` is written again with colons, apart from its date: "screenshot
    2024-11-14 16:12:50", "screen shot 2019-09-24 at 11:43:08 am"; None without one, or with
    milliseconds glued to six digits ("pxl_20211221_054835324", which the witness does not read), or
    in a text of two dates ("2019-05-03; copied from 2019-01-01_101010": whose clock it is, is not
    known)."""
    if (spaced := spaced_clock(text)) is None or len(_SPACED_CLOCK_DATE.findall(text)) > 1:
        return None
    hour, minute, second, fraction = _spaced_parts(spaced)
    if fraction and not spaced["sep"]:
        return None
    clock = f"{hour:02d}:{minute:02d}:{second:02d}" + (f".{fraction}" if fraction else "")
    return f"{text[:spaced.start('clock')].rstrip(' _-')} {clock} {text[spaced.end('clock'):].lstrip(' _')}".strip()


def _tells(spaced: re.Match, time: TimeOfDay) -> bool:
    """Whether a `spaced_clock` writes the hour (of either half of the day, 1-12), minute and second
    of `time` (its seconds are never left out: "um 11 52 58" is no 11:52)."""
    hour, minute, second, _ = _spaced_parts(spaced)
    return ((minute, second) == (time.minute, time.second)
            and (hour == time.hour or hour <= 12 and hour % 12 == time.hour % 12))


def _spaced(sep: str) -> str:
    """A file name's clock (`spaced_clock`), its mark in the group named `sep`: hour, minute and
    second apart by one kind of mark, or six digits, with milliseconds; no further number after it."""
    return (rf"(?:(?:[01]?[0-9]|2[0-3])(?P<{sep}>[ _.])[0-5][0-9](?P={sep})[0-5][0-9](?:\.[0-9]{{3,6}})?"
            r"|(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9](?:[0-9]{3})?)(?![0-9]|[ _.][0-9]+(?![^\W\d_]))")


_DATE_BEFORE_SPACED = (r"(?<![0-9])(?P<year>[12][0-9]{3})(?P<mark>[-./]?)(?P<month>0[1-9]|1[0-2])(?P=mark)"
                       r"(?P<day>0[1-9]|[12][0-9]|3[01])")
_SPACED_CLOCK_DATE = re.compile(_DATE_BEFORE_SPACED + r"(?![0-9])")
_SPACED_CLOCK = re.compile(rf"{_DATE_BEFORE_SPACED}[ _-](?:(?:{CLOCK_LEADS})[ _]+)?(?P<clock>{_spaced('sep')})")
# Another clock written so, anywhere: "2019-05-03 10 00 00 to 11 00 00"
_SPACED_ANYWHERE = re.compile(rf"(?<![0-9]){_spaced('other')}")


# Swahili's hour with its part of the day ("saa 9 alasiri" is 15:00: its hours count from 06:00), a time no
# witness reads as its digits
_SWAHILI_HOUR = re.compile(r"(?<![^\W\d_])saa\s?[0-9]{1,2}(?::[0-9]{2})?\s(?:za\s|ya\s)?"
                           r"(?:asubuhi|mchana|alasiri|jioni|usiku|alfajiri)(?![^\W\d_])")  # not Samburu's month "saa 13"
# An hour after a word that leads clocks ("a las 3 de la tarde", "às 6 da tarde", "at 3 in the afternoon")
_LED_HOUR = re.compile(r"(?<![^\W\d_])(?:a las|a la|às|alle|à|at|um|om)\s?(?:[01]?[0-9]|2[0-4])(?![0-9]|[.:,][0-9])")


_HOUR_COLON_MINUTE = re.compile(r"(?<![+\-−])(?<![+\-−][0-9])[0-9]:[0-5][0-9](?![0-9])")  # not "utc+05:30"


def writes_time_words(text: str, lang: str | None = None) -> bool:
    """Whether a normalised text writes a word of a time of day as a word of its own, with or
    without digits: an hour word ("uhr", "o'clock", "時", "시") or a day period of `lang` or one that
    tells the hour in any language ("tarde", "午後", "오후"; `period_after`), but for noon and
    midnight words, which `_names_noon_or_midnight` reads ("canal du midi" is no time). A time
    spelled out ("um drei uhr", "午後三時") writes no digit of a clock."""
    if writes_hour_word(text):
        return True
    for start in _WORD_START_AT.finditer(text):
        pos = start.start()
        if ((found := period_after(text, pos, lang)) and text[pos:found[0]].strip(" .") not in _noon_or_midnight()
                and not (text[pos:found[0]] == "am" and _NUMBER_AT.match(text, found[0]))  # German "am 20.07.18"
                and not _after_a_weekday(text, pos, lang)):
            return True
    return False


def _after_a_weekday(text: str, pos: int, lang: str | None) -> bool:
    """Whether the word at `pos` follows a weekday's name, as the part of that day it names:
    "sunday morning, 3 may 2019" writes no time."""
    before = _WORD_BEFORE.search(text, 0, pos)
    return before is not None and not text[before.end():pos].strip() and (
        is_weekday_name(before[1]) or is_weekday_of(before[1], lang))


def writes_hour_word(text: str, short_alone: bool = True) -> bool:
    """Whether a normalised text writes an hour word as a word of its own ("uhr", "o'clock", "saat",
    "時") or an English half or quarter with its hour ("half past five"): a time, even spelled out
    ("saat sekizi 20 geçe"), where a day period alone ("sunday morning") writes none. Without
    `short_alone`, one of one or two letters counts only after a number ("14 h"): Hungarian "2011.
    máj. 2., h" ends with Monday's initial."""
    for start in _WORD_START_AT.finditer(text):
        if (word := _hour_word_after().match(text, start.start())) and (
                short_alone or len(word.group().strip(" .")) > 2 or text[:start.start()].rstrip()[-1:].isdigit()):
            return True
    return _WORDED_HOUR.search(text) is not None


_WORD_START_AT = re.compile(r"(?<![^\W\d_])[^\W\d_]")
# An English clock's half or quarter with its hour: "half past five", "a quarter to 6"
_WORDED_HOUR = re.compile(r"(?<![^\W\d_])(?:half|quarter) (?:past|to|after) (?:[0-9]{1,2}|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|noon|midnight)(?![^\W\d_])")


def writes_noon_or_midnight(text: str) -> bool:
    """Whether a normalised text writes a noon or midnight word anywhere, as a word or phrase."""
    return _named(text, _noon_or_midnight()) is not None


def _names_noon_or_midnight(text: str) -> bool:
    """Whether a text writes a noon or midnight word as its time (`_written_named`)."""
    return _written_named(text, _noon_or_midnight()) is not None


_MARKS = " ,.;:-()[]\"'«»"  # what may stand between a noon word and the start or end of its text
# A word of letters that ends a text's words before its noon word, after a space
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _ends_a_name(text: str, start: int, joined: bool = False) -> bool:
    """Whether the noon or midnight word at `start` ends a name: it follows a word of letters that
    itself follows no number ("canal du midi", "2020, high noon", "bruxelles midi"); not a word
    right after a date's number ("1983 года полночь", "3 may 2019 tuesday noon"); only a word in
    Latin letters, as the names that end so are ("화요일 정오", "мягмар гараг үд дунд" are times).
    `joined`: the word joins a date after it ("canal du midi le 3 mai", "high noon on 3 may 2019"),
    and one label alone before it is no name ("signed noon on 24 may 1962", `_label_words`)."""
    word = _WORD_BEFORE.search(text, 0, start)
    if word is None or not _LATIN.match(text, start):
        return False
    if joined and _WORD_BEFORE.search(text, 0, word.start()) is None and word[1] in _label_words():
        return False
    if is_weekday_name(word[1]):
        return False  # the date's weekday: "2067. szeptember 25., vasárnap dél"
    number = _AFTER_NUMBER.search(text, 0, word.start())
    return number is None or number.group().rstrip().endswith(",") and len(word[1]) > 3  # "3., budapest dél"


@functools.cache
def _label_words() -> frozenset[str]:
    """The last words of the labels the generator writes before a date (`LEAD_WORDS`: "signed",
    "updated", "until"), lowercased: a noon word after one alone is the time, not a name's end."""
    return frozenset(label.lower().split()[-1].strip(":.") for labels in (*LEAD_WORDS.values(), GENERIC_LEAD_WORDS)
                     for label in labels if label.split())


_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
# "21., k dél", "28, sk vidurnaktis", "18-январь чак түш", Basque "18a gauerdia" (the 18th)
_AFTER_NUMBER = re.compile(r"[0-9]\.?,?\s+$|[0-9]-?$")
# A noon or midnight word's join to the date after it (`CLOCK_BEFORE_DATE`): "noon on 16 apr", "mittag am 9. juli"
JOINED_TO_DATE = re.compile(rf"[ ,]*(?:{CLOCK_BEFORE_DATE_WORDS}) ")


def _written_named(text: str, words: tuple[str, ...]) -> re.Match | None:
    """The noon or midnight word of `words` a text writes as its time: a phrase the generator
    teaches ("at noon", "à midi"), or a word that begins the text ("noon, 23 april 2012"), joins a date
    after it ("date of birth: noon on 16 apr '92", `CLOCK_BEFORE_DATE`) or ends the text ("23 avril
    2012, midi", "1925年6月16日(火) 正午"), not the end of a name (`_ends_a_name`); "canal du midi,
    23 avril 2012", "canal du midi le 23 avril" and "23 avril 2012, canal du midi" name a canal."""
    found = _named(text, words)
    if found is not None and len(_named_pattern(_noon_or_midnight()).findall(text)) > 1:
        return None  # "noon on 3 may - midnight on 4 may 2019": a range, or two times
    if (found is None or found[0] in _taught_phrases() or not text[:found.start()].strip(_MARKS)
            or not text[found.end():].strip(_MARKS) and not _ends_a_name(text, found.start())
            or JOINED_TO_DATE.match(text, found.end()) and not _ends_a_name(text, found.start(), joined=True)):
        return found
    return None


def _loose_clocks(text: str, date: dt.date | None, lang: str | None = None, hours_alone: bool = True) -> set[int]:
    """Where the numbers of the clocks `datenorm.clock` leaves unmarked start, as dates and other
    numbers can be written alike. A dotted clock with seconds beside a date ("30 jul 2071,
    14.47.59"), unless the date's day and month are among its numbers ("23.10.05" beside
    2023-10-05) and no zone follows ("22.05.17 gmt+06:00" is a time or a date); one without,
    where it begins or ends the text ("9.6.2040 13.46", "09.55, minggu"), or of a text in brackets ("[2085-09-14 14.28]"), before a day period, an hour word or a zone
    ("10.20 aamup.", "13.09 น.", "13.47 -0800"), or after words that lead only clocks ("alle ore 11.00",
    "pukul 14.30", Turkish "saat 11.22'de"), or right after the date ends a header before its colon
    ("kirjoitti 28/10/2021 12.46:"), not inside a sentence
    ("price 12.50 eur") nor the date's own day and month ("24.03 st. 1937"); with no date, one
    with seconds alone in its text, before a zone or beside a day period ("03.48.02", "14.47.11
    gmt+00:00", "18.35.17 coordinated universal time", "6.32.29 ip.", "පෙ.ව. 11.46.51"). An hour
    alone after "klo", "kl.", "godz." or Italian "ore" ("klo 0", "alle ore 15 del 12 dicembre"), or
    before a day period or an hour word and one ("7 de la mañana", "5 di mattina", "2 heures du
    matin"), and an hour and minute with the day period between them ("11 gɩjibɔŋɔ 12"). In a
    language whose CLDR patterns write a minute or second of one digit, a colon clock so ("16:7")."""
    starts: set[int] = set()
    if lang in short_minutes():
        for found in _SHORT_CLOCK.finditer(text):
            starts.update(run.start() + found.start() for run in _RUN.finditer(found.group()))
    for found in _DOTTED_CLOCK.finditer(text):
        numbers = [int(n) for n in found.group().split(".")]
        if numbers[0] > 24 or numbers[1] > 59:
            continue
        if len(numbers) == 3:
            counts = ((sorted(numbers) != sorted((date.day, date.month, date.year % 100))  # the date again
                       and (not {date.day, date.month} <= set(numbers) or _writes_day_elsewhere(text, found, date))
                       or _zone_next(text, found.end()))  # but before a zone: "22.05.17 gmt+06:00" may be a time
                      if date is not None
                      else not text.replace(found.group(), "", 1).strip(" ,;.'\x22") or _zone_next(text, found.end())
                      or _period_next(text, found.end(), lang) or period_before_clock(text, found.start(), lang) is not None)
        elif (date is not None and {date.day, date.month} == set(numbers)
              and not _writes_day_elsewhere(text, found, date)):
            counts = False  # the date's own day and month ("24.03 st. 1937", Prussian)
        else:
            edge = " ,;'\x22" + ("()[]" if text[:1] in "([" and text[-1:] in ")]" else "")  # a text in brackets
            head = text[:found.start()].rstrip(edge)
            counts = (not head or not text[found.end():].strip(edge + ".")
                      or head[-1:].isdigit() and text[found.end():].strip(" ") == ":"  # "kirjoitti 28/10/2021 12.46:"
                      or bool(_hour_word_after().match(text, found.end())) or _period_next(text, found.end(), lang)
                      or _FULL_ZONE_NEXT.match(text, found.end()) is not None
                      or ((lead := _CLOCK_LEAD.search(text, 0, found.start())) is not None
                          and not is_weekday_of(lead.group(), lang)))
        if counts:
            starts.update(run.start() + found.start() for run in _RUN.finditer(found.group()))
    for found in _HOUR_ALONE.finditer(text):
        if int(found["hour"]) > 24 or found["after"] and is_weekday_of(found["after"], lang):
            continue  # "kl 28 o.8 1958", "kl 4/9/1913": Yangben "kl" is Thursday, the number a day
        if found["after"] and (led := _HOUR_LED.match(text, found.start())) and led["minutes"]:
            if led["minute"] is not None:  # "ore 15 e 30": 15:30
                starts.update((found.start("hour"), led.start("minute")))
            continue  # "ore 10 meno un quarto" writes no hour alone
        if found["after"] or (hours_alone and _period_next(text, found.end(), lang)):
            starts.add(found.start("hour"))
        if minute := _minute_after_period(text, found.end(), lang):  # a whole clock, no hour alone
            starts.update((found.start("hour"), minute))
    return starts


def _writes_day_elsewhere(text: str, clock: re.Match, date: dt.date) -> bool:
    """Whether a text writes the day of `date` in digits outside the dotted `clock`."""
    return any(int(run.group()) == date.day for run in _RUN.finditer(text)
               if not clock.start() <= run.start() < clock.end() and len(run.group()) <= 2)


_MINUTE = re.compile(r" ?[0-9]{2}(?![0-9]|[.][0-9])")


def _period_inside(text: str, pos: int, lang: str | None) -> tuple[frozenset[int], int] | None:
    """(The hours of the day period, where the minute starts) of a clock that writes a day period of
    the text's language `lang` between the hour ending at `pos` and the minute, as CLDR's Anii "h B
    mm" does ("11 gɩjibɔŋɔ 12"); None if it writes none, or the language is not one whose CLDR
    patterns write a clock so (`datenorm.clockwords.periods_inside`; "10 pm 45 guests")."""
    period = own_period_at(text, pos + 1, lang) if lang in periods_inside() and text[pos:pos + 1] == " " else None
    minute = _MINUTE.match(text, period[0]) if period else None
    return (period[1], minute.end() - 2) if minute else None


def _minute_after_period(text: str, pos: int, lang: str | None) -> int | None:
    """Where the minute starts of a clock with its day period between hour and minute (`_period_inside`)."""
    inside = _period_inside(text, pos, lang)
    return inside[1] if inside else None


def hours_alone(text: str, date: dt.date | None, lang: str | None = None) -> list[tuple[int, int]]:
    """Where the hours written alone as clocks beside `date` are (`_loose_clocks`): "3" in "may 3,
    2019 at 3 p.m. et", "7" in "a las 7 de la mañana", and after Italian "ore" with no minute after
    it (`_HOUR_LED`: "15" in "alle ore 15 del 12 dicembre 2019", not in "ore 15 e 30")."""
    starts = _loose_clocks(text, date, lang) - _loose_clocks(text, date, lang, hours_alone=False)
    starts |= {found.end("lead") for found in _HOUR_LED.finditer(text) if found["minutes"] is None}
    return [found.span() for found in _RUN.finditer(text) if found.start() in starts and len(found.group()) <= 2]


def worded_clocks(text: str, whole_hours: bool = False) -> list[re.Match]:
    """The clocks a normalised text writes with hour words and a minute (`_hour_word_clock`: "19 h
    21 min", "23 horas 53 minutos e 24 segundos", "3時42分"), and Italian hours with their minute
    after "ore" (`_HOUR_LED`: "ore 15 e 30"); with `whole_hours`, an hour word's clocks without a
    minute too ("às 23 horas", "15 uhr"), but not the end of a range of hours ("de 9 a 18 horas")."""
    return sorted([found for found in _hour_word_clock().finditer(text)
                   if found["minute"] is not None
                   or whole_hours and not _RANGE_START_BEFORE.search(text, 0, found.start())]
                  + [found for found in _HOUR_LED.finditer(text) if found["minute"] is not None],
                  key=lambda found: found.start())


def dotted_clocks(text: str, date: dt.date | None, lang: str | None = None) -> list[tuple[int, int]]:
    """Where the dotted clocks a text writes beside `date` are (`_loose_clocks`): "13.47" in "5 feb
    2003 13.47 -0800"."""
    starts = _loose_clocks(text, date, lang, hours_alone=False)
    return [found.span() for found in _DOTTED_CLOCK.finditer(text) if found.start() in starts]


# Words that lead a clock and nothing else ("entro le ore 11.00 del 2 ottobre", "pukul 14.30",
# "klo 9.22"; not "um", "alle", "pada", which lead prices too: "um 12.50 euro")
_CLOCK_LEAD = re.compile(r"(?<![^\W\d_])(?:kl\.?|klo|kello|godz\.?|pukul|saat|(?:alle|le) ore)\s?$")
# Zone abbreviations that are no word of a language too ("cest", "eest", "msk"; not "est", French
# "is", "ist", German "is", "cat", "art"), as a clock's zone in brackets
def abbreviations_alternation(abbreviations) -> str:
    """Zone abbreviations as one regex alternation of their normalised (lower-case) forms, longest first."""
    return "|".join(sorted((a.lower() for a in abbreviations), key=len, reverse=True))


_NO_WORD_ABBREVIATIONS = abbreviations_alternation(
    a for a in (*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES)
    if a not in ("EST", "IST", "CAT", "EAT", "ART", "WAT", "MST", "AST", "SST", "GST", "PHT", "ICT", "TRT"))
# A zone that follows a dotted clock of hour and minute, beside its date: UTC or GMT, an offset of
# four digits ("13.47 -0800"; not "12.50 -20%", "12.50 +15"), or an abbreviation in brackets
# ("kl. 14.05 (cest)")
_FULL_ZONE_NEXT = re.compile(rf"\s?(?:[(\[]?(?:utc|gmt)(?![^\W\d_])|[(\[]?[+-][0-9]{{2}}:?[0-9]{{2}}(?![0-9])"
                             rf"|[(\[](?:{_NO_WORD_ABBREVIATIONS})[)\]])")


def _zone_next(text: str, pos: int) -> bool:
    """Whether UTC, an offset or a CLDR zone name follows `pos` ("14.47.11 gmt+00:00", "18.37.49
    utc+10:30", "18.35.17 coordinated universal time")."""
    return bool(_ZONE_UTC_AT.match(text, pos) or _zone_offset_at().match(text, pos)) or (
        text[pos:pos + 1] == " " and zone_name_after(text, pos) is not None)


def period_after_clock(text: str, pos: int, lang: str | None = None) -> tuple[int, frozenset[int]] | None:
    """The day period that follows a clock ending at `pos` (`period_after`), or follows the hour
    word after it ("3:17 ч. следобед"): (its end, its hours)."""
    if found := period_after(text, pos, lang) or _own_period_after_dot(text, pos, lang):
        return found
    word = _hour_word_after(joints=True).match(text, pos)
    return period_after(text, word.end(), lang) if word else None


def _own_period_after_dot(text: str, pos: int, lang: str | None) -> tuple[int, frozenset[int]] | None:
    """A day period of the text's own language after a full stop that ends the clock at `pos`, in a
    language whose CLDR patterns write one so (Meitei "h.mm. a": "2.53. pm"; German "12.05. am
    montag" is a date)."""
    if lang not in dot_before_period() or text[pos:pos + 1] != ".":
        return None
    return own_period_at(text, pos + 1 + (text[pos + 1:pos + 2] == " "), lang)


def period_apart(text: str, span: ClockSpan, written: str, languages: tuple[str | None, ...], hour: int,
                 lang: str | None = None) -> str | None:
    """A day period written apart from the clock `span` of `text` but next to the date
    (`_next_to_a_number`) whose hours are all in the other half of the day than the answer's `hour`,
    as written, or None: "abends am 19. März 2014 um 8:15" is no 08:15, nor "Sunday afternoon, 3
    May 2019 2:30" 02:30. Read in `written`, the normalised text with the marks and characters the
    model does not know ("Guten Abend! Termin am 3. Mai", "午後の紅茶 2019年5月3日", a tea). Only
    beside a clock written 0-12 with no day period of its own (a 24-hour clock says its hour
    whatever a greeting or a name says: "Good morning, 3 May 2019 15:00"), of `languages`
    (`periods_written`), not a weekday's name (Armenian "երկ" is Monday, or evening)."""
    clock = text[span.start:span.end]
    if not (run := _RUN.match(clock)) or int(run.group()[:2]) > 12 or (at := written.find(clock)) < 0:
        return None  # a clock of digits only: a noon or midnight word is its own period
    other_half = [(first, last) for language in languages for first, last, hours in periods_written(written, language)
                  if all((other < 12) != (hour < 12) for other in hours)]
    text, span = written, ClockSpan(at, at + len(clock))
    if not other_half or written_period(text, span, lang) is not None:
        return None
    start = clock_start(text, span, lang)
    for first, last in other_half:
        if (not start <= first < span.end and not is_weekday_word(word := text[first:last])
                and _next_to_a_number(text, first, last)):
            return word
    return None


def _next_to_a_number(text: str, first: int, last: int) -> bool:
    """Whether the words text[first:last] stand next to a number of the text: no sentence ends
    between, and at most two words, one of them longer than four letters ("abends am 19.", "evening
    of September 19", "2019, abends"; not "Good morning, the meeting is on 3 May")."""
    after = _GAP_AFTER.match(text, last)
    before = _GAP_BEFORE.search(text[:first])
    return any(_short_gap(gap) for gap in (after[0] if after and after.end() < len(text) else None,
                                           before[0] if before and before.start() > 0 else None) if gap is not None)


def _short_gap(gap: str) -> bool:
    words = _WORD.findall(gap)
    return not _SENTENCE_END.search(gap) and len(words) <= 2 and sum(len(word) > 4 for word in words) <= 1


_GAP_AFTER = re.compile(r"[^0-9]*")
_GAP_BEFORE = re.compile(r"[^0-9]*$")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[!?;]|\.\s")


def period_before_clock(text: str, pos: int, lang: str | None = None) -> tuple[int, frozenset[int]] | None:
    """The day period before a clock starting at `pos` (`period_before`), or before the word CLDR
    joins them with ("ɣetrɔ ga 7:08", "बेलासे नि 8:21") or an hour word ("akşam saat 8:00"): (its
    start, its hours). Not, in a language whose clocks write the period between hour and minute,
    one right after an hour: in Anii's "6 2ja 10:43" (18:10:43) 2ja is the 6's."""
    found = period_before(text, pos, lang)
    if found is None and (joint := _joint_before().search(text, 0, pos) or _HOUR_WORD_BEFORE.search(text, 0, pos)):
        found = period_before(text, joint.start(), lang)
    if found is not None and lang in periods_inside() and _HOUR_BEFORE.search(text, 0, found[0]):
        return None
    return found


# An hour word written before its clock, after the day period: Turkish and Azerbaijani "saat" ("akşam saat 8:00")
_HOUR_WORD_BEFORE = re.compile(r"(?<![^\W\d_])saat ?$")


@functools.cache
def _joint_before() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{_words((), 'joint', all_literals=True)}) ?$")


def _period_next(text: str, pos: int, lang: str | None = None) -> bool:
    """Whether a day period that tells the hour follows `pos`, or an hour word and one."""
    return period_after_clock(text, pos, lang) is not None


def _period_led(text: str, lang: str | None = None) -> set[int]:
    """Where the numbers of a colon clock glued to the day period before it start ("午前7:32",
    "早上5:34"): `datenorm.clock` marks a clock that stands apart."""
    starts: set[int] = set()
    if ":" in text:
        for found in _GLUED_CLOCK.finditer(text):
            if period_before(text, found.start(), lang) is not None:
                starts.update(run.start() + found.start() for run in _RUN.finditer(found.group()))
    return starts


def _digits_clock(text: str, time: TimeOfDay, runs: list, lang: str | None = None) -> ClockSpan | None:
    hours = {time.hour, time.hour % 12, time.hour % 12 or 12}
    parts = [f"{time.minute:02d}"] + ([f"{time.second:02d}"] if time.second is not None else [])
    parts += [time.fraction] if time.fraction else []
    compact = f"{time.hour:02d}" + "".join(parts[:2])
    for i, run in enumerate(runs):
        digits = run.group()
        after_digit = i > 0 and run.start() - runs[i - 1].end() <= 1  # a minute or a second, not an hour
        if len(digits) <= 2 and int(digits) in hours and not after_digit:
            end, j = run.end(), i + 1
            for k, part in enumerate(parts):
                short = k < 2 and part[0] == "0" and (lang in short_minutes() or text[end:end + 1] == ":"
                                                      and len(parts) > 1)  # "9:7:8", lenient writers'; not "10:5"
                written = (part, part[1:]) if short else (part,)
                if j < len(runs) and runs[j].group() in written and (
                        runs[j].start() - end <= _CLOCK_GAP
                        or j == i + 1 and _minute_after_period(text, end, lang) == runs[j].start()):
                    end, j = runs[j].end(), j + 1
                else:
                    break
            else:
                return ClockSpan(run.start(), end)
            followed = (j < len(runs) and runs[j].start() - run.end() <= _CLOCK_GAP
                        or _minute_after_period(text, run.end(), lang) is not None)  # "6 2ja 10:43" writes a minute
            if j == i + 1 and not followed and time.minute == 0 and time.second is None:
                return ClockSpan(run.start(), run.end())  # the hour alone: "3 pm"
        elif digits == compact or (len(digits) in (12, 14) and digits[8:].startswith(compact)):
            if not time.fraction:
                return ClockSpan(run.end() - len(compact), run.end())
            fraction = runs[i + 1] if i + 1 < len(runs) else None
            if fraction and fraction.group() == time.fraction and fraction.start() - run.end() == 1:
                return ClockSpan(run.end() - len(compact), fraction.end())
    return None


def _worded_clock(text: str, time: TimeOfDay) -> ClockSpan | None:
    """A clock written with an hour word, which `datenorm.clock` does not mark ("15 uhr", "3時42分")."""
    if time.fraction:
        return None
    hours = {time.hour, time.hour % 12, time.hour % 12 or 12}
    for found in _hour_word_clock().finditer(text):
        second = None if found["second"] is None else int(found["second"])
        if int(found["hour"]) in hours and int(found["minute"] or 0) == time.minute and second == time.second:
            return ClockSpan(found.start("hour"), found.end())
    return None


def _named_clock(text: str, time: TimeOfDay) -> ClockSpan | None:
    """A noon or midnight word written as the time (`_written_named`), for 12:00 or 00:00; a word
    of letters only where it stands alone ("afternoon" and "après-midi" name no noon)."""
    if time.minute or time.second is not None or time.hour not in (0, 12):
        return None
    found = _written_named(text, _noon_words("noon" if time.hour == 12 else "midnight"))
    return ClockSpan(found.end(), found.end()) if found else None  # no digits: no day period to check


def noon_or_midnight_written(text: str) -> tuple[int, int, str] | None:
    """The one noon or midnight word a normalised text writes as its time (`_written_named`: "noon
    on 5 oct 2086", "1936. febr. 2., v éjfél"), with "12" before it ("12 noon"): (its start, its
    end, its clock "12:00" or "00:00"). None where it writes none, or both."""
    noon, midnight = _written_named(text, _noon_words("noon")), _written_named(text, _noon_words("midnight"))
    if (noon is None) == (midnight is None):
        return None
    found = noon or midnight
    twelve = _TWELVE_BEFORE.search(text, 0, found.start())
    return (twelve.start() if twelve else found.start()), found.end(), ("12:00" if noon else "00:00")


_TWELVE_BEFORE = re.compile(r"(?<![0-9.:/-])12\s?$")


def _named(text: str, words: tuple[str, ...]) -> re.Match | None:
    """The first noon or midnight word or phrase of `words` the text writes, the longest where
    several start there; a word of letters only where it stands alone."""
    return _named_pattern(words).search(text)


@functools.cache
def _named_pattern(words: tuple[str, ...]) -> re.Pattern:
    """One search for any of `words`, the longest first: a word of letters where it stands alone, one
    of CJK characters or Hangul anywhere (one alternation under one look-behind: a hundred words
    each behind their own is slow to try at every place of every text)."""
    ordered = sorted(words, key=len, reverse=True)
    alone = "|".join(re.escape(word) for word in ordered if not any(map(cjk_or_hangul, word)))
    anywhere = "|".join(re.escape(word) for word in ordered if any(map(cjk_or_hangul, word)))
    parts = [rf"(?<![^\W\d_])(?<!-)(?:{alone})(?![^\W\d_])(?!-)"] if alone else []
    return re.compile("|".join(parts + ([f"(?:{anywhere})"] if anywhere else [])))


# Words beside a clock that may be its day period or may be another word, by language (None: in any
# text): Chinese evening and morning in one character ("晚8:00" is 20:00, "最晚8:00" "at the latest
# 8:00", "9:15晚到" "9:15, late"), moment.js's Hungarian "de"/"du" ("but"/"you"), Filipino "n.h."
# (New Hampshire's "N.H."). Beside a clock written 1-12 the text does not settle its hour, so no
# answer is witnessed; after the clock and ending the text (or before its zone) a word is the
# period, of its language's periods where it is one (Hungarian "de", "du": `clockwords._HALVES`).
MAYBE_PERIODS: dict[str | None, tuple[str, ...]] = {None: ("晚", "早"), "hu": ("de", "du"), "fil": ("n.h.",)}
# Day periods of two letters that are also abbreviations of other words, after a clock: a period
# only where the text ends with it or with its zone after it ("9:17:45 MD", "0:45:30 ДП MSK"), as
# the libraries write them; before other words they may be a party, an address or a company
# ("12:30 PD protestë", "10:42 ip 10.0.0.1", "12:30 ТД Европа", "ДП «Антонов»"); anywhere in a
# text of a language whose CLDR periods they are (Ukrainian "дп", "пп").
PERIODS_AT_THE_END = ("pd", "md", "ap", "ip", "тд", "тк", "дп", "пп")


def maybe_period_beside(text: str, span: ClockSpan, lang: str | None) -> bool:
    """Whether a word that may be a day period or another word is written beside the clock `span`:
    one of `PERIODS_AT_THE_END` after it with more than a zone after that (unless CLDR's own period
    of `lang` with the date going on after it), or one of `MAYBE_PERIODS` (of any text, or of
    `lang`) right before or after it, but for one of `lang`'s own after it that ends the text or
    comes before its zone: that is the period; in a text of no language given, one of any
    language's there ("12:45:30 de": Hungarian "de" or not, the hour is unsettled)."""
    before, after = text[:span.start].rstrip(" "), text[span.end:].lstrip(" .")  # "10:42:07.md"
    for word in PERIODS_AT_THE_END:
        if after.startswith(word) and not _LETTER_OR_DOT.match(after, len(word)):
            rest = after[len(word):].lstrip(" .").rstrip(_CLOSING)
            if (rest and not _names_a_zone(rest.split()[0].strip("()[],"))
                    and not (lang and cldr_period(word, lang) and _DATE_GOES_ON.match(rest))):
                return True  # CLDR's Ukrainian "12:45:57 пп, субота", "5:38:29 дп 6 лютого", not "пп «ромашка»"
    if _own_word_goes_on(after, lang):
        return True
    own = MAYBE_PERIODS.get(lang, ()) if lang else ()
    others = () if lang else tuple(word for key, words in MAYBE_PERIODS.items() if key for word in words)
    for word in MAYBE_PERIODS[None] + own + others:
        if not word[0].isascii():  # a character of its own: "晚8:00", "9:15晚到"; not "9:45:30 晚上", evening
            if (before.endswith(word) and not _ends_a_longer_period(text, span, word, lang)
                    or after.startswith(word) and (any_period_at(after, 0) or 0) <= len(word)):
                return True
        elif word not in others and before.endswith(word) and not before[:-len(word)][-1:].isalpha():
            return True  # a word of its own, not CLDR's "du." ("95.09.30 du. 4:22")
        elif word in others and _word_at(after, word) and _ends_text(after[len(word):]):
            return True  # in a text of no language given only ending it: "12:45:30 de", not "10h00 de Paris"
    return False


def _ends_a_longer_period(text: str, span: ClockSpan, word: str, lang: str | None) -> bool:
    """Whether `word`, written right before the clock `span`, ends a longer day period written there
    (Cantonese "夜晚8:17", evening, whose 晚 alone may be "late")."""
    found = period_before_clock(text, span.start, lang)
    return found is not None and len(text[found[0]:span.start].strip()) > len(word)


def unsettled_period(text: str, span: ClockSpan, lang: str | None, hour: int) -> bool:
    """Whether the text leaves the hour of the clock `span`, written `hour`, unsettled: a word
    beside a clock written 1-12 that may be its day period or another word (`maybe_period_beside`),
    or in a text of no language given, a word before a clock written 12 that some language writes
    there for no day period ("am 12:00": German noon, or a.m.'s midnight)."""
    return (hour <= 12 and maybe_period_beside(text, span, lang)
            or hour == 12 and lang is None and _other_word_before(text, span.start))


def _other_word_before(text: str, start: int) -> bool:
    """Whether the word right before a clock starting at `start` is one that some language writes
    there for no day period (`clockwords.NOT_PERIODS_BEFORE`: German and Welsh "am"), in a text of
    Latin letters alone, as those languages write ("2023년 11월 28일 AM 12시" is Korean)."""
    if not all(c < "\u0250" for c in text if c.isalpha()):
        return False
    before = text[:start].rstrip(" ")
    return any(before.endswith(word) and not before[:-len(word)][-1:].isalpha()
               for words in NOT_PERIODS_BEFORE.values() for word in words)


def _own_word_goes_on(after: str, lang: str | None) -> bool:
    """Whether `after`, the text after a clock, begins with one of `lang`'s `MAYBE_PERIODS` that is
    no day period there: the text goes on after it (Hungarian "15:15 de csak", "but"), or it is none
    the checks know; ending the text (or before its zone) it is the period ("12:45:30 de")."""
    return any(_word_at(after, word) and not (_ends_text(after[len(word):]) and own_period_at(after, 0, lang))
               for word in (MAYBE_PERIODS.get(lang, ()) if lang else ()))


def _word_at(text: str, word: str) -> bool:
    """Whether `text` begins with `word` as a word of its own."""
    return text.startswith(word) and not _LETTER_OR_DOT.match(text, len(word))


def _ends_text(rest: str) -> bool:
    """Whether what follows a word ends the text: nothing, or only a zone, or punctuation that
    closes a quote or a list ("'9:34:16 PD';")."""
    rest = rest.strip(_CLOSING)
    return not rest or _names_a_zone(rest.split()[0].strip("()[],"))


_LETTER_OR_DOT = re.compile(r"[^\W\d_]|\.")
_CLOSING = " .,;:!?'\"’”»)]}"  # what may end a text after its last word
_DATE_GOES_ON = re.compile(r",|[0-9]")


def _period_agrees(text: str, time: TimeOfDay, span: ClockSpan, lang: str | None = None) -> bool:
    """Whether the hour as written and the answer's hour agree: the same number, or a 12-hour clock
    (written 0-12) beside a day period CLDR knows that stands for the answer's hour ("4:23 kugú",
    "午後3時", "6 uhr abends", "12:08 ’s nachts", "10 pm"). A known period beside a 12-hour clock
    must stand for the answer's hour, and so must one beside a 24-hour clock ("19:30 in the
    morning", "15:42 am" say two things)."""
    hour = _RUN.match(text, span.start)
    written = int(hour.group()[:2]) if hour else time.hour
    if unsettled_period(text, span, lang, written):
        return False  # "2016年9月14日晚10:00": 10:00 or 22:00, the text does not say
    if written > 12 and lang is None and _other_word_before(text, span.start):
        return written == time.hour  # "am 15:00": German "on the", no a.m.
    other_word = written > 12 and _own_word_goes_on(text[span.end:].lstrip(" ."), lang)
    hours = None if other_word else day_period(text, span, lang)  # "15:15 de csak": Hungarian "but", no period
    word = _hour_word_after(joints=True).match(text, span.end)
    after = _PERIOD_AFTER.match(text, word.end() if word else span.end)
    uhr = "uhr" in text[span.start:word.end() if word else span.end]  # "12.30 uhr" is a clock with its word
    german_on = bool(after and after["word"] == "am" and german_on_the(text, after.end(), uhr, written))
    if german_on and (lang == "de" or uhr):  # "uhr" is German: no a.m. follows it
        return written == time.hour  # German "12:23 am di., 6 sept." is 12:23 on Tuesday: no period
    on_the = bool(after and _NUMBER_AT.match(text, after.end()) or german_on and uhr)
    if hours is not None and time.hour not in hours and (written <= 12 or not on_the):
        return False
    if (after and after["word"].replace(".", "") in ("am", "pm") and (after["word"][0] == "p") != (time.hour >= 12)
            and not on_the):
        return False
    return written == time.hour or (hours is not None and written <= 12)


def german_on_the(text: str, end: int, uhr: bool, hour: int) -> bool:
    """Whether an "am" ending at `end` after a clock may be German "on the", not a.m.: before a
    word or number ("18:48:16 am 28. märz", "21 uhr am sa.") but a day period ("17 uhr am
    vormittag"), and after "uhr" (`uhr`) or an hour of 13-23 whatever follows; after an hour of 0-12
    before punctuation or ending the text it is a.m. (German CLDR's 12-hour "12:25 AM, 03.02.2042"),
    and so is one glued to its clock ("12am 21/8/1960": German leaves a space before "am")."""
    hour_end = end - len("am")
    if text[hour_end - 1:hour_end].isdigit():  # "12am"
        return False
    return not _GERMAN_PERIOD_AT.match(text, end) and bool(_WORD_OR_NUMBER_AT.match(text, end) or uhr or hour > 12)


_NUMBER_AT = re.compile(r"\s?[0-9]")
_WORD_OR_NUMBER_AT = re.compile(r"\s*[^\W_]")
# The parts of the day German writes after "am" ("17 uhr am vormittag"); CLDR's German periods are "vormittags"
_GERMAN_PERIOD_AT = re.compile(r"\s?(?:morgen|vormittag|mittag|nachmittag|abend)(?![^\W\d_])")
_HOUR_BEFORE = re.compile(r"(?<![0-9:.])[0-9]{1,2} $")


def day_period(text: str, span: ClockSpan, lang: str | None = None) -> frozenset[int] | None:
    """The hours the day period beside the clock `span` may stand for, or None when none is
    written: after the clock or its hour word ("6 uhr abends", "2 heures du matin", "9 o'clock in
    the evening"), else before it ("午後3時", "오후 3시"). A zone is no day period ("10:42 ut")."""
    found = written_period(text, span, lang)
    return found[1] if found is not None else None


def written_period(text: str, span: ClockSpan, lang: str | None = None) -> tuple[str, frozenset[int]] | None:
    """The day period beside the clock `span`, as `day_period` finds it: (the word as written, its hours)."""
    end = span.end
    if word := _hour_word_after(joints=True).match(text, end):
        end = word.end()
    after = period_after(text, end, lang) or _own_period_after_dot(text, span.end, lang)
    if after is not None and not _names_a_zone(written := text[end:after[0]].strip(" .")):
        return written, after[1]
    before = period_before_clock(text, span.start, lang)
    if before is not None:
        return text[before[0]:span.start].strip(), before[1]
    hour = _RUN.match(text, span.start)  # between the hour and the minute: "11 gɩjibɔŋɔ 12"
    inside = _period_inside(text, hour.end(), lang) if hour else None
    return (text[hour.end():inside[1]].strip(), inside[0]) if inside is not None and inside[1] < span.end else None


def clock_start(text: str, span: ClockSpan, lang: str | None = None) -> int:
    """Where the clock `span` begins with the day period written before it ("上午4:40" at 上)."""
    before = period_before_clock(text, span.start, lang)
    return before[0] if before is not None else span.start


def _names_a_zone(word: str) -> bool:
    upper = word.upper()
    return (upper in ZONE_ABBREVIATIONS or upper in AMBIGUOUS_ZONES or word.lower() in (*_UTC_NAMES, "z")
            or zone_name_after(word, 0) is not None)


# A clock with an hour word, not marked by datenorm.clock: the words CLDR's time patterns write
# after the hour, the minute and the second (`datenorm.clockwords.literals`: French "14 h 30",
# Japanese "3時42分", Korean "3시 42분", Lao "23 ໂມງ 25 ນາທີ 30 ວິນາທີ", Thai "8 นาฬิกา 32 นาที",
# Ewe "5 aɖabaƒoƒo 41", Dzongkha "4 སྐར་མ་ 41:10") and the free forms people write beside them
# ("15 uhr", "14 heures 30", "3点", "3 giờ 42"); an hour 0-24; a minute or second of one digit only
# with its word ("3時5分").
_HOURS_FREE = ("uhr", "uur", "h", "hrs", "hs", "heure", "heures", "hora", "horas", "óra", "saat", "ч", "ч.", "час", "часа",
               "часов", "гадзін", "гадзіны", "годин", "години", "o'clock", "o’clock", "点", "點")
_MINUTES_FREE = ("min.", "minute", "minutes", "phút", "perc", "хвілін", "хвіліны", "хвилин", "хвилини", "минут",
                 "минуты")
_SECONDS_FREE = ("sec", "sec.", "secs", "second", "seconds", "segundos", "sek", "sek.", "sekunden", "сек", "сек.")


def _words(free: tuple[str, ...], kind: str, all_literals: bool = False) -> str:
    """An alternation of the `free` words and CLDR's literals of `kind`; of those after a number,
    unless `all_literals`, no suffix nor one letter of a script with spaces (not Armenian "-ին",
    which ends a day number too, nor Mongolian "ц", Russian's centner; "時" and "น." are words)."""
    cldr = [word for word in literals(kind) if all_literals or (
            not word.startswith("-") and (sum(char.isalpha() for char in word) >= 2 or any(map(cjk_or_hangul, word))))]
    return "|".join(re.escape(word) for word in sorted({*free, *cldr}, key=len, reverse=True))


@functools.cache
def _hour_word_clock() -> re.Pattern:
    minutes, seconds = _words(_MINUTES_FREE, "minute"), _words(_SECONDS_FREE, "second")
    return re.compile(rf"(?<![0-9])(?P<hour>[01]?[0-9]|2[0-4])\s?(?:{_words(_HOURS_FREE, 'hour')})(?![^\W\d_])\.?"
                      rf"(?:\s?(?P<minute>[0-9]{{2}}|[0-9](?=\s?(?:{minutes})))\s?(?:{minutes})?"
                      rf"(?:[\s:]?(?P<second>[0-9]{{2}}|[0-9](?=\s?(?:{seconds})))\s?(?:{seconds})?)?)?"
                      r"(?![0-9])")


def without_worded_clocks(text: str, minutes_need_words: bool = False) -> str:
    """A normalised `text` without its clocks of hour words (`_hour_word_clock`: "15 giờ 09 phút",
    "3時42分", "2시 30분"), which `datenorm.clock` leaves in: read with the time, their numbers are
    no part of the date. Only where they stand apart: once the clocks `datenorm.clock` marks are
    out, "15/5/11, 02:31:20 ч." is "15/5/11 ч.", whose "11 ч." ends the date. With
    `minutes_need_words` (dates read without the time), a number after the hour word stays unless
    a minute word follows it: "в 10 часов 15 марта" is "в 15 марта", "3時2020年" "2020年"."""
    if not any(char.isdigit() for char in text):
        return text

    def left(found: re.Match) -> str:
        if _after_number(text, found.start()):
            return found.group()
        if not minutes_need_words:
            return " "
        if _RANGE_START_BEFORE.search(text, 0, found.start()):
            return found.group()
        if found["minute"] is not None and not _minute_word_at().match(text, found.end("minute")):
            return " " + text[found.start("minute"):found.end()]
        return " "
    return " ".join(_hour_word_clock().sub(left, text).split())


def without_offset_in_brackets(text: str) -> str:
    """A normalised `text` without an offset in brackets that ends it (Wikipedia's signatures,
    "14:05, 3 במאי 2019 (+03:00)", "(utc+7)"): its digits are no part of a date, with or without
    the time."""
    if not text.endswith((")", "]")):
        return text
    return _OFFSET_IN_BRACKETS_AT_END.sub("", text)


_OFFSET_IN_BRACKETS_AT_END = re.compile(r"\s?[(\[]\s?(?:utc|gmt)?\s?[+-](?:1[0-4]|0?[0-9])(?:[:.]?[0-5][0-9])?\s?[)\]]$")


# The first hour of a range whose second has the hour word ("de 9 a las 18 horas", "von 9 bis 18
# uhr"): without the clock, the first would be left as a day
_RANGE_START_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}\s?(?:a las|alle ore|alle|a|bis|to|às|à|-|–)\s?$")


@functools.cache
def _minute_word_at() -> re.Pattern:
    return re.compile(rf"\s?(?:{_words(_MINUTES_FREE, 'minute')})")


def without_hours_led(text: str) -> str:
    """A normalised `text` without the hours written after words that lead only clocks, Italian
    "ore" ("alle ore 15 del 12 dicembre", "alle ore 15 e 30 del 12 dicembre"): read with the time or
    not, such an hour and its minutes are no day of the date. (Not after Spanish "a las" or
    Portuguese "às", which people write before a day too, "de 10 às 20 de maio", nor "kl.", which
    Greenlandic does: "kl 28 o.8 1958".)"""
    if "ore" not in text or not any(char.isdigit() for char in text):
        return text
    return " ".join(_HOUR_LED.sub(r"\g<lead>", text).split())


# An hour after Italian "ore", with its minutes in words ("ore 15 e 30", "ore 9 e mezza", "ore 10 meno
# un quarto"), not before other numbers ("ore 15,30", "ore 15 30")
_HOUR_LED = re.compile(r"(?P<lead>(?<![^\W\d_])ore\s?)(?P<hour>[01]?[0-9]|2[0-3])(?![0-9]|[.:,][0-9])"
                       r"(?P<minutes>\se\s(?P<minute>[0-5]?[0-9])(?![0-9]|[.:,][0-9])"
                       r"|\s(?:e|meno)\s(?:[0-5]?[0-9](?![0-9]|[.:,][0-9])|mezza|un quarto|tre quarti))?"
                       r"(?!\s?(?:e\s|,)?\s?(?:[0-9]|mezza|un quarto|meno))")


def without_zone_offsets(text: str) -> str:
    """A normalised `text` without the offsets written after "UTC", "GMT" or a locale's word for it
    wherever they stand ("9:10:17 ص غرينتش+00:00", "gmt+00:00 11:40:45"): `datenorm.clock` takes a
    zone out only right after its clock, and the digits of one are no part of a date. An offset of
    hours 0-14 ("utc+2.00", Finnish); after a locale's word, or "ut", with its minutes: Irish
    writes GMT "mag", and "06-mag-33" is Italian's May, "23-ut-2056" Teso's August."""
    if "+" not in text and "-" not in text:
        return text
    return " ".join(_zone_offset_anywhere().sub(" ", text).split())


@functools.cache
def _zone_offset_anywhere() -> re.Pattern:
    return re.compile(rf"{_WORD_START}(?:utc|gmt|(?:{_gmt_words()})(?=\s?[+-][0-9]{{1,2}}[:.]))"
                      r"\s?[+-](?:1[0-4]|0?[0-9])(?:[:.]?(?:00|15|30|45))?(?![0-9])")


def _after_number(text: str, pos: int) -> bool:
    """Whether `pos` follows a number's digit or mark ("02:31:20 ч.": "20 ч." is no clock of its own)."""
    return pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in ":.,/-")


# A word after a clock ("pm", "p.m.", "ص"): English am/pm are read in it, and a zone may follow it
_PERIOD_AFTER = re.compile(r"\s?(?P<word>[^\W\d_](?:[^\W\d_]|\.(?=[^\W\d_]))*\.?)")
_AFTER_FREE = (*_HOURS_FREE, "hr", "hr.", "hrs", "hrs.", "hs", "hs.", "น.")  # Thai "13.09 น."


@functools.cache
def _hour_word_after(joints: bool = False) -> re.Pattern:
    """An hour word after a clock ("15.00 uhr", "13.09 น."); with `joints`, or a word CLDR writes
    between a clock and its day period (Kurdish "9:30ê pn", Ewe "5:44 le fiẽ me"), which only a
    period may follow."""
    joint = f"|{_words((), 'joint', all_literals=True)}" if joints else ""
    return re.compile(rf"\s?(?:{_words(_AFTER_FREE, 'hour')}{joint})(?![^\W\d_])")


# The zone right after a clock: an offset ("+0530", "utc+5:30", "gmt-05:00"), UTC ("z" glued to
# the clock, "utc", "gmt"), or a word (an abbreviation: "cest")
_UTC_NAMES = ("utc", "gmt", "ut", ARABIC_UTC)  # what a text writes for UTC, as a word or words
_OFFSET = r"([+-])\s?(1[0-4]|0?[0-9])(?::?([0-9]{2}))?(?![0-9])"  # at most 14 hours ("mar-17-1930" writes none)
_BARE_OFFSET_BEFORE = re.compile(r"(?<!\S)([+-])([0-9]{2}):?([0-9]{2})$")  # "+0930 上午8:06": not a date's "-2007"
_LAST_BRACKETS = re.compile(r"[(\[]([^()\[\]0-9]+|(?:utc|gmt)?\s?[+-][0-9]{1,2}(?::?[0-9]{2})?)[)\]]\.?$")
# A wiki signature's reply link after its zone in brackets: a word in brackets, or glued to them
_REPLY_LINK = re.compile(r"(?<=[)\]])(\s?\[[^\[\]0-9]+\]|[^\W\d_]+)$")
_LAST_WORD = re.compile(r"(?<= )([^\W\d_]{3,})\.?$")  # not "helena mt" (Montana)
_LAST_OFFSET = re.compile(r"(?<= )([+-][0-9]{2}:?[0-9]{2})$")
# a zone in brackets right before the last word: UTC or GMT (with an offset), or an abbreviation
_BRACKETED_ZONE_BEFORE = re.compile(r"(?<= )([(\[](?:(?:utc|gmt)(?:\s?[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
                                    rf"|{'|'.join(sorted(map(str.lower, (*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES)), key=len, reverse=True))})"
                                    r"[)\]]),? [^\W\d_]{3,}\.?$")


def reply_link(text: str) -> int | None:
    """Where the reply link a scraped wiki signature keeps after its zone in brackets begins, glued
    or in brackets ("(cet)beantworten", "(utc)[ответить]"), or None: not a word apart, which may be
    anything ("(utc) пополудни", "(cest) morgen"), nor one that may be a day period or a zone
    ("(mez)abends", "(utc)pm")."""
    found = _REPLY_LINK.search(text)
    if found is None:
        return None
    word = found[1].strip(" []")
    at = found.start() + len(found[1]) - len(found[1].lstrip(" ["))
    if (period_after(text, at) or zone_name_after(text, at) or may_be_a_period(word)
            or word.upper() in ZONE_ABBREVIATIONS or word.upper() in AMBIGUOUS_ZONES):
        return None
    return found.start()


# A zone word before a clock begins a word ("lut-2035" is no "ut-20:35"), or follows a letter of a
# script that does not space its words (Chinese "发布于gmt-05:00").
_WORD_START = rf"(?:(?<![^\W\d_])|(?<=[{UNSPACED_SCRIPTS}]))"
_ZONE_UTC_BEFORE = re.compile(rf"{_WORD_START}(?:utc|gmt|zulu)$")
_ZONE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")


@functools.cache
def _gmt_words() -> str:
    """"utc", "gmt", "ut" and every locale's word for GMT ("غرينتش"), as a regex alternation."""
    return "|".join(re.escape(w) for w in (*_UTC_NAMES, *gmt_words()))


@functools.cache
def _zone_offset_at() -> re.Pattern:
    """An offset right after a clock, after "UTC", "GMT" or a locale's word for it, or alone."""
    return re.compile(rf"[\s(\[]*(?:(?:{_gmt_words()})\s?)?{_OFFSET}")


@functools.cache
def _zone_offset_before() -> re.Pattern:
    """An offset after "UTC", "GMT" or a locale's word for it, ending a text."""
    return re.compile(rf"{_WORD_START}(?P<word>{_gmt_words()})\s?{_OFFSET}\)?$")


# UTC as a word (ARABIC_UTC too)
_ZONE_UTC_AT = re.compile(rf"z(?![^\W\d_])|[\s(\[]*(?:utc|gmt|ut|zulu|{re.escape(ARABIC_UTC)})(?![^\W\d_])")
_ZONE_WORD_AT = re.compile(r"[\s(\[]*([^\W\d_]+)")
# A "Z" apart from its clock that ends the text or comes before a comma, a bracket or a number: not Kirundi's
# day periods "z.mu.", "z.mw.", nor a word or an initial ("z warszawy", "z. smith")
_Z_APART = r"z(?=[.,;)\]]?(?:\s*$|\s*[,;(\[]|\s+[0-9]))"
_SPACED_Z = re.compile(rf"\s[(\[]?{_Z_APART}")
SPACED_Z_AFTER_NUMBER = re.compile(rf"(?<=[0-9] ){_Z_APART}")  # "09:23:54.123 z"
_MORE_SECONDS = re.compile(r":[0-9]{2}(?![0-9])|\.[0-9]{2}(?![0-9.])")  # "10:42:07", "10.11.16"
_MORE_FRACTION = re.compile(r"[.,][0-9]")


@functools.cache
def _worded_seconds() -> re.Pattern:
    """Seconds written with their word after a clock, its minute word between, ending the text or
    before a mark or a number: "20h33 47 seg., 9 de novembre", "10:42 min 30 sec"; not a time
    after it ("10:42, 45 secs ago", "5 sec delay", "30초 전")."""
    minutes, seconds = _words(_MINUTES_FREE, "minute"), _words(_SECONDS_FREE, "second")
    return re.compile(rf"(?:\s?(?:{minutes}))?[\s,]\s?[0-5]?[0-9]\s?(?:{seconds})(?![^\W\d_])"
                      r"(?=\.?\s*(?:$|[,;)\]]|[0-9]))")


def written_zone(tail: str, raw: str, date: dt.date | None, time: TimeOfDay) -> int | None | bool:
    """The zone the text writes right after its clock (`tail`, normalised), in minutes east of UTC;
    None when it writes none; False when it writes one whose offset cannot be known here (an
    abbreviation of several zones, an IANA name without a date). The zone may follow a day period
    ("4:34 am +0400", "10:42 PM EST"); it is an offset (after "GMT" or a locale's word for it,
    "غرينتش-10:00"), UTC, an abbreviation of ZONE_ABBREVIATIONS, one of several zones only in
    capitals in `raw` ("ist" is German), a CLDR zone name ("japan standard time", "mesz"), or an
    IANA name ("Europe/Paris") anywhere in `raw`, at that date and time, daylight saving included."""
    for start in _zone_starts(tail):
        if (found := _zone_at(tail, start, raw, date, time)) is not None:
            return found[0]
    return _iana_zone(raw, date, time)


def zones_after(tail: str, raw: str, date: dt.date | None, time: TimeOfDay) -> list[tuple[str, int | None]]:
    """The zones a text writes after its clock, as (what it writes, minutes east of UTC; None for an
    abbreviation of several zones, in capitals): the first as `written_zone` finds it (or an IANA
    name there), then each written right after the one before, apart by spaces, a slash or
    brackets only: an offset with a two-digit hour ("+0100 (CEST)", "CEST (UTC+2)"), UTC, an
    abbreviation in capitals ("19:00 EST EDT"), an IANA name ("Europe/London GMT") or a CLDR zone
    name in brackets or after them (.NET's "(UTC-05:00) Eastern Time", whose offset is the standard
    one). Words after a comma, in lower case or of another kind ("10:00 PDT has been", "10:00 UTC,
    -5 °C") end the run. The offset of a CLDR zone name of several is unknown, and left out."""
    zones: list[tuple[str, int | None]] = []
    found = None
    for at in _zone_starts(tail):
        if (found := _zone_at(tail, at, raw, date, time) or _iana_at(tail, at, raw, date, time)) is not None:
            break
    while found is not None:
        value, end = found
        written = tail[at:end].strip(" ([,")
        if value is not False:
            zones.append((written, value))
        elif written.upper() in AMBIGUOUS_ZONES:
            zones.append((written, None))
        if any(char.isdigit() for char in written) and (word := _gmt_word_after().match(tail, end)):
            end = word.end()  # CLDR's "{0} GMT" of Ewe, Anii, Persian: "+04:00 GMT" is one zone
        at = _BETWEEN_ZONES.match(tail, end).end()
        apart = tail[end:at]  # a name in brackets, or after a zone in brackets (.NET's "(UTC-05:00) Eastern Time")
        found = _next_zone(tail, at, any(mark in apart for mark in "()[]"), raw, date, time) if at < len(tail) else None
    return zones


_BETWEEN_ZONES = re.compile(r"[\s()\[\]/]*")
_NEXT_OFFSET = re.compile(r"(?:(?:utc|gmt)\s?([+-])(1[0-4]|0?[0-9])|([+-])(1[0-4]|0[0-9]|[0-9](?=:[0-9]{2})))"
                          r"(?::?([0-9]{2}))?(?![0-9])")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?![^\W\d_])")


def _next_zone(tail: str, at: int, bracketed: bool, raw: str, date: dt.date | None,
               time: TimeOfDay) -> tuple[int | bool, int] | None:
    """A zone written right after another (`zones_after`) at `at`, as `_zone_at` gives it, of the
    kinds a second zone is written in: an offset with a two-digit hour, UTC, an abbreviation in
    capitals, an IANA name, or a CLDR zone name in brackets or after them; else None."""
    if offset := _NEXT_OFFSET.match(tail, at):  # "utc+2", "+0200", "+5:30", not "- 3" nor "-5 °c"
        sign, hours = (offset[1], offset[2]) if offset[1] else (offset[3], offset[4])
        return (-1 if sign == "-" else 1) * (int(hours) * 60 + int(offset[5] or 0)), offset.end()
    if iana := _iana_at(tail, at, raw, date, time):
        return iana
    word = _NEXT_WORD.match(tail, at)
    if word is None:
        return None
    upper = word.group().upper()
    if upper in ("UTC", "GMT") or upper == "Z" and in_capitals("z", raw):
        return 0, word.end()
    if in_capitals(upper, raw) and upper in (*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES, *GENERIC_ABBREVIATIONS):
        return _zone_at(tail, at, raw, date, time)
    if bracketed and (named := zone_name_after(tail, at, date)) is not None and (
            tail[named[0]:named[0] + 1] in (")", "]") or tail[at - 1:at] not in ("(", "[")) and not _lower_abbreviation(
            tail[at:named[0]], raw):
        return _named_zone(named)
    return None


def _lower_abbreviation(name: str, raw: str) -> bool:
    """Whether a CLDR zone name found after a bracket is one word of letters with case, not written
    in capitals: an abbreviation only in capitals, as elsewhere; Welsh "(Europe/Berlin) Awst 17eg"
    writes August, not AWST."""
    word = name.strip(" ([")
    return bool(_NEXT_WORD.fullmatch(word)) and word.upper() != word.lower() and not in_capitals(word, raw)


def _iana_at(tail: str, at: int, raw: str, date: dt.date | None, time: TimeOfDay) -> tuple[int | bool, int] | None:
    """An IANA zone's name written at `at` (after spaces or a bracket), with its offset at that date
    and time (False without a date, or when it has none then), and where it ends."""
    found = _IANA_ANY_CASE.match(tail, len(tail) - len(tail[at:].lstrip(" ([")))
    if found is None or (name := _iana_names().get(found.group().lower())) is None:
        return None
    offset = iana_offset(name, date, time) if date else None
    return (False if offset is None else offset), found.end()


@functools.cache
def _gmt_word_after() -> re.Pattern:
    """A locale's word for GMT after an offset, or "utc", "gmt" ("+0000 UTC")."""
    return re.compile(rf"\s?(?:{'|'.join(map(re.escape, (*gmt_words_after(), *_UTC_NAMES)))})(?![^\W\d_])")


def _zone_at(tail: str, start: int, raw: str, date: dt.date | None, time: TimeOfDay) -> tuple[int | bool, int] | None:
    """The zone `tail` writes at `start` (after spaces or a bracket) as `written_zone` reads it, with
    where it ends; None when it writes none there (or an abbreviation that is a word here)."""
    offset = _zone_offset_at().match(tail, start)
    if offset:
        return (-1 if offset[1] == "-" else 1) * (int(offset[2]) * 60 + int(offset[3] or 0)), offset.end()
    if (utc := _ZONE_UTC_AT.match(tail, start)) and (utc.group().strip(" ([") != "ut" or in_capitals("ut", raw)):
        return 0, utc.end()  # "UT" in capitals only: Slovak "18:45:54 ut 9 jún" is a Tuesday (utorok)
    if (spaced := _SPACED_Z.match(tail, start)) and in_capitals("z", raw):
        return 0, spaced.end()  # a "Z" apart from its clock, in capitals: Polish "14:05 z" is "with"
    word = _ZONE_WORD_AT.match(tail, start)
    upper = word[1].upper() if word else ""
    if upper in ZONE_ABBREVIATIONS:
        return abbreviation_offset(upper, date), word.end()
    if upper in AMBIGUOUS_ZONES:
        return (False, word.end()) if in_capitals(upper, raw) else None
    if upper in GENERIC_ABBREVIATIONS:
        return (generic_offset(upper, date, time), word.end()) if generic_written(upper, raw) else None
    named = zone_name_after(tail, start, date)
    return _named_zone(named) if named is not None else None


def _named_zone(named: tuple[int, frozenset[int]]) -> tuple[int | bool, int]:
    """A CLDR zone name found (`zone_name_after`) as `_zone_at` gives a zone: its one offset, else
    False (a name of several), and where it ends."""
    return (next(iter(named[1])) if len(named[1]) == 1 else False), named[0]


def zone_before(head: str, raw: str, date: dt.date | None, time: TimeOfDay) -> int | None | bool:
    """The zone a text writes right before its clock (`head`, normalised, ends where the clock or
    its day period starts), as `written_zone` gives it: an offset after "GMT" or a locale's word for
    it ("gmt+02:00 09:20"; a locale's word in capitals in `raw`: Irish "MAG-5", not Italian
    "06-mag-12") or standing alone ("+0930 上午8:06"), UTC, a CLDR zone name ("japan
    standard time 10:42", "中国标准时间 14:00"), or an abbreviation, of ZONE_ABBREVIATIONS or CLDR's,
    in capitals in `raw` ("PST 上午4:40"; "the pst 10:42" writes none)."""
    head = head.rstrip(" ,")
    offset = _zone_offset_before().search(head)
    if offset and offset["word"] not in _UTC_NAMES and not in_capitals(offset["word"], raw):
        offset = None
    offset = offset or _BARE_OFFSET_BEFORE.search(head)
    if offset:
        sign, hours, minutes = offset.groups()[-3:]
        return (-1 if sign == "-" else 1) * (int(hours) * 60 + int(minutes or 0))
    if _ZONE_UTC_BEFORE.search(head):
        return 0
    named = zone_name_before(head, len(head), date)
    word = _ZONE_WORD_BEFORE.search(head)
    if word and (named is None or named[0] >= word.start()) and len(word[1]) <= 5:  # an abbreviation
        if not in_capitals(word[1], raw):
            return None
        if word[1].upper() in ZONE_ABBREVIATIONS:
            return abbreviation_offset(word[1].upper(), date)
        if word[1].upper() in AMBIGUOUS_ZONES:  # "CST 上午4:40": CLDR's English CST is Chicago's, but not China's
            return False
    if named is not None:
        return next(iter(named[1])) if len(named[1]) == 1 else False
    return None


def zone_at_end(text: str, span: ClockSpan, raw: str) -> str | None:
    """Where a text whose clock comes before its date writes the clock's zone, as a tail for
    `written_zone`: its last words or offset in brackets ("14:05, 2 January 2015 (UTC)", Wikipedia's
    signatures; "(+07)"), its last word, or an offset that ends it ("Fri May 3 10:42:07 2019 +0200", git's
    dates); an abbreviation only in capitals in `raw` ("10:42 3 may 2019 CEST"; "by Art", "(est.)"
    write none). The brackets may be followed by one word or a word in brackets, the reply link a
    scraped signature keeps ("(cet)beantworten", "(utc)[ответить]"). None when the clock ends the
    text."""
    if span.end >= len(text.rstrip(" .)]")):
        return None
    if (link := reply_link(text)) is not None and link > span.end:
        text = text[:link]
    last = (_LAST_BRACKETS.search(text, span.end) or _LAST_OFFSET.search(text, span.end)
            or _LAST_WORD.search(text, span.end))
    if last is None:
        return None
    word = last[1].strip(" .")
    if word.isalpha() and len(word) <= 5 and word not in (*_UTC_NAMES, "z") and not in_capitals(word, raw):
        return None  # an abbreviation, in capitals only: "(est.)" and "by art" write no zone
    return " " + last[1]


def zone_before_the_last(text: str, span: ClockSpan) -> str | None:
    """A zone in brackets right before the last word of a text whose clock `span` comes before its
    date ("20:42, 18 May 2011 (UTC) CEST": "(utc)"; "(UTC), CEST"), which `zone_at_end` does not
    read: a second zone where that word is one."""
    found = _BRACKETED_ZONE_BEFORE.search(text, span.end)
    return found[1] if found else None


def zone_at_start(text: str, span: ClockSpan, raw: str, lang: str | None = None) -> str | None:
    """The zone that begins a text whose clock comes after its date, as a tail for `written_zone`:
    a zone's long name (CLDR's or `ZONES_IN_USE`: "日本時間 2003 年 1 月 25 日"), UTC or GMT, with an
    offset or alone ("GMT+1 3.5.2019 9:10"), or an abbreviation (glibc's
    Mongolian `date`: "EST 2020 оны хоёрдугаар сар 29, бя 12:40:05"). None when the clock begins
    the text; an abbreviation only in capitals ("Est. 3 May 2019" is no zone), and not a weekday
    of `lang` (Kikuyu "ART, WIK 2, 1947 4:36:15")."""
    if span.start > 0 and (name := time_zone_name_at(text, 0)) and len(name) < span.start:
        return " " + name  # "日本時間 2003 年 1 月 25 日 午後 2 時"
    first = _FIRST_ZONE.match(text) if span.start > 0 else None
    if (first is None or first.end() >= span.start or is_weekday_of(first[1], lang)
            or first[1][:3] not in ("utc", "gmt") and not in_capitals(first[1], raw)):
        return None
    return " " + first[1]


_FIRST_ZONE = re.compile(r"[(\[]?((?:utc|gmt)(?:\s?[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
                         rf"|{'|'.join(sorted(map(str.lower, (*ZONE_ABBREVIATIONS, *AMBIGUOUS_ZONES)), key=len, reverse=True))})"
                         r"(?![\w+-])")


def in_capitals(word: str, raw: str) -> bool:
    """Whether `word` (normalised) is written in capitals in `raw`, as a word."""
    return bool(re.search(rf"(?<![^\W\d_]){re.escape(word.upper())}(?![^\W\d_])", raw))


def _zone_starts(tail: str) -> tuple[int, ...]:
    """Where a zone after a clock may start: at the clock, after a comma (Czech "12:44:12, gmt-05:00"),
    or after its day period, and a comma before an offset or UTC (Albanian "12:55:05 m.d., gmt+00:00")."""
    if tail.startswith(","):
        return (0, len(tail) - len(tail[1:].lstrip(" ")))
    known = period_after(tail, 0)
    end = known[0] if known is not None else (period.end() if (period := _PERIOD_AFTER.match(tail)) else 0)
    if end and tail[end:].lstrip(" ").startswith(","):
        after = len(tail) - len(tail[end:].lstrip(" ")[1:].lstrip(" "))
        end = after if _zone_next(tail, after) else end  # after a comma only an offset or UTC ("pm, eat at joe's")
    return (0, end) if end else (0,)


def _iana_zone(raw: str, date: dt.date | None, time: TimeOfDay) -> int | None | bool:
    """The offset of the IANA zone `raw` names: capitalised as the database writes it ("Europe/Paris",
    "America/Argentina" is a folder and has none), or in another case when that is a zone's name
    ("[asia/tokyo]")."""
    names = _IANA_NAME.findall(raw)
    if not names and "/" in raw:
        names = [zone for found in _IANA_ANY_CASE.findall(raw) if (zone := _iana_names().get(found.lower()))]
    if names:
        offsets = {iana_offset(name, date, time) if date else None for name in names}
        return offsets.pop() if len(offsets) == 1 and None not in offsets else False
    return None


def named_zone_offsets(name: str, date: dt.date, time: TimeOfDay) -> set[int]:
    """The offsets that UTC or an IANA zone named in any case ("europe/paris") has at that local
    date and time (`_zone_offsets`)."""
    if name.lower() == "utc":
        return {0}
    zone = _iana_names().get(name.lower())
    return _zone_offsets(zone, date, time) if zone else set()


_WRITES_UTC = re.compile(rf"[0-9]z(?![^\W\d_])|(?<![^\W\d_])(?:utc|gmt|zulu|{re.escape(ARABIC_UTC)}|(?P<ut>ut))(?![^\W\d_])")


def writes_utc(text: str, raw: str) -> bool:
    """Whether a normalised text writes UTC itself: "z" after a number ("07z[europe/london]"), or
    "UTC", "GMT", "Zulu" ("etc/utc"), or "UT" in capitals in `raw` (Slovak "ut" is Tuesday)."""
    return any(not found["ut"] or in_capitals("ut", raw) for found in _WRITES_UTC.finditer(text))


def iana_names_in(text: str) -> list[tuple[str, str]]:
    """The IANA zone names a normalised text writes, each as written and as the database spells it
    ("europe/madrid", "Europe/Madrid", "us/pacific", "etc/gmt-14"), and its old names of one word
    with a digit or a hyphen ("nz-chat", "est5edt"; `_legacy_names`: not "japan", "poland")."""
    found = [(name, zone) for name in _IANA_ANY_CASE.findall(text) if (zone := _iana_names().get(name.lower()))] \
        if "/" in text else []
    if any(char.isdigit() for char in text) and (legacy := _legacy_names().search(text)):
        found.append((legacy.group(), _iana_names()[legacy.group().lower()]))
    return found


@functools.cache
def _legacy_names() -> re.Pattern:
    """The IANA database's old zone names of one word with a digit or a hyphen ("NZ-CHAT",
    "EST5EDT", "W-SU"), not GMT's ("GMT+0"), as a pattern of normalised text."""
    names = [name.lower() for name in zoneinfo.available_timezones() if "/" not in name
             and (any(char.isdigit() for char in name) or "-" in name) and not name.upper().startswith("GMT")]
    return re.compile(rf"(?<![\w/-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w/-])")


def day_offset(zone: str, date: dt.date) -> int | None:
    """Minutes east of UTC of an IANA zone all through a local day, or None when its clocks change
    that day."""
    offsets = day_offsets(zone, date)
    return next(iter(offsets)) if len(offsets) == 1 else None


@functools.cache
def _iana_names() -> dict[str, str]:
    """Every IANA zone's name, by its name in lower case."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def unread_part(tail: str, time: TimeOfDay) -> str | None:
    """What the text writes right after its clock that the answer leaves out: "seconds" or "fraction"."""
    if time.second is None and (_MORE_SECONDS.match(tail) or _worded_seconds().match(tail)):
        return "seconds"
    if time.second is not None and not time.fraction and _MORE_FRACTION.match(tail):
        return "fraction"
    return None


def iana_offset(name: str, date: dt.date, time: TimeOfDay) -> int | None:
    """Minutes east of UTC of the IANA zone `name` at that local date and time, or None (no such
    zone, or a time the clocks skip or repeat that day)."""
    offsets = _zone_offsets(name, date, time)
    return next(iter(offsets)) if len(offsets) == 1 else None


def _zone_offsets(name: str, date: dt.date, time: TimeOfDay) -> set[int]:
    """The offsets, in minutes east of UTC, that the IANA zone `name` has at that local date and
    time: two in the hour its clocks repeat, none for a time they skip or no such zone."""
    try:
        zone = zoneinfo.ZoneInfo(name)
        local = dt.datetime(date.year, date.month, date.day, time.hour, time.minute, tzinfo=zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # no such zone; "America/Argentina" is a folder
        return set()
    moments = (local, local.replace(fold=1))
    if any(m.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None)
           for m in moments):
        return set()  # a time the clocks skip
    return {int(m.utcoffset().total_seconds()) // 60 for m in moments}


def ambiguous_zone(tail: str, raw: str) -> str | None:
    """The abbreviation of several zones the text writes right after its clock (or its day period)
    in capitals ("10:42 IST", "10:42 PM CST"), or None."""
    for start in _zone_starts(tail):
        word = _ZONE_WORD_AT.match(tail, start)
        upper = word[1].upper() if word else ""
        if upper in AMBIGUOUS_ZONES and in_capitals(upper, raw):
            return upper
    return None


def abbreviation_offset(abbreviation: str, date: dt.date | None) -> int:
    """The offset of an abbreviation of one meaning (`ZONE_ABBREVIATIONS`, in capitals) on a day: its
    zone's standard offset that year for one of ZONE_STANDARD_TIMES ("MSK" in 2012 is +04:00; from
    1993: before, Moscow kept EET in 1991-1992 and local mean time before 1930 in the tz database,
    which no text calls MSK), else its fixed one."""
    zone = ZONE_STANDARD_TIMES.get(abbreviation)
    offsets = standard_offsets(zone, date) if zone and date is not None and date.year >= 1993 else ()
    return next(iter(offsets)) if len(offsets) == 1 else ZONE_ABBREVIATIONS[abbreviation]


def generic_written(abbreviation: str, raw: str) -> bool:
    """Whether a generic abbreviation (`GENERIC_ABBREVIATIONS`) is written as one: in capitals, in a
    text not written all in capitals ("10:30 a.m. ET", "2022-03-12 23:00 ET"; in "3 MAI 2019 À 20:00
    ET MARDI" it is French "and"), or right after an English day period, ending the text or a part of
    it ("DEC 16 2016, 9:25 PM ET"; not "10 PM ET MARDI")."""
    others = [char for char in raw.replace(abbreviation, "") if char.isalpha()]
    return in_capitals(abbreviation, raw) and (
        not (len(others) >= 3 and all(char.isupper() for char in others))
        or re.search(rf"(?<![^\W\d_])[AP]\.?M\.?\s*{abbreviation}\s*(?:$|[,;)\]])", raw) is not None)


def generic_offset(abbreviation: str, date: dt.date | None, time: TimeOfDay | None = None) -> int | bool:
    """The offset of a generic abbreviation (`GENERIC_ABBREVIATIONS`) on a day; on the day its
    clocks change, the one most of its zones have at `time` ("2022-03-13 23:00 ET" is -04:00); False
    without a date, or on that day without a time or in the hour the clocks skip or repeat."""
    if date is None:
        return False
    metazone = GENERIC_ABBREVIATIONS[abbreviation]
    offsets = generic_offsets(metazone, date)
    if len(offsets) == 1:
        return next(iter(offsets))
    if time is None or not offsets:
        return False
    ranked = Counter(frozenset(_zone_offsets(zone, date, time)) for zone in generic_zones(metazone)).most_common()
    most, count = ranked[0]
    return next(iter(most)) if len(most) == 1 and [n for _, n in ranked].count(count) == 1 else False


def ambiguous_zone_before(head: str, raw: str) -> str | None:
    """The abbreviation of several zones in capitals that ends the text before a clock ("CST
    上午4:40"), or None."""
    word = _ZONE_WORD_BEFORE.search(head.rstrip(" ,"))
    upper = word[1].upper() if word else ""
    return upper if upper in AMBIGUOUS_ZONES and in_capitals(upper, raw) else None


def bracketed_zone_name(text: str) -> tuple[int, str] | None:
    """Where the bracketed CLDR zone name after an offset that ends a normalised text starts, and
    the name (JavaScript's "... gmt+0200 (mitteleuropäische sommerzeit)")."""
    found = _OFFSET_THEN_BRACKETS.search(text)
    if found is None or (named := zone_name_after(text, found.start(1))) is None or named[0] != found.end(1):
        return None
    return found.start(1) - 1, found[1]


_OFFSET_THEN_BRACKETS = re.compile(r"[+-][0-9]{2}:?[0-9]{2}\s*\(([^()]+)\)\s*$")


def in_utc(date: str, time: TimeOfDay) -> str:
    """The datetime `date` + `time` (which has a zone) in UTC, as "YYYY-MM-DDTHH:MM[:SS[.f]]Z"."""
    leap = time.second == 60  # a leap second (`leap_second`): 23:59:60 UTC
    written = replace(time, second=59) if leap else time
    local = dt.datetime.fromisoformat(f"{date}T{written.clock}{'+00:00' if time.zone == 'Z' else time.zone}")
    utc = local.astimezone(dt.timezone.utc)
    moved = TimeOfDay(utc.hour, utc.minute, None if time.second is None else utc.second + leap, time.fraction, "Z")
    return f"{utc.date().isoformat()}{moved}"
