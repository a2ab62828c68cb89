"""jargon/acronym, issue #16 round 29 (README-independent-28): square-bracket and "respectively" definitions, a
defined acronym shortened by a letter, Roman-numeral ranges, currency codes by amounts, development codes among
medicines, and Unicode hyphens read as "-". Sentences written for these tests, across fields."""

import pytest

from laylint.api import lint_text
from laylint.jargon.acronyms import find_acronyms, key_of
from laylint.jargon.not_acronyms import development_code


def messages(text):
    return lint_text(text, select=["jargon/acronym"])


def named(text):
    return [d.message.split("'")[1] for d in messages(text)]


# --- 1. a square bracket defines as a round one does ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Adults had high very low density lipoprotein [VLDL] levels in the blood.",  # cardiology
    "Fewer children relapsed on the new drug (risk ratio [RR] 0.60, 95% confidence interval [CI] 0.4 to 0.9).",  # paediatrics
    "Smokers who used nicotine replacement therapy [NRT] quit more often.",  # smoking cessation
    "Blood sugar fell more (mean difference [MD] -0.5) with the new insulin.",  # diabetes
    # inside a round bracket
    "Blood fats rose (measured as very low density lipoprotein particle concentration [VLDL]) in all adults.",
])
def test_square_bracket_definitions(text):
    assert messages(text) == []


@pytest.mark.parametrize("text, acronym", [
    ("Patients in the [CKD] group did worse.", "CKD"),  # renal: a bracket with no long form before it
    ("Patients with [COPD] were treated at home.", "COPD"),  # respiratory: "patients with" does not describe it
    ("We measured [NiFe] sites and [PTSD] scores.", "PTSD"),  # letters that nothing spells
])
def test_square_brackets_without_long_form_are_still_reported(text, acronym):
    assert acronym in named(text)


def test_square_brackets_of_chemical_notation_define_nothing():
    # chemistry: the letters before "[NiFe]" are those of "[NiFeSe]" itself, and a square bracket alone is notation
    found = messages("The higher activity of [NiFeSe]-hydrogenases compared with their [NiFe] sites is clear.")
    assert len(found) == 1 and "NiFe)" in found[0].message  # both codes in the one lab-code message
    assert "ECMO" in named("Adults in the heart-lung support [ECMO] group lived.")  # round brackets only


# --- 2. a "respectively" bracket defines each acronym by one item of the list before ---------------------------------

@pytest.mark.parametrize("text", [
    "Levels of tumour necrosis factor and interleukin 6 (TNF and IL-6, respectively) fell.",  # rheumatology
    "Low and high density lipoprotein cholesterol (LDL-C and HDL-C, respectively) improved.",  # cardiology
    "Children had acute otitis media or otitis media with effusion (AOM or OME, respectively).",  # paediatrics
    "Men took either a selective serotonin reuptake inhibitor or cognitive behavioural therapy (SSRI and CBT, "
    "respectively).",  # mental health
])
def test_respectively_brackets(text):
    assert messages(text) == []


def test_respectively_does_not_define_an_acronym_the_list_does_not_spell():
    # mental health: the words before spell neither acronym
    text = "Adults with stress and worry (ABX and PTSD, respectively) were seen."
    assert {"ABX", "PTSD"} <= set(named(text))


# --- 3. a defined acronym shortened by a letter, or its plural ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    # immunology: a family of two defined members, then the family's plural
    "Cells carry paired immunoglobulin-like receptor a (PILRa) and b (PILRb). Both PILRs bind the virus.",
    # infectious disease: the system's short name after the defined one
    "Bacteria use type VI secretion systems (T6SSs) to attack. Killing was T6S-dependent.",
    # cardiology: a lipid class after its defined cholesterol measure
    "We measured low density lipoprotein cholesterol (LDL-C). Each LDL particle carries fat.",
    # trials: the plural of a defined acronym
    "We included one randomised controlled trial (RCT). Two more RCTs are under way.",
    "Patients were given a monoclonal antibody (mAb). Such mAbs are costly.",  # oncology
])
def test_shortened_or_plural_of_a_defined_acronym(text):
    assert messages(text) == []


