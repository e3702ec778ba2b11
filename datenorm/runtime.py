"""Reading dates: the model proposes; the text must witness every part of the answer; rules only
refuse, or re-read a rewritten text, and never rewrite the model's answer.

`normalize(texts)` answers every input with a `Result`, the ISO date or a reason code why not, in
stages: the text's `Evidence` is gathered once; `datenorm.prechecks` may refuse it; the network
(`datenorm.engine`) proposes an answer; `datenorm.witness` checks each part of it against the text;
`datenorm.rereads` reads rewritten texts again; `datenorm.ranges` reports a range with both ends;
a text with two years and no range is two dates. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from datenorm import ranges
from datenorm.cells import cells_to_texts, read_cells
from datenorm.config import AUTO_LANG, AUTO_ORDER, FILLER, ModelConfig, parse_order, read_regular_file
from datenorm.engine import (DEFAULT_CHUNK, TIME_MODEL_FILE, Engine, RepeatCache, Workers, default_workers, gc_paused,
                             stream)
from datenorm.errors import DatenormError
from datenorm.files import UNFINISHED_MARK
from datenorm.evidence import Evidence, without_clocks
from datenorm.months import (column_language, languages_naming, names_a_month, numeric_order, orders_differ,
                             own_month_words, weekdays_named, words)
from datenorm.prechecks import Options, precheck
from datenorm.rereads import REREADS, Row
from datenorm.reasons import TIME_CODES
from datenorm.result import Result, answer, partial_date, refusal, shown
from datenorm.text import ORDERS, normalize_text, numeric_date, order_reading, readable_orders
from datenorm.timeofday import (in_utc, noon_or_midnight_written, split_answer, time_on, writes_hour_word,
                                writes_noon_or_midnight)
from datenorm.relative import parse as parse_relative, reference
from datenorm.witness import fails_what_was_cut, judge, judge_relative, judge_time

__all__ = ["ColumnOrder", "Result", "Translator", "load_model", "model_for", "normalize", "partial_date",
           "resolve_model_dir"]

DEFAULT_MIN_CONFIDENCE = 0.5
MODEL_ENV = "DATENORM_MODEL"
MAX_MODEL_BYTES = 512 << 20  # a model.tflite is a few MB; a bigger file is no model of ours


TIME_MODEL = "datetime"  # the bundled model that reads times of day, which `time=True` takes by default
# the bundled model that writes dates said relative to today (models/relative): the other bundled
# models hand it the texts they cannot read that write a relative phrase ("3 days ago", "hier")
RELATIVE_MODEL = "relative"
_RELATIVES_LOCK = threading.Lock()  # one load of that model, whichever thread needs it first
# answers to no text (or to one the model never read): nothing another model could read better
_NOTHING_READ = frozenset({"empty", "too_long", "unknown_characters", "invalid_utf8", "null", "not_text"})


def _not_day_periods(text: str, phrases: list[tuple[int, int, frozenset[str]]],
                     own: list[tuple[int, int, frozenset[str]]] | None,
                     lang: str | None) -> list[tuple[int, int, frozenset[str]]]:
    """The relative `phrases` of a normalised text that are not the day period of its clock, after or
    before it: a phrase inside a longer period (Kyrgyz "10:32:32 эртең менен", in the morning, says
    no tomorrow, эртең; Spanish "10:32 de la mañana" none), or one that is all of it in another
    language than the one given (Turkish "sabah 9:58:52" is the morning, Azerbaijani "sabah"
    tomorrow). A period word that is the language's own phrase (`own`: the phrases of `lang`,
    None without one) stays one: "morgen 10:30", "mañana 10:30" are tomorrow."""
    if not phrases:
        return phrases
    from datenorm.clock import clock_mask
    from datenorm.timeofday import period_after_clock, period_before_clock

    mask = clock_mask(text)
    ends = [at for at in range(1, len(text) + 1) if mask[at - 1] and (at == len(text) or not mask[at])]
    starts = [at for at in range(len(text)) if mask[at] and (at == 0 or not mask[at - 1])]
    periods = [(at, found[0]) for at in ends if (found := period_after_clock(text, at, lang))]
    periods += [(found[0], at) for at in starts if (found := period_before_clock(text, at, lang))]
    periods = [(at + len(text[at:until]) - len(text[at:until].lstrip()), at + len(text[at:until].rstrip()))
               for at, until in periods]  # the period's words, without the spaces around them
    if not periods:
        return phrases
    spans = None if own is None else {(start, end) for start, end, _ in own}

    def in_a_period(start: int, end: int) -> bool:
        return any(at <= start and end <= until
                   and (until - at > end - start or spans is not None and (start, end) not in spans)
                   for at, until in periods)

    return [phrase for phrase in phrases if not in_a_period(phrase[0], phrase[1])]


def model_for(model, time: bool):
    """The model a call reads with: `model`; with `time` and no model named (argument or
    $DATENORM_MODEL), the bundled `datetime` model, since `default` reads dates only."""
    return TIME_MODEL if model is None and time and not os.environ.get(MODEL_ENV) else model


def resolve_model_dir(model: str | os.PathLike | None = None) -> Path:
    """The model directory for `model`: a bundled model's name ('default', 'en'), else a path, else
    $DATENORM_MODEL, else the bundled models/default. A bare name is the bundled model's even when
    the working directory has a directory of that name (give "./default" to mean that one)."""
    choice = os.fspath(model) if model is not None else os.environ.get(MODEL_ENV) or "default"
    path = Path(choice).expanduser()
    if os.sep not in choice and "/" not in choice:
        bundled = Path(str(resources.files("datenorm.models"))) / choice
        if bundled.is_dir():
            path = bundled
    if not path.is_dir():
        raise DatenormError(f"model directory {choice!r} not found (give a directory with model.tflite and "
                            f"config.json, or a bundled name such as 'default')")
    return path


def _bundled(path: Path, name: str) -> bool:
    """Whether `path` is the bundled model `name`'s directory."""
    bundled = Path(str(resources.files("datenorm.models"))) / name
    return bundled.is_dir() and Path(path).resolve() == bundled.resolve()


# How many second readings deep a reading may go (each may read its rewritten text again)
MAX_REREAD_DEPTH = 4


