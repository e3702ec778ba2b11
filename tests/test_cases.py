"""Every "this text gets this answer" case, one row each of tests/cases.tsv, read through `normalize`.

Columns (tab-separated, UTF-8, a header row): `text`, `order` (DMY, MDY, YMD or empty), `lang` (a
language hint or empty), `expected`, `why` (the behaviour the row protects), `model` (empty for
models/default, `en` for models/en, `datetime` for models/datetime), and `read` (empty for dates, `time` to read the time of day
too, `utc` to give it in UTC). In `text`, `\\t`, `\\n`, `\\\\` and `\\uXXXX` stand for
characters a table cannot show: tabs, zero-width spaces, bidi marks. `expected` is one of

    1979-05-03                                 valid, with that iso
    1979-05-03T22:42                           likewise, a date and its time (read `time` or `utc`)
    incomplete 1979-05                         code incomplete, with that partial (1979-05, --05-03, 1979, 2021-W47,
                                               or a time alone: T22:42)
    ambiguous_zone 1979-05-03T10:42            code ambiguous_zone, with that partial (the time without its zone)
    two_zones 1979-05-03T10:42                 code two_zones, likewise
    time_not_read 1979-05-03T10:42             code time_not_read, with that partial (what the answer holds)
    ambiguous DMY=2019-05-03 MDY=2019-03-05    code ambiguous, with those readings
    range 2019-05-03/2019-05-05                code range, readings from and to ("..": an open end)
    backwards_range 2019-05-05/2019-05-03      likewise, for a range that ends before it starts
    number                                     not valid, with that code (any code of datenorm.reasons)
    refused                                    not valid, whatever the reason: text that must give no
                                               date, where which check refuses it does not matter

A case found by a probe is a row here. The rows are read in one batch per (model, order, lang), as a
column of dates is read, against one reference instant, `NOW` (Wednesday 2 December 2026, 14:37),
so that a date said relative to today ("3 days ago") has one answer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

import pytest

import datenorm
from datenorm.reasons import CODES, REASONS

from conftest import ROOT

CASES_FILE = ROOT / "tests" / "cases.tsv"
COLUMNS = ["text", "order", "lang", "expected", "why", "model", "read"]
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?")
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|t|n|\\)")
DETAILED = {"incomplete", "ambiguous", "range", "ambiguous_zone", "two_zones", "time_not_read"}  # codes whose row says what the answer holds
PARTIAL = {"incomplete", "ambiguous_zone", "two_zones", "time_not_read"}  # codes whose detail is the answer's partial
READS = {"": {}, "time": {"time": True}, "utc": {"time": True, "utc": True}}
# a str cannot hold bytes that are not UTF-8, nor be a cell that holds no text (tests/test_pipelines.py)
NOT_IN_TABLE = {"invalid_utf8"} | {reason.code for reason in REASONS if reason.cell}
REFUSED = "refused"  # any code
NOW = "2026-12-02T14:37"  # what the rows' relative dates are read against


def unescape(text: str) -> str:
    return ESCAPE.sub(lambda m: {"t": "\t", "n": "\n", "\\": "\\"}.get(m[1]) or chr(int(m[1][1:], 16)), text)


@dataclass(frozen=True)
class Case:
    line: int
    text: str
    order: str | None
    lang: str | None
    expected: str
    why: str
    model: str
    read: str = ""

    @property
    def code(self) -> str | None:
        """The reason code expected, None for a valid date."""
        return None if ISO_DATE.fullmatch(self.expected) else self.expected.split()[0]

    @property
    def detail(self) -> str | None:
        """What follows the code: the partial, the readings or the ends."""
        parts = self.expected.split(maxsplit=1)
        return parts[1] if len(parts) > 1 else None

    @property
    def id(self) -> str:
        text = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        options = " ".join(f"{k}={v}" for k, v in (("order", self.order), ("lang", self.lang)) if v)
        model = "" if self.model == "default" else f" [{self.model}]"
        read = f" --{self.read}" if self.read else ""
        return f"{text!r}{' ' + options if options else ''}{model}{read}"


def read_cases() -> list[Case]:
    with open(CASES_FILE, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == COLUMNS, f"{CASES_FILE.name}: header {header}, expected {COLUMNS}"
        cases = []
        for line, fields in enumerate(reader, start=2):
            assert len(fields) == len(COLUMNS), f"{CASES_FILE.name} line {line}: {len(fields)} fields"
            text, order, lang, expected, why, model, read = fields
            cases.append(Case(line, unescape(text), order or None, lang or None, expected, why, model or "default", read))
    return cases


CASES = read_cases()


@pytest.fixture(scope="module")
def results() -> dict[int, datenorm.Result]:
    """Each case's Result by its line, every (model, order, lang, read) group read in one call."""
    groups: dict[tuple, list[Case]] = {}
    for case in CASES:
        groups.setdefault((case.model, case.order, case.lang, case.read), []).append(case)
    answers = {}
    for (model, order, lang, how), cases in groups.items():
        read = datenorm.normalize([c.text for c in cases], order=order, lang=lang, model=ROOT / "models" / model,
                                  now=NOW, **READS[how])
        answers.update((case.line, result) for case, result in zip(cases, read))
    return answers


def test_every_row_is_well_formed_and_says_why():
    problems = []
    seen = set()
    for case in CASES:
        key = (case.text, case.order, case.lang, case.model, case.read)
        if key in seen:
            problems.append(f"line {case.line}: the same case twice")
        seen.add(key)
        if case.order not in (None, "DMY", "MDY", "YMD"):
            problems.append(f"line {case.line}: order {case.order!r}")
        if case.model not in ("default", "en", "datetime"):
            problems.append(f"line {case.line}: model {case.model!r}")
        if case.read not in READS:
            problems.append(f"line {case.line}: read {case.read!r}")
        if not case.why.strip():
            problems.append(f"line {case.line}: no why")
        if case.code is not None and case.code not in CODES | {REFUSED}:
            problems.append(f"line {case.line}: unknown code {case.code!r}")
        if case.code in DETAILED and not case.detail or case.code not in DETAILED | {"backwards_range"} and case.detail:
            problems.append(f"line {case.line}: {case.expected!r} is no form of expected")
    assert not problems, problems


def test_every_reason_code_has_a_case():
    assert CODES - NOT_IN_TABLE - {c.code for c in CASES} == set()


def _readings(case: Case) -> dict[str, str]:
    if case.code == "ambiguous":
        return dict(part.split("=", 1) for part in case.detail.split())
    start, end = case.detail.split("/")
    return {"from": start, "to": end}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_text_gets_the_answer_its_row_expects(case, results):
    result = results[case.line]
    shown = (f"line {case.line} ({case.why}): got iso={result.iso} code={result.code} reason={result.reason!r} "
             f"partial={result.partial} readings={result.readings}")
    if case.code is None:
        assert (result.valid, result.iso, result.code, result.reason) == (True, case.expected, None, None), shown
        return
    if case.code == REFUSED:
        assert (result.valid, result.iso) == (False, None) and result.code in CODES, shown
        return
    assert (result.valid, result.iso, result.code) == (False, None, case.code), shown
    if case.code in PARTIAL:
        assert result.partial == case.detail, shown
    elif case.code in ("ambiguous", "range", "backwards_range") and case.detail:
        assert result.readings == _readings(case), shown
