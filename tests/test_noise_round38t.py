"""Signal over noise round 38t (issue #16): jargon/term's false patterns of the independent round 37b
(bench/data/precision/README-independent-37b.md), each fixed as a general pattern:

- examples after ", like" say what a general word covers ("outcomes we care about, like survival and harms");
- "The outcomes of interest included" and a list names them;
- "X means ..." later in the same sentence (after a semicolon inside a bracket) explains X;
- a GRADE level ("moderate-certainty evidence") after a sentence that gave the scale in lay words;
- a general word ("important outcomes") named by the next sentence: "Specifically, we looked at" and a list;
- a word inside the capitalised name of a scale or instrument ("NIPS (Neonatal Infant Pain Scale)") is part of a name.

Look-alikes stay reported: ", like in earlier studies", a statement about the outcomes of interest, the same word
used twice unexplained, the scale given after the level or a list of levels about something else, a result or a
bare "These were" in the next sentence or a list in the next paragraph, a lowercase "neonatal pain scale" or a
lexicon term that is the instrument itself."""

import pytest

from lint_support import flagged_words


def hits(text):
    return flagged_words(text, "jargon/term")


EXAMPLES_AFTER_LIKE = [
    "The one small study did not report on all outcomes we care about, like heart attacks and muscle pain.",  # cardiology
    "No trial measured outcomes that matter to children, like school days missed and sleep.",  # paediatrics
    "We found nothing on adverse effects of the patches, like skin rash or bad dreams.",  # smoking cessation
    "The trials reported few outcomes that matter to people on dialysis, like tiredness and itching.",  # renal
]


@pytest.mark.parametrize("text", EXAMPLES_AFTER_LIKE)
def test_examples_after_like_say_what_a_general_word_covers(text):
    assert hits(text) == []


LIKE_AS_A_COMPARISON = [
    ("Mortality was higher in older people, like in earlier studies.", ["mortality"]),  # cardiology
    ("Chemotherapy caused more adverse events, like the other trials found.", ["adverse events"]),  # oncology
    ("Some trials did not report outcomes, like we expected.", ["outcomes"]),  # infectious disease
]


@pytest.mark.parametrize("text, expected", LIKE_AS_A_COMPARISON)
def test_like_as_a_comparison_gives_no_examples(text, expected):
    assert hits(text) == expected


OUTCOMES_OF_INTEREST_LISTED = [
    "The outcomes of interest included quitting for six months, weight gain and mouth soreness.",  # smoking cessation
    "The outcomes of interest were deaths, strokes and serious bleeding.",  # cardiology
    "The main outcomes of this review were relapse, hospital stays and suicide attempts.",  # mental health
    "The outcomes of most interest included school absence, wheezing and hospital visits.",  # paediatric asthma
]


@pytest.mark.parametrize("text", OUTCOMES_OF_INTEREST_LISTED)
def test_outcomes_of_interest_followed_by_a_list_are_named(text):
    assert hits(text) == []


OUTCOMES_OF_INTEREST_DESCRIBED = [
    "The outcomes of interest were similar in both groups of people on dialysis.",  # renal
    "The outcomes of interest were measured at six months after the operation.",  # surgery
    "The outcomes of interest were reported poorly by most trials of antidepressants.",  # mental health
]


@pytest.mark.parametrize("text", OUTCOMES_OF_INTEREST_DESCRIBED)
def test_a_statement_about_the_outcomes_of_interest_stays_reported(text):
    assert hits(text) == ["outcomes"]


EXPLAINED_LATER_IN_THE_SENTENCE = [
    "Some people had protein in their urine (leaks not caused by a renal illness; renal means to do with the "
    "kidneys).",  # renal
    "Some had lung damage (scarring from a past pulmonary infection; pulmonary means to do with the lungs).",
    # respiratory
    "Babies were treated in hospital (most for a hepatic problem; hepatic means to do with the liver).",  # paediatrics
]


@pytest.mark.parametrize("text", EXPLAINED_LATER_IN_THE_SENTENCE)
def test_a_term_explained_later_in_its_own_sentence_is_explained(text):
    assert hits(text) == []


USED_TWICE_UNEXPLAINED = [
    ("Many children had a pulmonary infection and later pulmonary damage.", ["pulmonary"]),  # respiratory
    ("People with renal failure had more renal infections; most were older.", ["renal"]),  # renal
]


@pytest.mark.parametrize("text, expected", USED_TWICE_UNEXPLAINED)
def test_a_term_used_twice_in_its_sentence_unexplained_stays_reported(text, expected):
    assert hits(text) == expected


SCALE_GIVEN_THEN_LEVEL = [
    "We rated our confidence in the evidence as high, moderate, low or very low.\n\nModerate-certainty evidence "
    "shows that zinc does not shorten pneumonia in children.",  # infectious disease, paediatrics
    "We judged how sure we can be of the evidence, from very low to high.\n\nLow-certainty evidence suggests that "
    "exercise may help people with heart failure.",  # cardiology
    "Two authors rated how much we can trust the evidence: high, moderate, low, or very low. Very low-certainty "
    "evidence means we do not know if nicotine gum helps teenagers quit.",  # smoking cessation
]


