"""Which of two headline boxes is the title, read from their words alone.

Shapes do not tell ``广东加强农村人居环境整治`` / ``珠三角村庄力争年底100%达标`` (kicker + title) from
``我国规范商标注册行为`` / ``拟通过完善商标法律制度遏制非正常申请商标注册行为`` (title + subtitle); their words
do: a kicker names the setting, a title the news, a subtitle the detail.  A logistic regression over the
boxes' character n-grams (one to three characters, and each box's first and last two), hashed into
``2**WORDS_BITS`` buckets, says how likely the lower box is the title; the title model
(``assemble.title_features``) reads its log-odds beside the boxes' shapes.

The weights are fitted by ``bench/fit_reconstruct.py`` on the kicker + title and title + subtitle pairs of
one year's records and kept in ``group_model.py`` as signed bytes (base64): hashing keeps no text of the
corpus in the repository, only the weight of each bucket.
"""

from __future__ import annotations

import base64
import zlib
from array import array

from banmian.reconstruct import group_model as M


def grams(text: str, side: str) -> list[int]:
    """The buckets of one box's n-grams; ``side`` is ``"A"`` for the upper box, ``"B"`` for the lower (the
    same characters weigh differently above and below)."""
    s = "".join(text.split())
    mask = (1 << M.WORDS_BITS) - 1
    out = [zlib.crc32((side + s[i : i + n]).encode()) & mask for n in (1, 2, 3) for i in range(len(s) - n + 1)]
    out.append(zlib.crc32((side + "^" + s[:2]).encode()) & mask)
    out.append(zlib.crc32((side + s[-2:] + "$").encode()) & mask)
    return out


def decode(bias: float, scale: float, chunks: tuple[str, ...]) -> tuple[float, list[float]]:
    """The weights as written in ``group_model.py`` (base64 of signed bytes, times ``scale``)."""
    raw = array("b", base64.b64decode("".join(chunks)))
    return bias, [v * scale for v in raw]


_model = decode(M.WORDS_BIAS, M.WORDS_SCALE, M.WORDS) if M.WORDS else None


def second_is_title(upper: str, lower: str) -> float:
    """The log-odds that ``lower`` is the title (under a kicker) rather than ``upper`` (over a subtitle);
    0.0 while no weights are fitted."""
    if _model is None:
        return 0.0
    bias, w = _model
    return bias + sum(w[i] for i in grams(upper, "A")) + sum(w[i] for i in grams(lower, "B"))


def use(model: tuple[float, list[float]] | None) -> tuple[float, list[float]] | None:
    """Swap in other weights (fitting reads each page with weights fitted without its records); returns the
    ones it replaced."""
    global _model
    old, _model = _model, model
    return old
