"""Where document-level readability diagnostics go: the title line, or line 1."""

from __future__ import annotations


def title_diagnostic(rule, analysis, **fields):
    """A diagnostic spanning the title (a first block that is a heading), else at line 1."""
    blocks = analysis.document.blocks
    if blocks and blocks[0].kind == "heading":
        title = blocks[0]
        return analysis.diagnostic(rule, title.prose_start, title.prose_start + len(title.text), **fields)
    return analysis.diagnostic_at(rule, 1, 1, **fields)


def sentence_place(analysis, sentence) -> str:
    """"line:column" of the file where a sentence starts."""
    line, column, _, _ = analysis.span_location(sentence.start, sentence.end)
    return f"{line}:{column}"
