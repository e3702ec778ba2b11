"""One column of dates through every way datenorm reads a column, in one run on the same rows:
plain `datenorm.normalize`, the pandas accessor, the polars namespace, the DuckDB function, Spark
local[2] (`datenorm.spark`) and a local Dask cluster of two worker processes (`datenorm.dask`).
Prints rows/s, the peak memory of this process and of its whole process tree (the runtime's
helpers, Spark's JVM and Python workers, Dask's workers: RSS sampled every 0.1 s) and the number
of valid answers, which must be the same on every line, as a Markdown table (docs/pipelines.md).

    python benchmarks/pipelines.py [--rows 1000000] [--distinct 50000] [--seed 0] [--only spark,dask] [--quick]

The column: `--distinct` dates of every locale, drawn as `datenorm generate` draws them
(`DatePairs`), each once, and the other rows drawn from them with Zipf weights (the r-th commonest
has weight 1/r), shuffled, as a real column repeats a few values often and many rarely. The rows
are in memory (Spark: a cached DataFrame; Dask: persisted partitions) before the clock starts, so
the figure is reading, not loading; starting Spark or Dask, and their workers' first model load
(a warm-up of 1,000 rows), is timed apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import platform
import sys
import threading
import time
from dataclasses import dataclass

MB = 1 << 20


# --- the column -----------------------------------------------------------------------------------

def draw_column(rows: int, distinct: int, seed: int) -> list[str]:
    """`rows` texts of which `distinct` differ: each once, the rest by Zipf weights, shuffled."""
    import numpy as np

    from datenorm.generate import DatePairs, build_plans

    plans, _ = build_plans("all")
    pairs = DatePairs(plans, seed)
    values: dict[str, None] = {}
    while len(values) < distinct:
        values.setdefault(pairs.row().text, None)
    texts = list(values)
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, distinct + 1)
    picks = rng.choice(distinct, size=max(0, rows - distinct), p=weights / weights.sum())
    order = rng.permutation(np.concatenate([np.arange(min(rows, distinct)), picks]))
    return [texts[i] for i in order]


# --- measuring ------------------------------------------------------------------------------------

class PeakMemory:
    """The peak RSS of this process, and of it with all its descendants, while the block runs
    (shared pages of forked processes count once per process: the tree's figure is an upper bound)."""

    def __init__(self, interval: float = 0.1):
        import psutil

        self._process, self._interval = psutil.Process(), interval
        self.own = self.tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        import psutil

        own = self._process.memory_info().rss
        tree = own
        for child in self._process.children(recursive=True):
            try:
                tree += child.memory_info().rss
            except psutil.Error:  # ended between the listing and the reading
                pass
        self.own, self.tree = max(self.own, own), max(self.tree, tree)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.sample()

    def __enter__(self) -> "PeakMemory":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


@dataclass
class Line:
    pipeline: str
    seconds: float | None = None
    valid: int | None = None
    own_mb: float = 0.0
    tree_mb: float = 0.0
    startup: float | None = None
    note: str = ""

    def cells(self, rows: int) -> list[str]:
        if self.seconds is None:
            return [self.pipeline, "-", "-", "-", "-", "-", "-", self.note]
        startup = "" if self.startup is None else f"{self.startup:.1f}"
        return [self.pipeline, f"{rows / self.seconds:,.0f}", f"{self.seconds:.1f}", startup,
                f"{self.own_mb:,.0f}", f"{self.tree_mb:,.0f}", f"{self.valid:,}", self.note]


def timed(name: str, run, note: str = "") -> Line:
    """`run()` (the count of valid answers) timed and its memory sampled."""
    print(f"  {name}...", file=sys.stderr, flush=True)
    with PeakMemory() as memory:
        start = time.perf_counter()
        valid = run()
        seconds = time.perf_counter() - start
    return Line(name, seconds, int(valid), memory.own / MB, memory.tree / MB, note=note)


# --- the pipelines: each returns its line of the table ---------------------------------------------

def plain(texts: list[str], model: str) -> Line:
    import datenorm

    translator = datenorm.load_model(model)
    return timed("`datenorm.normalize(list)`",
                 lambda: sum(r.valid for r in datenorm.normalize(texts, model=translator)))


def pandas_accessor(texts: list[str], model: str) -> Line:
    import pandas as pd

    import datenorm
    import datenorm.pandas  # noqa: F401

    series = pd.Series(texts, dtype="str")
    translator = datenorm.load_model(model)
    return timed("pandas `s.datenorm.normalize()`", lambda: series.datenorm.normalize(model=translator)["valid"].sum())


def polars_namespace(texts: list[str], model: str) -> Line:
    try:
        import polars as pl

        import datenorm.polars  # noqa: F401
    except ImportError as exc:
        return Line("polars", note=f"skipped: {exc}")
    import datenorm

    frame = pl.DataFrame({"raw": texts})
    translator = datenorm.load_model(model)
    query = pl.col("raw").datenorm.normalize(model=translator).struct.field("valid").sum()
    return timed("polars `pl.col(...).datenorm.normalize()`", lambda: frame.select(query).item())


def duckdb_function(texts: list[str], model: str) -> Line:
    try:
        import duckdb
        import pyarrow as pa

        import datenorm.duckdb
    except ImportError as exc:
        return Line("DuckDB", note=f"skipped: {exc}")
    import datenorm

    con = duckdb.connect()
    # one DuckDB thread, as the figures in docs/pipelines.md were measured (the network runs one
    # thread at a time, so a second DuckDB thread adds little)
    con.execute("SET threads TO 1")
    table = pa.table({"raw": pa.array(texts, pa.string())})
    con.register("t", table)
    datenorm.duckdb.register(con, model=datenorm.load_model(model))
    line = timed("DuckDB `SELECT datenorm(raw)`",
                 lambda: con.sql("SELECT count_if(datenorm(raw).valid) FROM t").fetchall()[0][0],
                 note="one DuckDB thread; vectors of 2,048 rows")
    con.close()
    return line


def spark(texts: list[str], model: str, partitions: int) -> list[Line]:
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F

        from datenorm.spark import normalize_column
    except ImportError as exc:
        return [Line("Spark local[2]", note=f"skipped: {exc}")]
    import warnings

    import pandas as pd

    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    print("  starting Spark...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    session = (SparkSession.builder.master("local[2]").appName("datenorm-pipelines")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.memory", "2g").config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.log.level", "ERROR").getOrCreate())
    lines = []
    try:
        # the Python workers started and their models loaded: start-up, not reading
        warm = session.createDataFrame(pd.DataFrame({"raw": texts[:1000]})).repartition(2)
        warm.select(normalize_column("raw", model=model).alias("d")).agg(F.count_if(F.col("d.valid"))).first()
        startup = time.perf_counter() - start
        column = session.createDataFrame(pd.DataFrame({"raw": pd.Series(texts, dtype="str")}))
        column = column.repartition(partitions).cache()
        column.count()
        query = column.select(normalize_column("raw", model=model).alias("d")).agg(F.count_if(F.col("d.valid")))
        # each Arrow batch is read as a column of its own: bigger batches read a repeated text fewer times
        for batch in (10_000, 100_000):
            session.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch))
            lines.append(timed(f"Spark local[2] `normalize_column`, batches of {batch:,}", lambda: query.first()[0],
                               note=f"{partitions} partitions"))
    finally:
        session.stop()
    lines[0].startup = startup
    return lines


