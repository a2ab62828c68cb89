"""Report paths: relative to the report's root, with forward slashes (shared by the CI formats)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

STDIN = "-"


def absolute(path: str) -> Path:
    return Path(path).absolute()


def relative(path: str, root: Path) -> str | None:
    """`path` relative to `root` in POSIX form, or None when it lies outside the root."""
    if path == STDIN:
        return path
    try:
        return absolute(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return None


def display(path: str, root: Path) -> str:
    """Relative to the root when inside it, else absolute; always forward slashes."""
    inside = relative(path, root)
    return inside if inside is not None else absolute(path).resolve().as_posix()


def uri(path: str, root: Path) -> tuple[str, bool]:
    """(URI, is_relative): a percent-encoded relative reference, or a file: URI outside the root."""
    inside = relative(path, root)
    if inside is not None:
        return quote(os.fsencode(inside), safe="/"), True  # bytes: a non-UTF-8 file name is %-encoded
    return absolute(path).resolve().as_uri(), False


def utf8_safe(text: str) -> str:
    """`text` as valid UTF-8: the bytes of a file name that is not UTF-8 (surrogate-escaped
    characters) become %XX, as in SARIF's percent-encoded URIs; other text is unchanged."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return "".join(f"%{ord(char) - 0xDC00:02X}" if "\udc80" <= char <= "\udcff" else char for char in text)
