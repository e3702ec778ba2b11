"""`datenorm.library` writes moment.js's formats as moment does: every locale, every format, at three
moments of tests/library_samples.tsv (moment 2.31's own output, `scripts/library_formats.js`)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from datenorm.library import DATETIME_KEYS, formats_for, locale_formats

from conftest import ROOT

SAMPLES = list(csv.DictReader((ROOT / "tests" / "library_samples.tsv").open(encoding="utf-8"), delimiter="\t",
                              quoting=csv.QUOTE_NONE))


def test_the_samples_cover_every_locale_and_format():
    assert len({row["locale"] for row in SAMPLES}) >= 130
    assert {row["key"] for row in SAMPLES} == {"LL", "ll", "LLL", "lll", "LLLL", "llll"}


@pytest.mark.parametrize("locale", sorted({row["locale"] for row in SAMPLES}))
def test_each_format_writes_what_moment_writes(locale):
    formats = {f.key: f for f in locale_formats(locale)}
    for row in (row for row in SAMPLES if row["locale"] == locale):
        if row["key"] in formats:  # a format left out is checked below
            assert formats[row["key"]].render(dt.datetime.fromisoformat(row["datetime"])) == row["text"], row


def test_almost_every_format_is_kept():
    kept = sum(len(locale_formats(locale)) for locale in {row["locale"] for row in SAMPLES})
    assert kept >= 0.97 * len({(row["locale"], row["key"]) for row in SAMPLES})


def test_a_territory_picks_its_own_locale_and_a_language_its_own():
    assert formats_for("pt", "BR")[0].locale == "pt-br"
    assert formats_for("pt", "PT")[0].locale == "pt"
    assert formats_for("zh", "TW")[0].locale == "zh-tw"
    assert formats_for("en")[0].locale == "en"
    assert formats_for("xx") == []


def test_a_twelve_hour_clock_writes_its_day_period():
    english = {f.key: f for f in formats_for("en")}
    assert english["LLL"].render(dt.datetime(2023, 11, 28, 0, 45)) == "November 28, 2023 12:45 AM"
    assert english["LLL"].render(dt.datetime(2023, 11, 28, 12, 5)) == "November 28, 2023 12:05 PM"
    assert all("h" not in f.tokens or "A" in f.tokens or "a" in f.tokens
               for locale in {row["locale"] for row in SAMPLES} for f in locale_formats(locale) if f.key in DATETIME_KEYS)
