"""Reading a Spark column of dates: `normalize_column(col)` is a column of structs (iso, valid,
confidence, code, reason, partial, readings, relative, reference), row N answering row N as `datenorm.normalize` does.

An iterator pandas UDF over the `datenorm.pandas` accessor. Spark runs one task per core already,
so each Python worker loads the model once and reads with one thread and no helper process.

    from datenorm.spark import normalize_column

    df = df.withColumn("date", normalize_column("raw", order="DMY"))
    df.select("raw", "date.iso", "date.code")
"""

from __future__ import annotations

import os
from typing import Iterator

import pandas as pd
import pyarrow as pa
from pyspark.sql import Column
from pyspark.sql import types as T
from pyspark.sql.functions import pandas_udf

from datenorm.arrow import RESULT_TYPE
from datenorm.cluster import checked_options, worker_translator
from datenorm.relative import reference
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator

__all__ = ["RESULT_SCHEMA", "normalize_column"]

_SPARK_TYPES = {
    pa.string(): T.StringType(),
    pa.bool_(): T.BooleanType(),
    pa.float32(): T.FloatType(),
    pa.map_(pa.string(), pa.string()): T.MapType(T.StringType(), T.StringType()),
}
# datenorm.arrow.RESULT_TYPE as Spark writes it; every field nullable, as a pandas column is (`valid`
# never is null, but Spark refuses a batch whose schema says otherwise than the UDF's)
RESULT_SCHEMA = T.StructType([T.StructField(f.name, _SPARK_TYPES[f.type]) for f in RESULT_TYPE])


def normalize_column(column: Column | str, order: str | None = None, lang: str | None = None,
                     model: Translator | str | os.PathLike | None = None,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                     utc: bool = False, now=None) -> Column:
    """A column of `RESULT_SCHEMA` structs answering the dates of `column` (a Column or a column
    name), each row as `datenorm.normalize` answers it with the same options (`time` and `utc`
    read the time of day too; `now`, default this machine's local time, is taken here, on the
    driver, so that every worker resolves "3 days ago" against the same instant).

    A string column is read; a null row is answered `null`; a column of another type (int, date,
    timestamp) is answered `not_text` on every row, as `datenorm.arrow` answers one: cast it to
    string to read its values as text. Bad options are refused here, before Spark runs anything.
    `order="auto"` and `lang="auto"` are refused: they work a column out from its first rows, and
    a Spark column is read in parts on many workers; work them out from a sample instead
    (`datenorm.load_model().column_order(texts).order`, `.column_language(texts)[0]`).

    `model` is a bundled model's name, or a directory (or a loaded `Translator` of one) that every
    worker can read at the same path; each worker loads it once. None is the bundled `default`,
    or `datetime` when `time` or `utc` is asked.
    """
    model, order, lang = checked_options(model, order, lang, min_confidence, time or utc)
    now = reference(now)

    @pandas_udf(RESULT_SCHEMA)
    def normalize_dates(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
        import datenorm.pandas  # noqa: F401 - the accessor, in the worker (this function is sent by value)

        translator = worker_translator(model)
        for batch in batches:
            yield batch.datenorm.normalize(order, lang, translator, min_confidence, time, utc, now)

    return normalize_dates(column)
