"""The `full` text format (the default on a terminal), like ruff's: each problem's line of source
with a caret under the span, the suggestion, the fix, and the rule's documentation page.

    examples/anti-cd20.md:32:9: warning jargon/term 'anti-CD20' is medical or research jargon; ...
       |
    32 | # Anti-CD20 treatments can lead to low immune levels in people with MS
       |   ^^^^^^^^^
       = suggestion: medicine that lowers some immune cells
       = docs: https://.../rules/jargon/term.html

Summaries keep a paragraph on one line, so a long line is cut to a window around the span, with
`…` where text is left out. Control characters are escaped, as in every text format.
"""

from __future__ import annotations

import shutil

from laylint.pipeline.fingerprints import Lines
from laylint.reporters import text
from laylint.reporters.terminal import Style, char_width, printable

ELLIPSIS = "…"
MIN_WINDOW = 40


def _window_size() -> int:
    return max(MIN_WINDOW, shutil.get_terminal_size((100, 24)).columns - 12)


def _cells(chars: str) -> list[tuple[str, int]]:
    """Each source character as (what is shown, cells wide): escaped controls, tabs as a space."""
    out = []
    for char in chars:
        shown = " " if char == "\t" else printable(char)
        out.append((shown, sum(char_width(c) for c in shown)))
    return out


def snippet(source_line: str, start: int, end: int, size: int) -> tuple[str, int, int]:
    """(the shown line, the caret's first cell, how many carets) for the span [start, end) of a
    line (0-based code points; end may run past the line for a span over several lines)."""
    cells = _cells(source_line)
    start = max(0, min(start, len(cells)))
    end = max(start, min(end, len(cells)))
    span_width = sum(w for _, w in cells[start:end])
    context = max(0, (size - span_width) // 2) if span_width < size else 8
    left = start
    used = 0
    while left > 0 and used + cells[left - 1][1] <= context:
        left -= 1
        used += cells[left][1]
    right, total = left, 0
    while right < len(cells) and total + cells[right][1] <= size:
        total += cells[right][1]
        right += 1
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(cells) else ""
    shown = prefix + "".join(s for s, _ in cells[left:right]) + suffix
    caret_at = len(prefix) + sum(w for _, w in cells[left:start])
    carets = sum(w for _, w in cells[start:min(end, right)])
    return shown, caret_at, max(1, carets)


def _fix_text(d) -> str | None:
    if d.fix is None:
        return None
    how = "safe: `laylint check --fix` applies it" if d.fix.safe else "review it before applying"
    return f"replace with '{printable(d.fix.replacement)}' ({how})"


def block(d, report, style: Style, lines_cache: dict, size: int) -> list[str]:
    out = [text.line(d, style, hint=False)]
    if d.path not in lines_cache:
        source = report.text_of(d.path)
        lines_cache[d.path] = Lines(source) if source is not None else None
    lines = lines_cache[d.path]
    gutter = len(str(d.line))
    bar = style("blue", " " * gutter + " |")
    if lines is not None and d.line <= len(lines.starts):
        shown, caret_at, carets = snippet(lines.line(d.line), d.column - 1,
                                          d.end_column - 1 if d.end_line == d.line else 10**9, size)
        out += [bar, f"{style('blue', f'{d.line} |')} {shown}",
                f"{bar} {' ' * caret_at}{style.severity(d.severity, '^' * carets)}"]
        if d.end_line > d.line:
            out[-1] += style("dim", f" (to line {d.end_line})")
    notes = []
    if d.suggestion:
        notes.append(("suggestion", printable(d.suggestion)))
    fix = _fix_text(d)
    if fix:
        notes.append(("fix", fix))
    url = report.urls.get(d.rule)
    if url:
        notes.append(("docs", printable(url)))
    for label, value in notes:
        out.append(f"{' ' * gutter} {style('blue', '=')} {style('bold', label)}: {value}")
    return out


def render(report) -> str:
    style = Style(report.color)
    size = _window_size()
    cache: dict = {}
    out = []
    for d in report.diagnostics:
        out += block(d, report, style, cache, size) + [""]
    if not report.quiet:
        out.append(text.summary(report))
    return "".join(item + "\n" for item in out)
