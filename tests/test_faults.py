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


def test_a_bare_model_name_is_the_bundled_model_whatever_the_working_directory_holds(tmp_path, monkeypatch):
    from datenorm.runtime import resolve_model_dir

    (tmp_path / "default").mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_model_dir("default") != (tmp_path / "default")
    assert resolve_model_dir("default").joinpath("model.tflite").is_file()
    assert resolve_model_dir("./default").resolve() == tmp_path / "default"  # a path that looks like one


def test_resume_without_a_model_to_resume_is_refused_before_training(tmp_path):
    from datenorm.train import TrainOptions, train

    with pytest.raises(DatenormError, match="--resume: no model.keras"):
        train(tmp_path / "data", tmp_path / "none", TrainOptions(resume=True))


def test_tsv_cells_hold_no_line_break_and_no_terminal_escape(default_model_dir):
    done = CliRunner().invoke(app, ["translate", "--model", str(default_model_dir), "--format", "tsv",
                                    "3 May\u2028\r1979", "3 May \x1b[31m1979"])
    lines = done.output.splitlines()
    assert len(lines) == 2 and "\x1b" not in done.output
    assert lines[0].split("\t")[:2] == ["3 May 1979", "1979-05-03"]
    assert lines[1].split("\t")[0] == "3 May \\x1b[31m1979"


@pytest.mark.slow
def test_a_full_disk_or_a_reader_that_goes_away_is_one_line_and_a_documented_exit(default_model_dir):
    import subprocess
    import sys

    full = subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir),
                           "3 May 1979"], stdout=open("/dev/full", "w"), stderr=subprocess.PIPE, text=True)
    assert (full.returncode, full.stderr.strip().splitlines()) == (
        2, ["datenorm: error: cannot write: No space left on device"])
    reader = subprocess.Popen([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # the reader goes away before the answers come
    _, err = reader.communicate(b"3 May 1979\n" * 200_000)
    assert (reader.returncode, err) == (141, b"")
