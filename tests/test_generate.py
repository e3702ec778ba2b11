import datetime as dt
import hashlib
import random
import re

import pytest

from datenorm.clock import without_clock
from datenorm.errors import DatenormError
from datenorm.generate import (
    COLUMNS,
    DAY_ORDINALS,
    DEFAULT_LOCALES,
    DatePairs,
    augment,
    build_plans,
    generate,
    locale_plan,
    resolve_locales,
    read_rows,
)
from datenorm.months import written_months
from datenorm.runtime import partial_date
from datenorm.text import PIVOT_END, PIVOT_START, digit_runs, normalize_text, numeric_readings, order_matters


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _year_written(text: str, date: dt.date) -> bool:
    """The label's year is the year in the text: every 4-digit run is that year, or its two digits appear.

    Times of day and zone offsets (10:42:07.123, +0530) are not part of the date and are set aside.
    """
    time_and_zone = r"(?<!\d)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([a-z.]*\s*)?([a-z]{3}\s*)?([+-]\d{2}:?\d{2}\b)?"
    date_part = re.sub(time_and_zone, " ", normalize_text(text))
    runs = re.findall(r"[0-9]+", date_part)
    four = [r for r in runs if len(r) == 4]
    eight = [r for r in runs if len(r) in (8, 14)]  # yyyymmdd, yyyymmddhhmmss
    if four or eight:
        return all(r == str(date.year) for r in four) and all(r[:4] == str(date.year) for r in eight)
    return f"{date.year % 100:02d}" in runs


def test_files_have_the_documented_header_and_sizes(small_data):
    for split, n in (("train", 3000), ("valid", 300), ("test", 300)):
        lines = (small_data / f"{split}.tsv").read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == list(COLUMNS)
        assert len(lines) == n + 1
        assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def _full(rows):
    """The rows that write a whole date (incomplete dates have 00 in their labels)."""
    return [r for r in rows if partial_date(r["iso"]) is None]


def test_every_label_is_a_real_iso_date_in_range(small_data):
    rows = read_rows(small_data / "train.tsv")
    for row in _full(rows):
        date = dt.date.fromisoformat(row["iso"])
        assert dt.date(1900, 1, 1) <= date <= dt.date(2099, 12, 31)
        assert row["order"] in ("DMY", "MDY", "YMD")
    assert len(_full(rows)) > 0.95 * len(rows)


def test_incomplete_dates_are_labelled_with_00_for_what_the_text_leaves_out(tmp_path):
    generate(tmp_path, {"train": 20000, "valid": 10, "test": 10}, seed=2, locales="en_US,en_GB,fr,de,ru,ja,pl")
    rows = [r for r in read_rows(tmp_path / "train.tsv") if partial_date(r["iso"])]
    assert 0.02 < len(rows) / 20010 < 0.04
    kinds = {partial_date(r["iso"])[1] for r in rows}
    assert kinds == {"no day", "no year", "year only"}
    for row in rows:
        year, month, day = (int(p) for p in row["iso"].split("-"))
        numbers = [int(n) for n in re.findall(r"[0-9]+", normalize_text(row["text"]))]
        assert row["format"].startswith("part-"), row
        assert (year in numbers) == (year != 0), row  # the year is written exactly when the label has one
        if day:
            assert day in numbers, row
        if not year:
            assert not any(n >= 1000 for n in numbers), row  # no stray four-digit number posing as a year
    assert {r["lang"] for r in rows} == {"en", "fr", "de", "ru", "ja", "pl"}  # every language has them


def test_english_incomplete_forms_and_their_labels():
    plan = locale_plan("en_US")
    rng = random.Random(0)
    forms = {t.id: (t.render(dt.date(1979, 5, 3), rng), t.label(dt.date(1979, 5, 3))) for t in plan.partials}
    assert forms["part-en:ord-month"] == ("3rd May", "0000-05-03")
    assert forms["part-en:the-ord-of-month"] == ("the 3rd of May", "0000-05-03")
    assert {("May 1979", "1979-05-00"), ("May 3", "0000-05-03"), ("1979", "1979-00-00")} <= set(forms.values())
    assert all(t.missing for t in plan.partials) and not any(t.missing for t in plan.templates)
    year_only = {t.id: t.render(dt.date(1979, 5, 3), rng) for t in plan.partials if t.label(dt.date(1979, 5, 3)) == "1979-00-00"}
    assert {"part-en:quarter-year", "part-en:season-year", "part-en:circa-year"} <= set(year_only)
    assert all(re.search(r"\b1979\b", text) for text in year_only.values())
    day_month = {t.render(dt.date(1979, 12, 31), rng) for t in locale_plan("en_GB").partials
                 if t.label(dt.date(1979, 12, 31)) == "0000-12-31"}
    assert "31/12" in day_month and "12/31" not in day_month  # numeric day-month in the locale's order


