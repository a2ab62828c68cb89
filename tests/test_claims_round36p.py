"""Claims round 36, part P (issues 14 and 16): a figure that is exactly the finding of an outcome its own part of
the sentence names is that outcome's, not a wrong pair or a mismatch with the outcome it was first attached to.

"Out of 100 pregnancies from IVF, about 20 may end in miscarriage": 20 in 100 was read for clinical pregnancy (the
denominator's noun is that outcome's alias), although it is exactly the source's miscarriage risk and "miscarriage"
is in the figure's own segment. Real wrong pairs stay: a figure of outcome B put on outcome A where B is not named
in the figure's segment, where A is named there itself, where two figures of one sentence are swapped, or where the
figure belongs to another drug the sentence does not name.
Sentences and sources written for these tests (made-up reviews and numbers) across fields.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at


def _share(outcome, value, drug):
    return {"drug": drug, "outcome": outcome, "measure": "proportion", "value": f"{value}%"}


def _review(drugs, outcomes, shares):
    """A two-arm review: shares[(drug, outcome)] = percent."""
    return {"design": "meta-analysis", "studies": 8, "participants": 2400, "drugs": drugs,
            "outcomes": outcomes,
            "findings": [_share(outcome, value, drug) for (drug, outcome), value in shares.items()]}


SOURCES = {
    "fertility": _review(
        {"in vitro maturation": ["IVM"], "conventional IVF": ["IVF", "standard IVF"]},
        {"clinical pregnancy": ["pregnancies", "pregnancy", "pregnant"], "miscarriage": ["miscarriages"]},
        {("conventional IVF", "clinical pregnancy"): 45, ("conventional IVF", "miscarriage"): 20,
         ("in vitro maturation", "clinical pregnancy"): 30, ("in vitro maturation", "miscarriage"): 28}),
    "oncology": _review(
        {"neoadjuvant chemotherapy": ["chemotherapy"], "surgery alone": []},
        {"complete resection": ["operations", "operation"], "complications": ["complication"]},
        {("neoadjuvant chemotherapy", "complete resection"): 85, ("neoadjuvant chemotherapy", "complications"): 7,
         ("surgery alone", "complete resection"): 80, ("surgery alone", "complications"): 9}),
    "cardiology": _review(
        {"sacubitril-valsartan": [], "enalapril": []},
        {"hospital admission": ["admissions", "admission"], "cardiovascular death": ["death", "deaths"]},
        {("sacubitril-valsartan", "hospital admission"): 21, ("sacubitril-valsartan", "cardiovascular death"): 9,
         ("enalapril", "hospital admission"): 26, ("enalapril", "cardiovascular death"): 11}),
    "infectious disease": _review(
        {"bedaquiline regimen": ["bedaquiline"], "standard regimen": []},
        {"treatment success": ["treatment courses", "cured"], "relapse": ["relapses", "relapsed"]},
        {("bedaquiline regimen", "treatment success"): 88, ("bedaquiline regimen", "relapse"): 6,
         ("standard regimen", "treatment success"): 75, ("standard regimen", "relapse"): 10}),
    "renal": _review(
        {"tacrolimus": [], "ciclosporin": []},
        {"graft loss": ["transplants", "lost the kidney"], "acute rejection": ["rejection"]},
        {("tacrolimus", "graft loss"): 5, ("tacrolimus", "acute rejection"): 12,
         ("ciclosporin", "graft loss"): 7, ("ciclosporin", "acute rejection"): 18}),
    "smoking cessation": _review(
        {"varenicline": [], "placebo": []},
        {"quitting": ["quit", "stopped smoking", "quit smoking"], "nausea": ["felt sick", "feeling sick"]},
        {("varenicline", "quitting"): 25, ("varenicline", "nausea"): 28,
         ("placebo", "quitting"): 11, ("placebo", "nausea"): 9}),
    "mental health": _review(
        {"antidepressants": ["antidepressant"], "placebo": []},
        {"response": ["responders", "responded"], "relapse": ["relapses", "relapsed"]},
        {("antidepressants", "response"): 50, ("antidepressants", "relapse"): 18,
         ("placebo", "response"): 35, ("placebo", "relapse"): 40}),
    "paediatrics": _review(
        {"probiotics": [], "placebo": []},
        {"sepsis": ["infections", "infection"], "death": ["deaths", "died"]},
        {("probiotics", "sepsis"): 12, ("probiotics", "death"): 4, ("placebo", "sepsis"): 15, ("placebo", "death"): 6}),
}

# the figure is exactly the finding of the outcome named in its own segment; the first outcome read was the
# denominator's noun ("100 pregnancies", "100 admissions"), an alias of another outcome
NAMED_IN_ITS_SEGMENT = [
    ("fertility", "Out of 100 pregnancies from IVF, about 20 may end in miscarriage.", "about 20"),
    ("fertility", "With standard IVF, about 20 out of 100 pregnancies end in miscarriage.", "about 20 out of 100"),
    ("fertility", "For every 100 pregnancies after IVM, 28 ended in a miscarriage.", "28"),
    ("oncology", "After neoadjuvant chemotherapy, about 7 in 100 operations had a complication.", "about 7"),
    ("cardiology", "With sacubitril-valsartan, about 9 in 100 admissions ended in death.", "about 9 in 100"),
]


@pytest.mark.parametrize("source, text, figure", NAMED_IN_ITS_SEGMENT)
def test_a_figure_of_the_outcome_its_segment_names_is_that_outcomes(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == []


# real wrong pairs: the outcome whose figure it is goes unnamed, or is named in another segment; or the figure is
# another drug's
STILL_WRONG = [
    ("fertility", "Out of 100 women having IVF, about 20 became pregnant.", "about 20"),
    ("cardiology", "With sacubitril-valsartan, 9% of people needed a hospital admission.", "9%"),
    ("infectious disease", "With the bedaquiline regimen, 6% of people were cured.", "6%"),
    ("renal", "With tacrolimus, 12 in 100 people lost the kidney.", "12 in 100"),
    ("renal", "With tacrolimus, 12 in 100 people lost the kidney, and rejection was less common.", "12 in 100"),
    ("smoking cessation", "With varenicline, 28% of people quit smoking.", "28%"),
    ("smoking cessation", "With varenicline, 28% of people quit smoking, but many felt sick.", "28%"),
    ("smoking cessation", "With placebo, 28% of people felt sick.", "28%"),
    ("mental health", "With antidepressants, 18% of people responded.", "18%"),
    ("paediatrics", "For every 100 babies given probiotics, 4 had an infection.", "4"),
]


@pytest.mark.parametrize("source, text, figure", STILL_WRONG)
def test_a_figure_of_an_outcome_the_segment_does_not_give_it_is_still_a_wrong_pair(source, text, figure):
    assert claim_rules_at(text, SOURCES[source], figure) == ["claims/wrong-pair"]


def _ratios(drug, comparator, ratios):
    return {"design": "meta-analysis", "studies": 14, "participants": 20000, "drugs": {drug: [], comparator: []},
            "outcomes": {name: list(aliases) for name, (aliases, _) in ratios.items()},
            "findings": [{"drug": drug, "comparator": comparator, "outcome": name, "measure": "risk-ratio",
                          "value": value} for name, (_, value) in ratios.items()]}


SWAPS = [
    (_ratios("statins", "placebo", {"stroke": (["strokes"], 0.78), "heart attack": (["heart attacks"], 0.7)}),
     "Statins lowered the risk of stroke by 30% and of heart attacks by 22%.", "30%"),
    (_ratios("statins", "placebo", {"stroke": (["strokes"], 0.78), "heart attack": (["heart attacks"], 0.7)}),
     "Statins lowered the risk of stroke by 30%, and heart attacks were also less common.", "30%"),
    (_ratios("statins", "placebo", {"stroke": (["strokes"], 0.78), "heart attack": (["heart attacks"], 0.7)}),
     "Statins lowered the risk of stroke by 30% but not the risk of heart attacks.", "30%"),
    (_ratios("colchicine", "placebo", {"gout flares": (["flares"], 0.55), "diarrhoea": ([], 0.6)}),
     "Colchicine cut gout flares by 40% and diarrhoea by 45%.", "40%"),
]


# both outcomes named: each with its own figure (a swap), in another segment, or beside the outcome the figure is
# stated for ("by 30% but not the risk of heart attacks")
@pytest.mark.parametrize("source, text, figure", SWAPS)
def test_a_figure_stated_for_its_own_named_outcome_keeps_its_wrong_pair(source, text, figure):
    assert claim_rules_at(text, source, figure) == ["claims/wrong-pair"]