class Translator:
    """A loaded model and the stages that read its answers."""

    def __init__(self, config: ModelConfig, model_bytes: bytes, path: Path | None = None, threads: int | None = None,
                 workers: int | None = None, time_bytes: bytes | None = None):
        self.config = config
        self.path = path
        self.engine = Engine(config, model_bytes, path, threads, time_bytes)
        self.workers = Workers(default_workers() if workers is None else max(1, workers),
                               _helper_start, (config, model_bytes, time_bytes))
        self._solo: Translator | None = None  # a one-thread twin that reads this process's share
        self._threads = threads
        # the bundled models read relative phrases as phrases and hand them to the bundled model that
        # writes their forms (`_with_relatives`); a model of one's own is read as it is
        self._hands_on = path is not None and any(_bundled(path, name) for name in ("default", "en", TIME_MODEL))
        self._relatives: Translator | bool | None = None  # that model, once looked for (False: none installed)
        # a model trained on one language's texts: its month words are the only ones it knows
        self._only_lang = config.text_langs[0] if len(config.text_langs) == 1 else None

    @classmethod
    def from_dir(cls, path: str | os.PathLike | None = None, threads: int | None = None,
                 workers: int | None = None) -> "Translator":
        directory = resolve_model_dir(path)
        if (directory / UNFINISHED_MARK).exists():
            raise DatenormError(f"the model in {directory} is unfinished: its training or export was interrupted "
                                f"while its files were written; finish it with: datenorm export {directory}")
        try:
            model_bytes = read_regular_file(directory / "model.tflite", MAX_MODEL_BYTES)
        except FileNotFoundError:
            raise DatenormError(f"no model.tflite in model directory {directory}") from None
        config = ModelConfig.load(directory / "config.json")
        time_bytes = None
        if config.writes_time:  # read now, loaded by the network at the first call that reads times
            try:
                time_bytes = read_regular_file(directory / TIME_MODEL_FILE, MAX_MODEL_BYTES)
            except FileNotFoundError:
                raise DatenormError(f"no {TIME_MODEL_FILE} in model directory {directory}, whose config writes "
                                    f"times: make it with: datenorm export {directory}") from None
        return cls(config, model_bytes, directory, threads, workers, time_bytes)

    def predict(self, texts: list[str], hint, lang=None, time: bool = False):
        """The network's raw answers and confidences for normalised texts (`Engine.predict`)."""
        return self.engine.predict(texts, hint, lang, time)

    def translate(self, texts: Iterable[str], order: str | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, lang: str | None = None,
                  time: bool = False, utc: bool = False, now=None) -> list[Result]:
        return list(self.stream(texts, order, min_confidence, lang=lang, time=time, utc=utc, now=now))

    def stream(self, texts: Iterable[str], order: str | None = None,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE, chunk: int = DEFAULT_CHUNK,
               lang: str | None = None, on_language=None, on_order=None, time: bool = False,
               utc: bool = False, now=None) -> Iterator[Result]:
        """Results in input order for a stream of any length, in bounded memory (`chunk` rows at a time).

        `order` says how all-numeric dates are read (DMY, MDY, YMD); None reports a date whose
        answer depends on it ambiguous; "auto" works the column's order out from the numeric dates
        of its first chunk (`column_order`) and reads every date in it. `on_order(ColumnOrder)` is
        then called once with what was found.

        `lang` (a Babel language code, models with a language hint only) says which language the
        dates are written in; None lets the model work each date's language out alone; "auto" works
        out the column's language from the month names of its first chunk (`column_language`) and
        gives it to each date that names a month in it. `on_language(lang, hits, named)` is then
        called once with what was found: the language (None: none), how many dates of the first
        chunk name a month in it, how many name one in any language.

        `time` reads the time of day too (a model that writes times): a valid answer is the date
        and the time as written ("2007-07-10T22:42", "1979-05-03T10:42:07+02:00"); `utc` gives a
        time with a zone in UTC ("1979-05-03T08:42:07Z") and leaves one without a zone as written.

        `now` (a datetime, a date or an ISO 8601 text; None: this machine's local time when the
        stream starts) is what a model that writes relative dates resolves them against ("3 days
        ago": `datenorm.relative`); one instant for the whole stream.
        """
        if (time or utc) and not self.config.writes_time:
            raise DatenormError(f"the model in {self.path or 'memory'} reads dates only, not times of day "
                                f"(the bundled '{TIME_MODEL}' model reads both)")
        order = parse_order(order, auto=True)
        lang = self.config.check_lang(lang)
        if not 0.0 <= min_confidence <= 1.0:  # also NaN, which no confidence is below: no threshold at all
            raise DatenormError(f"min_confidence must be a number from 0 to 1, got {min_confidence!r}")
        cache = RepeatCache()
        now = reference(now)

        def reader(language: str | None, order: str | None = order):
            opts = Options(self.config, order, language, min_confidence, time or utc, utc, now)
            read = functools.partial(self._shared, opts=opts)
            if self._hands_on and not self.config.writes_relative:
                read = functools.partial(self._with_relatives, read=read, opts=opts)
            return lambda part: cache.read(part, read)

        if order != AUTO_ORDER and lang != AUTO_LANG:
            return stream(texts, reader(lang), chunk)

        def first(part: list[str]):
            """The reader of the whole column, from what its first chunk says."""
            column_reader = reader
            if order == AUTO_ORDER:
                found = self.column_order(part)
                if on_order is not None:
                    on_order(found)
                column_reader = functools.partial(reader, order=found.order)
            if lang == AUTO_LANG:
                return self._column_reader(part, column_reader, on_language)
            return column_reader(lang)

        return stream(texts, None, chunk, first=first)

    def column_order(self, texts: Iterable[str]) -> "ColumnOrder":
        """What a column's numeric dates say of its order: each date whose numbers make a calendar
        date in some orders only ("13/04/2001": DMY, not MDY) rules the others out. One order left:
        the column's. None left: the column contradicts itself, and is reported, not guessed.
        Several left (no date settles it): no order. A date that writes its year first is read so
        whatever the order, and says nothing of the others. Rows count with their repeats."""
        possible, votes, settling = set(ORDERS), dict.fromkeys(ORDERS, 0), 0
        for text, rows in Counter(texts).items():
            ev = Evidence.of(text, self.config)
            if ev.runs and len(ev.runs[0]) >= 4:  # a year first ("2023-10-05", "20231005") reads so in any order
                continue
            orders = readable_orders(ev.plain, ev.runs)
            if not orders or len(orders) == len(ORDERS):
                continue
            possible &= orders
            settling += rows
            if len(orders) == 1:
                votes[next(iter(orders))] += rows
        order = next(iter(possible)) if len(possible) == 1 and settling else None
        return ColumnOrder(order, votes, settling, contradicts=not possible)

    def column_language(self, texts: Iterable[str]) -> tuple[str | None, int, int]:
        """(language, hits, named) for a column of dates: `datenorm.months.column_language` over
        the model's languages, read from the texts as the checks read them."""
        return column_language((Evidence.of(text, self.config).plain for text in texts), self.config.langs)

    def _column_reader(self, first: list[str], reader, on_language):
        """For lang="auto": the column's language, worked out from its first chunk, is the hint of
        each date that names a month in it; the others are read without one (a column that mixes
        languages loses nothing to reading without hints: benchmarks/column_language.py)."""
        found, hits, named = self.column_language(first)
        if on_language is not None:
            on_language(found, hits, named)
        if found is None:
            return reader(None)
        names = own_month_words(found, english_months=True)
        readers = {True: reader(found), False: reader(None)}

        def read(texts: list[str]) -> list[Result]:
            hinted = [not names.isdisjoint(words(Evidence.of(text, self.config).plain)) for text in texts]
            results: list[Result | None] = [None] * len(texts)
            for use, read_some in readers.items():
                indices = [i for i, h in enumerate(hinted) if h is use]
                if indices:
                    for i, result in zip(indices, read_some([texts[i] for i in indices])):
                        results[i] = result
            return results  # type: ignore[return-value]

        return read

    def _shared(self, texts: list[str], opts: Options) -> list[Result]:
        """`read` over this process and its forked helpers (`engine.Workers`) when the batch is big
        enough. A chunk's evidence lives until its answers are given, so the cyclic garbage
        collector, which would scan those objects over and over, waits."""
        with gc_paused():
            if not self.workers.worth(len(texts)):
                return self.read(texts, opts)
            return self.workers.map(texts, lambda part: self._twin().read(part, opts),
                                    functools.partial(_helper_read, how=(opts.order, opts.lang, opts.min_confidence,
                                                                        opts.time, opts.utc, opts.now)))

    def _with_relatives(self, texts: list[str], read, opts: Options) -> list[Result]:
        """`read`'s answers, where a text it read no date from that writes a relative phrase of any
        language ("3 days ago", "hace 3 días", "昨天": `relativewords.relative_phrases`) is answered by
        the bundled model that writes relative dates, with the same options, if that model reads it
        as one (its answer carries a form in `relative`; its refusal replaces an incomplete date only
        when the text writes no date beside the phrase). If it does not, and the text writes no date
        beside the phrase, the text is refused as relative: what `read` made of it is no date the
        text writes (Danish "7 dage siden", 7 days ago, is no 7 August for another language's month
        name inside "dage"). Every other answer is `read`'s, so absolute dates are read as before,
        and only texts no date was read from pay for the phrases and the second model."""
        results = read(texts)
        # characters the date model never read may be the relative model's (昨天, "23 ngày trước");
        # a text it read two ways writes a date ("by Sun, 11/2/1930"): no relative phrase is its answer
        todo = [i for i, r in enumerate(results)
                if not r.valid and not r.readings and (r.code not in _NOTHING_READ or r.code == "unknown_characters")
                and any(c.isalpha() for c in texts[i])]
        if not todo:
            return results
        from datenorm.relativewords import only_relative, relative_phrases

        # in the language given, whose short words count ("hoy", "dün": without one, a short word is
        # a word of too many languages), else in any: a language worked out from a column's month
        # names ("ago": August in Spanish) may not be the phrase's; the second model reads it with the
        # options given, and its witness judges
        evidence = {i: Evidence.of(texts[i], self.config) for i in todo}
        phrases = {}
        for i in todo:
            written = evidence[i].written
            own = relative_phrases(written, opts.lang) if opts.lang else None
            if found := _not_day_periods(written, own or relative_phrases(written), own, opts.lang):
                phrases[i] = found
        alone = {i: only_relative(evidence[i], found, opts.lang) for i, found in phrases.items()}
        other = self._relative_reader() if phrases else None
        if other is not None:
            lang = opts.lang if opts.lang in other.config.langs else None
            own = replace(opts, config=other.config, lang=lang)
            again = _relative_readings(other, [texts[i] for i in phrases], [evidence[i].written for i in phrases],
                                       list(phrases.values()), own)
            for i, new in zip(phrases, again):  # a date the text witnesses stays ("now 2014": Bambara's November)
                if new.relative is not None and (new.valid or results[i].code != "incomplete" or alone[i]):
                    results[i] = new
            if opts.time:
                results = _days_with_their_clocks(other, read, texts, results,
                                                  {i: (evidence[i].written, phrases[i]) for i in phrases}, own)
        for i, found in phrases.items():
            if (not results[i].valid and results[i].relative is None
                    and results[i].code not in ("relative", "unknown_characters") and alone[i]):
                phrase = evidence[i].written[found[0][0]:found[0][1]]
                results[i] = refusal(texts[i], "relative", f"not a date (relative to the day it was written: {phrase})")
        return results

    def _relative_reader(self) -> "Translator | None":
        """The bundled model that writes relative dates, loaded at the first text that needs it; None
        when none is installed or the installed one does not write them."""
        with _RELATIVES_LOCK:
            if self._relatives is None:
                config = Path(str(resources.files("datenorm.models"))) / RELATIVE_MODEL / "config.json"
                if not config.is_file() or not ModelConfig.load(config).writes_relative:
                    self._relatives = False
                elif self._threads is None and self.workers.count == default_workers():
                    self._relatives = load_model(RELATIVE_MODEL)  # the process's own, as a call naming it gets
                else:  # as this one reads: one thread and no helper on a cluster's worker
                    self._relatives = Translator.from_dir(config.parent, self._threads, self.workers.count)
        return self._relatives or None

    def _twin(self) -> "Translator":
        if self.workers.count < 2:
            return self
        if self._solo is None:
            self._solo = Translator(self.config, self.engine.model_bytes, self.path, threads=1, workers=1,
                                    time_bytes=self.engine.time_bytes)
        return self._solo

    def read(self, texts: list[str], opts: Options, depth: int = 0) -> list[Result]:
        """Every stage for a batch of raw texts, in one process: prechecks, the model's answers and
        their witnesses, second readings, ranges and two dates. `depth` counts the second readings
        this one is inside: past `MAX_REREAD_DEPTH` none is tried (a rewrite whose text normalises
        to another rewrite would go on for ever)."""
        evidence = [Evidence.of(text, self.config, opts.lang, opts.time) for text in texts]
        results: list[Result | None] = [precheck(ev, opts) for ev in evidence]
        todo = [i for i, result in enumerate(results) if result is None]
        if opts.order is None and opts.lang is not None:
            todo = self._read_in_its_order(texts, evidence, todo, results, opts, depth)
        labels = self._propose(evidence, todo, results, opts)
        # a text that says a date relative to today is read by the model and judged by its text alone:
        # final (a relative form the text does not say at all is a misreading, read again below)
        todo = [i for i in todo if results[i].relative is None]
        # a time the text does not witness keeps its reason: second readings are for dates
        unanswered = [i for i in todo if not results[i].valid and results[i].code not in TIME_CODES]
        for stage in REREADS if depth < MAX_REREAD_DEPTH else ():
            offered = unanswered
            if stage.answered_too is not None:  # answered rows too, those the stage may concern
                offered = [i for i in todo if results[i].code not in TIME_CODES
                           and stage.answered_too(evidence[i], opts)]
            elif stage.times_too:  # and, read with the time, a date read without one
                offered = [i for i in todo if not results[i].valid or (opts.time and "T" not in results[i].iso)]
            if stage.too_long_too:  # and those too long for the model, which it never read
                offered = offered + [i for i, result in enumerate(results) if result and result.code == "too_long"]
            if not offered:
                continue
            rows = {i: Row(evidence[i], *labels.get(i, ("", "")), results[i]) for i in offered}  # type: ignore[arg-type]
            rewritten = {i: _with_capitals(text, row.ev.raw) for i, row in rows.items()
                         if (text := stage.rewrite(row, opts))
                         and (text != row.ev.text or stage.lang not in (None, opts.lang) or stage.date_steps)}
            if rewritten:
                again = opts if stage.lang is None else replace(opts, lang=stage.lang)
                # the date's steps alone read no time; a stage for times keeps the time as written, in UTC after
                again = replace(again, time=False, utc=False) if stage.date_steps else replace(again, utc=False)
                for i, new in zip(rewritten, self.read(list(rewritten.values()), again, depth + 1)):
                    if (stage.keep(rows[i].result, new, rows[i], opts)
                            and _time_witnessed(rows[i].ev, new, stage, again)
                            and not (new.valid and fails_what_was_cut(rows[i].ev.full, new.iso, rows[i].ev.written))):
                        if stage.judged_by_the_text:
                            if not _read_whole(rows[i].ev):
                                continue  # the text judged would not be all it writes
                            new = _judged_by_the_text(rows[i].ev, new, opts)
                        results[i] = replace(_in_utc(new) if opts.utc else new, input=texts[i])
                unanswered = [i for i in todo if not results[i].valid and results[i].code not in TIME_CODES]
        spanned = ranges.read(texts, todo, lambda ends: self.read(ends, opts, depth + 1))
        if opts.time:  # "3 May 1979, 10:00 - 11:30"
            spanned.update(ranges.read_times(texts, [i for i in todo if i not in spanned],
                                             lambda ends: self.read(ends, opts, depth + 1)))
        first, last = self.config.years
        for i in todo:
            if i in spanned:
                results[i] = spanned[i]
            elif len(evidence[i].years) > 1 and len(years := sorted(y for y in evidence[i].years
                                                                     if first <= y <= last)) > 1:
                # "3 May 1979 (UK) / 10 May 1980 (US)"; "... started on port 8080" writes no year 8080
                results[i] = refusal(texts[i], "two_dates", f"two dates (years {years[0]} and {years[1]})",
                                     results[i].confidence)
            elif results[i].valid and len(written := sorted(evidence[i].iso_dates)) > 1:
                # "2019-05-03 10:30 backup of 2019-05-02 done": the answer may mix the two
                results[i] = refusal(texts[i], "two_dates", f"two dates ({'-'.join(written[0])} and "
                                     f"{'-'.join(written[1])})", results[i].confidence)
            elif (opts.time and results[i].valid and "T" not in results[i].iso
                  and (evidence[i].writes_a_clock(dt.date.fromisoformat(results[i].iso), opts.lang)
                       or writes_hour_word(evidence[i].text, short_alone=False))):
                # a date read without the time its text writes (the model wrote none, or a second reading left
                # it out), in digits or in words with an hour word ("akşam saat sekizi 20 geçe")
                results[i] = refusal(texts[i], "time_not_read", "the text writes a time the answer leaves out",
                                     results[i].confidence, partial=results[i].iso)
        return results  # type: ignore[return-value]

    def _read_in_its_order(self, texts: list[str], evidence: list[Evidence], todo: list[int], results: list,
                           opts: Options, depth: int) -> list[int]:
        """The rows of `todo` whose numbers leave the order open read, into `results`, in the one
        their language writes in every locale (`numeric_order`: Estonian "07.03.2019" is 7 March,
        Basque "23/11/28" 2023-11-28; not English or Spanish, whose locales differ), unless a
        weekday settles them; the rows left to read."""
        in_order: dict[str, list[int]] = {}
        for i in todo:
            ev = evidence[i]
            if (ev.order_matters and (order := numeric_order(opts.lang, ev.plain)) is not None
                    and numeric_date(ev.runs, order) and not weekdays_named(ev.months, opts.lang)):
                in_order.setdefault(order, []).append(i)
        for order, rows in in_order.items():
            for i, result in zip(rows, self.read([texts[i] for i in rows], replace(opts, order=order), depth)):
                results[i] = result
        settled = {i for rows in in_order.values() for i in rows}
        return [i for i in todo if i not in settled]

    def _propose(self, evidence: list[Evidence], todo: list[int], results: list,
                 opts: Options) -> dict[int, tuple[str, str]]:
        """The model's answers for the rows `todo`, (its date, the time it wrote after it or ""),
        each judged into `results`. Without an
        order, a text whose numbers read differently as DMY and MDY is read both ways, and reported
        ambiguous with both readings when they differ."""
        labels: dict[int, tuple[str, str]] = {}
        matters = [opts.order is None and evidence[i].order_matters for i in todo]
        double = [i for i, both in zip(todo, matters) if both]
        single = [i for i, both in zip(todo, matters) if not both]
        if single:
            outputs, confidence = self.predict([evidence[i].text for i in single], opts.order, opts.lang, opts.time)
            for i, output, c in zip(single, outputs, confidence):
                labels[i] = label, part = split_answer(output)
                if self.config.writes_relative and (form := _relative_form(output)) is not None:
                    results[i] = judge_relative(evidence[i], form, float(c), opts.lang,
                                                opts.now or dt.datetime.now(), opts.time, opts.utc)
                    continue
                results[i] = judge(evidence[i], label, float(c), opts.min_confidence, opts.lang, self._only_lang)
                results[i] = judge_time(evidence[i], label, part, results[i], opts.min_confidence, opts.utc, opts.lang)
        if double:
            texts = [evidence[i].text for i in double]
            dmy, conf_d = self.predict(texts, "DMY", opts.lang, opts.time)
            mdy, conf_m = self.predict(texts, "MDY", opts.lang, opts.time)
            for i, (a, part_a), ca, (b, part), cb, raw_a, raw_b in zip(double, map(split_answer, dmy), conf_d,
                                                                       map(split_answer, mdy), conf_m, dmy, mdy):
                ev, c = evidence[i], float(min(ca, cb))
                if self.config.writes_relative and (form := _relative_form(raw_a) or _relative_form(raw_b)):
                    # a relative date is read alike in any order: the first reading's form is judged
                    labels[i] = a, part_a
                    results[i] = judge_relative(ev, form, c, opts.lang,
                                                opts.now or dt.datetime.now(), opts.time, opts.utc)
                    continue
                labels[i] = a, part_a
                # numbers alone say which date each order makes, whatever the model read: "3/5" is --05-03
                # or --03-05, "03 - 05 - 2019" 2019-05-03 or 2019-03-05; a language or a word may
                # settle it ("03.05.79" in German, "3 tháng 5 năm 1979"), so the model's two readings do
                dmy, mdy, ymd = a, b, None
                # so do the numbers alone of a text that names no month in a language whose locales write
                # it both ways (date-fns writes Bengali "03/07/2019" month first, CLDR day first)
                if len(ev.runs) == 2 or (not ev.months.has_letters if opts.lang is None
                                         else orders_differ(opts.lang) and not names_a_month(ev.months)):
                    dmy, mdy = _as_numbers_say(ev, "DMY", a), _as_numbers_say(ev, "MDY", b)
                    if opts.lang is None:  # "25/04/01": 2025-04-01 too
                        ymd = order_reading(ev.plain, ev.runs, "YMD", a, True)
                else:  # a language or a word may settle it, but a reading the numbers do not make, in a
                    # text that names no month, is a misreading: "3/5/2019 14:30" in Italian read in MDY
                    # as 2019-05-05; so is no calendar date ("di, 08.10.2013" read as 2013-18-08)
                    dmy, mdy = (label if _made(ev, label) or not (date := numeric_date(ev.runs, order))
                                else date.isoformat() for order, label in (("DMY", a), ("MDY", b)))
                    if (len(days := weekdays_named(ev.months, opts.lang)) == 1
                            and not {_weekday(dmy), _weekday(mdy)} & days):
                        # the weekday the text names is neither reading's: the numbers alone say the
                        # dates ("星期四, 12/01/2016", a Thursday, is no 12 January read in Chinese)
                        dmy, mdy = _as_numbers_say(ev, "DMY", a), _as_numbers_say(ev, "MDY", b)
                    if _DASHED_YEAR_FIRST.search(ev.plain):  # "23-11-28": ISO 8601's order, date-fns's fr-CA
                        ymd = order_reading(ev.plain, ev.runs, "YMD", a, True)
                readings = _by_order(ev, {"DMY": dmy, "MDY": mdy, "YMD": ymd})
                if len(readings) > 1 and len(days := weekdays_named(ev.months, opts.lang)) == 1:
                    # a reading on another weekday than the text names is refused: "Fri 03/05/2019"
                    # is 3 May (a Friday), not 5 March (a Tuesday)
                    readings = {order: label for order, label in readings.items() if _weekday(label) in days} or readings
                times = {a: part_a, b: part}  # each reading with the time read with it, when witnessed
                if len(readings) == 1 and (only := next(iter(readings.values()))) in (a, b):  # as the model read it
                    labels[i] = only, its_time = only, times.get(only) or part
                    results[i] = judge(ev, only, c, opts.min_confidence, opts.lang, self._only_lang)
                    results[i] = judge_time(ev, only, its_time, results[i], opts.min_confidence, opts.utc, opts.lang)
                else:  # two readings; or the one on the weekday the text names, which the model did not read
                    said = ("ambiguous" if len(readings) > 1
                            else "ambiguous (the weekday named makes it the one reading, which the model did not read)")
                    results[i] = refusal(ev.raw, "ambiguous", said, c,
                                         readings={order: _with_its_time(ev, label, times.get(label) or part, c, opts)
                                                   for order, label in readings.items()})
        # an answer that is no date's shape (a relative form, letters where digits go) is, for the
        # second readings, no date read
        return {i: label if _DATE_SHAPE.fullmatch(label[0]) else ("0000-00-00", "") for i, label in labels.items()}


