"""Lint bytes with given rules through the pipeline (what `laylint check` does for one file)."""

from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input


def lint_bytes(path: str, data: bytes, rules, ruleset, sidecar_path: str | None = None, sidecar_text: str | None = None):
    return lint(Input(path, data, len(data), sidecar_path, sidecar_text), Setup(rules, ruleset))


def flagged_words(text: str, rule: str) -> list[str]:
    """The words `rule` flags in `text` (alone), lowercased: what table tests of word rules compare."""
    from laylint.api import lint_text

    lines = text.splitlines()
    return [lines[d.line - 1][d.column - 1:d.end_column - 1].lower() for d in lint_text(text, select=[rule])]


def claims_at(text: str, source: dict, figure: str, occurrence: int = 1) -> list[str]:
    """The claims warnings and errors (not missing-finding) overlapping the `occurrence`-th `figure` in `text`,
    as "rule: message": what the claims round tables compare."""
    from laylint.api import lint_text

    start = -1
    for _ in range(occurrence):
        start = text.index(figure, start + 1)
    end = start + len(figure)
    lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    found = []
    for d in lint_text(text, select=["claims"], source=source):
        if d.severity not in ("warning", "error") or d.rule == "claims/missing-finding":
            continue
        lo = lines[d.line - 1] + d.column - 1
        hi = lines[(d.end_line or d.line) - 1] + (d.end_column or d.column) - 1
        if lo < end and start < max(hi, lo + 1):
            found.append(f"{d.rule}: {d.message}")
    return found


def claim_rules_at(text: str, source: dict, figure: str, occurrence: int = 1) -> list[str]:
    """The rule ids of `claims_at`: what tables that only ask "flagged or quiet?" compare."""
    return [found.split(":")[0] for found in claims_at(text, source, figure, occurrence)]


def hedging_sentences(texts: list[str], corpus_rows: int = 300):
    """(lexicon, tokens, sentence) for every sentence of `texts` and of the first `corpus_rows` Devaraj summaries,
    analysed with every rule: what the hedging speed tests compare a quick path against the plain one on."""
    import json
    from pathlib import Path

    from laylint import config as configuration
    from laylint.api import _ruleset
    from laylint.hedging import lexicon, tokens_of
    from laylint.ruleset import resolve_rules

    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    with corpus.open(encoding="utf-8") as lines:
        texts = list(texts) + [json.loads(line)["summary"] for line, _ in zip(lines, range(corpus_rows))]
    for text in texts:
        data = text.encode()
        analysis = lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis
        lex, tokens = lexicon.of(analysis), tokens_of(analysis)
        for sentence in analysis.sentences:
            yield lex, tokens, sentence


# A result sentence per field, put before a sentence under test so the paragraph reports results (limitations tables)
LIMITATION_RESULTS = {
    "cardiology": "Beta-blockers lowered the number of deaths after a heart attack.",
    "oncology": "Chemotherapy before surgery shrank bowel tumours in most people.",
    "infection": "Oral rehydration salts shortened cholera by about a day.",
    "mental": "Group therapy eased anxiety in teenagers.",
    "paediatrics": "Kangaroo care helped premature babies gain weight.",
    "smoking": "Varenicline helped more people quit smoking than placebo.",
    "renal": "Bicarbonate tablets slowed the decline of kidney function.",
    "surgery": "Keyhole surgery shortened the hospital stay after gallbladder removal.",
}


def limitation_errors(text: str) -> list[str]:
    from laylint.api import lint_text

    return [d.severity for d in lint_text(text, select=["hedging/limitations"]) if d.rule == "hedging/limitations"]


def summary_analysis(text: str):
    """An analysis of `text` as the body of a one-heading Markdown summary, with the built-in rules."""
    from laylint.analysis import Analysis
    from laylint.api import _ruleset
    from laylint.document import parse

    return Analysis(parse("summary.md", f"# Summary\n\n{text}\n"), ruleset=_ruleset(()))


def figure_pattern_builds():
    """The claims figure patterns built plainly (the reference) and with their speed-ups, from one vocabulary."""
    from laylint.claims import patterns
    from laylint.claims.vocabulary import vocabulary

    vocab = vocabulary(summary_analysis("One figure: 12%."))
    return patterns.build(vocab, plain=True), patterns.build(vocab)


def pair_review(drug, comparator, findings, outcomes, studies=12, participants=2400):
    """A meta-analysis source of one comparison: findings naming an outcome get the pair's drug and comparator."""
    return {"design": "meta-analysis", "studies": studies, "participants": participants,
            "drugs": {drug: [], comparator: []},
            "outcomes": {name: list(aliases) for name, aliases in outcomes.items()},
            "findings": [{"drug": drug, "comparator": comparator, **f} if "outcome" in f else f for f in findings]}


def bench_module(name: str):
    """Import bench/<name>.py (the bench scripts are not a package), leaving sys.path as it was."""
    import importlib
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parents[1] / "bench")
    sys.path.insert(0, bench)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(bench)
