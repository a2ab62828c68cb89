"""Readability shortcuts of speed round M (issue #19) give the answers of the plain computations: a chunk of
letters is counted without the address test, and a word is looked up without trimming or splitting what has
nothing to trim or split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.readability.counts import _NUMBER, _chunk_facts, _counted_facts, _familiar, familiar_words, is_familiar
from laylint.text import bases, fold, hyphen_parts, trim
from laylint.text.words import chunks, is_counted

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def _plain_familiar(word: str) -> bool:
    bare = trim(fold(word).lower())
    if not bare or _NUMBER.match(bare):
        return True
    parts = [p for p in hyphen_parts(bare) if p]
    if len(parts) > 1:
        return all(_plain_familiar(part) for part in parts)
    listed = familiar_words()
    if bare in listed:
        return True
    if bare.endswith("'s"):
        return _plain_familiar(bare[:-2])
    return not listed.isdisjoint(bases(bare))


CHUNKS = ["Patients", "patients,", "(rituximab),", "haemodialysis.", "anti-TNF", "COVID\u201119", "11%", "ECG-guided",
          "children's", "smokers\u2019", "www.cochrane.org", "info@example.org", "http://x.org", "\u2013", "...", "_a_",
          "Ménière's", "naïve", "½", "\u00b2", "cardio-renal", "depression;", "\"vaping\"", "non-small-cell"]


@pytest.mark.parametrize("chunk", CHUNKS)
def test_chunks_of_varied_fields_are_counted_and_known_as_before(chunk):
    assert _counted_facts(chunk) == (_chunk_facts(chunk) if is_counted(chunk) else None)
    assert is_familiar(chunk) is _plain_familiar(chunk)


def test_every_chunk_of_the_devaraj_summaries_is_counted_and_known_as_before():
    seen = set()
    for line in CORPUS.open(encoding="utf-8"):
        seen |= set(chunks(json.loads(line)["summary"]))
    assert len(seen) > 10000
    for chunk in sorted(seen):
        assert _counted_facts(chunk) == (_chunk_facts(chunk) if is_counted(chunk) else None), chunk
        assert is_familiar(chunk) is _plain_familiar(chunk), chunk
    assert _familiar("")  # nothing left after trimming: as before
