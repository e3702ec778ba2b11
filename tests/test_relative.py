"""The canonical form of relative dates and its arithmetic against a reference instant."""

from __future__ import annotations

import datetime as dt

import pytest

from datenorm.relative import Relative, Resolved, add_months, parse, resolve, weekday_from
from datenorm.relativewords import relative_phrases
from datenorm.runtime import Translator
from datenorm.text import normalize_text

from conftest import RELATIVE_READ as READ

NOW = dt.datetime(2026, 12, 2, 14, 37, 12)  # a Wednesday


@pytest.mark.parametrize("form, kind, unit, offset", [
    ("P0D", "duration", "day", 0),
    ("-P1D", "duration", "day", -1),
    ("P3D", "duration", "day", 3),
    ("-P2W", "duration", "week", -2),
    ("P1M", "duration", "month", 1),
    ("-P10Y", "duration", "year", -10),
    ("-PT2H", "duration", "hour", -2),
    ("PT30M", "duration", "minute", 30),
    ("-PT45S", "duration", "second", -45),
    ("PT0S", "duration", "second", 0),
    ("W-1", "period", "week", -1),
    ("M+0", "period", "month", 0),
    ("Y+1", "period", "year", 1),
    ("FR-1", "weekday", "FR", -1),
    ("MO+0", "weekday", "MO", 0),
    ("SU+2", "weekday", "SU", 2),
])
def test_forms_are_read(form, kind, unit, offset):
    assert parse(form) == Relative(form, kind, unit, offset)


@pytest.mark.parametrize("text", [
    "", "P", "P3", "3D", "+P3D", "P3H", "PT3D", "P1D2M", "W1", "W+", "FR", "FR1", "XX+1", "M+1000",
    "P12345D", "2026-12-02", "p3d", " P3D", "P3D ",
])
def test_other_strings_are_no_form(text):
    assert parse(text) is None


@pytest.mark.parametrize("form, iso", [
    ("P0D", "2026-12-02"),          # today
    ("-P1D", "2026-12-01"),         # yesterday
    ("P1D", "2026-12-03"),          # tomorrow
    ("-P2D", "2026-11-30"),         # the day before yesterday, across a month
    ("P30D", "2027-01-01"),         # across a year
    ("-P3W", "2026-11-11"),
    ("P2W", "2026-12-16"),
    ("-P1M", "2026-11-02"),
    ("P1M", "2027-01-02"),
    ("-P2Y", "2024-12-02"),
    ("P5Y", "2031-12-02"),
])
def test_counts_of_days_weeks_months_and_years_are_days(form, iso):
    assert resolve(parse(form), NOW) == Resolved(iso, True)


@pytest.mark.parametrize("form, with_time, without", [
    ("-PT2H", "2026-12-02T12:37", "2026-12-02"),
    ("PT30M", "2026-12-02T15:07", "2026-12-02"),
    ("-PT45S", "2026-12-02T14:36:27", "2026-12-02"),
    ("PT0S", "2026-12-02T14:37:12", "2026-12-02"),
    ("PT10H", "2026-12-03T00:37", "2026-12-03"),   # across midnight: the day is the instant's
    ("-PT15H", "2026-12-01T23:37", "2026-12-01"),
])
def test_counts_on_the_clock_are_instants_or_their_day(form, with_time, without):
    assert resolve(parse(form), NOW, time=True) == Resolved(with_time, True)
    assert resolve(parse(form), NOW) == Resolved(without, True)


def test_an_aware_reference_keeps_its_offset():
    now = NOW.replace(tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert resolve(parse("-PT2H"), now, time=True).iso == "2026-12-02T12:37+09:00"


@pytest.mark.parametrize("form, iso", [
    ("W+0", "2026-W49"),
    ("W-1", "2026-W48"),
    ("W+1", "2026-W50"),
    ("M+0", "2026-12"),
    ("M-1", "2026-11"),
    ("M+1", "2027-01"),            # a year boundary
    ("Y-1", "2025"),
    ("Y+0", "2026"),
    ("Y+1", "2027"),
])
def test_periods_are_incomplete_dates_of_their_precision(form, iso):
    assert resolve(parse(form), NOW) == Resolved(iso, False)


def test_weeks_are_iso_weeks_across_a_year_boundary():
    # Monday 29 December 2025 is in week 1 of 2026; the week before it is 2025's last
    now = dt.datetime(2026, 1, 1)
    assert resolve(parse("W+0"), now).iso == "2026-W01"
    assert resolve(parse("W-1"), now).iso == "2025-W52"


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),    # a shorter month: its last day
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),    # a leap February
    (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
    (dt.date(2026, 5, 31), -1, dt.date(2026, 4, 30)),
    (dt.date(2026, 1, 30), 13, dt.date(2027, 2, 28)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),   # a year after a leap day
    (dt.date(2024, 2, 29), 48, dt.date(2028, 2, 29)),
    (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),  # back across a year
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    (dt.date(2026, 8, 31), -18, dt.date(2025, 2, 28)),
])
def test_months_keep_the_day_or_take_the_last(day, months, expected):
    assert add_months(day, months) == expected


def test_a_month_after_the_31st_is_the_next_months_last_day():
    assert resolve(parse("P1M"), dt.datetime(2026, 1, 31, 9, 0)).iso == "2026-02-28"
    assert resolve(parse("-P1Y"), dt.datetime(2024, 2, 29)).iso == "2023-02-28"


