"""The month check: which months a text names, in which language, and when that contradicts an answer."""

import json

import babel
import pytest

from datenorm.months import NAMES_FILE, build_table, month_conflict, named_months, names_month_plainly, words
from datenorm.text import normalize_text, without_clock


def conflict(text: str, month: int, lang: str | None) -> set[int]:
    return month_conflict(without_clock(normalize_text(text)), month, lang)


@pytest.fixture(scope="module")
def built() -> dict:
    return build_table()


@pytest.mark.slow  # `built` reads every CLDR locale: tens of seconds
def test_shipped_month_names_are_what_babel_gives(built):
    shipped = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    if shipped["babel"] != babel.__version__:
        pytest.skip(f"month_names.json is from Babel {shipped['babel']}, this is {babel.__version__}: "
                    f"rebuild it with python -m datenorm.months")
    assert built == shipped


def test_words_split_at_digits_and_punctuation_and_drop_accents():
    assert words("[09/may/2013:23:07:46") == ["09", "may", "2013", "23", "07", "46"]
    assert words("2021nov22") == ["2021", "nov", "22"]
    assert words("3 février 1979") == ["3", "fevrier", "1979"]


def test_a_text_names_months_in_its_language_and_in_english():
    assert named_months("3 maja 1979", "pl") == {5}
    assert named_months("sat, 09 may 2071 10:00:00 +0000", "pl") == {5}  # log formats are English everywhere
    assert named_months("5 listopad 2019", "pl") == {11}
    assert named_months("5 listopad 2019", "hr") == {10}
    assert named_months("3.v.1979", "cs") == {5}
    assert named_months("3 may 1979 at 10:42 pm", "en") == {5}  # "pm" after a time of day is no word of the date


def test_without_a_language_only_english_names_conflict_and_only_when_no_language_reads_the_month():
    assert conflict("2021NOV22", 1, None) == {11}  # "nov" is November in every language that has it
    assert conflict("5 listopad 2019", 10, None) == conflict("5 listopad 2019", 11, None) == set()
    assert conflict("mar 16 dic 2031", 12, None) == set()  # "mar" is March in English, Tuesday in Spanish
    assert conflict("Sat 15 Mar 2003", 5, None) == set()  # "mar" is May in Teso: only a hint can tell
    assert conflict("Sat 15 Mar 2003", 5, "en") == {3}


def test_a_word_inside_a_longer_name_names_only_the_longer_names_month():
    assert named_months("tich adek 27 dwe mar ariyo 2036", "luo") == {2}  # not English "mar"
    assert named_months("mar 27 dwe mar ariyo 2036", "luo") == {2, 3}  # a "mar" of its own still counts
    assert conflict("tich adek 27 dwe mar ariyo 2036", 3, "luo") == {2}


def test_a_name_is_written_in_english_in_its_place_and_the_clock_stays():
    from datenorm.months import names_written_in_english
    assert names_written_in_english("10 may 1987", "dua", 10) == "10 october 1987"
    assert (names_written_in_english("сешанбе, ноябр 28-ум 2023, 9:45:30 субҳ", "tg", 11)
            == "сешанбе, november 28-ум 2023, 9:45:30 субҳ")
    assert (names_written_in_english("tūrei, whiringa-ā-rangi 28o 2023, 9:45:30 am", "mi", 11)
            == "tūrei, november 28o 2023, 9:45:30 am")  # a name of several words, written as one
    assert names_written_in_english("7 pou 2019 i 09:05", "mi", 1) == "7 pou 2019 i 09:05"  # "i" is "at"


def test_a_month_the_text_names_in_words_is_no_conflict():
    assert conflict("Sat 15 Mar 2003 09:34:52 -0500", 3, "en") == set()
    assert conflict("mar, 17 me 2005", 5, "mfe") == set()  # with a language, its two-letter name counts


def test_another_month_named_and_this_one_not_written_is_a_conflict():
    assert conflict("Sat 15 Mar 2003 09:34:52 -0500", 5, "en") == {3}
    assert conflict("2021NOV22", 1, "en") == {11}
    assert conflict("14 fevrier 1979", 3, "fr") == conflict("14 février 1979", 3, "fr") == {2}  # accents or not


def test_no_conflict_when_the_month_is_written_as_a_number_or_not_named_at_all():
    assert conflict("1979-05-03 (mar)", 5, "en") == set()
    assert conflict("15 Mrz 2003", 3, "en") == set()  # a word the table lacks says nothing
    assert conflict("03/05/1979", 5, None) == set()
    assert conflict("19790503 mar", 5, "en") == set()


