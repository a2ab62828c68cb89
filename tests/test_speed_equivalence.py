"""Speed work must not change results (issue #19): each shortcut against the plain computation it replaces."""

from __future__ import annotations

import re

import pytest

from laylint.hedging.phrases import HYPHENS, Phrases, Tokens
from laylint.readability.counts import _NON_ALNUM, _NON_LETTERS, count_text
from laylint.text import Stemmer, counted_words, words
from laylint.text.words import words_within

TEXTS = [
    "Adults with heart failure (HFrEF) who took sacubitril-valsartan had fewer hospital stays.",
    "Chemotherapy plus anti-PD-1 immunotherapy probably prolongs survival in non-small-cell lung cancer.",
    "We are uncertain whether ivermectin reduces deaths from COVID\u201119; the evidence is very low certainty.",
    "Children's asthma didn't improve with inhaled steroids\u2014results varied between the 12 studies.",
    "Nicotine-replacement therapy (NRT) may help people stop smoking for six months or longer.",
    "People on haemodialysis may have less itching; it's unclear whether the effect lasts.",
    "Cognitive-behavioural therapy for depression: few studies, small, and at high risk of bias.",
    "Antibiotics for urinary-tract infections (UTIs) in babies\u2013toddlers: results could not be pooled.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_within_a_span_are_the_words_of_the_span(text):
    found = words(text)
    starts = [start for start, _, _ in found]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):  # every start, ends every third character (edges inside words too)
            expected = [(start + s, start + e, w) for s, e, w in words(text[start:end])]
            assert words_within(text, found, starts, start, end) == expected, (start, end)


def _walk(phrases: Phrases, tokens: Tokens, start: int, end: int) -> list[tuple[int, int, int]]:
    """The matcher as it was before it jumped to candidate tokens: a dict lookup at every word."""
    text, words_ = tokens.text, tokens.words
    first, last = tokens.span(start, end)
    matches, position = [], first
    while position < last:
        found = None
        for rest, group in phrases.index.get(words_[position], ()):
            stop = phrases._match_rest(words_, rest, position + 1, last)
            if stop is not None:
                found = (stop, group)
                break
        if found is None:
            position += 1
            continue
        stop, group = found
        begin, finish = tokens.starts[position], tokens.ends[stop - 1]
        if (begin > 0 and text[begin - 1] in HYPHENS) or (finish < len(text) and text[finish] in HYPHENS):
            position += 1
            continue
        matches.append((begin, finish, group))
        position = stop
    return matches


LISTS = [
    ["may", "probably", "uncertain", "we are uncertain", "could not", "may help"],
    ["results varied", "few studies", "small", "risk of bias", "high risk of bias", "low certainty"],
    ["stop ... smoking", "therapy", "did n't", "it 's unclear", "lung", "non"],
]


@pytest.mark.parametrize("entries", LISTS)
def test_phrase_matches_are_those_of_a_walk_over_every_word(entries):
    phrases = Phrases.flat(entries)
    text = "\n\n".join(TEXTS)
    tokens = Tokens(text)
    total = 0
    for start in range(0, len(text), 7):
        for end in (start + 40, start + 120, len(text)):
            got = [(m.start, m.end, m.group) for m in phrases.find(tokens, start, min(end, len(text)))]
            assert got == _walk(phrases, tokens, start, min(end, len(text)))
            total += len(got)
    assert total > 0  # the lists do match this text


@pytest.mark.parametrize("text", TEXTS)
def test_letter_counts_add_up_word_by_word(text):
    counts, _ = count_text(text)
    joined = "".join(counted_words(text))
    assert counts.letters == len(_NON_LETTERS.sub("", joined))
    assert counts.characters == len(_NON_ALNUM.sub("", joined))
    assert counts.words == len(counted_words(text))


def test_cached_stems_are_the_stems():
    stemmer = Stemmer({"worse": "bad"}, (("ing", ""), ("ed", ""), ("s", "")))
    fresh = Stemmer({"worse": "bad"}, (("ing", ""), ("ed", ""), ("s", "")))
    for word in re.findall(r"\w+", " ".join(TEXTS)) + ["worse", "Worse", "smoking", "smoking"]:
        assert stemmer.stem(word) == fresh._stem(word)
    assert stemmer.stem("Worse") == "bad" and stemmer.stem("treated") == "treat"


def _hidden_by_every_character(text: str, start: int, end: int) -> list:
    """hidden() as it was before it skipped ASCII in C: a Python loop over every character."""
    from laylint.text import visible as v

    found = []
    for index in range(start, end):
        char = text[index]
        if char.isascii():
            continue
        if char in v.BIDI_CONTROLS:
            found.append(v.Hidden(index, char, "the text"))
            continue
        mark = v._is_mark(char) and char not in v.KEYCAP_AND_SELECTORS
        if not (v.is_invisible(char) or mark):
            continue
        before, after = v._neighbour(text, index, -1, start), v._neighbour(text, index, 1, end)
        if mark:
            if before.isalpha():
                continue
            if before.isalnum() or after.isalnum():
                found.append(v.Hidden(index, char, v._where(before, after)))
            continue
        if not (before.isalnum() and after.isalnum() or v._in_number(before, after)):
            continue
        if char in v.JOINERS and not (v._latin_or_digit(before) and v._latin_or_digit(after)):
            continue
        found.append(v.Hidden(index, char, v._where(before, after)))
    return found


