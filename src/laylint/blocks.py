"""The pieces of a document (document.py builds them): its front matter, its prose blocks and its comments."""

from __future__ import annotations

from dataclasses import dataclass


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
