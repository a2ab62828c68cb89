"""jargon/density round 21 (issue #16): prefixed forms of one word count once, a gloss in brackets that holds
brackets of its own explains, texts of study vocabulary only are not dense below `research_min_count`.
Sentences written for these tests."""

import pytest

from laylint.api import lint_text

LOW = {"max_share": 0.001, "min_count": 1, "min_words": 10}  # report any count, to read it


def counted(text, **options):
    found = lint_text(text, select=["jargon/density"], options={**LOW, **options})
    return int(found[0].message.split()[0]) if found else 0


def density(text, **options):
    return lint_text(text, select=["jargon/density"], options=options or None)


def test_a_prefixed_form_of_a_word_counts_once():
    # mental health / addiction: "excitability" then "hyper-excitable" is one word to learn
    one = "Magnesium may calm the excitability of nerve cells, which become 'hyper-excitable' when drinking stops."
    alone = "Magnesium may calm the excitability of nerve cells when drinking stops."
    assert counted(one) == counted(alone) == 1


@pytest.mark.parametrize("text, word", [
    ("Some people got parkinsonism (an umbrella term for symptoms such as tremor (shaking) and stiffness) after "
     "taking the medicine for a month.", "parkinsonism"),  # mental health
    ("Children with bronchiolitis (an infection of the small airways (the tubes in the lungs)) were given oxygen.",
     "bronchiolitis"),  # paediatrics
])
def test_a_gloss_holding_its_own_brackets_explains_the_word(text, word):
    assert counted(text) == 0, word


def test_a_bracket_of_numbers_after_the_word_does_not_explain_it():
    # renal: the bracket holds a count, not what the word means
    assert counted("Fewer people had hyperphosphataemia (12 (4%) against 20 (7%)) after the diet change in three small trials of adults.") == 1


RESEARCH_ONLY = (  # smoking cessation: five study words, everything else plain
    "We found seven randomised controlled trials of exercise to help people stop smoking. Most trials had problems "
    "with blinding. The main outcome was whether people had stopped smoking after six months. The interventions "
    "were walking groups and gym classes. Few trials followed their protocols closely, so we are not sure of the "
    "results. People who exercised were about as likely to stop smoking as people who did not.")
CLINICAL = RESEARCH_ONLY.replace("walking groups and gym classes", "pharmacotherapy and varenicline titration").replace(
    "blinding", "nicotinic receptor agonists")


def test_study_vocabulary_alone_is_not_a_dense_text():
    assert density(RESEARCH_ONLY) == []
    assert density(RESEARCH_ONLY, research_min_count=4)  # the limit is an option


def test_clinical_words_with_study_vocabulary_still_fire():
    # oncology-style density with drug words: still reported at the default limits
    assert density(CLINICAL)
    # renal: a short dense clinical text
    renal = ("In this cohort, haemodiafiltration and nocturnal haemodialysis lowered hyperphosphataemia and "
             "uraemic pruritus more than conventional dialysis, with fewer fistula thromboses. " * 2)
    assert density(renal, min_words=10)
