"""``Unit``, a reflowed piece of a page, in a module of its own: a plain Python class in every build.

Why apart from ``reflow``: its text is a descriptor that a plain instance attribute overrides once the unit is
sealed (``_JoinedText``), which needs an instance ``__dict__``; a class compiled by mypyc (the opt-in build,
see README) has none, and would take the descriptor for a field's default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from banmian.reconstruct.reflow import PLine


class _JoinedText:
    """``Unit.text``: the unit's lines' texts joined.  Why a descriptor of its own: ``text`` is read a thousand
    times a page.  While a paragraph grows the join is cached for as many lines as it was made from (lines are
    only ever appended); once the reflow is done (``Unit.seal``) the text is kept as a plain attribute, which
    this descriptor (defining no ``__set__``) gives way to: read with no call."""

    @overload
    def __get__(self, u: None, owner: type | None = None) -> _JoinedText: ...
    @overload
    def __get__(self, u: Unit, owner: type | None = None) -> str: ...
    def __get__(self, u: Unit | None, owner: type | None = None) -> _JoinedText | str:
        if u is None:
            return self
        lines = u.lines
        if len(lines) == 1:
            return lines[0].text
        c = u._text
        if c is None or c[0] != len(lines):
            c = u._text = (len(lines), "".join([ln.text for ln in lines]))
        return c[1]


@dataclass
class Unit:
    """A reflowed piece: a paragraph, a heading line, a byline, a caption credit or a marker."""

    kind: str  # paragraph | heading | byline | names | caption | marker
    lines: list[PLine] = field(default_factory=list)
    blank_before: bool = False
    _text: tuple[int, str] | None = field(default=None, init=False, repr=False, compare=False)  # (see _JoinedText)

    text = _JoinedText()

    def seal(self) -> None:
        """The unit's lines are final (the reflow is done; nothing appends to them after): its text becomes a
        plain attribute."""
        self.text = self.text
