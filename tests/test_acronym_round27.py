"""jargon/acronym, issue #16 round 27: lab-biology summaries. A code is named by its class when a class noun of the
abbreviations lexicon's `code_classes` stands next to it (before, after with describing words between, or heading an
appositive); in a summary dense with lab codes and with few words of people, studies and care (`lab_genre_*`
options), capitals-only codes (ATP, PTEN, NEMO) join the one lab-code warning. Clinical initialisms keep their own
error. Sentences written for these tests, across fields."""

import pytest

from laylint.api import lint_text
from laylint.jargon.lab_genre import long_form_written
from laylint.jargon.code_class import named_by_code_class
from laylint.jargon.lexicon import merge_code_classes


def messages(text, **options):
    return lint_text(text, select=["jargon/acronym"], options=options or None)


def reported(text, **options):
    """The codes each message names first, with its severity."""
    return [(d.message.split("'")[1], d.severity) for d in messages(text, **options)]


def group_names(d):
    """The codes a lab-code warning names: its first and those in its bracket."""
    first, _, rest = d.message.partition("' and ")
    named = [first.strip("'")]
    if "(" in rest:
        named += [n for n in rest.split("(", 1)[1].split(")", 1)[0].split(", ") if n != "..."]
    return named


# --- a class noun next to the code names it ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The secreted pseudokinase ROP5 helps the parasite survive inside cells.",  # parasitology: an ending of "-kinase"
    "Serotonin acts on the ligand-gated ion channel 5-HT3A in the gut.",  # gastroenterology: the code's digit first
    "The transcriptional coactivators CBP and p300 switch genes on in leukaemia cells.",  # oncology: a list after
    "The ClpXP protease breaks down old proteins in bacteria.",  # microbiology: the class after, with an article
    "We took primary CD4+ lymphocytes from blood donors.",  # HIV immunology: "-cyte" after a marker
    "We found SNX-3, a PX-domain only sorting nexin family member, in worm cells.",  # cell biology: words between
    "The virus removes CD4, the cellular surface receptor it binds, from infected cells.",  # infectious disease
    "The two fused genes are ESRRA, which encodes a regulator of energy use.",  # oncology: what the gene encodes
    "The cell cycle inhibitor p27KIP1 stops tumour cells from dividing.",  # oncology: a class only before
    "We found that cortical area MT in monkeys joins depth cues.",  # neuroscience: a brain area's name
    "Human imaging points to a more posterior cortical area, V3B/KO.",  # neuroscience: a slash pair after its class
    "A channel ( TRPV4) in kidney cells senses pressure.",  # renal: the class, then the code in brackets
    "The DIOXYGENASE FOR AUXIN OXIDATION 1 (AtDAO1) enzyme breaks down the plant hormone.",  # plant biology
    "The NADPH oxidase makes harmful oxygen in white blood cells.",  # immunology: "the" before an enzyme's code
    "Heart muscle cells leak calcium through the cardiac ryanodine receptor RYR2.",  # cardiology
    "Bacteria carry drug resistance on IncA and IncC conjugative plasmids.",  # microbiology: codes sharing a class
])
def test_a_code_named_by_its_class_noun_is_quiet(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # an enzyme named by what it acts on, without an article: it says nothing of what ATP is
    ("ATP synthase makes energy in heart muscle cells.", [("ATP", "error")]),
    # a relational word first: what the code acts in, not the code
    ("ATP-dependent proteases clear damaged proteins.", [("ATP", "error")]),
    ("IL-6 producing macrophages drive fever in sepsis.", [("IL-6", "warning")]),
    # a class the initialism spells: C-reactive protein, Janus kinase
    ("Patients with high CRP protein had more heart attacks.", [("CRP", "error")]),  # cardiology
    ("JAK kinase inhibitors eased eczema in children.", [("JAK", "error")]),  # dermatology
    # a class only before a code does not count after it: "ACE inhibitors" are medicines
    ("ACE inhibitors lowered blood pressure in adults with diabetes.", [("ACE", "error")]),  # cardiology
    ("People with COPD in the ICU area were helped to breathe.", [("COPD", "error")]),  # respiratory
    # care words are no class: a clinical initialism keeps its error
    ("Smokers using NRT patches quit more often.", [("NRT", "error")]),  # smoking cessation
    ("Adults with CKD stage 3 took part.", [("CKD", "error")]),  # renal
    ("The HbA1c test showed better control.", [("HbA1c", "error")]),  # diabetes
])
def test_a_code_without_its_class_is_still_reported(text, expected):
    assert reported(text) == expected


def test_a_case_variant_of_a_named_code_is_the_same_name():  # gene editing
    assert reported("Cas9 nuclease cuts DNA. Newer tools (CAS9 and Cre) are faster.") == []
    # a plain word in another case is no earlier use: "MS" after "Ms Jones" still needs spelling out
    assert reported("Ms Jones has MS.") == [("MS", "error")]


def test_a_family_name_after_a_member_already_met_is_not_reported_again():  # renal physiology
    assert reported("A channel protein (TRPV4) uses bonds on its TRP helix.") == []


def test_a_marker_does_not_break_a_slash_pair():  # metabolism
    found = messages("The cellular NADP^+/NADPH pool shrank.")
    assert len(found) == 1 and group_names(found[0]) == ["NADP+", "NADPH"]


# --- the lab-biology genre: capitals-only codes join the lab-code warning ----------------------------------------------

