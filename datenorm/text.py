"""Text normalisation shared by the generator, training and inference, plus what the checks ask of
a normalised text's numbers: which years, days and months it writes, and what its digits mean
under each day/month order.

One function, `normalize_text`, decides what the model sees: the generator stores raw text, and
training and translation both pass it through here, so the two can never drift apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import unicodedata
from collections.abc import Callable

from datenorm.clock import ZONE_OFFSET, without_clock

# A few words people put around a date, per language: labels of forms and exports ("DOB ",
# "Invoice date: ", "exp. "), prepositions ("since", "until"); the generator writes them before dates,
# and a noon word after one is no name's end (`datenorm.timeofday`). English-only words are fine in any
# language: "date:" turns up in every data export. The variety teaches the model that a word before
# the date is not part of it, whatever the word.
LEAD_WORDS = {
    "en": ("on ", "date: ", "Date: ", "dated ", "born ", "since ", "as of ", "DOB ", "DOB: ", "Date of birth: ",
           "b. ", "d. ", "died ", "exp. ", "Exp: ", "expires ", "Expiry date: ", "valid until ", "due ",
           "Due date: ", "Invoice date: ", "issued ", "Issued: ", "created ", "Created: ", "updated ",
           "Last updated: ", "Last modified: ", "posted on ", "Published: ", "effective ", "Start date: ",
           "End: ", "from ", "until ", "by ", "before ", "after ", "as at ", "week of ", "received ",
           "shipped ", "delivered on ", "signed ", "Date signed: "),
    "fr": ("le ", "date : ", "depuis le ", "publié le ", "mis à jour le ", "né le ", "du ", "au ", "jusqu'au ",
           "Date de naissance : "),
    "de": ("am ", "Datum: ", "vom ", "seit ", "bis ", "geboren am ", "Stand: ", "aktualisiert am ", "gültig bis "),
    "es": ("el ", "fecha: ", "desde el ", "hasta el ", "publicado el ", "nacido el ", "Fecha de nacimiento: "),
    "pt": ("em ", "data: ", "desde ", "até ", "publicado em ", "Data de nascimento: "),
    "it": ("il ", "data: ", "dal ", "fino al ", "pubblicato il ", "nato il "),
    "nl": ("op ", "datum: ", "sinds ", "tot ", "geboren op ", "bijgewerkt op "),
    "ru": ("дата: ", "от ", "с ", "до ", "опубликовано ", "Дата рождения: "),
    "uk": ("дата: ", "від ", "до "), "pl": ("dnia ", "data: ", "od ", "do ", "z dnia "),
    "tr": ("tarih: ", "Tarih: ", "Doğum tarihi: "), "sv": ("den ", "datum: "), "da": ("den ", "dato: "),
    "nb": ("den ", "dato: "), "cs": ("dne ", "datum: "), "zh": ("日期：", "日期: ", "发布于"),
    "ja": ("日付：", "更新日：", "投稿日："), "ko": ("날짜: ", "작성일: "),
}
GENERIC_LEAD_WORDS = ("date: ", "Date: ", "DATE: ", "date ")

ORDERS = ("DMY", "MDY", "YMD")

# Two-digit years are read inside this window (and the generator writes them only for dates in it),
# so "79" is 1979 and "09" is 2009, and every label can be recovered from its text.
PIVOT_START = 1950
PIVOT_END = 2049

# Bidirectional marks carry no meaning for a date but CLDR puts them in some patterns (Arabic,
# Hebrew); people's text may or may not have them, so they are removed rather than learned.
# The Arabic tatweel (kashida) only stretches a word ("جانـ", "سبتـ" in cut month names), so it goes too.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0640"))
_MINUS = {0x2212: "-"}  # the minus sign, as CLDR writes a negative offset ("GMT−05:00" in Swedish)
_DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
_DIGIT_RUN = re.compile(r"[0-9]+")
# "1970s" is no year, nor "0456" (a number with a zero before it: "inv-2019-0456")
_FOUR_DIGITS = re.compile(r"(?<![0-9])(?![0-9]{3}0'?s(?![^\W\d_]))[1-9][0-9]{3}(?![0-9])")
# A day or month number standing alone: "3", "03", "3rd", "22号", not inside "1979" or "13".
_NUMBER = {n: re.compile(rf"(?<![0-9]){'0?' if n < 10 else ''}{n}(?![0-9])") for n in range(1, 32)}
_LONG_RUN = re.compile(r"[0-9]{8,}")

def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


# Calendars people write that the model never has to learn, because each maps to the Gregorian
# date by a fixed rule: Japanese era years (令和3年 is 2021, 元年 the first year), Taiwan's Minguo
# years (民國110年 is 2021), Chinese numerals (二〇二一年十一月二十二日) and Thai Buddhist-era years
# in Thai text (3 พฤษภาคม 2522 and พ.ศ. 2522 are 1979).
# Japanese eras: name, initial, the Gregorian year before its first year, its last year (Reiwa's: 99).
_JAPANESE_ERAS = (("明治", "m", 1867, 45), ("大正", "t", 1911, 15), ("昭和", "s", 1925, 64), ("平成", "h", 1988, 31),
                  ("令和", "r", 2018, 99))
_ERA_OFFSETS = {name: offset for name, _, offset, _ in _JAPANESE_ERAS} | {"民國": 1911, "民国": 1911}
_ERA_YEAR = re.compile(rf"({'|'.join(_ERA_OFFSETS)})\s*([0-9]{{1,3}}|元)\s*年")
# Japanese forms and records abbreviate the era to its initial: R3.11.22, H30/1/5 (the whole text),
# and JIS X 0301 writes a time after it, the initial a capital: "H13.02.03T04:05:06Z", "T11.05.23
# 23:55:21+0900"; only a year the era had ("S65" is none: Shōwa ended in its 64th).
_ERA_LETTERS = {letter: offset for _, letter, offset, _ in _JAPANESE_ERAS}
_ERA_LAST = {letter: last for _, letter, _, last in _JAPANESE_ERAS}
_ERA_INITIAL = re.compile(rf"([{''.join(_ERA_LETTERS)}])([0-9]{{1,2}})([./])([0-9]{{1,2}})\3([0-9]{{1,2}})"
                          r"(?=$|[t ][0-9]{1,2}:[0-9]{2})")
# JavaScript's Date.toString() ends with the zone's name, which says nothing the offset does not:
# "Tue May 03 2022 14:00:00 GMT+0200 (Central European Summer Time)".
_JS_ZONE_NAME = re.compile(r"(gmt[+-][0-9]{4})\s*\([^()]*\)\s*$")
_CHINESE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CHINESE_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
_CHINESE_SMALL = re.compile(r"(?<![〇零一二三四五六七八九十])([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*([月日号號])")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4f]")
_THAI_BE_YEAR = re.compile(r"(?:พ\.\s?ศ\.\s?)?(?<![0-9])(2[4-7][0-9]{2})(?![0-9])")
BUDDHIST_ERA_OFFSET = 543


def _era_year(match: re.Match[str]) -> str:
    number = 1 if match.group(2) == "元" else int(match.group(2))
    return f"{_ERA_OFFSETS[match.group(1)] + number}年"


def _chinese_small(match: re.Match[str]) -> str:
    numeral = match.group(1)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        value = 10 * (_CHINESE_DIGITS[tens] if tens else 1) + (_CHINESE_DIGITS[ones] if ones else 0)
    else:
        value = _CHINESE_DIGITS[numeral]
    return f"{value}{match.group(2)}"


def _gregorian_year(match: re.Match[str]) -> str:
    return str(int(match.group(1)) - BUDDHIST_ERA_OFFSET)


def to_gregorian(text: str) -> str:
    """`text` with era years, Chinese numerals and Thai Buddhist-era years written as Gregorian
    numbers; any other text unchanged. Expects NFKC, case-folded text with ASCII digits."""
    if "年" in text:
        text = _ERA_YEAR.sub(_era_year, text)
        text = _CHINESE_YEAR.sub(lambda m: "".join(str(_CHINESE_DIGITS[c]) for c in m.group(1)) + "年", text)
    if "十" in text or any(c in text for c in "月日号號"):
        text = _CHINESE_SMALL.sub(_chinese_small, text)
    if _THAI_LETTER.search(text):
        text = _THAI_BE_YEAR.sub(_gregorian_year, text)
    return text


def ordinal(day: int) -> str:
    """The English ordinal of a day number: 1st, 2nd, 3rd, 11th, 22nd."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Days written as words become numbers by a fixed rule too: English ordinals ("the twenty-second
