"""Holidays people write as dates: one table, the day of those fixed in the calendar, None for those
whose date moves from year to year.

A holiday counts only when it is the whole text, with at most "the", "day", a weekday and a year
beside it ("Christmas Day 2019", "Weihnachten 2019"): inside prose ("2 weeks before Christmas",
"Noël Coward 1899") it names no date. Names that are also places or people's names, or whose day
differs between countries (Portuguese "Natal", "réveillon"), are left out.
"""

from __future__ import annotations

import re

# name -> (month, day), or None for a holiday whose date moves
HOLIDAYS: dict[str, tuple[int, int] | None] = {
    # fixed
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
    "new years eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "bastille day": (7, 14), "heiligabend": (12, 24), "weihnachten": (12, 25),
    "erster weihnachtstag": (12, 25), "1. weihnachtstag": (12, 25), "zweiter weihnachtstag": (12, 26),
    "2. weihnachtstag": (12, 26), "silvester": (12, 31), "neujahr": (1, 1), "tag der deutschen einheit": (10, 3),
    "noël": (12, 25), "jour de noël": (12, 25), "jour de l'an": (1, 1), "saint-sylvestre": (12, 31),
    "navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
    "natale": (12, 25), "capodanno": (1, 1), "kerstmis": (12, 25), "eerste kerstdag": (12, 25),
    "oudejaarsavond": (12, 31), "nieuwjaarsdag": (1, 1), "boże narodzenie": (12, 25), "wigilia": (12, 24),
    "sylwester": (12, 31),
    # moveable
    "easter": None, "easter sunday": None, "easter monday": None, "good friday": None, "holy thursday": None,
    "holy saturday": None, "palm sunday": None, "ash wednesday": None, "pentecost": None, "whitsun": None,
    "whit sunday": None, "whit monday": None, "ascension day": None, "corpus christi": None, "mardi gras": None,
    "shrove tuesday": None, "thanksgiving": None, "thanksgiving day": None, "mother's day": None,
    "mothers day": None, "father's day": None, "fathers day": None, "memorial day": None, "labor day": None,
    "labour day": None, "martin luther king day": None, "presidents day": None, "presidents' day": None,
    "columbus day": None, "victoria day": None, "chinese new year": None, "lunar new year": None,
    "ramadan": None, "eid": None, "eid al-fitr": None, "eid al-adha": None, "diwali": None, "hanukkah": None,
    "hanukah": None, "passover": None, "rosh hashanah": None, "yom kippur": None, "ostern": None,
    "ostersonntag": None, "ostermontag": None, "karfreitag": None, "pfingsten": None, "himmelfahrt": None,
    "pâques": None, "pentecôte": None, "pascua": None, "semana santa": None, "pasqua": None, "pasen": None,
    "pinksteren": None, "wielkanoc": None, "пасха": None, "páscoa": None, "carnaval": None, "karneval": None,
    "fasching": None,
}

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# the whole text: an optional weekday, "the", the holiday, "day", an optional year
_HOLIDAY_TEXT = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<name>"
                           + "|".join(re.escape(name) for name in sorted(HOLIDAYS, key=len, reverse=True))
                           + r")(?:\s+day)?,?(?:\s+(?P<year>[0-9]{4}))?")


def holiday(plain: str) -> tuple[str, tuple[int, int] | None] | None:
    """(the holiday's name, its (month, day) or None when its date moves) for a normalised text
    without its clock that is a holiday and at most a weekday and a year; None for any other text."""
    match = _HOLIDAY_TEXT.fullmatch(plain.strip(" ,."))
    return None if match is None else (match["name"], HOLIDAYS[match["name"]])


def as_date(plain: str) -> str | None:
    """A fixed holiday's text with the holiday written as its day and English month ("christmas day
    2019" -> "25 december 2019"), for the model to read; None for any other text."""
    from datenorm.months import ENGLISH_MONTHS

    found = holiday(plain)
    if found is None or found[1] is None:
        return None
    month, day = found[1]
    year = _HOLIDAY_TEXT.fullmatch(plain.strip(" ,."))["year"]
    return f"{day} {ENGLISH_MONTHS[month - 1]}" + (f" {year}" if year else "")
