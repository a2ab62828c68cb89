"""`laylint draft` (its contract: output, exit codes, atomic writes, --force, --format json, bad input)
and the abstract sidecar at check time (claims checked against drafted facts, cached, `laylint
claims` listing the drafted facts, `metadata/missing` naming the sidecar)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from laylint import cli
from laylint import metadata as metadatas

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench/data/draft-gold"
SEED_ABSTRACT = GOLD / "journal-anti-cd20.abstract.txt"
SEED_SUMMARY = ROOT / "examples/anti-cd20.md"


def run(capsys, *argv, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def summary_body() -> str:
    """The seed page without its front matter: what a team that writes from abstracts has."""
    text = SEED_SUMMARY.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


# -- the command -----------------------------------------------------------------------------------

def test_prints_a_commented_draft_that_validates(capsys):
    code, out, err = run(capsys, "draft", str(SEED_ABSTRACT))
    assert code == 0, err
    assert out.startswith("# Drafted by laylint from journal-anti-cd20.abstract.txt")
    assert "review" in out.splitlines()[0].lower() or "Review" in out.splitlines()[1]
    data = yaml.safe_load(out)
    assert "source" not in data  # the bare sidecar mapping
    meta, problems = metadatas.from_mapping(data, __import__("laylint.yamlpos", fromlist=["Positions"]).Positions({}))
    assert problems == [] and meta is not None
    # every finding is preceded by a comment quoting the abstract
    lines = out.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("  - {"):
            comments = []
            back = index - 1
            while lines[back].lstrip().startswith("#"):
                comments.append(lines[back])
                back -= 1
            block = " ".join(comments)
            assert '"' in block and "(L" in block, line


def test_the_seed_study_as_an_abstract_reproduces_the_seed_example(capsys):
    """Done when: the seed example's findings (values, CIs, drugs, outcomes) and totals."""
    code, out, _ = run(capsys, "draft", str(SEED_ABSTRACT))
    drafted = yaml.safe_load(out)
    seed = yaml.safe_load(SEED_SUMMARY.read_text(encoding="utf-8").split("---")[1])["source"]
    assert (drafted["studies"], drafted["participants"]) == (seed["studies"], seed["participants"])
    assert drafted["design"] == seed["design"] and drafted["observational"] is True
    outcome_words = {"any infection": "infection", "genito-urinary infection": "genito-urinary", "serious infection": "serious",
                     "respiratory infection": "respiratory", "hypogammaglobulinemia": "hypogammaglobulinemia"}
    for finding in seed["findings"]:
        hits = [f for f in drafted["findings"] if f["value"] == finding["value"] and f.get("ci") == finding["ci"]]
        assert hits, finding
        hit = hits[0]
        assert hit["drug"] == finding["drug"]
        assert outcome_words[finding["outcome"]] in hit["outcome"]
        # the proportions were written 0.11 in the abstract: the comment says the value is derived
        assert "derived: " in out


def test_writes_atomically_and_refuses_to_overwrite_without_force(capsys, tmp_path):
    out_path = tmp_path / "seed.source.yaml"
    code, out, err = run(capsys, "draft", str(SEED_ABSTRACT), "-o", str(out_path))
    assert code == 0 and out == "" and "drafted 5 findings" in err
    first = out_path.read_text(encoding="utf-8")
    assert yaml.safe_load(first)["studies"] == 55
    code, _, err = run(capsys, "draft", str(SEED_ABSTRACT), "-o", str(out_path))
    assert code == 2 and "exists" in err and "--force" in err
    out_path.write_text("edited by hand\n", encoding="utf-8")
    code, _, _ = run(capsys, "draft", str(SEED_ABSTRACT), "-o", str(out_path), "--force")
    assert code == 0 and out_path.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["seed.source.yaml"]  # no temporary file left behind


def test_output_to_a_folder_or_a_missing_folder_is_a_usage_error(capsys, tmp_path):
    assert run(capsys, "draft", str(SEED_ABSTRACT), "-o", str(tmp_path))[0] == 2
    assert run(capsys, "draft", str(SEED_ABSTRACT), "-o", str(tmp_path / "no" / "such.yaml"))[0] == 2


def test_json_has_the_same_mapping_and_each_findings_offset(capsys):
    code, out, _ = run(capsys, "draft", "--format", "json", str(SEED_ABSTRACT))
    assert code == 0
    data = json.loads(out)
    text = SEED_ABSTRACT.read_text(encoding="utf-8")
    code, yaml_out, _ = run(capsys, "draft", str(SEED_ABSTRACT))
    mapping = yaml.safe_load(yaml_out)
    assert {k: v for k, v in data.items() if k not in ("notes",)} == {**mapping, "findings": data["findings"]}
    for item, plain in zip(data["findings"], mapping["findings"]):
        assert {k: v for k, v in item.items() if k not in ("offset", "end", "quote", "notes")} == plain
        assert text[item["offset"]:item["end"]] in text and item["end"] > item["offset"]
        assert str(plain["value"]).rstrip("%").lstrip("0") in text[item["offset"]:item["end"]].replace("0.", ".") or "derived" in " ".join(item.get("notes", []))


