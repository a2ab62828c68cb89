"""Contract (issue 2): what is prose (text, link text) and what is not (URLs, code, HTML, comments);
Unicode punctuation does not shift columns or break words."""

from __future__ import annotations

from laylint import document
from robust_support import run_cli, write


def _plain_words(tmp_path, text: str, name: str = "page.md"):
    write(tmp_path, name, text)
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style/plain-words", name, cwd=tmp_path)
    return [(d["line"], d["column"], d["end_column"]) for d in run.json]


def test_link_text_is_prose_but_urls_titles_and_images_are_not(tmp_path):
    text = 'See [we utilize it](http://x.org/utilize "prior to") and ![utilize](utilize.png) and <http://utilize.org>.\n'
    assert _plain_words(tmp_path, text) == [(1, 9, 16)]


def test_reference_links_keep_their_text(tmp_path):
    text = "[ref link utilize][r] here.\n\n[r]: http://example.org/utilize\n"
    assert _plain_words(tmp_path, text) == [(1, 11, 18)]


def test_code_html_tags_and_comments_are_not_prose(tmp_path):
    """The text a browser shows from a raw HTML block is prose (issue 17: a figure must not hide in
    HTML); its tags, comments and scripts are not."""
    text = ("Use `utilize` and <!-- utilize --> and <b>ok</b>.\n\n```\nutilize\n```\n\n    utilize\n\n"
            "<div title='utilize'>utilize</div>\n\n<!--\nutilize\n-->\n\n<script>\nutilize\n</script>\n\nWe utilize it.\n")
    assert _plain_words(tmp_path, text) == [(9, 22, 29), (19, 4, 11)]


def test_unicode_punctuation_does_not_shift_columns_or_break_words(tmp_path):
    text = "Anti\u2010CD20 \u201cutilize\u201d it\u2019s\u00a0utilize prior\u00a0to \u2026 e\u0301 utilize.\n"
    # one column per code point, whatever its UTF-8 length (e + U+0301 is two)
    assert _plain_words(tmp_path, text) == [(1, 12, 19), (1, 26, 33), (1, 34, 42), (1, 48, 55)]


def test_entities_and_escapes_keep_later_columns(tmp_path):
    assert _plain_words(tmp_path, "We &amp; &copy; \\* utilize it.\n") == [(1, 20, 27)]


def test_plain_text_files_are_prose_line_by_line(tmp_path):
    assert _plain_words(tmp_path, "---\nnot: front matter\n---\n  We utilize `it`.\n", "page.txt") == [(4, 6, 13)]


def test_blocks_are_separate_sentence_units():
    doc = document.parse("page.md", "# Heading\n\nA paragraph\ncontinues.\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Heading"), ("paragraph", "A paragraph continues."), ("list_item", "item one"),
        ("list_item", "item two"), ("table_cell", "a"), ("table_cell", "b"), ("table_cell", "c"), ("table_cell", "d"),
    ]
    for block in doc.blocks:  # every prose character maps to the same character in the file
        assert all(doc.source[o] == c or c == " " for c, o in zip(block.text, block.offsets))
