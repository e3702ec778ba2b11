"""Times of day in the generated data (`generate(times=True)`, `datenorm generate --times`): every
label is an ISO datetime its text witnesses, zones carry the offset they have at that date and time,
and the files made without times stay byte for byte what they were."""

import datetime as dt
import email.utils
import random
import re

import pytest
from conftest import splits_digest
from babel import Locale, localedata
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.times import (
    DAY_PERIOD_WORDS,
    EUROPEAN_CLOCKS,
    IANA_ZONES,
    LANGUAGE_CLOCKS,
    ZONE_ABBREVIATIONS,
    _cldr_writer,
    _noon_words,
    _zone_clock,
    native_clock,
    time_catalogue,
    time_of_day,
    zone_offset,
)
from datenorm.generate import (
    CLOCK_BEFORE_DATE,
    GO_ZONES,
    MACHINE_IDS,
    SPLITS,
    TIME_ONLY_SHARE,
    DatePairs,
    build_plans,
    generate,
    locale_plan,
    read_rows,
)
from datenorm.clockwords import long_zone_name, zone_offsets_at
from datenorm.text import normalize_text

LOCALES = "en_US,en_GB,fr,de,es,pt_BR,it,nl,ru,ja,zh,ko,th,ar,fi,sv,pl,id,hi,fa"
LABEL = re.compile(r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:T(?P<h>[0-9]{2}):(?P<m>[0-9]{2})"
                   r"(?::(?P<s>[0-9]{2})(?:\.(?P<f>[0-9]{1,9}))?)?(?P<zone>Z|[+-][0-9]{2}:[0-9]{2})?)?")
IANA = {name.lower(): name for name in IANA_ZONES}
# sha256 of train+valid+test of `generate(sizes 600/60/60, seed=11)` made before times existed; the
# second since each locale reads its own Babel data (`datenorm.babel_data`: its Spanish partial dates
# had Japanese month names before, once Japanese had been read), which these files pin too
BEFORE_TIMES = {
    None: "c84b30531fc5d4748fe24447ebac071854163387e2c33ef9e6f0b2576e327841",
    "en_US,fr,de,ja,zh,ko,th,ar,ru,es,pt,it,nl,hi": "5d831c3c299f24a6274c31ae2d015d54bc80890b706bb2f5aa0dcb1c52982f6a",
}


@pytest.fixture(scope="module")
def timed(tmp_path_factory):
    """Rows of a small multilingual run with times, and the directory they were written to."""
    out = tmp_path_factory.mktemp("times")
    generate(out, {"train": 5000, "valid": 200, "test": 200}, seed=5, locales=LOCALES, times=True)
    return out, [r for s in SPLITS for r in read_rows(out / f"{s}.tsv", columns=("text", "iso", "zone"))]


def _with_time(rows):
    return [r for r in rows if "T" in r["iso"]]


def _offset_minutes(zone: str) -> int:
    if zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    return sign * (int(zone[1:3]) * 60 + int(zone[4:6]))


def _witnessed(text: str, hour: int, minute: int, form: str) -> bool:
    """The hour (as 0-23, or on a 12-hour clock) and the minute are numbers of the normalised text,
    or glued in a compact stamp (20220503T140000); a form that writes the hour alone has minute 00."""
    plain = normalize_text(text)
    numbers = {int(n) for n in re.findall(r"[0-9]+", plain)}
    if f"{hour:02d}{minute:02d}" in re.sub(r"[^0-9]", "", plain):
        return True
    hour_written = bool({hour, hour % 12, (hour % 12) or 12} & numbers)
    return hour_written and (minute in numbers or (minute == 0 and "hour" in form))


@pytest.mark.parametrize("locales", list(BEFORE_TIMES))
def test_without_times_the_files_are_byte_identical_to_before(tmp_path, locales):
    generate(tmp_path, {"train": 600, "valid": 60, "test": 60}, seed=11, locales=locales)
    assert splits_digest(tmp_path) == BEFORE_TIMES[locales]
    assert "zone" not in (tmp_path / "train.tsv").read_text(encoding="utf-8").splitlines()[0]


