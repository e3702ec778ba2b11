"""Reading a column of dates the Arrow way: `normalize_arrow(array)` answers every row of an Arrow
array with one struct of `RESULT_TYPE`, row N answering row N, each distinct text read once.

The pandas, polars, DuckDB, Spark and Dask integrations are thin layers over this module. A cell
that holds no text is answered, never dropped: a null is `null`, a value of another type
`not_text`, bytes that are not UTF-8 `invalid_utf8`; every text is answered as `normalize` answers it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from datenorm.cells import NULL, cells_to_texts, decoded, not_text, read_cells  # noqa: F401 - cells_to_texts: part of this API
from datenorm.config import AUTO_LANG, AUTO_ORDER, parse_order
from datenorm.relative import reference
from datenorm.result import Result
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator, load_model, model_for

__all__ = ["RESULT_TYPE", "cells_to_texts", "column_wide", "normalize_arrow", "normalize_values", "read_cells",
           "results_to_arrow"]

RESULT_TYPE = pa.struct([
    pa.field("iso", pa.string()),
    pa.field("valid", pa.bool_(), nullable=False),
    pa.field("confidence", pa.float32()),
    pa.field("code", pa.string()),
    pa.field("reason", pa.string()),
    pa.field("partial", pa.string()),
    pa.field("readings", pa.map_(pa.string(), pa.string())),
    pa.field("relative", pa.string()),  # a date said relative to now: its form ("-P3D"), else null
    pa.field("reference", pa.string()),  # and the now it was resolved against, else null
])

def results_to_arrow(results: Sequence[Result]) -> pa.StructArray:
    """`Result`s as a StructArray of `RESULT_TYPE` (their `input` is the caller's column already)."""
    columns = [
        pa.array([r.iso for r in results], pa.string()),
        pa.array([r.valid for r in results], pa.bool_()),
        pa.array([r.confidence for r in results], pa.float32()),
        pa.array([r.code for r in results], pa.string()),
        pa.array([r.reason for r in results], pa.string()),
        pa.array([r.partial for r in results], pa.string()),
        pa.array([list(r.readings.items()) if r.readings else None for r in results],
                 RESULT_TYPE.field("readings").type),
        pa.array([r.relative for r in results], pa.string()),
        pa.array([r.reference for r in results], pa.string()),
    ]
    return pa.StructArray.from_arrays(columns, fields=list(RESULT_TYPE))


def column_wide(translator: Translator, order: str | None, lang: str | None) -> bool:
    """Whether an answer depends on the rest of the column ("auto" order or language, worked out
    from the column's dates as `Translator.stream` meets them); bad options are refused here, even
    for a column with no text to read."""
    return parse_order(order, auto=True) == AUTO_ORDER or translator.config.check_lang(lang) == AUTO_LANG


def _answer(distinct: list[str | Result], indices: list[pa.Array], translator: Translator, order: str | None,
            min_confidence: float, lang: str | None, time: bool = False, utc: bool = False,
            now=None) -> list[pa.StructArray]:
    """The answers to a column given as its distinct cells and, per chunk, each row's index into them
    (null for a null row): one StructArray per chunk."""
    if column_wide(translator, order, lang):
        # read the column's own rows, repeats and all, so that what is worked out from it is what
        # `normalize` works out; the translator still reads each distinct text once
        rows = [distinct[i] if i is not None else NULL for chunk in indices for i in chunk.to_pylist()]
        answers = read_cells(rows, translator, order, min_confidence, lang, time, utc, now)
        kept: dict[int, int] = {}  # a repeat's answer is the same Result: converted once
        unique: list[Result] = []
        for a in answers:
            if id(a) not in kept:
                kept[id(a)] = len(unique)
                unique.append(a)
        table = results_to_arrow(unique)
        where = pa.array([kept[id(a)] for a in answers], pa.int64())
        out, start = [], 0
        for chunk in indices:
            out.append(table.take(where.slice(start, len(chunk))))
            start += len(chunk)
        return out
    answers = read_cells(distinct, translator, order, min_confidence, lang, time, utc, now)
    table = results_to_arrow([*answers, NULL])
    return [table.take(pc.fill_null(chunk, len(answers))) for chunk in indices]


def normalize_arrow(array: pa.Array | pa.ChunkedArray, order: str | None = None, lang: str | None = None,
                    model: Translator | str | os.PathLike | None = None,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                    utc: bool = False, now=None) -> pa.StructArray | pa.ChunkedArray:
    """ISO dates for an Arrow column of human-written dates: a StructArray of `RESULT_TYPE` (a
    ChunkedArray, chunked the same, for a ChunkedArray), row N the answer to row N.

    A text row (string, large_string, string_view, dictionary of strings; binary decoded as UTF-8)
    gets exactly the answer `datenorm.normalize` gives it, with the same `order`, `lang`, `model`,
    `min_confidence`, `time`, `utc` and `now`; each distinct text is read once. A null row is
    answered `null`; every row of another type (int64, timestamp, ...) is answered `not_text`. A
    date said relative to now ("3 days ago") has its form in `relative` and the instant it was
    resolved against in `reference` (`now`, default this machine's local time: one for the column).
    """
    translator = load_model(model_for(model, time or utc))
    now = reference(now)
    chunked = isinstance(array, pa.ChunkedArray)
    column = array if chunked else pa.chunked_array([array], type=array.type)
    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
        column = column.cast(kind)
    if pa.types.is_string_view(kind) or pa.types.is_binary_view(kind):
        # a plain layout first: pyarrow's `unique` reads a string_view null as ""
        kind = pa.large_binary() if pa.types.is_binary_view(kind) else pa.large_string()
        column = column.cast(kind)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        values = pc.unique(column).drop_null()
        distinct: list[str | Result] = values.to_pylist()
    elif pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind):
        values = pc.unique(column).drop_null()
        distinct = [decoded(raw) for raw in values.to_pylist()]
    else:  # a null column, or no text at all: nothing to read, and no row is lost
        values, distinct = None, [not_text("", str(column.type))]
    if values is None:
        indices = [pc.if_else(pc.is_null(chunk), pa.scalar(None, pa.int64()), pa.scalar(0, pa.int64()))
                   for chunk in column.chunks]
    else:
        indices = [pc.index_in(chunk, value_set=values) for chunk in column.chunks]
    out = _answer(distinct, indices, translator, order, min_confidence, lang, time, utc, now)
    return pa.chunked_array(out, type=RESULT_TYPE) if chunked else out[0]


def normalize_values(values: Iterable[object], order: str | None = None, lang: str | None = None,
                     model: Translator | str | os.PathLike | None = None,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
                     utc: bool = False, now=None) -> pa.StructArray:
    """`normalize_arrow` for a column of Python values (`cells_to_texts` says how each is read)."""
    distinct: list[str | Result] = []
    where: dict[object, int] = {}
    rows: list[int] = []
    for cell in cells_to_texts(values):
        key = cell if isinstance(cell, str) else (cell.code, cell.reason, cell.input)  # an answer already: as it is
        if key not in where:
            where[key] = len(distinct)
            distinct.append(cell)
        rows.append(where[key])
    return _answer(distinct, [pa.array(rows, pa.int64())], load_model(model_for(model, time or utc)), order,
                   min_confidence, lang, time, utc, reference(now))[0]
