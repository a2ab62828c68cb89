"""words() reads an ASCII text with ASCII classes, and fold() returns an ASCII text as it is (issue #19, speed round
U): the same words and the same folded text as the general computations give."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from laylint.text.words import WORD, words

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"

SENTENCES = [
    "Adults with heart failure (HFrEF) who took sacubitril-valsartan had fewer hospital stays (RR 0.84).",
    "Anti-PD-1 immunotherapy probably prolongs survival in non-small-cell lung cancer; it didn't cut side effects.",
    "We're uncertain whether ivermectin reduces deaths from COVID-19 (very low-certainty evidence).",
    "Children's asthma wasn't better with inhaled steroids -- results varied across 12 studies, 3,402 children.",
    "Nicotine-replacement therapy (NRT) may help people stop smoking for 6 months or longer: 17% vs 10%.",
    "People on haemodialysis may have less itching; it's unclear if the effect lasts beyond week_12.",
    "Cognitive-behavioural therapy for depression: few studies, small, and at high risk of bias - can't say.",
    "Antibiotics for urinary-tract infections (UTIs) in babies/toddlers: results couldn't be pooled.",
    "Statins lowered LDL-cholesterol by 1.2 mmol/L; the patients' own reports (n=340) agreed.",
    "Kidney (renal) outcomes: eGFR fell less with SGLT2-inhibitors -- 'probably' a real benefit.",
    "don't n't nt' -x- x- -x 9-a a-9 a'b 'a a' a''b a--b __init__ a_b \x1c\x1d\x1e\x1f\x0b\x0c tab\there",
]


def _plain_words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_ascii_sentences_read_as_the_general_patterns_read_them(text):
    assert text.isascii()
    for variant in (text, text.lower(), text.upper()):
        assert words(variant) == _plain_words(variant)


def test_a_non_ascii_text_still_reads_curly_apostrophes_and_typographic_hyphens():
    text = "Crohn\u2019s disease and COVID\u201119 vaccines: patients didn\u2019t relapse"
    assert [w for _, _, w in words(text)] == ["Crohn\u2019s", "disease", "and", "COVID\u201119", "vaccines", "patients",
                                             "didn\u2019t", "relapse"]


def test_every_devaraj_summary_reads_the_same():
    texts = [json.loads(line)["summary"] for line in CORPUS.open(encoding="utf-8")]
    assert sum(text.isascii() for text in texts) > len(texts) // 2  # the fast path is what this corpus takes
    for text in texts:
        assert words(text) == _plain_words(text)


def test_random_ascii_strings_read_the_same():
    alphabet = "ab Z9_-'\n\t\x1c\x1f\x0b.,;()%/" + "n't "
    generator = random.Random(19)
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randrange(0, 40)))
        if generator.random() < 0.3:
            text += "n't"
        assert words(text) == _plain_words(text), repr(text)


@pytest.mark.parametrize("text", SENTENCES + [
    "Haemodialysis\u2011related itching eased\u00a0in 3 of 5 trials; patients\u2019 sleep improved",
    "Pre\u2010term babies given caffeine\u202fhad fewer apnoea episodes (\u2018probably\u2019)",
    "",
])
def test_fold_of_any_text_is_the_translation_table_s(text):
    from laylint.text.forms import _FOLD, fold

    assert fold(text) == text.translate(_FOLD)


def test_fold_changes_only_characters_outside_ascii():
    from laylint.text.forms import _FOLD

    assert _FOLD and all(code > 127 for code in _FOLD)  # what lets fold() return an ASCII text as it is
