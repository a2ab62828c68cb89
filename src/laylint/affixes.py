"""spaCy's affix searches, asked only of the alternatives that could match (issue #19, speed round K).

spaCy joins its ~85 suffixes into one pattern of alternatives, each ending in "$", and Python's re tries
every alternative at every position of a string (~8 us a search; a full check makes ~19,000). A match of an
alternative that ends in "$" ends with the string's last character, so an alternative whose matches cannot
end with that character cannot match: the alternation of the others, in the same order, finds the same
match (leftmost start, first alternative there). The same holds for prefixes ("^") and a string's first
character; an infix match starts with a character some alternative can start with, so a string holding
none of those has none. Where a pattern's edges are not plain characters, the whole pattern is used.

Working the edges out parses every alternative again (~30 ms, about what compiling the whole patterns
costs), so the whole pattern answers the first WARM_UP searches: a one-file run never pays for it.
"""

from __future__ import annotations

import re

_MAX_CLASS = 20_000  # characters in one class at most (larger: not worked out; spaCy's symbols: ~6,000)
_MAX_REQUIRED = 1_000  # a class larger than this tells little of what a match must hold
WARM_UP = 2_000  # searches with the whole pattern first (a 400-word summary asks ~40 suffix searches)


def _edge_of_sequence(items, last: bool) -> frozenset | None:
    """The characters a match of this parsed sequence can start (or end) with; None when not simply known."""
    from re import _constants as c

    for op, value in reversed(list(items)) if last else list(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item is the edge
        if op is c.LITERAL:
            return frozenset(chr(value))
        if op is c.IN:
            return _class(value)
        if op is c.BRANCH:
            edges = [_edge_of_sequence(branch, last) for branch in value[1]]
            return None if any(edge is None for edge in edges) else frozenset().union(*edges)
        if op is c.SUBPATTERN:
            _, add_flags, _, pattern = value
            return None if add_flags & (re.IGNORECASE | re.LOCALE) else _edge_of_sequence(pattern, last)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            low, _, pattern = value
            return _edge_of_sequence(pattern, last) if low >= 1 else None  # may be empty: the edge is before it
        return None  # any character, a category, a back reference...
    return None  # nothing consumed


def _class(items, limit: int = _MAX_CLASS) -> frozenset | None:
    """The characters of a parsed class, or None: negated, a category (\\d, \\w), or more than `limit`."""
    from re import _constants as c

    size = 0
    for op, value in items:
        if op is c.LITERAL:
            size += 1
        elif op is c.RANGE:
            size += value[1] - value[0] + 1
        else:  # a negated class, \d, \w...
            return None
    if size > limit:
        return None  # counted first: a class spanning most of Unicode is not worth building
    found: set[str] = set()
    for op, value in items:
        if op is c.LITERAL:
            found.add(chr(value))
        else:
            found.update(map(chr, range(value[0], value[1] + 1)))
    return frozenset(found)


def _parse(alternative: str):
    """The parsed pattern, or None: then the whole pattern answers (also on a Python whose private re
    modules moved: they are the only way to read a pattern's edges)."""
    try:
        from re import _constants, _parser  # noqa: F401

        return _parser.parse(alternative)
    except (ImportError, re.error, RecursionError):
        return None


def anchored_edge(parsed, at_end: bool) -> frozenset | None:
    """The characters at the anchored edge of one parsed alternative ("km$": m; "^US\\$": U), or None: not
    anchored there as a whole (an alternative holding a bare "|"), case-insensitive, or an edge that is not
    plain."""
    from re import _constants as c

    if parsed is None:
        return None
    items = list(parsed)
    anchor = (c.AT, c.AT_END) if at_end else (c.AT, c.AT_BEGINNING)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.MULTILINE) or not items or \
            items[-1 if at_end else 0] != anchor:
        return None
    return _edge_of_sequence(items[:-1] if at_end else items[1:], at_end)


def _no_match(text: str) -> None:
    return None


class _Alternatives:
    """Regex alternatives searched as one pattern: `_whole`, compiled when first asked."""

    alternatives: list[str]
    _whole: re.Pattern | None

    @property
    def __self__(self):
        """The whole pattern, compiled when first asked (spaCy reads it when it saves a tokenizer)."""
        if self._whole is None:
            self._whole = re.compile("|".join(self.alternatives))
        return self._whole


