"""Kind `jargon-density`: too many different unexplained jargon terms and rare words for the length of the text."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from laylint.checks.kind import Kind, option


@dataclass(frozen=True)
class Options:
    max_share: float = option(0.02, above=0, below=1)
    min_words: int = option(50, minimum=0)
    max_zipf: float = option(2.75, minimum=0, maximum=8)
    min_letters: int = option(3, minimum=1)
    min_count: int = option(4, minimum=1)
    research_min_count: int = option(8, minimum=1)  # when every counted word is study vocabulary (issue #16)


def validate(options):
    if not 0 < options.max_share < 1:
        yield "max_share", "must be a share between 0 and 1 (0.02 = 2 in 100 words)"


def first_uses(analysis, max_zipf: float, min_letters: int) -> list[tuple[int, int, bool]]:
    """(start, end, by_class) of the first use of each family of jargon terms and rare words.

    Each term or rare word counts once, however often it is used: the review's own topic word
    ("glioma" 21 times) is one word to learn, not 21; and forms of one word ("jaundice", "jaundiced")
    are one word family. Rare words written next to each other are one name ("beclometasone dipropionate")."""
    from laylint.jargon import families, rare_words, scan

    found = scan(analysis)
    uses = [(m.start, m.end, found.lexicon.terms[m.key].names_a_medicine, False) for m in found.terms]
    uses += [(r.start, r.end, True, True) for r in rare_words(analysis, max_zipf, min_letters)]
    seen: set[str] = set()
    first = []
    for start, end, name in _joined(found.text, sorted(uses)):
        family = families(found.text[start:end]) or {found.text[start:end].lower()}
        if family & seen:
            continue  # only a family's first use needs explaining
        seen |= family
        first.append((start, end, name))
    return first


_JOINT = re.compile(r"[ \t]+")  # a space (not a line break) between two rare words
# The second word of a drug's chemical name: a salt or ester ("dipropionate", "subsalicylate", "hydrochloride")
_SALT = re.compile(r"[a-z]+(?:ate|ide|ite)|sodium|potassium|calcium|magnesium", re.I)


def _joined(text: str, uses: list[tuple[int, int, bool, bool]]) -> list[tuple[int, int, bool]]:
    """A rare word and the salt or ester written right after it are one drug name to learn ("beclometasone
    dipropionate", "bismuth subsalicylate": README-independent-17). Two rare words of other kinds stay two:
    "fenestrated endovascular", "non-steroidal antiandrogens", "meconium-stained amniotic" each hold two words
    a reader must decode (measured on the TSAR and Devaraj labels, round 17)."""
    joined: list[list] = []
    for start, end, name, rare in uses:
        last = joined[-1] if joined else None
        if last and rare and last[3] and start > last[1] and _JOINT.fullmatch(text, last[1], start) \
                and _SALT.fullmatch(text, start, end):
            last[1] = end
            continue
        joined.append([start, end, name, rare])
    return [(start, end, name) for start, end, name, _ in joined]


def jargon_share(analysis, max_zipf: float, min_letters: int) -> tuple[int, int]:
    """(different jargon terms and rare words left unexplained at their first use, all words)."""
    from laylint.jargon import scan

    found = scan(analysis)
    return _unexplained(found, first_uses(analysis, max_zipf, min_letters)), len(found.words)


def _unexplained(found, first: list[tuple[int, int, bool]]) -> int:
    return len(_unexplained_spans(found, first))


def _unexplained_spans(found, first: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    return [(start, end) for start, end, name in first if not found.explained(start, end, by_class=name)]


# Study vocabulary every review uses ("RCTs, blinding, outcome, protocols"): each is jargon/term's matter; a text of
# only these is not a dense clinical text until it holds `research_min_count` of them (README-independent-22)
_RESEARCH = re.compile(r"(?:randomi[sz]|rct|blind|outcome|intervention|protocol|trial|placebo|cohort|baseline|"
                       r"participant|incidence|prevalence|efficacy|adverse|allocat|crossover|cross-over|follow-up|"
                       r"systematic review|meta-analys|confidence interval|risk of bias|statistic|significan|"
                       r"controlled|comparator|sample size|attrition|heterogene|certainty|evidence|"
                       r"inclusion criteri|exclusion criteri|eligib|pilot stud|pooled|imprecis|indirectness|"
                       r"inconsisten|publication bias|subgroup|sensitivity analys)", re.I)


def _research_only(text: str, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and all(_RESEARCH.match(text, start, end) for start, end in spans)


def check(rule, analysis):
    from laylint.jargon import scan

    options = rule.options
    found = scan(analysis)
    total = len(found.words)
    if not total or total < options.min_words:
        return  # nothing to judge, or too short to judge
    first = first_uses(analysis, float(options.max_zipf), options.min_letters)
    if len(first) / total <= options.max_share:
        return  # within the share even if none is explained: no explanation is looked for (issue #19)
    spans = _unexplained_spans(found, first)
    hard = len(spans)
    share = hard / total
    if share <= options.max_share or hard < options.min_count:
        return  # three unexplained words are jargon/term's matter, not a dense text (README-independent-20)
    if hard < options.research_min_count and _research_only(found.text, spans):
        return  # study vocabulary only: each word is jargon/term's, the text is not dense with clinical words
    blocks = analysis.document.blocks
    end = len(blocks[0].text) if blocks else 0
    yield analysis.diagnostic(rule, 0, end, share=shown_share(hard, total),
                              limit=f"{100 * options.max_share:g} in 100", count=hard, words=total)


def shown_share(count: int, words: int) -> str:
    """The share per 100 words, rounded up to one decimal: 4 in 198 words (2.02) reads "2.1", never "2.0", which
    would look within a limit of 2 (README-independent-20)."""
    tenths = math.ceil(round(1000 * count / words, 6))  # round first: 3/100 is 30.000000000000004 tenths
    return f"{tenths / 10:.1f} in 100 words"


KIND = Kind("jargon-density", check, Options, fields=("share", "limit", "count", "words"), validate=validate,
            document_scope=True)