# from Wednesday 2 December 2026: the weekday rule of every weekday and offset
@pytest.mark.parametrize("weekday, last, this, next_, after_next", [
    ("MO", "2026-11-30", "2026-12-07", "2026-12-07", "2026-12-14"),
    ("TU", "2026-12-01", "2026-12-08", "2026-12-08", "2026-12-15"),
    ("WE", "2026-11-25", "2026-12-02", "2026-12-09", "2026-12-16"),   # today's weekday
    ("TH", "2026-11-26", "2026-12-03", "2026-12-03", "2026-12-10"),
    ("FR", "2026-11-27", "2026-12-04", "2026-12-04", "2026-12-11"),
    ("SA", "2026-11-28", "2026-12-05", "2026-12-05", "2026-12-12"),
    ("SU", "2026-11-29", "2026-12-06", "2026-12-06", "2026-12-13"),
])
def test_weekdays_count_from_today(weekday, last, this, next_, after_next):
    got = [resolve(parse(f"{weekday}{offset}"), NOW).iso for offset in ("-1", "+0", "+1", "+2")]
    assert got == [last, this, next_, after_next]


def test_weekdays_two_back():
    assert weekday_from(dt.date(2026, 12, 2), 4, -2) == dt.date(2026, 11, 20)
    assert weekday_from(dt.date(2026, 12, 2), 2, -2) == dt.date(2026, 11, 18)


@pytest.mark.parametrize("form, now", [
    ("-P3D", dt.datetime(1, 1, 2)),
    ("P1Y", dt.datetime(9999, 6, 1)),
    ("M+1", dt.datetime(9999, 12, 1)),
    ("-PT48H", dt.datetime(1, 1, 1, 12)),
    ("FR+1", dt.datetime(9999, 12, 31)),
])
def test_answers_outside_the_calendar_are_none(form, now):
    assert resolve(parse(form), now) is None


@pytest.mark.parametrize("iso, problem", [
    ("-P3D", None), ("FR+1", None), ("M-1", None), ("PT0S", None),
    ("P3", "not a YYYY-MM-DD date"), ("FR+", "not a YYYY-MM-DD date"), ("+P3D", "not a YYYY-MM-DD date"),
])
def test_a_relative_form_is_a_label_that_can_be_scored(iso, problem):
    from datenorm.evaluate import row_problem

    found = row_problem({"iso": iso})
    assert found is None if problem is None else problem in found


def test_a_model_writes_relative_forms_once_its_output_has_their_characters():
    from datenorm.config import FILLER, OUTPUT_CHARS, RELATIVE_CHARS, TIME_CHARS, ModelConfig

    assert not ModelConfig(output_chars=OUTPUT_CHARS).writes_relative
    assert not ModelConfig(ty=35, output_chars=OUTPUT_CHARS + TIME_CHARS + FILLER).writes_relative
    grown = OUTPUT_CHARS + TIME_CHARS + FILLER + "".join(c for c in RELATIVE_CHARS if c not in TIME_CHARS)
    assert ModelConfig(ty=35, output_chars=grown).writes_relative
    for form in ("-P3D", "-PT45S", "W+0", "SU+2", "TH-1", "SA+0", "WE+1", "MO-1", "TU+0", "FR+3"):
        assert set(form) <= set(grown), form


# --- read through the runtime, with a network that answers each text as a trained one would --------

def _read(translator, text, lang=None, time=False, now="2026-12-02T14:37:12"):
    return translator.translate([text], lang=lang, time=time, now=now)[0]


@pytest.mark.parametrize("text, lang, iso", [
    ("3 days ago", None, "2026-11-29"),
    ("posted 3 days ago", "en", "2026-11-29"),
    ("il y a trois jours", "fr", "2026-11-29"),
    ("yesterday", None, "2026-12-01"),
    ("The day after tomorrow", "en", "2026-12-04"),
    ("next Monday", "en", "2026-12-07"),
    ("vendredi dernier", "fr", "2026-11-27"),
    ("Friday next week", "en", "2026-12-11"),
    ("today", None, "2026-12-02"),
    ("2 hours ago", "en", "2026-12-02"),
])
def test_a_relative_date_the_text_says_is_resolved_against_now(relative_reader, text, lang, iso):
    result = _read(relative_reader, text, lang)
    assert (result.valid, result.iso, result.relative, result.reference) == (
        True, iso, READ[text.lower()], "2026-12-02T14:37:12")
    assert result.as_dict()["relative"] == READ[text.lower()]


def test_with_the_time_a_count_of_hours_is_a_time_of_day(relative_reader):
    assert _read(relative_reader, "2 hours ago", "en", time=True).iso == "2026-12-02T12:37"


@pytest.mark.parametrize("text, partial", [("last month", "2026-11"), ("next year", "2027"), ("last week", "2026-W48")])
def test_a_period_is_an_incomplete_date_of_its_precision(relative_reader, text, partial):
    result = _read(relative_reader, text, "en")
    assert (result.valid, result.code, result.partial, result.relative) == (False, "incomplete", partial, READ[text])


