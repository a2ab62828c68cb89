"""Signal over noise round 36t (issue #16): jargon/term explanations the rule did not read (fresh sample
term36-before, bench/data/precision/labels.yaml; README-independent-35a, "jargon/term: 8 false"):

- a term explained earlier in another form of its word: "sedation (medicine to keep them calm)" ... "sedatives",
  "thrombolysis - medicine that dissolves the clot" ... "thrombolytic";
- a sentence that says what a meta-analysis is: "we could not combine the data in a meta-analysis" (the lexicon's
  `said` wordings);
- a question heading as long as a title on its own line, its paragraph on the next line with no blank line between:
  "Why is a blocked access a problem for people who need haemodialysis?" then "... haemodialysis, a treatment that
  cleans the blood ...";
- a section heading named by a general word, spelled out by the section: "Outcomes important to patients".
Look-alikes stay reported: another form used but never explained, a form made by a medical suffix ("esophagitis"
explained, "esophagus" not), a form only asked about ("What is X?"), a word that merely shares letters
("respirators" is no form of "respiratory"), "meta-analysis" with nothing said about combining, a long line that is
no question, "outcomes" or "interventions" in the title."""

import pytest

from lint_support import flagged_words


def hits(text, rule="jargon/term"):
    return flagged_words(text, rule)


EXPLAINED_IN_ANOTHER_FORM = [
    # (summary, the later form it no longer reports)
    ("Children on breathing machines often get sedation (medicine to keep them calm) and pain relief.\n\n"
     "We compared morphine with other sedatives in six studies.\n", "sedatives"),  # paediatrics
    ("Some people get thrombolysis \u2013 medicine that dissolves the clot \u2013 within hours of a stroke.\n\n"
     "We compared different thrombolytic approaches in 14 studies.\n", "thrombolytic"),  # stroke
    ("People with atrial fibrillation often need anticoagulation (medicine that stops the blood from clotting).\n\n"
     "We compared two anticoagulants in 8 studies.\n", "anticoagulants"),  # cardiology
    ("After a kidney transplant, people need immunosuppression (medicine that weakens the immune system so it does "
     "not attack the new kidney).\n\nSome immunosuppressive medicines raise the risk of diabetes.\n",
     "immunosuppressive"),  # renal
    ("The womb lining (the endometrium) was prepared with hormones.\n\nEndometrial preparation took two weeks.\n",
     "endometrial"),  # fertility
    ("Most babies were neonates (babies in their first 28 days of life).\n\nWe looked at neonatal pain scores.\n",
     "neonatal"),  # paediatrics
]


@pytest.mark.parametrize("text, term", EXPLAINED_IN_ANOTHER_FORM)
def test_a_term_explained_in_another_form_of_its_word(text, term):
    assert term not in hits(text)


STILL_REPORTED_IN_ANOTHER_FORM = [
    # the earlier form is used but neither explained nor reported (a heading that names its section): the reader
    # still does not know (reported earlier, it is one message for the family: tests/test_noise_round36u.py)
    ("Sedation\n\nWe compared morphine with other sedatives in six studies of children on breathing machines.\n",
     "sedatives"),  # paediatrics
    # a medical suffix makes a new word: inflammation of the food pipe is not the food pipe
    ("Eosinophilic esophagitis (inflammation of the food pipe) makes swallowing hard.\n\nDoctors may stretch the "
     "esophagus to help.\n", "esophagus"),  # gastroenterology
    # asking what it is does not tell the reader
    ("What is sedation?\n\nWe compared morphine with other sedatives in six studies of sick babies.\n",
     "sedatives"),  # neonatal care
    # shared letters, not one word: a respirator is a mask
    ("Health workers wore respirators (tight-fitting masks) in most studies.\n\nMasks may slow the spread of "
     "respiratory viruses.\n", "respiratory"),  # infectious disease
    # the explained form comes after it
    ("We compared different thrombolytic approaches in 14 studies.\n\nThrombolysis is medicine that dissolves "
     "the clot.\n", "thrombolytic"),  # stroke
]


@pytest.mark.parametrize("text, term", STILL_REPORTED_IN_ANOTHER_FORM)
def test_another_form_not_explained_before_it_stays_reported(text, term):
    assert term in hits(text)


def test_thrombolysis_is_in_the_lexicon():
    assert "thrombolysis" in hits("Thrombolysis was given within four hours of the stroke in most studies.\n")


SAYS_WHAT_A_META_ANALYSIS_DOES = [
    "The studies were too different, so we could not combine the data in a meta-analysis.",  # mental health
    "We combined the results of 12 trials in a meta-analysis.",  # cardiology
    "We pooled the results in a meta-analysis where studies were alike.",  # smoking cessation
    "A meta-analysis was not possible. We could not put the results together because the studies "
    "measured pain in different ways.",  # oncology
]


@pytest.mark.parametrize("text", SAYS_WHAT_A_META_ANALYSIS_DOES)
def test_combining_the_results_says_what_a_meta_analysis_is(text):
    assert "meta-analysis" not in hits(text)


META_ANALYSIS_UNEXPLAINED = [
    "A meta-analysis of three cohort studies supported this finding in women with dense breasts.",  # oncology
    "We did a meta-analysis of 9 trials of nicotine patches.",  # smoking cessation
    "The data were combined with the earlier review's data. Later, a meta-analysis was planned for kidney "
    "outcomes.\n\nWe will report it in 2026.",  # renal: "combined with" is not "combine the data"
]


@pytest.mark.parametrize("text", META_ANALYSIS_UNEXPLAINED)
def test_a_bare_meta_analysis_stays_reported(text):
    assert "meta-analysis" in hits(text)


