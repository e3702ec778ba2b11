"""Serving with LiteRT: the checks behind each reason, second readings, streams and workers, model
files, agreement with Keras, no TensorFlow import. What given texts are answered is in
tests/cases.tsv (tests/test_cases.py) and the real-world sets (tests/test_realworld.py)."""

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datenorm import engine
from datenorm.evidence import Evidence
from datenorm.prechecks import Options
from datenorm.ranges import span
from datenorm.rereads import Row, compact_stamp
from datenorm.runtime import DEFAULT_MIN_CONFIDENCE, Result, Translator, load_model, normalize
from datenorm.text import normalize_text

from conftest import ROOT, SHARED_EXAMPLES, default_config
from conftest import judge_text as _judge


@pytest.fixture(scope="module")
def translator(default_model_dir) -> Translator:
    return load_model(default_model_dir)


def test_a_plain_date_is_answered_with_high_confidence(translator):
    [result] = normalize("3 May 1979", model=translator)
    assert result.valid and 0.9 < result.confidence <= 1.0


def test_unknown_marks_are_read_as_marks_the_model_knows(english_model_dir):
    """Dashes, apostrophes, bullets, daggers, guillemets, pipes, emphasis, zero-width spaces: none
    writes a part of a date, so a model that never saw one reads it as '-', "'" or a space (the
    dates that write them are rows of tests/cases.tsv)."""
    config = load_model(english_model_dir).config
    assert config.unknown_chars("·†–’|*\u200b")  # en never saw any of these
    assert config.known_text("10:42 am · may 3, 1979") == "10:42 am may 3, 1979"
    assert config.known_text("1979—05—03") == "1979-05-03"
    assert config.known_text("may 3, ’79") == "may 3, '79"
    assert config.known_text("3\u200bmay 1979") == "3 may 1979"
    assert config.known_text("3 мая 1979") == "3 мая 1979"  # letters stay, and are reported


def test_unknown_chinese_characters_kana_and_hangul_are_read_as_spaces(translator):
    """In Chinese, Japanese and Korean dates numbers write every part, so a character the model never
    saw only labels the date (its dates, and 廿 that could be the day, are rows of tests/cases.tsv)."""
    texts = ["发布时间：2017-10-02 08:15", "게시일: 2017년 10월 2일", "更新日時：2013年11月14日 08:15"]
    assert all(translator.config.unknown_chars(t) for t in texts)
    assert translator.config.known_text("发布时间：2017-10-02") == "发布时 2017-10-02"


def test_a_word_with_an_unknown_letter_is_dropped_as_a_label_when_the_text_names_its_month(translator,
                                                                                         english_model_dir):
    """The default model read every month name of its languages, so a word with a letter it never saw,
    of a script it reads, is a label when another word names the month (Georgian "წლის", "of the
    year"); with no month named it may be the month, and is kept (and reported). So is a word of a
    one-language model: it may be another language's. The dates themselves are rows of tests/cases.tsv."""
    assert "წ" in translator.config.unknown_chars("2019 წლის 4 მარტი")
    assert translator.config.known_text("2019 წლის 4 მარტი") == "2019 4 მარტი"
    assert load_model(english_model_dir).config.known_text("ŋgi 30 may 2098") == "ŋgi 30 may 2098"  # Basaa: may is October


def test_not_a_calendar_date_is_reported():
    result = _judge("29 Feb 2019", "2019-02-29", 0.99, DEFAULT_MIN_CONFIDENCE)
    assert (result.iso, result.valid) == (None, False)
    assert (result.code, result.reason) == ("not_calendar", "not a calendar date")
    assert _judge("x", "19x9-01-01", 0.99, 0.5).code == "not_calendar"
    assert _judge("3 May 1979", "1979-05-03", 0.99, 0.5).code is None