@pytest.mark.parametrize("text, lang", [("3 weeks ago", "en"), ("in 2 weeks", "en")])
def test_a_form_the_text_does_not_say_is_refused(relative_reader, text, lang):
    """The count (3 is not 2) and the direction (in is not ago) must be the text's; the refusal
    says what the network read."""
    result = _read(relative_reader, text, lang)
    assert (result.valid, result.code, result.relative) == (False, "relative", "-P2W")


def test_a_word_of_two_dates_is_ambiguous_with_both(relative_reader):
    result = _read(relative_reader, "कल", "hi")
    assert (result.code, result.readings) == ("ambiguous", {"-P1D": "2026-12-01", "P1D": "2026-12-03"})


@pytest.mark.parametrize("text, now, readings", [
    # on Wednesday 2 December: the first after today, or next week's
    ("next Friday", "2026-12-02", {"FR+1": "2026-12-04", "W+1FR": "2026-12-11"}),
    # on Wednesday: the coming one, or this week's (the day before)
    ("this Tuesday", "2026-12-02", {"TU+0": "2026-12-08", "W+0TU": "2026-12-01"}),
    # on Wednesday: the second Friday after today, or the week after next's
    ("the Friday after next", "2026-12-02", {"FR+2": "2026-12-11", "W+2FR": "2026-12-18"}),
    # on Wednesday: the second Tuesday before today, or the week before last's
    ("the Tuesday before last", "2026-12-02", {"TU-2": "2026-11-24", "W-2TU": "2026-11-17"}),
])
def test_a_weekday_said_next_this_or_two_on_is_ambiguous_where_its_two_readings_differ(relative_reader, text, now,
                                                                                     readings):
    result = _read(relative_reader, text, "en", now=now)
    assert (result.code, result.readings, result.relative) == ("ambiguous", readings, READ[text.lower()])


@pytest.mark.parametrize("text, now, iso", [
    ("next Friday", "2026-12-04", "2026-12-11"),  # on a Friday: a week today, next week's
    ("next Friday", "2026-12-06", "2026-12-11"),  # on a Sunday: the first after today is next week's
    ("this Tuesday", "2026-12-01", "2026-12-01"),  # on that Tuesday: today
    ("last Monday", "2026-12-07", "2026-11-30"),  # on a Monday: a week ago, last week's
    ("last Monday", "2026-12-02", "2026-11-30"),  # on a Wednesday: the last before today (not the 23rd)
    ("last Friday", "2026-12-07", "2026-12-04"),  # on a Monday: the last before today (not the 27th)
    ("the Tuesday before last", "2026-12-01", "2026-11-17"),  # on that Tuesday: two weeks ago either way
    ("in 3 Fridays", "2026-12-02", "2026-12-18"),  # three on is a count from today, one reading
])
def test_a_weekday_said_last_or_where_both_readings_agree_is_that_day(relative_reader, text, now, iso):
    result = _read(relative_reader, text, "en", now=now)
    assert (result.valid, result.iso) == (True, iso)


def test_a_word_of_two_dates_that_fall_on_one_day_is_that_day(relative_reader):
    # Danish "på fredag" is this Friday and next Friday (its two readings, not four): from a Wednesday, both the 4th
    assert _read(relative_reader, "på fredag", "da").iso == "2026-12-04"
    assert _read(relative_reader, "på fredag", "da", now="2026-12-04").code == "ambiguous"  # a Friday: today or in a week


def test_the_readings_of_a_weekday_said_next_name_the_form_first(relative_reader):
    # on Tuesday 1 December "next Wednesday" is tomorrow or next week's, told in that order
    result = _read(relative_reader, "next Wednesday", "en", now="2026-12-01")
    assert list(result.readings.items()) == [("WE+1", "2026-12-02"), ("W+1WE", "2026-12-09")]
    assert "WE+1 or W+1WE" in result.reason


@pytest.mark.parametrize("text, now", [("next Friday", "9999-12-29"), ("last Friday", "0001-01-04"),
                                       ("this Thursday", "9999-12-31")])
def test_a_weekday_one_of_whose_readings_is_past_the_calendar_is_out_of_range(relative_reader, text, now):
    assert _read(relative_reader, text, "en", now=now).code == "out_of_range"


def test_a_date_past_the_calendar_is_out_of_range(relative_reader):
    assert _read(relative_reader, "4000 years ago", "en", now="2026-12-02").code == "out_of_range"


def test_dates_are_read_as_before(relative_reader):
    result = _read(relative_reader, "3 May 1979")
    assert (result.iso, result.relative) == ("1979-05-03", None) and "relative" not in result.as_dict()


def test_one_reference_for_a_whole_column(relative_reader):
    results = relative_reader.translate(["yesterday", "today"], now=None)
    assert results[0].reference == results[1].reference
    assert dt.date.fromisoformat(results[1].iso) - dt.date.fromisoformat(results[0].iso) == dt.timedelta(days=1)


@pytest.mark.parametrize("now", ["2026-13-01", "yesterday", 3])
def test_a_reference_that_is_no_instant_is_refused(relative_reader, now):
    from datenorm.errors import DatenormError

    with pytest.raises(DatenormError, match="now must be"):
        relative_reader.translate(["yesterday"], now=now)


def test_a_model_that_does_not_write_relative_dates_refuses_them(tmp_path):
    import shutil

    import datenorm
    from datenorm.runtime import resolve_model_dir

    own = shutil.copytree(resolve_model_dir("datetime"), tmp_path / "datetime")  # no bundled model to hand it to
    result = datenorm.normalize("3 days ago", model=own)
    assert (result[0].code, result[0].relative) == ("relative", None)


