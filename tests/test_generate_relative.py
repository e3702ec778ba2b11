"""Relative dates in the generated data (`generate(relative_share=...)`): CLDR's words of every
locale ("hier", "vendredi dernier", "il y a 3 jours") labelled with the canonical form of
`datenorm.relative`, every count written in its text, no name that stands for two dates."""

import random
import re

import pytest
from conftest import splits_digest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.generate import SPLITS, generate, read_rows
from datenorm.relative import parse
from datenorm.relativewords import (RelativeTexts, count_form, count_words, locale_words, name_form,
                                    named)
from datenorm.text import normalize_text

LOCALES = "en_US,en_GB,fr,de,es,ru,ar,hi,ja,zh,da,fi,sw,zu"


@pytest.fixture(scope="module")
def relative(tmp_path_factory):
    out = tmp_path_factory.mktemp("relative")
    generate(out, {"train": 4000, "valid": 200, "test": 200}, seed=5, locales=LOCALES, relative_share=0.4)
    rows = [r for s in SPLITS for r in read_rows(out / f"{s}.tsv", columns=("text", "iso", "locale", "format", "lang"))]
    return out, [r for r in rows if r["format"].startswith("rel-")]


def test_a_share_of_the_rows_say_a_date_relative_to_today(relative):
    _, rows = relative
    assert 0.3 * 4400 < len(rows) < 0.5 * 4400
    assert {r["lang"] for r in rows} == {"en", "fr", "de", "es", "ru", "ar", "hi", "ja", "zh", "da", "fi", "sw", "zu"}


def test_every_relative_label_is_a_canonical_form(relative):
    _, rows = relative
    for row in rows:
        assert parse(row["iso"]) is not None, row
    kinds = {parse(r["iso"]).kind for r in rows}
    assert kinds == {"duration", "period", "weekday", "week_day"}


def test_every_count_is_written_in_its_text(relative):
    """A count of two or more is in the text in digits (any script) or as the language's word for it,
    unless the pattern itself says it (Arabic "قبل يومين", two days ago)."""
    _, rows = relative
    checked = 0
    for row in rows:
        form = parse(row["iso"])
        count = abs(form.offset)
        if count < 2 or form.kind == "period":
            continue
        numbers = {int(n) for n in re.findall(r"[0-9]+", normalize_text(row["text"]))}
        words = {w for n, w in count_words(row["lang"]).items() if n == count}
        in_words = any(w in row["text"].lower() for w in words)
        if row["format"].startswith("rel-name") or row["lang"] == "ar" and count == 2:
            continue
        assert count in numbers or in_words, row
        checked += 1
    assert checked > 300


def test_the_direction_of_a_count_is_its_patterns(relative):
    _, rows = relative
    for row in rows:
        if "-past-" in row["format"]:
            assert parse(row["iso"]).offset < 0, row
        if "-future-" in row["format"]:
            assert parse(row["iso"]).offset > 0, row


def test_without_a_relative_share_no_row_is_relative(tmp_path):
    generate(tmp_path, {"train": 500, "valid": 50, "test": 50}, seed=5, locales=LOCALES)
    assert not [r for r in read_rows(tmp_path / "train.tsv", columns=("text", "iso", "format"))
                if r["format"].startswith("rel-")]


def test_same_seed_gives_the_same_files_with_relative_dates(tmp_path):
    sizes = {"train": 600, "valid": 40, "test": 40}
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        generate(tmp_path / name, sizes, seed=seed, locales="en_US,fr,hi", relative_share=0.5)
    assert splits_digest(tmp_path / "a") == splits_digest(tmp_path / "b") != splits_digest(tmp_path / "c")


def test_a_name_of_two_dates_is_never_drawn():
    """Hindi "कल" is yesterday and tomorrow, "परसों" the day before yesterday and after tomorrow."""
    words = locale_words("hi")
    assert set(words["day"]["names"]["-1"]) & set(words["day"]["names"]["1"]) == {"कल", "kal"}
    texts = RelativeTexts("hi", "hi")
    drawn = {texts.draw(random.Random(seed))[1] for seed in range(3000)}
    assert "आज" in drawn and "कल" not in drawn and "परसों" not in drawn
    assert ("day", "कल", "-P1D") not in named(words)


