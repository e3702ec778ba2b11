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

_ZONE = r"(Z|[+-][0-9]{2}:[0-9]{2})$"  # the zone that ends a time answer ("Z", "+05:30")


@pd.api.extensions.register_series_accessor("datenorm")
class DatenormAccessor:
    """`Series.datenorm`: each row of the Series read as a date, the answers indexed as the Series."""

    def __init__(self, series: pd.Series):
        self._series = series

    def _answers(self, order, lang, model, min_confidence, time=False, utc=False, now=None) -> pa.Table:
        series = self._series
        if series.dtype != object:
            try:
                array = pa.Array.from_pandas(series)
            except (pa.ArrowException, TypeError, ValueError):  # a dtype Arrow takes no column of
                array = None
            if array is not None:
                return pa.Table.from_struct_array(normalize_arrow(array, order, lang, model, min_confidence, time, utc,
                                                                  now))
        # an object column mixes str, bytes, None, NaN, numbers, Timestamps: `cells_to_texts` reads each
        return pa.Table.from_struct_array(normalize_values(series.tolist(), order, lang, model, min_confidence, time,
                                                           utc, now))

    def normalize(self, order: str | None = None, lang: str | None = None,
                  model: Translator | str | os.PathLike | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                  utc: bool = False, now=None) -> pd.DataFrame:
        """A DataFrame of iso, valid, confidence, code, reason, partial, readings (a dict, or None),
        relative and reference, one row per row of the Series and with its index:
        `datenorm.normalize`'s answers, where a null cell is answered `null` and a cell that is no
        text (a number, a Timestamp) `not_text`. `time` and `utc` read the time of day too, and
        `now` is what a date said relative to it is resolved against, as `datenorm.normalize` does."""
        answers = self._answers(order, lang, model, min_confidence, time, utc, now)
        frame = answers.to_pandas(maps_as_pydicts="strict")
        frame.index = self._series.index
        return frame

    def to_datetime(self, order: str | None = None, lang: str | None = None,
                    model: Translator | str | os.PathLike | None = None,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                    utc: bool = False, now=None) -> pd.DataFrame:
        """A DataFrame of `date` (datetime64[us], which holds every year a model reads; NaT where the
        answer is no valid date), `code` and `reason`, with the Series' index.

        `time=True` reads the time of day too: `date` is the wall-clock time as the text writes it
        (a date without a time is its midnight), and a column `offset` (Int32) holds its zone in
        minutes east of UTC, null where the text writes none. `utc=True` makes `date`
        datetime64[us, UTC], each time with a zone converted; a date or time without one has no
        instant to convert: its `date` is NaT, its code and reason as they are, and a column
        `local` (bool) is True on its row. `now`: as `normalize`'s ("3 days ago" is its date)."""
        answers = self._answers(order, lang, model, min_confidence, time, utc, now)
        iso, kept = answers["iso"], {"code": answers["code"], "reason": answers["reason"]}
        if not (time or utc):
            columns = {"date": pc.strptime(iso, format="%Y-%m-%d", unit="us"), **kept}
        else:
            # an answer is "YYYY-MM-DD[THH:MM[:SS[.f]]][Z|±HH:MM]", read by Arrow's ISO 8601 cast: the
            # wall clock without its zone, the instant with it, and the offset their difference
            zoned = pc.fill_null(pc.match_substring_regex(iso, _ZONE), False)
            instant = pc.cast(pc.if_else(zoned, iso, pa.scalar(None, pa.string())), pa.timestamp("us", "UTC"))
            if utc:  # a time with a zone is answered in UTC already ("...Z")
                columns = {"date": instant, **kept, "local": pc.and_(pc.is_valid(iso), pc.invert(zoned))}
            else:
                wall = pc.cast(pc.replace_substring_regex(iso, _ZONE, ""), pa.timestamp("us"))
                east = pc.subtract(pc.cast(wall, pa.int64()), pc.cast(instant, pa.int64()))
                columns = {"date": wall, **kept, "offset": pc.cast(pc.divide(east, 60_000_000), pa.int32())}
        frame = pa.table(columns).to_pandas(types_mapper={pa.int32(): pd.Int32Dtype()}.get)
        frame.index = self._series.index
        return frame
