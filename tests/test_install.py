"""The light install: `pip install datenorm` serves the models without TensorFlow, Keras or Faker, and
`generate`, `train`, `export` without the `train` extra say so in one line and exit 2."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from datenorm.cli import app

from conftest import ROOT

TRAIN_ONLY = ("tensorflow", "keras", "faker")
EXPECTED = {
    "generate": "datenorm: error: 'datenorm generate' needs Faker: pip install \"datenorm[train]\"",
    "train": "datenorm: error: 'datenorm train' needs TensorFlow, Keras and Faker: pip install \"datenorm[train]\"",
    "export": "datenorm: error: 'datenorm export' needs TensorFlow, Keras and Faker: pip install \"datenorm[train]\"",
}


def _hide(monkeypatch, *hidden):
    """Make the CLI's check see `hidden` as not installed; every other module is found as usual."""
    real = importlib.util.find_spec

    def find_spec(name, package=None):
        return None if name.split(".")[0] in hidden else real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def _args(command, tmp_path):
    """Arguments that fail at once (no data, no model) should the check ever let the command run."""
    return {"generate": ["generate", "--train", "1", "--valid", "1", "--test", "1", "--out", str(tmp_path / "out")],
            "train": ["train", "--data", str(tmp_path / "no-data"), "--out", str(tmp_path / "model")],
            "export": ["export", str(tmp_path / "no-model")]}[command]


@pytest.mark.parametrize("command", ["generate", "train", "export"])
def test_without_the_train_extra_the_command_says_so_in_one_line_and_exits_2(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _hide(monkeypatch, *TRAIN_ONLY)
    result = CliRunner().invoke(app, _args(command, tmp_path))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [EXPECTED[command]]
    assert result.stdout == ""
    assert not (tmp_path / "out").exists() and not (tmp_path / "model").exists()


def test_only_the_missing_part_of_the_extra_is_named(tmp_path, monkeypatch):
    _hide(monkeypatch, "keras")
    result = CliRunner().invoke(app, _args("train", tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["datenorm: error: 'datenorm train' needs Keras: pip install \"datenorm[train]\""]


# --- a real base install (slow: it creates a venv and pip-installs into it) ---

def _run(*args, **kwargs):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=900, **kwargs)


@pytest.fixture(scope="module")
def base_venv(tmp_path_factory):
    """A fresh venv with `pip install <repo>` (no extras). The repository is copied first so that the
    build (setuptools writes build/ and *.egg-info beside the sources) never touches the checkout."""
    tmp = tmp_path_factory.mktemp("install")
    source = tmp / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "runs"))
    venv = tmp / "venv"
    made = _run(sys.executable, "-m", "venv", venv)
    assert made.returncode == 0, made.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "DATENORM_MODEL")}
    installed = _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", source, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv, env, tmp


@pytest.mark.slow
def test_base_install_has_no_tensorflow_keras_or_faker(base_venv):
    venv, env, _ = base_venv
    listed = _run(venv / "bin" / "python", "-m", "pip", "list", "--format=json", env=env)
    names = {p["name"].lower() for p in json.loads(listed.stdout)}
    assert "datenorm" in names
    assert not names & {"tensorflow", "tensorflow-cpu", "keras", "faker"}, sorted(names)


@pytest.mark.slow
def test_base_install_translates(base_venv):
    venv, env, tmp = base_venv
    proc = _run(venv / "bin" / "datenorm", "translate", "3 May 1979", env=env, cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "1979-05-03\n"


@pytest.mark.slow
def test_base_install_evaluates_and_draws_attention(base_venv):
    venv, env, tmp = base_venv
    proc = _run(venv / "bin" / "datenorm", "evaluate", ROOT / "data" / "sample.tsv", "--json",
                "--plot", tmp / "groups.png", env=env, cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["n"] > 0 and (tmp / "groups.png").stat().st_size > 0
    proc = _run(venv / "bin" / "datenorm", "attention", "3 May 1979", "--out", tmp / "attention.png",
                env={**env, "MPLBACKEND": "Agg"}, cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert "1979-05-03" in proc.stdout and (tmp / "attention.png").stat().st_size > 0


@pytest.mark.slow
@pytest.mark.parametrize("command", ["generate", "train", "export"])
def test_base_install_names_the_train_extra(base_venv, command):
    venv, env, tmp = base_venv
    proc = _run(venv / "bin" / "datenorm", *_args(command, tmp), env=env, cwd=tmp)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [EXPECTED[command]]
    assert proc.stdout == ""
