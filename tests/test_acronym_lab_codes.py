"""jargon/acronym, issue #16 round 22: a summary's unexplained gene and molecule codes (lab codes: a digit, a small
letter among the capitals, a +/- marker) get ONE message, case `lab_codes`; word initialisms (capitals only: COPD,
PTSD, UTIs) and the clinical codes a patient must be told (HbA1c, CD4, HER2, FEV1...) keep one error each, as before.
Sentences written for these tests."""

import pytest

from laylint.api import lint_text


def messages(text, **options):
    return [d for d in lint_text(text, select=["jargon/acronym"], options=options or None)]


def first_codes(text):
    """(first quoted code, severity) of each message."""
    return [(d.message.split("'")[1], d.severity) for d in messages(text)]


def is_group(d):
    return d.severity != "error" and "not explained: say in words what" in d.message


# --- word initialisms: today's behaviour, one error each -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("People with COPD and PTSD were offered help.", ["COPD", "PTSD"]),  # respiratory, mental health
    ("Fewer women had UTIs after the new catheter care.", ["UTI"]),  # plural s
    ("One RCT in smokers tested NRT patches.", ["RCT", "NRT"]),  # smoking cessation
    ("Children with RSV needed oxygen more often.", ["RSV"]),  # paediatrics
    ("Levels of ATP fell in tired muscle.", ["ATP"]),  # lab text, capitals only
])
def test_word_initialisms_keep_their_own_error(text, expected):
    found = messages(text)
    assert [d.message.split("'")[1] for d in found] == expected
    assert all(d.severity == "error" and "spelled out" in d.message and not is_group(d) for d in found)


# --- lab codes: one message per summary ----------------------------------------------------------------------------

def test_many_lab_codes_are_one_warning_at_the_first_naming_four_others_and_the_rest():
    # (not "the RcdA adaptor": a class noun after the code names it, round 27)
    text = ("Bare RcdA is broken down by ClpXP. LATS1 then binds TBK1/IKKe, and MyD88 and mRNA levels rise. "
            "IL-1a went up too.")
    found = messages(text)
    assert len(found) == 1
    d = found[0]
    assert d.severity == "warning" and d.column == text.index("RcdA") + 1
    assert d.message.startswith("'RcdA' and 7 other codes (ClpXP, LATS1, TBK1, IKKe, ...) are not "
                                "explained")
    assert "say in words what they are" in d.message and "leave them out" in d.message


def test_one_lab_code_still_gets_the_message_naming_it():  # microbiology
    found = messages("Bacteria without DnaA could not copy their DNA.")
    assert [(d.message.split("'")[1], d.severity) for d in found] == [("DnaA", "warning")]
    assert "is a code that is not explained" in found[0].message
    assert "leave it out" in found[0].message


@pytest.mark.parametrize("text, codes", [
    # immunology: a "+" marker makes a code a lab code
    ("Counts of CD8+ cells and IFNg rose after the vaccine.", ["CD8", "IFNg"]),
    # genetics: a code after 5' or 3' is named with it
    ("The change sat in the 5'UTR of the SAMD9 gene and lowered KLF.", ["5'UTR"]),
    # smoking cessation, genetics: a gene code with no class near it
    ("Smokers with a slow CYP2A6 broke down nicotine more slowly.", ["CYP2A6"]),
    # immunology in HIV research: a marker makes even a listed clinical code a lab code
    ("Virus hid in resting CD4+ cells for years.", ["CD4+"]),
    # molecular biology: small letters among the capitals, a digit
    ("Cells made more miRNA and less NF-kB when PIP5K1a was blocked.", ["miRNA", "NF-kB", "PIP5K1a"]),
])
def test_lab_code_forms_go_in_the_group(text, codes):
    group = [d for d in messages(text) if is_group(d)]
    assert len(group) == 1
    named = group[0].message.split(" are not")[0].split(" is a gene")[0]
    assert all(code in named for code in codes), group[0].message


def test_initialisms_and_lab_codes_side_by_side():
    text = "In people with COPD, KLF and mRNA levels changed, and so did MyD88."
    found = messages(text)
    assert [(d.message.split("'")[1], d.severity, is_group(d)) for d in found] == [
        ("COPD", "error", False), ("KLF", "error", False), ("mRNA", "warning", True)]
    assert "'mRNA' and 1 other code (MyD88)" in found[2].message


@pytest.mark.parametrize("text", [
    # defined, introduced by a class, listed after a class: explained today, not in the group
    "Myeloid differentiation primary response 88 (MyD88) passes on alarm signals. MyD88 rose in infected cells.",
    "The kinase LATS1 slowed cell growth.",
    "Four proteins such as CtrA, GcrA, DnaA and CcrM control the cell cycle.",
    # a "+" marker then its cell class: "CD4+ T-cells" says what it is, as "CD4 T cells" does
    "In untreated people, the number of CD4+ T-cells in the blood slowly drops.",
])
def test_explained_lab_codes_are_not_in_the_group(text):
    assert messages(text) == []


def test_allow_covers_lab_codes():
    text = "Levels of mRNA and MyD88 rose."
    assert [d.message.split("'")[1] for d in messages(text)] == ["mRNA"]
    found = messages(text, allow=["mRNA"])
    assert [d.message.split("'")[1] for d in found] == ["MyD88"] and "code that" in found[0].message
    assert messages(text, allow=["mRNA", "MyD88"]) == []


