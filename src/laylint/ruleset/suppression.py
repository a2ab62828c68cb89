"""Inline controls, markdownlint style, in HTML comments:

  <!-- laylint-disable [ids] --> ... <!-- laylint-enable [ids] -->
  <!-- laylint-disable-line [ids] -->   <!-- laylint-disable-next-line [ids] -->
  <!-- laylint-disable-file [ids] -->
and front matter `laylint: {ignore: [ids]}`. With no ids a control covers every rule.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from laylint.ruleset.selection import matches

_DIRECTIVE = re.compile(r"^\s*laylint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$", re.S)
ALL = None


@dataclass
class _Range:
    first: int
    last: int  # inclusive; a huge number for "to the end"
    ids: tuple | None


def _ids(text: str):
    ids = tuple(i for i in re.split(r"[\s,]+", text.strip()) if i)
    return ids or ALL


def _covers(ids, rule_id: str) -> bool:
    return ids is ALL or any(matches(rule_id, i) for i in ids)


@dataclass
class Named:
    """A rule id or family named by a control, and where (a file offset, or a line and column)."""

    id: str
    offset: int | None = None
    line: int | None = None
    column: int | None = None


class Suppressions:
    def __init__(self, document, file_ignores=()):
        self.named: list[Named] = []  # every id the controls name (to report the unknown ones)
        self.ranges: list[_Range] = []
        self._by_rule: dict[str, tuple[list[int], list[int]]] = {}
        if file_ignores:
            self.ranges.append(_Range(1, 10**9, tuple(file_ignores)))
            places = getattr(file_ignores, "positions", [None] * len(file_ignores))
            self.named += [Named(str(i), line=p[0] if p else 1, column=p[1] if p else 1)
                           for i, p in zip(file_ignores, places)]
        open_ranges: list[tuple[int, object]] = []
        for comment in document.comments:
            match = _DIRECTIVE.match(comment.body)
            if not match:
                continue
            action, ids = match.group(1), _ids(match.group(2))
            body_at = comment.offset + 4  # the body starts after "<!--"
            self.named += [Named(m.group(), offset=body_at + match.start(2) + m.start())
                           for m in re.finditer(r"[^\s,]+", match.group(2))]
            line = document.location(comment.offset)[0]
            end_line = document.location(comment.end - 1)[0]
            if action == "disable-file":
                self.ranges.append(_Range(1, 10**9, ids))
            elif action == "disable-line":
                self.ranges.append(_Range(line, end_line, ids))
            elif action == "disable-next-line":
                self.ranges.append(_Range(end_line + 1, end_line + 1, ids))
            elif action == "disable":
                open_ranges.append((line, ids))
            else:  # enable closes the matching open ranges
                still_open = []
                for start, open_ids in open_ranges:
                    if ids is ALL or open_ids == ids or (open_ids is not ALL and set(open_ids) <= set(ids)):
                        self.ranges.append(_Range(start, line, open_ids))
                    else:
                        still_open.append((start, open_ids))
                open_ranges = still_open
        self.ranges.extend(_Range(start, 10**9, ids) for start, ids in open_ranges)

    def unknown(self, known_ids) -> list[Named]:
        """The ids named in controls that match no known rule id or family."""
        known = set(known_ids)
        families = {rule_id.split("/", 1)[0] for rule_id in known}
        return [n for n in self.named
                if n.id.rstrip("/") not in known and n.id.rstrip("/") not in families and n.id not in ("all", "ALL")]

    def suppressed(self, diagnostic) -> bool:
        starts, ends = self._lines_for(diagnostic.rule)
        index = bisect.bisect_right(starts, diagnostic.line) - 1
        return index >= 0 and diagnostic.line <= ends[index]

    def _lines_for(self, rule_id: str) -> tuple[list[int], list[int]]:
        """The merged line ranges that cover a rule, sorted: one bisect per diagnostic, not a scan
        of every range (a file with thousands of disable-line comments was quadratic)."""
        if rule_id not in self._by_rule:
            merged: list[list[int]] = []
            for r in sorted((r for r in self.ranges if _covers(r.ids, rule_id)), key=lambda r: r.first):
                if merged and r.first <= merged[-1][1] + 1:
                    merged[-1][1] = max(merged[-1][1], r.last)
                else:
                    merged.append([r.first, r.last])
            self._by_rule[rule_id] = ([m[0] for m in merged], [m[1] for m in merged])
        return self._by_rule[rule_id]
