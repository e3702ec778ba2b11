"""The words of a clock from CLDR (through Babel): day periods ("pm", "du soir", "午後", "mchochil’l")
with the hours each may stand for, and zone names ("Central European Summer Time", "heure normale
de l’Est nord-américain", "MESZ") with the offsets each stands for. With them the witness can read
what a clock's words say: "6 Uhr abends" is no 06:00, "Japan Standard Time" is +09:00.

Loading every Babel locale takes seconds, so the table is built once (`python -m datenorm.clockwords`)
and shipped as clock_words.json (the zone names in clock_zones.json and zone_places.json); a test keeps the two in step. Names are kept as `normalize_text`
writes them, merged over every locale: a word's hours (a name's offsets) are those of every locale
that writes it, so a word of two languages agrees with either reading.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
import zoneinfo
from collections import Counter
from pathlib import Path

from datenorm.clock import MONTH_AFTER_AM_PM
from datenorm.text import normalize_text

WORDS_FILE = Path(__file__).with_name("clock_words.json")
# the zone names, apart: only a clock's zone needs them (`ZONE_PARTS` and `PLACE_PARTS` of the
# table), and they are three quarters of it, which a date alone would load for nothing
ZONES_FILE = Path(__file__).with_name("clock_zones.json")
ZONE_PARTS = ("zones", "zone_sources")
PLACES_FILE = Path(__file__).with_name("zone_places.json")
PLACE_PARTS = ("places", "place_words", "windows")
# How widely a language is used: the generator's weight of each language's locales (every other
# language weighs 1), and, without a language hint, which language's day period a word of several
# is read as ("ip." is pm in Finnish, am in Inari Sami), as the model reads a month word of several.
LANGUAGE_WEIGHTS = {
    "en": 30, "zh": 12, "es": 12, "fr": 10, "de": 10, "ru": 10, "ja": 8, "pt": 8, "ar": 6, "ko": 6,
    "it": 6, "hi": 4, "tr": 4, "pl": 4, "nl": 4, "id": 3, "vi": 3, "uk": 3, "fa": 3, "sv": 2, "cs": 2,
    "el": 2, "he": 2, "th": 2, "ro": 2, "hu": 2, "da": 2, "fi": 2, "no": 2, "nb": 2, "bn": 2, "ms": 2,
}
# Parts of the day said after a 12-hour clock: (first hour, hour after the last, words) of a 24-hour
# day. None covers 0 or 12, so "3 ... in the afternoon" is always 15 and never needs a convention.
DAY_PERIOD_WORDS = {
    "en": ((1, 12, "in the morning"), (13, 18, "in the afternoon"), (18, 22, "in the evening"), (22, 24, "at night")),
    "fr": ((1, 12, "du matin"), (13, 18, "de l'après-midi"), (18, 24, "du soir")),
    "es": ((1, 6, "de la madrugada"), (6, 12, "de la mañana"), (13, 20, "de la tarde"), (20, 24, "de la noche")),
    "pt": ((1, 12, "da manhã"), (13, 19, "da tarde"), (19, 24, "da noite")),
    "it": ((1, 12, "di mattina"), (13, 18, "del pomeriggio"), (18, 24, "di sera")),
    "de": ((1, 12, "morgens"), (13, 18, "nachmittags"), (18, 24, "abends")),
}
# Day periods as people write them where CLDR's words differ, read with CLDR's hours for the word
# too: Arabic evening and morning for a whole half of the day ("2:30 مساءً" is 14:30, as "م" is);
# Marathi's locative forms ("दुपारी 3:25", CLDR "दुपार") and small hours ("पहाटे"); Nepali and Bengali
# words CLDR lacks ("दिउँसोको 3:25 बजे", "साँझको 4:52", "রাত 11টা"); Hindi's am and pm in print and Windows, CLDR's for Nepali
# ("2:30 अपराह्न"); Chinese midday before noon too ("中午11:30", CLDR 12:00-12:59); German nouns.
_NIGHT = (*range(0, 4), *range(20, 24))
PERIODS_IN_USE = {
    "ar": {"مساءً": range(12, 24), "مساء": range(12, 24), "صباحًا": range(0, 12),
           "صباحا": range(0, 12)},
    "mr": {"पहाटे": range(0, 6), "सकाळी": range(6, 12), "दुपारी": range(12, 17), "संध्याकाळी": range(16, 21),
           "सायंकाळी": range(17, 20),
           "रात्री": _NIGHT},
    "ne": {"साँझ": range(16, 21), "साँझको": range(16, 21), "दिउँसो": range(12, 16), "दिउँसोको": range(12, 16),
           "बिहानको": range(4, 12), "बेलुका": range(16, 21), "बेलुकाको": range(16, 21), "राति": _NIGHT, "रातिको": _NIGHT},
    "bn": {"রাত": _NIGHT, "পূর্বাহ্ণ": range(0, 12), "অপরাহ্ণ": range(12, 24)},
    "as": {"পূৰ্বাহ্ন": range(0, 12), "অপৰাহ্ন": range(12, 24)},
    "hi": {"पूर्वाह्न": range(0, 12), "अपराह्न": range(12, 24), "दोपहर": range(10, 17)},
    "zh": {"中午": range(11, 14)},
    # German's parts of the day as nouns ("heute Abend"; CLDR's are adverbs: "abends")
    "de": {"abend": range(18, 24), "nachmittag": range(13, 18), "vormittag": range(9, 12), "nacht": _NIGHT},
    # Italian's nouns ("ieri sera", "domani mattina"; CLDR's "di sera") and Russian's adverbs ("вчера
    # вечером"; CLDR's "вечера")
    "it": {"sera": range(18, 24), "mattina": range(4, 12), "pomeriggio": range(12, 18), "notte": _NIGHT},
    "ru": {"вечером": range(18, 24), "утром": range(4, 12), "днём": range(12, 18), "днем": range(12, 18),
           "ночью": _NIGHT},
    # moment.js's, Carbon's and glibc's words: Bengali's and Assamese's before and after noon as
    # glibc and ICU write them (CLDR: Bengali "পূর্বাহ্ন" with another n, Assamese "AM"); Gujarati
    # and Punjabi afternoon and night, Malayalam
    # afternoon; Urdu morning, Persian before and after noon, and the evening glibc writes for p.m.
    # in Tamil, Gujarati and Punjabi, for a whole half of the day ("12:45:30 صبح" is 00:45:30,
    # "மாலை 12:40:05" 12:40:05). Not words of one or two letters, which other text writes too
    # (Hungarian "12:15 de" may be "but", Filipino "N.H." New Hampshire).
    "gu": {"બપોર": range(10, 18), "રાત": _NIGHT, "સાંજે": range(12, 24), "સવાર": range(4, 10), "સાંજ": range(17, 20)},
    "ta": {"மாலை": range(12, 24), "யாமம்": (*range(0, 2), 22, 23), "வைகறை": range(2, 6), "நண்பகல்": range(10, 14),
           "எற்பாடு": range(14, 18)},
    "ml": {"ഉച്ച കഴിഞ്ഞ്": range(12, 18)},
    "pa": {"ਦੁਪਹਿਰ": range(10, 18), "ਰਾਤ": _NIGHT, "ਸ਼ਾਮ": range(12, 24), "ਸਵੇਰ": range(4, 10)},
    "ur": {"صبح": range(0, 12), "شام": range(12, 24)},
    "fa": {"قبل از ظهر": range(0, 12), "بعد از ظهر": range(12, 24)},
    # The libraries' day periods the table leaves out (`_add_library_periods`): moment.js's Afrikaans
    # "vm", "nm" (two Latin letters), Sorani's without a zero-width non-joiner, Hebrew's with a plain
    # quote for whole halves of the day (moment writes them at 10-11 and 12-17 only), and date-fns's
    # Telugu a.m. and p.m. with the "కి" it glues to them ("{time}కి")
    "af": {"vm": range(0, 12), "nm": range(12, 24)},
    "ckb": {"بەیانی": range(0, 12), "ئێوارە": range(12, 24)},
    "he": {'לפנה"צ': range(0, 12), 'אחה"צ': range(12, 24)},
    "te": {"పూర్వాహ్నంకి": range(0, 12), "అపరాహ్నంకి": range(12, 24)},
}
# a.m. and p.m. as date-fns writes them (its "a" and "aaaa"; moment's and dayjs's Albanian "PD",
# "MD"; Uyghur "چ", one letter) for whole halves of the day, where the table has other hours for
# the word or none (`_add_library_periods` adds date-fns's only as new words of two letters or more)
_HALVES = {
    "ca": ("ante meridiem", "post meridiem"), "oc": ("ante meridiem", "post meridiem"),
    "cy": ("y.b.", "y.h."), "eo": ("antaŭtagmeze", "posttagmeze"), "fi": ("ap", "ip"), "he": ("לפנה״צ", "אחה״צ"),
    "is": ("fyrir hádegi", "eftir hádegi"), "ta": ("முற்பகல்", "பிற்பகல்"), "te": ("పూర్వాహ్నం", "అపరాహ్నం"),
    "tr": ("ö.ö.", "ö.s."), "mk": ("претпладне", "попладне"), "ug": ("ئە", "چ"), "sq": ("pd", "md"), "hu": ("de", "du"),
}
# Periods only in a text of their language, given (`_names`), and there only where the text ends with
# them (`timeofday.MAYBE_PERIODS`): moment.js's Hungarian "de", "du" are French, Spanish, Portuguese
# "of" and German "you" in any other text ("a las 12:30 de 3 de mayo")
OWN_LANGUAGE_ONLY = {"hu": frozenset({"de", "du"})}
for _language, (_before, _after) in _HALVES.items():
    PERIODS_IN_USE.setdefault(_language, {}).update({_before: range(0, 12), _after: range(12, 24)})
# In a text of a known language, the day periods of other languages read are only those of the
# widely used ones ("pm" in any text; not Kyrgyz "чт", noon, in Ukrainian "06:38 чт 15 січ.", Thursday)
WIDELY_USED = "+widely used"
# CLDR's day-period fields: am/pm (a), with noon and midnight (b), and the flexible periods (B), each
# abbreviated, wide and narrow
_PERIOD_FIELDS = ("a", "aaaa", "aaaaa", "b", "bbbb", "bbbbb", "B", "BBBB", "BBBBB")
# The time skeletons whose patterns, with each locale's time formats, give the words CLDR writes
# around a clock's numbers (`_literal_kind`)
_TIME_SKELETONS = ("H", "h", "Bh", "Hm", "hm", "Bhm", "Hms", "hms", "Bhms", "Hmv", "hmv", "Hmsv", "hmsv")
_FIELD = re.compile(r"%\((\w+)\)s")
_SPACE = re.compile(r"\s+")


def _keys(name: str, digits: bool = False) -> list[str]:
    """The name as `normalize_text` writes it, and with a typed apostrophe for a typographic one
    ("de l'après-midi"), which is how most texts write it; a name with a digit only if `digits`
    and it has letters too (Anii's day periods "1ka" and "2ja", not Slovenian "12.00")."""
    key = _SPACE.sub(" ", normalize_text(name)).strip(" ")
    if not key or any(c.isdigit() for c in key) and not (digits and any(c.isalpha() for c in key)):
        return []
    return [key, key.replace("’", "'")] if "’" in key else [key]


@functools.cache  # asked again for each locale that names the zone
def _zone_offsets(zone: str) -> tuple[int, int | None]:
    """(standard, daylight) minutes east of UTC that the IANA `zone` keeps in 2024; daylight None
    where it has no daylight saving. (Dublin's "winter time", a negative saving, is its standard.)"""
    import zoneinfo

    tz = zoneinfo.ZoneInfo(zone)
    offsets = sorted({int(dt.datetime(2024, month, 15, 12, tzinfo=tz).utcoffset().total_seconds()) // 60
                      for month in (1, 7)})
    return offsets[0], offsets[1] if len(offsets) > 1 else None


def _literal_kind(before: str, after: str) -> str | None:
    """What a literal word of a time pattern is, by the fields on either side of it ("" at an end):
    "hour" after the hour ("3時", "9 ໂມງ 25", "15 uhr"), "minute" after the minute before the
    second ("42分", "25 ນາທີ"), "second" after the second ("7秒"), "joint" between the numbers and
    the day period ("9:30ê pn", "ɣetrɔ ga 7:08")."""
    first, then = before[:1], after[:1]
    if first and first in "hHkK":
        return "hour" if not then or then == "m" else "joint" if then in "abB" else None
    if first == "m":
        return "minute" if then == "s" else "joint" if then and then in "abB" else None
    if first == "s":
        return "joint" if then and then in "abB" else "second" if not then or then == "z" else None
    return "joint" if first and first in "abB" and then and then in "hHkK" else None


def _time_patterns(locale) -> list[list[str]]:
    """A Babel locale's time patterns, each as its literals and fields in turn (literal, field, ...,
    literal): its time formats and the patterns of `_TIME_SKELETONS`."""
    from babel.dates import parse_pattern

    patterns = [str(form.pattern) for form in locale.time_formats.values()]
    patterns += [str(getattr(form, "pattern", form)) for skeleton in _TIME_SKELETONS
                 if (form := locale.datetime_skeletons.get(skeleton))]
    return [_FIELD.split(parse_pattern(pattern).format) for pattern in patterns]


def writes_period_inside(locale) -> bool:
    """Whether a locale's time patterns write the day period between the hour and the minute
    (Anii "h B mm": "11 gɩjibɔŋɔ 12")."""
    for parts in _time_patterns(locale):
        fields = [field[:1] for field in parts[1::2]]
        if any(fields[i:i + 3] in (["h", "a", "m"], ["h", "B", "m"], ["H", "B", "m"], ["h", "b", "m"])
               for i in range(len(fields) - 2)):
            return True
    return False


def writes_short_minutes(locale) -> bool:
    """Whether a locale's time patterns write the minute or the second after a colon without a
    leading zero (Yoruba "H:m:s": "16:7", "11:49:8")."""
    return any(field in ("m", "s") and parts[2 * i].endswith(":")
               for parts in _time_patterns(locale) for i, field in enumerate(parts[1::2]))


def writes_dot_before_period(locale) -> bool:
    """Whether a locale's time patterns end the minute or second with a full stop before the day
    period (Meitei "h.mm. a": "2.53. pm")."""
    return any(field[:1] in ("m", "s") and parts[2 * i + 2].strip() == "." and nxt[:1] in ("a", "b", "B")
               for parts in _time_patterns(locale)
               for i, (field, nxt) in enumerate(zip(parts[1::2], parts[3::2])))


def time_literals(locale) -> dict[str, set[str]]:
    """The words (with a letter) a Babel locale's time patterns write around a clock's numbers, by
    where they stand (`_literal_kind`): {"hour": {"ໂມງ", "སྐར་མ་"}, "minute": {"ນາທີ"}, ...}."""
    found: dict[str, set[str]] = {}
    for parts in _time_patterns(locale):
        fields, literals = parts[1::2], parts[0::2]
        for i, literal in enumerate(literals):
            kind = _literal_kind(fields[i - 1] if i else "", fields[i] if i < len(fields) else "")
            for key in _keys(literal) if kind and any(c.isalpha() for c in literal) else ():
                found.setdefault(kind, set()).add(key)
    return found


def long_zone_name(name: str) -> bool:
    """A zone's long name, not an abbreviation: words, or four characters or more of a script
    without capitals ("巴西利亚夏令时间")."""
    return " " in name or (len(name) >= 4 and all(char.lower() == char.upper() for char in name))


def _named_member(metazone: str, zones: list[str]) -> list[str]:
    """The zones whose times a metazone's names stand for in any year: the one it is named after
    where its last word names one ("Moscow": Europe/Moscow, not Minsk, which was +03:00 when Moscow
    was +04:00), else all its zones."""
    named = [zone for zone in zones if zone.rsplit("/", 1)[-1] in metazone.split("_")]
    return sorted(named or zones)


def _noon_and_midnight(locale) -> dict[str, set[str]]:
    """A Babel locale's words for noon and midnight as day periods (`normalize_text`'s form; wide
    and abbreviated, not those cut short with a full stop, "pol."): Croatian "podne", "ponoć"."""
    found: dict[str, set[str]] = {"noon": set(), "midnight": set()}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            periods = locale.day_periods.get(context, {}).get(width, {})
            for kind in found:
                for key in _keys(periods.get(kind) or ""):
                    if "." not in key and sum(char.isalpha() for char in key) >= 3:
                        found[kind].add(key)
    return found


def _metazones() -> tuple[dict[str, dict[str, set[int]]], dict[str, list[str]]]:
    """({metazone: {"standard": offsets, "daylight": offsets}} of its zones in 2024, {metazone: its
    zones this system's tz database has})."""
    from babel.core import get_global

    members: dict[str, list[str]] = {}
    for zone, metazone in get_global("meta_zones").items():
        members.setdefault(metazone, []).append(zone)
    offsets: dict[str, dict[str, set[int]]] = {}
    known: dict[str, list[str]] = {}
    for metazone, zones in members.items():
        kinds = offsets.setdefault(metazone, {"standard": set(), "daylight": set()})
        for zone in zones:
            try:
                standard, daylight = _zone_offsets(zone)
            except Exception:  # noqa: BLE001 - a zone this system's tz database lacks
                continue
            known.setdefault(metazone, []).append(zone)
            kinds["standard"].add(standard)
            if daylight is not None:
                kinds["daylight"].add(daylight)
    return offsets, known


def _generic_members(metazone: str, zones: list[str]) -> list[str]:
    """The zones a metazone's generic name ("Eastern Time") stands for: the one it is named after
    (`_named_member`), else those that keep its daylight time in 2024 (New York, not Cancún, which
    keeps Eastern Standard Time all year), else all."""
    named = _named_member(metazone, zones)
    if len(named) < len(zones):
        return named
    return sorted(zone for zone in zones if _zone_offsets(zone)[1] is not None) or named


def _zone_names(locale, metazone_offsets: dict[str, dict[str, set[int]]],
                known: dict[str, list[str]]) -> list[tuple[str, tuple[int, ...], str]]:
    """A Babel locale's long and short names of metazones and zones: (name, its 2024 offsets, its
    source: "standard:@Europe_Central", "daylight:Europe/London"). A name whose time no zone keeps
    in 2024 is kept, with no offset, only if long ("cost" is a word)."""
    found = []
    for metazone, widths in locale.meta_zones.items():
        kinds = metazone_offsets.get(metazone, {})
        for width in ("long", "short"):
            for kind in ("standard", "daylight"):
                for key in _keys(widths.get(width, {}).get(kind) or "") if metazone in known else ():
                    if kinds.get(kind) or long_zone_name(key):
                        found.append((key, tuple(kinds.get(kind, ())), f"{kind}:@{metazone}"))
        # the generic name, whichever time the day keeps ("Eastern Time", "heure de Moscou"), only
        # long: a short one is "ET", French "and", and a word alone, Russian "Москва", is a place
        for key in _keys(widths.get("long", {}).get("generic") or "") if metazone in known else ():
            if long_zone_name(key) and (both := kinds.get("standard", set()) | kinds.get("daylight", set())):
                found.append((key, tuple(sorted(both)), f"generic:@{metazone}"))
    for zone, fields in locale.time_zones.items():
        try:
            standard, daylight = _zone_offsets(zone)
        except Exception:  # noqa: BLE001
            continue
        for width in ("long", "short"):
            for kind, minutes in (("standard", standard), ("daylight", daylight)):
                for key in _keys(fields.get(width, {}).get(kind) or ""):
                    if minutes is not None or long_zone_name(key):
                        found.append((key, () if minutes is None else (minutes,), f"{kind}:{zone}"))
    return found


def _place_names(locale) -> tuple[dict[str, str], set[str]]:
    """A Babel locale's names of zones by their place, as CLDR's location format writes them
    ("Japan Time", "heure : France", "大韓民国時間"), and as people write them with the zone's
    city ("Dubai Time", "서울 시간"), by the IANA zone each stands for, and the words of its format
    ("time", "시간"): its region format around the name of each country whose zones have kept one
    time since 1995 ("South Korea Time"; not "Spain Time", whose Canaries keep another, nor
    "Cyprus Time", whose Famagusta did for a year), and around the exemplar city of a country of
    one zone (the locale's, else the city of the zone's id; not "Christmas", whose words are some
    of its territory's, "Christmas Island"). The cities of a country of several zones are left out:
    many are words ("Center", "Resolute", "Wake") or other places' names (Argentina's "San Juan",
    "Córdoba"). Arabic writes its format with "ب" ("in") glued before (`_GLUED_BEFORE`: "بتوقيت
    دبي"). None where the locale's region format is that of daylight time (`_names_daylight`) or
    is the place alone."""
    from babel.core import get_global

    form = locale.zone_formats.get("region") or ""
    literal = form.replace("%s", " ").strip()
    if not _words(literal) or _names_daylight(locale, literal):
        return {}, set()
    names: dict[str, str] = {}
    english = _english_territories()
    for territory, zones in get_global("territory_zones").items():
        kept = [zone for zone in zones if _zone_info(zone) is not None]
        if len(territory) != 2 or not kept or not _one_time(tuple(kept)):  # "001" is the world
            continue
        country = locale.territories.get(territory) or ""
        places = [(country, sorted(kept)[0])] if country else []
        if len(kept) == 1:
            city = (locale.time_zones.get(kept[0]) or {}).get("city") or kept[0].rsplit("/", 1)[-1].replace("_", " ")
            if not (city != country and set(_words(city)) < set(_words(country) + _words(english.get(territory, "")))):
                places.append((city, kept[0]))
        for place, zone in places:
            for key in _keys(form % place):
                names.setdefault(key, zone)
                if glued := _GLUED_BEFORE.get(locale.language):
                    names.setdefault(glued + key, zone)
    return names, {word for key in _keys(literal) for word in key.split()}


# the preposition a language glues to the word of its zone's place: Arabic "بتوقيت دبي" ("in Dubai's time")
_GLUED_BEFORE = {"ar": "ب"}


@functools.cache
def _one_time(zones: tuple[str, ...]) -> bool:
    """Whether zones have kept the same offsets in January and July of every year since 1995."""
    return len({tuple(day_offsets(zone, dt.date(year, month, 15)) for year in range(1995, 2026) for month in (1, 7))
                for zone in zones}) == 1


@functools.cache
def _english_territories() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").territories)


def _names_daylight(locale, literal: str) -> bool:
    """Whether the words of a locale's region format (`literal`, its place left out) are written in
    its long daylight names of metazones and in none of its standard and generic ones (Russian
    ", летнее время", Hong Kong Chinese "夏令時間"): Babel gives some locales' daylight format as
    their region format."""
    daylight, other = [], []
    for widths in locale.meta_zones.values():
        long = widths.get("long", {})
        daylight.append(" ".join(_words(long.get("daylight") or "")))
        other.extend((" ".join(_words(long.get("standard") or "")), " ".join(_words(long.get("generic") or ""))))
    written = " ".join(_words(literal))
    return any(written in name for name in daylight) and not any(written in name for name in other)


def _words(name: str) -> list[str]:
    """A name's words in lower case, letters only."""
    return re.findall(r"[^\W\d_]+", name.lower())


def _unit_words(locale) -> dict[str, set[str]]:
    """A locale's words for a number of minutes and of seconds after it, long and short (CLDR's unit
    patterns "{0} Minuten", "{0} Min.", "{0}分钟", "{0}秒"; not narrow ones, "{0}m" is metres too): of
    three letters or more (a short one of Latin letters, four or a full stop: not "men", "sec"), or
    Hangul or CJK. With the words for hours, which `build_table` leaves out of the others (a
    locale's "{0} saat" for seconds is Turkish's hours), and the words of CLDR's relative times
    before and after their number ("before": "vor", "il y a", "in"; "after": "ago", "назад", "前"),
    which make it no time of the clock's."""
    found: dict[str, set[str]] = {}
    for kind in ("hour", "minute", "second"):
        for width in ("long", "short"):
            for count, pattern in (locale._data["unit_patterns"].get(f"duration-{kind}", {}).get(width) or {}).items():
                if count == "per" or not pattern.startswith("{0}"):
                    continue
                for key in _keys(pattern[3:]):
                    if (len(key) >= 4 if width == "short" and key.isascii() and not key.endswith(".") else len(key) >= 3) \
                            or key and all(cjk_or_hangul(char) for char in key):
                        found.setdefault(kind, set()).add(key)
        for direction in ("past", "future"):  # "{0} seconds ago", "vor {0} Sekunden", "{0}秒钟前"
            for pattern in (locale._data["date_fields"].get(kind, {}).get(direction) or {}).values():
                before, _, after = pattern.partition("{0}")
                found.setdefault("before", set()).update(_keys(before))
                words = after.split()
                found.setdefault("after", set()).update(
                    _keys(words[-1] if len(words) > 1 else after.strip()[-1:] if after.strip() and all(
                        cjk_or_hangul(char) for char in after.strip()) else ""))
    return found


def _windows_names(zones: dict) -> dict[str, str]:
    """Windows' zone ids ("W. Europe Standard Time", "Korea Standard Time", "Romance Standard
    Time"), by the IANA zone CLDR maps each to: a Windows id names that zone, daylight saving or
    not, though its words say standard time (`zone_offsets_at` gives it both on a day of daylight
    saving). Not those CLDR names too ("Pacific Standard Time" is standard time), nor those that
    write UTC or GMT ("UTC-11", "GMT Standard Time", London's)."""
    from babel.core import get_global

    return {key: zone for name, zone in get_global("windows_zone_mapping").items()
            if not ({"utc", "gmt"} & set(re.split(r"[^a-z]+", name.lower())))
            for key in _keys(name) if key not in zones and _zone_info(zone) is not None}


def build_table() -> dict:
    """The table from Babel: {"babel": version, "periods": {language: {word: [hours]}}, "zones":
    {name: [offsets]}, "zone_sources": {name: [source ids]}, "places": {name: IANA zone} and the
    words of their formats, "place_words" (`_place_names`), "windows": {Windows' zone id: IANA zone}
    (`_windows_names`), "sources": ["standard:@Moscow",
    "daylight:Europe/London", "generic:@America_Eastern", ...], "metazones": {metazone: [zones]},
    "generic_zones": {metazone: [zones its generic name stands for, where they differ]}, "gmt": [prefixes],
    "gmt_after": [suffixes],
    "noon" and "midnight": {language: [CLDR's words for them as day periods]}, and the
    clock's literals and the languages of a few CLDR clock layouts}. A period's hours are those at
    which a locale writes it (at the hour and at half past, every period field); a zone name's
    offsets are those of the standard or daylight time it names (long and short names of every
    metazone and zone, in 2024; a long name whose time no zone keeps in 2024 has none), and its
    sources say which zones' standard or daylight time it names, for the offsets of another year
    (`zone_offsets_at`; `_zone_names`); "gmt" are the words a locale writes before a numeric
    offset ("GMT", "UTC", "غرينتش", "Гринуич"), "gmt_after" those it writes after one (Ewe's "GMT",
    Anii's "Gk", Persian's "گرینویچ")."""
    import babel
    from babel import Locale
    from babel.dates import format_datetime
    from babel.localedata import locale_identifiers

    import datenorm.babel_data  # noqa: F401 - each locale's data its own, whatever was read before

    metazone_offsets, known = _metazones()
    periods: dict[str, dict[str, set[int]]] = {}
    zones: dict[str, set[int]] = {}
    sources: dict[str, set[str]] = {}  # where each zone name's offsets come from: "standard:@Europe_Central"
    gmt: set[str] = set()
    gmt_after: set[str] = set()
    literals: dict[str, set[str]] = {}
    inside: set[str] = set()
    short: set[str] = set()
    dotted: set[str] = set()
    hours24: set[str] = set()
    units: dict[str, set[str]] = {}
    relative: dict[str, dict[str, set[str]]] = {}
    moments = [dt.datetime(2001, 1, 1, h, m) for h in range(24) for m in (0, 30)]
    named: dict[str, dict[str, set[str]]] = {"noon": {}, "midnight": {}}
    places: dict[str, str] = {}
    place_words: set[str] = set()
    for ident in sorted(locale_identifiers()):
        locale = Locale.parse(ident)
        for field in _PERIOD_FIELDS:
            try:
                written = [format_datetime(moment, field, locale=locale) for moment in moments]
            except Exception:  # noqa: BLE001 - Babel lacks period data it needs (az_Arab's night2)
                continue
            for moment, word in zip(moments, written):
                for key in _keys(word, digits=True):
                    periods.setdefault(locale.language, {}).setdefault(key, set()).add(moment.hour)

        for kind, words in _noon_and_midnight(locale).items():
            named[kind].setdefault(locale.language, set()).update(words)
        for key, offsets, source in _zone_names(locale, metazone_offsets, known):
            zones.setdefault(key, set()).update(offsets)
            sources.setdefault(key, set()).add(source)
        found, words = _place_names(locale)
        for key, zone in found.items():
            places.setdefault(key, zone)
        place_words.update(words)
        before, after = locale.zone_formats["gmt"].split("%s")
        gmt.update(_keys(before))
        gmt_after.update(_keys(after))
        for kind, words in time_literals(locale).items():
            literals.setdefault(kind, set()).update(words)
        if writes_period_inside(locale):
            inside.add(locale.language)
        if writes_short_minutes(locale):
            short.add(locale.language)
        if writes_dot_before_period(locale):
            dotted.add(locale.language)
        if ident == locale.language and "H" in locale.time_formats["short"].pattern:
            hours24.add(ident)
        for kind, words in _unit_words(locale).items():
            if kind in ("before", "after"):
                relative.setdefault(locale.language, {}).setdefault(kind, set()).update(words)
            else:
                units.setdefault(kind, set()).update(words)
    # not a period of other hours too: Spanish "del mediodía" is 12-19
    for kind, hour in (("noon", 12), ("midnight", 0)):
        for lang, words in named[kind].items():
            words = {word for word in words if periods.get(lang, {}).get(word, {hour}) == {hour}}
            # and a word alone, not a phrase around one ("del mediodía" beside "mediodía")
            named[kind][lang] = {word for word in words if not (" " in word and set(word.split()) & words)}
    _add_library_periods(periods)
    source_ids = {source: i for i, source in enumerate(sorted({source for found in sources.values() for source in found}))}
    return {"babel": babel.__version__,
            "literals": {kind: sorted(words) for kind, words in sorted(literals.items())},
            "periods_inside": sorted(inside),
            "short_minutes": sorted(short),
            "dot_before_period": sorted(dotted),
            "hours_24": sorted(hours24),
            "unit_words": {kind: sorted(words - units["hour"]) for kind, words in sorted(units.items()) if kind != "hour"},
            "relative_words": {lang: {side: sorted(words) for side, words in sorted(sides.items())}
                               for lang, sides in sorted(relative.items())},
            "periods": {lang: {word: sorted(hours) for word, hours in sorted(words.items())}
                        for lang, words in sorted(periods.items())},
            "zones": {name: sorted(offsets) for name, offsets in sorted(zones.items())},
            "places": dict(sorted((name, zone) for name, zone in places.items()
                                  if name not in zones and name not in NOT_ZONES_BY_PLACE)),
            "place_words": sorted(place_words),
            "windows": dict(sorted(_windows_names(zones).items())),
            "zone_sources": {name: sorted(source_ids[source] for source in found) for name, found in sorted(sources.items())},
            "sources": list(source_ids),
            "metazones": {metazone: _named_member(metazone, zones_of) for metazone, zones_of in sorted(known.items())},
            "generic_zones": {metazone: generic for metazone, zones_of in sorted(known.items())
                              if (generic := _generic_members(metazone, zones_of))
                              != _named_member(metazone, zones_of)},
            "gmt": sorted(gmt),
            "gmt_after": sorted(gmt_after),
            **{kind: {lang: sorted(words) for lang, words in sorted(by_lang.items()) if words}
               for kind, by_lang in named.items()}}


def _add_library_periods(periods: dict[str, dict[str, set[int]]]) -> None:
    """Add to CLDR's day periods (`periods`, by language) those moment.js and date-fns write
    (`library.day_periods`): moment's at the hours it writes them, CLDR's words too (Bengali
    "দুপুর 11:53", CLDR's from 12:00); date-fns's a.m. and p.m. where the language has no such
    word (German "nachmittags" is not every p.m. hour: "10:00 nachmittags" is no 22:00). A new
    word of one or two Latin letters is left out: other texts write it too ("12:30 de 3 de mayo");
    of another script it has two characters or more, its vowel marks counted (Japanese "ごご",
    Konkani "राती")."""
    from datenorm.library import day_periods
    from datenorm.months import long_enough

    for lang, kinds in sorted(day_periods().items()):
        table = periods.setdefault(lang, {})
        for kind, words in enumerate(kinds):
            for word, hours in sorted(words.items()):
                for key in _keys(word, digits=True):
                    if key in table:
                        if kind == 0:
                            table[key].update(hours)
                    elif long_enough(key):
                        table[key] = set(hours)


@functools.cache
def _table() -> dict:
    return json.loads(WORDS_FILE.read_text(encoding="utf-8"))


@functools.cache
def _zone_table() -> dict:
    """The table's `ZONE_PARTS`, from their own file."""
    return json.loads(ZONES_FILE.read_text(encoding="utf-8"))


@functools.cache
def _places() -> dict:
    """The table's `PLACE_PARTS`, from their own file."""
    return json.loads(PLACES_FILE.read_text(encoding="utf-8"))


# Zone names people write that CLDR's tables lack, by the IANA zone whose time (that day) they name:
# China's "Beijing time" (CLDR: 中国标准时间), Tokyo's, Korea's, Moscow's and Kyiv's as Russian and
# Ukrainian write them, Paris's as French writes it (CLDR: "heure : Paris"), Spain's mainland's, and
# the big cities of countries of several zones (`_place_names` reads only those of one zone); Nepali's
# "दिल्ली" is Dili, but in Hindi Delhi
ZONES_IN_USE = {"北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "beijing time": "Asia/Shanghai",
                "东京时间": "Asia/Tokyo", "東京時間": "Asia/Tokyo", "한국 시간": "Asia/Seoul", "한국시간": "Asia/Seoul",
                "korea time": "Asia/Seoul", "kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv",
                "московское время": "Europe/Moscow", "по московскому времени": "Europe/Moscow",
                "киевское время": "Europe/Kyiv", "по киевскому времени": "Europe/Kyiv",
                "київський час": "Europe/Kyiv", "за київським часом": "Europe/Kyiv",
                "heure de paris": "Europe/Paris", "heure française": "Europe/Paris",
                "hora peninsular": "Europe/Madrid", "hora de madrid": "Europe/Madrid", "madrid time": "Europe/Madrid",
                "uk time": "Europe/London", "british time": "Europe/London",
                "new york time": "America/New_York", "sydney time": "Australia/Sydney",
                "shanghai time": "Asia/Shanghai", "hawaii time": "Pacific/Honolulu",
                "berlin time": "Europe/Berlin", "berliner zeit": "Europe/Berlin", "deutscher zeit": "Europe/Berlin",
                "delhi time": "Asia/Kolkata", "mumbai time": "Asia/Kolkata", "दिल्ली समय": "Asia/Kolkata",
                "भारतीय समय": "Asia/Kolkata", "भारतीय समयानुसार": "Asia/Kolkata",
                "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome",
                "heure suisse": "Europe/Zurich", "schweizer zeit": "Europe/Zurich",
                "heure du québec": "America/Toronto", "heure de montréal": "America/Toronto",
                "hora de españa": "Europe/Madrid", "hora de canarias": "Atlantic/Canary",
                "hora de méxico": "America/Mexico_City", "hora del centro de méxico": "America/Mexico_City",
                "hora argentina": "America/Argentina/Buenos_Aires", "hora de buenos aires": "America/Argentina/Buenos_Aires",
                "hora de lisboa": "Europe/Lisbon", "hora de portugal": "Europe/Lisbon",
                "türkiye saatiyle": "Europe/Istanbul", "türkiye saati": "Europe/Istanbul",
                "по гринвичу": "Etc/UTC", "по берлинскому времени": "Europe/Berlin", "за києвом": "Europe/Kyiv",
                "한국시각": "Asia/Seoul", "한국 시각": "Asia/Seoul", "美东时间": "America/New_York",
                "美西时间": "America/Los_Angeles", "英国時間": "Europe/London", "英国时间": "Europe/London",
                "بتوقيت مكة المكرمة": "Asia/Riyadh", "بتوقيت السعودية": "Asia/Riyadh",
                "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo", "بتوقيت بيروت": "Asia/Beirut"}
# Place names CLDR's format makes that name other places in the language's writing: Spanish
# "Granada" (Grenada) and "Guadalupe" (Guadeloupe) are Spanish and Mexican places too
NOT_ZONES_BY_PLACE = frozenset({"hora de granada", "hora de guadalupe"})


@functools.cache
def zones_by_place() -> dict[str, str]:
    """The zone names that name a zone by its place, by the IANA zone: CLDR's location names (the
    table's "places"), Windows' ids ("windows") and `ZONES_IN_USE`."""
    return {**_places()["places"], **_places()["windows"], **ZONES_IN_USE}


@functools.cache
def _zones() -> dict[str, list[int]]:
    """The table's zone names and those by place (`zones_by_place`), with their 2024 offsets."""
    places = zones_by_place()
    offsets = {zone: sorted(day_offsets(zone, dt.date(2024, 1, 15)) | day_offsets(zone, dt.date(2024, 7, 15)))
               for zone in set(places.values())}  # some hundred zones for 48,000 names
    return {**_zone_table()["zones"], **{name: offsets[zone] for name, zone in places.items()}}


@functools.cache
def _names(part: str, lang: str | None = None) -> dict[str, list[int]]:
    """A part of the table: the zone names; a language's day periods; or, with no language, the
    day periods of every language (with `WIDELY_USED`, of the widely used languages only), each
    word standing for the hours of the most widely used languages that write it
    (`LANGUAGE_WEIGHTS`; of equals, every one's)."""
    if part == "zones":
        return _zones()
    if part != "periods":
        return _table()[part]
    table = _periods()
    if lang is not None and lang != WIDELY_USED:
        return table.get(lang, {})
    merged: dict[str, set[int]] = {}
    weights: dict[str, int] = {}
    for language, words in table.items():
        weight = LANGUAGE_WEIGHTS.get(language, 1)
        if lang == WIDELY_USED and weight == 1:
            continue
        for word, hours in words.items():
            if word in OWN_LANGUAGE_ONLY.get(language, ()):
                continue
            if weight > weights.get(word, 0):  # a more widely used language's reading replaces the others'
                merged[word], weights[word] = set(hours), weight
            elif weight == weights[word]:
                merged[word].update(hours)
    return {word: sorted(hours) for word, hours in merged.items()}


# The ending CLDR's date-time pattern glues to the time, after its day period: Telugu "{1} {0}కి"
# ("6 ఏప్రిల్ 1917 1:53:55 మధ్యాహ్నంకి", in the afternoon)
GLUED_TO_THE_TIME = {"te": "కి"}


@functools.cache
def _periods() -> dict[str, dict[str, list[int]]]:
    """The table's day periods of each language with those in use beside them (`_in_use`), and each
    with the ending its language's date-time pattern glues to the time (`GLUED_TO_THE_TIME`)."""
    table = {language: {**words, **{key: sorted({*words.get(key, ()), *hours}) for word, hours in _in_use(language)
                                    for key in _keys(word)}}
             for language, words in _table()["periods"].items()}
    for language, ending in GLUED_TO_THE_TIME.items():
        words = table.get(language, {})
        words.update({word + ending: hours for word, hours in list(words.items()) if not word.endswith(ending)})
    return table


def _in_use(language: str) -> list[tuple[str, range | tuple[int, ...]]]:
    """The day periods of a language the generator teaches (`DAY_PERIOD_WORDS`) and people write
    (`PERIODS_IN_USE`) beside CLDR's, with their hours."""
    taught = [(word, range(first, last)) for first, last, word in DAY_PERIOD_WORDS.get(language, ())]
    return taught + list(PERIODS_IN_USE.get(language, {}).items())


@functools.cache
def _lengths(part: str, lang: str | None, last: bool) -> dict[str, tuple[int, ...]]:
    """The lengths of the names of `_names(part, lang)` by their first (or `last`) character,
    longest first: a lookup at a position tries only the names that can start (or end) there."""
    lengths: dict[str, set[int]] = {}
    for name in _names(part, lang):
        lengths.setdefault(name[-1] if last else name[0], set()).add(len(name))
    return {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word: no letter of the same word and script touches
    either end (a name in a script written without spaces, "午後", may touch anything, and so may
    Hangul, whose words take particles and are often run together: "29일오후 11:01"; a Latin "PM"
    takes a case ending in the text's own script: Telugu "9:04 PMకి", Nepali "AMको 7:30")."""
    def joins(a: str, b: str) -> bool:
        return (_in_word(a) and _in_word(b) and not (cjk_or_hangul(a) or cjk_or_hangul(b))
                and (not (script := _script(a)) or not (other := _script(b)) or script == other))
    return not ((start > 0 and joins(text[start - 1], text[start]))
                or (end < len(text) and joins(text[end - 1], text[end])))


@functools.cache
def _script(char: str) -> str:
    """The first word of a letter's Unicode name, which names its script ("LATIN", "TELUGU"); ""
    for a modifier letter or a mark, which belongs to the letters either side (Uzbek "toʻlov")."""
    if unicodedata.category(char) in ("Lm", "Mn", "Mc", "Me"):
        return ""
    return unicodedata.name(char, "").partition(" ")[0]


def cjk_or_hangul(char: str) -> bool:
    """A character of a script without spaces (`unspaced`) or a Hangul syllable: a word in them
    may touch the next ("29일오후", "周一 正午")."""
    return unspaced(char) or "\uac00" <= char <= "\ud7af"


def _in_word(char: str) -> bool:
    """A letter, or a mark written on one (Devanagari's vowel signs: "मार्च" holds no "म")."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


def unspaced(char: str) -> bool:
    """A character of a script written without spaces between words (Chinese, Japanese, Thai...)."""
    return "\u0e00" <= char <= "\u0eff" or "\u3040" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@functools.cache
def period_stems() -> frozenset[str]:
    """The first five letters (four of a shorter word) of the words of every language's day periods,
    a period of several words written together too ("po południu": "popoł"): a word that begins
    with one may be a day period however it is inflected ("pomeriggio", "serata", "nachmittag",
    "вечером")."""
    stems = set()
    for words in _periods().values():
        for word in words:
            for part in (*word.split(), word.replace(" ", "")):
                letters = part.strip(".")
                if len(letters) >= 4 and letters.isalpha():
                    stems.add(letters[:5])
    return frozenset(stems)


def may_be_a_period(word: str) -> bool:
    """Whether a word of four letters or more begins like some language's day period (`period_stems`)."""
    return len(word) >= 4 and (word[:5] in period_stems() or word[:4] in period_stems())


@functools.cache
def time_zone_words() -> frozenset[str]:
    """The words that name a zone with "time" after them in CLDR's English names ("eastern",
    "pacific", "moscow" of "Eastern Time", "Moscow Time"): people write the word alone after a
    clock ("10:00 Eastern")."""
    return frozenset(name[:-5] for name in _zone_table()["zones"] if name.endswith(" time") and name.count(" ") == 1)


@functools.cache
def zone_vocabulary() -> frozenset[str]:
    """The words of four letters or more that ten or more of CLDR's zone names write ("time",
    "zeit", "heure", "hora", "czas", "aika", "saati", "standard", "central", "europa"): a word that
    begins or ends with one may name a zone ("weltzeit", "czasu", "saatiyle")."""
    counts: dict[str, int] = {}
    for name in _zone_table()["zones"]:
        for word in set(name.split()):
            if len(word) >= 4 and word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count >= 10)


def may_name_a_zone(word: str) -> bool:
    """Whether a word begins or ends with a word of CLDR's zone names (`zone_vocabulary`)."""
    vocabulary = zone_vocabulary()
    return len(word) >= 4 and any(word[:size] in vocabulary or word[-size:] in vocabulary
                                  for size in range(4, len(word) + 1))


@functools.cache
def zone_first_words() -> frozenset[str]:
    """The first words of CLDR's zone names of every language ("eastern", "pacific", "heure",
    "mitteleuropäische"): a word that may begin a zone's name."""
    return frozenset(name.split()[0] for name in _zone_table()["zones"] if name.split())


def _name_at(text: str, pos: int, part: str, lang: str | None = None) -> tuple[int, list[int]] | None:
    """The longest name of `_names(part, lang)` that starts at `pos`: (its end, its values)."""
    names = _names(part, lang)
    for length in _lengths(part, lang, False).get(text[pos:pos + 1], ()):
        name = text[pos:pos + length]
        if len(name) == length and name in names and _bounded(text, pos, pos + length):
            return pos + length, names[name]
    return None


def _name_before(text: str, pos: int, part: str, lang: str | None = None) -> tuple[int, list[int]] | None:
    """The longest name of `_names(part, lang)` that ends at `pos`: (its start, its values)."""
    names = _names(part, lang)
    for length in _lengths(part, lang, True).get(text[pos - 1:pos] if pos else "", ()):
        if length <= pos and (name := text[pos - length:pos]) in names and _bounded(text, pos - length, pos):
            return pos - length, names[name]
    return None


def _telling(word: str) -> bool:
    """Whether a day period of some language tells the hour in a text of any language: not one or
    two Latin letters, which are words of other languages too ("to", "e", "em", "a": "10 to 12 May",
    "às 10:42 em 03/05"), unless am or pm, or two with a full stop, which abbreviate ("i.n.", "du.")."""
    letters = "".join(c for c in word if c.isalpha())
    return len(letters) >= 3 or not letters.isascii() or letters in ("am", "pm") or (len(letters) == 2 and "." in word)


def _told(hits, word) -> list[tuple[int, list[int]]]:
    """Of (a period found, whether of the text's own language), those that tell the hour: not one
    of every hour, and, for another language's, `_telling` its `word(hit)` as written."""
    return [hit for hit, own in hits if hit and len(hit[1]) < 20 and (own or _telling(word(hit)))]


def _after_spaces(text: str, pos: int) -> tuple[int, ...]:
    """`pos`, and where the spaces from `pos` end: moment.js writes some periods after two ("3:45:30  எற்பாடு")."""
    end = len(text) - len(text[pos:].lstrip(" ")) if pos < len(text) else pos
    return (pos, end) if end > pos else (pos,)


def _before_spaces(text: str, pos: int) -> tuple[int, ...]:
    """`pos`, where the spaces that end at `pos` start, before a comma there too when a clock
    written 1-12 starts at `pos` (Korean "저녁, 7:45:49"; not "mañana, 16:30", tomorrow), and where
    a Latin word before them ends when a case ending in another script follows it (Nepali "AMको
    12:45")."""
    ends = [pos]
    if (start := len(text[:pos].rstrip(" "))) < pos:
        ends.append(start)
    if (text[:ends[-1]].endswith(",") and ends[-1] < pos
            and (hour := _HOUR_AT.match(text, pos)) is not None and int(hour.group()) <= 12):
        ends.append(len(text[:ends[-1] - 1].rstrip(" ")))
    latin = ends[-1]
    while latin > 0 and _in_word(text[latin - 1]) and _script(text[latin - 1]) != "LATIN":
        latin -= 1
    if 0 < latin < ends[-1] and _script(text[latin - 1]) == "LATIN":
        ends.append(latin)
    return tuple(ends)


_HOUR_AT = re.compile(r"[0-9]{1,2}(?![0-9])")


def period_after(text: str, pos: int, lang: str | None = None) -> tuple[int, frozenset[int]] | None:
    """The day period written at `pos` of a normalised text, or after the spaces there: (its end, the
    hours 0-23 it may stand for, widened by `loosely`). The longest of a period of `lang` (the
    text's language, when it is known) and one of any language (of a widely used one, when it is
    known) that tells the hour (`_telling`); the language's own where both are as long."""
    for start in _after_spaces(text, pos):
        if MONTH_AFTER_AM_PM.match(text, start):  # Scottish Gaelic "4 am faoilleach": January
            continue
        found = _told(((_name_at(text, start, "periods", lang) if lang else None, True),
                       (_name_at(text, start, "periods", WIDELY_USED if lang else None), False)),
                      lambda hit: text[start:hit[0]])
        if found:
            # max keeps the first (own) of equals; a dot after it makes no word longer (Swedish
            # "4:04 fm." is its "fm", not Norwegian "fm.", 10-11)
            end, hours = max(found, key=lambda hit: hit[0] - (text[hit[0] - 1] == "."))
            return end, loosely(hours)
    return None


# Day periods that are other words too, not read apart from a clock: tomorrow (Spanish "mañana",
# Dutch and German "morgen"), late (Spanish and Portuguese "tarde"), the eve of a day (Hebrew "ערב"),
# a day (Russian and Ukrainian "день", "дня": "2 дня назад"), English "sore" (Indonesian afternoon)
PERIODS_ALSO_OTHER_WORDS = frozenset({"mañana", "morgen", "tarde", "ערב", "день", "дня", "sore"})


_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")


def periods_written(text: str, lang: str | None = None) -> list[tuple[int, int, frozenset[int]]]:
    """Every day period of `lang` (with no language given, of the widely used languages) written as
    a word of its own in a normalised text, no letter touching it on either side, whatever the
    script ("午後の紅茶" is a tea): (its start, its end, its hours as the table gives them). Only
    words of four letters or more (two or more of a script of its own: "晚上"), none of
    `PERIODS_ALSO_OTHER_WORDS`, none of every hour."""
    found = []
    for word_start in _WORD_START.finditer(text):
        if (start := word_start.start()) and _in_word(text[start - 1]):
            continue
        hit = _name_at(text, start, "periods", lang or WIDELY_USED)
        if hit is None or len(hit[1]) >= 20 or _in_word(text[hit[0]:hit[0] + 1] or " "):
            continue
        word = text[start:hit[0]]
        letters = sum(map(str.isalpha, word))
        if (letters >= 4 or letters >= 2 and not word.isascii()) and word not in PERIODS_ALSO_OTHER_WORDS:
            found.append((start, hit[0], frozenset(hit[1])))
    return found


def any_period_at(text: str, pos: int) -> int | None:
    """Where a day period of any language that starts at `pos` (or after the spaces there) ends, however
    short ("9:47 ea", "1:52 ch"), or None."""
    for start in _after_spaces(text, pos):
        if found := _name_at(text, start, "periods"):
            return found[0]
    return None


def own_period_at(text: str, pos: int, lang: str) -> tuple[int, frozenset[int]] | None:
    """A day period of `lang` alone that starts at `pos`: (its end, its hours, as `loosely` widens them)."""
    found = _name_at(text, pos, "periods", lang)
    return (found[0], loosely(found[1])) if found else None


# Words a language writes before a clock that other languages' day periods spell: Welsh "am" is
# "at", as CLDR's own Welsh datetimes write it ("17 mawrth 2019 am 21:04"); German, Swiss German
# and Luxembourgish "am" is "on the" ("Termin am 12:00, 21.10.2021" is at noon)
NOT_PERIODS_BEFORE = {"cy": frozenset({"am"}), "de": frozenset({"am"}), "gsw": frozenset({"am"}),
                      "lb": frozenset({"am"})}


def period_before(text: str, pos: int, lang: str | None = None) -> tuple[int, frozenset[int]] | None:
    """The day period that ends at `pos` of a normalised text, or before the spaces there, as
    `period_after` finds one: (its start, its hours). "午後3時", "오후 3시", "öö 12:19"; not Danish
    "d. 12:23", nor a word of `NOT_PERIODS_BEFORE` in its language, nor one of a spaced script glued
    to a number before it, which marks that number (Basque "23a 07:30": the 23rd, not "a", p.m.;
    "2020-03-12下午3.05.09" has its period)."""
    for end in _before_spaces(text, pos):
        found = _told(((_name_before(text, end, "periods", lang) if lang else None, True),
                       (_name_before(text, end, "periods", WIDELY_USED if lang else None), False)),
                      lambda hit: text[hit[0]:end])
        found = [hit for hit in found if text[hit[0]:end].strip() not in NOT_PERIODS_BEFORE.get(lang, ())
                 and not (text[hit[0] - 1:hit[0]].isdigit() and not cjk_or_hangul(text[hit[0]]))]
        if found:
            start, hours = min(found, key=lambda hit: hit[0])
            return start, loosely(hours)
    return None


@functools.cache
def _loose(hours: tuple[int, ...]) -> frozenset[int]:
    if len(hours) >= 12:
        return frozenset(hours)
    return frozenset((hour + step) % 24 for hour in hours for step in range(-2, 3)
                     if (hour < 12) == (hour + step < 12) or not 0 <= hour + step < 24)


def loosely(hours: list[int]) -> frozenset[int]:
    """A period's hours as people use them: CLDR's bounds are one locale's convention ("9 in the
    evening" is past its English evening, 18:00-21:00), so a period of a part of the day reaches two
    hours further each way, but not across noon ("1:37 di mattina" is no 13:37) ; am and pm, and
    other halves of the day, keep their bounds."""
    return _loose(tuple(hours))


def zone_name_after(text: str, pos: int, date: dt.date | None = None) -> tuple[int, frozenset[int]] | None:
    """A CLDR zone name written at `pos` (after spaces or an opening bracket): (its end, the offsets
    in minutes it may stand for: on `date` when given (`zone_offsets_at`), else, or where the tz
    database gives none that day, those of 2024)."""
    start = pos + len(text[pos:]) - len(text[pos:].lstrip(" ([")) if pos < len(text) else pos
    if (found := _name_at(text, start, "zones")) and not _ends_a_longer_name(text, start, text[start:found[0]]):
        return found[0], _offsets_then(text[start:found[0]], found[1], date)
    return None


def _ends_a_longer_name(text: str, start: int, name: str) -> bool:
    """Whether a zone's name by its place (`zones_by_place`, not `ZONES_IN_USE`) written at `start`
    follows a word of letters of a spaced script, a space apart, that is no day period or hour's
    word: it ends another place's name or a person's ("new jersey time", "michael jordan time"), no
    zone's ("10:00 am tokyo time", "10 uhr deutschland (ortszeit)")."""
    if name in ZONES_IN_USE or name not in zones_by_place():
        return False
    before = text[:start].rstrip(" ")
    word = before.rsplit(" ", 1)[-1]
    if len(before) == start or not word.isalpha() or any(cjk_or_hangul(char) for char in word):
        return False
    return any_period_at(text, len(before) - len(word)) is None and word not in literals("hour")


def long_zone_name_in(text: str) -> str | None:
    """The first zone's long name, CLDR's or by place (`zones_by_place`), that a normalised text writes as words
    of their own with nothing but a mark, a number or the end after them ("于北京时间2017年9月13日",
    "(converted from eastern time)"; not "china time trial", "cape verde vs senegal", "山区时间表"),
    and that says it is a time: one by place, or one with a word that most zones' names of
    its language hold (`_zone_name_words`: "time", "heure", "时间"; not a place alone: "yukon"). A
    word of a spaced script begins after a space or a mark (Korean "기다림이란 시간" holds no Iran
    time)."""
    words, endings = _zone_name_words()
    tokens = set(text.split())
    if not (words.intersection(tokens) or words.intersection(token.strip(".,;:()[]") for token in tokens)
            or any(ending in text for ending in endings) or any(name in text for name in ZONES_IN_USE)):
        return None  # no word of time: no name to look for
    for start, char in enumerate(text):
        if _in_word(char) and not (start and _in_word(text[start - 1]) and not unspaced(char)):
            if name := time_zone_name_at(text, start):
                return name
    return None


def time_zone_name_at(text: str, start: int) -> str | None:
    """The zone's long name that `long_zone_name_in` reads at `start` of a normalised text, or None."""
    found = _name_at(text, start, "zones")
    if found is None or not long_zone_name(name := text[start:found[0]]) or _in_word(text[found[0]:found[0] + 1] or " ") \
            or _ends_a_longer_name(text, start, name):
        return None
    after = text[found[0]:].lstrip(" ")
    return name if (name in zones_by_place() or _names_a_time(name)) and (not after or not _in_word(after[0])) else None


def _long_word(word: str) -> bool:
    """Three characters or more, or two Hangul or CJK ones (Korean "시간"): not a word like "de",
    Urdu "کا" or Hindi "दा" ("of")."""
    return len(word) >= 3 or len(word) == 2 and all(cjk_or_hangul(char) for char in word)


def _names_a_time(name: str) -> bool:
    """Whether a zone's name holds a word that most zones' names of a language hold ("time",
    "heure", "hora"), or, written without spaces, ends as they do ("时间", "時間")."""
    words, endings = _zone_name_words()
    return any(word in words for word in name.split()) or " " not in name and name[-2:] in endings


@functools.cache
def _zone_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words (`_long_word`) that the zone names of 20 or more different zones hold (of a name by
    its place, only the words of its language's format: "time", "시간"), and the last two
    characters of the names written without spaces of 20 or more: the words of "time", not of a
    place ("hong kong", "lord howe")."""
    table, names = _table(), _zone_table()
    words: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}
    places = {name: {zone} for name, zone in _places()["places"].items()}
    format_words = {word for word in _places()["place_words"] if len(word) >= 4 or not word.isascii()}  # not "for"
    for name in [*names["zones"], *places]:
        zones = places.get(name) or {table["sources"][source].split(":", 1)[1]
                                     for source in names["zone_sources"].get(name, ())}
        if " " in name:
            for word in set(name.split()) & format_words if name in places else set(name.split()):
                words.setdefault(word, set()).update(zones)
        elif len(name) >= 4 and not name.isascii():
            endings.setdefault(name[-2:], set()).update(zones)
    return (frozenset(word for word, zones in words.items() if len(zones) >= 20 and _long_word(word)),
            frozenset(ending for ending, zones in endings.items() if len(zones) >= 20))


def zone_name_before(text: str, pos: int, date: dt.date | None = None) -> tuple[int, frozenset[int]] | None:
    """A CLDR zone name that ends at `pos`, or spaces before it, as `zone_name_after` gives it."""
    end = len(text[:pos].rstrip(" "))
    if found := _name_before(text, end, "zones"):
        return found[0], _offsets_then(text[found[0]:end], found[1], date)
    return None


def _offsets_then(name: str, offsets: list[int], date: dt.date | None) -> frozenset[int]:
    """The offsets of a zone name on `date`; where its zones kept different ones that day, the one
    of them it stands for today ("India Standard Time" in 2000: Kolkata's +05:30, not Colombo's
    +06:00), else all of them (a name of several offsets)."""
    if date is None:
        return frozenset(offsets)
    then = zone_offsets_at(name, date)
    if len(then) > 1 and len(today := then & set(offsets)) == 1:
        return today
    return then or frozenset(offsets)


@functools.lru_cache(maxsize=4096)
def zone_offsets_at(name: str, date: dt.date) -> frozenset[int]:
    """The offsets a CLDR zone name stands for on a day, as the tz database has them then: the
    standard offset (the smaller that year) or the daylight one (the larger; none in a year without
    one) of each zone it names, or, for a generic name ("Eastern Time"), the offset the day keeps.
    "Moscow Standard Time" is +04:00 in 2012 and +03:00 since 2014; "Irish Standard Time",
    Dublin's summer time, +01:00. Empty for a name not in the table or zones the system lacks."""
    if name in (places := zones_by_place()):  # a Windows id says standard time, meaning the zone's time too
        return day_offsets(places[name], date) | (standard_offsets(places[name], date) if name in _places()["windows"]
                                                  else frozenset())
    table = _table()
    found: set[int] = set()
    for source in _zone_table()["zone_sources"].get(name, ()):
        kind, where = table["sources"][source].split(":", 1)
        if kind == "generic":
            found |= generic_offsets(where[1:], date)
            continue
        for zone in table["metazones"].get(where[1:], ()) if where.startswith("@") else (where,):
            found |= _kind_offsets(zone, kind == "daylight", date)
    return frozenset(found)


def generic_offsets(metazone: str, date: dt.date) -> frozenset[int]:
    """The offsets a metazone's generic time ("Eastern Time", "ET") keeps on a day: those most of
    the zones its generic name stands for keep (`_generic_members`; Indiana kept Eastern Standard
    Time all year until 2006, Ojinaga Mountain time until 2022), one, or two on the day their
    clocks change; where as many keep one as another, both."""
    counts = Counter(day_offsets(zone, date) for zone in generic_zones(metazone))
    ranked = counts.most_common()
    return frozenset().union(*(offsets for offsets, n in ranked if n == ranked[0][1])) if ranked else frozenset()


def generic_zones(metazone: str) -> list[str]:
    """The IANA zones a metazone's generic time ("Eastern Time", "ET") stands for (`_generic_members`)."""
    table = _table()
    return table["generic_zones"].get(metazone) or table["metazones"].get(metazone, [])


@functools.lru_cache(maxsize=16384)
def day_offsets(zone: str, date: dt.date) -> frozenset[int]:
    """The offsets an IANA zone keeps on a local day: one, or two on the day its clocks change."""
    tz = _zone_info(zone)
    if tz is None:
        return frozenset()
    try:
        return frozenset(int(dt.datetime.combine(date, moment, tz).utcoffset().total_seconds()) // 60
                         for moment in (dt.time(0, 0), dt.time(12, 0), dt.time(23, 59)))
    except (ValueError, OverflowError):
        return frozenset()


def standard_offsets(zone: str, date: dt.date) -> frozenset[int]:
    """The standard offset an IANA zone keeps in the year of a day (`_kind_offsets`): Moscow's was
    +04:00 from 2011 to 2014."""
    return _kind_offsets(zone, False, date)


@functools.lru_cache(maxsize=16384)
def _kind_offsets(zone: str, daylight: bool, date: dt.date) -> frozenset[int]:
    """The standard or daylight offset of an IANA zone on a day: the day's own offset (at noon)
    when the day keeps that kind of time, else that year's other kind, from mid-January or
    mid-July (none in a year without one). A day keeps daylight time when the tz database says so
    (Moscow after its permanent moves of 2011 and 2014 keeps standard time); in a zone whose
    database flag is negative, Dublin's, whose winter is the exception in law, the larger offset
    of the year is CLDR's daylight time ("Irish Standard Time")."""
    tz = _zone_info(zone)
    if tz is None:
        return frozenset()
    try:
        moments = [dt.datetime(date.year, month, mday, 12, tzinfo=tz) for month, mday in ((date.month, date.day),
                                                                                       (1, 15), (7, 15))]
        kinds = [(int(moment.utcoffset().total_seconds()) // 60, moment.dst()) for moment in moments]
    except (ValueError, OverflowError):
        return frozenset()
    highest = max(offset for offset, _ in kinds)
    negative = any(saving is not None and saving < dt.timedelta(0) for _, saving in kinds)
    lowest = min(offset for offset, _ in kinds)
    in_daylight = [offset == highest > lowest if negative else bool(saving and saving > dt.timedelta(0))
                   for offset, saving in kinds]
    if in_daylight[0] == daylight:
        return frozenset((kinds[0][0],))
    return frozenset(offset for (offset, _), kind in zip(kinds[1:], in_daylight[1:]) if kind == daylight)


@functools.cache
def _zone_info(zone: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


@functools.cache
def numbers_of_units(text: str, kind: str, lang: str | None = None) -> list[re.Match]:
    """The numbers of minutes or seconds a normalised text writes with a word for them (`kind`
    "minute" or "second": "20 minuten", "20 minutos", "20秒", "42분"; the table's "unit_words"),
    group 1 the number; not those of a relative time in `lang` or English ("45 secs ago", "vor 20
    minuten", "5分前"; without a language, in any widely used one, `LANGUAGE_WEIGHTS`: not Faroese
    "um"; the table's "relative_words")."""
    before, after = _relative_words(lang)
    return [found for found in _units(kind).finditer(text)
            if not _relative(text[:found.start()].rstrip(), before, True)
            and not _relative(text[found.end():].lstrip(), after, False)]


@functools.cache
def _relative_words(lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = _table()["relative_words"]
    languages = [lang, "en"] if lang else [language for language in table if LANGUAGE_WEIGHTS.get(language, 1) > 1]
    return tuple(tuple({word for language in languages for word in table.get(language, {}).get(side, ())})
                 for side in ("before", "after"))


def _relative(side: str, words: list[str], before: bool) -> bool:
    return any(side.endswith(word) and not _in_word(side[-len(word) - 1:-len(word)] or " ") if before
               else side.startswith(word) and not _in_word(side[len(word):len(word) + 1] or " ")
               for word in words if word)


@functools.cache
def _units(kind: str) -> re.Pattern:
    words = sorted(_table()["unit_words"].get(kind, ()), key=len, reverse=True)
    return re.compile(rf"(?<![0-9.:])([0-9]{{1,2}}) ?(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])")


@functools.cache
def writes_24_hours(lang: str | None) -> bool:
    """Whether a language's short CLDR time writes hours 0-23 (Slovak and Japanese "H:mm"; the
    table's "hours_24", of each language's own locale)."""
    return lang in _hours_24()


@functools.cache
def _hours_24() -> frozenset[str]:
    return frozenset(_table()["hours_24"])


@functools.cache
def literals(kind: str) -> tuple[str, ...]:
    """The words CLDR's time patterns write around a clock's numbers, of every locale, by where
    they stand: "hour" (after the hour: "時", Dzongkha's "སྐར་མ་" before the minute), "minute"
    (after the minute, before the second: "ນາທີ"), "second" (after the second: "秒"; some
    locales' hour words too, Swiss French "h") or "joint" (between the numbers and the day period:
    Kurdish "ê", Ewe "ga", Bodo "नि")."""
    return tuple(_table()["literals"].get(kind, ()))


@functools.cache
def periods_inside() -> frozenset[str]:
    """The languages whose CLDR time patterns write the day period between the hour and the minute
    (`writes_period_inside`)."""
    return frozenset(_table()["periods_inside"])


@functools.cache
def short_minutes() -> frozenset[str]:
    """The languages whose CLDR time patterns write a minute or second of one digit after a colon
    (`writes_short_minutes`)."""
    return frozenset(_table()["short_minutes"])


def cldr_period(word: str, lang: str) -> bool:
    """Whether a normalised word is one of CLDR's day periods of `lang` (Ukrainian "дп")."""
    return word in _table()["periods"].get(lang, {})


@functools.cache
def dot_before_period() -> frozenset[str]:
    """The languages whose CLDR time patterns write a full stop between the clock and the day
    period (`writes_dot_before_period`), and those whose glibc locale does (`DOT_BEFORE_PERIOD`)."""
    return frozenset(_table()["dot_before_period"]) | DOT_BEFORE_PERIOD


# glibc's date and time formats that write a full stop before the day period: Albanian's
# "%I:%M:%S.%p" ("10:42:07.MD")
DOT_BEFORE_PERIOD = frozenset({"sq"})


@functools.cache
def noon_or_midnight_words(kind: str) -> dict[str, tuple[str, ...]]:
    """CLDR's words for "noon" or "midnight" as a day period, by language (`_noon_and_midnight`)."""
    return {lang: tuple(words) for lang, words in _table()[kind].items()}


@functools.cache
def gmt_words_after() -> tuple[str, ...]:
    """The words locales write after a numeric offset for GMT ("+04:00 gmt", "+04:00 gk"), longest first."""
    return tuple(sorted(_table()["gmt_after"], key=len, reverse=True))


@functools.cache
def gmt_words() -> tuple[str, ...]:
    """The words locales write before a numeric offset ("gmt", "utc", "غرينتش"), longest first."""
    return tuple(sorted(_table()["gmt"], key=len, reverse=True))


def write_table() -> None:
    """`build_table` written out: its `ZONE_PARTS` to `ZONES_FILE`, its `PLACE_PARTS` to
    `PLACES_FILE`, the rest to `WORDS_FILE`."""
    table = build_table()
    for path, part in ((WORDS_FILE, {key: value for key, value in table.items() if key not in (*ZONE_PARTS, *PLACE_PARTS)}),
                       (ZONES_FILE, {key: table[key] for key in ZONE_PARTS}),
                       (PLACES_FILE, {key: table[key] for key in PLACE_PARTS})):
        path.write_text(json.dumps(part, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    write_table()
