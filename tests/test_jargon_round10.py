"""jargon/acronym round 10 (issue 16): the messages of the fifteenth independent judgement worth acting on
(bench/data/precision/README-independent-15a.md). Database and register names in a search list get one message for
the whole list, saying lay readers need "medical databases", not the names (the lead's decision); TB is known; an
acronym inside a chat leftover that artifacts/chat-leftover deletes is not spelled out; a "What is X?" heading
answered right under it. Each quiet or merged table has flagged twins: a bare undefined acronym still fires."""

import pytest

from lint_support import flagged_words


def acronym_messages(text, extra=()):
    from laylint.api import lint_text

    return [d for d in lint_text(text, select=["jargon/acronym", *extra]) if d.rule == "jargon/acronym"]


def acronyms(text):
    return flagged_words(text, "jargon/acronym")


# 1. A search list: one message for the whole list, spanning it from the first name to the last, a warning
SEARCH_LISTS = [
    # (text, the span it covers, the acronyms it names)
    ("We searched CENTRAL, MEDLINE, Embase and two trial registers up to May 2023 for studies of statins.",
     "central, medline, embase", ["CENTRAL", "MEDLINE"]),  # cardiology
    ("To find trials of antidepressants in teenagers, we looked in MEDLINE, PsycINFO, CENTRAL and the WHO ICTRP.",
     "medline, psycinfo, central and the who ictrp", ["MEDLINE", "PsycINFO", "CENTRAL", "ICTRP"]),  # mental health
    ("Searches of the Cochrane Tobacco Addiction Group Specialised Register, CENTRAL and MEDLINE found 40 trials.",
     "central and medline", ["CENTRAL", "MEDLINE"]),  # smoking cessation
    ("We searched the Cochrane Kidney and Transplant Register, MEDLINE and ClinicalTrials.gov for trials in people "
     "on dialysis.", "medline and clinicaltrials.gov", ["MEDLINE"]),  # renal
    ("The review team searched LILACS, CINAHL, ISRCTN and ClinicalTrials.gov for malaria vaccine trials.",
     "lilacs, cinahl, isrctn and clinicaltrials.gov", ["LILACS", "CINAHL", "ISRCTN"]),  # infectious disease
    ("Trials were found by searching CENTRAL and LILACS for studies of childhood asthma in Brazil.",
     "central and lilacs", ["CENTRAL", "LILACS"]),  # paediatrics
    # a register named with an acronym inside it
    ("We searched the Cochrane ENT Register, CENTRAL and MEDLINE for trials of grommets in children.",
     "ent register, central and medline", ["ENT", "CENTRAL", "MEDLINE"]),  # ear, nose and throat
    ("We searched the International HTA database and MEDLINE for studies of breast screening costs.",
     "hta database and medline", ["HTA", "MEDLINE"]),  # oncology
    # a name alone in brackets after its long form is not where the list starts
    ("We searched the Cochrane Central Register of Controlled Trials (CENTRAL), MEDLINE and Embase for trials of "
     "talking therapy.", "medline and embase", ["MEDLINE"]),  # mental health
    # a vendor in brackets is one of the list's names
    ("We searched CINAHL (EBSCO) and PsycINFO for trials of school support for children with asthma.",
     "cinahl (ebsco) and psycinfo", ["CINAHL", "EBSCO", "PsycINFO"]),  # paediatrics
    # one name, in a sentence about searching
    ("We searched MEDLINE up to June 2021 for trials of iron in pregnancy.", "medline", ["MEDLINE"]),  # obstetrics
]


@pytest.mark.parametrize("text,span,names", SEARCH_LISTS)
def test_a_search_list_is_one_warning_for_the_whole_list(text, span, names):
    found = acronym_messages(text)
    assert len(found) == 1
    message = found[0]
    assert message.severity == "warning"
    assert text[message.column - 1:message.end_column - 1].lower() == span
    assert "medical databases" in message.message and "full name (" not in message.message
    assert [n for n in names if f"'{n}'" in message.message] == names


def test_two_search_lists_in_one_summary_are_one_message_at_the_first():
    text = ("We searched CENTRAL and MEDLINE in March 2021 for trials of exercise after heart attack.\n\n"
            "We also searched ClinicalTrials.gov and the WHO ICTRP in April 2021.")
    found = acronym_messages(text)
    assert [(d.line, d.severity) for d in found] == [(1, "warning")]
    assert all(f"'{n}'" in found[0].message for n in ("CENTRAL", "MEDLINE", "ICTRP"))


