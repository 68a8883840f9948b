"""PDF pages with a text layer → ``Line`` objects in reading order (PDFium through ``pypdfium2``).

Every character comes with its box, effective font size (the text matrix and CTM included), font
name and weight, so the reconstruction stage gets what a plain text extractor throws away:

* lines are built from characters that share a baseline;
* reading order comes from a recursive XY-cut over runs of touching characters: a gutter that runs
  through the whole region splits it into columns (left to right) before a horizontal gap splits it
  into bands (top to bottom), and spanning headline rows are peeled off the top, so a headline over
  several columns comes before the columns beneath it (the rules are spelled out in docs/pdf.md);
* a blank ``Line("")`` separates text blocks, as pdfminer's text output does: at a column jump, a
  vertical gap clearly larger than the usual leading, a font size or weight change, and before an
  indented first line of a paragraph.

Coordinates are PDF points with y measured down from the top of the page (CropBox).

Limits: at most ``MAX_PAGES`` pages and ``MAX_PDF_BYTES`` bytes per file.  A page without a text
layer (a scan) is OCR'd when ``banmian[ocr]`` is installed; otherwise a file whose pages all lack
text is refused, and a textless page inside an otherwise readable file gives an empty page.  So is a page
whose text layer is glyph codes, not characters (fonts with no Unicode map: ``text_layer_garbled``), but that
such a page inside a readable file stays as it was read.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from banmian.errors import BadInput
from banmian.model import Line
from banmian.reconstruct.patterns import is_furniture
from banmian.sources.text import RADICALS, VERTICAL_FORMS

MAX_PAGES = 2000  # a whole daily issue is 4–200 pages; more is not a newspaper
MAX_PDF_BYTES = 512 * 1024 * 1024
OCR_DPI = 150  # render resolution for pages without a text layer

# Extraction artefacts that NFKC maps to the ordinary character: CJK compatibility ideographs
# (some fonts map 﨑-like glyphs there), Kangxi radicals and CJK radical supplements (e.g. ⽇ for 日),
# Latin ligatures.  Full-width punctuation and letters are *not* touched: ，（）stay as printed.
_NFKC_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0xFB00, 0xFB06), (0x2F800, 0x2FA1F))

_BOLD_WORDS = ("bold", "heavy", "black", "semibold", "demi", "粗")
_FILL_STROKE_MODES = (2, 6)  # text render modes that stroke the glyph outline: fake bold
_SKIP = set("\r\n\t\x00\ufffd\ufffe")


def normalise_char(ch: str) -> str:
    o = ord(ch)
    if o < 0x2E80 or 0x3000 <= o < 0xF900:  # the common case (ASCII, punctuation, CJK): one test
        return ch
    if o <= 0x2EFF:  # (a radical supplement's: NFKC maps two of them, the text reader's table every whole character)
        return RADICALS.get(ch, ch)
    if 0xFE10 <= o <= 0xFE48:  # (a mark's vertical form: the full-width mark, where NFKC gives ASCII)
        return VERTICAL_FORMS.get(ch, ch)
    for lo, hi in _NFKC_RANGES:
        if lo <= o <= hi:
            return unicodedata.normalize("NFKC", ch)
    return ch


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    base: float  # y down: the bottom of the loose box, the same for all glyphs of a line
    size: float
    bold: bool
    font: str
    hang: bool = False  # closing punctuation that ends its line: it may hang into the gutter


@dataclass(slots=True)
class _Seg:
    """A run of characters on one baseline: becomes one ``Line``."""

    chars: list[_Char]
    x0: float
    y0: float
    x1: float
    y1: float
    base: float
    size: float
    bold: bool
    font: str
    text: str | None = None  # set by sources without characters (OCR)

    @property
    def h(self) -> float:
        return self.y1 - self.y0


# --------------------------------------------------------------------------------------------
# Reading a document


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    if not data.strip():
        raise BadInput(name, "the file is empty")
    if len(data) > MAX_PDF_BYTES:
        raise BadInput(name, f"the PDF is {len(data) // 2**20} MB, over the {MAX_PDF_BYTES // 2**20} MB limit")
    if b"%PDF-" not in data[:1024]:
        raise BadInput(name, "not a PDF: no %PDF- header")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        import pypdfium2.raw as raw

        # PDFium's last-error code is not reset by a failed load that sets none (a document without
        # pages fails with a stale code), so the bytes are checked as well.
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise BadInput(name, "the PDF is encrypted with a password") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise BadInput(name, "the PDF uses an unsupported encryption (security handler)") from None
        if code == raw.FPDF_ERR_SUCCESS or re.search(rb"/Type\s*/Pages\b[^>]*/Count\s+0\b", data):
            raise BadInput(name, "the PDF has no pages") from None
        raise BadInput(name, "corrupt or truncated PDF: PDFium cannot open it") from None


def ocr_available() -> bool:
    from banmian.sources.image import ocr_available as _avail

    return _avail()


def page_count(data: bytes, name: str) -> int:
    pdf = _open(data, name)
    try:
        return len(pdf)
    finally:
        pdf.close()


def read_pdf_bytes(data: bytes, name: str, pages: Iterable[int] | None = None) -> list[tuple[int, list[Line]]]:
    """Each page of a PDF as ``(page_number, lines in reading order)``; raises ``BadInput``.

    ``pages`` (1-based numbers) limits the work to those pages, e.g. for rendering one page.
    """
    pdf = _open(data, name)
    try:
        n = len(pdf)
        if n == 0:
            raise BadInput(name, "the PDF has no pages")
        if n > MAX_PAGES:
            raise BadInput(name, f"the PDF has {n} pages, over the limit of {MAX_PAGES}; split it into issues")
        wanted = range(1, n + 1) if pages is None else sorted(set(pages))
        for k in wanted:
            if not 1 <= k <= n:
                raise BadInput(name, f"there is no page {k}: the PDF has {n} page{'s' if n > 1 else ''}")
        out: list[tuple[int, list[Line]]] = []
        textless: list[int] = []
        garbled: list[int] = []  # (a text layer of codes, not characters: read as a scan is)
        for k in wanted:
            try:
                page = pdf[k - 1]
            except Exception:  # PDFium raises its own error type for a broken page object
                raise BadInput(name, f"corrupt PDF: page {k} cannot be loaded") from None
            try:
                lines = page_lines(page, k)
                if not any(not ln.blank for ln in lines):
                    textless.append(k)
                elif text_layer_garbled(lines):
                    garbled.append(k)
                out.append((k, lines))
            finally:
                page.close()
        if garbled and not ocr_available() and len(garbled) + len(textless) == len(out):
            which = "its page's" if len(out) == 1 else "its pages'"
            raise BadInput(
                name,
                f"{which} text layer is no text: its fonts map no Unicode for its glyphs (control or private-use codes "
                "where characters should be); OCR needs: pip install 'banmian[ocr]'",
            )
        if textless or garbled and ocr_available():
            out = _ocr_textless(pdf, name, out, sorted(textless + (garbled if ocr_available() else [])))
        return out
    finally:
        pdf.close()


# a page whose text layer is this much control and private-use codes is read as a scan is (OCR): its fonts map no
# Unicode for their glyphs, as fonts typeset with their own encodings and no ToUnicode table do; copied out, such
# a page is 乱码 (a few private-use characters on a page are a rare name's character, as GBK's user area maps them)
UNREADABLE_SHARE = 0.3
# … and so is one with fewer such codes but next to no Chinese character: a font subset numbers its glyphs from 1 in
# the order the page first uses them, so past the 31st its codes read as Latin letters and signs (no text a reader
# sees holds control codes at all; an English page holds none)
CONTROL_SHARE, CJK_SHARE = 0.05, 0.1


def _unreadable(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o < 0xA0 or 0xE000 <= o <= 0xF8FF


def unreadable_share(lines: list[Line]) -> float:
    """The share of a page's characters (spaces aside) that are control or private-use codes, not text."""
    chars = [ch for ln in lines for ch in ln.text if not ch.isspace()]
    return sum(map(_unreadable, chars)) / len(chars) if chars else 0.0


