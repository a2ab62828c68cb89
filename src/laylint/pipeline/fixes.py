"""`--fix`: apply the safe replacements rules offer, and only those.

Fix offsets index the decoded file with its BOM removed (the document model's `source`), so CRLF
files keep their line endings. Fixes that overlap an earlier one, touch the front matter or span a
block break are skipped. A file is rewritten only when its text changed, via a temp file and
os.replace, so a kill mid-run leaves it either old or new.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from laylint.atomic import write_atomically
from laylint.document import MARKDOWN_SUFFIXES, split_front_matter

BOM = "\ufeff"
_BLOCK_BREAK = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass
class FileFix:
    path: Path
    before: bytes
    after: bytes
    applied: int  # how many fixes

    @property
    def changed(self) -> bool:
        return self.before != self.after


def safe_fixes(diagnostics) -> list:
    """Safe fixes, sorted and de-duplicated (two rules may offer the same one)."""
    return sorted({d.fix for d in diagnostics if d.fix is not None and d.fix.safe},
                  key=lambda f: (f.start, f.end, f.replacement))


def apply_to_text(text: str, fixes, markdown: bool = True) -> tuple[str, int]:
    """(new text, fixes applied). `text` is the decoded file without its BOM."""
    front = split_front_matter(text) if markdown else None
    body_start = front.end_offset if front else 0
    pieces, cursor, applied = [], 0, 0
    for fix in fixes:
        if fix.start < max(cursor, body_start) or fix.end < fix.start or fix.end > len(text):
            continue
        if _BLOCK_BREAK.search(text, fix.start, fix.end) or text[fix.start:fix.end] == fix.replacement:
            continue
        pieces += [text[cursor:fix.start], fix.replacement]
        cursor, applied = fix.end, applied + 1
    pieces.append(text[cursor:])
    return "".join(pieces), applied


def fix_file(path: Path, linted: bytes, diagnostics) -> FileFix:
    """The fixed bytes of one file. `linted` is what was linted; if the file changed since, no fix."""
    fixes = safe_fixes(diagnostics)
    if not fixes:
        return FileFix(path, linted, linted, 0)
    with open(path, "rb") as stream:
        current = stream.read()
    if current != linted:
        return FileFix(path, current, current, 0)
    text = linted.decode("utf-8")
    bom = BOM if text.startswith(BOM) else ""
    fixed, applied = apply_to_text(text[len(bom):], fixes, path.suffix.lower() in MARKDOWN_SUFFIXES)
    return FileFix(path, linted, (bom + fixed).encode("utf-8"), applied)


def unified_diff(fix: FileFix, display: str) -> str:
    before, after = _lines(fix.before.decode("utf-8")), _lines(fix.after.decode("utf-8"))
    lines = difflib.unified_diff(before, after, fromfile=f"a/{display}", tofile=f"b/{display}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


def _lines(text: str) -> list[str]:
    """Lines with their endings; only CR, LF and CRLF end a line (not str.splitlines' extras)."""
    return _LINE.findall(text)


class FixRefused(Exception):
    """A fixed file left as it is, and why (a notice, not an error: the other files are fixed)."""


def write_fixed(path: Path, data: bytes, expected: bytes | None = None, roots=None) -> None:
    """Replace the file's bytes, through a symlink only to a target inside `roots`, keeping its mode
    and owner. Refused (FixRefused): a file that changed since it was linted (`expected`), a hard-linked
    file (a rename would split it from its other names), a read-only file, a link out of `roots`."""
    from laylint import safe_files

    if roots is not None and safe_files.escapes(path, roots):
        raise FixRefused(safe_files.OUTSIDE)
    path = Path(os.path.realpath(path))  # through a symlink to its target, keeping the link
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise FixRefused("is not a regular file")
    if info.st_nlink > 1:
        raise FixRefused("has other hard links (a rewrite would split them)")
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise FixRefused("is read-only")
    if expected is not None:  # checked right before the rename: an edit saved during the run wins
        with open(path, "rb") as stream:
            if stream.read(len(expected) + 1) != expected:
                raise FixRefused("changed on disk since it was checked")
    owner = (info.st_uid, info.st_gid)
    if hasattr(os, "geteuid") and owner != (os.geteuid(), os.getegid()) and os.geteuid() != 0:
        raise FixRefused("is owned by another user (a rewrite would change its owner)")
    write_atomically(path, data, mode=stat.S_IMODE(info.st_mode), durable=True, owner=owner)
