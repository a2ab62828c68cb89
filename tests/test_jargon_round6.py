"""jargon/term and jargon/rare-word, round 6 (issue 16): the false-positive patterns of the eleventh independent
judgement (bench/data/precision/README-independent-11.md). Each quiet table has near misses that stay reported."""

import pytest

from lint_support import flagged_words

hits = flagged_words


# 1. "outcomes" whose results are named in the same sentence: a list before "and other outcomes", or a later
# "outcomes (A and B)" in the same sentence
NAMED_OUTCOMES = [
    "We looked at death, time on a breathing machine and other outcomes in adults with severe flu.",  # infectious
    "The trials measured weight gain, feeding problems, or any other outcomes that parents noticed.",  # paediatrics
    "We were unsure of the evidence for most outcomes, and more sure for two outcomes (pain and walking "
    "distance).",  # cardiology (leg pain)
    "Confidence was moderate for three outcomes (quitting at six months, weight gain and mood).",  # smoking cessation
    "Results were clear for two outcomes (kidney function and blood pressure) but not for the others.",  # renal
    "Confidence was moderate for two outcomes (serum creatinine and proteinuria) in children with nephrotic "
    "syndrome.",  # renal, paediatrics: the bracket names them in words that are jargon themselves
]


@pytest.mark.parametrize("text", NAMED_OUTCOMES)
def test_outcomes_named_in_the_sentence_are_not_reported(text):
    assert hits(text, "jargon/term") == []


RESEARCH_OUTCOMES = [
    "The outcomes were measured in many different ways, so we could not combine them.",  # mental health
    "There were few studies for several outcomes.",  # oncology
    "Other outcomes were not reported by the trials of nicotine patches.",  # smoking cessation: no list before
    "We had low confidence for most outcomes (see the table).",  # a bracket that names nothing
    "Two trials in adults with kidney failure reported outcomes (12 months).",  # renal: a number, not a list
]


def test_outcomes_after_a_list_are_met():
    # the reader met "outcomes" with its list; a later use in the summary is not reported again
    text = "We looked at death, pain and other outcomes in adults. The effect on other outcomes was unclear."
    assert hits(text, "jargon/term") == []  # cardiology


@pytest.mark.parametrize("text", RESEARCH_OUTCOMES)
def test_outcomes_in_their_research_sense_are_reported(text):
    assert hits(text, "jargon/term") == ["outcomes"]


# 2. Explained in the next sentence, whose subject refers back to the term, or restated plainly just before
EXPLAINED_NEARBY = [
    "Nivolumab and ipilimumab are a type of immunotherapy that may help treat skin cancer. They work by helping "
    "the immune system find and attack cancer cells.",  # oncology
    "Some adults with depression got a kind of psychotherapy from a nurse at home. It works by helping people "
    "change unhelpful thoughts.",  # mental health
    "Children took a type of bronchodilator that comes as an inhaler. These work by relaxing the muscles "
    "around the airways.",  # paediatrics
    "We wanted to know how accurate the urine dipstick is for finding infection in children. We looked at the "
    "diagnostic accuracy of the dipstick in 20 studies.",  # infectious disease, paediatrics
    "This review looked at how accurate a quick bedside check is for stroke. What did we do? We looked at the "
    "diagnostic accuracy of the check in adults with dizziness.",  # an inline heading between
]


@pytest.mark.parametrize("text", EXPLAINED_NEARBY)
def test_term_explained_by_the_next_or_previous_sentence_is_not_reported(text):
    assert hits(text, "jargon/term") == []


EXPLAINED_NOT_NEARBY = [
    # the next sentence's subject is someone else: "They" are the researchers, not the term
    ("The researchers tested a type of immunotherapy in 300 adults with lung cancer who had been treated many "
     "times before. They found no clear benefit.", ["immunotherapy"]),
    # "how" with another word: nothing restates "accuracy"
    ("We wanted to know how often the urine dipstick is used. We looked at the diagnostic accuracy of the "
     "dipstick in 20 studies.", ["diagnostic accuracy"]),
    # two sentences back with no heading question between: too far
    ("We wanted to know how accurate the check is. We searched in May. We looked at the diagnostic accuracy of "
     "the check.", ["diagnostic accuracy"]),
    # "works by" two sentences on: too far
    ("Some people got haemodialysis. The sessions were weekly. It works by cleaning the blood.",
     ["haemodialysis"]),
]