# A numeric date of two-digit numbers joined by hyphens: its year may come first, as ISO 8601 writes
# it, whatever the language (a language that settles its order is read in it before: Dutch "28-11-23")
_DASHED_YEAR_FIRST = re.compile(r"(?<![0-9-])[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?![0-9-])")


_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _relative_readings(reader: "Translator", texts: list[str], written: list[str],
                       found: list[list[tuple[int, int, frozenset[str]]]], opts: Options) -> list[Result]:
    """The answers of `reader`, the model that writes relative dates, to texts (normalised:
    `written`) that write the relative phrases `found`: its reading of each text, and where it read
    no form the text witnesses, its second readings (`_counts_read_in_digits`,
    `_phrases_read_alone`)."""
    results = reader._shared(texts, opts)
    results = _counts_read_in_digits(reader, texts, results, written, opts)
    return _phrases_read_alone(reader, texts, results, written, found, opts)


def _phrases_read_alone(reader: "Translator", texts: list[str], results: list[Result], written: list[str],
                        found: list[list[tuple[int, int, frozenset[str]]]], opts: Options) -> list[Result]:
    """`results` of the model that writes relative dates, where it read no form the text witnesses
    from a text that is one relative phrase in marks or beside a clock ("tomorrow at 5pm", "morgen
    um 15 Uhr", "[vor elf Tagen]": it was taught phrases mostly as they stand alone), read again from
    the phrase alone (`_beside_its_phrase`; a text the model could not read, "昨天 𓀀", is not).
    The second reading's form is judged by the witness of the text, without its clock when the
    answer is a date (as `rereads.without_its_time` reads it: what else the text says still refuses
    it, "tomorrow, 3 May"), and kept when the text witnesses it, as the answer to the text as given;
    a count of hours or minutes beside a clock says two times ("in 3 hours at 5pm"): refused as it
    was. With the time of day, a phrase beside a clock is left to `_days_with_their_clocks`, which
    reads the clock too."""
    evidence = {i: Evidence.of(texts[i], reader.config, opts.lang, opts.time) for i, (r, phrases)
                in enumerate(zip(results, found))
                if (r.relative is None or r.code == "relative") and r.code not in _NOTHING_READ and len(phrases) == 1}
    cut = {i: ev.plain != ev.text for i, ev in evidence.items()}  # a clock cut from what the checks read
    clocked = {i: cut[i] or writes_noon_or_midnight(ev.written) for i, ev in evidence.items()}
    todo = {i: phrase for i, ev in evidence.items()
            if (phrase := written[i][found[i][0][0]:found[i][0][1]]) != written[i].strip()
            and not (opts.time and clocked[i])}
    if not todo:
        return results
    # the text as written (not as the model reads it: characters it does not know are the text's too,
    # "不是明天"), without its clocks when one was cut
    judged_on = {i: evidence[i] if opts.time or not cut[i]
                 else Evidence.of(without_clocks(evidence[i].written), reader.config, opts.lang) for i in todo}
    todo = {i: phrase for i, phrase in todo.items() if _beside_its_phrase(judged_on[i].written, phrase, opts.lang, cut[i])}
    if not todo:
        return results
    results = list(results)
    now = opts.now or dt.datetime.now()
    for i, new in zip(todo, reader._shared(list(todo.values()), opts)):
        if new.relative is None or (clocked[i] and (form := parse_relative(new.relative)) is not None
                                    and form.on_the_clock):
            continue
        judged = judge_relative(judged_on[i], new.relative, new.confidence, opts.lang, now, opts.time, opts.utc)
        if judged.relative is not None and judged.code != "relative":
            results[i] = replace(judged, input=texts[i])
    return results


