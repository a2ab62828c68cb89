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
    abstract_path: str | None = None  # `<stem>.abstract.txt`/`.md`, when there is no `<stem>.source.yaml`
    abstract_text: str | None = None
    abstract_problem: str | None = None  # why the abstract sidecar could not be read

    @property
    def whole(self) -> bool:
        return self.read_error is None and self.size == len(self.data)


def read_file(path: Path, limit: int, display: str | None = None) -> Input:
    """Past `limit` only limit + 1 bytes are read: a 5 GB export is refused without being loaded."""
    display = display or str(path)
    sidecar_path, sidecar_text = read_sidecar(str(path))
    abstract = read_abstract_sidecar(str(path)) if sidecar_path is None else {}
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
            size = len(data) if len(data) <= limit else max(os.fstat(handle.fileno()).st_size, len(data))
    except OSError as exc:  # a diagnostic, and the run goes on with the other files
        return Input(display, b"", 0, sidecar_path, sidecar_text, f"could not be read ({exc.strerror or exc})", **abstract)
    return Input(display, data, size, sidecar_path, sidecar_text, **abstract)


def from_bytes(display: str, data: bytes, summary_path: str | None = None) -> Input:
    """Text that is not (or not yet) a file on disk: standard input, an editor's buffer. Its
    sidecar is looked up beside `summary_path`, as `laylint check` would for the saved file."""
    sidecar_path, sidecar_text = read_sidecar(summary_path)
    abstract = read_abstract_sidecar(summary_path) if sidecar_path is None else {}
    return Input(display, data, len(data), sidecar_path, sidecar_text, **abstract)


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


ABSTRACT_SUFFIXES = (".abstract.txt", ".abstract.md")
MAX_ABSTRACT_BYTES = 1_000_000


def abstract_for(summary: str | None) -> Path | None:
    """`<stem>.abstract.txt` (or `.md`) beside the summary: the study's abstract, to draft facts from."""
    if not summary or summary == "-":
        return None
    path = Path(summary)
    if path.name.endswith(ABSTRACT_SUFFIXES + (".source.yaml", ".source.yml")):
        return None  # an abstract or a sidecar is not a summary with an abstract
    for suffix in ABSTRACT_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_abstract_sidecar(summary: str | None) -> dict:
    """Input fields for the summary's abstract sidecar, if it has one (read up to a size limit)."""
    abstract = abstract_for(summary)
    if abstract is None:
        return {}
    try:
        with abstract.open("rb") as handle:
            data = handle.read(MAX_ABSTRACT_BYTES + 1)
    except OSError as exc:
        return {"abstract_path": str(abstract), "abstract_problem": f"could not be read ({exc.strerror or exc})"}
    if len(data) > MAX_ABSTRACT_BYTES:
        return {"abstract_path": str(abstract), "abstract_problem": f"larger than {MAX_ABSTRACT_BYTES:,} bytes, too large to be an abstract"}
    text, bad, reason = decode(data)
    if text is None:
        return {"abstract_path": str(abstract), "abstract_problem": f"{reason} at byte {bad}"}
    return {"abstract_path": str(abstract), "abstract_text": text.lstrip("\ufeff")}
