"""Month names from CLDR (through Babel), so the runtime can tell when a text names one month and
the model read another ("Sat 15 Mar 2003" read as May) and report it instead of answering wrong.

Loading every Babel locale takes seconds, so the table is built once (`python -m datenorm.months`)
and shipped as month_names.json, which loads in milliseconds; a test keeps the two in step.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from datenorm.clock import without_clock
from datenorm.library import short_date_patterns, weekday_names
from datenorm.text import LETTER, month_is_written, normalize_text

NAMES_FILE = Path(__file__).with_name("month_names.json")
# The month names moment.js, dayjs and date-fns write in each locale (scripts/library_months.js)
LIBRARY_MONTHS_FILE = Path(__file__).with_name("library_months.json")
ROMAN_MONTHS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
# Month names people write that CLDR does not have, each seen in real text: the abbreviations of
# Vietnamese apps ("Th8 29, 2022"), the older Czech "čer" (June; CLDR has "čvn"), the spoken
# Greek "Μάη" (May), and Ukrainian consonant abbreviations. `build_table` adds them to the
# language's names (names with digits are left to the digit check, as CLDR's "thg 8" is) and the
# generator writes them (`generate._written_month_templates`).
WRITTEN_MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "vi": {month: (f"Th{month}", f"Thg{month}") for month in range(1, 13)},
    "cs": {6: ("čer",)},
    "el": {5: ("Μάη",)},
    "uk": {4: ("Квт",), 5: ("Трв",), 6: ("Чрв",)},
    "sq": {7: ("Kor",)},  # date-fns's July, CLDR's "korr"
}
# Words split at digits, spaces and punctuation, so "2021nov22", "[09/may/2013:" and "3.v.1979"
# give their month word; the same split is applied to the names.
_WORD = re.compile(r"[0-9]+|[^\s0-9.,;:/\\\-()'’\"\[\]{}<>|_~*،؛]+")


# Letters of the Arabic script that writers of Arabic, Persian and Kurdish use for one another: the
# Persian yeh and kaf and the Arabic ones ("مایس" and "مايس", May), the alef maqsura.
_ARABIC_LETTER_VARIANTS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def words(text: str) -> list[str]:
    """The words and numbers of a normalised text, accents and other combining marks removed
    (people drop them: "fevrier") and Arabic-script letter variants made one, so names and texts
    are compared the same way."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = text.translate(_ARABIC_LETTER_VARIANTS)
    return _WORD.findall(text)


def build_table() -> dict:
    """The table from Babel: {"babel": version, "languages": {lang: {name: [months]}},
    "english_weekdays": [names], "weekday_clashes": {lang: [names]}}. Month names are CLDR's wide
    and abbreviated ones in both contexts (genitive "maja", stand-alone "maj"), as `words` sees
    them; names with digits ("5月") are left to the digit check. Weekday names (wide, abbreviated,
    short) are English, and per language those of them that are also its own words."""
    import datetime as dt

    import babel
    from babel import Locale
    from babel.dates import format_timedelta
    from babel.localedata import locale_identifiers

    import datenorm.babel_data  # noqa: F401 - each locale's data its own, whatever was read before

    languages: dict[str, dict[str, set[int]]] = {}

    def key(name: str) -> str | None:
        parts = words(normalize_text(name))
        return " ".join(parts) if parts and not any(p.isdigit() for p in parts) else None

    def names(field: dict) -> Iterator[tuple[str, int]]:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated", "short"):
                for number, name in field.get(context, {}).get(width, {}).items():
                    if (k := key(name)) is not None:
                        yield k, number

    day_words: dict[str, set[str]] = {}
    wide_days: set[str] = set()
    day_numbers: dict[str, dict[str, dict[str, set[int]]]] = {"wide": {}, "abbreviated": {}}  # lang -> name -> 0 (Monday) .. 6
    orders: dict[str, set[str]] = {}  # lang -> the orders of its short dates
    numbered_days: dict[str, set[str]] = {}  # lang -> weekday names with a number ("th 6", "ll 5")
    units: set[str] = set()
    for ident in sorted(locale_identifiers()):
        locale = Locale.parse(ident)
        if written := _short_date_order(locale.date_formats["short"].pattern):
            orders.setdefault(locale.language, set()).add(written)
        table = languages.setdefault(locale.language, {})
        for name, month in names(locale.months):
            table.setdefault(name, set()).add(month)
        day_words.setdefault(locale.language, set()).update(name for name, _ in names(locale.days))
        for width, by_language in day_numbers.items():
            numbers = by_language.setdefault(locale.language, {})
            for context in ("format", "stand-alone"):
                for weekday, name in locale.days.get(context, {}).get(width, {}).items():
                    if (k := key(name)) is not None:
                        numbers.setdefault(k, set()).add(weekday)
        wide_days.update(k for context in ("format", "stand-alone")
                         for name in locale.days.get(context, {}).get("wide", {}).values() if (k := key(name)))
        numbered_days.setdefault(locale.language, set()).update(_numbered_weekday_names(locale))
        for count in (1, 2, 5, 11, 21):  # each plural form: "1 tháng", "2 месяца", "5 месяцев"
            written = format_timedelta(dt.timedelta(days=31 * count), granularity="month", threshold=100, locale=locale)
            units.update(word for word in words(normalize_text(written)) if not word.isdigit())
    # the libraries' own wide names too, declined as they write them (Lithuanian "šeštadienį"), but
    # for one of two letters, a word of other languages (Kurdish "În", Friday, is "in")
    wide_days.update(k for written in weekday_names(short=False).values() for name in written
                     if (k := key(name)) and len(k) > 2)
    library_days = {lang: found for lang, written in weekday_names().items()
                    if (found := {k for name in written if (k := key(name)) is not None} - day_words.get(lang, set()))}
    for lang, patterns in short_date_patterns().items():  # date-fns's Bengali "MM/dd/yyyy"
        orders.setdefault(lang, set()).update(filter(None, map(_short_date_order, patterns)))
    for lang, written in WRITTEN_MONTHS.items():
        for month, spellings in written.items():
            for spelling in spellings:
                if (k := key(spelling)) is not None:
                    languages[lang].setdefault(k, set()).add(month)
    library = _library_months(languages, key)
    for lang, written in library.items():
        for month, spellings in written.items():
            languages[lang].update((key(spelling), {month}) for spelling in spellings)
    weekdays = day_words["en"]
    return {"babel": babel.__version__,
            "library_months": {lang: {str(month): spellings for month, spellings in sorted(written.items())}
                               for lang, written in sorted(library.items())},
            "english_weekdays": sorted(weekdays),
            "numeric_orders": _numeric_orders(orders),  # the order a language's numeric dates are read in
            # the weekday names moment.js and date-fns write that CLDR's lack (Javanese "sep", Saturday)
            "library_weekdays": {lang: sorted(found) for lang, found in sorted(library_days.items())},
            # every language's weekday names in full ("vasarnap"), CLDR's and the libraries'
            "wide_weekdays": sorted(wide_days),
            # weekday names that write a number, by language: Vietnamese "th 6" (Friday), Makonde "ll 5"
            "numbered_weekdays": {lang: sorted(found) for lang, found in sorted(numbered_days.items()) if found},
            # each language's weekday names, wide and abbreviated, with the weekdays they name (0: Monday)
            "weekdays": {width: {lang: {name: sorted(days) for name, days in sorted(table.items())}
                                 for lang, table in sorted(by_language.items())}
                         for width, by_language in day_numbers.items()},
            # the words for "month" (CLDR's units): no month of their own, whatever names they hold
            "month_units": sorted(units - {name for table in languages.values() for name in table}),
            "languages": {lang: {name: sorted(months) for name, months in sorted(table.items())}
                          for lang, table in sorted(languages.items())},
            # English weekday words that are also a weekday or a month in another language
            "weekday_clashes": {lang: sorted(found) for lang in sorted(languages) if lang != "en"
                                if (found := weekdays & (day_words[lang] | set(languages[lang])))}}


