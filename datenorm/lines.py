"""Reading lines of text from any source without trusting it: a line is never held past a limit,
bytes that are not UTF-8 never stop the reading, and every line read is one line given back, so
answer N always answers line N.

Every input path goes through `read_lines`: `translate`'s standard input and `--input`, and the
TSV files `evaluate`, `train` and `generate --exclude` read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple

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
    """The lines of a binary stream, without their line ending (LF or CRLF)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
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
