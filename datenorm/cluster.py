"""Reading dates on a cluster's workers (`datenorm.spark`, `datenorm.dask`): the options are
checked where the job is built, before any worker runs, and each worker thread loads the model
once, reading with one interpreter thread and no helper process.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from datenorm.config import AUTO_LANG, AUTO_ORDER, ModelConfig, parse_order
from datenorm.errors import DatenormError
from datenorm.runtime import TIME_MODEL, Translator, resolve_model_dir


def checked_options(model: Translator | str | os.PathLike | None, order: str | None, lang: str | None,
                    min_confidence: float, time: bool = False) -> tuple[str, str | None, str | None]:
    """(model as the workers find it, order, lang), checked where the job is built: a bundled
    model's name stays a name (each worker finds its own installed copy), a directory, or a loaded
    model's, becomes an absolute path. No model is the bundled `default`, or with `time` the
    bundled `datetime` ($DATENORM_MODEL is not read: it is the driver's, and a worker's may differ)."""
    if model is None:
        model = TIME_MODEL if time else "default"
    if isinstance(model, Translator):
        if model.path is None:
            raise DatenormError("a model loaded from bytes cannot be sent to workers: give its directory")
        model = Path(model.path).resolve()
    name = os.fspath(model)
    directory = resolve_model_dir(name)
    if "/" in name or os.sep in name:
        name = str(directory.resolve())
    if parse_order(order, auto=True) == AUTO_ORDER or (lang or "").strip().lower() == AUTO_LANG:
        raise DatenormError("order='auto' and lang='auto' work a column out from its first rows, which a column "
                            "read in parts on many workers does not have; give the order and language "
                            "(load_model().column_order(sample).order and .column_language(sample)[0] find them)")
    order = parse_order(order)
    config = ModelConfig.load(directory / "config.json")
    lang = config.check_lang(lang)
    if time and not config.writes_time:
        raise DatenormError(f"the model {name!r} reads dates only, not times of day (the bundled "
                            f"{TIME_MODEL!r} model reads both)")
    if not 0.0 <= min_confidence <= 1.0:
        raise DatenormError(f"min_confidence must be a number from 0 to 1, got {min_confidence!r}")
    return name, order, lang


# the models a worker has loaded, by directory and thread: a LiteRT interpreter serves one thread
_LOADED: dict[tuple[Path, int], Translator] = {}


def worker_translator(model: str) -> Translator:
    """The model, loaded once per worker thread, with one interpreter thread and no helper process
    (Spark and Dask run one task per core already, and a Dask worker process may not fork)."""
    key = resolve_model_dir(model).resolve(), threading.get_ident()
    if key not in _LOADED:
        _LOADED[key] = Translator.from_dir(key[0], threads=1, workers=1)
    return _LOADED[key]