HIDDEN_TEXTS = [
    "Insulin pumps low\u00adered HbA1c by 0.\u200b4% in 12 trials.",  # soft hyphen in a word, zero-width space in a number
    "Sertraline\u200d helped some teens; caf\u00e9 staff and na\u0308ive readers were not studied.",
    "Varenicline \u202edoubled\u202c quit rates (RR 2.\u20601).",  # bidi controls anywhere, word joiner in a number
    "Dialysis patients \u0928\u094d\u200d\u0937 and keycaps 1\ufe0f\u20e3 are spelling, not hidden text.",
]


@pytest.mark.parametrize("text", HIDDEN_TEXTS)
def test_hidden_characters_are_those_of_a_loop_over_every_character(text):
    from laylint.text.visible import hidden

    assert hidden(text) == _hidden_by_every_character(text, 0, len(text))
    for start in range(0, len(text), 5):
        assert hidden(text, start, len(text) - 3) == _hidden_by_every_character(text, start, len(text) - 3)
    assert any(_hidden_by_every_character(t, 0, len(t)) for t in HIDDEN_TEXTS)  # the table holds hidden characters


@pytest.mark.parametrize("text", [
    "Statins lowered LDL cholesterol. Fewer people had heart attacks.\n\nSide effects were rare (muscle pain).",
    "Children given zinc had shorter diarrhoea (2 trials).  " + "x" * 150 + " Results varied.\n",  # a long run
    ("People on dialysis reported less itching. " * 2600) + "The end.",  # over PIECE_CHARS: tokenized in pieces
])
def test_sentence_text_is_the_slice_of_the_prose(text):
    from laylint import nlp as pipelines

    nlp, _ = pipelines.load()
    doc = pipelines.make_doc(nlp, text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    spans = list(doc.sents)
    assert len(spans) >= 2
    assert all(span.text == text[span.start_char:span.end_char] for span in spans)


def test_a_cached_phrase_regex_is_the_regex_built_each_time():
    from laylint.text import phrase_pattern
    from laylint.text.forms import phrases_regex

    plain = ("little confidence in the evidence", "blood sugar levels", "stopped smoking for good")
    text = "We have little confidence in the evidence. Blood-sugar levels fell; few people stopped smoking for good."
    built = re.compile(r"(?<!\w)(?:" + "|".join(phrase_pattern(p) for p in plain) + r")(?!\w)", re.I)
    cached = phrases_regex(plain)
    assert cached is phrases_regex(plain)  # compiled once
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in built.finditer(text)]
    assert len(list(cached.finditer(text))) == 3


LONG_WORD_CASES = ["participants", "polysomnography", "hypersomnia", "evidence", "messagesWe", "sacubitril-valsartan",
                   "haemodialysis", "anti-PD-1", "children's", "nicotine", "interventions", "11%", "COVID\u201119",
                   "bronchiectasis", "schizophrenia", "randomised", "cognitive-behavioural", "unwanted"]


@pytest.mark.parametrize("word", LONG_WORD_CASES)
def test_the_cached_long_word_test_is_the_three_tests_it_replaces(word):
    from laylint.readability.counts import LONG_WORD_SYLLABLES, is_familiar
    from laylint.readability.hard import _GLUED, _long_unfamiliar
    from laylint.readability.syllables import count_syllables

    plain = count_syllables(word) >= LONG_WORD_SYLLABLES and not is_familiar(word) and not _GLUED.search(word)
    assert _long_unfamiliar(word) is plain


SUMMARIES = [  # Markdown summaries across fields: headings, lists, dashes, brackets, addresses
    "# Statins after a heart attack\n\nStatins probably reduce deaths (moderate-certainty evidence). "
    "We found 12 trials with 9,000 adults.\n\n## Limitations\n\nFew studies reported side effects\u2014and some were small.",
    "# Immunotherapy for lung cancer\n\n- Anti-PD-1 drugs may prolong survival.\n- Results varied between studies.\n\n"
    "See www.cochrane.org for more. Non-small-cell cancer is common.",
    "Nicotine-replacement therapy (NRT) helps people quit smoking. We're uncertain whether e-cigarettes help.\n\n"
    "Children's asthma didn't improve; COVID\u201119 vaccines weren't studied.",
    "## What is haemodialysis?\n\nHaemodialysis cleans the blood when the kidneys fail. People on it may have less "
    "itching with gabapentin, but the evidence is very uncertain.",
]


