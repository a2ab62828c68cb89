"""What each sentence does: states a result, or asks, titles, aims, describes methods, gives background,
names a limitation or calls for research. Rule-based, from the section heading a sentence sits under
and cue phrases in the sentence (lists in lexicons/hedges.yaml).

hedging/overclaim and hedging/certainty speak only about result statements: "Do masks stop the spread?"
(a question), "We wanted to find out if zinc prevents deaths" (an aim) and "Sickle cells can cause
blockages" (background) are not results.
"""

from __future__ import annotations

import re

from laylint.hedging.phrases import without_overlaps

RESULT, HEADING, QUESTION, AIM, METHOD, BACKGROUND, FUTURE, LIMITATION, NOT_EVIDENCE, NO_RESULT, FRAGMENT = (
    "result", "heading", "question", "aim", "method", "background", "future", "limitation", "not-evidence",
    "no-result", "fragment")

# A piece of a numbered list cut at its item numbers: "Key messages 1.", "2.", "...(high weight); and 3."
_LIST_NUMBER = re.compile(r"(?:^|[\n\r\u2028\u2029;])\s*\(?\d{1,2}[.)]$")
_SHORT_LIST_NUMBER = re.compile(r"^\W*(?:\w+\W+){0,2}\d{1,2}[.)]$")

# Section kinds a heading can open, checked in this order (a results heading may start "What are").
_SECTION_LISTS = (("result", RESULT), ("limitation", LIMITATION), ("aim", AIM), ("method", METHOD),
                  ("future", FUTURE), ("background", BACKGROUND))


def section_kind(lexicon, heading: str) -> str | None:
    """The kind of section a heading opens, or None (a title or an unknown heading)."""
    if lexicon.section_headings["result"].search(heading):
        return RESULT
    if lexicon.section_headings["not_section"].search(heading):
        return None  # a title question: "What are the benefits and harms of X?"
    for name, kind in _SECTION_LISTS:
        if lexicon.section_headings[name].search(heading):
            return kind
    return None


def _sentence_role(lexicon, tokens, sentence, section: str | None, names_drug: bool = False) -> str:
    if sentence.block == "heading":
        return HEADING
    if sentence.text.rstrip(" \"'”’)*").endswith("?"):
        return QUESTION
    text = sentence.text.strip()
    if _LIST_NUMBER.search(text) or _SHORT_LIST_NUMBER.match(text) or text.endswith(":"):
        return FRAGMENT  # (a lead-in ending with a colon: its list items state the findings)
    start, end = sentence.start, sentence.end
    if lexicon.not_evidence_cues.search(tokens, start, end):
        return NOT_EVIDENCE  # a note to the requester, an apology
    if lexicon.statement_cues["no_result"].search(tokens, start, end):
        return NO_RESULT  # "We could not estimate...", "None of the studies reported...": nothing to hedge
    for name, role in (("aim", AIM), ("future", FUTURE), ("method", METHOD)):
        if lexicon.statement_cues[name].search(tokens, start, end):
            return role
    if section in (AIM, METHOD, BACKGROUND, FUTURE):
        return section
    if lexicon.limitation_cues.search(tokens, start, end):
        return LIMITATION
    if lexicon.statement_cues["practice"].search(tokens, start, end):
        return BACKGROUND  # everyday practice, even with a treatment named: "people most commonly use bed nets"
    if lexicon.statement_cues["background"].search(tokens, start, end) \
            and not lexicon.statement_cues["result"].search(tokens, start, end) and not names_drug:
        return BACKGROUND  # "Sickle cells can cause blockages"; not "Metformin can lead to weight gain"
    return RESULT


def _question_line(text: str, sentence) -> bool:
    """A short question opening a paragraph: a heading written without markdown ("Why is obesity a concern?"
    on a line of its own; the prose joins a paragraph's lines, so its own line is not visible here)."""
    if sentence.block != "paragraph" or not sentence.text.rstrip().endswith("?") or len(sentence.text.split()) > 16:
        return False
    before = text[:sentence.start]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


