"""Booster words that boast nothing where they stand (hedging/overclaim, round 17).

On human writing no round had shown, most booster hits were the outcome a review measured ("two out of three
were cured"), what studies found ("no side effects were found"), a turn of phrase ("have proven difficult"), a
word describing a noun ("proteins that always co-purify") or background under an inline question ("What is
JIA? ... It always lasts for at least six weeks"): bench/data/precision/README-independent-17.md. These are
closed grammar words, so they live here; the booster words themselves are in lexicons/hedges.yaml.
"""

from __future__ import annotations

import re

_BE = frozenset("is are was were be been being get gets got become became remain remained".split())
# Before "cure": a verb ("can cure", "to cure" is an aim) or a boast ("a cure for"); any other word makes it the noun.
_VERB_BEFORE = frozenset("can could will would does do did".split())
_NOUN_BOAST = frozenset("a an the".split())
_NOT_SUBJECT = frozenset("is was has as this its thus us his less".split())  # end in s, but no plural subject
_NOT_OBJECT = frozenset("is was were are equals equal rate rates of for and or in at with by after within".split())
# Before "cured", a word that makes it an adjective ("in cured patients") or a person's own healing ("who cured").
_NOT_AGENT = frozenset("in of among the a an all who whom and or not".split())
_GROUP = frozenset("patients participants people women men children adults babies cases".split())
_REPORTED = frozenset("reported found saw seen observed noted recorded described had caused showed experienced "
                      "were was".split())
# "proven difficult": a prove-form before one of these means "turned out", not evidence.
_TURN_OUT = frozenset("difficult hard challenging elusive impossible infeasible unfeasible impractical "
                      "problematic costly expensive controversial unsuccessful disappointing tricky".split())
_PROVE = frozenset("prove proves proved proven".split())
_RELATIVE = frozenset("that which who".split())
# "that" after one of these opens what is said or shown ("found that"), not a clause describing a noun.
_COMPLEMENT = frozenset("found find finds show shows showed shown suggest suggests suggested mean means meant say "
                        "says said conclude concluded know known clear evidence proof believe think so such is was "
                        "prove proves proved demonstrate demonstrates demonstrated indicate indicates indicated "
                        "confirm confirms confirmed report reports reported note noted fact sure certain likely "
                        "possible unlikely true argue argued claim claims claimed".split())
_WORD = re.compile(r"[\w'’]+")


def _words_before(tokens, start: int, count: int) -> list[str]:
    """Up to `count` words just before `start`, not crossing , ; : . ( ) (nearest last)."""
    piece = re.split(r"[.,;:!?()\[\]]", tokens.text[max(0, start - 80):start])[-1]
    return [w.lower() for w in _WORD.findall(piece)][-count:]


def _words_after(tokens, end: int, count: int) -> list[str]:
    piece = re.split(r"[.,;:!?()\[\]]", tokens.text[end:end + 80])[0]
    return [w.lower() for w in _WORD.findall(piece)][:count]


def _cure_is_the_outcome(tokens, match) -> bool:
    word = match.text.lower()
    before, after = _words_before(tokens, match.start, 2), _words_after(tokens, match.end, 1)
    last = before[-1] if before else None
    if word == "cure":  # the verb after a modal or a plural subject ("slings cure"), or a boast ("a cure")
        if last in _VERB_BEFORE or last in _NOUN_BOAST:
            return False
        plural_subject = last is not None and last.endswith("s") and not last.endswith("ss") and last not in _NOT_SUBJECT
        return not (plural_subject and after and after[0] not in _NOT_OBJECT)
    if word == "cured":  # passive ("were cured"), adjective ("cured patients") or a person's own healing
        return any(w in _BE for w in before) or last in _NOT_AGENT or (bool(after) and after[0] in _GROUP)
    return False  # "cures": the verb ("this drug cures migraine")


def _reports_no_side_effects(tokens, match) -> bool:
    """'no side effects were found', 'people reported no side effects': what studies found, not a promise."""
    before = _words_before(tokens, match.start, 1)
    after = _words_after(tokens, match.end, 6)
    return (bool(before) and before[-1] in _REPORTED) or any(w in ("was", "were", "been") for w in after)


def _describes_a_noun(tokens, match) -> bool:
    """Right after a relative 'that/which/who' (and 'were'): it describes the noun ('proteins that always bind')."""
    before = _words_before(tokens, match.start, 3)
    if before and before[-1] in _BE:
        before = before[:-1]
    if not before or before[-1] not in _RELATIVE:
        return False
    return before[-1] != "that" or len(before) < 2 or before[-2] not in _COMPLEMENT


def not_a_claim(tokens, match) -> bool:
    """The booster at `match` boasts nothing where it stands (see the module docstring)."""
    word = match.text.lower()
    if word in ("cure", "cures", "cured"):
        return _cure_is_the_outcome(tokens, match)
    if word == "no side effects":
        return _reports_no_side_effects(tokens, match)
    if word in _PROVE:
        after = _words_after(tokens, match.end, 3)
        if after[:2] == ["to", "be"]:
            after = after[2:]
        if after and after[0] in _TURN_OUT:
            return True
    return _describes_a_noun(tokens, match)


def under_background_question(lexicon, analysis, index: int, reach: int = 4) -> bool:
    """A question inside the paragraph before this sentence opens background ("... What is JIA? JIA is a joint
    disease. It always lasts six weeks"): older Cochrane paragraphs have lost the line breaks of their headings."""
    from laylint.hedging import statements

    sentences = analysis.sentences
    here = sentences[index]
    position = index - 1
    while position >= 0 and index - position <= reach:
        before = sentences[position]
        if before.block != here.block or "\n" in analysis.text[before.end:here.start]:
            return False
        if before.text.rstrip(" \"'”’)*").endswith("?"):
            return statements.section_kind(lexicon, before.text) == statements.BACKGROUND
        position -= 1
    return False
