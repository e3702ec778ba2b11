"""DuckDB: `register(connection)` adds a SQL function `datenorm(text)` that answers each row with a
struct (iso, valid, confidence, code, reason, partial, readings), a thin layer over
`datenorm.arrow`: DuckDB hands it whole vectors of rows as Arrow arrays.
"""

from __future__ import annotations

import os

import duckdb

from datenorm.arrow import column_wide, normalize_arrow
from datenorm.errors import DatenormError
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Translator, load_model

__all__ = ["RESULT_SQL_TYPE", "register"]

# `datenorm.arrow.RESULT_TYPE` as DuckDB writes it
RESULT_SQL_TYPE = ("STRUCT(iso VARCHAR, valid BOOLEAN, confidence FLOAT, code VARCHAR, reason VARCHAR, "
                   "partial VARCHAR, readings MAP(VARCHAR, VARCHAR))")


def register(connection: duckdb.DuckDBPyConnection, name: str = "datenorm", order: str | None = None,
             lang: str | None = None, model: Translator | str | os.PathLike | None = None,
             min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> duckdb.DuckDBPyConnection:
    """Register `name(VARCHAR)` on `connection`: `SELECT datenorm(d).iso FROM t` gives each row's
    date as `datenorm.normalize` reads it with these options. A NULL is passed to the function, not
    skipped, and answered with code `null`. The function takes VARCHAR only: DuckDB refuses any
    other type at bind time ("No function matches"); cast a column to read it (`d::VARCHAR`)."""
    translator = load_model(model)
    if column_wide(translator, order, lang):  # a bad order or language is refused here too
        raise DatenormError("DuckDB hands the function 2,048 rows at a time, and an \"auto\" order or language "
                            "is worked out from a whole column: work it out first (datenorm.normalize_arrow, "
                            "Translator.column_order or column_language) and register the one found")

    def answer(texts):
        return normalize_arrow(texts, order, lang, translator, min_confidence)

    return connection.create_function(name, answer, ["VARCHAR"], duckdb.type(RESULT_SQL_TYPE), type="arrow",
                                      null_handling="special")
