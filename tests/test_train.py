"""`datenorm train`: a tiny run writes every file, learns, exports to LiteRT with built-in ops only."""

import csv
import json
import subprocess
import sys

import pytest

from datenorm.config import ModelConfig
from datenorm.train import MODEL_FILES


@pytest.mark.slow
def test_tiny_training_writes_every_file(tiny_model_dir):
    assert sorted(p.name for p in tiny_model_dir.iterdir()) == sorted(MODEL_FILES)
    metrics = json.loads((tiny_model_dir / "metrics.json").read_text())
    for key in ("valid_exact", "test_exact", "valid_char_acc", "epochs", "train_seconds", "data", "seed"):
        assert key in metrics
    assert metrics["epochs"] == 2 and metrics["seed"] == 1 and metrics["stopped_by_time_limit"] is False
    assert 0.0 <= metrics["test_exact"] <= 1.0
    assert ModelConfig.load(tiny_model_dir / "config.json").text_langs == ["en"]  # small_data is English


@pytest.mark.slow
def test_tiny_training_lowers_the_loss(tiny_model_dir):
    rows = list(csv.DictReader((tiny_model_dir / "history.csv").open()))
    assert len(rows) == 2
    assert float(rows[1]["loss"]) < float(rows[0]["loss"])
    assert float(rows[1]["valid_char_acc"]) > 0.2  # above chance (1/11): at least the dashes and centuries


@pytest.mark.slow
def test_export_has_only_builtin_ops_and_every_bucket(tiny_model_dir):
    from ai_edge_litert.interpreter import Interpreter

    config = ModelConfig.load(tiny_model_dir / "config.json")
    interpreter = Interpreter(model_path=str(tiny_model_dir / "model.tflite"))
    ops = {d["op_name"] for d in interpreter._get_ops_details()}
    assert ops and not any(op.startswith("Flex") or op == "CUSTOM" for op in ops)
    assert set(interpreter.get_signature_list()) == {f"serve_{b}" for b in config.buckets}
    assert config.buckets == [24, 40]  # the fixture's choice, tx included


