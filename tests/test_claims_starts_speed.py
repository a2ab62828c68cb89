"""Where figures can start (quantities._starts) is read once per document, and only where a prefix can end:
the fast paths give the same starts and the same figures as the slow ones (issue #19)."""

import pytest

from laylint.analysis import Analysis
from laylint.api import _ruleset
from laylint.claims import quantities
from laylint.claims.patterns import patterns, reading_text
from laylint.document import parse

TEXTS = [
    "Up to over 200 people with heart failure took part; deaths fell by about 20% with the new drug.",
    "Between 10 and 20 children in every 100 had a wheeze (a third fewer with the inhaler).",
    "12% of smokers quit with varenicline, compared with an estimated 8% with placebo.",
    "Kidney function (eGFR) was at least\u00a030% higher after 12 months of dialysis at home.",
    "Tumours shrank in nearly\thalf of the women; more than\n40% had a response to chemotherapy.",
    "Anxiety scores fell from 18 to 11 points; one in four people felt better after six weeks.",
    "Antibiotics cut the risk of infection by 2 to 3 percentage points in no fewer than 1,500 babies.",
    "-0.58 (95% CI -0.9 to -0.2): as many as two-thirds of adults with depression responded.",
]


def _analysis(text):
    return Analysis(parse("summary.md", f"# Summary\n\n{text}\n"), ruleset=_ruleset(()))


def _starts_searching_everywhere(text, pats):
    """The reading before the fast path: the prefix search tried after every number."""
    starts = set()
    for anchor in pats.anchor.finditer(text):
        position = anchor.start()
        starts.add(position)
        for _ in range(3):
            prefix = pats.prefix.search(text, max(0, position - quantities._PREFIX_REACH), position)
            if not prefix:
                break
            position = prefix.start()
            starts.add(position)
    return sorted(starts)


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_the_prefix_search_after_a_non_blank_gives_the_same_starts(text):
    analysis = _analysis(text)
    reading, pats = reading_text(analysis), patterns(analysis)
    fast = quantities._starts(reading, pats)
    assert fast == _starts_searching_everywhere(reading, pats)
    assert len(fast) > len(list(pats.anchor.finditer(reading))) or "Kidney" in text  # prefixes were found


@pytest.mark.parametrize("text", TEXTS)
def test_starts_read_once_give_the_same_figures(text):
    shared = _analysis(text)
    figures = quantities.find(shared)  # as metadata-missing asks: every figure, then a written percentage
    starts = shared._memo["claims.starts"]
    first = quantities.find_first_percent(shared)
    assert shared._memo["claims.starts"] is starts  # read once, not again
    fresh = quantities.find(_analysis(text))
    assert [(f.start, f.end, f.unit, f.value) for f in figures] == [(f.start, f.end, f.unit, f.value) for f in fresh]
    assert [(f.start, f.unit) for f in first] == [(f.start, f.unit) for f in quantities.find_first_percent(_analysis(text))]
    assert figures  # every text states a figure


@pytest.mark.parametrize("text", TEXTS + [
    "Blood pressure fell (MD \u20135.2 mmHg, 95% CI \u20138.1 to \u20132.3) with salt reduction.",
    "Survival was 10 \u201320% higher; HbA1c changed by \u20140.4% in children with diabetes.",
])
def test_the_reading_text_skips_the_dash_search_only_when_there_is_no_dash(text):
    from laylint.claims import patterns as reading

    translated = text.translate(reading._SAME_LENGTH)
    assert reading._unify(translated) == reading._DASH_MINUS.sub("-", translated)
    assert ("-5.2" in reading._unify(translated)) == ("MD \u20135.2" in text)  # a minus where one is meant