def _beside_its_phrase(text: str, phrase: str, lang: str | None, clock_cut: bool) -> bool:
    """Whether a normalised text (for a date, without its clock: `clock_cut` says one was cut from
    it) is its one relative `phrase` with nothing beside it but marks, and after it, where a clock
    was cut or a noon or midnight word stands, the clock's glue: one short word of a spaced script
    ("tomorrow at" [5pm], "morgen um" [15 Uhr], "today at noon"), which the witness does not weigh.
    A phrase of a day may have the day's period after it (`_without_day_period`: "yesterday
    evening", "gestern Abend um" [20 Uhr], 昨天晚上), which the clock's witness weighs against the
    hour when the text is read again with its clock (`_days_with_their_clocks`).
    A word before the phrase ("not today", Italian "dopo domani"), a word where no clock was ("am
    Morgen", the morning), a longer word or one glued to the phrase may change what it says (下星期天,
    next Sunday, holds 下星期, next week; 내일모레, the day after tomorrow, holds 내일; Arabic "اليوم
    السابق", the day before, holds اليوم, today): the phrase alone is no reading of such a text."""
    from datenorm.relativewords import relative_phrases, unspaced  # Babel's data: loaded where needed

    found = relative_phrases(text, lang) or relative_phrases(text)
    if len(found) != 1 or text[found[0][0]:found[0][1]] != phrase:
        return False
    start, end, forms = found[0]
    before, after = text[:start], _without_day_period(text[end:], forms, lang, phrase)
    if _WORD_OR_NUMBER.search(before) or (after[:1].isalpha() or before[-1:].isalpha()):
        return False
    if noon := noon_or_midnight_written(after):
        after = after[:noon[0]] + " " + after[noon[1]:]
    words = _WORD_OR_NUMBER.findall(after)
    return not words or (len(words) == 1 and (clock_cut or noon is not None) and len(words[0]) <= 4
                         and words[0].isalpha() and not unspaced(words[0]))


