"""Readability: counting on real document shapes, the four rules, `laylint stats`, and no network."""

import json
import re
import socket
from pathlib import Path

import pytest

from laylint import cli, document
from laylint.analysis import Analysis
from laylint.api import lint_text
from laylint.errors import UsageError
from laylint.readability import formulas
from laylint.readability.counts import Counts, count_text, document_counts, is_familiar
from laylint.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "anti-cd20.md"


def counts_of(text: str, path: str = "summary.md"):
    return document_counts(Analysis(document.parse(path, text)))


# (field, text, sentences, words): abbreviations and decimals never end a sentence; numbers are words.
SENTENCE_TABLE = [
    ("cardiology", "Statins, e.g. atorvastatin, lowered LDL by approx. 1.5 mmol/L vs. placebo. Heart attacks fell by 20%.", 2, 16),
    ("oncology", "Dr. Lee gave rituximab, i.e. an anti-CD20 antibody, to 120 people. About 11% had low antibody levels.", 2, 17),
    ("mental health", "People with depression felt better after 8 weeks (mean change 3.2 points). Side effects were mild!", 2, 16),
    ("paediatrics", "Babies gained 178 g. The trial ran from 2019 to 2021. Was it safe? Yes, mostly.", 4, 16),
    ("infectious disease", "H. pylori infection was cured in 85.5% of people (Fig. 2). Smith et al. reported that relapse was rare.", 2, 19),
    ("respiratory", "Inhalers improved FEV1 by 0.12 L; the effect lasted about 12 weeks. Asthma attacks fell.", 2, 15),
]


@pytest.mark.parametrize("field, text, sentences, words", SENTENCE_TABLE, ids=[row[0] for row in SENTENCE_TABLE])
def test_sentences_and_words_in_varied_fields(field, text, sentences, words):
    total = counts_of(text, "summary.txt").total
    assert (total.sentences, total.words) == (sentences, words), field


def test_numbers_are_words_but_never_long_words():
    counts, long_words = count_text("About 11% had it in 2024, 0.95 and 1,200 times.")
    assert counts.words == 10
    assert counts.polysyllables == 0 and long_words == []
    counts, long_words = count_text("Hypogammaglobulinemia was seen in 11% of people.")
    assert long_words == ["Hypogammaglobulinemia"] and counts.words == 7


def test_markdown_units_are_sentences_and_non_prose_does_not_count():
    text = """---
title: A very long front matter title that must never count as words in the summary
---
# What we found

<!-- an editor's note that must not count -->
People took one of three treatments:

- rituximab for a year
- ocrelizumab for a year
- a dummy pill

| Drug | Infections |
|---|---|
| rituximab | 25% |

Read more at https://example.org/a-very-long-address-with-words or run `some code here`.
"""
    counts = counts_of(text)
    texts = [item.sentence.text for item in counts.sentences]
    assert texts[:5] == ["What we found", "People took one of three treatments:", "rituximab for a year",
                         "ocrelizumab for a year", "a dummy pill"]
    assert counts.total.sentences == 10  # heading, paragraph, 3 items, 4 cells, last paragraph
    joined = " ".join(texts)
    assert "front matter" not in joined and "editor" not in joined and "some code" not in joined
    assert counts.total.words == 3 + 6 + 4 + 4 + 3 + 4 + 5  # 4 cells; the URL and the code are not words


def test_a_list_without_full_stops_is_not_one_giant_sentence():
    items = "\n".join(f"- people who took drug number {n} for more than one whole year" for n in range(6))
    counts = counts_of(items)
    assert counts.total.sentences == 6
    assert not [d for d in lint_text(items, select=["readability/sentence-length"])]