def test_an_answer_whose_year_is_not_in_the_text_is_not_valid():
    result = _judge("14 July 1989 (1789)", "1889-07-14", 0.99, DEFAULT_MIN_CONFIDENCE)
    assert (result.valid, result.iso, result.code, result.reason) == (False, None, "year_not_in_text",
                                                                      "year not in text (read 1889)")
    assert result.confidence == 0.99  # a refusal keeps the model's confidence
    assert _judge("3 May 1979", "1979-05-03", 0.99, 0.5).valid
    assert _judge("3 May", "0000-05-03", 0.99, 0.5).partial == "--05-03"
    stamp = _judge("20110124023824", "2001-01-24", 0.99, DEFAULT_MIN_CONFIDENCE)
    # "01" inside 2011 is no year
    assert (stamp.valid, stamp.code, stamp.reason) == (False, "year_not_in_text", "year not in text (read 2001)")
    assert _judge("20110124023824", "2011-01-24", 0.99, DEFAULT_MIN_CONFIDENCE).valid


def test_a_one_language_model_must_find_its_month_in_the_text():
    """The English model reads "1er mai 2000" as March; no word there is March in any language."""
    guess = _judge("1er mai 2000", "2000-03-01", 0.99, 0.5, only_lang="en")
    assert (guess.valid, guess.code, guess.reason) == (False, "month_not_in_text", "month not in text (read 3)")
    assert _judge("1er mai 2000", "2000-05-01", 0.99, 0.5, only_lang="en").valid  # mai is May
    assert _judge("3 May 2022", "2022-05-03", 0.99, 0.5, only_lang="en").valid
    assert _judge("03/05/2022", "2022-05-03", 0.99, 0.5, only_lang="en").valid  # a number
    assert _judge("1 V 2000", "2000-05-01", 0.99, 0.5, only_lang="en").valid  # a Roman numeral
    # a many-language model reads inflected names the table lacks ("sibata" is Kurdish February)
    assert _judge("13ê sibata 1973an", "1973-02-13", 0.99, 0.5).valid


def test_every_model_must_find_its_month_in_the_text_named_or_written():
    """A many-language model's month is looked for inside words too (inflected and prefixed forms
    CLDR does not list), but a text whose words name no month gets no month made up."""
    for text, read in (("2 foo 1979", "1979-07-02"), ("page 7 2010", "2010-08-07"), ("Week 5, 1979", "1979-09-05")):
        result = _judge(text, read, 0.99, 0.5)
        assert (result.code, result.reason) == ("month_not_in_text", f"month not in text (read {int(read[5:7])})")
    for text, read in (("30 באוק׳ 2032", "2032-10-30"), ("16 نومبر، 2034", "2034-11-16"),
                       ("2080(e)ko martxoaren 22(a)", "2080-03-22"), ("8 ܒܟܢܘܢ ܐܚܪܝܐ 2002", "2002-12-08"),
                       ("3 May 1979", "1979-05-03"), ("03/05/1979", "1979-05-03")):
        assert _judge(text, read, 0.99, 0.5).valid, text
    # the English model is held to whole names: "sibata" is no English word
    assert _judge("13ê sibata 1973an", "1973-02-13", 0.99, 0.5, only_lang="en").code == "month_not_in_text"


def test_a_range_span_completes_an_end_from_the_other():
    def date(iso):
        return Result("", iso, True, 0.9)

    def part(partial):
        return Result("", None, False, 0.9, "incomplete date", partial=partial)

    assert span("3", "5 may 2019", part(None), date("2019-05-05")) == ("2019-05-03", "2019-05-05")
    assert span("3 may", "5 june 2019", part("--05-03"), date("2019-06-05")) == ("2019-05-03", "2019-06-05")
    assert span("2019年5月3日", "5日", date("2019-05-03"), part(None)) == ("2019-05-03", "2019-05-05")
    assert span("may 2019", "june 2019", part("2019-05"), part("2019-06")) == ("2019-05", "2019-06")
    assert span("5 may", "3 may 2019", part("--05-05"), date("2019-05-03")) == ("2019-05-05", "2019-05-03")
    assert span("may 3", "5, 2019", part("--05-03"), part(None)) == ("2019-05-03", "2019-05-05")
    assert span("may 3", "5", part("--05-03"), part(None)) == ("--05-03", "--05-05")
    assert span("3", "5 may", part(None), part("--05-05")) == ("--05-03", "--05-05")
    assert span("1979", "1980", part("1979"), part("1980")) == ("1979", "1980")
    assert span("1979", "june 1980", part("1979"), part("1980-06")) is None  # not the same precision
    assert span("3 may 2019", "3 may 2019", date("2019-05-03"), date("2019-05-03")) is None  # one day
    assert span("31", "5 feb 2019", part(None), date("2019-02-05")) is None  # no 31 February
    assert span("foo", "5 may 2019", part(None), date("2019-05-05")) is None
    assert span("3 may 1979", "present", date("1979-05-03"), part(None)) == ("1979-05-03", "..")  # open


