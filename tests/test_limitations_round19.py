"""hedging/limitations, round 19: a sentence appraises the evidence by what it says, not by a fixed wording.

A subject about the evidence (the studies, trials, data, results, the review, "we") with a concept from one of a
few families (amount, quality and bias, consistency, precision, certainty, need for research, applicability) is a
passage (hedging/appraisal.py, families in lexicons/hedges.yaml). Our own sentences across fields, several wordings
per family, none of them in the cue lists; and results that share the words, which must stay flagged."""

import pytest

from laylint.api import lint_text

RESULT = {  # a result sentence per field, before the sentence under test
    "cardiology": "Statins lowered the number of heart attacks in people with diabetes.",
    "oncology": "Radiotherapy after surgery lowered the number of breast cancers that came back.",
    "infection": "Zinc shortened diarrhoea in children by about a day.",
    "mental": "Talking therapy eased low mood in older adults.",
    "paediatrics": "Melatonin helped children with ADHD fall asleep sooner.",
    "smoking": "Nicotine patches helped more people stop smoking than dummy patches.",
    "renal": "A low-salt diet lowered blood pressure in people on dialysis.",
}


def errors(text):
    return [d.severity for d in lint_text(text, select=["hedging/limitations"]) if d.rule == "hedging/limitations"]


QUIET = [
    # amount: few, small, only one, not enough, scarce, no study of a kind
    ("amount", "cardiology", "Just one trial, with 90 people, compared statins with diet alone."),
    ("amount", "renal", "The trials in people on dialysis were all quite small."),
    ("amount", "smoking", "Evidence on weight gain after quitting is scarce."),
    ("amount", "paediatrics", "No trials in children under five were identified."),
    ("amount", "oncology", "Having found no suitable trial, we cannot say whether radiotherapy helps older women."),
    ("amount", "infection", "The number of trials was small."),
    # quality and bias
    ("quality", "mental", "Most of the trials were poorly reported."),
    ("quality", "infection", "The trials had serious flaws in how they were run."),
    ("quality", "paediatrics", "Several studies did not describe how children were put into groups."),
    ("quality", "renal", "In two of the studies, the staff who measured blood pressure were not blinded."),
    ("quality", "oncology", "The studies were of poor methodological quality."),
    # consistency: the studies differ, cannot be combined
    ("consistency", "cardiology", "The studies were not similar enough for us to combine their results."),
    ("consistency", "smoking", "The trials could not be pooled because they used different doses."),
    ("consistency", "mental", "The programmes varied widely in how long they lasted."),
    ("consistency", "infection", "Comparability between the trials was poor."),
    ("consistency", "renal", "The findings of the trials were inconsistent."),
    # precision: wide range, imprecise, chance
    ("precision", "oncology", "The results covered a wide range of possible effects."),
    ("precision", "infection", "The estimate was imprecise because few children had vomiting."),
    ("precision", "cardiology", "This finding could be due to chance."),
    ("precision", "renal", "This review could not give a good estimate of the harms."),
    # certainty: caution, tentative, not conclusive, not firm
    ("certainty", "mental", "These results should be read with caution."),
    ("certainty", "smoking", "Our findings are tentative."),
    ("certainty", "paediatrics", "The evidence is not conclusive."),
    ("certainty", "cardiology", "The review's conclusions are not firm."),
    ("certainty", "oncology", "The results are not reliable enough to guide practice."),
    ("certainty", "renal", "This limits how far we can trust the results."),
    # need for research, in other words
    ("need", "renal", "Further randomised trials in older adults are required."),
    ("need", "paediatrics", "Larger, well-run trials in young children are needed."),
    ("need", "infection", "Better studies of zinc in adults are necessary."),
    ("need", "mental", "More high-quality research in care homes is warranted."),
    ("precision", "smoking", "The confidence intervals around these figures were very wide."),
    ("need", "oncology", "Trials in women over 70 are urgently needed."),
    # applicability
    ("applicability", "smoking", "These results may not be applicable to heavy smokers."),
    ("applicability", "oncology", "The trials were done only in hospitals in Europe."),
    ("applicability", "cardiology", "The findings may not be generalisable to people without diabetes."),
    ("applicability", "mental", "These results may not hold for people living at home."),
]


@pytest.mark.parametrize("family, field, sentence", QUIET, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(QUIET)])
def test_an_appraisal_of_the_evidence_is_a_passage(family, field, sentence):
    assert errors(f"{RESULT[field]}\n\n{sentence}") == []