def test_standard_input(capsys, monkeypatch):
    code, out, _ = run(capsys, "draft", "-", stdin=SEED_ABSTRACT.read_bytes(), monkeypatch=monkeypatch)
    assert code == 0 and "from standard input" in out.splitlines()[0]
    assert yaml.safe_load(out)["participants"] == 14548


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary", "binary"),
    (b"\xff\xfeA\x00b\x00", "UTF-16"),
    (b"Results \xe9\xe8 not utf-8", "UTF-8"),
])
def test_unreadable_input_is_exit_2_with_one_line(capsys, tmp_path, content, message):
    path = tmp_path / "bad.abstract.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "draft", str(path))
    assert code == 2 and out == "" and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_file_and_folder_are_usage_errors(capsys, tmp_path):
    assert run(capsys, "draft", str(tmp_path / "nope.txt"))[0] == 2
    assert run(capsys, "draft", str(tmp_path))[0] == 2


def test_huge_input_is_refused(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Results: drug A reduced pain (RR 0.8, 95% CI 0.7 to 0.9). " * 20000)
    code, _, err = run(capsys, "draft", str(path))
    assert code == 2 and "too large" in err


@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "Résultats : le traitement a réduit la douleur chez 45 % des patients (IC à 95 % : 38-52).",
    "结果：治疗组疼痛减轻。",
    "(((( [[[[ 95% CI 95% CI ;;;; RR RR RR 0.5 to",
    "Results\n" + "x" * 5000,
])
def test_empty_odd_or_foreign_input_gives_a_thin_draft(capsys, tmp_path, text):
    path = tmp_path / "thin.abstract.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "draft", str(path))
    assert code == 0, err
    data = yaml.safe_load(out)
    assert isinstance(data, dict) and metadatas.from_mapping(data, __import__("laylint.yamlpos", fromlist=["x"]).Positions({}))[1] == []
    if not data.get("findings"):
        assert "CHECK: no effect estimates" in out


# -- the abstract sidecar at check time ------------------------------------------------------------

@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "seed.md").write_text(summary_body().replace("(9%)", "(19%)"), encoding="utf-8")
    (tmp_path / "seed.abstract.txt").write_text(SEED_ABSTRACT.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_a_summary_is_checked_against_facts_drafted_from_its_abstract(capsys, folder, monkeypatch):
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "check", "--select", "claims", "--no-cache", "seed.md")
    assert code == 1
    assert "claims/number-mismatch '19%' is read as 19% for rituximab / genito-urinary infections" in out
    assert "[facts drafted from seed.abstract.txt]" in out
    assert "seed.abstract.txt:" not in out  # the abstract itself is not linted as a summary


def test_a_source_sidecar_or_front_matter_wins_over_the_abstract(capsys, folder, monkeypatch):
    monkeypatch.chdir(folder)
    (folder / "seed.source.yaml").write_text(yaml.safe_dump(
        {"drugs": {"rituximab": []}, "outcomes": {"urinary infection": []},
         "findings": [{"drug": "rituximab", "outcome": "urinary infection", "value": "19%"}]}), encoding="utf-8")
    _, out, _ = run(capsys, "check", "--select", "claims", "--no-cache", "seed.md")
    assert "drafted" not in out


def test_the_cache_key_includes_the_abstract(capsys, folder, monkeypatch):
    monkeypatch.chdir(folder)
    monkeypatch.setenv("LAYLINT_CACHE_DIR", str(folder / ".cache"))
    first = run(capsys, "check", "--select", "claims", "seed.md")
    again = run(capsys, "check", "--select", "claims", "seed.md")
    assert first[0] == again[0] == 1 and first[1] == again[1]
    text = (folder / "seed.abstract.txt").read_text(encoding="utf-8").replace("0.09 (95% CI: 0.05–0.12)", "0.19 (95% CI: 0.15–0.22)")
    (folder / "seed.abstract.txt").write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", "--select", "claims", "seed.md")
    assert "genito-urinary" not in out  # 19% is now the abstract's figure: the cached error is not replayed


def test_laylint_claims_lists_the_drafted_facts(capsys, folder, monkeypatch):
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "claims", "seed.md")
    assert code == 0
    assert "facts drafted from seed.abstract.txt" in out
    assert "seed.abstract.txt:7: rituximab, genito-urinary infections: 9% (95% CI 5% to 12%)" in out
    code, out, _ = run(capsys, "claims", "--format", "json", "seed.md")
    rows = json.loads(out)
    assert rows and all(row["drafted_from"] == "seed.abstract.txt" for row in rows)


def test_metadata_missing_names_the_abstract_sidecar(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text("About 11% of people on the drug had infections.\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--select", "claims,metadata", "--no-cache", "page.md")
    assert "page.abstract.txt" in out and "page.source.yaml" in out


def test_an_abstract_sidecar_with_no_facts_is_reported_not_silently_unchecked(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text("About 11% of people on the drug had infections.\n", encoding="utf-8")
    (tmp_path / "page.abstract.md").write_text("No numbers here at all.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--select", "claims,metadata", "--no-cache", "page.md")
    assert "metadata/invalid" in out and "no study facts could be drafted" in out and "page.abstract.md" in out


def test_an_unreadable_abstract_sidecar_is_a_metadata_problem(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text("About 11% of people on the drug had infections.\n", encoding="utf-8")
    (tmp_path / "page.abstract.txt").write_bytes(b"\x00\x00binary")
    code, out, _ = run(capsys, "check", "--select", "claims,metadata", "--no-cache", "page.md")
    assert "metadata/invalid" in out and "abstract sidecar" in out and "Traceback" not in out


def test_an_abstract_sidecar_named_on_the_command_line_checks_its_summary(capsys, folder, monkeypatch):
    """pre-commit names the abstract when only it changed: the summary beside it is checked."""
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "check", "--select", "claims", "--no-cache", "--force-exclude", "seed.abstract.txt")
    assert code == 1 and out.startswith("seed.md:") and "[facts drafted from seed.abstract.txt]" in out
