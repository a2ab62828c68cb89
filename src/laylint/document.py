"""The document model: a summary file -> front matter + prose blocks with exact file offsets.

Markdown is parsed with markdown-it-py. Every prose character keeps the offset of the file
character it came from, so diagnostics land on the right line and column of the file on disk.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
SUMMARY_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES
BLOCK_SEPARATOR = "\n\n"
_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# No-break spaces are spaces in prose ("prior\u00a0to" is "prior to"); same length, so offsets hold.
_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


@dataclass
class FrontMatter:
    text: str  # the YAML between the fences
    start_line: int  # 1-based file line of the first YAML line
    end_offset: int  # file offset just past the closing fence line
    closed: bool = True


@dataclass
class Block:
    """A sentence unit of prose: heading, paragraph, list item or table cell."""

    kind: str
    text: str
    offsets: list[int]  # file offset of each character of text
    prose_start: int = 0  # where text starts inside Document.prose


@dataclass
class Comment:
    offset: int  # file offset of "<!--"
    end: int
    body: str


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
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.source)]
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
        return line + 1, offset - self._line_starts[line] + 1

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
        self.kind, self.chars, self.offsets = kind, [], []

    def add(self, text: str, offsets) -> None:
        self.chars.append(text)
        self.offsets.extend(offsets)

    def build(self) -> Block | None:
        text = "".join(self.chars)
        stripped = text.strip()
        if not stripped:
            return None
        lead = len(text) - len(text.lstrip())
        return Block(self.kind, stripped.translate(_NO_BREAK_SPACES), self.offsets[lead : lead + len(stripped)])


def _align(text: str, source: str, cursor: int, limit: int) -> tuple[list[int], int]:
    """Offsets of each character of `text` found in order in source[cursor:limit]."""
    found = source.find(text, cursor, limit)
    if found >= 0:
        return list(range(found, found + len(text))), found + len(text)
    offsets = []
    for char in text:
        at = source.find(char, cursor, min(limit, cursor + 16))
        if at >= 0:
            cursor = at + 1
            offsets.append(at)
        else:  # an entity or escape expanded: keep the place we are at
            offsets.append(min(cursor, max(limit - 1, 0)))
    return offsets, cursor


def _inline_block(token, kind: str, text: str, line_starts: list[int], comments: list[Comment]) -> Block | None:
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
            builder.add(" ", [at])
            cursor = at + 1
        elif child.type == "code_inline":
            at = text.find(child.content, cursor, limit)
            if at >= 0:
                cursor = at + len(child.content)
        elif child.type == "html_inline":
            at = text.find(child.content, cursor, limit)
            if at >= 0:
                cursor = at + len(child.content)
                for match in _COMMENT.finditer(child.content):
                    comments.append(Comment(at + match.start(), at + match.end(), match.group(1)))
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
            for match in _COMMENT.finditer(token.content):
                comments.append(Comment(start + match.start(), start + match.end(), match.group(1)))
        elif token.type == "inline" and token.map:
            block = _inline_block(token, kinds[-1] if kinds else "paragraph", text, line_starts, comments)
            if block:
                blocks.append(block)
    return blocks


def _text_blocks(text: str, start: int) -> list[Block]:
    """Plain text: each non-empty line is a paragraph (pages often put a paragraph on one line)."""
    blocks = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        line = match.group()
        stripped = line.strip()
        if stripped:
            begin = start + match.start() + (len(line) - len(line.lstrip()))
            blocks.append(Block("paragraph", stripped.translate(_NO_BREAK_SPACES), list(range(begin, begin + len(stripped)))))
    return blocks


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
        blocks = _markdown_blocks(text, line_starts, comments)
    else:
        blocks = _text_blocks(text, 0)
    return Document(path=path, source=source, front_matter=front_matter, blocks=blocks, comments=comments)
