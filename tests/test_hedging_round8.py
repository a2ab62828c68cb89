"""Issue #16, round 8: hedging/overclaim, hedging/limitations and hedging/certainty-strict on summaries by new
LLM writers (bench/data/precision/README-independent-14h.md).

Each quiet row has a firing twin: the same field, a real claim worded so that a careful medical editor would
change it. Sentences written here, in varied fields."""

import pytest

from laylint.api import lint_text


def hits(rule, text, source):
    return [d for d in lint_text(text, select=[rule], source=source) if d.rule == rule]


OBSERVATIONAL = {"design": "cohort", "observational": True}
TRIALS = {"design": "randomized-trial", "certainty": "low"}

# ---- hedging/overclaim: (field, metadata, fires, quiet twin)
OVERCLAIM = [
    ("urology: 'cure or improvement' is an outcome", TRIALS,
     "Slings cure incontinence in most women.",
     "Cure or improvement at one year was similar with both slings."),
    ("urology: 'cured or improved' is an outcome", TRIALS,
     "This sling cured almost every woman.",
     "The chance of being cured or improved was the same with both slings."),
    ("ENT: clinical cure rates", TRIALS,
     "Antibiotic drops cure ear discharge.",
     "Pooled results showed no statistically significant difference in clinical cure rates between the drops."),
    ("infectious disease: a cure rate", TRIALS,
     "The new regimen cures hepatitis C.",
     "The cure rate was 95% with the new regimen."),
    ("neurology: 'a brain cause' is a target condition", OBSERVATIONAL,
     "Dizziness causes falls in older people.",
     "The bedside test often identified a brain cause in people with dizziness."),
    ("neurology: 'some brain causes' is the noun", OBSERVATIONAL,
     "Poor sleep in these studies causes strokes in older people.",
     "But the test missed some brain causes and sometimes found one when there was none."),
    ("neurology: 'a brain-related cause (specificity)'", OBSERVATIONAL,
     "Head injury in these studies caused dizziness in most people.",
     "The test correctly ruled out a brain-related cause (specificity) in 80% of people."),
    ("ENT: a negation before 'say that' reaches the booster", TRIALS,
     "Betahistine definitely prevents vertigo in Ménière's disease.",
     "We cannot say that any medicine taken by mouth definitely prevents vertigo in Ménière's disease."),
    ("cardiology: 'we do not think that' reaches the booster", TRIALS,
     "This trial proves that statins protect the heart in older adults.",
     "We did not find that any of these studies really proves that statins protect the heart."),
    ("hepatology: 'never measured' is a fact about reporting", TRIALS,
     "Entecavir never fails in people with hepatitis B.",
     "Because quality of life was never measured, we cannot say whether entecavir improves it."),
    ("respiratory: '(proven by a lab test)' is a definition", TRIALS,
     "This trial proves that masks stop flu in the community.",
     "Masks made little difference to laboratory-confirmed flu (proven by a lab test) in the community."),
    ("oncology: biopsy-proven is a definition", TRIALS,
     "This scan is proven to find every cancer.",
     "Only women with biopsy-proven breast cancer took part in the studies we found."),
]


@pytest.mark.parametrize("field, source, fires, quiet", OVERCLAIM, ids=[p[0] for p in OVERCLAIM])
def test_overclaim_fires_on_a_claim_and_not_on_its_quiet_twin(field, source, fires, quiet):
    assert hits("hedging/overclaim", fires, source), fires
    assert hits("hedging/overclaim", quiet, source) == [], quiet


def test_background_about_the_condition_under_a_why_heading_is_quiet():
    source = {"design": "cohort", "observational": True}
    background = ("## Why is school attendance a concern?\n\nThese conditions last for years and are rarely cured "
                  "completely.\n\n## What did we find?\n\nSchool support improved attendance.")
    claim = ("## Why is school attendance a concern?\n\nThese conditions last for years.\n\n"
             "## What did we find?\n\nSchool support cured these conditions in most children.")
    assert hits("hedging/overclaim", background, source) == []
    assert hits("hedging/overclaim", claim, source)


# ---- hedging/limitations: (field, quiet with a limitations passage, firing twin without one)
LIMITATIONS = [
    ("dermatology: the heading 'What are the limits of the evidence?'",
     "Creams with steroids cleared eczema faster.\n\n## What are the limits of the evidence?\n\n"
     "Most studies lasted only weeks and some gave results in ways we could not combine.",
     "Creams with steroids cleared eczema faster.\n\n## What did we find?\n\n"
     "Most creams were used twice a day and some were used once a day."),
    ("oncology: a gap stated with 'none of the included studies analysed whether'",
     "Adding ultrasound found more breast cancers. None of the included studies analysed whether this "
     "meant fewer deaths.",
     "Adding ultrasound found more breast cancers. Most of the cancers it found were invasive."),
    ("renal: 'longer studies are needed'",
     "Home dialysis improved how people felt. Longer studies are needed to assess survival.",
     "Home dialysis improved how people felt. Survival at one year was similar."),
    ("smoking: 'no study looked at'",
     "Text messages helped people quit smoking. No study looked at whether people stayed quit after a year.",
     "Text messages helped people quit smoking. People got up to five messages a day."),
]


@pytest.mark.parametrize("field, quiet, fires", LIMITATIONS, ids=[p[0] for p in LIMITATIONS])
def test_limitations_passage_is_found_and_its_twin_without_one_fires(field, quiet, fires):
    assert hits("hedging/limitations", quiet, {}) == [], quiet
    assert hits("hedging/limitations", fires, {}), fires


