"""rare-word's look for an explained earlier form through the words indexed by their opening gives what the walk
over every word gives (issue #19, round N)."""

from __future__ import annotations

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.checks.rare_word import _form_explained_before
from laylint.jargon import _rare, scan
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

# Written for this test, across fields: a form explained early, another used later (or not explained at all)
TEXTS = [
    "Ovulation (the release of an egg) was checked by scan. Women who were not ovulating got clomifene.",
    "Bronchiectasis (widened airways) is long-lasting. Bronchiectatic lungs held mucus; bronchodilators helped.",
    "Nephrotoxicity (kidney damage) was rare. Nephrotoxic drugs were stopped before dialysis in the renal units.",
    "Varenicline (a stop-smoking pill) helped. People given vareniclines or cytisine quit more often.",
    "Anthracyclines (strong cancer drugs) were given. Anthracycline cardiotoxicity was seen in two trials.",
    "Anhedonia (losing pleasure in things) improved. Anhedonic adolescents on fluoxetine slept better.",
    "Bronchiolitis (a chest infection in babies) is common. Infants with bronchiolitic wheeze got nebulised saline.",
]


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, keep_analysis=True).analysis


@pytest.mark.parametrize("text", TEXTS)
def test_indexed_look_gives_the_walk_over_every_word(text):
    analysis = _analysis(text)
    found = scan(analysis)
    rare = _rare(found, 4.5, 3)
    assert rare  # each text has rare words to ask about
    for word in rare:
        assert _form_explained_before(found, word, analysis) == _form_explained_before(found, word)


def test_an_explained_form_is_found_through_the_index():
    analysis = _analysis(TEXTS[0])
    found = scan(analysis)
    by_word = {r.word: r for r in _rare(found, 4.5, 3)}
    assert _form_explained_before(found, by_word["ovulating"], analysis) is True
    assert _form_explained_before(found, by_word["clomifene"], analysis) is False
