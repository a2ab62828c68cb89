"""The abstract backs the metadata (laylint.claims.backing): a summary with hand-written metadata and
an abstract sidecar is checked against the metadata, and a claims message saying the source lacks a
figure becomes info when the abstract states it. Abstracts, metadata and summaries are made up here,
in the style of Cochrane and journal abstracts, across fields."""

from __future__ import annotations

import json
import subprocess

import pytest

from laylint import cli

OBSTETRICS_ABSTRACT = """Vaginal progesterone for preventing preterm birth in women with a short cervix

Main results
We included 31 trials (22,140 women). Compared with placebo, vaginal progesterone probably reduces preterm birth before 34 weeks (RR 0.71, 95% CI 0.57 to 0.89; 13 trials, 17,382 women; moderate-certainty evidence). Progesterone may make little or no difference to neonatal death (RR 0.92, 95% CI 0.70 to 1.21; 9 trials, 6,210 women; low-certainty evidence).
"""
OBSTETRICS_SOURCE = """design: meta-analysis
studies: 31
participants: 22140
drugs:
  vaginal progesterone: [progesterone]
  placebo: [dummy treatment]
outcomes:
  preterm birth: [early birth]
  neonatal death: [baby deaths]
findings:
  - {drug: vaginal progesterone, comparator: placebo, outcome: preterm birth, measure: risk-ratio, value: 0.71, ci: [0.57, 0.89]}
  - {drug: vaginal progesterone, comparator: placebo, outcome: neonatal death, measure: risk-ratio, value: 0.92, ci: [0.70, 1.21]}
"""
OBSTETRICS_SUMMARY = ("We found 31 trials with 22,140 women. Progesterone probably lowers the chance of an early birth "
                      "compared with a dummy treatment (13 trials, 17,382 women).\n")

CARDIOLOGY_ABSTRACT = """Rivaroxaban versus warfarin for stroke prevention in atrial fibrillation

Main results
We included 4 trials (18,120 participants). Rivaroxaban probably reduces stroke compared with warfarin (RR 0.80, 95% CI 0.69 to 0.93; 4 trials, 18,120 participants; moderate-certainty evidence). Rivaroxaban probably reduces intracranial bleeding compared with warfarin (RR 0.64, 95% CI 0.47 to 0.86; 3 trials, 14,264 participants; moderate-certainty evidence).
"""
CARDIOLOGY_SOURCE = """design: meta-analysis
studies: 4
participants: 18120
drugs:
  rivaroxaban: []
  warfarin: []
outcomes:
  stroke: []
  intracranial bleeding: [bleeding in the brain]
findings:
  - {drug: rivaroxaban, comparator: warfarin, outcome: stroke, measure: risk-ratio, value: 0.80, ci: [0.69, 0.93]}
"""

ONCOLOGY_ABSTRACT = """Pembrolizumab versus chemotherapy for advanced non-small-cell lung cancer

Results
A total of 305 patients underwent randomization. Treatment-related serious adverse events occurred in 17% of patients in the pembrolizumab group and 41% of patients in the chemotherapy group. Fatigue occurred in 10% of patients in the pembrolizumab group and 29% in the chemotherapy group.
"""
ONCOLOGY_SOURCE = """design: randomized-trial
participants: 305
drugs:
  pembrolizumab: []
  chemotherapy: []
outcomes:
  serious adverse events: [serious side effects]
  fatigue: [tiredness]
findings:
  - {drug: pembrolizumab, outcome: serious adverse events, value: 17%}
  - {drug: chemotherapy, outcome: serious adverse events, value: 41%}
"""

