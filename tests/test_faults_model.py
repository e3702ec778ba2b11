"""A broken model directory (a malformed config.json, a config that does not match its network, a
file that is no regular file, a model.keras naming a foreign class) is one line and exit 2."""

import json
import re
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.config import ModelConfig
from datenorm.errors import DatenormError


@pytest.fixture
def model_copy(tmp_path, english_model_dir):
    """A copy of the bundled English model, to break."""
    return shutil.copytree(english_model_dir, tmp_path / "model")


def with_config(model_dir, **changes):
    """`model_dir` with its config.json's fields set to `changes`."""
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    config.update(changes)
    (model_dir / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return model_dir


def translate_error(model_dir) -> str:
    """The one line `datenorm translate --model model_dir` writes on stderr, checked to be one line, exit 2."""
    done = CliRunner().invoke(app, ["translate", "--model", str(model_dir), "3 May 1979"])
    assert done.exit_code == 2, (done.exit_code, done.output, done.exception)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("datenorm: error: ") and "Traceback" not in done.stderr
    return lines[0]


def run_translate(model_dir) -> subprocess.CompletedProcess:
    """`python -m datenorm translate --model model_dir`, in a process that may not take long."""
    return subprocess.run([sys.executable, "-m", "datenorm", "translate", "--model", str(model_dir), "3 May 1979"],
                          capture_output=True, text=True, timeout=30)


@pytest.mark.parametrize("top, kind", [("[]", "array"), ("null", "null"), ('"3 May"', "string"), ("5", "number")])
def test_a_config_json_that_is_not_an_object_is_one_line(model_copy, top, kind):
    (model_copy / "config.json").write_text(top)
    message = translate_error(model_copy)
    assert message.endswith(f"config.json: the top level must be a JSON object, got {kind}")


def test_output_chars_that_is_not_a_string_is_one_line(model_copy):
    message = translate_error(with_config(model_copy, output_chars=5))
    assert "config.json" in message and "output_chars must be a string" in message


def test_text_langs_that_is_not_a_list_is_one_line(model_copy):
    message = translate_error(with_config(model_copy, text_langs=5))
    assert "config.json" in message and "text_langs must be a list" in message


def test_langs_given_to_a_network_without_a_language_token_is_one_line(model_copy):
    message = translate_error(with_config(model_copy, langs=["en", "fr"]))
    assert "config.json" in message and "does not match" in message
    assert "serve_8 reads 9 tokens, the config gives it 10" in message


def test_langs_taken_from_a_network_with_a_language_token_is_one_line(tmp_path, default_model_dir):
    model_dir = with_config(shutil.copytree(default_model_dir, tmp_path / "model"), langs=[], text_langs=[])
    assert "serve_8 reads 10 tokens, the config gives it 9" in translate_error(model_dir)


def test_output_chars_the_network_does_not_write_is_one_line(model_copy):
    message = translate_error(with_config(model_copy, output_chars="0123456789-T"))
    assert "config.json" in message and "writes 11 output characters, the config has 12" in message


def test_an_absurd_tx_is_refused_before_anything_is_allocated(model_copy):
    message = translate_error(with_config(model_copy, tx=10**12))
    assert "config.json" in message and "tx must be a positive integer of at most 1024, got 1000000000000" in message


def test_every_problem_of_a_config_is_in_its_one_line(model_copy):
    message = translate_error(with_config(model_copy, n_a=0, vocab=["ab"], years=[2000, 1900]))
    assert message.count("; ") == 2 and "n-a" in message and "vocab" in message and "years" in message


def test_a_fifo_in_place_of_config_json_is_refused_without_waiting(model_copy):
    (model_copy / "config.json").unlink()
    os.mkfifo(model_copy / "config.json")
    proc = run_translate(model_copy)  # a reader that opened the FIFO would wait for a writer: the timeout
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [f"datenorm: error: {model_copy / 'config.json'} is not a regular file"]


def test_a_device_in_place_of_config_json_is_refused_without_reading(model_copy):
    (model_copy / "config.json").unlink()
    (model_copy / "config.json").symlink_to("/dev/zero")  # endless: a reader would fill the memory
    proc = run_translate(model_copy)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [f"datenorm: error: {model_copy / 'config.json'} is not a regular file"]


def test_a_directory_in_place_of_config_json_is_refused(model_copy):
    (model_copy / "config.json").unlink()
    (model_copy / "config.json").mkdir()
    assert translate_error(model_copy) == f"datenorm: error: {model_copy / 'config.json'} is not a regular file"


def test_a_config_json_over_its_size_cap_is_refused(model_copy):
    with_config(model_copy, padding="x" * (1 << 20))  # an unknown key: ignored, but it is still read
    assert translate_error(model_copy).endswith("config.json is larger than 1048576 bytes")


def test_a_fifo_in_place_of_model_tflite_is_refused_without_waiting(model_copy):
    (model_copy / "model.tflite").unlink()
    os.mkfifo(model_copy / "model.tflite")
    proc = run_translate(model_copy)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [f"datenorm: error: {model_copy / 'model.tflite'} is not a regular file"]


def test_a_model_that_writes_times_without_its_time_file_is_one_line(tmp_path, datetime_model_dir):
    model = shutil.copytree(datetime_model_dir, tmp_path / "model")
    (model / "model_time.tflite").unlink()
    assert translate_error(model) == (f"datenorm: error: no model_time.tflite in model directory {model}, whose config "
                                      f"writes times: make it with: datenorm export {model}")


def test_times_asked_of_a_model_that_reads_dates_only_is_one_line(english_model_dir):
    done = CliRunner().invoke(app, ["translate", "--model", str(english_model_dir), "--time", "3 May 1979 10:42"])
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [f"datenorm: error: the model in {english_model_dir} reads dates only, not "
                                        f"times of day (the bundled 'datetime' model reads both)"]


def test_a_model_tflite_over_its_size_cap_is_refused_before_it_is_read(model_copy):
    os.truncate(model_copy / "model.tflite", (512 << 20) + 1)  # sparse: no disk is used
    assert translate_error(model_copy).endswith("model.tflite is larger than 536870912 bytes")


@pytest.mark.parametrize("field, value, problem", [
    ("tx", 1025, "tx must be a positive integer of at most 1024"),
    ("tx", 48.0, "tx must be a positive integer"),
    ("n_s", True, "n-s must be a positive integer"),
    ("attention_units", 10**6, "attention-units must be a positive integer of at most 4096"),
    ("embedding_dim", "32", "embedding-dim must be a positive integer"),
    ("batch_size", 10**9, "batch-size must be a positive integer of at most 65536"),
    ("vocab", "abc", "vocab must be a list of one-character strings"),
    ("vocab", ["a", "b", "a"], 'vocab holds "a" more than once'),
    ("vocab", ["a", "\0"], "vocab must be a list of one-character strings other than NUL"),
    ("learning_rate", "fast", "learning-rate must be positive and finite"),
    ("learning_rate", float("inf"), "learning-rate must be positive and finite"),
    ("seed", -1, "seed must be an integer from 0 to 4294967295"),
    ("ty", 12, "ty must be 10"),
    ("output_chars", "0123456789-0", "output_chars must be a string of distinct characters"),
    ("output_chars", "abcdefghijk", "output_chars must be a string of distinct characters"),
    ("buckets", [8, 0], "buckets must be a list of increasing positive integers"),
    ("buckets", [16, 8, 48], "buckets must be a list of increasing positive integers"),
    ("buckets", [8, 64], "buckets must be at most tx (48)"),
    ("langs", "fr", "langs must be a list of distinct language codes"),
    ("langs", ["fr", "fr"], "langs must be a list of distinct language codes"),
    ("langs", ["fr", ""], "langs must be a list of distinct language codes"),
    ("lang_dim", -1, "lang_dim must be an integer from 0 to 4096"),
    ("years", [1900], "years must be [first, last]"),
    ("years", [0, 2099], "years must be [first, last]"),
    ("int8_weights", 1, "int8_weights must be true or false"),
    ("text_langs", [5], "text_langs must be a list of distinct language codes"),
])
def test_each_field_of_a_config_is_checked(field, value, problem):
    with pytest.raises(DatenormError, match="^" + problem.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        ModelConfig(**{field: value})


def test_a_saved_config_has_a_bucket_for_every_text_up_to_tx(model_copy):
    assert translate_error(with_config(model_copy, buckets=[8, 16])).endswith(
        "config.json: buckets must end with tx (48), got [8, 16]")


def test_the_bundled_configs_are_valid_as_they_are(default_model_dir, english_model_dir):
    for model_dir in (default_model_dir, english_model_dir):
        config = ModelConfig.load(model_dir / "config.json")
        assert json.loads(config.to_json()) == json.loads((model_dir / "config.json").read_text(encoding="utf-8"))


def keras_with_class(model_dir, class_name: str, module: str):
    """`model_dir`'s model.keras with its top-level class renamed to `module`.`class_name`."""
    keras_file = model_dir / "model.keras"
    with zipfile.ZipFile(keras_file) as old:
        parts = {item.filename: old.read(item.filename) for item in old.infolist()}
    spec = json.loads(parts["config.json"])
    spec.update(class_name=class_name, module=module, registered_name=None)
    parts["config.json"] = json.dumps(spec).encode()
    with zipfile.ZipFile(keras_file, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return model_dir


@pytest.mark.slow
def test_export_of_a_model_keras_naming_a_foreign_class_is_one_line(model_copy):
    keras_with_class(model_copy, "system", "os")
    proc = subprocess.run([sys.executable, "-m", "datenorm", "export", str(model_copy)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"datenorm: error: cannot load {model_copy / 'model.keras'}: ")


@pytest.mark.slow
@pytest.mark.parametrize("class_name, module", [("os.system", None), ("NoSuchModel", "datenorm.nowhere"),
                                                ("Sequential", "keras.src.models.nowhere")])
def test_a_model_keras_naming_any_class_it_may_not_load_is_one_error(model_copy, class_name, module):
    """As the command above, in this process (TensorFlow is imported once for all of them)."""
    from datenorm.errors import DatenormError
    from datenorm.train import load_keras_model

    keras_with_class(model_copy, class_name, module)
    with pytest.raises(DatenormError, match=f"^cannot load {re.escape(str(model_copy / 'model.keras'))}: [^\n]+$"):
        load_keras_model(model_copy)