def _plain_analysis(text: str):
    from laylint import document as documents
    from laylint.analysis import Analysis
    from laylint.ruleset import load_ruleset

    return Analysis(documents.parse("summary.md", text), None, (), load_ruleset([]))


@pytest.mark.parametrize("text", SUMMARIES)
def test_the_analysis_words_are_each_sentences_own_words(text):
    analysis = _plain_analysis(text)
    assert analysis.words == words(analysis.text)
    for sentence in analysis.sentences:
        expected = [(sentence.start + s, sentence.start + e, w) for s, e, w in words(sentence.text)]
        assert analysis.sentence_words(sentence) == expected


@pytest.mark.parametrize("text", SUMMARIES)
def test_content_words_from_the_shared_words_are_those_of_the_text(text):
    from laylint.hedging import lexicon

    analysis = _plain_analysis(text)
    lex = lexicon.of(analysis)
    for sentence in analysis.sentences:
        shared = [w for _, _, w in analysis.sentence_words(sentence)]
        for drop in (True, False):
            assert lex.content_words_of(shared, drop) == lex.content_words(sentence.text, drop)


@pytest.mark.parametrize("text", SUMMARIES)
def test_a_list_with_no_first_word_in_the_text_finds_nothing_as_the_full_walk(text):
    phrases = Phrases.flat(["results varied", "few studies", "may", "side effects", "heterogeneity between trials"])
    tokens = Tokens(text)
    for start in range(0, len(text), 7):
        assert [(m.start, m.end) for m in phrases.find(tokens, start)] == [(s, e) for s, e, _ in _walk(phrases, tokens, start, len(text))]


@pytest.mark.parametrize("word", LONG_WORD_CASES + ["Patients,", "(rituximab),", "Babies'", "CENTRES", "well-known.", "'s"])
def test_familiar_words_read_through_the_bare_word_as_before(word):
    from laylint.readability.counts import _NUMBER, familiar_words, is_familiar
    from laylint.text import bases, fold, hyphen_parts, trim

    bare = trim(fold(word).lower())  # the computation as it was, on the word as written
    parts = [p for p in hyphen_parts(bare) if p]
    if not bare or _NUMBER.match(bare):
        expected = True
    elif len(parts) > 1:
        expected = all(is_familiar(part) for part in parts)
    elif bare in familiar_words():
        expected = True
    elif bare.endswith("'s"):
        expected = is_familiar(bare[:-2])
    else:
        expected = not familiar_words().isdisjoint(bases(bare))
    assert is_familiar(word) is expected


@pytest.mark.parametrize("text", SUMMARIES + TEXTS)
def test_searching_a_span_answers_as_the_full_walk(text):
    phrases = Phrases.flat(["results varied", "few studies", "may", "side effects", "uncertain", "did n't"])
    tokens = Tokens(text)
    for start in range(0, len(text), 5):
        for end in range(start, len(text) + 1, 11):
            assert phrases.search(tokens, start, end) is bool(_walk(phrases, tokens, start, end)), (start, end)


def _count_text_word_by_word(text: str):
    """readability.counts.count_text as it was: counted_words, then a loop adding each word's facts."""
    from laylint.readability.counts import Counts, _chunk_facts

    found = counted_words(text)
    if not found:
        return Counts(), []
    syllables = polysyllables = unfamiliar = letters = characters = 0
    long_words = []
    for word in found:
        count, word_unfamiliar, word_letters, word_characters, long_word = _chunk_facts(word)
        syllables, unfamiliar = syllables + count, unfamiliar + word_unfamiliar
        letters, characters = letters + word_letters, characters + word_characters
        if long_word is not None:
            polysyllables += 1
            long_words.append(long_word)
    return Counts(len(found), 1, syllables, polysyllables, letters, characters, unfamiliar), long_words


COUNTED_EDGES = ["", "   ", "\u2013 \u2014 ... !!", "see www.cochrane.org or ask@nhs.uk \u2013 (2019)",
                 "11% of 1,024 people (95% CI 0.8 to 1.2) \u2014 p<0.05", "Electroencephalography\u2019s "
                 "re-evaluation; ultra-short-acting remifentanil", "I.", "Pneumonia. Bronchiolitis!"]


@pytest.mark.parametrize("text", TEXTS + COUNTED_EDGES)
def test_counts_summed_by_column_are_those_of_the_word_by_word_loop(text):
    assert count_text(text) == _count_text_word_by_word(text)


def test_counts_of_every_corpus_sentence_are_those_of_the_word_by_word_loop():
    import json
    from pathlib import Path

    corpus = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
    with corpus.open(encoding="utf-8") as lines:
        summaries = [json.loads(line)["summary"] for index, line in enumerate(lines) if index % 4 == 0]
    pieces = [piece for summary in summaries for piece in re.split(r"(?<=[.!?])\s+", summary)]
    assert len(pieces) > 1500
    assert [count_text(p) for p in pieces] == [_count_text_word_by_word(p) for p in pieces]