def test_evaluate_scores_a_relative_label_by_its_form(relative_reader):
    from datenorm.evaluate import score

    rows = [{"text": "3 days ago", "iso": "-P3D", "lang": "en"}, {"text": "last month", "iso": "M-1", "lang": "en"},
            {"text": "3 weeks ago", "iso": "-P3W", "lang": "en"}, {"text": "3 May 1979", "iso": "1979-05-03", "lang": "en"}]
    report = score(relative_reader, rows, group_columns=("lang",), lang_hint=True)
    assert report["exact"] == 0.75  # the network's -P2W for "3 weeks ago" is refused
    assert [e["input"] for e in report["errors"]] == ["3 weeks ago"]


def test_evaluate_counts_both_readings_of_a_weekday_said_next_as_its_form(relative_reader):
    from datenorm.evaluate import score

    # on a Wednesday "next Friday" is FR+1 or W+1FR, and the row asks for FR+1, whatever today is;
    # the network's TU+0 for "this Tuesday" is no W+0TU
    # a word of two dates is no answer ("कल": yesterday and tomorrow)
    rows = [{"text": "next Friday", "iso": "FR+1"}, {"text": "this Tuesday", "iso": "W+0TU"},
            {"text": "कल", "iso": "-P1D", "lang": "hi"}]
    report = score(relative_reader, rows, group_columns=(), now="2026-12-02T14:37", lang_hint=True)
    assert [e["input"] for e in report["errors"]] == ["this Tuesday", "कल"]


def test_now_on_the_command_line():
    from typer.testing import CliRunner

    from datenorm.cli import app

    bad = CliRunner().invoke(app, ["translate", "--now", "2026-13-01", "yesterday"])
    assert bad.exit_code == 2 and "--now must be an ISO 8601 date" in bad.output
    good = CliRunner().invoke(app, ["translate", "--now", "2026-12-02T14:37", "3 May 1979"])
    assert good.exit_code == 0 and good.stdout.strip() == "1979-05-03"


@pytest.mark.parametrize("text", ["yesterday 3 May 1979", "2 weeks and 3 days ago", "from yesterday to tomorrow"])
def test_a_text_that_says_more_than_its_relative_date_is_refused(relative_reader, text):
    result = _read(relative_reader, text, "en")
    assert (result.valid, result.code) == (False, "relative")


def test_a_relative_date_with_a_clock_is_refused(relative_reader):
    assert _read(relative_reader, "3 days ago at 14:00", "en", time=True).code == "relative"


def test_a_count_inside_a_longer_number_is_no_witness(relative_reader):
    result = _read(relative_reader, "twenty-two days ago", "en")
    assert not result.valid and result.relative is None  # says no phrase: a misreading, read again


def test_a_weekday_of_a_week_is_that_weeks(relative_reader):
    # Chinese "下周五" is Friday of next week: from Monday 30 November, 11 December, not the 4th
    assert _read(relative_reader, "下周五", "zh", now="2026-11-30").iso == "2026-12-11"


def test_in_utc_a_count_of_hours_from_an_aware_now_is_given_in_utc(relative_reader):
    result = relative_reader.translate(["2 hours ago"], lang="en", time=True, utc=True, now="2026-12-02T14:37:00+09:00")[0]
    assert result.iso == "2026-12-02T03:37Z"


def test_hours_from_an_aware_now_are_elapsed_across_a_change_of_clocks():
    from zoneinfo import ZoneInfo

    now = dt.datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))  # clocks went 02:00 -> 03:00
    assert resolve(parse("-PT2H"), now, time=True).iso == "2026-03-29T00:30+01:00"
    assert resolve(parse("W+1FR"), dt.datetime(2026, 11, 30)).iso == "2026-12-11"
    assert resolve(parse("W-1MO"), dt.datetime(2026, 12, 6)).iso == "2026-11-23"  # a Sunday: its week's Monday is the 30th
    assert parse("W+0SU") == Relative("W+0SU", "week_day", "SU", 0)