INFECTION_SOURCE = """design: meta-analysis
studies: 12
participants: 4200
drugs:
  oseltamivir: [Tamiflu]
  placebo: [dummy pill]
outcomes:
  hospital admission: []
findings:
  - {drug: oseltamivir, comparator: placebo, outcome: hospital admission, measure: risk-ratio, value: 0.85, ci: [0.60, 1.20]}
"""
INFECTION_ABSTRACT = """Oseltamivir for influenza in adults

Main results
We included 12 trials (4200 participants). Oseltamivir may make little or no difference to hospital admission compared with placebo (RR 0.85, 95% CI 0.60 to 1.20; 7 trials, 2911 participants; low-certainty evidence).
"""
INFECTION_SUMMARY = ("We found 12 trials with 4200 adults. Tamiflu may make little or no difference to hospital "
                     "admission compared with a dummy pill (7 trials, 2911 people).\n")

DENTISTRY_SOURCE = """design: meta-analysis
studies: 9
participants: 3412
drugs:
  chlorhexidine: [chlorhexidine mouthwash]
  placebo: [dummy mouthwash]
outcomes:
  pneumonia: []
  tooth staining: []
findings:
  - {drug: chlorhexidine, comparator: placebo, outcome: pneumonia, measure: risk-ratio, value: 0.68, ci: [0.52, 0.89]}
"""
DENTISTRY_ABSTRACT = """Chlorhexidine mouthwash to prevent pneumonia after cardiac surgery

Results
We included 9 trials (3412 participants). Chlorhexidine probably reduces postoperative pneumonia compared with placebo (RR 0.68, 95% CI 0.52 to 0.89; 8 trials, 3120 participants; moderate-certainty evidence). Tooth staining occurred in 58 of 1560 patients (3.7%) given chlorhexidine and 9 of 1530 (0.6%) given placebo.
"""
DENTISTRY_SUMMARY = ("We found 9 trials with 3412 adults. Chlorhexidine mouthwash probably lowers the risk of pneumonia "
                     "(8 trials, 3120 people). Tooth staining happened in about 4 in 100 people on chlorhexidine.\n")

MENTAL_HEALTH_SOURCE = """design: meta-analysis
studies: 6
participants: 1102
drugs:
  sertraline: []
  placebo: [dummy pill]
outcomes:
  response: [improvement]
findings:
  - {drug: sertraline, outcome: response, value: 52%}
"""
MENTAL_HEALTH_SUMMARY = "About 70% of people on sertraline had an improvement in their depression.\n"


def write(folder, stem: str, summary: str, source: str | None = None, abstract: str | bytes | None = None):
    (folder / f"{stem}.md").write_text(summary, encoding="utf-8")
    if source is not None:
        (folder / f"{stem}.source.yaml").write_text(source, encoding="utf-8")
    if isinstance(abstract, bytes):
        (folder / f"{stem}.abstract.txt").write_bytes(abstract)
    elif abstract is not None:
        (folder / f"{stem}.abstract.txt").write_text(abstract, encoding="utf-8")


