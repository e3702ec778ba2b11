"""Bad training or evaluation data is one line per problem and exit 2, found before TensorFlow loads;
one overlong training row is dropped and reported, never the length the model is built for."""

import json
import random
import shutil

import pytest
from typer.testing import CliRunner

from datenorm.cli import app

runner = CliRunner()
HEADER = "text\tiso\torder\n"
GOOD = "3 May 1979\t1979-05-03\tDMY\n"
OUTLIER = "3 May 1979 " + "x" * 2989  # 3,000 characters


@pytest.fixture
def no_tensorflow(monkeypatch):
    """Fails the test if training gets as far as importing TensorFlow."""
    def refuse():
        raise AssertionError("TensorFlow was imported before the data was checked")

    monkeypatch.setattr("datenorm.train.import_keras", refuse)


def write_data(data, train: bytes, valid: bytes = (HEADER + GOOD).encode()):
    data.mkdir(exist_ok=True)
    (data / "train.tsv").write_bytes(train)
    (data / "valid.tsv").write_bytes(valid)
    (data / "test.tsv").write_bytes((HEADER + GOOD).encode())
    return data


def train_cli(data, out):
    return runner.invoke(app, ["train", "--data", str(data), "--out", str(out), "--epochs", "1"])


def test_bad_training_rows_are_one_line_each_with_file_and_line(tmp_path, no_tensorflow):
    train = (HEADER + GOOD).encode() + b"3 Ma\xff 1979\t1979-05-03\tDMY\n" + (
        "18/11/2068\t18/11/2068\tDMY\n"
        "3.5.1979\t1979-5-3\tDMY\n"
        "30 February 1979\t1979-02-30\t\n"
        "3 May 1979\n"
        "May 1979\t1979-05-00\t\n"
        "\n"
        "3/5/1979\t1979-05-03\tDYM\n"
        "5 May 1979\t1979-00-05\tDMY\n").encode()
    data = write_data(tmp_path / "data", train)
    result = train_cli(data, tmp_path / "model")
    assert result.exit_code == 2 and "Traceback" not in result.output
    path = data / "train.tsv"
    assert result.stderr.splitlines() == [
        f"datenorm: error: {path} line 3: invalid UTF-8",
        f"datenorm: error: {path} line 4: iso '18/11/2068' is not a YYYY-MM-DD date",
        f"datenorm: error: {path} line 5: iso '1979-5-3' is not a YYYY-MM-DD date",
        f"datenorm: error: {path} line 6: iso '1979-02-30' is not a YYYY-MM-DD date: there is no day 30 in 1979-02",
        f"datenorm: error: {path} line 7: 1 column where the header has 3",
        f"datenorm: error: {path} line 10: order 'DYM' is not DMY, MDY or YMD",
        f"datenorm: error: {path} line 11: iso '1979-00-05' is not a YYYY-MM-DD date: 00 stands only for a missing day, "
        f"year, or month and day",
    ]


def test_many_bad_training_rows_list_ten_then_a_count(tmp_path, no_tensorflow):
    train = HEADER + "".join(f"3 May 1979\t1979-5-{day}\tDMY\n" for day in range(1, 16))
    data = write_data(tmp_path / "data", train.encode())
    result = train_cli(data, tmp_path / "model")
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 11
    assert lines[0] == f"datenorm: error: {data / 'train.tsv'} line 2: iso '1979-5-1' is not a YYYY-MM-DD date"
    assert lines[-1] == "datenorm: error: ... and 5 more"


@pytest.mark.parametrize("train, message", [
    ("text\torder\n3 May 1979\tDMY\n", "train.tsv has no iso column (header: text, order)"),
    ("3 May 1979\t1979-05-03\n", "train.tsv has no text or iso column (header: 3 May 1979, 1979-05-03)"),
])
def test_a_training_file_without_a_text_or_iso_column_is_one_line(tmp_path, no_tensorflow, train, message):
    data = write_data(tmp_path / "data", train.encode())
    result = train_cli(data, tmp_path / "model")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"datenorm: error: {data}/{message}"]


def test_a_bad_validation_row_stops_training_before_tensorflow_loads(tmp_path, no_tensorflow):
    data = write_data(tmp_path / "data", (HEADER + GOOD).encode(), valid=(HEADER + "1979\t1979\t\n").encode())
    result = train_cli(data, tmp_path / "model")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"datenorm: error: {data / 'valid.tsv'} line 2: iso '1979' is not a YYYY-MM-DD date"]


