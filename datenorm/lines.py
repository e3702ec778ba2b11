"""Reading lines of text from any source without trusting it: a line is never held past a limit,
bytes that are not UTF-8 never stop the reading, and every line read is one line given back, so
answer N always answers line N.

Every input path goes through `read_lines`: `translate`'s standard input and `--input`, and the
TSV files `evaluate`, `train` and `generate --exclude` read (`read_rows`, strict: one line per bad row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from datenorm.errors import DatenormError

# Bytes of one line read whole. A date is tens of characters; a line past this (a file that is no
# list of dates, /dev/zero) is reported `too_long` and skipped in small pieces, never held.
MAX_LINE_BYTES = 4096
_SKIP = 1 << 16
SHOWN = 64  # characters of a too-long line kept to say which line it was


class Line(NamedTuple):
    """One line: its text (for a too-long line, its first SHOWN characters and "…"), and what was
    wrong with it: None, "invalid_utf8" (bad bytes read as U+FFFD) or "too_long"."""

    text: str
    problem: str | None = None


def read_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """The lines of a binary stream, without their line ending (LF or CRLF), nor the UTF-8 byte
    order mark an editor may put before the first."""
    first = True
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if first:
            raw, first = raw.removeprefix(b"\xef\xbb\xbf"), False
        if len(raw) > limit and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Line(raw[:SHOWN * 4].decode("utf-8", errors="replace")[:SHOWN] + "…", "too_long")
            continue
        yield decoded(raw.rstrip(b"\n").removesuffix(b"\r"))


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        piece = stream.readline(_SKIP)
        if not piece or piece.endswith(b"\n"):
            return


def decoded(raw: bytes) -> Line:
    """`raw` as text; bytes that are not UTF-8 become U+FFFD and the line says so."""
    try:
        return Line(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Line(raw.decode("utf-8", errors="replace"), "invalid_utf8")


def argument_lines(texts: Iterable[str]) -> Iterator[Line]:
    """Command-line arguments as lines. Python gives an argument's bytes that are not UTF-8 as lone
    surrogates (PEP 383); they become U+FFFD and the line says "invalid_utf8", as on standard input."""
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            yield decoded(text.encode("utf-8", errors="surrogateescape"))
            continue
        yield Line(text)


MAX_PROBLEMS = 10  # bad rows of a file listed one per line; the rest are counted
LINE_PROBLEMS = {"invalid_utf8": "invalid UTF-8", "too_long": f"longer than {MAX_LINE_BYTES:,} bytes"}


def read_rows(path: Path, columns: tuple[str, ...] = ("text",),
              check: Callable[[dict[str, str]], str | None] | None = None) -> list[dict[str, str]]:
    """The rows of a generated (or any header-first, tab-separated) file as dicts, read strictly.

    The header must name `columns`. A row that is not UTF-8, is too long, lacks one of `columns`,
    has more cells than the header, or that `check` refuses (it returns why) is a problem, and the
    problems are one DatenormError whose lines each say "PATH line N: what". Blank lines are skipped
    and a row may leave out trailing optional cells (editors strip trailing tabs); a UTF-8 byte
    order mark before the header is not part of it."""
    with open(path, "rb") as fh:
        lines = enumerate(read_lines(fh), start=1)
        _, first = next(lines, (1, None))
        if first is None:
            return []
        if first.problem:
            raise DatenormError(f"{path} line 1: {LINE_PROBLEMS[first.problem]}")
        header = first.text.removeprefix("\ufeff").split("\t")
        missing = [c for c in columns if c not in header]
        if missing:
            raise DatenormError(f"{path} has no {' or '.join(missing)} column (header: {', '.join(header)})")
        needed = max(header.index(c) for c in columns) + 1 if columns else 0
        rows, problems = [], []
        for number, line in lines:
            if line.problem:
                problems.append((number, LINE_PROBLEMS[line.problem]))
                continue
            if not line.text.strip():
                continue
            cells = line.text.split("\t")
            if not needed <= len(cells) <= len(header):
                problems.append((number, f"{len(cells)} column{'s' * (len(cells) != 1)} where the header has "
                                         f"{len(header)}"))
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            problem = check(row) if check else None
            if problem:
                problems.append((number, problem))
            else:
                rows.append(row)
    if problems:
        listed = [f"{path} line {number}: {problem}" for number, problem in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            listed.append(f"... and {len(problems) - MAX_PROBLEMS:,} more")
        raise DatenormError("\n".join(listed))
    return rows