def _numbered_weekday_names(locale) -> set[str]:
    """A locale's weekday names, of any width, that write a number beside letters ("th 6", "ll5")."""
    return {written for width in locale.days.get("format", {}).values() for name in width.values()
            if re.search(r"[0-9]", written := normalize_text(name).strip()) and re.search(r"[^\W\d_]", written)}


def _short_date_order(pattern: str) -> str | None:
    """The order of a short date pattern's day, month and year ("d.MM.y": "DMY", "y/M/d": "YMD",
    "M/d/yy": "MDY"), with the separator after a two-digit year that comes first ("yy/M/d":
    "YMD/"); None for one that writes no numeric date."""
    fields = re.sub(r"'[^']*'|[\u200e\u200f\u061c]", "", pattern)  # Arabic's "d\u200f/M\u200f/y"
    order = "".join(dict.fromkeys({"d": "D", "M": "M", "L": "M", "y": "Y"}[c] for c in fields if c in "dMLy"))
    if len(order) != 3:
        return None
    if order == "YMD" and re.match(r"yy[^y]", fields):
        return order + fields[2:].lstrip(" ")[:1]
    return order


def _numeric_orders(orders: dict[str, set[str]]) -> dict[str, str]:
    """Of the orders of each language's short dates (`_short_date_order`: its CLDR locales' and its
    date-fns locales', `datenorm.library.short_date_patterns`), the one that settles a text where
    they agree: day first, or a two-digit year first with its separator; "" where some write the
    day first and some the month first (English: en-GB and en-US; date-fns writes Bengali
    "MM/dd/yyyy", CLDR "d/M/yy"). Not month first alone, which CLDR gives many African and Indian
    locales that write the day first; nor the year in full first, which settles no text with a
    two-digit year and says nothing against another order (Korean "yy. M. d." and date-fns's
    "y.MM.dd"), nor the order of a language that only inherits root's "y-MM-dd". Where some locales
    write the day first and some a two-digit year first, both ("DMYYMD-": French, fr-CA's
    "yy-MM-dd"): day first but where the text writes two digits first with that separator."""
    settled: dict[str, str] = {}
    for lang, written in sorted(orders.items()):
        found = written - {"YMD"}
        if len(found) == 1 and ((order := next(iter(found))) == "DMY" or len(order) == 4):
            settled[lang] = order
        elif {"DMY", "MDY"} <= found:
            settled[lang] = ""
        elif len(found) == 2 and "DMY" in found and len(year_first := max(found, key=len)) == 4:
            settled[lang] = "DMY" + year_first
    return settled


def numeric_order(lang: str | None, text: str) -> str | None:
    """The order in which every locale of `lang` (CLDR's and date-fns's) writes a date in numbers,
    where it settles a normalised `text`'s: day first (Estonian "7.03.19", Czech "07.03.19"), or a
    two-digit year first, written with the locales' separator (Basque "23/11/28", Korean "19. 5.
    3."); day first in French but for two digits first with fr-CA's hyphen ("01/11/2024" is the
    1st of November, "24-01-11" unsettled); None where the locales differ (English, Spanish,
    Chinese, Bengali), write the
    month first alone (CLDR's "M/d/yy" of many locales that write the day first), or no language
    is given."""
    order = _table()["numeric_orders"].get(lang) if lang else None
    if not order:
        return None
    day_first, year_first = order.startswith("DMY"), order.removeprefix("DMY")
    if year_first and re.search(r"(?<![0-9])[0-9]{2}" + re.escape(year_first[3:]) + r" ?[0-9]", text):
        return None if day_first else "YMD"  # French "24-01-11": fr-CA's year first, or the day first
    return "DMY" if day_first else None


def orders_differ(lang: str | None) -> bool:
    """Whether some locales of `lang` write their numeric dates day first and some month first
    (`_numeric_orders`): only a text's numbers can say which dates it may be."""
    return lang is not None and _table()["numeric_orders"].get(lang) == ""


def _library_months(languages: dict[str, dict[str, set[int]]], key: Callable[[str], str | None]
                    ) -> dict[str, dict[int, list[str]]]:
    """The month names moment.js, dayjs and date-fns write (`LIBRARY_MONTHS_FILE`) that a
    language's CLDR names lack, as written: of three Latin letters or two other characters
    (Kurdish "Rêb.", Welsh "Aws", Amharic "ኦገ", Dhivehi "މޭ", whose vowel is a mark), naming
    one month in the language ("Nopember", "Whiringa-ā-rangi", "ئادار", "նմբ"), whatever it names
    in others (Haitian "jen" is June, Irish "Mei" June, Breton "Her" October). They witness a
    month in a text of their language only (`_library_keys`), so a short one is no witness in
    another language's text."""
    found: dict[str, dict[int, list[str]]] = {}
    for lang, written in json.loads(LIBRARY_MONTHS_FILE.read_text(encoding="utf-8")).items():
        if lang not in languages or lang in ("vi", "bo"):  # names the checks cannot yet witness: Vietnamese
            continue  # "Tháng Mười Một" with a letter the model lacks is "tháng mười"; Tibetan's glued day
        months_of: dict[str, set[int]] = {}
        for month, spellings in written.items():
            for spelling in spellings:
                if (k := key(spelling)) is not None:
                    months_of.setdefault(k, set()).add(int(month))
        for month, spellings in written.items():
            for spelling in spellings:
                k = key(spelling)
                if (k is not None and k not in languages[lang] and months_of[k] == {int(month)}
                        and long_enough(k, spelling)):
                    found.setdefault(lang, {}).setdefault(int(month), []).append(spelling)
    return found


