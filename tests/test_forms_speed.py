"""Word forms computed faster must be the same forms (issue #19, speed round M): `_spellings` skips a phrase
holding none of the letters a respelling needs, and `_undo` tries only the endings a word may end with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laylint.text import forms
from laylint.text.forms import _BRITISH, _DOUBLED, _INFLECTIONS, _PLURAL_ENDINGS, bases, singulars

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


def _plain_spellings(phrase: str) -> frozenset[str]:
    """_spellings as it was, with every regex tried on every form."""
    forms_ = {phrase, forms._IZE.sub(r"is\1", phrase), forms._ISE.sub(r"iz\1", phrase)}
    forms_ |= {forms._EMIA.sub("aemia", f) for f in list(forms_)} | {forms._AEMIA.sub("emia", f) for f in list(forms_)}
    for pattern, american, _ in _BRITISH:
        forms_ |= {pattern.sub(american, f) for f in list(forms_)}
    return frozenset(forms_)


def _plain_undo(word: str, endings) -> frozenset[str]:
    found = {word} | {word[: -len(ending)] + base for ending, base in endings
                      if word.endswith(ending) and len(word) > len(ending) + 1 and not word.endswith("ss")}
    found |= {form[:-1] for form in found if form != word and _DOUBLED.search(form)}
    return frozenset(spelling for form in found for spelling in _plain_spellings(form))


# cardiology, oncology, infectious disease, mental health, paediatrics, smoking cessation, renal, anaesthesia...
WORDS = ["haemorrhages", "oedematous", "tumours", "titres", "randomised", "randomized", "anaemia", "anemic",
         "leukaemias", "hyperkalaemia", "organisations", "behaviours", "centres", "stopped", "clotting", "babies",
         "tried", "easier", "easiest", "hoped", "smokers", "quitting", "dialysis", "haemodialysis", "foetus",
         "paediatric", "oesophageal", "colour", "fibre", "metre", "analyses", "diagnoses", "stress", "bus", "is",
         "izes", "emia", "aemia", "ae", "oe", "our", "tre", "s", "", "ss", "ies", "ied", "naïve", "patients'",
         "vaccinated", "ischaemic", "manoeuvre", "anaesthetised", "oestrogen", "septicaemia", "glycaemic"]


@pytest.mark.parametrize("word", WORDS)
def test_forms_of_medical_words_are_unchanged(word):
    assert forms._spellings(word) == _plain_spellings(word)
    assert forms._undo(word, _INFLECTIONS) == _plain_undo(word, _INFLECTIONS)
    assert forms._undo(word, _PLURAL_ENDINGS) == _plain_undo(word, _PLURAL_ENDINGS)


def test_forms_of_every_word_of_the_devaraj_summaries_are_unchanged():
    from laylint.text import words

    seen = set()
    for line in CORPUS.open(encoding="utf-8"):
        seen |= {word.lower() for _, _, word in words(json.loads(line)["summary"])}
    assert len(seen) > 5000
    for word in sorted(seen):
        assert bases(word) == _plain_undo(forms.fold(word).lower(), _INFLECTIONS), word
        assert singulars(word) == _plain_undo(forms.fold(word).lower(), _PLURAL_ENDINGS), word
