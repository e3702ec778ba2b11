"""`datenorm train`: fit the attention model on generated data, keep the best weights by validation
exact match, and write a self-describing model directory:

    model.keras        the Keras model (loads with safe_mode=True)
    model.tflite       the LiteRT export the runtime serves (built-in ops only): dates
    model_time.tflite  the same weights writing the time after the date (a model with ty 32 only)
    config.json        hyperparameters and vocabulary (datenorm.config.ModelConfig)
    metrics.json       valid/test exact match, per-character accuracy, epochs, seconds, data, seed
    history.csv        one row per epoch

Exact match (every character of the label right) is the headline; the test split is scored once, at the end,
by the same LiteRT runtime users get, and never used to choose anything.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from datenorm.config import (DATETIME_TY, DEFAULT_YEARS, FILLER, OUTPUT_CHARS, RELATIVE_CHARS, TIME_CHARS, TY,
                             ModelConfig, parse_order)
from datenorm.errors import DatenormError
from datenorm.evaluate import read_labelled
from datenorm.files import UNFINISHED_MARK, ensure_writable_dir, temporary_beside, write_bytes, write_text
from datenorm.lines import read_rows
from datenorm.relative import parse as parse_relative
from datenorm.engine import TIME_MODEL_FILE, quiet_native_stderr
from datenorm.text import normalize_text

MODEL_FILES = ("model.keras", "model.tflite", "config.json", "metrics.json", "history.csv")
# Share of order-free rows whose hint is replaced at random, so the model learns to ignore the hint
# whenever the text itself fixes the order (month names, four-digit years first, day > 12).
HINT_CHOICES = (None, "DMY", "MDY", "YMD")


@dataclass
class Split:
    texts: list[str]  # normalised
    isos: list[str]
    hints: list[str | None]
    langs: list[str | None]
    skipped_long: int = 0  # rows longer than the model's tx, left out by fit_length
    written_in: frozenset[str] = frozenset()  # every row's language, hint or not
    longest_skipped: int = 0  # characters in the longest of them


LANG_DIM = 8  # language-embedding width for models with a language hint
MIN_RATE_SHARE = 0.05  # with --time-limit: the learning rate ends at this share of --learning-rate


@dataclass
class TrainOptions:
    epochs: int = 30
    patience: int = 4
    resume: bool = False
    verbose: bool = True
    lang_hint: bool = False  # new models: a language-hint token for every language in train.tsv
    time_limit: float | None = None  # seconds since the run began after which fitting stops (mid-epoch)
    overrides: dict = field(default_factory=dict)


def load_split(path: Path, rng: random.Random | None = None) -> Split:
    """Normalised texts, labels, order and language hints of a generated split.

    With `rng` (training), order-free rows get random order hints and half the rows lose their
    language hint, so the model reads dates with or without either. Every row is checked as it is
    read, before TensorFlow loads: a bad one is a line of the DatenormError (`read_labelled`)."""
    rows = read_labelled(path)
    texts, isos, hints, langs = [], [], [], []
    for row in rows:
        texts.append(normalize_text(row["text"]))
        isos.append(row["iso"])
        hint = parse_order(row.get("order"))
        if rng is not None and row.get("order_matters", "1") == "0":
            hint = rng.choice(HINT_CHOICES)
        hints.append(hint)
        lang = row.get("lang") or None
        langs.append(None if rng is not None and rng.random() < 0.5 else lang)
    return Split(texts, isos, hints, langs, written_in=frozenset(row["lang"] for row in rows if row.get("lang")))


CHOSEN_TX_CAP = 256  # the longest Tx chosen from data (--tx may ask up to config.MAX_TX); a date is tens of characters
OUTLIER_FACTOR = 2  # a text over twice as long as the 99th-percentile text is an outlier


def choose_tx(texts: list[str], coverage: float = 0.9999) -> int:
    """The input length: long enough for `coverage` of the training texts, rounded up to a multiple of 4.

    Outliers do not count: texts longer than CHOSEN_TX_CAP, or than both OUTLIER_FACTOR times the
    99th-percentile length and the 99.9th-percentile length (never the longest of two texts or
    more, so a format one row in 200 writes long still counts). `fit_length` then drops them, so
    one stray row can neither size the model nor slow its training."""
    lengths = np.sort([len(t) for t in texts])
    typical = int(lengths[int(0.99 * (len(lengths) - 1))])
    if typical > CHOSEN_TX_CAP:
        raise DatenormError(f"over 1% of the training texts are longer than {CHOSEN_TX_CAP} characters; "
                            f"datenorm reads dates, not documents")
    broad = int(lengths[int(0.999 * (len(lengths) - 1))])
    lengths = lengths[lengths <= min(CHOSEN_TX_CAP, max(OUTLIER_FACTOR * typical, broad))]
    needed = int(lengths[min(len(lengths) - 1, math.ceil(coverage * len(lengths)) - 1)])
    return min(CHOSEN_TX_CAP, int(math.ceil(needed / 4) * 4))


def fit_length(split: Split, tx: int) -> Split:
    """`split` without the rows whose text is longer than `tx`, counted in `skipped_long`."""
    keep = [i for i, t in enumerate(split.texts) if len(t) <= tx]
    return Split([split.texts[i] for i in keep], [split.isos[i] for i in keep], [split.hints[i] for i in keep],
                 [split.langs[i] for i in keep], len(split.texts) - len(keep), split.written_in,
                 max((len(t) for t in split.texts if len(t) > tx), default=0))


def exact_and_char_accuracy(config: ModelConfig, probs: np.ndarray, isos: list[str]) -> tuple[float, float]:
    predicted = probs.argmax(-1)
    target = config.target_ids(isos)
    right = predicted == target
    return float(right.all(axis=1).mean()), float(right.mean())


def mean_log_loss(config: ModelConfig, probs: np.ndarray, isos: list[str]) -> float:
    """Mean negative log-probability of the right output characters: what tells two epochs apart
    once both read every validation date right."""
    target = config.target_ids(isos)
    picked = np.take_along_axis(probs, target[..., None], axis=-1)[..., 0]
    return float(-np.log(np.clip(picked, 1e-12, 1.0)).mean())


def is_better(exact: float, loss: float, best: dict) -> bool:
    """Whether an epoch's (validation exact match, loss) beats the best so far: more exact, or as
    exact with a lower loss."""
    return exact > best["exact"] or (exact == best["exact"] and loss < best["loss"])


def _serving_fn(net):
    def serve(ids):
        date, attention = net(ids, training=False)
        return {"date": date, "attention": attention}

    return serve


def export_tflite(model, config: ModelConfig, time: bool = False) -> bytes:
    """The LiteRT flatbuffer of `model`: one signature `serve_<n>` per length bucket n in
    `config.buckets`, each ids [None, 1 + n] -> date [None, 10, C], attention [None, 10, 1 + n];
    with `time` (a model that writes times: model_time.tflite), `serve_time_<n>`, the same with all
    of its ty steps.

    The route is Keras -> SavedModel (ExportArchive, fixed input signatures) -> TFLiteConverter: a
    direct conversion of a concrete function leaves the weights as resource variables that LiteRT
    does not initialise. Each signature is the same network unrolled to fewer steps, sharing weights.
    """
    import tempfile

    keras = import_keras()
    import tensorflow as tf

    from datenorm.model import build_model

    archive = keras.export.ExportArchive()
    archive.track(model)
    name, steps = ("serve_time", config.ty) if time else ("serve", TY)
    signatures = []
    for bucket in config.buckets:
        net = model if (bucket, steps) == (config.tx, config.ty) else build_model(
            config, input_length=bucket + config.prefix, steps=steps)
        if net is not model:
            net.set_weights(model.get_weights())
            archive.track(net)
        signatures.append(f"{name}_{bucket}")
        archive.add_endpoint(signatures[-1], _serving_fn(net),
                             input_signature=[tf.TensorSpec([None, bucket + config.prefix], tf.int32, name="ids")])
    with tempfile.TemporaryDirectory() as tmp:
        archive.write_out(f"{tmp}/saved_model", verbose=False)
        converter = tf.lite.TFLiteConverter.from_saved_model(
            f"{tmp}/saved_model", signature_keys=signatures)
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]  # no Flex (TensorFlow) ops
        if config.int8_weights:
            converter.optimizations = [tf.lite.Optimize.DEFAULT]  # dynamic range: int8 weights, float activations
        with quiet_native_stderr():  # the converter's own native libraries log as they load
            return converter.convert()


def export(model_dir: Path, int8_weights: bool) -> ModelConfig:
    """Rewrite `model_dir`/model.tflite from its model.keras, with int8 or float32 weights
    (config.json records which); the Keras model and the metrics are left as they are."""
    model, config = load_keras_model(model_dir)
    ensure_writable_dir(model_dir, "model directory")
    config = replace(config, int8_weights=int8_weights)
    with _unfinished(model_dir):
        write_bytes(model_dir / "model.tflite", export_tflite(model, config), "model directory")
        if config.writes_time:
            write_bytes(model_dir / TIME_MODEL_FILE, export_tflite(model, config, time=True), "model directory")
        write_text(model_dir / "config.json", config.to_json() + "\n", "model directory")
    return config


def save_model_dir(out: Path, model, config: ModelConfig) -> None:
    """Write model.keras, model.tflite and config.json, each replaced whole, under an UNFINISHED
    mark that goes only once all three are written."""
    ensure_writable_dir(out, "--out")
    with _unfinished(out):
        with temporary_beside(out / "model.keras", "--out", suffix=".keras") as tmp:
            model.save(tmp)
        write_bytes(out / "model.tflite", export_tflite(model, config), "--out")
        if config.writes_time:
            write_bytes(out / TIME_MODEL_FILE, export_tflite(model, config, time=True), "--out")
        write_text(out / "config.json", config.to_json() + "\n", "--out")


@contextlib.contextmanager
def _unfinished(model_dir: Path):
    """Mark `model_dir` UNFINISHED while its files are rewritten: interrupted there (a second Ctrl-C,
    a full disk), its model.keras, model.tflite and config.json may not belong together, and loading
    it says so (`datenorm.runtime`) until `datenorm export` or training finishes the job."""
    mark = model_dir / UNFINISHED_MARK
    write_text(mark, "This model's files were being written when its training or export was interrupted.\n"
                     f"Finish it with: datenorm export {model_dir}\n", "model directory")
    yield
    mark.unlink()


def _grown_copy(model, config: ModelConfig, grown: ModelConfig, at: int | None = None):
    """A `grown` model with `model`'s weights: where a weight has more input rows (tokens, features),
    the new rows go in at row `at` (default: after the old ones), small random for embeddings and
    zero elsewhere, so new tokens start near nothing and new features start ignored. Where it has
    more output columns (output characters), the new columns start at zero weight and the old ones'
    mean bias: a character the original was sure of stays the likeliest, and training finds the new
    ones at once."""
    from datenorm.model import build_model

    new_model = build_model(grown)
    old = {w.path: value for w, value in zip(model.weights, model.get_weights())}
    rng = np.random.default_rng(config.seed)
    values = []
    for weight, fresh in zip(new_model.weights, new_model.get_weights()):
        value = old.get(weight.path)
        if value is None:  # a new layer (the language embedding)
            value = fresh
        elif value.shape[-1] != weight.shape[-1]:  # new output characters
            columns = weight.shape[-1] - value.shape[-1]
            fill = value.mean() if value.ndim == 1 else 0.0
            value = np.concatenate([value, np.full((*value.shape[:-1], columns), fill, value.dtype)], axis=-1)
        elif tuple(value.shape) != tuple(weight.shape):
            rows = weight.shape[0] - value.shape[0]
            extra = (rng.normal(0.0, 0.05, (rows, value.shape[1])) if "embedding" in weight.path
                     else np.zeros((rows, value.shape[1])))
            cut = value.shape[0] if at is None else at
            value = np.concatenate([value[:cut], extra.astype(value.dtype), value[cut:]])
        values.append(value)
    new_model.set_weights(values)
    return new_model


def with_time(model, config: ModelConfig):
    """A copy of a date-only model that also writes the time after the date: ty 35, the output
    characters of a time and the filler added after the date's. The decoder runs on past the date
    with the same weights, and the new characters start unlikely: fine-tune it with `--resume` on
    data whose labels carry times (`datenorm generate --times`). A model of 32 steps (a fraction to
    the microsecond) grows its three last steps alone: the same weights, run longer."""
    chars = config.output_chars + "".join(c for c in TIME_CHARS + FILLER if c not in config.output_chars)
    grown = replace(config, ty=DATETIME_TY, output_chars=chars)
    return _grown_copy(model, config, grown), grown


def with_relative(model, config: ModelConfig):
    """A copy of a model that also writes dates said relative to today ("-P3D", "FR+1": the letters,
    sign and filler of `RELATIVE_CHARS` added to its output characters, starting unlikely) in the
    steps of a date, so a date-only call reads them too. Fine-tune it with `--resume` on data with
    relative rows (`datenorm generate --relative-share`)."""
    chars = config.output_chars + "".join(c for c in RELATIVE_CHARS + FILLER if c not in config.output_chars)
    grown = replace(config, output_chars=chars)
    return _grown_copy(model, config, grown), grown


def with_language_hint(model, config: ModelConfig, langs: list[str], lang_dim: int = LANG_DIM):
    """A copy of a trained model that also takes a language hint: the same weights, the character
    embedding grown by one (small random) row per language token, and a language embedding beside
    every character whose encoder weights start at zero, so the copy first answers exactly as the
    original. Fine-tune it with `--resume --lang-hint`."""
    grown = replace(config, langs=config.langs or langs, lang_dim=lang_dim)
    return _grown_copy(model, config, grown), grown


def with_characters(model, config: ModelConfig, chars: list[str]):
    """A copy of a trained model whose vocabulary also has `chars` (appended, so every old id but the
    language tokens' keeps its meaning); it answers every old text as before. `--resume` on data with
    characters the model has never seen calls this."""
    grown = replace(config, vocab=config.vocab + [c for c in chars if c not in config.vocab])
    return _grown_copy(model, config, grown, at=config.first_lang_id), grown


def label_years(isos: list[str], years: list[int] | None = None) -> list[int]:
    """[first, last] year of the labels (and of `years`, the range a resumed model already reads)."""
    found = [int(iso[:4]) for iso in isos if iso[:4].isdigit() and iso[:4] != "0000"] + list(years or [])
    return [min(found), max(found)] if found else list(DEFAULT_YEARS)


def import_keras():
    """keras (and TensorFlow under it), imported without the log lines TensorFlow writes to stderr."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    with quiet_native_stderr():
        import keras
        import tensorflow  # noqa: F401 - its native libraries load (and log) here, not later
    return keras


def load_keras_model(model_dir: Path):
    """The saved Keras model and its config (safe_mode: no code is unpickled)."""
    import re
    import zipfile

    config = ModelConfig.load(model_dir / "config.json")  # before the slow import: a wrong path fails fast
    keras_file = model_dir / "model.keras"
    if keras_file.exists() and not keras_file.is_file():  # a FIFO would block the zip reader
        raise DatenormError(f"{keras_file} is not a regular file")
    keras = import_keras()

    import datenorm.model  # noqa: F401 - registers the custom layers

    try:
        model = keras.saving.load_model(keras_file, safe_mode=True)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, zipfile.BadZipFile) as exc:
        # a class keras will not load (TypeError), a key missing (KeyError), no zip (ValueError):
        # keras says why in a long message quoting the whole config; keep its innermost first sentence
        if isinstance(exc, KeyError) and exc.args and " " not in str(exc.args[0]):
            reason = f"no key {exc.args[0]!r} where keras expects one"
        else:
            reason = str(exc.args[0] if isinstance(exc, KeyError) and exc.args else exc)
            reason = re.split(r"\s*Full (?:object )?config:", reason.split("Exception encountered:")[-1])[0]
            reason = " ".join(reason.split(". ")[0].split())[:300] or type(exc).__name__
        raise DatenormError(f"cannot load {keras_file}: {reason}") from None
    if not isinstance(model, keras.Model):
        raise DatenormError(f"cannot load {keras_file}: it holds no Keras model")
    return model, config


