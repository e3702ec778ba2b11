"""Serving without TensorFlow: the exported model runs on LiteRT (ai-edge-litert) and numpy.

`normalize(texts)` answers every input with a `Result`: the ISO date when the answer is valid, or a
reason why not (empty, too long, unknown characters, not a calendar date, incomplete date, low
confidence, ambiguous, a year, day or month the text does not write). Nothing here imports
TensorFlow, so a fresh `datenorm translate` starts fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np

from datenorm.config import AUTO_LANG, ModelConfig, parse_order
from datenorm.errors import DatenormError
from datenorm.months import (column_language, month_check, names_a_month, names_month, names_month_loosely,
                             names_month_plainly, own_month_words, words)
from datenorm.text import (apostrophe_years_written_out, buddhist_era_years, calendar_problem, day_is_written,
                           decade_problem, digit_runs, era_problem, fit_text, in_order, iso_week_problem, lone_day,
                           lone_day_year, month_is_written, normalize_text, open_end, order_matters, quarter_problem,
                           range_parts, spaced_out, stamp_month_day, unwritten_part, without_clock, written_years,
                           year_is_written)

# Rows per LiteRT call, and rows a stream normalises and judges at a time (texts are grouped by length
# first, so a chunk gives each length bucket about chunk / 8 rows): larger calls keep both XNNPACK
# threads busy. benchmarks/batch_size.py (session 9, int8 models, English strings): batch 512 and
# chunk 4096 ran 32.0k dates/s with models/en, 1024 and 16384 35.7k; models/default 19.0k -> 21.0k.
# A read-ahead thread for the network (LiteRT releases the GIL) was tried and dropped: +4% for
# models/en, -18% for models/default (its one-thread network is slower than the checks), and it
# needed a shorter GIL switch interval.
DEFAULT_BATCH = 1024
DEFAULT_CHUNK = 16384
KNOWN_TEXTS = 32768  # distinct texts a stream remembers the Result of (about 10 MB)
DEFAULT_MIN_CONFIDENCE = 0.5
# A text of digits alone is a date only as a year (1979), yyyymmdd or yyyymmddhhmmss; "1651586400"
# (a Unix time) would otherwise be read as some incomplete date.
DATE_NUMBER_LENGTHS = (4, 8, 14)
MODEL_ENV = "DATENORM_MODEL"
# Processes that read a chunk: the calling one and WORKERS - 1 forked helpers, each with a one-thread
# LiteRT interpreter, each reading its share (the Python checks take more time than the network, and
# one process cannot run them on two cores). Default: every core, on systems that fork; 1 turns it off.
WORKERS_ENV = "DATENORM_WORKERS"
PARALLEL_MIN = 2048  # rows in a chunk before it is shared out: below, the hand-off costs more than it saves
# Answers that fail for these reasons are tried again on the text without its time of day.
_RETRY_WITHOUT_CLOCK = ("low confidence", "not a calendar date", "year not in text", "day not in text",
                        "month not in text", "incomplete date")


@dataclass
class Result:
    """One answer. `iso` is None unless `valid`; `reason` says why not; `readings` holds both dates
    when ambiguous ({"DMY": ..., "MDY": ...}) and both ends of a range ({"from": ..., "to": ...});
    `partial` what an incomplete date does give, in ISO 8601's reduced forms:
    "1979-05" (no day), "--05-03" (no year), "1979" (year only), "2021-W47" (week only)."""

    input: str
    iso: str | None
    valid: bool
    confidence: float
    reason: str | None = None
    readings: dict[str, str] | None = None
    partial: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _bundled_models() -> Path:
    return Path(str(resources.files("datenorm.models")))


def resolve_model_dir(model: str | os.PathLike | None = None) -> Path:
    """The model directory for `model`: a path, a name under the bundled models/ ('default', 'en'),
    else $DATENORM_MODEL, else the bundled models/default."""
    choice = os.fspath(model) if model is not None else os.environ.get(MODEL_ENV) or "default"
    path = Path(choice).expanduser()
    if not path.is_dir() and os.sep not in choice and "/" not in choice:
        bundled = _bundled_models() / choice
        if bundled.is_dir():
            path = bundled
    if not path.is_dir():
        raise DatenormError(f"model directory {choice!r} not found (give a directory with model.tflite and "
                            f"config.json, or a bundled name such as 'default')")
    return path


class Translator:
    """A loaded model: encode with numpy, run LiteRT in batches, decode with honest reasons."""

    def __init__(self, config: ModelConfig, model_bytes: bytes, path: Path | None = None, threads: int | None = None,
                 workers: int | None = None):
        from ai_edge_litert.interpreter import Interpreter

        self.config = config
        self.path = path
        self.workers = default_workers() if workers is None else max(1, workers)
        self._model_bytes = model_bytes
        self._helpers: tuple | None = None  # (pool, one-thread Translator), made for the first big chunk
        try:
            with quiet_native_stderr():  # LiteRT prints an INFO line about its XNNPACK delegate
                self._interpreter = Interpreter(model_content=model_bytes,
                                                num_threads=threads or min(2, os.cpu_count() or 1))
                self._interpreter.allocate_tensors()
            signatures = self._interpreter.get_signature_list()
            buckets = config.buckets or [config.tx]
            missing = [b for b in buckets if f"serve_{b}" not in signatures]
            if missing:
                raise ValueError(f"no signature serve_{missing[0]} (signatures: {', '.join(signatures)})")
            self._runners = {b: self._interpreter.get_signature_runner(f"serve_{b}") for b in buckets}
        except (ValueError, RuntimeError) as exc:
            raise DatenormError(f"corrupt model.tflite in {path}: {exc}") from None

    @classmethod
    def from_dir(cls, path: str | os.PathLike | None = None, threads: int | None = None,
                 workers: int | None = None) -> "Translator":
        directory = resolve_model_dir(path)
        tflite = directory / "model.tflite"
        if not tflite.is_file():
            raise DatenormError(f"no model.tflite in model directory {directory}")
        config = ModelConfig.load(directory / "config.json")
        return cls(config, tflite.read_bytes(), directory, threads, workers)

    # -- the raw model -------------------------------------------------------------------------
    def run(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Date probabilities [N, Ty, 11] and attention [N, Ty, L] for encoded ids [N, L] (L = 1 + a bucket)."""
        if len(ids) == 0:
            return (np.zeros((0, self.config.ty, len(self.config.output_chars)), np.float32),
                    np.zeros((0, self.config.ty, ids.shape[1]), np.float32))
        out = self._runners[ids.shape[1] - self.config.prefix](ids=ids)
        return out["date"], out["attention"]

    def predict(self, texts: list[str], hint: str | None | list, lang: str | None | list = None
                ) -> tuple[list[str], np.ndarray]:
        """Raw model answers for normalised texts (each <= tx): strings and per-row confidence.

        Texts are grouped by length bucket and run in batches of DEFAULT_BATCH.
        """
        dates: list[str] = [""] * len(texts)
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
                    [lang[i] for i in part] if isinstance(lang, list) else lang))
                for i, date in zip(part, self.config.decode(probs.argmax(-1))):
                    dates[i] = date
                confidence[part] = probs.max(-1).min(-1)
        return dates, confidence

    # -- honest answers --------------------------------------------------------------------------
    def translate(self, texts: Iterable[str], order: str | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, lang: str | None = None) -> list[Result]:
        return list(self.stream(texts, order, min_confidence, lang=lang))

    def stream(self, texts: Iterable[str], order: str | None = None,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE, chunk: int = DEFAULT_CHUNK,
               lang: str | None = None, on_language=None) -> Iterator[Result]:
        """Results in input order for a stream of any length, in bounded memory (`chunk` rows at a time).

        `lang` (a Babel language code, models with a language hint only) says which language the
        dates are written in; None lets the model work each date's language out alone; "auto" works
        out the column's language from the month names of its first chunk (`column_language`) and
        gives it to each date that names a month in it. `on_language(lang, hits, named)` is then
        called once with what was found: the language (None: none), how many dates of the first
        chunk name a month in it, how many name one in any language.
        """
        order = parse_order(order)
        lang = self.config.check_lang(lang)
        buffer: list[str] = []
        known: dict[str, Result] = {}
        read = None  # made for the first chunk, which "auto" reads the column's language from
        for text in texts:
            buffer.append(text)
            if len(buffer) >= chunk:
                read = read or self._chunk_reader(buffer, known, order, min_confidence, lang, on_language)
                yield from read(buffer)
                buffer = []
        if buffer:
            read = read or self._chunk_reader(buffer, known, order, min_confidence, lang, on_language)
            yield from read(buffer)

    def column_language(self, texts: Iterable[str]) -> tuple[str | None, int, int]:
        """(language, hits, named) for a column of dates: `datenorm.months.column_language` over
        the model's languages, read from the texts as the checks read them."""
        return column_language((self._plain(text) for text in texts), self.config.langs)

    def _plain(self, text: str) -> str:
        return without_clock(self.config.known_text(normalize_text(text)))

    def _chunk_reader(self, first: list[str], known: dict[str, Result], order: str | None,
                      min_confidence: float, lang: str | None, on_language):
        """What reads each chunk of a stream: `_translate_new` in `lang`; for lang="auto", the
        column's language, worked out from the first chunk `first`, is the hint of each date that
        names a month in it and the others are read without one (a column that mixes languages
        loses nothing: validation columns of two languages each read 99.950%, against 99.835%
        without hints)."""
        def read_in(language: str | None):
            return functools.partial(self._translate_new, known=known, order=order, min_confidence=min_confidence,
                                     lang=language)

        if lang != AUTO_LANG:
            return read_in(lang)
        found, hits, named = self.column_language(first)
        if on_language is not None:
            on_language(found, hits, named)
        if found is None:
            return read_in(None)
        names = own_month_words(found, english_months=True)
        readers = {True: read_in(found), False: read_in(None)}

        def read(texts: list[str]) -> list[Result]:
            hinted = [not names.isdisjoint(words(self._plain(text))) for text in texts]
            results: list[Result | None] = [None] * len(texts)
            for use, reader in readers.items():
                indices = [i for i, h in enumerate(hinted) if h is use]
                if indices:
                    for i, result in zip(indices, reader([texts[i] for i in indices])):
                        results[i] = result
            return results  # type: ignore[return-value]

        return read

    def _translate_new(self, texts: list[str], known: dict[str, Result], order: str | None, min_confidence: float,
                       lang: str | None) -> list[Result]:
        """`_translate_chunk` for the texts not in `known` (Results of this stream's earlier chunks
        that had repeats, at most KNOWN_TEXTS of them), each distinct text once: a date column repeats
        its values, and each repeat gets the Result of the text's first reading. A chunk without
        repeats is read as it is and not remembered."""
        todo = [text for text in dict.fromkeys(texts) if text not in known] if known else list(dict.fromkeys(texts))
        if len(todo) == len(texts):
            return self._read(texts, order, min_confidence, lang)
        fresh = dict(zip(todo, self._read(todo, order, min_confidence, lang))) if todo else {}
        results = [fresh[text] if text in fresh else known[text] for text in texts]
        if len(known) + len(fresh) > KNOWN_TEXTS:
            known.clear()
        known.update(fresh)
        return results

    def _read(self, texts: list[str], order: str | None, min_confidence: float, lang: str | None) -> list[Result]:
        """`_translate_chunk`, shared out over `workers` processes when the chunk is big enough: this
        one reads the first share with a one-thread interpreter while forked helpers read the rest.
        Each row's answer is the same either way (rows do not affect each other's numbers)."""
        if self.workers < 2 or len(texts) < PARALLEL_MIN:
            return self._translate_chunk(texts, order, min_confidence, lang)
        from concurrent.futures.process import BrokenProcessPool  # here, not on every start-up

        pool, solo = self._helper_pool()
        share = -(-len(texts) // self.workers)
        starts = range(share, len(texts), share)
        try:
            pending = [pool.submit(_helper_read, texts[start:start + share], order, min_confidence, lang)
                       for start in starts]
        except (OSError, BrokenProcessPool):  # no process could be forked: read it all here, as before
            self.workers, self._helpers = 1, None
            return self._translate_chunk(texts, order, min_confidence, lang)
        results = solo._translate_chunk(texts[:share], order, min_confidence, lang)
        for start, part in zip(starts, pending):
            try:
                results += part.result()
            except BrokenProcessPool:  # a helper died (killed, out of memory): its share is read here
                self.workers, self._helpers = 1, None
                results += solo._translate_chunk(texts[start:start + share], order, min_confidence, lang)
        return results

    def _helper_pool(self) -> tuple:
        if self._helpers is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            solo = Translator(self.config, self._model_bytes, self.path, threads=1, workers=1)
            pool = ProcessPoolExecutor(self.workers - 1, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_helper_start, initargs=(self.config, self._model_bytes))
            weakref.finalize(self, pool.shutdown, wait=False, cancel_futures=True)
            self._helpers = (pool, solo)
        return self._helpers

    def _translate_chunk(self, texts: list[str], order: str | None, min_confidence: float,
                         lang: str | None = None) -> list[Result]:
        tx = self.config.tx
        results: list[Result | None] = [None] * len(texts)
        todo: list[int] = []
        normalized: list[str] = []
        written: list[set[int]] = []  # each text's full years, found once for the range check and _judge
        first, last = self.config.years
        for i, raw in enumerate(texts):
            full = self.config.known_text(normalize_text(raw))
            if lang == "th":  # the year of a Thai date is the Buddhist era's, letters or not
                full = buddhist_era_years(full)
            text = fit_text(full, tx)
            unknown = self.config.unknown_chars(text)
            if unknown and not self.config.unknown_chars(plain := without_clock(text)):
                text, unknown = plain, None  # only its time of day has them ("10:42 ص"): read without it
            years = written_years(text)
            written.append(years)
            if not text:
                results[i] = Result(raw, None, False, 0.0, "empty")
            elif len(text) > tx:
                results[i] = Result(raw, None, False, 0.0, f"too long ({len(full)} > {tx})")
            elif problem := calendar_problem(raw, text, years, names_a_month):  # "۱۳۹۸/۰۲/۱۳": Solar Hijri
                results[i] = Result(raw, None, False, 0.0, problem)
            elif "\ufffd" in text or unknown:
                results[i] = Result(raw, None, False, 0.0, "unknown characters")
            elif problem := iso_week_problem(text) or quarter_problem(text):  # "2021-W47": seven days, none named
                results[i] = Result(raw, None, False, 0.0, problem[0], partial=problem[1])
            elif problem := decade_problem(text) or era_problem(text):  # "the 1970s" is ten years, not 1970
                results[i] = Result(raw, None, False, 0.0, problem)
            elif text.isdigit() and len(text) not in DATE_NUMBER_LENGTHS:  # a Unix time, an id, a count
                results[i] = Result(raw, None, False, 0.0, f"not a date (a {len(text)}-digit number)")
            elif years and not any(first <= y <= last for y in years):
                results[i] = Result(raw, None, False, 0.0, f"year {min(years)} out of range ({first}-{last})")
            else:
                todo.append(i)
            normalized.append(text)
        plains = {i: without_clock(normalized[i]) for i in todo}  # what the checks read
        # a model trained on one language's texts: its month words are the only ones it knows
        only_lang = self.config.text_langs[0] if len(self.config.text_langs) == 1 else None
        runs = {i: digit_runs(plains[i]) for i in todo}
        if order is not None:
            single, double = todo, []
        else:  # no hint: texts whose numbers read differently as DMY and MDY are run both ways
            matters = {i: order_matters(normalized[i], plains[i], runs[i]) for i in todo}
            double = [i for i in todo if matters[i]]
            single = [i for i in todo if not matters[i]]
        if single:
            dates, conf = self.predict([normalized[i] for i in single], order, lang)
            if order is not None:  # the order given is how the numbers are read
                dates = [in_order(plains[i], runs[i], order, date) for i, date in zip(single, dates)]
            for i, date, c in zip(single, dates, conf):
                results[i] = _judge(texts[i], normalized[i], date, float(c), min_confidence, written[i], lang,
                                    plains[i], runs[i], only_lang)
        if double:
            batch = [normalized[i] for i in double]
            dmy, conf_d = self.predict(batch, "DMY", lang)
            mdy, conf_m = self.predict(batch, "MDY", lang)
            for i, a, ca, b, cb in zip(double, dmy, conf_d, mdy, conf_m):
                if len(runs[i]) == 2:  # a day and a month alone: "3/5" is --05-03 or --03-05, whatever the model read
                    a, b = in_order(plains[i], runs[i], "DMY", a), in_order(plains[i], runs[i], "MDY", b)
                if a == b:
                    results[i] = _judge(texts[i], normalized[i], a, float(min(ca, cb)), min_confidence, written[i],
                                        lang, plains[i], runs[i], only_lang)
                else:
                    results[i] = Result(texts[i], None, False, float(min(ca, cb)), "ambiguous",
                                        readings={"DMY": _shown(a), "MDY": _shown(b)})
        def read_again(rewritten: dict[int, str], keep) -> None:
            """Read the rows' rewritten texts once more; a row takes the new Result when
            `keep(row, old Result, new Result)`. Rows whose text did not change are not read."""
            rows = [i for i, text in rewritten.items() if text not in ("", normalized[i])]
            if rows:
                again = self._translate_chunk([rewritten[i] for i in rows], order, min_confidence, lang)
                for i, result in zip(rows, again):
                    if keep(i, results[i], result):
                        results[i] = replace(result, input=texts[i])

        # A reading that failed a check may have been thrown by a time of day ("12:00 pm 2016-08-01"
        # read with day 18): the text is read again without it, and that answer is kept if valid, or
        # if the clock's digits made up its year and the answer is the date without one ("may 3 at
        # 2:00 pm" read with year 2000 is --05-03; not so for a day: "02 m11 1925 18:58:46" read
        # without its clock gave 1925-02 with models/en).
        read_again({i: plains[i] for i in todo if (results[i].reason or "").startswith(_RETRY_WITHOUT_CLOCK)},
                   lambda i, old, new: new.valid or (old.reason.startswith("year not in text")
                                                     and (new.reason or "").startswith("incomplete date (no year)")))
        # Letters glued to numbers can throw a reading too ("15Phe2046" read with day 5, "2021NOV22"
        # with day 20): a text that still has no valid answer is read again with a space between them,
        # and that answer is kept if valid and, without a language, if its month is the English one
        # of the text's month word or no word names another month in some language ("28KWA29":
        # January in Makhuwa-Meetto, March in Teso).
        # Validation (data/calib-4lang, with hints): 15 more rows right, none made wrong.
        spaced = {i: spaced_out(normalized[i]) for i in todo
                  if not results[i].valid and results[i].reason != "ambiguous"}
        read_again(spaced, lambda i, old, new: new.valid and (
            lang is not None or names_month_plainly(without_clock(spaced[i]), int(new.iso[5:7]))))
        # An apostrophe before two digits marks a year, which a short text can still read as a day
        # ("sept. '19" read as --09-19): a text with no valid answer is read again with the year in
        # full, and that answer is kept if it is valid or a date with a year.
        read_again({i: apostrophe_years_written_out(normalized[i]) for i in todo if not results[i].valid
                    and results[i].reason != "ambiguous"},
                   lambda i, old, new: new.valid or (new.partial is not None and not new.partial.startswith("--")))
        # A range ("3 May - 5 June 2019", "3 al 5 de mayo de 2019") is two dates, not one: each end is
        # read alone, the first taking the year and month it leaves out from the second, and the text
        # is reported with both ends (it was answered with one of them, or a mix: 2019-05-05).
        ranges = {i: parts for i in todo if (parts := range_parts(texts[i]))}
        spanned = set()  # the rows reported with both ends
        if ranges:
            rows = list(ranges)
            firsts = self._translate_chunk([ranges[i][0] for i in rows], order, min_confidence, lang)
            lasts = self._translate_chunk([ranges[i][1] for i in rows], order, min_confidence, lang)
            for i, first, last in zip(rows, firsts, lasts):
                if (span := _range_span(*ranges[i], first, last)) is not None:
                    spanned.add(i)
                    read = [end for end in (first, last) if end.valid or end.partial is not None]  # not a lone day
                    ordered = span[1] == ".." or span[0] < span[1]
                    reason = "a range" if ordered else "not a date (a range that ends before it starts)"
                    results[i] = Result(texts[i], None, False, min(end.confidence for end in read), reason,
                                        readings={"from": span[0], "to": span[1]})
        # A text that writes two different years and is no range holds two dates ("released 3 May
        # 1979 (UK), 10 May 1980 (US)"): any one answer would leave the other out.
        for i in todo:
            if len(written[i]) > 1 and i not in spanned:
                years = sorted(written[i])
                results[i] = Result(texts[i], None, False, results[i].confidence,
                                    f"two dates (years {years[0]} and {years[1]})")
        return results  # type: ignore[return-value]


def _range_span(left: str, right: str, first: Result, last: Result) -> tuple[str, str] | None:
    """(start, end) of a range whose ends `left` and `right`, read alone, gave `first` and `last`:
    two dates, two months ("may 2019 - june 2019") or two years ("1979-1980"). An end that is a day
    alone takes its year and month from the other ("3 - 5 may 2019", "2019年5月3日~5日"), one without
    a year takes the other's ("3 may - 5 june 2019", "may 3-5, 2019"). None unless both ends are read
    as real dates of the same precision; the start may come after the end (the caller says so). An
    open end ("3 may 1979 - present") is ISO 8601's "..": ("1979-05-03", "..")."""
    if open_end(right):
        start = first.iso if first.valid else first.partial
        return None if start is None else (start, "..")
    if (first.valid or (first.partial or "").startswith("--")) and (day := lone_day(right)) is not None:
        start = first.iso if first.valid else first.partial  # "may 3-5": --05-03 to --05-05
        end = f"{start[:-2]}{day:02d}"
    elif first.valid and last.partial is not None and last.partial.startswith("--"):
        start, end = first.iso, first.iso[:4] + last.partial[1:]  # "2019年5月3日~6月5日"
    elif (first.partial or "").startswith("--") and (day_year := lone_day_year(right)) is not None:
        start = f"{day_year[1]}{first.partial[1:]}"  # "may 3-5, 2019"
        end = f"{start[:8]}{day_year[0]:02d}"
    else:
        end = last.iso if last.valid else last.partial
        if end is None or len(end) not in (4, 7, 10) or (end.startswith("--") and lone_day(left) is None):
            return None
        if len(end) in (4, 7) and not end.startswith("--"):
            start = first.partial if first.partial is not None and len(first.partial) == len(end) else None
        elif (day := lone_day(left)) is not None:
            start = f"{end[:-2]}{day:02d}"  # "3 - 5 may 2019", "3-5 may"
        elif first.valid:
            start = first.iso
        elif first.partial is not None and first.partial.startswith("--"):
            start = end[:4] + first.partial[1:]
        else:
            return None
    if start is None or start == end:
        return None
    try:
        for part in (start, end):
            full = part.replace("--", "2000-", 1)  # a leap year: "--02-29" is a day
            dt.date.fromisoformat({4: f"{full}-01-01", 7: f"{full}-01"}.get(len(full), full))
    except ValueError:
        return None
    return start, end


def _shown(label: str) -> str:
    """A reading as an answer shows it: a full date, or an incomplete one's reduced form ("--05-03")."""
    partial = partial_date(label)
    return partial[0] if partial else label


def partial_date(label: str) -> tuple[str, str] | None:
    """(reduced ISO form, what is missing) for a label with 00 parts ("1979-05-00" -> ("1979-05", "no day")),
    None for any other string (a full date or nonsense)."""
    year, month, day = label[:4], label[5:7], label[8:]
    if len(label) != 10 or label[4] != "-" or label[7] != "-" or not (year + month + day).isdigit():
        return None
    try:
        if year != "0000" and month != "00" and day == "00":
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}", "no day"
        if year == "0000" and month != "00" and day != "00":
            dt.date(2000, int(month), int(day))  # a leap year: "29 February" is a day and a month
            return f"--{month}-{day}", "no year"
        if year != "0000" and month == "00" and day == "00":
            return year, "year only"
    except ValueError:
        return None
    return None