def dask(texts: list[str], model: str, partitions: int) -> list[Line]:
    try:
        import dask.dataframe as dd
        from distributed import Client, LocalCluster, wait

        from datenorm.dask import normalize_series
    except ImportError as exc:
        return [Line("Dask", note=f"skipped: {exc}")]
    import warnings

    import pandas as pd

    # the column is sent to the workers before the clock starts: how is not what is measured
    warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
    print("  starting Dask...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster):
        warm = dd.from_pandas(pd.Series(texts[:1000], dtype="str"), npartitions=2)
        normalize_series(warm, model=model)["valid"].sum().compute()  # each worker's model loaded
        startup = time.perf_counter() - start
        column = dd.from_pandas(pd.Series(texts, dtype="str", name="raw"), npartitions=partitions).persist()
        wait(column)
        query = normalize_series(column, model=model)["valid"].sum()
        line = timed("Dask, 2 worker processes `normalize_series`", lambda: query.compute(),
                     note=f"{partitions} partitions")
    line.startup = startup
    return [line]


# --- the report -----------------------------------------------------------------------------------

def machine() -> str:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = psutil.virtual_memory().total / (1 << 30)
    return f"{cpu}, {cores} cores, {memory:.0f} GB, Python {platform.python_version()}"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("pyarrow", "pandas", "polars", "duckdb", "pyspark", "dask", "distributed"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(found)


def report(lines: list[Line], rows: int, distinct: int, seed: int, prepare: float) -> str:
    header = ["pipeline", "rows/s", "seconds", "start-up s", "peak RSS, process (MB)",
              "peak RSS, process tree (MB)", "valid", "note"]
    out = [f"{rows:,} rows, {distinct:,} distinct (seed {seed}), drawn in {prepare:.0f} s; "
           f"{dt.date.today().isoformat()}; {machine()}", f"{versions()}", "",
           "| " + " | ".join(header) + " |", "| --- | " + " | ".join(["---:"] * 6) + " | --- |"]
    out += ["| " + " | ".join(line.cells(rows)) + " |" for line in lines]
    counts = {line.valid for line in lines if line.valid is not None}
    if len(counts) > 1:
        out += ["", f"valid answers differ between pipelines: {sorted(counts)}"]
    cores = 2  # local[2]; two Dask workers of one thread
    for line in lines:
        if line.seconds is not None and line.pipeline.startswith(("Spark", "Dask")):
            per_core = rows / line.seconds / cores
            core_hours = 1e9 / per_core / 3600
            out.append(f"\n{line.pipeline.replace('`', '')}: {per_core:,.0f} rows/s per core; a billion such rows "
                       f"take {core_hours:,.0f} core-hours, {core_hours / (10 * 16) * 60:,.0f} minutes on 10 nodes "
                       f"of 16 cores")
    return "\n".join(out)


PIPELINES = ("normalize", "pandas", "polars", "duckdb", "spark", "dask")


def main() -> None:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--distinct", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default="default")
    ap.add_argument("--partitions", type=int, default=8, help="Spark and Dask partitions of the column")
    ap.add_argument("--only", default=",".join(PIPELINES), help=f"some of {','.join(PIPELINES)}")
    ap.add_argument("--quick", action="store_true", help="a check that it works: 20,000 rows, 2,000 distinct")
    args = ap.parse_args()
    if args.quick:
        args.rows, args.distinct, args.partitions = 20_000, 2_000, 4
    only = [p for p in args.only.split(",") if p]
    if any(p not in PIPELINES for p in only):
        ap.error(f"--only {args.only!r}: some of {','.join(PIPELINES)}")
    if not 0 < args.distinct <= args.rows:
        ap.error("--distinct must be from 1 to --rows")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

    print(f"drawing {args.rows:,} rows, {args.distinct:,} distinct...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    texts = draw_column(args.rows, args.distinct, args.seed)
    prepare = time.perf_counter() - start
    import datenorm

    translator = datenorm.load_model(args.model)
    translator.translate(list(dict.fromkeys(texts))[:5000])  # every length bucket, and the helpers, started
    runs = {"normalize": lambda: [plain(texts, args.model)], "pandas": lambda: [pandas_accessor(texts, args.model)],
            "polars": lambda: [polars_namespace(texts, args.model)],
            "duckdb": lambda: [duckdb_function(texts, args.model)],
            "spark": lambda: spark(texts, args.model, args.partitions),
            "dask": lambda: dask(texts, args.model, args.partitions)}
    lines = [line for name in PIPELINES if name in only for line in runs[name]()]
    print(report(lines, args.rows, args.distinct, args.seed, prepare))


if __name__ == "__main__":
    main()