def test_severity_and_message_are_options():
    text = "Levels of mRNA and MyD88 rose."
    found = messages(text, lab_codes_severity="info", messages={"lab_codes": "Codes: {codes}"})
    assert [(d.severity, d.message) for d in found] == [("info", "Codes: 'mRNA', 'MyD88'")]
    found = messages("Levels of mRNA rose.", messages={"lab_code": "Code: {codes}"})
    assert [d.message for d in found] == ["Code: 'mRNA'"]


def test_a_lab_code_spelled_out_later_keeps_its_own_message():
    text = "MyD88 rose in infected cells. Myeloid differentiation primary response 88 (MyD88) passes on alarm signals."
    found = messages(text)
    assert [(d.message.split("'")[1], d.severity) for d in found] == [("MyD88", "error")]
    assert "spelled out later" in found[0].message


def test_two_lab_codes_that_are_not_forms_of_one_are_both_named():
    found = messages("Cells make tRNA and mRNA.")
    assert len(found) == 1 and "'tRNA' and 1 other code (mRNA)" in found[0].message


def test_a_slash_pair_of_lab_codes_goes_in_the_group_whole():
    found = messages("Bacteria switched on TBK1/IKKe when infected.")
    assert len(found) == 1 and "'TBK1' and 1 other code (IKKe)" in found[0].message


def test_a_slash_pair_member_spelled_out_later_keeps_its_own_message():
    text = "Cells switched on TBK1/NEMO when infected. Nuclear factor essential modulator (NEMO) passes the signal on."
    assert first_codes(text) == [("TBK1", "warning"), ("NEMO", "error")]


def test_a_slash_list_after_an_initialism_stays_one_error():
    assert first_codes("The drug acted on the AMPK/mTOR/HIF1 axis.") == [("AMPK", "error")]


# --- clinical codes a patient-facing summary must explain: one error each, as before --------------------------------

@pytest.mark.parametrize("text, code", [
    ("We measured blood sugar using HbA1c tests.", "HbA1c"),  # diabetes
    ("Adults with HIV whose CD4 count was low started treatment first.", "CD4"),  # HIV care
    ("Women with HER2 positive breast cancer took part.", "HER2"),  # oncology
    ("Women who carry BRCA1 changes were offered screening.", "BRCA1"),  # oncology, genetics in the clinic
    ("The inhaler raised FEV1 by a small amount.", "FEV1"),  # respiratory
    ("People whose eGFR fell fast were sent to a kidney doctor.", "eGFR"),  # renal
    ("People with HIV-1 took the new pill once a day.", "HIV-1"),  # HIV care
    ("Patients with T2DM lost weight on the diet.", "T2DM"),  # diabetes
    ("Doctors gave anti-PD-1 medicines to adults with glioma.", "PD-1"),  # oncology
    ("Quality of life (QoL) improved. Men on PrEP had fewer infections.", "PrEP"),  # HIV prevention
    ("Scores on the PHQ-9 fell more with online therapy.", "PHQ-9"),  # mental health questionnaire
])
def test_clinical_codes_keep_their_own_error(text, code):
    found = messages(text)
    assert (code, "error") in [(d.message.split("'")[1], d.severity) for d in found]
    assert not any(is_group(d) for d in found)


def test_clinical_codes_is_an_option():
    text = "We measured blood sugar using HbA1c tests."
    found = messages(text, clinical_codes=[])
    assert len(found) == 1 and is_group(found[0]) and found[0].severity == "warning"


# --- not acronyms -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a US state in an address; a pound sign garbled into "PS" before an amount
    "Calls used Skype (Microsoft Corporation, Redmond, WA, USA) in a large hospital.",
    "Over three years the varnish saved PS68. 13 per child.",
    "Each visit cost the health service PS 120 per family.",
])
def test_addresses_and_garbled_currency_are_not_acronyms(text):
    assert messages(text) == []


def test_a_hyphenated_chain_of_codes_is_one_name():
    found = messages("Complement works with IL-1a-IL-1RI-CXCR2 signals to draw white cells to the spleen.")
    assert len(found) == 1 and is_group(found[0])
    assert found[0].message.startswith("'IL-1a-IL-1RI-CXCR2' is a code that is not explained")


@pytest.mark.parametrize("text, code", [
    ("Mice bred IL-1a-deficient had fewer white cells in the spleen.", "IL-1a"),  # the code, not "IL"
    ("Blocking IL-1b-driven swelling eased gout in mice.", "IL-1b"),
])
def test_a_code_before_a_word_is_read_whole(text, code):
    assert first_codes(text) == [(code, "warning")]


def test_a_plain_digit_part_does_not_join_a_code():
    # "HIV-1-infected" still reads HIV (allowed), as before: no new message on clinical text
    assert messages("Adults with HIV-1-infected partners took part.") == []


def test_a_state_code_outside_an_address_is_still_read():
    assert first_codes("Patients with MS in Seattle took part.") == [("MS", "error")]


def test_ps_outside_money_is_still_read():
    assert first_codes("People with PS2 changes got dementia early.") == [("PS2", "warning")]


def test_every_clinical_code_is_a_code_the_rule_reads():
    """An entry the rule never reads as one code ("Hb": one capital; "5-FU": read as FU) would be dead weight."""
    from laylint.jargon.acronyms import find_acronyms
    from laylint.ruleset import load_ruleset

    codes = load_ruleset([]).rules["jargon/acronym"].options.clinical_codes
    assert "HbA1c" in codes and "CD4" in codes
    for code in codes:
        text = f"We saw {code} today."
        found = find_acronyms(text)
        assert len(found) == 1 and text[found[0].start:found[0].end] == code, code
