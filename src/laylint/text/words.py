"""What laylint takes for a word, in one place.

A word (`WORD`) is a run of letters, joined by apostrophes ("isn't") and hyphens ("follow-up",
"anti-CD20", "COVID-19"; U+2010 and U+2011 are hyphens too). Two rule families need another notion,
and each is a named function here rather than a private regex:

  counted_words  what readability formulas count: every blank-separated chunk holding a letter or
                 a digit ("11%" is a word to Flesch and Kincaid), en and em dashes separating words
  tokens         what phrase lexicons match on: words and punctuation marks, "n't" split off
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
_APOSTROPHE_PARTS = r"(?:['\u2019][^\W\d_]+)*"  # isn't, Crohn's
WORD = re.compile(rf"[^\W\d_]+{_APOSTROPHE_PARTS}(?:[{HYPHENS}][^\W_]+{_APOSTROPHE_PARTS})*")
_HYPHEN = re.compile(f"[{HYPHENS}]")
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")

# Web and e-mail addresses written out in the prose: their parts are not words.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|gov|edu|int|uk|au|ca|de|nl|io)\b\S*", re.I)

_CHUNK = re.compile(r"[^\s\u2013\u2014]+")
_HOLDS_LETTER_OR_DIGIT = re.compile(r"\w")
_STARTS_AN_ADDRESS = re.compile(r"^[(\[<\"']*(?:[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@[\w-]+\.)", re.I)

_TOKEN = re.compile(r"n't\b|\w+?(?=n't\b)|\w+|[^\w\s]")
_SIMPLE_TOKEN = re.compile(r"\w+|[^\w\s]")  # the same tokens when the text has no "n't" (faster)

# WORD for a text of ASCII characters only (~90% of summaries), its classes written as ASCII ranges: Python's re
# tests a plain class with one bitmap lookup a character, a Unicode category with several (issue #19: words()
# 0.7-0.85x of its CPU, bench/ascii_text_ab.py; tests/test_ascii_words_speed.py checks it against WORD). The same
# for tokens() measured ~1.0x (building its match objects dominates) and was not kept.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*(?:-[A-Za-z0-9]+(?:'[A-Za-z]+)*)*")  # (no \u2019 nor \u2010-1)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word of a text."""
    return [(m.start(), m.end(), m.group()) for m in (_ASCII_WORD if text.isascii() else WORD).finditer(text)]


def words_within(text: str, found: list[tuple[int, int, str]], starts: list[int], start: int,
                 end: int) -> list[tuple[int, int, str]]:
    """words(text[start:end]), offsets in `text`, read from `found` = words(text) (with `starts` its
    start offsets) instead of matching again: the same words unless one straddles an edge of the
    span, and then the span is matched on its own."""
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (first and found[first - 1][1] > start) or (last > first and found[last - 1][1] > end):
        return [(start + s, start + e, word) for s, e, word in words(text[start:end])]
    return found[first:last]


def hyphen_parts(word: str) -> list[str]:
    """The parts of a hyphenated word ("anti-CD20" -> anti, CD20)."""
    return _HYPHEN.split(word)


def trim(chunk: str) -> str:
    """A chunk without the punctuation around it ("(rituximab)," -> rituximab)."""
    return _EDGE_PUNCTUATION.sub("", chunk)


# What every address holds (a scheme, "www.", "@" or a known ending): most summaries hold none, and this
# search is far quicker than `_ADDRESS`, which tries every word as the start of a domain name.
_ADDRESS_HINT = re.compile(r"://|www\.|@|\.(?:org|com|net|gov|edu|int|uk|au|ca|de|nl|io)\b", re.I)


# A cheaper test first (issue #19): the hint's re.I scan cost ~25 ms per 891 summaries, these ~4 ms. Without İ, ı or
# the Kelvin sign (which re.I matches to i or k) a text the hint matches holds one of these, lowercased.
_DOT_ENDING = re.compile(r"\.(?:org|com|net|gov|edu|int|uk|au|ca|de|nl|io)")  # a literal "." first: a fast scan
_FOLDS_TO_ASCII = "\u0130\u0131\u212a"


def _may_hold_address(text: str) -> bool:
    if "@" in text or "://" in text or not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        return True
    lowered = text.lower()
    return "www." in lowered or _DOT_ENDING.search(lowered) is not None


def address_spans(text: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses in a text."""
    if "." not in text or not _may_hold_address(text) or not _ADDRESS_HINT.search(text):
        return []
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def counted_words(text: str) -> list[str]:
    """The words readability formulas count, as written (punctuation around them kept): blank-
    separated chunks holding a letter or digit ("11%", "anti-CD20", "isn't" are one word each); en and
    em dashes separate words; bare web and e-mail addresses are not words."""
    return [chunk for chunk in chunks(text) if is_counted(chunk)]


def chunks(text: str) -> list[str]:
    """The blank-separated chunks of a text (en and em dashes separate too), counted or not."""
    if "\u2013" in text or "\u2014" in text:
        return _CHUNK.findall(text)
    return text.split()  # the same chunks, faster: \s and str.split's blanks are both str.isspace (issue #19)


@lru_cache(maxsize=131072)
def is_counted(chunk: str) -> bool:
    """Does readability count this chunk as a word (a letter or digit in it, not an address)?"""
    return bool(_HOLDS_LETTER_OR_DIGIT.search(chunk)) and not _STARTS_AN_ADDRESS.match(chunk)


def tokens(text: str) -> list[re.Match]:
    """Words and punctuation marks for phrase matching, each a match with its offsets; "n't" is a
    token of its own ("does", "n't") so that lexicons can list it."""
    return list((_TOKEN if "n't" in text else _SIMPLE_TOKEN).finditer(text))


def alternation(phrases, space: str = r"\s+") -> str:
    """A regex matching any of the literal phrases (longest first), a space matching any run of blanks
    (or what `space` says: re.escape(" ") for a literal space).

    Written as a trie ("a(?:bout|round)") so that a failing position costs one test per first
    letter, not one per phrase: these patterns run over every summary.
    """
    trie = _trie(phrases)
    return _trie_regex(trie, space) if trie else "(?!)"


def alternation_shared_tails(phrases, space: str = r"\s+") -> str:
    r"""`alternation`, with neighbouring branches that continue alike written once: "(?:\s+(?:eight|five)|
    \-(?:eight|five))" becomes "(?:\s+|\-)(?:eight|five)". Only neighbours merge, so the branches are still
    tried in the same order and every match stays the same; big number-word patterns compile faster."""
    trie = _trie(phrases)
    return _tails_regex(trie, space) if trie else "(?!)"


def _trie(phrases) -> dict:
    trie: dict = {}
    for phrase in set(phrases):
        if phrase:
            node = trie
            for char in phrase:
                node = node.setdefault(char, {})
            node[""] = {}
    return trie


def _tails_regex(node: dict, space: str) -> str:
    runs: list[tuple[list[str], str]] = []  # (first characters, what follows them), in sorted order
    for char, child in sorted(node.items()):
        if char:
            edge, tail = space if char == " " else re.escape(char), _tails_regex(child, space)
            if runs and runs[-1][1] == tail:
                runs[-1][0].append(edge)
            else:
                runs.append(([edge], tail))
    branches = [(edges[0] if len(edges) == 1 else "(?:" + "|".join(edges) + ")") + tail for edges, tail in runs]
    return _optional_group(branches, "" in node)


def _trie_regex(node: dict, space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_regex(child, space)
                for char, child in sorted(node.items()) if char]
    return _optional_group(branches, "" in node)


def _optional_group(branches: list[str], ends_here: bool) -> str:
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body
