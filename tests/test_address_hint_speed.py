"""address_spans tests a text cheaply (_may_hold_address) before the re.I hint (issue #19): the quick test may say
"maybe" too often, never "no" where the hint matches; the spans stay those of the full address pattern."""

import json
from pathlib import Path

import pytest

from laylint.text import address_spans
from laylint.text.words import _ADDRESS, _ADDRESS_HINT, _may_hold_address

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

TEXTS = [
    "Smoking cessation support is listed at WWW.SMOKEFREE.GOV for anyone who wants to quit.",
    "Write to the renal trials office: Renal.Trials@Example.Org.",
    "The oncology register is at HTTPS://Cancer.Example.Net/trials.",
    "Parents could call the helpline (see nhs.UK) about their child's fever.",
    "Depression outcomes were reported at example.U\u212a by one trial.",  # Kelvin sign: re.I reads it as k
    "The HIV trial site, clinic.\u0131nt, closed in 2019.",  # dotless i: re.I reads it as i
    "The heart failure trial ran at St. \u0130vo hospital.",  # capital I with a dot, no address
    "Children with asthma used inhalers (e.g. salbutamol) twice a day.",
    "Antibiotics for otitis media: the evidence is up to date to March 2022.",
    "People on dialysis. Outcomes were measured at 6 months.",
    "He wrote @ the clinic, and a.u. meant arbitrary units.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_quick_test_never_says_no_where_the_hint_matches(text):
    assert _may_hold_address(text) or not _ADDRESS_HINT.search(text)


@pytest.mark.parametrize("text", TEXTS)
def test_address_spans_are_still_those_of_the_full_pattern(text):
    assert address_spans(text) == [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def test_the_table_has_addresses_found_and_texts_ruled_out_quickly():
    assert address_spans(TEXTS[0]) and address_spans(TEXTS[1]) and address_spans(TEXTS[4])
    assert not _may_hold_address(TEXTS[7]) and not _may_hold_address(TEXTS[8])


def test_on_every_corpus_summary_the_quick_test_keeps_each_text_the_hint_matches():
    summaries = [json.loads(line)["summary"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    hinted = [text for text in summaries if _ADDRESS_HINT.search(text)]
    assert hinted and all(_may_hold_address(text) for text in hinted)
    assert sum(map(_may_hold_address, summaries)) < len(summaries) // 10  # most are ruled out without the re.I scan