_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")


def long_enough(key: str, written: str | None = None) -> bool:
    """Whether a library's word, as a table's `key` and as `written`, is long enough to be read as
    a month or a day period of its language: three Latin letters, or two characters of another
    script with the marks that write its vowels (Dhivehi "މޭ", Japanese "ごご"), or initials each
    written with its dot (Irish "D.F.", Deireadh Fómhair); shorter ones are other words too."""
    if written is not None and _DOTTED_INITIALS.fullmatch(written):
        return True
    if key.isascii():
        return sum(map(str.isalpha, key)) >= 3
    return sum(1 for c in written or key if c.isalpha() or unicodedata.category(c).startswith("M")) >= 2


@functools.cache
def _library_keys() -> dict[str, frozenset[str]]:
    """By language, the names of `_library_months` as the name table writes them: names of their
    language alone, left out of every language's names ("*"), the names inside words and the
    languages of words."""
    keys: dict[str, set[str]] = {}
    for lang, written in _table()["library_months"].items():
        for spellings in written.values():
            keys.setdefault(lang, set()).update(" ".join(words(normalize_text(s))) for s in spellings)
    return {lang: frozenset(found) for lang, found in keys.items()}


def _all_languages_names(long_library_names: bool = True) -> Iterator[tuple[str, dict[str, list[int]]]]:
    """Each language's name table without the libraries' short names (`_library_keys`): of fewer
    than five Latin letters or four other characters, which may be words of other languages; the
    long ones ("whiringa-ā-nuku", Uyghur "سىنتەبىر") name their month in a text of any language,
    unless `long_library_names` is False (inside other words even they may be other words:
    Belarusian "студ" in "студент")."""
    library = _library_keys()
    for lang, table in _table()["languages"].items():
        left_out = {name for name in library.get(lang, ()) if not long_library_names
                    or len(name.replace(" ", "")) < (5 if name.isascii() else 4)}
        yield lang, {name: months for name, months in table.items() if name not in left_out}


def written_months() -> dict[str, dict[int, tuple[str, ...]]]:
    """`WRITTEN_MONTHS` and the names of moment.js, dayjs and date-fns CLDR lacks (`_library_months`),
    which the generator writes."""
    merged = {lang: dict(written) for lang, written in WRITTEN_MONTHS.items()}
    for lang, written in _table()["library_months"].items():
        for month, spellings in written.items():
            merged.setdefault(lang, {})[int(month)] = (*merged.get(lang, {}).get(int(month), ()), *spellings)
    return merged


@functools.cache
def _table() -> dict:
    return json.loads(NAMES_FILE.read_text(encoding="utf-8"))


@functools.cache
def month_names(lang: str, own_only: bool = False) -> tuple[dict[str, frozenset[int]], frozenset[str], int]:
    """(name -> months, first words of the names of several words, most words in a name) for texts
    in `lang`: its own names and English ones (log and machine formats are English in every
    language) and Roman numerals, or with `own_only` its own names alone; for "*", every
    language's names."""
    table = _table()["languages"]
    if lang == "*":
        sources = [item for _, language in _all_languages_names() for item in language.items()]
    elif own_only:
        sources = list(table.get(lang, {}).items())
    else:
        sources = [*table["en"].items(), *table.get(lang, {}).items()]
    if not own_only:
        sources += [(roman.lower(), [month]) for month, roman in enumerate(ROMAN_MONTHS[1:], 1)]
    if not sources:
        return {}, frozenset(), 1
    names: dict[str, set[int]] = {}
    for name, months in sources:
        names.setdefault(name, set()).update(months)
    starts = frozenset(name.split(" ", 1)[0] for name in names if " " in name)
    return ({name: frozenset(months) for name, months in names.items()}, starts,
            max(name.count(" ") + 1 for name in names))


def language_month_names(lang: str) -> dict[str, frozenset[int]]:
    """A language's own month names (as `words` sees them) and the months each stands for; empty
    for a language CLDR has no names for."""
    return {name: frozenset(months) for name, months in _table()["languages"].get(lang, {}).items()}


@functools.cache
def own_month_words(lang: str, english_months: bool = False) -> frozenset[str]:
    """`lang`'s month names (as `words` sees them) less English weekday words, which log stamps write
    in every language ("sat" is Saturday in a stamp, September in Balochi), and less English month
    names unless `english_months` (Basaa "may" is November)."""
    table = _table()
    english = set(table["english_weekdays"]) | (set() if english_months else set(table["languages"]["en"]))
    return frozenset(name for name in table["languages"].get(lang, {}) if name not in english)


@functools.cache
def _languages_of_words() -> dict[str, dict[str, frozenset[int]]]:
    """word -> {language: months} over every language's own month names (`own_month_words`), for
    telling a column's language from its dates."""
    index: dict[str, dict[str, frozenset[int]]] = {}
    for lang, table in _all_languages_names():
        own = own_month_words(lang)
        for name, months in table.items():
            if name in own:
                index.setdefault(name, {})[lang] = frozenset(months)
    return index


def languages_naming(plain: "str | TextMonths", month: int) -> list[str]:
    """The languages one of whose own month names, written as a word of the text, is `month`, in
    the order the text writes them ("hɔgbaa oflɔ 20 2000": Ga): whose other words the text may be
    read in when no language is given."""
    index = _languages_of_words()
    found: dict[str, None] = {}
    for word in _months(plain).words:
        for lang, months in index.get(word, {}).items():
            if month in months:
                found.setdefault(lang)
    return list(found)


