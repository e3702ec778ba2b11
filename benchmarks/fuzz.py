"""Fuzzing datenorm end to end: a million seeded inputs through `datenorm.normalize` (in chunks, as a
user with a big column calls it) and a million-line stream through `datenorm translate`, counting
what must never happen (exceptions, valid answers that are no date, answers out of step with the
lines they answer) and measuring peak memory, the slowest input and rows/s.

    python benchmarks/fuzz.py [--rows 1000000] [--seed 0] [--chunk 50000] [--formats tsv,plain] [--quick]

The mix (`CLASSES`) is real dates of every locale (`datenorm.generate`), dates with typos, random
Unicode, numbers, dates with line breaks and escape sequences inside, and garbage that cannot be a
date by construction: empty and whitespace-only strings, strings with no letter or number even
after NFKC, 10,000 characters without a space; the stream adds bytes that are not UTF-8 and lines of
1 MB. Exit status 1 when any of those figures is not zero; the inputs that break them are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

MB = 1 << 20
# Garbage classes: an answer marked valid for one of these is a valid non-date, whatever its iso.
CANNOT_BE_A_DATE = frozenset({"empty", "whitespace", "symbols", "long", "invalid_utf8", "megabyte"})
# Normalize's chunks cycle through these (order, lang) calls, so every path of the API is fuzzed.
CALLS = ((None, None), ("DMY", None), ("MDY", "auto"), ("YMD", None))
LINE_LIMIT = 4096  # datenorm.lines.MAX_LINE_BYTES: longer lines are answered too_long unread


# --- the fuzz mix ---------------------------------------------------------------------------------

def _ranges(*spans: tuple[int, int]) -> list[int]:
    return [c for lo, hi in spans for c in range(lo, hi + 1)]


# Code points worth more than their share of a uniform draw over all planes.
SPECIAL = {
    "control": _ranges((0x00, 0x1F), (0x7F, 0x9F)),
    "combining": _ranges((0x300, 0x36F), (0x1AB0, 0x1ACE), (0x20D0, 0x20F0), (0xFE20, 0xFE2F)),
    "format": [0x61C, 0x180E, 0xFEFF, 0x2060, 0x00AD] + _ranges((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069)),
    "emoji": _ranges((0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F900, 0x1F9FF), (0x1F1E6, 0x1F1FF),
                     (0x1F3FB, 0x1F3FF)) + [0x200D, 0xFE0F, 0x2764, 0x2600],
    "digits": _ranges((0x660, 0x669), (0x6F0, 0x6F9), (0x966, 0x96F), (0xE50, 0xE59), (0xFF10, 0xFF19),
                      (0x2160, 0x216B), (0x2460, 0x2473), (0x32C0, 0x32CB), (0x33E0, 0x33FE)) + [0x3007],
    "cjk": _ranges((0x4E00, 0x4E10)) + [0x5E74, 0x6708, 0x65E5, 0xB144, 0xC6D4, 0xC77C],  # 年 月 日 년 월 일
    "ascii": _ranges((0x20, 0x7E)),
}
WHITESPACE = [c for c in range(0x110000) if chr(c).isspace()]
# Inside a line of the stream: line and paragraph breaks other than LF, NUL, and terminal escapes.
BREAKS = ("\r", "\r\n", "\x85", "\u2028", "\u2029", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\t",
          "\x1b[31m", "\x1b[0m", "\x1b]0;title\x07", "\x1b[2J\x1b[H", "\x08", "\x7f", "\n")
NUMBERS = ("{i}", "-{i}", "+{i}", "{i}.{j}", "{i},{j}", "{i}e{k}", "0x{h}", "{i:,}", "{i:_}", "{i}:{j}", "{i}/{j}",
           "{i}-{j}", "{i}%", "#{i}", "{i} {j}", "1{z}", "{i}.{j}.{j}.{j}")
INVALID_UTF8 = (b"\xff", b"\xfe", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\x80", b"\xbf",
                b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80")


def _has_no_letter_or_number(c: str) -> bool:
    """True for a character that has no letter or number in it, even after NFKC ("㋄" is "5月")."""
    return all(unicodedata.category(x)[0] not in "LN" for x in c + unicodedata.normalize("NFKC", c))


class Fuzz:
    """A seeded stream of fuzz inputs: `draw()` gives (class, text); `draw_line()` (class, bytes of
    one line of the stream, without its b"\\n")."""

    def __init__(self, seed: str, plans: list, stream: bool = False) -> None:
        from datenorm.generate import DatePairs

        self.seed, self.rng = seed, random.Random(seed)
        self.dates = DatePairs(plans, seed)  # real dates of every locale Babel formats
        self._names = [n for n in CLASSES if stream or n not in STREAM_ONLY]
        self._weights = [CLASSES[n] for n in self._names]

    def char(self) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            c = rng.randrange(0x110000)
            return "\ufffd" if 0xD800 <= c <= 0xDFFF else chr(c)  # a lone surrogate has no UTF-8
        return chr(rng.choice(SPECIAL[rng.choice(list(SPECIAL))]))

    def draw(self) -> tuple[str, str | bytes]:
        name = self.rng.choices(self._names, self._weights)[0]
        return name, getattr(self, name)()

    def draw_line(self) -> tuple[str, bytes]:
        name, text = self.draw()
        if isinstance(text, str):  # LF ends a line of the stream (a space here); other breaks stay inside
            text = text.replace("\n", " ").encode("utf-8")
        return name, text

    # one method per class of CLASSES
    def date(self) -> str:
        return self.dates.row().text

    def mutated(self) -> str:
        rng, chars = self.rng, list(self.dates.row().text)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(chars) + 1)
            op = rng.randrange(6)
            if op == 0 and len(chars) > 1:
                del chars[min(i, len(chars) - 1)]
            elif op == 1 and len(chars) > 1:
                i = min(i, len(chars) - 2)
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            elif op == 2 and chars:
                i = min(i, len(chars) - 1)
                chars.insert(i, chars[i])
            elif op == 3:
                chars.insert(i, self.char())
            else:  # digits changed, or one added: the commonest typo in a date
                digits = [k for k, c in enumerate(chars) if c.isdigit()]
                if digits and op == 4:
                    chars[rng.choice(digits)] = str(rng.randrange(10))
                else:
                    chars.insert(i, str(rng.randrange(10)))
        return "".join(chars)

    def unicode(self) -> str:
        return "".join(self.char() for _ in range(self.rng.randint(1, 40)))

    def symbols(self) -> str:
        out, n = [], self.rng.randint(1, 30)
        while len(out) < n:
            c = self.char()
            if _has_no_letter_or_number(c):
                out.append(c)
        return "".join(out)

    def breaks(self) -> str:
        text = self.dates.row().text
        for _ in range(self.rng.randint(1, 3)):
            i = self.rng.randrange(len(text) + 1)
            text = text[:i] + self.rng.choice(BREAKS) + text[i:]
        return text

    def numbers(self) -> str:
        rng = self.rng
        i = rng.choice((rng.randrange(10), rng.randrange(10**4), rng.randrange(10**8), rng.randrange(10**20)))
        return rng.choice(NUMBERS).format(i=i, j=rng.randrange(100), k=rng.randrange(-30, 300), h=f"{i:x}",
                                          z="0" * rng.randrange(400))

    def whitespace(self) -> str:
        return "".join(chr(self.rng.choice(WHITESPACE)) for _ in range(self.rng.randint(1, 20)))

    def empty(self) -> str:
        return ""

    def long(self) -> str:
        """10,000 characters and no whitespace to drop: more than any model reads, date inside or not."""
        piece = "".join(c if not c.isspace() else "x" for c in (self.char() for _ in range(500)))
        text = (piece * 20)[:10_000]
        if self.rng.random() < 0.5:
            i = self.rng.randrange(len(text))
            text = text[:i] + self.dates.row().text.replace(" ", "-") + text[i:]
        return text

    def invalid_utf8(self) -> bytes:
        text = self.dates.row().text.encode("utf-8")
        for _ in range(self.rng.randint(1, 3)):
            i = self.rng.randrange(len(text) + 1)
            text = text[:i] + self.rng.choice(INVALID_UTF8) + text[i:]
        try:
            text.decode("utf-8")  # an inserted byte may have completed a character cut in two
        except UnicodeDecodeError:
            return text
        return text + b"\xff"


# class: weight. invalid_utf8 exists only in the stream; the megabyte lines are placed on their own.
CLASSES = {"date": 30, "mutated": 20, "unicode": 12, "symbols": 6, "breaks": 8, "numbers": 10, "whitespace": 4,
           "empty": 3, "long": 0.2, "invalid_utf8": 2}
STREAM_ONLY = frozenset({"invalid_utf8"})


def megabyte_lines(count: int) -> list[bytes]:
    """Lines of 1 MB as files that are no list of dates hold them: a date repeated, letters,
    multi-byte characters, NUL bytes (/dev/zero), bytes that are not UTF-8."""
    kinds = (b"3 May 1979 ", b"abcdefghij", "日付ü€😀".encode(), b"\x00", b"\xff\xfe3 May")
    return [(kinds[i % len(kinds)] * (MB // len(kinds[i % len(kinds)]) + 1))[:MB] for i in range(count)]


# --- checking answers -----------------------------------------------------------------------------

ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_calendar_date(iso: str | None) -> bool:
    if not iso or not ISO.fullmatch(iso):
        return False
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def cell(text: str) -> str:
    """An input as the TSV's first column writes it: whitespace runs one space, controls \\xNN."""
    text = " ".join(text.split())
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def shown(text: str | bytes, limit: int = 100) -> str:
    r = repr(text)
    return r if len(r) <= limit else f"{r[:limit]}... ({len(text):,} {'bytes' if isinstance(text, bytes) else 'chars'})"


