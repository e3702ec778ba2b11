"""Ranges: a text that joins two dates ("3 May - 5 June 2019", "3-5 May 2019", "1979-1980",
"3 May 1979 – present", "2000-01-01/2000-01-05") is reported with both ends, never answered with one;
read with its time, so is a text that joins two times of day ("3 May 1979, 10:00 - 11:30").

Each end is read alone by the model, like any text; an end that leaves out the year or month takes
it from the other ("3 al 5 de mayo de 2019"), and an open end is ISO 8601's "..". The two ends of a
range of times are the text with one clock each ("3 may 1979, 10:00", "3 may 1979, 11:30").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Callable

from datenorm.clock import without_clock
from datenorm.months import english_weekdays, names_a_month
from datenorm.reasons import TIME_CODES
from datenorm.result import Result, refusal
from datenorm.text import LETTER, digit_runs, normalize_text

# What joins the two ends of a range: a dash or tilde ("3–5 May", "5月3日~5日"), a hyphen with spaces
# around it ("3 May - 5 June"; "2019-05-03" is one date), or a word ("to", "au", "al", "bis", "по").
_RANGE_WORD = "to|until|till|through|thru|au|al|bis|tot|по"
_RANGE_SEPARATOR = re.compile(rf"\s*[–—~〜]\s*|\s+(?:-|{_RANGE_WORD})\s+")
# A hyphen without spaces joins two days ("3-5 May 2019", "May 3-5, 2019", "3.-5. Mai", "5月3-5日")
# or two years ("1979-1980") only where neither number belongs to a numeric date ("3-5-2019").
_RANGE_HYPHEN = re.compile(r"(?<![0-9a-z./:-])(?:([0-9]{1,2})\.?-([0-9]{1,2})|([0-9]{4})-([0-9]{4}))"
                           r"(?![0-9/:-]|\.[0-9])")
# "between 3 and 5 May 2019", "entre el 3 y el 5 de mayo", "entre le 3 et le 5 mai"
_RANGE_BETWEEN = re.compile(r"(?:between|entre)\s+(.+?)\s+(?:and|y|e|et)\s+(.+)")
# ISO 8601's time interval: "2000-01-01/2000-01-05", "2019-05/2019-06", open at its end "2019-05-03/.."
_ISO_INTERVAL = re.compile(r"([0-9]{4}-[0-9]{2}[^/\s]*)/([0-9]{4}-[0-9]{2}[^/\s]*|\.\.)")
# The end of a range still open: "3 May 1979 – present", "2019-05-03/..", "seit ... bis heute"
_OPEN_END = re.compile(r"present|now|today|ongoing|current|date|\.\.|heute|aujourd'hui|présent|presente|actualidad"
                       r"|hoy|oggi|heden|nu|今|至今|現在")
# What a text needs to be a range at all, looked for before it is normalised (most texts are not)
_RANGE_MARKS = frozenset("–—~〜～")
_RANGE_WORDS = re.compile(rf" (?:{_RANGE_WORD}) |between |entre ")
_ISO_INTERVAL_HINT = re.compile(r"/(?:[0-9]{4}-|\.\.)")


def _may_be_range(raw: str) -> bool:
    low = raw.lower()
    return (not _RANGE_MARKS.isdisjoint(low) or _RANGE_WORDS.search(low) is not None
            or ("-" in low and (" - " in low or _RANGE_HYPHEN.search(low) is not None))
            or ("/" in low and (_ISO_INTERVAL_HINT.search(low) is not None or _RANGE_SLASH.search(low) is not None)))


def range_parts(raw: str) -> tuple[str, str] | None:
    """The two ends, normalised and without their clocks, of a text that joins two dates, or parts
    of dates, with one range separator: ("3 may", "5 june 2019") for "3 May - 5 June 2019", ("3", "5
    de mayo de 2019") for "3 al 5 de mayo de 2019", ("may 3", "5, 2019") for "May 3-5, 2019",
    ("3 may 1979", "present") for "3 May 1979 – present"; None when there is no separator, more
    than one, or an end without a number that leaves the range open."""
    if not _may_be_range(raw):
        return None
    text = normalize_text(raw)
    if (interval := _ISO_INTERVAL.fullmatch(text)) is not None:  # before its times go: "...t10:00:00z/.."
        left, right = without_clock(interval[1]), without_clock(interval[2])
    elif (ends := _RANGE_BETWEEN.fullmatch(text := without_clock(text))) is not None:
        left, right = ends[1], ends[2]
    else:
        found = list(_RANGE_SEPARATOR.finditer(text))
        if not found:
            found = [hyphen for hyphen in _RANGE_HYPHEN.finditer(text) if _is_pair(hyphen, text)]
            joiner = "-"
            if not found and (slash := _days_by_slash(text)) is not None:
                found, joiner = [slash], "/"
            if len(found) != 1:
                return None
            cut = text.index(joiner, found[0].start())
            left, right = text[:cut], text[cut + 1:]
        elif len(found) != 1:
            return None
        else:
            left, right = text[:found[0].start()], text[found[0].end():]
    left, right = left.strip(" ,"), right.strip(" ,")
    if not digit_runs(left) or (not digit_runs(right) and not open_end(right)):
        return None
    if not (_ends_a_date(left.split()[-1:]) and _ends_a_date(right.split()[:2])):
        return None  # "on june 8th, 2020, i am going to be the first man on mars" joins no dates
    if _too_many_days(left) or _too_many_days(right):
        return None  # "from 9 to 5 on 8 june 2020": the hours of a day
    return left, right


def _too_many_days(end: str) -> bool:
    """Whether an end of a range that names its month in words writes more numbers than a day (and a
    two-digit year, when it writes no year in full)."""
    runs = digit_runs(end)
    short = sum(len(run) <= 2 for run in runs)
    return short > (1 if any(len(run) == 4 for run in runs) else 2) and names_a_month(end)


def open_end(text: str) -> bool:
    """Whether a normalised end of a range leaves it open: "present", "today", "..", "heute"."""
    return _OPEN_END.fullmatch(text) is not None


def _is_pair(hyphen: re.Match, text: str) -> bool:
    """Whether an unspaced hyphen joins two different days, in a text that names its month ("3-5
    may"; "5-3 may" is a range that ends before it starts; not "3-5" alone, nor "m01-03" or "3-5 h"),
    or two years (the first the smaller)."""
    if hyphen[3] is not None:
        return int(hyphen[3]) < int(hyphen[4])
    rest = text[:hyphen.start()] + text[hyphen.end():]
    return (text.count("-") == 1  # not "24-thg 4-16"
            and 1 <= int(hyphen[1]) <= 31 and 1 <= int(hyphen[2]) <= 31 and hyphen[1] != hyphen[2]
            and LETTER.search(rest) is not None
            and _HOURS_AFTER.match(text, hyphen.end()) is None)


def _days_by_slash(text: str) -> re.Match | None:
    """Two days joined by a slash in a text that names its month in words and writes no other
    slash ("3/5 may 2019", "the night of 2/3 may 1941"), the first the smaller: days of that month,
    not a numeric date ("3/5/2019", "tue 03/05 2019")."""
    if text.count("/") != 1 or (found := _RANGE_SLASH.search(text)) is None or not names_a_month(text):
        return None
    return found if 1 <= int(found[1]) < int(found[2]) <= 31 else None


_RANGE_SLASH = re.compile(r"(?<![0-9a-z./:-])([0-9]{1,2})/([0-9]{1,2})(?![0-9/:-]|\.[0-9])")


# "3-5 h" is two hours ("3-5 pm" has gone with the clock: `without_clock`)
_HOURS_AFTER = re.compile(r"\s*(?:h\b|hrs?\b|hours?\b|uhr\b|o'clock)")


# A day alone at one end of a range: "3", "3rd", "3.", "du 3", "del 3", "vom 3.", "с 3", "5日", "5일"
_LONE_DAY = re.compile(r"(?:(?:from|the|du|le|del|el|dal|vom|von|od|с|desde)\s+)?([0-9]{1,2})"
                       r"(?:st|nd|rd|th|er|º|o|\.|日|号|일)?")
# ... and with the range's year after it: "5, 2019" in "May 3-5, 2019"
_LONE_DAY_YEAR = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})")


def lone_day(text: str) -> int | None:
    """The day of the month a normalised end of a range gives alone ("du 3" -> 3), else None."""
    match = _LONE_DAY.fullmatch(text)
    return int(match[1]) if match is not None and 1 <= int(match[1]) <= 31 else None


def lone_day_year(text: str) -> tuple[int, int] | None:
    """(day, year) of a normalised end of a range that gives a day and the year alone ("5, 2019"), else None."""
    match = _LONE_DAY_YEAR.fullmatch(text)
    return (int(match[1]), int(match[2])) if match is not None and 1 <= int(match[1]) <= 31 else None


def span(left: str, right: str, first: Result, last: Result) -> tuple[str, str] | None:
    """(start, end) of a range whose ends `left` and `right`, read alone, gave `first` and `last`:
    two dates, two months ("may 2019 - june 2019") or two years ("1979-1980"). An end that is a day
    alone takes its year and month from the other ("3 - 5 may 2019", "2019年5月3日~5日"), one without
    a year takes the other's ("3 may - 5 june 2019", "may 3-5, 2019"). None unless both ends are read
    as real dates of the same precision; the start may come after the end (the caller says so). An
    open end ("3 may 1979 - present") is ISO 8601's "..": ("1979-05-03", "..")."""
    if open_end(right):
        start = first.iso if first.valid else first.partial
        return None if start is None else (start, "..")
    if (first.valid or (first.partial or "").startswith("--")) and (day := lone_day(right)) is not None:
        start = first.iso if first.valid else first.partial  # "may 3-5": --05-03 to --05-05
        end = f"{start[:-2]}{day:02d}"
    elif first.valid and last.partial is not None and last.partial.startswith("--"):
        start, end = first.iso, first.iso[:4] + last.partial[1:]  # "2019年5月3日~6月5日"
    elif (first.partial or "").startswith("--") and (day_year := lone_day_year(right)) is not None:
        start = f"{day_year[1]}{first.partial[1:]}"  # "may 3-5, 2019"
        end = f"{start[:8]}{day_year[0]:02d}"
    else:
        end = last.iso if last.valid else last.partial
        if end is None or len(end) not in (4, 7, 10) or (end.startswith("--") and lone_day(left) is None
                                                           and not (first.partial or "").startswith("--")):
            return None
        if len(end) in (4, 7) and not end.startswith("--"):
            start = first.partial if first.partial is not None and len(first.partial) == len(end) else None
        elif (day := lone_day(left)) is not None:
            start = f"{end[:-2]}{day:02d}"  # "3 - 5 may 2019", "3-5 may"
        elif first.valid:
            start = first.iso
        elif first.partial is not None and first.partial.startswith("--"):
            start = first.partial if end.startswith("--") else end[:4] + first.partial[1:]  # "12 jan - 3 feb"
        else:
            return None
    if start is None or start == end:
        return None
    try:
        for part in (start, end):
            full = part.replace("--", "2000-", 1)  # a leap year: "--02-29" is a day
            dt.date.fromisoformat({4: f"{full}-01-01", 7: f"{full}-01"}.get(len(full), full))
    except ValueError:
        return None
    return start, end

# Words that may stand beside a separator between two dates: an article before the second one
# ("3 may to the 5th"), a weekday ("monday 3 may to friday 7 may").
_BESIDE = frozenset("the le la el del dal du vom von am from od с de".split())


def _ends_a_date(words: list[str]) -> bool:
    """Whether the words beside a range separator belong to a date: a number, a month named in some
    language, an open end, or a weekday or article before one of those."""
    for word in words:
        word = word if open_end(word) else word.strip(",.()")
        if digit_runs(word) or open_end(word) or names_a_month(word):
            return True
        if word not in _BESIDE and word not in english_weekdays():
            return False
    return False


# Two times of day joined as a range: "10:00 - 11:30", "10:00–11:30", "9 am to 5 pm", "14.00-16.00 uhr",
# "between 9:00 and 17:00", "10am-2pm", "3-5 pm". An unspaced hyphen joins two clocks without
# seconds, the second the later or written with am/pm, the first not glued to a date by an ISO "t": in
# "2019-05-03t10:00-11:00", "10:00:00-05:00" and "20:43-10:00" it starts a zone offset. No clock
# ends a date's number: "1944-02-03 am 7시" is no "02-03 am".
_CLOCK_END = r"([0-9]{1,2})(?:[:.h]([0-9]{2}))?(?:[:.][0-9]{2})?(?:h(?![0-9a-z]))?(?:\s*([ap])\.?m\b\.?)?"
_DASHES = "–—~〜～−‒―"
_AND = ("and", "und", "et", "y", "e")  # joins two clocks only after "between" ("between 9:00 and 17:00")
_TIME_SEPARATOR = rf"\s*[{_DASHES}]\s*|\s+(?:-|{_RANGE_WORD}|à|a|до|{'|'.join(_AND)})\s+"
_TIME_RANGE = re.compile(rf"(?<![0-9:.])(?<![0-9][-/{_DASHES}])({_CLOCK_END})"
                         rf"(?P<sep>{_TIME_SEPARATOR}|(?:(?<=[0-9])|(?<=[ap]m))-(?=[0-9]))"
                         rf"({_CLOCK_END})(?![0-9]|[:.][0-9])")
# what a text needs to join two times, looked for before it is normalised: a digit (or am/pm), a
# separator, and a clock's hour with its minutes or period ("2019-05-03 10:42:07" has none)
_TIME_RANGE_HINT = re.compile(rf"[0-9](?:h|\s*[ap]\.?m\.?)?(?:{_TIME_SEPARATOR}|-)[0-9]{{1,2}}(?:[:.h]|\s*[ap]\.?m)",
                              re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|between|de|du|von|vom|zwischen|dal|desde|entre|od|с)\s+$")
_BETWEEN = re.compile(r"\b(?:between|zwischen|entre)\s+$")


def time_range_parts(raw: str) -> tuple[str, str] | None:
    """The two ends of a text that joins two times of day with one separator, each the normalised
    text with one of the clocks ("3 may 1979 10:00", "3 may 1979 11:30" for "3 May 1979 10:00 -
    11:30"). A period written after the second clock only is the first's too when its hour is
    smaller ("1:00 - 3:00 pm" is 13:00 to 15:00; "11:00 - 1:00 pm" 11:00 to 13:00); a larger hour
    before pm is the morning's ("10 - 2 pm" is 10:00 to 14:00; "12 - 2 pm" noon to 14:00). None when no
    two clocks are joined, or more than once; a clock needs its minutes or a period ("10 - 12 may"
    is no time range)."""
    if _TIME_RANGE_HINT.search(raw) is None:
        return None
    text = normalize_text(raw)
    found = [m for m in _TIME_RANGE.finditer(text) if _is_time_pair(m)]
    if len(found) != 1:
        return None
    match = found[0]
    first, second = match[1], match[6]
    if match[4] is None and match[9] is not None and int(match[2]) < int(match[7]) < 12:
        first = f"{first} {second[len(second.rstrip('apm. ')):].strip()}"  # "1:00 - 3:00 pm": 1:00 pm
    elif match[4] is None and match[9] == "p" and int(match[7]) < int(match[2]) <= 12:
        first = f"{first} {'pm' if int(match[2]) == 12 else 'am'}"  # "10 - 2 pm": 10 am, "12 - 2 pm": noon
    before, after = _RANGE_START.sub("", text[:match.start()]), text[match.end():]  # "from", "de": each end is one time
    return f"{before}{first}{after}".strip(), f"{before}{second}{after}".strip()


_DOTTED_SECONDS = re.compile(r"[0-9]{1,2}\.[0-9]{2}\.[0-9]{2}")


def _is_time_pair(match: re.Match) -> bool:
    """Whether two clocks joined by a separator are a range (the groups of `_TIME_RANGE`: each
    clock, its hour, minute and period, and the separator): each writes its minutes or a period (or
    two hours share the period after the second: "3-5 pm"), in hours of the day, and not one dotted
    with seconds, as a date is ("23.05.02"), beside one written otherwise; "and" only after
    "between"; an unspaced hyphen as the comment above
    `_CLOCK_END` says."""
    text, first, second = match.string, match[1], match[6]
    # "3-5 pm": two hours, the period after the second, the first the earlier
    hours = not (match[3] or match[4] or match[8]) and match[9] and _earlier(match)
    for hour, minute, period in ((match[2], match[3], match[4]), (match[7], match[8], match[9])):
        if not (minute or period or match[0].count("h") or hours) or not 0 <= int(hour) <= (12 if period else 24):
            return False
    if bool(_DOTTED_SECONDS.match(first)) != bool(_DOTTED_SECONDS.match(second)):
        return False  # "23.05.02 a 02:36:16": a date of two-digit years, then its time ("10.30.00 - 11.30.00": a range)
    if match["sep"].strip() in _AND:
        return _BETWEEN.search(text, 0, match.start()) is not None
    if match["sep"] != "-":
        return True
    seconds = first.count(":") + first.count(".") > 1 or second.count(":") + second.count(".") > 1
    glued = match.start() > 0 and text[match.start() - 1] == "t"
    later = match[9] is not None or _minutes(match[2], match[3]) < _minutes(match[7], match[8])
    return not seconds and not glued and later


def _earlier(match: re.Match) -> bool:
    """Whether the first of two hours sharing the second's period is the earlier: "3-5 pm", or a
    morning hour before an afternoon one ("10 - 2 pm": 10:00 to 14:00)."""
    first, second = int(match[2]), int(match[7])
    return first < second or (match[9] == "p" and second < first <= 12)


def _minutes(hour: str, minute: str | None) -> int:
    return int(hour) * 60 + int(minute or 0)


def read_times(texts: list[str], rows: list[int], read_texts: Callable[[list[str]], list[Result]]) -> dict[int, Result]:
    """Read with their times: a text that joins two times of day is reported with both ends, each
    read alone with its time (`read_texts`): a `range` when both are valid times of the same day, or
    both times alone, the first the earlier; the first end's refusal when both are refused for the
    same reason of their date ("3.5.1979 10:00-11:30": ambiguous, each order's reading from one end
    to the other); else "two_times". Gives the
    Results of those `rows`."""
    parts = {i: found for i in rows if (found := time_range_parts(texts[i]))}
    if not parts:
        return {}
    order = list(parts)
    ends = read_texts([part for i in order for part in parts[i]])
    results = {}
    for n, i in enumerate(order):
        first, last = ends[2 * n], ends[2 * n + 1]
        both = _both_times(first, last)
        if both is not None and both[0] < both[1]:
            results[i] = refusal(texts[i], "range", "a range of times", min(first.confidence, last.confidence),
                                 readings={"from": both[0], "to": both[1]})
        elif not first.valid and first.code == last.code and first.code not in TIME_CODES | {"incomplete"}:
            results[i] = replace(first, input=texts[i], readings=_readings_of_both(first, last))
        else:
            results[i] = refusal(texts[i], "two_times", "two times of day and no range read from them",
                                 min(first.confidence, last.confidence))
    return results


def _readings_of_both(first: Result, last: Result) -> dict[str, str] | None:
    """The readings of a range of times whose date is ambiguous, each order's as its two ends
    ("DMY": "1979-05-03T10:00/1979-05-03T11:30"), or the first end's where the ends' orders differ."""
    if not first.readings or not last.readings or first.readings.keys() != last.readings.keys():
        return first.readings
    return {order: f"{first.readings[order]}/{last.readings[order]}" for order in first.readings}


def _both_times(first: Result, last: Result) -> tuple[str, str] | None:
    """The two datetimes of a range's ends read with their times: both valid, of one day, or both
    times alone ("T10:00", "T11:30")."""
    if first.valid and last.valid and "T" in first.iso and "T" in last.iso:
        return (first.iso, last.iso) if first.iso[:10] == last.iso[:10] else None
    alone = [end.partial for end in (first, last) if end.code == "incomplete" and (end.partial or "").startswith("T")]
    return (alone[0], alone[1]) if len(alone) == 2 else None


def read(texts: list[str], rows: list[int], read_texts: Callable[[list[str]], list[Result]]) -> dict[int, Result]:
    """A text that joins two dates with one separator is reported with both ends, each read alone
    (`read_texts`), the start taking what it leaves out from the end; one whose end comes first is
    a backwards range. Gives the Results of those `rows` of `texts` that are ranges."""
    parts = {i: found for i in rows if (found := range_parts(texts[i]))}
    if not parts:
        return {}
    order = list(parts)
    firsts = read_texts([parts[i][0] for i in order])
    lasts = read_texts([parts[i][1] for i in order])
    results = {}
    for i, first, last in zip(order, firsts, lasts):
        if (ends := span(*parts[i], first, last)) is None:
            continue
        read_ends = [end for end in (first, last) if end.valid or end.partial is not None]  # not a lone day
        confidence = min(end.confidence for end in read_ends)
        readings = {"from": ends[0], "to": ends[1]}
        if ends[1] == ".." or ends[0] < ends[1]:
            results[i] = refusal(texts[i], "range", "a range", confidence, readings=readings)
        else:
            results[i] = refusal(texts[i], "backwards_range", "not a date (a range that ends before it starts)",
                                 confidence, readings=readings)
    return results
