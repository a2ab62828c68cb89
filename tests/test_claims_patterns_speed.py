"""The figure patterns are built cheaply (compiled lazily, the number words' trie without redundant branches
and with shared tails written once) and still match exactly what the plain build matches (issue #19)."""

import json
import re
from pathlib import Path

import pytest

from laylint.claims import patterns as figure_patterns
from laylint.claims.vocabulary import vocabulary
from lint_support import figure_pattern_builds, summary_analysis

DEVARAJ = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Number words in every spelling the two tries differ on, across fields.
TRICKY = [
    "Twenty-one of 100 smokers quit with varenicline, and twenty one of 100 with placebo.",
    "One hundred and twenty-five children with asthma (one hundred twenty five in the UK) used inhalers.",
    "Sixty-six hundred women were screened for breast cancer; forty -five had a tumour.",
    "About thirty-\u00a0four per cent of people on dialysis, thirty-  four in every 100, had an infection.",
    "Ninety-nine thousand adults took statins; seventy-two fewer heart attacks per 10,000.",
    "Between fifty-five and eighty-eight per cent of teenagers with depression felt better.",
    "Forty--two babies born early needed oxygen; twenty-\none needed a ventilator.",
    "A hundred and fifty-three fewer people per 1000 had malaria (Ninety-Three to TWENTY-ONE per cent).",
    "Thirty-seven to sixty out of 100 people with kidney disease, or one in every twenty-nine, improved.",
    "Two-thirds of the eighty-one trials of antidepressants found a risk ratio of 0.85 (95% CI 0.7 to 1.02).",
    "Twenty-three-year-old men, forty-six hundred thousand in all, joined the HIV trial in May 2019.",
    "The odds ratio was 1.5 for fifty-one stroke patients; seventy-eight fewer deaths out of one thousand.",
]


_analysis = summary_analysis


@pytest.fixture(scope="module")
def builds():
    return figure_pattern_builds()


SCANNED = ("patterns/date", "patterns/ci", "patterns/ratio", "anchor", "frame", "search")  # run over the whole text


def _named(pats):
    named = [(f"patterns/{form}", compiled) for form, compiled in pats.patterns]
    named += [(f"after/{key}", compiled) for key, compiled in pats.after.items()]
    named += [(f"before/{key}", compiled) for key, compiled in pats.before.items()]
    return named + [(name, getattr(pats, name)) for name in ("anchor", "prefix", "frame", "search")]


def _found(name, pattern, text, positions):
    """What a pattern finds as the claims code asks it: over the whole text, anchored at each place a
    figure may start or end, or (a pattern of what comes before) in the 80 characters up to there."""
    def seen(match):
        return match and (match.span(), match.groups())
    if name in SCANNED:
        return [seen(m) for m in pattern.finditer(text)]
    if name.startswith("before/") or name == "prefix":
        return [seen(pattern.search(text, max(0, p - 80), p)) for p in positions]
    return [seen(pattern.match(text, p)) for p in positions]


def _same(builds, text):
    plain, cheap = builds
    reading = figure_patterns.reading_text(_analysis(text))
    positions = sorted({p for m in plain.anchor.finditer(reading) for p in (m.start(), m.end(), max(0, m.start() - 12))})
    for (name, old), (_, new) in zip(_named(plain), _named(cheap), strict=True):
        assert _found(name, new, reading, positions) == _found(name, old, reading, positions), (name, text[:60])
    return positions


@pytest.mark.parametrize("text", TRICKY)
def test_the_cheap_build_matches_what_the_plain_build_matches_on_tricky_figures(builds, text):
    assert _same(builds, text)  # figures were there to compare
    assert "twenty" not in text.lower() or re.search(r"twenty", figure_patterns.reading_text(_analysis(text)), re.I)


def test_the_cheap_build_matches_what_the_plain_build_matches_on_every_devaraj_summary(builds):
    rows = [json.loads(line) for line in DEVARAJ.open(encoding="utf-8")]
    assert len(rows) > 800
    compared = sum(len(_same(builds, row["summary"])) for row in rows)
    assert compared > 10 * len(rows)


def test_the_cheap_build_is_shorter_to_compile(builds):
    plain, cheap = builds
    old = sum(len(compiled.pattern) for _, compiled in _named(plain))
    new = sum(len(compiled._source) for _, compiled in _named(cheap))
    assert new < 0.8 * old


def test_a_pattern_is_compiled_on_first_use_and_then_called_directly(builds):
    vocab = vocabulary(_analysis("One figure: 12%."))
    fresh = figure_patterns.build(vocab)
    percent = dict(fresh.patterns)["percent"]
    assert "match" not in vars(percent)  # nothing compiled by the build
    assert percent.match("about 12% of adults").group("n") == "12"
    assert vars(percent)["match"].__self__ is percent.compiled()  # the compiled pattern's own method
    assert percent.flags & re.IGNORECASE and "percent" in percent.pattern
    assert "match" not in vars(dict(fresh.patterns)["number"])  # another form stays uncompiled