@dataclass
class Tally:
    """What one run found: rows, the counts that must be zero, an example input of each, per class."""

    rows: int = 0
    seconds: float = 0.0
    failures: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # failure: [(class, input, what happened)]
    by_class: Counter = field(default_factory=Counter)
    valid_by_class: Counter = field(default_factory=Counter)
    peak_mb: float = 0.0
    rss: list = field(default_factory=list)  # (seconds, MB)
    notes: dict = field(default_factory=dict)

    def fail(self, kind: str, name: str, text, what: str) -> None:
        self.failures[kind] += 1
        if len(self.examples.setdefault(kind, [])) < 5:
            self.examples[kind].append((name, text, what))

    def judge(self, name: str, text, valid: bool, iso: str | None) -> None:
        """One answer: counted by class; a valid non-date when its iso is no calendar date or its
        input is garbage by construction."""
        self.by_class[name] += 1
        self.valid_by_class[name] += valid
        if valid and (not is_calendar_date(iso) or name in CANNOT_BE_A_DATE):
            self.fail("valid non-dates", name, text, f"valid, iso {iso!r}")


class RssSampler:
    """The memory of a process and its helper processes, every `every` seconds: the sum of their
    proportional set sizes (PSS), so pages a forked helper shares with its parent count once."""

    def __init__(self, pid: int, every: float = 0.5, itself: bool = True) -> None:
        import psutil

        self.process, self.every, self.itself = psutil.Process(pid), every, itself
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._start = time.perf_counter()

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(self.every):
            try:
                procs = [self.process] * self.itself + self.process.children(recursive=True)
                rss = sum(p.memory_full_info().pss for p in procs)
            except psutil.Error:  # the process ended, or a helper between listing and reading
                continue
            self.samples.append((time.perf_counter() - self._start, rss / MB))