@pytest.mark.slow
def test_resume_continues_from_the_saved_model_and_grows_to_write_times_and_relative_forms(tiny_model_dir, tmp_path):
    """Resumed on data whose labels carry times and, for half the rows, a date said relative to today,
    a date model goes on from its saved epochs and grows into one that writes both: 35 steps, a
    `serve_time_<n>` beside each `serve_<n>`, and the canonical relative forms ("-P3D", "FR+1") in
    its date's ten steps (their letters, sign and filler join its output)."""
    import shutil

    from ai_edge_litert.interpreter import Interpreter

    from datenorm.config import DATETIME_TY, RELATIVE_CHARS
    from datenorm.generate import generate
    from datenorm.runtime import Translator
    from datenorm.train import TrainOptions, train

    out = tmp_path / "resumed"
    shutil.copytree(tiny_model_dir, out)
    # a model of an older run: its history.csv has no valid_loss column, nor seconds (models/default)
    old = list(csv.DictReader((out / "history.csv").open()))
    with (out / "history.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[k for k in old[0] if k not in ("valid_loss", "seconds")],
                                extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(old)
    config = json.loads((out / "config.json").read_text())
    (out / "config.json").write_text(json.dumps({**config, "buckets": [40]}))  # one network to export per file
    before = ModelConfig.load(out / "config.json")
    assert not before.writes_time and not before.writes_relative
    data = tmp_path / "times"
    generate(data, {"train": 400, "valid": 60, "test": 60}, seed=8, times=True, relative_share=0.5)
    metrics = train(data, out, TrainOptions(epochs=1, resume=True, verbose=False))
    rows = list(csv.DictReader((out / "history.csv").open()))
    assert [r["epoch"] for r in rows] == ["1", "2", "3"]
    # the saved model can write neither times nor the new forms, so it does not bar the run's epoch (it
    # would score above a first epoch that writes some and loses a few dates)
    assert metrics["best_epoch"] == metrics["epochs"] == 3
    assert rows[0]["valid_loss"] == "" and float(rows[2]["valid_loss"]) > 0  # the new column, where known
    config = ModelConfig.load(out / "config.json")
    assert config.writes_time and config.ty == DATETIME_TY and config.writes_relative
    assert config.output_chars.startswith(before.output_chars) and set(RELATIVE_CHARS) <= set(config.output_chars)
    assert config.years[0] <= before.years[0] and config.years[1] >= before.years[1]
    assert set(Interpreter(model_path=str(out / "model.tflite")).get_signature_list()) == {
        f"serve_{b}" for b in config.buckets}
    assert set(Interpreter(model_path=str(out / "model_time.tflite")).get_signature_list()) == {
        f"serve_time_{b}" for b in config.buckets}
    engine = Translator.from_dir(out).engine
    dates, _ = engine.predict(["3 may 1979 10:42", "1979-05-03"], "DMY")
    times, _ = engine.predict(["3 may 1979 10:42", "1979-05-03"], "DMY", time=True)
    assert [t[:10] for t in times] == dates  # the date's 10 steps are the same in both signatures

    # a model grown before fractions to the nanosecond (32 steps) runs three steps longer, same weights
    # (what `train --resume` does to one, without a second training and export)
    from dataclasses import replace

    import numpy as np

    from datenorm.train import load_keras_model, with_time

    model, config = load_keras_model(out)
    short = replace(config, ty=32)
    grown_model, grown = with_time(model, short)
    assert grown.ty == DATETIME_TY == 35 and grown.fraction_digits == 9 and grown.output_chars == short.output_chars
    assert all(np.array_equal(a, b) for a, b in zip(grown_model.get_weights(), model.get_weights(), strict=True))
    assert grown_model.outputs[0].shape[1] == 35  # the decoder runs its three more steps


@pytest.mark.slow
def test_time_limit_stops_mid_epoch_and_still_writes_the_best_model(small_data, tmp_path):
    """A run over its wall-clock budget stops inside its first epoch, scores it and writes the model."""
    from datenorm.train import TrainOptions, train

    out = tmp_path / "limited"
    metrics = train(small_data, out, TrainOptions(epochs=5, verbose=False, time_limit=0.001,
                                                  overrides={"n_a": 8, "n_s": 16, "attention_units": 4,
                                                             "embedding_dim": 8, "seed": 1, "tx": 40,
                                                             "buckets": [40]}))
    assert metrics["stopped_by_time_limit"] and metrics["epochs"] == 1
    assert metrics["run_seconds"] >= metrics["train_seconds"] > 0
    rows = list(csv.DictReader((out / "history.csv").open()))
    assert float(rows[0]["learning_rate"]) == pytest.approx(0.005 * 0.05, rel=1e-3)  # the cosine's end: time is up
    assert sorted(p.name for p in out.iterdir()) == sorted(MODEL_FILES)


def _run(*args):
    return subprocess.run([sys.executable, "-m", "datenorm", "train", *args], capture_output=True, text=True)


def test_an_epoch_as_exact_as_the_best_wins_by_a_lower_validation_loss():
    """Once validation reads 100%, exact match cannot tell epochs apart (a default run
    once stopped there): the validation loss does."""
    import numpy as np

    from datenorm.train import is_better, mean_log_loss

    config = ModelConfig(tx=8, vocab=list("0123456789-"))
    target = config.target_ids(["1979-05-03"])
    sure = np.full((1, config.ty, len(config.output_chars)), 0.001, np.float32)
    np.put_along_axis(sure, target[..., None], 0.99, axis=-1)
    unsure = np.full_like(sure, 0.05)
    np.put_along_axis(unsure, target[..., None], 0.5, axis=-1)
    assert mean_log_loss(config, sure, ["1979-05-03"]) < mean_log_loss(config, unsure, ["1979-05-03"])
    best = {"exact": 1.0, "loss": 0.02}
    assert is_better(1.0, 0.01, best) and not is_better(1.0, 0.03, best)
    assert is_better(0.5, 9.0, {"exact": 0.4, "loss": 0.0}) and not is_better(0.3, 0.0, {"exact": 0.4, "loss": 9.0})


def test_train_without_data_says_how_to_make_it(tmp_path):
    proc = _run("--data", str(tmp_path / "nothing"), "--out", str(tmp_path / "m"))
    assert proc.returncode == 2
    assert "datenorm generate" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [(["--n-a", "0"], "n-a must be a positive"),
                                           (["--learning-rate", "-1"], "learning-rate must be positive"),
                                           (["--time-limit", "0"], "time-limit must be a positive")])
