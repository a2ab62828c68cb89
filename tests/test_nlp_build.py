"""The blank pipeline built without spaCy's registry (issue #19) is the one spacy.blank("en") plus
add_pipe("sentencizer") builds: same component, settings, meta, config and vectors."""

from __future__ import annotations

import subprocess
import sys

from laylint import nlp


def _reference():
    import spacy

    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    return reference


def test_the_sentencizer_added_directly_is_the_one_add_pipe_makes():
    fresh, trained = nlp._build(nlp.BLANK)
    reference = _reference()
    assert not trained and fresh.pipe_names == reference.pipe_names == ["sentencizer"]
    ours, theirs = fresh.get_pipe("sentencizer"), reference.get_pipe("sentencizer")
    assert type(ours) is type(theirs)
    assert (ours.name, ours.punct_chars, ours.overwrite, ours.scorer) == \
        (theirs.name, theirs.punct_chars, theirs.overwrite, theirs.scorer)
    assert fresh._pipe_meta == reference._pipe_meta
    assert fresh.config["components"] == reference.config["components"]
    assert fresh.config["nlp"] == reference.config["nlp"]


def test_the_vectors_given_directly_are_spacys_default_ones():
    fresh, _ = nlp._build(nlp.BLANK)
    reference = _reference()
    ours, theirs = fresh.vocab.vectors, reference.vocab.vectors
    assert (type(ours), ours.mode, ours.shape, ours.name) == (type(theirs), theirs.mode, theirs.shape, theirs.name)
    assert ours.strings is fresh.vocab.strings


def test_building_the_blank_pipeline_leaves_spacys_registry_unfilled():
    """Filling it imports the Japanese, Korean, Chinese... tokenizers: ~20 ms of every cold start."""
    code = ("from laylint import nlp; nlp.load(); import spacy.registrations as r; "
            "print(r.REGISTRY_POPULATED, nlp.load()[0].pipe_names)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "['sentencizer']"]
