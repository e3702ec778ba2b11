"""Dates said relative to a reference instant ("yesterday", "3 days ago", "next Friday", "last month"):
the canonical form that stands for them, and its resolution against the reference (`now`).

The form says what the text says and nothing more, so that the text can witness every part of it:

    -P3D  P2W  -P1M  P2Y  P0D    a count of days, weeks, months or years before (-) or after now:
                                 a day ("3 days ago", "in 2 weeks", "a month ago", "today")
    -PT2H  PT30M  -PT45S  PT0S   a count of hours, minutes or seconds: an instant ("2 hours ago",
                                 "now"); its day when the time of day is not asked for
    W-1  M+0  Y+1                the calendar week, month or year before, of or after now's ("last
                                 week", "this month", "next year"): that period, never a day in it
    FR-1  MO+0  TU+1  SU+2       a weekday (MO ... SU) counted from today: +n the n-th after today,
                                 -n the n-th before today, +0 the first on or after today ("last
                                 Friday", "this Monday", "next Tuesday", "Sunday after next"); said
                                 "last", "this" or "next", also that day of the week before, of or
                                 after now's (`meanings`)
    W+1FR  W-1MO  W+0SU          a weekday of the week before, of or after now's, weeks from Monday
                                 (Chinese "下周五", Swedish "fredag denna vecka", "Friday next week")

The durations are ISO 8601's, with XML Schema's leading minus for the past. The arithmetic:

- Days and weeks are counted on the calendar (a week is 7 days). Hours, minutes and seconds are
  counted in elapsed time from an aware `now` (across a change of daylight saving of its zone) and
  on the wall clock of a naive one ("2 hours ago" from 01:30 is 23:30 the day before).
- Months and years keep the day of the month and, where the target month is shorter, take its last
  day: a month after 31 January 2026 is 28 February 2026, a year after 29 February 2024 is 28
  February 2025. The answer stays inside the month the count names, as with dateutil's
  relativedelta, java.time's plusMonths and SQL intervals; it never spills into the month after.
- A period is given in ISO 8601's reduced forms: a year (2025), a month (2026-11) or an ISO week
  (2026-W48, weeks from Monday, ISO week-numbering year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # datetime's weekday() order
DATE_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
CLOCK_UNITS = {"H": "hour", "M": "minute", "S": "second"}
PERIODS = {"W": "week", "M": "month", "Y": "year"}
FORM = re.compile(r"(?P<sign>-?)P(?:(?P<count>[0-9]{1,4})(?P<unit>[DWMY])|T(?P<clock_count>[0-9]{1,5})(?P<clock_unit>[HMS]))"
                  r"|(?P<period>[WMY])(?P<period_offset>[+-][0-9]{1,3})"
                  r"|(?P<weekday>MO|TU|WE|TH|FR|SA|SU)(?P<weekday_offset>[+-][0-9]{1,2})"
                  r"|W(?P<week_offset>[+-][0-9]{1,2})(?P<week_day>MO|TU|WE|TH|FR|SA|SU)")


@dataclass(frozen=True)
class Relative:
    """One canonical form, read: `kind` is "duration", "period", "weekday" (counted from today) or
    "week_day" (of a week counted from now's); `unit` one of day, week, month, year, hour, minute,
    second, or the weekday's two letters; `offset` signed."""

    form: str
    kind: str
    unit: str
    offset: int

    @property
    def on_the_clock(self) -> bool:
        """Whether the form counts hours, minutes or seconds: its answer has a time of day."""
        return self.unit in ("hour", "minute", "second")


@dataclass(frozen=True)
class Resolved:
    """A form resolved against now: `iso` a date, a datetime, or a period in ISO's reduced forms
    (2026-W48, 2026-11, 2025) when `complete` is False."""

    iso: str
    complete: bool


def parse(form: str) -> Relative | None:
    """The canonical form `form` read, None for any other string."""
    m = FORM.fullmatch(form)
    if m is None:
        return None
    sign = -1 if m["sign"] else 1
    if m["unit"]:
        return Relative(form, "duration", DATE_UNITS[m["unit"]], sign * int(m["count"]))
    if m["clock_unit"]:
        return Relative(form, "duration", CLOCK_UNITS[m["clock_unit"]], sign * int(m["clock_count"]))
    if m["period"]:
        return Relative(form, "period", PERIODS[m["period"]], int(m["period_offset"]))
    if m["weekday"]:
        return Relative(form, "weekday", m["weekday"], int(m["weekday_offset"]))
    return Relative(form, "week_day", m["week_day"], int(m["week_offset"]))


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by `months` calendar months, on the target month's last day where it is shorter."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError("date value out of range")
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_from(today: dt.date, weekday: int, offset: int) -> dt.date:
    """The weekday (0 Monday ... 6 Sunday) `offset` counted from `today`: the n-th after it for n > 0,
    the n-th before it for n < 0, the first on or after it for 0."""
    if offset > 0:
        return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1 + 7 * (offset - 1))
    if offset < 0:
        return today - dt.timedelta(days=(today.weekday() - weekday - 1) % 7 + 1 + 7 * (-offset - 1))
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