_WORD_OR_NUMBER = re.compile(r"[^\W_]+")


def _without_day_period(after: str, forms: frozenset[str], lang: str | None, phrase: str) -> str:
    """What a normalised text writes after a relative `phrase` of a day (`forms`: no count on the
    clock, no week, month or year), without the day's period that starts it (`day_period_after`)."""
    found = day_period_after(after, forms, lang, phrase)
    return after if found is None else " " + after[found[0]:]


def day_period_after(after: str, forms: frozenset[str], lang: str | None,
                     phrase: str) -> tuple[int, frozenset[int]] | None:
    """The day's period that starts what a normalised text writes after a relative `phrase` of a
    day: (its end in `after`, the hours it allows a clock). A period of `lang` (without one, of the
    phrase's own languages) as `clockwords.periods_written` finds it, after a space and at most two
    words of three letters or fewer that lead it ("evening", "in the evening", "am Abend", "à
    noite"), or glued to the phrase in a script written without spaces ("晚上"). Its hours are those
    people use it for (`clockwords.loosely`), never the small hours of a period of the evening (the
    hour after midnight is the next day's). A period of the night, whose hours run past midnight
    ("heute Nacht um 2 Uhr" is tomorrow's 02:00), is none: the phrase's day is not its day."""
    from datenorm.clockwords import loosely, periods_written
    from datenorm.relativewords import languages_in, unspaced

    if not forms or any((form := parse_relative(f)) is None or form.on_the_clock or form.kind == "period"
                        for f in forms):
        return None
    for language in [lang] if lang is not None else languages_in(phrase):
        for start, end, hours in periods_written(after, language):
            lead = after[:start]
            words = lead.split()
            led = lead[:1].isspace() and len(words) <= 2 and all(len(w) <= 3 and w.isalpha() for w in words)
            if not (led or (start == 0 and unspaced(after[:1]))):
                continue
            if min(hours) < 6 and max(hours) >= 18:  # the night: past midnight
                return None
            return end, frozenset(h for h in loosely(sorted(hours)) if h >= 6 or min(hours) < 6)
    return None


