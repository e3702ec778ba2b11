"""Running the exported network: the LiteRT interpreter, length buckets, batches, worker processes,
and the stream with its repeat cache. Nothing here knows what a date is; `datenorm.runtime` does.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

from datenorm.config import FILLER, TY, ModelConfig
from datenorm.errors import DatenormError

# Rows per LiteRT call, and rows a stream reads at a time (texts are grouped by length first, so a
# chunk gives each length bucket about chunk / 8 rows): larger calls keep both XNNPACK threads busy
# (benchmarks/batch_size.py measures the choice). The network runs on the reading thread: a
# read-ahead thread was slower for the many-language model, whose network is slower than its checks.
DEFAULT_BATCH = 1024
DEFAULT_CHUNK = 16384
KNOWN_TEXTS = 32768  # distinct texts a stream remembers the answer of (about 10 MB)
# Processes that read a chunk: the calling one and WORKERS - 1 forked helpers, each with a
# one-thread interpreter (the checks around the network take more time than the network, and one
# process cannot run them on two cores). Default: every core, on systems that fork; 1 turns it off.
WORKERS_ENV = "DATENORM_WORKERS"
TIME_MODEL_FILE = "model_time.tflite"  # the signatures of a model's time of day (`Engine._load`)
PARALLEL_MIN = 2048  # rows in a chunk before it is shared out: below, the hand-off costs more than it saves


class Engine:
    """A loaded network: encode with numpy, run LiteRT by length bucket in batches, decode."""

    def __init__(self, config: ModelConfig, model_bytes: bytes, path: Path | None = None, threads: int | None = None,
                 time_bytes: bytes | None = None):
        self.config = config
        self.path = path
        self.model_bytes = model_bytes
        self.time_bytes = time_bytes  # model_time.tflite of a model that writes times; loaded at its first use
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._lock = threading.Lock()
        self._runners = {"serve": self._load(model_bytes, "serve", TY, "model.tflite")}

    def _load(self, model_bytes: bytes, kind: str, steps: int, name: str) -> dict:
        """The signature runners `<kind>_<bucket>` of a LiteRT file, by bucket, each checked to read
        the config's tokens and write `steps` characters of its output alphabet. LiteRT allocates
        every signature of a file at its first call, so the time signatures are a file of their own:
        a date-only reader never pays for them."""
        from ai_edge_litert.interpreter import Interpreter

        config, path = self.config, self.path
        try:
            with quiet_native_stderr():  # LiteRT prints an INFO line about its XNNPACK delegate
                interpreter = Interpreter(model_content=model_bytes, num_threads=self._threads)
                interpreter.allocate_tensors()
            signatures = interpreter.get_signature_list()
            buckets = config.buckets or [config.tx]
            missing = [f"{kind}_{b}" for b in buckets if f"{kind}_{b}" not in signatures]
            if missing:
                raise ValueError(f"no signature {missing[0]} (signatures: {', '.join(signatures)})")
            runners = {b: interpreter.get_signature_runner(f"{kind}_{b}") for b in buckets}
            shapes = {b: (runner.get_input_details().get("ids", {}).get("shape_signature"),
                          runner.get_output_details().get("date", {}).get("shape_signature"))
                      for b, runner in runners.items()}
        except (ValueError, RuntimeError) as exc:
            raise DatenormError(f"corrupt {name} in {path}: {exc}") from None
        for bucket, (reads, writes) in shapes.items():
            signature = f"{kind}_{bucket}"
            if reads is None or writes is None or len(reads) != 2 or len(writes) != 3:
                raise DatenormError(f"corrupt {name} in {path}: {signature} does not take ids [N, L] "
                                    f"and give a date [N, Ty, C]")
            # a config that does not describe its network would feed it misplaced tokens, or read
            # its answers with the wrong characters (langs added to a model without a language token)
            tokens, width = bucket + config.prefix, len(config.output_chars)
            if reads[1] != tokens:
                hints = "an order and a language hint: langs is not empty" if config.langs else "an order hint"
                problem = (f"{signature} reads {reads[1]} tokens, the config gives it {tokens} "
                           f"({bucket} characters and {hints})")
            elif writes[2] != width:
                problem = f"{signature} writes {writes[2]} output characters, the config has {width} in output_chars"
            elif writes[1] != steps:
                problem = f"{signature} answers with {writes[1]} characters, the config makes it {steps} (ty {config.ty})"
            else:
                continue
            where = f"config.json in {path}" if path is not None else "the config"
            raise DatenormError(f"{where} does not match its {name}: {problem}")
        return runners

    def run(self, ids: np.ndarray, time: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """Output probabilities [N, Ty, C] and attention [N, Ty, L] for encoded ids [N, L] (L = prefix
        + a bucket): the date's 10 steps, or with `time` (a model that writes times) all ty.
        One thread at a time: a LiteRT interpreter's tensors are its own, and two threads calling it
        at once (a web server's, DuckDB's) would read each other's (a crash, or a wrong answer)."""
        kind = "serve_time" if time and self.config.writes_time else "serve"
        steps = self.config.ty if kind == "serve_time" else TY
        if len(ids) == 0:
            return (np.zeros((0, steps, len(self.config.output_chars)), np.float32),
                    np.zeros((0, steps, ids.shape[1]), np.float32))
        with self._lock:
            if kind not in self._runners:
                if self.time_bytes is None:
                    raise DatenormError(f"no {TIME_MODEL_FILE} in model directory {self.path}: "
                                        f"finish it with: datenorm export {self.path}")
                self._runners[kind] = self._load(self.time_bytes, kind, steps, TIME_MODEL_FILE)
            out = self._runners[kind][ids.shape[1] - self.config.prefix](ids=ids)
            return out["date"], out["attention"]

    def predict(self, texts: list[str], hint: str | None | list, lang: str | None | list = None,
                time: bool = False) -> tuple[list[str], np.ndarray]:
        """Output strings and per-row confidence (the least sure character's probability) for
        normalised texts of at most tx characters, grouped by length bucket, DEFAULT_BATCH at a time.
        `hint` and `lang` are one value for every row or a list of one per row. With `time` (a model
        that writes times), each string is the date's 10 characters and what the model writes after
        them, up to its filler."""
        outputs: list[str] = [""] * len(texts)
        confidence = np.zeros(len(texts), dtype=np.float32)
        groups: dict[int, list[int]] = {}
        bucket_for = self.config.bucket_for
        for i, text in enumerate(texts):
            groups.setdefault(bucket_for(len(text)), []).append(i)
        for bucket, indices in groups.items():
            for start in range(0, len(indices), DEFAULT_BATCH):
                part = indices[start:start + DEFAULT_BATCH]
                probs, _ = self.run(self.config.encode(
                    [texts[i] for i in part], [hint[i] for i in part] if isinstance(hint, list) else hint, bucket,
                    [lang[i] for i in part] if isinstance(lang, list) else lang), time)
                for i, output in zip(part, self.config.decode(probs.argmax(-1))):
                    outputs[i] = output[:TY] + output[TY:].rstrip(FILLER) if time else output
                confidence[part] = probs.max(-1).min(-1)
        return outputs, confidence