# of November" is the 22nd) and the Romance first of the month (primero/primeiro de mayo, le premier
# mai, il primo maggio), which is the only day those languages write as an ordinal.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth")
_ORDINAL_WORDS = ({word: ordinal(day) for day, word in enumerate(_UNITS, 1)}
                  | {word: ordinal(day) for day, word in enumerate(_TEENS, 10)}
                  | {f"twenty{word}": ordinal(20 + day) for day, word in enumerate(_UNITS, 1)}
                  | {"thirtieth": "30th", "thirtyfirst": "31st"}
                  | {"primero": "1", "primeiro": "1", "premier": "1er", "primo": "1o"})
_LAST_WORDS = sorted({word.removeprefix("twenty").removeprefix("thirty") for word in _ORDINAL_WORDS}, key=len, reverse=True)
_SPELLED_DAY = re.compile(rf"\b(?:(twenty|thirty)[- ]?)?({'|'.join(_LAST_WORDS)})\b")


# A week, fortnight, half or quarter of a month or year names no day of it
_PART_OF_A_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
                               r"(?:week(?:end)?|fortnight|half|quarter)\s+of\s+(?:the\s+)?")
_PART_OF_A_PERIOD_HINT = re.compile(r"week|fortnight|half|quarter")
# Every spelled day starts with one of these; looking for them first costs a third of the full search.
_SPELLED_DAY_START = re.compile(r"fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe|pri|pre")


