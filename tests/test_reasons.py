"""The reason codes: every example in datenorm/reasons.py gets its code, and docs/reasons.md is
the table the code writes."""

import ast
import subprocess
import sys

import pytest

from datenorm import normalize
from datenorm.reasons import DOC, REASONS, check, markdown
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize("reason", [r for r in REASONS if r.code != "invalid_utf8" and not r.cell], ids=lambda r: r.code)
def test_every_reason_example_gets_its_code(reason, default_model_dir, datetime_model_dir):
    model = datetime_model_dir if reason.time else default_model_dir
    result = normalize(reason.example, order=reason.order, lang=reason.lang, model=model, time=reason.time,
                       min_confidence=DEFAULT_MIN_CONFIDENCE if reason.min_confidence is None else reason.min_confidence)[0]
    assert (result.valid, result.code) == (False, reason.code), result


@pytest.mark.parametrize("reason", [r for r in REASONS if r.cell], ids=lambda r: r.code)
def test_every_cell_reason_example_gets_its_code_as_a_cell_of_a_column(reason, default_model_dir):
    from datenorm.arrow import normalize_values

    answer = normalize_values([ast.literal_eval(reason.example)], model=default_model_dir).to_pylist()[0]
    assert (answer["valid"], answer["code"]) == (False, reason.code), answer


def test_invalid_utf8_example_gets_its_code_from_the_command_line(default_model_dir):
    line = next(r.example for r in REASONS if r.code == "invalid_utf8").encode().decode("unicode_escape").encode("latin-1")
    done = subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir),
                           "--format", "tsv"], input=line + b"\n", capture_output=True)
    assert done.returncode == 1
    assert done.stdout.decode().rstrip("\n").split("\t")[4:] == ["invalid_utf8", "invalid UTF-8"]


def test_docs_reasons_md_is_the_table_the_code_writes():
    assert DOC.read_text(encoding="utf-8") == markdown(), "run: python -m datenorm.reasons"


def test_a_code_not_in_the_table_is_refused_at_once():
    with pytest.raises(ValueError):
        check("month not in text")