class Workers:
    """Shares a list out over forked processes: this one reads the first share with `solo`, each
    helper process the rest with `task`, a module-level function run in a process started by
    `start(*start_args)`. Each row's answer is the same either way (rows do not affect each other).
    A pool that cannot fork, or loses a helper, falls back to reading here."""

    def __init__(self, count: int, start: Callable, start_args: tuple):
        self.count = count
        self._start, self._start_args = start, start_args
        self._pool = None

    def worth(self, rows: int) -> bool:
        """Whether `rows` rows are worth sharing out: below PARALLEL_MIN the hand-off costs more than it saves."""
        return self.count > 1 and rows >= PARALLEL_MIN

    def map(self, items: list, solo: Callable[[list], list], task: Callable[[list], list]) -> list:
        if not self.worth(len(items)):
            return solo(items)
        from concurrent.futures.process import BrokenProcessPool  # here, not on every start-up

        share = -(-len(items) // self.count)
        starts = range(share, len(items), share)
        try:
            try:
                pending = [self._helpers().submit(task, items[start:start + share]) for start in starts]
            except (OSError, BrokenProcessPool):  # no process could be forked: read it all here
                self.count, self._pool = 1, None
                return solo(items)
            results = solo(items[:share])
            for start, part in zip(starts, pending):
                try:
                    results += part.result()
                except BrokenProcessPool:  # a helper died (killed, out of memory): its share is read here
                    self.count, self._pool = 1, None
                    results += solo(items[start:start + share])
            return results
        except BaseException:  # Ctrl-C, SIGTERM, SIGHUP (or a bug) mid-way: let the helpers go
            self._abandon()
            raise

    def _abandon(self) -> None:
        """Shut the helpers down without waiting, cancelling the shares they have not begun.

        Needed because a signal can land inside `submit`, between the executor recording a share and
        queueing it: the executor's thread would then wait for that share's answer forever, and
        Python's exit joins that thread, so the program would hang instead of ending. Cancelling
        drops the share; a helper mid-share finishes it, then ends."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _helpers(self):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # Linux ends a helper with the *thread* that forked it: from another thread (a web
            # server's, Dask's), the helpers watch their parent instead
            tie = threading.current_thread() is threading.main_thread()
            self._pool = ProcessPoolExecutor(self.count - 1, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_helper_start,
                                             initargs=(os.getpid(), tie, self._start, self._start_args))
            weakref.finalize(self, self._pool.shutdown, wait=False, cancel_futures=True)
        return self._pool


def _helper_start(parent: int, tie: bool, start: Callable, start_args: tuple) -> None:
    """The first thing a forked helper does: tie its life to the process that forked it, then load.

    With `tie` (forked from the main thread), Linux kills the helper (SIGKILL) the moment its
    parent ends, however it ends (SIGTERM, SIGKILL, a crash); else, and where prctl fails, a thread
    of the helper checks each second that its parent is still there. So no helper outlives its
    parent blocked on a pipe. Ctrl-C, which the terminal sends to every process of the group, is
    the parent's to handle: the helper ignores it; SIGTERM and SIGHUP end it at once rather than
    running the parent's handlers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    tied = False
    if tie and sys.platform.startswith("linux"):
        import ctypes

        tied = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    if os.getppid() != parent:  # the parent ended before the request above took hold
        os._exit(0)
    if not tied:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()
    start(*start_args)


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def stream(items: Iterable, read: Callable[[list], list], chunk: int = DEFAULT_CHUNK,
           first: Callable[[list], Callable[[list], list]] | None = None) -> Iterator:
    """`read(part)` of each `chunk` items in turn, flattened: answers in input order for a stream
    of any length in bounded memory. `first(part)`, when given, makes the reader from the first
    chunk (a column's language is worked out from it)."""
    buffer: list = []
    for item in items:
        buffer.append(item)
        if len(buffer) >= chunk:
            if first is not None:
                read, first = first(buffer), None
            yield from read(buffer)
            buffer = []
    if buffer:
        if first is not None:
            read = first(buffer)
        yield from read(buffer)


class RepeatCache:
    """A date column repeats its values: each distinct text is read once, and its repeats, in this
    chunk or a later one, get the same answer. A chunk without repeats is read as it is and not
    remembered; at most KNOWN_TEXTS answers are kept."""

    def __init__(self) -> None:
        self.known: dict = {}

    def read(self, texts: list[str], read: Callable[[list[str]], list]) -> list:
        known = self.known
        todo = [text for text in dict.fromkeys(texts) if text not in known] if known else list(dict.fromkeys(texts))
        if len(todo) == len(texts):
            return read(texts)
        fresh = dict(zip(todo, read(todo))) if todo else {}
        results = [fresh[text] if text in fresh else known[text] for text in texts]
        if len(known) + len(fresh) > KNOWN_TEXTS:
            known.clear()
        known.update(fresh)
        return results


def default_workers() -> int:
    """Processes a chunk is shared out over: $DATENORM_WORKERS, at most one per core (each helper
    holds its own interpreter, ~90 MB, and more than the cores only wait for them), else every core
    on Linux (where processes fork), else 1."""
    cores = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    value = os.environ.get(WORKERS_ENV, "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise DatenormError(f"{WORKERS_ENV} must be a positive whole number, got {value!r}")
        return min(int(value), cores)
    return cores if sys.platform.startswith("linux") else 1


@contextlib.contextmanager
def gc_paused():
    """The cyclic garbage collector off inside this block (reference counting still frees what is
    let go), and back as it was after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_STDERR_LOCK = threading.RLock()


@contextlib.contextmanager
def quiet_native_stderr():
    """Native libraries' writes to stderr (fd 2) go to /dev/null inside this block: LiteRT's INFO
    line, TensorFlow's absl and oneDNN lines at import, which TF_CPP_MIN_LOG_LEVEL no longer stops
    (tensorflow/tensorflow#100442). Python exceptions still propagate."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no real stderr (e.g. captured by a test runner)
        yield
        return
    with _STDERR_LOCK:  # two threads loading at once would leave fd 2 on /dev/null for good
        sys.stderr.flush()
        saved = os.dup(fd)
        try:
            with open(os.devnull, "wb") as devnull:
                os.dup2(devnull.fileno(), fd)
                yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)
