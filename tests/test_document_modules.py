"""document.py split by concern: blocks.py (the pieces), block_lines.py (the line structure of a paragraph);
the names other modules import from document.py stay there. Lines written for these tests."""

from __future__ import annotations

import pytest

from laylint import block_lines, blocks, document


@pytest.mark.parametrize("name", ["Block", "Comment", "FrontMatter", "split_lines", "is_heading_line", "HEADING_WORDS",
                                  "TITLE_WORDS", "parse", "Document", "find_comments", "split_front_matter"])
def test_names_importers_use_stay_on_document(name):
    assert hasattr(document, name)


def test_document_builds_the_same_block_class():
    assert document.Block is blocks.Block and document.split_lines is block_lines.split_lines


@pytest.mark.parametrize("text, kinds", [
    ("What did we find?\nStatins lowered the risk of heart attack.", ["heading", "paragraph"]),  # cardiology
    ("Key messages:\n- Nicotine patches help people stop smoking.", ["heading", "list_item"]),  # smoking cessation
    ("Children given zinc had shorter diarrhoea. It was safe.", ["paragraph"]),  # paediatrics
])
def test_plain_lines_split_into_headings_and_items(text, kinds):
    assert [b.kind for b in document.parse("s.md", text).blocks] == kinds
