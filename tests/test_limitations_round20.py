"""hedging/limitations, round 20: more appraisal shapes read as grammar (families and ties), not as phrases.

Shapes: the evidence with a negated establishing verb or quality ("the evidence does not fully establish"), a
need for research in other words ("should be confirmed"), the review could not answer ("we could not determine"),
counts of quality ("only one was a high-quality trial"), applicability as a caution ("results may depend on"), and
wordings with no evidence subject ("not much can be said about"). Our own sentences across fields; and result
sentences sharing the words, which must stay flagged."""

import pytest

from laylint.api import lint_text
from lint_support import LIMITATION_RESULTS, limitation_errors

RESULT = LIMITATION_RESULTS
errors = limitation_errors


QUIET = [
    # (1) the evidence as subject, with a negated establishing verb or a negated quality
    ("negated", "cardiology", "The evidence does not fully establish that beta-blockers help older women."),
    ("negated", "renal", "These trials do not prove that bicarbonate delays dialysis."),
    ("negated", "infection", "The available data cannot confirm a benefit in adults."),
    ("negated", "mental", "There is no good evidence available on therapy lasting more than a year."),
    ("negated", "smoking", "The evidence is not yet strong enough to recommend varenicline in pregnancy."),
    ("negated", "oncology", "There is no reliable evidence on the long-term effects on the heart."),
    # (2) need for research in other words
    ("need", "renal", "These findings require confirmation in larger studies."),
    ("need", "surgery", "Trials of the costs involved are important for future research."),
    ("need", "paediatrics", "These results should be confirmed before kangaroo care is used in every unit."),
    ("need", "oncology", "The findings need to be replicated in people over 75."),
    ("need", "infection", "The benefit in adults has yet to be confirmed."),
    # (3) the review could not answer
    ("unanswered", "cardiology", "We were unable to assess definitively whether the benefit lasts."),
    ("unanswered", "mental", "We could not determine which type of group worked best."),
    ("unanswered", "smoking", "It is not possible to say whether varenicline is safe in pregnancy."),
    ("unanswered", "renal", "The review could not answer whether the tablets delay dialysis."),
    ("unanswered", "paediatrics", "It was impossible to tell from the studies how long care should last."),
    # (4) counts of quality
    ("counts", "cardiology", "These studies were smaller, and only one was a high-quality trial."),
    ("counts", "oncology", "Most trials were of low quality."),
    ("counts", "infection", "Only two of the seven studies were well designed."),
    ("counts", "mental", "None of the trials was of high quality."),
    ("counts", "surgery", "Just one study was well conducted."),
    # (5) applicability as a caution
    ("applicability", "surgery", "The setting is vital before drawing conclusions about costs."),
    ("applicability", "infection", "These results may depend on how clean the local water is."),
    ("applicability", "smoking", "The findings might depend on the country where people live."),
    ("applicability", "paediatrics", "The setting matters: most units in the trials had many nurses."),
    # no evidence subject
    ("no subject", "renal", "Not much can be said about the tablets in children."),
    ("no subject", "mental", "The trial methodology may have led to an overestimate of the benefit."),
    ("no subject", "oncology", "Little can be said about side effects in older people."),
    ("no subject", "cardiology", "The way the trials were designed may have biased the results."),
]


@pytest.mark.parametrize("shape, field, sentence", QUIET, ids=[f"{s}-{i}" for i, (s, _, _) in enumerate(QUIET)])
def test_an_appraisal_in_these_shapes_is_a_passage(shape, field, sentence):
    assert errors(f"{RESULT[field]}\n\n{sentence}") == []


def test_every_shape_has_several_wordings_across_fields():
    from collections import Counter

    counts = Counter(shape for shape, _, _ in QUIET)
    assert min(counts.values()) >= 3 and len(counts) == 6
    assert len({field for _, field, _ in QUIET}) == len(RESULT)


@pytest.mark.parametrize("text", [
    # results only, even with "no difference" or "did not differ"
    "Beta-blockers lowered the number of deaths. There was no difference in strokes between the groups.",
    "Group therapy eased anxiety. Anxiety scores did not differ between boys and girls.",
    "Chemotherapy shrank bowel tumours. The trials did not show a benefit for survival.",
    "Varenicline helped people quit. Nausea was no more common with varenicline than with placebo.",
    # the words of the new shapes, used for results
    "Bicarbonate slowed kidney decline. The trials confirmed that it is safe in people with diabetes.",
    "Kangaroo care helped babies gain weight. The high-quality trials showed the same benefit.",
    "Oral salts shortened cholera. Doctors could not tell which children would vomit.",
    "Keyhole surgery shortened the hospital stay. The benefit may depend on the surgeon's experience with the method.",
    "Group therapy eased anxiety. Only one teenager left the group early.",
    "Varenicline helped people quit. It did not cause more harm in well-designed trials.",
    "Kangaroo care helped babies gain weight. There was no difference in the good-quality trials.",
    "Chemotherapy shrank tumours. Only one person in the well-run trials stopped treatment early.",
    "Chemotherapy shrank tumours. Only high-quality trials were included in this review.",
    "Beta-blockers lowered deaths. Patients were unable to walk far in the first week.",
    "Varenicline helped people quit. The drug may have led to more nausea in women.",
    "Oral salts shortened cholera. Most children were of low weight at the start.",
    "Bicarbonate slowed kidney decline. Blood tests confirmed the diagnosis in every child.",
    "Kangaroo care helped babies. Future care should include fathers.",
    # an apology or a note to the requester
    "I am sorry that it is not possible to say more. Beta-blockers lowered the number of deaths.",
    "Varenicline helped people quit. Please note that these results should be confirmed with your doctor.",
])
def test_results_and_notes_sharing_the_words_are_still_flagged(text):
    assert errors(text) == ["error"]


def test_an_unreflected_listed_limitation_is_still_reported():
    source = {"limitations": ["high risk of bias in included studies"]}
    text = "Chemotherapy shrank bowel tumours.\n\nThese findings require confirmation in larger studies."
    found = [d for d in lint_text(text, select=["hedging/limitations"], source=source,
                                  options={"report_unreflected": True}) if d.rule == "hedging/limitations"]
    assert [d.severity for d in found] == ["info"]


def test_restrictors_are_grammar_a_house_lexicon_can_extend(tmp_path):
    from laylint.hedging import appraisal, lexicon
    from laylint.hedging.phrases import Tokens
    from laylint.ruleset import load_ruleset

    sentence = "Barely one trial was well designed."
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.yaml").write_text(
        "appraisal_grammar:\n  restrictors: [barely one]\n", encoding="utf-8")
    built_in = lexicon.build(load_ruleset([]).lexicon(lexicon.NAME))
    extended = lexicon.build(load_ruleset([tmp_path]).lexicon(lexicon.NAME))
    assert appraisal.appraises(built_in, Tokens(sentence), 0, len(sentence)) is None
    assert appraisal.appraises(extended, Tokens(sentence), 0, len(sentence)) == "quality: well designed"