@pytest.mark.parametrize("text", SCALE_GIVEN_THEN_LEVEL)
def test_a_grade_level_after_the_scale_in_lay_words_is_explained(text):
    assert hits(text) == []


LEVEL_WITHOUT_THE_SCALE_BEFORE = [
    # the scale comes after the level
    "Moderate-certainty evidence shows that statins lower cholesterol in kidney disease. We rated our confidence "
    "in the evidence as high, moderate, low or very low.",  # renal
    # levels of something else
    "Doses of nicotine gum were high, moderate or low. Moderate-certainty evidence shows the gum helps people "
    "quit.",  # smoking cessation
]


@pytest.mark.parametrize("text", LEVEL_WITHOUT_THE_SCALE_BEFORE)
def test_a_grade_level_without_the_scale_before_stays_reported(text):
    assert "moderate-certainty evidence" in hits(text)


NAMED_BY_THE_NEXT_SENTENCE = [
    "We wanted to know if exercise improves important outcomes for people with heart failure. Specifically we "
    "looked at death (how many people died), hospital stays and quality of life.",  # cardiology
    "Does maintenance treatment improve important outcomes for people with leukaemia? Specifically, we looked at "
    "how long people lived, how long the cancer stayed away and side effects.",  # oncology
    "We asked whether nicotine gum changes important outcomes. These included quitting, weight gain and mouth "
    "ulcers.",  # smoking cessation
    "We compared the outcomes of two talking therapies. In particular, we measured low mood, anxiety and sleep.",
    # mental health
]


@pytest.mark.parametrize("text", NAMED_BY_THE_NEXT_SENTENCE)
def test_a_general_word_named_by_the_next_sentence_is_explained(text):
    assert hits(text) == []


NOT_NAMED_BY_THE_NEXT_SENTENCE = [
    # a result, not a list of what was measured
    "The inhaler improved important outcomes in children with asthma. Specifically, it reduced hospital visits.",
    # a bare "These were" says what the trials were
    "The trials did not report important outcomes. These were small trials and short ones.",
    # the next paragraph is too far
    "The trials measured important outcomes in people on dialysis.\n\nSpecifically we looked at death, infections "
    "and blood pressure.",
    # nothing listed
    "The trials measured important outcomes in people on dialysis. The results were mixed.",
]


@pytest.mark.parametrize("text", NOT_NAMED_BY_THE_NEXT_SENTENCE)
def test_a_general_word_not_named_by_the_next_sentence_stays_reported(text):
    assert hits(text) == ["important outcomes"]


WORD_OF_AN_INSTRUMENT_NAME = [
    "Pain was measured with the NIPS (Neonatal Infant Pain Scale) score during the heel prick.",  # newborn care
    "Pain was measured with the Neonatal Infant Pain Scale (NIPS) during the blood test.",  # paediatrics
    "Low mood was measured with the Edinburgh Postnatal Depression Scale at six weeks.",  # mental health
    "Breathing was scored with the Chronic Respiratory Questionnaire after the course.",  # respiratory
]


@pytest.mark.parametrize("text", WORD_OF_AN_INSTRUMENT_NAME)
def test_a_word_inside_an_instrument_name_is_part_of_the_name(text):
    assert hits(text) == []


NOT_A_WORD_OF_A_NAME = [
    ("Pain was scored on a neonatal pain scale during the heel prick.", ["neonatal"]),  # lowercase: no name
    ("Pain was marked on a Visual Analogue Scale after the operation.", ["visual analogue scale"]),  # the term is the
    # instrument itself
    ("Neonatal Pain Scales in Preterm Babies", ["neonatal", "preterm"]),  # a title in title case
    ("Babies in neonatal units were scored with the Neonatal Infant Pain Scale.", ["neonatal"]),  # an earlier use
    # outside the name
]


@pytest.mark.parametrize("text, expected", NOT_A_WORD_OF_A_NAME)
def test_a_term_outside_an_instrument_name_stays_reported(text, expected):
    assert hits(text) == expected


SPECIFIC_TERM_BEFORE_LIKE = [
    ("Haemodialysis was hard for many people, like older adults who lived alone.", ["haemodialysis"]),  # renal
    ("A hysterectomy was needed in some women, like mothers over 40.", ["hysterectomy"]),  # gynaecology
    ("Intravenous fluids were given to sick children, like babies with diarrhoea.", ["intravenous"]),  # paediatrics
]


@pytest.mark.parametrize("text, expected", SPECIFIC_TERM_BEFORE_LIKE)
def test_like_later_in_the_clause_does_not_explain_a_specific_term(text, expected):
    assert hits(text) == expected


LATER_USE_WITH_A_BRACKET_OF_SOMETHING_ELSE = [
    ("Lower-dose regimens seemed as good as higher-dose regimens (eight trials, 1615 women).", ["regimens"]),
    # obstetrics
    ("Eight trials compared corticosteroids with no corticosteroids (placebo or usual care).", ["corticosteroids"]),
    # respiratory
]


@pytest.mark.parametrize("text, expected", LATER_USE_WITH_A_BRACKET_OF_SOMETHING_ELSE)
def test_a_later_use_with_a_bracket_that_is_no_definition_explains_nothing(text, expected):
    assert hits(text) == expected
