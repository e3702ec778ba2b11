"""The one exception type the CLI turns into a one-line message and an exit code."""

from __future__ import annotations

USAGE = 2  # bad option, missing or corrupt model, unreadable or unwritable file


class DatenormError(Exception):
    """A problem the user can fix; `str(error)` is the whole message, `exit_code` is documented."""

    def __init__(self, message: str, exit_code: int = USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP, raised where the program is so that it unwinds as for Ctrl-C:
    temporary files are removed, helper processes end, and the exit code is 128 + the signal's
    number (130, 143, 129), as a shell reports a process a signal ended."""

    def __init__(self, signum: int = 2) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum
