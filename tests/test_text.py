import datetime as dt

import pytest

from datenorm.evidence import Evidence
from datenorm.prechecks import Options, before_common_era, decade, iso_week, other_calendar, quarter
from datenorm.ranges import lone_day, range_parts
from datenorm.text import (apostrophe_years_written_out, buddhist_era_years, day_is_written, digit_runs,
                           expand_two_digit_year, fit_text, normalize_text, numeric_readings, order_matters,
                           order_reading, ordinal, spaced_out, unwritten_part, without_clock, written_years,
                           year_is_written)

from conftest import default_config


def _precheck(check, raw: str):
    """A precheck of `datenorm.prechecks` on the evidence of `raw`, as the default model gathers it."""
    config = default_config()
    return check(Evidence.of(raw, config), Options(config, None, None, 0.5))


def _plain(text: str) -> tuple[str, list[str]]:
    """A text as the checks read it: normalised, without its clock, and its digit runs."""
    plain = without_clock(normalize_text(text))
    return plain, digit_runs(plain)


def test_normalize_text_folds_case_width_and_whitespace():
    assert normalize_text("  3   MAY\t1979 ") == "3 may 1979"
    assert normalize_text("Ｍａｙ　３，　１９７９") == "may 3, 1979"  # full-width letters, digits, spaces
    assert normalize_text("STRASSE Straße") == "strasse strasse"  # case folding, not just lower()


def test_normalize_text_maps_every_decimal_digit_to_ascii():
    assert normalize_text("٣ مايو ١٩٧٩") == "3 مايو 1979"  # Arabic-Indic
    assert normalize_text("۲۰۱۹/۱۲/۳۱") == "2019/12/31"  # Persian
    assert normalize_text("३१/१२/२०१९") == "31/12/2019"  # Devanagari
    assert normalize_text("๓๑ ธ.ค. ๒๐๑๙") == "31 ธ.ค. 2019"  # Thai


def test_normalize_text_drops_bidi_marks():
    assert normalize_text("31\u200f/12\u200f/2019") == "31/12/2019"


@pytest.mark.parametrize("text, gregorian", [
    ("令和3年11月22日", "2021年11月22日"),  # Japanese era years
    ("令和元年5月1日", "2019年5月1日"),  # 元年: the era's first year
    ("平成30年1月5日(金)", "2018年1月5日(金)"),
    ("㍻30年1月5日", "2018年1月5日"),  # the one-character era sign (NFKC)
    ("昭和 54 年 5 月 3 日", "1979年 5 月 3 日"),
    ("民國110年11月22日", "2021年11月22日"),  # Taiwan's Minguo years
    ("R3.11.22", "2021.11.22"),  # the era's initial, as Japanese forms abbreviate it
    ("H30/1/5", "2018/1/5"),
    ("Tue May 03 2022 14:00:00 GMT+0200 (Central European Summer Time)", "tue may 03 2022 14:00:00 gmt+0200"),
    ("Tue May 03 2022 14:00:00 GMT+0900 (日本標準時)", "tue may 03 2022 14:00:00 gmt+0900"),
    ("二〇二一年十一月二十二日", "2021年11月22日"),  # Chinese numerals
    ("一九七九年五月三日", "1979年5月3日"),
    ("十月一日", "10月1日"),
    ("3 พฤษภาคม 2522", "3 พฤษภาคม 1979"),  # Thai Buddhist-era years, in Thai text only
    ("วันที่ 3 พฤษภาคม พ.ศ. 2522", "วันที่ 3 พฤษภาคม 1979"),
    ("2019:05:03 10:42:00", "2019-05-03 10:42:00"), ("2019:05:03", "2019-05-03"),  # EXIF
    ("R3.11.22 10:00", "2021.11.22 10:00"), ("H13.02.03T04:05:06Z", "2001.02.03t04:05:06z"),  # JIS X 0301 with a time
])
def test_other_calendars_and_chinese_numerals_become_gregorian_numbers(text, gregorian):
    assert normalize_text(text) == gregorian