def test_train_bad_hyperparameters_exit_2(small_data, tmp_path, args, message):
    proc = _run("--data", str(small_data), "--out", str(tmp_path / "m"), *args)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_train_unwritable_out_exits_2(small_data, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = _run("--data", str(small_data), "--out", str(blocker / "m"))
    assert proc.returncode == 2
    assert "cannot write to --out" in proc.stderr and "Traceback" not in proc.stderr


def test_label_years_span_the_data_and_a_resumed_models_range():
    from datenorm.train import label_years

    assert label_years(["1979-05-03", "1492-10-12", "0000-05-03", "2019-00-00"]) == [1492, 2019]
    assert label_years(["1979-05-03"], [1900, 2099]) == [1900, 2099]
    assert label_years(["1789-07-14"], [1900, 2099]) == [1789, 2099]


@pytest.mark.slow
def test_int8_export_quantizes_the_matrices_and_keeps_the_answers():
    """With int8_weights the LiteRT matrices are int8 (LiteRT leaves those under 1,024 values float)
    and the network answers as the float export does, to int8 rounding."""
    from dataclasses import replace

    import numpy as np
    from ai_edge_litert.interpreter import Interpreter

    from datenorm.engine import Engine
    from datenorm.model import build_model
    from datenorm.train import export_tflite

    config = ModelConfig(tx=12, n_a=16, n_s=32, embedding_dim=16, vocab=list(" 0123456789/-abcmyz"), seed=3,
                         buckets=[12])
    model = build_model(config)
    ids = config.encode(["3 may 1979", "12/30/2001", "1979-05-03"])
    answers, kinds = [], []
    for int8 in (False, True):
        data = export_tflite(model, replace(config, int8_weights=int8))
        kinds.append({d["dtype"] for d in Interpreter(model_content=data).get_tensor_details()})
        answers.append(Engine(config, data).run(ids)[0])
    assert np.int8 not in kinds[0] and np.int8 in kinds[1]
    keras_probs = model.predict(ids, verbose=0)[0]
    np.testing.assert_allclose(answers[0], keras_probs, atol=1e-5)  # float32: Keras's numbers
    assert np.abs(answers[0] - answers[1]).max() < 0.05


@pytest.mark.slow
def test_datenorm_export_rewrites_only_the_litert_file(tiny_model_dir, tmp_path):
    import shutil

    out = tmp_path / "int8"
    shutil.copytree(tiny_model_dir, out)
    config = json.loads((out / "config.json").read_text())
    (out / "config.json").write_text(json.dumps({**config, "buckets": [40]}))  # one network to export
    proc = subprocess.run([sys.executable, "-m", "datenorm", "export", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # none of TensorFlow's absl/oneDNN lines
    assert proc.stdout.startswith(f"wrote {out / 'model.tflite'} (") and "int8 weights" in proc.stdout
    assert ModelConfig.load(out / "config.json").int8_weights is True
    for name in ("model.keras", "metrics.json", "history.csv"):
        assert (out / name).read_bytes() == (tiny_model_dir / name).read_bytes()
    assert (out / "model.tflite").read_bytes() != (tiny_model_dir / "model.tflite").read_bytes()


def test_export_of_a_missing_model_exits_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "datenorm", "export", str(tmp_path / "none")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith(f"no config.json in model directory {tmp_path / 'none'}")
    assert "Traceback" not in proc.stderr