def test_an_answer_whose_day_is_not_in_the_text_is_not_valid():
    """Days are written in digits in every form the model reads; a spelled day is not guessed at."""
    result = _judge("the twenty-second of november 2021", "2021-11-02", 0.83, DEFAULT_MIN_CONFIDENCE)
    assert (result.valid, result.iso, result.code, result.reason) == (False, None, "day_not_in_text",
                                                                      "day not in text (read 2)")
    assert _judge("03MAY2022", "2022-05-03", 0.99, 0.5).valid
    assert _judge("20220503T140000Z", "2022-05-03", 0.99, 0.5).valid
    assert _judge("May 1979", "1979-05-00", 0.99, 0.5).partial == "1979-05"


def test_an_answer_whose_month_the_text_does_not_name_is_reported_without_a_language():
    """The model once read "2021NOV22" as January; no language names January "nov"."""
    result = _judge("2021NOV22", "2021-01-22", 0.9, 0.5)
    assert (result.valid, result.iso, result.code, result.reason) == (False, None, "month_not_in_text",
                                                                      "month not in text (read 1, text names 11)")
    assert _judge("2021NOV22", "2021-11-22", 0.9, 0.5).valid


@pytest.mark.parametrize("raw, label, lang, named", [
    ("Sat 15 Mar 2003 09:34:52 -0500", "2003-05-15", "en", "3"),  # the model once read it as May at 0.97
    ("May 1979", "1979-01-00", "pl", "5"),
    ("14 fév 2005", "2005-05-14", "fr", "2"),
    ("13-MAY-96", "1996-01-13", "bas", "11"),  # "may" is November in Basaa
    ("3 May or 5 June 1996", "1996-01-03", "en", "5, 6"),
])
def test_with_a_language_an_answer_whose_month_the_text_does_not_name_is_refused(raw, label, lang, named):
    """Rules never rewrite the model's answer: a text that names another month than the one read is
    refused (and read again by a second reading, below)."""
    result = _judge(raw, label, 0.9, DEFAULT_MIN_CONFIDENCE, lang=lang)
    assert (result.valid, result.iso, result.partial) == (False, None, None)
    assert result.code == "month_not_in_text"
    assert result.reason == f"month not in text (read {int(label[5:7])}, text names {named})"


def test_with_a_language_a_misread_month_is_checked_after_the_confidence_and_the_calendar():
    # A low confidence stays low: the model's doubt about the rest of the date is not lifted.
    assert _judge("Sat 15 Mar 2003 09:34:52 -0500", "2003-05-15", 0.3, DEFAULT_MIN_CONFIDENCE,
                  lang="en").code == "low_confidence"
    assert _judge("31-MAR-36", "2036-04-31", 0.9, 0.5, lang="en").code == "not_calendar"  # April 31 is none
    assert _judge("31-MAR-36", "2036-03-31", 0.9, 0.5, lang="en").valid