@pytest.mark.parametrize("text", ["R3.11", "r3.11.22 road", "x3.11.22", "R3.11/22", "(3 May 1979)", "1995年1月26日(木)", "3 May 1979 (GMT)", "3 May 2522", "2522/05/03", "3 พฤษภาคม 1979", "月曜日", "2021年11月22日", "(月)", "2019:05:0310", "10:42:00"])
def test_gregorian_and_non_date_texts_are_left_alone(text):
    assert normalize_text(text) == normalize_text(text).casefold() == " ".join(text.casefold().split())


def test_normalize_text_is_idempotent():
    for text in ["Jeudi 26 Janvier 1995", "  ３ May  '79 ", "1995年1月26日", "31\u200f/12/2019", "令和3年11月22日",
                 "二〇二一年十一月二十二日", "3 พฤษภาคม 2522"]:
        assert normalize_text(normalize_text(text)) == normalize_text(text)


@pytest.mark.parametrize("raw, reason", [
    ("۱۳۹۸/۰۲/۱۳", "not a Gregorian date (year 1398 in Arabic-script digits: Hijri?)"),  # Solar Hijri
    ("١٤٤٠/٠٨/٢٨", "not a Gregorian date (year 1440 in Arabic-script digits: Hijri?)"),  # lunar Hijri
    ("1440/08/28هـ", "not a Gregorian date (marked Hijri: هـ)"), ("1398/02/13 ه.ش", "not a Gregorian date (marked Hijri: ه.ش)"),
    ("13 Ramadan 1440 AH", "not a Gregorian date (marked Hijri: ah)"),
    ("۲۰۱۹/۰۲/۱۳", None), ("1398/02/13", None),  # a Gregorian year; no mark and Latin digits: Gregorian as written
    ("3 May 2019 10:42 AH", None), ("2019-05-03 ahad", None),  # not a year's mark
])
def test_the_other_calendar_precheck_tells_a_hijri_date(raw, reason):
    problem = _precheck(other_calendar, raw)
    if reason is None:
        assert problem is None
    else:
        assert (problem.code, problem.reason, problem.input, problem.valid) == ("other_calendar", reason, raw, False)


@pytest.mark.parametrize("text, year", [("Q2 2019", "2019"), ("2019-Q2", "2019"), ("H1 2019", "2019"),
                                        ("3rd quarter 2019", "2019"), ("2019-05-03 h1", None), ("h3 2019", None),
                                        ("18h30 3 may 2019", None), ("3 May 2019", None)])
def test_a_quarter_or_half_of_a_year_gives_the_year_only(text, year):
    problem = _precheck(quarter, text)
    if year is None:
        assert problem is None
    else:
        assert (problem.code, problem.reason, problem.partial) == ("incomplete", f"incomplete date (year only): {year}", year)


def test_a_week_or_quarter_of_a_period_names_no_day_of_it():
    assert normalize_text("The first week of May 2019") == "may 2019"
    assert normalize_text("the second half of 2019") == "2019"
    assert normalize_text("1st week of May 2019") == "may 2019"
    assert normalize_text("first of May 2019") == "1st of may 2019"  # a day, as before


def test_buddhist_era_years_become_gregorian_in_any_script():
    assert buddhist_era_years("03/05/2562") == "03/05/2019"
    assert buddhist_era_years("03/05/2019 10:42") == "03/05/2019 10:42"


def test_two_digit_years_expand_inside_pivot_window():
    assert expand_two_digit_year(79) == 1979
    assert expand_two_digit_year(50) == 1950
    assert expand_two_digit_year(49) == 2049
    assert expand_two_digit_year(9) == 2009


