"""The Arrow core and the pandas, polars and DuckDB integrations: every row answered as
`datenorm.normalize` answers it, in order, nulls and cells that hold no text included; and the
docs/*.md examples print what their pages show."""

import contextlib
import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pa = pytest.importorskip("pyarrow")

from datenorm import normalize  # noqa: E402
from datenorm.arrow import RESULT_TYPE, cells_to_texts, normalize_arrow, normalize_values  # noqa: E402
from datenorm.result import Result  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"

# texts of every kind of answer, with repeats: a date, ambiguous, empty, spaces only, incomplete,
# a range, another language, a number, no calendar day
TEXTS = ["3 May 1979", "03/04/2001", "", "  ", "May 1979", "3 May", "3-5 May 2019", "jeudi 26 janvier 1995",
         "1651586400", "31 February 2019", "3 May 1979", "03/04/2001", ""]
NULL = {"iso": None, "valid": False, "confidence": 0.0, "code": "null", "reason": "no value", "partial": None,
        "readings": None, "relative": None, "reference": None}


def not_text(type_name: str) -> dict:
    return {**NULL, "code": "not_text", "reason": f"not text: {type_name} value"}


def invalid_utf8() -> dict:
    return {**NULL, "code": "invalid_utf8", "reason": "invalid UTF-8"}


def row(result: Result) -> dict:
    """A Result as a row of RESULT_TYPE (its confidence a float32)."""
    return {"iso": result.iso, "valid": result.valid, "confidence": float(np.float32(result.confidence)),
            "code": result.code, "reason": result.reason, "partial": result.partial, "readings": result.readings,
            "relative": result.relative, "reference": result.reference}


def expected(cells: list, model, **options) -> list[dict]:
    """`normalize`'s answers to the text cells, in order; a None cell is NULL, a dict is its own answer."""
    answers = iter(normalize([c for c in cells if isinstance(c, str)], model=model, **options))
    return [row(next(answers)) if isinstance(c, str) else NULL if c is None else c for c in cells]


def rows(answers) -> list[dict]:
    """Rows of a StructArray (or anything `to_pylist` gives the same from), readings as a dict."""
    return [{**a, "readings": dict(a["readings"]) if a["readings"] is not None else None} for a in answers]


@pytest.mark.parametrize("kind", ["string", "large_string", "string_view", "dictionary"])
def test_normalize_arrow_answers_each_text_row_as_normalize_does(kind, default_model_dir):
    cells = [*TEXTS, None, "3 May 1979", None]
    array = pa.array(cells, pa.string())
    array = array.dictionary_encode() if kind == "dictionary" else array.cast(getattr(pa, kind)())
    answers = normalize_arrow(array, model=default_model_dir)
    assert answers.type == RESULT_TYPE
    assert rows(answers.to_pylist()) == expected(cells, default_model_dir)


def test_normalize_arrow_passes_its_options_to_the_reading(default_model_dir):
    options = {"order": "DMY", "lang": "fr", "min_confidence": 0.99}
    answers = normalize_arrow(pa.array(TEXTS), model=default_model_dir, **options)
    assert rows(answers.to_pylist()) == expected(TEXTS, default_model_dir, **options)


def test_a_column_language_is_worked_out_from_the_text_rows_as_normalize_does(default_model_dir):
    cells = ["7 listopada 2019", None, "3 lipnja 2019", "12 svibnja 2018", "7 listopada 2019", None]
    answers = normalize_arrow(pa.array(cells), lang="auto", model=default_model_dir)
    assert rows(answers.to_pylist()) == expected(cells, default_model_dir, lang="auto")


@pytest.mark.parametrize("cells", [
    ["03/04/2001", None, "13/04/2001", "05/06/2002", "03/04/2001"],  # day first
    ["03/04/2001", "04/13/2001", None, "12/25/2002"],  # month first
    ["13/04/2001", "12/25/2002", "03/04/2001"],  # contradicts itself: reported, not guessed
    ["03/04/2001", "3 May 1979", None],  # no evidence
], ids=["DMY", "MDY", "mixed", "none"])
def test_a_column_order_is_worked_out_from_the_text_rows_as_normalize_does(cells, default_model_dir):
    import pandas as pd

    import datenorm.pandas  # noqa: F401 - registers the accessor

    answers = rows(normalize_arrow(pa.array(cells), order="auto", model=default_model_dir).to_pylist())
    assert answers == expected(cells, default_model_dir, order="auto")
    frame = pd.Series(cells).datenorm.normalize(order="auto", model=default_model_dir)
    assert [None if pd.isna(iso) else iso for iso in frame["iso"]] == [a["iso"] for a in answers]


@pytest.mark.parametrize("kind", ["binary", "large_binary"])
def test_binary_rows_are_decoded_and_bytes_that_are_not_utf8_are_reported(kind, default_model_dir):
    cells = [b"3 May 1979", b"3 May 1979 \xff", None, "jeudi 26 janvier 1995".encode(), b""]
    answers = normalize_arrow(pa.array(cells, getattr(pa, kind)()), model=default_model_dir)
    want = ["3 May 1979", invalid_utf8(), None, "jeudi 26 janvier 1995", ""]
    assert rows(answers.to_pylist()) == expected(want, default_model_dir)


@pytest.mark.parametrize("array, type_name", [
    (pa.array([1979, None, 20010403]), "int64"),
    (pa.array([1.5, None]), "double"),
    (pa.array([dt.datetime(2001, 4, 3), None], pa.timestamp("us")), "timestamp[us]"),
    (pa.array([dt.date(2001, 4, 3)]), "date32[day]"),
], ids=["int64", "double", "timestamp", "date32"])
def test_rows_of_another_type_are_not_text_and_their_nulls_null(array, type_name, default_model_dir):
    answers = rows(normalize_arrow(array, model=default_model_dir).to_pylist())
    assert answers == [not_text(type_name) if value is not None else NULL for value in array.to_pylist()]


def test_a_null_column_answers_null_on_every_row(default_model_dir):
    assert rows(normalize_arrow(pa.nulls(3), model=default_model_dir).to_pylist()) == [NULL] * 3


def test_a_chunked_array_keeps_its_chunks(default_model_dir):
    chunks = [TEXTS[:4], [], [None, *TEXTS[4:]], TEXTS[:2]]
    answers = normalize_arrow(pa.chunked_array(chunks, pa.string()), model=default_model_dir)
    assert isinstance(answers, pa.ChunkedArray) and answers.type == RESULT_TYPE
    assert [len(chunk) for chunk in answers.chunks] == [len(chunk) for chunk in chunks]
    assert rows(answers.to_pylist()) == expected([c for chunk in chunks for c in chunk], default_model_dir)


def test_an_empty_column_gives_an_empty_answer(default_model_dir):
    assert normalize_arrow(pa.array([], pa.string()), model=default_model_dir).equals(pa.array([], RESULT_TYPE))
    empty = normalize_arrow(pa.chunked_array([], pa.string()), model=default_model_dir)
    assert (empty.num_chunks, len(empty), empty.type) == (0, 0, RESULT_TYPE)


def test_a_long_column_of_repeats_is_read_once_per_distinct_text_and_exactly(default_model_dir, monkeypatch):
    from datenorm import load_model

    rng = np.random.default_rng(3)
    cells = [None if i < 0 else (TEXTS + [f"{d} May 1979" for d in range(1, 29)])[i]
             for i in rng.integers(-1, len(TEXTS) + 28, 20_000)]
    translator, asked = load_model(default_model_dir), []
    translate = translator.translate
    monkeypatch.setattr(translator, "translate",
                        lambda texts, *args, **kwargs: asked.extend(texts) or translate(texts, *args, **kwargs))
    answers = normalize_arrow(pa.array(cells, pa.string()), model=translator)
    assert sorted(asked) == sorted({c for c in cells if c is not None})
    monkeypatch.undo()
    assert rows(answers.to_pylist()) == expected(cells, default_model_dir)


def test_cells_to_texts_reads_str_and_bytes_and_answers_every_other_cell():
    pd = pytest.importorskip("pandas")
    cells = cells_to_texts(["3 May 1979", b"3 May", b"\xff", None, float("nan"), pd.NA, pd.NaT, np.nan, 1979, 2.5,
                            pd.Timestamp("2001-04-03"), np.str_("4 May")])
    assert cells[:2] == ["3 May 1979", "3 May"] and cells[-1] == "4 May"
    assert [(c.code, c.reason) for c in cells[2:-1]] == [
        ("invalid_utf8", "invalid UTF-8"), *[("null", "no value")] * 5, ("not_text", "not text: int value"),
        ("not_text", "not text: float value"), ("not_text", "not text: Timestamp value")]
    assert cells[2].input == "\ufffd"


