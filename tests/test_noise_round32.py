"""Signal over noise round 32 (issue #16).

Sentence ends the full-stop rule missed, now found where the document's sentences are made (laylint.nlp and
laylint.text.sentence_ends), so every rule reads the right sentences:
- a capital letter's full stop that ends a name ("hepatitis B. We", "vitamin D. Most", "influenza A. Amantadine");
- list items flattened into one line, their dash glued to the full stop or semicolon ("included.\u2010 We").
Initials in names, species names and abbreviations stay inside their sentence."""

import pytest

from laylint.text.sentence_ends import missed_starts
from lint_support import summary_analysis


def sentences(text):
    return [sentence.text for sentence in summary_analysis(text).sentences][1:]  # [0] is the heading


SPLIT = [
    # (text, its sentences)
    ("Adults with chronic hepatitis B. We found that tenofovir lowered the viral load.",
     ["Adults with chronic hepatitis B.", "We found that tenofovir lowered the viral load."]),  # infectious disease
    ("Some children lacked vitamin D. Most of them lived far from the equator.",
     ["Some children lacked vitamin D.", "Most of them lived far from the equator."]),  # paediatrics
    ("We looked at people with influenza A. Amantadine shortened the illness by a day.",
     ["We looked at people with influenza A.", "Amantadine shortened the illness by a day."]),  # a drug name after
    ("The trial used a phase I. The results were promising for people with melanoma.",
     ["The trial used a phase I.", "The results were promising for people with melanoma."]),  # oncology
    ("Details are in Appendix B. However, the studies were small.",
     ["Details are in Appendix B.", "However, the studies were small."]),  # a label's letter before an opener
    ("The trials enrolled people with EoE. We compared two diets that remove foods.",
     ["The trials enrolled people with EoE.", "We compared two diets that remove foods."]),  # gastroenterology
    ("Haemoglobin rose to 11.0 g/dL. Nausea was the most common harm.",
     ["Haemoglobin rose to 11.0 g/dL.", "Nausea was the most common harm."]),  # renal anaemia, a unit
    ("Is the pill better than the patch? No. In most trials both worked.",
     ["Is the pill better than the patch?", "No.", "In most trials both worked."]),  # contraception, an answer
    ("Trials compared antivirals with placebo; - antivirals alone; - steroids alone.",
     ["Trials compared antivirals with placebo; -", "antivirals alone; -", "steroids alone."]),  # a spaced bullet
    ("Heart cells release cytochrome c. The cells then die.",
     ["Heart cells release cytochrome c.", "The cells then die."]),  # cardiology, a small letter
    ("Ten trials were included.\u2010 We also looked at heart attacks.\u2010 Most trials were small.",
     ["Ten trials were included.\u2010", "We also looked at heart attacks.\u2010",
      "Most trials were small."]),  # cardiology
    ("Harms were:\u2010 urinary incontinence;\u2010 sexual problems;\u2010 bowel problems.",
     ["Harms were:\u2010 urinary incontinence;\u2010", "sexual problems;\u2010", "bowel problems."]),  # oncology
    ("Patches helped people quit.\u2013 Gum helped too.",
     ["Patches helped people quit.\u2013", "Gum helped too."]),  # smoking cessation, an en dash
    ("Fewer people relapsed.\u201d\u2010 Sleep got better.",
     ["Fewer people relapsed.\u201d\u2010", "Sleep got better."]),  # mental health, a closing quote first
]


@pytest.mark.parametrize("text, expected", SPLIT)
def test_a_missed_sentence_end_is_split(text, expected):
    assert sentences(text) == expected


WHOLE = [
    # initials in names
    "The guideline by J. K. Smith and colleagues covered dialysis in older people.",  # renal
    "The scale written by A. Beck measures low mood in adults.",  # mental health
    "Professor John A. Smith led the largest trial of statins.",  # cardiology
    "A new kind of B cell was found recently [K. Rubtsova and colleagues] in mice with lupus.",  # a citation
    # species names and letters that are not the end of a sentence
    "Children with E. coli infections got better with fluids.",  # paediatrics
    "Infections with S. aureus were rare after surgery.",  # infectious disease
    "Type A. influenza was mild in most people.",  # a lowercase word follows
    # abbreviations
    "Trial No. 3 and trial No. 5 gave vitamin c. Smith and colleagues ran both in older adults.",  # a name after "c."
    "Table No. Three lists the side effects of insulin in children.",  # a number's abbreviation before a word
    "Dr. Patel and Ms. Jones ran the trial of insulin pumps in St. Mary's Hospital.",  # diabetes
    "The U.S. Food and Drug Administration approved the vaccine for older adults.",  # infectious disease
    "Drugs such as e.g. aspirin vs. placebo lowered the risk by approx. a third.",
    "Smith et al. found that exercise helped people with heart failure.",
    # a dash that is not a glued bullet: spaced, or a hyphenated word
    "People quit smoking \u2010 some for a year \u2010 with the help of patches.",
    "The follow\u2010up lasted one year; 10 of 200 children had side effects.",
    "Mood improved (p = 0.03); the effect was small.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_initials_abbreviations_and_dashes_stay_in_their_sentence(text):
    assert sentences(text) == [text]


def test_sentence_starts_are_offsets_of_the_next_word():
    text = "Low vitamin D. We gave drops.\u2010 Bones grew."
    assert [text[start:start + 2] for start in missed_starts(text)] == ["We", "Bo"]


def test_a_text_without_full_stops_or_semicolons_has_no_missed_ends():
    assert missed_starts("Blood pressure fell \u2010 a little") == []


# ---- jargon/density: study vocabulary alone (inclusion criteria, pilot study, pooled analysis, imprecision)

from laylint.checks.jargon_density import jargon_share  # noqa: E402


def counted(text):
    return jargon_share(summary_analysis(text), 2.75, 3)[0]


STUDY_ONLY = ("Only two small studies met the inclusion criteria for this review. The pilot study had 40 people "
              "and the other had 60. A pooled analysis was not possible, and imprecision lowered our trust in the "
              "results. Both studies were run in the same city. The interventions were short courses for people "
              "looking for health advice online. No adverse effects were reported in either study, and people were "
              "asked how they felt after a month.")


def test_study_words_alone_do_not_make_a_dense_text():
    from laylint.api import lint_text

    assert counted(STUDY_ONLY) == 6  # each is still jargon/term's matter
    assert not [d for d in lint_text(STUDY_ONLY, select=["jargon/density"])]


def test_clinical_words_with_study_words_still_make_a_dense_text():
    from laylint.api import lint_text

    text = STUDY_ONLY.replace("short courses", "nephrotoxic courses of aminoglycosides with tacrolimus and "
                              "cholestyramine for hyperkalaemia")
    assert [d.rule for d in lint_text(text, select=["jargon/density"])] == ["jargon/density"]