@pytest.mark.parametrize("text, lang, form, said", [
    # a phrase is the longest that starts where it does: no shorter one inside it is a witness
    ("the day after tomorrow", "en", "P1D", False), ("the day after tomorrow", "en", "P2D", True),
    ("the day before yesterday", None, "-P1D", False), ("3 days from now", None, "PT0S", False),
    ("avant-hier", None, "-P1D", False), ("pasado mañana", "es", "P1D", False), ("l’altro ieri", "it", "-P1D", False),
    ("一昨日", "ja", "-P1D", False), ("再来週", "ja", "W+1", False), ("大后天", "zh", "P2D", False),
    ("forrige fredag", "nb", "FR+0", False), ("forrige fredag", "nb", "FR-1", True),
    ("3 sannadood kahor", "so", "P3Y", False), ("3 sannadood kahor", "so", "-P3Y", True),
    # a count is a whole number
    ("twenty-two days ago", "en", "-P2D", False), ("2.5 days ago", None, "-P5D", False), ("12-3 j", "fr", "-P3D", False),
    ("mười hai ngày trước", "vi", "-P2D", False), ("mười hai ngày trước", "vi", "-P12D", True),
    # a weekday of a week
    ("下周五", "zh", "FR+1", False), ("下周五", "zh", "W+1FR", True), ("fredag denna vecka", "sv", "W+0FR", True),
    ("Freitag in 1 Woche", "de", "W+1FR", True), ("Friday next week", "en", "W+1FR", True),
    # CLDR's pattern filed under both directions witnesses neither
    ("خلال 3 أشهر", "ar", "-P3M", False),
    # without a language: no short Latin name of another language; a word of two languages is read
    # in the more widely used one
    ("no", None, "PT0S", False), ("ma", None, "P0D", False), ("last Sat.", None, "SA-1", True),
    ("yesterday", None, "-P1D", True), ("어제는", "ko", "-P1D", True),
    ("7 dager siden", "nb", "-P7D", True), ("om 1 dag", "nb", "P1D", True), ("om 7 dagar", "nn", "P7D", True),
    ("in 7 dagen", "nl", "P7D", True),
    # a count word is a whole word; a marked letter is no other mark's; a prefix is a word's
    ("veertien dagen geleden", "nl", "-P10D", False), ("diciassette giorni fa", "it", "-P7D", False),
    ("a few day ago", "en", "-P1Y", False), ("bảy giờ", "vi", "PT0S", False), ("bây giờ", "vi", "PT0S", True),
    ("tháng sáu", "vi", "M+1", False), ("l'altro ieri", "it", "-P2D", True), ("l'altro ieri", "it", "-P1D", False),
    ("aujourd'hui", "fr", "P0D", True), ("재작년", "ko", "Y-1", False), ("재작년", "ko", "Y-2", True),
    ("しあさって", "ja", "P2D", False), ("しあさって", "ja", "P3D", True),
    # a weekday's plain name is no "this Friday"; a week's word inside a weekday's name is no week
    ("sist søndag", "nb", "SU+0", False), ("Friday", None, "FR+0", False),
    ("előző hétfő", "hu", "W-1MO", False), ("hari minggu lalu", "id", "W-1SU", False),
    # a phrase two languages read otherwise stands for both; Hinglish's kal is two dates
    ("через 3 год", None, "P3Y", True), ("через 3 год", None, "PT3H", True), ("kal", "hi", "-P1D", True),
    # a word of approximation is read before a count only: "about" is no count
    ("about hours ago", "en", "-PT1H", False), ("vor etwa Stunden", "de", "-PT1H", False),
    # a weekday's abbreviation that is a word is no weekday beside a frame's words ("este mar": this
    # sea); "following" is said of another day than today
    ("este mar", "es", "TU+0", False), ("ta nie", "pl", "SU+0", False), ("la semana siguiente", "es", "W+1", False),
    # a phrase inside a sentence of an unspaced-mark script starts at its count
    ("मैं 3 दिन पहले आया", "hi", "-P3D", True), ("एक महीने पहले", "hi", "-P1M", True),
    # Chinese and Japanese numerals count, a whole numeral only; a word of approximation before one
    ("三年前", "ja", "-P3Y", True), ("十三年前", "ja", "-P3Y", False), ("约23小时前", "zh", "-PT23H", True),
    ("1小时之前", "zh", "-PT1H", True),
    # English weekdays said "past" or "coming" (read two ways as "last" and "next" are) and "after
    # next" without "the"; "later", "earlier", "after" and "previous" are said of another time than now
    ("past Friday", "en", "FR-1", True), ("this coming Saturday", "en", "SA+1", True), ("after 4 days", "en", "P4D", False),
    ("friday after next", "en", "FR+2", True), ("2 days later", "en", "P2D", False),
    ("previous Tuesday", "en", "TU-1", False),
    # forms in wide use that CLDR lacks: Ukrainian вчора (CLDR: учора), Indonesian "lalu" for "yang
    # lalu", Chinese 这周 (this week)
    ("вчора", "uk", "-P1D", True), ("4 tahun lalu", "id", "-P4Y", True), ("这周", "zh", "W+0", True),
    ("astăzi", "ro", "P0D", True), ("múlt év", "hu", "Y-1", True), ("altroieri", "it", "-P2D", True),
    # typed without accents, with the keyboard's apostrophe
    ("nastepny tydzien", "pl", "W+1", True), ("astazi", "ro", "P0D", True), ("aujourd'hui", None, "P0D", True),
    # half an hour is a name of 30 minutes
    ("half an hour ago", "en", "-PT30M", True), ("in einer halben Stunde", "de", "PT30M", True),
    ("mezz'ora fa", "it", "-PT30M", True), ("半小时前", "zh", "-PT30M", True), ("half an hour ago", "en", "-PT1H", False),
])
def test_what_a_phrase_witnesses(text, lang, form, said):
    from datenorm.relativewords import witnessed
    from datenorm.text import normalize_text

    assert witnessed(normalize_text(text), form, lang) is said


def test_a_word_of_two_dates_without_a_language_is_read_in_the_most_used_one():
    from datenorm.relativewords import relative_phrases

    assert relative_phrases("कल") == [(0, 2, frozenset({"-P1D", "P1D"}))]  # Hindi's, not Sindhi's yesterday