def _days_with_their_clocks(reader: "Translator", read, texts: list[str], results: list[Result],
                            phrases_of: dict[int, tuple[str, list[tuple[int, int, frozenset[str]]]]],
                            opts: Options) -> list[Result]:
    """With the time of day (`opts`: the options of `reader`): a text that says a day relative to
    today beside a clock ("yesterday at 14:30", "Yesterday, 10:15 PM", "昨天 14:30", "3 days ago at
    14:00"), which the model that writes relative dates reads only without its clock, is read again
    as that day and the clock: its
    relative phrase rewritten as the ISO date its witnessed form resolves to ("2026-12-01 at 14:30")
    and read by `read`, the date model, whose witness judges the clock. The second reading is kept
    when it is that day with a time of day, as the answer to the text as given, with the form in
    `relative`. A count of hours or minutes, a week, month or year has no clock of its own beside it.
    `phrases_of`: each row's normalised text and its relative phrases (`relative_phrases`)."""
    todo = [i for i in phrases_of if not results[i].valid]
    if not todo:
        return results
    days = _relative_readings(reader, [texts[i] for i in todo], [phrases_of[i][0] for i in todo],
                              [phrases_of[i][1] for i in todo], replace(opts, time=False))
    rewritten: dict[int, tuple[str, Result, frozenset[int] | None]] = {}  # text, day, the period's hours
    now = opts.now or dt.datetime.now()
    for i, day in zip(todo, days):
        relative = parse_relative(day.relative) if day.valid and day.relative else None
        if relative is None or relative.on_the_clock or relative.kind == "period":
            continue
        text, phrases = phrases_of[i]
        # the day's form witnessed by the text as written without its clocks (a second reading of the
        # day may have read it as the model does, without characters it does not know: "不是明天 14:30")
        if not judge_relative(Evidence.of(without_clocks(text), reader.config, opts.lang), day.relative,
                              day.confidence, opts.lang, now).valid:
            continue
        if len(phrases) == 1:
            start, end, forms = phrases[0]
            period = day_period_after(text[end:], forms, opts.lang, text[start:end])
            rewritten[i] = (text[:start] + day.iso + text[end:], day, None if period is None else period[1])
    if not rewritten:
        return results
    results = list(results)
    for (i, (_, day, hours)), new in zip(rewritten.items(), read([text for text, _, _ in rewritten.values()])):
        # the clock within the day's period beside the phrase ("tomorrow morning at 9pm" is refused)
        if (new.valid and len(new.iso) > 10 and new.iso[:10] == day.iso
                and (hours is None or int(new.iso[11:13]) in hours)):
            results[i] = replace(new, input=texts[i], relative=day.relative, reference=day.reference)
    return results


