"""What a text shows, computed once and read by every check: the text as the model reads it, the
same without its times of day and zones, its digit runs and the years it writes in full.

Like dateutil's `_ymd`, one small object records what the text's parts are; the checks in
`datenorm.prechecks`, `datenorm.witness` and `datenorm.rereads` read it and never compute it again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from datenorm.clock import clock_mask, without_clock, without_log_fields
from datenorm.config import ModelConfig
from datenorm.months import TextMonths, marked_months, without_numbered_weekdays
from datenorm.text import (buddhist_era_years, digit_runs, fit_text, normalize_text, numeric_readings,
                           written_years)
from datenorm.timeofday import (without_hours_led, without_offset_in_brackets, without_worded_clocks, without_zone_offsets,
                                writes_a_clock)


_ISO_DATE = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")
# A numeric date with a year of four digits, its three numbers joined by one separator, standing
# apart ("3/5/2019", "2019.05.03", "03-05-2019"; not "v1.3.5/2019")
_FULL_YEAR_DATE = re.compile(r"(?<![\w./-])(?:[0-9]{1,2}([./-])[0-9]{1,2}\1[0-9]{4}"
                             r"|[0-9]{4}([./-])[0-9]{1,2}\2[0-9]{1,2})(?![\w/-]|\.[0-9])")

# A numeric date of three parts, the year in two digits or four ("7/3/14", "07.03.2014", "2014-03-07")
_NUMERIC_DATE = re.compile(r"(?<![\w./-])(?:[0-9]{1,2}([./-])[0-9]{1,2}\1(?:[0-9]{4}|[0-9]{2})"
                           r"|[0-9]{4}([./-])[0-9]{1,2}\2[0-9]{1,2})(?![\w/-]|\.[0-9])")


@dataclass(slots=True)
class Evidence:
    """The evidence of one text.

    `raw` is the text as given; `written` it normalised (`normalize_text`) and nothing more, as
    the witness reads what the model could not (a zone's name in characters it does not know);
    `full` normalised (`normalize_text`, a log line's process ids left
    out, marks the model does not know written as ones it does); `text` what the model reads:
    `full`, without its time of day when it is too long or when only its time of day has
    characters the model does not know ("10:42 ص"); `plain` the text without times of day,
    fractions and zones (`datenorm.clock.without_clock`; read with the time, without clocks of
    hour words too: "15 giờ 09 phút"): what the checks read, so an offset ("-0700") or a fraction
    (".9876") is never a year, nor an hour a day; `runs` the digit runs of `plain` (`short`
    of them one or two digits long, as days and months are); `years` the years `plain` writes in full; `unknown` whether `text`
    still has characters the model does not know; `months` the month names `plain` gives, looked
    up once per language.
    """

    raw: str
    full: str
    text: str
    plain: str
    runs: list[str]
    short: int
    years: set[int]
    unknown: bool
    written: str = ""
    _readings: set | None = field(default=None, repr=False)
    _months: TextMonths | None = field(default=None, repr=False)
    _clock: list[bool] | None = field(default=None, repr=False)
    _clocks_written: dict | None = field(default=None, repr=False)

    @classmethod
    def of(cls, raw: str, config: ModelConfig, lang: str | None = None, time: bool = False) -> "Evidence":
        written = normalize_text(raw)
        full = config.known_text(without_log_fields(written))
        if lang == "th":  # the year of a Thai date is the Buddhist era's, Thai letters or not
            full = buddhist_era_years(full)
        text = fit_text(full, config.tx, config.fraction_digits)
        # the date's checks read no clock: neither those of hour words ("15 giờ 09 phút, ngày 14
        # tháng 3", "um 15 uhr am 12. mai") nor hours after words that lead only clocks ("alle ore 15
        # del 12 dicembre"), nor an offset in brackets that ends the text; read with the time, nor
        # zone offsets away from their clock ("11:02:32 μ.μ. gmt+00:00")
        plain = without_clocks(text, time)
        if time:
            plain = without_zone_offsets(plain)
        plain = without_numbered_weekdays(plain, lang)  # Vietnamese "th 6" is Friday, no 6th
        unknown = "\ufffd" in text or bool(config.unknown_chars(text))
        if unknown and "\ufffd" not in text and not config.unknown_chars(plain):
            text, unknown = plain, False  # only its time of day has them: read without it
        return cls(raw, full, text, plain, runs := digit_runs(plain), _short(runs), written_years(plain, time), unknown,
                   written)

    @property
    def clock_cut(self) -> bool:
        """Whether the model read the text without the clock it writes (too long, or only its
        clock has characters the model does not know: `text` is then without it)."""
        return self.text != self.full and without_clock(self.text) == self.text and without_clock(self.full) != self.full

    @property
    def readings(self) -> set:
        """Every date the text's numbers make under DMY, MDY and YMD (`numeric_readings`)."""
        if self._readings is None:
            self._readings = numeric_readings(self.plain, self.runs)
        return self._readings

    @property
    def iso_dates(self) -> set[tuple[str, str, str]]:
        """The ISO 8601 dates the text writes, as (year, month, day) ("2019-05-03 10:30 backup of
        2019-05-02 done": two)."""
        return set(_ISO_DATE.findall(self.plain)) if "-" in self.plain else set()

    @property
    def stamp(self) -> str | None:
        """The one ISO 8601 date the text writes ("flight 12 on 2019-03-04": 2019-03-04), else None."""
        found = _ISO_DATE.findall(self.plain) if "-" in self.plain else ()
        if len(found) != 1:
            return None
        try:
            return dt.date(*map(int, found[0])).isoformat()
        except ValueError:
            return None

    @property
    def written_numeric_date(self) -> re.Match | None:
        """The one numeric date with a four-digit year the text writes beside other numbers ("n. 12
        del 3/5/2019": "3/5/2019"), else None."""
        found = list(_FULL_YEAR_DATE.finditer(self.plain)) if len(self.runs) > 3 else ()
        return found[0] if len(found) == 1 else None

    @property
    def clock(self) -> list[bool]:
        """Which characters of `text` are a time of day (`datenorm.clock.clock_mask`): where the
        checks of a time look for its digits, and what `plain` leaves out."""
        if self._clock is None:
            self._clock = clock_mask(self.text)
        return self._clock

    def writes_a_clock(self, date: dt.date, lang: str | None) -> bool:
        """Whether the text writes a time of day (`datenorm.timeofday.writes_a_clock`), in full: one
        too long to read with its clock was read without it, and still writes it. Asked once per
        date and language: each second reading for times asks it of the rows it may concern."""
        if self._clocks_written is None:
            self._clocks_written = {}
        if (date, lang) not in self._clocks_written:
            full = self.full == self.text
            self._clocks_written[date, lang] = writes_a_clock(self.full, self.clock if full else clock_mask(self.full),
                                                              date, lang)
        return self._clocks_written[date, lang]

    @property
    def months(self) -> TextMonths:
        if self._months is None:
            self._months = TextMonths(self.plain)
        return self._months

    @property
    def order_matters(self) -> bool:
        """Whether the text's numbers make different dates in different orders, unless a word marks
        one month, one reading's ("tháng 9 5 2076", "9月5 2076": 5 September; not a range of two
        marked months, "9月5日-10月3日 2019"), or it names its month in
        English, no reading has that month and no numeric date of three parts is written ("flight 4
        to rome, 8 june 2020"; not "On 07/03/14 10:37 PM, August Jones wrote", whose month is a
        name's)."""
        readings = self.readings
        if len(readings) < 2:
            return False
        if len(marked := marked_months(self.plain)) == 1 and sum(date.month in marked for date in readings) == 1:
            return False
        named = (self.months.named("en") if self.months.has_letters and not _NUMERIC_DATE.search(self.plain)
                 else ())
        return not named or any(date.month in named for date in readings)


def without_clocks(text: str, time: bool = False) -> str:
    """A normalised text without its clocks as the date's checks leave them out: times of day, those
    of hour words ("15 giờ 09 phút"; read with the time, without words for the minutes too), hours
    after words that lead only clocks ("alle ore 15") and an offset in brackets that ends it."""
    return without_hours_led(without_worded_clocks(without_offset_in_brackets(without_clock(text)), not time))


def _short(runs: list[str]) -> int:
    return sum(1 for run in runs if len(run) <= 2)
