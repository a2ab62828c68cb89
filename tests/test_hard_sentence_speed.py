"""hard-sentence reads no sentence after the last one it may report, and none at all when it may report none (issue #19,
round R): its verdicts are the plain loop's on every text of the table and on 300 Devaraj summaries."""

from __future__ import annotations

import json
from pathlib import Path

from laylint.readability import hard
from laylint.readability.counts import document_counts
from laylint.readability.formulas import GRADE_FORMULAS

# Written for these tests, across fields: a rare word met in an easy sentence and used again in a hard one after it;
# a hard sentence first and easy ones after; no hard sentence at all
TEXTS = [
    "Some children have bronchiolitis. Doctors may give nebulised hypertonic saline, adrenaline or "
    "bronchodilators to children admitted with bronchiolitis, and we compared hospitalisation and oxygen saturation "
    "between the treatment groups in these randomised trials.",
    "Participants receiving pembrolizumab with platinum-based chemotherapy experienced immune-mediated pneumonitis "
    "and hepatotoxicity more frequently than participants receiving chemotherapy alone. We do not know why. "
    "More studies are needed.",
    "Varenicline helped people stop smoking. It worked better than nicotine gum. Some people felt sick.",
    "We looked at talking therapies for anxiety in teenagers. The therapies helped a little.",
    "Haemodialysis and peritoneal dialysis are replacement therapies. Nephrologists considered glomerulonephritis, "
    "hyperkalaemia, hyperphosphataemia and calciphylaxis as complications in haemodialysis populations, and "
    "interdialytic weight gain was recorded.",
]


def _plain_judge(analysis, formula, options) -> list:
    """hard._judge as it was: every sentence read, in order."""
    from laylint.jargon import scan

    found = scan(analysis)
    term_starts = [m.start for m in found.terms]
    met: set = set()
    verdicts = []
    for item in document_counts(analysis).sentences:
        counts, words = hard.graded_counts(item, options)  # sentences run together graded as such (round 31)
        long = words > options.long_sentence
        reported = item.counts.words >= options.min_words and not (item.sentence.block == "heading" and not long)
        grade = formula(counts) if reported else 0.0
        reported = reported and grade > options.target + options.margin
        rare = hard._new_rare_words(analysis, found, term_starts, item.sentence, options.rare_zipf, met, judged=reported)
        if reported and (long or len(rare) >= options.min_rare_words):
            verdicts.append(hard.Verdict(item, grade, long, tuple(rare), words))
    return verdicts


def _analyses_and_options(corpus_rows: int = 300):
    from laylint import config as configuration
    from laylint.api import _ruleset
    from laylint.pipeline import Setup, lint
    from laylint.pipeline.reading import Input
    from laylint.ruleset import resolve_rules

    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    ruleset = _ruleset(())
    rules = resolve_rules(configuration.Config(), ruleset, ["all"], None)
    options = next(rule.options for rule in rules if rule.kind == "hard-sentence")
    setup = Setup(rules, ruleset, None)
    with corpus.open(encoding="utf-8") as lines:
        texts = [f"# Summary\n\n{t}\n" for t in TEXTS] + [json.loads(line)["summary"] for line, _ in zip(lines, range(corpus_rows))]
    for text in texts:
        data = text.encode()
        yield lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis, options


def _key(verdicts) -> list:
    return [(v.item.sentence.start, v.grade, v.long, v.rare) for v in verdicts]


def test_verdicts_equal_the_plain_loop():
    counts = []
    for analysis, options in _analyses_and_options():
        formula = GRADE_FORMULAS[options.formula]
        got = _key(hard._judge(analysis, formula, options))
        assert got == _key(_plain_judge(analysis, formula, options)), analysis.text[:80]
        counts.append(len(got))
    assert counts[:len(TEXTS)] == [1, 1, 0, 0, 1]
    assert sum(counts) > 300 and counts.count(0) > 20  # many verdicts, and many summaries with none
