"""claims/missing-finding reads a result stated in words as stated: lay summaries often give a key
finding without its figure ("may result in a longer hospital stay"). Only a key finding whose
outcome no statement mentions is missing. Sentences written for laylint, in varied fields."""

import pytest

from laylint.api import lint_text


def _source(drug, comparator, outcome, aliases=(), value="1.5", measure="risk-ratio"):
    return {"design": "meta-analysis", "drugs": {drug: [], comparator: []}, "outcomes": {outcome: list(aliases)},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": outcome, "measure": measure,
                          "value": float(value), "key": True}]}


STATED = [
    # cardiology: the outcome's words, with a measurement word left out ("length of")
    ("cardiac rehabilitation", "usual care", "length of hospital stay", (),
     "Cardiac rehabilitation may lead to a longer hospital stay than usual care."),
    # oncology: a lay synonym of the outcome (laylint's lexicon: death ~ mortality)
    ("lenalidomide", "placebo", "all-cause mortality", (),
     "Lenalidomide probably makes little or no difference to the number of deaths."),
    # obstetrics: an alias the metadata declares
    ("intravenous iron", "oral iron", "postpartum haemorrhage", ("heavy bleeding after birth",),
     "Iron given into a vein may make little or no difference to heavy bleeding after birth."),
    # mental health: one of two content words is enough for a two-word outcome
    ("psilocybin", "placebo", "depression severity", (),
     "Psilocybin may reduce depression more than a dummy pill."),
    # infections: the drug named in an earlier sentence
    ("acetic acid", "no treatment", "ear discharge", (),
     "We looked at acetic acid drops. They may stop the ear discharge sooner."),
]


@pytest.mark.parametrize("drug, comparator, outcome, aliases, sentence", STATED)
def test_a_key_finding_stated_in_words_is_not_missing(drug, comparator, outcome, aliases, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome, aliases),
                      select=["claims/missing-finding"])
    assert found == []


MISSING = [
    ("colchicine", "placebo", "diarrhoea", "Colchicine may reduce the chance of a heart attack."),
    ("nicotine patches", "placebo", "smoking abstinence at six months", "Nicotine patches were safe and well liked."),
    ("dialysis", "conservative care", "kidney transplant", "People on dialysis had more hospital visits."),
]


@pytest.mark.parametrize("drug, comparator, outcome, sentence", MISSING)
def test_a_key_finding_whose_outcome_no_statement_mentions_is_missing(drug, comparator, outcome, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome), select=["claims/missing-finding"])
    assert [d.rule for d in found] == ["claims/missing-finding"]
    assert "is never stated" in found[0].message


def test_a_question_or_heading_naming_the_outcome_does_not_state_it():
    text = "# Does colchicine cause diarrhoea?\n\nDoes colchicine cause diarrhoea? We looked at 12 studies.\n"
    found = lint_text(text, source=_source("colchicine", "placebo", "diarrhoea"), select=["claims/missing-finding"])
    assert [d.rule for d in found] == ["claims/missing-finding"]


@pytest.mark.parametrize("drug, comparator, outcome, sentence", [
    # haematology: a two-letter measure name
    ("intravenous iron", "oral iron", "antenatal Hb level", "Iron into a vein likely slightly increases Hb levels."),
    # infections: the everyday verb for the outcome
    ("favipiravir", "placebo", "all-cause mortality", "We are uncertain if favipiravir changes how many people die."),
])
def test_short_measure_names_and_everyday_verbs_state_the_outcome(drug, comparator, outcome, sentence):
    found = lint_text(sentence + "\n", source=_source(drug, comparator, outcome), select=["claims/missing-finding"])
    assert found == []


def test_a_capitalised_short_word_at_a_sentence_start_is_no_outcome_word():
    found = lint_text("In this review we looked at nine studies.\n", source=_source("aspirin", "placebo", "IN score"),
                      select=["claims/missing-finding"])
    assert [d.rule for d in found] == ["claims/missing-finding"]
