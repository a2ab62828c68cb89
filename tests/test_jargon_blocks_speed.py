"""The block of a prose offset found by bisecting the blocks' starts, and "under Key messages" read from a list
built once per document (issue #19), give what the walks over every block gave."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.checks import jargon_term
from laylint.jargon import block_index
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Written for these tests: headings, lists, a table and key messages, across fields
DOCUMENTS = [
    "# Exercise for heart failure\n\n## Key messages\n\n- Exercise may improve quality of life.\n- Few deaths.\n\n"
    "## What is heart failure?\n\nThe heart pumps too weakly. Breathlessness is common.\n",
    "# Antibiotics for otitis media in children\n\nKey messages\n\nAntibiotics reduce pain a little.\n\n"
    "| Outcome | Result |\n|---|---|\n| Pain | Less |\n\nWhat did we find?\n\nDiarrhoea was more common.\n",
    "---\ntitle: Varenicline\n---\n\n# Varenicline for smoking cessation\n\n## Main results\n\n"
    "More people quit.\n\n## Summary\n\n1. Nausea was common.\n2. Sleep problems too.\n",
    "Dialysis in kidney disease. No headings at all, only one paragraph of plain prose.\n",
]


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis


def _walked_index(blocks, offset: int):
    return next((i for i, b in enumerate(blocks) if b.prose_start <= offset < b.prose_start + len(b.text)), None)


def _walked_key_messages(blocks, offset: int) -> bool:
    index = _walked_index(blocks, offset)
    if index is None:
        return False
    heading = next((b for b in reversed(blocks[:index]) if b.kind == "heading"), None)
    return heading is not None and jargon_term._is_key_messages(heading)


def _documents() -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        corpus = [f"# Summary\n\n## Key messages\n\n{json.loads(line)['summary']}\n" for line, _ in zip(lines, range(40))]
    return DOCUMENTS + corpus


@pytest.mark.parametrize("index", range(len(DOCUMENTS) + 40))
def test_every_offset_finds_the_block_and_heading_the_walk_found(index):
    analysis = _analysis(_documents()[index])
    blocks = analysis.document.blocks
    offsets = range(-1, len(analysis.text) + 2)
    assert [block_index(analysis, o) for o in offsets] == [_walked_index(blocks, o) for o in offsets]
    assert [jargon_term._in_key_messages(analysis, o) for o in offsets] == \
        [_walked_key_messages(blocks, o) for o in offsets]


def test_some_offsets_are_under_key_messages_and_some_in_no_block():
    analysis = _analysis(DOCUMENTS[0])
    offsets = range(len(analysis.text))
    assert any(jargon_term._in_key_messages(analysis, o) for o in offsets)
    assert not all(jargon_term._in_key_messages(analysis, o) for o in offsets)
    assert None in [block_index(analysis, o) for o in range(-1, len(analysis.text) + 2)]


def test_blocks_out_of_order_are_walked():
    blocks = [SimpleNamespace(prose_start=10, text="abcdef", kind="paragraph"),
              SimpleNamespace(prose_start=0, text="abcdefghijkl", kind="paragraph")]
    analysis = SimpleNamespace(document=SimpleNamespace(blocks=blocks), memo=lambda key, build: build())
    assert [block_index(analysis, o) for o in range(20)] == [_walked_index(blocks, o) for o in range(20)]
    assert block_index(analysis, 11) == 0  # the first that holds it, though the second starts earlier
