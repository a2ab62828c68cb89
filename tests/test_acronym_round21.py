"""jargon/acronym round 21 (issue #16): a code explained by a class noun on either side, names listed after their
class, a defined acronym plus a written-out word; bare codes still reported. Sentences written for these tests."""

import pytest

from laylint.api import lint_text


def reported(text):
    return [d.message.split("'")[1] for d in lint_text(text, select=["jargon/acronym"])]


@pytest.mark.parametrize("text", [
    # class noun before the code, letters only (lab biology, oncology)
    "In mice, the enzyme AMPK slowed the growth of fat cells.",
    "Tumours with more of the protein PTEN grew more slowly.",
    # class noun after the code (immunology, cardiology)
    "The IL-7 cytokine signalling pathway helped T cells survive.",
    "We found that the AMPK enzyme was switched on by exercise.",
    "Each CD8 cytotoxic T cell could kill several infected cells.",
    "Blood levels of the NPPB hormone rose before heart failure got worse.",
    "Women who carry a faulty BRCA1 gene have a higher chance of breast cancer.",
    # names listed after their class and a colon, "such as", "including", "called"
    "Four regulatory proteins in Caulobacter: CtrA, GcrA, DnaA and CcrM, control the cell cycle.",
    "Genes such as BRCA1 and BRCA2 repair damaged DNA.",
    "Several cytokines, including TNF and IL-6, were higher in people with severe infection.",
    "The virus makes two proteins called NS1 and NS2 that block the body's defences.",
    # a defined acronym plus a written-out word (oncology)
    "Chimeric antigen receptor (CAR) T cells are immune cells changed to attack cancer. The CAR-T approach worked in "
    "children with leukaemia.",
    "Chimeric antigen receptor (CAR) therapy uses the patient's own cells. One CAR T-cell product was approved.",
])
def test_codes_explained_by_their_class_or_a_defined_part_are_quiet(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, code", [
    ("Patients with high CRP had more heart attacks over five years.", "CRP"),  # cardiology, bare
    ("People with PTSD slept worse than those without it.", "PTSD"),  # mental health, bare
    ("Children with RSV were more likely to need oxygen.", "RSV"),  # paediatrics, bare
    ("AMPK slowed the growth of fat cells in mice.", "AMPK"),  # lab biology, bare
    # a class noun of medicines after a disease code does not say what the code is
    ("The new MS medicine cut relapses by a third.", "MS"),
    # "cells" after letters that stand for words: embryonic stem cells are not named by "cells"
    ("The team grew ES cells in a dish for two weeks.", "ES"),
    # a slash list of bare codes is reported (first code; the cluster gets one message)
    ("The drug acted on the AMPK/mTOR/HIF1 axis in tumour cells.", "AMPK"),
    # CAR not defined: the written-out word does not explain it
    ("The CAR-T approach worked in children with leukaemia.", "CAR-T"),
])
def test_bare_undefined_codes_still_fire(text, code):
    assert code in reported(text)


@pytest.mark.parametrize("text, code", [
    # a class noun the code itself spells adds nothing: JAK is Janus kinase, HIV the virus
    ("JAK kinase inhibitors are used for some skin diseases.", "JAK"),
    ("Levels of the ACE enzyme were high in people with kidney disease.", "ACE"),
])
def test_a_class_noun_the_code_spells_does_not_explain_it(text, code):
    assert code in reported(text)


def test_a_class_noun_after_an_anti_code_names_the_medicine_not_the_code():
    # haematology: the antibody acts on CD52; what CD52 is stays unsaid
    assert "CD52" in reported("Some people got alemtuzumab, an anti-CD52 monoclonal antibody, by drip.")


@pytest.mark.parametrize("text, code", [
    # a verb or a preposition between the code and the class noun: the class is another thing
    ("Cells turn mRNAs into proteins, and PKR blocks proteins made by the virus.", "PKR"),
    ("In this study, TLR4 binds proteins released by damaged heart muscle.", "TLR4"),
])
def test_a_class_noun_after_a_verb_or_preposition_does_not_name_the_code(text, code):
    assert code in reported(text)


def test_a_class_noun_before_that_the_code_spells_does_not_explain_it():
    # cardiology: CRP is C-reactive protein; "the protein CRP" repeats its last letter, not what C-R stands for
    assert reported("Levels of the protein CRP rose after the heart attack.") == ["CRP"]
