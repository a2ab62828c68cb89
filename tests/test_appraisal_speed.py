"""appraisal: a family is tried only where its lists can start (issue #19, round N); the answer is the plain loop's
over every family on every sentence of the table and of 300 Devaraj summaries."""

from __future__ import annotations

from lint_support import hedging_sentences

from laylint.hedging import appraisal
# Written for this test, across fields: appraisals by each kind of tie, and sentences that only look like one
TEXTS = [
    "Only one small trial of statins after a stroke reported deaths.",
    "The trials of antidepressants in teenagers were all quite small.",
    "The programmes to help pregnant women stop smoking varied a lot.",
    "These results on kidney function should be read with caution.",
    "It is not possible to say whether the vaccine prevents measles in infants.",
    "None of the trials of chemotherapy for breast cancer was of high quality.",
    "The studies found small benefits of exercise for heart failure.",
    "There were no deaths in the trials of antibiotics for ear infections.",
    "More research is needed on nicotine patches for pregnant smokers.",
]


def _plain(lex, tokens, start, end):
    for family in lex.appraisal_families:
        found = appraisal._family_finds(lex, lex.appraisal_grammar, family, tokens, start, end)
        if found:
            return found
    return None


def test_appraises_equals_the_plain_loop_on_every_sentence():
    answers, pairs = [], []
    for lex, tokens, sentence in hedging_sentences(TEXTS):
        if not pairs or pairs[-1][0] is not tokens:
            pairs.append((tokens, type(tokens)(tokens.text)))  # a fresh copy: no memo shared with the quick path
        got = appraisal.appraises(lex, tokens, sentence.start, sentence.end)
        assert got == _plain(lex, pairs[-1][1], sentence.start, sentence.end), sentence.text
        answers.append(got)
    lists, _ = appraisal._first_words(lex.appraisal_families)
    for tokens, fresh in pairs:  # the starts handed to tokens are those it works out itself
        for _, phrases, name in lists:
            assert tokens.candidates(phrases) == fresh.candidates(phrases), name
    found = [a for a in answers if a]
    assert len(answers) > 3000 and len(found) > 100 and len({a.split(":")[0] for a in found}) >= 4
