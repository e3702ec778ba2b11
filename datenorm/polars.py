"""polars: `import datenorm.polars` registers a `datenorm` namespace on expressions and Series, a
thin layer over `datenorm.arrow`: `pl.col("d").datenorm.normalize()` is a struct column of the
answers (iso, valid, confidence, code, reason, partial, readings, relative, reference), row N
answering row N.
"""

from __future__ import annotations

import functools
import os

import polars as pl

from datenorm.arrow import column_wide, normalize_arrow, results_to_arrow
from datenorm.errors import DatenormError
from datenorm.relative import reference
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator, load_model, model_for

__all__ = ["RESULT_DTYPE", "DatenormExpr", "DatenormSeries"]

RESULT_DTYPE = pl.from_arrow(results_to_arrow([])).dtype


def _answers(series: pl.Series, order, lang, model, min_confidence, time=False, utc=False, now=None) -> pl.Series:
    struct = normalize_arrow(series.to_arrow(), order, lang, model, min_confidence, time, utc, now)
    return pl.Series(series.name, struct, dtype=RESULT_DTYPE)


@pl.api.register_expr_namespace("datenorm")
class DatenormExpr:
    """`Expr.datenorm`: the expression's values read as dates."""

    def __init__(self, expr: pl.Expr):
        self._expr = expr

    def normalize(self, order: str | None = None, lang: str | None = None,
                  model: Translator | str | os.PathLike | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                  utc: bool = False, now=None) -> pl.Expr:
        """A struct column of `datenorm.normalize`'s answers (`datenorm.arrow.normalize_arrow`);
        `time` and `utc` read the time of day too, as `datenorm.normalize` does. `now` (default:
        this machine's local time when the expression is made) is one instant for every slice.
        An "auto" order or language is refused: polars may hand an expression a column in slices
        (the streaming engine, `over`, `group_by`); `Series.datenorm.normalize` reads a whole Series."""
        if column_wide(load_model(model_for(model, time or utc)), order, lang):
            raise DatenormError("an expression may be given its column in slices, and an \"auto\" order or "
                                "language is worked out from a whole column: use Series.datenorm.normalize, or "
                                "work it out first (Translator.column_order, column_language) and give the one found")
        read = functools.partial(_answers, order=order, lang=lang, model=model, min_confidence=min_confidence,
                                 time=time, utc=utc, now=reference(now))
        return self._expr.map_batches(read, return_dtype=RESULT_DTYPE)


@pl.api.register_series_namespace("datenorm")
class DatenormSeries:
    """`Series.datenorm`: the Series' values read as dates."""

    def __init__(self, series: pl.Series):
        self._series = series

    def normalize(self, order: str | None = None, lang: str | None = None,
                  model: Translator | str | os.PathLike | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                  utc: bool = False, now=None) -> pl.Series:
        """A struct Series of `datenorm.normalize`'s answers, named as this Series; `time`, `utc` and
        `now` as `datenorm.normalize` takes them."""
        return _answers(self._series, order, lang, model, min_confidence, time, utc, now)
