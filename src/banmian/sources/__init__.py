"""Readers: each turns an input (text, PDF, image) into ``Line`` objects for ``reconstruct``."""

from banmian.sources.text import decode_text, text_to_lines

__all__ = ["decode_text", "text_to_lines"]
