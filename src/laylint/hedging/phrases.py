"""Word lists -> a word-by-word phrase matcher (a dict lookup per word: linear in the text, however
long the lists get).

Entries are literal phrases matched whole-word and case-insensitively; "..." is a gap of up to
three words ("make ... worse"); ' and ’ are the same, and so are the hyphens (laylint.text.fold);
"n't" is a word of its own ("does", "n't"). A phrase joined to a neighbour by a hyphen does not
match ("well-proven" is not "proven").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from laylint.text import HYPHENS, fold, tokens

GAP = None  # a "..." in a phrase
MAX_GAP = 3
# The first word of every entry of every list built in this process: Tokens indexes only these words (most of a
# text's words start no entry, and indexing them cost more than the rest of a first search).
_FIRST_WORDS: set[str] = set()


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    group: int  # which entry of a grouped list matched (0 for a flat list)


class Tokens:
    """The words of a text with their offsets, lowercased; built once per text."""

    def __init__(self, text: str):
        self.text = text
        plain = fold(text)
        lower = plain.lower()
        if len(lower) != len(plain):  # a few characters grow when lowercased: keep the offsets of the original
            lower = plain
        found = tokens(lower)
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [m.group() for m in found] if lower is not plain else [m.group().lower() for m in found]
        self._candidates: dict = {}  # Phrases -> the token indices where one of its phrases may start
        self._found: dict = {}  # (Phrases, start, end) -> matches: rules ask the same list about the same sentence

    def candidates(self, phrases: "Phrases") -> list[int]:
        """Sorted indices of the tokens that start some entry of `phrases`: computed once per list,
        so that searching each sentence costs a bisect, not a walk over its every word."""
        found = self._candidates.get(phrases)
        if found is None:
            positions = self.__dict__.get("_positions")
            if positions is None or self._indexed != len(_FIRST_WORDS):  # (a list built since adds first words)
                self._indexed = len(_FIRST_WORDS)
                positions = self._positions = {}  # word -> its token indices, for words that start some entry
                first_words = _FIRST_WORDS
                for index, word in enumerate(self.words):
                    if word in first_words:
                        positions.setdefault(word, []).append(index)
            small, large = (phrases.index, positions) if len(phrases.index) < len(positions) else (positions, phrases.index)
            found = sorted(index for word in small if word in large for index in positions[word])
            self._candidates[phrases] = found
        return found

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token index range [first, last) of the tokens inside text[start:end]."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def word_before(self, offset: int) -> str | None:
        index = bisect.bisect_left(self.starts, offset)
        return self.words[index - 1] if index > 0 else None


def phrase_words(phrase: str) -> tuple:
    words = []
    for index, chunk in enumerate(fold(phrase.strip().lower()).split("...")):
        if index:
            words.append(GAP)
        words.extend(token.group() for token in tokens(chunk))
    return tuple(words)


def _may_follow(rest: tuple, word: str | None) -> bool:
    """Can an entry whose words after the first are `rest` match where `word` comes next (None: any other word)?"""
    return not rest or rest[0] is GAP or rest[0] == word


class Phrases:
    """A flat list of phrases, or groups of phrases (each group with its own data, e.g. a suggestion)."""

    def __init__(self, groups: list[list[str]]):
        self.index: dict[str, list[tuple[tuple, int]]] = {}
        for group, phrases in enumerate(groups):
            for phrase in phrases:
                words = phrase_words(str(phrase))
                if words and words[0] is not GAP:
                    self.index.setdefault(words[0], []).append((words[1:], group))
        _FIRST_WORDS.update(self.index)
        for entries in self.index.values():
            entries.sort(key=lambda entry: -len(entry[0]))  # longest phrase first
        # first word -> (next word -> the entries that may match there, in order; the entries for any other
        # next word): "we" starts 22 method cues, and only those whose second word follows are tried.
        self._by_next: dict[str, tuple[dict, list]] = {}
        for first, entries in self.index.items():
            seconds = {rest[0] for rest, _ in entries if rest and rest[0] is not GAP}
            self._by_next[first] = ({word: [e for e in entries if _may_follow(e[0], word)] for word in seconds},
                                    [e for e in entries if _may_follow(e[0], None)])

    @classmethod
    def flat(cls, phrases) -> "Phrases":
        return cls([list(phrases)])

    def _match_rest(self, words, rest, position, last) -> int | None:
        """Index just past the match of `rest` starting at `position`, or None."""
        for offset, word in enumerate(rest):
            if word is GAP:
                for gap in range(1, MAX_GAP + 1):
                    found = self._match_rest(words, rest[offset + 1:], position + gap, last)
                    if found is not None:
                        return found
                return None
            if position >= last or words[position] != word:
                return None
            position += 1
        return position

    def find_tokens(self, tokens: Tokens, start: int = 0, end: int | None = None) -> list[Match]:
        if not tokens.candidates(self):
            return []  # no entry's first word anywhere in the text: most lists, most documents
        key = (self, start, end)
        found = tokens._found.get(key)
        if found is None:
            found = tokens._found[key] = self._find_tokens(tokens, start, end)
        return list(found)  # a copy: callers may change their list

    def _find_tokens(self, tokens: Tokens, start: int, end: int | None) -> list[Match]:
        text, words = tokens.text, tokens.words
        first, last = tokens.span(start, len(text) if end is None else end)
        candidates = tokens.candidates(self)  # only where some entry's first word stands
        matches, position = [], first
        for index in range(bisect.bisect_left(candidates, first), len(candidates)):
            position_here = candidates[index]
            if position_here >= last:
                break
            if position_here < position:
                continue  # inside the previous match
            found = None
            table, anywhere = self._by_next[words[position_here]]
            after = position_here + 1
            for rest, group in table.get(words[after], anywhere) if after < last else anywhere:
                stop = self._match_rest(words, rest, position_here + 1, last)
                if stop is not None:
                    found = (stop, group)
                    break
            if found is None:
                continue
            stop, group = found
            begin, finish = tokens.starts[position_here], tokens.ends[stop - 1]
            if (begin > 0 and text[begin - 1] in HYPHENS) or (finish < len(text) and text[finish] in HYPHENS):
                continue
            matches.append(Match(begin, finish, text[begin:finish], group))
            position = stop
        return matches

    def find(self, source: "str | Tokens", start: int = 0, end: int | None = None) -> list[Match]:
        """Matches in a text, or in an already tokenised one (pass Tokens when searching many spans)."""
        return self.find_tokens(source if isinstance(source, Tokens) else Tokens(source), start, end)

    def search(self, source: "str | Tokens", start: int = 0, end: int | None = None) -> bool:
        if isinstance(source, Tokens):  # no entry's first word in the span: no match (rules ask this of every sentence)
            candidates = source.candidates(self)
            first, last = source.span(start, len(source.text) if end is None else end)
            index = bisect.bisect_left(candidates, first)
            if index == len(candidates) or candidates[index] >= last:
                return False
        return bool(self.find(source, start, end))


def without_overlaps(matches: list[Match], blockers: list[Match]) -> list[Match]:
    """Drop matches that overlap a blocker (e.g. "doubt" inside the booster "no doubt")."""
    return [m for m in matches if not any(b.start < m.end and m.start < b.end for b in blockers)]
