"""jargon/term and jargon/rare-word, round 4 (issue 16): the false positives of the fresh independent judgement
(README-independent-5) and of the rare-word labels. Each table pairs the quiet sentences with near misses that are
still reported, so a fix that silences too much fails."""

import pytest

from laylint.api import lint_text


def hits(text, rule):
    found = []
    for d in lint_text(text, select=[rule]):
        line = text.splitlines()[d.line - 1]
        found.append(line[d.column - 1:d.end_column - 1].lower())
    return found


# "these outcomes" points back to results the summary has just named: the reader knows what they are
POINTS_BACK = [
    "The trials measured stroke and heart attack, but few reported these outcomes after one year.",  # cardiology
    "Only one study measured relapse, so we are unsure about this outcome.",  # mental health
    "We found no information on wheezing or hospital stays, and more studies of these important outcomes are "
    "needed.",  # paediatrics
    "Quitting at six months and weight gain were measured; for both outcomes the evidence was weak.",  # smoking cessation
    "Few studies reported kidney failure or death, and data on those outcomes were sparse.",  # renal
]

# "outcomes" with nothing before it that names them is still reported
OUTCOMES_STILL_REPORTED = [
    ("The studies did not report on all the outcomes we were interested in.", "outcomes"),  # generic
    ("We found no clear effect on other outcomes in children with asthma.", "outcomes"),  # paediatrics
    ("The evidence favoured the new drug for more outcomes than the old one.", "outcomes"),  # oncology
    ("Important outcomes for people on dialysis were rarely reported.", "important outcomes"),  # renal
]


@pytest.mark.parametrize("text", POINTS_BACK)
def test_outcome_pointing_back_is_not_reported(text):
    assert hits(text, "jargon/term") == []


@pytest.mark.parametrize("text, term", OUTCOMES_STILL_REPORTED)
def test_outcome_without_a_referent_is_reported(text, term):
    assert hits(text, "jargon/term") == [term]


# A short section heading names what the section covers: the next use of its term is judged instead
SHORT_HEADINGS = [
    "Other outcomes\n\nWeight, sleep and pain were the same in both groups.",  # general
    "Baby outcomes\n\nBabies' weight and breathing were similar whichever pain relief the mother had.",  # obstetrics
    "Other feeding outcomes\n\nTime to full feeds did not differ between the groups.",  # neonatal
]


@pytest.mark.parametrize("text", SHORT_HEADINGS)
def test_short_heading_term_is_not_reported(text):
    assert hits(text, "jargon/term") == []


def test_short_heading_term_is_reported_at_its_next_unexplained_use():
    text = "Other outcomes\n\nFew trials measured outcomes beyond six weeks."
    assert hits(text, "jargon/term") == ["outcomes"]


def test_long_question_heading_is_still_judged():
    text = "What are the effects of physical interventions on blood pressure?\n\nWe found 12 studies."
    assert hits(text, "jargon/term") == ["interventions"]


# A title term glossed at its next use under "Key messages", a heading between them
TITLE_GLOSSED_BELOW = [
    "Can arterial catheters be left in longer without problems?\n\nKey messages\n\nArterial catheters (thin tubes "
    "put into an artery) can stay in for days.",  # intensive care
    "Does topical fluoride prevent tooth decay?\n\nKey messages\n\nTopical fluoride (painted onto the teeth) probably "
    "prevents some decay in children.",  # dentistry
]


@pytest.mark.parametrize("text", TITLE_GLOSSED_BELOW)
def test_title_term_glossed_after_a_heading_between(text):
    assert hits(text, "jargon/term") == []


def test_title_term_not_glossed_below_is_still_reported():
    text = ("Can arterial catheters be left in longer without problems?\n\nKey messages\n\nArterial catheters "
            "may be safe for up to a week.\n\nWhat are arterial catheters?\n\nThey are thin tubes put into an artery.")
    assert hits(text, "jargon/term") == ["arterial catheters"]  # adjacent terms: one message


def test_gloss_two_paragraphs_down_does_not_count():
    text = ("Does topical fluoride prevent tooth decay?\n\nKey messages\n\nChildren liked the taste.\n\n"
            "Topical fluoride (painted onto the teeth) probably prevents some decay.")
    assert hits(text, "jargon/term") == ["topical"]


# Words and phrases most adults know: not jargon to explain
EVERYDAY_TERMS = [
    "People on kidney dialysis often feel tired.",  # renal
    "Treatments included physiotherapy, splints and painkillers.",  # orthopaedics
    "Overall, the quality of the evidence was low because the studies were small.",  # general evidence wording
    "We also looked at the cost of follow-up treatment after the operation.",  # surgery
]


@pytest.mark.parametrize("text", EVERYDAY_TERMS)
def test_everyday_terms_are_not_reported(text):
    assert hits(text, "jargon/term") == []


def test_research_follow_up_and_haemodialysis_are_still_reported():
    assert hits("Follow-up lasted two years in most trials.", "jargon/term") == ["follow-up"]
    assert hits("Adults on haemodialysis took part.", "jargon/term") == ["haemodialysis"]
    assert hits("The certainty of the evidence was low.", "jargon/term") == ["certainty of the evidence"]


# jargon/rare-word: everyday names, and drug names introduced by a drug-class word
RARE_QUIET = [
    "Other treatments for period pain, such as acetaminophen, were not compared.",  # pain
    "Period pain can have another cause, such as endometriosis.",  # gynaecology
    "What are the benefits of maintenance therapy for chronic lymphocytic leukaemia?",  # haematology
    "Checkpoint inhibitors such as pembrolizumab were given after surgery.",  # oncology
    "Blood pressure blockers like candesartan were given to half the people.",  # cardiology
]

RARE_STILL_REPORTED = [
    ("Pembrolizumab was given after surgery.", "pembrolizumab"),  # oncology: nothing says what it is
    ("Most people had chronic venous insufficiency.", "insufficiency"),  # vascular
    ("The children had tympanic membrane damage.", "tympanic"),  # ear, nose and throat
]


@pytest.mark.parametrize("text", RARE_QUIET)
def test_rare_word_quiet(text):
    assert hits(text, "jargon/rare-word") == []


@pytest.mark.parametrize("text, word", RARE_STILL_REPORTED)
def test_rare_word_still_reported(text, word):
    assert hits(text, "jargon/rare-word") == [word]
