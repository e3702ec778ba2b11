"""Faults, hostile paths and bad data: one line, a documented exit code, nothing lost or leaked.

Options and settings that would quietly change what datenorm does are refused in one line; every
file is written through `datenorm.files`; every input line through `datenorm.lines`; signals unwind
the program and its helper processes die with it.
"""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def _datenorm(*args, **kwargs) -> subprocess.CompletedProcess:
    """`python -m datenorm ARGS` as a user runs it (main(): signals, usage errors, exit codes)."""
    return subprocess.run([sys.executable, "-m", "datenorm", *args], capture_output=True, **kwargs)


def _one_error_line(done, code: int = 2) -> str:
    err = done.stderr.decode() if isinstance(done.stderr, bytes) else done.stderr
    assert done.returncode == code and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


# --- input: bounded lines, invalid UTF-8 however it comes ---------------------------------------

def test_a_line_past_the_limit_is_one_too_long_answer_and_is_never_held_whole():
    from datenorm.lines import MAX_LINE_BYTES, Line, read_lines

    class Endless(io.RawIOBase):  # one line that never ends, as /dev/zero is
        given = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            self.given += len(buffer)
            buffer[:] = b"7" * len(buffer)
            return len(buffer) if self.given < 50 * 2 ** 20 else 0

    stream = io.BytesIO(b"3 May 1979\n" + b"x" * (10 * MAX_LINE_BYTES) + b"\r\n1979-05-03\r\n")
    lines = list(read_lines(stream))
    assert [line.problem for line in lines] == [None, "too_long", None]
    assert lines[0] == Line("3 May 1979") and lines[2] == Line("1979-05-03")
    assert lines[1].text.endswith("…") and len(lines[1].text) <= 65
    endless = list(read_lines(io.BufferedReader(Endless())))
    assert [line.problem for line in endless] == ["too_long"]


def test_too_long_and_undecodable_lines_are_answered_in_their_place(default_model_dir):
    lines = b"3 May 1979\n" + b"9" * 1_000_000 + b"\n\xff\xfe 3 May\n12/25/2001\n"
    done = _datenorm("translate", "--model", str(default_model_dir), "--format", "tsv", input=lines)
    rows = [row.split("\t") for row in done.stdout.decode().splitlines()]
    assert [row[4] for row in rows] == ["", "too_long", "invalid_utf8", ""]
    assert rows[0][1] == "1979-05-03" and rows[3][1] == "2001-12-25"


@pytest.mark.parametrize("encoding", [None, "utf-8"])
def test_undecodable_bytes_in_an_argument_are_invalid_utf8_as_on_standard_input(default_model_dir, encoding):
    env = dict(os.environ, **({"PYTHONIOENCODING": encoding} if encoding else {}))
    done = subprocess.run([sys.executable.encode(), b"-m", b"datenorm", b"translate", b"--model",
                           str(default_model_dir).encode(), b"--format", b"json", b"3 May \xff1979", b"3 May 1979"],
                          capture_output=True, env=env)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [a["code"] for a in answers] == ["invalid_utf8", None]
    assert answers[0]["input"] == "3 May \ufffd1979"


@pytest.mark.slow
def test_an_endless_line_is_read_in_flat_memory_and_sigterm_ends_it(default_model_dir):
    run = subprocess.Popen([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir),
                            "--input", "/dev/zero"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(4)
    rss_kb = int(next(line for line in Path(f"/proc/{run.pid}/status").read_text().splitlines()
                      if line.startswith("VmRSS")).split()[1])
    run.send_signal(signal.SIGTERM)
    out, err = run.communicate(timeout=30)
    assert rss_kb < 400_000  # a line held whole would grow by hundreds of MB a second
    assert (run.returncode, out, err.decode().strip()) == (143, b"", "datenorm: interrupted")


# --- output: escaping, closed streams ------------------------------------------------------------

def test_json_lines_escape_every_line_separator_and_terminal_control(default_model_dir):
    from datenorm.cli import _json_line

    text = "3 May\u2028\u2029\x85\x9b1979\r\n\x1b"
    line = _json_line({"input": text})
    assert len(line.splitlines()) == 1 and line.isprintable() is False  # only its final "\n"
    assert line[:-1].isprintable() and json.loads(line) == {"input": text}


def test_standard_output_closed_is_one_line_and_exit_2(default_model_dir):
    done = subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir),
                           "3 May 1979"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          preexec_fn=lambda: os.close(1))
    assert _one_error_line(done) == "datenorm: error: cannot write: standard output is closed"


def test_usage_errors_are_one_line_and_exit_2():
    assert _one_error_line(_datenorm("translate", "--no-such-option", "x")) == (
        "datenorm: error: No such option: --no-such-option (see 'datenorm translate --help')")
    assert _one_error_line(_datenorm("no-such-command")) == (
        "datenorm: error: No such command 'no-such-command' (see 'datenorm --help')")
    assert "--min-confidence" in _one_error_line(_datenorm("translate", "--min-confidence", "3", "x"))
    assert _datenorm().returncode == 0  # no command: the help


