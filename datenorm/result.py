"""One answer: `Result`, and the reduced ISO forms of incomplete dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from datenorm.reasons import check


@dataclass
class Result:
    """One answer. `iso` is None unless `valid`; `code` (a stable code from `datenorm.reasons`) and
    `reason` (a message for people) say why not; `readings` holds both dates when ambiguous
    ({"DMY": ..., "MDY": ...}) and both ends of a range ({"from": ..., "to": ...}); `partial` what
    an incomplete date does give, in ISO 8601's reduced forms: "1979-05" (no day), "--05-03" (no
    year), "1979" (year only), "2021-W47" (week only). A date said relative to a reference ("3 days
    ago", "last month": `datenorm.relative`) has its canonical form in `relative` ("-P3D", "M-1")
    and the instant it was resolved against in `reference`; both are None for any other."""

    input: str
    iso: str | None
    valid: bool
    confidence: float
    reason: str | None = None
    readings: dict[str, str] | None = None
    partial: str | None = None
    code: str | None = None
    relative: str | None = None
    reference: str | None = None

    def as_dict(self) -> dict:
        """The fields as a dict; `relative` and `reference` only for a date said relative to one."""
        fields = asdict(self)
        if self.relative is None:
            del fields["relative"], fields["reference"]
        return fields


def answer(raw: str, iso: str, confidence: float) -> Result:
    return Result(raw, iso, True, confidence)


def refusal(raw: str, code: str, message: str, confidence: float = 0.0, partial: str | None = None,
            readings: dict[str, str] | None = None) -> Result:
    """A Result that is no date, for the reason `code` (checked against `datenorm.reasons.REASONS`)."""
    return Result(raw, None, False, confidence, message, readings, partial, check(code))


def partial_date(label: str) -> tuple[str, str] | None:
    """(reduced ISO form, what is missing) for a label with 00 parts ("1979-05-00" -> ("1979-05", "no day")),
    None for any other string (a full date or nonsense)."""
    year, month, day = label[:4], label[5:7], label[8:]
    if len(label) != 10 or label[4] != "-" or label[7] != "-" or not (year + month + day).isdigit():
        return None
    try:
        if year != "0000" and month != "00" and day == "00":
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}", "no day"
        if year == "0000" and month != "00" and day != "00":
            dt.date(2000, int(month), int(day))  # a leap year: "29 February" is a day and a month
            return f"--{month}-{day}", "no year"
        if year != "0000" and month == "00" and day == "00":
            return year, "year only"
    except ValueError:
        return None
    return None


def shown(label: str) -> str:
    """A reading as an answer shows it: a full date, or an incomplete one's reduced form ("--05-03")."""
    partial = partial_date(label)
    return partial[0] if partial else label
