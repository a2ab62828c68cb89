"""jargon/term and jargon/rare-word, round 5 (issue 16): the false-positive patterns of the seventh independent
judgement (bench/data/precision/README-independent-7.md). Each quiet table has near misses that stay reported."""

import pytest

from lint_support import flagged_words

hits = flagged_words


# A title term answered straight away by a "What is X?" heading right under the title
TITLE_THEN_WHAT_IS = [
    ("Does home haemodialysis help people with kidney failure?\n\nWhat is haemodialysis?\n\nIt is a machine that "
     "cleans the blood.", "jargon/term"),  # renal
    ("Antibiotics for children with otitis media\n\nWhat is otitis media?\n\nIt is an infection of the middle ear.",
     "jargon/term"),  # paediatrics
    ("Does photobiomodulation ease mouth sores in cancer?\n\nWhat is photobiomodulation?\n\nIt uses low-level "
     "light on the sore.", "jargon/rare-word"),  # oncology
]


@pytest.mark.parametrize("text,rule", TITLE_THEN_WHAT_IS)
def test_title_term_answered_by_the_next_heading_is_not_reported(text, rule):
    assert hits(text, rule) == []


# Near misses: another heading between, or a heading that asks something else
TITLE_STILL_REPORTED = [
    ("Does home haemodialysis help people with kidney failure?\n\nKey messages\n\nHome haemodialysis may help.\n\n"
     "What is haemodialysis?\n\nIt is a machine that cleans the blood.", "jargon/term", ["haemodialysis"]),
    # a key message uses it unexplained before its "What is" heading (with none, round 7 counts it explained)
    ("Antibiotics for children with otitis media\n\nWhat did we want to find out?\n\nWe wanted to know if "
     "antibiotics help.", "jargon/term", ["otitis media"]),
    ("Does photobiomodulation ease mouth sores in cancer?\n\nKey messages\n\nWe found six small studies.",
     "jargon/rare-word", ["photobiomodulation"]),
]


@pytest.mark.parametrize("text,rule,expected", TITLE_STILL_REPORTED)
def test_title_term_not_answered_next_is_reported(text, rule, expected):
    assert hits(text, rule) == expected


# "outcomes" in its everyday sense: what the study found, and what that will do
EVERYDAY_OUTCOMES = [
    "The study outcomes will help guide care for people with heart failure.",  # cardiology
    "The review outcomes could inform advice for parents of babies born early.",  # paediatrics
    "Trial outcomes may help doctors choose support for people who want to quit smoking.",  # smoking cessation
]


@pytest.mark.parametrize("text", EVERYDAY_OUTCOMES)
def test_everyday_outcomes_are_not_reported(text):
    assert hits(text, "jargon/term") == []


def test_research_outcomes_are_still_reported():
    assert hits("The study outcomes were measured at 12 weeks.", "jargon/term") == ["outcomes"]  # mental health
    assert hits("Few trials reported outcomes that will help guide care.", "jargon/term") == ["outcomes"]


# A spaced dash of any kind after a closing quote introduces a gloss
QUOTED_DASH = [
    "Researchers agreed a 'core outcome set' \u2010 a list of things every trial in asthma should measure.",
    "Some children had \u2018bronchiolitis\u2019 \u2011 a chest infection that makes breathing hard.",  # paediatrics
    "Some tumours were \u201cmetastatic\u201d \u2013 the cancer had spread to other organs.",  # oncology
    "People took an \u2018anxiolytic\u2019 - a medicine that calms worry - before the scan.",  # mental health
]


@pytest.mark.parametrize("text", QUOTED_DASH)
def test_spaced_dash_after_a_quote_explains(text):
    assert hits(text, "jargon/term") == []


def test_quoted_term_without_a_dash_gloss_is_reported():
    assert hits("Some children had \u2018bronchiolitis\u2019 for a week.", "jargon/term") == ["bronchiolitis"]
    assert hits("Researchers agreed a 'core outcome set' for trials in asthma.", "jargon/term") == ["outcome"]


# A household compound name: the term is not the hard part
def test_gastric_bypass_is_a_household_name():
    assert hits("Adults with obesity had Roux-en-Y gastric bypass surgery.", "jargon/term") == []  # weight loss
    assert hits("Gastric bypass helped people lose weight for five years.", "jargon/term") == []
    assert hits("Gastric emptying was slower in people with diabetes.", "jargon/term") == ["gastric"]


# rare-word: a long name with its abbreviation after "called": the cue names it, however long the name
CALLED_LONG_NAME = [
    "A new group of medicines, called sodium glucose linked transporter (SGLT) gliflozins, was tested in kidney "
    "disease.",  # renal
    "Some people took a newer kind of medicine called hypoxia inducible factor (HIF) stabilisers for anaemia.",  # renal
    "Children with lung disease took drugs called cystic fibrosis transmembrane regulator (CFTR) modulators.",
]


@pytest.mark.parametrize("text", CALLED_LONG_NAME)
def test_long_name_after_called_is_explained(text):
    assert hits(text, "jargon/rare-word") == []


def test_long_name_without_a_cue_is_reported():
    text = "Some people took sodium glucose linked transporter (SGLT) gliflozins for kidney disease."
    assert hits(text, "jargon/rare-word") == ["gliflozins"]
    # too far from the cue: five words and the abbreviation
    text = "Doctors called it a sodium glucose linked transporter type (SGLT) gliflozin in the notes."
    assert hits(text, "jargon/rare-word") == ["gliflozin"]