def test_no_incomplete_dates_with_partial_share_zero(tmp_path):
    generate(tmp_path, {"train": 3000, "valid": 10, "test": 10}, seed=2, partial_share=0.0)
    assert not any(partial_date(r["iso"]) for r in read_rows(tmp_path / "train.tsv"))


def test_same_seed_gives_byte_identical_files_and_another_seed_differs(tmp_path):
    sizes = {"train": 500, "valid": 50, "test": 50}
    generate(tmp_path / "a", sizes, seed=3)
    generate(tmp_path / "b", sizes, seed=3)
    generate(tmp_path / "c", sizes, seed=4)
    for split in ("train", "valid", "test"):
        assert _digest(tmp_path / "a" / f"{split}.tsv") == _digest(tmp_path / "b" / f"{split}.tsv")
        assert _digest(tmp_path / "a" / f"{split}.tsv") != _digest(tmp_path / "c" / f"{split}.tsv")


def test_held_out_splits_never_repeat_a_training_text(small_data):
    train = {normalize_text(r["text"]) for r in read_rows(small_data / "train.tsv")}
    raw_train = {r["text"] for r in read_rows(small_data / "train.tsv")}
    held = [r["text"] for s in ("valid", "test") for r in read_rows(small_data / f"{s}.tsv")]
    assert not raw_train.intersection(held)
    assert not train.intersection(normalize_text(t) for t in held)
    assert len({normalize_text(t) for t in held}) == len(held)


@pytest.mark.parametrize("locales", [None, "fr,de,ru,zh,ja,ko,ar,hi,es,pt"])
def test_year_written_is_the_label_year_around_new_year(locales):
    """The week-year trap: CLDR `Y` writes 31 Dec 2019 as 2020; every format must write 2019."""
    plans, _ = build_plans(locales)
    dates = [dt.date(y, 12, d) for y in (1903, 1959, 1970, 2018, 2019, 2024, 2048) for d in range(24, 32)]
    dates += [dt.date(y, 1, d) for y in (1904, 1960, 1971, 2019, 2020, 2025, 2049) for d in range(1, 8)]
    checked = 0
    for plan in plans:
        for template in plan.templates:
            rng = random.Random(0)
            for date in dates:
                if template.short_year and not PIVOT_START <= date.year <= PIVOT_END:
                    continue
                text = template.render(date, rng)
                assert _year_written(text, date), (plan.locale, template.id, text, date)
                checked += 1
    assert checked > 1000


def test_the_week_year_check_catches_the_classic_bug():
    from babel.dates import format_date

    date = dt.date(2019, 12, 31)
    assert not _year_written(format_date(date, "d MMM YYY", locale="en_US"), date)
    assert _year_written(format_date(date, "d MMM y", locale="en_US"), date)


def test_two_digit_years_only_inside_pivot_window(tmp_path):
    generate(tmp_path, {"train": 4000, "valid": 10, "test": 10}, seed=1)
    short = 0
    for row in _full(read_rows(tmp_path / "train.tsv")):
        runs = re.findall(r"[0-9]+", normalize_text(row["text"]))
        if not any(len(r) in (4, 8, 14) for r in runs):
            short += 1
            assert PIVOT_START <= int(row["iso"][:4]) <= PIVOT_END, row
    assert short > 50


def test_numeric_labels_are_recoverable_under_the_rows_order(small_data):
    for row in read_rows(small_data / "train.tsv"):
        plain = without_clock(normalize_text(row["text"]))
        readings = numeric_readings(plain, digit_runs(plain))
        if row["order_matters"] == "1":  # a day and a month alone ("3/5", 0000-05-03) read in the year 2000
            iso = row["iso"].replace("0000-", "2000-", 1)
            assert dt.date.fromisoformat(iso) in readings
            assert order_matters(row["text"])


