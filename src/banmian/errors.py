"""One error type for input a user handed us that we cannot use.

The CLI prints ``banmian: <file>: <reason>`` on one line and exits with
``EXIT_BAD_INPUT``; library callers catch ``BadInput``.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # an input file could not be read or parsed (Click's usage errors are 2 as well)
EXIT_SOME_FAILED = 3  # a folder or batch run finished, but some items failed


class BadInput(Exception):
    """An input that cannot be parsed; ``str()`` is the one-line message."""

    def __init__(self, source: str | None, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}" if source else reason)


def read_input(path: str | Path, what: str = "a page file") -> bytes:
    """Read an input file's bytes, turning the usual OS errors into one-line ``BadInput`` reasons."""
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise BadInput(str(p), "no such file") from None
    except IsADirectoryError:
        raise BadInput(str(p), f"is a folder, not {what}") from None
    except PermissionError:
        raise BadInput(str(p), "permission denied") from None