def test_normalize_values_answers_python_cells_in_order(default_model_dir):
    cells = [*TEXTS, None, 1979, b"3 May 1979", b"\xff", "3 May 1979"]
    want = [*TEXTS, None, not_text("int"), "3 May 1979", invalid_utf8(), "3 May 1979"]
    assert rows(normalize_values(cells, model=default_model_dir).to_pylist()) == expected(want, default_model_dir)


# pandas


def pandas_rows(frame) -> list[dict]:
    pd = pytest.importorskip("pandas")
    return [{k: (None if not isinstance(v, dict) and pd.isna(v) else float(v) if k == "confidence" else v)
             for k, v in record.items()} for record in frame.to_dict("records")]


def test_pandas_accessor_answers_an_object_series_as_normalize_does_with_its_index(default_model_dir):
    pd = pytest.importorskip("pandas")
    import datenorm.pandas  # noqa: F401

    values = [*TEXTS, None, np.nan, pd.NA, b"3 May 1979", b"\xff", 1979, 2.5, pd.Timestamp("2001-04-03")]
    series = pd.Series(values, index=[f"r{i}" for i in range(len(values))], dtype=object)
    frame = series.datenorm.normalize(model=default_model_dir)
    assert list(frame.columns) == [field.name for field in RESULT_TYPE]
    assert list(frame.index) == list(series.index)
    want = [*TEXTS, None, None, None, "3 May 1979", invalid_utf8(), not_text("int"), not_text("float"),
            not_text("Timestamp")]
    assert pandas_rows(frame) == expected(want, default_model_dir)


@pytest.mark.parametrize("dtype", ["str", "string", "category", "string[pyarrow]"])
def test_pandas_accessor_reads_string_and_categorical_series(dtype, default_model_dir):
    pd = pytest.importorskip("pandas")
    import datenorm.pandas  # noqa: F401

    series = pd.Series([*TEXTS, None], dtype=dtype)
    frame = series.datenorm.normalize(order="MDY", model=default_model_dir)
    assert pandas_rows(frame) == expected([*TEXTS, None], default_model_dir, order="MDY")


def test_pandas_to_datetime_gives_each_valid_date_and_nat_elsewhere(default_model_dir):
    pd = pytest.importorskip("pandas")
    import datenorm.pandas  # noqa: F401

    series = pd.Series(["3 May 1979", "03/04/2001", None, "1 January 1000", "31 December 2199", 7],
                       index=[5, 4, 3, 2, 1, 0])
    frame = series.datenorm.to_datetime(order="DMY", model=default_model_dir)
    assert list(frame.columns) == ["date", "code", "reason"] and list(frame.index) == [5, 4, 3, 2, 1, 0]
    assert frame["date"].dtype == "datetime64[us]"
    assert [None if pd.isna(d) else d.date() for d in frame["date"]] == [
        dt.date(1979, 5, 3), dt.date(2001, 4, 3), None, dt.date(1000, 1, 1), dt.date(2199, 12, 31), None]
    assert [None if pd.isna(c) else c for c in frame["code"]] == [None, None, "null", None, None, "not_text"]


# polars


def test_polars_expression_and_series_namespace_answer_as_normalize_does(default_model_dir):
    pl = pytest.importorskip("polars")
    import datenorm.polars  # noqa: F401

    cells = [*TEXTS, None, "3 May 1979"]
    frame = pl.DataFrame({"d": cells})
    by_expression = frame.select(pl.col("d").datenorm.normalize(order="DMY", model=default_model_dir)).to_series()
    by_series = frame["d"].datenorm.normalize(order="DMY", model=default_model_dir)
    want = expected(cells, default_model_dir, order="DMY")
    assert by_expression.name == by_series.name == "d"
    assert rows(by_expression.to_list()) == rows(by_series.to_list()) == want
    iso = frame.lazy().select(pl.col("d").datenorm.normalize(order="DMY", model=default_model_dir)
                              .struct.field("iso")).collect()["iso"]
    assert iso.to_list() == [w["iso"] for w in want]


