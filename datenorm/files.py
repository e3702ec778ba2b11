"""The one place datenorm writes files. Every output (generated splits, model files, metrics,
pictures) is written to a fresh temporary file beside its target and renamed over it at the end:

- a crash, a full disk, Ctrl-C or a SIGTERM/SIGHUP never leaves a half-written file where a good
  one is expected, nor the temporary file (`remove_temporaries` runs on every exit path);
- temporary names are unpredictable and created exclusively (`tempfile.mkstemp`), so a link
  planted in a shared directory cannot make datenorm write to another file;
- a target that is a symbolic link is refused: datenorm replaces only files it could have made.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from datenorm.errors import DatenormError

_LIVE: set[Path] = set()  # this process's temporary files not yet renamed
# The file a model directory holds while its files are rewritten (`datenorm.train`); loading a
# directory that still has it is refused, as its files may not belong together.
UNFINISHED_MARK = "UNFINISHED"


def check_target(path: Path, option: str = "output") -> None:
    """Refuse a target that is a symbolic link or something other than a regular file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatenormError(f"cannot write {option} {path}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise DatenormError(f"{option} {path} is a symbolic link; datenorm does not write through links")
    if not stat.S_ISREG(info.st_mode):
        raise DatenormError(f"{option} {path} exists and is not a regular file")


@contextlib.contextmanager
def _temporary(path: Path, option: str, suffix: str = ".tmp") -> Iterator[Path]:
    """A new, empty file beside `path`, with the mode `path` has (or a new file would get), removed
    when the block ends unless it was renamed; a write error in the block is one DatenormError."""
    check_target(path, option)
    try:  # making the file is the proof that the directory is writable: no probe file first
        path.parent.mkdir(parents=True, exist_ok=True)
        with _signals_held():  # the name is known to remove_temporaries from the moment it exists
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
            tmp = Path(name)
            _LIVE.add(tmp)
    except OSError as exc:
        raise DatenormError(f"cannot write to {option} {path.parent}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, _mode_for(path))  # mkstemp makes it private
        os.close(fd)
        yield tmp
    except OSError as exc:  # a full disk, a quota, a file-size limit: which file, in one line
        raise DatenormError(f"cannot write {option} {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
        _LIVE.discard(tmp)


@contextlib.contextmanager
def temporary_beside(path: Path, option: str = "output", suffix: str = ".tmp") -> Iterator[Path]:
    """A new, empty temporary file in `path`'s directory, for a writer that wants a name (Keras);
    renamed over `path` when the block ends normally, removed when it does not."""
    with _temporary(path, option, suffix) as tmp:
        yield tmp
        _replace_all([(tmp, path)], option)


@contextlib.contextmanager
def replacing(path: Path, option: str = "output", text: bool = False) -> Iterator[IO]:
    """An open file (binary, or UTF-8 text with LF line ends) whose contents replace `path` when the
    block ends normally; nothing of it remains when it does not."""
    with replacing_together([path], option, text) as (handle,):
        yield handle


@contextlib.contextmanager
def replacing_together(paths: list[Path], option: str = "output", text: bool = False) -> Iterator[list[IO]]:
    """Open files whose contents replace `paths` all together when the block ends normally (a
    signal waits until every rename is done), and none of them when it does not: the three splits
    of `datenorm generate` are never two runs' files side by side."""
    kind = {"mode": "w", "encoding": "utf-8", "newline": "\n"} if text else {"mode": "wb"}
    with contextlib.ExitStack() as stack:
        temps = [stack.enter_context(_temporary(path, option)) for path in paths]
        handles = [stack.enter_context(open(tmp, **kind)) for tmp in temps]
        yield handles
        for handle in handles:
            handle.close()  # a full disk may show only now, at the last flush
        _replace_all(list(zip(temps, paths)), option)


def _replace_all(pairs: list[tuple[Path, Path]], option: str) -> None:
    for _, path in pairs:
        check_target(path, option)
    with _signals_held():
        for tmp, path in pairs:
            os.replace(tmp, path)


@contextlib.contextmanager
def _signals_held():
    """Ctrl-C, SIGTERM and SIGHUP wait until the block is done (then act as usual)."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _mode_for(path: Path) -> int:
    """The mode of the file `path` replaces, or the one open() would give a new file."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_bytes(path: Path, data: bytes, option: str = "output") -> None:
    with replacing(path, option) as handle:
        handle.write(data)


def write_text(path: Path, text: str, option: str = "output") -> None:
    write_bytes(path, text.encode("utf-8"), option)


@functools.cache
def _umask() -> int:
    """The process's umask, read from /proc where Linux shows it (setting it to read it, the only
    portable way, would race with other threads creating files)."""
    with contextlib.suppress(OSError, StopIteration, ValueError):
        status = Path("/proc/self/status").read_text()
        return int(next(line for line in status.splitlines() if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_temporaries() -> None:
    """Remove the temporary files still open (a signal or an exit path that skipped the blocks)."""
    for tmp in list(_LIVE):
        with contextlib.suppress(OSError):
            tmp.unlink()
        _LIVE.discard(tmp)


def ensure_writable_dir(path: Path, option: str = "--out") -> None:
    """Create `path` if needed and prove it writable, or raise one clear DatenormError."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path, prefix=".write-test.")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DatenormError(f"cannot write to {option} {path}: {exc.strerror or exc}") from None
