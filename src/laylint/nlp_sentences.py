"""Sentence marks on a spaCy Doc: block starts, the ends a full-stop rule misses, and spaCy's plain sentencizer
run on token arrays; and sentence offsets read back in one pass. Split from nlp.py, which builds the pipeline."""

from __future__ import annotations

import weakref


def mark_sentences(nlp, doc, starts: list[int], text: str | None = None):
    """The Doc with sentence starts: the tokens at `starts` begin one (blocks), and so do those after an end
    that a full-stop rule misses (laylint.text.sentence_ends: "hepatitis B. We", "included.\u2010 We"); the
    pipeline's components find the rest. `text` is doc.text when the caller has it (building it costs ~0.2 ms). For spaCy's plain sentencizer its rule runs here, on the tokens' ORTH array and the
    few tokens after a full stop, not on a spaCy Token made per token: ~0.5x its time, the same marks
    (tests/test_text_speed.py)."""
    from spacy.attrs import SENT_START

    ends = _plain_sentencizer(nlp)
    starts = [*starts, *_missed_starts(doc, doc.text if text is None else text)]
    if starts or ends:  # one array write: setting token.is_sent_start checks the whole Doc each time (quadratic)
        marks = doc.to_array(SENT_START)  # one attribute: a 1-D array
        marks[starts] = 1
        if ends and len(doc):
            _sentencize(doc, marks, ends)
        doc.from_array([SENT_START], marks)
    if not ends:
        for _, component in nlp.pipeline:
            doc = component(doc)
    return doc


def _missed_starts(doc, text: str) -> list[int]:
    """The tokens that begin a sentence after an end the full-stop rule misses (each begins at that offset)."""
    from laylint.text.sentence_ends import missed_starts

    found = []
    for offset in missed_starts(text):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span.start_char == offset:
            found.append(span.start)
    return found


_sentence_ends = weakref.WeakKeyDictionary()  # pipeline -> the ORTH hashes of its sentencizer's characters, or None


def _plain_sentencizer(nlp) -> frozenset | None:
    """The ORTH hashes of the sentence-ending characters when the pipeline is only spaCy's sentencizer
    with its defaults (it keeps marks already set), else None."""
    if nlp not in _sentence_ends:
        from spacy.pipeline import Sentencizer

        pipes = [component for _, component in nlp.pipeline]
        plain = len(pipes) == 1 and type(pipes[0]) is Sentencizer and not pipes[0].overwrite
        _sentence_ends[nlp] = frozenset(nlp.vocab.strings.add(c) for c in pipes[0].punct_chars) if plain else None
    return _sentence_ends[nlp]


def _sentencize(doc, marks, ends: frozenset) -> None:
    """spaCy v3's Sentencizer.predict and set_annotations: after a sentence-ending character, the
    first token that is neither one nor punctuation starts a sentence; a mark already set (a block
    start) is kept, every other token gets 1 (a start) or -1."""
    import numpy
    from spacy.attrs import IS_PUNCT, ORTH

    # both columns in one C pass: a spaCy Token made per token after a full stop, to read is_punct, cost more
    orths, puncts = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
    found, after = [0], 0
    for end in [index for index, orth in enumerate(orths) if orth in ends]:
        if end < after:
            continue  # in the run of punctuation already passed
        after = end + 1
        while after < len(orths) and (orths[after] in ends or puncts[after]):
            after += 1
        if after < len(orths):
            found.append(after)
    guessed = numpy.zeros(len(orths), dtype=bool)
    guessed[found] = True
    unset = marks == 0
    marks[unset] = _NOT_A_START
    marks[unset & guessed] = 1


_NOT_A_START = 2**64 - 1  # -1 as the uint64 that Doc.to_array and from_array use


def sentence_spans(doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each span of doc.sents, read from three token columns in one C pass, not from
    a spaCy Span made per sentence: a sentence starts at the first token and at every token marked 1, and ends
    with the last character of its last token (tests/test_nlp_sentences.py)."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(span.start_char, span.end_char) for span in doc.sents]  # (raises as doc.sents does)
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START

    columns = doc.to_array([SENT_START, IDX, LENGTH])
    firsts = [0, *(numpy.flatnonzero(columns[1:, 0] == 1) + 1).tolist()]
    _, starts, lengths = columns.T.tolist()
    lasts = [first - 1 for first in firsts[1:]] + [len(starts) - 1]
    return [(starts[first], starts[last] + lengths[last]) for first, last in zip(firsts, lasts)]
