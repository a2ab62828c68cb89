"""The one shared analysis of a document: built once, read by every rule.

Sentences and tokens come from spaCy (loaded lazily, once per process); derived results that
several rules share (claims, hedges, jargon matches) are memoised per document with `memo`.
Rule families reach the rule set only through here: `lexicon` for its word lists, `shared` for what
they build from them once per process (matchers, merged lexicons).
"""

from __future__ import annotations

import bisect
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from laylint import nlp as pipelines
from laylint.diagnostics import Diagnostic, Fix
from laylint.text.words import words as text_words
from laylint.text.words import words_within


@dataclass(frozen=True)
class Sentence:
    start: int  # prose offsets, [start, end)
    end: int
    text: str
    block: str  # kind of block it belongs to: heading, paragraph, list_item, table_cell
    index: int


class Analysis:
    def __init__(self, document, metadata=None, metadata_problems=(), ruleset=None, nlp_name=None,
                 rule_ids: frozenset[str] = frozenset(), rules: tuple = ()):
        self.document = document
        self.metadata = metadata
        self.metadata_problems = list(metadata_problems)
        self.backing = None  # an abstract sidecar backing the metadata (pipeline.backing; read by claims.backing)
        self.ruleset = ruleset
        self.nlp_name = nlp_name
        self.rules = tuple(rules)  # every rule running on this document, with its options as configured
        self.rule_ids = rule_ids or frozenset(rule.id for rule in self.rules)
        self._memo: dict = {}
        self.records: dict = {}  # what checks found beyond diagnostics, for the review page ("grade", "limitations")
        self.timings: dict = defaultdict(float)

    @property
    def text(self) -> str:
        """The prose: blocks joined by a blank line; offsets map back to the file."""
        return self.document.prose

    @property
    def path(self) -> str:
        return self.document.path

    def memo(self, key, factory):
        """Built once per document."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]

    def shared(self, key, factory):
        """Built once per process and rule set: matchers and merged lexicons, which depend only on the rules."""
        return self.ruleset.memo(key, factory)

    def lexicon(self, name: str) -> list[dict]:
        """The lexicon files named `name` (rules/lexicons/<name>.yaml, then each rule path's), built-in first."""
        return self.ruleset.lexicon(name)

    @property
    def trained(self) -> bool:
        return pipelines.load(self.nlp_name)[1]

    @cached_property
    def doc(self):
        """The spaCy Doc of the prose; every block starts a new sentence."""
        started = time.perf_counter()
        nlp, _ = pipelines.load(self.nlp_name)
        loaded = time.perf_counter()
        doc = pipelines.make_doc(nlp, self.text)
        starts = [span.start for block in self.document.blocks[1:]
                  if (span := doc.char_span(block.prose_start, block.prose_start + 1, alignment_mode="expand")) is not None]
        doc = pipelines.mark_sentences(nlp, doc, starts, self.text)
        # Charged to the pipeline, not to whichever rule asked first (see `laylint check --timing`).
        self.timings["nlp-load"] += loaded - started
        self.timings["nlp"] += time.perf_counter() - loaded
        return doc

    @cached_property
    def sentences(self) -> list[Sentence]:
        blocks = self.document.blocks
        result, block_index = [], 0
        prose = self.text  # == doc.text: slicing it is span.text without building a Token per word
        for start_char, end_char in pipelines.sentence_spans(self.doc):  # doc.sents' offsets
            text = prose[start_char:end_char]
            stripped = text.strip()
            if not stripped:
                continue
            start = start_char + (len(text) - len(text.lstrip()))
            while block_index + 1 < len(blocks) and blocks[block_index + 1].prose_start <= start:
                block_index += 1
            kind = blocks[block_index].kind if blocks else "paragraph"
            result.append(Sentence(start, start + len(stripped), stripped, kind, len(result)))
        return result

    # -- the one word tokenisation (laylint.text.words), matched once and read by every family ---------

    @cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of every word of the prose. Shared: do not change the list."""
        return text_words(self.text)

    @cached_property
    def word_starts(self) -> list[int]:
        return [start for start, _, _ in self.words]

    def words_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """words(text[start:end]) with prose offsets, read from `words` (laylint.text.words.words_within)."""
        return words_within(self.text, self.words, self.word_starts, start, end)

    def sentence_words(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        """The words of a sentence, sliced once per sentence from `words`."""
        table = self.memo("sentence-words", dict)
        found = table.get(sentence.index)
        if found is None:
            found = table[sentence.index] = self.words_between(sentence.start, sentence.end)
        return found

    def running(self, kind: str) -> list:
        """The rules of a kind that run on this document (a kind that stands back for another asks)."""
        return [rule for rule in self.rules if rule.kind == kind]

    def sentence_at(self, prose_index: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, prose_index) - 1  # sentences are in order
        if index >= 0 and self.sentences[index].start <= prose_index < self.sentences[index].end:
            return self.sentences[index]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    # -- building diagnostics -------------------------------------------------------------

    def span_location(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column) of the prose span [start, end)."""
        file_start, file_end = self.document.file_span(start, end)
        return self.file_location(file_start, file_end)

    def file_location(self, file_start: int, file_end: int) -> tuple[int, int, int, int]:
        line, column = self.document.location(file_start)
        end_line, end_column = self.document.location(max(file_end, file_start))
        return line, column, end_line, end_column

    def diagnostic(self, rule, start: int, end: int, message: str | None = None, suggestion: str | None = None,
                   fix_text: str | None = None, safe_fix: bool = False, case: str | None = None, **fields) -> Diagnostic:
        """A diagnostic on the prose span [start, end); message defaults to the rule's, filled with fields.
        `case` names which case of the problem it is, when the kind gives cases their own severity."""
        file_start, file_end = self.document.file_span(start, end)
        fix = Fix(file_start, file_end, fix_text, safe_fix) if fix_text is not None else None
        return self._make(rule, self.file_location(file_start, file_end), message, suggestion, fix, fields, case=case)

    def diagnostic_at(self, rule, line: int, column: int = 1, message: str | None = None,
                      path: str | None = None, suggestion: str | None = None, **fields) -> Diagnostic:
        """A diagnostic at a 1-based line/column (e.g. inside the YAML metadata or another file)."""
        end_column = column + 1
        if path is None:  # keep the span inside the file (an empty line gets an empty span)
            line = max(1, min(line, self.document.line_count))
            width = self.document.line_length(line)
            column = max(1, min(column, width + 1))
            end_column = min(column + 1, width + 1)
        return self._make(rule, (line, column, line, end_column), message, suggestion, None, fields, path)

    def _make(self, rule, location, message, suggestion, fix, fields, path=None, case=None) -> Diagnostic:
        line, column, end_line, end_column = location
        return Diagnostic(
            path=path or self.document.path, line=line, column=column, end_line=end_line,
            end_column=end_column, rule=rule.id, severity=rule.severity_for(case),
            message=message if message is not None else rule.format(**fields),
            suggestion=suggestion, fix=fix, scope=rule.scope,
        )
