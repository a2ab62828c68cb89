"""The document model: a summary file -> front matter + prose blocks with exact file offsets.

Markdown is parsed with markdown-it-py. Every prose character keeps the offset of the file
character it came from, so diagnostics land on the right line and column of the file on disk.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from laylint.block_lines import HEADING_WORDS, TITLE_WORDS, is_heading_line, split_lines  # noqa: F401 (re-exported)
from laylint.blocks import Block, Comment, FrontMatter  # noqa: F401 (re-exported)
from laylint.text.visible import visible

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
SUMMARY_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES
BLOCK_SEPARATOR = "\n\n"
_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
# Raw HTML: tags, and elements whose content a browser does not show.
_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_UNSHOWN = ("script", "style", "template", "textarea")


def find_comments(text: str, base: int = 0) -> list["Comment"]:
    """`<!-- ... -->` comments in text, at file offset base + index. Linear: an unclosed `<!--` ends
    the search (a lazy regex would rescan the rest of the text from every later `<!--`)."""
    found, cursor = [], 0
    while True:
        start = text.find("<!--", cursor)
        if start < 0:
            return found
        end = text.find("-->", start + 4)
        if end < 0:
            return found
        found.append(Comment(base + start, base + end + 3, text[start + 4 : end]))
        cursor = end + 3
# No-break spaces are spaces in prose ("prior\u00a0to" is "prior to"); same length, so offsets hold.
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
# ...except between digit groups, where a narrow, thin or no-break space is a thousands separator ("8\u202f728", as
# language models and typesetters write it): a comma there, so every family reads one number, not 8 and 728.
_GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u2007\u2009\u202f](?=\d{3}(?!\d))")


_SPACES_CHANGED = "\u00a0\u2007\u2009\u202f"  # every character the two steps below can change


def _prose_spaces(text: str) -> str:
    # most blocks hold none of them: skip the regex (a lookbehind tried at every character) and the
    # per-character translate (tests/test_parse_speed.py checks the shortcut against the plain steps)
    if text.isascii() or not any(space in text for space in _SPACES_CHANGED):
        return text
    return _GROUP_SPACE.sub(",", text).translate(_NO_BREAK_SPACES)


@dataclass
class Document:
    path: str
    source: str  # the decoded file (BOM removed)
    front_matter: FrontMatter | None
    blocks: list[Block]
    comments: list[Comment]
    prose: str = ""
    prose_offsets: list[int] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        breaks = r"\r\n|\r|\n" if "\r" in self.source else "\n"  # the same ends; the plain search is faster
        self._line_starts = [0] + [m.end() for m in re.finditer(breaks, self.source)]
        for block in self.blocks:  # the rules read what a reader sees (text.visible); offsets still map to the file
            block.text, block.offsets = visible(block.text, block.offsets)
        self.blocks = [block for block in self.blocks if block.text.strip()]
        parts, offsets, position = [], [], 0
        for index, block in enumerate(self.blocks):
            if index:
                parts.append(BLOCK_SEPARATOR)
                gap = block.offsets[0] if block.offsets else 0
                offsets.extend([gap] * len(BLOCK_SEPARATOR))
                position += len(BLOCK_SEPARATOR)
            block.prose_start = position
            parts.append(block.text)
            offsets.extend(block.offsets)
            position += len(block.text)
        self.prose = "".join(parts)
        self.prose_offsets = offsets

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[line] + 1
        if self.source[offset : offset + 1] == "\n":  # the "\n" of a "\r\n" is the line's end, not a column past it
            column = min(column, self.line_length(line + 1) + 1)
        return line + 1, column

    def line_offset(self, line: int) -> int:
        """File offset of the start of a 1-based line."""
        return self._line_starts[max(0, min(line - 1, len(self._line_starts) - 1))]

    def line_length(self, line: int) -> int:
        """Characters on a 1-based line, without its line break."""
        line = max(1, min(line, len(self._line_starts)))
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.source)
        return len(self.source[self._line_starts[line - 1] : end].rstrip("\r\n"))

    def file_offset(self, prose_index: int) -> int:
        """File offset of a prose index; the index just past the end maps past the last character."""
        if not self.prose_offsets:
            return self.front_matter.end_offset if self.front_matter else 0
        if prose_index >= len(self.prose_offsets):
            return self.prose_offsets[-1] + 1
        return self.prose_offsets[max(0, prose_index)]

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets [start, end) of the prose span [start, end)."""
        if end <= start:
            first = self.file_offset(start)
            return first, first
        return self.file_offset(start), self.file_offset(end - 1) + 1

    @property
    def body_start(self) -> int:
        return self.front_matter.end_offset if self.front_matter else 0