def test_formulas_use_the_published_coefficients():
    c = Counts(words=100, sentences=5, syllables=150, polysyllables=10, letters=500, characters=520, unfamiliar=10)
    assert formulas.flesch_kincaid_grade(c) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert formulas.flesch_reading_ease(c) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert formulas.smog(c) == pytest.approx(1.043 * (10 * 30 / 5) ** 0.5 + 3.1291)
    assert formulas.coleman_liau(c) == pytest.approx(0.0588 * 500 - 0.296 * 5 - 15.8)
    assert formulas.ari(c) == pytest.approx(4.71 * 5.2 + 0.5 * 20 - 21.43)
    assert formulas.dale_chall(c) == pytest.approx(0.1579 * 10 + 0.0496 * 20 + 3.6365)
    assert formulas.dale_chall_grade(c) == 8  # score 6.2 is the grade 7-8 band
    assert all(value == 0 for value in formulas.all_scores(Counts()).values())


def test_dale_chall_familiar_words_include_regular_inflections():
    assert is_familiar("children") and is_familiar("babies") and is_familiar("helped") and is_familiar("11%")
    assert not is_familiar("rituximab") and not is_familiar("hypogammaglobulinemia")


# -- the rules ----------------------------------------------------------------------------------

HARD = ("Hypogammaglobulinemia and lymphopenia occurred in approximately 11% of immunocompromised participants "
        "receiving rituximab.")
PLAIN = "About 11% of people who took rituximab had low levels of antibodies. Antibodies help the body fight germs."


def test_grade_is_reported_on_the_title_line_with_the_hardest_sentence():
    text = f"---\ntitle: x\n---\n\n# Rituximab and infections\n\n{PLAIN}\n\n{HARD}\n"
    [diagnostic] = lint_text(text, select=["readability/grade"])
    assert (diagnostic.line, diagnostic.column, diagnostic.severity) == (5, 3, "error")
    assert "hardest sentences at 9:1" in diagnostic.message


def test_grade_without_a_title_goes_to_line_1():
    [diagnostic] = lint_text(f"{PLAIN}\n\n{HARD}\n", select=["readability/grade"])
    assert diagnostic.line == 1


@pytest.mark.parametrize("formula", sorted(formulas.GRADE_FORMULAS))
def test_every_formula_can_be_chosen(formula):
    assert lint_text(HARD, select=["readability/grade"], options={"formula": formula, "target": 8})
    assert not lint_text(HARD, select=["readability/grade"], options={"formula": formula, "target": 40})
    assert formula in lint_text(HARD, select=["readability/grade"], options={"formula": formula})[0].message


