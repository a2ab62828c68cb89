"""Reading: a file (or the editor's text, or standard input) -> an Input the linter can trust:
bytes up to the size limit, the size on disk, the sidecar metadata, or why it could not be read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from laylint import metadata as metadatas
from laylint import safe_files

BINARY_SNIFF = 8000


@dataclass
class Input:
    display: str  # the path as reports show it
    data: bytes
    size: int  # bytes on disk; data holds only the first limit + 1 bytes of a too-large file
    sidecar_path: str | None = None
    sidecar_text: str | None = None
    read_error: str | None = None  # the file could not be read at all
    abstract_path: str | None = None  # `<stem>.abstract.txt`/`.md`: the facts, or what backs the metadata
    abstract_text: str | None = None
    abstract_problem: str | None = None  # why the abstract sidecar could not be read
    sidecar_problem: str | None = None  # why the sidecar metadata could not be read

    @property
    def whole(self) -> bool:
        return self.read_error is None and self.size == len(self.data)


def read_file(path: Path, limit: int, display: str | None = None, roots=None) -> Input:
    """Past `limit` only limit + 1 bytes are read: a 5 GB export is refused without being loaded.
    `roots`: the folders a symlinked summary or sidecar may lead into (None: anywhere)."""
    display = display or str(path)
    sidecar = read_sidecar(str(path), roots)
    abstract = read_abstract_sidecar(str(path), roots)
    try:
        with safe_files.open_regular(path, roots) as handle:
            data = handle.read(limit + 1)
            size = len(data) if len(data) <= limit else max(os.fstat(handle.fileno()).st_size, len(data))
    except safe_files.Refused as exc:  # a diagnostic, and the run goes on with the other files
        return Input(display, b"", 0, read_error=exc.reason, **sidecar, **abstract)
    except OSError as exc:
        return Input(display, b"", 0, read_error=f"could not be read ({exc.strerror or exc})", **sidecar, **abstract)
    return Input(display, data, size, **sidecar, **abstract)


def from_bytes(display: str, data: bytes, summary_path: str | None = None) -> Input:
    """Text that is not (or not yet) a file on disk: standard input, an editor's buffer. Its
    sidecar is looked up beside `summary_path`, as `laylint check` would for the saved file."""
    roots = [safe_files.repository_root(summary_path)] if summary_path else None
    sidecar = read_sidecar(summary_path, roots)
    abstract = read_abstract_sidecar(summary_path, roots)
    return Input(display, data, len(data), **sidecar, **abstract)


def decode(data: bytes) -> tuple[str | None, int | None, str]:
    """(text, bad_byte_offset, reason). NUL bytes near the start mean a binary file."""
    if b"\0" in data[:BINARY_SNIFF]:
        return None, data.index(b"\0"), "looks like a binary file (NUL byte)"
    try:
        return data.decode("utf-8"), None, ""
    except UnicodeDecodeError as exc:
        return None, exc.start, f"is not valid UTF-8 ({exc.reason})"


SIDECAR_SUFFIXES = (".source.yaml", ".source.yml")


def read_sidecar(summary: str | None, roots=None) -> dict:
    """Input fields for the summary's sidecar metadata, if it has one: a sidecar that cannot be
    read (a FIFO, a device, a link out of the repository, too large) is a problem, not silence."""
    if not summary or summary == "-":
        return {"sidecar_path": None}
    sidecar = metadatas.sidecar_for(summary) or _special_sidecar(Path(summary))
    if sidecar is None:
        return {"sidecar_path": None}
    try:
        data = safe_files.read_capped(sidecar, safe_files.MAX_SETUP_BYTES, roots)
    except safe_files.Refused as exc:
        return {"sidecar_path": str(sidecar), "sidecar_problem": f"the sidecar {exc.reason}; not read"}
    text, _, _ = decode(data)
    return {"sidecar_path": str(sidecar), "sidecar_text": text if text is not None else ""}


def _special_sidecar(summary: Path) -> Path | None:
    """A `<stem>.source.yaml` that exists but is no regular file (sidecar_for looks for files only)."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = summary.with_name(summary.stem + suffix)
        if os.path.lexists(candidate):
            return candidate
    return None


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


def read_abstract_sidecar(summary: str | None, roots=None) -> dict:
    """Input fields for the summary's abstract sidecar, if it has one (read up to a size limit)."""
    abstract = abstract_for(summary)
    if abstract is None:
        return {}
    try:
        with safe_files.open_regular(abstract, roots) as handle:
            data = handle.read(MAX_ABSTRACT_BYTES + 1)
    except safe_files.Refused as exc:
        return {"abstract_path": str(abstract), "abstract_problem": exc.reason}
    except OSError as exc:
        return {"abstract_path": str(abstract), "abstract_problem": f"could not be read ({exc.strerror or exc})"}
    if len(data) > MAX_ABSTRACT_BYTES:
        return {"abstract_path": str(abstract), "abstract_problem": f"larger than {MAX_ABSTRACT_BYTES:,} bytes, too large to be an abstract"}
    text, bad, reason = decode(data)
    if text is None:
        return {"abstract_path": str(abstract), "abstract_problem": f"{reason} at byte {bad}"}
    return {"abstract_path": str(abstract), "abstract_text": text.lstrip("\ufeff")}
