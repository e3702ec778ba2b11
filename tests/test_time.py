"""Times of day: the time part of an answer, the clock and zone a text must witness, UTC, and a
model that grows from writing dates to writing dates and times. What the bundled model reads is in
tests/cases.tsv (rows read `time` and `utc`)."""

import datetime as dt

import numpy as np
import pytest

from datenorm.config import DATETIME_TY, TY, ModelConfig
from datenorm.errors import DatenormError
from datenorm.evaluate import row_problem
from datenorm.text import normalize_text
from datenorm.timeofday import (ambiguous_zone, clock_end, in_utc, label_problem, parse_time, split_answer,
                                zone_witnessed)


@pytest.mark.parametrize("part, parsed", [
    ("T22:42", (22, 42, None, "", "")),
    ("T00:00", (0, 0, None, "", "")),
    ("T10:42:07", (10, 42, 7, "", "")),
    ("T10:42:07.123456Z", (10, 42, 7, "123456", "Z")),
    ("T10:42+05:30", (10, 42, None, "", "+05:30")),
    ("T10:42:07-07:00", (10, 42, 7, "", "-07:00")),
])
def test_a_time_part_gives_each_field_as_written(part, parsed):
    time = parse_time(part)
    assert (time.hour, time.minute, time.second, time.fraction, time.zone) == parsed
    assert str(time) == part


@pytest.mark.parametrize("part", ["T24:00", "T25:61", "T10:60", "T10:42:60", "T10:42+24:00", "T10:42+05:60",
                                  "T10:42:07.1234567", "T1042", "10:42", "T10:42 PM", "T10:42+0530", ""])
def test_what_is_no_time_of_day_is_no_time_part(part):
    assert parse_time(part) is None
    assert label_problem(part)


def test_labels_with_times_are_checked_as_dates_and_times():
    assert row_problem({"iso": "2007-07-10T22:42"}) is None
    assert row_problem({"iso": "0000-00-00T22:42"}) is None  # a time alone
    assert "no hour 25" in row_problem({"iso": "2007-07-10T25:61"})
    assert "no month 13" in row_problem({"iso": "2007-13-10T22:42"})
    assert row_problem({"iso": "2007-7-10"}) == "iso '2007-7-10' is not a YYYY-MM-DD date"
    assert split_answer("1979-05-03T10:42Z") == ("1979-05-03", "T10:42Z")


@pytest.mark.parametrize("text, part, taken", [
    ("Tue 10 Jul 2007 10:42 PM", "T22:42", [10, 7]),  # 12-hour: the hour as 1-12
    ("12:05 AM", "T00:05", []),
    ("12:30 PM", "T12:30", []),
    ("午前0時15分", "T00:15", []),  # Japanese 12-hour clocks count 0-11
    ("15 Uhr", "T15:00", []),  # a whole hour alone
    ("3 May, 3 pm", "T15:00", [3, 5]),  # 3 is written twice: once the day, once the hour
    ("klo 14.30", "T14:30", []),
    ("14h30", "T14:30", []),
    ("2019-05-03T10:42:07.123Z", "T10:42:07.123Z", [3, 5]),
    ("20161001T1430+0530", "T14:30+05:30", [1, 10]),  # ISO 8601 basic
    ("20180517105513-0700", "T10:55:13-07:00", [17, 5]),  # a compact stamp
    ("at noon", "T12:00", []),
    ("à minuit", "T00:00", []),
    ("下午3点", "T15:00", []),
])
def test_a_clock_written_in_digits_or_words_witnesses_its_time(text, part, taken):
    time = parse_time(part)
    end = clock_end(normalize_text(text), time, taken)
    assert end is not None
    assert zone_witnessed(normalize_text(text)[end:], text, time, dt.date(2019, 5, 3))


@pytest.mark.parametrize("text, part, taken", [
    ("3 May 1979", "T03:00", [3, 5]),  # the day's 3 is no hour
    ("10:42", "T10:24", []),
    ("10:42", "T10:42:07", []),  # seconds the text does not write
    ("10:42:07.123", "T10:42:07.124", []),
    ("noon", "T00:00", []),
    ("25:61", "T23:59", []),
])
def test_a_time_the_text_does_not_write_has_no_clock(text, part, taken):
    assert clock_end(normalize_text(text), parse_time(part), taken) is None