def test_default_english_locales_have_at_least_30_format_ids_and_both_orders():
    plans, skipped = build_plans(None)
    assert not skipped
    assert {p.locale for p in plans} == set(DEFAULT_LOCALES)
    assert {"MDY", "DMY"} <= {p.order for p in plans}
    assert len({t.id for p in plans for t in p.templates}) >= 30


def test_english_free_text_forms_are_generated(tmp_path):
    generate(tmp_path, {"train": 5000, "valid": 10, "test": 10}, seed=2)
    texts = [r["text"].lower() for r in read_rows(tmp_path / "train.tsv")]
    assert any(re.match(r"the \d+(st|nd|rd|th) of ", t) for t in texts)
    assert any(re.search(r"\b\d*1th\b", t) for t in texts)  # the common "21th"
    assert any("sept" in t and "september" not in t for t in texts)
    assert any(re.search(r"\b[a-z]{3}\. \d", t) for t in texts)  # "Aug. 29"
    assert any(t.startswith(("monday", "tuesday", "wednesday", "mon ", "tue ")) for t in texts)


def test_each_augmentation_keeps_the_label(tmp_path):
    rng = random.Random(0)
    seen = set()
    for _ in range(3000):
        text, aug = augment("Tue 3 May 1979", "en", rng)
        seen.add(aug)
        assert normalize_text(text).count("1979") == 1 or aug == "none"
        assert "3" in normalize_text(text)
    assert {"time", "time-12h", "time-seconds", "time-zone", "words", "upper", "lower", "title", "spaces",
            "punct", "comma-added"} <= seen
    assert any(a.startswith("digits-") for a in seen)


def test_dropping_commas_never_glues_two_numbers_into_one():
    """Kannada's medium date is "ಜೂನ್ 7,1960" and Balochi's full one "14,12,1938": without the comma
    they must still say 7 and 1960 (the fresh22 split had "ಜೂನ್ 71960" and "14121938")."""
    for text, dropped in (("ಜೂನ್ 7,1960", "ಜೂನ್ 7 1960"), ("14,12,1938", "14 12 1938"), ("May 3, 1979", "May 3 1979")):
        rng = random.Random(0)
        seen = {augment(text, "en", rng) for _ in range(400)}
        assert (dropped, "comma-dropped") in seen
        assert not any(re.search(r"\d{5}", t) for t, aug in seen if aug == "comma-dropped")


@pytest.mark.parametrize("lang, text, words", [("ja", "1979年5月3日", "時"), ("zh", "1979年5月3日", "点點时時"),
                                               ("ko", "1979년 5월 3일", "시"), ("th", "3 พ.ค. 1979", "น")])
def test_cjk_and_thai_rows_get_clocks_written_their_way_and_keep_the_date(lang, text, words):
    rng = random.Random(1)
    clocks = []
    for _ in range(2000):
        out, aug = augment(text, lang, rng)
        if aug == "time-native":
            assert out.startswith(text)
            clock = out[len(text):]
            assert not (text[-1].isdigit() and clock[0].isdigit())  # "3日" + "10時" never runs digits together
            clocks.append(clock)
    assert len(clocks) > 50 and any(set(words) & set(c) for c in clocks)


def test_english_ordinal_days_come_with_apostrophe_years(tmp_path):
    generate(tmp_path, {"train": 4000, "valid": 10, "test": 10}, seed=6)
    rows = [r for r in read_rows(tmp_path / "train.tsv") if r["format"].split("+")[0] == "en:ord-month-apostrophe-yy"]
    assert rows
    for row in rows:
        text = normalize_text(row["text"])
        assert re.search(rf"{int(row['iso'][8:])}(st|nd|rd|th) .* '{row['iso'][2:4]}\b", text), row


def test_augmented_rows_still_write_the_label_year(tmp_path):
    """Every augmentation of every locale's rows: the year in the text is still the label's year."""
    generate(tmp_path, {"train": 6000, "valid": 10, "test": 10}, seed=4, locales="en_US,en_GB,fr,de,ru,ja,ar,hi")
    rows = read_rows(tmp_path / "train.tsv")
    for row in _full(rows):
        assert _year_written(row["text"], dt.date.fromisoformat(row["iso"])), row
    assert len({r["augment"] for r in rows}) >= 15


