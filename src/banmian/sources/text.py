"""Plain text pages: decode the bytes a user has, then split into ``Line`` objects."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
import warnings

import rjieba

from banmian.errors import BadInput
from banmian.model import Line
from banmian.reconstruct.patterns import _ROLE_AT, _ROLE_WORDS, COMPOUND_SURNAMES, SURNAMES
from banmian.reconstruct.reflow import PARAGRAPH_INDENT
from banmian.reconstruct.script import fold_to_simplified

MAX_TEXT_BYTES = 64 * 1024 * 1024  # far above any page; guards against feeding us a disk image
# A page may reach us damaged: a file cut inside its last character, a byte garbled in a copy.  Losing the
# whole page to one bad byte is worse than a marked gap: up to one undecodable sequence per this many characters
# (at least three, never more than one in a hundred) is read as U+FFFD and reported; more means another encoding, or
# no text at all.
DAMAGE_CHARS = 1000

_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
_NAMES |= {"cp950": "Big5", "big5hkscs": "Big5-HKSCS"}


class DamagedText(UserWarning):
    """A page read with a few undecodable byte sequences replaced by U+FFFD (``decode_text``)."""

    def __init__(self, source: str | None, replaced: int, encoding: str):
        self.source, self.replaced, self.encoding = source, replaced, encoding
        what = "sequence" if replaced == 1 else "sequences"
        super().__init__(
            f"{source + ': ' if source else ''}{replaced} undecodable byte {what} read as U+FFFD "
            f"(the rest is {_NAMES.get(encoding, encoding.upper())})"
        )


class MendedText(DamagedText):
    """A page whose text had been decoded once in a Western encoding and saved again (mojibake: 重庆日报 as
    ``é‡åº†æ—¥æŠ¥``), read with its bytes given back (``mend_mojibake``)."""

    def __init__(self, source: str | None, encoding: str, western: str):
        self.source, self.replaced, self.encoding = source, 0, encoding
        name = _NAMES.get(encoding, encoding.upper())
        UserWarning.__init__(
            self,
            f"{source + ': ' if source else ''}mojibake mended: {name} a tool had read as {western}, read as {name}",
        )


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
    """Decode a page's bytes: UTF-8 (with or without BOM), UTF-16 (BOM or not), GB18030/GBK, Big5 (with HKSCS).

    Bytes that decode in none of them but for a few sequences (a damaged file, see ``DAMAGE_CHARS``) are read
    with those sequences as U+FFFD, and a ``DamagedText`` warning says how many.  Raises ``BadInput`` with a
    one-line reason for empty, binary or undecodable data.
    """
    if not data.strip():
        raise BadInput(source, "the file is empty")
    if len(data) > MAX_TEXT_BYTES:
        raise BadInput(
            source,
            f"the file is {len(data) // (1024 * 1024)} MB, over the {MAX_TEXT_BYTES // (1024 * 1024)} MB limit for a text page",
        )
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _looks_utf16(data)
    # (UTF-8 that decodes is UTF-8; GB18030 decodes most byte pairs, so Big5 is asked too: Microsoft's, which most
    # Big5 files are, and Hong Kong's, whose extra characters Microsoft's reads as kana: the likeliest reading wins)
    candidates = [encoding] if encoding else ["utf-8", "gb18030", "cp950", "big5hkscs"]
    decoded = []
    for enc in candidates:
        try:
            decoded.append(data.decode(enc))
        except UnicodeDecodeError:
            continue
        if enc == "utf-8" or enc == encoding:
            break
    if decoded:
        text = max(decoded, key=_common_share) if len(decoded) > 1 else decoded[0]
    else:
        text = _damaged(data, candidates, source)
    # (a U+FFFD the file holds is an extractor's for a glyph it could not name, as PyMuPDF and pdftotext write them:
    # text, not binary — a page with one in a hundred of its characters so is a page; one of them mostly, no text)
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if bad > max(3, len(text[:20000]) // 100):
        raise BadInput(source, "not text: it holds control characters (a binary file?)")
    if "\ufffd" in text and text.count("\ufffd") > GLYPH_NUMBERS_AT_MOST * sum(1 for ch in text if not ch.isspace()):
        raise BadInput(
            source,
            f"not a page's text: {text.count(chr(0xFFFD))} of its characters are U+FFFD, glyphs the extractor could "
            "not name: OCR an image of the page instead (banmian[ocr])",
        )
    if "(cid:" in text:
        refuse_glyph_numbers(text, source)
    return _mended(text, source).lstrip("\ufeff")


GLYPH_NUMBERS_AT_MOST = 0.5  # of a page's characters in pdfminer.six's glyph numbers: more, and there is no text


def refuse_glyph_numbers(text: str, source: str | None) -> None:
    """A PDF whose fonts map no glyph to a character gives pdfminer.six a page of ``(cid:1234)``: no text to parse.
    (A few such glyphs among text are read a cell each: ``reconstruct.glyphs``.)"""
    from banmian.reconstruct.glyphs import GLYPH

    glyphs = GLYPH.findall(text)
    shown = sum(1 for ch in text if not ch.isspace())
    if glyphs and sum(map(len, glyphs)) > GLYPH_NUMBERS_AT_MOST * shown:
        raise BadInput(
            source,
            f"not a page's text: {len(glyphs)} of its glyphs are pdfminer's numbers, (cid:N), for glyphs the PDF's "
            "fonts name no character: OCR an image of the page instead (banmian[ocr])",
        )


def _mended(text: str, source: str | None = None) -> str:
    """``text``, or the page it was if it is mojibake (``mend_mojibake``), said by a ``MendedText`` warning."""
    mended = mend_mojibake(text)
    if mended is None:
        return text
    warnings.warn(MendedText(source, mended[1], mended[2]), stacklevel=3)
    return mended[0]


# Mojibake: a Chinese page's bytes (UTF-8, or GBK) once decoded by a tool that assumed a Western encoding, Windows-1252
# or Latin-1, and saved again: 重庆日报 → é‡åº†æ—¥æŠ¥ (from UTF-8), ÖØÇìÈÕ±¨ (from GBK).  No Chinese page reads so — no
# Chinese character in its head, and Latin-1's accented letters thick in it — and the bytes are all there: each
# character is the byte the Western encoding read it from.
_CJK_CHAR = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_ACCENTED = re.compile("[\u00c0-\u00ff]")
MOJIBAKE_LOOK_AT = 4000  # characters of the text's head: a Chinese page has Chinese characters in its first lines
# of the mended head in common Chinese characters (the seed page 0.80; French or Icelandic so read 0.05)
MOJIBAKE_COMMON = 0.4
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)}  # Latin-1: every byte a character (cp1252's holes, 81 8d 8f 90 9d)
_BYTE_OF |= {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def mend_mojibake(text: str) -> tuple[str, str, str] | None:
    """The text a mojibake page was (its bytes given back and decoded as UTF-8 or GB18030), the encoding and the
    Western one it had been read in; ``None`` for text that is no such page (any Chinese character in its head, few
    accented Latin letters, a character no Western encoding gives, or bytes that read as no Chinese page)."""
    head = text[:MOJIBAKE_LOOK_AT]
    if _CJK_CHAR.search(head) is not None or len(_ACCENTED.findall(head)) < max(8, len(head) // 10):
        return None
    raw = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            raw.append(o)
        elif (b := _BYTE_OF.get(ch)) is not None:
            raw.append(b)
        else:
            return None  # (a character no Western decoding gives: the text is what it says)
    western = "Windows-1252" if any(0x80 <= b < 0xA0 and chr(b) not in text for b in raw) else "Latin-1"
    for enc in ("utf-8", "gb18030"):
        try:
            mended = bytes(raw).decode(enc)
        except UnicodeDecodeError:
            continue
        # (a Chinese page: common characters, as a Western text's bytes, read as GB18030, give rare ones: é‡ → 閲)
        if _common_share(mended) >= MOJIBAKE_COMMON:
            return mended, enc, western
    return None


def _common_share(text: str) -> float:
    """How much of ``text`` is common Chinese characters: GB2312's first level (the 3,755 most used simplified ones)
    or Big5's (the 5,401 most used traditional ones).  A Big5 page (Hong Kong, Taiwan) decodes as GB18030 too, but
    into rare characters, kana and box drawing (報 → 旋: 〖セ厨癘); read as Big5 it is common characters."""
    sample = text[:4000]
    common = 0
    for ch in sample:
        if "\u4e00" <= ch <= "\u9fff":
            gb = ch.encode("gb2312", "ignore")
            big5 = ch.encode("big5", "ignore")
            common += (b"\xb0" <= gb[:1] <= b"\xd7") or (b"\xa4" <= big5[:1] <= b"\xc6")
    # (kana, bopomofo, box drawing, anywhere in the text: what a misread makes, which no Chinese page prints much of)
    return (common - len(_MISREAD.findall(text))) / max(1, len(sample))


_MISREAD = re.compile("[\u3040-\u312f\u2500-\u257f]")


def _damaged(data: bytes, candidates: list[str], source: str | None) -> str:
    """The first of ``candidates`` that reads ``data`` with few undecodable sequences, those as U+FFFD (UTF-8
    first: GB18030 reads most byte pairs, so a damaged UTF-8 page would come out in the wrong characters); of the
    double-byte encodings that do (GB18030, Big5), the likeliest reading (``_common_share``)."""
    legacy: list[tuple[str, str, int]] = []
    for enc in candidates:
        text = data.decode(enc, errors="replace")
        # (a U+FFFD the file itself holds is no damage)
        replaced = text.count("\ufffd") - (data.count("\ufffd".encode(enc)) if enc.startswith("utf-8") else 0)
        # (one garbled byte inside a character leaves up to three sequences; a scrap of binary stays no text)
        if replaced <= min(max(3, len(text) // DAMAGE_CHARS), len(text) // 100):
            if enc not in _DOUBLE_BYTE:
                warnings.warn(DamagedText(source, replaced, enc), stacklevel=3)
                return text
            legacy.append((text, enc, replaced))
    if legacy:
        text, enc, replaced = max(legacy, key=lambda t: _common_share(t[0]))
        warnings.warn(DamagedText(source, replaced, enc), stacklevel=3)
        return text
    raise BadInput(source, "not text: the bytes are neither UTF-8, UTF-16, GB18030 nor Big5")


_DOUBLE_BYTE = ("gb18030", "cp950", "big5hkscs")


def split_pages(text: str) -> list[str]:
    """The pages of a text: ``pdftotext`` run on a whole issue ends each page with a form feed (``\\f``).  Text with
    two pages or more so marked gives each page's text (blank pieces left out: no character is in them); any other
    text is one page, given back whole."""
    if "\f" not in text:
        return [text]
    pages = [p for p in text.split("\f") if p.strip()]
    return pages if len(pages) >= 2 else [text]


# Characters a reader does not see, as web pages, CMS exports and joined files leave them in text: zero-width spaces
# (U+200B; some sites set one between every two characters), word joiners, byte-order marks where files were joined
# (U+FEFF: ``cat`` of UTF-8 files saved with one), soft hyphens.  Read as they print, as nothing: left in, they split
# words, titles and names (重庆：以干部敢为善为拼出发\u200b展新活力) and hide a line's marks from every cue.  They are
# the characters, besides spaces, that a parse drops (``visible``).
INVISIBLE = "\u200b\u2060\ufeff\u00ad"
# and spaces and line ends in their Unicode forms: no-break and typographic spaces are a space (an em space, a cell
# wide, an ideographic one: two are an indent); the line separator and NEL end a line, the paragraph separator a
# paragraph (a blank line, as extractors end one)
# (looked for: the invisible characters but the word joiner, no-break, em, thin and narrow spaces, the line ends; a
# page holding only the rarer ones, en and other typographic spaces, a word joiner, keeps them as they are: each look
# is a scan of the page, 0.3 to 6 µs on a seed-sized one, 13 µs together)
_UNICODE_SPACES = "\u00a0\u200b\u2028\u2029\u0085\u00ad\u2003\u2009\u202f\ufeff"
_PLAIN_SPACES = str.maketrans(
    {
        **dict.fromkeys(INVISIBLE),
        **dict.fromkeys("\u00a0\u2002\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "),
    }
    | {"\u2000": " ", "\u2001": "\u3000", "\u2003": "\u3000", "\u2028": "\n", "\u2029": "\n\n", "\u0085": "\n"}
)


# Radicals for characters: a PDF font whose glyph for 人 is also its radical's may map it, in the CMap extractors read
# text by, to the Kangxi radical ⼈ (U+2F08) or, for a simplified form, to a CJK radical supplement's ⻔ (门) — the text
# reads right and is other characters: no search finds ⼈⺠⽇报, no pattern its dates (1⽉15⽇) or bylines.  macOS
# Preview copies such a glyph as both (⼯工: "重字").  The PDF reader reads each as the character it stands for
# (``sources.pdf.normalise_char``), and so does the text reader: the Kangxi radicals and CJK compatibility ideographs by
# NFKC, the supplement's by its whole-character forms (Unicode's EquivalentUnifiedIdeograph.txt; its partial forms,
# 亻氵扌, stand for no character and stay), and a radical before the character it stands for goes.
_SUPPLEMENT = dict(
    zip(
        "⺁⺟⺠⺩⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
        "厂母民王西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
        strict=True,
    )
)
RADICALS = {
    **{
        r: c
        for r in map(chr, [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)])
        if len(c := unicodedata.normalize("NFKC", r)) == 1 and c != r
    },
    **_SUPPLEMENT,
}
# And marks in their vertical presentation forms (︒︐︑︽︾﹁﹂: a page set vertically, as Taiwan's and Hong Kong's
# papers set their text, gives them so): the marks they are, full-width as print sets them (NFKC would make ︐ an
# ASCII comma), which the parser's cues read — a sentence's end, a title's quotation marks.
VERTICAL_FORMS = dict(
    zip(
        "︐︑︒︓︔︕︖︗︘︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈",
        "，、。：；！？〖〗…‥—–（）｛｝〔〕【】《》〈〉「」『』［］",
        strict=True,
    )
)
_AS_CHARACTERS = str.maketrans({**RADICALS, **VERTICAL_FORMS})
# (looked for in a page's head, 2,000 characters: radicals of its most frequent characters — a font that maps its
# glyphs so maps these, and a page's head holds its date, 1⽉15⽇ — and the vertical full stop and commas; 4 µs on the
# seed page, where a scan for any radical of the text takes 41)
_FREQUENT_RADICALS = "⼀⼈⼤⽇⽉⼗⼆⼯⽣⾏⽅⼼⻓⻔⻅⻋︒︐︑"
RADICALS_LOOK_AT = 2000
_DOUBLED = re.compile("|".join(f"{r}(?={c})" for r, c in RADICALS.items()))


def _radicals_read(text: str) -> str:
    return _DOUBLED.sub("", text).translate(_AS_CHARACTERS)


def _has_radicals(text: str) -> bool:
    head = text[:RADICALS_LOOK_AT]
    return any(r in head for r in _FREQUENT_RADICALS)


def visible(text: str) -> str:
    """``text`` as a parse holds it, spaces aside: without its invisible characters (``INVISIBLE``), its radicals read
    as the characters they stand for (``RADICALS``) and vertical marks as the marks (``VERTICAL_FORMS``) where the
    reader reads them so."""
    radicals = _has_radicals(text)
    text = text.translate(_INVISIBLE_GONE)
    return _radicals_read(text) if radicals else text


_INVISIBLE_GONE = str.maketrans(dict.fromkeys(INVISIBLE))


def text_to_lines(text: str) -> list[Line]:
    """Split text into lines; ``\\r\\n``, ``\\r``, form feeds and Unicode's line separators all end a line.  Invisible
    characters go, Unicode's spaces are read as spaces (``INVISIBLE``).  Text that keeps its paragraphs' first-line
    indents has them taken out (``_indented_paragraphs``).  Mojibake is mended (``mend_mojibake``: a string a pipeline
    decoded in a Western encoding reaches ``parse_text`` as often as a file reaches ``decode_text``)."""
    text = _mended(text)
    radicals = _has_radicals(text)  # (none on a page as extractors give it; asked of the text as given, as ``visible``)
    if any(c in text for c in _UNICODE_SPACES):  # (none on most pages: nothing to do)
        text = text.translate(_PLAIN_SPACES)
    if radicals:
        text = _radicals_read(text)
    if "\r\r\n" in text:  # (a Windows line end written through a second conversion: one line end, not two)
        text = text.replace("\r\r\n", "\n")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    if " " not in text and "\u3000" in text:  # (a space on the page, its first line as a rule: nothing to ask)
        text = _word_spaces_read(text)
    lines = list(map(str.rstrip, text.split("\n")))
    if _ADJACENT.search(text) is None:  # (two lines with text, one under the other: the common page, nothing to ask)
        lines = _double_spacing_taken_out(lines)
    if _AT_EDGE.search(text) is None:  # (a line at the edge, the first as a rule: no margin to take out)
        lines = _margin_taken_out(lines)
        text = "\n".join(lines)  # (the questions below are asked of the text as its lines now stand)
    if "\t" in text or "\n\u3000\u3000" in text or "\n  " in text:  # (no line set in: nothing to ask)
        lines = _indented_paragraphs(lines)
    if len(text) >= UNWRAPPED_MEAN * len(lines):  # (a page of columns: nothing to ask)
        lines = _unwrapped_boxes(lines)
    if _VERTICAL_RUN.search(text):  # (no three lines of one character each: nothing to ask)
        lines = _vertical_lines_joined(lines)
    # (no four characters a space apart, no three an ideographic space apart: nothing to ask)
    if _SPACED_RUN.search(text) or "\u3000" in text and _IDEOGRAPHIC_RUN.search(text):
        lines = _letter_spacing_closed(lines)
    return list(map(Line, lines))  # (= [Line(t) for t in …], in a C loop)


# Ideographic spaces for spaces: a 半角→全角 (SBC) conversion makes every space of a page U+3000, a cell wide, where the
# extractor's space between two words or a name and its title was half of one — a headline of two words read a
# half cell wider than its column and a byline's name not one (held-out pages so: titles -0.01, block F1 -0.007).  On
# a page without a space of its own, a single ideographic space between two characters is read as a space: the
# form e-paper text writes a word space in too.  Runs of them (a gap), those that set a line in (an indent) and
# those that letter-space a line (习　近　平) stay.
_WORD_SPACE = re.compile("(?<=[^\\s])\u3000(?=[^\\s])")
WORD_SPACES = 3  # such spaces a page needs to be read so


def _word_spaces_read(text: str) -> str:
    if sum(1 for _ in zip(range(WORD_SPACES), _WORD_SPACE.finditer(text))) < WORD_SPACES:
        return text
    return "\n".join(
        _WORD_SPACE.sub(" ", t) if "\u3000" in t and not _ideographic_spaced(t) else t for t in text.split("\n")
    )


# Double-spaced text: a blank line after every line (copied from a viewer that ends each line as a paragraph, saved
# through a word processor).  The blank lines then say nothing, and read as they stand each line was a box of its own
# (the seed page so: block F1 0.265).  Where no two lines with text follow each other on a page of column-wide lines,
# a single blank line is taken out and a run of them (the page's own blank line, doubled) left as one.
_ADJACENT = re.compile(r"\S[^\S\n]*\n[^\S\n]*\S")  # (a line of spaces is a blank one)
DOUBLE_SPACED_LINES = 10  # lines with text a page needs to be read so (a few headline boxes stand apart by their own)
DOUBLE_SPACED_WIDTH = 30  # characters: a line of a column holds 10 to 25; wider lines are paragraphs a line each


def _double_spacing_taken_out(lines: list[str]) -> list[str]:
    filled = sorted(len(t) for t in lines if t)
    if len(filled) < DOUBLE_SPACED_LINES or filled[len(filled) // 2] > DOUBLE_SPACED_WIDTH:
        return lines  # (a few boxes, or paragraphs a line each with blank lines between: blank lines that mean it)
    out: list[str] = []
    blanks = 0
    for t in lines:
        if not t:
            blanks += 1
            continue
        if blanks >= 2 and out:
            out.append("")
        blanks = 0
        out.append(t)
    return out


# A margin every line shares (text pasted from a mail or a Markdown block, a layout extractor's offset of the page's
# text): the page's, not its lines'.  Left in, each line read as offset — as a banner or a byline is — and the page as
# headlines (the seed page, every line a space in: block F1 0.685, titles 0; four spaces or a tab in: block F1 0.004).
_AT_EDGE = re.compile(r"(?:^|\n)[^\s]")
MARGIN_LINES = 3  # lines with text a page needs for its lines to share a margin


def _margin_taken_out(lines: list[str]) -> list[str]:
    """``lines`` less the spaces and tabs every line with text opens on."""
    filled = [t for t in lines if t.strip()]
    if len(filled) < MARGIN_LINES:
        return lines  # (a line or two: their offset may be their own, a banner's)
    margin = min(len(t) - len(t.lstrip(" \t")) for t in filled)
    return [t[margin:] if t else t for t in lines] if margin else lines


UNWRAPPED_LINE = 50  # characters: no newspaper column holds a line this long (they hold 10 to 25)
UNWRAPPED_SHARE = 0.5
# characters a line, blank lines counted: a page of columns has 5 to 23 (2,400 generated pages), one of paragraphs a line
# each 32 to 280 (300 pages' articles written so)
UNWRAPPED_MEAN = 24
_BLOCK_END = tuple("。！？…”」』）)!?")


def _unwrapped_boxes(lines: list[str]) -> list[str]:
    """Text whose paragraphs are not wrapped at a column's width, a line each (e-paper and website exports): half its
    characters or more in lines of ``UNWRAPPED_LINE`` characters or more.  There every line is a box of its own — a
    kicker, a title, a byline, a paragraph — so a blank line is set after each line that ends a sentence or is short
    (a headline's, a byline's), as an extractor sets blank lines between boxes; without them a kicker ran into its title
    and the title into the byline under it (100 pages' articles as a line each, headlines over their bodies: titles
    0.35, kickers 0.01).  A line that stops mid-sentence (text wrapped at a fixed width) is left to run on."""
    filled = [t for t in lines if t]
    total = sum(len(t) for t in filled)
    if not total or sum(len(t) for t in filled if len(t) >= UNWRAPPED_LINE) < UNWRAPPED_SHARE * total:
        return lines
    out: list[str] = []
    for i, t in enumerate(lines):
        out.append(t)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if t and nxt and (len(t) < UNWRAPPED_LINE or t.endswith(_BLOCK_END)):
            out.append("")
    return out


# A paragraph's first-line indent as text keeps it: two ideographic spaces (as 人民日报's own text and most e-paper
# exports set it), two ASCII spaces or more, or a tab.  (One ASCII space is how pdfminer sets a banner or byline
# offset from the column's edge: that is no indent.)
_INDENT = re.compile(r"(?:\u3000{2}|[ \u3000]*(?:  |\t)[ \u3000\t]*)(?=\S)")
INDENTED_SHARE = 0.02  # of the lines with text (an opinion page of long paragraphs indents one line in 25)
_ANY_SPACE = frozenset(" \u3000\t")
# a paragraph's indent of two cells, as text keeps it: two ideographic spaces, two to four ASCII ones, a tab; such a
# line keeps it as two ideographic spaces, which the reflow reads as a paragraph opening there (``PARAGRAPH_INDENT``);
# a wider one (a centred line's) goes
_TWO_CELLS = re.compile("\u3000\u3000| {2,4}|\t")


def _indented_paragraphs(lines: list[str]) -> list[str]:
    """Where a page keeps its paragraphs' indents (three indented lines at least, ``INDENTED_SHARE`` of its lines),
    the indents go: the page then reads as the extractors give it, which drop them, and as the parser's models were
    fitted.  Kept, an indent reads as a centred line's offset, a headline's: every paragraph's first line became one
    (300 generated pages, 100 in each extractor's style, with their indents put back: block F1 0.18-0.20 kept, 0.97-0.99
    taken out, as without them).  (Set apart by blank lines instead, the paragraphs of text without blank lines took the
    headlines above them in: block F1 0.96, titles 0.25.)  An indent of two cells (``_TWO_CELLS``) stays, as
    ``PARAGRAPH_INDENT``, which the reflow reads as a paragraph opening for sure (not as an offset); a wider one goes.
    On a page with fewer, an indent of two ideographic spaces exactly (人民日报's own, and e-paper exports') goes all
    the same: no extractor offsets a line so (a short page's one or two paragraphs, so indented, read as headlines: on
    100 pdfminer check pages so given, four such pages cost block F1 0.012, titles 0.030)."""
    starts = [i for i, t in enumerate(lines) if _INDENT.match(t)]
    filled = sum(1 for t in lines if t)
    if len(starts) < 3 or len(starts) < INDENTED_SHARE * filled:
        starts = [i for i in starts if lines[i].startswith("\u3000\u3000") and lines[i][2:3] not in _ANY_SPACE]
        if not starts:
            return lines
    for i in starts:
        body = lines[i].lstrip()
        lines[i] = PARAGRAPH_INDENT + body if _TWO_CELLS.fullmatch(lines[i][: len(lines[i]) - len(body)]) else body
    return lines


# Letter-spaced lines.  Where print sets a line with tracking (a short headline spread across its column, a justified
# line spread out where a figure was pushed down, whole pages from some typesetting systems), extractors give a space
# between every two characters: 本 报 评 论 员.  Read so, a headline's words, a byline's role and a paragraph's
# sentence cues are not there to be read.  (A run opening on a literal space is searched for quickly: most lines hold
# no space.)
_SPACED_RUN = re.compile(r" [^ \n] [^ \n] [^ \n] ")
SPACED_TOKENS = 5  # pieces between spaces a letter-spaced line has at least: 本报记者 游 仪 王 刚 has five, one long
SPACED_SHARE = 0.8  # of them one character long
SPACED_LINES = 3  # lines so spaced that show the page's extractor spaces letters: its short ones are read so too
# Print's own letter spacing: short headings set apart by ideographic spaces (编　者　按, 本　报　评　论　员), as e-paper
# text and some PDFs give them — three characters or more, each alone between them (two, 社　论 or a padded name 游　仪,
# are left: a name so padded is a byline's).  Headlines so spaced on 100 pdfminer check pages: titles 0.843, kickers
# 0.748 read as given, against 0.904 and 0.922 with ASCII letter spacing, which was read.
_IDEOGRAPHIC_RUN = re.compile("\u3000+[^\\s]\u3000+[^\\s]")
IDEOGRAPHIC_SPACED = 3  # characters each alone between ideographic spaces
_IDEOGRAPHIC_GAP = re.compile("(?<=\\S)\u3000+(?=\\S)")
_SINGLE_SPACE = re.compile(r"(?<! ) (?! )")
_WIDE_GAP = re.compile(r" {2,}")


def _letter_spaced(t: str, least: int) -> bool:
    pieces = t.split()
    if len(pieces) < least or t.isascii():
        return False
    ones = 0
    for p in pieces:
        if len(p) > 2:
            return False
        ones += len(p) == 1
    return ones >= SPACED_SHARE * len(pieces)


def _ideographic_spaced(t: str) -> bool:
    pieces = t.split("\u3000")
    pieces = [p for p in pieces if p]
    return len(pieces) >= IDEOGRAPHIC_SPACED and all(len(p) == 1 for p in pieces[1:]) and len(pieces[0].lstrip()) == 1


def _letter_spacing_closed(lines: list[str]) -> list[str]:
    """Lines given letter-spaced (``SPACED_TOKENS`` pieces or more, nearly all one character, none over two) read as
    printed: the single spaces between their characters go, a wider gap (two spaces or more) stays one space, a leading
    offset stays.  On a page with ``SPACED_LINES`` such lines, its short ones (编 者 按, 游 仪: every piece one
    character) are read so too; and on any page, a line of ``IDEOGRAPHIC_SPACED`` characters or more each set apart by
    ideographic spaces.  Spaces only: no character is taken out."""
    spaced = [i for i, t in enumerate(lines) if _letter_spaced(t, SPACED_TOKENS)]
    if len(spaced) >= SPACED_LINES:
        spaced = [i for i, t in enumerate(lines) if _letter_spaced(t, 2)]
    spaced += [i for i, t in enumerate(lines) if "\u3000" in t.lstrip() and _ideographic_spaced(t) and i not in spaced]
    filled = [i for i, t in enumerate(lines) if t]
    edges = set(filled[:3] + filled[-3:])  # where a page's head prints (or its foot, where some extractors put it)
    names_above = -1  # (the last line read as names: a name may go on in the line under it)
    for i in spaced:
        t = lines[i]
        body = t.lstrip()
        closed = _WIDE_GAP.sub(" ", _SINGLE_SPACE.sub("", _IDEOGRAPHIC_GAP.sub("", body)))
        closed, names = _names_spaced(closed, names_above == i - 1)
        if names:
            names_above = i
        if i in edges and (_PAGE_NUMBER_AT_END.search(closed) or _HEAD_DATE.match(closed)):
            closed = _spaces_put_back(closed, _HEAD_PARTS.sub(" ", fold_to_simplified(closed)))
        lines[i] = t[: len(t) - len(body)] + closed
    return lines


# a page's head, letter-spaced (2 0 2 0 年 1 月 1 日 星 期 三 人 民 日 报 要 闻 1, 要 闻 0 2), in the parts print set
# apart: its date, weekday, paper's name, page's name and number (the number read only after a space)
_HEAD_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_PAGE_NUMBER_AT_END = re.compile(r"^[\u4e00-\u9fff]{2,4}\d{1,3}$")
_HEAD_PARTS = re.compile(
    r"(?<=\d日)(?=星期)|(?<=星期[一二三四五六日天])(?=\S)|(?<=[日晚早晨时商]报)(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])(?=\d{1,3}$)"
)


_CREDIT_AT = re.compile(
    r"^(?:本版|本期)?(?:责编|编辑|责任编辑|主编|美编|校对|图片编辑|制图|版式设计|版式|摄影|绘图|统筹)[:：]"
)
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_ROLE_SPLIT = re.compile(f"({_ROLE_WORDS})")


def _names_spaced(t: str, goes_on: bool = False) -> tuple[str, bool]:
    """A letter-spaced line's names set apart again, as print spaced them: a byline's after its role words
    (本报记者邱敏丽贺霞 → 本报记者 邱敏丽 贺霞), a credit's after its label (本版责编：王刚李明 → 本版责编：王刚 李明),
    a line of names alone (刘玉珮黄伟马建保 → 刘玉珮 黄伟 马建保) — where the characters part one way only into names
    of two or three characters, each opening on a surname, and (a line without a role word or label) no word of the
    segmenter's dictionary is a name or runs across two: 黄土高坡, 武汉三万多干 stay.  (The extractor gave their word
    spaces as it gave every other gap: one space.)  On the names of the 1,041 articles of 1,100 generated pages signed
    by two to four people, run together: 942 parted so, 1 wrongly, 98 left run together; on the 20,543 lines of four
    to twelve characters of 500 pages, none.  A line in traditional characters is read through its simplified form
    (本報記者 is a role word, 劉 and 黃 surnames), one character for one, and takes its own characters back.

    A byline a narrow column broke inside a name (本报记者段凡丽郑 / 涛芬吕明, 本报记者罗洋瑞杨秋 / 璧秦荷雪) parts so too: the
    line's last character, a surname, set apart, and the next line, under a line of names (``goes_on``), with the one or
    two characters that end the name set apart from the names after them, where one count only leaves names; the reflow
    then joins the name's halves as it does where the extractor kept the spaces.  Returns the line and whether it was
    read as names."""
    if " " in t:
        return t, False
    simplified = fold_to_simplified(t)
    spaced = _names_set_apart(simplified, goes_on)
    return (t, False) if spaced is simplified else (_spaces_put_back(t, spaced), True)


def _spaces_put_back(t: str, spaced: str) -> str:
    """``t`` with the spaces ``spaced`` (``t`` folded to simplified characters, one for one, spaces added) added."""
    out: list[str] = []
    i = 0
    for ch in spaced:
        if i < len(t) and (ch != " " or t[i] == " "):
            out.append(t[i])
            i += 1
        else:
            out.append(" ")
    return "".join(out)


def _names_set_apart(t: str, goes_on: bool = False) -> str:
    role = _ROLE_AT.match(t) or _CREDIT_AT.match(t)
    if role is None:
        if not 3 <= len(t) <= 12 or not _CJK_RUN.fullmatch(t):
            return t
        names = _names(t) if len(t) >= 4 else None
        if names is not None and len(names) >= 2 and _no_word_across(t, names):
            return " ".join(names)
        if goes_on and names is None:
            # the end of a name the line above broke (涛芬吕明 under …段凡丽郑): one or two characters, then names
            ends = [k for k in (1, 2) if _names(t[k:]) is not None]
            if len(ends) == 1:
                return " ".join([t[: ends[0]], *(_names(t[ends[0] :]) or [])])
        return t
    out = [t[: role.end()]]
    label = out[0].endswith(("：", ":"))  # (a credit sets its names right after the colon)
    pieces = _ROLE_SPLIT.split(t[role.end() :])
    for j, piece in enumerate(pieces):
        if j % 2:  # a role word: 本报记者X通讯员Y
            out.append(piece)
            continue
        names = _names(piece) if _CJK_RUN.fullmatch(piece) else None
        last = j == len(pieces) - 1
        if names is None and last and not label and len(piece) >= 3:
            # (the line ends inside a name, on its surname, or inside the next role word: the rest on the next line)
            for end in (piece[-1:] if piece[-1] in SURNAMES else "", *_ROLE_WORD_HEADS):
                if end and piece.endswith(end) and (names := _names(piece[: -len(end)])) is not None:
                    names.append(end)
                    break
        if names is None:
            return t
        out.append(" ".join(names))
    return out[0] + " ".join(out[1:]) if label else " ".join(out)


# the first characters of a role word that follows names in a byline (本报记者戴秋真通讯 / 员王秋茗), longest first
_ROLE_WORD_HEADS = sorted(
    {w[:k] for w in ("记者", "通讯员", "实习生", "评论员", "特派记者", "特约记者") for k in range(1, len(w))},
    key=len,
    reverse=True,
)


def _names(run: str) -> list[str] | None:
    """The one way ``run`` parts into names (two or three characters on a surname, three or four on a compound one),
    or None."""
    found: list[list[str]] = []

    def part(i: int, names: list[str]) -> None:
        if i == len(run):
            found.append(names)
            return
        for n in (2, 3, 4):
            name = run[i : i + n]
            if len(name) == n and (name[0] in SURNAMES and n < 4 or n > 2 and name[:2] in COMPOUND_SURNAMES):
                part(i + n, [*names, name])

    part(0, [])
    return found[0] if len(found) == 1 else None


def _no_word_across(run: str, names: list[str]) -> bool:
    """No word of the segmenter's dictionary in ``run`` is one of ``names`` or runs across two of them."""
    ends = set(itertools.accumulate(map(len, names)))
    at = 0
    for word in rjieba.cut(run, False):
        start, at = at, at + len(word)
        if len(word) > 1 and (any(start < e < at for e in ends) or at in ends and (start == 0 or start in ends)):
            return False
    return True


# Vertical lines.  A title set vertically (竖排), beside its article, comes out of an extractor a character a line (a PDF
# places each glyph under the one before; pdfminer makes each a line of its own, PDFium's rows too).  Read so, its
# characters were headline lines of one character each, the title lost.  Three lines or more of one character each
# (figures set across within them, 5G, may take a line of two to four) are one line, as the vertical line printed:
# never so on 1,100 check pages, where no three lines of one character follow each other.
_VERTICAL_RUN = re.compile(r"\n[^\s]\n[^\s]\n[^\s]\n")
VERTICAL_LEAST = 3  # characters a line each, in a row


def _vertical_lines_joined(lines: list[str]) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    singles = 0  # lines of one Chinese character (or mark) in the run
    for t in [*lines, ""]:
        s = t.strip()
        if len(s) == 1 or run and 2 <= len(s) <= 4 and s.isascii() and s.isalnum():
            run.append(t)
            singles += len(s) == 1 and not s.isascii()
            continue
        if singles >= VERTICAL_LEAST:
            out.append("".join(r.strip() for r in run))
        else:
            out += run
        run, singles = [], 0
        out.append(t)
    out.pop()  # (the "" added to end the last run)
    return out