# --- files: links, temporary names, cleanup ------------------------------------------------------

def test_outputs_refuse_a_planted_link_and_temporary_names_are_unpredictable(tmp_path):
    from datenorm.files import replacing, temporary_beside, write_text

    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (tmp_path / "out.png").symlink_to(victim)
    with pytest.raises(DatenormError, match="symbolic link"):
        write_text(tmp_path / "out.png", "new")
    assert victim.read_text() == "keep"
    # a link planted at a name that can be guessed (the process id) is never written through
    (tmp_path / f".data.tsv.{os.getpid()}.tmp").symlink_to(victim)
    with temporary_beside(tmp_path / "data.tsv") as first, temporary_beside(tmp_path / "other.tsv") as second:
        assert str(os.getpid()) not in first.name and first.stat().st_size == 0 and first != second
        first.write_text("one")
    assert (tmp_path / "data.tsv").read_text() == "one" and victim.read_text() == "keep"
    with pytest.raises(ZeroDivisionError), replacing(tmp_path / "broken.tsv", text=True) as handle:
        handle.write("half")
        1 / 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f".data.tsv.{os.getpid()}.tmp", "data.tsv", "other.tsv", "out.png", "victim.txt"]


def test_attention_and_evaluate_refuse_a_planted_link_and_make_the_directory(default_model_dir, tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (tmp_path / "link.png").symlink_to(victim)
    labelled = tmp_path / "labelled.tsv"
    labelled.write_text("text\tiso\tlang\n3 May 1979\t1979-05-03\ten\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["attention", "3 May 1979", "--out", str(tmp_path / "link.png")],
                 ["evaluate", str(labelled), "--plot", str(tmp_path / "link.png")]):
        done = runner.invoke(app, [*args, "--model", str(default_model_dir)])
        assert done.exit_code == 2 and "symbolic link" in done.output, done.output
    assert victim.read_text() == "keep"
    done = runner.invoke(app, ["attention", "3 May 1979", "--model", str(default_model_dir),
                               "--out", str(tmp_path / "new" / "dir" / "a.png")])
    assert done.exit_code == 0 and (tmp_path / "new" / "dir" / "a.png").stat().st_size > 1000


def test_generate_refuses_a_linked_split_and_leaves_no_temporary_file(tmp_path):
    from datenorm.generate import generate

    victim = tmp_path / "victim"
    victim.write_text("keep")
    out = tmp_path / "data"
    out.mkdir()
    (out / "valid.tsv").symlink_to(victim)
    with pytest.raises(DatenormError, match="symbolic link"):
        generate(out, {"train": 50, "valid": 10, "test": 10}, seed=1)
    assert victim.read_text() == "keep"
    assert sorted(p.name for p in out.iterdir()) == ["valid.tsv"]


def test_signals_remove_the_temporary_files_of_a_write_under_way(tmp_path):
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from datenorm.cli import _raise_on_signals\n"
        "from datenorm.errors import Interrupted\n"
        "from datenorm.files import replacing\n"
        "_raise_on_signals()\n"
        "try:\n"
        f"    with replacing(Path({str(tmp_path)!r}) / 'train.tsv') as handle:\n"
        "        handle.write(b'half')\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "except Interrupted as exc:\n"
        "    sys.exit(exc.exit_code)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert done.returncode == 143 and list(tmp_path.iterdir()) == []


def _file_size_limit() -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (96 * 1024, 96 * 1024))


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_full_disk_during_generate_or_train_is_one_line_exit_2_and_no_temporary_file(tmp_path, small_data):
    """On a small tmpfs where one can be mounted (root); else under a file-size limit, which fails
    the same write the same way (EFBIG instead of ENOSPC)."""
    disk = tmp_path / "disk"
    mounted = _mount_tmpfs(disk, "192k")
    limit = None if mounted else _file_size_limit
    try:
        made = _datenorm("generate", "--train", "6000", "--valid", "100", "--test", "100",
                         "--out", str(disk / "data"), preexec_fn=limit)
        assert _one_error_line(made).startswith(f"datenorm: error: cannot write --out {disk / 'data'}/")
        assert list((disk / "data").iterdir()) == []
        trained = _datenorm("train", "--data", str(small_data), "--out", str(disk / "model"), "--epochs", "1",
                            "--n-a", "64", "--n-s", "128", preexec_fn=limit)
        assert _one_error_line(trained).startswith(f"datenorm: error: cannot write --out {disk / 'model'}/")
        assert not [p.name for p in (disk / "model").iterdir() if p.name.startswith(".")]
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)])


# --- signals and helper processes ----------------------------------------------------------------

