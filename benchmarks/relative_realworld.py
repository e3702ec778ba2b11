"""Dates said relative to a reference, as other projects' tests write them, read by datenorm and by
dateparser given the same reference: benchmarks/relative_realworld.tsv, 2,593 rows in 100 languages
gathered from duckling's corpora (26 languages), dateparser's, chrono's, olebedev/when's,
go-naturaldate's, Recognizers-Text's and parse_datetime's tests. Each row: the text, its language,
the reference instant the test uses (`now`), the text in datenorm's canonical form where it has one
(`form`, docs/relative.md; empty for compounds, fractions, "a few", bare weekdays), the answer the
project's own test expects, its source and a note.

A row is right when the answer is the one its test expects, at the test's precision: a day is
compared as a day (a test that expects a datetime for "3 days ago" is compared on its date); a
count of hours, minutes or seconds to the minute; a week, month or year as that period (a peer's
day inside it counts, and datenorm's period counts where the test wants a day inside it: "next
month" names the month, the test's day is its own choice). Rows whose test expects an interval
are not scored. A row missed is either answered wrong (a date, or an incomplete one, that is not the
test's) or given no date; the first are counted apart. The projects differ on
"next Friday" (the next one, or next week's) and "this Monday": the expected answers are each
project's, so no reader can get all of them.

    python benchmarks/relative_realworld.py [--model datetime] [--no-peers] [--layer] [--errors]

`--layer` reads every row as if the network wrote its `form`: what the witness and the arithmetic
make of a network that reads every row right (the ceiling of the model's figure).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

FILE = Path(__file__).with_name("relative_realworld.tsv")


def rows() -> list[dict]:
    with FILE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _period_of(day: str, expected: str) -> str:
    """A day (YYYY-MM-DD...) as the period an expectation names: its ISO week, month or year."""
    if "-W" in expected:
        year, week, _ = dt.date.fromisoformat(day[:10]).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day[:len(expected)]


def right(answer: str | None, row: dict) -> bool | None:
    """Whether `answer` (an ISO date, datetime or reduced form) is the row's expected one; None for a
    row that is not scored (an interval)."""
    expected = row["expected"]
    if "/" in expected:
        return None
    if not answer:
        return False
    if len(expected) < 10 or "-W" in expected:  # a period: the answer's, or the period of a day
        return answer == expected or (len(answer) >= 10 and _period_of(answer, expected) == expected)
    if len(answer) < 10 or "-W" in answer:  # a period answered where the test wants a day of it
        return _period_of(expected, answer) == answer
    if "PT" in row["form"] and "T" in expected and "T" in answer:  # a count on the clock: to the minute
        return answer[:16] == expected[:16]
    return answer[:10] == expected[:10]


def datenorm_answers(data: list[dict], model: str | None) -> list[str | None]:
    """datenorm's answers: each row read with its language and reference, with the time of day."""
    from datenorm.runtime import load_model, model_for

    translator = load_model(model_for(model, True))
    answers: list[str | None] = []
    for row in data:
        lang = row["lang"].replace("-", "_").split("_")[0]
        lang = lang if lang in translator.config.langs else None
        result = translator.translate([row["text"]], lang=lang, time=True, now=row["now"])[0]
        answers.append(result.iso if result.valid else result.partial)
    return answers


def layer_answers(data: list[dict], model: str | None) -> list[str | None]:
    """The reading layer's answers when the network that writes relative dates writes each row's
    `form` for whatever text of the row it is handed (rows without one: its own answer): what the
    routing, the witness and the arithmetic give a network that reads every row right."""
    from datenorm.config import FILLER
    from datenorm.runtime import load_model, model_for

    translator = load_model(model_for(model, True))
    relatives = translator if translator.config.writes_relative else translator._relative_reader()
    if relatives is None:
        raise SystemExit("--layer needs a model that writes relative dates (models/relative)")
    network, form = relatives.predict, [""]

    def predict(texts, hint, lang=None, time=False):
        outputs, confidence = network(texts, hint, lang, time)
        if not form[0]:
            return outputs, confidence
        return [form[0].ljust(len(o), FILLER) for o in outputs], [1.0] * len(texts)

    relatives.predict = predict  # the process's cached translator: put back below
    answers: list[str | None] = []
    try:
        for row in data:
            form[0] = row["form"]
            lang = row["lang"].replace("-", "_").split("_")[0]
            lang = lang if lang in translator.config.langs else None
            result = translator.translate([row["text"]], lang=lang, time=True, now=row["now"])[0]
            answers.append(result.iso if result.valid else result.partial)
    finally:
        del relatives.predict
    return answers


def dateparser_answers(data: list[dict]) -> list[str | None]:
    """dateparser's answers, given each row's language where it has it and its reference."""
    import dateparser
    from dateparser.languages.loader import default_loader

    known = set(default_loader.get_locale_map())
    answers: list[str | None] = []
    for row in data:
        lang = row["lang"] if row["lang"] in known else row["lang"].split("-")[0]
        kwargs = {"languages": [lang]} if lang in known else {}
        try:
            found = dateparser.parse(row["text"], settings={"RELATIVE_BASE": dt.datetime.fromisoformat(row["now"])},
                                     **kwargs)
        except Exception:  # noqa: BLE001 - a peer's failure is a wrong answer
            found = None
        answers.append(found.isoformat() if found else None)
    return answers


def report(name: str, data: list[dict], answers: list[str | None], errors: bool) -> None:
    scored = [(row, right(answer, row), answer) for row, answer in zip(data, answers)]
    scored = [(row, ok, answer) for row, ok, answer in scored if ok is not None]
    by_lang: dict[str, Counter] = defaultdict(Counter)
    for row, ok, _ in scored:
        by_lang[row["lang"].split("-")[0]][ok] += 1
    good = sum(ok for _, ok, _ in scored)
    with_form = [(row, ok) for row, ok, _ in scored if row["form"]]
    wrong = sum(not ok and answer is not None for _, ok, answer in scored)  # the rest say no date
    print(f"{name}: {good:,} of {len(scored):,} right ({good / len(scored):.1%}), {wrong:,} answered wrong; rows with a "
          f"form: {sum(ok for _, ok in with_form):,} of {len(with_form):,} ({sum(ok for _, ok in with_form) / len(with_form):.1%})")
    big = sorted(by_lang.items(), key=lambda item: -sum(item[1].values()))[:24]
    print("  " + ", ".join(f"{lang} {c[True] / sum(c.values()):.0%} of {sum(c.values())}" for lang, c in big))
    if errors:
        for row, ok, answer in scored:
            if not ok:
                print(f"  {row['lang']}\t{row['text']!r}\tnow {row['now']}\texpected {row['expected']}\tgot {answer}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="datenorm model (default: the bundled datetime model)")
    ap.add_argument("--no-peers", action="store_true", help="datenorm only")
    ap.add_argument("--errors", action="store_true", help="list the rows answered wrong")
    ap.add_argument("--layer", action="store_true",
                    help="also the reading layer alone: the network's answer replaced by each row's form")
    args = ap.parse_args()
    data = rows()
    print(f"{len(data):,} rows, {len({r['lang'].split('-')[0] for r in data})} languages, "
          f"{sum(bool(r['form']) for r in data):,} with a canonical form")
    report("datenorm", data, datenorm_answers(data, args.model), args.errors)
    if args.layer:
        report("datenorm's reading layer, given the forms", data, layer_answers(data, args.model), args.errors)
    if not args.no_peers:
        report("dateparser", data, dateparser_answers(data), args.errors)


if __name__ == "__main__":
    main()