def _spelled_day(match: re.Match[str]) -> str:
    return _ORDINAL_WORDS.get((match.group(1) or "") + match.group(2), match.group())


# ISO 8601 week dates (2021-W47-1, 2021W471) and ordinal dates (2021-326) name a day by a fixed rule.
_ISO_WEEK_DATE = re.compile(r"([0-9]{4})-?w([0-9]{2})(?:-?([1-7]))?")
_ISO_ORDINAL_DATE = re.compile(r"([0-9]{4})-([0-9]{3})")


def iso_week_or_ordinal(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(week-date match, ordinal-date match) of a whole text written either way; cheap for any other text."""
    if len(text) > 10 or not text[:4].isdigit():
        return None, None
    if "w" in text:
        return _ISO_WEEK_DATE.fullmatch(text), None
    return None, _ISO_ORDINAL_DATE.fullmatch(text) if len(text) == 8 else None


def buddhist_era_years(text: str) -> str:
    """A normalised Thai text's Buddhist-era years as Gregorian ones, for texts known to be Thai
    that have no Thai letters to tell so ("03/05/2562" is 2019-05-03)."""
    return _THAI_BE_YEAR.sub(_gregorian_year, text)


def _iso_calendar_date(text: str) -> str:
    """The ISO calendar date of a whole ISO week date or ordinal date, with the time of day after its
    "t" kept ("2019-w18-5t10:00" -> "2019-05-03t10:00"); any other text unchanged (an impossible
    week or day number too, for the prechecks to report)."""
    date, time = text, ""
    if len(text) > 10 and text[:4].isdigit() and (cut := text.find("t", 7)) != -1 and text[cut + 1:cut + 3].isdigit():
        date, time = text[:cut], text[cut:]
    week, day = iso_week_or_ordinal(date)
    try:
        if week and week[3]:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), int(week[3])).isoformat() + time
        if day and 0 < int(day[2]) <= 366:
            found = dt.date(int(day[1]), 1, 1) + dt.timedelta(int(day[2]) - 1)
            return found.isoformat() + time if found.year == int(day[1]) else text
    except ValueError:
        pass
    return text


def normalize_text(text: str) -> str:
    """Return `text` as the model reads it.

    Unicode NFKC (full-width forms, compatibility characters), case folding, every Unicode decimal
    digit (Arabic-Indic, Devanagari, ...) to its ASCII digit, bidi marks removed, the minus sign to
    a hyphen ("gmt−05:00"), other calendars' years and Chinese numerals to Gregorian numbers
    (`to_gregorian`; a whole text like "R3.11.22" is a Japanese era date), the zone name after
    JavaScript's "GMT+0200" dropped, days spelled as ordinals to numbers ("twenty-second" -> "22nd", "primero" -> "1") and a week, half or quarter
    of a period left out ("the first week of may 2019" -> "may 2019"), an EXIF date's colons to
    hyphens ("2019:05:03 10:42:00"), a comma before a fraction of a second to a full stop
    ("10:55:13,123"), runs of whitespace to one space, stripped; a whole ISO week
    date or ordinal date ("2021-w47-1", "2021-326") becomes its calendar date ("2021-11-22"). HTML
    character references, which scraped pages leave in their dates, are decoded first
    ("3&nbsp;May&nbsp;1979", "1979&#8211;05&#8211;03").
    """
    if "&" in text and ";" in text:
        text = html.unescape(text)
    capital = text.lstrip()[:1].isupper()
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    if text[:1] in _ERA_LETTERS and text[1:2].isdigit():
        era = _ERA_INITIAL.match(text := text.strip())
        if era and 1 <= int(era[2]) <= _ERA_LAST[era[1]] and (capital or era.end() == len(text)):
            text = f"{_ERA_LETTERS[era[1]] + int(era[2])}{era[3]}{era[4]}{era[3]}{era[5]}{text[era.end():]}"
    if "gmt" in text and text.rstrip().endswith(")"):
        text = _JS_ZONE_NAME.sub(r"\1", text)
    if not text.isascii():
        text = text.translate(_BIDI_MARKS).translate(_MINUS)
        text = _DIGIT.sub(_ascii_digit, text)
        text = to_gregorian(text)
        if "°" in text:  # "1° maggio", "1° de mayo": the degree sign typed for the ordinal indicator º
            text = re.sub(r"(?<=[0-9])\s?°", "o", text)
    if _PART_OF_A_PERIOD_HINT.search(text):  # "the first week of may 2019" is may 2019, not its 1st
        text = _PART_OF_A_PERIOD.sub("", text)
    if _SPELLED_DAY_START.search(text):
        text = _SPELLED_DAY.sub(_spelled_day, text)
    if text[4:5] == ":" and text[7:8] == ":":
        text = _EXIF_DATE.sub(r"\1-\2-\3", text, count=1)
    if "," in text and ":" in text:
        text = _COMMA_FRACTION.sub(".", text)
    return _iso_calendar_date(" ".join(text.split()))


# ISO 8601's other decimal sign, after a clock's seconds: "10:55:13,123" (Python's logging, log4j)
_COMMA_FRACTION = re.compile(r"(?<=[0-9]:[0-9]{2}:[0-9]{2}),(?=[0-9]+(?![0-9:]))")  # not "10:00:00,11:00:00"


# A photo's EXIF date and time: "2019:05:03 10:42:00" is 2019-05-03 10:42:00
_EXIF_DATE = re.compile(r"^([0-9]{4}):([0-9]{2}):([0-9]{2})(?=$|[ t])")


_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_]{2}|[^\W\d_](?![^\W_]))|(?<=[^\W\d_]{2})(?=\d)")


def spaced_out(text: str) -> str:
    """`text` with a space wherever a word of two or more letters touches a number ("15phe2046" ->
    "15 phe 2046", "22hb november" -> "22 hb november"), or one letter ends one ("03z" -> "03 z").
    A single letter before a number is left with it: it says what the number is ("m01" is month 1,
    "t10:42" and "18h22" are times of day)."""
    return _GLUED.sub(" ", text)


_APOSTROPHE_YEAR = re.compile(r"(?<![\w'])'([0-9]{2})(?=$|[\s,;)\]])")


def apostrophe_years_written_out(text: str) -> str:
    """`text` with each two-digit year after an apostrophe written in full, in the pivot window
    ("sept. '19" -> "sept. 2019"): an apostrophe before two digits that end a word marks a year,
    unless it opens a quoted text ("'19 апр.'", "'31.07.22'")."""
    if "'" not in text:
        return text
    quoted = text.startswith("'") and text.endswith("'")
    return _APOSTROPHE_YEAR.sub(lambda m: m[0] if quoted and m.start() == 0 else str(expand_two_digit_year(int(m[1]))),
                                text)


# The digits of a second's fraction after the model's last (`ModelConfig.fraction_digits`: 9, or 6
# for a model of 32 steps).
@functools.cache
def _finer_than(digits: int) -> re.Pattern:
    return re.compile(rf"(?<=:[0-9]{{2}}[.,][0-9]{{{digits}}})[0-9]+")


def finer_than(text: str, digits: int) -> bool:
    """Whether a normalised `text` writes a second's fraction of more than `digits` digits
    ("14:05:33.123456789", Go and Kubernetes, 9; "14:05:33.1234567", .NET's round-trip format, 7)."""
    return ":" in text and _finer_than(digits).search(text) is not None


# The zone name in brackets after an offset that ends an RFC 9557 or Java stamp
# ("2011-12-03t10:15:30+01:00[europe/paris]", "...z[utc]"): the offset is the zone.
_BRACKETED_ZONE = re.compile(r"(?:(?<=[0-9]z)|(?<=[+-][0-9]{2}:[0-9]{2})|(?<=[+-][0-9]{4}))"
                             r"\[!?((?:[a-z_]+(?:/[a-z0-9_+-]+)+)|utc)\]$")


def bracketed_zone(text: str) -> str | None:
    """The zone name a normalised stamp writes in brackets after its offset, else None."""
    found = _BRACKETED_ZONE.search(text) if text.endswith("]") else None
    return found[1] if found else None


def fit_text(text: str, tx: int, fraction_digits: int = 9) -> str:
    """A normalised `text` as a model of `tx` characters reads it: a fraction of a second cut to the
    digits the model writes (`ModelConfig.fraction_digits`) and a zone name in brackets after the
    offset left out (the witness checks both against the full text), and the whole unchanged when
    it fits, else without its times of day (the caller still reports a text that is too long even
    then)."""
    if finer_than(text, fraction_digits):
        text = _finer_than(fraction_digits).sub("", text)
    if bracketed_zone(text):
        text = _BRACKETED_ZONE.sub("", text)
    return without_clock(text) if len(text) > tx else text


def expand_two_digit_year(yy: int) -> int:
    """The four-digit year a two-digit year stands for inside the pivot window."""
    century = PIVOT_START - PIVOT_START % 100
    year = century + yy
    return year if year >= PIVOT_START else year + 100


def digit_runs(plain: str) -> list[str]:
    """The digit runs of a normalised text without its clock, as the checks below take them."""
    return _DIGIT_RUN.findall(plain)


def _date_runs(runs: list[str]) -> list[str]:
    """Digit runs with a compact yyyymmdd split in three."""
    if len(runs) == 1 and len(runs[0]) == 8:  # compact yyyymmdd
        return [runs[0][:4], runs[0][4:6], runs[0][6:]]
    return runs


def _reading(runs: list[str], order: str) -> dt.date | None:
    fields = dict(zip(order, runs[:3]))
    year, month, day = fields["Y"], fields["M"], fields["D"]
    if len(month) > 2 or len(day) > 2 or len(year) not in (2, 4):
        return None
    try:
        return dt.date(int(year) if len(year) == 4 else expand_two_digit_year(int(year)), int(month), int(day))
    except ValueError:
        return None


def numeric_readings(plain: str, runs: list[str]) -> set[dt.date]:
    """Every calendar date the first three digit runs of a normalised text without its clock
    (`plain`, whose `digit_runs` are `runs`) can mean under DMY, MDY or YMD.

    A four-digit run can only be a year, one or two digits may be a day, a month or a pivot-window
    year. Two runs and no letters are a day and a month ("3/5", read in the leap year 2000); a text
    with fewer runs, or two and letters, reads as nothing here (its month is a word).
    """
    runs = _date_runs(runs)  # "may 3 at 2:00 pm" has one number
    if len(runs) == 2 and LETTER.search(plain) is None:  # "3/5": a day and a month, in either order
        return {date for order in ("DMY", "MDY") if (date := _reading([*runs, "2000"], order)) is not None}
    if len(runs) < 3:
        return set()
    return {date for order in ORDERS if (date := _reading(runs, order)) is not None}


def readable_orders(plain: str, runs: list[str]) -> frozenset[str]:
    """The orders in which a numeric date of three numbers makes a calendar date: "13/04/2001" DMY
    only, "03/04/2001" DMY and MDY, "2001-04-13" YMD only. Empty for any other text."""
    runs = _date_runs(runs)
    if len(runs) != 3 or not is_numeric_date(plain):
        return frozenset()
    return frozenset(order for order in ORDERS if _reading(runs, order) is not None)


def is_numeric_date(plain: str) -> bool:
    """Whether a normalised text without its clock is a numeric date: its numbers with nothing but
    separators between them, none glued to a letter ("m01 09, 2036", "j1, jan 9"), and only marks
    and words after ("12/06/19", "10 09 03", "12.06.19 г.", "by 25.04.04, at night" once its clock
    is gone; not "ages 5 to 12, june 2020")."""
    first = _FIRST_DIGIT.search(plain)
    return (first is not None and not _GLUED_NUMBER.search(plain)
            and _NUMERIC_DATE.fullmatch(plain[first.start():]) is not None)


def numeric_date(runs: list[str], order: str) -> dt.date | None:
    """The date the first three `digit_runs` of a text make in `order`, if they make one."""
    runs = _date_runs(runs)
    return _reading(runs, order) if len(runs) >= 3 else None


def order_matters(text: str) -> bool:
    """True when the numbers in a raw `text` name different dates under different day/month orders."""
    plain = without_clock(normalize_text(text))
    return len(numeric_readings(plain, digit_runs(plain))) > 1


_LABEL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A numeric date: its numbers with nothing but separators between them, and only marks and words after
# ("12/06/19", "10 09 03", "090107", "12.06.19 г.", "[11/03/26]", "25.04.04, at night")
_NUMERIC_DATE = re.compile(r"[0-9]+(?:[\s./-]+[0-9]+)*[^\w]*(?:[^\W\d_]+(?:[^\w]+[^\W\d_]+)*[^\w]*)?")
_FIRST_DIGIT = re.compile(r"[0-9]")
_GLUED_NUMBER = re.compile(r"[^\W\d_][0-9]|[0-9][^\W\d_]")


def order_reading(plain: str, runs: list[str], order: str, label: str, valid: bool) -> str | None:
    """What the numbers of a normalised text without its clock (`plain`, whose `digit_runs` are
    `runs`) say in the `order` given, as a label (yyyy-mm-dd, 0000 for no year), when the model's
    `label` says otherwise: it read them in another order ("12/06/19" in MDY read as 2019-06-12 is
    2019-12-06), or its answer is not `valid` ("10 09 03" in YMD read as 2000-09-03). Two numbers
    are a day and month without a year, month first unless the order is DMY ("5/3" in MDY is
    --05-03). Six digits alone are three numbers of two ("090107" in MDY is 2007-09-01). None when
    the text's numbers are not a numeric date ("ages 5 to 12, june 2020"), or the label already
    reads them in `order`."""
    mine = _order_label(runs, order, label, valid)
    return mine if mine is not None and is_numeric_date(plain) else None


def _order_label(runs: list[str], order: str, label: str, valid: bool) -> str | None:
    """`order_reading` before asking whether the text is a numeric date (the costlier question)."""
    if len(runs) == 1 and len(runs[0]) == 6:
        runs = [runs[0][:2], runs[0][2:4], runs[0][4:]]
    runs = _date_runs(runs)
    if len(runs) not in (2, 3) or not _LABEL.fullmatch(label):
        return None
    if len(runs) != (2 if label[:4] == "0000" else 3) and valid:
        return None
    if len(runs) == 2:
        if len(runs[0]) > 2 or len(runs[1]) > 2:
            return None
        month, day = runs if order != "DMY" else runs[::-1]
        mine = f"0000-{int(month):02d}-{int(day):02d}"
        is_date = 0 < int(month) <= 12 and 0 < int(day) <= 31
        return mine if is_date and mine != label else None
    fields = dict(zip(order, runs))
    if valid and int(fields["D"]) == int(label[8:]) and int(fields["M"]) == int(label[5:7]):
        return None  # read in this order
    reading = _reading(runs, order)
    if reading is None or reading.isoformat() == label:
        return None
    others = {date.isoformat() for other in ORDERS if other != order and (date := _reading(runs, other))}
    return reading.isoformat() if not valid or label in others else None


def written_years(text: str, time: bool = False) -> set[int]:
    """The years a normalised text writes in full: its stand-alone four-digit numbers ("1979",
    "1979年", "fy2019"), leaving out time-zone offsets ("+0000", "10:42 -0500"; read with the time,
    a sign that starts a word and an offset in use too: "11시 25분 49초 -1000", not "1230 -1235")
    and decades ("the 1990s"). "19790503" has none."""
    if "+" in text or "-" in text:  # only then can there be a zone offset to set aside
        if ":" in text or "gmt" in text or "utc" in text or "z-" in text:
            text = ZONE_OFFSET.sub(" ", text)
        if time:
            text = _SIGNED_OFFSET.sub(" ", text)
    return {int(run) for run in _FOUR_DIGITS.findall(text)}


_SIGNED_OFFSET = re.compile(r"(?<!\S)[+-](?:0[0-9]|1[0-4])(?:00|15|30|45)(?![0-9])")


def year_is_written(year: int, years: set[int], runs: list[str]) -> bool:
    """Whether a normalised text writes `year`: as one of its full `years` (`written_years`) if it
    has any, else, among the `digit_runs` of the text without its clock, at the start of a compact
    stamp (`stamp_length`) or the end of an eight-digit one ("19790503", "03051979"), else as a number of two digits
    standing for a year of the pivot window ("'79", "03may79"). Digits inside a longer number are
    no year: "20110124023824" does not write 2001, nor "3 may, 10:42" 2042."""
    if years:
        return year in years
    full, short = f"{year:04d}", f"{year % 100:02d}"
    pivot = PIVOT_START <= year <= PIVOT_END
    return any((run.startswith(full) and stamp_length(run)) or (len(run) == 8 and run.endswith(full))
               if len(run) >= 8 else pivot and run == short for run in runs)


def stamp_length(run: str) -> bool:
    """Whether a run of digits is as long as a compact stamp: yyyymmdd, with its hour, minutes and
    seconds ("invoice 2019123145" writes no year 2019)."""
    return len(run) in (8, 12, 14) or (len(run) == 10 and int(run[8:]) < 24)


def _number_is_written(text: str, number: int, stamp: slice) -> bool:
    """Whether a normalised text writes `number` alone in digits or at `stamp` of a compact run."""
    pattern = _NUMBER.get(number)
    if pattern is not None and pattern.search(text):
        return True
    return any(run[stamp] == f"{number:02d}" for run in _LONG_RUN.findall(text))


def day_is_written(text: str, day: int) -> bool:
    """Whether a normalised text writes the day of the month `day` in digits: as a number of one or
    two digits ("3", "03", "3rd", "22号") or inside a compact yyyymmdd stamp ("19790503", "20220503t140000")."""
    return _number_is_written(text, day, slice(6, 8))


def month_is_written(text: str, month: int, day: int = 0) -> bool:
    """Whether a normalised text writes the month `month` in digits, alone ("05", "5月") or inside a
    compact yyyymmdd stamp. The number of the day `day` is not the month too: "wed, 10 may 2084"
    writes no month 10."""
    pattern = _NUMBER.get(month)
    if pattern is not None and month == day:
        return len(pattern.findall(text)) > 1 or any(run[4:6] == f"{month:02d}" for run in _LONG_RUN.findall(text))
    return _number_is_written(text, month, slice(4, 6))


def unwritten_part(runs: list[str], year: int, month: int, day: int, month_in_words: Callable[[], bool]
                   ) -> str | None:
    """The first part ("day", "month" or "year") of a date read from a normalised text without its
    clock, whose `digit_runs` are `runs`, that the text has no number left for when each number it
    writes stands for one part; None when every part has one. A part read as 0 is not read. The
    month needs a number only when the text writes a number for each part and not
    `month_in_words()` (a month word the caller does not know leaves one number fewer); the year
    only when it is not written in full. "02/06" is not --06-06, "31oct30" not 2031-10-31, "thu feb
    27 22:11:13 pdt 1986" not 1986-02-22. A text with a compact run ("19790503") has no separate
    numbers to count and passes; a year written twice is one part (date-fns's Basque "2019ko
    uztailaren 6a 2019ren")."""
    runs = list(dict.fromkeys(run for run in runs if len(run) == 4)) + [run for run in runs if len(run) != 4]
    left = []
    for run in runs:
        if len(run) <= 2:
            left.append(int(run))
        elif len(run) != 4:
            return None
    if day:
        if day not in left:
            return "day"
        left.remove(day)
    if month and len(runs) >= (day > 0) + 1 + (year > 0) and not month_in_words():
        if month not in left:
            return "month"
        left.remove(month)
    if year and str(year) not in runs and year % 100 not in left:
        return "year"
    return None
