"""Scoring a model on labelled dates: exact match (the headline), per-character accuracy, a
breakdown by group (language, locale, format, augmentation), and the mistakes themselves.

Every score goes through the same `Translator.translate` users get, so invalid answers (too long,
unknown characters, ambiguous, low confidence) count as wrong.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from datenorm.config import parse_order
from datenorm.errors import DatenormError
from datenorm.runtime import Translator

GROUP_COLUMNS = ("lang", "locale", "format", "augment")


def _char_hits(expected: str, got: str | None) -> int:
    return sum(a == b for a, b in zip(expected, got or ""))


def evaluate_split(translator: Translator, split) -> dict:
    """Exact match and per-character accuracy on a `datenorm.train.Split` (already normalised text)."""
    rows = [{"text": t, "iso": i, "order": h or ""} for t, i, h in zip(split.texts, split.isos, split.hints)]
    return score(translator, rows, group_columns=())


def score(translator: Translator, rows: list[dict], group_columns=GROUP_COLUMNS, errors: int = 10) -> dict:
    """Score `rows` (dicts with text, iso and optional order and group columns)."""
    by_order: dict[str | None, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_order[parse_order(row.get("order") or None)].append(i)
    results = [None] * len(rows)
    for order, indices in by_order.items():
        for i, result in zip(indices, translator.translate([rows[i]["text"] for i in indices], order)):
            results[i] = result
    n = len(rows)
    exact = chars = 0
    groups: dict[str, dict[str, list[int]]] = {c: defaultdict(lambda: [0, 0]) for c in group_columns if rows and c in rows[0]}
    mistakes = []
    for row, result in zip(rows, results):
        ok = result.valid and result.iso == row["iso"]
        exact += ok
        chars += _char_hits(row["iso"], result.iso if result.valid else (result.readings or {}).get(row.get("order") or "DMY"))
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
    return {"n": n, "exact": exact / n if n else 0.0, "char_acc": chars / (10 * n) if n else 0.0,
            "by_group": by_group, "errors": mistakes}


def read_labelled(path: Path) -> list[dict]:
    """Rows of a TSV with `text` and `iso` columns (optional order and group columns); one-line errors."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DatenormError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatenormError(f"{path} is not UTF-8 (byte {exc.start})") from None
    lines = [line for line in content.splitlines() if line.strip()]
    if len(lines) < 2:
        raise DatenormError(f"{path} has no rows")
    header = lines[0].split("\t")
    missing = [c for c in ("text", "iso") if c not in header]
    if missing:
        raise DatenormError(f"{path} has no {' or '.join(missing)} column (header: {', '.join(header)})")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        row = dict(zip(header, fields + [""] * (len(header) - len(fields))))
        try:
            dt.date.fromisoformat(row["iso"])
            if len(row["iso"]) != 10:
                raise ValueError
        except ValueError:
            raise DatenormError(f"{path} line {number}: iso {row['iso']!r} is not a YYYY-MM-DD date") from None
        if row.get("order"):
            parse_order(row["order"])
        rows.append(row)
    return rows
