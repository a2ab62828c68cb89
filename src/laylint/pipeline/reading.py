"""Reading: a file (or the editor's text, or standard input) -> an Input the linter can trust:
bytes up to the size limit, the size on disk, the sidecar metadata, or why it could not be read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from laylint import metadata as metadatas

BINARY_SNIFF = 8000


@dataclass
class Input:
    display: str  # the path as reports show it
    data: bytes
    size: int  # bytes on disk; data holds only the first limit + 1 bytes of a too-large file
    sidecar_path: str | None = None
    sidecar_text: str | None = None
    read_error: str | None = None  # the file could not be read at all

    @property
    def whole(self) -> bool:
        return self.read_error is None and self.size == len(self.data)


def read_file(path: Path, limit: int, display: str | None = None) -> Input:
    """Past `limit` only limit + 1 bytes are read: a 5 GB export is refused without being loaded."""
    display = display or str(path)
    sidecar_path, sidecar_text = read_sidecar(str(path))
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
            size = len(data) if len(data) <= limit else max(os.fstat(handle.fileno()).st_size, len(data))
    except OSError as exc:  # a diagnostic, and the run goes on with the other files
        return Input(display, b"", 0, sidecar_path, sidecar_text, f"could not be read ({exc.strerror or exc})")
    return Input(display, data, size, sidecar_path, sidecar_text)


def from_bytes(display: str, data: bytes, summary_path: str | None = None) -> Input:
    """Text that is not (or not yet) a file on disk: standard input, an editor's buffer. Its
    sidecar is looked up beside `summary_path`, as `laylint check` would for the saved file."""
    return Input(display, data, len(data), *read_sidecar(summary_path))


def decode(data: bytes) -> tuple[str | None, int | None, str]:
    """(text, bad_byte_offset, reason). NUL bytes near the start mean a binary file."""
    if b"\0" in data[:BINARY_SNIFF]:
        return None, data.index(b"\0"), "looks like a binary file (NUL byte)"
    try:
        return data.decode("utf-8"), None, ""
    except UnicodeDecodeError as exc:
        return None, exc.start, f"is not valid UTF-8 ({exc.reason})"


def read_sidecar(summary: str | None) -> tuple[str | None, str | None]:
    """(path, text) of the summary's sidecar metadata, if it has one."""
    sidecar = metadatas.sidecar_for(summary) if summary else None
    if sidecar is None:
        return None, None
    try:
        text, _, _ = decode(sidecar.read_bytes())
    except OSError:
        return None, None
    return str(sidecar), text if text is not None else ""