class _Roles:
    """The role of each sentence by index, each worked out when first asked: overclaim asks about the few
    sentences holding a booster or a causal verb, certainty about every result it may judge."""

    def __init__(self, lexicon, analysis):
        from laylint.hedging import findings, tokens_of

        self._lexicon, self._tokens, self._sentences = lexicon, tokens_of(analysis), analysis.sentences
        meta = analysis.metadata
        self._kinds = findings.mention_kinds(analysis) if meta is not None and meta.drugs else {}
        self._sections, section = [], None  # the section each sentence sits in (headings are few)
        text = analysis.text
        for sentence in self._sentences:
            if sentence.block == "heading" or _question_line(text, sentence):
                kind = section_kind(lexicon, sentence.text)
                if kind is not None:  # a subheading of no known kind stays in its section
                    section = kind
            self._sections.append(section)
        self._found: list[str | None] = [None] * len(self._sentences)

    def __len__(self) -> int:
        return len(self._sentences)

    def __getitem__(self, index: int) -> str:
        if index < 0:
            index += len(self._sentences)
        role = self._found[index]
        if role is None:
            role = self._found[index] = _sentence_role(self._lexicon, self._tokens, self._sentences[index],
                                                       self._sections[index], "drug" in self._kinds.get(index, ()))
        return role


def roles(lexicon, analysis) -> _Roles:
    """The role of each sentence of the document (by sentence index), built once per document."""
    return analysis.memo("hedging.roles", lambda: _Roles(lexicon, analysis))


def is_result(lexicon, analysis, index: int) -> bool:
    return roles(lexicon, analysis)[index] == RESULT


def states_certainty(lexicon, tokens, start: int, end: int) -> bool:
    """The sentence says how sure the evidence is ("high-certainty evidence", "we are confident")."""
    found = lexicon.certainty_statements.find(tokens, start, end)
    return bool(without_overlaps(found, lexicon.not_hedges.find(tokens, start, end)))


def hedged_before(lexicon, tokens, sentence_start: int, position: int) -> bool:
    """A hedge cue earlier in the sentence whose scope reaches `position`: no contrast word
    ("but", "however") between them."""
    from laylint.hedging.detector import hedge_cues

    for cue in hedge_cues(lexicon, tokens, sentence_start, position):
        if not lexicon.contrast_words.search(tokens, cue.end, position):
            return True
    return False


def hedged_nearby(lexicon, analysis, index: int) -> bool:
    """A neighbour in the same paragraph carries this sentence's hedge: the next one hedges it ("...
    rated it as significant. However, we are very uncertain about this."), or this one elaborates on a
    hedged one before it ("PCNL may be better. This means that more people were stone-free.")."""
    from laylint.hedging import tokens_of
    from laylint.hedging.detector import hedge_cues

    sentences, tokens = analysis.sentences, tokens_of(analysis)  # the next sentence must state doubt

    def together(a, b):
        return a.block == b.block and "\n" not in analysis.text[a.end:b.start]

    here = sentences[index]
    if index + 1 < len(sentences):
        after = sentences[index + 1]
        if together(here, after) and lexicon.doubts.search(tokens, after.start, after.end) \
                and lexicon.back_references.search(tokens, after.start, after.end):
            return True
    if index > 0:
        before = sentences[index - 1]
        opening = lexicon.elaborations.find(tokens, here.start, min(here.end, here.start + 20))
        if together(before, here) and opening and opening[0].start == here.start \
                and hedge_cues(lexicon, tokens, before.start, before.end):
            return True
    return _hedged_in_section(lexicon, analysis, tokens, index)


NEARBY = 3  # how many sentences of the same section a back-reference reaches


def _section_neighbours(sentences, index: int, step: int):
    """Up to NEARBY sentences before (step -1) or after (step 1) this one, not crossing a heading."""
    position = index + step
    while 0 <= position < len(sentences) and abs(position - index) <= NEARBY and sentences[position].block != "heading":
        yield sentences[position]
        position += step


def _hedged_in_section(lexicon, analysis, tokens, index: int) -> bool:
    """Across list items and paragraphs of one section: a sentence that opens on a finding it refers back to
    ("This small benefit was mainly seen in refugees") after a hedged one, or a list of findings followed by
    a doubt about all of them ("We are not certain about these findings")."""
    from laylint.hedging.detector import hedge_cues

    sentences = analysis.sentences
    here = sentences[index]
    opening = lexicon.finding_references.find(tokens, here.start, min(here.end, here.start + 40))
    if opening and opening[0].start == here.start \
            and any(hedge_cues(lexicon, tokens, s.start, s.end) for s in _section_neighbours(sentences, index, -1)):
        return True
    return any(_doubts(lexicon, tokens, s) and lexicon.summary_references.search(tokens, s.start, s.end)
               for s in _section_neighbours(sentences, index, 1))


def _doubts(lexicon, tokens, sentence) -> bool:
    """The sentence states doubt: "confident" alone is not doubt ("we are confident in these findings")."""
    found = lexicon.doubts.find(tokens, sentence.start, sentence.end)
    return any(m.text.lower() not in ("confident", "confidence") for m in found) \
        or (bool(found) and lexicon.limitation_cues.search(tokens, sentence.start, sentence.end))