def column_language(plains: Iterable[str], langs: Iterable[str], share: float = 0.5) -> tuple[str | None, int, int]:
    """(the language of a column of dates, how many of them name a month in it, how many name a month
    in any of `langs`), from normalised texts without their clocks. The language is the one of `langs`
    whose own month names (`own_month_words`) name a month in the most texts, in at least `share` of
    those that name one at all. When several languages do as well, it is the first of them in
    alphabetical order if they read every such text as the same month (Bosnian and Croatian), else
    None: "listopada" alone cannot tell Croatian October from Polish November, but a column with
    "studenoga" in it can. None too when no text names a month. `share` 0.5 was chosen on validation
    columns (benchmarks/column_language.py): 0.9 found a language for 86 of 312 one-language columns."""
    index = _languages_of_words()
    allowed = set(langs)
    readings: list[dict[str, frozenset[int]]] = []
    for plain in plains:
        found: dict[str, set[int]] = {}
        for word in words(plain):
            for lang, months in index.get(word, {}).items():
                if lang in allowed:
                    found.setdefault(lang, set()).update(months)
        if found:
            readings.append({lang: frozenset(months) for lang, months in found.items()})
    if not readings:
        return None, 0, 0
    counts: dict[str, int] = {}
    for found in readings:
        for lang in found:
            counts[lang] = counts.get(lang, 0) + 1
    best = max(counts.values())
    if best < share * len(readings):
        return None, best, len(readings)
    tied = sorted(lang for lang, count in counts.items() if count == best)
    if any(len({found.get(lang) for lang in tied}) > 1 for found in readings):
        return None, best, len(readings)
    return tied[0], best, len(readings)


@functools.cache
def english_weekdays() -> frozenset[str]:
    """English weekday names, wide and short ("monday", "mon", "mo"), and "on"."""
    return frozenset(_table()["english_weekdays"]) | {"on"}


# Weekdays written with their number, as people write them and CLDR does not: Vietnamese "Thứ 2"
# (Monday) to "Thứ 7" (Saturday), whose "thứ" no other language writes, so read with no language too.
WRITTEN_WEEKDAYS: dict[str, tuple[str, ...]] = {"vi": tuple(f"thứ {number}" for number in range(2, 8))}
# Letters a language writes before a month's number ("T5", "Th5", "Thg 5": Vietnamese May): its
# weekday names of those letters and a number (CLDR's "T5", "Th 5") may be a month's.
MONTH_NUMBER_PREFIXES: dict[str, tuple[str, ...]] = {"vi": ("t", "th", "thg")}


@functools.cache
def _numbered_weekdays(lang: str | None) -> re.Pattern | None:
    """One search for the weekday names of `lang` that write a number (`build_table`,
    `WRITTEN_WEEKDAYS`; with None, the written ones of every language), standing apart, with one
    space or none between letters and digits ("ll5", "ll 5", as a second reading spaces it out);
    not one whose letters also write a month's number (Vietnamese "T5", Thursday and May:
    `MONTH_NUMBER_PREFIXES`)."""
    prefixes = MONTH_NUMBER_PREFIXES.get(lang or "", ())
    names = [name for name in _table()["numbered_weekdays"].get(lang or "", ())
             if name.rstrip("0123456789 ") not in prefixes]
    names += [name for key, written in WRITTEN_WEEKDAYS.items() if lang in (None, key) for name in written]
    if not names:
        return None
    return re.compile("|".join(
        (r"(?<![^\W\d_])" if name[0].isalpha() else r"(?<![0-9])")
        + "".join(re.escape(char) + (r"\s?" if " " not in name and char.isdigit() != following.isdigit() else "")
                  for char, following in zip(name, name[1:] + name[-1]))
        + (r"(?![0-9])" if name[-1].isdigit() else r"(?![^\W\d_])")
        for name in sorted(names, key=len, reverse=True)))


def without_numbered_weekdays(plain: str, lang: str | None) -> str:
    """A normalised text without the weekday names that write a number, of `lang` or, with None, those
    no other language writes (Makonde "ll5 nov 30": the 5 is Thursday's; Vietnamese "thứ 2 ngày 6
    tháng 5": the 2 is Monday's)."""
    found = _numbered_weekdays(lang)
    return found.sub(" ", plain) if found is not None else plain


def is_weekday_name(word: str) -> bool:
    """Whether a word of a normalised (lower-case) text is a weekday's name in full in some language
    ("vasárnap", "dimanche"; in a few languages the full name is short: "sun", "joi")."""
    return " ".join(words(word)) in _wide_weekdays()


def is_weekday_of(word: str, lang: str | None) -> bool:
    """Whether a word of a normalised text is a weekday's name, in full or abbreviated, in `lang`
    (Yangben "kl", Thursday, which is also a clock's "kl." elsewhere)."""
    return lang is not None and " ".join(words(word)) in _weekday_words(lang)


@functools.cache
def _weekday_words(lang: str) -> frozenset[str]:
    tables = _table()["weekdays"]
    return frozenset(tables["wide"].get(lang, {})) | frozenset(tables["abbreviated"].get(lang, {}))


@functools.cache
def _weekday_parts(lang: str) -> frozenset[str]:
    """The words of `lang`'s weekday names, CLDR's and the libraries' ("dydd", "mawrth" of Welsh
    "dydd mawrth")."""
    return frozenset(part for name in weekday_words(lang) for part in name.split())


@functools.cache
def weekday_words(lang: str) -> frozenset[str]:
    """`lang`'s weekday names, wide and abbreviated, CLDR's and moment.js's and date-fns's, normalised."""
    return _weekday_words(lang) | frozenset(_table()["library_weekdays"].get(lang, ()))


@functools.cache
def _every_weekday_word() -> frozenset[str]:
    tables = _table()
    return frozenset(word for kind in ("wide", "abbreviated") for names in tables["weekdays"][kind].values()
                     for word in names) | frozenset(word for names in tables["library_weekdays"].values()
                                                    for word in names)


def is_weekday_word(word: str) -> bool:
    """Whether a word of a normalised text is a weekday's name, in full or abbreviated, in any
    language (Armenian "երկ", Monday, is also a day period's abbreviation)."""
    return word in _every_weekday_word()


@functools.cache
def _wide_weekdays() -> frozenset[str]:
    return frozenset(_table()["wide_weekdays"])


@functools.cache
def _english_weekdays(lang: str) -> frozenset[str]:
    """English weekday words that are not also words of `lang` (German "mo", "fr", "sa" are)."""
    table = _table()
    return frozenset(table["english_weekdays"]) - set(table["weekday_clashes"].get(lang, ()))