def test_numeric_readings_know_when_order_matters():
    assert order_matters("03/04/2001")
    assert not order_matters("03/30/1968")  # day 30 cannot be a month
    assert not order_matters("2016-08-21")  # four-digit year first
    assert not order_matters("3 May 1979")  # the month is a word
    assert order_matters("3/5") and order_matters("3.5.")  # a day and a month, either way round
    assert not order_matters("3/15") and not order_matters("12/12") and not order_matters("May 3, 79")
    assert not order_matters("1995年1月26日")
    assert numeric_readings(*_plain("10.09.70")) == {dt.date(1970, 9, 10), dt.date(1970, 10, 9)}
    assert numeric_readings(*_plain("19790503")) == {dt.date(1979, 5, 3)}
    assert numeric_readings(*_plain("3/5")) == {dt.date(2000, 5, 3), dt.date(2000, 3, 5)}  # a leap year
    assert numeric_readings(*_plain("3 may 1979")) == set()  # two numbers and a word: the month is the word
    assert not order_matters("May 3 at 2:00 PM")  # the clock's numbers are not the date's
    assert order_matters("3/5/1979 0:00")


def test_written_years_are_stand_alone_four_digit_runs_but_not_zone_offsets():
    assert written_years("1979年5月3日") == {1979}
    assert written_years("fy2019 10:42 +0000") == {2019}
    for zoned in ("19690319 00:50:35 +0000", "4/5/60, 02:03 +1200", "1979-05-03t10:42:00-0500",
                  "3 may 79 10:42 gmt-0530", "79/05/03 10:42:00.123+05:30"):
        assert written_years(zoned) - {1979} == set(), zoned
    assert written_years("19790503") == set() and written_years("3 may 79") == set()
    assert written_years("05-1979") == {1979}
    assert written_years("13-märz-2057") == {2057} and written_years("06-haz-2083") == {2083}  # no "z-20:57" zone
    # read with the time, a signed offset in use that starts a word is a zone: not a year
    assert written_years("19530824 11시 25분 49초 -1000", time=True) == set()
    assert written_years("1 may 1230 -1235", time=True) == {1230, 1235}  # no offset in use: a year
    assert written_years("1 may 1230 -1000") == {1000, 1230}  # dates alone: as ever


def _writes_year(text: str, year: int) -> bool:
    """`year_is_written` as the checks ask it: of the years and digit runs of the text without its clock."""
    plain, runs = _plain(text)
    return year_is_written(year, written_years(plain), runs)


def test_a_year_is_written_in_full_inside_a_number_or_as_two_pivot_digits():
    assert _writes_year("3 may 1979", 1979) and not _writes_year("3 may 1979", 1989)
    assert _writes_year("19790503", 1979)
    assert _writes_year("02/10/50, 14:10:21 +0000", 1950)
    assert not _writes_year("02/10/50, 14:10:21 +0000", 1050)  # "50" is 1950 in the pivot window
    assert not _writes_year("3 may", 2019)
    assert _writes_year("03051979", 1979) and _writes_year("20220503t140000z", 2022)
    assert _writes_year("03may79", 1979) and _writes_year("may 3, '79", 1979)
    assert not _writes_year("3 may 1979, 05/03/80", 1980)  # a text with a full year writes no two-digit one


def test_digits_inside_a_longer_number_or_a_clock_write_no_year():
    assert not _writes_year("20110124023824", 2001)  # the 01 of 2011 is no two-digit year
    assert not _writes_year("20110124023824", 2401) and _writes_year("20110124023824", 2011)
    assert not _writes_year("3 may, 10:42", 2042) and not _writes_year("790503", 1979)
    assert not _writes_year("20180517t105513-0700", 700) and not _writes_year("2013-01-01 12:30:45.9876", 1987)


def test_a_day_is_written_as_one_or_two_digits_or_inside_a_compact_stamp():
    assert day_is_written("3 may 1979", 3) and day_is_written("03/05/1979", 3) and day_is_written("3rd may", 3)
    assert day_is_written("2021年11月22号", 22) and day_is_written("19790503", 3)
    assert day_is_written("20220503t140000z", 3) and day_is_written("03may2022", 3)
    assert not day_is_written("3 may 1979", 13) and not day_is_written("the ninth of may 1979", 9)
    assert not day_is_written("1979", 19)  # a year's digits are no day