LONG_QUESTION_HEADING_THEN_ITS_PARAGRAPH = [
    # (summary, the heading term the paragraph right under it explains)
    ("Treatments for blocked access in kidney failure\n\nKey messages\n- We found 8 studies.\n\n"
     "Why is a blocked dialysis access a problem for people who need haemodialysis?\n"
     "People with kidney failure often need haemodialysis, a treatment that cleans the blood with a machine.\n",
     "haemodialysis"),  # renal
    ("Light treatment for jaundice in newborn babies\n\nKey messages\n- Light treatment probably works.\n\n"
     "Why do doctors use phototherapy for newborn babies whose skin turns yellow in the first week?\n"
     "Many hospitals treat these babies with phototherapy, a light treatment given in a cot.\n",
     "phototherapy"),  # paediatrics
]


@pytest.mark.parametrize("text, term", LONG_QUESTION_HEADING_THEN_ITS_PARAGRAPH)
def test_a_long_question_heading_on_its_own_line_is_a_heading(text, term):
    assert term not in hits(text)


def test_a_long_question_heading_whose_paragraph_does_not_explain_stays_reported():
    text = ("Treatments for blocked access in kidney failure\n\nKey messages\n- We found 8 studies.\n\n"
            "Why is a blocked dialysis access a problem for people who need haemodialysis?\n"
            "People with kidney failure often need haemodialysis three times a week.\n")  # renal
    assert "haemodialysis" in hits(text)


def test_a_long_question_line_is_a_heading_block():
    from laylint.document import Block, split_lines

    text = ("Why is a blocked dialysis access a problem for people who need haemodialysis? "
            "People with kidney failure need it three times a week.")
    cut = text.index("People") - 1
    blocks = split_lines(Block("paragraph", text, list(range(len(text)))), [cut])
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    # a long line that is no question stays in its paragraph
    text = ("People with kidney failure often need haemodialysis and some of them have blocked access again "
            "People with kidney failure need it three times a week.")
    cut = text.index("People", 5) - 1
    blocks = split_lines(Block("paragraph", text, list(range(len(text)))), [cut])
    assert [b.kind for b in blocks] == ["paragraph"]


SECTION_HEADINGS = [
    # (summary, the heading word the section spells out)
    ("# Exercise for heart failure\n\n**What did we find?**\nExercise probably improves quality of life.\n\n"
     "**Outcomes important to patients**\nNone of the studies reported whether people could return to work.\n",
     "outcomes"),  # cardiology
    ("# Support for quitting smoking\n\nWe found 20 studies.\n\n## Interventions the studies compared\n\nPhone calls, "
     "text messages and group sessions with a counsellor.\n", "interventions"),  # smoking cessation
]


@pytest.mark.parametrize("text, term", SECTION_HEADINGS)
def test_a_section_heading_named_by_a_general_word(text, term):
    assert term not in hits(text)


STILL_REPORTED_GENERAL_WORDS = [
    # the title names the review's treatments with the research word
    ("Exercise interventions for heart failure\n\nWe found 20 studies with 4000 people.\n", "interventions"),
    # a question heading asks about it: the reader still needs the word
    ("# Talking therapy for anxiety\n\nWe found 9 studies.\n\n## Which outcomes did the studies measure?\n\n"
     "Most studies measured worry after 12 weeks.\n", "outcomes"),  # mental health
    # a longer heading is a sentence-like line that uses the word in passing
    ("# Antibiotics for ear infection\n\nWe found 9 studies.\n\n## The studies measured outcomes in very "
     "different ways\n\nMost measured pain after 3 days.\n", "outcomes"),  # paediatrics
    # the same word later in the section, unexplained, is reported there
    ("# Exercise for heart failure\n\nWe found 20 studies.\n\n**Outcomes important to patients**\nThe "
     "outcomes were measured after a year.\n", "outcomes"),  # cardiology
]


@pytest.mark.parametrize("text, term", STILL_REPORTED_GENERAL_WORDS)
def test_general_words_in_titles_questions_and_text_stay_reported(text, term):
    assert term in hits(text)


OTHER_OUTCOMES = [
    # "other outcomes": the results besides those just named, in everyday words
    "We are moderately confident about breakthrough pain and the amount of medicine used. Our confidence is lower "
    "for other outcomes because the studies were small.",  # obstetric anaesthesia
    "One study found little difference in painful sex and mesh problems. The study did not report on other "
    "outcomes.",  # urogynaecology
    "Fluoride varnish probably prevents decay in children's teeth. For other outcomes, we do not know which works "
    "better.",  # dentistry
]


@pytest.mark.parametrize("text", OTHER_OUTCOMES)
def test_other_outcomes_are_the_results_besides_those_named(text):
    assert "outcomes" not in hits(text)


OUTCOMES_STILL_REPORTED = [
    # a word between: "other health outcomes" is the research wording
    "Digital tools may help weight loss, but we do not know how the combination affects other health outcomes.",
    # a later bare "outcomes" after "other outcomes" still needs its explanation
    "Our confidence is lower for other outcomes. The outcomes were measured in different ways at different times.",
    # the first sentence of its passage (a key message): nothing named before it for "other" to set it against
    "Key messages\n\n- Exercise may improve walking, but its effects on other outcomes are unclear.\n",  # cardiology
    # a subject, not after a preposition (round 6)
    "Exercise improved walking. Other outcomes were not reported by the trials.",  # cardiology
    # "outcomes" alone, research sense
    "Most studies did not report all the outcomes we were interested in.",  # infectious disease
]


@pytest.mark.parametrize("text", OUTCOMES_STILL_REPORTED)
def test_outcomes_in_the_research_sense_stay_reported(text):
    assert "outcomes" in hits(text)