def test_training_data_may_start_with_a_byte_order_mark(tmp_path):
    from datenorm.train import load_split

    data = write_data(tmp_path / "data", b"\xef\xbb\xbf" + (HEADER + GOOD + "1979\t1979-00-00\t\n").encode())
    split = load_split(data / "train.tsv")
    assert split.texts == ["3 may 1979", "1979"] and split.isos == ["1979-05-03", "1979-00-00"]
    assert split.hints == ["DMY", None]


def test_evaluate_reads_a_header_that_starts_with_a_byte_order_mark(default_model_dir, tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + GOOD).encode())
    result = runner.invoke(app, ["evaluate", str(path), "--model", str(default_model_dir), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["n"] == 1


def test_evaluate_lists_each_bad_row_in_one_line(default_model_dir, tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_bytes((HEADER + GOOD).encode() + b"3 Ma\xff 1979\t1979-05-03\t\n"
                     + "29 Feb 1979\t1979-02-29\t\n29 Feb\t0000-02-29\t\n".encode())
    result = runner.invoke(app, ["evaluate", str(path), "--model", str(default_model_dir)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"datenorm: error: {path} line 3: invalid UTF-8",
        f"datenorm: error: {path} line 4: iso '1979-02-29' is not a YYYY-MM-DD date: there is no day 29 in 1979-02",
    ]


def test_generate_exclude_file_names_the_line_that_is_not_utf8(tmp_path):
    exclude = tmp_path / "old.tsv"
    exclude.write_bytes(b"text\tiso\n3 May 1979\t1979-05-03\n3 Ma\xff 1979\t1979-05-03\n")
    result = runner.invoke(app, ["generate", "--train", "20", "--valid", "5", "--test", "5",
                                 "--exclude", str(exclude), "--out", str(tmp_path / "data")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"datenorm: error: {exclude} line 3: invalid UTF-8"]


def test_one_overlong_training_row_neither_sets_tx_nor_is_trained_on(small_data, tmp_path):
    from datenorm.train import choose_tx, fit_length, load_split

    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    usual = choose_tx(load_split(data / "train.tsv", random.Random(0)).texts)
    with (data / "train.tsv").open("a", encoding="utf-8") as fh:
        fh.write(f"{OUTLIER}\t1979-05-03\tDMY\n")  # the optional trailing columns left out
    split = load_split(data / "train.tsv", random.Random(0))
    assert len(split.texts) == 3001  # a small file: the old 99.99th percentile was its longest row
    assert choose_tx(split.texts) == usual
    fitted = fit_length(split, usual)
    assert (fitted.skipped_long, fitted.longest_skipped, len(fitted.texts)) == (1, 3000, 3000)


def test_tx_is_never_past_its_cap():
    from datenorm.errors import DatenormError
    from datenorm.train import CHOSEN_TX_CAP, choose_tx

    assert choose_tx(["a" * (CHOSEN_TX_CAP - 1)] * 10) == CHOSEN_TX_CAP
    with pytest.raises(DatenormError, match=f"longer than {CHOSEN_TX_CAP} characters"):
        choose_tx(["a" * 300] * 10)


@pytest.mark.slow
def test_training_drops_an_overlong_row_and_a_ctrl_c_still_writes_the_model(small_data, tmp_path, capsys,
                                                                             monkeypatch):
    from datenorm.train import TrainOptions, choose_tx, import_keras, load_split, train

    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    tx = choose_tx(load_split(data / "train.tsv").texts)
    with (data / "train.tsv").open("a", encoding="utf-8") as fh:
        fh.write(f"{OUTLIER}\t1979-05-03\tDMY\n")
    keras = import_keras()

    def ctrl_c(*args, **kwargs):  # no fitting: what is measured is the data, and what is written
        raise KeyboardInterrupt

    monkeypatch.setattr(keras.Model, "fit", ctrl_c)
    out = tmp_path / "model"
    with pytest.raises(KeyboardInterrupt):  # tx from the data
        train(data, out, TrainOptions(epochs=50, overrides={
            "n_a": 8, "n_s": 16, "attention_units": 4, "embedding_dim": 8, "seed": 1, "buckets": [24]}))
    printed = capsys.readouterr().out
    assert f"dropped 1 training row longer than {tx} characters (longest 3,000)\n" in printed
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["tx"] == tx and metrics["data"]["train_skipped_too_long"] == 1
    # the first Ctrl-C stops fitting; the best model so far and its metrics are written, then the
    # interruption goes on (the command line makes it exit 130: test_ctrl_c_is_exit_130_with_its_message)
    assert "interrupted: writing the best model so far" in printed and metrics["interrupted"] is True
    assert not (out / "UNFINISHED").exists() and (out / "model.tflite").is_file()
