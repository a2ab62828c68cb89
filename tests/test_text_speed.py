"""The quick paths of the text layer give what the slow ones give (issue #19)."""

import pytest

from laylint.readability.syllables import count_syllables
from laylint.text import address_spans
from laylint.text.words import _ADDRESS

TEXTS = [
    "Read the full review at www.cochranelibrary.com today.",
    "Contact the authors at trials.unit@ucl.ac.uk for the data.",
    "The protocol is at https://clinicaltrials.gov/ct2/show/NCT01234567.",
    "See cochrane.org/CD012345 for the full review.",
    "Visit WWW.NHS.UK or HTTP://EXAMPLE.COM.",
    "We found 12 studies (2,345 people) of asthma inhalers. The evidence is up to date to May 2023.",
    "Doses were 0.5 mg/kg in children aged 2 to 12 years; e.g. paracetamol, i.e. acetaminophen.",
    "The Ca. 45 trials in de novo kidney transplants used tacrolimus.",
    "Patients with stroke.Outcomes were measured at 3 months.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_address_spans_are_those_of_the_full_address_pattern(text):
    assert address_spans(text) == [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def test_a_summary_with_an_address_still_finds_it():
    assert address_spans(TEXTS[0]) == [(24, 47)]


@pytest.mark.parametrize("chunk, bare", [("patients,", "patients"), ("Patients", "patients"),
                                         ("(hypogammaglobulinaemia)", "hypogammaglobulinaemia"),
                                         ("randomised.", "randomised"), ("'Cognitive", "cognitive")])
def test_syllables_of_a_word_do_not_depend_on_its_punctuation_or_case(chunk, bare):
    assert count_syllables(chunk) == count_syllables(bare) > 1
