"""Archive records → template contexts, and page images (PDF pages rendered with PDFium, scans served as stored)."""

from __future__ import annotations

import struct
import zlib
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from banmian.web import views


class CannotRender(Exception):
    """A page's stored source cannot be shown as an image (one-line reason)."""


_IMAGE_TYPES = {
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF8": "image/gif",
    b"BM": "image/bmp",
}


def kind_cn(kind: str | None, source: str | None = None) -> str:
    if kind == "file":
        return "PDF" if (source or "").lower().endswith(".pdf") else "扫描图像"
    return {"text": "文本", "records": "结构化记录"}.get(kind or "", kind or "")


def _is_pdf(name: str, data: bytes) -> bool:
    return data[:5] == b"%PDF-" or name.lower().endswith(".pdf")


def _png(width: int, height: int, rows: bytes, stride: int, channels: int) -> bytes:
    """A PNG from raw 8-bit rows (no Pillow needed): filter byte 0 before each row, one zlib stream."""
    line = width * channels
    raw = b"".join(b"\x00" + rows[y * stride : y * stride + line] for y in range(height))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)

    colour = {1: 0, 3: 2, 4: 6}[channels]
    head = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def page_image(name: str, data: bytes, index: int, width: int) -> tuple[bytes, str]:
    """(image bytes, media type) of one stored page: a PDF page rendered ``width`` pixels wide, or a scan as is."""
    if _is_pdf(name, data):
        try:
            import pypdfium2 as pdfium
        except ImportError:
            raise CannotRender("rendering PDF pages needs pypdfium2") from None
        try:
            pdf = pdfium.PdfDocument(data)
        except Exception as e:  # PDFium raises its own error types for broken files
            raise CannotRender(f"the stored PDF cannot be opened: {e}") from None
        try:
            if not 0 <= index < len(pdf):
                raise CannotRender(f"the stored PDF has no page {index + 1}")
            page = pdf[index]
            w_pt, _ = page.get_size()
            bitmap = page.render(scale=width / w_pt, rev_byteorder=True)
            try:
                channels = bitmap.n_channels
                png = _png(bitmap.width, bitmap.height, bytes(bitmap.buffer), bitmap.stride, channels)
            finally:
                bitmap.close()
                page.close()
        finally:
            pdf.close()
        return png, "image/png"
    for magic, media in _IMAGE_TYPES.items():
        if data.startswith(magic):
            return data, media
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return data, "image/webp"
    try:  # TIFF and the like: browsers cannot show them, so convert when Pillow is present
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            im.thumbnail((width, width * 4))
            out = io.BytesIO()
            im.convert("RGB").save(out, "PNG")
            return out.getvalue(), "image/png"
    except Exception:
        raise CannotRender("the stored scan is in a format browsers cannot show") from None


def _image_pixels(data: bytes) -> tuple[float, float] | None:
    """Width and height of a PNG or JPEG from its header (no Pillow needed)."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return float(w), float(h)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return float(w), float(h)
            (seg,) = struct.unpack(">H", data[i + 2 : i + 4])
            i += 2 + seg
        return None
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            return float(im.width), float(im.height)
    except Exception:
        return None


def source_size(name: str, data: bytes, index: int) -> tuple[float, float] | None:
    """The page's size in the units its regions use: PDF points for PDFs, pixels for scans."""
    if _is_pdf(name, data):
        try:
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(data)
            try:
                return tuple(pdf[index].get_size()) if 0 <= index < len(pdf) else None
            finally:
                pdf.close()
        except Exception:
            return None
    return _image_pixels(data)


def page_context(p: dict[str, Any], size: tuple[float, float] | None) -> dict[str, Any]:
    """What page.html shows: the page, its articles with colours and region boxes, the raw text coloured."""
    arts = []
    for i, a in enumerate(p["articles"]):
        boxes = views.region_boxes(a.get("region") or [], (p.get("source_index") or 0) + 1, *size) if size else []
        arts.append({**a, "n": i + 1, "color": i % views.N_COLOURS, "url": views.article_url(a["id"]), "boxes": boxes})
    raw_lines = views.colour_raw_lines(p.get("raw_text") or "", arts, p.get("furniture") or [])
    image = p["kind"] == "file" and p.get("has_source_file")
    return {
        **p,
        "articles": arts,
        "raw_lines": raw_lines,
        "image_url": f"/p/{p['id']}/image.png" if image else None,
        "width": size[0] if size else 0,
        "height": size[1] if size else 0,
        "date_cn": views.date_cn(p["date"]),
        "paper_url": views.paper_url(p["newspaper"]),
        "issue_url": views.issue_url(p["newspaper"], p["date"], p.get("edition") or None),
        "prev": f"/p/{p['prev_page_id']}" if p.get("prev_page_id") else None,
        "next": f"/p/{p['next_page_id']}" if p.get("next_page_id") else None,
        "kind_cn": kind_cn(p["kind"], p.get("source")),
        "source": (p.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1],
    }


