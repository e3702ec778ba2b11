"""Scoring a model on labelled dates: exact match (the headline), per-character accuracy, a
breakdown by group (language, locale, format, augmentation), and the mistakes themselves.

An incomplete date's label has 00 for its missing parts ("1979-05-00"); it is right when the
model reports it incomplete with those parts ("incomplete date (no day): 1979-05"). A label with a
time of day ("1979-05-03T22:42") is scored as a datetime, read with `time=True`: right when the
answer is that date and time, or, for a time alone ("0000-00-00T22:42"), when it is reported
incomplete with that time.

Every score goes through the same `Translator.translate` users get, so invalid answers (too long,
unknown characters, ambiguous, low confidence) count as wrong.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from pathlib import Path

from datenorm.config import parse_order
from datenorm.errors import DatenormError
from datenorm.lines import read_rows
from datenorm.relative import meanings, parse as parse_relative
from datenorm.runtime import Translator, partial_date
from datenorm.timeofday import label_problem, split_answer

GROUP_COLUMNS = ("lang", "locale", "format", "augment")


def known_lang(translator: Translator, lang: str | None) -> str | None:
    """The model's code for a row's language, or None (no hint) for a language it was not given."""
    try:
        return translator.config.check_lang(lang)
    except DatenormError:
        return None


def _expected_partial(label: str) -> str | None:
    """What an incomplete answer gives for `label`: "1979-05" for "1979-05-00" (or "1979-05-00T10:42":
    an incomplete date keeps no time), "T22:42" for "0000-00-00T22:42" (a time alone); None for a
    label of a whole date."""
    date, time = split_answer(label)
    if time and date == "0000-00-00":
        return time
    partial = partial_date(date)
    return partial[0] if partial else None


def _label_of_partial(reduced: str) -> str:
    """The label of a reduced ISO form: "1979-05" -> "1979-05-00", "--05-03" -> "0000-05-03", "T22:42" ->
    "0000-00-00T22:42"."""
    if reduced.startswith("T"):
        return "0000-00-00" + reduced
    if reduced.startswith("--"):
        return "0000" + reduced[1:]
    return (reduced + "-00-00")[:10]


def _char_hits(expected: str, got: str | None) -> int:
    return sum(a == b for a, b in zip(expected, got or ""))


def evaluate_split(translator: Translator, split) -> dict:
    """Exact match and per-character accuracy on a `datenorm.train.Split` (already normalised text),
    without language hints (the harder, usual case)."""
    rows = [{"text": t, "iso": i, "order": h or ""} for t, i, h in zip(split.texts, split.isos, split.hints)]
    return score(translator, rows, group_columns=())


def score(translator: Translator, rows: list[dict], group_columns=GROUP_COLUMNS, errors: int = 10,
          lang_hint: bool = False, now=None) -> dict:
    """Score `rows` (dicts with text, iso and optional order and group columns); with `lang_hint`,
    each row's `lang` is given to the model as its language hint. A row labelled with the form of a
    date said relative to today ("-P3D") is right when the answer has that form (`Result.relative`):
    its date or period, or, for a weekday said "next", "this", "last", "after next" or "before last"
    on a day its two readings differ, both readings. `now` is the reference of dates said relative
    to today (default: now)."""
    groups_of_rows: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        lang = known_lang(translator, row.get("lang")) if lang_hint else None
        groups_of_rows[(parse_order(row.get("order") or None), lang)].append(i)
    time = any(len(row["iso"]) > 10 for row in rows)
    if time and not translator.config.writes_time:
        raise DatenormError("the labels carry times of day, and this model reads dates only")
    results = [None] * len(rows)
    for (order, lang), indices in groups_of_rows.items():
        texts = [rows[i]["text"] for i in indices]
        for i, result in zip(indices, translator.translate(texts, order, lang=lang, time=time, now=now)):
            results[i] = result
    n = len(rows)
    exact = chars = length = 0
    groups: dict[str, dict[str, list[int]]] = {c: defaultdict(lambda: [0, 0]) for c in group_columns if rows and c in rows[0]}
    mistakes = []
    for row, result in zip(rows, results):
        expected_partial = _expected_partial(row["iso"])
        if parse_relative(row["iso"]) is not None:  # a date said relative to today: its form, whatever today is
            # a date, its period, or both readings of a weekday said next, last, after next..., among them the
            # form's (`relative.meanings`: which reading is meant, the text does not say on every day)
            ok = result.relative == row["iso"] and (
                result.code in (None, "incomplete")
                or (result.code == "ambiguous" and set(result.readings or ()) == set(meanings(row["iso"]))))
            got = result.relative
        else:
            ok = ((result.valid and result.iso == row["iso"])
                  or (expected_partial is not None and result.partial == expected_partial))
            got = result.iso if result.valid else _label_of_partial(result.partial) if result.partial else \
                (result.readings or {}).get(row.get("order") or "DMY")
        exact += ok
        chars += _char_hits(row["iso"], got)
        length += len(row["iso"])
        for column, table in groups.items():
            table[row[column]][0] += ok
            table[row[column]][1] += 1
        if not ok and len(mistakes) < errors:
            mistakes.append({"input": row["text"], "expected": row["iso"], "got": result.iso,
                             "reason": result.reason, "confidence": round(result.confidence, 4),
                             **({"readings": result.readings} if result.readings else {})})
    by_group = {
        column: sorted(({"group": g, "n": t, "exact": h / t} for g, (h, t) in table.items()),
                       key=lambda r: (r["exact"], -r["n"], r["group"]))
        for column, table in groups.items()
    }
    return {"n": n, "lang_hint": lang_hint, "exact": exact / n if n else 0.0, "char_acc": chars / length if n else 0.0,
            "by_group": by_group, "errors": mistakes}


def read_labelled(path: Path) -> list[dict]:
    """Rows of a TSV with `text` and `iso` columns (optional order and group columns), every label
    checked (`row_problem`); what is wrong is one DatenormError with one line per bad row."""
    try:
        rows = read_rows(path, ("text", "iso"), check=row_problem)
    except OSError as exc:
        raise DatenormError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not rows:
        raise DatenormError(f"{path} has no rows")
    return rows


def _date_problem(iso: str) -> str | None:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", iso):
        return ""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:])
    if month > 12:
        return f": there is no month {month}"
    if month and day > calendar.monthrange(year or 2000, month)[1]:  # year 0000: a leap year, as partial_date
        return f": there is no day {day} in {iso[:7] if year else f'month {month}'}"
    if 0 in (year, month, day) and partial_date(iso) is None:
        return ": 00 stands only for a missing day, year, or month and day"
    return None


def row_problem(row: dict[str, str]) -> str | None:
    """Why a labelled row can be neither scored nor trained on, or None. Its iso is YYYY-MM-DD, a
    calendar date or an incomplete one with 00 for what it lacks (1979-05-00, 0000-05-03,
    1979-00-00), then the time of day when the text writes one (1979-05-03T22:42, a time alone:
    0000-00-00T22:42; `datenorm.timeofday`), or the canonical form of a date said relative to today
    (-P3D, FR+1: `datenorm.relative`); its order is empty, DMY, MDY or YMD."""
    if parse_relative(row["iso"]) is None:
        iso, time = split_answer(row["iso"])
        problem = label_problem(time) if time else None
        if problem:
            return f"iso {row['iso']!r} is not a date and time: {problem}"
        problem = None if time and iso == "0000-00-00" else _date_problem(iso)  # a time alone, or a date
        if problem is not None:
            return f"iso {iso!r} is not a YYYY-MM-DD date{problem}"
    try:
        parse_order(row.get("order"))
    except DatenormError:
        return f"order {row['order']!r} is not DMY, MDY or YMD"
    return None