def _check_data(data: Path) -> None:
    missing = [s for s in ("train", "valid", "test") if not (data / f"{s}.tsv").is_file()]
    if missing:
        raise DatenormError(
            f"no {', '.join(s + '.tsv' for s in missing)} in {data}; make data with "
            f"`datenorm generate --out {data}`")


def _model_to_train(out: Path, options: TrainOptions, overrides: dict, train_split: Split, valid_split: Split,
                    log) -> tuple[object, ModelConfig, Split, list[dict], bool]:
    """The model a run trains, its config, the training split cut to the model's length, the
    history so far and whether its output grew here: the saved model of `out` when resuming, grown
    to read a language hint, write the time or relative forms or read new characters as the data
    asks; else a new model sized by the data (`overrides` then loses its `tx` and gains the datetime
    output, when the labels have times)."""
    from datenorm.model import build_model

    history: list[dict] = []
    grew = False
    langs = sorted({lang for lang in train_split.langs if lang}) if options.lang_hint else []
    times = any(len(iso) > TY for iso in train_split.isos + valid_split.isos)  # labels with a time: the model writes it
    relative = any(parse_relative(iso) for iso in train_split.isos)  # relative rows: the model writes their form
    if options.resume and (out / "model.keras").is_file():
        model, config = load_keras_model(out)
        saved_output = config.ty, config.output_chars
        config = replace(config, **{k: v for k, v in overrides.items() if k in ("learning_rate", "batch_size", "int8_weights")})
        train_split = fit_length(train_split, config.tx)
        if langs and not (config.langs and config.lang_dim):
            model, config = with_language_hint(model, config, langs)
        if times and config.ty < DATETIME_TY:
            log("the labels carry times of day: the model now writes them after the date"
                + (" to the nanosecond" if config.writes_time else ""), flush=True)
            model, config = with_time(model, config)
        if relative and not config.writes_relative:
            log("the labels say dates relative to today: the model now writes their form", flush=True)
            model, config = with_relative(model, config)
        grew = (config.ty, config.output_chars) != saved_output
        unseen = sorted({c for t in train_split.texts for c in t} - set(config.vocab))
        if unseen:
            log(f"{len(unseen)} characters new to the model: {''.join(unseen)}", flush=True)
            model, config = with_characters(model, config, unseen)
        config = replace(config, years=label_years(train_split.isos, config.years),
                         text_langs=sorted(set(config.text_langs) | train_split.written_in))
        if (out / "history.csv").is_file():
            history = list(csv.DictReader(io.StringIO((out / "history.csv").read_text(encoding="utf-8"))))
    else:
        tx = overrides.pop("tx", None) or choose_tx(train_split.texts)  # None: from the data
        train_split = fit_length(train_split, tx)  # a row too long to read adds no character to the vocabulary
        vocab = sorted({c for t in train_split.texts for c in t})
        if times:
            overrides.update(ty=DATETIME_TY, output_chars=OUTPUT_CHARS + TIME_CHARS + FILLER)
        if relative:
            chars = overrides.get("output_chars", OUTPUT_CHARS)
            overrides["output_chars"] = chars + "".join(c for c in RELATIVE_CHARS + FILLER if c not in chars)
        config = ModelConfig(tx=tx, vocab=vocab, langs=langs, lang_dim=LANG_DIM if langs else 0,
                             years=label_years(train_split.isos), text_langs=sorted(train_split.written_in), **overrides)
        # a run may ask for fewer buckets (each is one more unrolled network to export); tx is always one
        config.buckets = sorted(set(config.buckets) | {config.tx}) if config.buckets else config.export_buckets()
        model = build_model(config)

    return model, config, train_split, history, grew