SEARCH_LISTS_EXPLAINED = [
    # the long form given: nothing to say about the acronym (the plain words are jargon/term's business)
    "We searched the Cochrane Central Register of Controlled Trials (CENTRAL) and Embase for trials of nicotine gum.",
    # already says what they are: the fix this message asks for, with the names kept in brackets
    "Medical databases (CENTRAL, MEDLINE, Embase) were checked in January 2022 for studies of childhood asthma.",
    "We searched the Cochrane Pain Register and medical databases (CENTRAL, MEDLINE) for trials of back pain.",
]


@pytest.mark.parametrize("text", SEARCH_LISTS_EXPLAINED)
def test_a_search_list_explained_already_is_quiet(text):
    assert acronym_messages(text) == []


# Flagged twins: a database name outside a search list, and other acronyms in a search sentence, are reported as before
BARE_OR_BESIDE = [
    ("Results agreed with those in MEDLINE.", [("MEDLINE", "error")]),  # oncology: one name, not a search
    ("Most of the trials we found were listed in CENTRAL.", [("CENTRAL", "error")]),  # no search word, one name
    ("We searched CENTRAL and MEDLINE for RCTs of aspirin after stroke.",
     [("CENTRAL", "warning"), ("RCT", "error")]),  # neurology: the trials are not a database
    ("We searched MEDLINE for trials in adults with COPD.", [("MEDLINE", "warning"), ("COPD", "error")]),  # respiratory
    ("We searched for studies of CBT and DBT in teenagers who self-harm.",
     [("CBT", "error"), ("DBT", "error")]),  # mental health: a search, but no database named
]


@pytest.mark.parametrize("text,expected", BARE_OR_BESIDE)
def test_other_acronyms_and_bare_database_names_keep_the_normal_message(text, expected):
    found = acronym_messages(text)
    assert [(d.message.split("'")[1], d.severity) for d in found] == expected
    for d in found:
        assert ("spelled out" in d.message) == (d.severity == "error")


def test_search_list_severity_and_message_are_options():
    from laylint.api import lint_text

    text = "We searched CENTRAL and MEDLINE for trials of zinc in children with diarrhoea."
    found = lint_text(text, select=["jargon/acronym"], options={
        "search_list_severity": "info", "messages": {"search_list": "Drop the database names ({names})"}})
    assert [(d.severity, d.message) for d in found] == [("info", "Drop the database names ('CENTRAL' and 'MEDLINE')")]


def test_user_search_names_add_to_the_built_in_ones():
    from laylint.jargon.lexicon import merge_search_names

    found = merge_search_names([{"search_names": ["MEDLINE"], "search_cues": ["search"]},
                                {"search_names": ["TRIP"], "search_cues": ["hunted"]}])
    assert found.names.search("the TRIP database") and found.names.search("MEDLINE")
    assert not found.names.search("a TRIPS abroad") and not found.names.search("Trip")
    assert found.cues.search("We hunted in") and found.cues.search("Searches") and not found.cues.search("research")


# 2. TB is as well known as HIV (README-independent-15a, pattern 6)
def test_tb_is_known():
    assert acronyms("Clinics offered joint HIV/TB care in rural Malawi.") == []  # infectious disease
    assert acronyms("Children with TB were given a shorter course of treatment.") == []  # paediatrics


def test_an_unknown_acronym_beside_tb_is_still_reported():
    assert acronyms("People with TB and COPD were more often admitted.") == ["copd"]


# 3. An acronym in a chat leftover that artifacts/chat-leftover reports: the sentence is to be deleted, not spelled out
CHAT_LEFTOVERS = [
    "Here is the revised summary, edited to follow the STYLE GUIDE: malaria cases fell.",  # infectious disease
    "The revised summary is now clear, and follows the STYLE GUIDE rules.\n\nFewer smokers relapsed.",  # smoking
    "I have completed the revisions based on the EVALUATOR_FEEDBACK and STYLE GUIDELINE.\n\nDialysis helped.",  # renal
]


@pytest.mark.parametrize("text", CHAT_LEFTOVERS)
def test_acronym_inside_a_reported_chat_leftover_is_quiet(text):
    assert acronym_messages(text, extra=["artifacts/chat-leftover"]) == []


def test_acronym_beside_a_chat_leftover_is_still_reported():
    text = "Here is the revised summary, edited to follow the STYLE GUIDE:\n\nPeople with CKD needed dialysis less."
    assert [d.message.split("'")[1] for d in acronym_messages(text, extra=["artifacts/chat-leftover"])] == ["CKD"]


