"""`datenorm.library` writes moment.js's and date-fns's formats as they do: every locale, every
format, at three moments of tests/library_samples.tsv (moment 2.31's and date-fns 4.4's own output,
`scripts/library_formats.js`)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from datenorm.library import DATETIME_KEYS, formats_for, locale_formats

from conftest import ROOT

SAMPLES = list(csv.DictReader((ROOT / "tests" / "library_samples.tsv").open(encoding="utf-8"), delimiter="\t",
                              quoting=csv.QUOTE_NONE))
LOCALES = sorted({row["locale"] for row in SAMPLES})  # "lt" (moment's), "date-fns:lt"


def _formats(locale: str) -> dict:
    library, name = ("date-fns", locale.removeprefix("date-fns:")) if locale.startswith("date-fns:") else ("moment", locale)
    return {f.key: f for f in locale_formats(library, name)}


def test_the_samples_cover_every_locale_and_format_of_both_libraries():
    assert sum(not locale.startswith("date-fns:") for locale in LOCALES) >= 130
    assert sum(locale.startswith("date-fns:") for locale in LOCALES) >= 90
    assert {row["key"] for row in SAMPLES} == {"LL", "ll", "LLL", "lll", "LLLL", "llll", "docs", "PP", "PPP", "PPPP",
                                               "PPpp", "PPPpp", "PPPPpp"}


@pytest.mark.parametrize("locale", LOCALES)
def test_each_format_writes_what_the_library_writes(locale):
    formats = _formats(locale)
    for row in (row for row in SAMPLES if row["locale"] == locale):
        if row["key"] in formats:  # a format left out is counted below
            assert formats[row["key"]].render(dt.datetime.fromisoformat(row["datetime"])) == row["text"], row


def test_almost_every_format_is_kept():
    kept = sum(len(_formats(locale)) for locale in LOCALES)
    assert kept >= 0.98 * len({(row["locale"], row["key"]) for row in SAMPLES})


def test_a_territory_picks_its_own_locale_and_a_language_its_own():
    assert {f.locale for f in formats_for("pt", "BR")} == {"pt-br", "pt-BR"}
    assert {f.locale for f in formats_for("pt", "PT")} == {"pt"}
    assert {f.locale for f in formats_for("zh", "TW")} == {"zh-tw", "zh-TW"}
    assert {f.locale for f in formats_for("en")} == {"en", "en-US"}  # date-fns has no plain "en": CLDR's likeliest
    assert formats_for("xx") == []
    assert {f.locale for f in formats_for("kok", None, "LATIN")} == {"gom-latn"}  # Konkani in Latin letters
    assert {f.locale for f in formats_for("kok", None, "DEVANAGARI")} == {"gom-deva"}
    assert {f.locale for f in formats_for("sr", None, "CYRILLIC")} == {"sr-cyrl", "sr"}  # date-fns's "sr" is Cyrillic
    assert {f.locale for f in formats_for("bs", None, "CYRILLIC")} == {"bs"}  # none in its script: the language's own


def test_a_twelve_hour_clock_writes_its_day_period():
    english = {f.key: f for f in formats_for("en", "US")}
    assert english["LLL"].render(dt.datetime(2023, 11, 28, 0, 45)) == "November 28, 2023 12:45 AM"
    assert english["LLL"].render(dt.datetime(2023, 11, 28, 12, 5)) == "November 28, 2023 12:05 PM"
    assert english["PPpp"].render(dt.datetime(2023, 11, 28, 12, 5, 9)) == "Nov 28, 2023, 12:05:09 PM"
    assert english["docs"].render(dt.datetime(2010, 2, 14, 15, 25, 50)) == "Sunday, February 14th 2010, 3:25:50 pm"
    for locale in LOCALES:
        for written in _formats(locale).values():
            kinds = {kind for kind, _ in written.tokens}
            assert not kinds & {"hour12", "hour12_2"} or kinds & {"period", "period_lower"}, (locale, written.key)
            assert (written.key in DATETIME_KEYS) == bool(kinds & {"hour1", "hour2", "hour12", "hour12_2"})


def test_a_format_whose_month_name_names_two_months_is_left_out():
    armenian = _formats("date-fns:hy")
    assert {"PPP", "PPPP"} <= armenian.keys()  # full names tell the months apart
    assert not armenian.keys() & {"PP", "PPpp"}  # "հուն" is January and June
