"""Writing files safely: every output is written to a temporary file beside it and renamed, so a
crash or Ctrl-C never leaves a half-written file where a good one is expected."""

from __future__ import annotations

import os
from pathlib import Path

from datenorm.errors import DatenormError


def temp_path(path: Path) -> Path:
    """A temporary name in the same directory (so os.replace is atomic)."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = temp_path(path)
    tmp.write_bytes(data)
    os.replace(tmp, path)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def ensure_writable_dir(path: Path, option: str = "--out") -> None:
    """Create `path` if needed and prove it writable, or raise one clear DatenormError."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = temp_path(path / "write-test")
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise DatenormError(f"cannot write to {option} {path}: {exc.strerror or exc}") from None