def test_native_digit_augmentation_normalizes_back_to_the_same_text():
    rng = random.Random(5)
    for _ in range(500):
        text, aug = augment("26.01.1995", "ar", rng)
        if aug.startswith("digits-"):
            assert not text.isascii()
            assert normalize_text(text) == "26.01.1995"


@pytest.mark.slow  # plans every CLDR locale: tens of seconds
def test_all_locales_can_be_planned():
    plans, skipped = build_plans("all")
    assert len(plans) > 700
    assert len(plans) + len(skipped) > 1000
    langs = {p.lang for p in plans}
    assert {"en", "fr", "de", "ru", "zh", "ja", "ko", "es", "pt", "ar"} <= langs


def test_date_range_is_respected():
    plans, _ = build_plans("en_GB")
    pairs = DatePairs(plans, seed=1, start=dt.date(2000, 1, 1), end=dt.date(2000, 1, 31))
    rows = [r.__dict__ for r in pairs.rows(300)]
    assert {r["iso"][:7] for r in _full(rows)} == {"2000-01"}
    assert {r["iso"] for r in rows if partial_date(r["iso"])} <= {"2000-01-00", "2000-00-00"} | {
        f"0000-01-{d:02d}" for d in range(1, 32)}


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"locales": "xx_NOPE"}, "unknown locale"),
        ({"start": dt.date(2000, 1, 2), "end": dt.date(2000, 1, 1)}, "before"),
    ],
)
def test_bad_arguments_raise_one_clear_error(tmp_path, kwargs, message):
    with pytest.raises(DatenormError, match=message):
        generate(tmp_path / "x", {"train": 10, "valid": 10, "test": 10}, **kwargs)
    assert not (tmp_path / "x").exists() or not list((tmp_path / "x").iterdir())


def test_zero_rows_is_an_error(tmp_path):
    with pytest.raises(DatenormError, match="--valid must be a positive"):
        generate(tmp_path, {"train": 10, "valid": 0, "test": 10})


def test_locale_plan_rejects_unknown_locale():
    with pytest.raises(DatenormError):
        locale_plan("zz_ZZ_bogus")


def test_exclude_keeps_another_training_set_out_of_the_held_out_splits(tmp_path):
    generate(tmp_path / "first", {"train": 3000, "valid": 10, "test": 10}, seed=1, start=dt.date(2000, 1, 1),
             end=dt.date(2000, 3, 31))
    first = {normalize_text(r["text"]) for r in read_rows(tmp_path / "first" / "train.tsv")}
    generate(tmp_path / "second", {"train": 10, "valid": 300, "test": 300}, seed=2, start=dt.date(2000, 1, 1),
             end=dt.date(2000, 3, 31), exclude=[tmp_path / "first" / "train.tsv"])
    held = [normalize_text(r["text"]) for s in ("valid", "test") for r in read_rows(tmp_path / "second" / f"{s}.tsv")]
    assert not first.intersection(held)
    with pytest.raises(DatenormError, match="cannot read --exclude"):
        generate(tmp_path / "third", {"train": 1, "valid": 1, "test": 1}, exclude=[tmp_path / "missing.tsv"])


def _templates(locale: str) -> dict:
    plan = locale_plan(locale)
    return {t.id: t for t in plan.templates}


@pytest.mark.parametrize("format_id, layouts", [
    ("iso-compact-datetime", ("%Y%m%dT%H%M%S", "%Y%m%dT%H%M%SZ", "%Y%m%d%H%M%S", "%Y%m%d%H%M%SZ", "%Y%m%d_%H%M%S",
                              "%Y%m%d_%H%M%SZ", "%Y%m%d-%H%M%S", "%Y%m%d-%H%M%SZ")),
    ("ddMONyyyy", ("%d%b%Y", "%d-%b-%Y")),
    ("ddMONyy", ("%d%b%y", "%d-%b-%y")),
    ("apache-clf", ("%d/%b/%Y:%H:%M:%S %z", "[%d/%b/%Y:%H:%M:%S %z]")),
])
def test_machine_stamps_and_database_dates_parse_back_to_their_label(format_id, layouts):
    """ISO basic timestamps (20220503T140000Z), SAS DATE9/DATE7 and Oracle DD-MON-YYYY/RR (03MAY2022)."""
    rng = random.Random(2)
    shapes = set()
    for locale in ("en_US", "fr", "ja"):  # machine formats are written in English whatever the locale
        template = _templates(locale)[format_id]
        for day in range(0, 3000, 7):
            date = dt.date(1970, 1, 1) + dt.timedelta(days=day)  # strptime's %y reads 69-99 as 19xx
            text = template.render(date, rng)
            parsed = [d for d in (_parse(text, f) for f in layouts) if d is not None]
            assert parsed and parsed[0] == date, (format_id, text, date)
            shapes.add(("-" in text, text[2:5].isupper()))
    if format_id in ("ddMONyyyy", "ddMONyy"):
        assert len(shapes) == 4  # glued and dashed, upper and title case