@pytest.mark.parametrize("text", ["24164 months ago", "3/4 days ago"])
def test_an_answer_that_is_neither_a_date_nor_a_form_is_refused_not_a_crash(relative_reader, text):
    """Letters where a date's digits go (a count too long for the form) are no date to read again;
    a text whose numbers leave the order open is read in both orders, a relative form in either."""
    result = _read(relative_reader, text, "en")
    assert not result.valid


@pytest.mark.parametrize("text, lang, form", [
    # phrases in wide use that CLDR lacks
    ("vor einer Woche", "de", "-P1W"), ("hace un mes", "es", "-P1M"), ("el año que viene", "es", "Y+1"),
    ("3 dias atrás", "pt", "-P3D"), ("ano que vem", "pt", "Y+1"), ("fra 3 giorni", "it", "P3D"),
    ("l'an dernier", "fr", "Y-1"), ("минуту назад", "ru", "-PT1M"), ("पिछले साल", "hi", "Y-1"),
    ("再来週", "ja", "W+2"), ("大后天", "zh", "P3D"),
    # counts in the frames people write, with an article, an abbreviation, a word of approximation
    ("um dia atrás", "pt", "-P1D"), ("duas semanas atrás", "pt", "-P2W"), ("fa dues hores", "ca", "-PT2H"),
    ("vor 29h", "de", "-PT29H"), ("binnen 10 dagen", "nl", "P10D"), ("7 gün içinde", "tr", "P7D"),
    ("Il ya environ 23 heures", "fr", "-PT23H"), ("about 3 hours ago", "en", "-PT3H"), ("dans une année", "fr", "P1Y"),
    # weekdays with the words people put beside them
    ("komende dinsdag", "nl", "TU+1"), ("sábado que vem", "pt", "SA+1"), ("nesta quarta", "pt", "WE+0"),
    ("el martes que viene", "es", "TU+1"), ("ultima domenica", "it", "SU-1"), ("übernächsten Freitag", "de", "FR+2"),
    ("ta sobota", "pl", "SA+0"), ("следующая суббота", "ru", "SA+1"), ("רביעי הבא", "he", "WE+1"),
    # Korean written without its spaces; Arabic "since" for "ago"
    ("7일전", "ko", "-P7D"), ("다음주", "ko", "W+1"), ("منذ 3 أيام", "ar", "-P3D"),
    # marks left out, dotless i in capitals
    ("apres-demain", "fr", "P2D"), ("امس", "ar", "-P1D"), ("الان", "ar", "PT0S"), ("minute temu", "pl", "-PT1M"),
    ("επομενη τεταρτη", "el", "WE+1"), ("YARIN", "tr", "P1D"),
])
def test_phrases_people_write(text, lang, form):
    from datenorm.relativewords import witnessed
    from datenorm.text import normalize_text

    assert witnessed(normalize_text(text), form, lang)


def test_a_count_of_one_left_unsaid_is_one_only():
    import random

    from datenorm.relativewords import RelativeTexts

    texts, rng = RelativeTexts("ru", "ru"), random.Random(3)
    drawn = [texts.draw(rng) for _ in range(3000)]
    assert all(form == "-PT1M" for _, text, form in drawn if text == "минуту назад")
    assert any(text == "минуту назад" for _, text, _ in drawn)


@pytest.mark.parametrize("phrase, lang, one_way", [
    ("this coming friday", "en", True), ("this coming sunday", None, True), ("coming friday", "en", False),
    ("next friday", "en", False), ("this coming friday", "de", False),
])
def test_a_frame_may_say_which_reading_of_a_weekday_it_means(phrase, lang, one_way):
    from datenorm.relativewords import counted_from_today

    assert counted_from_today(phrase, lang) is one_way


@pytest.mark.parametrize("text, lang", [
    ("an hour and a half ago", "en"), ("a week from tomorrow", "en"), ("in a year and a half", "en"),
    ("三年前的今天", "zh"), ("un'ora e mezza fa", "it"), ("el último viernes del mes", "es"), ("última sexta-feira do mês", "pt"),
    # a count word after a tens word ends a longer number: 23 days, not 3
    ("dwadzieścia trzy dni temu", "pl"), ("двадцать два дня назад", "ru"), ("vinte e duas semanas atrás", "pt"),
    ("dwadzieścia trzy dni temu", None),
])
def test_words_beside_a_phrase_that_say_more_are_refused(text, lang):
    from datenorm.relativewords import relative_phrases, says_more
    from datenorm.text import normalize_text

    written = normalize_text(text)
    phrases = relative_phrases(written, lang)
    assert len(phrases) != 1 or says_more(written[:phrases[0][0]] + " " + written[phrases[0][1]:], lang)


@pytest.mark.parametrize("text, lang", [("3" * 5000 + " days ago", "en"), ("há 100 seg.", "pt"), ("σε 100 δευτ.", None)])
def test_no_text_breaks_the_witness(text, lang):
    from datenorm.relativewords import relative_phrases
    from datenorm.text import normalize_text

    relative_phrases(normalize_text(text), lang)  # no exception: a count is at most six digits


def test_a_reference_at_utc_keeps_its_offset_unless_utc_is_asked(relative_reader):
    now = "2026-12-02T14:37:00+00:00"
    assert relative_reader.translate(["2 hours ago"], lang="en", time=True, now=now)[0].iso == "2026-12-02T12:37+00:00"
    assert relative_reader.translate(["2 hours ago"], lang="en", time=True, utc=True, now=now)[0].iso == "2026-12-02T12:37Z"


