"""Times of day for the training pairs: every way a text may write a clock, and the label it gives.

A clock is a time of day as one text writes it ("10:42 PM", "15 Uhr", "午後3時42分", "noon",
"10:42 (Europe/Paris)") together with what the text says, a `Clock`. With `generate --times` a row's
label carries it after the date (`1979-05-03T22:42`; `0000-00-00T22:42` for a time with no date),
with seconds, a fraction and a zone only when the text writes them, so the model learns to copy what
is written and invent nothing. UTC and GMT are `Z`, an offset is itself, an abbreviation is labelled
only when it has one meaning (`CEST`, never `IST`), and an IANA name gets the offset `zoneinfo` gives
it at that date and time, daylight saving included. A locale's ways of writing a time (its CLDR
formats, forms of every language, its language's own) are its `time_catalogue`; `datenorm.generate`
draws from it and joins the clock to the date. Without `times`, `generate` appends a few of these
clocks unlabelled (`time_of_day`, `native_clock`), with the draws its old files were made with.
Finding a clock in a text to read the date without it is `datenorm.clock`'s job, not this module's.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, replace

from babel import Locale
from babel.dates import format_datetime

from datenorm.clockwords import DAY_PERIOD_WORDS, noon_or_midnight_words, zone_name_after
from datenorm.text import normalize_text
from datenorm.timeofday import (AMBIGUOUS_ZONE_ABBREVIATIONS, GENERIC_ABBREVIATIONS, MIDNIGHT_WORDS, NOON_WORDS,
                                ZONE_ABBREVIATIONS, ZONE_STANDARD_TIMES, abbreviation_offset, generic_offset,
                                offset_label)

# CLDR's four widths, shared by its date, time and date+time formats: `generate` joins a time to a
# CLDR date with the date+time pattern of the date's width.
CLDR_WIDTHS = ("short", "medium", "long", "full")


@dataclass(frozen=True)
class Clock:
    """A time of day as a text writes it, and the parts of the label the text witnesses."""

    text: str
    hour: int  # 0-23, as the text means it: "10:42 PM" is 22, "12:05 AM" is 0
    minute: int = 0  # 0 also when the text writes the hour alone ("15 Uhr") or a noon/midnight word
    second: int | None = None  # only when the text writes seconds
    fraction: str = ""  # a fraction of a second's digits, exactly as written ("123" of 10:42:07.123)
    zone: str = ""  # the label's zone: "Z", "+05:30", or "" when the text writes none
    zone_name: str = ""  # a named zone as written ("Europe/Paris", "CEST"); its offset is `zone`

    def label(self) -> str:
        """"THH:MM", with ":SS", ".f..." and the zone only when the text writes them."""
        seconds = "" if self.second is None else f":{self.second:02d}" + (f".{self.fraction}" if self.fraction else "")
        return f"T{self.hour:02d}:{self.minute:02d}{seconds}{self.zone}"


# IANA zones a text may name ("10:42 (Europe/Paris)"); the label carries the offset the zone has at
# that date and time, daylight saving included. The tz database is exact from 1970; before it many
# zones kept a local mean time of seconds (Paris was +00:09:21), so earlier dates get no named zone.
IANA_ZONES = ("Europe/Paris", "Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Moscow", "America/New_York",
              "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Shanghai",
              "Asia/Kolkata", "Asia/Dubai", "Australia/Sydney", "Africa/Johannesburg")
NAMED_ZONES_FROM = 1970
# Offsets people write, in minutes: every whole hour from -11 to +14, and the half and quarter
# hours of India, Iran, Afghanistan, Nepal, Myanmar, Newfoundland and South Australia.
WHOLE_HOUR_OFFSETS = tuple(range(-660, 841, 60))
ODD_OFFSETS = (330, 210, 270, 345, 390, 570, 630, -210, -150)
_ZONE_WRITTEN = re.compile(r"(?:(UTC|GMT)\s?)?([+-])([0-9]{1,2}):?([0-9]{2})?")


def read_zone(written: str) -> tuple[str, str]:
    """The label's zone and the `zone` column for a zone a text writes after a clock: "Z", "UTC" and
    "GMT" (and "UTC+0") are Z; a numeric offset is itself, its sign as written ("-0000" is -00:00);
    an abbreviation of ZONE_ABBREVIATIONS is its fixed offset, and is named in the `zone` column."""
    written = written.strip()
    if written in ("Z", "UTC", "GMT"):
        return "Z", ""
    numeric = _ZONE_WRITTEN.fullmatch(written)
    if numeric:
        name, sign, hours, minutes = numeric.groups()
        if name and int(hours) == int(minutes or 0) == 0:
            return "Z", ""
        return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}", ""
    if written.upper() in ZONE_ABBREVIATIONS:
        return offset_label(ZONE_ABBREVIATIONS[written.upper()]), written
    raise ValueError(f"no zone a label can carry: {written!r}")


def zone_offset(name: str, date: dt.date, hour: int, minute: int) -> int | None:
    """Minutes east of UTC that the IANA zone `name` has at this local date and time (daylight saving
    included), or None where that is no single offset: a time skipped or repeated when the clocks
    change, or a date before NAMED_ZONES_FROM."""
    if date.year < NAMED_ZONES_FROM:
        return None
    local = dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=zoneinfo.ZoneInfo(name))
    offset = local.utcoffset()
    if offset is None or offset != local.replace(fold=1).utcoffset() or offset.total_seconds() % 60:
        return None
    return int(offset.total_seconds()) // 60


# --- times of day --------------------------------------------------------------------------------
#
# Every clock is written from the parts its label says, and every part of the label is written: the
# hour and the minute in digits (a 12-hour clock writes 1-12, and its period says whether to add 12),
# or a noon or midnight word; seconds, a fraction and a zone only where the text writes them.

# Clocks as a few languages write them, outside CLDR. A layout's fields: {H} the hour 0-23, {HH}
# two-digit, {h} the hour 1-12 and {K} 0-11 (only beside {p} or {ampm}, which tell morning from
# afternoon), {M} the minute in two digits, {m} as a number, {p} the part of the day
# (DAY_PERIOD_WORDS), {ampm} the language's AM/PM word. A form that writes no minute (its label's is
# 00) has "hour" in its id. These are the forms the unlabelled augmentation always wrote:
EUROPEAN_CLOCKS = {
    "fr": (("time-fr:h", "{H}h{M}"), ("time-fr:h", "{H} h {M}"), ("time-fr:h-hour", "{H}h"), ("time-fr:h", "à {H}h{M}"),
           ("time-fr:h", "à {H} h {M}"), ("time-fr:a", "à {H}:{M}")),
    "pt": (("time-pt:h-hour", "{H}h"), ("time-pt:h", "{H}h{M}"), ("time-pt:h", "às {H}h{M}"), ("time-pt:h-hour", "às {H}h"),
           ("time-pt:as", "às {H}:{M}")),
    "es": (("time-es:a-las", "a las {H}:{M}"), ("time-es:h", "{H}:{M} h"), ("time-es:a-las", "a las {H}:{M} h")),
    "de": (("time-de:uhr", "um {H}:{M} Uhr"), ("time-de:uhr", "{H}:{M} Uhr"), ("time-de:uhr", "{H}.{M} Uhr"),
           ("time-de:uhr-hour", "um {H} Uhr")),
    "it": (("time-it:alle", "alle {H}:{M}"), ("time-it:ore", "ore {H}:{M}"), ("time-it:ore", "alle ore {H}.{M}")),
    "nl": (("time-nl:om", "om {H}:{M}"), ("time-nl:uur", "{H}.{M} uur"), ("time-nl:uur", "om {H}:{M} uur")),
    "ru": (("time-ru:v", "в {H}:{M}"), ("time-ru:msk", "{H}:{M} мск")),  # мск: Moscow time, +03:00
}
# ... and these only labelled rows write:
_KL = (("time-kl", "kl. {H}.{M}"), ("time-kl", "kl {H}:{M}"), ("time-kl", "kl. {HH}:{M}"), ("time-kl-hour", "kl. {H}"))
LANGUAGE_CLOCKS = {
    "en": (("time-en:oclock-hour", "{h} o'clock {p}"), ("time-en:oclock-hour", "at {h} o'clock {p}"),
           ("time-en:period", "{h}:{M} {p}")),
    "fr": (("time-fr:period", "{h}h{M} {p}"), ("time-fr:period", "{h}:{M} {p}"), ("time-fr:period-hour", "{h} h {p}"),
           ("time-fr:period-hour", "à {h} heures {p}")),
    "es": (("time-es:period-hour", "a las {h} {p}"), ("time-es:period", "{h}:{M} {p}"), ("time-es:period", "a las {h}:{M} {p}"),
           ("time-es:horas", "a las {H}:{M} horas"), ("time-es:horas", "{HH}:{M} hrs"), ("time-es:horas-hour", "a las {H} hrs")),
    "pt": (("time-pt:period-hour", "às {h} {p}"), ("time-pt:period", "{h}h{M} {p}"), ("time-pt:horas-hour", "às {H} horas")),
    "it": (("time-it:period-hour", "alle {h} {p}"), ("time-it:period", "alle {h}:{M} {p}"),
           ("time-it:ore", "le ore {HH}.{M}"), ("time-it:ore-hour", "alle ore {H}"), ("time-it:ore-hour", "ore {H}")),
    "he": (("time-he:b", "ב-{H}:{M}"), ("time-he:b", "בשעה {HH}:{M}")),
    "de": (("time-de:uhr-period-hour", "um {h} Uhr {p}"), ("time-de:uhr-period", "{h}:{M} Uhr {p}"),
           ("time-de:uhr-hour", "{H} Uhr")),
    "fi": (("time-fi:klo", "klo {H}.{M}"), ("time-fi:klo", "kello {H}.{M}"), ("time-fi:klo-hour", "klo {H}")),
    "sv": _KL, "da": _KL, "nb": _KL, "nn": _KL, "no": _KL,
    "id": (("time-id:pukul", "pukul {H}.{M}"), ("time-id:pukul", "pukul {HH}:{M}")),
    "ms": (("time-ms:pukul", "pukul {H}.{M}"),),
    "pl": (("time-pl:godz", "o godz. {H}:{M}"), ("time-pl:godz", "godz. {H}.{M}")),
    "ar": (("time-ar:ampm", "{h}:{M} {ampm}"), ("time-ar:ampm", "الساعة {h}:{M} {ampm}")),
    "ja": (("time-ja:ampm-k", "{ampm}{K}時{m}分"), ("time-ja:ampm-k-hour", "{ampm}{K}時")),  # 午前0時 is 00, 午後0時 12
}
AMPM_WORDS = {"ar": ("ص", "م"), "ja": ("午前", "午後"), "ko": ("오전", "오후")}
# The hours a Chinese part of the day gives a 12-hour clock: 下午3点 is 15:00, 凌晨3点 03:00; other
# pairs (下午11点, 晚上3点) are no time anyone writes, and are never labelled.
ZH_PERIOD_HOURS = {
    "凌晨": {h: h for h in range(1, 6)}, "早上": {h: h for h in range(5, 10)}, "上午": {h: h for h in range(1, 12)},
    "中午": {11: 11, 12: 12, 1: 13}, "下午": {h: h + 12 for h in range(1, 8)}, "晚上": {h: h + 12 for h in range(6, 12)},
}
TIME_SKELETONS = ("hm", "hms", "Bhm", "Bhms", "Hm", "Hms")
# Zones a CLDR time format's zone field is rendered in, daylight saving included: Babel writes them
# as the locale does ("CEST", "MESZ", "heure d'été d'Europe centrale", "GMT+02:00", "+0200").
CLDR_ZONES = ("UTC", "Europe/London", "Europe/Paris", "Europe/Moscow", "America/New_York", "America/Los_Angeles",
              "America/Sao_Paulo", "Asia/Tokyo", "Asia/Shanghai", "Asia/Kolkata", "Australia/Sydney")
# Fixed offsets for the others: Babel floors the hour of a negative half hour (-02:30 is "GMT-03:30")
CLDR_FIXED_OFFSETS = WHOLE_HOUR_OFFSETS + tuple(m for m in ODD_OFFSETS if m > 0)

ClockWriter = Callable[[dt.date | None, random.Random], tuple[str, Clock] | None]


def _layout(layout: str, lang: str, h: int, m: int = 0, period: str = "") -> str:
    ampm = AMPM_WORDS.get(lang, ("AM", "PM"))[h >= 12]
    return layout.format(H=h, HH=f"{h:02d}", h=(h % 12) or 12, K=h % 12, M=f"{m:02d}", m=m, p=period, ampm=ampm)


def time_of_day(rng: random.Random, nanoseconds: bool = False) -> tuple[str, Clock]:
    """A time as people and programs append it, and its form id: 10:42 (`time`), 10:42:07.123
    (`time-seconds`), 9:05 p.m. (`time-12h`), 10:42:07 +0000 (`time-zone`). `nanoseconds`: a
    fraction may have 9 digits too (a labelled time; the dates-only files stay as they were)."""
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    kind = rng.randrange(4)
    if kind == 0:
        return "time", Clock(f"{h:02d}:{m:02d}", h, m)
    if kind == 1:
        fraction = rng.choice(("", "", f"{rng.randrange(1000):03d}", f"{rng.randrange(10**6):06d}")
                              + ((f"{rng.randrange(10**9):09d}",) if nanoseconds else ()))  # Go's, Java's
        return "time-seconds", Clock(f"{h:02d}:{m:02d}:{s:02d}" + (f".{fraction}" if fraction else ""), h, m, s, fraction)
    if kind == 2:
        seconds = s if rng.random() < 0.3 else None
        clock = f"{(h % 12) or 12}:{m:02d}" + ("" if seconds is None else f":{s:02d}")
        glue, period = rng.choice((" ", " ", "")), rng.choice(("AM", "PM", "am", "pm", "a.m.", "p.m."))
        # The period is drawn apart from the hour, and the text means what it writes: 12 AM is 00, 12 PM 12
        hour = h % 12 + (12 if period[0] in "Pp" else 0)
        return "time-12h", Clock(f"{clock}{glue}{period}", hour, m, seconds)
    seconds = s if rng.random() < 0.6 else None
    clock = f"{h:02d}:{m:02d}" + ("" if seconds is None else f":{s:02d}")
    zone = rng.choice((" UTC", " GMT", "Z", " +0000", " +02:00", " -05:00", " +0530", " CET", " EST", " PST"))
    return "time-zone", Clock(clock + zone, h, m, seconds, "", *read_zone(zone))


def native_clock(lang: str, rng: random.Random) -> tuple[str, str, Clock | None] | None:
    """A time as Japanese, Chinese, Korean, Thai and a few European languages write it (10時42分,
    下午3:45, 오후 3시 45분, 10:42 น., à 10h30, um 10:30 Uhr): its form id, its text and the clock it
    writes, None for a text no one would write for a time (午前12時 is noon to some and midnight to
    others, 晚上3点 "3 in the evening"), or None for other languages. Morning or afternoon is drawn
    apart from the hour, as it always was, and the clock is what the text then says."""
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    h12 = (h % 12) or 12
    if lang in EUROPEAN_CLOCKS:
        form_id, layout = rng.choice(EUROPEAN_CLOCKS[lang])
        text = _layout(layout, lang, h, m)
        last_word = layout.rsplit(" ", 1)[-1]  # a zone ("мск") ends the layout that writes one
        zone = read_zone(last_word) if last_word.upper() in ZONE_ABBREVIATIONS else ("", "")
        return form_id, text, Clock(text, h, m if "{M}" in layout else 0, None, "", *zone)
    if lang == "ja":
        periods = [rng.choice(("午前", "午後")) for _ in range(3)]
        hours = [None if h12 == 12 else h12 + 12 * (p == "午後") for p in periods]
        forms = (("time-ja:kanji", f"{h}時{m}分", h, m, None), ("time-ja:kanji", f"{h:02d}時{m:02d}分", h, m, None),
                 ("time-ja:kanji", f"{h}時{m}分{s}秒", h, m, s), ("time-ja:kanji-hour", f"{h}時", h, 0, None),
                 ("time-ja:ampm", f"{periods[0]}{h12}時{m}分", hours[0], m, None),
                 ("time-ja:ampm-hour", f"{periods[1]}{h12}時", hours[1], 0, None),
                 ("time-ja:ampm", f"{periods[2]}{h12}:{m:02d}", hours[2], m, None))
    elif lang in ("zh", "yue"):
        part = rng.choice(("上午", "下午", "晚上", "早上", "凌晨", "中午"))
        hour_word = rng.choice(("点", "點", "时", "時"))
        at = ZH_PERIOD_HOURS[part].get(h12)
        forms = (("time-zh:period", f"{part}{h12}:{m:02d}", at, m, None), ("time-zh:period-hour", f"{part}{h12}{hour_word}", at, 0, None),
                 ("time-zh:period", f"{part}{h12}{hour_word}{m}分", at, m, None), ("time-zh:kanji", f"{h}{hour_word}{m}分", h, m, None),
                 ("time-zh:kanji", f"{h}{hour_word}{m:02d}分{s}秒", h, m, s), ("time-zh:kanji-hour", f"{h}{hour_word}", h, 0, None))
    elif lang == "ko":
        part = rng.choice(("오전", "오후"))
        at = h12 % 12 + 12 * (part == "오후")  # 오전 12시 is 00, 오후 12시 noon
        forms = (("time-ko:ampm", f"{part} {h12}:{m:02d}", at, m, None), ("time-ko:ampm", f"{part} {h12}시 {m}분", at, m, None),
                 ("time-ko:ampm-hour", f"{part} {h12}시", at, 0, None), ("time-ko:si", f"{h}시 {m}분", h, m, None),
                 ("time-ko:si", f"{h}시 {m}분 {s}초", h, m, s), ("time-ko:si-hour", f"{h}시", h, 0, None))
    elif lang == "th":
        forms = (("time-th:na", f"{h:02d}:{m:02d} น.", h, m, None), ("time-th:na", f"เวลา {h:02d}:{m:02d} น.", h, m, None),
                 ("time-th:na", f"{h}.{m:02d} น.", h, m, None))
    else:
        return None
    form_id, text, hour, minute, second = rng.choice(forms)
    return form_id, text, None if hour is None else Clock(text, hour, minute, second)


def _layout_writer(lang: str, form_id: str, layout: str) -> ClockWriter:
    """A writer of one LANGUAGE_CLOCKS layout: a day period's words decide the hours it may draw."""
    def write(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
        period = ""
        if "{p}" in layout:
            first, last, period = rng.choice(DAY_PERIOD_WORDS[lang])
            h = rng.randrange(first, last)
        else:
            h = rng.randrange(24)
        m = rng.randrange(60) if "{M}" in layout or "{m}" in layout else 0
        return form_id, Clock(_layout(layout, lang, h, m, period=period), h, m)
    return write


def _noon_writer(lang: str) -> ClockWriter:
    """Noon or midnight as a word: `time-noon` (12:00) and `time-midnight` (00:00)."""
    words = ([("time-noon", w, 12) for w in _noon_words(lang, "noon")]
             + [("time-midnight", w, 0) for w in _noon_words(lang, "midnight")])

    def write(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
        form_id, word, hour = rng.choice(words)
        return form_id, Clock(word, hour)
    return write


def _noon_words(lang: str, kind: str) -> tuple[str, ...]:
    """A language's words for noon or midnight: its free forms (`NOON_WORDS`, `MIDNIGHT_WORDS`) and
    CLDR's day periods (Croatian "podne", Turkish "gece yarısı")."""
    free = (NOON_WORDS if kind == "noon" else MIDNIGHT_WORDS).get(lang, ())
    return tuple(dict.fromkeys((*free, *noon_or_midnight_words(kind).get(lang, ()))))


def _native_writer(lang: str) -> ClockWriter:
    def write(date: dt.date | None, rng: random.Random) -> tuple[str, Clock] | None:
        form_id, _, clock = native_clock(lang, rng)  # type: ignore[misc]  # lang has native clocks
        return None if clock is None else (form_id, _on_the_day(clock, date))
    return write


def _on_the_day(clock: Clock, date: dt.date | None) -> Clock:
    """A clock whose zone is an abbreviation of ZONE_STANDARD_TIMES labelled at that standard time's
    offset on the day ("14:30 мск" in 2012 is +04:00)."""
    name = clock.zone_name.upper()
    if date is None or name not in ZONE_STANDARD_TIMES:
        return clock
    return replace(clock, zone=offset_label(abbreviation_offset(name, date)))


def _offset_text(minutes: int, style: str) -> str:
    """An offset as written: "+0530" (basic), "+05:30" (extended), "+05" (hours), "+5" or "+5:30" (short)."""
    sign, (hours, rest) = "-" if minutes < 0 else "+", divmod(abs(minutes), 60)
    if style == "basic":
        return f"{sign}{hours:02d}{rest:02d}"
    if style == "extended":
        return f"{sign}{hours:02d}:{rest:02d}"
    if style == "hours":
        return f"{sign}{hours:02d}"
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _draw_offset(rng: random.Random) -> int:
    """An offset in minutes: mostly whole hours, then the half and quarter hours zones keep, and one
    in twenty of any minute up to 14 hours, as tests and old local mean times write them (Go's
    "+0123", Amsterdam's "+00:20" in 1937), so that the model copies an offset's digits."""
    draw = rng.random()
    if draw < 0.78:
        return rng.choice(WHOLE_HOUR_OFFSETS)
    if draw < 0.95:
        return rng.choice(ODD_OFFSETS)
    return rng.choice((-1, 1)) * rng.randrange(1, 14 * 60)


def _zone_clock(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
    """A clock and a zone, in the forms machines and people write: 10:42 +0530, 10:42:07+05:30
    (`time-zone-offset`), 10:42 UTC+2, 22:15 GMT-05:00, 10:42 UTC (`time-zone-utc`), 10:42 PM EST
    (`time-zone-abbr`), 10:42 (Europe/Paris) (`time-zone-iana`: only beside a date from 1970 on,
    at a time its zone has once; otherwise an abbreviation)."""
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    kind = rng.random()
    second = s if kind < 0.3 else None
    if kind < 0.5:
        text = f"{h:02d}:{m:02d}" + ("" if second is None else f":{s:02d}")
    else:
        text = f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    kind = rng.random()
    if kind < 0.25:
        minutes = _draw_offset(rng)
        styles = ("basic", "extended") + (() if minutes % 60 else ("hours",))
        written = _offset_text(minutes, rng.choice(styles))
        return "time-zone-offset", Clock(f"{text}{rng.choice((' ', ' ', ''))}{written}", h, m, second, "", offset_label(minutes))
    if kind < 0.5:
        name = rng.choice(("UTC", "GMT"))
        if rng.random() < 0.3:
            return "time-zone-utc", Clock(f"{text} {name}", h, m, second, "", "Z")
        minutes = 0 if rng.random() < 0.1 else _draw_offset(rng)
        # "UTC-7" and "GMT+5:30", never a bare "-7", which reads as the end of a range
        written = _offset_text(minutes, rng.choice(("short", "short", "extended")))
        return "time-zone-utc", Clock(f"{text} {name}{written}", h, m, second, "", "Z" if minutes == 0 else offset_label(minutes))
    iana = rng.choice(IANA_ZONES) if kind >= 0.75 and date is not None else None
    minutes = zone_offset(iana, date, h, m) if iana and date else None
    if iana and minutes is not None:
        shown = rng.choice((" ({})", " {}", " [{}]")).format(iana)
        return "time-zone-iana", Clock(text + shown, h, m, second, "", offset_label(minutes), iana)
    if date is not None and rng.random() < 0.2:  # "10:42 AM ET": the offset the day keeps
        abbreviation = rng.choice(sorted(GENERIC_ABBREVIATIONS))
        if (minutes := generic_offset(abbreviation, date)) is not False:
            return "time-zone-generic", Clock(f"{text} {abbreviation}", h, m, second, "", offset_label(minutes),
                                              abbreviation)
    abbreviation = rng.choice(sorted(ZONE_ABBREVIATIONS))
    clock = Clock(f"{text} {abbreviation}", h, m, second, "", *read_zone(abbreviation))
    return "time-zone-abbr", _on_the_day(clock, date)


def _iso_clock(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
    """An ISO 8601 time, with 1-9 digits of fraction (.NET's round trip writes 7, Go's and Java's
    up to 9) and a zone (Z, +02:00, +0200, +02) or none: `time-iso`; after an ISO date it is joined
    with a T (2019-05-03T10:42:07.123Z)."""
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    second = s if rng.random() < 0.85 else None
    digits = rng.choice((0, 0, 1, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 9)) if second is not None else 0
    fraction = f"{rng.randrange(10**digits):0{digits}d}" if digits else ""
    text = f"{h:02d}:{m:02d}" + ("" if second is None else f":{s:02d}") + (f".{fraction}" if fraction else "")
    kind = rng.random()
    if kind < 0.3:
        return "time-iso", Clock(text + "Z", h, m, second, fraction, "Z")
    if kind < 0.75:
        minutes = _draw_offset(rng)
        written = _offset_text(minutes, rng.choice(("extended", "extended", "basic") + (() if minutes % 60 else ("hours",))))
        return "time-iso", Clock(text + written, h, m, second, fraction, offset_label(minutes))
    return "time-iso", Clock(text, h, m, second, fraction)


def _hour_clock(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
    """An hour and AM/PM: 3 pm, 10am, 7 p.m. (`time-12h-hour`; the label's minute is 00), and with
    a zone, as press releases write it: 3 p.m. ET, 11 am PST, 11 am UTC+2 (`time-12h-hour-zone`)."""
    h = rng.randrange(24)
    period = rng.choice((("am", "pm"), ("AM", "PM"), ("a.m.", "p.m."), ("am", "pm")))[h >= 12]
    text = f"{(h % 12) or 12}{rng.choice(('', ' '))}{period}"
    if rng.random() < 0.6:
        return "time-12h-hour", Clock(text, h)
    zone, written, name = _written_zone(date, rng)
    return "time-12h-hour-zone", Clock(f"{text} {written}", h, 0, None, "", zone, name)


def _written_zone(date: dt.date | None, rng: random.Random) -> tuple[str, str, str]:
    """A zone written after a clock, and the label's zone and the `zone` column for it: an
    abbreviation of one meaning, a generic one at the offset the day keeps ("ET", with a date on
    which the clocks do not change), UTC or GMT, or an offset after them."""
    kind = rng.random()
    if kind < 0.3 and date is not None:
        abbreviation = rng.choice(sorted(GENERIC_ABBREVIATIONS))
        minutes = generic_offset(abbreviation, date)
        if minutes is not False:
            return offset_label(minutes), abbreviation, abbreviation
    if kind < 0.7:
        abbreviation = rng.choice(sorted(ZONE_ABBREVIATIONS))
        return offset_label(abbreviation_offset(abbreviation, date)), abbreviation, abbreviation
    name, minutes = rng.choice(("UTC", "GMT")), 0 if rng.random() < 0.3 else _draw_offset(rng)
    written = name + ("" if minutes == 0 else _offset_text(minutes, rng.choice(("short", "extended"))))
    return "Z" if minutes == 0 else offset_label(minutes), written, ""


def _unquoted(pattern: str) -> str:
    return re.sub(r"'[^']*'", "", pattern)


@functools.lru_cache(maxsize=None)
def _period_names(name: str, field: str) -> tuple[str, ...] | None:
    """What a CLDR period field (a, B, BBBB...) writes at each hour and half past, or None when Babel
    cannot write it for this locale."""
    try:
        return tuple(format_datetime(dt.datetime(2001, 1, 1, h, m), field, locale=name)
                     for h in range(24) for m in (0, 30))
    except Exception:  # noqa: BLE001 - Babel lacks period data it needs (az_Arab's night2)
        return None


def _writes_its_hour(pattern: str, locale: Locale) -> bool:
    """Whether `pattern` writes a clock its label can be read from: an hour (H, or h/K with a period
    field that tells every morning hour from its afternoon one) and a minute, and nothing else than
    seconds and a zone."""
    letters = _unquoted(pattern)
    fields = set(re.findall(r"[A-Za-z]", letters))
    if "m" not in fields or not fields & set("hHK") or not fields <= set("hHKmsaBbzZ"):
        return False
    if fields & set("hK"):
        period = re.search(r"a+|b+|B+", letters)
        names = _period_names(str(locale), period.group()) if period else None
        if names is None or any(names[i] == names[i + 24] for i in range(24)):
            return False  # two hours twelve apart would be written alike
    try:
        format_datetime(dt.datetime(2001, 1, 1, 13, 42, 7), pattern, locale=locale)
    except Exception:  # noqa: BLE001
        return False
    return True


def _read_babel_zone(written: str, minutes: int, date: dt.date | None = None) -> tuple[str, str] | None:
    """The label's zone and the `zone` column for a zone Babel wrote at an offset of `minutes`, or
    None when what it wrote is no witness of that offset: a name of several zones (en_IN's "IST",
    en_GB's summer "BST"), digits of another offset (Babel writes -02:30 as "GMT-03:30"), UTC's
    name for another offset (Europe/London's "GMT" in 1968-1971, when it kept +01:00), or a zone
    name the witness reads at another offset on `date` (`datenorm.clockwords.zone_name_after`)."""
    if minutes and written.strip().upper() in ("GMT", "UTC", "UT"):
        return None
    name = f" {normalize_text(written)}"
    named = zone_name_after(name, 0, date) if date and not any(map(str.isdigit, written)) else None
    if named is not None and named[0] == len(name) and minutes not in named[1]:
        return None  # the witness reads the whole name at another offset that day
    if any(c.isdigit() for c in written):  # "+0200", "GMT+02:00", "Гринуич-05:00"
        digits = re.search(r"([+-])([0-9]{1,2}):?([0-9]{2})?", written)
        if not digits or (-1 if digits[1] == "-" else 1) * (int(digits[2]) * 60 + int(digits[3] or 0)) != minutes:
            return None
        return ("Z" if minutes == 0 and re.search(r"[^\W\d_]", written) else offset_label(minutes)), ""
    if minutes == 0:  # "UTC", "GMT", "TU", "Coordinated Universal Time", "Greenwich Mean Time"
        return "Z", ""
    if written.upper() in AMBIGUOUS_ZONE_ABBREVIATIONS or ZONE_ABBREVIATIONS.get(written.upper(), minutes) != minutes:
        return None
    return offset_label(minutes), written


def _cldr_writer(locale: Locale, form_id: str, pattern: str) -> ClockWriter:
    """A writer of a CLDR time pattern; a zone field is rendered in a zone of CLDR_ZONES where the date
    allows one (`zone_offset`), and otherwise at a fixed offset, which Babel writes in digits or as UTC."""
    letters = _unquoted(pattern)
    zone_field = re.search(r"z+|Z+", letters)
    seconds = "s" in letters

    def write(date: dt.date | None, rng: random.Random) -> tuple[str, Clock]:
        h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
        day = date or dt.date(2001, 1, 1)
        moment = dt.datetime(day.year, day.month, day.day, h, m, s)
        zone = ("", "")
        if zone_field:
            name = rng.choice(CLDR_ZONES) if date is not None and rng.random() < 0.7 else None
            minutes = zone_offset(name, day, h, m) if name else None
            read = None
            if name and minutes is not None:
                moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(name))
                read = _read_babel_zone(format_datetime(moment, zone_field.group(), locale=locale), minutes, day)
            if read is None:
                minutes = rng.choice(CLDR_FIXED_OFFSETS) if rng.random() < 0.7 else 0 if minutes is None else minutes
                moment = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
                read = _read_babel_zone(format_datetime(moment, zone_field.group(), locale=locale), minutes)
            assert read is not None, (str(locale), pattern)  # a fixed offset is written in digits or as UTC
            zone = read
        text = format_datetime(moment, pattern, locale=locale)
        return form_id, Clock(text, h, m, s if seconds else None, "", *zone)
    return write


def _cldr_time_patterns(locale: Locale) -> list[tuple[str, str]]:
    """The locale's CLDR time formats (`time-cldr-short`...`-full`; `-long-gmt`, `-full-gmt` with the
    zone as GMT+02:00) and 12-hour, day-period and 24-hour skeletons (`time-cldr-hm`, `-Bhm`, `-Hm`...)
    that write a readable clock."""
    formats = {w: locale.time_formats[w].pattern for w in CLDR_WIDTHS}
    candidates = [(f"time-cldr-{w}", formats[w]) for w in CLDR_WIDTHS]
    for width in ("long", "full"):  # the zone as GMT+02:00, outside the quotes
        gmt = re.sub(r"('[^']*')|z+", lambda match: match.group(1) or "ZZZZ", formats[width])
        candidates.append((f"time-cldr-{width}-gmt", gmt))
    skeletons = locale.datetime_skeletons
    candidates += [(f"time-cldr-{s}", skeletons[s].pattern) for s in TIME_SKELETONS if s in skeletons]
    patterns, seen = [], set()
    for form_id, pattern in candidates:
        if pattern not in seen and _writes_its_hour(pattern, locale):
            seen.add(pattern)
            patterns.append((form_id, pattern))
    return patterns


@dataclass(frozen=True)
class TimeCatalogue:
    """The ways one locale writes a time of day, in three groups, and how CLDR joins a time to a date."""

    cldr: tuple[ClockWriter, ...]  # the locale's CLDR time formats
    common: tuple[ClockWriter, ...]  # 10:42, 9:05 p.m., zones and offsets, ISO times: any language
    language: tuple[ClockWriter, ...]  # the language's own (14h30, 15 Uhr, 午後3時42分, noon words)
    joins: dict[str, tuple[str, ...]]  # CLDR width -> the locale's date+time patterns, "{1}, {0}" ({1} the date)


# CLDR's "atTime" date+time patterns (CLDR 42 on, as ICU writes long and full datetimes: Node's
# Intl, Java) where they join with words, which Babel 2.18 does not carry: "17 மார்ச், 2019 அன்று
# 9:04 PM", "17 మార్చి, 2019 9:04 PMకి", "lúc 21:04 17 tháng 3, 2019".
AT_TIME_JOINS = {
    "ta": "{1} அன்று {0}", "te": "{1} {0}కి", "ml": "{1} {0}-ന്", "kn": "{1} ರಂದು {0} ಸಮಯಕ್ಕೆ",
    "mr": "{1} रोजी {0} वाजता", "hi": "{1} को {0} बजे", "ur": "{1} کو {0}", "bn": "{1} এ {0}", "vi": "lúc {0} {1}",
}


@functools.lru_cache(maxsize=None)
def time_catalogue(name: str) -> TimeCatalogue:
    locale = Locale.parse(name)
    lang = locale.language
    cldr = tuple(_cldr_writer(locale, form_id, pattern) for form_id, pattern in _cldr_time_patterns(locale))
    common: tuple[ClockWriter, ...] = (lambda date, rng: time_of_day(rng), _zone_clock, _iso_clock, _hour_clock)
    language: list[ClockWriter] = []
    if native_clock(lang, random.Random(0)) is not None:
        language += [_native_writer(lang)] * 3  # its many forms weigh as three
    language += [_layout_writer(lang, form_id, layout) for form_id, layout in LANGUAGE_CLOCKS.get(lang, ())]
    if _noon_words(lang, "noon") or _noon_words(lang, "midnight"):
        language.append(_noon_writer(lang))
    # Babel joins a date and a time the same way: the pattern with its quotes dropped
    joins = {w: (str(locale.datetime_formats.get(w, "{1} {0}")).replace("'", ""),) for w in CLDR_WIDTHS}
    if lang in AT_TIME_JOINS:
        joins.update({w: joins[w] + (AT_TIME_JOINS[lang],) for w in ("long", "full")})
    return TimeCatalogue(cldr, common, tuple(language), joins)
