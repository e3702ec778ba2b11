"""`datenorm translate`, `attention` and `evaluate` as a user runs them: output, exit codes, bad input."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from datenorm.cli import app

from conftest import SHARED_EXAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def model_option(default_model_dir):
    return ["--model", str(default_model_dir)]


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_translate_prints_exactly_the_iso_date():
    result = run("translate", "3 May 1979")
    assert result.exit_code == 0
    assert result.stdout == "1979-05-03\n"


def test_several_arguments_answer_one_line_each_in_order(model_option):
    result = run("translate", *model_option, "3 May 1979", "the 29th of August 1958", "03/30/1968")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["1979-05-03", "1958-08-29", "1968-03-30"]


def test_stdin_is_read_line_by_line_and_blank_lines_are_empty(model_option):
    result = run("translate", *model_option, input="3 May 1979\n\n24 JUNE 1987\n")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == ["1979-05-03", "?", "1987-06-24"]
    assert "line 2" in result.stderr and "empty" in result.stderr


def test_dash_reads_stdin(model_option):
    assert run("translate", *model_option, "-", input="9 may 1998\n").stdout == "1998-05-09\n"


def test_input_file_and_json_output(model_option, tmp_path):
    path = tmp_path / "dates.txt"
    path.write_text("3 May 1979\n03/04/2001\n", encoding="utf-8")
    result = run("translate", *model_option, "--input", str(path), "--format", "json")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["iso"] == "1979-05-03" and first["valid"] is True and first["reason"] is None
    assert set(first) >= {"input", "iso", "valid", "confidence", "reason"}
    assert second["reason"] == "ambiguous" and second["readings"] == {"DMY": "2001-04-03", "MDY": "2001-03-04"}


def test_tsv_output_has_six_columns_with_the_reason_code_before_its_message(model_option):
    result = run("translate", *model_option, "--format", "tsv", "--order", "DMY", "03/04/2001", "", "May 1979")
    valid, empty, partial = (line.split("\t") for line in result.stdout.splitlines())
    assert valid[:3] + valid[4:] == ["03/04/2001", "2001-04-03", "true", "", ""]
    assert empty == ["", "", "false", "0.0000", "empty", "empty"]
    assert partial[4:] == ["incomplete", "incomplete date (no day): 1979-05"]


def test_invalid_utf8_on_stdin_is_a_bad_line_not_a_crash(default_model_dir):
    proc = subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir)],
                          input=b"3 May 1979\n\xff\xfe 1979\n1 jan 1981\n", capture_output=True)
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == ["1979-05-03", "?", "1981-01-01"]
    assert b"invalid UTF-8" in proc.stderr and b"Traceback" not in proc.stderr


def test_too_long_text_is_reported_not_truncated(model_option):
    result = run("translate", *model_option, "--format", "json", "3 May 1979 " + "and more words " * 10)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["reason"].startswith("too long (")


def test_min_confidence_one_makes_every_answer_low_confidence(model_option):
    result = run("translate", *model_option, "--min-confidence", "1", "--format", "json", "3 May 1979")
    assert result.exit_code == 1 and json.loads(result.stdout)["reason"] == "low confidence"


@pytest.mark.parametrize("args, message", [
    (["--order", "DYM", "x"], "order must be DMY, MDY or YMD"),
    (["--model", "/nonexistent/model", "x"], "model directory '/nonexistent/model' not found"),
    (["--input", "/nonexistent/file.txt"], "cannot read --input"),
    (["--min-confidence", "2", "x"], "--min-confidence"),
    (["--format", "xml", "x"], "--format"),
])
def test_translate_usage_errors_exit_2_in_one_line(args, message):
    proc = subprocess.run([sys.executable, "-m", "datenorm", "translate", *args], capture_output=True, text=True)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_model_directory_exits_2(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.tflite").write_bytes(b"garbage")
    proc = subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(tmp_path), "x"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "corrupt" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_attention_writes_a_png_grid(model_option, tmp_path):
    out = tmp_path / "att.png"
    result = run("attention", *model_option, "3 May 1979", "Tue 10 Jul 2007", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "3 May 1979 -> 1979-05-03" in result.stdout


@pytest.mark.parametrize("args, message", [(["--out", "x.jpg", "3 May 1979"], "must be a .png"),
                                           (["--order", "XYZ", "3 May 1979"], "order must be"),
                                           (["--out", "a.png", ""], "empty")])
def test_attention_bad_input_exits_2(args, message, tmp_path):
    result = run("attention", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_evaluate_reports_exact_match_groups_and_mistakes(model_option, tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text("text\tiso\tlang\n3 May 1979\t1979-05-03\ten\n4 May 1979\t1979-05-03\ten\n"
                    "3 mai 1979\t1979-05-03\tfr\n", encoding="utf-8")
    result = run("evaluate", str(path), *model_option, "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["n"] == 3 and set(report) >= {"n", "exact", "char_acc", "by_group", "errors"}
    assert report["errors"][0]["input"] == "4 May 1979" and report["errors"][0]["got"] == "1979-05-04"
    assert [g["group"] for g in report["by_group"]["lang"]][-1] in ("en", "fr")
    text = run("evaluate", str(path), *model_option, "--plot", str(tmp_path / "g.png"))
    assert "exact match" in text.stdout and "'4 May 1979' | 1979-05-03 | 1979-05-04" in text.stdout
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("content, message", [
    ("text\tdate\n3 May 1979\t1979-05-03\n", "no iso column"),
    ("", "has no rows"),
    ("text\tiso\n", "has no rows"),
    ("text\tiso\n3 May 1979\t1979-13-03\n", "line 2: iso '1979-13-03' is not a YYYY-MM-DD date"),
])
def test_evaluate_bad_files_exit_2(model_option, tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    result = run("evaluate", str(path), *model_option)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.skipif(not SHARED_EXAMPLES.is_file(), reason="no shared examples")
def test_evaluate_runs_on_the_shared_examples(model_option):
    result = run("evaluate", str(SHARED_EXAMPLES), *model_option, "--json", "--errors", "100")
    report = json.loads(result.stdout)
    assert report["n"] == 64
    english = next(g for g in report["by_group"]["lang"] if g["group"] == "en")
    assert english["exact"] == 1.0
