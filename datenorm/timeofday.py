"""The time part of an answer: `THH:MM[:SS[.f]][Z|±HH:MM]`, as a model that writes times writes it.

A label or an answer is the date (`YYYY-MM-DD`, 00 for what a text lacks) and, when the text writes
a clock, this part after it: seconds, a fraction (1 to 6 digits) and a zone only when the text
writes them. `Z` is UTC; an offset is hours and minutes east of UTC. This module reads that part and
says what is wrong with one; what the text must show for each of its parts is `datenorm.witness`'s.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass

TIME_PART = re.compile(r"T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?(Z|[+-][0-9]{2}:[0-9]{2})?")
# Zone abbreviations with one meaning, at their fixed offsets in minutes east of UTC (CEST is +02:00
# whatever the date): a text that writes one witnesses that offset, and the generator teaches them.
ZONE_ABBREVIATIONS = {
    "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "МСК": 180, "EST": -300, "EDT": -240, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "BRT": -180, "ART": -180, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60, "PKT": 300, "WIB": 420,
    "HKT": 480, "SGT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660,
    "NZST": 720, "NZDT": 780,
}
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
# Words that write a noon (12:00) or a midnight (00:00) with no digits; the generator teaches them.
NOON_WORDS = {"en": ("noon", "at noon", "12 noon", "midday", "at midday"), "fr": ("midi", "à midi"),
              "de": ("Mittag", "am Mittag"), "es": ("mediodía", "al mediodía"), "pt": ("meio-dia", "ao meio-dia"),
              "it": ("mezzogiorno", "a mezzogiorno"), "ru": ("полдень", "в полдень"), "ja": ("正午",),
              "zh": ("正午", "中午12点"), "ko": ("정오",)}
MIDNIGHT_WORDS = {"en": ("midnight", "at midnight", "12 midnight"), "fr": ("minuit", "à minuit"),
                  "de": ("Mitternacht", "um Mitternacht"), "es": ("medianoche", "a medianoche"),
                  "pt": ("meia-noite", "à meia-noite"), "it": ("mezzanotte", "a mezzanotte"), "ru": ("полночь", "в полночь"),
                  "nl": ("middernacht", "om middernacht"), "zh": ("午夜",), "ko": ("자정",)}
_NOON = sorted({w.lower() for words in NOON_WORDS.values() for w in words if not any(c.isdigit() for c in w)}, key=len)
_MIDNIGHT = sorted({w.lower() for words in MIDNIGHT_WORDS.values() for w in words
                    if not any(c.isdigit() for c in w)}, key=len)
_RUN = re.compile(r"[0-9]+")
_CLOCK_GAP = 3  # the most characters between an hour and its minute ("10:42", "14h30", "3時42", "10 h 42")
_UTC_WORD = re.compile(r"(?<![^\W\d_])(?:z|utc|gmt|ut|zulu)(?![^\W\d_])")
_OFFSET = re.compile(r"([+-])\s?([0-9]{1,2})(?::?([0-9]{2}))?(?![0-9])")
_IANA_NAME = re.compile(r"(?<![\w/])[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_-]+){1,2}")
_LETTERS = re.compile(r"[^\W\d_]+")
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


def clock_end(text: str, time: TimeOfDay, taken: list[int]) -> int | None:
    """Where the clock that writes `time` ends in the normalised `text`, or None when no clock there
    writes it. A clock writes its hour in digits (0-23, or 1-12 or 0-11 of a 12-hour clock, whose
    day period the model reads), then its minute, second and fraction in digits, each a few
    characters after the last ("10:42:07.123", "14h30", "3時42分"); or all of them in one run
    ("1430", "20161001105513"); or the hour alone for a whole hour ("15 Uhr", "3 pm", "下午3点");
    or, for 12:00 and 00:00, a noon or midnight word. `taken` are the numbers the date's parts
    use: an hour alone must be written once more than they take it ("3 May, 3 pm" writes 3 twice)."""
    runs = list(_RUN.finditer(text))
    hours = {time.hour, time.hour % 12, time.hour % 12 or 12}
    parts = [f"{time.minute:02d}"] + ([f"{time.second:02d}"] if time.second is not None else [])
    parts += [time.fraction] if time.fraction else []
    compact = f"{time.hour:02d}" + "".join(parts[:2])
    alone = None  # where the last hour written alone ends
    for i, run in enumerate(runs):
        digits = run.group()
        if len(digits) <= 2 and int(digits) in hours:
            end, j = run.end(), i + 1
            for part in parts:
                if j < len(runs) and runs[j].group() == part and runs[j].start() - end <= _CLOCK_GAP:
                    end, j = runs[j].end(), j + 1
                else:
                    break
            else:
                return end
            if j == i + 1 and time.minute == 0 and time.second is None and not time.fraction:
                if sum(int(r.group()) == int(digits) for r in runs if len(r.group()) <= 2) > taken.count(int(digits)):
                    alone = end
        elif digits == compact or (len(digits) in (12, 14) and digits[8:].startswith(compact)):
            fraction = runs[i + 1] if i + 1 < len(runs) else None
            if not time.fraction:
                return run.end()
            if fraction and fraction.group() == time.fraction and fraction.start() - run.end() == 1:
                return fraction.end()
    if alone is not None:
        return alone
    if time.minute == 0 and time.second is None and time.hour in (0, 12):
        for word in _NOON if time.hour == 12 else _MIDNIGHT:
            at = text.find(word)
            if at >= 0:
                return at + len(word)
    return None


def zone_witnessed(tail: str, raw: str, time: TimeOfDay, date: dt.date | None) -> bool:
    """Whether the text after the clock (`tail`, normalised) writes the answer's zone: "Z" as Z,
    UTC, GMT or a zero offset; an offset in digits, with its sign ("+0530", "UTC+5:30",
    "GMT-05:00"); an abbreviation of ZONE_ABBREVIATIONS at that offset; or an IANA name of `raw`
    ("Europe/Paris") that has that offset at that date and time, daylight saving included."""
    minutes = time.offset_minutes
    if minutes is None:
        return True
    if minutes == 0 and _UTC_WORD.search(tail):
        return True
    written = _OFFSET.search(tail)
    if written and (-1 if written[1] == "-" else 1) * (int(written[2]) * 60 + int(written[3] or 0)) == minutes:
        return True
    if any(ZONE_ABBREVIATIONS.get(word.upper()) == minutes for word in _LETTERS.findall(tail)):
        return True
    return date is not None and any(iana_offset(name, date, time) == minutes for name in _IANA_NAME.findall(raw))


def iana_offset(name: str, date: dt.date, time: TimeOfDay) -> int | None:
    """Minutes east of UTC of the IANA zone `name` at that local date and time, or None (no such
    zone, or a time the clocks skip or repeat that day)."""
    try:
        local = dt.datetime(date.year, date.month, date.day, time.hour, time.minute, tzinfo=zoneinfo.ZoneInfo(name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    offset = local.utcoffset()
    if offset is None or offset != local.replace(fold=1).utcoffset():
        return None
    return int(offset.total_seconds()) // 60


def ambiguous_zone(tail: str, raw: str) -> str | None:
    """The abbreviation of several zones the text writes after its clock in capitals ("10:42 IST"), or None."""
    for word in _LETTERS.findall(tail):
        upper = word.upper()
        if upper in AMBIGUOUS_ZONES and re.search(rf"(?<![^\W\d_]){upper}(?![^\W\d_])", raw):
            return upper
    return None


def in_utc(date: str, time: TimeOfDay) -> str:
    """The datetime `date` + `time` (which has a zone) in UTC, as "YYYY-MM-DDTHH:MM[:SS[.f]]Z"."""
    local = dt.datetime.fromisoformat(f"{date}T{time.clock}{'+00:00' if time.zone == 'Z' else time.zone}")
    utc = local.astimezone(dt.timezone.utc)
    moved = TimeOfDay(utc.hour, utc.minute, None if time.second is None else utc.second, time.fraction, "Z")
    return f"{utc.date().isoformat()}{moved}"