def text_layer_garbled(lines: list[Line]) -> bool:
    """Is a page's text layer glyph codes rather than characters (see ``UNREADABLE_SHARE``)?"""
    share = unreadable_share(lines)
    if share >= UNREADABLE_SHARE:
        return True
    if share < CONTROL_SHARE:
        return False
    chars = [ch for ln in lines for ch in ln.text if not ch.isspace()]
    return sum("\u3400" <= ch <= "\u9fff" for ch in chars) < CJK_SHARE * len(chars)


def _ocr_textless(pdf, name: str, out, textless: list[int]):
    if not ocr_available():
        if len(textless) == len(out):
            which = "its page has" if len(out) == 1 else "none of its pages has"
            raise BadInput(name, f"{which} a text layer (a scan?); OCR needs: pip install 'banmian[ocr]'")
        return out  # textless pages inside a readable issue (full-page photos) stay empty
    from banmian.sources.image import ocr_pil_images

    done = dict(out)
    images = []
    for n in textless:
        page = pdf[n - 1]
        try:
            images.append(page.render(scale=OCR_DPI / 72).to_pil())
        finally:
            page.close()
    # the pages of a scanned issue run in parallel processes
    for n, lines in zip(textless, ocr_pil_images(images, name, textless, OCR_DPI), strict=True):
        done[n] = lines
    if all(not any(not ln.blank for ln in done[n]) for n in done):
        raise BadInput(name, "no text found: no text layer and OCR read nothing")
    return sorted(done.items())


# --------------------------------------------------------------------------------------------
# Characters of one page


_FAST: dict[str, object] = {}


def _fast(name: str, restype, *argtypes):
    """A PDFium function called with plain ints for handles and pointers: pypdfium2's bindings convert
    every argument through Python (``_as_parameter_``) and return pointer objects, which costs more than
    the call on pages of many text objects (a subset font switching mid-line starts a new one)."""
    fn = _FAST.get(name)
    if fn is None:
        import pypdfium2.raw as raw

        addr = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
        fn = _FAST[name] = ctypes.CFUNCTYPE(restype, *argtypes)(addr)
    return fn


