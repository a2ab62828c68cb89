"""Kind `missing-finding`: a finding marked `key: true` in the metadata is never stated: no figure
in the summary matches it, and no statement names its outcome with its drug (lay summaries often
give a result in words: "may result in a longer hospital stay"). Reported at the finding's line in
the metadata, at info severity; a finding stated with another value is reported at that number only
(number-mismatch or wrong-pair)."""

from __future__ import annotations

import re

from laylint.checks.kind import Kind
from laylint.checks.leftover import not_a_summary

# Words that name a measurement rather than the outcome itself ("length of hospital stay").
_NOT_THE_OUTCOME = frozenset("""the and for with from any all cause total number rate risk level levels score scores
length time change mean proportion incidence occurrence improvement measured""".split())
# Two-letter names of measures ("Hb", "BP"), not two-letter words ("An", "In" at a sentence start).
_SHORT_NAME = re.compile(r"(?!(?:An|As|At|By|Do|He|If|In|Is|It|No|Of|On|Or|So|To|Up|We)\b)[A-Z][A-Za-z]")
_STEM = 5  # letters: "surviv" in survival/survive, "bleed" in bleeding
# Lay words that state a finding in words only: "reduce weight slightly" states a BMI finding. Kept out of
# the lay-synonyms lexicon, which also reads figures (2 kg of weight is not a BMI difference).
_IN_WORDS = {"bmi": ("weight",), "body mass index": ("weight",), "bmi z-score": ("weight",), "zbmi": ("weight",)}


def _stems(text: str) -> set[str]:
    from laylint.text import words

    return {word.lower()[:_STEM] for _, _, word in words(text)
            if (len(word) >= 3 or _SHORT_NAME.fullmatch(word)) and word.lower() not in _NOT_THE_OUTCOME}


def _outcome_wordings(analysis, outcome: str) -> list[set[str]]:
    """The content-word stems of an outcome's name, its aliases and its lay synonyms."""
    from laylint.claims.vocabulary import vocabulary
    names = [outcome, *analysis.metadata.outcomes.get(outcome, ())]
    wordings = [stems for stems in map(_stems, names) if stems]
    wordings += [_stems(word) for name in names for word in _IN_WORDS.get(name.lower(), ())]
    for group in vocabulary(analysis).synonyms:  # "mortality" in "all-cause mortality" brings "deaths"
        if any((stems := _stems(word)) and any(stems <= wording for wording in wordings) for word in group):
            wordings.extend(stems for stems in map(_stems, group) if stems)
    return wordings


def _stated_in_words(analysis, finding, statements: list[set[str]]) -> bool:
    """A statement uses most of the content words of one of the outcome's wordings."""
    for wording in _outcome_wordings(analysis, finding.outcome):
        need = (len(wording) + 1) // 2
        if any(len(wording & sentence) >= need for sentence in statements):
            return True
    return False


def _named_anywhere(analysis, finding) -> bool:
    """Does any content word of the outcome's name, aliases or lay synonyms appear anywhere in the summary? Only
    a summary that never names the outcome at all surely leaves its finding out (claims round 36, part F: 6 of 9
    judged hits where it was named were stated in words the rule does not read)."""
    said = analysis.memo("missing-finding.stems", lambda: set().union(*_statements(analysis)))  # a question or heading does not count
    return any(wording & said for wording in _outcome_wordings(analysis, finding.outcome))


# an outcome that rates how ill people are overall ("global state", "TWSTRS total score", "overall severity"), which
# lay summaries state as an effect on the symptoms ("little to no difference to schizophrenia symptoms")
_OVERALL_MEASURE = re.compile(r"\b(?:global|overall|total\s+score|rating\s+scale|clinical\s+status|severity)\b", re.IGNORECASE)
_SYMPTOMS = re.compile(r"\bsymptoms?\b", re.IGNORECASE)
_EFFECT = re.compile(r"\b(?:fewer|less|milder|improv\w*|reduc\w*|differen\w*|better|worse|effect\w*|eas(?:e|ed|es|ing)|reliev\w*)\b",
                     re.IGNORECASE)


def _symptoms_stated(analysis, finding) -> bool:
    """An overall rating of illness stated as an effect on the symptoms (claims round 37, part C: 3 of 4 judged-false
    hits of independent rounds 29b-36b)."""
    names = [finding.outcome, *analysis.metadata.outcomes.get(finding.outcome, ())]
    if not any(_OVERALL_MEASURE.search(name) for name in names):
        return False
    return any(s.block != "heading" and not s.text.rstrip().endswith("?") and _SYMPTOMS.search(s.text)
               and _EFFECT.search(s.text) for s in analysis.sentences)


def _statements(analysis) -> list[set[str]]:
    """The content-word stems of each sentence that states something (no headings, no questions)."""
    return [_stems(s.text) for s in analysis.sentences if s.block != "heading" and not s.text.rstrip().endswith("?")]


def check(rule, analysis):
    from laylint.claims import extract
    from laylint.claims.drafted import drafted

    if drafted(analysis):
        return  # the drafter guesses which findings are key; the summary's choice is the writer's
    if not_a_summary(analysis):
        return  # "..." or only chat: artifacts says the text is not a summary, not which findings it lacks
    claims = extract(analysis)
    stated = {id(c.finding) for c in claims if c.verdict == "verified" and c.finding is not None}
    # A finding stated with another value has its message at that number (number-mismatch or wrong-pair):
    # one message per problem, and the number's message is the one the writer can act on.
    for claim in claims:
        own = claim.finding if claim.verdict == "number-mismatch" else claim.pair_finding if claim.verdict == "wrong-pair" else None
        if own is not None:
            stated.add(id(own))
    metadata = analysis.metadata
    worded = None
    for finding in metadata.findings:
        if not finding.key or id(finding) in stated:
            continue
        if worded is None:
            worded = _statements(analysis)
        if _stated_in_words(analysis, finding, worded):
            continue
        if _named_anywhere(analysis, finding):
            continue  # its outcome is named: a paraphrase the rule cannot read may state it ("how well the veins pump")
        if _symptoms_stated(analysis, finding):
            continue
        status = "is never stated in the summary (no figure matches it and no statement uses a word of its outcome)"
        yield analysis.diagnostic_at(rule, finding.line, 1, path=metadata.origin, finding=finding.describe(),
                                     drug=finding.drug or "no drug", outcome=finding.outcome, value=str(finding.value),
                                     status=status)


KIND = Kind("missing-finding", check, fields=("finding", "drug", "outcome", "value", "status"), document_scope=True)