def test_polars_binary_and_numbers_are_answered_not_dropped(default_model_dir):
    pl = pytest.importorskip("polars")
    import datenorm.polars  # noqa: F401

    answers = pl.Series("b", [b"3 May 1979", b"\xff", None]).datenorm.normalize(model=default_model_dir)
    assert rows(answers.to_list()) == expected(["3 May 1979", invalid_utf8(), None], default_model_dir)
    numbers = pl.Series("n", [1979, None]).datenorm.normalize(model=default_model_dir)
    assert rows(numbers.to_list()) == [not_text("int64"), NULL]


# DuckDB


def test_duckdb_function_answers_as_normalize_does_and_is_passed_nulls(default_model_dir):
    duckdb = pytest.importorskip("duckdb")
    from datenorm.duckdb import register

    connection = duckdb.connect()
    register(connection, model=default_model_dir)
    register(connection, "datenorm_dmy", order="DMY", model=default_model_dir)
    cells = [*TEXTS, None, "3 May 1979"] * 300  # more rows than a DuckDB vector
    connection.register("dates", pa.table({"n": range(len(cells)), "d": pa.array(cells, pa.string())}))
    connection.execute("CREATE TABLE t AS SELECT * FROM dates")
    answers = [a for (a,) in connection.execute("SELECT datenorm(d) FROM t ORDER BY n").fetchall()]
    assert rows(answers) == expected(cells, default_model_dir)
    iso = connection.execute("SELECT datenorm_dmy(d).iso FROM t ORDER BY n LIMIT 14").fetchall()
    assert [i for (i,) in iso] == [w["iso"] for w in expected(cells[:14], default_model_dir, order="DMY")]


def test_duckdb_function_takes_varchar_only_and_register_refuses_a_bad_order(default_model_dir):
    duckdb = pytest.importorskip("duckdb")
    from datenorm.duckdb import register
    from datenorm.errors import DatenormError

    connection = duckdb.connect()
    register(connection, model=default_model_dir)
    with pytest.raises(duckdb.BinderException, match="No function matches"):
        connection.execute("SELECT datenorm(1979)")
    (answer,), = connection.execute("SELECT datenorm(1979::VARCHAR)").fetchall()
    assert answer["code"] == "incomplete" and answer["partial"] == "1979"
    with pytest.raises(DatenormError, match="order"):
        register(connection, "bad", order="DYM", model=default_model_dir)


# times of day, through every pipeline

# a 12-hour clock without a zone, a clock with an offset, a null
TIME_TEXTS = ["Tue 10 Jul 2007 10:42 PM", "Tue, 10 Jul 2007 22:42:07 +0200", None]
TIME_ANSWERS = {
    "date": ["2007-07-10", "2007-07-10", None],
    "time": ["2007-07-10T22:42", "2007-07-10T22:42:07+02:00", None],
    "utc": ["2007-07-10T22:42", "2007-07-10T20:42:07Z", None],  # a time without a zone stays as written
}
TIME_OPTIONS = {"date": {}, "time": {"time": True}, "utc": {"time": True, "utc": True}}


def pandas_iso(cells, **options):
    import pandas as pd

    import datenorm.pandas  # noqa: F401

    return [None if pd.isna(iso) else iso for iso in pd.Series(cells).datenorm.normalize(**options)["iso"]]


def polars_expression_iso(cells, **options):
    import polars as pl

    import datenorm.polars  # noqa: F401

    frame = pl.DataFrame({"d": cells}, schema={"d": pl.String})
    return frame.select(pl.col("d").datenorm.normalize(**options).struct.field("iso")).to_series().to_list()


def polars_series_iso(cells, **options):
    import polars as pl

    import datenorm.polars  # noqa: F401

    return pl.Series("d", cells, pl.String).datenorm.normalize(**options).struct.field("iso").to_list()


def duckdb_iso(cells, **options):
    import duckdb

    from datenorm.duckdb import register

    connection = duckdb.connect()
    register(connection, **options)
    connection.register("dates", pa.table({"n": range(len(cells)), "d": pa.array(cells, pa.string())}))
    return [iso for (iso,) in connection.execute("SELECT datenorm(d).iso FROM dates ORDER BY n").fetchall()]