def test_the_default_model_hands_the_relative_dates_it_cannot_read_to_the_model_that_writes_them(relative_reader):
    """The bundled `default` reads dates only: a text it reads no date from that writes a relative
    phrase is read by the bundled model that writes relative forms, with the same options; every
    other answer is its own."""
    default = Translator.from_dir("default")
    assert default._relatives is None  # loaded at the first text that needs it
    default._relatives = relative_reader
    texts = ["3 May 1979", "3 days ago", "il y a trois jours", "no date here", "2 weeks and 3 days ago", "", "hier"]
    got = default.translate(texts, now="2026-12-02T14:37:12")
    assert [(r.valid, r.iso, r.relative) for r in got[:4]] == [
        (True, "1979-05-03", None), (True, "2026-11-29", "-P3D"), (True, "2026-11-29", "-P3D"), (False, None, None)]
    assert got[0] == Translator.from_dir("default").translate(["3 May 1979"])[0]  # absolute dates as before
    # read by the second model and refused by the witness (it says more than its form), with the form
    assert (got[4].valid, got[4].code, got[4].relative) == (False, "relative", "-P3D")
    assert got[5].code == "empty" and got[5].relative is None
    # a relative text the second model reads otherwise keeps the first model's answer
    assert got[6].relative is None and got[6].code == "relative"


def test_a_date_read_two_ways_is_not_looked_for_relative_phrases(relative_reader, monkeypatch):
    """A text the date model reads two ways writes a date ("by Sun, 11/2/1930"): it keeps its
    readings, and its words never make the relative phrases of their languages be built (seconds
    for a column of such dates)."""
    import datenorm.relativewords

    default = Translator.from_dir("default")
    default._relatives = relative_reader
    looked = []
    monkeypatch.setattr(datenorm.relativewords, "relative_phrases", lambda *a, **k: looked.append(a) or [])
    got, = default.translate(["by Sun, 11/2/1930"], now="2026-12-02T14:37:12")
    assert (got.code, sorted(got.readings), looked) == ("ambiguous", ["DMY", "MDY"], [])


def test_a_refusal_of_the_second_model_replaces_an_incomplete_date_only_where_the_text_writes_none(relative_reader):
    """"now 2014" is Bambara's November 2014 and English "now" beside a year: the second model's
    refusal (a year beside its phrase) replaces the incomplete date only where no month is named
    in the language's own words."""
    default = Translator.from_dir("default")
    default._relatives = relative_reader
    bambara, = default.translate(["now 2014"], lang="bm", now="2026-12-02T14:37:12")
    assert (bambara.code, bambara.partial, bambara.relative) == ("incomplete", "2014-11", None)
    english, = default.translate(["now 2014"], lang="en", now="2026-12-02T14:37:12")
    assert (english.valid, english.code, english.relative) == (False, "relative", "PT0S")


@pytest.mark.parametrize("text, lang, alone", [
    ("7 dage siden", "da", True), ("posted 3 days ago, 2019", None, True), ("2 thursdays ago", "en", True),
    ("היום, 3 במאי", "he", False),   # 3 May, its month inside a word ("in May")
    ("3 days ago, 3 may", None, False), ("3 days ago 03/05", None, False),
    ("now 2014", "bm", False),       # Bambara's own name of November
    ("hiyo rakko 1953", None, False),  # a month name of several words (Muscogee August) holds the phrase
])
def test_a_text_is_its_relative_phrase_alone_when_it_names_no_date_beside_it(text, lang, alone):
    from datenorm.evidence import Evidence
    from datenorm.relativewords import only_relative

    ev = Evidence.of(text, Translator.from_dir("default").config)
    phrases = relative_phrases(ev.written)
    assert phrases and only_relative(ev, phrases, lang) is alone


@pytest.mark.parametrize("text, found", [
    ("pɛsaŋ pɛ́nɛ́pfúꞋú 2004", False),  # Ngomba September holds "nɛ" after a mark: inside a word
    ("أمسِ", True), ("غداً", True),       # Arabic points people add are the phrase's own
    ("in any", False), ("due in any 2019", False), ("in an hour", True),  # a count word is a word of its own
    # said of a span or of another thing: a deadline from another day, "twice a week", "the end of the year"
    ("within 14 days of delivery", False), ("פעמיים בשבוע", False), ("στο τέλος του χρόνου", False),
])
def test_a_phrase_is_a_word_of_its_own(text, found):
    assert bool(relative_phrases(text)) is found


def test_only_the_bundled_models_hand_relative_dates_on(tmp_path):
    import shutil

    from datenorm.runtime import resolve_model_dir

    copy = shutil.copytree(resolve_model_dir("default"), tmp_path / "default")
    assert Translator.from_dir(copy)._hands_on is False  # a model of one's own is read as it is
    assert all(Translator.from_dir(name)._hands_on for name in ("default", "en", "datetime"))


def test_the_model_that_writes_relative_dates_is_found_by_its_config():
    """The bundled model the others hand relative dates to is looked up by its config first: one
    that does not write them, or none, is never loaded; one that does is the process's own
    (`load_model`)."""
    from importlib import resources
    from pathlib import Path

    from datenorm.config import ModelConfig
    from datenorm.runtime import RELATIVE_MODEL, load_model

    config = Path(str(resources.files("datenorm.models"))) / RELATIVE_MODEL / "config.json"
    default = Translator.from_dir("default")
    other = default._relative_reader()
    if config.is_file() and ModelConfig.load(config).writes_relative:
        assert other is load_model(RELATIVE_MODEL) and other.config.writes_relative
    else:
        assert other is None and default._relatives is False