def _time_limit(keras, limit: float, run_start: float, base_rate: float, log) -> object:
    """A callback that stops fitting, even mid-epoch, once the run (started at `run_start`) has
    lasted `limit` seconds; Keras then still ends the epoch, so the weights reached are scored and
    kept if they are the best. Meanwhile the learning rate decays along a cosine of the time left,
    from `base_rate` to a twentieth of it, so a run of any length ends with small steps."""

    class TimeLimit(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.reached = False
            self.fit_start = 0.0

        def on_train_begin(self, logs=None):
            self.fit_start = time.perf_counter()

        def on_train_batch_begin(self, batch, logs=None):
            if batch % 20 == 0:
                elapsed = time.perf_counter() - self.fit_start
                done = min(1.0, elapsed / max(1e-9, limit - (self.fit_start - run_start)))
                rate = base_rate * (MIN_RATE_SHARE + (1 - MIN_RATE_SHARE) * 0.5 * (1 + math.cos(math.pi * done)))
                self.model.optimizer.learning_rate.assign(rate)

        def on_train_batch_end(self, batch, logs=None):
            if batch % 20 == 0 and time.perf_counter() - run_start > limit:
                if not self.reached:
                    log(f"time limit of {limit:.0f} s reached: stopping", flush=True)
                self.reached = True
                self.model.stop_training = True

    return TimeLimit()


def train(data: Path, out: Path, options: TrainOptions | None = None) -> dict:
    """Train on data/{train,valid,test}.tsv, write the model directory `out`, return metrics."""
    options = options or TrainOptions()
    run_start = time.perf_counter()
    if options.time_limit is not None and not options.time_limit > 0:
        raise DatenormError(f"--time-limit must be a positive number of seconds, got {options.time_limit!r}")
    if options.resume and not (out / "model.keras").is_file():  # training from scratch was not asked for
        raise DatenormError(f"--resume: no model.keras in {out} to continue from")
    _check_data(data)
    ensure_writable_dir(out)
    overrides = {k: v for k, v in options.overrides.items() if v is not None}
    seed = overrides.get("seed", 0)
    ModelConfig(**overrides)  # validate before the slow part
    rng = random.Random(seed)
    train_split = load_split(data / "train.tsv", rng)
    valid_split = load_split(data / "valid.tsv")
    test_split = load_split(data / "test.tsv")

    keras = import_keras()
    log = print if options.verbose else (lambda *a, **k: None)
    model, config, train_split, history, grew = _model_to_train(out, options, overrides, train_split, valid_split, log)

    if train_split.skipped_long:
        log(f"dropped {train_split.skipped_long:,} training row{'s' * (train_split.skipped_long != 1)} longer than "
            f"{config.tx} characters (longest {train_split.longest_skipped:,})", flush=True)
    x_train = config.encode(train_split.texts, train_split.hints, langs=train_split.langs)
    y_train = config.target_ids(train_split.isos)
    valid_fit = fit_length(valid_split, config.tx)
    x_valid = config.encode(valid_fit.texts, valid_fit.hints, langs=valid_fit.langs)

    keras.utils.set_random_seed(config.seed)
    trainer = keras.Model(model.input, model.outputs[0])
    trainer.compile(optimizer=keras.optimizers.Adam(config.learning_rate, clipnorm=1.0),
                    loss="sparse_categorical_crossentropy", metrics=["accuracy"])

    best = {"exact": -1.0, "loss": math.inf, "weights": model.get_weights(), "epoch": 0}
    start_epoch = len(history)
    # resuming: the saved model is the one to beat, unless its output grew here (it cannot write the
    # labels it is resumed to learn, so it would bar every epoch of a short run that learns them)
    if grew:
        log("the model writes more than the saved one: the best of this run's epochs is kept", flush=True)
    elif start_epoch:
        probs = trainer.predict(x_valid, batch_size=1024, verbose=0)
        exact, _ = exact_and_char_accuracy(config, probs, valid_fit.isos)
        best.update(exact=exact * len(valid_fit.texts) / len(valid_split.texts), epoch=start_epoch,
                    loss=mean_log_loss(config, probs, valid_fit.isos))
    # cumulative over resumed runs; an older model's history may have no seconds column
    earlier_seconds = float(history[-1].get("seconds") or 0.0) if history else 0.0

    class ValidExactMatch(keras.callbacks.Callback):
        """Scores whole-date exact match on the validation split; keeps the best weights; stops early."""

        def __init__(self):
            super().__init__()
            self.wait = 0

        def on_epoch_end(self, epoch, logs=None):
            probs = trainer.predict(x_valid, batch_size=1024, verbose=0)
            exact, char_acc = exact_and_char_accuracy(config, probs, valid_fit.isos)
            exact *= len(valid_fit.texts) / len(valid_split.texts)  # too-long rows count as wrong
            lr = float(keras.ops.convert_to_numpy(trainer.optimizer.learning_rate))
            loss = mean_log_loss(config, probs, valid_fit.isos)
            row = {"epoch": start_epoch + epoch + 1, "loss": logs["loss"], "char_acc": logs["accuracy"],
                   "valid_exact": exact, "valid_char_acc": char_acc, "valid_loss": loss, "learning_rate": lr,
                   "seconds": round(earlier_seconds + time.perf_counter() - t0, 2)}
            history.append(row)
            log(f"epoch {row['epoch']}: loss {row['loss']:.4f}  train char acc {row['char_acc']:.4f}  "
                f"valid char acc {char_acc:.4f}  valid exact {exact:.4%}  lr {lr:.2g}", flush=True)
            if is_better(exact, loss, best):
                best.update(exact=exact, loss=loss, weights=model.get_weights(), epoch=row["epoch"])
                self.wait = 0
            else:
                self.wait += 1
                if options.time_limit is None:  # with a time limit the rate follows the clock instead
                    trainer.optimizer.learning_rate.assign(lr * 0.5)
                if self.wait >= options.patience:
                    log(f"valid exact match has not improved for {self.wait} epochs: stopping", flush=True)
                    trainer.stop_training = True
            if exact >= 1.0 and options.time_limit is None:
                # nothing left to gain by this measure; with a time limit the rate's cosine runs to
                # its end instead (a default run once stopped here at epoch 6 of about 11,
                # its learning rate still at a fifth of the start)
                trainer.stop_training = True

    t0 = time.perf_counter()
    interrupted: KeyboardInterrupt | None = None  # raised again once the best model so far is written
    time_limit = (_time_limit(keras, options.time_limit, run_start, config.learning_rate, log)
                  if options.time_limit is not None else None)
    try:
        trainer.fit(x_train, y_train, batch_size=config.batch_size, epochs=options.epochs, shuffle=True,
                    callbacks=[ValidExactMatch()] + ([time_limit] if time_limit else []),
                    verbose=1 if (options.verbose and sys.stdout.isatty()) else 0)
    except KeyboardInterrupt as exc:  # Ctrl-C, SIGTERM or SIGHUP (datenorm.errors.Interrupted)
        interrupted = exc
        log("interrupted: writing the best model so far", flush=True)
    seconds = time.perf_counter() - t0
    model.set_weights(best["weights"])
    save_model_dir(out, model, config)

    from datenorm.evaluate import evaluate_split
    from datenorm.runtime import Translator

    translator = Translator.from_dir(out)
    test_report = evaluate_split(translator, test_split)
    valid_report = evaluate_split(translator, valid_split)
    metrics = {
        "valid_exact": valid_report["exact"],
        "valid_char_acc": valid_report["char_acc"],
        "test_exact": test_report["exact"],
        "test_char_acc": test_report["char_acc"],
        "epochs": len(history),
        "best_epoch": best["epoch"],
        "train_seconds": round(earlier_seconds + seconds, 1),
        "interrupted": interrupted is not None,
        "stopped_by_time_limit": bool(time_limit and time_limit.reached),
        "run_seconds": round(time.perf_counter() - run_start, 1),  # this run, from reading data to test scores
        "seed": config.seed,
        "data": {
            "dir": str(data),
            "rows": {"train": len(train_split.texts), "valid": len(valid_split.texts), "test": len(test_split.texts)},
            "train_skipped_too_long": train_split.skipped_long,
            "description": _describe(data),
        },
        "tx": config.tx,
        "params": int(model.count_params()),
    }
    write_text(out / "metrics.json", json.dumps(metrics, indent=1, ensure_ascii=False) + "\n", "--out")
    write_text(out / "history.csv", _history_csv(history), "--out")
    if interrupted is not None:
        raise interrupted
    return metrics


def _history_csv(history: list[dict]) -> str:
    """history.csv: one row per epoch, with every column any epoch has, in order (a model resumed
    from an older run lacks the newer ones)."""
    buf = io.StringIO()
    fields = list(dict.fromkeys(key for row in history for key in row)) or ["epoch"]
    writer = csv.DictWriter(buf, fieldnames=fields, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(history)
    return buf.getvalue()


def _describe(data: Path) -> str:
    rows = read_rows(data / "test.tsv")
    locales = sorted({r.get("locale", "?") for r in rows})
    return (f"datenorm generate splits in {data}; {len(locales)} test locale(s): "
            f"{', '.join(locales[:12])}{' ...' if len(locales) > 12 else ''}")
