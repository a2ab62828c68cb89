"""Visible text: what a reader sees, which is what the rules must read.

Zero-width and other format characters render as nothing, so "1\u200b9%" shows 19% while a naive
reader reads 1 and 9%. A right-to-left override or embedding reorders what follows it, so
"\u202e%91\u202c" shows 19%. The prose the rules read drops the invisible characters (each kept
character keeps its file offset) and blanks text inside a right-to-left override, embedding or
isolate (it is refused, never read in the wrong order). `hidden` finds what `text/hidden-characters`
reports: such characters inside a word or number, and every bidi control.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
RIGHT_TO_LEFT_OPENERS = frozenset("\u202b\u202e\u2067")  # RLE, RLO, RLI: what follows may be reordered
RUN_CLOSERS = frozenset("\u202c\u2069")  # PDF, PDI
JOINERS = frozenset("\u200c\u200d")  # ZWNJ and ZWJ spell words in Persian, Hindi...; join emoji
KEYCAP_AND_SELECTORS = frozenset("\u20e3") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))


def is_invisible(char: str) -> bool:
    """A format character (zero-width space, joiners, soft hyphen, BOM, bidi marks and controls)."""
    return unicodedata.category(char) == "Cf"


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def visible(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """(text, offsets) as a reader sees them: format characters and stray combining marks removed,
    right-to-left runs blanked (same length). Unchanged (the same objects) when there is nothing to do."""
    # each distinct non-ASCII character once (no ASCII character is a format character or a mark)
    if text.isascii() or not any(is_invisible(c) or _is_mark(c) for c in set(_NON_ASCII.findall(text))):
        return text, offsets
    chars, kept, blanking = [], [], False
    base = " "  # the last visible character a combining mark would sit on
    for char, offset in zip(text, offsets):
        if char in BIDI_CONTROLS:
            if char in RIGHT_TO_LEFT_OPENERS:
                blanking = True
            elif char in RUN_CLOSERS:
                blanking = False
            continue
        if is_invisible(char) or (_is_mark(char) and not base.isalpha() and char not in KEYCAP_AND_SELECTORS):
            continue
        chars.append(" " if blanking and not char.isspace() else char)
        kept.append(offset)
        if not _is_mark(char):
            base = char
    return "".join(chars), kept


@dataclass(frozen=True)
class Hidden:
    offset: int  # in the text scanned
    char: str
    where: str  # "a word", "a number", "the text" (a bidi control, reported anywhere)

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, "unnamed character").lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def hidden(text: str, start: int = 0, end: int | None = None) -> list[Hidden]:
    """The characters a reader cannot see (or that reorder what they see) in text[start:end]: bidi
    controls anywhere; other format characters and combining marks on a non-letter inside a word or number."""
    end = len(text) if end is None else end
    found = []
    for non_ascii in _NON_ASCII.finditer(text, start, end):  # ASCII holds nothing hidden: skip it in C, not char by char
        index, char = non_ascii.start(), non_ascii.group()
        if char in BIDI_CONTROLS:
            found.append(Hidden(index, char, "the text"))
            continue
        mark = _is_mark(char) and char not in KEYCAP_AND_SELECTORS
        if not (is_invisible(char) or mark):
            continue
        before, after = _neighbour(text, index, -1, start), _neighbour(text, index, 1, end)
        if mark:
            if before.isalpha():
                continue  # an accent on a letter
            if before.isalnum() or after.isalnum():
                found.append(Hidden(index, char, _where(before, after)))
            continue
        if not (before.isalnum() and after.isalnum() or _in_number(before, after)):
            continue
        if char in JOINERS and not (_latin_or_digit(before) and _latin_or_digit(after)):
            continue  # a joiner inside a Persian or Devanagari word is spelling
        found.append(Hidden(index, char, _where(before, after)))
    return found


def _neighbour(text: str, index: int, step: int, bound: int) -> str:
    """The nearest character in direction `step` that is not itself invisible or a mark ("" at the bound)."""
    index += step
    while (index >= bound if step < 0 else index < bound):
        char = text[index]
        if not (is_invisible(char) or _is_mark(char)):
            return char
        index += step
    return ""


def _in_number(before: str, after: str) -> bool:
    """Between a digit and its decimal point, separator or percent sign ("0.|4", "19|%")."""
    return bool(before and after) and (before.isdigit() and after in ".,%" or before in ".,-\u2212" and after.isdigit())


def _latin_or_digit(char: str) -> bool:
    return char.isdigit() or (char.isalpha() and ord(char) < 0x250)


def _where(before: str, after: str) -> str:
    return "a number" if before.isdigit() or after.isdigit() else "a word"
