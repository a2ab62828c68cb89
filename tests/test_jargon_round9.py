"""jargon/acronym and jargon/rare-word, round 9 (issue 16): the false hits of the fourteenth independent judgement
on seven new LLM writers (bench/data/precision/README-independent-14j.md). Each quiet table has flagged twins:
a bare, undefined acronym still fires."""

import pytest

from lint_support import flagged_words


def acronyms(text):
    return flagged_words(text, "jargon/acronym")


# 1. GRADE in a sentence that says what it is for (the lead's decision): explained by its purpose
GRADE_WITH_PURPOSE = [
    "We rated our confidence in the evidence using the GRADE approach.",  # cardiology review methods
    "Two reviewers used the GRADE system to judge how certain the evidence is about smoking relapse.",
    "We assessed the quality of the evidence with GRADE for each outcome in children.",  # paediatrics
    "We judged how reliable each finding about dialysis was with the GRADE\u2011CERQual approach.",  # renal
    "Using GRADE criteria, overall certainty about the cancer outcomes was low.",  # oncology
]


@pytest.mark.parametrize("text", GRADE_WITH_PURPOSE)
def test_grade_named_with_its_purpose_is_quiet(text):
    assert acronyms(text) == []


GRADE_BARE = [
    ("We used the GRADE approach for each outcome of the antibiotic trials.", ["grade"]),  # infectious disease
    ("Evidence on talking therapy was rated with GRADE.", ["grade"]),  # mental health
    # the purpose explains GRADE, not another acronym in the sentence
    ("We rated our confidence in the evidence on CBT using GRADE.", ["cbt"]),  # mental health
]


@pytest.mark.parametrize("text,expected", GRADE_BARE)
def test_grade_without_its_purpose_is_still_reported(text, expected):
    assert acronyms(text) == expected


# 2. Names of databases searched stay reported (the recall marker and two earlier judges counted them as unexplained):
# since round 10 a search list is one message spanning its names (tests/test_jargon_round10.py)
DATABASES = [
    ("We searched CENTRAL, MEDLINE, Embase, CINAHL and PsycINFO up to March 2023.",
     ["central, medline, embase, cinahl and psycinfo"]),
    ("Results agreed with those in MEDLINE.", ["medline"]),  # oncology
    ("We searched CENTRAL and MEDLINE for RCTs in children with asthma.", ["central and medline", "rcts"]),  # paediatrics
]


@pytest.mark.parametrize("text,expected", DATABASES)
def test_database_names_are_still_reported(text, expected):
    assert [a for a in acronyms(text) if a in expected] == expected


# 3. An acronym alone in brackets right after words that describe it is defined there, and later uses with it
DESCRIBED_BEFORE_BRACKET = [
    "Does having relatives present during emergency resuscitation (CPR) affect their mental health? CPR was "
    "often long.",  # emergency care
    "Outcomes included symptom severity (PANSS), side effects and dropouts.",  # mental health
    "Children's body mass index or its age\u2011 and sex\u2011adjusted version (zBMI) was measured.",  # paediatrics
    "We looked at blood pressure in people on regular kidney dialysis (HD).",  # renal
]


@pytest.mark.parametrize("text", DESCRIBED_BEFORE_BRACKET)
def test_acronym_in_brackets_after_describing_words_is_defined(text):
    assert acronyms(text) == []


NOT_DESCRIBED_BEFORE_BRACKET = [
    ("Some patients (MS) were treated.", ["ms"]),  # neurology: a function word, not a description
    ("The trials included patients (COPD) from ten countries.", ["copd"]),  # respiratory: a verb and a noun
    ("Staff started ECMO in the intensive care unit.", ["ecmo"]),  # intensive care: bare
    ("Relatives watched CPR in the emergency room.", []),  # emergency care: better known than its long form
    ("Symptoms were scored on the PANSS.", ["panss"]),  # mental health: bare
    # more than the acronym in the bracket: not a definition by description
    ("Tumours shrank with the new treatment (HR 0.7) in women.", ["hr"]),  # oncology
]


@pytest.mark.parametrize("text,expected", NOT_DESCRIBED_BEFORE_BRACKET)
def test_acronym_without_describing_words_before_its_bracket_is_reported(text, expected):
    assert acronyms(text) == expected


# 4. Tokens with underscores are LLM leftovers (template slots), not acronyms
UNDERSCORE_LEFTOVERS = [
    "I have made the revisions asked for in the EVALUATOR_FEEDBACK. Smoking fell in both groups.",
    "Here is the summary, edited to follow the PLS_GUIDE: malaria cases fell.",  # infectious disease
]


@pytest.mark.parametrize("text", UNDERSCORE_LEFTOVERS)
def test_words_with_underscores_are_not_acronyms(text):
    assert acronyms(text) == []


def test_acronym_beside_an_underscore_leftover_is_still_reported():
    assert acronyms("Edited per EVALUATOR_FEEDBACK: fewer people with CKD needed dialysis.") == ["ckd"]


# 5. A literal backslash-n ("\\nMany", two characters) is an escape, not part of the next word
def rare(text):
    return flagged_words(text, "jargon/rare-word")


LITERAL_NEWLINES = [
    r"Fewer children were admitted.\nMany parents said the inhaler helped.",  # paediatrics
    r"The drug was stopped early.\nAdverse\u2011events were mild.".replace(r"\u2011", "\u2011"),  # oncology
    r"Quitting rates rose.\nThe nicotine patch helped most.",  # smoking cessation
]


@pytest.mark.parametrize("text", LITERAL_NEWLINES)
def test_literal_backslash_n_is_not_read_into_the_next_word(text):
    assert rare(text) == []


def test_rare_word_after_a_literal_backslash_n_is_still_reported():
    # the escape is dropped, the word after it is judged as itself
    assert rare(r"Kidney function fell.\nNephrolithotomy was done in ten people.") == ["nephrolithotomy"]


def test_acronym_after_a_literal_backslash_n_is_reported_without_the_n():
    assert acronyms(r"Blood pressure fell.\nCKD got worse in some people.") == ["ckd"]


# The cues are lexicon data: a user's file adds groups; a malformed group is a usage error naming the key
def test_user_cue_groups_add_to_the_built_in_ones():
    from laylint.jargon.lexicon import merge_cues

    cues = merge_cues([{"explained_by": [{"acronyms": ["GRADE"], "cues": ["certain"]}]},
                       {"explained_by": [{"acronyms": ["PANSS"], "cues": ["symptom scale"]}]}])
    assert cues["GRADE"].search("how certain we are") and not cues["GRADE"].search("uncertainty")
    assert cues["PANSS"].search("a symptom  scale") and not cues["PANSS"].search("symptoms")


def test_malformed_cue_group_is_a_usage_error():
    from laylint.errors import UsageError
    from laylint.jargon.lexicon import merge_cues

    with pytest.raises(UsageError, match="explained_by.0: must have exactly the keys acronyms and cues"):
        merge_cues([{"explained_by": [{"acronyms": ["GRADE"]}]}])
