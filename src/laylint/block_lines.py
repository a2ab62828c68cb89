"""The line structure of a paragraph: list items and headings written without Markdown.

Many summaries are plain text saved as Markdown (or .txt): a line starting with a dash or bullet is a
list item, and a short line without a full stop before a capitalised line is a heading. Markdown
would join such lines into one paragraph (one run-on "sentence"); document.py splits them here.
"""

from __future__ import annotations

import re

from laylint.blocks import Block

# dashes, hyphens and * need a space after them, • and · need none; "2." or "2)" starts a numbered line
_BULLET = re.compile(r"(?:[-\u2010\u2011\u2012\u2013\u2014\u2212*]\s+|[\u2022\u00b7]\s*|\d{1,2}[.)]\s+)(?=\S)")
_INLINE_BULLET = re.compile(r"\u2022")  # "...usual care;\u2022 digital technology...": a bullet mid-line
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for with from as than that which who whose whom this these those "
    "its their our your his her not no if whether into onto "
    "about between among such so very more most less least per via vs".split())
HEADING_WORDS = 12  # a line inside a paragraph read as a heading has at most this many words
TITLE_WORDS = 25  # a paragraph of one line (a blank line after it) read as a heading: at most this many
_SENTENCE_END = ".!?:;"


def _starts_like_a_sentence(text: str) -> bool:
    text = _BULLET.sub("", text.lstrip(), count=1).lstrip("\"'\u201c\u2018([*_")
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def is_heading_line(line: str, following: str | None, max_words: int = HEADING_WORDS) -> bool:
    """A line that reads as a heading: it starts with a capital and either asks a short question, names a
    section ("Key messages:"), or stops without a full stop, before a line that starts a sentence."""
    line = line.strip()
    words = line.split(None, max_words)  # a longer line stops at max_words + 1 pieces: no heading (a paragraph)
    if not words or len(words) > max_words or not _starts_like_a_sentence(line):
        return False
    if following is not None and not _starts_like_a_sentence(following):
        return False
    if line.endswith("?"):
        return True
    if line.endswith(":"):
        return len(words) <= 8
    if line[-1] in _SENTENCE_END + ",\u2013\u2014-" or line[-1].isdigit() and len(words) > 3:
        return False
    return words[-1].strip("\"'\u201d\u2019)*_") not in _FUNCTION_WORDS


def split_lines(block: Block, breaks: list[int], next_line: str | None = None, alone: bool = True) -> list[Block]:
    """A paragraph -> its lines' blocks: list items (a line starting with a dash or bullet, or text
    after a mid-line bullet), headings (is_heading_line) and the paragraph text around them.
    `breaks`: where its line breaks were (each written as one space). A paragraph of one line is a
    heading when it reads as one on its own (`alone`: a blank line follows it, TITLE_WORDS at most),
    or before `next_line` (a plain-text line)."""
    text = block.text
    cuts = sorted({*breaks, *(m.start() for m in _INLINE_BULLET.finditer(text) if m.start() > 0)})
    if not cuts and (block.kind != "paragraph" or not _BULLET.match(text)):
        heading = is_heading_line(text, None, TITLE_WORDS) if alone else is_heading_line(text, next_line)
        return [Block("heading", text, block.offsets) if heading and block.kind == "paragraph" else block]
    segments, start = [], 0
    for cut in cuts + [len(text)]:
        if text[start:cut].strip():
            segments.append((start, cut))
        start = cut + 1 if cut in breaks else cut
    groups: list[list] = []  # [kind, start, end]
    for index, (start, end) in enumerate(segments):
        line = text[start:end]
        bullet = _BULLET.match(line)
        if index == 0 and block.kind != "paragraph":
            groups.append([block.kind, start, end])  # the first line of a Markdown list item
        elif bullet:
            groups.append(["list_item", start + bullet.end(), end])
            continue
        following = text[slice(*segments[index + 1])] if index + 1 < len(segments) else None
        previous = text[groups[-1][1]:groups[-1][2]].rstrip() if groups else ""
        ended = not groups or groups[-1][0] != "paragraph" or previous[-1:] in _SENTENCE_END
        last = following is None and alone  # a blank line follows it
        # a question on its own line may be as long as a title: "Why is a blocked access a problem for people who
        # need haemodialysis?" then its paragraph on the next line (README-independent-35a)
        longest = TITLE_WORDS if last or line.rstrip().endswith("?") else HEADING_WORDS
        if ended and (following is not None or last) and is_heading_line(line, following, longest):
            groups.append(["heading", start, end])
        elif groups and groups[-1][0] != "heading":
            groups[-1][2] = end
        else:
            groups.append([block.kind if not groups else "paragraph", start, end])
    blocks = []
    for kind, start, end in groups:
        piece = text[start:end]
        lead, stripped = len(piece) - len(piece.lstrip()), piece.strip()
        if stripped:
            blocks.append(Block(kind, stripped, block.offsets[start + lead:start + lead + len(stripped)]))
    return blocks
