"""Per-row answers of a model on a labelled TSV, and the rows that changed between two code versions:

    PYTHONPATH=/work/baseline python benchmarks/rowdiff.py dump data/calib-all/valid.tsv \
        --model models/default --out runs/baseline/calib-all.default.hint.jsonl
    python benchmarks/rowdiff.py dump data/calib-all/valid.tsv --model models/default \
        --out runs/new/calib-all.default.hint.jsonl
    python benchmarks/rowdiff.py diff runs/baseline/calib-all.default.hint.jsonl runs/new/calib-all.default.hint.jsonl
    python benchmarks/rowdiff.py summary runs/baseline runs/new     # one line per file of both dirs

`dump` reads the rows as `datenorm evaluate` does (rows grouped by order hint and language hint,
each group through `Translator.translate`) and writes one JSON line per row: text, order, lang,
hint (the language hint given, or null), label, every field of its `Result` and `right` (as
`datenorm.evaluate.score` judges it). Whichever `datenorm` is first on PYTHONPATH is the code read,
so the same script dumps the old and the new code (run it as a script: `python -m` from the checkout
would put the checkout's own datenorm first). `diff` and `summary` only read dumps and exit 0
whatever changed (they are reports: a regression is for a person to judge); rows are paired by
text, label, order and hint, so a hand-written set that gains rows between the dumps is still
compared on the rows both have; `diff` fails only on dumps with no row in common.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

# What a row's answer is; a change in these is a changed answer, a change in the rest a changed message.
ANSWER_FIELDS = ("valid", "iso", "partial", "readings")
MESSAGE_FIELDS = ("reason", "code")
ROW_FIELDS = ("text", "order", "lang", "hint", "label", "right")
KINDS = {"broken": "broken", "fixed": "fixed", "wrong_changed": "still wrong", "right_changed": "still right",
         "message_only": "message only"}


# -- dump ----------------------------------------------------------------------------------------

def _partial_date_function():
    """The label reading `datenorm evaluate` scores with (`datenorm.runtime.partial_date` in every
    version of the code this compares)."""
    from datenorm.runtime import partial_date

    return partial_date


def translate_rows(translator, rows: list[dict], lang_hint: bool) -> tuple[list, list]:
    """(results, hints) for `rows` in file order, grouped and read as `datenorm.evaluate.score` does."""
    from datenorm.config import parse_order
    from datenorm.evaluate import known_lang

    hints = [known_lang(translator, row.get("lang")) if lang_hint else None for row in rows]
    groups: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault((parse_order(row.get("order") or None), hints[i]), []).append(i)
    results = [None] * len(rows)
    for (order, lang), indices in groups.items():
        for i, result in zip(indices, translator.translate([rows[i]["text"] for i in indices], order, lang=lang)):
            results[i] = result
    return results, hints


def dump_line(row: dict, hint: str | None, result, partial_date) -> dict:
    """One row's JSON object; a Result field named like a row field is kept as result_<name>."""
    line = {"text": row["text"], "order": row.get("order") or None, "lang": row.get("lang") or None,
            "hint": hint, "label": row["iso"]}
    for name, value in dataclasses.asdict(result).items():
        line[f"result_{name}" if name in ROW_FIELDS else name] = value
    expected = partial_date(row["iso"])
    line["right"] = bool((result.valid and result.iso == row["iso"])
                         or (expected is not None and result.partial == expected[0]))
    return line


def _plain(value):
    """A Result field JSON cannot write (an enum code, say) as its value, else its text."""
    return getattr(value, "value", None) or str(value)


def dump(args: argparse.Namespace) -> None:
    import datenorm
    from datenorm import load_model  # the public name: the refactor may move it out of runtime.py
    from datenorm.errors import DatenormError
    from datenorm.evaluate import read_labelled

    try:
        rows = read_labelled(Path(args.file))
        translator = load_model(args.model)
    except DatenormError as exc:
        raise SystemExit(f"rowdiff: {exc}") from None
    # As `datenorm evaluate` decides by default: hints when the model takes them and the file has them.
    lang_hint = not args.no_lang_hint and bool(translator.config.langs) and "lang" in rows[0]
    t0 = time.perf_counter()
    results, hints = translate_rows(translator, rows, lang_hint)
    seconds = time.perf_counter() - t0
    partial_date = _partial_date_function()
    lines = [dump_line(row, hint, result, partial_date) for row, hint, result in zip(rows, hints, results)]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")  # a killed run leaves no half dump to be diffed
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False, default=_plain) + "\n")
    tmp.replace(out)
    right = sum(line["right"] for line in lines)
    valid_wrong = sum(line["valid"] and not line["right"] for line in lines)
    print(f"{out}: {len(lines)} rows, {right} right, {valid_wrong} valid-wrong, "
          f"{'with' if lang_hint else 'without'} language hints, {seconds:.1f} s, "
          f"datenorm from {Path(datenorm.__file__).parent}", file=sys.stderr)