@pytest.mark.parametrize("read", [normalize_arrow, normalize_values, pandas_iso, polars_expression_iso,
                                  polars_series_iso, duckdb_iso],
                         ids=["arrow", "values", "pandas", "polars-expression", "polars-series", "duckdb"])
@pytest.mark.parametrize("kind", list(TIME_OPTIONS))
def test_each_pipeline_reads_the_time_of_day_when_asked_with_the_datetime_model(read, kind, monkeypatch):
    monkeypatch.delenv("DATENORM_MODEL", raising=False)  # no model named: `time` takes the bundled datetime
    cells = pa.array(TIME_TEXTS, pa.string()) if read is normalize_arrow else TIME_TEXTS
    got = read(cells, **TIME_OPTIONS[kind])
    iso = [a["iso"] for a in got.to_pylist()] if isinstance(got, pa.Array) else got
    assert iso == TIME_ANSWERS[kind]


# dates said relative to now, through every pipeline: one instant for the whole column

RELATIVE_TEXTS = ["3 days ago", "3 May 1979", None, "last month", "3 days ago"]


def relative_rows(pipeline: str, cells: list, **options) -> list[tuple]:
    """(iso, relative, reference) of each row, read by `pipeline`."""
    if pipeline in ("arrow", "values"):
        read = normalize_arrow if pipeline == "arrow" else normalize_values
        got = read(pa.array(cells, pa.string()) if pipeline == "arrow" else cells, **options).to_pylist()
    elif pipeline == "pandas":
        import pandas as pd

        import datenorm.pandas  # noqa: F401

        got = pandas_rows(pd.Series(cells).datenorm.normalize(**options))
    elif pipeline == "polars":
        import polars as pl

        import datenorm.polars  # noqa: F401

        got = pl.DataFrame({"d": cells}, schema={"d": pl.String}).select(
            pl.col("d").datenorm.normalize(**options)).to_series().to_list()
    else:
        import duckdb

        from datenorm.duckdb import register

        connection = duckdb.connect()
        register(connection, **options)
        connection.register("dates", pa.table({"n": range(len(cells)), "d": pa.array(cells, pa.string())}))
        got = [a for (a,) in connection.execute("SELECT datenorm(d) FROM dates ORDER BY n").fetchall()]
    return [(a["iso"], a["relative"], a["reference"]) for a in got]


@pytest.mark.parametrize("pipeline", ["arrow", "values", "pandas", "polars", "duckdb"])
def test_each_pipeline_resolves_relative_dates_against_one_now_and_says_so(pipeline, relative_reader):
    got = relative_rows(pipeline, RELATIVE_TEXTS, model=relative_reader, now="2026-12-02T14:37:12")
    now = "2026-12-02T14:37:12"
    assert got == [("2026-11-29", "-P3D", now), ("1979-05-03", None, None), (None, None, None),
                   (None, "M-1", now), ("2026-11-29", "-P3D", now)]
    assert relative_rows(pipeline, ["3 days ago"], model=relative_reader, now=dt.date(2027, 1, 2)) == [
        ("2026-12-30", "-P3D", "2027-01-02T00:00:00")]
    # no now: this machine's time, taken once for the whole column
    (iso, form, taken), = relative_rows(pipeline, ["3 days ago"], model=relative_reader)
    assert form == "-P3D" and abs(dt.datetime.fromisoformat(taken) - dt.datetime.now()) < dt.timedelta(minutes=5)


def test_duckdb_register_refuses_a_date_only_model_asked_for_times(default_model_dir):
    import duckdb

    from datenorm.duckdb import register
    from datenorm.errors import DatenormError

    with pytest.raises(DatenormError, match="reads dates only"):
        register(duckdb.connect(), model=default_model_dir, time=True)


