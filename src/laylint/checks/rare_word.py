"""Kind `rare-word`: a word that is rare in general English (wordfreq Zipf frequency below a threshold)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from laylint.checks.kind import Kind, option
from laylint.text import fold


@dataclass(frozen=True)
class Options:
    max_zipf: float = option(2.75, minimum=0, maximum=8)
    min_letters: int = option(3, minimum=1)


def validate(options):
    if not 0 <= options.max_zipf <= 8:
        yield "max_zipf", "Zipf frequencies run from 0 to 8"


def check(rule, analysis):
    from laylint.jargon import rare_words, same_word, scan

    found = scan(analysis)
    max_zipf = float(rule.options.max_zipf)
    seen = []
    for rare in rare_words(analysis, max_zipf, rule.options.min_letters):
        key = fold(rare.word).lower().removesuffix("'s")  # "dexmedetomidine’s" is dexmedetomidine
        if any(same_word(key, earlier) for earlier in seen):
            continue  # only the first use of a word, in any of its forms: "videolaryngoscope (a tool ...)" covers
            # "videolaryngoscopes", "ovulation (release of an egg)" covers "ovulating"
        seen.append(key)
        if found.explained(rare.start, rare.end, by_class=True) or _form_explained_before(found, rare):
            continue
        if _answered_next(analysis, found, rare):
            continue  # a title word, then "What is photobiomodulation?"
        if _title_says_what_for(analysis, found, rare) or _explained_under_title(analysis, found, rare):
            continue  # "Using X for pain relief"; the title, then "X is a medicine that ..." (README-independent-11)
        yield analysis.diagnostic(rule, rare.start, rare.end, word=rare.word, zipf=f"{rare.zipf:.1f}",
                                  threshold=f"{max_zipf:g}")


def _form_explained_before(found, rare) -> bool:
    """Another form of the word, common enough not to be reported itself, is explained earlier:
    "ovulation (release of an egg)" ... "not ovulating"."""
    from laylint.jargon import same_word

    head = fold(rare.word).lower()[:5]
    before = found.words[:bisect.bisect_left(found.word_starts, rare.start)]  # the words after it cannot be earlier
    return any(_folded(word).startswith(head) and same_word(word, rare.word) and found.explained(start, end)
               for start, end, word in before if end <= rare.start)


@lru_cache(maxsize=65536)  # pure; asked of every word before each rare word
def _folded(word: str) -> str:
    return fold(word).lower()


def _answered_next(analysis, found, rare) -> bool:
    from laylint.jargon import answered_by_next_heading, same_word

    sentence = analysis.sentence_at(rare.start)
    if sentence is None or sentence.block != "heading":
        return False
    following = next(((s, e) for s, e, w in found.words if s > rare.start and same_word(w, rare.word)), None)
    return answered_by_next_heading(analysis, found, rare.start, following)


# What a thing in a title is for, right after it: "X for pain relief", "X to reduce low mood", "X to help people
# stop smoking" (not whom it is for: "X for adults with depression")
# (not "for treating hepatitis B": that names the illness, not what the thing does; judged true in earlier rounds)
_PURPOSE_VERB = (r"(?:reliev|reduc|prevent|eas|control|stop|improv|induc|lower|calm|numb|protect|heal|"
                 r"shorten|speed)(?:e|es|ing)?")
_PURPOSE_AFTER = re.compile(rf"\s+(?:(?:to|for)\s+(?:help(?:ing)?\s+(?:[a-z]+\s+)?)?{_PURPOSE_VERB}\b"
                            r"|for\s+(?:[a-z]+\s+){1,2}?(?:relief|prevention|control|reduction)\b)", re.I)
_HEADING_BETWEEN = re.compile(r"key\s+messages?|main\s+messages?|key\s+points|summary", re.I)


def _title_says_what_for(analysis, found, rare) -> bool:
    sentence = analysis.sentence_at(rare.start)
    return (sentence is not None and sentence.block == "heading"
            and bool(_PURPOSE_AFTER.match(found.text, rare.end, sentence.end)))


def _explained_under_title(analysis, found, rare) -> bool:
    """A title word whose next use is in the first block of text under the title (past a "Key messages" heading:
    the first key message), and explained there: "treating glioma?" then "glioma (an aggressive brain tumour)"."""
    from laylint.jargon import block_index

    blocks = analysis.document.blocks
    index = block_index(analysis, rare.start)
    if index is None or blocks[index].kind != "heading" or any(b.kind != "heading" for b in blocks[:index]):
        return False  # only the title: a heading further down has text above it
    below = index + 1
    if below < len(blocks) and blocks[below].kind == "heading" and _HEADING_BETWEEN.fullmatch(blocks[below].text.strip(" :#")):
        below += 1
    if below >= len(blocks) or blocks[below].kind == "heading":
        return False
    block = blocks[below]
    # the same word, not another form: "allergic cells (eosinophils)" does not gloss "eosinophilic"
    word = fold(rare.word).lower()
    following = next(((s, e) for s, e, w in found.words if s > rare.start and fold(w).lower() in (word, word + "s")),
                     None)
    return (following is not None and block.prose_start <= following[0] < block.prose_start + len(block.text)
            # a gloss, not only a class word: "the medicine entecavir" under the title was judged unexplained
            and found.explained(*following)
            and not _EXAMPLES_AFTER.match(found.text, following[1], block.prose_start + len(block.text)))


# Examples of something else after it: "treatments for eosinophilic esophagitis, such as steroids" gives examples of
# the treatments, it does not say what the title word means
_EXAMPLES_AFTER = re.compile(r"[^.;:!?()]{0,40}?,?\s(?:such\s+as|including|like|for\s+example|e\.g\.)\s", re.I)


KIND = Kind("rare-word", check, Options, fields=("word", "zipf", "threshold"), validate=validate)
