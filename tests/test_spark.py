"""datenorm.spark: a Spark column read by `normalize_column` answers each row as `datenorm.normalize`
does, in a real local[2] session (one for the whole file: Spark takes seconds to start)."""

import os
import shutil

import numpy as np
import pandas as pd
import pytest

from datenorm.errors import DatenormError
from datenorm.runtime import normalize

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (os.environ.get("JAVA_HOME") or shutil.which("java")),
                       reason="Spark needs a Java runtime (17): none found"),
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

# dates, reported texts, empty and blank strings, a null, repeats, and more rows than one Arrow batch
TEXTS = ["3 May 1979", "", "03/04/2001", None, "May 1979", "3 May - 5 June 2019", "jeudi 26 janvier 1995",
         "   ", "yesterday", "7 listopada 2019", "1979年5月3日", "Tue 10 Jul 2007 10:42 PM", "3 May 1979", None,
         "", "not a date at all", "13/04/2001", "2019-W07-3"] * 5


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("datenorm-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.memory", "1g")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.log.level", "ERROR")
               # small Arrow batches: each partition is read in several, as a big column is
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")
               .getOrCreate())
    yield session
    session.stop()


def answered(spark, values: list, spark_type: str = "string", **options) -> list:
    """The answers of `normalize_column` to `values`, by row, from a DataFrame shuffled into three
    partitions (so the rows reach the workers out of order)."""
    from datenorm.spark import normalize_column

    frame = spark.createDataFrame(list(enumerate(values)), f"id long, raw {spark_type}").repartition(3)
    rows = frame.select("id", normalize_column("raw", **options).alias("date")).collect()
    return [row.date for row in sorted(rows, key=lambda row: row.id)]


def assert_same_answers(got: list, texts: list, **options) -> None:
    expected = iter(normalize([t for t in texts if t is not None], **options))
    for text, answer in zip(texts, got, strict=True):
        if text is None:
            assert (answer.code, answer.valid, answer.iso) == ("null", False, None), answer
            continue
        want = next(expected)
        assert (answer.iso, answer.valid, answer.code, answer.reason, answer.partial, answer.readings) == \
            (want.iso, want.valid, want.code, want.reason, want.partial, want.readings), text
        assert answer.confidence == float(np.float32(want.confidence)), text


def test_a_column_is_answered_row_by_row_as_normalize_answers(spark):
    assert_same_answers(answered(spark, TEXTS), TEXTS)


@pytest.mark.parametrize("options", [{"order": "DMY"}, {"lang": "hr", "min_confidence": 0.9}, {"model": "en"}],
                         ids=["order", "lang-and-min-confidence", "model"])
def test_options_are_those_of_normalize(spark, options):
    assert_same_answers(answered(spark, TEXTS, **options), TEXTS, **options)


def test_a_loaded_model_is_sent_to_the_workers_by_its_directory(spark, english_model_dir):
    from datenorm.runtime import load_model

    translator = load_model(english_model_dir)
    assert_same_answers(answered(spark, TEXTS, model=translator), TEXTS, model=translator)


def test_a_column_of_another_type_is_answered_not_text_and_its_nulls_null(spark):
    """Ints are no text to read (cast the column to string to read numbers as text)."""
    got = answered(spark, [19790503, None, 3], spark_type="long")
    assert [(a.code, a.valid) for a in got] == [("not_text", False), ("null", False), ("not_text", False)]


def test_each_worker_loads_the_model_once_and_forks_no_helper(spark):
    """Every Python worker that read the column holds one translator, which never shares a chunk
    out over forked processes (Spark runs a task per core already)."""
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "4096")
    try:
        texts = [f"{day} May {year}" for year in range(1901, 2001) for day in range(1, 29)]  # 2,800 distinct
        assert_same_answers(answered(spark, texts), texts)
    finally:
        spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "16")

    def loaded(batches):
        import os

        import datenorm.cluster

        for batch in batches:
            helpers = [t.workers.count for t in datenorm.cluster._LOADED.values()]
            yield pd.DataFrame({"pid": [os.getpid()], "models": [len(helpers)], "processes": [max(helpers, default=0)]})

    probes = spark.range(0, 8, numPartitions=8).mapInPandas(loaded, "pid long, models long, processes long").collect()
    assert any(p.models for p in probes)
    assert all(p.models <= 3 and p.processes <= 1 for p in probes), probes  # default; en, datetime: other tests


@pytest.mark.parametrize("options", [{"order": "auto"}, {"lang": "auto"}, {"order": "DYM"}, {"lang": "xx"},
                                     {"min_confidence": 1.5}, {"model": "no-such-model"},
                                     {"model": "default", "time": True}, {"now": "last tuesday"}],
                         ids=["auto-order", "auto-lang", "order", "lang", "min-confidence", "model",
                              "date-only-model-asked-for-times", "now"])
def test_bad_options_are_refused_before_spark_runs(options):
    from datenorm.spark import normalize_column

    with pytest.raises(DatenormError):
        normalize_column("raw", **options)


@pytest.mark.parametrize("options, want", [
    ({}, ["2007-07-10", "2007-07-10", None]),
    ({"time": True}, ["2007-07-10T22:42", "2007-07-10T22:42:07+02:00", None]),
    ({"time": True, "utc": True}, ["2007-07-10T22:42", "2007-07-10T20:42:07Z", None]),
], ids=["date", "time", "utc"])
def test_the_time_of_day_is_read_when_asked_with_the_datetime_model(spark, options, want, monkeypatch):
    monkeypatch.delenv("DATENORM_MODEL", raising=False)  # no model named: `time` takes the bundled datetime
    texts = ["Tue 10 Jul 2007 10:42 PM", "Tue, 10 Jul 2007 22:42:07 +0200", None]
    got = answered(spark, texts, **options)
    assert [answer.iso for answer in got] == want
    assert_same_answers(got, texts, **options)


def test_the_docs_spark_example_prints_what_the_page_shows(spark, monkeypatch):
    from conftest import docs_example, prints

    code, shown = docs_example("pipelines.md", 0)
    assert prints(code, "docs/pipelines.md").rstrip("\n") == shown.rstrip("\n")