def split_front_matter(source: str) -> FrontMatter | None:
    """Find a leading `---` YAML block. An unterminated one is reported as not closed.
    Lines may end in LF, CRLF or CR (the same breaks as Document's line table)."""
    lines = _LINE.finditer(source)
    first = next(lines)
    if first.group(1).rstrip(" \t") != "---":
        return None
    start = first.end()
    for line in lines:
        if line.group(1).rstrip(" \t") in ("---", "...") and line.start() >= start:
            return FrontMatter(text=source[start : line.start()], start_line=2, end_offset=line.end())
        if line.end() >= len(source):
            break
    return FrontMatter(text=source[start:], start_line=2, end_offset=len(source), closed=False)


@lru_cache(maxsize=1)
def _markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _parse_text(source: str, front_matter: FrontMatter | None) -> str:
    """A same-length copy of the source that markdown-it can parse with offsets unchanged."""
    text = source.replace("\r\n", " \n").replace("\r", "\n")
    if front_matter:
        blanked = re.sub(r"[^\n]", " ", text[: front_matter.end_offset])
        text = blanked + text[front_matter.end_offset :]
    return text


class _BlockBuilder:
    def __init__(self, kind: str):
        self.kind, self.chars, self.offsets, self.breaks, self.size = kind, [], [], [], 0

    def add(self, text: str, offsets) -> None:
        self.chars.append(text)
        self.offsets.extend(offsets)
        self.size += len(text)

    def add_break(self, offset: int) -> None:
        """A line break inside the block (written as a space)."""
        self.breaks.append(self.size)
        self.add(" ", [offset])

    def build(self) -> list[Block]:
        text = "".join(self.chars)
        stripped = text.strip()
        if not stripped:
            return []
        lead = len(text) - len(text.lstrip())
        block = Block(self.kind, _prose_spaces(stripped), self.offsets[lead : lead + len(stripped)])
        if self.kind not in ("paragraph", "list_item"):
            return [block]
        return split_lines(block, [b - lead for b in self.breaks if 0 < b - lead < len(stripped)])


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _align(text: str, source: str, cursor: int, limit: int) -> tuple[list[int], int]:
    """Offsets of each character of `text` found in order in source[cursor:limit]."""
    found = source.find(text, cursor, limit)
    if found >= 0:
        return list(range(found, found + len(text))), found + len(text)
    offsets = []
    for char in text:
        entity = _ENTITY.match(source, cursor, limit)
        if entity and html.unescape(entity.group(0)) == char:  # "&amp;" stands for "&": the next
            offsets.append(cursor)  # character is after the entity, not inside it ("l&amp;arge")
            cursor = entity.end()
            continue
        at = source.find(char, cursor, min(limit, cursor + 16))
        if at >= 0:
            cursor = at + 1
            offsets.append(at)
        else:  # an entity or escape expanded: keep the place we are at
            offsets.append(min(cursor, max(limit - 1, 0)))
    return offsets, cursor