def meanings(form: str) -> tuple[str, ...]:
    """The forms a text that says `form` may mean. A weekday said "this" or "next" (FR+0, FR+1) is
    also that weekday of this or next week (W+0FR, W+1FR): people and parsers read it both ways
    ("next Wednesday" said on a Tuesday is the next day in duckling's English tests, and "quarta que
    vem", "mercoledì prossimo" the Wednesday after in its Portuguese and Italian ones; "this Tuesday"
    said on a Wednesday is the day before in olebedev/when's), and the two differ on the days between
    now's weekday and the week's end or start. Whatever the word ("coming", "que vem"): duckling
    reads "quarta que vem", the Wednesday that comes, as next week's. A weekday said "last" (FR-1) is
    the last one before today: of the other projects' tests where the two readings differ, 12 read it
    so (olebedev/when, go-naturaldate, in English and Chinese) and one (chrono's) as last week's. A
    weekday said two on ("the Friday after next", "übernächsten Freitag", "μεθεπόμενη Παρασκευή":
    FR+2; "the Friday before last": FR-2) reads two ways, one week further (duckling's Greek tests
    read it as the week after next's, W+2FR); a count of weekdays said so ("in 2 Fridays") writes the
    same form, and is reported two ways with it, a refusal where the text alone could settle it, rare
    beside "after next". Further counts ("in 3 Fridays") are counted from today, one way. Every other
    form means itself. The form comes first."""
    relative = parse(form)
    if relative is None or relative.kind != "weekday" or abs(relative.offset) > 2 or relative.offset == -1:
        return (form,)
    return form, f"W{relative.offset:+d}{relative.unit}"


def _clock(instant: dt.datetime, unit: str) -> str:
    """The instant to the precision its unit counts in: seconds for seconds, minutes otherwise."""
    return instant.isoformat(timespec="seconds" if unit == "second" else "minutes")


def resolve(relative: Relative, now: dt.datetime, time: bool = False) -> Resolved | None:
    """The date (`time`: the datetime, for counts of hours, minutes or seconds) or period `relative`
    stands for against `now`; None when it falls outside the years 1-9999."""
    today = now.date()
    try:
        if relative.kind == "weekday":
            return Resolved(weekday_from(today, WEEKDAYS.index(relative.unit), relative.offset).isoformat(), True)
        if relative.kind == "week_day":
            day = today + dt.timedelta(days=7 * relative.offset + WEEKDAYS.index(relative.unit) - today.weekday())
            return Resolved(day.isoformat(), True)
        if relative.kind == "period":
            if relative.unit == "week":
                year, week, _ = (today + dt.timedelta(weeks=relative.offset)).isocalendar()
                return Resolved(f"{year:04d}-W{week:02d}", False)
            if relative.unit == "month":
                return Resolved(add_months(today, relative.offset).isoformat()[:7], False)
            return Resolved(add_months(today, 12 * relative.offset).isoformat()[:4], False)
        if relative.on_the_clock:
            step = dt.timedelta(**{relative.unit + "s": relative.offset})
            # an aware instant is counted in elapsed time (across a change of daylight saving), then
            # given on its own zone's clock; a naive one on its wall clock
            instant = now + step if now.tzinfo is None else (now.astimezone(dt.timezone.utc) + step).astimezone(now.tzinfo)
            return Resolved(_clock(instant, relative.unit) if time else instant.date().isoformat(), True)
        if relative.unit in ("day", "week"):
            return Resolved((today + dt.timedelta(**{relative.unit + "s": relative.offset})).isoformat(), True)
        months = relative.offset * (12 if relative.unit == "year" else 1)
        return Resolved(add_months(today, months).isoformat(), True)
    except OverflowError:
        return None


class DayOnly(dt.datetime):
    """A reference given as a day alone ("2026-12-02", a `datetime.date`): its midnight for counts of
    days, weeks, months and years and for weekdays; a count of hours, minutes or seconds has no
    instant to count from (`witness.judge_relative` refuses it)."""


def reference(now: dt.datetime | dt.date | str | None = None, name: str = "now") -> dt.datetime:
    """The instant relative dates are resolved against: `now` as given (a date is its midnight, as a
    `DayOnly`; a text is ISO 8601: "2026-12-02", "2026-12-02T14:37", "2026-12-02T14:37:12+09:00"),
    or this machine's local time now for None. `name` is what the error calls it ("--now" on the
    command line)."""
    from datenorm.errors import DatenormError

    if now is None:
        return dt.datetime.now().replace(microsecond=0)
    if isinstance(now, str):
        try:
            day = dt.date.fromisoformat(now.strip())
        except ValueError:
            day = None
        if day is not None:
            return DayOnly(day.year, day.month, day.day)
        try:
            now = dt.datetime.fromisoformat(now.strip())
        except ValueError:
            raise DatenormError(f"{name} must be an ISO 8601 date or date and time (2026-12-02, "
                                f"2026-12-02T14:37), got {now!r}") from None
    if isinstance(now, dt.datetime):
        if now != now:  # pandas' NaT, a datetime that is no instant
            raise DatenormError(f"{name} must be an instant, got {now!r}")
        return now
    if isinstance(now, dt.date):
        return DayOnly(now.year, now.month, now.day)
    raise DatenormError(f"{name} must be a date, a datetime or an ISO 8601 text, got {type(now).__name__}")
