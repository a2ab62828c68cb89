"""rare-word's look for an explained earlier form among the words before the rare word only gives what the walk
over every word gives (issue #19, round N)."""

from __future__ import annotations

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.checks.rare_word import _form_explained_before
from laylint.jargon import _rare, same_word, scan
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


def _walk(found, rare) -> bool:
    """The look as it was: over every word of the summary."""
    head = rare.word.lower()[:5]
    return any(word.lower().startswith(head) and same_word(word, rare.word) and found.explained(start, end)
               for start, end, word in found.words if end <= rare.start)


@pytest.mark.parametrize("text", TEXTS)
def test_the_look_before_the_word_gives_the_walk_over_every_word(text):
    found = scan(_analysis(text))
    rare = _rare(found, 4.5, 3)
    assert len(rare) >= 2  # each text has rare words to ask about
    answers = [_form_explained_before(found, word) for word in rare]
    assert answers == [_walk(found, word) for word in rare]


def test_an_explained_form_is_found_and_a_later_one_is_not_looked_at():
    found = scan(_analysis(TEXTS[0]))
    by_word = {r.word: r for r in _rare(found, 4.5, 3)}
    assert _form_explained_before(found, by_word["ovulating"]) is True
    assert _form_explained_before(found, by_word["clomifene"]) is False
