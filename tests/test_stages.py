"""The reading pipeline's parts: times and zones left out of the evidence, the precheck and
second-reading tables, and second readings exercised with a network made to misread."""

import pytest

from datenorm import normalize
from datenorm.clock import without_clock
from datenorm.evidence import Evidence
from datenorm.prechecks import PRECHECKS
from datenorm.ranges import range_parts
from datenorm.rereads import REREADS
from datenorm.runtime import load_model
from datenorm.text import normalize_text


@pytest.fixture(scope="module")
def translator(default_model_dir):
    return load_model(default_model_dir)


@pytest.mark.parametrize("text, plain", [
    ("20180517t105513-0700", "20180517"),  # ISO 8601 basic, offset of four digits
    ("20161001t1430+0530", "20161001"),  # basic, hours and minutes only
    ("2009-08-12t22:15:09.9999z", "2009-08-12"),  # extended, a fraction of four digits
    ("2013-01-01 12:30:45.9876", "2013-01-01"),
    ("2019-05-03t10:42:00+02:00", "2019-05-03"),
    ("03/may/2022:14:00:00 +0200", "03/may/2022"),  # common log format
    ("tue, 03 may 2022 14:00:00 -0700", "tue, 03 may 2022"),  # RFC 2822
    ("tue, 03 may 2022 14:00:00 gmt", "tue, 03 may 2022"),  # HTTP
    ("20180517105513-0700", "20180517105513"),  # a compact stamp's zone
    ("5. syyskuuta 2019 klo 14.30", "5. syyskuuta 2019"),
    ("märz-2057", "märz-2057"),  # no clock: "z-20:57" is no zone
    ("the 22th", "the 22th"),
])
def test_times_fractions_and_zones_are_left_out_of_what_the_checks_read(text, plain):
    assert without_clock(text) == plain


def test_an_offset_or_a_fraction_is_never_a_written_year(default_model_dir):
    config = load_model(default_model_dir).config
    for raw, years in [("20180517T105513-0700", set()), ("2013-01-01 12:30:45.9876", {2013}),
                       ("2009-08-12T22:15:09.9999Z", {2009}), ("Tue, 03 May 2022 14:00:00 +0000", {2022})]:
        assert Evidence.of(raw, config).years == years, raw


def test_the_stage_tables_have_one_name_per_stage():
    for table in (PRECHECKS, REREADS):
        names = [stage[0] for stage in table]
        assert len(names) == len(set(names)) and all(names)


def test_prose_with_a_range_word_between_no_dates_is_no_range():
    assert range_parts("On June 8th, 2020, I am going to be the first man on Mars") is None
    assert range_parts("3 May to 5 June 2019") == ("3 may", "5 june 2019")
    assert range_parts("from Monday 3 May to Friday 7 May 2019") is not None


def _misreading(translator, monkeypatch, wrong, label="1999-01-01"):
    """Make the network answer `label` for every text for which `wrong(text)`; returns the calls."""
    real, calls = translator.predict, []

    def predict(texts, *args):
        calls.append(list(texts))
        dates, confidence = real(texts, *args)
        return [label if wrong(t) else d for t, d in zip(texts, dates)], confidence

    monkeypatch.setattr(translator, "predict", predict)
    return calls


def test_the_order_given_rereads_a_misread_numeric_date_in_that_order(translator, monkeypatch):
    calls = _misreading(translator, monkeypatch, lambda text: "/" in text, label="2019-06-12")
    [result] = normalize("12/06/19", model=translator, order="MDY")
    assert (result.input, result.iso) == ("12/06/19", "2019-12-06")
    assert calls[-1] == ["6 december 2019"]  # the text rewritten, read by the model


def test_a_compact_stamp_misread_is_read_again_written_out(translator, monkeypatch):
    _misreading(translator, monkeypatch, lambda text: "-" not in text, label="2075-12-22")
    [result] = normalize("20751220224812Z", model=translator)
    assert (result.valid, result.iso) == (True, "2075-12-20")


def test_with_a_language_the_month_it_names_is_read_again_in_english(translator, monkeypatch):
    _misreading(translator, monkeypatch, lambda text: "may" in text, label="1987-05-10")
    [result] = normalize("10 may 1987", model=translator, lang="dua")  # Duala's may is October
    assert (result.valid, result.iso) == (True, "1987-10-10")


@pytest.mark.parametrize("text, iso", [
    ("جانـ 11, 1987", "1987-01-11"), ("11/سبتـ/1987", "1987-09-11"), ("شوب 11, 1987", "1987-02-11"),
    ("2010-يىلى2-ئاينىڭ14-كۈنى", "2010-02-14"), ("Christmas Day 2019", "2019-12-25"),
    ("New Year's Eve 1999", "1999-12-31"),
])
def test_rewritten_texts_are_read_by_the_model_and_witnessed(translator, text, iso):
    [result] = normalize(text, model=translator)
    assert (result.valid, result.iso) == (True, iso), result


def test_normalising_drops_the_tatweel():
    assert normalize_text("جانـ") == "جان"


def test_docs_checks_md_holds_the_stage_tables_the_code_writes():
    from datenorm.runtime import CHECKS_DOC, with_stage_tables

    doc = CHECKS_DOC.read_text(encoding="utf-8")
    assert with_stage_tables(doc) == doc, "run: python -m datenorm.runtime"


def test_the_one_numeric_date_with_a_full_year_beside_other_numbers_is_found(default_model_dir):
    config = load_model(default_model_dir).config
    for raw, written in [("n. 12 del 3/5/2019", "3/5/2019"), ("Q3 2019 03.05.2019", "03.05.2019"),
                         ("room 5, 2019/5/3", "2019/5/3"),
                         ("3/5/2019", None),  # no other number
                         ("3/5/2019 - 7/5/2019", None),  # two dates
                         ("v1.2.3 3/5/19", None),  # a year of two digits
                         ("build 3/5/2019.12", None), ("id 12/3/2019/4", None)]:  # glued to more numbers
        found = Evidence.of(raw, config).written_numeric_date
        assert (found.group() if found else None) == written, raw