@pytest.mark.parametrize("tail, raw, part, date, witnessed", [
    (" utc", "10:42 UTC", "T10:42Z", None, True),
    (" gmt", "10:42 GMT", "T10:42Z", None, True),
    ("z", "10:42Z", "T10:42Z", None, True),
    (" +0000", "10:42 +0000", "T10:42Z", None, True),
    (" +0530", "10:42 +0530", "T10:42+05:30", None, True),
    (" utc+5:30", "10:42 UTC+5:30", "T10:42+05:30", None, True),
    (" gmt-05:00", "10:42 GMT-05:00", "T10:42-05:00", None, True),
    (" +0530", "10:42 +0530", "T10:42-05:30", None, False),  # the sign is written too
    (" cest", "10:42 CEST", "T10:42+02:00", None, True),
    (" cest", "10:42 CEST", "T10:42+01:00", None, False),
    (" (europe/paris)", "10:42 (Europe/Paris)", "T10:42+02:00", dt.date(2019, 7, 1), True),  # summer time
    (" (europe/paris)", "10:42 (Europe/Paris)", "T10:42+02:00", dt.date(2019, 1, 1), False),  # winter: +01:00
    (" (europe/paris)", "10:42 (Europe/Paris)", "T10:42+01:00", dt.date(2019, 1, 1), True),
    (" (mars/olympus)", "10:42 (Mars/Olympus)", "T10:42+01:00", dt.date(2019, 1, 1), False),  # no such zone
    ("", "10:42", "T10:42+02:00", None, False),  # a zone the text does not write
    ("", "10:42", "T10:42", None, True),  # no zone: nothing to witness
])
def test_a_zone_is_witnessed_by_its_offset_name_or_abbreviation(tail, raw, part, date, witnessed):
    assert zone_witnessed(tail, raw, parse_time(part), date) is witnessed


def test_an_abbreviation_of_several_zones_is_found_in_capitals_only():
    assert ambiguous_zone(" ist", "10:42 IST") == "IST"
    assert ambiguous_zone(" cst", "10:42 CST") == "CST"
    assert ambiguous_zone(" ist", "es ist") is None  # German "ist" is no zone
    assert ambiguous_zone(" cest", "10:42 CEST") is None  # one meaning


@pytest.mark.parametrize("date, part, utc", [
    ("1979-05-03", "T10:42:07+02:00", "1979-05-03T08:42:07Z"),
    ("2019-12-31", "T22:42-05:00", "2020-01-01T03:42Z"),  # across a year
    ("2019-03-01", "T01:30+05:30", "2019-02-28T20:00Z"),  # back across a month's end
    ("2019-05-03", "T10:42:07.123Z", "2019-05-03T10:42:07.123Z"),
])
def test_utc_moves_the_date_and_time_and_keeps_what_was_written(date, part, utc):
    assert in_utc(date, parse_time(part)) == utc


def test_a_config_writes_times_only_with_their_characters_and_steps():
    assert not ModelConfig(tx=10, vocab=list("ab")).writes_time
    timed = ModelConfig(tx=10, vocab=list("ab"), ty=DATETIME_TY, output_chars="0123456789-T:.+Z ")
    assert timed.writes_time
    assert timed.target_ids(["1979-05-03"]).shape == (1, DATETIME_TY)  # filled out with the filler
    with pytest.raises(DatenormError, match="ty must be 10"):
        ModelConfig(tx=10, vocab=list("ab"), ty=16)
    with pytest.raises(DatenormError, match="must have every one of"):
        ModelConfig(tx=10, vocab=list("ab"), ty=DATETIME_TY)


@pytest.mark.slow
def test_a_date_model_grows_into_one_that_writes_times_answering_dates_as_before():
    pytest.importorskip("keras")
    from datenorm.model import build_model
    from datenorm.train import with_time

    config = ModelConfig(tx=12, n_a=4, n_s=8, attention_units=3, embedding_dim=4, vocab=list("abc 123:"))
    model = build_model(config)
    grown, grown_config = with_time(model, config)
    assert (grown_config.ty, grown_config.output_chars) == (DATETIME_TY, "0123456789-T:.+Z ")
    ids = config.encode(["3 a 12", "c 1 10:42"], "DMY")
    before = model.predict(ids, verbose=0)[0]
    after = grown.predict(ids, verbose=0)[0]
    assert after.shape == (2, DATETIME_TY, 17)
    np.testing.assert_array_equal(after[:, :TY, :11].argmax(-1), before.argmax(-1))  # the date as before
    # the 10-step network of the grown weights is the date network: the same numbers
    dates = build_model(grown_config, steps=TY)
    dates.set_weights(grown.get_weights())
    np.testing.assert_allclose(dates.predict(ids, verbose=0)[0], after[:, :TY], atol=1e-6)
