"""appraisal: a family is tried only where its lists can start (issue #19, round N); the answer is the plain loop's
over every family on every sentence of the table and of 300 Devaraj summaries."""

from __future__ import annotations

import json
from pathlib import Path

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.hedging import appraisal, lexicon, tokens_of
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
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
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    with CORPUS.open(encoding="utf-8") as lines:
        texts = TEXTS + [json.loads(line)["summary"] for line, _ in zip(lines, range(300))]
    answers = []
    for text in texts:
        data = text.encode()
        analysis = lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis
        lex, tokens = lexicon.of(analysis), tokens_of(analysis)
        fresh = type(tokens)(tokens.text)  # no memo shared with the quick path
        for sentence in analysis.sentences:
            got = appraisal.appraises(lex, tokens, sentence.start, sentence.end)
            assert got == _plain(lex, fresh, sentence.start, sentence.end), sentence.text
            answers.append(got)
        lists, _ = appraisal._first_words(lex.appraisal_families)
        for _, phrases, name in lists:  # the starts handed to tokens are those it works out itself
            assert tokens.candidates(phrases) == fresh.candidates(phrases), name
    found = [a for a in answers if a]
    assert len(answers) > 3000 and len(found) > 100 and len({a.split(":")[0] for a in found}) >= 4
