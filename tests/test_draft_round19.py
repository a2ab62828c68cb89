"""Round 19 of issue 15: a per-group share whose group its own sentence names in words read only here. Every
abstract was written for this test (made-up figures) in the style of real ones: the group after the figure
("17% (4/24) of placebo patients", "6.8% of the control group", "64% (SU group)"), and one of two shares set against
each other ("26% versus 12% with placebo", "11% with control vs 10% with treatment"), which is the other arm of its
sentence's comparison. A group the abstract does not name as an arm (a share of a population) is not made one."""

from __future__ import annotations

import pytest

from test_draft_patterns import facts, words


def _share(drafted, value: float):
    found = [f for f in drafted.facts if f.percent and f.role in ("arm", "background") and round(f.value, 4) == value]
    assert found, f"no share {value} drafted"
    return found[0]


GROUP_AFTER = [
    ("gastroenterology, of placebo patients", "Two trials compared Trichuris suis ova with placebo in adults with "
     "ulcerative colitis. Forty-three per cent (13/30) of patients in the ova group achieved remission compared to 17% "
     "(4/24) of placebo patients (RR 2.60, 95% CI 0.97 to 6.95).", 17.0, "placebo"),
    ("paediatric allergy, of the control group", "Ten trials compared oral immunotherapy with egg avoidance in children "
     "with egg allergy. Adverse events were frequent; 71% of children had reactions during oral immunotherapy versus "
     "5.9% of the control group (RR 8.10, 95% CI 5.02 to 13.07).", 5.9, "control"),
    ("diabetes, an abbreviated arm in brackets", "Four trials compared sulphonylurea with insulin in adults with "
     "latent autoimmune diabetes. Sulphonylurea (SU) caused earlier insulin dependence: the share dependent at two "
     "years was 58% (SU group) and 14.5% (insulin group, P = 0.01).", 58.0, "sulphonylurea"),
    ("infectious disease, of the arm's recipients", "Three trials compared oseltamivir with placebo in adults with "
     "influenza. Nausea occurred in 9.9% (41/414) of oseltamivir recipients and in 6.2% (25/403) of placebo "
     "recipients (RR 1.60, 95% CI 1.00 to 2.56).", 6.2, "placebo"),
]


@pytest.mark.parametrize("field,text,value,drug", GROUP_AFTER, ids=[g[0] for g in GROUP_AFTER])
def test_group_named_after_the_share(field, text, value, drug):
    share = _share(facts(text), value)
    assert words(drug) <= words(share.drug), share.drug


SET_AGAINST = [
    ("neurology, versus a share with placebo", "Twelve trials compared ibuprofen 400 mg with placebo in adults with "
     "migraine. For ibuprofen 400 mg versus placebo, the NNT for 2-hour pain-free was 7.2 (26% versus 12% with "
     "placebo).", 26.0, "ibuprofen"),
    ("cardiology, with control vs with treatment", "Sixteen trials compared antihypertensive drugs with placebo in "
     "adults aged 60 or over. Antihypertensive drugs reduced all-cause mortality (11% with control vs 10.0% with "
     "treatment; RR 0.91, 95% CI 0.85 to 0.97).", 10.0, "antihypertensive drugs"),
    ("smoking cessation, the comparator's share second", "Nine trials compared varenicline with nicotine patch in "
     "adult smokers. Varenicline increased abstinence at six months (RR 1.25, 95% CI 1.10 to 1.42; 24.1% with "
     "varenicline vs 19.3% with nicotine patch).", 19.3, "nicotine patch"),
]


@pytest.mark.parametrize("field,text,value,drug", SET_AGAINST, ids=[g[0] for g in SET_AGAINST])
def test_share_set_against_the_other_arm(field, text, value, drug):
    share = _share(facts(text), value)
    assert words(drug) <= words(share.drug), share.drug


# a group after the share that the abstract does not name as an arm is not made one
NOT_AN_ARM = [
    ("renal, a share of a population", "Eight trials compared bicarbonate with no treatment in adults with chronic "
     "kidney disease. Dialysis occurred in 40% of diabetic patients compared with 31% of the other patients.", 40.0,
     "diabetic"),
    ("mental health, a subgroup in brackets", "Six trials compared sertraline with placebo in adults with depression. "
     "Insomnia occurred in 12% (older adult group) and 9% (younger adult group).", 12.0, "older adult"),
    ("respiratory, of smokers", "Seven trials compared tiotropium with placebo in adults with COPD. Exacerbations "
     "occurred in 27% of current smokers compared with 19% of former smokers.", 27.0, "current"),
]


@pytest.mark.parametrize("field,text,value,group", NOT_AN_ARM, ids=[g[0] for g in NOT_AN_ARM])
def test_a_group_that_is_no_arm_is_not_made_one(field, text, value, group):
    share = _share(facts(text), value)
    assert not words(group) & words(share.drug), share.drug


def _effect(drafted, value: float):
    found = [f for f in drafted.facts if f.role == "effect" and round(f.value, 4) == value]
    assert found, f"no effect {value} drafted"
    return found[0]


# "the effects of X when compared to Y ..., on Z (MD ...)": X against Y for the figures after it in the sentence
EFFECTS_OF = [
    ("pain, when compared to a sham", "We included nine trials with 402 adults with chronic neck pain. There was "
     "very low-certainty evidence from two trials about the effects of conventional TENS when compared to sham TENS "
     "at short-term follow-up, on pain (MD -0.31, 95% CI -0.88 to 0.26).", -0.31, "conventional TENS", "sham TENS"),
    ("cardiology, compared with", "We included 14 trials with 5120 adults with atrial fibrillation. There was "
     "moderate-certainty evidence about the effects of catheter ablation compared with antiarrhythmic drugs at one "
     "year, on stroke (RR 0.78, 95% CI 0.62 to 0.98).", 0.78, "catheter ablation", "antiarrhythmic drugs"),
    ("paediatrics, versus", "We included six trials with 880 infants with bronchiolitis. Evidence on the effectiveness "
     "of hypertonic saline versus normal saline, for length of hospital stay, was of low certainty (MD -0.45, 95% CI "
     "-0.82 to -0.08).", -0.45, "hypertonic saline", "normal saline"),
]


@pytest.mark.parametrize("field,text,value,drug,comparator", EFFECTS_OF, ids=[g[0] for g in EFFECTS_OF])
def test_effects_of_x_compared_to_y(field, text, value, drug, comparator):
    effect = _effect(facts(text), value)
    assert words(drug) <= words(effect.drug) and words(comparator) <= words(effect.comparator), (effect.drug, effect.comparator)


def test_effects_of_does_not_reach_past_a_semicolon():
    # oncology: the second clause names its own arm, the pair before the semicolon is not its
    text = ("We included eight trials with 2300 women with ovarian cancer. We assessed the effects of weekly paclitaxel "
            "compared with three-weekly paclitaxel; dose-dense carboplatin improved survival (HR 0.81, 95% CI 0.70 to "
            "0.94).")
    effect = _effect(facts(text), 0.81)
    assert not words("weekly") & words(effect.drug), effect.drug
