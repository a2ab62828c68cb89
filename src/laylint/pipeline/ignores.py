"""`--add-ignores` (like ruff's --add-noqa): an inline control for each line that has problems today.

Before a line that starts a paragraph or heading (the line before it is blank, the front matter's
closing fence, or there is none) the comment goes on a line of its own:

    <!-- laylint-disable-next-line jargon/term readability/hard-sentence -->

An existing `laylint-disable-next-line` comment there gets the new ids. A document problem (the
reading grade, a missing limitations passage: reported at a line that stands for the whole file)
gets `<!-- laylint-disable-file RULE -->` at the top of the body instead, since the line it is
reported at moves when the text changes. Elsewhere (a paragraph's
second line, a list item, a block quote) a comment line would split the block, so the comment is
put at the end of the line instead, as `<!-- laylint-disable-line ... -->`. Nothing is added in
the front matter, in table rows or in plain-text files (which have no inline controls): those
problems are counted as left for the baseline. Files are written as --fix writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from laylint.document import MARKDOWN_SUFFIXES, split_front_matter
from laylint.pipeline.fixes import BOM, FileFix

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_NEXT_LINE = re.compile(r"^(\s*<!--\s*laylint-disable-next-line\b)(.*?)(\s*-->\s*)$")
_FILE = re.compile(r"^(\s*<!--\s*laylint-disable-file\b)(.*?)(\s*-->\s*)$")
_BLOCK_START = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|[^\s|>*+\-\d])")  # a heading or plain paragraph text
_ORDERED_ITEM = re.compile(r"^ {0,3}\d{1,9}[.)](?:\s|$)")


@dataclass
class Added(FileFix):
    skipped: int = 0  # problems no comment could cover (front matter, table rows, plain text)


def comment(ids, next_line: bool = True, action: str | None = None) -> str:
    action = action or ("next-line" if next_line else "line")
    return f"<!-- laylint-disable-{action} {' '.join(sorted(ids))} -->"


def _ids_of(match) -> set[str]:
    return set(re.split(r"[\s,]+", match.group(2).strip())) - {""}


def add_file_controls(lines: list[str], ids: set[str], first_body_line: int, newline: str) -> list[str]:
    """A `laylint-disable-file` comment for `ids` at the top of the body (merged into one there)."""
    lines = list(lines)
    index = first_body_line - 1
    existing = _FILE.match(lines[index].rstrip("\r\n")) if index < len(lines) else None
    if existing:
        if _ids_of(existing):  # (no ids: it already covers every rule)
            lines[index] = comment(_ids_of(existing) | ids, action="file") + _ending(lines[index])[1]
    else:
        lines.insert(index, comment(ids, action="file") + newline)
    return lines


def _ending(line: str) -> tuple[str, str]:
    body = line.rstrip("\r\n")
    return body, line[len(body):]


def _is_blank(line: str | None) -> bool:
    return line is None or not line.strip()


def edit_lines(lines: list[str], wanted: dict[int, set[str]], first_body_line: int, newline: str) -> tuple[list[str], set[int]]:
    """(new lines, the line numbers no comment could cover) for `wanted`: 1-based line -> rule ids.
    `lines` keep their endings; lines before `first_body_line` are front matter."""
    lines = list(lines)
    skipped = set()
    for number in sorted(wanted, reverse=True):  # bottom up: insertions do not move the lines still to do
        ids, index = wanted[number], number - 1
        if number < first_body_line or index >= len(lines):
            skipped.add(number)
            continue
        body, ending = _ending(lines[index])
        previous = lines[index - 1] if index > 0 else None
        merged = _NEXT_LINE.match(previous.rstrip("\r\n")) if previous is not None else None
        if merged:
            old = _ids_of(merged)
            if old:  # (no ids: it already covers every rule)
                lines[index - 1] = comment(old | ids) + _ending(previous)[1]
        elif body.lstrip().startswith("|"):
            skipped.add(number)  # a comment would break the table
        elif (_is_blank(previous) or number == first_body_line) and _BLOCK_START.match(body) \
                and not _ORDERED_ITEM.match(body):
            lines.insert(index, comment(ids) + (ending or newline))
        else:
            stripped = body.rstrip()
            lines[index] = f"{stripped} {comment(ids, next_line=False)}{body[len(stripped):]}{ending}"
    return lines, skipped


def add_to_file(path: Path, linted: bytes, diagnostics) -> Added:
    """The file with ignore comments for these diagnostics (those on this file)."""
    own = [d for d in diagnostics if Path(d.path) == Path(path) or d.path == str(path)]
    others = len(diagnostics) - len(own)  # in the sidecar: nothing to put a comment in
    if not own:
        return Added(path, linted, linted, 0, others)
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return Added(path, linted, linted, 0, len(diagnostics))
    with open(path, "rb") as stream:
        current = stream.read()
    if current != linted:  # changed on disk since it was checked: leave it alone
        return Added(path, current, current, 0, len(diagnostics))
    text = linted.decode("utf-8")
    bom = BOM if text.startswith(BOM) else ""
    fixed, covered = edit_text(text[len(bom):], own)
    return Added(path, linted, (bom + fixed).encode("utf-8"), covered, len(diagnostics) - covered)


def edit_text(text: str, diagnostics) -> tuple[str, int]:
    """(the Markdown text with controls for these diagnostics of it, how many they cover)."""
    front = split_front_matter(text)
    first_body_line = len(_LINE.findall(text[:front.end_offset])) + 1 if front else 1
    newline = "\r\n" if "\r\n" in text else "\n"
    wanted: dict[int, set[str]] = {}
    whole_file = {d.rule for d in diagnostics if d.scope == "document" and d.line >= first_body_line}
    for d in diagnostics:
        if d.rule not in whole_file:
            wanted.setdefault(d.line, set()).add(d.rule)
    lines = _LINE.findall(text)
    new_lines, skipped = edit_lines(lines, wanted, first_body_line, newline)
    if whole_file:
        new_lines = add_file_controls(new_lines, whole_file, first_body_line, newline)
    covered = sum(d.rule in whole_file or d.line not in skipped for d in diagnostics)
    return "".join(new_lines), covered


def changed_lines(before: str, after: str) -> tuple[int, int, str]:
    """The smallest run of whole lines that turns `before` into `after`: (first line, end line,
    both 0-based, end exclusive, in `before`) and the text that replaces them (for an editor's edit)."""
    old, new = _LINE.findall(before), _LINE.findall(after)
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    return start, end_old, "".join(new[start:end_new])