def test_acronym_in_a_leftover_is_reported_when_the_leftover_rule_does_not_run():
    assert acronyms("Here is the revised summary, edited to follow the STYLE GUIDE: malaria cases fell.") == [
        "style", "guide"]


# 4. A "What is X?" heading answered by the paragraph right under it (question headings may come between)
WHAT_IS_HEADINGS = [
    "# What is ICSI and why does the hormone dose matter?\n\nIn ICSI (intracytoplasmic sperm injection), one sperm "
    "is put into each egg.",  # fertility
    "## What is CBT?\n\nCognitive behavioural therapy (CBT) is a talking therapy.",  # mental health
    "What is IVF/ICSI and why does hormone dosing matter?\nWhy do doctors test the ovaries first?\nIVF and "
    "intracytoplasmic sperm injection (ICSI) help people have a baby.",  # fertility, lines read as headings
    "## What are ACE inhibitors?\n\nAngiotensin\u2011converting enzyme (ACE) inhibitors lower blood pressure.",  # renal
]


@pytest.mark.parametrize("text", WHAT_IS_HEADINGS)
def test_what_is_heading_answered_right_under_it_is_quiet(text):
    assert acronyms(text) == []


NOT_ANSWERED_UNDER = [
    # not a "What is" question: a heading counts as a use, before the definition below it
    ("# Treatments for MS\n\nPeople with multiple sclerosis (MS) took part.", ["ms"]),  # neurology
    ("## Does CBT help teenagers?\n\nCognitive behavioural therapy (CBT) is a talking therapy.", ["cbt"]),
    # a paragraph between: the answer does not follow at once
    ("What is IVF/ICSI and why does it matter?\nMany couples try for a year first.\n\nIntracytoplasmic sperm "
     "injection (ICSI) puts one sperm into an egg.", ["icsi"]),  # fertility
    # never spelled out
    ("What is IVF/ICSI?\nMany couples use it after other treatments fail.", ["icsi"]),
]


@pytest.mark.parametrize("text,expected", NOT_ANSWERED_UNDER)
def test_heading_acronym_not_answered_right_under_is_still_reported(text, expected):
    assert acronyms(text) == expected


# 5. jargon/term stays quiet on the names inside a search list the acronym rule reports as one message; the same
#    database named outside a list, or a list with no acronym (no list message), keeps its term message
def jargon_messages(text):
    from laylint.api import lint_text

    return [(d.rule, text[d.column - 1:d.end_column - 1]) for d in lint_text(text, select=["jargon/acronym", "jargon/term"])]


LIST_TERMS_QUIET = [
    "We searched CENTRAL, MEDLINE, Embase and PsycINFO for trials of talking therapy for panic attacks.",  # mental health
    "We looked in CINAHL and Embase for studies of nurse-led clinics for people with kidney disease.",  # renal
]


@pytest.mark.parametrize("text", LIST_TERMS_QUIET)
def test_no_term_message_inside_a_reported_search_list(text):
    found = jargon_messages(text)
    assert [rule for rule, _ in found] == ["jargon/acronym"]


LIST_TERMS_KEPT = [
    # outside a search list: the database is a term to explain
    ("Results in Embase records matched those of the trials of inhaled steroids.", "Embase"),  # respiratory
    # a list with no acronym gets no list message, so the term message stays
    ("We searched Embase and Scopus for trials of exercise for low mood in older adults.", "Embase"),  # mental health
]


@pytest.mark.parametrize("text,term", LIST_TERMS_KEPT)
def test_term_message_kept_outside_a_reported_search_list(text, term):
    assert ("jargon/term", term) in jargon_messages(text)


# 6. In a sentence about searching, "trial registers" is the plain wording the search-list message recommends, not a
#    term to explain (README-independent-16a); elsewhere it still is
SEARCH_WORDS = [
    ("We searched medical databases and trial registries for studies of blood thinners after surgery.", False),  # cardiology
    ("The team looked in two trial registers for unpublished trials of nicotine patches.", False),  # smoking cessation
    ("The trial register showed that the kidney study stopped early.", True),  # renal: not about searching
]


@pytest.mark.parametrize("text,flagged", SEARCH_WORDS)
def test_trial_registers_plain_in_a_search_sentence(text, flagged):
    terms = [t for rule, t in jargon_messages(text) if rule == "jargon/term"]
    assert bool([t for t in terms if "regist" in t.lower()]) == flagged