# -- diff ----------------------------------------------------------------------------------------

def read_dump(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _answer(row: dict) -> tuple:
    return tuple(json.dumps(row.get(f), sort_keys=True) for f in ANSWER_FIELDS)


def _message(row: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(row.get(f) for f in fields)


def _shown(row: dict) -> str:
    """An answer as a person reads it: the date, or what is missing and why."""
    code = f"[{row['code']}] " if row.get("code") else ""
    if row.get("valid"):
        return f"{code}{row.get('iso')}"
    readings = " ".join(f"{k}={v}" for k, v in (row.get("readings") or {}).items())
    return f"? {code}{row.get('reason')}" + (f" ({readings})" if readings else "")


def _key(row: dict) -> tuple:
    return row["text"], row["label"], row["order"], row["hint"]


def pair_rows(old: list[dict], new: list[dict]) -> tuple[list[tuple[int, dict, dict]], int, int]:
    """(old row number, old row, new row) for the rows both dumps read alike (same text, label, order
    and hint, the n-th such row with the n-th), and how many rows only one of them has: a hand-written
    set may gain rows or a fixed label between the two dumps."""
    waiting: dict[tuple, list[dict]] = {}
    for row in new:
        waiting.setdefault(_key(row), []).append(row)
    pairs = []
    for number, row in enumerate(old, start=1):
        match = waiting.get(_key(row))
        if match:
            pairs.append((number, row, match.pop(0)))
    return pairs, len(old) - len(pairs), len(new) - len(pairs)


def compare(old: list[dict], new: list[dict]) -> dict:
    """Counts and row lists of what changed from `old` to `new` (dumps of one labelled file)."""
    pairs, only_old, only_new = pair_rows(old, new)
    if not pairs and (old or new):
        raise ValueError("the dumps have no row in common: not of the same file")
    # The code field exists only from the refactor on; compare it only when both sides carry it.
    fields = MESSAGE_FIELDS if old and "code" in old[0] and new and "code" in new[0] else MESSAGE_FIELDS[:1]
    c = dict.fromkeys(("fixed", "broken", "wrong_changed", "valid_to_refused", "refused_to_valid",
                       "right_changed", "message_only", "confidence_only"), 0)
    broken, changed = [], []
    max_confidence = 0.0
    for number, a, b in pairs:
        answer_changed = _answer(a) != _answer(b)
        if a["right"] and not b["right"]:
            kind = "broken"
        elif b["right"] and not a["right"]:
            kind = "fixed"
        elif answer_changed and not a["right"]:
            kind = "wrong_changed"
            c["valid_to_refused"] += a["valid"] and not b["valid"]
            c["refused_to_valid"] += b["valid"] and not a["valid"]
        elif answer_changed:
            kind = "right_changed"
        elif _message(a, fields) != _message(b, fields):
            kind = "message_only"
        else:
            delta = abs(a["confidence"] - b["confidence"])
            c["confidence_only"] += delta > 1e-6
            max_confidence = max(max_confidence, delta)
            continue
        c[kind] += 1
        (broken if kind == "broken" else changed).append((number, kind, a, b))
    kept_old, kept_new = [a for _, a, _ in pairs], [b for _, _, b in pairs]
    return {"rows": len(pairs), "only_old": only_old, "only_new": only_new,
            "right_old": sum(r["right"] for r in kept_old), "right_new": sum(r["right"] for r in kept_new),
            "valid_wrong_old": sum(r["valid"] and not r["right"] for r in kept_old),
            "valid_wrong_new": sum(r["valid"] and not r["right"] for r in kept_new),
            **c, "max_confidence_change": max_confidence,
            "fields": fields, "broken_rows": broken, "changed_rows": changed}


def _list_rows(title: str, rows: list, limit: int) -> None:
    if not rows:
        return
    print(f"\n{title} ({len(rows)}{f', first {limit}' if len(rows) > limit else ''}):")
    for number, kind, a, b in rows[:limit]:
        print(f"  row {number} ({KINDS[kind]}): {a['text']!r}  label {a['label']}"
              + (f"  hint {a['hint']}" if a.get("hint") else ""))
        print(f"      old: {_shown(a)}")
        print(f"      new: {_shown(b)}")


def diff(args: argparse.Namespace) -> None:
    try:
        r = compare(read_dump(Path(args.old)), read_dump(Path(args.new)))
    except ValueError as exc:
        raise SystemExit(f"rowdiff: {exc}") from None
    unpaired = (f"  (and {r['only_old']} only in old, {r['only_new']} only in new)"
                if r["only_old"] or r["only_new"] else "")
    print(f"rows                        {r['rows']}{unpaired}")
    print(f"right before / after        {r['right_old']} / {r['right_new']}")
    print(f"valid-wrong before / after  {r['valid_wrong_old']} / {r['valid_wrong_new']}")
    print(f"fixed (wrong -> right)      {r['fixed']}")
    print(f"broken (right -> wrong)     {r['broken']}")
    print(f"changed, still wrong        {r['wrong_changed']}  (valid -> refused {r['valid_to_refused']}, "
          f"refused -> valid {r['refused_to_valid']})")
    print(f"changed, still right        {r['right_changed']}")
    print(f"changed message only        {r['message_only']}  (compared: {', '.join(r['fields'])})")
    print(f"confidence only             {r['confidence_only']}  (max change {r['max_confidence_change']:.2g})")
    _list_rows("broken rows", r["broken_rows"], args.limit)
    _list_rows("other changed rows", r["changed_rows"], args.limit)


def summary(args: argparse.Namespace) -> None:
    """One line per dump of OLD_DIR: the counts a person checks before reading any diff."""
    old_dir, new_dir = Path(args.old_dir), Path(args.new_dir)
    print(f"{'file':<40} {'rows':>6} {'right':>13} {'valid-wrong':>11} {'fixed':>5} {'broken':>6} {'changed':>7} "
          f"{'message':>7}")
    for old in sorted(old_dir.glob("*.jsonl")):
        new = new_dir / old.name
        if not new.is_file():
            print(f"{old.name:<40} missing in {new_dir}")
            continue
        try:
            r = compare(read_dump(old), read_dump(new))
        except ValueError as exc:
            print(f"{old.name:<40} error: {exc}")
            continue
        right = f"{r['right_old']}->{r['right_new']}"
        valid_wrong = f"{r['valid_wrong_old']}->{r['valid_wrong_new']}"
        rows = f"{r['rows']}" + ("*" if r["only_old"] or r["only_new"] else "")
        print(f"{old.name:<40} {rows:>6} {right:>13} {valid_wrong:>11} {r['fixed']:>5} {r['broken']:>6} "
              f"{r['wrong_changed'] + r['right_changed']:>7} {r['message_only']:>7}")
    for new in sorted(set(p.name for p in new_dir.glob("*.jsonl")) - set(p.name for p in old_dir.glob("*.jsonl"))):
        print(f"{new:<40} missing in {old_dir}")
    print("(rows: rows in both dumps, * when either has more; right and valid-wrong of those rows;"
          " changed: answers changed but neither fixed nor broken)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("dump", help="write one JSON line per row of a labelled TSV")
    p.add_argument("file", help="labelled TSV (text, iso, optional order and lang columns)")
    p.add_argument("--model", required=True, help="model directory (a path: the old code may not find bundled names)")
    p.add_argument("--no-lang-hint", action="store_true", help="give no row its lang column as a language hint")
    p.add_argument("--out", required=True, help="JSONL file to write")
    p.set_defaults(run=dump)
    p = commands.add_parser("diff", help="counts and rows that changed between two dumps of one file")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--limit", type=int, default=20, help="rows listed of each kind (default 20)")
    p.set_defaults(run=diff)
    p = commands.add_parser("summary", help="one line per dump in two directories of dumps")
    p.add_argument("old_dir")
    p.add_argument("new_dir")
    p.set_defaults(run=summary)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