@pytest.mark.parametrize("text, date", [
    ("3 May 1979, 10:42 PM", "3 may 1979"),
    ("Thursday, 3 May 1979 at 10:42:07.123", "thursday, 3 may 1979"),
    ("3 mai 1979 à 10:42", "3 mai 1979"),
    ("Dienstag, 3. Mai 2022 um 10:30 Uhr", "dienstag, 3. mai 2022"),
    ("3 May 1979 9:05 p.m.", "3 may 1979"),
    ("3.5.1979 10:42:00 +0200", "3.5.1979"),
    ("jeudi 26 janvier 1995 14:00 CEST", "jeudi 26 janvier 1995"),
    ("3 May 1979 10:42 -05:00", "3 may 1979"),
    # without a colon, known by a word: Finnish, Swedish, French, German
    ("5. syyskuuta 2019 klo 14.30", "5. syyskuuta 2019"),
    ("4.3.2019 klo 9.14", "4.3.2019"),
    ("5 september 2019 kl. 14.30", "5 september 2019"),
    ("le 1er mai 2019 à 8h30", "le 1er mai 2019"),
    ("31 julho, 2014 18h22", "31 julho, 2014"),
    ("12.03.2021, 14.05 Uhr", "12.03.2021"),
    ("3 Mei 2019 pukul 14.22", "3 mei 2019"),
    ("3 mei 2019 om 14.22 uur", "3 mei 2019"),
    ("3/5/2019 ore 14.22", "3/5/2019"),
    ("9.00am 3 March 2019", "3 march 2019"),
    ("3 March 2019, 9.30 p.m.", "3 march 2019"),
    # an hour alone, or two, before am or pm
    ("May 3 2019 3 pm", "may 3 2019"), ("12 May 2019 11 a.m.", "12 may 2019"), ("3 May 2019, 10am-2pm", "3 may 2019"),
    ("3-5 PM, May 3 2019", ", may 3 2019"), ("3 May 2019, 10 a.m. - 2 p.m.", "3 may 2019"),
    ("03/05/2019 10:42 ص", "03/05/2019"), ("03/05/2019 10:42 م", "03/05/2019"),  # Arabic am, pm
    # a machine stamp's time, glued to its date, with its fraction and zone
    ("1979-05-03T10:42:00Z", "1979-05-03"), ("1979-05-03t10:42", "1979-05-03"),
    ("20161001T1430+0530", "20161001"), ("2009-08-12T22:15:09.9999Z", "2009-08-12"),
])
def test_without_clock_removes_the_time_of_day_and_its_glue(text, date):
    assert without_clock(normalize_text(text)) == date


def test_without_clock_removes_a_log_stamps_time_after_its_year():
    assert without_clock(normalize_text("[03/May/2022:14:00:00 +0200]")).strip("[] ") == "03/may/2022"


@pytest.mark.parametrize("text", ["3 May 1979", "1979. 5. 3.", "19790503", "20180517105513",
                                  "kl 3.5.2019", "um 3.5.2019", "2019h05", "3.5.2019", "am 3. Mai 2019",
                                  "2019-05-03 am", "3 May 2019am"])
def test_without_clock_leaves_dates_and_clocks_joined_to_them_alone(text):
    assert without_clock(normalize_text(text)) == normalize_text(text)


def test_an_apostrophe_before_two_digits_is_a_year_unless_it_opens_a_quoted_text():
    assert apostrophe_years_written_out("sept. '19") == "sept. 2019"
    assert apostrophe_years_written_out("may 3, '79") == "may 3, 1979"
    assert apostrophe_years_written_out("summer '49)") == "summer 2049)"  # the pivot window: 1950-2049
    for quoted in ("'07/05'", "'19 апр.'", "'31.07.22'", "rock'n'roll", "3 may 1979"):
        assert apostrophe_years_written_out(quoted) == quoted


