import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from datenorm.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args))


def test_generate_writes_three_files_and_reports_the_rate(tmp_path):
    result = invoke("generate", "--train", "200", "--valid", "20", "--test", "20", "--seed", "1", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "rows/s" in result.output and "format ids" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["test.tsv", "train.tsv", "valid.tsv"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--locales", "xx_NOPE"], "unknown locale 'xx_NOPE'"),
        (["--start", "2000-01-02", "--end", "2000-01-01"], "is before --start"),
        (["--train", "0"], "--train must be a positive"),
        (["--valid", "-5"], "--valid must be a positive"),
        (["--start", "yesterday"], "--start 'yesterday' is not a YYYY-MM-DD date"),
    ],
)
def test_generate_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "datenorm", "generate", "--out", str(out), *args],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert not out.exists() or not any(out.iterdir())


def test_generate_unwritable_out_is_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    proc = subprocess.run([sys.executable, "-m", "datenorm", "generate", "--out", str(blocker / "sub")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "cannot write to --out" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", [[], ["generate"], ["train"], ["translate"], ["attention"], ["evaluate"]])
def test_help_never_imports_tensorflow(command):
    code = (
        "import sys\n"
        "from datenorm.cli import app\n"
        "try:\n"
        f"    app({[*command, '--help']!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('tensorflow', 'keras', 'matplotlib', 'faker') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "120"})
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr
