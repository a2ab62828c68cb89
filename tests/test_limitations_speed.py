"""limitations: a sentence with no limitation cue is not searched for the cues that would block one (issue #19);
the answer is the plain computation's on every sentence of the table and of 300 Devaraj summaries."""

from __future__ import annotations

from lint_support import hedging_sentences

from laylint.hedging import appraisal, limit_clauses, passages
from laylint.hedging.phrases import without_overlaps
# Written for these tests, across fields: strong and weak cues, with and without what blocks them
TEXTS = [
    "The studies were small and at high risk of bias, so we are uncertain about the effect on heart attacks.",
    "A limitation of this review is that few trials of nicotine patches measured quitting at 12 months.",
    "However, the quality of the evidence on depression scores was low because people knew their treatment.",
    "However, children with asthma used their inhalers more often.",
    "The limitations of daily life with kidney disease were measured with a questionnaire.",
    "We are not limited by language: we searched for trials of chemotherapy in any language.",
    "Limitations of the evidence\n\nOnly three trials looked at vaccine side effects in older adults.",
    # round R asks the appraisal last: a sentence the cue lists and the appraisal both find, and one only the appraisal finds
    "A limitation of this review is that the trials of kidney dialysis were all quite small.",
    "The studies of cognitive therapy for psychosis were small.",
]


def _plain_is_cued(lex, tokens, start, end) -> bool:
    """_is_cued as it was: the blocking cues looked up first, for every sentence."""
    if lex.not_evidence_cues.search(tokens, start, end):
        return False
    if lex.stated_certainty_cues.search(tokens, start, end):
        return True  # round 18: "high-quality evidence" says how sure the evidence is
    if appraisal.appraises(lex, tokens, start, end):
        return True  # round 19: a subject about the evidence with an appraisal concept
    if limit_clauses.states_limit(lex.limitation_clauses, tokens, start, end):
        return True  # round 21: a marker meeting an evidence object in one clause
    not_cues = lex.not_limitation_cues.find(tokens, start, end)
    if without_overlaps(lex.limitation_cues.find(tokens, start, end), not_cues):
        return True
    weak = without_overlaps(lex.weak_limitation_cues.find(tokens, start, end), not_cues)
    return bool(weak) and lex.weakness_words.search(tokens, start, end)


def test_the_appraisal_asked_last_still_answers_alone():
    """A sentence only the appraisal finds is cued; one the cue lists find is cued without asking it (round R)."""
    found = {s.text: (passages.is_cued(lex, tokens, s.start, s.end), passages._has_cue(lex, tokens, s.start, s.end))
             for lex, tokens, s in hedging_sentences(TEXTS[-2:], corpus_rows=0)}
    assert list(found.values()) == [(True, True), (True, False)]


def test_is_cued_equals_the_plain_computation_on_every_sentence():
    answers = []
    for lex, tokens, sentence in hedging_sentences(TEXTS):
        got = passages.is_cued(lex, tokens, sentence.start, sentence.end)
        assert bool(got) == bool(_plain_is_cued(lex, tokens, sentence.start, sentence.end)), sentence.text
        answers.append(bool(got))
    assert len(answers) > 3000 and 100 < sum(answers) < len(answers) - 1000  # both answers, many times
