"""jargon round 17 (issue 16): false hits of jargon/density and jargon/acronym on unseen human text
(bench/data/precision/README-independent-17.md). Density: a drug and its salt written side by side are one name, a class
and a colon introduce a list of names, a quoted plain word glosses the term next to it, and "glandular fever" and
"precancerous" are plain. Acronym: a study's name in capitals, a code or gene introduced by its class, a defined
acronym with the initial of a word just before it, a gene cluster already reported, and a Roman numeral with a
letter ("stage IIIB"). Each quiet row has a flagged twin of the same shape. Our own sentences."""

import pytest


def counted(text):
    """The units jargon/density counts as left unexplained, as written."""
    from laylint import config as configuration
    from laylint.api import _ruleset
    from laylint.checks import jargon_density
    from laylint.jargon import scan
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    analysis = lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis
    found = scan(analysis)
    return [found.text[s:e] for s, e, name in jargon_density.first_uses(analysis, 2.75, 3)
            if not found.explained(s, e, by_class=name)]


# 1. A rare word and the salt or ester after it are one drug name to learn, not two
ONE_NAME = [
    ("Children with asthma used beclometasone dipropionate or a dummy inhaler twice a day.",
     ["beclometasone dipropionate"]),  # paediatrics
    ("Adults with diarrhoea took bismuth subsalicylate or nothing for two days.", ["bismuth subsalicylate"]),  # gut
]


@pytest.mark.parametrize("text,units", ONE_NAME)
def test_a_drug_and_its_salt_count_once(text, units):
    assert counted(text) == units


# the twins: rare words in a list, and two rare words side by side that are not a drug's name, count one by one
# ("meconium" and "amniotic" are two things a reader must learn; so are "fenestrated" and "endovascular")
@pytest.mark.parametrize("text,words", [
    ("Doctors looked for hepatotoxicity, nephrotoxicity and rhabdomyolysis in people on the new pill.",
     ["hepatotoxicity", "nephrotoxicity", "rhabdomyolysis"]),  # cardiology
    ("Babies born through meconium-stained amniotic fluid were watched closely for breathing problems.",
     ["meconium-stained", "amniotic"]),  # obstetrics
    ("Men took non-steroidal antiandrogens for two years.", ["non-steroidal", "antiandrogens"]),  # oncology
])
def test_other_rare_words_still_count_one_by_one(text, words):
    assert counted(text) == words


# 2. A class and a colon introduce names: "Three antiviral drugs were studied: X, Y and Z"
INTRODUCED = [
    "Three different antiviral drugs were studied: acyclovir, valacyclovir and famciclovir.",  # infectious disease
    "Two medicines were compared: varenicline and cytisine.",  # smoking cessation
]


@pytest.mark.parametrize("text", INTRODUCED)
def test_names_listed_after_a_class_and_a_colon_are_explained(text):
    assert counted(text) == []


@pytest.mark.parametrize("text,words", [
    # the same names with no class before them
    ("People took acyclovir, valacyclovir or famciclovir for cold sores.", ["acyclovir", "valacyclovir", "famciclovir"]),
    # a class word, but the colon lists what happened, not what the names are
    ("People on the drug were watched for rhabdomyolysis: hepatotoxicity was rarer.", ["rhabdomyolysis", "hepatotoxicity"]),
])
def test_names_without_a_class_before_the_colon_still_count(text, words):
    assert counted(text) == words


# 3. A quoted plain word next to the term, joined by "or", explains it
@pytest.mark.parametrize("text,left", [
    ("Some girls had sores on the 'lips' or labia of the vulva.", ["vulva"]),  # gynaecology
    ("Some girls had sores on the labia or 'lips' of the vulva.", ["vulva"]),
    ("Older people with a 'dry mouth' or xerostomia drank more water.", []),  # oral health
])
def test_a_quoted_plain_word_joined_by_or_explains_the_term(text, left):
    assert counted(text) == left


def test_a_term_joined_by_or_to_another_term_is_not_explained():
    assert counted("Some girls had sores on the labia or vulva.") == ["labia", "vulva"]


