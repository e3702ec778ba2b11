"""datenorm.dask: a Dask series read by `normalize_series` answers each row as `datenorm.normalize`
does, on a local cluster of two worker processes (one for the whole file)."""

import logging

import numpy as np
import pandas as pd
import pytest

from datenorm.errors import DatenormError
from datenorm.runtime import normalize

pytestmark = pytest.mark.slow

# dates, reported texts, empty and blank strings, nulls, repeats
TEXTS = ["3 May 1979", "", "03/04/2001", None, "May 1979", "3 May - 5 June 2019", "jeudi 26 janvier 1995",
         "   ", "yesterday", "7 listopada 2019", "1979年5月3日", "Tue 10 Jul 2007 10:42 PM", "3 May 1979", None,
         "", "not a date at all", "13/04/2001", "2019-W07-3"] * 5


@pytest.fixture(scope="session")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as dask_client:
        yield dask_client


def answered(client, series: pd.Series, npartitions: int = 3, **options) -> pd.DataFrame:
    import dask.dataframe as dd

    from datenorm.dask import normalize_series

    return client.compute(normalize_series(dd.from_pandas(series, npartitions=npartitions), **options)).result()


def assert_same_answers(got: pd.DataFrame, texts: list, **options) -> None:
    expected = iter(normalize([t for t in texts if t is not None], **options))
    for text, answer in zip(texts, got.itertuples(), strict=True):
        if text is None:
            assert (answer.code, answer.valid) == ("null", False) and pd.isna(answer.iso), answer
            continue
        want = next(expected)
        fields = [None if not isinstance(v, dict) and pd.isna(v) else v
                  for v in (answer.iso, answer.code, answer.reason, answer.partial, answer.readings)]
        assert fields == [want.iso, want.code, want.reason, want.partial, want.readings], text
        assert (answer.valid, answer.confidence) == (want.valid, np.float32(want.confidence)), text


def test_a_series_is_answered_row_by_row_as_normalize_answers_on_its_index(client):
    series = pd.Series(TEXTS, index=range(1000, 1000 + 7 * len(TEXTS), 7), name="raw")
    got = answered(client, series)
    assert got.index.equals(series.index)
    assert_same_answers(got, TEXTS)


@pytest.mark.parametrize("options", [{"order": "DMY"}, {"lang": "hr", "min_confidence": 0.9}, {"model": "en"}],
                         ids=["order", "lang-and-min-confidence", "model"])
def test_options_are_those_of_normalize(client, options):
    assert_same_answers(answered(client, pd.Series(TEXTS), **options), TEXTS, **options)


def test_values_that_are_no_text_are_answered_not_text_and_missing_ones_null(client):
    import dask

    values = ["3 May 1979", 19790503, 4.5, None, float("nan"), b"3 May 1979", b"\xff3 May", pd.Timestamp("1979-05-03")]
    with dask.config.set({"dataframe.convert-string": False}):  # else Dask makes every value a string
        got = answered(client, pd.Series(values, dtype=object), npartitions=2)
    assert list(got.code.fillna("-")) == ["-", "not_text", "not_text", "null", "null", "-", "invalid_utf8", "not_text"]
    assert list(got.iso.fillna("-")) == ["1979-05-03", "-", "-", "-", "-", "1979-05-03", "-", "-"]
    ints = answered(client, pd.Series([19790503, 3]), npartitions=2)
    assert list(ints.code) == ["not_text", "not_text"]


def test_each_worker_loads_the_model_once_and_forks_no_helper(client):
    """A Dask worker process is daemonic and may not fork: each worker thread holds one translator,
    which never shares a chunk out over helper processes, even for a partition of 2,800 texts."""
    texts = [f"{day} May {year}" for year in range(1901, 2001) for day in range(1, 29)]
    assert_same_answers(answered(client, pd.Series(texts), npartitions=2), texts)

    def loaded():
        import datenorm.cluster

        return [(path.name, t.workers.count) for (path, _), t in datenorm.cluster._LOADED.items()]

    for models in client.run(loaded).values():  # one thread per worker here: one translator per model
        names = [name for name, _ in models]
        assert "default" in names and len(names) == len(set(names)) <= 3, models  # en and datetime: other tests
        assert set(names) <= {"default", "en", "datetime"}, models
        assert all(count == 1 for _, count in models), models


@pytest.mark.parametrize("options", [{"order": "auto"}, {"lang": "auto"}, {"order": "DYM"}, {"lang": "xx"},
                                     {"min_confidence": 1.5}, {"model": "no-such-model"},
                                     {"model": "default", "time": True}, {"now": "last tuesday"}],
                         ids=["auto-order", "auto-lang", "order", "lang", "min-confidence", "model",
                              "date-only-model-asked-for-times", "now"])
def test_bad_options_are_refused_before_dask_runs(options):
    import dask.dataframe as dd

    from datenorm.dask import normalize_series

    with pytest.raises(DatenormError):
        normalize_series(dd.from_pandas(pd.Series(["3 May 1979"]), npartitions=1), **options)


def test_a_loaded_model_is_sent_to_the_workers_by_its_directory(client, english_model_dir):
    from datenorm.runtime import load_model

    translator = load_model(english_model_dir)
    assert_same_answers(answered(client, pd.Series(TEXTS), model=translator), TEXTS, model=translator)


@pytest.mark.parametrize("options, want", [
    ({}, ["2007-07-10", "2007-07-10", None]),
    ({"time": True}, ["2007-07-10T22:42", "2007-07-10T22:42:07+02:00", None]),
    ({"time": True, "utc": True}, ["2007-07-10T22:42", "2007-07-10T20:42:07Z", None]),
], ids=["date", "time", "utc"])
def test_the_time_of_day_is_read_when_asked_and_the_workers_load_the_datetime_model(client, options, want,
                                                                                    monkeypatch):
    monkeypatch.delenv("DATENORM_MODEL", raising=False)  # no model named: `time` takes the bundled datetime
    texts = ["Tue 10 Jul 2007 10:42 PM", "Tue, 10 Jul 2007 22:42:07 +0200", None]
    got = answered(client, pd.Series(texts), npartitions=2, **options)
    assert [None if pd.isna(iso) else iso for iso in got.iso] == want
    assert_same_answers(got, texts, **options)

    def loaded():
        import datenorm.cluster

        return sorted(path.name for path, _ in datenorm.cluster._LOADED)

    if options:
        assert any("datetime" in names for names in client.run(loaded).values())


def test_the_docs_dask_example_prints_what_the_page_shows(client):
    from conftest import docs_example, prints

    code, shown = docs_example("pipelines.md", 1)
    assert prints(code, "docs/pipelines.md").rstrip("\n") == shown.rstrip("\n")
