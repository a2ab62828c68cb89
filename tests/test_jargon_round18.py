"""jargon round 18 (issue 16): false hits of jargon/density and jargon/acronym that nobody had judged
(bench/data/precision/README-independent-20.md). Density: the message never shows a share over the limit as the limit,
and a text needs at least `min_count` (4) different unexplained words to be dense. Acronym: a code right after its
class noun ("cytokine IL-10"), a defined acronym plus one letter ("(Pod) ... PodJ") or cut short in its own sentence
("(FAO) ... FA"), singular and plural as one acronym, "complex III", and a genotype in brackets after the plain name.
Each quiet row has a flagged twin of the same shape. Our own sentences."""

import pytest

from test_jargon_round17 import acronyms


def density(text, **options):
    from laylint.api import lint_text

    return [d.message for d in lint_text(text, select=["jargon/density"], options={"min_words": 10, **options})]


# 1. The share in the message is rounded up: a share just over the limit never reads as the limit itself
@pytest.mark.parametrize("count,words,shown", [(4, 198, "2.1"), (10, 499, "2.1"), (3, 100, "3.0"), (9, 441, "2.1")])
def test_a_share_just_over_the_limit_is_not_shown_as_the_limit(count, words, shown):
    from laylint.checks.jargon_density import shown_share

    assert shown_share(count, words) == f"{shown} in 100 words"


def test_the_message_shows_the_share_rounded_up():
    text = "Adults with hyperkalaemia on haemodialysis had fewer arrhythmias with patiromer than without it in the trials."
    messages = density(text, max_share=0.2)  # 4 in 16 words
    assert len(messages) == 1 and "(25.0 in 100 words)" in messages[0]


# 2. Fewer than min_count (4) different unexplained words are not a dense text, whatever its length
@pytest.mark.parametrize("text", [
    "People with statin side effects and cognitive problems were randomised in small groups for a year.",  # cardiology
    "Paediatric wards gave children pain relief after surgery and they went home sooner and felt well.",  # paediatrics
])
def test_three_or_fewer_unexplained_words_are_not_dense(text):
    assert density(text) == []


@pytest.mark.parametrize("text", [
    # renal and oncology: four and more different unexplained words in a short text are still dense
    "Adults with hyperkalaemia on haemodialysis had fewer arrhythmias with patiromer than without it in the trials.",
    "Women with metastatic cholangiocarcinoma had neoadjuvant brachytherapy and thrombocytopenia was frequent.",
])
def test_four_unexplained_words_in_a_short_text_are_still_dense(text):
    assert len(density(text)) == 1


def test_min_count_is_an_option():
    text = "People with statin side effects and cognitive problems were randomised in small groups for a year."
    assert len(density(text, min_count=1)) == 1


# 3. Acronyms that are names, parts of a defined acronym, or a form of one already reported
QUIET = [
    "Mice lacking the immune cytokine IL-10 had worse bowel inflammation.",  # infectious disease / gut
    "A monoclonal antibody MR78 protected monkeys from the virus.",  # infectious disease
    "The polar organelle development (Pod) protein PodJ sits at one end of the cell.",  # microbiology
    "Fatty acid oxidation (FAO) breaks FA down for energy in heart cells.",  # cardiology lab work
    "Upstream open reading frames (uORFs) slow protein making; each gene includes an uORF or none.",  # genetics
    "Electrons pass from respiratory complex III to complex IV in the cell.",  # mitochondria
    "Children with sickle cell anaemia (haemoglobin SS) took hydroxyurea.",  # paediatric haematology
]


@pytest.mark.parametrize("text", QUIET)
def test_names_parts_and_forms_of_defined_acronyms_are_quiet(text):
    assert acronyms(text) == []


def test_singular_and_plural_are_one_acronym():
    text = "Cells make particular tRNAs under stress. This tRNA then slows growth."  # cell biology
    assert acronyms(text) == ["tRNAs"]


FLAGGED = [
    # a class noun without a code: the letters still stand for words
    ("Levels of the protein CRP rose in people with pneumonia.", ["CRP"]),
    # a code with no class before it
    ("Mice lacking IL-10 had worse bowel inflammation.", ["IL-10"]),
    # one letter after an acronym that was never defined (bare: "the PodJ protein" names it by its class, issue #16)
    ("PodJ sits at one end of the cell.", ["PodJ"]),
    # the shorter acronym in another sentence from the definition
    ("Fatty acid oxidation (FAO) gives energy. Heart cells burn FA first.", ["FA"]),
    # two different acronyms, not forms of one: lab codes, one message naming both (round 22,
    # tests/test_acronym_lab_codes.py)
    ("Cells make tRNA and mRNA.", ["tRNA"]),
    # IV alone is intravenous
    ("Children had IV fluids for dehydration.", ["IV"]),
    # a genotype with no plain name before it
    ("People with HbSS took hydroxyurea.", ["HbSS"]),
]


@pytest.mark.parametrize("text,words", FLAGGED)
def test_unexplained_acronyms_of_the_same_shapes_are_still_flagged(text, words):
    assert acronyms(text) == words