def test_limits_as_a_verb_is_not_a_limitations_passage():
    text = "Asthma limits daily activities. Home education reduced emergency visits."
    assert hits("hedging/limitations", text, {})


# ---- hedging/certainty-strict: a certainty label in the same sentence or the next one
def finding(drug, comparator, outcome, certainty):
    return {"drug": drug, "comparator": comparator, "outcome": outcome, "certainty": certainty,
            "measure": "risk-ratio", "value": 0.8}


SURGERY = {"certainty": "low", "drugs": {"sealants": [], "standard care": []},
           "outcomes": {"time to haemostasis": ["time to stop bleeding"]},
           "findings": [finding("sealants", "standard care", "time to haemostasis", "low")]}
GASTRO = {"certainty": "very-low", "drugs": {"jejunostomy": [], "oral feeding": []},
          "outcomes": {"hospital stay": ["length of stay"]},
          "findings": [finding("jejunostomy", "oral feeding", "hospital stay", "very-low")]}
MENTAL = {"certainty": "very-low", "drugs": {"family presence": [], "usual practice": []},
          "outcomes": {"PTSD symptoms": ["post-traumatic stress"]},
          "findings": [finding("family presence", "usual practice", "PTSD symptoms", "very-low")]}

# (field, metadata, fires, quiet twin)
STRICT = [
    ("surgery: the next sentence gives the level", SURGERY,
     "Sealants reduced the time to stop bleeding. Sealants are easy to use in the operating room.",
     "Sealants reduced the time to stop bleeding. The certainty of this evidence is low."),
    ("surgery: a label two sentences on is too far", SURGERY,
     "Sealants reduced the time to stop bleeding. They were easy to use. The certainty of this evidence is low.",
     "Sealants reduced the time to stop bleeding (low-certainty evidence)."),
    ("gastro: a label with a non-breaking hyphen", GASTRO,
     "Jejunostomy made little or no difference to hospital stay compared with oral feeding.",
     "Jejunostomy made little or no difference to hospital stay compared with oral feeding "
     "(very\u2011low certainty evidence)."),
    ("surgery: a next sentence with its own result labels that one", SURGERY,
     "Sealants reduced the time to stop bleeding. Blood loss was similar (high-certainty evidence).",
     "Sealants reduced the time to stop bleeding. This is low-certainty evidence."),
    ("surgery: a next sentence naming an outcome labels its own finding", SURGERY,
     "Sealants reduced the time to stop bleeding. Sealants may slightly increase the time to stop bleeding "
     "after a second operation (low-certainty evidence).",
     "Sealants reduced the time to stop bleeding. We have low confidence in this result."),
    ("mental health: the next sentence says how sure we are", MENTAL,
     "Family presence reduced PTSD symptoms in relatives.\n\nWe judged the certainty of the evidence as very low.",
     "Family presence reduced PTSD symptoms in relatives. We judged the certainty of the evidence as very low."),
    ("mental health: 'we are moderately confident' in the next sentence", MENTAL,
     "Family presence reduced PTSD symptoms in relatives. Relatives were offered support afterwards.",
     "Family presence reduced PTSD symptoms in relatives. We are moderately confident in this result."),
]


@pytest.mark.parametrize("field, source, fires, quiet", STRICT, ids=[p[0] for p in STRICT])
def test_a_certainty_label_in_the_sentence_or_the_next_leaves_it_alone(field, source, fires, quiet):
    assert len(hits("hedging/certainty-strict", fires, source)) == 1, fires
    assert hits("hedging/certainty-strict", quiet, source) == [], quiet


def test_a_condition_rarely_cured_is_background_without_a_heading():
    source = {"design": "cohort", "observational": True}
    quiet = "These illnesses are called chronic because they last for years and are rarely cured completely."
    assert hits("hedging/overclaim", quiet, source) == []
    assert hits("hedging/overclaim", "In these studies, school support cured chronic illness in most children.", source)


def test_a_non_breaking_hyphen_in_a_brain_related_cause_is_the_noun():
    source = {"design": "cohort", "observational": True}
    assert hits("hedging/overclaim", "The test ruled out a brain\u2011related cause in 80% of people.", source) == []
    assert hits("hedging/overclaim", "In these studies, a brain injury caused dizziness in 80% of people.", source)


def test_a_question_on_a_line_of_its_own_opens_a_section():
    source = {"certainty": "very-low", "drugs": {"family-based programme": [], "usual care": []},
              "outcomes": {"type 2 diabetes": ["diabetes"]},
              "findings": [finding("family-based programme", "usual care", "type 2 diabetes", "very-low")]}
    title = "Do family-based programmes help children with obesity?\n\n"
    background = (title + "Why is childhood and teenage obesity a concern, and how is it usually treated?\nCarrying extra weight raises "
                  "the risk of diabetes in later life.\n\n"
                  "What did we find?\nWe are very uncertain whether family-based programmes change weight.")
    result = (title + "Why is childhood and teenage obesity a concern, and how is it usually treated?\nMany children carry extra weight.\n\n"
              "What did we find?\nThe family-based programme raises the risk of diabetes compared with usual care.")
    assert hits("hedging/certainty-strict", background, source) == []
    assert len(hits("hedging/certainty-strict", result, source)) == 1


def test_no_clear_difference_is_plain_doubt_for_the_strict_rule():
    source = SURGERY
    assert hits("hedging/certainty-strict", "We saw no clear difference in the time to stop bleeding.", source) == []
    assert len(hits("hedging/certainty-strict", "We saw no difference in the time to stop bleeding.", source)) == 1
