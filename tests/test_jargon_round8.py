"""jargon/term, round 8 (issue 16): the false-positive patterns of the thirteenth independent judgement
(bench/data/precision/README-independent-13h.md, Part B). Each quiet table has near misses that stay reported."""

import pytest

from lint_support import flagged_words

hits = flagged_words


# 1. Explained before under a longer name with the same head: the shorter form is explained too
# (CD013603 gpt_5: "Primary healthcare (PHC) is the first level of care", then "integrating primary care")
LONGER_NAME_EXPLAINED_BEFORE = [
    "Primary healthcare (PHC) is the first level of care people get, near where they live. Integrating primary "
    "care with other services may help.",  # health services
    "Primary health care is the care you get from your family doctor or local clinic. We looked at primary care "
    "in rural areas.",  # health services
    "Reduced ovarian reserve, which means having fewer eggs left in the ovaries, is common after 40. Tests of "
    "ovarian reserve can guide treatment.",  # fertility (the term itself, as a check that nothing else broke)
]


@pytest.mark.parametrize("text", LONGER_NAME_EXPLAINED_BEFORE)
def test_term_explained_earlier_under_a_longer_name_is_not_reported(text):
    assert hits(text, "jargon/term") == []


LONGER_NAME_NOT_EXPLAINED = [
    # the longer name was used, not explained
    ("Primary healthcare services were busy in winter. Integrating primary care with other services may help.",
     ["primary care"]),  # health services
    # the longer name comes after the term
    ("We looked at primary care. Primary healthcare (PHC) is the first level of care people get.",
     ["primary care"]),  # health services
    # another head: the explained phrase is not the term with a word dropped
    ("Primary school (the first school children go to) starts at age five. Some had primary care visits.",
     ["primary care"]),  # paediatrics
]


@pytest.mark.parametrize("text,expected", LONGER_NAME_NOT_EXPLAINED)
def test_term_whose_longer_name_is_not_explained_before_it_is_reported(text, expected):
    assert hits(text, "jargon/term") == expected


# 3. A term that repeats a plain phrase the reader has just met: "dosing" after "standard doses" (CD012693
# Cochrane), "health-related quality of life" after "quality of life" (CD010637 llama 70b)
PLAIN_WORD_JUST_USED = [
    "Some women got standard doses of the hormone. We compared tailored dosing with standard dosing.",  # fertility
    "Children got lower doses of the antibiotic, and dosing was by weight.",  # paediatrics / infectious disease
    "Exercise may improve quality of life a little. We do not know if it changes health-related quality of life "
    "in the long term.",  # cardiology
    "People on dialysis often have poor quality of life. The trials measured health-related quality of life "
    "with questionnaires.",  # renal
]


@pytest.mark.parametrize("text", PLAIN_WORD_JUST_USED)
def test_term_repeating_a_plain_phrase_just_used_is_not_reported(text):
    assert hits(text, "jargon/term") == []


PLAIN_WORD_NOT_JUST_USED = [
    # no plain form before it
    ("We compared tailored dosing with standard dosing in women having IVF.", ["dosing"]),  # fertility
    ("The trials measured health-related quality of life with questionnaires.",
     ["health-related quality of life"]),  # renal
    # the plain form only after it
    ("Dosing was by weight. Children got lower doses.", ["dosing"]),  # paediatrics
    # far back: the reader has moved on
    ("Some people got lower doses of the nicotine patch. " + "They were asked to set a quit date and to call a "
     "helpline each week for support. " * 6 + "Dosing was changed after a month.", ["dosing"]),  # smoking cessation
    # a word made from the plain one is still the jargon: "ovaries" does not explain "ovarian", nor "random"
    # "randomised"
    ("The ovaries hold a store of eggs. Tests of ovarian reserve can guide treatment.", ["ovarian"]),  # fertility
    ("People were put in groups at random. All the randomised trials were small.", ["randomised"]),  # mental health
    # what is left without the first word must be a phrase, not "of the evidence" (seen in the corpus)
    ("We judged the quality of the evidence. The certainty of the evidence was low for deaths.",
     ["certainty of the evidence"]),  # cardiology
    # a three-word term: one shared word is not the phrase
    ("Life with kidney disease is hard. The trials measured health-related quality of life.",
     ["health-related quality of life"]),  # renal
]


@pytest.mark.parametrize("text,expected", PLAIN_WORD_NOT_JUST_USED)
def test_term_without_its_plain_phrase_just_before_is_reported(text, expected):
    assert hits(text, "jargon/term") == expected


# 2. A title term explained in the summary's opening paragraph, its next use there: headings and a one-line
# question that restates the title ("Review question") may come between (CD006127 Cochrane, judged false)
TITLE_EXPLAINED_IN_OPENING_PARAGRAPH = [
    "Blood pressure control for diabetic retinopathy\n\nReview question\n\nDoes blood pressure control prevent "
    "diabetic retinopathy?\n\nBackground\n\nA common problem in people with diabetes is diabetic retinopathy, "
    "often called diabetic eye disease.",  # eye care / diabetes
    "Iron for people on haemodialysis\n\nReview question\n\nDoes iron help people on haemodialysis feel less "
    "tired?\n\nBackground\n\nHaemodialysis is a treatment that cleans the blood when the kidneys fail.",  # renal
    "Nicotine patches for smoking cessation\n\nWhat is this review about?\n\nSmoking cessation (stopping smoking) "
    "is the best thing a smoker can do for their health.",  # smoking cessation
]


@pytest.mark.parametrize("text", TITLE_EXPLAINED_IN_OPENING_PARAGRAPH)
def test_title_term_explained_in_the_opening_paragraph_is_not_reported(text):
    assert hits(text, "jargon/term") == []


TITLE_NOT_EXPLAINED_IN_OPENING = [
    # a key message uses it unexplained first (CD006207's pattern, left reported)
    ("Iron for people on haemodialysis\n\nKey messages\n\nIron into a vein may help people on haemodialysis. "
     "Tablets may help less.\n\nBackground\n\nHaemodialysis is a treatment that cleans the blood.",
     ["haemodialysis"]),  # renal
    # the opening paragraph uses it unexplained; the gloss comes in the second paragraph
    ("Iron for people on haemodialysis\n\nBackground\n\nMany people on haemodialysis are tired. Tiredness makes "
     "daily life hard for them and their families.\n\nHaemodialysis is a treatment that cleans the blood.",
     ["haemodialysis"]),  # renal
    # the opening paragraph does not use it at all: the gloss comes later
    ("Antibiotics for babies with bronchiolitis\n\nBackground\n\nSmall babies often get chest infections in "
     "winter.\n\nBronchiolitis is an infection that makes babies wheeze.", ["bronchiolitis"]),  # paediatrics
]


@pytest.mark.parametrize("text,expected", TITLE_NOT_EXPLAINED_IN_OPENING)
def test_title_term_not_explained_at_its_next_use_in_the_opening_paragraph_is_reported(text, expected):
    assert hits(text, "jargon/term") == expected