class TextMonths:
    """The month names of one normalised text without its clock, looked up once per language: the
    evidence a text gives of its month (`datenorm.evidence.Evidence.months`). The functions below
    take one, or the text itself."""

    __slots__ = ("plain", "words", "_found")

    def __init__(self, plain: str):
        self.plain = plain
        self.words = words(plain)
        # by language ("xx:own" for its own names alone; "~" the names inside words, "~xx" those of xx alone)
        self._found: dict[str, frozenset[int]] = {}

    def inflected(self, lang: str | None = None) -> frozenset[int]:
        """`inflected_months` of the text's words, looked up once; with `lang`, also the names
        of `lang` alone inside its words (`_library_keys`: Mongolian "арваннэгдүгээр сарын")."""
        found = self._found.get("~")
        if found is None:
            found = self._found["~"] = frozenset(inflected_months(self.words))
        if lang is not None and lang in _library_keys():
            key = f"~{lang}"
            own = self._found.get(key)
            if own is None:
                own = self._found[key] = frozenset(inflected_months(self.words, _inflectable_own(lang, True)))
            found |= own
        return found

    @property
    def has_letters(self) -> bool:
        return LETTER.search(self.plain) is not None

    def named(self, lang: str, own_only: bool = False) -> frozenset[int]:
        """The months the text names in `lang` (`month_names`: its own names, English and Roman
        numerals, or its own alone with `own_only`; "*": any language)."""
        key = f"{lang}:own" if own_only else lang
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = frozenset(_named(self.words, lang, own_only))
        return found


@functools.cache
def _weekday_names(lang: str) -> tuple[dict[str, int], dict[str, int], int]:
    """(full name -> weekday, abbreviation -> weekday, most words in a name) that name one weekday
    in `lang` and no month: CLDR's wide and abbreviated names (0: Monday), abbreviations of three
    letters or more ("mer", not "mi"); an abbreviation that is also a month ("mar": Spanish March
    and Tuesday) or names two days is no witness."""
    tables, months = _table()["weekdays"], language_month_names(lang)
    wide, abbreviated = tables["wide"].get(lang, {}), tables["abbreviated"].get(lang, {})
    full = {name: days[0] for name, days in wide.items() if len(days) == 1 and name not in months}
    short = {name: days[0] for name, days in abbreviated.items()
             if len(days) == 1 and name not in months and name not in wide and len(name.replace(" ", "")) >= 3}
    return full, short, max((name.count(" ") + 1 for name in (*wide, *abbreviated)), default=1)


def weekdays_named(plain: "str | TextMonths", lang: str | None) -> frozenset[int]:
    """The weekdays (0: Monday) a normalised text names beside its date, as a check of the date:
    a name of `lang` or English as the text's first word with the date's first number right after
    it ("Freitag, 03.05.2019", "mer. 3 mai 1979", "Sat 29 Feb 2020"), or a full name that ends the
    text right after the date's last number ("03/05/2019 (Friday)"); the longest name first
    ("çərşənbə axşamı" is Tuesday, "çərşənbə" Wednesday). Not a name elsewhere: a person's or a
    place's ("Domingo Pérez 12/01/2019", "Santo Domingo, 12/01/2019"), a day the text names for
    something else ("payment due Friday"). An abbreviation of three letters or more, and an
    English one only beside an English month name or no other word ("Sat, 01 Aug 2026", "Fri
    03/05/2019"), since "mon" and "fri" are words of French and Swedish. Without `lang`, English
    names alone."""
    text = _months(plain)
    parts = text.words
    found: set[int] = set()
    for language in (lang, "en") if lang and lang != "en" else ("en",):
        full, short, longest = _weekday_names(language)
        if language == "en" and lang != "en":
            clashes = set(_table()["weekday_clashes"].get(lang or "", ()))
            full = {name: day for name, day in full.items() if name not in clashes}
            beside_english = text.named("en", own_only=True) or sum(not part.isdigit() for part in parts) == 1
            short = {name: day for name, day in short.items() if name not in clashes} if beside_english else {}
        for size in range(min(longest, len(parts)), 0, -1):
            first = " ".join(parts[:size])
            if size < len(parts) and parts[size].isdigit() and (day := full.get(first, short.get(first))) is not None:
                found.add(day)
                break
        for size in range(min(longest, len(parts) - 1), 0, -1):
            last = " ".join(parts[-size:])
            if parts[-size - 1].isdigit() and (day := full.get(last)) is not None:
                found.add(day)
                break
    return frozenset(found)


def _months(text: "str | TextMonths") -> TextMonths:
    return text if isinstance(text, TextMonths) else TextMonths(text)


def _named(parts: list[str], lang: str, own_only: bool = False, weak_before_a_number: bool = False) -> set[int]:
    names, starts, longest = month_names(lang, own_only)
    found: set[int] = set()
    inside: set[int] = set()  # the places of the words of names of several words
    if not starts.isdisjoint(parts):  # names of several words, the longest at each place: Vietnamese
        after = 0                       # "tháng mười hai" is December, not "tháng mười" (October) too
        for start, word in enumerate(parts):
            if word in starts and start >= after:
                for end in range(min(start + longest, len(parts)), start + 1, -1):
                    if (months := names.get(" ".join(parts[start:end]))) is not None:
                        found.update(months)
                        inside.update(range(start, end))
                        after = end
                        break
    weak: list[int] = []  # where the text writes a weak name (`_weak_names`)
    for word in names.keys() & parts:  # set operations: this runs for every answer
        at = [i for i, part in enumerate(parts) if part == word and i not in inside] if inside else None
        if at == []:  # only inside a longer name: Igbo "okwaikumi na ibiri" (December) names no
            continue  # "okwaikumi" (October), Luo "dwe mar ariyo" (February) no "mar" (March)
        places = at if at is not None else [i for i, part in enumerate(parts) if part == word]
        if word in _weak_names(lang):
            weak += places
        elif word in _ROMAN_NAMES and (apart := [i for i in places if not _between_numbers(parts, i)]):
            # away from the date's numbers a Roman numeral is a word too, a month only as a weak name
            # is one: in Maori "23 Hui 2091 i 08:07" ("i": at) the weak "hui" beside the day names
            # February as "i" names January, so a reading of February is no conflict
            weak += apart
            if len(apart) < len(places):
                found.update(names[word])
        else:
            found.update(names[word])
    if weak_before_a_number:  # "30 aws 2095", not "15 2024 xun"
        weak = [i for i in weak if i + 1 < len(parts) and parts[i + 1].isdigit()]
    if weak and not found:
        found.update(_weak_months(parts, weak, names, lang))
    return found


