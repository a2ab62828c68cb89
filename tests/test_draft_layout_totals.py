"""Layout and totals patterns met in real abstracts, in sentences written for this test: titles and
sentences that open with a heading word, headings glued to the sentence before, an update's total."""

from __future__ import annotations

import pytest

from laylint.draft import draft
from laylint.draft.sections import layout


@pytest.mark.parametrize("line", [
    "Summary estimates of effect were obtained with a random-effects model.",
    "Participants were randomly assigned to the two arms.",
    "Results were pooled across studies.",
])
def test_a_heading_word_opening_a_sentence_is_not_a_heading(line):
    lay = layout("Background\nSome background.\n\nMethods\n" + line + "\n\nResults\nWe included 5 trials.")
    assert any(s.text.startswith(line.split()[0]) and s.section == "methods" for s in lay.sentences)


def test_a_title_opening_with_a_heading_word_is_the_title():
    drafted = draft("Interventions for thrombosed dialysis fistulas\n\nBackground\nFistulas clot.\n\nMain results\n"
                    "We included 14 studies (1176 participants).")
    assert drafted.title == "Interventions for thrombosed dialysis fistulas"
    assert drafted.studies.value == 14


@pytest.mark.parametrize("line,section", [("Results 11 trials met the criteria.", "results"),
                                           ("RESULTS  Among 402 children, 12 had seizures.", "results"),
                                           ("Interventions Children received zinc or placebo.", "methods")])
def test_a_heading_opening_its_line_still_is_one(line, section):
    lay = layout("Background\nSome background.\n\n" + line)
    assert lay.sentences[-1].section == section


def test_a_cochrane_heading_glued_to_the_sentence_before_is_read():
    text = ("Zinc for diarrhoea\n\nSelection criteria\nWe included randomised trials in children. Data collection and analysis\n"
            "Summary estimates were pooled. Main results\nOur search identified 14 eligible studies (1176 randomised participants). "
            "Zinc probably shortens diarrhoea (MD -0.5 days, 95% CI -0.8 to -0.2; 8 studies, 911 children; moderate-certainty evidence).")
    drafted = draft(text)
    assert drafted.kind == "cochrane"
    assert (drafted.studies.value, drafted.participants.value) == (14, 1176)
    assert any(f.measure == "mean-difference" and f.value == -0.5 for f in drafted.facts)


UPDATES = [
    ("We included 9 new trials (2210 participants) in this update, bringing the total number of RCTs to 41.", 41, None),
    ("This update adds 12 new studies, bringing the total number of studies in the current review to 63 with a total of "
     "8,402 participants randomised.", 63, 8402),
    ("We included 12 trials comparing oral iron versus no iron (two trials with pregnant women and 10 in the community).", 12, None),
]


@pytest.mark.parametrize("sentence,studies,participants", UPDATES)
def test_an_update_gives_the_review_total_and_study_words_are_not_people(sentence, studies, participants):
    drafted = draft("Iron for anaemia\n\nMain results\n" + sentence + "\n\nAuthors' conclusions\nMore trials are needed.")
    assert drafted.studies is not None and drafted.studies.value == studies
    assert (drafted.participants.value if drafted.participants else None) == participants


ELIDED = [
    ("We included 41 trials (5210 infants): 25 included term infants, 12 included preterm infants, and four included both.",
     [(25, "included term infants"), (12, "included preterm infants"), (4, "included both")]),
    ("Twelve studies met the inclusion criteria; 8 evaluated ankle pressure only, one evaluated toe pressure only and three "
     "evaluated both.", [(8, "evaluated ankle pressure only"), (1, "evaluated toe pressure only"), (3, "evaluated both")]),
    ("We found 14 RCTs (1990 participants). There are two ongoing studies and five awaiting classification.",
     [(5, "awaiting classification")]),
]


@pytest.mark.parametrize("sentence,expected", ELIDED)
def test_counts_of_studies_whose_noun_is_left_out(sentence, expected):
    drafted = draft("Heel warming\n\nMain results\n" + sentence)
    counts = {(int(f.value), f.population) for f in drafted.facts if f.measure == "count"}
    for value, what in expected:
        assert (value, f"studies ({what})") in counts, counts


def test_n_equals_that_add_up_to_the_studies_are_studies():
    drafted = draft("Checkpoint inhibitors for glioma\n\nMain results\nWe included seven RCTs in recurrent (N = 4) and newly "
                    "diagnosed (N = 3) glioma, with 1953 participants.")
    assert {(int(f.value), f.population) for f in drafted.facts if f.measure == "count"} >= {(4, "studies"), (3, "studies")}


def test_percentages_and_doses_after_a_study_count_are_not_study_counts():
    drafted = draft("Zinc for colds\n\nMain results\nWe included 9 trials; 40% included children, and 10 mg was the usual dose.")
    assert not [f for f in drafted.facts if f.measure == "count" and f.population and f.population.startswith("studies (")]


@pytest.mark.parametrize("sentence,participants", [
    ("We included 29 RCTs that had enrolled a total of 4620 type 1 and 22,565 type 2 diabetic participants.", 27185),
    ("We included 6 trials with 310 preterm and 452 term infants.", 762),
    ("We included 8 trials, 5 trials in adults and 3 in children (1210 participants).", 1210),
])
def test_two_groups_of_people_add_up_to_the_participants(sentence, participants):
    drafted = draft("Blood pressure control\n\nMain results\n" + sentence)
    assert drafted.participants is not None and drafted.participants.value == participants
    if participants in (27185, 762):
        assert "derived" in drafted.participants.note


def test_a_count_of_different_things_is_a_count_finding():
    drafted = draft("Decision aids\n\nMain results\nWe included 88 studies (21,400 participants). The decision aids covered "
                    "54 different decisions, most often about cancer screening.")
    assert (54, "different decisions") in {(int(f.value), f.population) for f in drafted.facts if f.measure == "count"}