def _obj_address_fn():
    """``FPDFText_GetTextObject`` returning a plain int."""
    return _fast("FPDFText_GetTextObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


_BOLD_NAMES: dict[str, bool] = {}


def _page_chars(page) -> list[_Char]:
    import pypdfium2.raw as raw

    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        if n <= 0:
            return []
        left, bottom, right, top = page.get_bbox()  # CropBox: the visible page
        rect = raw.FS_RECTF()
        mat = raw.FS_MATRIX()
        fbuf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        style: dict[int | None, tuple[float, bool, str]] = {}  # per text object: size, bold, font
        text = tp.get_text_range()
        if len(text) != n:  # one character per index is what PDFium promises; check rather than trust
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
        vp, ci = ctypes.c_void_p, ctypes.c_int
        get_box = _fast("FPDFText_GetLooseCharBox", ci, vp, ci, vp)
        get_size = _fast("FPDFText_GetFontSize", ctypes.c_double, vp, ci)
        get_matrix = _fast("FPDFText_GetMatrix", ci, vp, ci, vp)
        get_info = _fast("FPDFText_GetFontInfo", ctypes.c_ulong, vp, ci, vp, ctypes.c_ulong, vp)
        get_weight = _fast("FPDFText_GetFontWeight", ci, vp, ci)
        get_mode = _fast("FPDFTextObj_GetTextRenderMode", ci, vp)
        obj_addr = _obj_address_fn()
        # (c_void_p objects: ctypes passes them as they are, where a plain int is converted on every call)
        tp_ptr = ctypes.cast(tp.raw, ctypes.c_void_p)
        rect_p, mat_p = vp(ctypes.addressof(rect)), vp(ctypes.addressof(mat))
        fbuf_p, flags_p = vp(ctypes.addressof(fbuf)), vp(ctypes.addressof(flags))
        width, height = right - left, top - bottom
        # /Rotate: viewers (and PDFium's renderer) turn the page; so do the boxes, so that lines run
        # across the page as a reader sees it and regions match a rendered image
        rotation = page.get_rotation() % 360
        chars: list[_Char] = []
        for i, ch in enumerate(text):
            if ch in _SKIP:
                continue  # PDFium's own line breaks: lines are rebuilt from geometry
            get_box(tp_ptr, i, rect_p)
            if ch == " " and rect.right - rect.left < 0.01:
                continue  # a space PDFium guessed (zero width): word spaces are rebuilt too
            x0, x1 = rect.left - left, rect.right - left
            y0, y1 = top - rect.top, top - rect.bottom
            if x1 < 0 or y1 < 0 or x0 > width or y0 > height:
                continue  # outside the visible page
            if rotation:
                x0, y0, x1, y1 = _rotate_box(x0, y0, x1, y1, rotation, width, height)
            key = obj_addr(tp_ptr, i)  # the text object this character belongs to: styles are per object
            st = style.get(key)
            if st is None:
                raw_size = get_size(tp_ptr, i)
                scale = 1.0
                if get_matrix(tp_ptr, i, mat_p):
                    scale = math.hypot(mat.c, mat.d) or 1.0  # the glyph height; Tz only stretches x
                size = raw_size * scale
                ln = get_info(tp_ptr, i, fbuf_p, 256, flags_p)
                font = fbuf.value.decode("latin-1", "replace") if ln else ""
                font = font.split("+", 1)[1] if len(font) > 7 and font[6] == "+" else font
                mode = get_mode(key) if key else 0
                bold_name = _BOLD_NAMES.get(font)
                if bold_name is None:
                    low = font.lower()
                    bold_name = _BOLD_NAMES[font] = any(w in low for w in _BOLD_WORDS)
                bold = (
                    mode in _FILL_STROKE_MODES
                    or bool(flags.value & (1 << 18))  # ForceBold flag of the font descriptor
                    or bold_name
                    or get_weight(tp_ptr, i) >= 600
                )
                st = style[key] = (size, bold, font)
            size, bold, font = st
            if size <= 0.5:
                continue  # degenerate text scaled to nothing
            # The bottom of the loose box (font descent) stands in for the baseline: rows group on it.
            chars.append(_Char(normalise_char(ch), x0, y0, x1, y1, y1, size, bold, font))
        _mark_hanging(chars)
        return chars
    finally:
        tp.close()


def _rotate_box(x0: float, y0: float, x1: float, y1: float, rotation: int, width: float, height: float):
    """A box in page space (y down) as it stands on the page turned clockwise by ``rotation`` degrees."""
    if rotation == 90:
        return height - y1, x0, height - y0, x1
    if rotation == 180:
        return width - x1, height - y1, width - x0, height - y0
    if rotation == 270:
        return y0, width - x1, y1, width - x0
    return x0, y0, x1, y1


def _mark_hanging(chars: list[_Char]) -> None:
    """Flag closing punctuation at a line end (in content order, the next character is not right
    after it, or is hanging punctuation itself, as in ``！”``)."""
    nxt: _Char | None = None
    for c in reversed(chars):
        if c.ch in _HANGING:
            c.hang = (
                nxt is None
                or abs(nxt.base - c.base) > 0.3 * c.size
                or not (-0.2 * c.size < nxt.x0 - c.x1 < 0.6 * c.size)
                or nxt.hang
            )
        nxt = c


# --------------------------------------------------------------------------------------------
# Characters → line segments


_X0, _Y0, _X1, _Y1, _SIZE = (attrgetter(a) for a in ("x0", "y0", "x1", "y1", "size"))
_BASE_X0 = attrgetter("base", "x0")


def _rows(chars: list[_Char]) -> list[list[_Char]]:
    """Characters sharing a baseline, each row sorted left to right."""
    if not chars:
        return []
    chars = sorted(chars, key=_BASE_X0)
    rows: list[list[_Char]] = []
    row: list[_Char] = [chars[0]]
    row_base = chars[0].base
    first_size = chars[0].size
    for c in chars[1:]:
        size = c.size
        if c.base - row_base <= 0.3 * (size if size < first_size else first_size):
            row.append(c)
        else:
            rows.append(row)
            row, row_base, first_size = [c], c.base, size
    rows.append(row)
    for r in rows:
        r.sort(key=_X0)
    return rows


def _segments(chars: list[_Char]) -> list[_Seg]:
    """Group characters sharing a baseline into rows, and split rows at wide horizontal gaps."""
    segs: list[_Seg] = []
    for row in _rows(chars):
        cur: list[_Char] = [row[0]]
        for c in row[1:]:
            p = cur[-1]
            gap = c.x0 - p.x1
            if gap > 0.9 * max(p.size, c.size) or c.x1 <= p.x0 + 0.1:
                segs.append(_make_seg(cur))
                cur = [c]
            else:
                cur.append(c)
        segs.append(_make_seg(cur))
    return [s for s in segs if s.chars]


@dataclass(slots=True)
class _Run:
    """Touching characters of one row: the unit the XY-cut works on (far fewer than characters).
    Hanging punctuation and spaces are runs of their own, so that they never bridge a gutter."""

    chars: list[_Char]
    x0: float
    y0: float
    x1: float
    y1: float
    base: float
    size: float
    hang: bool
    space: bool


def _runs(chars: list[_Char], vgap: float, headline: float = math.inf) -> list[_Run]:
    """Runs of touching characters.  A word space between two glyphs of a headline (set at least
    ``headline`` points) stays inside its run: ``新春走基层 一起过大年`` is not split where the space
    happens to lie over a column gutter."""
    runs: list[_Run] = []

    def flush(cur: list[_Char]) -> None:
        if len(cur) == 1:  # (hanging marks and spaces are runs of their own: the common case)
            c = cur[0]
            runs.append(_Run(cur, c.x0, c.y0, c.x1, c.y1, c.base, c.size, c.hang, c.ch.isspace()))
        elif cur:
            runs.append(
                _Run(
                    cur,
                    min(map(_X0, cur)),
                    min(map(_Y0, cur)),
                    max(map(_X1, cur)),
                    max(map(_Y1, cur)),
                    cur[0].base,
                    max(map(_SIZE, cur)),
                    cur[0].hang,
                    cur[0].ch.isspace(),
                )
            )

    for row in _rows(chars):
        cur: list[_Char] = []
        bridge = False  # the last character is a word space inside a headline
        for i, c in enumerate(row):
            if cur and c.ch.isspace() and _word_space(row, i, headline, _tracking(cur)):
                cur.append(c)
                bridge = True
                continue
            if cur and c.hang and c.size >= headline and _tracked(row, i, cur, headline):
                cur.append(c)  # a closing mark ending a letter-spaced headline: with it, not over the next column
                continue
            alone = c.hang or c.ch.isspace()
            if cur and (
                alone
                or cur[-1].hang
                or (cur[-1].ch.isspace() and not bridge)
                or (c.x0 - cur[-1].x1 > min(vgap, 0.3 * c.size) and not bridge and not _tracked(row, i, cur, headline))
            ):
                flush(cur)
                cur = []
            bridge = False
            cur.append(c)
        flush(cur)
    return runs


def _word_space(row: list[_Char], i: int, headline: float, tracking: float = 0.0) -> bool:
    """A space glyph between two headline glyphs that touch it on both sides (or stand off it by no more than the
    headline's letter spacing, ``tracking``)."""
    c = row[i]
    if c.size < headline or i == 0 or i + 1 >= len(row):
        return False
    a, b = row[i - 1], row[i + 1]
    return (
        not a.ch.isspace()
        and not b.ch.isspace()
        and not a.hang
        and c.x0 - a.x1 < 0.3 * c.size + tracking
        and b.x0 - c.x1 < 0.6 * c.size + tracking
    )


# Letter spacing.  Print spreads a short headline across its column, or a justified line where a figure was pushed
# down, by setting every glyph the same distance apart (tracking): a gap of a fifth of an em or more, which split
# such a line into a run a glyph, and the XY-cut then cut a headline spanning columns at their gutters (订单式培 / 训 /
# 拓 / …).  Glyphs of one size set evenly apart, less than TRACKING_MOST of an em, stay one run: a gutter is wider, and
# is not the gap the glyphs before it (or after) keep.
TRACKING_MOST = 0.9  # of an em (as wide as ``_segments`` lets a line's glyphs stand apart)
TRACKING_EVEN = 0.1  # of an em: how far two gaps of one letter-spaced line may differ
TRACKING_LEAST = 0.1  # of an em: a headline letter-spaced (its closing mark then read with it)


def _tracking(cur: list[_Char]) -> float:
    """The gap between the last two glyphs of a run (0 for a run of one)."""
    return max(cur[-1].x0 - cur[-2].x1, 0.0) if len(cur) >= 2 and not cur[-2].ch.isspace() else 0.0


def _tracked(row: list[_Char], i: int, cur: list[_Char], headline: float = math.inf) -> bool:
    """Does glyph ``row[i]`` stand off the run ``cur`` by the run's own letter spacing?  (The run's last gap, or for a
    run of one glyph the gap after ``row[i]``.)  A closing mark counts only after a letter-spaced headline's glyphs
    (``headline`` points or more, set ``TRACKING_LEAST`` of an em apart at least): it ends the headline.  (A word space
    the PDF positioned in such a headline does not: one a letter spacing and half an em wide is also the gutter between
    two headlines side by side, set alike.)"""
    c, a = row[i], cur[-1]
    gap = c.x0 - a.x1
    size = c.size
    if gap > TRACKING_MOST * size or abs(size - a.size) > 0.01 * size or a.ch.isspace():
        return False
    if len(cur) >= 2 and not cur[-2].ch.isspace():
        other = a.x0 - cur[-2].x1
        if c.hang and (size < headline or other < TRACKING_LEAST * size):
            return False
    elif (
        i + 1 < len(row) and not c.hang and not (nxt := row[i + 1]).ch.isspace() and abs(nxt.size - size) <= 0.01 * size
    ):
        other = nxt.x0 - c.x1
    else:
        return False
    return abs(gap - other) <= TRACKING_EVEN * size


def _make_seg(chars: list[_Char]) -> _Seg:
    while chars and chars[-1].ch.isspace():
        chars = chars[:-1]
    while chars and chars[0].ch.isspace():
        chars = chars[1:]
    if not chars:
        return _Seg([], 0, 0, 0, 0, 0, 0, False, "")
    ink = [c for c in chars if not c.ch.isspace()]
    first = ink[0]
    if all(c.size == first.size and c.font == first.font for c in ink):  # the common case: one style
        size, big, font = first.size, ink, first.font
    else:
        sizes = sorted(c.size for c in ink)
        size = sizes[len(sizes) // 2]
        big = [c for c in ink if c.size >= size - 0.01]
        font = Counter(c.font for c in big).most_common(1)[0][0]
    bold = sum(c.bold for c in ink) * 2 > len(ink)
    y0, y1 = min(c.y0 for c in big), max(c.y1 for c in big)
    bases = sorted(c.base for c in big)
    return _Seg(
        chars, chars[0].x0, y0, max(c.x1 for c in chars), y1, bases[len(bases) // 2], round(size, 2), bold, font
    )


def _seg_text(seg: _Seg, infer_spaces: bool = True) -> str:
    """The text of a segment.  A word space the PDF positioned instead of printing (or one PDFium
    does not report, as with some subset fonts) is restored where the gap between two glyphs is
    clearly wider than the line's usual letter spacing: bylines such as ``本报记者 张三 李四`` need it."""
    if seg.text is not None:
        return seg.text
    ink = [c for c in seg.chars if not c.ch.isspace()]
    gaps = sorted(b.x0 - a.x1 for a, b in zip(ink, ink[1:], strict=False))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    out: list[str] = []
    prev: _Char | None = None
    for c in seg.chars:
        if prev is not None and not c.ch.isspace() and not prev.ch.isspace():
            gap = c.x0 - prev.x1
            if infer_spaces and gap > max(0.2 * c.size, usual + 0.15 * c.size):
                out.append(" ")
        out.append(c.ch)
        prev = c
    text = "".join(out)
    return " ".join(text.split()) if "  " in text else text


# --------------------------------------------------------------------------------------------
# Reading order: recursive XY-cut over characters (PDF) or line boxes (OCR)

# Closing punctuation may hang into the gutter past a column's right edge (标点悬挂), so it is left
# out when looking for gutters, and goes with the column its left edge is in.
_HANGING = set("，。、；：？！”’）》」』〉】…,.;:?!)")


def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[float]:
    """Cut positions where the union of intervals leaves a gap wider than ``min_gap``."""
    return [c for c, _ in _gap_widths(spans, min_gap)]


def _gap_widths(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """``(cut position, gap width)`` where the union of intervals leaves a gap wider than ``min_gap``."""
    if not spans:
        return []
    spans = sorted(spans)
    cuts: list[tuple[float, float]] = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach > min_gap:
            cuts.append(((a + reach) / 2, a - reach))
        reach = max(reach, b)
    return cuts


def _column_gutter(items: list, body: float) -> float | None:
    """The page's usual gutter between columns of body text: the most common horizontal gap between
    neighbouring body-size runs on one row (wider than a word space, narrower than 4 em)."""
    rows: dict[int, list] = {}
    for it in items:
        if _solid(it) and abs(it.size - body) < 0.3:
            rows.setdefault(round(it.base), []).append(it)
    counts: Counter = Counter()
    for row in rows.values():
        row.sort(key=lambda it: it.x0)
        for a, b in zip(row, row[1:], strict=False):
            g = b.x0 - a.x1
            if 0.6 * body < g < 4 * body:
                counts[round(g * 2) / 2] += 1
    if not counts:
        return None
    g, n = counts.most_common(1)[0]
    return g if n >= 3 else None


def _xpos(item) -> float:
    """Where an item sits across the page when regions are split at gutters: a little inside its left
    edge, so that a glyph touching the gutter stays in its column; hanging punctuation by its left edge
    (it hangs out of the column it ends a line of)."""
    if getattr(item, "hang", False):
        return item.x0
    return item.x0 + min(0.3 * item.size, 0.5 * (item.x1 - item.x0))


def _solid(item) -> bool:
    return not (getattr(item, "hang", False) or getattr(item, "space", False))


def _split(items: list, cuts: list[float], pos) -> list[list]:
    parts: list[list] = [[] for _ in range(len(cuts) + 1)]
    for it in items:
        p = pos(it)
        parts[sum(1 for c in cuts if p > c)].append(it)
    return [p for p in parts if p]


def _xycut(
    items: list, vgap: float, hgap: float, out: list[list], body: float, depth: int = 0, wide: float = math.inf
) -> None:
    """Split at gutters that run through the whole region (columns, left to right) first, then at
    horizontal gaps (bands, top to bottom), recursively; what cannot be split is a leaf.

    A gutter at least ``wide`` (1.5 column gutters) separates articles side by side: it is cut before
    any narrower horizontal gap, so that a names line or a headline row never joins the article beside
    it.  Horizontal gaps are cut widest first (tiers of articles before the gaps inside an article).
    """
    if len(items) <= 1 or depth > 80:
        out.append(items)
        return

    def rec(part: list) -> None:
        _xycut(part, vgap, hgap, out, body, depth + 1, wide)

    solid = [it for it in items if _solid(it)]
    sizes = sorted(it.size for it in solid) or [1.0]
    bases = [it.base for it in solid] or [0.0]
    one_row = max(bases) - min(bases) < 0.3 * sizes[0]
    # On a single row a gap is only a gutter if it is wider than the word gaps of a spaced headline.
    # A gutter is at least half an em of the text around it; a word space in a headline is not.
    min_v = 0.9 * sizes[-1] if one_row else max(vgap, 0.45 * sizes[len(sizes) // 2])
    widths = _gap_widths([(it.x0, it.x1) for it in solid], min_v)
    cuts = [c for c, _ in widths]
    wide_cuts = [c for c, w in widths if w >= wide]
    if cuts and not one_row:
        # a horizontal gap much wider than every gutter (a tier of articles, the page foot) comes first
        hw = _gap_widths([(it.y0, it.y1) for it in items if not getattr(it, "space", False)], hgap)
        if max((w for _, w in hw), default=0.0) > 1.5 * max(w for _, w in widths):
            cuts = wide_cuts = []
    if wide_cuts and not one_row:
        parts = _split(items, wide_cuts, _xpos)
        if len(parts) > 1:
            for p in parts:
                rec(p)
            return
    if cuts and not one_row:
        band = _band_first(solid, vgap, hgap, body)
        if band is not None:
            for p in _split(items, [band], lambda it: (it.y0 + it.y1) / 2):
                rec(p)
            return
    if cuts:
        parts = _split(items, cuts, _xpos)
        if len(parts) > 1 and not _stacked(parts):
            for p in parts:
                rec(p)
            return
    if not one_row:
        # the widest gaps first (between tiers of articles), the narrower ones (inside an article) in
        # the bands: an article's foot a little below its neighbour's stays in its own tier
        hw = _gap_widths([(it.y0, it.y1) for it in items if not getattr(it, "space", False)], hgap)
        top = max((w for _, w in hw), default=0.0)
        cuts = [c for c, w in hw if w >= 0.6 * top]
        if cuts:
            parts = _split(items, cuts, lambda it: (it.y0 + it.y1) / 2)
            if len(parts) > 1:
                for p in parts:
                    rec(p)
                return
        parts = _peel(items, vgap, body=body)
        if parts:
            for p in parts:
                rec(p)
            return
    out.append(items)


def _stacked(parts: list[list]) -> bool:
    """Parts a gutter would make that are no columns but the lines of one paragraph whose indented first
    line starts right of where its short second line ends (``（本报华盛顿1月9日`` / ``电）``): the parts lie
    one above the other, none beside another, or a part of one short row stands left of the next part
    and lower than its top.  Such parts are read top to bottom, not left to right."""
    spans = []
    for p in parts:
        solid = [it for it in p if _solid(it)] or p
        spans.append((min(it.y0 for it in solid), max(it.y1 for it in solid), min(it.base for it in solid)))
    for (t0, b0, base0), (t1, _, _) in zip(spans, spans[1:], strict=False):  # (parts run left to right)
        size = max(it.size for it in parts[0])
        if b0 - base0 < 0.5 * size and t0 > t1 + 0.5 * size:
            return True  # one row, lower than the top of the part to its right: the end of a paragraph
    spans.sort()
    return all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))


def _band_first(solid: list, vgap: float, hgap: float, body: float) -> float | None:
    """When a region has both gutters and a full-width horizontal gap, gutters usually win: articles
    side by side whose headline-to-body gaps line up must not be sliced across.  A gap wins (its
    position is returned) when it ends a band of plain body columns (an article whose columns go on
    in a second tier), when a headline starts right below it at the left edge (the next article),
    or when a single body line lies under it (the names line at an article's foot)."""
    hcuts = _gaps([(it.y0, it.y1) for it in solid], hgap)
    if not hcuts:
        return None
    bounds = [-1e9, *hcuts]
    for lo, hi in zip(bounds, hcuts, strict=False):
        band = [it for it in solid if lo < (it.y0 + it.y1) / 2 < hi]
        if band and _plain(band, body) and _gaps([(it.x0, it.x1) for it in band], vgap):
            return hi
    h = hcuts[0]
    lower = [it for it in solid if (it.y0 + it.y1) / 2 > h]
    top = min(it.y0 for it in lower)
    first_row = [it for it in lower if it.y0 < top + 0.5 * body]
    left = min(it.x0 for it in solid)
    if max(it.size for it in first_row) > body + 1.5 and min(it.x0 for it in first_row) <= left + 0.5 * body:
        return h
    last = [it for it in solid if (it.y0 + it.y1) / 2 > hcuts[-1]]
    bases = [it.base for it in last]
    if max(bases) - min(bases) < 0.3 * body and max(it.size for it in last) <= body + 0.5:
        return hcuts[-1]
    return None


def _plain(band: list, body: float) -> bool:
    """Body columns for the most part (80 % of the text at body size), perhaps under a headline,
    kicker or byline: a gap below such a band ends a tier of the article's columns."""
    if hasattr(band[0], "chars"):
        n_body = sum(len(it.chars) for it in band if abs(it.size - body) <= 0.5)
        return n_body >= 0.8 * sum(len(it.chars) for it in band)
    return sum(abs(it.size - body) <= 0.5 for it in band) >= 0.8 * len(band)  # line boxes (OCR)


def _peel(items: list, vgap: float, most: int = 4, body: float = 0.0) -> list[list] | None:
    """A headline, subtitle or byline set with ordinary leading above (or below) columns leaves no
    wide gap to cut at.  Split off up to ``most`` rows at the top, else at the bottom, when what
    remains has a gutter: [spanning rows, columns] or [columns, spanning rows].  A lead paragraph set
    larger than the body (``body``) over the columns may take more rows: all its rows go."""
    rows = _split(items, _gaps([(it.y0, it.y1) for it in items if _solid(it)], 0.5), lambda it: (it.y0 + it.y1) / 2)
    if len(rows) < 2:
        return None

    def has_gutter(part: list) -> bool:
        solid = [it for it in part if _solid(it)]
        if not solid:
            return False
        sizes = sorted(it.size for it in solid)
        return bool(_gaps([(it.x0, it.x1) for it in solid], max(vgap, 0.45 * sizes[len(sizes) // 2])))

    for k in range(1, min(most, len(rows) - 1) + 1):
        rest = [it for r in rows[k:] for it in r]
        if has_gutter(rest):
            return [[it for r in rows[:k] for it in r], rest]
    for k in range(1, min(most, len(rows) - 1) + 1):
        rest = [it for r in rows[:-k] for it in r]
        if has_gutter(rest):
            return [rest, [it for r in rows[-k:] for it in r]]
    if body:
        k = 0
        while k < len(rows) - 1 and all(it.size > body + 0.5 for it in rows[k] if _solid(it)):
            k += 1
        if k > most:
            rest = [it for r in rows[k:] for it in r]
            if has_gutter(rest):
                return [[it for r in rows[:k] for it in r], rest]
    return None


def _typical_leading_gap(segs: list, body: float) -> float:
    """Median vertical gap between a body line and the body line right below it in the same column."""
    gaps: list[float] = []
    by_col: dict[int, list] = {}
    for s in segs:
        if abs(s.size - body) < 0.3:
            by_col.setdefault(round(s.x0 / 2), []).append(s)
    for col in by_col.values():
        col.sort(key=lambda s: s.base)
        for a, b in zip(col, col[1:], strict=False):
            g = b.y0 - a.y1
            if -0.5 * body < g < 2 * body:
                gaps.append(g)
    return statistics.median(gaps) if gaps else 0.4 * body


def _body_size(items: list, weight) -> float:
    sizes: Counter = Counter()
    for it in items:
        sizes[round(it.size * 2) / 2] += weight(it)
    return sizes.most_common(1)[0][0]


def _block_break(a: _Seg, b: _Seg, lead: float, body: float, col_left: float) -> bool:
    if abs(a.size - b.size) > max(0.4, 0.05 * a.size) or a.bold != b.bold:
        return True
    if b.y0 < a.y1 - 0.3 * a.h:  # not below: a column jump (or a neighbouring segment on the same row)
        return True
    if b.x0 > a.x1 or b.x1 < a.x0:  # no horizontal overlap: another column
        return True
    if b.y0 - a.y1 > lead + 0.6 * max(a.h, b.h):  # clearly more than the usual leading
        return True
    # A first-line indent (two ideographs in Chinese print) starts a new paragraph.
    return b.x0 - col_left > 1.2 * b.size and abs(a.x0 - col_left) < 0.5 * b.size and b.size <= body + 0.5


def segments_to_lines(
    leaves: list[list[_Seg]], lead: float, body: float, page: int, infer_spaces: bool = True
) -> list[Line]:
    """Leaves (each a list of segments in reading order) → lines, with blank lines between blocks."""
    out: list[Line] = []
    prev: _Seg | None = None
    for leaf in leaves:
        col_left = min(s.x0 for s in leaf)
        for s in leaf:
            if prev is not None and _block_break(prev, s, lead, body, col_left):
                out.append(Line("", page=page))
            out.append(
                Line(
                    _seg_text(s, infer_spaces),
                    page=page,
                    bbox=(round(s.x0, 2), round(s.y0, 2), round(s.x1, 2), round(s.y1, 2)),
                    size=s.size,
                    bold=s.bold,
                    font=s.font or None,
                )
            )
            prev = s
    return out


def _join_furniture_rows(lines: list[Line]) -> list[Line]:
    """A page header split at its word spaces (``2020年1月6日``  ``星期一`` under ``体育 13``: the
    spaces of two short rows line up like a gutter) is one line again: pieces that follow each other
    on one row, in one size, join when together they read as furniture and apart they do not."""
    out: list[Line] = []
    for ln in lines:
        prev_i = len(out) - 1
        while prev_i >= 0 and not out[prev_i].text:
            prev_i -= 1
        p = out[prev_i] if prev_i >= 0 else None
        if (
            p is not None
            and ln.text
            and p.bbox
            and ln.bbox
            and p.size
            and ln.size
            and p.page == ln.page
            and abs(p.size - ln.size) < 0.1
            and abs(p.bbox[1] - ln.bbox[1]) < 0.3 * ln.size
            and abs(p.bbox[3] - ln.bbox[3]) < 0.3 * ln.size
            and 0 <= ln.bbox[0] - p.bbox[2] < 3 * ln.size
            and not is_furniture(p.text)
            and not is_furniture(ln.text)
            and is_furniture(p.text + " " + ln.text)
        ):
            b = (p.bbox[0], min(p.bbox[1], ln.bbox[1]), ln.bbox[2], max(p.bbox[3], ln.bbox[3]))
            del out[prev_i + 1 :]
            out[prev_i] = Line(p.text + " " + ln.text, page=p.page, bbox=b, size=p.size, bold=p.bold, font=p.font)
            continue
        out.append(ln)
    return out


def _join_hanging_marks(lines: list[Line]) -> list[Line]:
    """A closing mark that hangs past the end of a line spanning columns (a subtitle's ``》`` above
    the next column) can land in that column's leaf: a line of nothing but closing marks that touches
    the end of another line on its baseline, in its size, goes back to the end of that line."""
    lone = [
        i
        for i, ln in enumerate(lines)
        if ln.text and ln.bbox and ln.size and len(ln.text) <= 2 and all(c in _HANGING for c in ln.text)
    ]
    if not lone:
        return lines
    out = list(lines)
    gone: set[int] = set()
    for i in lone:
        m = out[i]
        for j, ln in enumerate(out):
            if (
                j != i
                and j not in gone
                and ln.text
                and ln.bbox
                and ln.page == m.page
                and ln.size == m.size
                and abs(ln.bbox[3] - m.bbox[3]) < 0.2 * m.size
                and abs(m.bbox[0] - ln.bbox[2]) < 0.3 * m.size
            ):
                b = (ln.bbox[0], min(ln.bbox[1], m.bbox[1]), m.bbox[2], max(ln.bbox[3], m.bbox[3]))
                out[j] = Line(ln.text + m.text, page=ln.page, bbox=b, size=ln.size, bold=ln.bold, font=ln.font)
                gone.add(i)
                break
    if not gone:
        return lines
    kept: list[Line] = []
    for i, ln in enumerate(out):
        if i in gone or (not ln.text and (not kept or not kept[-1].text)):
            continue  # (and no blank line left doubled where the mark was)
        kept.append(ln)
    while kept and not kept[-1].text:
        kept.pop()
    return kept


def chars_to_lines(chars: list[_Char], page: int = 1, infer_spaces: bool = True) -> list[Line]:
    """Characters of one page → lines in reading order (see the module docstring)."""
    ink = [c for c in chars if not c.ch.isspace()]
    if not ink:
        return []
    body = Counter(round(c.size * 2) / 2 for c in ink).most_common(1)[0][0]
    vgap = max(1.0, 0.35 * body)
    runs = _runs(chars, vgap, headline=1.3 * body)
    lead = _typical_leading_gap(runs, body)
    leaves: list[list[_Run]] = []
    gutter = _column_gutter(runs, body)
    wide = 1.5 * gutter if gutter else math.inf
    _xycut(runs, vgap, max(lead, 0.0) + 0.45 * body, leaves, body, wide=wide)
    seg_leaves = [sorted(_segments([c for r in lf for c in r.chars]), key=lambda s: (s.base, s.x0)) for lf in leaves]
    lines = segments_to_lines([lf for lf in seg_leaves if lf], lead, body, page, infer_spaces)
    return _join_hanging_marks(_join_furniture_rows(lines))


def lines_from_boxes(boxes: list[tuple], page: int = 1) -> list[Line]:
    """Lines in reading order from text boxes ``(text, x0, y0, x1, y1, size[, bold])`` (y down), e.g.
    from OCR.

    Each box is taken as one printed line; the same XY-cut and block breaks apply as for PDF text.
    """
    segs = [
        _Seg(
            [],
            x0,
            y0,
            x1,
            y1,
            y1 - 0.2 * (y1 - y0),
            round(size, 1),
            bool(bold[:1] and bold[0]),
            "",
            text=" ".join(t.split()),
        )
        for t, x0, y0, x1, y1, size, *bold in boxes
        if t.strip()
    ]
    if not segs:
        return []
    body = _body_size(segs, lambda s: len(s.text or ""))
    lead = _typical_leading_gap(segs, body)
    leaves: list[list[_Seg]] = []
    gutter = _column_gutter(segs, body)  # (articles side by side are cut apart first, as in PDF text)
    wide = 1.5 * gutter if gutter else math.inf
    _xycut(segs, max(1.0, 0.35 * body), max(lead, 0.0) + 0.45 * body, leaves, body, wide=wide)
    return _join_furniture_rows(
        segments_to_lines([sorted(lf, key=lambda s: (s.base, s.x0)) for lf in leaves], lead, body, page)
    )


def page_lines(page, number: int) -> list[Line]:
    """The lines of one ``pypdfium2.PdfPage`` in reading order, blank lines between text blocks."""
    return chars_to_lines(_page_chars(page), number)