@pytest.mark.parametrize("locale, month, own", [("bas", 5, "mpu"), ("dua", 5, "emi"), ("st", 1, "phe"), ("teo", 3, "kwa")])
def test_database_columns_write_the_locales_own_month_where_english_names_another(locale, month, own):
    """Basaa "may" is November: a Basaa SAS/Oracle column writes May as "mpu", never "MAY" (which
    would label one text with two dates); the other months, and stamps with an English weekday, stay English."""
    rng = random.Random(4)
    templates = _templates(locale)
    for format_id, shown in (("ddMONyyyy", f"10-{own}-1995"), ("apache-clf", f"10/{own}/1995:")):
        texts = {templates[format_id].render(dt.date(1995, month, 10), rng).lower().lstrip("[") for _ in range(20)}
        assert all(t.replace("-", "").startswith(shown.replace("-", "")) for t in texts), texts
    other = 6 if month != 6 else 7
    assert templates["ddMONyyyy"].render(dt.date(1995, other, 10), rng).lower().replace("-", "") == \
        f"10{dt.date(1995, other, 1):%b}1995".lower()
    stamp = templates["rfc2822"].render(dt.date(1995, month, 10), rng)
    assert f"{dt.date(1995, month, 10):%b}" in stamp  # "Wed, 10 May 1995 ...": the weekday makes it English
    english = _templates("en_US")["ddMONyyyy"].render(dt.date(1995, month, 10), rng)
    assert english.lower().replace("-", "") == f"10{dt.date(1995, month, 1):%b}1995".lower()


def _parse(text: str, layout: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text, layout).date()
    except ValueError:
        return None


@pytest.mark.parametrize("locale", ["pl", "cs", "hu", "ru", "it"])
def test_roman_numeral_months_read_back_to_their_label(locale):
    """3.V.1979, 3. V. 1979, 3 V 1979; Hungarian 1979. V. 3. -- the numeral is the month."""
    from datenorm.generate import ROMAN_MONTHS

    template = _templates(locale)["roman-month"]
    rng = random.Random(3)
    layouts = set()
    for day in range(0, 40000, 37):
        date = dt.date(1900, 1, 1) + dt.timedelta(days=day)
        text = template.render(date, rng)
        numbers = re.findall(r"[0-9]+|[IVX]+", text)
        year, month, mday = (numbers if locale == "hu" else numbers[::-1])
        assert (int(year), ROMAN_MONTHS.index(month), int(mday)) == (date.year, date.month, date.day), text
        layouts.add(re.sub(r"[0-9]+|[IVX]+", "#", text))
    assert len(layouts) >= 3
    assert "roman-month" not in _templates("en_US") and "roman-month" not in _templates("fr")


def test_chinese_hao_day_form():
    text = _templates("zh")["zh:kanji-hao"].render(dt.date(2021, 11, 22), random.Random(0))
    assert text == "2021年11月22号"


@pytest.mark.parametrize("lang, text", [("fr", "mercredi 4 mai 2022"), ("de", "22.11.2021"), ("pt", "22/11/2021"),
                                        ("es", "3 de mayo de 2022"), ("it", "3 maggio 2022"), ("nl", "3 mei 2022"),
                                        ("ru", "3 мая 2022")])
def test_european_clocks_follow_the_date_with_a_space_and_keep_it(lang, text):
    """'à 10h30', 'um 10:30 Uhr', 'às 14h': the date is untouched and never glued to the clock."""
    rng = random.Random(4)
    clocks = []
    for _ in range(600):
        out, aug = augment(text, lang, rng)
        if aug == "time-native":
            assert out.startswith(text + " ") or out.startswith(text + ", "), out
            clocks.append(out[len(text):])
            assert _year_written(out, dt.date(int(re.findall(r"\d{4}", text)[0]), 1, 1)), out
    assert len(clocks) > 20


