"""Scoring a model on labelled dates: exact match (the headline), per-character accuracy, a
breakdown by group (language, locale, format, augmentation), and the mistakes themselves.

An incomplete date's label has 00 for its missing parts ("1979-05-00"); it is right when the
model reports it incomplete with those parts ("incomplete date (no day): 1979-05").

Every score goes through the same `Translator.translate` users get, so invalid answers (too long,
unknown characters, ambiguous, low confidence) count as wrong.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from datenorm.config import parse_order
from datenorm.errors import DatenormError
from datenorm.runtime import Translator, partial_date

GROUP_COLUMNS = ("lang", "locale", "format", "augment")


def known_lang(translator: Translator, lang: str | None) -> str | None:
    """The model's code for a row's language, or None (no hint) for a language it was not given."""
    try:
        return translator.config.check_lang(lang)
    except DatenormError:
        return None


def _label_of_partial(reduced: str) -> str:
    """The 10-character label of a reduced ISO form: "1979-05" -> "1979-05-00", "--05-03" -> "0000-05-03"."""
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
          lang_hint: bool = False) -> dict:
    """Score `rows` (dicts with text, iso and optional order and group columns); with `lang_hint`,
    each row's `lang` is given to the model as its language hint."""
    groups_of_rows: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        lang = known_lang(translator, row.get("lang")) if lang_hint else None
        groups_of_rows[(parse_order(row.get("order") or None), lang)].append(i)
    results = [None] * len(rows)
    for (order, lang), indices in groups_of_rows.items():
        for i, result in zip(indices, translator.translate([rows[i]["text"] for i in indices], order, lang=lang)):
            results[i] = result
    n = len(rows)
    exact = chars = 0
    groups: dict[str, dict[str, list[int]]] = {c: defaultdict(lambda: [0, 0]) for c in group_columns if rows and c in rows[0]}
    mistakes = []
    for row, result in zip(rows, results):
        expected_partial = partial_date(row["iso"])
        ok = ((result.valid and result.iso == row["iso"])
              or (expected_partial is not None and result.partial == expected_partial[0]))
        exact += ok
        got = result.iso if result.valid else _label_of_partial(result.partial) if result.partial else \
            (result.readings or {}).get(row.get("order") or "DMY")
        chars += _char_hits(row["iso"], got)
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
    return {"n": n, "lang_hint": lang_hint, "exact": exact / n if n else 0.0, "char_acc": chars / (10 * n) if n else 0.0,
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
            if len(row["iso"]) != 10:
                raise ValueError
            if partial_date(row["iso"]) is None:
                dt.date.fromisoformat(row["iso"])
        except ValueError:
            raise DatenormError(f"{path} line {number}: iso {row['iso']!r} is not a YYYY-MM-DD date "
                                f"(or one with 00 for missing parts)") from None
        if row.get("order"):
            parse_order(row["order"])
        rows.append(row)
    return rows