def test_with_times_the_files_gain_a_zone_column_and_a_third_of_rows_a_time(timed):
    out, rows = timed
    header = (out / "train.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header[-1] == "zone"
    share = len(_with_time(rows)) / len(rows)
    assert 0.3 < share < 0.55, share
    time_forms = {part for r in _with_time(rows) for part in r["format"].split("+") if part.startswith("time")}
    assert len(time_forms) > 60
    assert {"time-cldr-short", "time-cldr-long", "time-cldr-Bhm", "time-zone-iana", "time-zone-abbr", "time-iso",
            "time-noon", "time-midnight", "time-de:uhr", "time-fi:klo", "time-kl", "time-ar:ampm"} <= time_forms


def test_every_time_label_is_an_iso_datetime_of_the_documented_forms(timed):
    for row in _with_time(timed[1]):
        label = row["iso"]
        assert LABEL.fullmatch(label), row
        if label.startswith("0000-00-00T"):
            dt.time.fromisoformat(label[11:].replace("Z", "+00:00"))
        else:
            dt.datetime.fromisoformat(label.replace("Z", "+00:00"))


def test_every_hour_and_minute_of_a_label_is_written_in_its_text(timed):
    words = {lang: {normalize_text(w) for w in _noon_words(lang, "noon") + _noon_words(lang, "midnight")}
             for lang in {row["lang"] for row in timed[1]}}
    checked = 0
    for row in _with_time(timed[1]):
        label = LABEL.fullmatch(row["iso"])
        hour, minute = int(label["h"]), int(label["m"])
        if "time-noon" in row["format"] or "time-midnight" in row["format"]:
            assert (hour, minute) == ((12, 0) if "time-noon" in row["format"] else (0, 0)), row
            assert any(w in normalize_text(row["text"]) for w in words[row["lang"]]), row
            continue
        assert _witnessed(row["text"], hour, minute, row["format"]), row
        if label["s"]:
            assert int(label["s"]) in {int(n) for n in re.findall(r"[0-9]+", normalize_text(row["text"]))} or \
                   f"{hour:02d}{minute:02d}{label['s']}" in re.sub(r"[^0-9]", "", normalize_text(row["text"])), row
        if label["f"]:
            assert "." + label["f"] in normalize_text(row["text"]), row  # exactly as written
        checked += 1
    assert checked > 1500


def test_a_numeric_zone_in_a_label_is_written_in_its_text(timed):
    numeric = [r for r in _with_time(timed[1]) if (z := LABEL.fullmatch(r["iso"])["zone"]) and z != "Z" and not r["zone"]]
    assert len(numeric) > 100
    for row in numeric:
        zone = LABEL.fullmatch(row["iso"])["zone"]
        sign, hours, minutes = zone[0], int(zone[1:3]), zone[4:]
        written = rf"\{sign}0?{hours}" + (rf":?{minutes}" if minutes != "00" else r"(?::?00)?") + r"(?![0-9])"
        assert re.search(written, normalize_text(row["text"])), row


def test_named_zone_rows_carry_the_offset_their_zone_has_then(timed):
    named = [r for r in timed[1] if r["zone"]]
    assert {"iana", "abbreviation", "cldr"} == {
        "iana" if "/" in r["zone"] else "abbreviation" if r["zone"].upper() in ZONE_ABBREVIATIONS else "cldr"
        for r in named}
    for row in named:
        label = LABEL.fullmatch(row["iso"])
        assert row["zone"] in row["text"], row  # the column is the name as written
        assert label["zone"] not in (None, "Z"), row
        if "/" in row["zone"]:
            name = IANA[row["zone"].lower()]  # as written: an augmentation may have changed its case
            date = dt.date.fromisoformat(label["date"])
            assert zone_offset(name, date, int(label["h"]), int(label["m"])) == _offset_minutes(label["zone"]), row
        elif row["zone"].upper() in ZONE_ABBREVIATIONS:
            assert ZONE_ABBREVIATIONS[row["zone"].upper()] == _offset_minutes(label["zone"]), row
        assert row["zone"].upper() not in {"IST", "CST", "BST"}, row  # names of several zones


def test_iana_zone_offsets_follow_daylight_saving():
    assert zone_offset("Europe/Paris", dt.date(2019, 7, 3), 10, 42) == 120
    assert zone_offset("Europe/Paris", dt.date(2019, 1, 3), 10, 42) == 60
    assert zone_offset("America/New_York", dt.date(2019, 7, 3), 10, 42) == -240
    assert zone_offset("Europe/Paris", dt.date(2019, 3, 31), 2, 30) is None  # skipped when clocks went forward
    assert zone_offset("Europe/Paris", dt.date(2019, 10, 27), 2, 30) is None  # lived twice when they went back
    assert zone_offset("Europe/Paris", dt.date(1965, 7, 3), 10, 42) is None  # before the tz database is exact
    rng = random.Random(1)
    seen = {}
    for date in (dt.date(2019, 7, 3), dt.date(2019, 1, 3)):
        for _ in range(3000):
            form, clock = _zone_clock(date, rng)
            if clock.zone_name == "Europe/Paris":
                seen.setdefault(date.month, set()).add(clock.zone)
    assert seen == {7: {"+02:00"}, 1: {"+01:00"}}


def test_cldr_zone_names_carry_their_offset():
    write = _cldr_writer(Locale.parse("en_GB"), "time-cldr-long", "HH:mm:ss z")
    rng = random.Random(2)
    shown = {}
    for month in (1, 7):
        for _ in range(400):
            _, clock = write(dt.date(2019, month, 3), rng)
            if clock.zone_name in ("CET", "CEST"):
                shown.setdefault(clock.zone_name, set()).add(clock.zone)
                assert clock.text.endswith(clock.zone_name)
            assert clock.zone_name != "BST"  # British Summer Time, or Bangladesh, Bougainville
    assert shown == {"CET": {"+01:00"}, "CEST": {"+02:00"}}


def test_twelve_am_is_00_and_twelve_pm_is_12():
    rng = random.Random(3)
    seen = set()
    for _ in range(6000):
        form, clock = time_of_day(rng)
        if form == "time-12h" and clock.text.startswith("12:"):
            pm = bool(re.search(r"p\.?m", clock.text, re.IGNORECASE))
            assert clock.hour == (12 if pm else 0), clock
            seen.add(pm)
    write = _cldr_writer(Locale.parse("en_US"), "time-cldr-short", "h:mm a")
    for _ in range(2000):
        _, clock = write(None, rng)
        if clock.text.startswith("12:"):
            assert clock.hour == (12 if clock.text.endswith("PM") else 0), clock
            seen.add(("cldr", clock.hour))
    for _ in range(2000):
        form, text, clock = native_clock("ko", rng)
        if re.match(r"오[전후] 12", text):
            assert clock.hour == (12 if text.startswith("오후") else 0), text
            seen.add(("ko", clock.hour))
    assert seen == {True, False, ("cldr", 0), ("cldr", 12), ("ko", 0), ("ko", 12)}


def test_clocks_no_one_writes_are_never_labelled():
    """Japanese 午前12時 is noon to some and midnight to others; Chinese 晚上3点 is "3 in the evening"."""
    rng = random.Random(4)
    for lang in ("ja", "zh"):
        for _ in range(3000):
            form, text, clock = native_clock(lang, rng)
            if clock is None:
                continue
            assert not re.search(r"午[前後]12", text)
            for part, hour in (("下午", range(13, 20)), ("晚上", range(18, 24)), ("凌晨", range(1, 6))):
                if text.startswith(part):
                    assert clock.hour in hour, text


def test_time_only_rows_are_labelled_with_a_zero_date(timed):
    rows = [r for r in timed[1] if r["iso"].startswith("0000-00-00T")]
    assert 0.3 * TIME_ONLY_SHARE * len(timed[1]) < len(rows) < 3 * TIME_ONLY_SHARE * len(timed[1])
    for row in rows:
        assert row["format"].startswith("part-time+"), row
        assert "/" not in row["zone"], row  # an IANA zone's offset needs the date
        assert not re.search(r"[0-9]{4}", re.sub(r"[+-][0-9]{4}|\.[0-9]+", "", normalize_text(row["text"]))), row  # no year
        assert not re.fullmatch(r"\s*[0-9]{1,2}([.,])[0-9]{2}(\1[0-9]{2})?\s*", row["text"]), row  # "10.06" is a date too


@pytest.mark.parametrize("form, read", [
    ("iso-datetime-utc", lambda t: dt.datetime.fromisoformat(t.replace("Z", "+00:00"))),
    ("iso-datetime-offset", dt.datetime.fromisoformat),
    ("iso-space-time", lambda t: dt.datetime.fromisoformat(   # Go's "... -0500 EST": the offset says it
        re.sub(r" \(?([A-Z]{3,4})\)?$", lambda m: _zone_digits(m[1]),
               re.sub(r" ?([+-][0-9]{2}):?([0-9]{2})?(?: [A-Z]{3,4})?$", lambda m: f"{m[1]}:{m[2] or '00'}", t)))),
    ("ctime", lambda t: dt.datetime.strptime(t, "%a %b %d %H:%M:%S %Y")),
    ("rfc2822", email.utils.parsedate_to_datetime),
    ("apache-clf", lambda t: dt.datetime.strptime(t.strip("[]"), "%d/%b/%Y:%H:%M:%S %z")),
    ("iso-compact-datetime", lambda t: dt.datetime.fromisoformat(re.sub(r"^([0-9]{8})[T_-]?", r"\1T", t))),
    ("unix-date", lambda t: dt.datetime.strptime(re.sub(r" ([A-Z]+) ", lambda m: f" {_zone_digits(m[1])} ", t),
                                                 "%a %b %d %H:%M:%S %z %Y")),
])
def test_machine_stamps_label_the_time_they_write(form, read):
    assert form in MACHINE_IDS
    template = {t.id: t for t in locale_plan("en_US").templates}[form]
    rng = random.Random(5)
    for day in range(0, 20000, 97):
        date = dt.date(1970, 1, 1) + dt.timedelta(days=day)
        text, clock = template.timed(date, rng)
        labelled = dt.datetime.fromisoformat(f"{date.isoformat()}{clock.label()}".replace("Z", "+00:00"))
        written = read(text)
        assert (written, written.utcoffset()) == (labelled, labelled.utcoffset()), (text, clock.label())


def test_go_zones_pair_each_offset_with_its_abbreviation():
    assert all(_zone_digits(abbreviation) == offset for offset, abbreviation in GO_ZONES)


def test_iso_space_stamps_label_each_zone_as_written():
    """A numeric offset is itself ("+0000 UTC" is +00:00, as Go writes it), a bare UTC is Z, an
    abbreviation its offset; each written form is drawn."""
    template = {t.id: t for t in locale_plan("en_US").templates}["iso-space-time"]
    rng, seen = random.Random(7), set()
    for day in range(400):
        text, clock = template.timed(dt.date(2001, 1, 1) + dt.timedelta(days=day), rng)
        zone = re.sub(r"^[0-9-]{10} [0-9:]{8}(\.[0-9]+)?", "", text)
        seen.add(re.sub(r"[+-]", "+", re.sub(r"[0-9]", "0", re.sub(r"[A-Z]{3,4}", "ABC", zone))))
        expected = {"": "", "+00:00": "+00:00", " UTC": "Z", "+00": "+00:00"}.get(zone)
        if expected is None:
            found = re.fullmatch(r" ([+-][0-9]{2})([0-9]{2})(?: [A-Z]{3,4})?| \(?([A-Z]{3,4})\)?", zone)
            assert found, text
            digits = f"{found[1]}{found[2]}" if found[1] else _zone_digits(found[3])
            expected = f"{digits[:3]}:{digits[3:]}"
        assert clock.label().endswith(expected) and (expected or clock.label()[-1].isdigit()), (text, clock.label())
    assert seen == {"", "+00:00", " ABC", "+00", " +0000", " +0000 ABC", " (ABC)"}, seen


def _zone_digits(name: str) -> str:
    minutes = 0 if name in ("UTC", "GMT") else ZONE_ABBREVIATIONS[name]
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def test_every_locale_writes_clocks_its_labels_can_be_read_from():
    """Every CLDR locale's time formats, and every common and language form, with a date and without."""
    rng = random.Random(6)
    forms = set()
    for name in localedata.locale_identifiers():
        catalogue = time_catalogue(name)
        for write in catalogue.cldr + catalogue.common + catalogue.language:
            for date in (dt.date(2019, 7, 3), None):
                written = write(date, rng)
                if written is None:
                    continue
                form, clock = written
                forms.add(form)
                label = LABEL.fullmatch(f"2019-07-03{clock.label()}")
                assert label and dt.datetime.fromisoformat(label[0].replace("Z", "+00:00")), (name, form, clock)
                if form not in ("time-noon", "time-midnight"):
                    assert _witnessed(clock.text, clock.hour, clock.minute, form), (name, form, clock)
                assert not (date is None and "/" in clock.zone_name), (name, form, clock)
        assert catalogue.cldr, name  # every locale has a CLDR clock it can write
    assert len(forms) > 70
    assert {"time-ja:kanji", "time-ja:ampm-k", "time-zh:period", "time-ko:ampm", "time-th:na", "time-ru:msk",
            "time-fr:h", "time-es:period", "time-en:oclock-hour", "time-cldr-full-gmt"} <= forms


@pytest.mark.slow  # plans every CLDR locale's dates: tens of seconds
def test_all_locales_generate_with_times(tmp_path):
    report = generate(tmp_path, {"train": 3000, "valid": 100, "test": 100}, seed=7, locales="all", times=True)
    rows = read_rows(tmp_path / "train.tsv", columns=("text", "iso", "zone"))
    assert len(rows) == 3000 and report.locales > 1000
    for row in _with_time(rows):
        assert LABEL.fullmatch(row["iso"]), row


def test_same_seed_gives_the_same_files_with_times(tmp_path):
    sizes = {"train": 800, "valid": 50, "test": 50}
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        generate(tmp_path / name, sizes, seed=seed, locales="en_US,fr,ja", times=True)
    assert splits_digest(tmp_path / "a") == splits_digest(tmp_path / "b") != splits_digest(tmp_path / "c")


def test_layouts_write_what_their_labels_say():
    """A layout without a minute says so in its id (its label's minute is 00); a 12-hour layout has a
    word for the part of the day; no part of the day covers 0 or 12, where conventions differ."""
    layouts = [(lang, form, layout) for table in (EUROPEAN_CLOCKS, LANGUAGE_CLOCKS)
               for lang, forms in table.items() for form, layout in forms]
    for lang, form, layout in layouts:
        assert ("{M}" in layout or "{m}" in layout) != ("hour" in form), (lang, form, layout)
        if "{h}" in layout or "{K}" in layout:
            assert "{p}" in layout or "{ampm}" in layout, (lang, form, layout)
        if "{p}" in layout:
            assert lang in DAY_PERIOD_WORDS, (lang, form)
    for periods in DAY_PERIOD_WORDS.values():
        assert all(0 < first < last <= 24 and not first <= 12 < last for first, last, _ in periods)


def test_generate_times_on_the_command_line(tmp_path):
    result = CliRunner().invoke(app, ["generate", "--times", "--train", "300", "--valid", "30", "--test", "30",
                                      "--seed", "2", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = read_rows(tmp_path / "train.tsv", columns=("text", "iso", "zone"))
    assert any("T" in r["iso"] for r in rows)


def test_date_pairs_without_times_write_no_time_in_any_label():
    plans, _ = build_plans("en_US,ja")
    assert not any("T" in r.iso for r in DatePairs(plans, seed=1).rows(2000))


def test_time_share_sets_how_many_whole_dates_are_given_a_clock():
    plans, _ = build_plans("en_US,fr_FR,ja")

    def timed_share(share):
        rows = list(DatePairs(plans, seed=3, times=True, time_share=share).rows(3000))
        return sum("T" in r.iso for r in rows) / len(rows)
    none, default, most = timed_share(0.0), timed_share(0.25), timed_share(0.9)
    assert none < 0.3 < default < 0.6 < 0.8 < most  # stamps write their own time whatever the share


def test_a_language_clock_before_its_date_is_joined_by_the_language_word():
    """"alle ore 12 del 3 maggio", "at 3 o'clock in the afternoon on May 4", "um 15 Uhr am 3. Mai":
    the language's own clock forms lead the date only through the words that join them."""
    plans, _ = build_plans("it_IT,es_ES,en_US,de_DE")
    first = [r for r in DatePairs(plans, seed=4, times=True, time_share=0.9).rows(4000)
             if re.search(r"\+time-(it|es|en|de):[^+]*-first", r.format)]
    assert len(first) > 40
    for row in first:
        joins = [f" {word} " for word in CLOCK_BEFORE_DATE[row.lang]]
        assert any(join.lower() in normalize_text(row.text).lower() for join in joins), row
        assert "T" in row.iso


def test_javascript_dates_write_the_offset_their_label_carries_and_a_name_that_has_it():
    """Date.toString() as browsers write it, the zone's name in the locale's language: the label's
    offset is the one written after GMT, and a long name has that offset on the day (from 1972:
    London kept +01:00 as its standard time until 1971, which CLDR's GMT does not say)."""
    plans, _ = build_plans("de_DE,fr_FR,ja_JP,en_US,ru_RU", times=True)
    stamps = [r for r in DatePairs(plans, seed=6, times=True).rows(6000) if r.format.startswith("js-date")]
    named = 0
    for row in stamps:
        written = re.search(r"gmt([+-][0-9]{2})([0-9]{2})", normalize_text(row.text))
        assert row.iso.endswith(f"{written[1]}:{written[2]}"), row
        bracketed = re.search(r"GMT[+-][0-9]{4} \((.*)\)$", row.text)
        name = normalize_text(bracketed[1]) if bracketed else None
        day = dt.date.fromisoformat(row.iso[:10])
        if name and long_zone_name(name) and day.year >= 1972 and (offsets := zone_offsets_at(name, day)):
            assert _offset_minutes(row.iso[19:]) in offsets, row
            named += 1
    assert len(stamps) > 20 and named > 5


def test_time_share_out_of_range_is_refused_on_the_command_line(tmp_path):
    result = CliRunner().invoke(app, ["generate", "--times", "--time-share", "1.5", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--time-share" in result.output


@pytest.mark.parametrize("name, clock", [("lt", r"(\d\d):(\d\d) val\.()$"), ("en_US", r"(\d{1,2}):(\d\d) ([AP]M)$"),
                                          ("fi", r"klo (\d\d)\.(\d\d)()$")])
def test_moment_datetimes_label_the_time_they_write(name, clock):
    """moment.js's LLLL in the locale's language, labelled with the date and the time it writes."""
    template = {t.id: t for t in locale_plan(name, times=True).templates}["moment:LLLL"]
    rng = random.Random(3)
    for day in range(0, 3000, 37):
        date = dt.date(1990, 1, 1) + dt.timedelta(days=day)
        text, written = template.timed(date, rng)
        hour, minute, period = re.search(clock, text).groups()
        if period:  # a 12-hour clock
            assert (int(hour), period) == (written.hour % 12 or 12, "PM" if written.hour >= 12 else "AM"), text
        else:
            assert int(hour) == written.hour, text
        assert int(minute) == written.minute and written.second is None and str(date.year) in text, text
