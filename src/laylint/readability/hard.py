"""Why a sentence is hard, in an editor's terms: it is long, or it packs rare long words.

A long word (three or more syllables) makes a sentence hard only when readers do not know it. Long
words most readers know ("evidence", "information", "participants", "unwanted") push a sentence's
Flesch-Kincaid grade up without making it hard, so they are not causes. A long word is *rare* here
when it is
  - not on the Dale-Chall list of familiar words (or a regular form of one),
  - not on the jargon lexicon's `allow` list of everyday words,
  - not a name of a drug or outcome declared in the summary's metadata (the summary cannot avoid it),
  - not an abbreviation, and not explained where it stands ("vertigo (a spinning feeling)"),
and it is either part of a jargon-lexicon term or rarer than `rare_zipf` in general English
(wordfreq's Zipf scale; "placebo" 3.5 and "anaesthesia" 3.4 are in the lexicon, "phototherapy" 1.9
is rare). A word counts only in the first sentence that uses it (the title included): by the next
sentence the reader has met it. A jargon term of several words counts once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# imported here, not per sentence (~2 us a statement): hard sentences are judged only with the jargon scan,
# so its package is loaded either way
from laylint.jargon.acronyms import is_acronym
from laylint.jargon.frequency import word_zipf
from laylint.readability.counts import LONG_WORD_SYLLABLES, count_text, document_counts, is_familiar
from laylint.readability.pieces import pieces
from laylint.readability.syllables import count_syllables
from laylint.text import hyphen_parts, singulars


@dataclass(frozen=True)
class Verdict:
    """One sentence judged: its grade, its length and its rare long words (distinct, in order)."""

    item: object  # readability.counts.SentenceCounts
    grade: float
    long: bool  # over `long_sentence` words
    rare: tuple[str, ...]  # its new rare long words
    words: int = 0  # the words of its longest part (a label run into its sentence: readability.pieces), else of it all


_GLUED = re.compile(r"[a-z][A-Z]")  # "messagesWe": two words run together, a typo rather than a word


def _new_rare_words(analysis, found, term_starts: list[int], sentence, rare_zipf: float, met: set,
                    judged: bool = True, plain: dict | None = None) -> list[str]:
    """The rare long words of a sentence the reader meets there for the first time (a word met in an
    earlier sentence, the title included, is not new), distinct, in order; a jargon term of several
    words ("mechanical ventilation") is one. `met` collects what the sentence introduces. `found` is
    the document's jargon scan, `term_starts` the starts of its terms. Not `judged`: only `met` is
    filled (a sentence that cannot be reported needs no rare words, but later sentences need what it met).
    `plain`: _plain_words(analysis), looked up once per document by the caller."""
    if plain is None:
        plain = _plain_words(analysis)
    result = []
    # Most words are short or familiar: a list comprehension drops them before the loop (one cached test a word).
    for start, end, word in [item for item in analysis.sentence_words(sentence) if _long_unfamiliar(item[2])]:
        index = bisect.bisect_right(term_starts, start) - 1
        term = found.terms[index] if index >= 0 and found.terms[index].end > start else None
        forms = {("term", term.key)} if term else set(singulars(word))
        if forms & met:
            continue
        met |= forms
        if not judged:
            continue
        plain_word = plain.get(word)
        if plain_word is None:  # the tests of the word alone, once per word and process (all of them are pure)
            plain_word = plain[word] = word.lower() in found.lexicon.allowed or found.lexicon.is_everyday(word) \
                or any(is_acronym(part) for part in hyphen_parts(word) if part)
        if plain_word or found.is_exempt(start, end):
            continue
        if term:
            if not found.explained(term.start, term.end, by_class=found.lexicon.terms[term.key].names_a_medicine):
                result.append(analysis.text[term.start:term.end])
            continue
        # The frequency first: a dictionary lookup, where asking whether a word is explained reads its sentence.
        score = word_zipf(word, 3, rare_zipf)
        if score is not None and score < rare_zipf and not found.explained(start, end, by_class=True):
            result.append(word)  # not explained where it stands: "vertigo (a spinning feeling)"
    return result


def _plain_words(analysis) -> dict:
    """word -> allowed, everyday or an acronym: per process and rule set."""
    return analysis.shared(("readability", "hard", "plain-words"), dict)


@lru_cache(maxsize=65536)
def _long_unfamiliar(word: str) -> bool:
    """Three syllables or more, not a familiar word, not two words run together: one lookup per word."""
    return count_syllables(word) >= LONG_WORD_SYLLABLES and not is_familiar(word) and not _GLUED.search(word)


def judge(analysis, formula, options) -> list[Verdict]:
    """Every sentence of at least `min_words` words whose grade is more than `margin` above `target` and
    that has a cause: over `long_sentence` words, or `min_rare_words` new rare long words or more (not
    in a heading: a title names its topic). Computed once per document and set of options
    (hard-sentence reports them; sentence-length, when it runs beside it, stays silent on them)."""
    key = ("readability", "hard", formula.__name__, options.target, options.margin, options.min_words,
           options.long_sentence, options.min_rare_words, options.rare_zipf)
    return analysis.memo(key, lambda: list(_judge(analysis, formula, options)))


def _judge(analysis, formula, options):
    from laylint.jargon import scan

    items = document_counts(analysis).sentences
    grades = [_reportable_grade(item, formula, options) for item in items]
    last = max((index for index, (grade, _) in enumerate(grades) if grade is not None), default=-1)
    if last < 0:
        return  # no sentence can be reported: what the sentences met is never asked (issue #19)
    found = scan(analysis)
    term_starts = [m.start for m in found.terms]  # once per document, not per sentence
    met: set = set()
    plain = _plain_words(analysis)  # once per document, not per sentence
    # The sentences after the last reportable one are not read: what they meet matters to no sentence (issue #19).
    for item, (grade, words) in zip(items[:last + 1], grades):
        # a sentence that cannot be reported: judging its rare words (frequencies, explanations) is skipped, only
        # what it met is kept for the sentences after it (issue #19)
        rare = _new_rare_words(analysis, found, term_starts, item.sentence, options.rare_zipf, met,
                               judged=grade is not None, plain=plain)
        if grade is None:
            continue
        long = words > options.long_sentence
        if long or len(rare) >= options.min_rare_words:
            yield Verdict(item, grade, long, tuple(rare), words)


def _reportable_grade(item, formula, options) -> tuple[float | None, int]:
    """The sentence's grade when it may be reported (long enough, not a short heading, more than `margin` above
    `target`), else None; and the words of its longest part. A long sentence that is several run together
    (readability.pieces: a bullet label before "Label: It is unclear ...") is
    graded as those sentences, and is long only when one of them is."""
    counts, words = graded_counts(item, options)
    long = words > options.long_sentence
    if item.counts.words < options.min_words or (item.sentence.block == "heading" and not long):
        return None, words
    grade = formula(counts)
    return (grade if grade > options.target + options.margin else None), words


def graded_counts(item, options):
    """The counts a sentence is graded by, and the words of its longest part: a long sentence that is several run
    together is graded as those sentences (only a long one is split: a short one is not long whatever its parts)."""
    counts, words = item.counts, item.counts.words
    if words > options.long_sentence:
        parts = pieces(item.sentence.text)
        if len(parts) > 1:
            counts = count_text(item.sentence.text, sentences=len(parts))[0]
            words = max(count_text(part)[0].words for part in parts)
    return counts, words


def reason(verdict: Verdict, shown: int = 3) -> str:
    """"34 words long; rare long words: hypersomnia, polysomnography" (the causes that apply)."""
    parts = []
    if verdict.long:
        parts.append(f"{verdict.words or verdict.item.counts.words} words long")
    if verdict.rare:
        listed = ", ".join(verdict.rare[:shown]) + (", ..." if len(verdict.rare) > shown else "")
        parts.append(f"{len(verdict.rare)} rare long word{'s' if len(verdict.rare) > 1 else ''} ({listed})")
    return " and ".join(parts)
