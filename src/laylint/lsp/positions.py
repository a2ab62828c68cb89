"""laylint positions (1-based lines, columns in code points, file offsets) -> LSP positions.

LSP positions are 0-based, with `character` counted in the negotiated encoding (UTF-16 unless the
client offers another). Lines break at \\r\\n, \\r or \\n, in both laylint and LSP.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

LINE_BREAK = re.compile(r"\r\n|\r|\n")
BOM = "\ufeff"


def code_units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)  # astral chars are surrogate pairs


class Positions:
    """Converts positions for one version of one document's text."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16):
        self.text, self.encoding = text, encoding
        # laylint drops a leading BOM before counting; the editor's text still has it.
        self.shift = 1 if text.startswith(BOM) else 0
        self.line_starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]

    def _line_text(self, index: int) -> str:
        start = self.line_starts[index]
        end = self.line_starts[index + 1] if index + 1 < len(self.line_starts) else len(self.text)
        return LINE_BREAK.sub("", self.text[start:end])

    def at_offset(self, offset: int) -> types.Position:
        """A laylint file offset (BOM removed) as an LSP position."""
        offset = max(0, min(offset + self.shift, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        line_text = self._line_text(index)
        return types.Position(index, code_units(line_text[: offset - self.line_starts[index]], self.encoding))

    def at(self, line: int, column: int) -> types.Position:
        """A laylint 1-based (line, column) as an LSP position, clamped to the document."""
        index = max(0, min(line - 1, len(self.line_starts) - 1))
        characters = max(0, column - 1) + (self.shift if index == 0 else 0)
        line_text = self._line_text(index)
        return types.Position(index, code_units(line_text[:characters], self.encoding))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(self.at(line, column), self.at(end_line, end_column))