def test_every_family_has_at_least_three_wordings():
    from collections import Counter

    counts = Counter(family for family, _, _ in QUIET)
    assert set(counts) == {"amount", "quality", "consistency", "precision", "certainty", "need", "applicability"}
    assert min(counts.values()) >= 3


@pytest.mark.parametrize("text", [
    # the concept words used for results, not for the evidence
    "Aspirin eased period pain. The amount of pain did not differ between women who took it and those who did not.",
    "Statins lowered cholesterol. We found a small fall in the number of strokes.",
    "Zinc shortened diarrhoea. Few children in either group had side effects.",
    "Talking therapy eased low mood. The studies found the benefit only in women.",
    "Melatonin helped children sleep. Children were put into the two groups by chance.",
    "Radiotherapy lowered the number of cancers that came back. The trials measured quality of life and pain.",
    "A low-salt diet lowered blood pressure. We combined the results of five trials.",
    "Nicotine patches helped people stop smoking. More people in the larger trials stopped smoking.",
    "Exercise eased tiredness in people with cancer. The trials found that walking and cycling worked equally well.",
    "Statins lowered cholesterol. There were no deaths in the trials.",
    "Zinc shortened diarrhoea. There was no evidence of a difference in vomiting between the groups.",
    "Dialysis patients on the diet were less thirsty. The studies were about small changes in salt.",
    "Talking therapy eased low mood. The authors concluded that it helps older adults.",
    "Antibiotics cured the infection in most children. The results were similar in boys and girls.",
    "Vitamin D did not prevent falls. There is no current evidence that it makes bones stronger.",
    "Statins lowered cholesterol. The trials showed that the benefit was small.",
    "Melatonin helped children sleep. The studies showed sleep scores differed by two points.",
    "Talking therapy eased low mood. Five studies were excluded because they were not randomised.",
    "Nicotine patches helped people stop smoking. The number of people with skin rashes in the trials was small.",
    "Zinc shortened diarrhoea. The results were clear: children given zinc got better sooner.",
    "Exercise eased tiredness in people with cancer. These effects were not strong in older people.",
    "Antibiotic drops cleared ear infections. Children could not tell the difference between the two drops.",
    "Iron tablets raised blood counts in pregnancy. The effect was not large enough to matter to most women.",
    "Inhaled steroids eased asthma. People in the trials needed fewer rescue inhalers.",
    "Blood pressure fell on the new pill. The range of doses was wide.",
    # an apology or a note to the requester, whatever it says
    "I apologize that the studies I found were few. Statins lowered cholesterol.",
    "Statins lowered cholesterol. Please note that this summary may not apply to every reader.",
])
def test_results_and_notes_sharing_the_words_are_still_flagged(text):
    assert errors(text) == ["error"]


def test_a_listed_metadata_limitation_of_another_kind_is_still_reported():
    source = {"limitations": ["poor quality of included studies"]}
    text = "Aspirin lowered the number of headaches.\n\nThe trials were all quite small."
    found = [d for d in lint_text(text, select=["hedging/limitations"], source=source,
                                  options={"report_unreflected": True}) if d.rule == "hedging/limitations"]
    assert [(d.severity, "quality" in d.message) for d in found] == [("info", True)]


def test_a_house_lexicon_adds_words_to_a_family_and_a_bad_family_is_refused(tmp_path):
    from laylint.errors import UsageError
    from laylint.hedging import appraisal, lexicon
    from laylint.hedging.phrases import Tokens
    from laylint.ruleset import load_ruleset

    sentence = "The trials were minuscule."
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.yaml").write_text(
        "appraisal_families:\n  amount:\n    subjects: [trials]\n    predicates: [minuscule]\n", encoding="utf-8")
    built_in = lexicon.build(load_ruleset([]).lexicon(lexicon.NAME))
    extended = lexicon.build(load_ruleset([tmp_path]).lexicon(lexicon.NAME))
    assert appraisal.appraises(built_in, Tokens(sentence), 0, len(sentence)) is None
    assert appraisal.appraises(extended, Tokens(sentence), 0, len(sentence)) == "amount: minuscule"
    longer = "The trials in people on dialysis were all quite small."  # the built-in reach (7 words) is kept
    assert appraisal.appraises(extended, Tokens(longer), 0, len(longer)) == "amount: small"
    with pytest.raises(UsageError, match="appraisal_families.amount"):
        lexicon.build([{"appraisal_families": {"amount": {"predicates": ["small"]}}, "__path__": "x.yaml"}])