def _misread_as(translator, monkeypatch, text, label, lang=None) -> list:
    """Make the network answer `label` to the normalised `text` read with the language hint `lang`,
    as models have done; any other text, or hint, is read as the network reads it. Returns the texts
    of each network call from now on."""
    calls = []
    real = translator.predict

    def predict(texts, hint, hint_lang=None, time=False):
        calls.append(list(texts))
        dates, confidence = real(texts, hint, hint_lang, time)
        return [label if (t, hint_lang) == (text, lang) else d for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", predict)
    return calls


@pytest.mark.parametrize("raw, label, lang, iso, again", [
    # the month's English name, read in the language given
    ("Sat 15 Mar 2003 09:34:52 -0500", "2003-05-15", "en", "2003-03-15", "sat 15 march 2003"),
    ("14 fév 2005", "2005-05-14", "fr", "2005-02-14", "14 february 2005"),
    ("13-MAY-96", "1996-01-13", "bas", "1996-11-13", "13 november 96"),
    # the English name of the month it names, read in English
    ("3 May 1979", "1979-01-03", "pl", "1979-05-03", "3 may 1979"),
])
def test_with_a_language_a_text_read_with_another_month_is_read_again_with_the_one_it_names(
        translator, monkeypatch, raw, label, lang, iso, again):
    calls = _misread_as(translator, monkeypatch, normalize_text(raw), label, lang)
    [result] = normalize(raw, model=translator, lang=lang)
    assert (result.input, result.valid, result.iso) == (raw, True, iso), result
    assert calls[1] == [again]


def test_two_months_named_are_not_for_a_second_reading_to_choose_from(translator, monkeypatch):
    _misread_as(translator, monkeypatch, "3 may or 5 june 1996", "1996-01-03", "en")
    [result] = normalize("3 May or 5 June 1996", model=translator, lang="en")
    # refused: January is no month the text names, so the numbers' own readings are shown
    assert (result.valid, result.code) == (False, "ambiguous")
    assert "1996-01-03" not in result.readings.values()


def _misreading(translator, monkeypatch, wrong) -> list:
    """Make the translator's network misread the texts `wrong(text)` is true for (day 18), as models
    have done (an earlier default model read "12:00 PM 2016-08-01" with day 18 and Sesotho "15Phe2046"
    with day 5); returns the texts of each network call from now on."""
    calls = []
    real = translator.predict

    def predict(texts, *args):
        calls.append(list(texts))
        dates, confidence = real(texts, *args)
        return [d[:8] + "18" if wrong(t) else d for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", predict)
    return calls


def test_a_reading_thrown_by_a_time_of_day_is_read_again_without_it(translator, monkeypatch):
    calls = _misreading(translator, monkeypatch, lambda text: ":" in text)
    [result] = normalize(["12:00 PM 2016-08-01"], model=translator)
    assert (result.input, result.iso, result.valid) == ("12:00 PM 2016-08-01", "2016-08-01", True)
    assert calls == [["12:00 pm 2016-08-01"], ["2016-08-01"]]
    [plain] = normalize(["2016-08-01"], model=translator)  # read right once: no second reading
    assert plain.iso == "2016-08-01" and len(calls) == 3
    # with an order given, the numbers are read again in that order first
    [ordered] = normalize(["12:00 PM 2016-08-01"], model=translator, order="YMD")
    assert (ordered.iso, ordered.valid) == ("2016-08-01", True) and calls[4:] == [["1 august 2016"]]


def test_a_reading_thrown_by_letters_glued_to_numbers_is_read_again_spaced_out(translator, monkeypatch):
    """A text with no valid answer is read again with spaces between its words and numbers. Without a
    language, a spaced-out reading is kept only if its month is the English one of the month word or
    no word of the text names another month somewhere: "kwa" is January in Makhuwa-Meetto and March
    in Teso."""
    calls = _misreading(translator, monkeypatch, lambda text: " " not in text)
    [result] = normalize(["15Phe2046"], model=translator, lang="st")
    assert (result.input, result.iso, result.valid) == ("15Phe2046", "2046-01-15", True)
    assert calls == [["15phe2046"], ["15 phe 2046"]]
    [plain] = normalize(["15 Phe 2046"], model=translator, lang="st")  # read right once: no second reading
    assert plain.iso == "2046-01-15" and len(calls) == 3
    assert normalize("2021NOV22", model=translator)[0].iso == "2021-11-22"
    # English names are how month words read without a language: "may" is also Basaa's October
    assert [r.iso for r in normalize(["May3 1979", "may3,1979"], model=translator)] == ["1979-05-03"] * 2
    assert normalize("28KWA29", model=translator, lang="teo")[0].iso == "2029-03-28"
    unsure = normalize("28KWA29", model=translator)[0]  # read as 2029-01-28 spaced out: January or March?
    assert not (unsure.valid and unsure.iso == "2029-01-28"), unsure


def test_a_two_digit_year_after_an_apostrophe_read_as_a_day_is_read_again_in_full(translator, monkeypatch):
    """An apostrophe year read as a day ("Sept. '19" as --09-19): a text with no valid answer is read
    again with the year written out, and the date with a year is kept."""
    real = translator.predict

    def as_day(texts, *args):  # the network reads the apostrophe year as the day, as the model did
        dates, confidence = real(texts, *args)
        return [("0000" + d[4:8] + "19") if "'19" in t else d for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", as_day)
    [result] = normalize("Sept. '19", model=translator, lang="en")
    assert (result.input, result.partial, result.reason) == ("Sept. '19", "2019-09", "incomplete date (no day): 2019-09")
    assert normalize("'19 May'", model=translator, lang="en")[0].partial == "--05-19"  # a quoted text: no year


def test_a_year_made_up_from_a_clock_gives_way_to_the_incomplete_date_without_it(translator, monkeypatch):
    """A network that reads "May 3 at 2:00 PM" with year 2000 (the clock's digits): read again
    without the clock it is --05-03, kept because the part missing is the one the clock made
    up. A reading that fails for another reason is not swapped for a partial date."""
    real = translator.predict

    def clock_year(texts, *args):  # the network misreads the text with its clock, as those runs did
        dates, confidence = real(texts, *args)
        return [("2000" + d[4:]) if ":" in t else d for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", clock_year)
    [result] = normalize("May 3 at 2:00 PM", model=translator, lang="en")
    assert (result.valid, result.partial, result.reason) == (False, "--05-03", "incomplete date (no year): --05-03")


def test_a_year_and_one_number_are_a_month_even_when_read_with_that_day():
    """"11/2026" read as 2026-11-11 is November 2026 (the day was made from the month's number);
    with a month word or a second number the rule does not apply."""
    result = _judge("Expires 11/2026", "2026-11-11", 0.9, 0.5)
    assert (result.valid, result.code, result.partial) == (False, "incomplete", "2026-11")
    assert result.reason == "incomplete date (no day): 2026-11"
    assert _judge("11 nov 2026", "2026-11-11", 0.9, 0.5).valid
    assert _judge("11/11/2026", "2026-11-11", 0.9, 0.5).valid


def test_each_number_the_text_writes_serves_one_part_of_the_answer():
    def refused(raw, label):
        result = _judge(raw, label, 0.9, 0.5)
        return result.code, result.reason

    # 22 is the hour, not the day
    assert refused("Thu Feb 27 22:11:13 PDT 1986", "1986-02-22") == ("day_not_in_text", "day not in text (read 22)")
    assert refused("02/06", "0000-06-06") == ("month_not_in_text", "month not in text (read 6)")
    assert refused("31OCT30", "2031-10-31") == ("year_not_in_text", "year not in text (read 2031)")
    assert _judge("31OCT30", "2030-10-31", 0.9, 0.5).iso == "2030-10-31"


@pytest.mark.parametrize("raw, label, code, iso", [
    ("seit 20751220224812Z", "2075-02-20", "month_not_in_text", "2075-12-20"),  # the default model once read it so
    ("20220503", "2022-05-00", "incomplete", "2022-05-03"),
])
def test_a_compact_stamp_read_with_another_month_or_day_is_read_again_written_out(translator, monkeypatch,
                                                                                raw, label, code, iso):
    """The stamp writes its month and day: the answer is refused, and the stamp read again written out."""
    assert _judge(raw, label, 0.9, 0.5).code == code
    calls = _misread_as(translator, monkeypatch, normalize_text(raw), label)
    [result] = normalize(raw, model=translator)
    assert (result.input, result.valid, result.iso) == (raw, True, iso)
    assert calls[1] == [iso]  # the stamp written out, read by the model


def test_only_a_stamp_that_starts_with_the_year_read_is_written_out():
    config = default_config()
    opts = Options(config, None, None, 0.5)

    def rewrite(raw, label):
        ev = Evidence.of(raw, config)
        return compact_stamp(Row(ev, label, "", _judge(raw, label, 0.9, 0.5)), opts)

    assert rewrite("seit 20751220224812Z", "2075-02-20") == "2075-12-20"
    assert rewrite("20220503T140000Z", "2022-05-04") == "2022-05-03"
    assert rewrite("20220503T140000Z", "2021-05-03") is None  # another year: not this date's stamp
    assert rewrite("03052022", "2022-05-04") is None  # ddmmyyyy does not start with the year
    assert rewrite("3 may 1979", "1979-05-04") is None
    assert rewrite("20220503", "2022-05-03") is None  # answered: nothing to read again


def test_an_answer_that_reads_the_numbers_in_another_order_is_read_again_in_the_order_given(translator,
                                                                                         monkeypatch):
    """The default model once read "Fecha de nacimiento: 12/06/19" with MDY as 2019-06-12."""
    text = "fecha de nacimiento: 12/06/19"
    calls = _misread_as(translator, monkeypatch, text, "2019-06-12")
    [mdy] = normalize("Fecha de nacimiento: 12/06/19", order="MDY", model=translator)
    assert calls == [[text], ["6 december 2019"]]
    [dmy] = normalize("Fecha de nacimiento: 12/06/19", order="DMY", model=translator)
    assert (mdy.iso, dmy.iso) == ("2019-12-06", "2019-06-12")
    assert len(calls) == 3  # read in the order given: no second reading


def test_low_confidence_is_reported(translator):
    [result] = translator.translate(["3 May 1979"], min_confidence=1.0)
    assert (result.valid, result.reason, result.iso) == (False, "low confidence", None)
    assert result.confidence < 1.0


def test_bad_order_is_a_usage_error(translator):
    from datenorm.errors import DatenormError

    with pytest.raises(DatenormError, match="order must be"):
        normalize("3 May 1979", order="DYM", model=translator)


def test_results_keep_input_order_across_chunks(translator):
    texts = [f"{d} May 1979" for d in range(1, 29)] * 40
    results = list(translator.stream(texts, chunk=100))
    assert [r.iso for r in results] == [f"1979-05-{d:02d}" for d in range(1, 29)] * 40


def _examples():
    import csv

    with open(SHARED_EXAMPLES, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _wrong_answers(model, rows):
    wrong = []
    for row in rows:
        [result] = normalize(row["text"], order=row["order"] or None, model=model)
        if result.iso != row["iso"]:
            wrong.append((row["text"], row["order"], row["iso"], result))
    return wrong


@pytest.mark.skipif(not SHARED_EXAMPLES.is_file(), reason="../shared/eval/examples.tsv is not present")
def test_every_english_acceptance_example_translates_right_with_both_models(translator, english_model_dir):
    rows = [r for r in _examples() if r["lang"] == "en"]
    assert len(rows) >= 40
    assert not _wrong_answers(translator, rows)
    assert not _wrong_answers(load_model(english_model_dir), rows)


@pytest.mark.skipif(not SHARED_EXAMPLES.is_file(), reason="../shared/eval/examples.tsv is not present")
def test_every_acceptance_example_in_every_language_translates_right(translator):
    rows = _examples()
    assert {r["lang"] for r in rows} >= {"fr", "de", "es", "ru", "zh", "ja", "ko"}
    assert not _wrong_answers(translator, rows)


def test_bundled_models_are_found_by_name():
    from datenorm.runtime import resolve_model_dir

    assert resolve_model_dir("en").name == "en"
    assert resolve_model_dir("default").name == "default"


@pytest.mark.slow
def test_litert_and_keras_agree_on_1000_generated_inputs(default_model_dir, tmp_path):
    pytest.importorskip("keras")

    from datenorm.generate import generate, read_rows
    from datenorm.text import normalize_text
    from datenorm.train import load_keras_model

    generate(tmp_path, {"train": 1000, "valid": 1, "test": 1}, seed=11, locales="en_US,en_GB,fr,pl,hr,ja")
    rows = read_rows(tmp_path / "train.tsv")
    translator = Translator.from_dir(default_model_dir)
    model, config = load_keras_model(default_model_dir)
    rows = [r for r in rows if len(normalize_text(r["text"])) <= config.tx
            and not config.unknown_chars(normalize_text(r["text"]))]
    texts = [normalize_text(r["text"]) for r in rows]
    hints = [r["order"] for r in rows]
    langs = [r["lang"] if i % 2 and config.langs else None for i, r in enumerate(rows)]  # half with a language hint
    keras_probs = model.predict(config.encode(texts, hints, langs=langs), batch_size=256, verbose=0)[0]
    lite_dates, _ = translator.predict(texts, hints, langs)
    assert lite_dates == config.decode(keras_probs.argmax(-1))
    lite_probs = np.concatenate([translator.engine.run(config.encode(texts[i:i + 100], hints[i:i + 100], langs=langs[i:i + 100]))[0]
                                 for i in range(0, len(texts), 100)])
    # int8 weights (config.int8_weights) move probabilities a little, never an answer above
    np.testing.assert_allclose(lite_probs, keras_probs, atol=0.1 if config.int8_weights else 1e-4)
    assert len(texts) > 950


def test_translating_never_imports_tensorflow(default_model_dir):
    code = ("import sys, datenorm\n"
            f"r = datenorm.normalize(['3 May 1979', '03/04/2001'], model={str(default_model_dir)!r})\n"
            "assert r[0].iso == '1979-05-03', r\n"
            "print('TF' if 'tensorflow' in sys.modules or 'keras' in sys.modules else 'NO-TF')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "NO-TF", proc.stderr


@pytest.mark.slow
def test_default_model_is_found_from_any_directory_after_a_plain_install(tmp_path):
    """`pip install .` (not editable) ships models/default as package data."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True)
    code = "import datenorm; print(datenorm.normalize('3 May 1979')[0].iso, datenorm.__file__)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert proc.stdout.split()[0] == "1979-05-03", proc.stderr
    assert str(target) in proc.stdout


def test_datenorm_model_environment_variable_overrides_the_default(tmp_path, monkeypatch):
    from datenorm.errors import DatenormError
    from datenorm.runtime import resolve_model_dir

    monkeypatch.setenv("DATENORM_MODEL", str(tmp_path / "missing"))
    with pytest.raises(DatenormError, match="not found"):
        resolve_model_dir()


def test_corrupt_model_files_are_one_clear_error(default_model_dir, tmp_path):
    import shutil

    from datenorm.errors import DatenormError

    broken = tmp_path / "broken"
    shutil.copytree(default_model_dir, broken)
    (broken / "model.tflite").write_bytes(b"not a flatbuffer")
    with pytest.raises(DatenormError, match="corrupt model.tflite"):
        Translator.from_dir(broken)
    shutil.copy(default_model_dir / "model.tflite", broken / "model.tflite")
    (broken / "config.json").write_text("{ nope")
    with pytest.raises(DatenormError, match="corrupt"):
        Translator.from_dir(broken)
    (broken / "config.json").unlink()
    with pytest.raises(DatenormError, match="no config.json"):
        Translator.from_dir(broken)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=80), min_size=1, max_size=8), st.sampled_from([None, "DMY", "MDY", "YMD"]))
def test_fuzzed_unicode_never_raises_and_always_answers_or_explains(translator, texts, order):
    results = normalize(texts, order=order, model=translator)
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        assert result.input == text
        assert 0.0 <= result.confidence <= 1.0
        if result.valid:
            assert result.reason is None and len(result.iso) == 10
            import datetime as dt

            dt.date.fromisoformat(result.iso)
        else:
            assert result.iso is None and result.reason


def test_a_column_of_repeated_dates_reads_each_distinct_text_once(translator, monkeypatch):
    texts = ["3 May 1979", "May 3, 1979", "3 May 1979", "zzz", "3 May 1979", "1979-05-03"] * 4
    alone = {t: translator.translate([t], "DMY")[0] for t in set(texts)}
    read: list[str] = []
    predict = Translator.predict

    def counting(self, batch, hint, lang=None, time=False):
        read.extend(batch)
        return predict(self, batch, hint, lang)

    monkeypatch.setattr(Translator, "predict", counting)
    results = translator.translate(texts, "DMY")
    assert [r.as_dict() for r in results] == [alone[t].as_dict() for t in texts]
    assert len(read) == len(set(read)) == 4  # each distinct text once, across all its repeats
    # chunks remember the Results of earlier chunks with repeats, up to KNOWN_TEXTS distinct texts
    monkeypatch.setattr(engine, "KNOWN_TEXTS", 2)
    read.clear()
    streamed = list(translator.stream(texts, "DMY", chunk=5))
    assert [r.as_dict() for r in streamed] == [alone[t].as_dict() for t in texts]
    assert len(set(read)) == 4 < len(read) < len(texts)


def test_a_big_chunk_shared_out_over_two_processes_gives_the_same_results(default_model_dir, monkeypatch):
    monkeypatch.setattr(engine, "PARALLEL_MIN", 8)
    texts = ["3 May 1979", "03/04/2001", "May 1979", "zzz", "", "Tue 10 Jul 2007 10:42 PM", "7 listopada 2019",
             "1979年5月3日", "2021-W47", "31/02/2020", "19790503", "the 29th of August 1958", "x" * 200] * 2
    alone = Translator.from_dir(default_model_dir, workers=1)
    shared = Translator.from_dir(default_model_dir, workers=2)
    for order, lang in ((None, None), ("DMY", None), ("MDY", "pl")):
        assert ([r.as_dict() for r in shared.translate(texts, order, lang=lang)]
                == [r.as_dict() for r in alone.translate(texts, order, lang=lang)])
    assert shared.workers._pool is not None and alone.workers._pool is None  # the helper process was used
    small = Translator.from_dir(default_model_dir, workers=2)
    small.translate(texts[:5])
    assert small.workers._pool is None  # no process is started for a chunk below PARALLEL_MIN
    # a helper that dies (killed, out of memory) loses nothing: its share is read by the caller
    import os
    import signal

    for pid in list(shared.workers._pool._processes):
        os.kill(pid, signal.SIGKILL)
    assert [r.as_dict() for r in shared.translate(texts, "DMY")] == [r.as_dict() for r in alone.translate(texts, "DMY")]
    assert shared.workers.count == 1


_LOST_SHARE = """
from datenorm import engine

engine.PARALLEL_MIN = 2
workers = engine.Workers(2, print, ("helper ready",))
assert workers.map(list(range(4)), list, list) == [0, 1, 2, 3]  # the pool and its thread are running
pool = workers._pool
queue_put = pool._work_ids.put
def signal_lands(*args, **kwargs):  # as SIGTERM would, between the share's record and its queueing
    pool._work_ids.put = queue_put
    raise KeyboardInterrupt
pool._work_ids.put = signal_lands
try:
    workers.map(list(range(4)), list, list)
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_a_signal_inside_a_share_out_does_not_hang_the_exit():
    """The executor records a share, then queues it: a signal between the two left Python's exit
    waiting forever on the share's answer (a CLI hang after SIGTERM or SIGHUP). `Workers` cancels it."""
    run = subprocess.run([sys.executable, "-c", _LOST_SHARE], capture_output=True, text=True, timeout=30)
    assert (run.returncode, run.stdout.split()[-1:]) == (0, ["interrupted"]), run.stderr


def test_datenorm_workers_is_checked(monkeypatch):
    from datenorm.errors import DatenormError
    from datenorm.runtime import default_workers

    monkeypatch.setenv("DATENORM_WORKERS", "1")
    assert default_workers() == 1
    monkeypatch.setenv("DATENORM_WORKERS", "two")
    with pytest.raises(DatenormError, match="DATENORM_WORKERS must be a positive whole number, got 'two'"):
        default_workers()


def test_with_a_language_a_reading_in_one_order_the_numbers_cannot_make_is_no_reading(translator, monkeypatch):
    """The language may settle the order ("3/5/2019" in Spanish, whose locales write both), but a
    reading in MDY of a date its numbers make in no order (2019-05-05, as the datetime model has
    read it in Italian) is a misreading: the text's numbers say what MDY makes, and the two orders
    disagree."""
    real = translator.predict

    def predict(texts, hint, hint_lang=None, time=False):
        dates, confidence = real(texts, hint, hint_lang, time)
        return [("2019-05-05" if hint == "MDY" and t == "3/5/2019" else d) for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", predict)
    [result] = normalize("3/5/2019", model=translator, lang="es")
    assert (result.valid, result.code) == (False, "ambiguous")
    assert result.readings == {"DMY": "2019-05-03", "MDY": "2019-03-05"}
