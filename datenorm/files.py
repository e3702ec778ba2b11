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
def temporary_beside(path: Path, option: str = "output", suffix: str = ".tmp") -> Iterator[Path]:
    """A new, empty temporary file in `path`'s directory, for a writer that wants a name (Keras);
    renamed over `path` when the block ends normally, removed when it does not."""
    check_target(path, option)
    ensure_writable_dir(path.parent, option)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.fchmod(fd, 0o666 & ~_umask())  # as open() would create it (mkstemp makes it private)
    os.close(fd)
    tmp = Path(name)
    _LIVE.add(tmp)
    try:
        yield tmp
        check_target(path, option)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a quota, a file-size limit: which file, in one line
        raise DatenormError(f"cannot write {option} {path}: {exc.strerror or exc}") from None
    finally:
        _LIVE.discard(tmp)
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def replacing(path: Path, option: str = "output", text: bool = False) -> Iterator[IO]:
    """An open file (binary, or UTF-8 text with LF line ends) whose contents replace `path` when the
    block ends normally; nothing of it remains when it does not."""
    with temporary_beside(path, option) as tmp:
        with open(tmp, "w" if text else "wb", **({"encoding": "utf-8", "newline": "\n"} if text else {})) as handle:
            yield handle


def write_bytes(path: Path, data: bytes, option: str = "output") -> None:
    with replacing(path, option) as handle:
        handle.write(data)


def write_text(path: Path, text: str, option: str = "output") -> None:
    write_bytes(path, text.encode("utf-8"), option)


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)  # reading the mask means setting it: set it back at once
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