def _judge(raw: str, text: str, date: str, confidence: float, min_confidence: float,
           years: set[int] | None = None, lang: str | None = None, plain: str | None = None,
           runs: list[str] | None = None, only_lang: str | None = None) -> Result:
    """The Result for the model's answer `date` to the normalised `text` (in `lang`, None: unknown);
    `plain` is `without_clock(text)` and `runs` its `digit_runs` when the caller has them. The month
    must be written as a number or named by a word of the text in some language ("3 mai 2022" read
    as March by the English model is reported, "page 7 2010" read as August by any; an incomplete
    date keeps only its year: "Mid-2019" read as May 2019 is 2019). A model trained on the texts of
    one language, `only_lang`, needs a whole name; a many-language one also a name inside a word,
    since the name table lacks the inflected forms it reads (Hebrew "באוק׳", Kurdish "sibata")."""
    plain = without_clock(text) if plain is None else plain
    runs = digit_runs(plain) if runs is None else runs
    if date[:4].isdigit() and date[:4] != "0000" and (stamp := stamp_month_day(runs, int(date[:4]))):
        # a compact stamp writes its month and day where no word can mean another ("20751220224812z")
        date = f"{date[:5]}{stamp[0]:02d}-{stamp[1]:02d}"
    month = int(date[5:7]) if date[5:7].isdigit() and 0 < int(date[5:7]) <= 12 else 0
    day = int(date[8:]) if date[8:].isdigit() else 0
    named, said = month_check(plain, month, lang, day) if month else (set(), False)
    if lang is not None and len(named) == 1:
        # The text names one month, in its own language or English, and not the one read: the
        # month is the text's ("2021NOV22" read as January is November). Without a language a
        # name can mean other months elsewhere, so the conflict is only reported.
        date, named, said = f"{date[:5]}{min(named):02d}{date[7:]}", set(), True
    partial = None
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        partial = partial_date(date)
        if partial is None:
            return Result(raw, None, False, confidence, "not a calendar date")
    if confidence < min_confidence:
        return Result(raw, None, False, confidence, "low confidence")
    if date[:4] != "0000" and not year_is_written(text, int(date[:4]), years, runs):  # years are copied, never made up
        return Result(raw, None, False, confidence, f"year not in text (read {date[:4]})")
    if date[8:] != "00" and not day_is_written(text, int(date[8:])):  # so are days ("the ninth" is not read)
        return Result(raw, None, False, confidence, f"day not in text (read {int(date[8:])})")
    if named:  # "15 mar" is not May
        return Result(raw, None, False, confidence,
                      f"month not in text (read {month}, text names {', '.join(map(str, sorted(named)))})")
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:])
    in_words = names_month if only_lang is not None else names_month_loosely
    if (0 < month == day and str(year) in runs and sum(len(run) <= 2 for run in runs) == 1
            and not any(in_words(plain, m) for m in range(1, 13))):
        # a year and one number, no month word: the number is the month and the day was made from
        # it ("11/2026" read as 2026-11-11 is November 2026)
        return Result(raw, None, False, confidence, f"incomplete date (no day): {year}-{month:02d}",
                      partial=f"{year}-{month:02d}")
    part = unwritten_part(runs, year, month, day, lambda: names_month(plain, month))
    if part is not None:  # each number the text writes is one part of the date: "02/06" is not --06-06
        number = {"year": year, "month": month, "day": day}[part]
        return Result(raw, None, False, confidence, f"{part} not in text (read {number})")
    # The month must be named by a word (in some language; for a many-language model also inside
    # a word, as inflected forms are: `names_month_loosely`) or written as a number.
    if (partial is not None and partial[1] == "no day"
            and not month_is_written(plain, month) and not in_words(plain, month)):
        partial, month = (date[:4], "year only"), 0  # "Mid-2019" read as May 2019 names no month: it gives the year
    if month and not said and not month_is_written(plain, month, day) and not in_words(plain, month):
        return Result(raw, None, False, confidence, f"month not in text (read {month})")
    if partial is not None:
        reduced, missing = partial
        return Result(raw, None, False, confidence, f"incomplete date ({missing}): {reduced}", partial=reduced)
    return Result(raw, date, True, confidence)


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
    sys.stderr.flush()
    saved = os.dup(fd)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


