"""Why an answer is not a valid date: a stable code for programs, a message for people.

Every `Result` that is not valid carries one `Reason` code from `REASONS` beside its message; code
branches on the codes, never on a message's words. `docs/reasons.md` is written from this table
(`python -m datenorm.reasons`), and a test reads every example through the model (a cell's example
as a column, through `datenorm.arrow`) and checks that it gets its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "reasons.md"


@dataclass(frozen=True)
class Reason:
    """One kind of answer that is not a date: `code`, what it means, and an input that gets it
    (read with `order` and `lang`, or `min_confidence`, when they are given)."""

    code: str
    meaning: str
    example: str
    order: str | None = None
    lang: str | None = None
    min_confidence: float | None = None
    time: bool = False  # read with the time of day (`time=True`, `--time`)
    cell: bool = False  # the example is a cell of a column, written as Python, not a text


REASONS: tuple[Reason, ...] = (
    # The text, before the model reads it
    Reason("empty", "Nothing left to read once spaces are removed.", " "),
    Reason("too_long", "Longer than the model reads, even without its time of day.",
           "3 May 1979 " + "and something else entirely " * 3),
    Reason("unknown_characters", "Letters or digits the model never saw in training, of scripts it does not read, where "
                                 "they may write a part of the date (a symbol or an emoji only separates the parts, "
                                 "as a space does).",
           "3 ꙮay 1979"),
    Reason("invalid_utf8", "The line's bytes are not UTF-8 (command line, files and binary columns; the "
                           "bytes are replaced and the line is still answered, as not valid).", "3 May 1979 \\xff"),
    # A cell of a column that holds no text (datenorm.arrow and the data-frame integrations)
    Reason("null", "A cell with no value: an Arrow null; None, NaN, NA or NaT in pandas.", "None", cell=True),
    Reason("not_text", "A cell of another type than text or bytes (int, float, timestamp): it is not read, "
                       "even when its text would be a date.", "1979", cell=True),
    Reason("number", "A number that is no date: a Unix time, an id, a count. A number alone is a date only as "
                     "a year (1979) or yyyymmdd[hhmmss]; yymmdd needs --order.", "1651586400"),
    Reason("decade", "A decade, which is ten years, not its first one.", "the 1970s"),
    Reason("before_common_era", "A year before the Common Era; ISO years here are years AD.", "44 BC"),
    Reason("other_calendar", "A date of another calendar that no fixed rule maps (Hijri).", "1440/08/28هـ"),
    Reason("holiday", "A holiday whose date changes from year to year (Easter, Thanksgiving).", "Easter Sunday 2019"),
    Reason("relative", "A date relative to the day it was written that is not read: one that says more than a "
                       "relative form (2 weeks and 3 days ago, a weekday alone, a relative phrase beside a year), "
                       "a form whose count, unit or direction the text does not say, or, with a model that writes "
                       "no relative forms, any (yesterday, 3 days ago). Those read are resolved against --now "
                       "(docs/relative.md).", "Monday"),
    Reason("out_of_range", "A year outside the years the model was trained on.", "3 May 2500"),
    # The model's answer, judged against the text
    Reason("not_calendar", "The answer is no day of the calendar.", "31 February 2019"),
    Reason("low_confidence", "The model's least sure character is below --min-confidence.", "3 May 1979",
           min_confidence=1.0),
    Reason("year_not_in_text", "The answer's year is not written in the text (years are copied, never made up).",
           "3 may 19790"),
    Reason("month_not_in_text", "The text names another month, or none, than the one read.", "page 7 2010"),
    Reason("day_not_in_text", "The answer's day is not written in the text.", "1979-13-45"),
    Reason("ambiguous", "The numbers mean different dates as DMY and MDY (give --order), or a relative phrase "
                        "reads as two dates (a word of two dates; a weekday said next, this, last, after next "
                        "or before last, counted from today or as the week's: docs/relative.md). Both readings are in "
                        "`readings` (with `--time`, each with the time the text writes; a range of times, "
                        "from one end to the other).", "03/05/2019"),
    Reason("incomplete", "The text gives part of a date; `partial` holds it in ISO 8601's reduced form "
                         "(1979-05, --05-03, 1979, 2021-W47), or, for a time alone (with `--time`), the time "
                         "(T22:42).", "May 1979"),
    # The time of day the model read (with --time)
    Reason("not_clock", "The time read is no time of day (hour 25, minute 61), or none its named zone has that "
                        "day (its clocks go forward).", "3 May 1979 25:61", time=True),
    Reason("time_not_in_text", "A part of the time read (hour, minute, second, fraction, zone) is not written in "
                               "the text, or a day period the text writes, beside the clock or apart from it, stands for "
                               "other hours (\"6 Uhr abends\" read as 06:00); when only the zone is, `partial` holds the date and "
                               "clock without it.", "3 May 1979 15:42 AM", time=True),
    Reason("time_not_read", "The text writes a time, or its seconds, zone or a fraction finer than "
                            "nanoseconds, that the answer leaves out; `partial` holds the answer as read.",
           "2015-01-02T14:05:33.1234567891Z", time=True),
    Reason("ambiguous_zone", "The time is written with an abbreviation of several zones (IST, CST, BST), or "
                             "with an IANA zone in the hour its clocks repeat; `readings` holds the datetime "
                             "in each, `partial` without a zone.",
           "2007-07-10 10:42 IST", time=True),
    Reason("two_zones", "The clock is written with two zones of different offsets (an abbreviation and an "
                        "offset, an IANA zone and GMT in summer); `readings` holds the datetime in each, "
                        "`partial` without a zone.", "2019-05-03 10:42:07 +0100 (CEST)", time=True),
    # Texts that hold more than one date
    Reason("range", "Two dates joined as a range; `readings` holds from and to (to is '..' when open).",
           "3-5 May 2019"),
    Reason("backwards_range", "A range whose end comes before its start.", "5 May - 3 May 2019"),
    Reason("two_dates", "Two different years, or two different ISO dates, and no range: any one answer would "
                        "leave the other out.",
           "3 May 1979 (UK) / 10 May 1980 (US)"),
    Reason("two_times", "Two different times of day, read with the time, that do not read as a range of one "
                        "day (no range word between them, a range that crosses midnight, an end not read): one "
                        "answer would leave the other out.", "3 May 1979, 22:00 - 02:00", time=True),
)

CODES = frozenset(reason.code for reason in REASONS)

# The codes of answers that a second reading of a rewritten text may still turn into a date.
JUDGED = frozenset({"not_calendar", "low_confidence", "year_not_in_text", "month_not_in_text", "day_not_in_text",
                    "incomplete"})


# The codes of a time of day the text does not witness: a second reading of the date never replaces them.
TIME_CODES = frozenset({"not_clock", "time_not_in_text", "time_not_read", "ambiguous_zone", "two_zones", "two_times"})


def check(code: str) -> str:
    """`code`, if it is one of REASONS (a typo in a stage fails at once, not in a user's output)."""
    if code not in CODES:
        raise ValueError(f"unknown reason code {code!r}")
    return code


def markdown() -> str:
    """docs/reasons.md: one row per code, in the order the reading meets them."""
    rows = ["# Reasons", "",
            "Every answer that is not a valid date has a `code` (stable, for programs) and a `reason` (a",
            "message for people, which may change). Written by `python -m datenorm.reasons` from",
            "`datenorm/reasons.py`; `tests/test_reasons.py` reads every example and checks its code.", "",
            "| code | meaning | example |", "| --- | --- | --- |"]
    for reason in REASONS:
        options = "".join(f" (`{name}={value}`)" for name in ("order", "lang", "min_confidence")
                          if (value := getattr(reason, name)) is not None) + (" (`time=True`)" if reason.time else "")
        example = reason.example.replace("|", "\\|")
        shown = f"`{example}`{options}" + (" (a cell of a column, not a text)" if reason.cell else "")
        rows.append(f"| `{reason.code}` | {reason.meaning} | {shown} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    DOC.write_text(markdown(), encoding="utf-8")
    print(f"wrote {DOC}")
