"""Issue #16, round 17: hedging/overclaim on human writing no round had shown (Cochrane results paragraphs and
authors' lay summaries, bench/data/precision/README-independent-17.md): 23 of its 27 hits there were false.

Each row pairs a quiet sentence, of the shape a judge found false, with a real overclaim of the same shape that
must still be flagged. Sentences written here, in varied fields."""

import pytest

from laylint.api import lint_text

TRIALS = {"design": "randomized-trial", "certainty": "low"}
OBSERVATIONAL = {"design": "cohort", "observational": True}


def hits(text, source=TRIALS):
    return [d for d in lint_text(text, select=["hedging/overclaim"], source=source) if d.rule == "hedging/overclaim"]


# (field, fires, quiet)
ROWS = [
    # "cure"/"cured" as the outcome measured, a method or a category
    ("paediatrics: a count of children cured",
     "This antibiotic cures ear infections in children.",
     "Without antibiotics, about half of the children were cured within ten days."),
    ("ENT: 'three out of four were cured'",
     "The nasal spray cured sinusitis in three out of four adults.",
     "With the nasal spray, three out of four adults were cured after two weeks."),
    ("dermatology: 'cured faster'",
     "The cream cured fungal nail infections faster than tablets.",
     "About 8 more people in 100 were cured faster with the cream than with tablets."),
    ("tuberculosis: a method, followed until cured",
     "Daily visits cured tuberculosis in most people.",
     "People were seen every week until they were completely cured."),
    ("infectious disease: 'clinical cure' misspelt",
     "Ceftriaxone cures cellulitis in older adults.",
     "Ceftriaxone was found to have higher clinica cure than cefazolin."),
    ("mycology: an outcome in a list",
     "Both antifungals cure thrush in most babies.",
     "We found no difference in rates of death or cure between the two antifungals."),
    ("urology: long-term cure is the continence outcome",
     "The sling operation is a cure for stress incontinence.",
     "The sling operation worked well, with long-term cure for most women."),
    ("parasitology: 'cured patients' is a group",
     "Fexinidazole cured sleeping sickness in most patients.",
     "Some parasite DNA remained in cured patients after treatment."),
    ("surgery: 'to cure' is what an operation is for",
     "Thyroid surgery cures goitre in most people.",
     "Surgeons remove part of the thyroid gland to cure goitre."),
    ("gastroenterology: people whose ulcers healed by themselves",
     "Laser therapy cured their ulcers without surgery.",
     "We describe four people with small ulcers who cured their disease without surgery."),
    # "no side effects" as what the studies found
    ("complementary medicine: 'no side effects were found'",
     "This herbal tea has no side effects.",
     "In the studies that looked for harms, no side effects were found."),
    ("sleep: 'no side effects of treatment were described'",
     "Melatonin is a natural sleep aid with no side effects.",
     "No side effects of treatment were described."),
    ("dermatology: 'no side effects were seen when'",
     "Penicillin has no side effects in children with psoriasis.",
     "No side effects were seen when penicillin was compared with no treatment."),
    ("smoking cessation: 'no side effects and no deaths were observed'",
     "Nicotine patches have no side effects and save lives.",
     "However, no side effects and no deaths were observed in these short studies."),
    ("mental health: people who had no side effects",
     "The app has no side effects for teenagers with anxiety.",
     "Most teenagers using the app reported no side effects."),
    # negated or hedged claims
    ("rheumatology: 'preclude any definitive comment'",
     "The knee gel is definitely safe.",
     "Small samples preclude any definitive comment on the safety of the knee gel."),
    ("addiction: 'premature to make definitive statements'",
     "The trials definitely show that methadone cuts heroin use.",
     "It is premature to make definitive statements about methadone and heroin use."),
    ("HIV: 'not yet convincingly proven'",
     "Massage therapy is proven to strengthen the immune system in people with HIV.",
     "Massage may help the immune system; however, this is not yet convincingly proven."),
    # background and idioms
    ("pharmacology: 'have proven difficult to' means 'turned out'",
     "This new tablet has proven effective against these proteins.",
     "Many of these proteins have proven difficult to target with tablets."),
    ("hepatology: 'proves infeasible' means 'turns out', even where dashes hide the 'if'",
     "This trial proves that the stent prevents bleeding.",
     "Bleeding was well controlled with the stent and-if the stent proves infeasible-with surgery."),
    ("immunology: 'that always' describes a noun",
     "Removing these proteins always restores the immune response.",
     "Removing the proteins that always stick to the toxin restores the immune response."),
    ("intensive care: 'infections that were definitely' is a category",
     "Coated catheters definitely prevent bloodstream infections.",
     "People with coated catheters had fewer infections that were definitely caused by the catheter."),
]


@pytest.mark.parametrize("field, fires, quiet", ROWS, ids=[row[0] for row in ROWS])
def test_a_real_overclaim_is_flagged_and_its_quiet_twin_is_not(field, fires, quiet):
    assert hits(fires), fires
    assert hits(quiet) == [], quiet


def test_a_background_question_inside_a_paragraph_opens_background():
    # Older Cochrane paragraphs have lost their line breaks: "What is JIA?" stands mid-paragraph.
    background = ("No harms of exercise were found. What is JIA? JIA is a long-term joint disease in children. "
                  "It always lasts for at least six weeks.")
    result = ("No harms of exercise were found. What is JIA? JIA is a long-term joint disease in children. What did we find? "
              "Exercise always eases joint pain in children with arthritis.")
    assert hits(background) == []
    assert [d.rule for d in hits(result)] == ["hedging/overclaim"]


@pytest.mark.parametrize("text, source", [
    ("This drug cures migraine.", TRIALS),
    ("This drug cures migraine.", None),
    ("Our review proves that statins prevent strokes in older adults.", OBSERVATIONAL),
    ("Two campaigns reported definite decreases in smoking.", TRIALS),  # smoking cessation: judged true
    ("The new dialysis filter represents a conceptual breakthrough.", None),  # renal: judged true
    ("Antibiotics can cure most chest infections in children.", TRIALS),
    ("Statins cured memory loss in most people.", OBSERVATIONAL),
])
def test_claims_of_the_same_shape_are_still_flagged(text, source):
    assert hits(text, source), text


def test_causal_wording_proved_by_an_observational_review_is_an_error():
    found = hits("Our review proves that statins prevent strokes in older adults.", OBSERVATIONAL)
    assert {d.message.split("'")[1] for d in found} == {"proves", "prevent"}
    assert [d.severity for d in found if "prevent" in d.message] == ["error"]