def default_workers() -> int:
    """Processes a chunk is shared out over: $DATENORM_WORKERS, else every core on Linux (where
    processes fork), else 1."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise DatenormError(f"{WORKERS_ENV} must be a positive whole number, got {value!r}")
        return int(value)
    if not sys.platform.startswith("linux"):
        return 1
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


_HELPER: Translator | None = None  # in a helper process: its own interpreter


def _helper_start(config: ModelConfig, model_bytes: bytes) -> None:
    import signal

    global _HELPER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the calling process's to handle
    _HELPER = Translator(config, model_bytes, threads=1, workers=1)


def _helper_read(texts: list[str], order: str | None, min_confidence: float, lang: str | None) -> list[Result]:
    assert _HELPER is not None
    return _HELPER._translate_chunk(texts, order, min_confidence, lang)


_CACHE: dict[Path, Translator] = {}


def load_model(path: str | os.PathLike | None = None) -> Translator:
    """A reusable translator for `path` (default: $DATENORM_MODEL, else the bundled models/default)."""
    directory = resolve_model_dir(path).resolve()
    if directory not in _CACHE:
        _CACHE[directory] = Translator.from_dir(directory)
    return _CACHE[directory]


def normalize(texts: str | Iterable[str], order: str | None = None,
              model: Translator | str | os.PathLike | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE, lang: str | None = None) -> list[Result]:
    """ISO dates for human-written dates: one `Result` per input, in order.

    `order` ('DMY', 'MDY', 'YMD' or None) is how all-numeric dates are read; with None, a date whose
    answer depends on the order is reported `ambiguous` with both readings. `lang` (e.g. 'hr')
    tells a model with a language hint which language the dates are in.
    """
    translator = model if isinstance(model, Translator) else load_model(model)
    if isinstance(texts, str):
        texts = [texts]
    return translator.translate(texts, order, min_confidence, lang)