def test_an_english_weekday_makes_a_text_of_two_readings_english():
    """"mar" is March in English and May in Teso; "Tue, 31 Mar 1992 ..." is an English stamp."""
    assert conflict("Tue, 31 Mar 1992 22:32:50 +0200", 5, "teo") == {3}
    assert conflict("Tue, 31 Mar 1992 22:32:50 +0200", 3, "teo") == set()
    assert conflict("04 mar 2067", 3, "teo") == {5}  # no weekday: the language's own reading, May
    assert conflict("04 mar 2067", 5, "teo") == set()
    assert conflict("10 may 1987 14:39 +0530", 5, "dua") == {10}  # Duala's October, as its dates write it
    assert conflict("Jan 2041", 1, "st") == {6}  # Sesotho's June
    # a weekday of the language that is no English month leaves the English month name alone:
    # "sun" is Tsonga's January and an English weekday, "jun" only English June
    assert conflict("Sun, 14 Jun 1942 19:56:56 -0500", 6, "ts") == set()
    # "may" is October in Duala; the day's 10 is no month 10 written as a number
    assert month_conflict(without_clock(normalize_text("Wed, 10 May 2084 15:49:17 -0500")), 10, "dua", 10) == {5}
    assert month_conflict("10/10/2084 may", 10, "dua", 10) == set()
    # "Mo" is Monday in English and in German; it says nothing about the language of a German text.
    table = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    assert {"fr", "mo", "sa"} <= set(table["weekday_clashes"]["de"])
    assert {"mon", "tue", "fri", "monday"} <= set(table["english_weekdays"])


@pytest.mark.slow
def test_weekday_table_is_not_mixed_up_between_locales(built):
    """Babel hands one locale's weekdays to another once an alias shared through root is resolved
    (python-babel/babel#1234); Teso's own weekdays (Bar, Aar, ...) are not English."""
    assert "teo" not in built["weekday_clashes"]


def test_names_month_plainly_says_whether_no_language_could_make_the_month_another():
    assert names_month_plainly("2021 nov 22", 11) and not names_month_plainly("2021 nov 22", 1)
    assert names_month_plainly("03/05/1979", 5)  # no word names a month
    assert not names_month_plainly("28 kwa 29", 1) and not names_month_plainly("28 kwa 29", 3)  # mgh January, teo March
    assert names_month_plainly("may 3 1979", 5)  # English May, though Basaa's October and Duala's November
    assert not names_month_plainly("may 3 1979", 11)


@pytest.mark.parametrize("text, lang, days", [
    ("Çərşənbə axşamı, 28 noyabr 2023", "az", {1}),  # the longest name first: "çərşənbə" alone is Wednesday
    ("mer. 3 mai 1979", "fr", {2}),  # an abbreviation of the text's language as its first word
    ("le 3 mai 1979, mer.", "fr", set()),  # ... and nowhere else
    ("03/05/2019 (Friday)", None, {4}),  # a full name that ends the text after the date
    ("Domingo Pérez 12/01/2019", "es", set()),  # a person's name
    ("Santo Domingo, 12/01/2019", "es", set()),  # a place's
    ("Invoice 03/05/2019, payment due Friday", None, set()),  # another day
    ("15 mar 2019", "es", set()),  # "mar" is Spanish March too
    ("Montag, 3. Mai 2019", "de", {0}),
    ("Mo., 3. Mai 2019", "de", set()),  # two letters are no witness
    ("Mon, 01 Aug 2026 19:00:00 +0000", None, {0}),  # English beside an English month
    ("Sat 29.02.2020", None, {5}),  # or alone
    ("mon anniversaire 3 mai 1979", "fr", set()),  # French "mon" is "my"
    ("Mon-Fri 3 May", None, set()),  # a range of weekdays is not the date's
])
def test_weekdays_named_are_the_texts_own(text, lang, days):
    from datenorm.months import weekdays_named

    assert weekdays_named(normalize_text(text), lang) == days


def test_a_languages_numeric_order_is_settled_where_cldr_and_date_fns_agree():
    from datenorm.months import numeric_order, orders_differ
    assert numeric_order("et", "07.03.2019") == numeric_order("de", "05-03-19") == "DMY"
    assert numeric_order("eu", "23/11/28") == "YMD" and numeric_order("eu", "3/5/2019") is None
    assert numeric_order("ko", "19. 5. 3.") == "YMD"  # CLDR "yy. M. d.", date-fns "y.MM.dd"
    assert numeric_order("fr", "23-11-28") is None and not orders_differ("fr")  # fr-FR day first, fr-CA "yy-MM-dd"
    assert numeric_order("en", "03/05/2019") is None and orders_differ("en")  # en-GB and en-US
    assert numeric_order("bn", "03/07/2019") is None and orders_differ("bn")  # CLDR "d/M/yy", date-fns "MM/dd/yyyy"
    assert numeric_order(None, "07.03.2019") is None and not orders_differ(None)