@pytest.mark.parametrize("text,expected", EXPLAINED_NOT_NEARBY)
def test_term_not_explained_nearby_is_reported(text, expected):
    assert hits(text, "jargon/term") == expected


# 3. Everyday phrases that hold a lexicon term
def test_length_of_stay_is_plain():
    assert hits("Hospital at home may change the length of stay in treatment.", "jargon/term") == []  # general
    assert hits("The length of stay in hospital after heart surgery was shorter.", "jargon/term") == []  # cardiology
    # its neighbour stays reported
    assert hits("Fewer people needed readmission after the new inhaler.", "jargon/term") == ["readmission"]


# 4. rare-word: a title word explained just under the title or in the first key message, or a title that says
# what the thing is for
TITLE_EXPLAINED_BELOW = [
    "What impact do new medicines have on treating glioma?\n\nKey messages\n\n- For people with glioma (an "
    "aggressive brain tumour), the new medicines probably do not help people live longer.",  # oncology
    "Use of dexmedetomidine in newborn babies on breathing machines\n\nKey messages\n1. Dexmedetomidine is a "
    "medicine that is used to relieve pain and help babies sleep.",  # paediatrics
    "Is tirzepatide better than usual care for weight loss?\n\nTirzepatide is a medicine that is injected "
    "once a week.",  # no Key messages heading: the paragraph right under the title
]


@pytest.mark.parametrize("text", TITLE_EXPLAINED_BELOW)
def test_title_word_explained_in_the_first_key_message_is_not_reported(text):
    assert hits(text, "jargon/rare-word") == []


TITLE_SAYS_WHAT_FOR = [
    "What are the benefits and risks of using dexmedetomidine for pain relief and sedation in newborn babies?",
    "Esketamine to reduce low mood after childbirth",  # mental health
    "Giving varenicline to help people stop smoking",  # smoking cessation
]


@pytest.mark.parametrize("text", TITLE_SAYS_WHAT_FOR)
def test_title_that_says_what_it_is_for_is_not_reported(text):
    assert hits(text, "jargon/rare-word") == []


TITLE_STILL_REPORTED = [
    # the first key message uses it but does not explain it
    ("Use of dexmedetomidine in newborn babies\n\nKey messages\n1. Dexmedetomidine may make little difference "
     "to pain.", ["dexmedetomidine"]),
    # explained only in a later key message, past the first one
    ("Use of dexmedetomidine in newborn babies\n\nKey messages\n\n- We found two small studies.\n\n- "
     "Dexmedetomidine is a medicine that relieves pain.", ["dexmedetomidine"]),
    # "for" a condition says whom it is for, not what it does
    ("Esketamine for adults with depression", ["esketamine"]),
    # "for treating" an illness names the illness, not what the medicine does
    ("Is entecavir better than no treatment for treating chronic hepatitis B?", ["entecavir"]),
    # examples after the next use give examples of something else
    ("Medicines for eosinophilic oesophagitis\n\nKey messages\n\n- Medicines for eosinophilic oesophagitis, such as "
     "steroids, may help.", ["eosinophilic", "oesophagitis"]),
    # another form of the word glossed, or only a class word before it
    ("Treatments for eosinophilic oesophagitis\n\nKey messages\n\n- Steroids lower the number of allergic cells "
     "(eosinophils) in the food pipe.", ["eosinophilic", "oesophagitis"]),
    ("Does entecavir help people with hepatitis B?\n\nKey messages\n\n- We do not know if the medicine entecavir "
     "helps people live longer.", ["entecavir"]),  # infectious disease
    # not a title: a sentence of the summary
    ("Doctors gave esketamine to reduce low mood after childbirth, and some mothers felt dizzy.", ["esketamine"]),
]


@pytest.mark.parametrize("text,expected", TITLE_STILL_REPORTED)
def test_title_word_not_explained_below_is_reported(text, expected):
    assert hits(text, "jargon/rare-word") == expected