class AffixSearch(_Alternatives):
    """`re.compile("|".join(alternatives)).search`, searching only the alternatives that can match at the
    string's last character (`at_end`: suffixes, each ending in "$") or first (prefixes, each starting "^").
    `remember`: answers kept per string (splitting affixes asks again for the same strings)."""

    REMEMBERED = 65_536  # strings kept; then the memory starts again (flat over a corpus)

    def __init__(self, alternatives: list[str], at_end: bool, remember: bool = False):
        self.alternatives, self.at_end = list(alternatives), at_end
        self.edges: list | None = None  # worked out after WARM_UP searches
        self._by_character: dict = {}
        self._whole = None
        self._found: dict | None = {} if remember else None
        self._searches = 0

    def work_out_edges(self) -> list:
        if self.edges is None:
            parsed = [_parse(alternative) for alternative in self.alternatives]
            edges = [anchored_edge(tree, self.at_end) for tree in parsed]
            if any(tree is None or tree.state.flags & ~re.UNICODE for tree in parsed):
                edges = [None] * len(edges)  # one alternative's inline flags rule the whole pattern
            self.edges = edges
        return self.edges

    def __call__(self, text: str):
        found = self._found
        if found is None:
            return self._search(text)
        match = found.get(text, found)  # the dict itself: not seen yet (a search may give None)
        if match is found:
            if len(found) >= self.REMEMBERED:
                found.clear()
            match = found[text] = self._search(text)
        return match

    def _search(self, text: str):
        if self.edges is None:
            self._searches += 1
            if self._searches <= WARM_UP:
                return self.__self__.search(text)
            self.work_out_edges()
        if not text or self.at_end and text[-1] == "\n":  # "$" also matches before a last line break
            return self.__self__.search(text)
        character = text[-1] if self.at_end else text[0]
        search = self._by_character.get(character)
        if search is None:
            kept = [a for a, edge in zip(self.alternatives, self.edges) if edge is None or character in edge]
            search = self._by_character[character] = re.compile("|".join(kept)).search if kept else _no_match
        return search(text)


class InfixFinditer(_Alternatives):
    """`re.compile("|".join(alternatives)).finditer`, answering "none" at once for a string that holds no
    character an alternative's match can start with (most words)."""

    def __init__(self, alternatives: list[str]):
        self.alternatives = list(alternatives)
        self._whole = None
        self.starts = None
        self._searches = 0

    def work_out_starts(self) -> frozenset | None:
        self._searches = WARM_UP + 1
        edges = []
        for alternative in self.alternatives:
            parsed = _parse(alternative)
            if parsed is None or parsed.state.flags & ~re.UNICODE:
                return None
            edges.append(_edge_of_sequence(list(parsed), last=False))
        if edges and all(edge is not None for edge in edges):
            self.starts = frozenset().union(*edges)
        return self.starts

    def __call__(self, text: str):
        if self.starts is None and self._searches <= WARM_UP:
            self._searches += 1
            if self._searches > WARM_UP:
                self.work_out_starts()
        elif self.starts is not None and self.starts.isdisjoint(text):
            return iter(())
        return self.__self__.finditer(text)


def _required(items) -> frozenset | None:
    """Characters of which every match of this parsed sequence holds one (the smallest such set found), or None."""
    from re import _constants as c

    best = None
    for op, value in items:
        found = None
        if op is c.LITERAL:
            found = frozenset(chr(value))
        elif op is c.IN:
            found = _class(value, _MAX_REQUIRED)
        elif op is c.SUBPATTERN:
            found = None if value[1] & (re.IGNORECASE | re.LOCALE) else _required(value[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and value[0] >= 1:
            found = _required(value[2])
        elif op is c.BRANCH:
            sets = [_required(branch) for branch in value[1]]
            found = None if any(s is None for s in sets) else frozenset().union(*sets)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


class Requiring:
    """A compiled pattern's `match`, answering None at once for a string without any character every match
    holds (spaCy's URL pattern: a "." in the host or address; ~20,000 calls of a full check, few with one).
    Worked out after WARM_UP calls, as the affixes are (its classes span most of Unicode: ~10 ms)."""

    def __init__(self, match):
        self.match, self.__self__ = match, match.__self__  # spaCy reads the pattern when it saves a tokenizer
        self.required: frozenset | None = None
        self._calls = 0

    def work_out_required(self) -> frozenset | None:
        self._calls = WARM_UP + 1
        pattern = self.__self__
        parsed = _parse(pattern.pattern) if isinstance(pattern.pattern, str) else None
        if parsed is not None and not pattern.flags & ~re.UNICODE:
            self.required = _required(list(parsed))
        return self.required

    def __call__(self, text: str):
        if self.required is None:
            if self._calls <= WARM_UP:
                self._calls += 1
                if self._calls > WARM_UP:
                    self.work_out_required()
        elif self.required.isdisjoint(text):
            return None
        return self.match(text)