@pytest.mark.parametrize("locale, text, form", [
    ("fr", "hier", "-P1D"), ("fr", "après-demain", "P2D"), ("fr", "vendredi dernier", "FR-1"),
    ("fr", "la semaine prochaine", "W+1"), ("de", "vorgestern", "-P2D"), ("de", "nächsten Montag", "MO+1"),
    ("es", "el año pasado", "Y-1"), ("ja", "昨日", "-P1D"), ("ja", "来月", "M+1"), ("en", "this month", "M+0"),
    ("en", "now", "PT0S"),
])
def test_cldr_names_stand_for_their_forms(locale, text, form):
    assert any(name == text and f == form for _, name, f in named(locale_words(locale)))


def test_regional_locales_take_their_own_words_over_the_languages():
    assert locale_words("en_AU")["fri"]["names"]["-1"][1] == "last Fri"
    assert locale_words("en")["fri"]["names"]["-1"][1] == "last Fri."
    assert locale_words("xx_YY") is None


@pytest.mark.parametrize("unit, count, form", [
    ("day", -3, "-P3D"), ("week", 2, "P2W"), ("month", -1, "-P1M"), ("year", 5, "P5Y"), ("hour", -2, "-PT2H"),
    ("minute", 30, "PT30M"), ("second", -45, "-PT45S"), ("fri", 2, "FR+2"), ("sun", -1, "SU-1"), ("quarter", 1, None),
])
def test_counts_and_their_forms(unit, count, form):
    assert count_form(unit, count) == form


@pytest.mark.parametrize("unit, offset, form", [
    ("day", 0, "P0D"), ("day", -2, "-P2D"), ("week", -1, "W-1"), ("month", 0, "M+0"), ("year", 1, "Y+1"),
    ("mon", 0, "MO+0"), ("second", 0, "PT0S"), ("hour", 0, None), ("quarter", -1, None),
])
def test_names_and_their_forms(unit, offset, form):
    assert name_form(unit, offset) == form


def test_plural_forms_follow_the_count():
    texts = RelativeTexts("ru", "ru")
    rows = [texts.draw(random.Random(seed)) for seed in range(4000)]
    days = {text for form_id, text, form in rows if form == "-P3D" and form_id == "rel-past-day"}
    assert "3 дня назад" in days and not any("дней" in t for t in days)


def test_relative_share_out_of_range_is_refused_on_the_command_line(tmp_path):
    result = CliRunner().invoke(app, ["generate", "--relative-share", "1.5", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--relative-share" in result.output


def test_the_witness_reads_the_generators_rows(relative):
    """Every relative row the generator writes is one the witness finds its form in, read in its
    language: the two are made of the same table, and a row the runtime would refuse teaches nothing."""
    from datenorm.relativewords import witnessed

    from datenorm.relativewords import relative_phrases

    _, rows = relative
    missed = [r for r in rows if not witnessed(normalize_text(r["text"]), r["iso"], r["lang"])]
    assert len(missed) <= len(rows) // 500, missed[:10]
    # and none stands for a second form: a text two units write is never drawn ("há 3 seg.")
    two = [r for r in rows if len(set().union(*(f for _, _, f in relative_phrases(normalize_text(r["text"]), r["lang"])))) > 1]
    assert not two, two[:10]


def test_phrases_are_written_as_people_type_them_too(relative):
    """CLDR's apostrophe as the keyboard's and, in the Latin and Greek scripts, accents left out:
    both drawn, neither in another script, and the rows' forms as before (the witness test above
    reads them)."""
    from datenorm.relativewords import as_typed

    rng = random.Random(3)
    drawn = {as_typed(text, rng) for text in ("aujourd’hui", "następny tydzień", "τώρα", "на прошлой неделе")
             for _ in range(200)}
    assert {("aujourd'hui", "apostrophe"), ("nastepny tydzien", "unmarked"), ("τωρα", "unmarked")} <= drawn
    assert {text for text, _ in drawn if text.startswith("на")} == {"на прошлой неделе"}  # "й" is no "и" to a reader
    _, rows = relative
    assert any(r["format"].endswith("+unmarked") for r in rows)


def test_weekdays_with_words_beside_them_agree_with_the_weekdays_gender_and_misspellings_are_not_taught():
    """"próxima segunda-feira" but "próximo sábado"; the witness reads "il ya 2 heures", the
    generator never writes it."""
    rng = random.Random(11)
    portuguese = RelativeTexts("pt_BR", "pt")
    texts = {text for _, text, _ in (portuguese.draw(rng) for _ in range(4000))}
    assert "próxima segunda-feira" in texts and "próximo sábado" in texts
    assert not {"próximo segunda-feira", "próxima sábado"} & texts
    french = RelativeTexts("fr", "fr")
    assert not any("il ya" in text for _, text, _ in (french.draw(rng) for _ in range(4000)))