def article_context(a: dict[str, Any], url: str) -> dict[str, Any]:
    """What article.html shows: the article, where it is, continuation links, entities and a citation."""
    local = None
    if a.get("page_id") is not None:
        local = a["id"]

    def cont_url(c: dict[str, Any] | None) -> str | None:
        return f"/p/{c['page_id']}" if c and c.get("page_id") else None

    return {
        **a,
        "local_id": local,
        "date_cn": views.date_cn(a["date"]),
        "paper_url": views.paper_url(a["newspaper"]),
        "issue_url": views.issue_url(a["newspaper"], a["date"], a.get("edition") or None),
        "page_url": f"/p/{a['page_id']}",
        "continued_from_url": cont_url(a.get("continued_from")),
        "continues_to_url": cont_url(a.get("continues_to")),
        "entity_groups": views.entity_groups(a.get("entities"), a.get("newspaper")),
        "citation": views.citation(a, a["newspaper"], a["date"], a["page"], url),
    }


MONTH_CN = "{}年{}月"


def _month_label(v: str) -> str:
    try:
        y, m = v.split("-")
        return MONTH_CN.format(int(y), int(m))
    except ValueError:
        return v


def search_context(
    params: dict[str, Any], result, p: int, per_page: int, error: str | None, max_page: int | None = None
) -> dict[str, Any]:
    """search.html's context: hits with marked snippets, facet links, active filters, pagination (up to
    ``max_page``; past the counted total when it is a lower bound), export links."""
    clean = {k: v for k, v in params.items() if v not in (None, "")}

    def link(path: str = "/search", **changes: Any) -> str:
        d = {**clean, **changes}
        d = {k: v for k, v in d.items() if v not in (None, "")}
        return path + ("?" + urlencode(d) if d else "")

    facets = []
    if result is not None and result.facets:
        spec = [
            ("newspaper", "报纸", "newspaper"),
            ("month", "年月", None),
            ("page", "版次", "page"),
            ("author", "作者", "author"),
            ("person", "人物", "person"),
            ("place", "地点", "place"),
            ("organization", "机构", "organization"),
        ]
        for key, label, param in spec:
            values = []
            for f in result.facets.get(key) or []:
                v = f["value"]
                if param:
                    selected = str(clean.get(param, "")) == str(v)
                    url = link(**{param: None if selected else v, "p": None})
                    shown = f"第 {v} 版" if key == "page" else str(v)
                else:
                    selected = clean.get("from") == v and clean.get("to") == v
                    url = link(**({"from": None, "to": None} if selected else {"from": v, "to": v}), p=None)
                    shown = _month_label(str(v))
                values.append({"label": shown, "count": f["count"], "url": url, "selected": selected})
            facets.append({"label": label, "values": values})
    active = []
    names = {"newspaper": "报纸", "from": "从", "to": "到", "page": "版次", "author": "作者"}
    names.update(person="人物", place="地点", organization="机构")
    for k, name in names.items():
        if k in clean:
            active.append({"label": f"{name}：{clean[k]}", "url": link(**{k: None, "p": None})})
    hits = []
    total = result.total if result is not None else 0
    if result is not None:
        for h in result.hits:
            hits.append(
                {
                    "url": views.article_url(h.article_id),
                    "title": h.title,
                    "newspaper": h.newspaper,
                    "date": h.date,
                    "page": h.page,
                    "byline": "、".join(h.authors) if h.authors else None,
                    "snippet": Markup(h.snippet_html("mark")),  # the archive escapes the text and adds only <mark>
                }
            )
    exact = result is None or result.total_exact
    pag = views.pagination(
        total, p, per_page, lambda n: link(p=n if n > 1 else None), more=not exact, max_page=max_page
    )
    first = (pag["page"] - 1) * per_page + 1 if total else 0
    export_q = {k: v for k, v in clean.items() if k != "p"}
    return {
        "q": params.get("q") or "",
        "searched": result is not None,
        "error": error,
        "total": total,
        "total_exact": exact,  # false: counting stopped, "at least"
        "count_url": None if exact else link(exact_count=1),  # count every match (slower on a large archive)
        "facets_exact": result is None or result.facets_exact,  # false: facets count a sample, the newest matches
        "facets_counted": result.facets_counted if result is not None else 0,
        "relaxed": bool(result is not None and result.relaxed),
        "first": first,
        "last": min(total, first + len(hits) - 1) if total else 0,
        "hits": hits,
        "facets": facets,
        "active": active,
        "hidden": [(k, v) for k, v in clean.items() if k not in ("q", "p", "exact_count")],  # a new search: capped
        "date_from": clean.get("from", ""),
        "date_to": clean.get("to", ""),
        "pages": pag["pages"],
        "prev_url": pag["prev_url"],
        "next_url": pag["next_url"],
        "export_jsonl": "/api/export?" + urlencode({**export_q, "format": "jsonl"}),
        "export_csv": "/api/export?" + urlencode({**export_q, "format": "csv"}),
    }