# 4. Plain words: "glandular fever" is an everyday name, "precancerous" reads as pre + cancerous
@pytest.mark.parametrize("text,left", [
    ("Teenagers with glandular fever missed two weeks of school.", []),  # infectious disease
    ("Women with precancerous changes of the skin were treated.", []),  # oncology
    ("Teenagers with glandular tularaemia missed two weeks of school.", ["glandular", "tularaemia"]),
])
def test_everyday_names_are_not_rare_words(text, left):
    assert counted(text) == left


def acronyms(text):
    from laylint.api import lint_text

    return [text[d.column - 1:d.end_column - 1] for d in lint_text(text, select=["jargon/acronym"])]


def _messages(text):
    from laylint.api import lint_text

    return [d.message for d in lint_text(text, select=["jargon/acronym"])]


# 5. Acronyms that are names, codes named by their class, or already reported
QUIET_ACRONYMS = [
    "Results came from the METEOR and MERIT-UC studies of kidney cancer.",  # oncology
    "The ALLHAT trial compared blood pressure medicines in older adults.",  # cardiology
    "The most potent compound, KF116, slowed tumour growth in mice.",  # oncology lab work
    "Cilia need a cellular motor protein, namely KIF3A, to form.",  # renal (cilia and kidney cysts)
    "Enzymes called phospholipases A2 (PLA2s) break down fats; the calcium-independent iPLA2 did so in heart cells.",
    "Women with stage IIIB cervical cancer had chemotherapy.",  # oncology
    "Adults with type IIa hyperlipidaemia took statins.",  # cardiology
    "Children with grade IIB tumours of the kidney had surgery.",  # paediatrics
]


@pytest.mark.parametrize("text", QUIET_ACRONYMS)
def test_names_codes_and_numbered_stages_are_not_acronyms_to_spell_out(text):
    assert acronyms(text) == []


FLAGGED_ACRONYMS = [
    # short forms in a study's slot are still abbreviations
    ("Most people in the RCT studies had COPD.", ["RCT", "COPD"]),
    ("People in the COPD trials were older.", ["COPD"]),
    # a code or gene with no class named
    ("KF116 slowed tumour growth in mice.", ["KF116"]),
    ("Levels of KIF3A rose in children with kidney cysts.", ["KIF3A"]),
    # the defined acronym with a letter in front and no word it stands for
    ("Enzymes called phospholipases A2 (PLA2s) break down fats; the iPLA2 did so.", ["iPLA2"]),
    # a letter after a Roman numeral with no counting word
    ("Doctors gave IVB fluids to the children.", ["IVB"]),
]


@pytest.mark.parametrize("text,words", FLAGGED_ACRONYMS)
def test_unexplained_acronyms_of_the_same_shapes_are_still_flagged(text, words):
    assert acronyms(text) == words


# 6. A gene cluster: one message for its members
def test_a_cluster_of_reported_genes_is_not_reported_again():
    text = "The signal passes from TRAF2 to TBK1 and then through the TRAFs-TBK1 complex in immune cells."
    # lab codes share one message since round 22 (issue #16): it names TBK1, and not the cluster again
    assert acronyms(text) == ["TRAF2"]
    assert "'TRAF2' and 1 other code (TBK1)" in _messages(text)[0]
    assert acronyms("TRAF2 binds the other TRAFs in immune cells.") == ["TRAF2"]


def test_a_cluster_with_a_new_member_and_numbered_siblings_are_still_reported():
    text = "TRAF2 and TBK1 bind the TRAF6-NEMO complex."
    assert acronyms(text) == ["TRAF2"]  # one message for the lab codes (round 22), naming the new member
    assert "'TRAF2' and 2 other codes (TBK1, TRAF6-NEMO)" in _messages(text)[0]
    # CD4 of HIV care keeps its own error (a clinical code); CD8 goes in the lab-code message
    assert acronyms("CD4 counts fell and CD8 counts rose in people with HIV.") == ["CD4", "CD8"]


def test_a_code_introduced_by_its_class_is_known_later():
    text = "We tested a new compound, KF116, in mice with bowel cancer. KF116 slowed tumour growth."  # oncology
    assert acronyms(text) == []


def test_a_quoted_word_in_a_list_does_not_explain():
    text = "Women were given diazepam or other agents (ketamine, vinydan-ether, or \"other\" agents) before birth."
    assert "vinydan-ether" in counted(text)  # obstetrics: "other" in quotes is not a plain name for it