@pytest.mark.parametrize("text, era", [("3 May 1979 BC", "bc"), ("1979 B.C.E.", "b.c.e."), ("753 v. Chr.", "v. chr."),
                                       ("52 av. J.-C.", "av. j.-c."), ("300 до н. э.", "до н. э.")])
def test_a_year_before_the_common_era_is_no_date(text, era):
    problem = _precheck(before_common_era, text)
    assert (problem.code, problem.reason) == ("before_common_era", f"not a date (before the Common Era: {era})")


@pytest.mark.parametrize("text", ["3 May 1979", "3 May 1979 AD", "1979 abc", "2019-05-03 bcc"])
def test_a_year_of_the_common_era_is_no_era_problem(text):
    assert _precheck(before_common_era, text) is None


@pytest.mark.parametrize("text, parts", [
    ("3 May - 5 June 2019", ("3 may", "5 june 2019")),
    ("May 3–June 5, 2019", ("may 3", "june 5, 2019")),
    ("3 al 5 de mayo de 2019", ("3", "5 de mayo de 2019")),
    ("2019-05-03 TO 2019-05-10", ("2019-05-03", "2019-05-10")),
    ("2019年5月3日～5日", ("2019年5月3日", "5日")),
    ("14:00 - 16:00, 3 May 2019", None),  # the clocks go first: one end has no number left
    ("2019-05-03", None), ("03 - 05 - 2019", None),  # hyphens inside a date, two separators
    ("3 May 2019 - Updated", None), ("3 May 1979", None),
    # an unspaced hyphen between two days of a named month, or two years
    ("May 3-5, 2019", ("may 3", "5, 2019")), ("3.-5. Mai 2019", ("3.", "5. mai 2019")),
    ("2019年5月3-5日", ("2019年5月3", "5日")), ("1979-1980", ("1979", "1980")),
    ("between 3 and 5 May 2019", ("3", "5 may 2019")), ("entre el 3 y el 5 de mayo", ("el 3", "el 5 de mayo")),
    ("3-5-2019", None), ("3-5 2019", None), ("1980-1979", None), ("3-3 May 2019", None),  # a date; no month; backwards years; one day
    ("5-3 May 2019", ("5", "3 may 2019")),  # backwards days: split, and reported a backwards range
    ("05-M01-03", None), ("m01-03", None), ("24-thg 4-16", None),  # glued month words, hyphens of one date
    ("3-5 PM, May 3 2019", None), ("10:42-11:00, 3 May", None),  # hours
    # ISO 8601 intervals, and ranges still open
    ("2000-01-01/2000-01-05", ("2000-01-01", "2000-01-05")), ("2019-05-03T10:00:00Z/..", ("2019-05-03", "..")),
    ("3 May 1979 – present", ("3 may 1979", "present")), ("seit 3. Mai 1979 bis heute", ("seit 3. mai 1979", "heute")),
    ("3 May 1979 - updated", None), ("03/05/2019", None),
])
def test_range_parts_split_a_text_at_its_one_range_separator(text, parts):
    assert range_parts(text) == parts


def test_a_lone_day_is_a_number_with_at_most_a_lead_word_and_an_ordinal():
    assert [lone_day(t) for t in ("3", "3rd", "du 3", "vom 3.", "5日", "5일", "32", "may 3", "3 may")] == \
        [3, 3, 3, 3, 5, 5, None, None, None]


def test_fit_text_cuts_a_fraction_to_the_digits_the_model_writes():
    text = "2016-11-16t09:46:30.895636557-08:00"
    assert fit_text(text, 68) == text
    assert fit_text(text, 68, 6) == "2016-11-16t09:46:30.895636-08:00"
    assert fit_text("2016-11-16t09:46:30.8956365571-08:00", 68) == text