def _inline_block(token, kind: str, text: str, line_starts: list[int], comments: list[Comment]) -> list[Block]:
    line_start = line_starts[min(token.map[0], len(line_starts) - 1)]
    limit = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(text)
    builder, cursor, autolink = _BlockBuilder(kind), line_start, False
    for child in token.children or []:
        if autolink:  # <http://...>: the text is the URL, not prose
            if child.type == "link_close":
                at = text.find(">", cursor, limit)
                cursor, autolink = (at + 1 if at >= 0 else cursor), False
            continue
        if child.type == "link_open" and child.markup == "autolink":
            autolink = True
        elif child.type == "text":
            offsets, cursor = _align(child.content, text, cursor, limit)
            builder.add(child.content, offsets)
        elif child.type in ("softbreak", "hardbreak"):
            at = text.find("\n", cursor, limit)
            at = at if at >= 0 else cursor
            builder.add_break(at)
            cursor = at + 1
        elif child.type == "code_inline":
            at = text.find(child.content, cursor, limit)
            if at >= 0:
                cursor = at + len(child.content)
        elif child.type == "html_inline":
            at = text.find(child.content, cursor, limit)
            if at >= 0:
                cursor = at + len(child.content)
                comments.extend(find_comments(child.content, at))
        elif child.type == "image":
            # Image alt text and target are not prose; skip past the target.
            src = child.attrs.get("src", "")
            at = text.find(src, cursor, limit) if src else -1
            if at >= 0:
                cursor = at + len(src)
        elif child.type == "link_close":
            close = text.find("]", cursor, limit)
            if close >= 0 and text.startswith("(", close + 1):
                end = text.find(")", close + 1, limit)
                cursor = end + 1 if end >= 0 else close + 1
    return builder.build()


def _html_text(content: str) -> list[tuple[int, str]]:
    """(index, text) runs of an HTML block that a browser shows: outside tags, comments and
    script/style elements. Entities are left as written."""
    lowered = content.lower()
    spans = [(comment.offset, comment.end) for comment in find_comments(content)]
    for match in _TAG.finditer(content):
        spans.append((match.start(), match.end()))
        name = match.group()[1:-1].split(None, 1)[0].rstrip("/").lower() if len(match.group()) > 2 else ""
        if name in _UNSHOWN:
            close = lowered.find(f"</{name}", match.end())
            spans.append((match.end(), close if close >= 0 else len(content)))
    shown, cursor = [], 0
    for start, end in sorted(spans):
        if start > cursor:
            shown.append((cursor, content[cursor:start]))
        cursor = max(cursor, end)
    if cursor < len(content):
        shown.append((cursor, content[cursor:]))
    return [(index, piece) for index, piece in shown if piece.strip()]


def _html_block(token, text: str, line_starts: list[int]) -> list[Block]:
    """The text a browser would render from a raw HTML block, as one paragraph: figures written in
    HTML are checked like any other (never silently skipped)."""
    start = line_starts[min(token.map[0], len(line_starts) - 1)]
    limit = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(text)
    builder, cursor = _BlockBuilder("paragraph"), start
    exact = text.startswith(token.content, start)  # a top-level block: its content is the file's text
    for index, piece in _html_text(token.content):
        for line in re.finditer(r"[^\n]+", piece):
            if exact:
                offsets = list(range(start + index + line.start(), start + index + line.end()))
            else:  # inside a list or quote the markers are gone: find the text in order
                offsets, cursor = _align(line.group(), text, cursor, limit)
            builder.add(line.group(), offsets)
            builder.add(" ", [offsets[-1]])
    return builder.build()


def _markdown_blocks(text: str, line_starts: list[int], comments: list[Comment]) -> list[Block]:
    tokens = _markdown_parser().parse(text)
    blocks, kinds = [], []
    for token in tokens:
        if token.type in ("heading_open", "list_item_open", "th_open", "td_open", "blockquote_open"):
            kinds.append({"heading_open": "heading", "list_item_open": "list_item",
                          "th_open": "table_cell", "td_open": "table_cell", "blockquote_open": "paragraph"}[token.type])
        elif token.type in ("heading_close", "list_item_close", "th_close", "td_close", "blockquote_close"):
            if kinds:
                kinds.pop()
        elif token.type == "html_block" and token.map:
            start = line_starts[min(token.map[0], len(line_starts) - 1)]
            comments.extend(find_comments(token.content, start))
            blocks.extend(_html_block(token, text, line_starts))
        elif token.type == "inline" and token.map:
            blocks.extend(_inline_block(token, kinds[-1] if kinds else "paragraph", text, line_starts, comments))
    return blocks


