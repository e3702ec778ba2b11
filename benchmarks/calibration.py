"""How much to trust `confidence`: answered and silently-wrong shares per --min-confidence.

    python benchmarks/calibration.py data/calib/valid.tsv [--model default] [--no-lang-hint]

Use validation data, never a test split. "Answered" is a valid date returned; "wrong" is a valid
date that is not the label (an incomplete date reported with the wrong parts counts as wrong too).
"""

import argparse

from datenorm.evaluate import known_lang, read_labelled
from datenorm.runtime import load_model, partial_date


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-lang-hint", action="store_true")
    args = ap.parse_args()
    translator = load_model(args.model)
    rows = read_labelled(args.file)
    groups: dict = {}
    for i, row in enumerate(rows):
        lang = None if args.no_lang_hint else known_lang(translator, row.get("lang"))
        groups.setdefault((row.get("order") or None, lang), []).append(i)
    results = [None] * len(rows)
    for (order, lang), indices in groups.items():
        answers = translator.translate([rows[i]["text"] for i in indices], order, min_confidence=0.0, lang=lang)
        for i, result in zip(indices, answers):
            results[i] = result
    print(f"{args.file}: {len(rows)} rows, model {args.model or 'default'}, "
          f"{'without' if args.no_lang_hint else 'with'} language hints")
    print(f"{'min-confidence':>15s} {'answered':>9s} {'wrong':>7s}")
    for threshold in (0.5, 0.7, 0.9, 0.99):
        answered = wrong = 0
        for row, result in zip(rows, results):
            if result.confidence < threshold:
                continue
            expected = partial_date(row["iso"])
            if result.valid:
                answered += 1
                wrong += result.iso != row["iso"]
            elif result.partial is not None:
                answered += 1
                wrong += expected is None or expected[0] != result.partial
        print(f"{threshold:15.2f} {answered / len(rows):9.2%} {wrong / len(rows):7.2%}")


if __name__ == "__main__":
    main()
