"""Markdown of headings and paragraphs only is split without markdown-it (issue #19, speed round K): the blocks
must be those markdown-it gives, and anything else must still go to markdown-it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint import document

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

PLAIN = [
    "# Plain language summary\n\nWe found 12 trials in 3,402 adults with high blood pressure.\n",
    "## What did we find?\nStatins lowered the risk of a heart attack (RR 0.75; 95% CI 0.6 to 0.9).\nDeaths: no change.\n",
    "Key messages:\nNicotine patches help people stop smoking for at least six months.\n\n# Why this matters\n",
    "Children given zinc had fewer days of diarrhoea.\nThis was true in Asia and Africa.\n\n\n\nMore trials are needed.",
    "### Results\n2019 was the year the last study ended.\nAbout 1 in 5 people with chronic kidney disease itch.",
    "#   Cancer care\nChemotherapy 3x/wk: 40% felt sick - a small effect.\nCBT + medicine: no better (p = 0.2).",
    "",
    "\n\n",
    "Depression scores fell by 2.1 points\u00a0on average.\nThe\u00a0evidence is of low certainty.",
    "Antibiotics for otitis media \u2022 reduced pain \u2022 caused rashes\nFollow-up was 12 weeks.",
]

NOT_PLAIN = [
    "We found *some* evidence.",  # emphasis
    "Use of_names_ here.",
    "See [the review](https://example.org).",
    "Fever &lt; 38 \u00b0C was treated.",
    "<!-- TODO --> Vaccines worked.",
    "- Fewer infections\n- More rashes",
    "1. Fewer infections\n2. More rashes",
    "2019) was the year",
    "> A quote from a parent.",
    "Results\n=======",
    "Results\n---",
    "    indented code block",
    "Two spaces at the end  \nmake a hard break.",
    "A tab\there.",
    "# Heading with closing hashes ##",
    "#hashtag is not a heading",
    "####### seven hashes",
    "#",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Back`ticks` and ~~struck~~ text.",
    "An escaped \\* star.",
    " leading space",
    "trailing no-break space\u00a0",
]


def _with_markdown_it(path: str, source: str):
    text = document._parse_text(source, None)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    comments: list = []
    return document._markdown_blocks(text, line_starts, comments), comments


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


@pytest.mark.parametrize("source", PLAIN)
def test_plain_markdown_gives_markdown_its_blocks_without_it(source):
    plain = document._plain_blocks(source, _line_starts(source))
    assert plain is not None
    expected, comments = _with_markdown_it("summary.md", source)
    assert plain == expected and comments == []


@pytest.mark.parametrize("source", NOT_PLAIN)
def test_any_other_markdown_goes_to_markdown_it(source):
    assert document._plain_blocks(source, _line_starts(source)) is None


def test_every_devaraj_summary_parses_as_before():
    for index, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines()):
        source = f"# Plain language summary {index}\n\n{json.loads(line)['summary']}\n"
        parsed = document.parse(f"{index}.md", source)
        expected, _ = _with_markdown_it(f"{index}.md", source)
        assert [(b.kind, b.text, b.offsets) for b in parsed.blocks] == \
            [(b.kind, b.text, b.offsets) for b in document.Document("x", source, None, expected, []).blocks]
