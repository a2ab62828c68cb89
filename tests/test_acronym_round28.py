"""jargon/acronym, issue #16 round 28 (README-independent-27): a bracket that only mentions an acronym is not its
definition, nor is "the peaks, PRAS is"; a long form written earlier without its bracket gets a message that says
to join the two; a definition with its letters moved or one lost counts; DNA sequences are not acronyms; a typo that
glues a met acronym to a word gets no second message. Sentences written for these tests, across fields."""

import pytest

from laylint.api import lint_text
from laylint.jargon.long_form import initials_hold


def messages(text):
    return lint_text(text, select=["jargon/acronym"])


def named(text):
    return [d.message.split("'")[1] for d in messages(text)]


# --- 1. a bracket that only mentions the acronym, or a comma before it, is no definition -----------------------------

@pytest.mark.parametrize("text, acronym", [
    # neonatology: the acronym inside a bracket after other words
    ("Babies on NIPPV did better. Newborns in a pressure-support programme on ventilators (without NIPPV) did not.",
     "NIPPV"),
    # dermatology: a prefix glued to the acronym inside the bracket
    ("NB-UVB cleared more skin. Narrow bands of light from UV lamps were repeated (re-NB-UVB).", "NB-UVB"),
    # cardiology: a bracket that is a sentence about two acronyms
    ("Patients had CRT. Cardiac care worked as well as rest (no difference between CRT and rest was seen).", "CRT"),
    # oncology: a comma before the acronym, which starts a new clause
    ("PRAS ranked the targets. Proteins bound RNA at the binding peaks, PRAS found more.", "PRAS"),
    # intensive care: a bracket that uses the acronym in a phrase
    ("ARDS is deadly. Standard feeds are used (the usual feeds given to adults in respiratory distress with ARDS).",
     "ARDS"),
])
def test_a_mention_is_not_a_definition(text, acronym):
    found = [d for d in messages(text) if f"'{acronym}'" in d.message]
    assert found, text
    assert "spelled out later" not in found[0].message  # no false note pointing at a mention


@pytest.mark.parametrize("text", [
    "Doctors gave folic acid or 5-methyltetrahydrofolate (5-MTHF) to pregnant women.",  # obstetrics: a digit first
    "Each gene has an untranslated region (5'-UTR) before its code.",  # genetics: 5' first
    "Smokers used nicotine replacement therapy (NRT, patches or gum) for 12 weeks.",  # smoking: words after it
    "Some babies needed feeding through a vein (total parenteral nutrition, TPN).",  # paediatrics: long form inside
    "Children given oral rehydration solution or ORS recovered faster.",  # infectious disease: joined by "or"
])
def test_definitions_still_count(text):
    assert messages(text) == []


# --- 2. a long form written earlier without its bracket: join the two ------------------------------------------------

@pytest.mark.parametrize("text, acronym, long_form", [
    ("Spinal muscular atrophy weakens babies. Treated SMA mice lived longer.", "SMA", "spinal muscular atrophy"),
    ("Chronic kidney disease is common in older adults. Many people with CKD take five medicines.", "CKD",
     "chronic kidney disease"),  # renal
    ("Some people have post-traumatic stress disorder after a war. PTSD can last years.", "PTSD",
     "post-traumatic stress disorder"),  # mental health
    ("Harlequin Ichthyosis is a rare skin disease. Many HI babies need intensive care.", "HI", "Harlequin Ichthyosis"),
    ("We included randomised controlled trials only. Each RCT lasted a year.", "RCT", "randomised controlled trials"),
])
def test_long_form_written_before_says_join(text, acronym, long_form):
    found = messages(text)
    assert len(found) == 1
    assert "earlier" in found[0].message and f"'{long_form} ({acronym})'" in found[0].message
    assert found[0].severity == "error"


@pytest.mark.parametrize("text", [
    "Many studies were small. People with MS had fewer relapses.",  # two small letters by chance: the usual error
    "We reviewed clinical trials of statins. Each RCT lasted a year.",  # a verb after "we" starts no name
    "Heart failure. Is more severe in winter. IMS was used.",  # words that do not name a thing, across a full stop
    "Alcohol use during pregnancy harms babies. Adults with AUD got counselling.",  # a preposition is no name's word
    "Cystic fibrosis is common in Europe. Many CF patients get lung infections.",  # two letters, lowercase long form
])
def test_no_join_message_without_a_long_form(text):
    assert all("earlier" not in d.message for d in messages(text))
    assert messages(text)


# --- 3. a definition with its letters moved or one lost --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mice with more follicular T-helper (TFH) cells made more antibodies.",  # immunology: letters in another order
    "Bone loss needs receptor activator of nuclear factor B ligand (RANKL) in women after menopause.",  # K lost
    "Adults with Chronic Obstructive Lung Disease (COPD) used inhalers.",  # respiratory: one letter lost, capitals
])
def test_moved_or_lost_letters_define(text):
    assert messages(text) == []


@pytest.mark.parametrize("short, before, expected", [
    ("TFH", "more follicular T-helper", True),
    ("RANKL", "receptor activator of nuclear factor B ligand", True),
    ("COPD", "patients in the trials", False),  # no letters of it
    ("MS", "many studies", False),  # two letters: too short to guess
    ("HDL", "they had low levels", False),  # one of three letters lost: too few left to tell
    ("FTH", "more follicular T-helper", True),  # all three, in another order
])
def test_initials_hold(short, before, expected):
    assert initials_hold(short, before) is expected


# --- 4. a DNA or RNA sequence is not an acronym; therapies of the same letters are ------------------------------------

@pytest.mark.parametrize("text", [
    "Long CAG*CTG repeat expansions cause Huntington disease.",  # neurology: two runs joined
    "People with more CTG repeats had worse muscle weakness.",  # neuromuscular: named as a repeat
    "The (CGG)n stretch grows in fragile X syndrome.",  # paediatrics: a repeat written with n
])
def test_base_sequences_are_not_acronyms(text):
    assert messages(text) == []


@pytest.mark.parametrize("text, acronym", [
    ("Adults with anxiety had ACT sessions for eight weeks.", "ACT"),  # mental health: a therapy
    ("Children in the TAU group saw their usual doctor.", "TAU"),  # paediatrics: treatment as usual
    ("Midwives used CTG during labour.", "CTG"),  # obstetrics: a test
])
def test_therapies_of_base_letters_stay(text, acronym):
    assert named(text) == [acronym]


# --- 5. a typo gluing a met acronym to the next word ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Women had ICBT for depression. Longer ICBTshow mildly better mood.", ["ICBT"]),  # mental health
    ("Smokers used NRT patches. Most NRTusers quit.", ["NRT"]),  # smoking cessation
    ("Babies got CPAP early. Late CPAPwas worse.", ["CPAP"]),  # neonatology
])
def test_glued_typo_gets_no_second_message(text, expected):
    assert named(text) == expected


def test_glued_word_without_a_met_acronym_is_still_read():
    # mental health: no ICBT before it, so the glued word is the only place the reader meets it
    assert named("Longer ICBTshow mildly better mood.") == ["ICBTshow"]