# --- the two runs ---------------------------------------------------------------------------------

def run_normalize(fuzz: Fuzz, rows: int, chunk: int, sample: int) -> Tally:
    import datenorm
    from datenorm.reasons import CODES

    model = datenorm.load_model()
    tally = Tally()
    tally.notes["before"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chunk_times = []
    slowest: tuple[float, list] = (0.0, [])
    with RssSampler(os.getpid()) as rss:
        for start in range(0, rows, chunk):
            drawn = [fuzz.draw() for _ in range(min(chunk, rows - start))]
            texts = [text for _, text in drawn]
            order, lang = CALLS[len(chunk_times) % len(CALLS)]
            began = time.perf_counter()
            try:
                results = datenorm.normalize(texts, order=order, model=model, lang=lang)
            except Exception as exc:  # noqa: BLE001 - the figure counted: find the inputs that raise
                results, alone = [None] * len(texts), 0
                for i, (name, text) in enumerate(drawn):
                    try:
                        results[i] = datenorm.normalize([text], order=order, model=model, lang=lang)[0]
                    except Exception as one:  # noqa: BLE001
                        alone += 1
                        tally.fail("exceptions", name, text,
                                   f"{type(one).__name__}: {one} (order={order}, lang={lang})")
                if not alone:
                    tally.fail("exceptions", "chunk", f"chunk {len(chunk_times)} of seed {fuzz.seed}",
                               f"{type(exc).__name__}: {exc} (the whole chunk only, order={order}, lang={lang})")
            took = time.perf_counter() - began
            chunk_times.append(took)
            tally.seconds += took
            if took > slowest[0]:
                slowest = (took, drawn)
            if len(results) != len(texts):
                tally.fail("answers out of step", "chunk", texts, f"{len(results)} answers to {len(texts)} inputs")
            for (name, text), result in zip(drawn, results):
                if result is None:
                    continue
                if result.input != text:
                    tally.fail("answers out of step", name, text, f"answered as {result.input!r}")
                if result.valid == (result.iso is None) or (not result.valid and result.code not in CODES):
                    tally.fail("malformed results", name, text, f"valid={result.valid} iso={result.iso!r} "
                                                                f"code={result.code!r}")
                tally.judge(name, text, result.valid, result.iso)
            tally.rows += len(texts)
            print(f"  normalize: {tally.rows:,} rows, {tally.rows / tally.seconds:,.0f} rows/s", file=sys.stderr,
                  flush=True)
    tally.rss = rss.samples
    tally.peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tally.notes["chunks"] = (len(chunk_times), chunk, max(chunk_times), sorted(chunk_times)[len(chunk_times) // 2])
    tally.notes["slowest"] = slowest_inputs(slowest[1], sample, model)
    return tally


def slowest_inputs(drawn: list[tuple[str, str]], sample: int, model) -> tuple[list, dict[str, float]]:
    """The slowest chunk's inputs timed one at a time, up to `sample` of each class, best of two (the
    machine is shared; the five slowest best of three): those five, and each class's slowest time."""
    import datenorm

    classes: dict[str, list[str]] = {}
    for name, text in drawn:
        classes.setdefault(name, []).append(text)
    rng = random.Random(0)
    picked = [(name, text) for name, texts in classes.items()
              for text in (texts if len(texts) <= sample else rng.sample(texts, sample))]

    def timed(text: str) -> float:
        began = time.perf_counter()
        datenorm.normalize([text], model=model)
        return time.perf_counter() - began

    times = sorted(((min(timed(text), timed(text)), name, text) for name, text in picked), key=lambda t: -t[0])
    by_class: dict[str, float] = {}
    for seconds, name, _ in times:
        by_class.setdefault(name, seconds)
    again = [(min(t, timed(text)), name, text) for t, name, text in times[:5]]
    return sorted(again, key=lambda t: -t[0]), by_class


def write_stream(path: Path, fuzz: Fuzz, rows: int, megabytes: int) -> tuple[bytearray, int]:
    """The stream file (`rows` lines plus `megabytes` lines of 1 MB, each ended by b"\\n"): the class
    of each line, as indexes of `names`, and the file's size."""
    names = list(CLASSES) + ["megabyte"]
    big = megabyte_lines(megabytes)
    at = sorted(fuzz.rng.sample(range(rows + megabytes), megabytes))
    kinds, size = bytearray(), 0
    with open(path, "wb") as fh:
        for n in range(rows + megabytes):
            if big and n == at[0]:
                at.pop(0)
                name, line = "megabyte", big.pop()
            else:
                name, line = fuzz.draw_line()
            kinds.append(names.index(name))
            fh.write(line + b"\n")
            size += len(line) + 1
    return kinds, size


# Runs a command and writes its peak RSS to argv[1]. A process forked from this big one would
# inherit its peak (Linux keeps the larger ru_maxrss across exec); one forked from this small
# launcher reports its own.
MEASURED = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
            "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(code)")


def run_cli(stream: Path, kinds: bytearray, fmt: str, out_dir: Path) -> Tally:
    """`python -m datenorm translate --format FMT < stream > out`, then every output line checked
    against its input line."""
    names = list(CLASSES) + ["megabyte"]
    out, err = out_dir / f"out.{fmt}", out_dir / f"err.{fmt}"
    tally = Tally()
    cmd = [sys.executable, "-m", "datenorm", "translate", "--format", fmt]
    peak = out_dir / f"peak.{fmt}"
    began = time.perf_counter()
    with open(stream, "rb") as stdin, open(out, "wb") as stdout, open(err, "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-c", MEASURED, peak, *cmd], stdin=stdin, stdout=stdout, stderr=stderr)
        with RssSampler(proc.pid, itself=False) as rss:
            proc.wait()
    tally.seconds = time.perf_counter() - began
    tally.rss, tally.peak_mb = rss.samples, int(peak.read_text()) / 1024
    tally.notes["exit"] = proc.returncode

    stderr_lines = err.read_bytes().decode("utf-8", errors="replace").splitlines()
    reasons = [int(m.group(1)) for line in stderr_lines if (m := REASON.match(line))]
    problems = [line for line in stderr_lines if not REASON.match(line)]
    if proc.returncode not in (0, 1) or problems:
        tally.fail("exceptions", "stream", stream.name, f"exit {proc.returncode}: {' | '.join(problems[-3:])}")
    raw = out.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        tally.fail("output not UTF-8", "stream", raw[max(0, exc.start - 40):exc.end + 40], str(exc))
        text = raw.decode("utf-8", errors="replace")
    tally.notes["lines"] = (len(kinds), len(text.splitlines()))
    answers = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")  # as written: one per b"\n"
    if len(answers) != len(kinds):
        tally.fail("answers out of step", "stream", stream.name, f"{len(kinds):,} lines in, {len(answers):,} answers")
    refusals = []
    with open(stream, "rb") as fh:
        for number, (line, kind, answer) in enumerate(zip(fh, kinds, answers), start=1):
            name, line = names[kind], line[:-1]
            if len(answer.splitlines()) != 1:
                tally.fail("answers splitlines breaks", name, line, f"line {number} answered {answer[:200]!r}")
            valid, iso, echoed, code = read_answer(answer, fmt)
            if valid is None:
                tally.fail("answers out of step", name, line, f"line {number} is no answer: {answer[:80]!r}")
                continue
            if echoed is not None and not echoes(echoed, line, fmt):
                tally.fail("answers out of step", name, line, f"line {number} answered as {echoed[:80]!r}")
            if len(line) > LINE_LIMIT and code not in (None, "too_long"):
                tally.fail("long lines not too_long", name, line, f"line {number}: {code!r}")
            if not valid:
                refusals.append(number)
            tally.judge(name, line, valid, iso)
    if fmt == "plain" and reasons != refusals:
        wrong = next((a, b) for a, b in zip(reasons + [None], refusals + [None]) if a != b)
        tally.fail("answers out of step", "stream", stream.name,
                   f"'?' on {len(refusals):,} lines, reasons on stderr for {len(reasons):,}; first apart: {wrong}")
    tally.rows = len(kinds)
    return tally


REASON = re.compile(r"datenorm: line ([0-9]+): ")  # plain's reason for a "?" answer, on stderr


def read_answer(answer: str, fmt: str) -> tuple[bool | None, str | None, str | None, str | None]:
    """(valid, iso, the input as the answer repeats it, code) of one answer line; valid is None when
    the line is no answer. plain repeats no input and gives no code."""
    if fmt == "plain":
        return answer != "?", None if answer == "?" else answer, None, None
    if fmt == "tsv":
        fields = answer.split("\t")
        if len(fields) != 6 or fields[2] not in ("true", "false"):
            return None, None, None, None
        return fields[2] == "true", fields[1] or None, fields[0], fields[4] or None
    try:
        obj = json.loads(answer)
        return bool(obj["valid"]), obj["iso"], obj["input"], obj["code"]
    except (ValueError, KeyError, TypeError):
        return None, None, None, None


def echoes(echoed: str, line: bytes, fmt: str) -> bool:
    """Whether an answer's input column is line `line`: TSV writes it as `cell` does, JSON as it
    is; a line longer than LINE_LIMIT is answered unread, with its first characters and "…"."""
    text = line.removesuffix(b"\r").decode("utf-8", errors="replace")
    expected = cell(text) if fmt == "tsv" else text
    if len(line) > LINE_LIMIT:
        return echoed.endswith("…") and expected.startswith(echoed[:-1])
    return echoed == expected


# --- report ---------------------------------------------------------------------------------------

def flat(samples: list[tuple[float, float]], points: int = 6) -> str:
    """Memory at `points` evenly spaced moments of a run, in MB."""
    if len(samples) < 2:
        return " → ".join(f"{mb:.0f}" for _, mb in samples) or "-"
    picks = [samples[round(k * (len(samples) - 1) / (points - 1))] for k in range(points)]
    return " → ".join(f"{mb:.0f}" for _, mb in picks)


def report(api: Tally | None, clis: dict[str, Tally], args, stream_size: int) -> int:
    runs = ([("normalize", api)] if api else []) + [(f"CLI --format {f}", t) for f, t in clis.items()]
    kinds = ["exceptions", "valid non-dates", "answers splitlines breaks", "answers out of step", "malformed results",
             "output not UTF-8", "long lines not too_long"]
    print(f"\n## Fuzz: seed {args.seed}, {os.cpu_count()} cores, {dt.date.today()}\n")
    print("| figure | " + " | ".join(name for name, _ in runs) + " |")
    print("| --- |" + " --- |" * len(runs))
    print("| rows | " + " | ".join(f"{t.rows:,}" for _, t in runs) + " |")
    for kind in kinds:
        print(f"| {kind} | " + " | ".join(f"{t.failures[kind]:,}" for _, t in runs) + " |")
    print("| lines in / out (splitlines) | " + " | ".join(
        "-" if "lines" not in t.notes else "{:,} / {:,}".format(*t.notes["lines"]) for _, t in runs) + " |")
    print("| peak RSS, ru_maxrss (MB) | " + " | ".join(f"{t.peak_mb:,.0f}" for _, t in runs) + " |")
    print("| memory over the run: PSS with helpers (MB) | " + " | ".join(flat(t.rss) for _, t in runs) + " |")
    print("| seconds | " + " | ".join(f"{t.seconds:,.1f}" for _, t in runs) + " |")
    print("| rows/s | " + " | ".join(f"{t.rows / t.seconds:,.0f}" for _, t in runs) + " |")
    if clis:
        print(f"\nstream: {next(iter(clis.values())).rows:,} lines, {stream_size / MB:,.1f} MB; exit codes "
              + ", ".join(f"{f} {t.notes['exit']}" for f, t in clis.items()))
    if api:
        count, size, worst, median = api.notes["chunks"]
        print(f"normalize: {count} calls of {size:,} rows; slowest call {worst:.2f} s, median {median:.2f} s")
        print(f"normalize: peak RSS {api.notes['before']:,.0f} MB before the first call (the locale plans "
              f"that draw the dates, the model)")
        print("slowest inputs of the slowest call, one at a time (best of 3):")
        for seconds, name, text in api.notes["slowest"][0]:
            print(f"  {seconds * 1000:8.1f} ms  {name:10s} {shown(text, 70)}")
    alone = api.notes["slowest"][1] if api else {}
    print("\n| class | garbage | " + " | ".join(f"{name}: rows, valid" for name, _ in runs)
          + (" | slowest alone (ms) |" if api else " |"))
    print("| --- | --- |" + " --- |" * (len(runs) + bool(api)))
    for cls in list(CLASSES) + ["megabyte"]:
        print(f"| {cls} | {'yes' if cls in CANNOT_BE_A_DATE else ''} | " + " | ".join(
            f"{t.by_class[cls]:,}, {t.valid_by_class[cls] / max(1, t.by_class[cls]):.1%}" for _, t in runs)
            + (f" | {alone[cls] * 1000:.1f} |" if cls in alone else " | - |" if api else " |"))
    failed = 0
    for name, tally in runs:
        for kind, examples in tally.examples.items():
            failed += tally.failures[kind]
            print(f"\n{name}: {kind} ({tally.failures[kind]:,}), first inputs:")
            for cls, text, what in examples:
                print(f"  [{cls}] {shown(text, 300)} -> {what}")
    return 1 if failed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000, help="inputs for normalize and lines of the stream")
    ap.add_argument("--seed", type=int, default=0, help="the same seed gives the same inputs")
    ap.add_argument("--chunk", type=int, default=50_000, help="inputs per normalize call")
    ap.add_argument("--formats", default="tsv,plain", help="translate --format values to stream (tsv,plain,json)")
    ap.add_argument("--megabyte-lines", type=int, default=5, help="lines of 1 MB in the stream")
    ap.add_argument("--sample", type=int, default=200, help="inputs per class of the slowest call timed alone")
    ap.add_argument("--skip", choices=("normalize", "cli"), default=None, help="leave one of the two runs out")
    ap.add_argument("--keep", type=Path, default=None, help="write the stream and outputs here, and keep them")
    ap.add_argument("--quick", action="store_true", help="a check that it works: 20,000 rows, chunks of 5,000")
    args = ap.parse_args()
    if args.quick:
        args.rows, args.chunk, args.megabyte_lines = 20_000, 5_000, 2
    formats = [f for f in args.formats.split(",") if f]
    if any(f not in ("tsv", "plain", "json") for f in formats):
        ap.error(f"--formats {args.formats!r}: tsv, plain or json")

    from datenorm.generate import build_plans

    print(f"drawing dates of every locale (seed {args.seed})...", file=sys.stderr, flush=True)
    plans, _ = build_plans("all")
    api = None
    if args.skip != "normalize":
        api = run_normalize(Fuzz(f"{args.seed}:normalize", plans), args.rows, args.chunk, args.sample)
    clis: dict[str, Tally] = {}
    size = 0
    if args.skip != "cli":
        with tempfile.TemporaryDirectory() as tmp:
            work = args.keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            stream = work / "stream.txt"
            fuzz = Fuzz(f"{args.seed}:stream", plans, stream=True)
            kinds, size = write_stream(stream, fuzz, args.rows, args.megabyte_lines)
            for fmt in formats:
                print(f"  translate --format {fmt}: {len(kinds):,} lines...", file=sys.stderr, flush=True)
                clis[fmt] = run_cli(stream, kinds, fmt, work)
    sys.exit(report(api, clis, args, size))


if __name__ == "__main__":
    main()
