import functools
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EXAMPLES = ROOT.parent / "shared" / "eval" / "examples.tsv"

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def small_data(tmp_path_factory) -> Path:
    """A small generated English data set shared by the tests that read one."""
    from datenorm.generate import generate

    out = tmp_path_factory.mktemp("data")
    generate(out, {"train": 3000, "valid": 300, "test": 300}, seed=7)
    return out


@pytest.fixture(scope="session")
def tiny_model_dir(small_data, tmp_path_factory) -> Path:
    """A tiny model trained for two epochs by `datenorm.train.train` (seconds, not accuracy), with
    two length buckets, not seven: each is one more unrolled network for the export to trace."""
    from datenorm.train import TrainOptions, train

    out = tmp_path_factory.mktemp("tiny_model")
    train(small_data, out, TrainOptions(epochs=2, verbose=False,
                                         overrides={"n_a": 8, "n_s": 16, "attention_units": 4,
                                                    "embedding_dim": 8, "seed": 1, "tx": 40,
                                                    "buckets": [24, 40]}))
    return out


@pytest.fixture(scope="session")
def default_model_dir() -> Path:
    path = ROOT / "models" / "default"
    assert (path / "model.tflite").is_file(), "models/default must ship with the code"
    return path


@pytest.fixture(scope="session")
def datetime_model_dir() -> Path:
    path = ROOT / "models" / "datetime"
    assert (path / "model_time.tflite").is_file(), "models/datetime must ship with the code"
    return path


@pytest.fixture(scope="session")
def english_model_dir() -> Path:
    path = ROOT / "models" / "en"
    assert (path / "model.tflite").is_file(), "models/en must ship with the code"
    return path


@functools.cache
def default_config():
    """The bundled default model's config, read once (no network is loaded)."""
    from datenorm.config import ModelConfig

    return ModelConfig.load(ROOT / "models" / "default" / "config.json")


def judge_text(raw: str, label: str, confidence: float, min_confidence: float, lang: str | None = None,
               only_lang: str | None = None):
    """`datenorm.witness.judge` of the model's answer `label` to the raw text `raw`, whose evidence is
    gathered as the default model gathers it."""
    from datenorm.evidence import Evidence
    from datenorm.witness import judge

    return judge(Evidence.of(raw, default_config(), lang), label, confidence, min_confidence, lang, only_lang)


def docs_example(page: str, which: int = 0) -> tuple[str, str]:
    """The `which`-th python block of docs/`page` and the text block after it (what it prints)."""
    import re

    blocks = re.findall(r"^```(\w+)\n(.*?)^```$", (ROOT / "docs" / page).read_text(encoding="utf-8"), re.M | re.S)
    pythons = [i for i, (language, _) in enumerate(blocks) if language == "python"]
    at = pythons[which]
    assert blocks[at + 1][0] == "text", f"{page}: a python block, then the text it prints"
    return blocks[at][1], blocks[at + 1][1]


def prints(code: str, where: str) -> str:
    """What `code` prints, run as a script."""
    import contextlib
    import io

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, where, "exec"), {"__name__": "__main__"})
    return printed.getvalue()


def splits_digest(folder: Path) -> str:
    """sha256 of a generated folder's train, valid and test files, in that order."""
    import hashlib

    digest = hashlib.sha256()
    for split in ("train", "valid", "test"):
        digest.update((folder / f"{split}.tsv").read_bytes())
    return digest.hexdigest()


RELATIVE_READ = {  # normalised text -> the canonical form the network writes
    "3 days ago": "-P3D", "posted 3 days ago": "-P3D", "il y a trois jours": "-P3D", "yesterday": "-P1D",
    "the day after tomorrow": "P2D", "2 hours ago": "-PT2H", "last month": "M-1", "next year": "Y+1",
    "last week": "W-1", "next friday": "FR+1", "vendredi dernier": "FR-1", "कल": "-P1D", "på fredag": "FR+1",
    "3 weeks ago": "-P2W", "in 2 weeks": "-P2W", "4000 years ago": "-P4000Y", "today": "P0D",
    "yesterday 3 may 1979": "-P1D", "2 weeks and 3 days ago": "-P3D", "3 days ago at 14:00": "-P3D",
    "from yesterday to tomorrow": "-P1D", "下周五": "W+1FR", "twenty-two days ago": "-P2D",
    "24164 months ago": "-P24164M", "3/4 days ago": "-P3D", "now 2014": "PT0S",
    "next monday": "MO+1", "next wednesday": "WE+1", "last friday": "FR-1", "this thursday": "TH+0", "this tuesday": "TU+0", "last monday": "MO-1", "friday next week": "W+1FR",
    "the friday after next": "FR+2", "the tuesday before last": "TU-2", "in 3 fridays": "FR+3",
}


@pytest.fixture(scope="module")
def relative_reader():
    """The bundled datetime model's translator, grown (on paper) to write relative forms, whose
    network answers the texts of RELATIVE_READ with their forms and every other text as it does."""
    import dataclasses

    from datenorm.config import FILLER, RELATIVE_CHARS
    from datenorm.runtime import Translator

    translator = Translator.from_dir("datetime")
    config = translator.config
    translator.config = dataclasses.replace(
        config, output_chars=config.output_chars + "".join(c for c in RELATIVE_CHARS if c not in config.output_chars))
    real = translator.predict

    def predict(texts, hint, lang=None, time=False):
        outputs, confidence = real(texts, hint, lang, time)
        return ([RELATIVE_READ[t].ljust(10, FILLER) if t in RELATIVE_READ else o for t, o in zip(texts, outputs)],
                [0.99 if t in RELATIVE_READ else c for t, c in zip(texts, confidence)])

    translator.predict = predict
    return translator
