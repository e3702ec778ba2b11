"""Reading a Dask column of dates: `normalize_series(series)` is a Dask DataFrame of the answers
(iso, valid, confidence, code, reason, partial, readings, relative, reference), row N answering row N as
`datenorm.normalize` does, on the series' index.

Each partition is read by the `datenorm.pandas` accessor. Dask runs one task per worker thread
already, so each worker thread loads the model once and reads with one interpreter thread and no
helper process (a Dask worker process is daemonic: it may not fork any).

    from datenorm.dask import normalize_series

    dates = normalize_series(ddf["raw"], order="DMY")
    ddf = ddf.assign(iso=dates["iso"], code=dates["code"])
"""

from __future__ import annotations

import os

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

import datenorm.pandas  # noqa: F401  (the Series.datenorm accessor, in the workers too)
from datenorm.arrow import results_to_arrow
from datenorm.cluster import checked_options, worker_translator
from datenorm.relative import reference
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator

__all__ = ["META", "normalize_series"]

# the columns and dtypes of every partition of the answers: the pandas accessor's, for no rows
META = pa.Table.from_struct_array(results_to_arrow([])).to_pandas(maps_as_pydicts="strict")


def normalize_series(series: dd.Series, order: str | None = None, lang: str | None = None,
                     model: Translator | str | os.PathLike | None = None,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                     utc: bool = False, now=None) -> dd.DataFrame:
    """A Dask DataFrame of `META`'s columns answering the dates of `series`, each row as
    `datenorm.normalize` answers it with the same options (`time` and `utc` read the time of day
    too; `now`, default this machine's local time, is taken here, so every partition resolves "3
    days ago" against the same instant), with the series' index and divisions.

    A text is read; a null is answered `null`; a value of another type (int, float, Timestamp) is
    answered `not_text`. Dask turns an object column of mixed values into strings when it makes a
    DataFrame (its `dataframe.convert-string` setting): numbers are then read as text.
    Bad options are refused here, before Dask runs anything. `order="auto"` and `lang="auto"` are
    refused: they work a column out from its first rows, and a Dask column is read in parts on
    many workers; work them out from a sample instead (`datenorm.load_model().column_order(texts)
    .order`, `.column_language(texts)[0]`).

    `model` is a bundled model's name, or a directory (or a loaded `Translator` of one) that every
    worker can read at the same path; each worker loads it once. None is the bundled `default`,
    or `datetime` when `time` or `utc` is asked.
    """
    model, order, lang = checked_options(model, order, lang, min_confidence, time or utc)
    return series.map_partitions(normalize_partition, order, lang, model, min_confidence, time, utc, reference(now),
                                 meta=META)


def normalize_partition(part: pd.Series, order: str | None, lang: str | None, model: str,
                        min_confidence: float, time: bool = False, utc: bool = False, now=None) -> pd.DataFrame:
    """One partition's answers, run on a worker."""
    return part.datenorm.normalize(order, lang, worker_translator(model), min_confidence, time, utc, now)
