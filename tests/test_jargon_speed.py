"""The quick paths of the jargon family give what the slow ones give (issue #19)."""

from __future__ import annotations

import pytest

from laylint import config as configuration
from laylint.api import _ruleset
from laylint.jargon import _rare, scan
from laylint.pipeline import Setup, lint
from laylint.pipeline.reading import Input
from laylint.ruleset import resolve_rules

# Written for these tests, across fields: rare words glued to brackets, acronyms at sentence edges, en dashes
TEXTS = [
    "Entecavir and tenofovir are nucleos(t)ide analogues for hepatitis B. Xerostomia (dry mouth) was common.",
    "Children with otitis media with effusion (OME or 'glue ear') had grommets. OME often clears by itself.",
    "Sacubitril-valsartan lowered NT-proBNP in adults with HFrEF. ARNIs (such as sacubitril-valsartan) cost more.",
    "Anti-PD-1 immunotherapy (pembrolizumab) prolonged survival in non-small-cell lung cancer.The PD-L1 test helped.",
    "People on haemodialysis (HD) had less pruritus with difelikefalin; COVID\u201119 delayed two trials.",
    "Nicotine replacement therapy (NRT) and varenicline helped people quit; e-cigarettes (ECs) may help too.",
    "Babies in the J\u2013START trial got surfactant; types A\u2013C of bronchopulmonary dysplasia (BPD) were counted.",
    "Cognitive behavioural therapy (CBT) helped adolescents with PTSD (ongoing stress after a trauma). CBT-E too.",
    "Bordered polyurethane or BPU dressings; inflammatory bowel disease IBD) flared. HbA1c fell in T2DM\u2013CKD.",
    "WHAT WE FOUND: IV iron raised ferritin in CKD stage IV; the hyperkalaemia-related deaths were rare.",
]


def _analysis(text: str):
    ruleset = _ruleset(())
    setup = Setup(resolve_rules(configuration.Config(), ruleset, ["all"], None), ruleset, None)
    data = text.encode()
    return lint(Input("s.md", data, len(data), None, None), setup, keep_analysis=True).analysis


@pytest.mark.parametrize("text", TEXTS)
def test_rare_words_judged_from_the_candidates_are_those_judged_from_every_word(text):
    found = scan(_analysis(text))
    for max_zipf, min_letters in ((2.75, 3), (3.5, 3), (4.5, 2)):
        assert _rare(found, max_zipf, min_letters) == _rare(found, max_zipf, min_letters, found.words)


def test_the_table_has_rare_words_to_find():
    found = [scan(_analysis(text)) for text in TEXTS]
    assert sum(bool(_rare(f, 2.75, 3)) for f in found) >= 6
    assert [r.word for r in _rare(found[0], 2.75, 3)][:2] == ["Entecavir", "tenofovir"]
