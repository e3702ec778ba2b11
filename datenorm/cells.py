"""Cells of a column that may hold no text: a null, a number, bytes. Each is read as its text, or
answered in its place (`null`, `not_text`, `invalid_utf8`), never dropped, so answer N is always
the answer to cell N. `datenorm.normalize` and every pipeline integration read cells through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from datenorm import lines
from datenorm.result import Result, refusal

NULL = refusal("", "null", "no value")


def not_text(shown: str, type_name: str) -> Result:
    return refusal(shown, "not_text", f"not text: {type_name} value")


def decoded(raw: bytes) -> str | Result:
    """`raw` as text, or, when it is not UTF-8, its `invalid_utf8` answer (bad bytes shown as U+FFFD),
    as the command line answers such a line."""
    line = lines.decoded(raw)
    return line.text if line.problem is None else refusal(line.text, "invalid_utf8", "invalid UTF-8")


def _missing(value: object) -> bool:
    """Whether a Python cell holds no value: None, pandas' NA and NaT, or a number unequal to itself
    (NaN, numpy's NaT), which is how pandas marks a missing value in an object column."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # pd.NA-like values and arrays have no truth value
        return False


def cells_to_texts(values: Iterable[object]) -> list[str | Result]:
    """Each cell of a column of Python values (a pandas object Series, a Spark or Dask partition) as
    the text to read, or as its answer when it holds none: str is read; bytes are decoded as UTF-8
    (`invalid_utf8` when they are not); None, NaN, NA and NaT are `null`; any other value (int,
    float, Timestamp) is `not_text`, with the name of its Python type."""
    cells: list[str | Result] = []
    for value in values:
        if isinstance(value, str):
            cells.append(value)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            cells.append(decoded(bytes(value)))
        elif _missing(value):
            cells.append(NULL)
        else:
            cells.append(not_text(str(value), type(value).__name__))
    return cells


def read_cells(cells: Sequence[str | Result], translator, order: str | None, min_confidence: float,
               lang: str | None = None, time: bool = False, utc: bool = False, now=None) -> list[Result]:
    """One answer per cell of `cells_to_texts`: its texts read by `translator`, in order, as one column
    (a cell that is already an answer stays as it is)."""
    texts = [cell for cell in cells if isinstance(cell, str)]
    if not texts:
        return list(cells)  # type: ignore[arg-type]
    answers = iter(translator.translate(texts, order, min_confidence, lang, time, utc, now))
    return [next(answers) if isinstance(cell, str) else cell for cell in cells]