def test_an_unknown_formula_is_refused_with_file_and_key(tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    rule = (ROOT / "rules" / "readability" / "grade.yaml").read_text().replace("id: readability/grade", "id: house/grade")
    (folder / "grade.yaml").write_text(rule.replace("formula: flesch-kincaid", "formula: fog"))
    with pytest.raises(UsageError, match="formula"):
        load_ruleset([tmp_path / "rules"])


def test_hard_sentence_spans_the_sentence_and_says_why():
    text = f"{PLAIN} {HARD}"
    [diagnostic] = lint_text(text, select=["readability/hard-sentence"])
    assert text[diagnostic.column - 1: diagnostic.end_column - 1] == HARD
    assert "Hypogammaglobulinemia" in diagnostic.message and "rare long words" in diagnostic.message
    assert "words long" not in diagnostic.message  # 14 words: its length is not a cause


def test_hard_sentence_names_length_and_rare_words_and_ignores_common_long_words():
    long_and_rare = ("Hypogammaglobulinemia and lymphopenia were documented in immunocompromised participants who "
                     "received rituximab, and the investigators reported that infections of the respiratory and "
                     "genitourinary systems were considerably more frequent in these participants during the first year.")
    [d] = lint_text(long_and_rare, select=["readability/hard-sentence"])
    assert "34 words long and" in d.message and "Hypogammaglobulinemia" in d.message
    # grade far above 12, but every long word is common: evidence, interventions, participants
    common = "However, the evidence for other interventions was very uncertain for participants."
    assert lint_text(common, select=["readability/hard-sentence"]) == []
    # a declared drug is an unavoidable name, not a cause
    names = "Ocrelizumab, ofatumumab and ublituximab were compared with rituximab in participants."
    assert lint_text(names, select=["readability/hard-sentence"])
    source = {"drugs": {name: [] for name in ("ocrelizumab", "ofatumumab", "ublituximab", "rituximab")}}
    assert lint_text(names, select=["readability/hard-sentence"], source=source) == []


def test_sentence_length_stays_silent_where_hard_sentence_reports():
    text = " ".join(["Participants"] + ["received"] * 33) + " treatments."
    both = lint_text(text, select=["readability/hard-sentence", "readability/sentence-length"])
    assert [d.rule for d in both] == ["readability/hard-sentence"]
    assert "35 words long" in both[0].message
    # selected alone, sentence-length reports it; with quiet_where_hard off, both speak
    assert [d.rule for d in lint_text(text, select=["readability/sentence-length"])] == ["readability/sentence-length"]
    loud = lint_text(text, select=["readability/hard-sentence", "readability/sentence-length"],
                     options={"quiet_where_hard": False})
    assert sorted(d.rule for d in loud) == ["readability/hard-sentence", "readability/sentence-length"]
    # long but of easy words: hard-sentence does not report it, and sentence-length leaves it to hard-sentence
    easy = " ".join(["dogs"] * 31) + " ran."
    assert lint_text(easy, select=["readability/hard-sentence", "readability/sentence-length"]) == []
    assert [d.rule for d in lint_text(easy, select=["readability/sentence-length"])] == ["readability/sentence-length"]


def test_sentence_length_warns_over_30_and_is_an_error_over_40():
    def sentence(words):
        return " ".join(["people"] * (words - 1)) + " ended."

    def severities(text, **options):
        return [d.severity for d in lint_text(text, select=["readability/sentence-length"], options=options or None)]

    assert severities(sentence(30)) == []
    assert severities(sentence(31)) == ["warning"]
    assert severities(sentence(40)) == ["warning"]
    assert severities(sentence(41)) == ["error"]
    assert severities(sentence(41), error_above=0) == ["warning"]
    assert severities(sentence(12), max_words=10) == ["warning"]


def test_length_counts_body_words_only():
    text = "---\ntitle: many words here that do not count at all\n---\n# Title\n\nOne two three four five.\n"
    options = {"min_words": 5, "max_words": 6}
    assert not lint_text(text, select=["readability/length"], options=options)
    [diagnostic] = lint_text(text, select=["readability/length"], options={"min_words": 7, "max_words": 9})
    assert "6 words" in diagnostic.message and diagnostic.line == 4


@pytest.mark.parametrize("words, reported", [
    (379, True), (380, False), (393, False), (400, False), (850, False), (892, False), (893, True)])
def test_length_accepts_counts_within_five_percent_of_the_range(words, reported):
    text = " ".join(["word"] * words) + "."
    found = lint_text(text, select=["readability/length"])  # the rule's own range: 400 to 850, tolerance 0.05
    assert bool(found) == reported


def test_length_tolerance_zero_is_the_exact_range():
    text = " ".join(["word"] * 399) + "."
    assert lint_text(text, select=["readability/length"], options={"tolerance": 0})
    assert not lint_text(text, select=["readability/length"])


# -- the seed example ---------------------------------------------------------------------------

def _file_line_of(sentence: str) -> int:
    source = EXAMPLE.read_text(encoding="utf-8")
    return source[: source.index(sentence)].count("\n") + 1


def test_seed_example_grade_on_title_line_names_its_hardest_sentences():
    source = EXAMPLE.read_text(encoding="utf-8")
    lines = source.splitlines()
    diagnostics = lint_text(source, path="anti-cd20.md", select=["readability/grade", "readability/hard-sentence"])
    grade = [d for d in diagnostics if d.rule == "readability/grade"]
    title_line = next(n for n, line in enumerate(lines, 1) if line.startswith("# "))
    assert [d.line for d in grade] == [title_line]
    hard = [d for d in diagnostics if d.rule == "readability/hard-sentence"]
    # The seed's sentences are of common words and at most 27 words long: its grade is high, but no single
    # sentence is long or packed with rare words, so hard-sentence has nothing an editor must act on.
    assert hard == []
    places = re.findall(r"(\d+):(\d+)", grade[0].message)
    assert len(places) == 3 and all(_file_line_of(lines[int(a) - 1][int(b) - 1:]) == int(a) for a, b in places)


def test_stats_json_on_the_seed_example(capsys):
    assert cli.main(["stats", "--format", "json", str(EXAMPLE)]) == 0
    [stats] = json.loads(capsys.readouterr().out)
    assert list(stats) == ["path", "words", "sentences", "syllables", "flesch_kincaid_grade", "flesch_reading_ease",
                           "smog", "coleman_liau", "dale_chall", "ari"]
    body = EXAMPLE.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    naive_words = len([w for w in body.split() if re.search(r"\w", w)])
    assert abs(stats["words"] - naive_words) <= 3
    assert stats["sentences"] == len(re.findall(r"[.!?](?:\s|$)", body))
    assert 1.3 < stats["syllables"] / stats["words"] < 2.0
    assert 8 < stats["flesch_kincaid_grade"] < 16 and 20 < stats["flesch_reading_ease"] < 70
    for key in ("smog", "coleman_liau", "ari"):
        assert 8 < stats[key] < 18, key
    assert 5 < stats["dale_chall"] < 12


def test_stats_text_format(capsys):
    assert cli.main(["stats", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(str(EXAMPLE)) and "Flesch-Kincaid grade:" in out and "Dale-Chall score:" in out


# -- no network ---------------------------------------------------------------------------------

@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by the test")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_checks_and_stats_run_with_networking_disabled(no_network, capsys):
    source = EXAMPLE.read_text(encoding="utf-8")
    rules = [d.rule for d in lint_text(source, path="anti-cd20.md", select=["readability"])]
    assert {"readability/grade"} <= set(rules)
    assert cli.main(["stats", "--format", "json", str(EXAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["words"] > 0
    assert no_network == []
    with pytest.raises(OSError):  # the guard is really in place
        socket.create_connection(("example.org", 80))


def test_thresholds_come_from_the_project_config(tmp_path, capsys):
    summary = tmp_path / "summary.md"
    summary.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["check", "--no-cache", "--jobs", "1", "--select", "readability", "--format", "json", str(summary)]
    assert cli.main(args) == 1  # the seed example reads above grade 8
    assert "readability/grade" in capsys.readouterr().out
    (tmp_path / ".laylint.yaml").write_text("rules:\n  readability/grade: {target: 14, formula: smog}\n"
                                             "  readability/hard-sentence: {target: 14}\n")
    assert cli.main(args) == 0
    rules = {d["rule"] for d in json.loads(capsys.readouterr().out)}
    assert "readability/grade" not in rules and "readability/hard-sentence" not in rules
    (tmp_path / ".laylint.yaml").write_text("rules:\n  readability/grade: {formula: fog}\n")
    assert cli.main(args) == 2
    assert "formula" in capsys.readouterr().err


def test_stats_skips_an_unreadable_file_with_a_notice_and_reports_the_others(tmp_path, capsys):
    from laylint.cli import main

    (tmp_path / "binary.md").write_bytes(b"\0\1 not text")
    (tmp_path / "page.md").write_text("Short and plain. Easy to read.\n", encoding="utf-8")
    assert main(["stats", "--format", "json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert [item["path"] for item in json.loads(captured.out)] == [str(tmp_path / "page.md")]
    assert "binary.md" in captured.err and "skipped" in captured.err