def check(capsys, *argv) -> tuple[int, list[dict]]:
    code = cli.main(["check", "--no-cache", "--select", "claims,metadata", "--format", "json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out)


def at(diagnostics, summary: str, text: str) -> list[dict]:
    """The claims diagnostics on `text` (its first occurrence in the one-line summary)."""
    column = summary.index(text) + 1
    return [d for d in diagnostics if d["rule"].startswith("claims/") and d["line"] == 1 and d["column"] == column]


@pytest.fixture()
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_per_outcome_count_the_abstract_states_is_info_not_a_warning(capsys, here):
    write(here, "preterm", OBSTETRICS_SUMMARY, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    code, found = check(capsys, "preterm.md")
    for figure in ("13", "17,382"):
        [diagnostic] = at(found, OBSTETRICS_SUMMARY, figure)
        assert diagnostic["severity"] == "info", diagnostic
        assert "the abstract states it at preterm.abstract.txt:4" in diagnostic["message"]
        assert "add it to the metadata" in diagnostic["message"]
    assert code == 0


def test_the_same_count_shifted_to_a_number_the_abstract_lacks_is_still_warned(capsys, here):
    summary = OBSTETRICS_SUMMARY.replace("17,382", "17,832")
    write(here, "preterm", summary, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    _, found = check(capsys, "preterm.md")
    [diagnostic] = at(found, summary, "17,832")
    assert diagnostic["severity"] == "warning" and diagnostic["rule"] == "claims/unsupported-number"
    assert "abstract" not in diagnostic["message"]


def test_without_an_abstract_the_count_is_warned_as_before(capsys, here):
    write(here, "flu", INFECTION_SUMMARY, INFECTION_SOURCE)
    _, found = check(capsys, "flu.md")
    assert [d["severity"] for d in at(found, INFECTION_SUMMARY, "2911")] == ["warning"]
    (here / "flu.abstract.txt").write_text(INFECTION_ABSTRACT, encoding="utf-8")
    _, found = check(capsys, "flu.md")
    assert [d["severity"] for d in at(found, INFECTION_SUMMARY, "2911")] == ["info"]


def test_the_config_key_turns_backing_off(capsys, here):
    write(here, "mouth", DENTISTRY_SUMMARY, DENTISTRY_SOURCE, DENTISTRY_ABSTRACT)
    _, found = check(capsys, "mouth.md")
    assert {d["severity"] for f in ("3120", "about 4 in 100") for d in at(found, DENTISTRY_SUMMARY, f)} == {"info"}
    (here / ".laylint.yaml").write_text("abstract_backing: false\n", encoding="utf-8")
    code, found = check(capsys, "mouth.md")
    assert [d["severity"] for d in at(found, DENTISTRY_SUMMARY, "3120")] == ["warning"]
    assert [d["severity"] for d in at(found, DENTISTRY_SUMMARY, "about 4 in 100")] == ["error"]
    assert code == 1 and not any("abstract" in d["message"] for d in found)


def test_a_wrong_type_or_unknown_key_is_still_refused(capsys, here):
    write(here, "mouth", DENTISTRY_SUMMARY, DENTISTRY_SOURCE, DENTISTRY_ABSTRACT)
    (here / ".laylint.yaml").write_text("abstract_backing: no thanks\n", encoding="utf-8")
    assert cli.main(["check", "--no-cache", "mouth.md"]) == 2
    assert "abstract_backing" in capsys.readouterr().err
    (here / ".laylint.yaml").write_text("abstract_backup: false\n", encoding="utf-8")
    assert cli.main(["check", "--no-cache", "mouth.md"]) == 2
    assert "did you mean 'abstract_backing'" in capsys.readouterr().err


def test_a_figure_the_metadata_contradicts_stays_even_if_the_abstract_states_it_for_another_outcome(capsys, here):
    summary = "Compared with warfarin, the risk ratio for stroke with rivaroxaban was 0.64.\n"
    write(here, "af", summary, CARDIOLOGY_SOURCE, CARDIOLOGY_ABSTRACT)  # 0.64 is intracranial bleeding's
    code, found = check(capsys, "af.md")
    [diagnostic] = at(found, summary, "0.64")
    assert diagnostic["severity"] == "error" and diagnostic["rule"] == "claims/number-mismatch"
    assert "abstract" not in diagnostic["message"] and code == 1


def test_a_figure_the_metadata_contradicts_stays_even_if_the_abstract_agrees_with_the_summary(capsys, here):
    """The metadata is the facts: when it and the abstract disagree on the same pair, the metadata wins."""
    summary = "Compared with warfarin, the risk ratio for stroke with rivaroxaban was 0.80.\n"
    source = CARDIOLOGY_SOURCE.replace("value: 0.80, ci: [0.69, 0.93]", "value: 0.88, ci: [0.75, 1.03]")
    write(here, "af", summary, source, CARDIOLOGY_ABSTRACT)
    _, found = check(capsys, "af.md")
    [diagnostic] = at(found, summary, "0.80")
    assert diagnostic["severity"] == "error" and diagnostic["rule"] == "claims/number-mismatch"


def test_a_finding_the_metadata_lacks_is_backed_by_the_abstract(capsys, here):
    summary = "Rivaroxaban probably lowers the risk of bleeding in the brain compared with warfarin (risk ratio 0.64).\n"
    write(here, "af", summary, CARDIOLOGY_SOURCE, CARDIOLOGY_ABSTRACT)
    code, found = check(capsys, "af.md")
    [diagnostic] = at(found, summary, "0.64")
    assert diagnostic["severity"] == "info" and "af.abstract.txt:4" in diagnostic["message"] and code == 0


def test_a_wrong_pair_stays(capsys, here):
    summary = "Serious side effects happened in 41% of people on pembrolizumab.\n"  # chemotherapy's figure
    write(here, "lung", summary, ONCOLOGY_SOURCE, ONCOLOGY_ABSTRACT)
    code, found = check(capsys, "lung.md")
    [diagnostic] = at(found, summary, "41%")
    assert diagnostic["severity"] == "error" and diagnostic["rule"] == "claims/wrong-pair" and code == 1


def test_an_arm_figure_the_metadata_lacks_is_backed_and_its_wrong_arm_is_not(capsys, here):
    right = "Tiredness happened in 10% of people on pembrolizumab.\n"
    write(here, "lung", right, ONCOLOGY_SOURCE, ONCOLOGY_ABSTRACT)
    _, found = check(capsys, "lung.md")
    assert [d["severity"] for d in at(found, right, "10%")] == ["info"]
    wrong = "Tiredness happened in 29% of people on pembrolizumab.\n"  # the chemotherapy arm's
    write(here, "lung", wrong, ONCOLOGY_SOURCE, ONCOLOGY_ABSTRACT)
    _, found = check(capsys, "lung.md")
    assert [d["severity"] for d in at(found, wrong, "29%")] == ["error"]


def test_an_unreadable_abstract_beside_metadata_is_a_diagnostic_and_the_metadata_is_still_checked(capsys, here):
    write(here, "mood", MENTAL_HEALTH_SUMMARY, MENTAL_HEALTH_SOURCE, b"\x00\x00binary")
    code, found = check(capsys, "mood.md")
    problems = [d for d in found if d["rule"] == "metadata/invalid"]
    assert problems and "abstract sidecar" in problems[0]["message"] and problems[0]["path"] == "mood.abstract.txt"
    assert [d["rule"] for d in at(found, MENTAL_HEALTH_SUMMARY, "About 70%")] == ["claims/number-mismatch"]
    assert code == 1


def test_an_abstract_with_no_facts_beside_metadata_changes_nothing(capsys, here):
    write(here, "mood", MENTAL_HEALTH_SUMMARY, MENTAL_HEALTH_SOURCE, "Depression is common.\n")
    code, found = check(capsys, "mood.md")
    assert [d["rule"] for d in found] == ["claims/number-mismatch"] and code == 1


def test_laylint_claims_lists_the_backing_facts(capsys, here):
    write(here, "preterm", OBSTETRICS_SUMMARY, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    assert cli.main(["claims", "preterm.md"]) == 0
    out = capsys.readouterr().out
    assert "figures the metadata does not list are looked up in facts drafted from preterm.abstract.txt" in out
    assert "preterm.abstract.txt:4: vaginal progesterone vs placebo: 17382 women" in out
    assert cli.main(["claims", "--format", "json", "preterm.md"]) == 0
    rows = {row["text"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["17,382"]["backed_by"].startswith("preterm.abstract.txt:4:")
    assert rows["31"]["backed_by"] is None and rows["31"]["drafted_from"] is None


def git(folder, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder, check=True,
                   capture_output=True)


def test_an_edited_abstract_counts_as_a_change_of_the_summary(capsys, here):
    write(here, "preterm", OBSTETRICS_SUMMARY, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    git(here, "init", "-q")
    git(here, "add", ".")
    git(here, "commit", "-q", "-m", "summary, metadata and abstract")
    code, found = check(capsys, "--diff", "HEAD", ".")
    assert code == 0 and not [d for d in found if d["severity"] != "info"]
    # the abstract now gives another count: the summary's 17,382 is no longer backed
    (here / "preterm.abstract.txt").write_text(OBSTETRICS_ABSTRACT.replace("17,382", "16,904"), encoding="utf-8")
    code, found = check(capsys, "--diff", "HEAD", ".")
    assert [d["severity"] for d in at(found, OBSTETRICS_SUMMARY, "17,382")] == ["warning"] and code == 0
    # pre-commit names only the abstract: the summary beside it is checked
    code, found = check(capsys, "--force-exclude", "preterm.abstract.txt")
    assert {d["path"] for d in found} == {"preterm.md"}
    assert [d["severity"] for d in at(found, OBSTETRICS_SUMMARY, "17,382")] == ["warning"]


def test_an_unknown_pair_the_abstract_has_is_info_and_one_it_lacks_is_still_warned(capsys, here):
    source = CARDIOLOGY_SOURCE.replace("  intracranial bleeding: [bleeding in the brain]\n",
                                       "  intracranial bleeding: [bleeding in the brain]\n  nosebleeds: []\n")
    summary = "Rivaroxaban was linked to less bleeding in the brain than warfarin. Rivaroxaban was also linked to more nosebleeds.\n"
    write(here, "af", summary, source, CARDIOLOGY_ABSTRACT)
    code, found = check(capsys, "--select", "claims/unknown-pair", "af.md")
    by_outcome = {d["message"].split(" to ", 1)[1].split(" (")[0]: d for d in found if d["rule"] == "claims/unknown-pair"}
    backed = by_outcome["intracranial bleeding"]
    # stroke's alias "brain attack" shares a word with "bleeding in the brain": the abstract's bleeding finding is cited
    assert backed["severity"] == "info" and "intracranial bleeding: risk-ratio 0.64" in backed["message"]
    assert by_outcome["nosebleeds"]["severity"] == "warning"


def test_a_count_the_abstract_gives_for_another_outcome_is_still_warned(capsys, here):
    """Counts of studies are small numbers that repeat: 13 trials is preterm birth's count, not neonatal death's."""
    summary = "Progesterone may make little or no difference to baby deaths compared with a dummy treatment (13 trials).\n"
    write(here, "preterm", summary, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    _, found = check(capsys, "preterm.md")
    assert [d["severity"] for d in at(found, summary, "13")] == ["warning"]
    right = summary.replace("(13 trials)", "(9 trials)")
    write(here, "preterm", right, OBSTETRICS_SOURCE, OBSTETRICS_ABSTRACT)
    _, found = check(capsys, "preterm.md")
    assert [d["severity"] for d in at(found, right, "9")] == ["info"]


PAEDIATRICS_ABSTRACT = """Tonsillectomy or adenotonsillectomy versus non-surgical treatment for chronic or recurrent acute tonsillitis

Main results
We included seven studies (1,456 participants). Five studies were in children and two studies were in adults. In children, adenotonsillectomy probably reduces the number of sore throat episodes in the first year compared with watchful waiting (mean difference -1.5 episodes, 95% CI -2.2 to -0.8; 3 studies, 848 participants; moderate-certainty evidence).
"""
PAEDIATRICS_SOURCE = """design: meta-analysis
participants: 1456
drugs:
  tonsillectomy: [adenotonsillectomy, surgery]
  watchful waiting: [no surgery]
outcomes:
  sore throat episodes: [sore throats]
findings:
  - {drug: tonsillectomy, comparator: watchful waiting, outcome: sore throat episodes, measure: mean-difference, value: -1.5, ci: [-2.2, -0.8]}
  - {drug: tonsillectomy, comparator: watchful waiting, measure: count, value: 2, population: studies in adults}
"""


def test_a_count_that_differs_from_a_listed_count_stays_even_if_it_is_the_abstracts_total(capsys, here):
    wrong = "Seven studies in adults compared surgery with watchful waiting.\n"  # two were in adults; seven in all
    write(here, "tonsils", wrong, PAEDIATRICS_SOURCE, PAEDIATRICS_ABSTRACT)
    _, found = check(capsys, "tonsils.md")
    assert [(d["rule"], d["severity"]) for d in at(found, wrong, "Seven")] == [("claims/number-mismatch", "error")]
    total = "The review found seven studies. Two studies in adults compared surgery with watchful waiting.\n"
    write(here, "tonsils", total, PAEDIATRICS_SOURCE, PAEDIATRICS_ABSTRACT)  # the metadata has no total; the abstract does
    _, found = check(capsys, "tonsils.md")
    [diagnostic] = at(found, total, "seven")
    assert diagnostic["severity"] == "info" and "tonsils.abstract.txt:4: 7 studies in the review" in diagnostic["message"]


MENTAL_HEALTH_ABSTRACT = """Sertraline versus placebo for depression in adults

Results
We included 6 trials (1,102 participants). Response occurred in 52% of participants given sertraline and 38% of those given placebo (RR 1.37, 95% CI 1.18 to 1.59). Dropouts due to adverse events were 11% with sertraline and 4% with placebo.
"""


def test_a_figure_tied_to_no_outcome_is_not_backed_by_a_value_alone(capsys, here):
    summary = ("About 52% of people on sertraline had an improvement, compared with 38% on a dummy pill. "
               "About 11% of people on sertraline stopped taking it early.\n")
    write(here, "mood", summary, MENTAL_HEALTH_SOURCE, MENTAL_HEALTH_ABSTRACT)
    _, found = check(capsys, "mood.md")
    assert [d["severity"] for d in at(found, summary, "38%")] == ["info"]  # the placebo arm's response
    # "stopped taking it early" names no outcome of the metadata: 11% is the abstract's dropout figure, but
    # nothing ties the summary's figure to it
    assert [d["severity"] for d in at(found, summary, "About 11%")] == ["error"]


HEPATITIS_ABSTRACT = """Prevalence of hepatitis C in people who inject drugs

Main results
We included 9 studies (4,210 participants). The prevalence of hepatitis C ranged from 3.1% to 28% across the studies. In the largest study, 64.5% of people with hepatitis C had not been diagnosed (hepatitis C: 64.5%).
"""
HEPATITIS_SOURCE = """design: systematic-review
studies: 9
participants: 4210
outcomes:
  hepatitis C: [HCV]
findings:
  - {outcome: hepatitis C, measure: proportion, value: 3.1%, population: lowest prevalence}
  - {outcome: hepatitis C, measure: proportion, value: 28%, population: highest prevalence}
"""


def test_a_range_that_misses_every_listed_value_stays_even_if_it_holds_an_abstract_figure(capsys, here):
    """A range without a listed CI is let off as that CI only when it holds the listed value; "51% to 76%"
    holds neither 3.1% nor 28%, so the metadata contradicts it, whatever else the abstract says."""
    summary = "Between 51% and 76% of people who inject drugs had hepatitis C.\n"
    write(here, "hcv", summary, HEPATITIS_SOURCE, HEPATITIS_ABSTRACT)
    code, found = check(capsys, "hcv.md")
    [diagnostic] = at(found, summary, "Between 51% and 76%")
    assert diagnostic["severity"] in ("warning", "error") and "abstract" not in diagnostic["message"], diagnostic
    assert code == 1


def test_the_listed_range_itself_is_still_quiet(capsys, here):
    summary = "Between 3% and 28% of people who inject drugs had hepatitis C.\n"
    write(here, "hcv", summary, HEPATITIS_SOURCE, HEPATITIS_ABSTRACT)
    code, found = check(capsys, "hcv.md")
    assert [d for d in found if d["rule"].startswith("claims/") and d["severity"] != "info"] == [] and code == 0
