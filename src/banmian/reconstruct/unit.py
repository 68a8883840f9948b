"""``Unit``, a reflowed piece of a page: a paragraph, a heading line, a byline, a caption credit or a marker.

Its text, read a thousand times a page, is an attribute kept in step with its lines (lines are only ever added
by ``Unit.append``; a line's text does not change once it is in a unit), not worked out when read: a plain
attribute is what the compiled build (mypyc, see README) reads fastest, straight from the object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from banmian.reconstruct.reflow import PLine


# (``__init__`` written out: the one a dataclass makes runs interpreted in the compiled build)
@dataclass(init=False)
class Unit:
    """A reflowed piece: a paragraph, a heading line, a byline, a caption credit or a marker."""

    kind: str  # paragraph | heading | byline | names | caption | marker
    lines: list[PLine]
    blank_before: bool = False
    text: str = field(default="", repr=False, compare=False)  # the lines' texts joined

    def __init__(self, kind: str, lines: list[PLine] | None = None, blank_before: bool = False) -> None:
        self.kind = kind
        self.lines = lines = [] if lines is None else lines
        self.blank_before = blank_before
        self.text = lines[0].text if len(lines) == 1 else "".join([ln.text for ln in lines])

    def append(self, line: PLine) -> None:
        """Add a line at the unit's end (the one way a unit's lines change)."""
        self.lines.append(line)
        self.text += line.text
