"""The one exception type the CLI turns into a one-line message and an exit code."""

from __future__ import annotations

USAGE = 2  # bad option, missing or corrupt model, unreadable or unwritable file


class DatenormError(Exception):
    """A problem the user can fix; `str(error)` is the whole message, `exit_code` is documented."""

    def __init__(self, message: str, exit_code: int = USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
