"""Jargon, acronyms and rare words: the shared per-document scan behind the jargon/* rules.

The text is matched once per document (`analysis.memo("jargon", ...)`); the lexicon, matcher and
explanation patterns are built once per process and rule set (`analysis.shared`).
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from laylint.jargon import acronyms as acronym_finder
from laylint.jargon.explain import Explainer, inside_explaining_bracket
from laylint.jargon.frequency import rare_among, word_zipf, zipf
from laylint.jargon.lexicon import Lexicon, jargon_lexicon
from laylint.jargon.matcher import TermMatch, find_terms
from laylint.text import WORD, address_spans, alternation, bases, fold, hyphen_parts, surface_forms, words


@dataclass
class Scan:
    text: str
    lexicon: Lexicon
    explainer: Explainer
    sentence_starts: list[int]
    sentence_ends: list[int]
    names: list[tuple[int, int]]  # where the drugs declared in the metadata are named
    addresses: list[tuple[int, int]]  # web and e-mail addresses
    words: list[tuple[int, int, str]]
    terms: list[TermMatch] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list, repr=False)  # of `words`, for words_within
    _explained: dict = field(default_factory=dict, repr=False)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentence_starts[index], self.sentence_ends[index]

    def sentence_text(self, offset: int) -> str:
        start, end = self.sentence_bounds(offset)
        return self.text[start:end]

    def explained(self, start: int, end: int, in_brackets: bool = True, by_class: bool | str = False) -> bool:
        """Is the term or word at [start, end) explained there (jargon.explain)? `by_class` for names: a
        drug name introduced by its class ("a medicine called X") is explained; a lexicon term is not.
        Answered once per question: jargon/term, density, rare-word and hard-sentence ask the same ones."""
        key = (start, end, in_brackets, by_class)
        if key not in self._explained:
            self._explained[key] = self._explain(start, end, in_brackets, by_class)
        return self._explained[key]

    def _explain(self, start: int, end: int, in_brackets: bool, by_class: bool | str) -> bool:
        bounds = self.sentence_bounds(start)
        if self.text[bounds[1] - 1:bounds[1]] == "?" and _WHAT_IS.match(self.text[bounds[0]:start]):
            return True  # a question heading the template answers next: "What is cachexia?", "What are prophylactic
            # antibiotics?" (not "What are the benefits and risks of X?": that asks about X, it does not explain it)
        return self.explainer.explained(self.text, start, end, *bounds, in_brackets=in_brackets,
                                        by_class=by_class) or self._said_next(start, end, bounds[1])

    def _said_next(self, start: int, end: int, sentence_end: int) -> bool:
        """Near the end of its sentence, and the next sentence says what it is: "The other is an anastomotic leak.
        This is a leak from the place where ...", "... autologous fascial sling (1 study)\nThis type of sling is ...",
        "... took a biopsy. A biopsy is a tiny piece of ..." (the word again, in any of its forms)."""
        # more than _SAID_NEXT_REACH words after it? (counting stops there: the rest of a long sentence is not read)
        # Unless it is what the sentence's subject is: "X are a type of immunotherapy that ...", and "They" next
        # refers to both (README-independent-11)
        if next(itertools.islice(WORD.finditer(self.text, end, sentence_end), _SAID_NEXT_REACH, None), None) and \
                not _TYPE_OF_BEFORE.search(self.text, max(self.sentence_bounds(start)[0], start - 40), start):
            return False
        following = bisect.bisect_right(self.sentence_starts, end)
        if following >= len(self.sentence_starts):
            return False
        begins = self.sentence_starts[following]
        if _THIS_IS.match(self.text, begins):
            return True
        again = _NAMED_AGAIN_IS.match(self.text, begins)
        named, said = (words(again.group(1)) if again else []), words(self.text[start:end])
        return bool(named and said) and same_word(named[-1][2].lower(), said[-1][2].lower())

    def is_exempt(self, start: int, end: int) -> bool:
        """A declared drug name or a web address: no rare word to explain there."""
        if not (self.addresses or self.names):
            return False  # most summaries: neither (asked of every rare and long word)
        return self.in_address(start, end) or any(s < end and start < e for s, e in self.names)

    def in_address(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.addresses)

    def starts_sentence(self, offset: int) -> bool:
        sentence_start = self.sentence_bounds(offset)[0]
        return not any(c.isalnum() for c in self.text[sentence_start:offset])


def _explainer(analysis, lexicon: Lexicon) -> Explainer:
    return analysis.shared(("jargon", "explainer"),
                           lambda: Explainer(lexicon.explain_after, lexicon.explain_before, lexicon.classes))


def _name_spans(text: str, metadata) -> list[tuple[int, int]]:
    """Where the drugs declared in the metadata (or their aliases) appear, in any of their forms. A drug
    has no plainer name, so it is not a rare word to explain (its class still helps: "a medicine called
    X"). Outcome names are not exempt: "progression-free survival" needs explaining whatever the metadata
    says. Abbreviations among the aliases ("IV iron") are not exempt from jargon/acronym either."""
    if metadata is None:
        return []
    names = set()
    for name, aliases in metadata.drugs.items():
        for written in [name, *aliases]:
            names |= surface_forms(written) if written.strip() else set()
    if not names:
        return []
    pattern = re.compile(rf"(?<![^\W_])(?:{alternation(names)})(?:'s|\u2019s)?(?![^\W_])", re.I)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _build(analysis) -> Scan:
    text = analysis.text
    lexicon = jargon_lexicon(analysis)
    sentences = analysis.sentences
    scan = Scan(text, lexicon, _explainer(analysis, lexicon), [s.start for s in sentences],
                [s.end for s in sentences], _name_spans(text, analysis.metadata), address_spans(text), analysis.words)
    scan.terms = [m for m in find_terms(analysis, lexicon) if not scan.in_address(m.start, m.end)]
    scan.word_starts = analysis.word_starts  # the analysis's one tokenisation (issue #19)
    return scan


def scan(analysis) -> Scan:
    return analysis.memo("jargon", lambda: _build(analysis))


@dataclass(frozen=True)
class RareWord:
    start: int
    end: int
    word: str
    zipf: float


def rare_words(analysis, max_zipf: float, min_letters: int) -> list[RareWord]:
    """Every occurrence of a word rarer than max_zipf that no other jargon rule covers."""
    return analysis.memo(("jargon", "rare", max_zipf, min_letters), lambda: _rare(scan(analysis), max_zipf, min_letters))


_NAME_WORD = r"(?!(?:of|for|to|in|on|with|and|or|benefits|risks|harms|effects)\b)[\w\u2010\u2011-]+\s+"
_WHAT_IS = re.compile(r"\s*What(?:'s|\s+(?:is|are|was|were))\s+(?:(?:a|an|the)\s+)?"
                      # the second of two things asked about: "What are hearing loss and tinnitus?"
                      rf"(?:(?:{_NAME_WORD}){{1,3}}(?:and|or)\s+(?:(?:a|an|the)\s+)?)?"
                      rf"(?:{_NAME_WORD}){{0,2}}$", re.I)
_SAID_NEXT_REACH = 4  # words after it in its sentence
# The next sentence names it again and says what it is: "A biopsy is a tiny ...", "Biopsies are ..."
_NAMED_AGAIN_IS = re.compile(r"\s*(?:(?:A|An|The)\s+)?((?:[\w\u2010\u2011-]+\s+){0,2}?[\w\u2010\u2011-]+)\s+"
                             r"(?:(?:is|are|means|refers\s+to)\s+(?:a|an|the|when|where|how|made|used|caused|done)\b|"
                             # or what it involves or uses: "Liver biopsy involves removing ...", "Phototherapy uses ..."
                             r"(?:involves?|works?\s+by)\s+(?:a|an|the|[a-z]+ing)\b|uses\s+[a-z]+)")
_THIS_IS = re.compile(r"\s*(?:(?:In\s+(?:simple|other|plain|everyday)\s+(?:terms|words|language)|Put\s+simply|Simply\s+put|"
                      r"That\s+is)\s*,|"  # "In simple terms, this means", "In other words, they made too much spit"
                      r"(?:This|These|It|They)(?:\s+(?:type|kind|form|sort)s?\s+of\s+[\w\u2010\u2011-]+)?\s+"
                      r"(?:(?:is|are|means|refers\s+to)\s+(?:a|an|the|when|where|how|made|used|caused|done)\b|"
                      # or how it works: "They work by helping the immune system ...", "It acts on the nerves"
                      r"(?:works?|acts?)\s+(?:by|on)\b))")
# The term is introduced as a kind of thing, often what the subject is: "Both medicines are a type of
# immunotherapy", "Children took a type of bronchodilator"
_TYPE_OF_BEFORE = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:a|an|one|two)\s+(?:(?:new|newer|common|different)\s+)?"
                             r"(?:type|kind|form|group|class|sort)s?\s+of\s+$", re.I)
_GLUED = re.compile(r"[a-z]{2}[A-Z](?:[a-z]|$)")  # "genusPlasmodium", "parasiteP": a lost space, not a word
_FUNCTION_WORDS = frozenset("the a an on in is of to and or at with from may by for as away are was were that this "
                            "can will be".split())


def _glued(word: str, depth: int = 0) -> bool:
    """Words run together where spaces were lost, with a small word among them: "treatmentmay", "isonthe",
    "falciparumin". Not a word wordfreq knows (it knows "ascites"), and every piece is one."""
    if depth > 2 or not word.isalpha() or (depth == 0 and zipf(word) > 0):
        return False
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        for small, rest in ((head, tail), (tail, head)):
            if small in _FUNCTION_WORDS and (rest in _FUNCTION_WORDS or zipf(rest) >= 1.5 or _glued(rest, depth + 1)):
                return True
    return False


_FAMILY = 6  # letters: words that start alike are one word family ("jaundice", "jaundiced"; "randomised", "randomising")


@lru_cache(maxsize=65536)  # pure; asked of every use of every term and rare word
def families(text: str) -> frozenset[str]:
    """The word families of a term or word as written: the first letters of each of its longer words."""
    return frozenset({fold(part).lower()[:_FAMILY] for _, _, word in words(text) for part in hyphen_parts(word) if len(part) >= 4})


_SAME_WORD_PREFIX = 5  # letters at least
_ENDING = 4  # letters a form may change at its end: "ovulation", "ovulating"; "polyps", "polyposis"


@lru_cache(maxsize=65536)  # pure; asked of every rare word against every jargon term's words
def same_word(one: str, other: str) -> bool:
    """Are two words forms of one word ("videolaryngoscope", "videolaryngoscopes"; "ovulation", "ovulating")?
    Their bases meet, or they share all but a short ending of each (not "cardiomyopathy" and "cardiovascular",
    nor "bronchi" and "bronchiectasis")."""
    one, other = fold(one).lower(), fold(other).lower()
    if one == other or bases(one) & bases(other):
        return True
    if _openings(one).isdisjoint(_openings(other)):
        return False  # a shared stem is at least _SAME_WORD_PREFIX letters: no pair of forms opens alike
    return any(_share_stem(a, b) for a in bases(one) for b in bases(other))


@lru_cache(maxsize=65536)
def _openings(word: str) -> frozenset[str]:
    """The first _SAME_WORD_PREFIX letters of each of the word's forms long enough to share a stem."""
    return frozenset(form[:_SAME_WORD_PREFIX] for form in bases(word) if len(form) >= _SAME_WORD_PREFIX)


def _share_stem(one: str, other: str) -> bool:
    shared = len(os.path.commonprefix([one, other]))
    whole = shared == min(len(one), len(other))  # "polyp", "polyposis"
    return shared >= _SAME_WORD_PREFIX + (0 if whole else 1) and max(len(one), len(other)) - shared <= _ENDING


@lru_cache(maxsize=65536)  # pure; asked of every jargon term's text in every document
def _long_words(text: str) -> tuple[str, ...]:
    return tuple(part for _, _, word in words(text) for part in hyphen_parts(word) if len(part) >= 4)


def _covered(word: str, known: set[str], reach: tuple[set, set, set] | None = None) -> bool:
    """Is every longer part of the word a form of a known word ("jaundiced": jaundice)? `reach` (_reach(known))
    rules out at once a part that shares nothing with any of them (most rare words: issue #19)."""
    parts = _long_words(word)
    return bool(parts) and all((reach is None or _may_be_a_form(part, reach))
                               and any(same_word(part, other) for other in known) for part in parts)


def _reach(known: set[str]) -> tuple[set, set, set]:
    """What same_word needs a word to share with one of `known`, over all of them: its folded spelling, a base
    form or an opening."""
    folded = {fold(other).lower() for other in known}
    return folded, set().union(*map(bases, folded)), set().union(*map(_openings, folded))


def _may_be_a_form(part: str, reach: tuple[set, set, set]) -> bool:
    folded, forms, openings = reach
    part = fold(part).lower()
    return part in folded or not forms.isdisjoint(bases(part)) or not openings.isdisjoint(_openings(part))


# A letter or two in brackets inside a word: "nucleos(t)ide", "lymph node(s)" is not one (a space before)
_BRACKETED_LETTERS = re.compile(r"\([a-z]{1,3}\)[a-z]+")


def _candidates(found: Scan, max_zipf: float, min_letters: int) -> list[tuple[int, int, str]]:
    """The words that may be rare: a rare one, or one with bracketed letters glued on ("nucleos(t)ide").
    Most words are common: decided once per distinct word, not once per use (issue #19)."""
    rare = rare_among({word for _, _, word in found.words}, min_letters, max_zipf)
    text = found.text
    return [(start, end, word) for start, end, word in found.words if word in rare or text[end:end + 1] == "("]


def _rare(found: Scan, max_zipf: float, min_letters: int, judged: list | None = None) -> list[RareWord]:
    """`judged`: the words to judge (default `_candidates`; every word gives the same answer, only slower)."""
    term_starts = [m.start for m in found.terms]
    term_words = {w for m in found.terms for w in _long_words(found.text[m.start:m.end])}
    reach = _reach(term_words)
    result, in_explanations = [], set()
    for start, end, word in _candidates(found, max_zipf, min_letters) if judged is None else judged:
        escaped = acronym_finder.escaped(found.text, start, word)
        if escaped:  # "\\nMany" written as two characters: the word is "Many", at a line's start
            start, word = start + 1, word[1:]
        if start and found.text[start - 1] == ")" and _BRACKETED_LETTERS.match(found.text, found.text.rfind("(", 0, start)):
            continue  # "ide" of "nucleos(t)ide": its head stands for the whole word
        glued = _BRACKETED_LETTERS.match(found.text, end) if found.text[end:end + 1] == "(" else None
        if glued:
            end, word = glued.end(), found.text[start:glued.end()]
        score = word_zipf(word.replace("(", "").replace(")", "") if glued else word, min_letters, max_zipf)
        if score is None or score >= max_zipf:
            continue  # most words: common
        index = bisect.bisect_right(term_starts, start) - 1
        if index >= 0 and found.terms[index].end > start:
            continue  # inside a lexicon term: jargon/term reports it
        if word.lower() in found.lexicon.allowed or found.lexicon.is_everyday(word) or _is_abbreviation(word):
            continue
        if found.is_exempt(start, end) or _covered(word, term_words, reach):
            continue  # a declared drug, or a form of a jargon term the summary uses ("jaundiced": jaundice)
        if _GLUED.search(word) or _glued(word.lower()) or found.lexicon.in_known_name(found.text, start, end):
            continue  # words run together where spaces were lost ("genusPlasmodium"); "polycystic ovary syndrome"
        key = fold(word).lower()
        if key in in_explanations or inside_explaining_bracket(found.text, start, found.sentence_bounds(start)[0]):
            in_explanations.add(key)  # a word of an explanation, "antioxidants (which scavenge harmful particles)",
            continue  # and later uses of it: the reader has met it
        if word[:1].isupper() and (not (escaped or found.starts_sentence(start)) or word.endswith(("'s", "\u2019s"))):
            continue  # a proper noun (no tagger: capitalised inside a sentence, or a name's: "Ménière's disease")
        result.append(RareWord(start, end, word, score))
    return result


def _is_abbreviation(word: str) -> bool:
    return any(acronym_finder.is_acronym(part) for part in hyphen_parts(word))


def block_index(analysis, offset: int) -> int | None:
    """The index of the document block holding prose offset `offset`."""
    blocks = analysis.document.blocks
    starts = analysis.memo(("jargon", "block-starts"), lambda: _ordered_starts(blocks))
    if starts is None:  # blocks out of order or overlapping (never seen): the first that holds it
        return next((i for i, b in enumerate(blocks) if b.prose_start <= offset < b.prose_start + len(b.text)), None)
    index = bisect.bisect_right(starts, offset) - 1  # in order, apart: only the last starting at or before it may
    return index if index >= 0 and offset < starts[index] + len(blocks[index].text) else None


def _ordered_starts(blocks) -> list[int] | None:
    """The blocks' prose starts, when each block ends at or before the next one starts (else None)."""
    starts = [b.prose_start for b in blocks]
    apart = all(start + len(block.text) <= following for start, block, following in zip(starts, blocks, starts[1:]))
    return starts if apart else None


def answered_by_next_heading(analysis, found: Scan, start: int, next_use: tuple[int, int] | None) -> bool:
    """A term in a heading (a title) whose next use is in the heading right after it, and explained there: the
    title "Antibiotics for otitis media" then "What is otitis media?" (README-independent-7). Not past another
    heading: "Key messages" first still leaves the title term unexplained."""
    index = block_index(analysis, start)
    blocks = analysis.document.blocks
    if next_use is None or index is None or index + 1 >= len(blocks) or blocks[index + 1].kind != "heading":
        return False
    below = blocks[index + 1]
    return (below.prose_start <= next_use[0] < below.prose_start + len(below.text)
            and found.explained(*next_use))


def asks_what_it_is(found: Scan, start: int) -> bool:
    """Is the word at `start` what a "What is ...?" question asks about ("What is urinary incontinence and how is
    it treated?"; not "What are the benefits of X?")?"""
    bounds = found.sentence_bounds(start)
    return found.text[bounds[1] - 1:bounds[1]] == "?" and bool(_WHAT_IS.match(found.text[bounds[0]:start]))
