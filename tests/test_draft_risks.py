"""Per-group risks and anticipated absolute effects, in sentences written for this test in the style of
Cochrane abstracts (varied fields)."""

from __future__ import annotations

from laylint.draft import draft


def facts_of(text: str):
    return [(f.drug, f.outcome, round(f.value, 4), f.percent, f.ci) for f in draft(text).facts]


def test_an_anticipated_range_gets_its_value_from_the_baseline_and_the_ratio():
    text = ("Iron for restless legs\n\nMain results\nWe included 8 trials (620 participants). Iron probably improves restless legs "
            "symptoms compared with placebo (RR 1.50, 95% CI 1.20 to 1.90; 6 trials, 480 participants; moderate-certainty "
            "evidence). In people with a 30% chance of improvement with placebo, improvement with iron would be between 36% and 57%.")
    drafted = draft(text)
    ranged = [f for f in drafted.facts if f.ci == (36, 57)]
    assert len(ranged) == 1
    assert ranged[0].value == 45 and ranged[0].percent and ranged[0].drug.lower() == "iron"
    assert any("derived" in note for note in ranged[0].notes)


def test_a_range_that_the_ratio_does_not_explain_is_left_out():
    text = ("Iron for restless legs\n\nMain results\nWe included 8 trials (620 participants). Iron probably improves restless legs "
            "symptoms compared with placebo (RR 1.50, 95% CI 1.20 to 1.90; moderate-certainty evidence). In people with a 30% "
            "chance of improvement with placebo, improvement with iron would be between 60% and 80%.")
    assert not [f for f in draft(text).facts if f.ci == (60, 80)]


def test_per_1000_risks_of_both_groups():
    text = ("Antenatal steroids for late preterm birth\n\nMain results\nWe included 6 trials (5200 women). Steroids probably "
            "reduce respiratory distress compared with placebo (RR 0.80, 95% CI 0.66 to 0.97; moderate-certainty evidence). "
            "The risk was 120 per 1000 with placebo and 96 per 1000 (79 to 116) with steroids.")
    found = facts_of(text)
    values = {(v, p) for _, _, v, p, _ in found}
    assert (12.0, True) in values and (9.6, True) in values


def test_each_groups_mean_score_is_a_finding_of_its_group():
    text = ("Yoga for low back pain\n\nMain results\nWe included 9 trials (1080 participants). Mean disability with usual care "
            "was 14.20 points on a 0 to 24 scale (0 = no disability) compared to 11.60 points with yoga (MD 2.60 points better, "
            "95% CI 1.10 better to 4.10 better; 3 trials, 520 participants; low-certainty evidence).")
    found = {(f.drug.lower(), f.outcome, f.value) for f in draft(text).facts if f.role == "arm"}
    assert ("usual care", "disability", 14.2) in found and ("yoga", "disability", 11.6) in found


def test_an_interval_bound_in_the_other_direction_is_negative():
    text = ("Heat wraps for neck pain\n\nMain results\nWe included 4 trials (310 participants). Heat wraps may make little or "
            "no difference to function compared with no treatment (MD 3.20 points better, 95% CI 1.40 points worse to 7.80 "
            "points better; 2 trials, 150 participants; low-certainty evidence).")
    difference = next(f for f in draft(text).facts if f.measure == "mean-difference")
    assert difference.value == 3.2 and difference.ci == (-1.4, 7.8)


def test_an_anticipated_range_after_an_odds_ratio_goes_through_the_odds():
    text = ("Chlorhexidine versus povidone-iodine for skin preparation\n\nMain results\nWe included 5 trials (900 participants). "
            "Chlorhexidine may reduce wound infection compared with povidone-iodine (OR 0.60, 95% CI 0.40 to 0.90; 4 trials, "
            "700 participants; low-certainty evidence). This suggests that if the chance of wound infection with povidone-iodine "
            "is assumed to be 20.0%, then the chance with chlorhexidine would be 9.1% to 18.4%.")
    ranged = [f for f in draft(text).facts if f.ci == (9.1, 18.4)]
    assert len(ranged) == 1 and ranged[0].value == 13.0  # 0.6 x 0.2 / (0.8 + 0.6 x 0.2) = 13.0%
    assert "through the odds" in ranged[0].notes[0]
