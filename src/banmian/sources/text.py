"""Plain text pages: decode the bytes a user has, then split into ``Line`` objects."""

from __future__ import annotations

import codecs

from banmian.errors import BadInput
from banmian.model import Line

MAX_TEXT_BYTES = 64 * 1024 * 1024  # far above any page; guards against feeding us a disk image

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes are common (ASCII, and CJK such as 一 = U+4E00), which UTF-8 text never has.

    Pick the byte order whose decoding reads most like a page (CJK, printable ASCII, line breaks).
    """
    sample = data[:8192]
    if sample.count(0) < max(2, len(sample) // 100):
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        text = sample[: len(sample) // 2 * 2].decode(enc, errors="replace")
        good = sum(
            1
            for ch in text
            if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or " " <= ch <= "~" or ch in "\r\n"
        )
        score = good / max(1, len(text))
        if score > best_score:
            best, best_score = enc, score
    return best if best_score > 0.9 else None


def decode_text(data: bytes, source: str | None = None) -> str:
    """Decode a page's bytes: UTF-8 (with or without BOM), UTF-16 (BOM or not), GB18030/GBK.

    Raises ``BadInput`` with a one-line reason for empty, binary or undecodable data.
    """
    if not data.strip():
        raise BadInput(source, "the file is empty")
    if len(data) > MAX_TEXT_BYTES:
        raise BadInput(
            source,
            f"the file is {len(data) // (1024 * 1024)} MB, over the {MAX_TEXT_BYTES // (1024 * 1024)} MB limit for a text page",
        )
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _looks_utf16(data)
    candidates = [encoding] if encoding else ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise BadInput(source, "not text: the bytes are neither UTF-8, UTF-16 nor GB18030")
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\r\n\t\f\v") or ch == "\ufffd")
    if bad > max(3, len(text[:20000]) // 100):
        raise BadInput(source, "not text: it holds control characters (a binary file?)")
    return text.lstrip("\ufeff")


def text_to_lines(text: str) -> list[Line]:
    """Split text into lines; ``\\r\\n``, ``\\r`` and form feeds all end a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return list(map(Line, map(str.rstrip, text.split("\n"))))  # (= [Line(t.rstrip()) for t in …], in C loops)
