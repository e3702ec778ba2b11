"""pandas: `import datenorm.pandas` gives every Series a `datenorm` accessor, a thin layer over
`datenorm.arrow`: `s.datenorm.normalize()` answers each row with the fields of a `Result`, and
`s.datenorm.to_datetime()` gives the dates themselves, NaT where there is none.
"""

from __future__ import annotations

import os

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from datenorm.arrow import normalize_arrow, normalize_values
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator

__all__ = ["DatenormAccessor"]


@pd.api.extensions.register_series_accessor("datenorm")
class DatenormAccessor:
    """`Series.datenorm`: each row of the Series read as a date, the answers indexed as the Series."""

    def __init__(self, series: pd.Series):
        self._series = series

    def _answers(self, order, lang, model, min_confidence, time=False, utc=False) -> pa.Table:
        series = self._series
        if series.dtype != object:
            try:
                array = pa.Array.from_pandas(series)
            except (pa.ArrowException, TypeError, ValueError):  # a dtype Arrow takes no column of
                array = None
            if array is not None:
                return pa.Table.from_struct_array(normalize_arrow(array, order, lang, model, min_confidence, time, utc))
        # an object column mixes str, bytes, None, NaN, numbers, Timestamps: `cells_to_texts` reads each
        return pa.Table.from_struct_array(normalize_values(series.tolist(), order, lang, model, min_confidence, time,
                                                           utc))

    def normalize(self, order: str | None = None, lang: str | None = None,
                  model: Translator | str | os.PathLike | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                  utc: bool = False) -> pd.DataFrame:
        """A DataFrame of iso, valid, confidence, code, reason, partial and readings (a dict, or None),
        one row per row of the Series and with its index: `datenorm.normalize`'s answers, where a
        null cell is answered `null` and a cell that is no text (a number, a Timestamp) `not_text`.
        `time` and `utc` read the time of day too, as `datenorm.normalize` does."""
        answers = self._answers(order, lang, model, min_confidence, time, utc)
        frame = answers.to_pandas(maps_as_pydicts="strict")
        frame.index = self._series.index
        return frame

    def to_datetime(self, order: str | None = None, lang: str | None = None,
                    model: Translator | str | os.PathLike | None = None,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> pd.DataFrame:
        """A DataFrame of `date` (datetime64[us], which holds every year a model reads; NaT where the
        answer is no valid date), `code` and `reason`, with the Series' index."""
        answers = self._answers(order, lang, model, min_confidence)
        dates = pc.strptime(answers["iso"], format="%Y-%m-%d", unit="us")
        frame = pa.table({"date": dates, "code": answers["code"], "reason": answers["reason"]}).to_pandas()
        frame.index = self._series.index
        return frame