def test_a_now_that_is_no_instant_is_refused():
    from datenorm.errors import DatenormError
    from datenorm.relative import reference

    pd = pytest.importorskip("pandas")
    with pytest.raises(DatenormError, match="instant"):
        reference(pd.NaT)
    with pytest.raises(DatenormError, match="ISO 8601"):
        reference("last tuesday")


@pytest.mark.parametrize("text, lang, rewritten", [
    ("trzy tygodnie temu", "pl", "3 tygodnie temu"), ("prije dvije godine", None, "prije 2 godine"),
    ("posted three days ago", None, "posted 3 days ago"), ("三年前", "zh", "3年前"),
    ("duas semanas atrás", "pt", "2 semanas atrás"), ("3 days ago", None, None), ("yesterday", "en", None),
    ("nothing relative here", None, None),
])
def test_a_count_written_in_words_is_rewritten_in_digits_for_a_second_reading(text, lang, rewritten):
    from datenorm.relativewords import counts_in_digits

    assert counts_in_digits(normalize_text(text), lang) == rewritten


@pytest.mark.parametrize("text, lang, form", [
    ("mittwoch nächste Woche", "de", "W+1WE"), ("montag dieser Woche", "de", "W+0MO"), ("vorige week zondag", "nl", "W-1SU"),
    ("el miércoles de la semana que viene", "es", "W+1WE"), ("martes de esta semana", None, "W+0TU"),
    ("terça desta semana", "pt", "W+0TU"), ("el dilluns d'aquesta setmana", "ca", "W+0MO"),
    ("søndag i sidste uge", "da", "W-1SU"), ("ראשון בשבוע שעבר", "he", "W-1SU"), ("来週の月曜日", "ja", "W+1MO"),
    ("الاثنين من هذا الاسبوع", "ar", "W+0MO"), ("next week Sunday", "en", "W+1SU"), ("다음 주 월요일", "ko", "W+1MO"),
])
def test_a_weekday_beside_a_named_week_is_that_weeks(text, lang, form):
    assert relative_phrases(normalize_text(text), lang) == [(0, len(normalize_text(text)), frozenset({form}))]


def test_the_generator_draws_a_weekday_of_a_named_week_at_most_a_quarter_of_its_names():
    import random

    from datenorm.relativewords import RelativeTexts

    texts = RelativeTexts("de_DE", "de")
    rng = random.Random(1)
    drawn = [texts.draw(rng) for _ in range(4000)]
    names = [(text, form) for kind, text, form in drawn if kind.startswith("rel-name")]
    week_days = [(text, form) for text, form in names if form[:1] == "W" and form[1:2] in "+-" and len(form) > 3]
    assert any(form == "W+1WE" and "woche" in text.lower() for text, form in week_days)
    assert 0.1 < len(week_days) / len(names) <= 0.3


@pytest.mark.parametrize("text, phrase, clock_cut, alone", [
    ("tomorrow at", "tomorrow", True, True), ("[vor elf tagen]", "vor elf tagen", False, True),
    ("today at noon", "today", False, True), ("morgen um", "morgen", True, True),
    ("下星期天", "下星期", False, False),        # next Sunday holds next week
    ("내일모레", "내일", False, False),          # the day after tomorrow holds tomorrow
    ("اليوم السابق", "اليوم", False, False),     # the day before holds today
    ("not today", "today", False, False), ("not today at noon", "today", False, False),
    ("dopo domani", "domani", True, False),      # Italian the day after tomorrow, in two words
    ("am morgen", "morgen", False, False),       # German in the morning: no clock cut, no glue
    ("la mañana", "mañana", False, False),
    ("tomorrow at", "tomorrow", False, False),   # a word after the phrase where no clock was
])
def test_a_phrase_is_read_alone_only_in_marks_or_beside_a_clocks_glue(text, phrase, clock_cut, alone):
    from datenorm.runtime import _beside_its_phrase

    assert _beside_its_phrase(text, phrase, None, clock_cut) is alone


@pytest.mark.parametrize("time, code", [(True, "relative"), (False, None)])
def test_read_with_the_time_a_noon_word_beside_a_day_is_a_clock_the_form_leaves_out(time, code):
    from datenorm.evidence import Evidence
    from datenorm.witness import judge_relative

    config = Translator.from_dir("default").config
    result = judge_relative(Evidence.of("in 2 weeks at noon", config, None, time), "P2W", 0.9, None, NOW, time)
    assert (result.code, result.relative) == (code, "P2W")


@pytest.mark.parametrize("text, time, code, iso", [
    ("2 hours ago", False, "relative", None),  # yesterday or today, at any time
    ("2 hours ago", True, "relative", None),
    ("3 days ago", False, None, "2026-11-29"), ("yesterday", True, None, "2026-12-01"),
])
def test_a_reference_of_a_day_alone_counts_no_hours(relative_reader, text, time, code, iso):
    result = _read(relative_reader, text, "en", time=time, now="2026-12-02")
    assert (result.code, result.iso) == (code, iso)
