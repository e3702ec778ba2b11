"""Incomplete dates ("May 1979", "3 May", "1979"): reported as such with what they do give, never
completed with an invented day or year. These tests hold the labels, the checks and the command
line; the texts and what they give are rows of tests/cases.tsv."""

import json

import pytest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.evaluate import score
from datenorm.runtime import load_model, partial_date

from conftest import judge_text as _judge

runner = CliRunner()


@pytest.mark.parametrize("label, expected", [
    ("1979-05-00", ("1979-05", "no day")),
    ("0000-05-03", ("--05-03", "no year")),
    ("0000-02-29", ("--02-29", "no year")),  # a day that exists in some year
    ("1979-00-00", ("1979", "year only")),
    ("0000-02-30", None), ("0000-00-03", None), ("1979-13-00", None), ("0000-00-00", None),
    ("1979-05-03", None), ("19790503", None), ("abcd-ef-gh", None),
])
def test_partial_labels_and_their_reduced_iso_forms(label, expected):
    assert partial_date(label) == expected


def test_judging_an_incomplete_answer():
    result = _judge("May 1979", "1979-05-00", 0.99, 0.5)
    assert not result.valid and result.iso is None and result.partial == "1979-05"
    assert (result.code, result.reason) == ("incomplete", "incomplete date (no day): 1979-05")
    assert _judge("3 May", "0000-05-03", 0.99, 0.5).partial == "--05-03"
    assert _judge("1979", "1979-00-00", 0.99, 0.5).partial == "1979"
    low = _judge("May 1979", "1979-05-00", 0.3, 0.5)
    assert (low.code, low.reason, low.partial) == ("low_confidence", "low confidence", None)
    nonsense = _judge("x", "0000-13-01", 0.99, 0.5)
    assert (nonsense.code, nonsense.reason) == ("not_calendar", "not a calendar date")


def test_a_month_the_text_neither_names_nor_writes_is_dropped():
    """"Mid-2019" read as May 2019: no word names May, no number writes it; the year is what it
    gives. A many-language model looks for names inside words too (Kurdish "gulana" is May)."""
    for only_lang in ("en", None):
        mid = _judge("Mid-2019", "2019-05-00", 0.9, 0.5, only_lang=only_lang)
        assert (mid.code, mid.partial, mid.reason) == ("incomplete", "2019", "incomplete date (year only): 2019")
    assert _judge("05/2019", "2019-05-00", 0.9, 0.5, only_lang="en").partial == "2019-05"
    assert _judge("May 2019", "2019-05-00", 0.9, 0.5, only_lang="en").partial == "2019-05"
    assert _judge("gulana 2074an", "2074-05-00", 0.9, 0.5).partial == "2074-05"


@pytest.fixture(scope="module")
def translator(default_model_dir):
    return load_model(default_model_dir)


def test_translate_explains_an_incomplete_date_in_one_line(default_model_dir):
    result = runner.invoke(app, ["translate", "--model", str(default_model_dir), "May 1979", "3 May 1979"])
    assert result.exit_code == 1  # one answer is not a valid date
    assert result.stdout == "?\n1979-05-03\n"
    assert result.stderr.strip() == "datenorm: line 1: 'May 1979': incomplete date (no day): 1979-05"
    as_json = runner.invoke(app, ["translate", "--model", str(default_model_dir), "--format", "json", "May 1979"])
    assert json.loads(as_json.stdout)["partial"] == "1979-05"


def test_evaluate_counts_an_incomplete_date_right_only_with_the_right_parts(translator):
    rows = [{"text": "May 1979", "iso": "1979-05-00"}, {"text": "May 1979", "iso": "1979-06-00"},
            {"text": "May 1979", "iso": "1979-05-01"}, {"text": "3 May 1979", "iso": "1979-05-03"}]
    report = score(translator, rows, group_columns=())
    assert report["exact"] == 0.5  # the first and the last
