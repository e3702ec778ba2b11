"""Options and settings that would quietly change what datenorm does are refused in one line."""

import pytest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.engine import default_workers
from datenorm.errors import DatenormError
from datenorm.runtime import load_model


def test_a_min_confidence_that_is_not_a_number_from_0_to_1_is_refused(default_model_dir):
    translator = load_model(default_model_dir)
    for bad in (float("nan"), -0.1, 1.5):
        with pytest.raises(DatenormError, match="min_confidence"):
            translator.translate(["3 May 1979"], min_confidence=bad)


def test_min_confidence_nan_on_the_command_line_is_one_line_and_exit_2(default_model_dir):
    done = CliRunner().invoke(app, ["translate", "--model", str(default_model_dir), "--min-confidence", "nan",
                                    "3 May 1979"])
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        "datenorm: error: min_confidence must be a number from 0 to 1, got nan"]


def test_workers_are_capped_at_the_cores(monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setenv("DATENORM_WORKERS", "16")
    assert default_workers() == 2
    monkeypatch.setenv("DATENORM_WORKERS", "1")
    assert default_workers() == 1