def _weak_months(parts: list[str], at: list[int], names: dict[str, frozenset[int]], lang: str) -> set[int]:
    """The months the weak names at `at` of a text's words (`parts`) name: those beside a number
    of the text, or with one word of one or two letters between ("28 Bél 2023", "Kor 19, 2021",
    "1ê Rêb'a 2001an"), when no other word of the text names a month of its language, not even
    inside it (Kurdish "Ji ber 5ê Gulanê 2020": "ber", "because", is no December beside May's
    inflected "Gulanê"; Yoruba "Ope ni fun Olorun, ọjọ́ 5 ...": "ope", thanks, is far from it)."""
    def beside(i: int) -> bool:
        return any(0 <= i + step < len(parts) and (parts[i + step].isdigit() or (
            len(parts[i + step]) <= 2 and 0 <= i + 2 * step < len(parts) and parts[i + 2 * step].isdigit()))
            for step in (-1, 1))

    near = [i for i in at if beside(i)]
    others = [part for i, part in enumerate(parts) if i not in at]
    if not near or not names.keys().isdisjoint(others) or inflected_months(others, _inflectable_own(lang)):
        return set()
    return {month for i in near for month in names[parts[i]]}


@functools.cache
def _weak_names(lang: str) -> frozenset[str]:
    """`lang`'s library names (`_library_months`) short enough to be words too: of three Latin
    letters (Maori "hui", February, is "meeting"; Kurdish "ber", December, "because") or two
    other characters (Amharic "ማር", March, is "honey"; Sinhala "නව", February, "new"). They name
    a month only beside a number and in a text that names no other (`_weak_months`): "He hui 12
    Haratua 2019" names May."""
    return frozenset(name for name in _library_keys().get(lang, ()) if len(name) < (4 if name.isascii() else 3))


@functools.cache
def _english_month_clashes(lang: str) -> frozenset[str]:
    """`lang`'s month names that are English month names of other months: Basaa and Duala "may",
    Sesotho "jan", Teso "mar"."""
    english = _table()["languages"]["en"]
    return frozenset(name for name, months in language_month_names(lang).items()
                     if name in english and months != frozenset(english[name]))


def named_months(text: str, lang: str | None) -> set[int]:
    """The months a normalised text names in words or Roman numerals, read as `lang` or, for None,
    as English (a time of day is left out: "10:42 pm" names nothing)."""
    return set(TextMonths(without_clock(text)).named(lang or "en"))


def names_month(plain: "str | TextMonths", month: int) -> bool:
    """Whether a normalised text without its clock names `month` in words or Roman numerals in any
    language."""
    return month in _months(plain).named("*")


@functools.cache
def _inflectable_names() -> tuple[dict[str, frozenset[int]], tuple[tuple[str, frozenset[int]], ...]]:
    """(one-word names -> months, names of several words with their months) over every language,
    long enough not to turn up in other words by chance: three or more letters of the Latin
    alphabet (once accents are dropped), two or more of any other script (Syriac "ܐܒ", August, is
    written "ܒܐܒ", in August)."""
    names: dict[str, set[int]] = {}
    for _, table in _all_languages_names(long_library_names=False):
        for name, months in table.items():
            if len(name) >= (3 if name.isascii() else 2):
                names.setdefault(name, set()).update(months)
    return _single_and_several(names)


def _single_and_several(names: dict[str, "set[int] | list[int]"]
                        ) -> tuple[dict[str, frozenset[int]], tuple[tuple[str, frozenset[int]], ...]]:
    """`names` as `inflected_months` looks them up: (one-word names -> months, names of several words)."""
    return ({name: frozenset(months) for name, months in names.items() if " " not in name},
            tuple((name, frozenset(months)) for name, months in sorted(names.items()) if " " in name))


_inflectable = functools.cache(_inflectable_names)


@functools.cache
def _month_units() -> frozenset[str]:
    return frozenset(_table()["month_units"])


@functools.cache
def _inflectable_own(lang: str, library_only: bool = False) -> tuple[dict[str, frozenset[int]],
                                                                      tuple[tuple[str, frozenset[int]], ...]]:
    """`_inflectable_names` for `lang`'s names of three Latin letters or two other characters or
    more (with `library_only`, those of `lang` alone, `_library_keys`), leaving out its weak ones,
    which count as whole words beside a number only (`_weak_months`)."""
    return _single_and_several({name: months for name, months in _table()["languages"].get(lang, {}).items()
                                if (not library_only or name in _library_keys().get(lang, ()))
                                and name not in _weak_names(lang) and len(name) >= (3 if name.isascii() else 2)})


def _a_mark(char: str) -> bool:
    """Whether `char` is a combining mark: a name of two letters with a vowel sign after it is
    another syllable, no inflection (Bengali "আগে", before, holds no "আগ", August; "জুনে", in June,
    is June)."""
    return bool(char) and unicodedata.category(char).startswith("M")


def inflected_months(parts: list[str], tables: "tuple[dict[str, frozenset[int]], tuple] | None" = None) -> set[int]:
    """The months named, in some language, by the start of a word, its end after a prefix of one or
    two letters, or a name of several words: the inflected and prefixed forms CLDR does not list
    (Kurdish "sibata", Basque "martxoaren", Hebrew "ביוני", Syriac "ܒܟܢܘܢ ܐܚܪܝܐ"). A name of three
    letters must leave at most three after it ("meeting" is no Somali "mee", May), and one of two
    letters ends at no combining mark (`_a_mark`); a word for "month" names none ("tháng" holds Thai's "tha", May, and more)."""
    single, several = tables or _inflectable()
    units = _month_units()
    found: set[int] = set()
    for word in parts:
        if word.isdigit() or word in units:  # Vietnamese "tháng", month, holds no month
            continue
        for end in range(2, len(word) + 1):
            if ((months := single.get(word[:end])) is not None and (end >= 4 or len(word) - end <= 3)
                    and not (end == 2 and _a_mark(word[end:end + 1]))):
                found.update(months)
        for start in (1, 2):
            if (months := single.get(word[start:])) is not None:
                found.update(months)
    if len(parts) > 1:
        joined = " ".join(parts)
        for name, months in several:
            if name in joined:
                found.update(months)
    return found


def names_a_month_in_words(plain: "str | TextMonths") -> bool:
    """Whether a normalised text writes a month's name of several words in some language (Muscogee
    "hiyo rakko", August, whose "hiyo" is also its "now")."""
    names, starts, longest = month_names("*")
    parts = _months(plain).words
    return any(" ".join(parts[i:j]) in names for i, part in enumerate(parts) if part in starts
               for j in range(i + 2, min(i + longest, len(parts)) + 1))