def test_pandas_to_datetime_with_time_gives_the_wall_clock_and_the_offset_east(datetime_model_dir):
    pd = pytest.importorskip("pandas")
    import datenorm.pandas  # noqa: F401

    texts = ["Tue 10 Jul 2007 10:42 PM", "Tue, 10 Jul 2007 22:42:07 +0200", "3 May 1979",
             "2019-05-03T10:42:07.5Z", "2019-05-03T10:42:07.123456+05:30", "1000-01-01 10:00 -0330", "May 1979", None]
    frame = pd.Series(texts, index=range(10, 18)).datenorm.to_datetime(model=datetime_model_dir, time=True)
    assert list(frame.columns) == ["date", "code", "reason", "offset"] and list(frame.index) == list(range(10, 18))
    assert (frame["date"].dtype, frame["offset"].dtype) == ("datetime64[us]", "Int32")
    assert [None if pd.isna(d) else d.to_pydatetime() for d in frame["date"]] == [
        dt.datetime(2007, 7, 10, 22, 42), dt.datetime(2007, 7, 10, 22, 42, 7), dt.datetime(1979, 5, 3),
        dt.datetime(2019, 5, 3, 10, 42, 7, 500000), dt.datetime(2019, 5, 3, 10, 42, 7, 123456),
        dt.datetime(1000, 1, 1, 10, 0), None, None]
    assert [None if pd.isna(o) else o for o in frame["offset"]] == [None, 120, None, 0, 330, -210, None, None]
    assert [None if pd.isna(c) else c for c in frame["code"]] == [None] * 6 + ["incomplete", "null"]


def test_pandas_to_datetime_in_utc_converts_zoned_times_and_marks_the_rest_local(datetime_model_dir):
    pd = pytest.importorskip("pandas")
    import datenorm.pandas  # noqa: F401

    texts = ["Tue 10 Jul 2007 10:42 PM", "Tue, 10 Jul 2007 22:42:07 +0200", "3 May 1979",
             "2019-05-03T10:42:07.123456+05:30", "May 1979", None]
    frame = pd.Series(texts).datenorm.to_datetime(model=datetime_model_dir, time=True, utc=True)
    assert list(frame.columns) == ["date", "code", "reason", "local"]
    assert (frame["date"].dtype, frame["local"].dtype) == ("datetime64[us, UTC]", "bool")
    assert [None if pd.isna(d) else d.to_pydatetime() for d in frame["date"]] == [
        None, dt.datetime(2007, 7, 10, 20, 42, 7, tzinfo=dt.UTC), None,
        dt.datetime(2019, 5, 3, 5, 12, 7, 123456, tzinfo=dt.UTC), None, None]
    assert list(frame["local"]) == [True, False, True, False, False, False]  # a date alone has no zone either
    assert [None if pd.isna(c) else c for c in frame["code"]] == [None] * 4 + ["incomplete", "null"]


# docs and imports


@pytest.mark.parametrize("page", ["arrow.md", "pandas.md", "polars.md", "duckdb.md"])
def test_docs_examples_print_what_their_page_shows(page, monkeypatch):
    blocks = re.findall(r"^```(\w+)\n(.*?)^```$", (DOCS / page).read_text(encoding="utf-8"), re.M | re.S)
    examples = [i for i, (language, _) in enumerate(blocks) if language == "python"]
    printing = [i + 1 < len(blocks) and blocks[i + 1][0] == "text" for i in examples]
    assert examples and all(printing), f"{page}: each python block, then the text it prints"
    monkeypatch.delenv("DATENORM_MODEL", raising=False)  # the bundled models, as a fresh install reads
    for i in examples:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(blocks[i][1], str(DOCS / page), "exec"), {"__name__": "__main__"})
        assert printed.getvalue().rstrip("\n") == blocks[i + 1][1].rstrip("\n"), f"{page}, example {i}"


def test_import_datenorm_imports_no_data_frame_library():
    code = ("import sys, datenorm; datenorm.normalize_arrow\n"
            "print(sorted(m for m in ('pandas', 'polars', 'duckdb') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    done = subprocess.run([sys.executable, "-c", "import sys, datenorm; print('pyarrow' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_auto_option_is_refused_where_the_column_may_come_in_slices(default_model_dir):
    import duckdb
    import polars as pl

    import datenorm.polars  # noqa: F401 - registers the namespaces
    from datenorm.duckdb import register
    from datenorm.errors import DatenormError

    with pytest.raises(DatenormError, match="2,048 rows"):
        register(duckdb.connect(), order="auto", model=default_model_dir)
    with pytest.raises(DatenormError, match="slices"):
        pl.col("d").datenorm.normalize(order="auto", model=default_model_dir)
    series = pl.Series("d", ["13/04/2001", "03/04/2001"])  # a whole Series may work its order out
    assert series.datenorm.normalize(order="auto", model=default_model_dir).struct.field("iso").to_list() == [
        "2001-04-13", "2001-04-03"]