LAB_SUMMARIES = [  # (text, capitals-only codes that join the warning)
    ("Cells sense viruses through RIG-I. TBK1 and IKKe then switch on IRF3. Without NEMO, this signal failed, and "
     "cells made little IFNb.", ["RIG-I", "NEMO"]),  # immunology
    ("In tumour cells, loss of PTEN raised AKT1 and mTOR activity, and SOX2 levels rose.", ["PTEN"]),  # oncology
    ("Heart muscle cells used more ATP when SERCA2a and PLN were changed, CaMKII was active and RyR2 leaked.",
     ["ATP", "PLN"]),  # cardiology
    ("Kidney cells lacking PKD1 or PKD2 grew cysts, and cAMP levels rose with more ERK signalling.", ["ERK"]),  # renal
]


@pytest.mark.parametrize("text, capitals", LAB_SUMMARIES)
def test_capitals_only_codes_join_the_lab_code_warning_in_a_lab_summary(text, capitals):
    found = messages(text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert set(capitals) <= set(group_names(found[0]))


@pytest.mark.parametrize("text, capitals", LAB_SUMMARIES)
def test_the_genre_thresholds_are_options(text, capitals):
    found = messages(text, lab_genre_min_codes=20)  # no summary here is dense enough: each code its own message
    errors = [d.message.split("'")[1] for d in found if d.severity == "error"]
    assert errors == capitals
    found = messages(text, lab_genre_max_care_rate=0)  # every summary counts as clinical
    assert [d.message.split("'")[1] for d in found if d.severity == "error"] == capitals


@pytest.mark.parametrize("text, errors", [
    # as many lab codes, but written about patients and trials: a clinical summary
    ("In four trials, 300 patients with COPD were tested for IL-5, IL-1b and CD19 levels.", ["COPD"]),  # respiratory
    ("Children with ADHD in the trial had lower BDNF, IL-6, IL-1b and TNFa levels than other children.",
     ["ADHD", "BDNF"]),  # mental health, paediatrics
    ("People in the trials who used NRT had lower CYP2A6 activity, and their IL-6, IL-8 and TNFa levels fell.",
     ["NRT"]),  # smoking cessation
    ("Women with MS in two trials took a medicine acting on CD20, CD19 and BAFF-R cells.", ["MS", "BAFF-R"]),
])
def test_clinical_initialisms_keep_their_own_error_among_lab_codes(text, errors):
    found = messages(text)
    assert [d.message.split("'")[1] for d in found if d.severity == "error"] == errors
    assert all("spelled out" in d.message for d in found if d.severity == "error")


def test_few_lab_codes_are_no_lab_genre():  # physiology: one code, the initialism keeps its error
    assert reported("Levels of ATP fell in tired muscle, and AMPKa1 rose.") == [("ATP", "error"), ("AMPKa1", "warning")]


def test_an_acronym_whose_long_form_is_written_keeps_its_error_in_a_lab_summary():  # immunology
    text = ("Antigen presenting cells show viral pieces to T cells. In mice lacking IFNg, IL-10 and CD8a, APCs "
            "failed.")
    assert ("APC", "error") in reported(text)
    bare = "In mice lacking IFNg, IL-10 and CD8a, APCs failed."  # no long form: one warning for all
    found = messages(bare)
    assert len(found) == 1 and "APC" in group_names(found[0])


def test_a_clinical_code_keeps_its_error_in_a_lab_summary():  # HIV: listed in clinical_codes
    found = messages("CD4 fell in cells lacking TBK1, IKKe and IRF3.")
    assert ("CD4", "error") in [(d.message.split("'")[1], d.severity) for d in found]


# --- the parts -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, written", [
    ("Prader-Willi syndrome is rare. PWS results from lost genes.", "PWS", True),  # hyphenated parts count
    ("Maternal soil-transmitted helminth infections ... STH infections.", "STH", True),
    ("Antigen presenting cells ... APCs.", "APCs", True),  # plural s
    ("Tumours of the liver ... UESL tumours.", "UESL", False),
    ("Codon usage from AAA-to-AAG changed.", "AAA", False),  # other acronyms spell nothing
])
def testlong_form_written(text, key, written):
    assert long_form_written(text, key) is written


def test_code_classes_endings_wholes_and_before_only():
    source = merge_code_classes([{"code_classes": ["-kinase", "strain", "T cell"], "code_classes_before": ["area"]}])
    def named(text, code):
        start = text.index(code)
        return named_by_code_class(text, start, start + len(code), 0, len(text), source)
    assert named("the secreted pseudokinase ROP5", "ROP5")  # an ending
    assert named("the RcdA kinases", "RcdA")  # plural
    assert not named("the cells restrain ROP5", "ROP5")  # a whole entry is no ending: "restrain" is not "strain"
    assert named("CD8 cytotoxic T cells", "CD8")
    assert named("cortical area MT", "MT") and not named("the MT area", "MT")  # before only
    assert merge_code_classes([]) == "(?!)"


@pytest.mark.parametrize("text, expected", [
    ("Primary hepatitis C ( HCV) infection is often silent. HCV spreads by blood.", []),  # infectious disease
    ("Adults with hepatitis B (HBV) took tenofovir for a year.", []),  # hepatology
    ("Children with HCV were treated.", [("HCV", "error")]),  # bare: still reported
    ("Some patients (MSV) were treated.", [("MSV", "error")]),  # one word spells nothing
])
def test_a_virus_named_by_its_disease_is_defined(text, expected):
    assert reported(text) == expected