def names_a_month_loosely(plain: "str | TextMonths") -> bool:
    """Whether a normalised text without its clock names a month in some language, in a word or
    inside one (`inflected_months`: Hebrew "במאי", Finnish "toukokuussa")."""
    text = _months(plain)
    return bool(text.named("*") or text.inflected())


def names_a_month(plain: "str | TextMonths") -> bool:
    """Whether a normalised text without its clock names a month in words in some language."""
    return bool(_months(plain).named("*"))


def names_month_in_a_word(plain: "str | TextMonths", month: int) -> bool:
    """`names_month`, but not by a Roman numeral away from the date's numbers alone (Czech "06. 05.
    19 v 8:59": "v" is "at", no May)."""
    text = _months(plain)
    if month not in text.named("*"):
        return False
    if month not in _roman_words_apart(text.words):
        return True
    return month in _named([word for word in text.words if word != _ROMAN[month]], "*")


def names_month_plainly(plain: "str | TextMonths", month: int) -> bool:
    """Whether the month words of a normalised text without its clock leave no doubt, without a
    language, that its month is `month`: an English word names it ("may 3 1979"; English is how
    month words are read with no language given), or every month the text names in any language
    is `month` (True when it names none): "2021 nov 22" names only November, but "28 kwa 29" names
    January in Makhuwa-Meetto and March in Teso."""
    found = _months(plain)
    return month in found.named("en") or found.named("*") <= {month}


def names_month_loosely(plain: "str | TextMonths", month: int, lang: str | None = None) -> bool:
    """`names_month`, or a name of `month` in some language (or one of `lang` alone) inside a word
    (`inflected_months`): the inflected and prefixed forms CLDR does not list (Hebrew "ביוני",
    Kurdish "sibata", Basque "martxoaren", Syriac "ܒܟܢܘܢ ܐܚܪܝܐ"). "2 foo 1979" and "page 7 2010"
    name no month."""
    found = _months(plain)
    return month in found.named("*") or month in found.inflected(lang)


def month_conflict(plain: "str | TextMonths", month: int, lang: str | None, day: int = 0) -> set[int]:
    """The months a normalised text without its clock names when none of them is `month` and
    `month` is not written as a number either, other than as the day `day` read with it (the model
    read one month, the text says another); else the empty set.

    A text that names no month, or names `month` among others, is no conflict. Without a language,
    only English names can conflict, and only when no word of the text names `month` in any
    language: "listopad" is October in Croatian and November in Polish, "mar" May in Teso. A text
    whose names mean several months in `lang` and English, next to an English weekday, is English;
    without one it is `lang`'s, when its own names give one month: "10 may 1987" in Duala is
    October, as Duala's dates and date columns write it (`datenorm.generate.column_months`)."""
    return month_check(plain, month, lang, day)[0]


# Words that mark the number beside them as a month: Vietnamese "tháng 9" (its abbreviation "thg 9")
# before it, Chinese and Japanese "9月", Korean "9월" right after it; not Monday's 月曜日 or 월요일, nor
# 月 alone apart ("2018/05/14 月 12:03", Monday)
_MARKED_MONTH = re.compile(r"(?<![^\W\d_])(?:tháng|thg)\s*([0-9]{1,2})(?![0-9])|(?<![0-9])([0-9]{1,2})[月월](?!曜|요일)")


def marked_months(plain: str) -> set[int]:
    """The months a normalised text writes as a number with a word that marks it a month
    ("thứ bảy, tháng 9 5 2076": September; "2019年9月5日")."""
    return {month for found in _MARKED_MONTH.finditer(plain) if 1 <= (month := int(found[1] or found[2])) <= 12}


def month_check(plain: "str | TextMonths", month: int, lang: str | None, day: int = 0) -> tuple[set[int], bool]:
    """(`month_conflict`, whether a word of the text names `month` in `lang` or English), from one
    look at the text's words: the runtime asks both of every answer."""
    text = _months(plain)
    found = text.named(lang or "en")
    if lang is not None and len(found) > 1 and (own := text.named(lang, own_only=True)):
        found -= _roman_words_apart(text.words) - own - text.named("en", own_only=True)
    if len(found) > 1 and lang is not None:
        if not _english_weekdays(lang).isdisjoint(text.words):
            found = text.named("en")  # "tue, 31 mar 1992" is an English stamp: March, not Teso's May
        elif not _english_month_clashes(lang).isdisjoint(text.words) and len(own := text.named(lang, True)) == 1:
            # no English weekday: "10 may 1987" is Duala's October, as its dates write it (its own
            # names alone: no Roman numerals, the "i" of "imɛŋ i putúkoóli" is not January)
            found = own
    if found and lang is not None and (apart := _named_apart_from_weekdays(text, lang)):
        found = (found & apart) or apart  # "maw, 30 aws 2095": Welsh Tuesday, 30 August; not March ("Mawrth")
    if not found or month in found:
        return set(), month in found
    if month_is_written(text.plain, month, day):
        return set(), False
    if lang is None and month in text.named("*"):
        return set(), True
    return found, False


def _named_apart_from_weekdays(text: TextMonths, lang: str) -> frozenset[int]:
    """The months a text names in `lang` (and English) but by its first word, when that is a weekday
    name of `lang`: where another word names a month, a name that is also the language's weekday
    is the weekday where weekdays are written, first (Welsh "maw, 30 aws 2095", Albanian "Sht 30
    Gus 2087", Italian "mar 15 ago"; but "mar 15, 2095" and "mar, 15 mar 2095 (dic)" are March, as
    is Galician "Mar 15 2024 xun": a short library name counts before a number only). Empty when it
    begins with no weekday name or names no other month."""
    weekdays, parts = weekday_words(lang), text.words
    if _weekday_parts(lang).isdisjoint(parts[:3]):  # asked of every answer: most write no weekday first
        return frozenset()
    covered = next((set(range(size)) for size in (3, 2, 1) if " ".join(parts[:size]) in weekdays), set())
    if not covered:
        return frozenset()
    return frozenset(_named(["" if i in covered else part for i, part in enumerate(parts)], lang, weak_before_a_number=True))


def _roman_words_apart(parts: list[str]) -> set[int]:
    """The months of the Roman numerals a text writes away from the date's numbers: not between
    two of them, as the month is ("15 v 2019", "2019. v. 15."). In a text that names a month in its
    own language such a numeral is a word (Maori "28 whi-ra 2023 i 00:45", "i" being "at")."""
    return {_ROMAN.index(word) for i, word in enumerate(parts) if word in _ROMAN[1:] and not _between_numbers(parts, i)}