def test_lead_words_hold_no_digits_so_labels_stay_exact():
    from datenorm.generate import GENERIC_LEAD_WORDS, LEAD_WORDS

    words = [w for ws in LEAD_WORDS.values() for w in ws] + list(GENERIC_LEAD_WORDS)
    assert len(LEAD_WORDS["en"]) >= 30 and "DOB " in LEAD_WORDS["en"]
    for word in words:
        assert not any(c.isdigit() for c in word), word


@pytest.mark.parametrize("locale", sorted({*DAY_ORDINALS, *written_months()}))
def test_ordinal_days_and_written_month_names_are_witnessed_by_the_checks(locale):
    """"неделя, февруари 14-ти 2010", "Th8 29, 2022", "16. čer 2014": every form the generator
    writes with an ordinal day or a month name CLDR lacks passes the checks with its own label (the
    month's name is in the name table, the day written in digits), and only with `times`: as
    the `datetime` model, which reads them, sees them (its letters)."""
    from conftest import ROOT

    from datenorm.config import ModelConfig
    from datenorm.evidence import Evidence
    from datenorm.witness import judge

    config = ModelConfig.load(ROOT / "models" / "datetime" / "config.json")
    plan = {t.id: t for t in locale_plan(locale, times=True).templates}
    forms = [t for id_, t in plan.items() if id_.startswith(("ord:", "written-month:"))]
    assert forms and not any(id_.startswith(("ord:", "written-month:")) for id_ in _templates(locale))
    rng = random.Random(5)
    for template in forms:
        for day in range(0, 3000, 7):
            date = dt.date(2001, 1, 1) + dt.timedelta(days=day)
            text = template.render(date, rng)
            lang = locale.split("_")[0]
            result = judge(Evidence.of(text, config, lang), date.isoformat(), 0.99, 0.5, lang)
            assert result.valid, (template.id, text, result.reason)


@pytest.mark.slow  # plans every locale twice (18 s)
def test_ordinal_day_forms_name_the_month_after_every_locale_has_loaded(tmp_path):
    """Babel writes a resolved alias back into data its locales share (python-babel/babel#1234):
    once every locale has loaded, as `--locales all` plans them, a locale inheriting root's
    stand-alone months got root's placeholders ("M05 8:e 2050") or, in other load orders, another
    language's names. Planned after all the others, in either order, each row names its own month."""
    from datenorm.months import language_month_names, words
    from datenorm.text import normalize_text

    for order in (sorted, lambda names: sorted(names, reverse=True)):
        for name in order(resolve_locales("all")):
            locale_plan(name, times=True)
        rng = random.Random(2)
        for locale in ("sv", "es", "bg", "tr", "nl", "cs", "fil", "kk"):
            plan = {t.id: t for t in locale_plan(locale, times=True).templates}
            own = language_month_names(locale)
            for day in range(0, 400, 13):
                date = dt.date(2050, 1, 1) + dt.timedelta(days=day)
                text = plan["ord:month-day-year"].render(date, rng)
                assert date.month in own.get(words(normalize_text(text.split()[0]))[0], ()), (locale, text)


def test_a_locale_says_its_own_names_whatever_was_read_before_it():
    """Babel wrote one locale's resolved names into data its siblings share (python-babel/babel#1234):
    in a fresh process, after Hebrew's "LLLL" French's was Hebrew, and after Russian's short
    weekdays Arabic's were "Mon". `datenorm.babel_data` keeps each locale's own, so what the
    generator writes does not depend on what it read first."""
    import subprocess
    import sys

    code = """
import datetime as dt
import datenorm.generate
from babel.dates import format_date, format_skeleton
day = dt.date(2041, 5, 3)
for other in ("he", "ja", "ru"):
    format_date(day, "LLLL y", locale=other), format_skeleton("yMEd", day, locale=other)
print([format_date(day, "LLLL y", locale=loc) for loc in ("fr", "es", "nb", "de")])
print(format_skeleton("yMEd", day, locale="ar"), format_skeleton("yMEd", day, locale="ru"))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["['mai 2041', 'mayo 2041', 'mai 2041', 'Mai 2041']",
                                "الجمعة، 3\u200f/5\u200f/2041 пт, 03.05.2041\u202fг."]  # as read first