def test_fit_text_drops_the_clock_only_from_a_text_too_long_for_the_model():
    text = normalize_text("Thursday, 3 May 1979 at 10:42:07")
    assert fit_text(text, len(text)) == text
    assert fit_text(text, len(text) - 1) == "thursday, 3 may 1979"


@pytest.mark.parametrize("text, numbered", [
    ("the twenty-second of November 2021", "the 22nd of november 2021"),
    ("The Twenty First of May 2019", "the 21st of may 2019"),
    ("the first of May 2019", "the 1st of may 2019"),
    ("May the Fourth, 1979", "may the 4th, 1979"),
    ("Thirtieth June 2000", "30th june 2000"),
    ("the thirty-first of December 1999", "the 31st of december 1999"),
    ("primero de mayo de 2019", "1 de mayo de 2019"),
    ("le premier mai 2019", "le 1er mai 2019"),
    ("il primo maggio 2019", "il 1o maggio 2019"),  # as NFKC writes "1º maggio"
    ("1° maggio 2019", "1o maggio 2019"),  # the degree sign typed for º
])
def test_days_spelled_as_ordinals_become_numbers(text, numbered):
    assert normalize_text(text) == numbered


def test_ordinal_suffixes():
    assert [ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"]


@pytest.mark.parametrize("text, iso", [
    ("2021-W47-1", "2021-11-22"), ("2021W471", "2021-11-22"), ("2021-w47-7", "2021-11-28"), ("2020-W01-1", "2019-12-30"),
    ("2021-326", "2021-11-22"), ("2020-366", "2020-12-31"), ("2021-001", "2021-01-01"),
])
def test_iso_week_and_ordinal_dates_become_calendar_dates(text, iso):
    assert normalize_text(text) == iso


@pytest.mark.parametrize("text, problem", [
    ("2021-W47", ("incomplete", "incomplete date (week only): 2021-W47", "2021-W47")),
    ("2021W47", ("incomplete", "incomplete date (week only): 2021-W47", "2021-W47")),
    ("2021-W54-1", ("not_calendar", "not a calendar date", None)),
    ("2021-366", ("not_calendar", "not a calendar date", None)),
    ("2021-000", ("not_calendar", "not a calendar date", None)),
    ("2021-11-22", None), ("2021-11", None), ("3 may 1979", None),
])
def test_iso_weeks_without_a_day_and_impossible_ones_are_problems(text, problem):
    found = _precheck(iso_week, text)
    assert (found if found is None else (found.code, found.reason, found.partial)) == problem


def test_each_number_of_a_text_is_one_part_of_the_date():
    assert unwritten_part(digit_runs("02/06"), 0, 6, 6, lambda: False) == "month"  # 6 is written once, not as day and month
    assert unwritten_part(digit_runs("31oct30"), 2031, 10, 31, lambda: True) == "year"  # 31 is the day, 30 the year
    assert unwritten_part(digit_runs(without_clock("thu feb 27 22:11:13 pdt 1986")), 1986, 2, 22, lambda: True) == "day"  # 22 is the hour
    assert unwritten_part(digit_runs("seit 11/1915"), 1915, 1, 0, lambda: False) == "month"
    assert unwritten_part(digit_runs("5 may 05"), 2005, 5, 5, lambda: True) is None
    assert unwritten_part(digit_runs("05/05/05"), 2005, 5, 5, lambda: False) is None
    assert unwritten_part(digit_runs(without_clock("1979-05-03 10:42")), 1979, 5, 3, lambda: False) is None
    assert unwritten_part(digit_runs("19790503"), 1979, 5, 3, lambda: False) is None  # a compact run is not counted
    # A month word the caller does not know leaves fewer numbers than parts: no number is asked of it.
    assert unwritten_part(digit_runs("5 במאי 2005"), 2005, 5, 5, lambda: False) is None


def _in_order(text: str, order: str, label: str, valid: bool = True) -> str | None:
    return order_reading(*_plain(text), order, label, valid)


def test_the_order_given_decides_which_number_is_the_day():
    """`order_reading` gives the label the numbers make in the order given when the model read them
    otherwise (the "in the order given" second reading reads it again), else None."""
    assert _in_order("fecha de nacimiento: 12/06/19", "MDY", "2019-06-12") == "2019-12-06"
    assert _in_order("12/06/19", "DMY", "2019-06-12") is None  # read in this order
    # an answer that is no reading of the numbers in any order is left to the checks; once they
    # refuse it, the numbers in the order given are read again
    assert _in_order("12/06/19", "MDY", "2019-06-16") is None
    assert _in_order("12/06/19", "MDY", "2019-06-16", valid=False) == "2019-12-06"
    assert _in_order("10 09 03", "YMD", "2000-09-03", valid=False) == "2010-09-03"
    assert _in_order("090107", "MDY", "2009-01-07", valid=False) == "2007-09-01"  # six digits are three numbers
    assert _in_order("02/06", "MDY", "0000-06-02") == "0000-02-06"
    assert _in_order("02/06", "DMY", "0000-06-02") is None
    assert _in_order("02/06", "YMD", "0000-06-02") == "0000-02-06"
    assert _in_order("5/3", "MDY", "0000-05-05") == "0000-05-03"  # two numbers say it all
    assert _in_order("5/3", "DMY", "0000-05-05") == "0000-03-05"
    assert _in_order("13/40", "DMY", "0000-05-05") is None  # no reading: the checks decide
    assert _in_order("roowe, m01 09, 2036", "DMY", "2036-01-09") is None  # "m01" is a month word
    assert _in_order("3 may 1979", "MDY", "1979-05-03") is None
    assert _in_order("12/25/2085", "MDY", "299--1----") is None  # an untrained model's answer is judged later


def test_a_date_written_with_colons_is_no_time_of_day():
    assert without_clock("03:05:1979") == "03:05:1979"
    assert without_clock("3 may 1979 10:42:07") == "3 may 1979"


@pytest.mark.parametrize("text, spaced", [
    ("15phe2046", "15 phe 2046"),
    ("2021nov22", "2021 nov 22"),
    ("22hb november 2021", "22 hb november 2021"),
    ("٢٢phe٢٠٧٦", "٢٢ phe ٢٠٧٦"),        # native digits are digits
    ("2022-05-03z", "2022-05-03 z"),      # one letter ending a number is a word of its own
    ("m01 2059 11", "m01 2059 11"),       # one letter before a number says what it is
    ("1979-05-03t10:42:00", "1979-05-03t10:42:00"),
    ("31 julho, 2014 18h22", "31 julho, 2014 18h22"),
    ("3 may 1979", "3 may 1979"),
])
def test_spaced_out_parts_words_from_the_numbers_they_touch(text, spaced):
    assert spaced_out(text) == spaced


def test_a_decade_is_no_date_and_no_year():
    for text, found in (("the 1970s", "1970s"), ("1970's", "1970's"), ("mid-'80s", "'80s")):
        problem = _precheck(decade, text)
        assert (problem.code, problem.reason) == ("decade", f"not a date (a decade: {found})"), text
    assert _precheck(decade, "1970") is None and _precheck(decade, "3 may 1970") is None
    assert _precheck(decade, "the 1990s, 3 may 1995") is None  # a date too: read, but the decade is no year
    assert written_years("the 1990s, 3 may 1995") == {1995} and written_years("2019's budget") == {2019}


def test_html_character_references_are_decoded():
    assert normalize_text("3&nbsp;May&nbsp;1979") == "3 may 1979"
    assert normalize_text("1979&#8211;05&#8211;03") == "1979–05–03"
    assert normalize_text("Q&A: 3 May 1979") == "q&a: 3 may 1979"  # no reference: left alone
