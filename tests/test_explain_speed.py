"""jargon.explain's shortcuts (issue #19) answer as the full patterns do: the patterns anchored at the term
search only the last few chunks of the text before it, and the patterns that need a bracket, a comma or a
colon are tried only when the text after the term holds one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.jargon import explain, scan
from laylint.jargon.explain import _tail
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

# Written for these tests, across fields: cue phrases and class words well before the term, glosses after it
SENTENCES = [
    "Children with asthma were given drugs called inhaled corticosteroids (ICS) and long-acting beta agonists.",
    "People who smoke tried a medicine known as varenicline, a tablet that eases cravings, for twelve weeks.",
    "Women with breast cancer got aromatase inhibitors: medicines that lower oestrogen in the body.",
    "In kidney disease, haemodialysis \u2013 cleaning the blood by machine \u2013 was compared with peritoneal dialysis.",
    "Adults with depression had cognitive behavioural therapy, which means talking about thoughts and actions.",
    "Babies born preterm received surfactant (a liquid that helps the lungs open) soon after birth.",
    "Antibiotics such as amoxicillin, azithromycin and the newer medicine called   \"cefixime\" treated otitis media.",
    "People with HIV took a type of medicine called an integrase inhibitor, or INSTI, with other antiretrovirals.",
    "The trials used a so-called \u201ccore outcome set\u201d \u2010 a list of things every trial should measure.",
    "Heart failure patients took the drug sacubitril, the medicine that replaced enalapril in the trials.",
    "We looked at statins, drugs used to lower cholesterol, known in some trials as HMG-CoA reductase inhibitors.",
    "Teenagers with anxiety used an app known as\n\nMindShift, or a booklet of tips: short and free.",
    "Sleepiness in adults with sleep apnoea was measured on the Epworth Sleepiness Scale (ESS): a short questionnaire.",
    "Older adults at risk of falls did tai chi (a slow exercise from China) or took vitamin D tablets.",
]


def _found():
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = b"# Summary\n\nAspirin helped.\n"
    return scan(lint(Input("s.md", data, len(data), None, None), setup, run_checks=False).analysis)


def _explainer():
    return _found().explainer


def _texts(count: int = 120) -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        return SENTENCES + [json.loads(line)["summary"] for line, _ in zip(lines, range(count))]


def _questions(text: str):
    """Every word of every line as a term, each way of asking."""
    for line in re.finditer(r"[^\n]+", text):
        for word in re.finditer(r"\w[\w-]*", line.group()):
            for in_brackets, by_class in ((True, True), (False, "intro"), (True, False)):
                yield text, line.start() + word.start(), line.start() + word.end(), line.start(), line.end(), \
                    in_brackets, by_class


@pytest.mark.parametrize(("text", "chunks", "tail"), [
    ("drugs called inhaled", 2, "called inhaled"),
    ("drugs called inhaled ", 2, "called inhaled "),  # blanks after the last chunk stay
    ("  drugs\u00a0called\n\ninhaled", 2, "called\n\ninhaled"),  # any blank separates, as \s does
    ("inhaled", 3, "inhaled"),  # fewer chunks than asked: the whole text
    ("a medicine known as", 4, "a medicine known as"),
    ("", 2, ""),
])
def test_tail_keeps_the_last_chunks(text, chunks, tail):
    assert _tail(text, chunks) == tail


def test_tail_starts_where_a_word_boundary_is_what_it_was():
    pattern = re.compile(r"\bcalled\s+\w+$")
    for text in ("so-called inhaled", "xcalled inhaled", "drugs called inhaled", "drugs (called inhaled"):
        assert bool(pattern.search(_tail(text, 2))) == bool(pattern.search(text)), text


def test_the_answers_are_the_full_patterns(monkeypatch):
    """Every word of the texts as a term, asked each way: the same answer as searching the whole text before
    it (the tail made the identity)."""
    explainer = _explainer()
    questions = [question for text in _texts(30) for question in _questions(text)]
    fast = [explainer.explained(*question[:5], in_brackets=question[5], by_class=question[6]) for question in questions]
    monkeypatch.setattr(explain, "_tail", lambda text, chunks: text)
    full = [explainer.explained(*question[:5], in_brackets=question[5], by_class=question[6]) for question in questions]
    assert len(questions) > 15_000 and sum(full) > 500  # many questions, many of them explained
    assert fast == full


@pytest.mark.parametrize(("pattern", "mark"), [
    (explain._OPEN_AFTER, "("), (explain._NAME_THEN_ABBREVIATION, "("), (explain._BRACKET_GLOSS_AFTER, "("),
    (explain._THE_APPOSITION, ","), (explain._APPOSITION, ","), (explain._COLON_DEFINITION, ":"),
    (explain._COLON_LIST, ":"),
])
def test_a_pattern_tried_only_with_its_mark_needs_it(pattern, mark):
    """What makes skipping it safe: no match of the pattern lacks the mark (texts where it matches often)."""
    matched = [found.group() for text in _texts(80) for at in range(len(text))
               if (found := pattern.match(text, at)) and found.end() > at]
    assert len(matched) >= 5
    assert all(mark in text for text in matched)


def _befores(count: int = 60) -> list[str]:
    """The text before every word of the texts, as `explained` cuts it."""
    return [text[max(0, word.start() - explain._REACH):word.start()] for text in _texts(count)
            for word in re.finditer(r"\w[\w-]*", text)]


def test_the_class_patterns_match_as_the_sorted_list_did():
    """`class_before` with its names as a trie finds what the names sorted longest first found; the quick
    test on a lowercased ASCII text answers as re.I does."""
    found = _found()
    explainer, classes = found.explainer, found.lexicon.classes
    names = "|".join(re.escape(c) for c in sorted(classes, key=len, reverse=True))
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(explain.CLASS_INTRO, key=len, reverse=True))
    listed = re.compile(rf"\b(?:{names})(?:e?s)?\b[^.;!?]{{0,80}}?(?:\b(?:{cues})(?:,|:)?\s+|\s*[:\u2014\u2013(]\s*)",
                        re.I)
    befores = _befores() + ["Children took ANTIBIOTICS such as ", "the Blood Pressure Medicines called ",
                            "drugs (", "a medicine, usually ", "Painkillers were "]
    found = [[m.span() for m in explainer.class_before.finditer(text)] for text in befores]
    assert sum(map(bool, found)) > 100
    assert found == [[m.span() for m in listed.finditer(text)] for text in befores]
    quick = [bool(explainer.ascii_class_word.search(text.lower())) for text in befores if text.isascii()]
    assert sum(quick) > 100
    assert quick == [bool(explainer.class_word.search(text)) for text in befores if text.isascii()]


def test_no_quick_test_for_class_words_beyond_ascii():
    assert explain._ascii_class_word(["medicine", "m\u00e9dicament"]) is None
    assert explain._ascii_class_word(["medicine"]).search("a medicine called")
