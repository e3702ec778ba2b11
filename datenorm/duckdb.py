"""DuckDB: `register(connection)` adds a SQL function `datenorm(text)` that answers each row with a
struct (iso, valid, confidence, code, reason, partial, readings, relative, reference), a thin layer over
`datenorm.arrow`: DuckDB hands it whole vectors of rows as Arrow arrays, and the answers of the
last KNOWN_TEXTS distinct texts are kept across vectors, as a column repeats its values.
"""

from __future__ import annotations

import os
import threading

import duckdb
import pyarrow as pa

from datenorm.arrow import NULL, column_wide, results_to_arrow
from datenorm.engine import KNOWN_TEXTS
from datenorm.errors import DatenormError
from datenorm.relative import reference
from datenorm.result import Result
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator, load_model, model_for

__all__ = ["RESULT_SQL_TYPE", "register"]

# `datenorm.arrow.RESULT_TYPE` as DuckDB writes it
RESULT_SQL_TYPE = ("STRUCT(iso VARCHAR, valid BOOLEAN, confidence FLOAT, code VARCHAR, reason VARCHAR, "
                   "partial VARCHAR, readings MAP(VARCHAR, VARCHAR), relative VARCHAR, reference VARCHAR)")


def register(connection: duckdb.DuckDBPyConnection, name: str = "datenorm", order: str | None = None,
             lang: str | None = None, model: Translator | str | os.PathLike | None = None,
             min_confidence: float = DEFAULT_MIN_CONFIDENCE, time: bool = False,
             utc: bool = False, now=None) -> duckdb.DuckDBPyConnection:
    """Register `name(VARCHAR)` on `connection`: `SELECT datenorm(d).iso FROM t` gives each row's
    date as `datenorm.normalize` reads it with these options (`time` and `utc` read the time of
    day too; `now` is what a date said relative to it is resolved against: default this machine's
    local time at registration, one instant for every query of the function). A NULL is passed to the function, not skipped, and answered with code `null`. The
    function takes VARCHAR only: DuckDB refuses any other type at bind time ("No function
    matches"); cast a column to read it (`d::VARCHAR`)."""
    translator = load_model(model_for(model, time or utc))
    if column_wide(translator, order, lang):  # a bad order or language is refused here too
        raise DatenormError("DuckDB hands the function 2,048 rows at a time, and an \"auto\" order or language "
                            "is worked out from a whole column: work it out first (datenorm.normalize_arrow, "
                            "Translator.column_order or column_language) and register the one found")
    # no rows read with these options: whatever a query would refuse (a date-only model asked for
    # times, a confidence out of range) is refused here
    translator.translate([], order, min_confidence, lang, time, utc)
    now = reference(now)

    known: dict[str, Result] = {}  # answers of the texts of earlier vectors: a column repeats its values
    lock = threading.Lock()

    def answer(texts: pa.Array) -> pa.StructArray:
        values = texts.to_pylist()
        with lock:
            todo = [text for text in dict.fromkeys(v for v in values if v is not None) if text not in known]
            if len(known) + len(todo) > KNOWN_TEXTS:
                known.clear()
                todo = list(dict.fromkeys(v for v in values if v is not None))
            known.update(zip(todo, translator.translate(todo, order, min_confidence, lang, time, utc, now)))
            return results_to_arrow([known[v] if v is not None else NULL for v in values])

    return connection.create_function(name, answer, ["VARCHAR"], duckdb.type(RESULT_SQL_TYPE), type="arrow",
                                      null_handling="special")
