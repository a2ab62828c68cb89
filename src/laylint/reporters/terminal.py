"""What text formats share: escaping of control characters (a file's text, name or metadata must
never drive the terminal or forge a log line), display width, and ANSI colour."""

from __future__ import annotations

import os
import re
import unicodedata

# C0 and C1 controls and DEL; the bidirectional overrides and isolates (they reorder what follows
# on the line: "Trojan source"); lone surrogates (bytes of a file name that is not UTF-8).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """`text` with every control character written as an escape (`\\x1b`, `\\n`, `\\u202e`),
    except those in `keep` (a format that escapes them its own way)."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), str(text))


def char_width(char: str) -> int:
    """Terminal cells of one (already printable) character: 0 for combining marks, 2 for wide."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(c) for c in text)


def use_color(choice: str, stream) -> bool:
    """--color always|never|auto; auto honours NO_COLOR and FORCE_COLOR (no-color.org), then
    colours only a terminal that is not `dumb`."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


class Style:
    """ANSI styles, or nothing when colour is off (so plain output stays byte for byte the same)."""

    CODES = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "blue": "34", "cyan": "36",
             "bold_red": "1;31", "bold_yellow": "1;33", "bold_cyan": "1;36", "underline": "4"}
    SEVERITY = {"error": "bold_red", "warning": "bold_yellow", "info": "bold_cyan"}

    def __init__(self, color: bool):
        self.color = color

    def __call__(self, name: str, text: str) -> str:
        if not self.color or not text:
            return text
        return f"\x1b[{self.CODES[name]}m{text}\x1b[0m"

    def severity(self, severity: str, text: str | None = None) -> str:
        return self(self.SEVERITY.get(severity, "bold"), severity if text is None else text)
