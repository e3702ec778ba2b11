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
