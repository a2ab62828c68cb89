"""Claims round 7 (issue 14): recall, i.e. wrong figures that were read but let through. Sentences
written for these tests across fields (made-up studies and numbers); each loud row has a quiet row
with the correct figure in the same shape.

- a count of something other than studies or people ("eyes", "teeth") that the source declares once
  for the whole review, and per comparison for parts of it, cannot be more than that whole;
- "36 studies out of 146": the number after "out of" counts what the first count counted;
- "111 studies were in schools, 15 in the community, eight in the home": list items that leave the
  noun out count what the count before them counted;
- "we are uncertain because this result came from only one small study": a count of the studies
  behind a result is checked against that outcome's own counts, not any count of the comparison.
"""

from __future__ import annotations

import pytest

from lint_support import claim_rules_at

STUDIES = {
    "macula": {  # eye surgery (ophthalmology): eyes counted for the review and per comparison
        "design": "meta-analysis", "studies": 4, "participants": 275,
        "drugs": {"flap surgery": ["flap"], "peeling": ["standard peeling"]},
        "outcomes": {"hole closure": ["closure"], "eyes": []},
        "findings": [
            {"outcome": "eyes", "measure": "count", "value": 285, "population": "eyes in the review"},
            {"drug": "flap surgery", "comparator": "peeling", "outcome": "hole closure", "measure": "risk-ratio",
             "value": 1.10, "ci": [1.02, 1.18]},
            {"drug": "flap surgery", "comparator": "peeling", "measure": "count", "value": 276,
             "population": "eyes (closure)"},
        ]},
    "teeth": {  # fissure sealants for children (paediatric dentistry): teeth counted
        "design": "meta-analysis", "studies": 9, "participants": 1200,
        "drugs": {"sealant": ["sealants", "fissure sealant"], "varnish": ["fluoride varnish"]},
        "outcomes": {"tooth decay": ["decay", "caries"]},
        "findings": [
            {"measure": "count", "value": 3100, "population": "teeth in the review"},
            {"drug": "sealant", "comparator": "varnish", "outcome": "tooth decay", "measure": "risk-ratio",
             "value": 0.70, "ci": [0.55, 0.89]},
            {"drug": "sealant", "comparator": "varnish", "measure": "count", "value": 1450,
             "population": "teeth (decay)"},
        ]},
    "checks": {  # health checks (public health, qualitative): studies found and studies sampled
        "design": "meta-analysis", "studies": 146,
        "drugs": {"health checks": ["general health checks"]},
        "outcomes": {"uptake": []},
        "findings": [{"measure": "count", "value": 36, "population": "sampled studies"}]},
    "obesity": {  # childhood obesity prevention (paediatrics): studies per setting
        "design": "meta-analysis", "studies": 172, "participants": 189000,
        "drugs": {"diet and activity programmes": ["programmes"], "control": []},
        "outcomes": {"BMI": ["body mass index"]},
        "findings": [
            {"measure": "count", "value": 111, "population": "studies in schools"},
            {"measure": "count", "value": 15, "population": "studies in the community"},
            {"measure": "count", "value": 8, "population": "studies in the home"},
            {"measure": "count", "value": 7, "population": "studies in a clinical setting"},
        ]},
    "ptsd": {  # therapy for refugee children (mental health): studies per country
        "design": "meta-analysis", "studies": 9, "participants": 1900,
        "drugs": {"trauma-focused therapy": ["therapy"], "waiting list": []},
        "outcomes": {"PTSD symptoms": ["post-traumatic stress"]},
        "findings": [
            {"measure": "count", "value": 4, "population": "studies in Uganda"},
            {"measure": "count", "value": 1, "population": "studies in Lebanon and in Jordan (each)"},
        ]},
    "otitis": {  # antibiotic ear drops (infectious disease): one outcome rests on one trial
        "design": "meta-analysis", "studies": 8, "participants": 900,
        "drugs": {"antibiotic drops": ["ear drops", "drops"], "placebo": []},
        "outcomes": {"ear discharge": ["discharge"], "hearing": ["hearing loss"]},
        "findings": [
            {"drug": "antibiotic drops", "comparator": "placebo", "measure": "count", "value": 5, "population": "studies"},
            {"drug": "antibiotic drops", "comparator": "placebo", "outcome": "ear discharge", "measure": "risk-ratio",
             "value": 0.5, "ci": [0.3, 0.8]},
            {"drug": "antibiotic drops", "comparator": "placebo", "outcome": "ear discharge", "measure": "count",
             "value": 5, "population": "studies"},
            {"drug": "antibiotic drops", "comparator": "placebo", "outcome": "hearing", "measure": "mean-difference",
             "value": -2.0, "ci": [-4.0, 0.1], "unit": "dB"},
            {"drug": "antibiotic drops", "comparator": "placebo", "outcome": "hearing", "measure": "count",
             "value": 1, "population": "studies"},
        ]},
    "stones": {  # kidney stone surgery (renal/urology): a hospital stay in days
        "design": "meta-analysis", "studies": 14, "participants": 1200,
        "drugs": {"keyhole surgery": ["PCNL"], "flexible ureteroscopy": ["RIRS"]},
        "outcomes": {"length of hospital stay": ["hospital stay"]},
        "findings": [{"drug": "keyhole surgery", "comparator": "flexible ureteroscopy", "outcome": "length of hospital stay",
                      "measure": "mean-difference", "value": 1.04, "ci": [0.27, 1.81], "unit": "days"}]},
    "rehab": {  # home versus centre cardiac rehabilitation (cardiology): long-term results in few studies
        "design": "meta-analysis", "studies": 24, "participants": 3000,
        "drugs": {"home-based rehabilitation": ["home-based programmes"], "centre-based rehabilitation": []},
        "outcomes": {"exercise capacity": ["fitness"]},
        "findings": [
            {"measure": "count", "value": 9, "population": "studies awaiting classification"},
            {"drug": "home-based rehabilitation", "comparator": "centre-based rehabilitation", "outcome": "exercise capacity",
             "measure": "standardised-mean-difference", "value": 0.11, "ci": [-0.01, 0.23]},
            {"drug": "home-based rehabilitation", "comparator": "centre-based rehabilitation", "outcome": "exercise capacity",
             "measure": "count", "value": 3, "population": "studies reporting outcomes beyond 12 months"},
        ]},
    "statins": {  # statins (cardiology): muscle aches with a confidence interval
        "design": "meta-analysis", "studies": 12, "participants": 1200,
        "drugs": {"statins": ["statin"], "placebo": ["dummy pill"]},
        "outcomes": {"muscle pain": ["muscle aches"]},
        "findings": [{"drug": "statins", "outcome": "muscle pain", "measure": "risk", "value": "11%", "ci": ["8%", "14%"]},
                     {"drug": "placebo", "outcome": "muscle pain", "measure": "risk", "value": "9%"}]},
    "hpv": {  # HPV vaccine (oncology/infectious disease): a relative risk with its interval
        "design": "meta-analysis", "studies": 26, "participants": 73000,
        "drugs": {"HPV vaccine": ["the vaccine"], "placebo": []},
        "outcomes": {"precancer": ["precancerous changes", "pre-cancer"]},
        "findings": [{"drug": "HPV vaccine", "comparator": "placebo", "outcome": "precancer", "measure": "risk-ratio",
                      "value": 0.37, "ci": [0.25, 0.54]}]},
    "stroke": {  # stroke rehabilitation trials (cardiology/neurology): people out of a total
        "design": "meta-analysis", "studies": 21, "participants": 2400,
        "drugs": {"treadmill training": ["treadmill"], "usual care": []},
        "outcomes": {"walking speed": []},
        "findings": [{"drug": "treadmill training", "comparator": "usual care", "outcome": "walking speed",
                      "measure": "mean-difference", "value": 0.1, "ci": [0.05, 0.15], "unit": "m/s"}]},
}