def _counts_read_in_digits(reader: "Translator", texts: list[str], results: list[Result], written: list[str],
                           opts: Options) -> list[Result]:
    """`results` of the model that writes relative dates, where it read no form the text witnesses
    from a phrase whose count is written in words ("trzy tygodnie temu", "prije dvije godine": the
    generator writes counts in digits in most languages), read again with the count in digits
    (`relativewords.counts_in_digits`); the second reading is kept when it carries a form its text
    witnesses, as the answer to the text as given."""
    from datenorm.relativewords import counts_in_digits

    todo = {i: rewritten for i, r in enumerate(results)
            if r.relative is None or r.code == "relative"
            if (rewritten := counts_in_digits(written[i], opts.lang)) is not None}
    if not todo:
        return results
    results = list(results)
    for i, new in zip(todo, reader._shared(list(todo.values()), opts)):
        if new.relative is not None and new.code != "relative":
            results[i] = replace(new, input=texts[i])
    return results


def _relative_form(output: str) -> str | None:
    """The canonical form of a date said relative to today the model wrote ("-P3D" and its filler),
    None for a date."""
    return None if output[:1].isdigit() else (form if parse_relative(form := output.rstrip(FILLER)) else None)


def _weekday(label: str) -> int | None:
    try:
        return dt.date.fromisoformat(label[:10]).weekday()
    except ValueError:
        return None


def _with_its_time(ev: Evidence, label: str, part: str, confidence: float, opts: Options) -> str:
    """A reading of an ambiguous date as shown: read with the time, with the time the text
    witnesses ("05/06/19 13:42:26": DMY 2019-06-05T13:42:26), else the date alone."""
    if opts.time and part and (date := _calendar_date(label)) is not None:
        timed = judge_time(ev, label, part, answer(ev.raw, date.isoformat(), confidence), 0.0, opts.utc, opts.lang)
        if timed.valid:
            return timed.iso
    return shown(label)


def _with_capitals(text: str, raw: str) -> str:
    """A rewritten (normalised) text with the words `raw` writes in capitals in capitals again: the
    checks read an abbreviation as a zone only in capitals ("PST 上午4:40" read again as "pst 4:40
    am" must still write PST)."""
    capitals = {word.lower() for word in _WORD.findall(raw) if word.isupper()}
    if not capitals:
        return text
    return _WORD.sub(lambda found: found.group().upper() if found.group() in capitals else found.group(), text)


_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")


def _in_utc(result: Result) -> Result:
    """A valid answer with a zone given in UTC (`--utc`); any other as it is."""
    time = time_on(result.iso[:10], result.iso[10:]) if result.valid and "T" in result.iso else None
    return replace(result, iso=in_utc(result.iso[:10], time)) if time is not None and time.zone else result


def _time_witnessed(ev: Evidence, new: Result, stage, opts: Options) -> bool:
    """Whether the time of a second reading's answer is one the text itself writes: a stage for
    dates may rewrite the text without its clock ("4/2/03, 6 2ja 10:43" read again as "4/2/03, 6
    2ja"), and a time read from what is left is no time the text writes. Stages for times keep
    their own checks. Second readings are read as written, never in UTC (`_in_utc` after)."""
    if not opts.time or stage.times_too or not new.valid or "T" not in new.iso:
        return True
    return _judged_by_the_text(ev, new, opts).valid


def _read_whole(ev: Evidence) -> bool:
    """Whether the text the checks read is all the raw text writes: not cut to fit the model, nor
    with words of letters the model does not know read as spaces (a Thai zone name after a clock)."""
    return ev.full == ev.text == " ".join(normalize_text(ev.raw).split())


def _judged_by_the_text(ev: Evidence, new: Result, opts: Options) -> Result:
    """A second reading's answer (a date and a time) judged by the text as written."""
    return judge_time(ev, new.iso[:10], new.iso[10:], answer(ev.raw, new.iso[:10], new.confidence), 0.0,
                      lang=opts.lang)


