"""Security helpers of the web reader: bearer tokens, CSRF tokens and upload checks.

Reading is open to anyone; changing the archive needs the token (``BANMIAN_TOKEN``).  Tokens are compared with
``hmac.compare_digest`` so response timing does not leak how much of a guess was right.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from banmian.pipeline import IMAGE_SUFFIXES, PDF_SUFFIXES

CSRF_COOKIE = "banmian_csrf"
CSRF_FIELD = "csrf_token"
TOKEN_COOKIE = "banmian_token"

UPLOAD_SUFFIXES = {".txt", ".text"} | PDF_SUFFIXES | IMAGE_SUFFIXES
MB = 1024 * 1024
MAX_UPLOAD_BYTES = 25 * MB  # one page PDF or scan; a whole-issue PDF of 20 pages fits too
MAX_UPLOAD_FILES = 50

# Magic numbers of the binary types we accept: a file named .pdf must be a PDF, and so on.
_MAGIC = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".bmp": (b"BM",),
    ".webp": (b"RIFF",),
}


def token_matches(expected: str | None, given: str | None) -> bool:
    """True when a token is configured and ``given`` equals it; constant time in the token's content."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


class Csrf:
    """Signed double-submit CSRF tokens.

    The browser gets a cookie holding ``nonce.signature``; every form carries the same value in a hidden field.
    A forged cross-site post cannot read the cookie to copy it into the form, and cannot mint a cookie of its
    own (e.g. from a sibling subdomain) because the signature needs this server's secret.
    """

    def __init__(self, secret: bytes | None = None):
        self.secret = secret or secrets.token_bytes(32)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode("ascii"), hashlib.sha256).hexdigest()

    def new_token(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        if not token or "." not in token:
            return False
        nonce, _, sig = token.partition(".")
        try:
            expected = self._sign(nonce)
        except UnicodeEncodeError:
            return False
        return hmac.compare_digest(expected.encode("ascii"), sig.encode("ascii", "replace"))

    def check(self, cookie: str | None, field: str | None) -> bool:
        """The form field matches the cookie and both carry this server's signature."""
        if not cookie or not field:
            return False
        return hmac.compare_digest(cookie.encode("utf-8"), field.encode("utf-8")) and self.valid(cookie)


def upload_problem(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> str | None:
    """Why an uploaded file is refused (one line), or None when it may be parsed."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        allowed = ", ".join(sorted(UPLOAD_SUFFIXES))
        return f"file type {suffix or '(none)'} is not accepted (allowed: {allowed})"
    if not data:
        return "the file is empty"
    if len(data) > max_bytes:
        return f"the file is {len(data) / MB:.1f} MB, over the {max_bytes / MB:.0f} MB limit"
    magic = _MAGIC.get(suffix)
    if magic and not any(data.startswith(m) for m in magic):
        return f"the file is named {suffix} but its content is not a {suffix[1:].upper()} file"
    return None