CASES = [
    # 1. counts of other things, against the one whole the source gives
    ("macula", "We found four studies that treated 285 eyes of 275 people with large macular holes.", "285", 1, False),
    ("macula", "We found four studies that treated 573 eyes of 275 people with large macular holes.", "573", 1, True),
    ("macula", "Flap surgery probably closes more holes than peeling (4 studies, 276 eyes).", "276", 1, False),
    ("macula", "Closure was reported for 120 eyes in one small study.", "120", 1, False),  # a part: no declared count
    ("teeth", "The nine trials sealed 3,100 teeth in 1,200 children.", "3,100", 1, False),
    ("teeth", "The nine trials sealed 6,203 teeth in 1,200 children.", "6,203", 1, True),
    ("teeth", "The nine trials sealed fewer than 4,000 teeth in 1,200 children.", "4,000", 1, False),  # a bound under it
    # 2. "N studies out of M": M counts studies too
    ("checks", "We found 36 studies out of 146 that met our criteria.", "146", 1, False),
    ("checks", "We found 36 studies out of 295 that met our criteria.", "295", 1, True),
    ("stroke", "Of the 2,400 people, 1,100 were women; 300 people out of 2,400 dropped out.", "2,400", 2, False),
    ("stroke", "Of the 2,400 people, 1,100 were women; 300 people out of 4,803 dropped out.", "4,803", 1, True),
    # 3. list items with the noun left out
    ("obesity", "In 111 studies the programmes ran in schools, though 15 were based in the community, eight in the "
                "home and seven in clinical settings.", "eight", 1, False),
    ("obesity", "In 111 studies the programmes ran in schools, though 15 were based in the community, 19 in the "
                "home and seven in clinical settings.", "19", 1, True),
    ("obesity", "In 111 studies the programmes ran in schools, though 15 were based in the community, eight in the "
                "home and seven in clinical settings.", "15", 1, False),
    ("obesity", "In 111 studies the programmes ran in schools, though 33 were based in the community, eight in the "
                "home and seven in clinical settings.", "33", 1, True),
    ("ptsd", "Four studies took place in Uganda, one in Lebanon, and one in Jordan.", "one", 1, False),
    ("ptsd", "Four studies took place in Uganda, 12 in Lebanon, and one in Jordan.", "12", 1, True),
    ("ptsd", "Four studies took place in Uganda, one in Lebanon, and 12 in Jordan.", "12", 1, True),
    # 4. the studies behind one outcome's result
    ("otitis", "Drops may make little difference to hearing, but we are uncertain because this result came from "
               "only one small study.", "one", 1, False),
    ("otitis", "Drops may make little difference to hearing, but we are uncertain because this result came from "
               "only 5 small studies.", "5", 1, True),
    ("otitis", "Ear drops probably reduce discharge; this is based on 5 studies.", "5", 1, False),
    ("otitis", "Ear drops probably reduce discharge; this is based on 3 studies.", "3", 1, True),
    ("otitis", "We found 5 studies of drops; they looked at discharge and hearing.", "5", 1, False),
    # 5. lay words for a hospital stay
    ("stones", "With PCNL, people may stay in hospital about 4 days longer than with RIRS.", "4", 1, True),
    ("stones", "With PCNL, people may stay in hospital about 1 day longer than with RIRS.", "1", 1, False),
    ("stones", "PCNL may mean people have to stay in the hospital for about 3 days longer than RIRS.", "3", 1, True),
    ("stones", "PCNL may mean people have to stay in the hospital for about one day longer than RIRS.", "one", 1, False),
    # 6. a count in brackets after its noun
    ("obesity", "Most studies (111) took place in schools in high-income countries.", "111", 1, False),
    ("obesity", "Most studies (225) took place in schools in high-income countries.", "225", 1, True),
    ("stroke", "The trials (21) enrolled adults after a stroke.", "21", 1, False),
    ("stroke", "The trials (45) enrolled adults after a stroke.", "45", 1, True),
    ("stroke", "Only a small number of trials were included (21), and they were small.", "21", 1, False),
    ("stroke", "Only a small number of trials were included (45), and they were small.", "45", 1, True),
    ("checks", "The studies gave the views of clients (25 studies), health workers (15) and managers (9).", "15", 1,
     False),
    ("stroke", "Walking speed improved in the studies (2019 to 2023) of treadmill training.", "2019", 1, False),
    # 7. "results" for "outcomes" in what a count is of
    ("rehab", "We found 24 studies. Most lasted up to 12 months, and only 3 reported results beyond 12 months.", "3", 1,
     False),
    ("rehab", "We found 24 studies. Most lasted up to 12 months, and only 9 reported results beyond 12 months.", "9", 1,
     True),
    # 8. range ends
    ("statins", "With statins, about 11 in 100 people had muscle aches (8 to 14 in 100).", "8 to 14 in 100", 1, False),
    ("statins", "With statins, about 11 in 100 people had muscle aches (8 to 20 in 100).", "8 to 20 in 100", 1, True),
    ("statins", "With statins, about 11 in 100 people had muscle aches (between 3 and 14 in 100).", "between 3 and 14", 1,
     True),
    ("statins", "Muscle aches affected between 8% and 15% of people taking a statin.", "8% and 15%", 1, False),  # rounded
    ("statins", "Muscle aches affected between 10% and 12% of people taking a statin.", "10% and 12%", 1, False),  # inside
    ("hpv", "The vaccine reduced precancerous changes (RR 0.37, 0.25 to 0.54).", "0.25 to 0.54", 1, False),
    ("hpv", "The vaccine reduced precancerous changes (risk ratio between 0.25 and 0.90).", "0.25 and 0.90", 1, True),
    # not list items of the count: a result after it, a time
    ("ptsd", "Nine studies with 1,900 children were found, and 40 in the youngest group left early.", "40", 1, False),
    ("ptsd", "Nine studies with 1,900 children were found; 3 at 12 months.", "3", 1, False),
]


def _flags(study: str, text: str, figure: str, occurrence: int) -> list[str]:
    return claim_rules_at(text, STUDIES[study], figure, occurrence)


@pytest.mark.parametrize("study, text, figure, occurrence, flagged", CASES)
def test_wrong_counts_are_caught(study, text, figure, occurrence, flagged):
    assert bool(_flags(study, text, figure, occurrence)) == flagged, _flags(study, text, figure, occurrence)