def _as_from_a_terminal() -> None:
    """In the child: Ctrl-C, SIGTERM and SIGHUP at their defaults, as a terminal starts a command.
    A suite started in the background (`nohup`, `cmd &`) passes them on ignored, and a command that
    finds a signal ignored keeps it so (`datenorm.cli._raise_on_signals`)."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def _stream_then_signal(model_dir, signum) -> tuple[int, str, list[int], list[int]]:
    """Feed translate 60,000 distinct dates (so helpers are forked), send `signum` to the main
    process only, and return its exit code, stderr, its helpers, and those still alive after."""
    import datetime as dt

    start = dt.date(1900, 1, 1)
    dates = "".join(f"{start + dt.timedelta(i):%d %B %Y}\n" for i in range(60_000)).encode()
    with open(os.devnull, "wb") as sink:
        run = subprocess.Popen([sys.executable, "-m", "datenorm", "translate", "--model", str(model_dir)],
                               stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.PIPE,
                               env=dict(os.environ, DATENORM_WORKERS="2"), preexec_fn=_as_from_a_terminal)
        run.stdin.write(dates)  # stdin stays open: the stream is mid-way when the signal comes
        run.stdin.flush()
        helpers: list[int] = []
        deadline = time.monotonic() + 60
        while not helpers and time.monotonic() < deadline:
            time.sleep(0.2)
            helpers = [int(pid) for pid in subprocess.run(["pgrep", "-P", str(run.pid)], capture_output=True,
                                                          text=True).stdout.split()]
        run.send_signal(signum)
        try:
            _, err = run.communicate(timeout=60)  # a hang fails the test instead of stalling the suite
        except subprocess.TimeoutExpired:
            run.kill()
            raise
        err = err.decode()
    deadline = time.monotonic() + 10
    alive = helpers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [pid for pid in helpers if _running(pid)]
    return run.returncode, err.strip(), helpers, alive


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except (FileNotFoundError, IndexError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                    reason="helpers are forked on Linux with two cores or more")
@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGKILL, -9)])
def test_no_helper_process_outlives_the_main_one(default_model_dir, signum, code):
    returncode, err, helpers, alive = _stream_then_signal(default_model_dir, signum)
    assert helpers and alive == []
    assert returncode == code and err == ("" if signum == signal.SIGKILL else "datenorm: interrupted")


@pytest.mark.slow
def test_ctrl_c_is_exit_130_with_its_message(default_model_dir):
    run = subprocess.Popen([sys.executable, "-m", "datenorm", "translate", "--model", str(default_model_dir)],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           preexec_fn=_as_from_a_terminal)
    run.stdin.write(b"3 May 1979\n")
    run.stdin.flush()
    time.sleep(3)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=30)
    assert (run.returncode, err.decode().strip()) == (130, "datenorm: interrupted")


@pytest.mark.slow
def test_an_export_interrupted_while_writing_leaves_a_model_that_says_so(tiny_model_dir, tmp_path, monkeypatch):
    import shutil

    import datenorm.train
    from datenorm.runtime import Translator
    from datenorm.train import export

    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model_dir)

    def second_ctrl_c(model, config):
        raise KeyboardInterrupt

    monkeypatch.setattr(datenorm.train, "export_tflite", second_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        export(model_dir, int8_weights=True)
    assert sorted(p.name for p in model_dir.iterdir() if p.name.startswith((".", "UNFINISHED"))) == ["UNFINISHED"]
    with pytest.raises(DatenormError, match=f"unfinished.*datenorm export {model_dir}"):
        Translator.from_dir(model_dir)  # a finished writing takes the mark away: every other training test


def test_files_written_together_are_renamed_together_or_not_at_all(tmp_path):
    from datenorm.files import replacing_together

    paths = [tmp_path / "train.tsv", tmp_path / "valid.tsv", tmp_path / "test.tsv"]
    paths[0].write_text("old train")
    with pytest.raises(RuntimeError), replacing_together(paths, text=True) as handles:
        for handle in handles:
            handle.write("new")
        raise RuntimeError("the third split could not be drawn")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["train.tsv"] and paths[0].read_text() == "old train"
    paths[0].chmod(0o600)
    with replacing_together(paths, text=True) as handles:
        for handle, path in zip(handles, paths):
            handle.write(path.stem)
    assert [p.read_text() for p in paths] == ["train", "valid", "test"]
    assert paths[0].stat().st_mode & 0o777 == 0o600  # a replaced file keeps its mode


def test_a_translator_shared_by_threads_answers_as_one_thread_does(default_model_dir):
    """A web server's or DuckDB's threads may call one loaded model at once."""
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    from datenorm.runtime import Translator

    columns = [[f"{dt.date(1900, 1, 1) + dt.timedelta(days=i * 5 + k):%d %B %Y}" for i in range(1500)]
               for k in range(3)]
    alone = Translator.from_dir(default_model_dir, workers=1)
    want = [[r.iso for r in alone.translate(column)] for column in columns]
    shared = Translator.from_dir(default_model_dir, workers=1)
    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(lambda column: [r.iso for r in shared.translate(column)], columns)) == want
