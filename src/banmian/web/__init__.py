"""Web reader and JSON API over the archive (``banmian serve``); needs ``pip install 'banmian[web]'``."""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(archive_url: str | None = None, token: str | None = None, **kwargs):
    """The FastAPI application over an archive; see :func:`banmian.web.app.create_app`."""
    from banmian.web.app import create_app as _create

    return _create(archive_url, token, **kwargs)
