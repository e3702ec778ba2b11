"""order="auto": a column's own numeric dates settle its order, and a column that contradicts
itself is reported, not guessed."""

import pytest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.runtime import load_model, normalize

DMY = ["03/04/2001", "13/04/2001", "05/06/2002", "3 May 1979", "03/04/2001"]
MDY = ["03/04/2001", "04/13/2001", "12/25/2002", "May 3, 1979"]
YMD = ["01/04/03", "99/12/31", "98/02/28"]
ISO = ["2023-10-05", "20231005", "2001-04-13 10:42"]  # a year first says nothing of the column's order


@pytest.fixture(scope="module")
def translator(default_model_dir):
    return load_model(default_model_dir)


@pytest.mark.parametrize("column, order, isos", [
    (DMY, "DMY", ["2001-04-03", "2001-04-13", "2002-06-05", "1979-05-03", "2001-04-03"]),
    (MDY, "MDY", ["2001-03-04", "2001-04-13", "2002-12-25", "1979-05-03"]),
    (YMD, "YMD", ["2001-04-03", "1999-12-31", "1998-02-28"]),
])
def test_a_column_of_one_order_is_read_in_it(translator, column, order, isos):
    found = translator.column_order(column)
    assert (found.order, found.contradicts) == (order, False) and found.votes[order] >= 1
    assert [r.iso for r in normalize(column, order="auto", model=translator)] == isos
    assert [r.iso for r in normalize(column, order=order, model=translator)] == isos  # as if it were given


def test_dates_that_write_their_year_first_do_not_vote(translator):
    assert translator.column_order(ISO + DMY).order == "DMY"
    assert translator.column_order(ISO + MDY).order == "MDY"
    assert translator.column_order(ISO).settling == 0


def test_rows_count_with_their_repeats(translator):
    found = translator.column_order(["13/04/2001"] * 3 + ["03/04/2001"] * 2 + ["3 May 1979"])
    assert (found.order, found.votes, found.settling) == ("DMY", {"DMY": 3, "MDY": 0, "YMD": 0}, 5)


def test_a_column_that_contradicts_itself_is_reported_not_guessed(translator):
    column = ["13/04/2001", "12/25/2002", "03/04/2001"]
    found = translator.column_order(column)
    assert (found.order, found.contradicts, found.votes["DMY"], found.votes["MDY"]) == (None, True, 1, 1)
    results = normalize(column, order="auto", model=translator)
    assert [r.iso for r in results[:2]] == ["2001-04-13", "2002-12-25"]  # each settles its own order
    assert results[2].code == "ambiguous"


def test_a_column_with_no_evidence_leaves_the_order_open(translator):
    column = ["03/04/2001", "3 May 1979", "05/06/2002"]
    found = translator.column_order(column)
    assert (found.order, found.contradicts) == (None, False)
    assert [r.code for r in normalize(column, order="auto", model=translator)] == ["ambiguous", None, "ambiguous"]
    assert translator.column_order(["3 May 1979", "", "hello"]).settling == 0


def test_order_auto_on_the_command_line_says_what_it_found(default_model_dir):
    runner = CliRunner()
    done = runner.invoke(app, ["translate", "--model", str(default_model_dir), "--order", "auto", *DMY[:3]])
    assert done.exit_code == 0
    assert done.stdout.split() == ["2001-04-03", "2001-04-13", "2002-06-05"]
    assert done.stderr.startswith("datenorm: --order auto: DMY (of 3 numeric dates that rule an order out, "
                                  "1 read only as DMY)")
    done = runner.invoke(app, ["translate", "--model", str(default_model_dir), "--order", "auto",
                               "--lang", "auto", "13/04/2001", "12/25/2002"])
    assert "contradicts itself" in done.stderr and done.exit_code == 0