def _calendar_date(label: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(label)
    except ValueError:
        return None


def _numbers_make(ev: Evidence, label: str) -> bool:
    """Whether the date of `label` is one the text's numbers make in some order."""
    return _calendar_date(label) in ev.readings


def _made(ev: Evidence, label: str) -> bool:
    """Whether `label` is a calendar date the text's numbers make, or one whose month a word of the
    text names in some language (whose check says if it is that month): "06. 05. 19 v 8:59" read
    as 2005-05-06, 05 both month and year, is neither."""
    return _numbers_make(ev, label) or (_calendar_date(label) is not None
                                        and bool(languages_naming(ev.months, int(label[5:7]))))

def _as_numbers_say(ev: Evidence, order: str, label: str) -> str:
    """The reading in `order` of a text whose numbers alone are its date: the model's, or what the
    numbers say in that order when the model read it in another order or read a date its numbers
    do not make ("10.2.2015 klo 9.22" read in MDY as 2015-02-02, or as no calendar date)."""
    made = len(ev.runs) == 2 or _numbers_make(ev, label)
    return order_reading(ev.plain, ev.runs, order, label, made) or label


def _by_order(ev: Evidence, labels: dict[str, str | None]) -> dict[str, str]:
    """The distinct readings of a text, each under the order whose numbers make it: a reading the
    model gave under one order hint that is another order's ("25/04/01" read 2025-04-01 when told
    MDY, which its numbers cannot be) goes under that order."""
    readings: dict[str, str] = {}
    for order, label in labels.items():
        if label is None or label in readings.values():
            continue
        if numeric_date(ev.runs, order) is None:  # not this order's: the order whose numbers make it
            order = next((o for o in ORDERS if (d := numeric_date(ev.runs, o)) and d.isoformat() == label), order)
        readings.setdefault(order, label)
    return readings


_HELPER: Translator | None = None  # in a helper process: its own one-thread reader


@dataclass(frozen=True)
class ColumnOrder:
    """A column's order as its dates say it (`Translator.column_order`): `order` (None when no date
    settles it or the column contradicts itself), `votes` the rows whose numbers make a date in
    one order only, by order, `settling` the rows that rule some order out, and `contradicts`
    whether they rule every order out between them (a DMY-only date and an MDY-only one)."""

    order: str | None
    votes: dict[str, int]
    settling: int
    contradicts: bool


def _helper_start(config: ModelConfig, model_bytes: bytes, time_bytes: bytes | None) -> None:
    """A helper's reader (`engine.Workers` has already tied the helper to its parent)."""
    global _HELPER
    gc.enable()  # forked inside a reading, where it was paused: `_helper_read` pauses it for each share
    _HELPER = Translator(config, model_bytes, threads=1, workers=1, time_bytes=time_bytes)


def _helper_read(texts: list[str], how: tuple) -> list[Result]:
    """`read` in a helper process; `how` is (order, lang, min_confidence, time, utc, now): the config it has already."""
    assert _HELPER is not None
    with gc_paused():  # as in the calling process (`Translator._shared`)
        return _HELPER.read(texts, Options(_HELPER.config, *how))


_CACHE: dict[Path, Translator] = {}


def load_model(path: Translator | str | os.PathLike | None = None) -> Translator:
    """A reusable translator for `path` (default: $DATENORM_MODEL, else the bundled models/default);
    a Translator is itself."""
    if isinstance(path, Translator):
        return path
    directory = resolve_model_dir(path).resolve()
    if directory not in _CACHE:
        _CACHE[directory] = Translator.from_dir(directory)
    return _CACHE[directory]


def normalize(texts: str | Iterable[str], order: str | None = None,
              model: Translator | str | os.PathLike | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE, lang: str | None = None,
              time: bool = False, utc: bool = False, now=None) -> list[Result]:
    """ISO dates for human-written dates: one `Result` per input, in order.

    `order` ('DMY', 'MDY', 'YMD' or None) is how all-numeric dates are read; with None, a date whose
    answer depends on the order is reported `ambiguous` with both readings; with 'auto', the
    numeric dates among the first 16,384 texts settle it (`Translator.column_order` says how).
    `lang` (e.g. 'hr') tells a model with a language hint which language the dates are in.
    A value that is no text is answered in its place (`datenorm.cells`): None or NaN `null`, a
    number `not_text`, bytes read as UTF-8 (`invalid_utf8` when they are not).
    `time=True` reads the time of day too ("2007-07-10T22:42"), with the bundled `datetime` model
    unless `model` names another, and `utc=True` gives a time that writes its zone in UTC
    (`Translator.stream`). `now` is the instant a date said relative to one ("3 days ago") is
    resolved against, by a model that writes them (default: this machine's local time now); the
    bundled `default`, which reads dates only, hands the texts it reads no date from that write a
    relative phrase to the bundled model that writes them (`Translator._with_relatives`).
    """
    translator = load_model(model_for(model, time or utc))
    if isinstance(texts, (str, bytes)):
        texts = [texts]
    texts = list(texts)
    if all(type(text) is str for text in texts):
        return translator.translate(texts, order, min_confidence, lang, time, utc, now)
    return read_cells(cells_to_texts(texts), translator, order, min_confidence, lang, time, utc, now)


CHECKS_DOC = Path(__file__).resolve().parents[1] / "docs" / "checks.md"


def _first_paragraph(func) -> str:
    return " ".join((func.__doc__ or "").split("\n\n")[0].split()).replace("|", "\\|")


def stage_tables() -> dict[str, str]:
    """The tables of prechecks and second readings as Markdown, by the name of their place in
    docs/checks.md (`python -m datenorm.runtime` writes them there; a test keeps the two in step)."""
    from datenorm.prechecks import PRECHECKS

    prechecks = ["| # | precheck | refuses |", "| --- | --- | --- |"]
    prechecks += [f"| {n} | {name} | {_first_paragraph(check)} |" for n, (name, check) in enumerate(PRECHECKS, 1)]
    rereads = ["| # | second reading | rewrites | kept when | language |", "| --- | --- | --- | --- | --- |"]
    rereads += [f"| {n} | {stage.name} | {_first_paragraph(stage.rewrite)} | {_first_paragraph(stage.keep)} | "
                f"{stage.lang or 'as given'} |" for n, stage in enumerate(REREADS, 1)]
    return {"prechecks": "\n".join(prechecks) + "\n", "rereads": "\n".join(rereads) + "\n"}


def with_stage_tables(doc: str) -> str:
    """`doc` with the text between each "<!-- NAME -->" and "<!-- /NAME -->" replaced by its table."""
    for name, table in stage_tables().items():
        start, end = f"<!-- {name} -->\n", f"<!-- /{name} -->"
        before, _, rest = doc.partition(start)
        _, _, after = rest.partition(end)
        doc = f"{before}{start}{table}{end}{after}"
    return doc


if __name__ == "__main__":
    CHECKS_DOC.write_text(with_stage_tables(CHECKS_DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the stage tables of {CHECKS_DOC}")
