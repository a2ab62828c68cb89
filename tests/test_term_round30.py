"""jargon/term round 30 (README-independent-29a): "outcomes" followed by a verb and the list of what they were
("Important outcomes were X and Y", "outcomes, which included X, Y and Z", "The outcomes we looked at were ...")
is explained by that list. A statement about the outcomes ("were similar in both groups and ...") is not a list,
and neither is a list after another general word ("interventions were ..."): those stay reported."""

import pytest

from laylint.api import lint_text


def terms(text):
    found = []
    for d in lint_text(text, select=["jargon/term"]):
        line = text.splitlines()[d.line - 1]
        found.append(line[d.column - 1:d.end_column - 1].lower())
    return found


LISTED = [
    "The outcomes we looked at were pain, function and quality of life after knee surgery.",  # orthopaedics
    "Important outcomes were blood pressure and strokes.",  # cardiology
    "We report outcomes, which included deaths, kidney failure and hospital stays.",  # renal
    "The most important outcomes that we measured were relapse and weight gain.",  # mental health
    "The outcomes were quitting smoking at six months and side effects.",  # smoking cessation
    "The trials measured outcomes which included fever, rash or ear pain in children.",  # paediatrics
    "The outcomes the trials reported were survival, tumour shrinkage and hair loss.",  # oncology
    "The main outcomes were cure of the infection and diarrhoea.",  # infectious disease
]


@pytest.mark.parametrize("sentence", LISTED)
def test_outcomes_followed_by_their_list_are_explained(sentence):
    assert not [t for t in terms(sentence) if "outcome" in t]


NOT_LISTED = [
    "The outcomes were similar in both groups, and few children had side effects.",  # paediatrics
    "Important outcomes were measured at 6 and 12 months.",  # cardiology
    "The outcomes were poor, and many patients with cancer died.",  # oncology
    "The outcomes were better with the new drug and with the old one.",  # infectious disease
    "Outcomes were largely unchanged, and people kept smoking.",  # smoking cessation
    "The outcomes were reported in different ways, so we could not combine them.",  # renal
    "The outcomes were: most people felt better.",  # mental health (a sentence after the colon)
]


@pytest.mark.parametrize("sentence", NOT_LISTED)
def test_a_statement_about_outcomes_is_still_reported(sentence):
    assert any("outcome" in t for t in terms(sentence))


@pytest.mark.parametrize("sentence", [
    "The interventions were delivered by nurses and doctors at home.",  # a statement, no list
    "The interventions are cheap and easy to give.",  # adjectives, no list
])
def test_interventions_described_are_still_reported(sentence):
    assert "interventions" in terms(sentence)


def test_only_the_listed_sentence_explains_it():
    text = ("We looked at many outcomes in adults with asthma.\n\n"
            "Important outcomes were asthma attacks and hospital stays.")
    assert any("outcome" in t for t in terms(text))  # its first use is the unexplained one


@pytest.mark.parametrize("sentence", [
    # a long list item, and a list that ends where the main clause starts
    "Important outcomes were pain at 24 and 48 hours after surgery, time to first request for a painkiller, "
    "and sickness.",  # anaesthesia
    "Despite data on outcomes which included deaths, strokes and heart attacks, we could not draw firm "
    "conclusions.",  # cardiology
])
def test_longer_lists_are_explained(sentence):
    assert not [t for t in terms(sentence) if "outcome" in t]


def test_a_list_of_clauses_is_not_a_list_of_outcomes():
    sentence = "The outcomes were reached by most children, but many had side effects and some died."  # paediatrics
    assert any("outcome" in t for t in terms(sentence))