@pytest.mark.parametrize("text, acronym", [
    # neurology: MS is not MSA less a letter (two letters only)
    ("People had multiple system atrophy (MSA). Other people had MS.", "MS"),
    # HIV care: a digit is not a letter ("CD4" is not "CD40")
    ("We measured the protein CD40 (cluster of differentiation 40). Then CD4 counts were low.", "CD4"),
    # renal: a letter added, not left off
    ("We studied acute kidney injury (AKI). AKIN stages were used.", "AKIN"),
])
def test_shortening_keeps_its_limits(text, acronym):
    assert acronym in named(text)


# --- 4. Roman-numeral ranges after a word that counts ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Babies had intraventricular haemorrhage grade III-IV less often.",  # neonatology
    "Adults with heart failure in class II\u2013III walked further.",  # cardiology, en dash
    "Women with stage I-II breast cancer had surgery first.",  # oncology
    "Two phase II/III trials were found.",  # trials, a slash
])
def test_roman_numeral_ranges(text):
    assert messages(text) == []


def test_roman_numerals_without_a_counting_word_are_read():
    assert "IV" in named("Patients got IV iron after surgery.")  # intravenous, still an abbreviation


# --- 5. currency codes next to an amount -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The programme cost USD 7177 (EUR 5678) per year of life gained.",  # health economics
    "Each course of treatment cost 1200 GBP in the UK.",  # oncology
    "Screening saved CHF 300 per child.",  # paediatrics
])
def test_currency_codes_by_amounts(text):
    assert messages(text) == []


@pytest.mark.parametrize("text, acronym", [
    ("Patients kept an INR of 2.0 to 3.0 on warfarin.", "INR"),  # haematology: a test, not rupees
    ("People with AUD 3 times a week drank less.", "AUD"),  # addiction: alcohol use disorder, not dollars
])
def test_clinical_acronyms_by_numbers_are_still_read(text, acronym):
    assert acronym in named(text)


# --- 6. development codes ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # critical care: one of eleven medicines in a list
    "The trials tested trimetazidine, dextrose, allopurinol, and OKY 046 in adults.",
    "Children got MK-3475, pembrolizumab or placebo.",  # oncology: the code first in a list of medicines
    "Adults got the vaccine AZD1222 in two doses.",  # infectious disease: named by its class
])
def test_development_codes_among_medicines(text):
    assert messages(text) == []


def test_a_bare_development_code_gets_one_code_message():
    found = messages("OKY 046 was given to adults after heart surgery.")
    assert len(found) == 1
    assert "'OKY 046' is a code" in found[0].message  # the whole code, not "spell out OKY"
    assert "spelled out" not in found[0].message


def test_development_code_reads_the_whole_code():
    text = "We gave OKY 046 and AZD1222 and CA-125 tests."
    codes = [development_code(text, a) for a in find_acronyms(text)]
    assert codes == ["OKY 046", "AZD1222", "CA-125"]  # CA-125 is a clinical code: the rule keeps its own error
    assert "CA-125" in named("Women with a high CA-125 had scans.")


def test_acronyms_in_a_list_of_medicines_are_still_read():
    # a development code among medicines passes; an initialism in the same place still needs its long form
    assert "NSAID" in named("Patients took aspirin, paracetamol, and NSAIDs for pain.")


# --- 7. Unicode hyphens: one name, as with "-" -------------------------------------------------------------------------

@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"])
def test_unicode_hyphens_meet_the_clinical_codes(hyphen):
    # oncology: PD-1 is a clinical code, so it keeps its own error, as with "-"
    plain = messages("Doctors gave anti-PD-1 medicines to adults with melanoma.")
    typed = messages(f"Doctors gave anti{hyphen}PD{hyphen}1 medicines to adults with melanoma.")
    assert [d.message for d in typed] == [d.message for d in plain]
    assert "PD-1" in typed[0].message


def test_unicode_hyphen_key_is_the_plain_key():
    assert key_of("IL\u20116") == "IL-6"
    # rheumatology: defined with "-", met later with a typographic hyphen
    assert messages("Interleukin 6 (IL-6) rose. Then IL\u20116 fell after treatment.") == []