# Markdown that is only ATX headings and paragraphs (most summaries: a title, then prose). Any character or line
# start that could open another construct sends the text to markdown-it: inline marks (\\ ` * _ [ ] < & ~ |),
# tabs, whitespace at a line's edge (indents, hard breaks, blank-looking lines), and lines starting a block
# (> + = -, "1." / "1)", a "#" that is not a plain heading without closing #s).
_MARKS = re.compile(r"[\\`*_\[\]<&~|\t]")
_NUMBERED = re.compile(r"\d{1,9}[.)]")
_ATX = re.compile(r"#{1,6} +(?=[^#\s])[^#]*\Z")  # no closing #s, no # inside


def _plain_blocks(text: str, line_starts: list[int]) -> list[Block] | None:
    """The blocks markdown-it gives a text of ATX headings and paragraphs only, without parsing it (and without
    importing markdown-it: ~20 ms of a one-file run); None for any other Markdown (tests/test_document_plain.py).
    Line by line in Python: one regex with ^ and $ alternatives cost more than markdown-it's parse."""
    if _MARKS.search(text):
        return None
    blocks: list[Block] = []
    paragraph: _BlockBuilder | None = None
    for index, start in enumerate(line_starts):
        end = line_starts[index + 1] - 1 if index + 1 < len(line_starts) else len(text)
        if start == end:  # a blank line ends the paragraph
            if paragraph:
                blocks.extend(paragraph.build())
            paragraph = None
            continue
        line = text[start:end]
        first = line[0]
        if first in ">+=-" or first.isspace() or line[-1].isspace() or first.isdigit() and _NUMBERED.match(line):
            return None
        if first == "#":
            heading = _ATX.match(line)
            if heading is None:
                return None
            if paragraph:  # a heading interrupts a paragraph
                blocks.extend(paragraph.build())
            paragraph = None
            begin = start + len(line) - len(line.lstrip("#").lstrip(" "))
            builder = _BlockBuilder("heading")
            builder.add(text[begin:end], range(begin, end))
            blocks.extend(builder.build())
            continue
        if paragraph is None:
            paragraph = _BlockBuilder("paragraph")
        else:
            paragraph.add_break(start - 1)  # the line break before this line
        paragraph.add(line, range(start, end))
    if paragraph:
        blocks.extend(paragraph.build())
    return blocks


def _text_blocks(text: str, start: int) -> list[Block]:
    """Plain text: each non-empty line is a paragraph (pages often put a paragraph on one line)."""
    blocks = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        line = match.group()
        stripped = line.strip()
        if stripped:
            begin = start + match.start() + (len(line) - len(line.lstrip()))
            blocks.append(Block("paragraph", _prose_spaces(stripped), list(range(begin, begin + len(stripped)))))
    result = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1].text if index + 1 < len(blocks) else None
        result.extend(split_lines(block, [], following, alone=False))
    return result


def parse(path: str, source: str) -> Document:
    """Build the document for a decoded file. Never raises on odd input."""
    if source.startswith("\ufeff"):
        source = source[1:]
    markdown = not path.lower().endswith(TEXT_SUFFIXES)
    front_matter = split_front_matter(source) if markdown else None
    text = _parse_text(source, front_matter)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    comments: list[Comment] = []
    if markdown:
        blocks = _plain_blocks(text, line_starts)
        if blocks is None:
            blocks = _markdown_blocks(text, line_starts, comments)
    else:
        blocks = _text_blocks(text, 0)
    return Document(path=path, source=source, front_matter=front_matter, blocks=blocks, comments=comments)
