"""What a diagnostic is about, as a short hash that does not move when lines move.

The fingerprint of a line problem is a hash of its rule and of the text it points at (the span,
or its whole line when the span is a character or two, as for a problem reported at a YAML key),
with runs of white space collapsed; it never uses the line number, the column or the message.
A document problem (scope: document, such as the reading grade or a missing limitations passage)
is reported at a place that stands for the whole file (the title, the last line), so its
fingerprint is its rule and its message with every number and quotation taken out ("Reading
grade 11.1 ... hardest sentences at 34:219" keeps its key when the grade or the lines change). Moving paragraphs
around, or adding text elsewhere, keeps every key; editing the flagged words changes it.

Two problems of one rule on identical text in one file share a fingerprint; the baseline counts
them, and SARIF's partialFingerprints add the occurrence number (`occurrences`).
"""

from __future__ import annotations

import hashlib
import re

VERSION = "1"  # part of every hash: bump it when the recipe changes (old baselines then report all)
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Quoted text in a document problem's message names a place that moves ("states figures ('10%')"
# quotes the first figure, which changes when paragraphs are reordered).
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\u2018[^\u2019]*\u2019|\u201c[^\u201d]*\u201d")
MIN_SPAN = 3  # characters; a shorter span is fingerprinted by its whole line


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


class Lines:
    """A file's text, addressed by 1-based line and column (code points), as diagnostics are."""

    def __init__(self, text: str):
        self.text = text[1:] if text.startswith("\ufeff") else text
        self.starts = _line_starts(self.text)

    def offset(self, line: int, column: int) -> int:
        line = max(1, min(line, len(self.starts)))
        return min(self.starts[line - 1] + max(column, 1) - 1, len(self.text))

    def line(self, line: int) -> str:
        line = max(1, min(line, len(self.starts)))
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[self.starts[line - 1]:end].rstrip("\r\n")

    def span(self, d) -> str:
        start, end = self.offset(d.line, d.column), self.offset(d.end_line, d.end_column)
        text = _SPACE.sub(" ", self.text[start:end]).strip()
        if len(text) < MIN_SPAN:
            text = _SPACE.sub(" ", self.line(d.line)).strip()
        return text


def of(rule: str, text: str) -> str:
    return hashlib.sha256(f"{VERSION}\0{rule}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def assign(diagnostics, texts: dict[str, str]) -> list:
    """The diagnostics with their fingerprints; `texts` maps a path to its decoded text (the
    summary, its sidecar). A diagnostic on a file without text is keyed by its rule alone."""
    lines = {path: Lines(text) for path, text in texts.items() if text is not None}
    out = []
    for d in diagnostics:
        if d.scope == "document":
            text = _SPACE.sub(" ", _NUMBER.sub("", _QUOTED.sub("''", d.message)))
        else:
            where = lines.get(d.path)
            text = where.span(d) if where else ""
        out.append(_with_fingerprint(d, of(d.rule, text)))
    return out


def _with_fingerprint(d, fingerprint: str):
    """dataclasses.replace(d, fingerprint=fingerprint) at a third of its cost: a frozen dataclass's
    __init__ sets every field through object.__setattr__ (Diagnostic has no __post_init__ to skip)."""
    new = object.__new__(type(d))
    new.__dict__.update(d.__dict__, fingerprint=fingerprint)
    return new


def occurrences(diagnostics) -> list[int]:
    """For each diagnostic (in report order), how many before it in its file share its rule and
    fingerprint: with the fingerprint, a key that is unique and stable under line moves."""
    seen: dict[tuple, int] = {}
    out = []
    for d in diagnostics:
        key = (d.path, d.rule, d.fingerprint)
        out.append(seen.get(key, 0))
        seen[key] = out[-1] + 1
    return out