def _between_numbers(parts: list[str], i: int) -> bool:
    """Whether the word at `i` stands between two numbers, where a date writes its month ("15 v 2019")."""
    return 0 < i < len(parts) - 1 and parts[i - 1].isdigit() and parts[i + 1].isdigit()


_ROMAN = tuple(numeral.lower() for numeral in ROMAN_MONTHS)


def named_in(plain: "str | TextMonths", lang: str, own_only: bool = False) -> dict[str, frozenset[int]]:
    """The words of a normalised text without its clock that name months in `lang` (and English,
    unless `own_only`), with the months each names."""
    names = month_names(lang, own_only)[0]
    return {word: names[word] for word in _months(plain).words if word in names}


@functools.cache
def _cut_names(lang: str) -> dict[str, frozenset[int]]:
    """The starts (three letters or more, short of the whole) of `lang`'s month names ("*": every
    language's), with the months the names they start mean."""
    cuts: dict[str, set[int]] = {}
    for name, months in month_names(lang)[0].items():
        if " " not in name:
            for end in range(3, len(name)):
                cuts.setdefault(name[:end], set()).update(months)
    return {cut: frozenset(months) for cut, months in cuts.items()}


@functools.lru_cache(maxsize=4096)
def _abbreviated(word: str, lang: str) -> frozenset[int]:
    """The months whose names in `lang` ("*": any) `word` writes without their vowels ("mrz", German
    "märz"; "dcmbr"), when it is no name itself."""
    return frozenset(month for name, months in month_names(lang)[0].items()
                     if len(name) > len(word) and " " not in name and _VOWELS.sub("", name) == word
                     for month in months)


@functools.lru_cache(maxsize=4096)
def _two_word_cut(first: str, second: str, lang: str) -> frozenset[int]:
    """The months whose names of two words in `lang` ("*": any) start with `first` and `second`."""
    if len(first) < 2 or len(second) < 2 or second.isdigit():
        return frozenset()
    return frozenset(month for name, months in month_names(lang)[0].items() if name.count(" ") == 1
                     and (halves := name.split(" "))[0].startswith(first) and halves[1].startswith(second)
                     and name != f"{first} {second}" for month in months)


_VOWELS = re.compile(r"(?<=.)[aeiouy]")  # the first letter stays: "oktbr" for "oktober"


def cut_names_written_out(text: str, lang: str | None) -> str:
    """A normalised text with each word that names no month but starts the names of one month, in
    `lang` or English (for None, in any language, for words beyond ASCII), or, with `lang`, writes
    them with letters left out, or, with `lang`, is a name of it only the libraries write
    (`_library_keys`: Breton "gou", Kurdish "ada"), written as that month's English name in its
    place: the abbreviations formatting libraries write and CLDR does not list ("جان 11, 1987",
    Arabic's January "جانفي"; Central Kurdish "شوب", February "شوبات"; German "mrz", "märz";
    Ukrainian "21 чер 2013 3:13", whose clock stays). `text` unchanged when there is none."""
    names, cuts = month_names(lang or "*")[0], _cut_names(lang or "*")
    found = list(_WORD.finditer(text))
    parts = [(words(match.group()) or [match.group()])[0] for match in found]
    written: dict[int, str] = {}  # the index of a word -> its month's English name ("" for none)
    for i in range(len(parts) - 1):  # a name of two words, each cut: Central Kurdish "کان-دوو", "کانوونی دووەم"
        if i not in written and parts[i] not in names and not parts[i].isdigit() and len(months := _two_word_cut(
                parts[i], parts[i + 1], lang or "*")) == 1 and (lang is not None or not parts[i].isascii()):
            written[i], written[i + 1] = ENGLISH_MONTHS[min(months) - 1], ""
    library = _library_keys().get(lang, frozenset()) if lang is not None else frozenset()
    for i, word in enumerate(parts):
        if (i not in written and word in library and len(months := names.get(word, ())) == 1
                and (word not in _weak_names(lang) or _weak_months(parts, [i], names, lang))):
            written[i] = ENGLISH_MONTHS[min(months) - 1]  # a name only the libraries write: Breton "gou"
            continue
        if i in written or word in names or len(word) < 3 or not word.isalpha():
            continue
        months = cuts.get(word, ()) if lang is not None or not word.isascii() else ()
        if len(months) != 1 and lang is not None:  # without one, "thg" (Vietnamese "tháng") would be August
            months = _abbreviated(word, lang)
        if len(months) == 1:
            written[i] = ENGLISH_MONTHS[min(months) - 1]
    return _written_in_place(text, found, written)


def _written_in_place(text: str, found: list[re.Match], written: dict[int, str]) -> str:
    """`text` with each of its words `found` at an index of `written` written as `written` says
    there: "" for the second word of a name of several, which goes with what joins it to the first."""
    out, at = [], 0
    for i, match in enumerate(found):
        if i in written:
            out.append(text[at:match.start()] + written[i] if written[i] else "")
            at = match.end()
    return "".join(out) + text[at:]


_ROMAN_NAMES = frozenset(roman.lower() for roman in ROMAN_MONTHS[1:])


def names_written_in_english(text: str, lang: str, month: int) -> str:
    """A normalised text, which `month_check` found to name `month` alone, with the names of it in
    `lang` or English, of one word or several, written as its English name in their place ("10 may
    1987" in Duala, whose "may" is October: "10 october 1987"; Maori "whiringa-ā-rangi 28º 2023,
    9:45:30 am": "november 28º 2023, 9:45:30 am", whose clock stays); `text` unchanged when there
    is none. A Roman numeral is no name here: Maori "7 pou 2019 i 09:05" writes "i", "at"."""
    names, starts, longest = month_names(lang)
    found = list(_WORD.finditer(text))
    parts = [(words(match.group()) or [""])[0] for match in found]
    written: dict[int, str] = {}  # the index of a word -> its month's English name ("" for the rest of a name)
    i = 0
    while i < len(parts):
        size = next((size for size in range(min(longest, len(parts) - i), 0, -1)
                     if (size > 1 and parts[i] in starts or size == 1 and parts[i] not in _ROMAN_NAMES)
                     and month in names.get(" ".join(parts[i:i + size]), ())), 0)
        if size:
            written.update({i: ENGLISH_MONTHS[month - 1]} | dict.fromkeys(range(i + 1, i + size), ""))
        i += size or 1
    return _written_in_place(text, found, written)


if __name__ == "__main__":
    NAMES_FILE.write_text(json.dumps(build_table(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {NAMES_FILE}")
