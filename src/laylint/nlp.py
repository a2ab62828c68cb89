"""The spaCy pipeline: built once per process, only when a document actually needs it.

Default: spacy.blank("en") + sentencizer, which needs no download. A trained pipeline
(config `nlp: en_core_web_sm`) is optional; when it is not installed we fall back to the blank
one and rules that declare `needs: [trained]` are skipped with one notice.
"""

from __future__ import annotations

BLANK = "blank"
_pipelines: dict = {}  # the only process-wide state: name -> loaded Language

# Abbreviations that must not end a sentence; spaCy's English exceptions already cover many (e.g., i.e., Dr.).
_ABBREVIATIONS = ("approx.", "vs.", "Fig.", "fig.", "et al.", "al.", "ca.", "cf.", "no.", "No.", "vol.", "resp.", "incl.", "Ref.", "Prof.")

_UNIT_LETTERS = ("g.", "l.", "m.", "s.", "h.")


def load(name: str | None = None):
    """Return (nlp, trained) for a pipeline name; cached per process."""
    key = name or BLANK
    if key not in _pipelines:
        _pipelines[key] = _build(key)
    return _pipelines[key]


def _build(name: str):
    import spacy
    from spacy.symbols import ORTH

    trained = False
    if name != BLANK:
        try:
            nlp = spacy.load(name)
            trained = True
        except (OSError, ImportError):
            nlp = spacy.blank("en")
    else:
        nlp = spacy.blank("en")
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
    for abbreviation in _ABBREVIATIONS:
        if " " not in abbreviation:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # spaCy keeps every "x." together; unit letters end sentences ("fell by 178 g. Next...").
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _UNIT_LETTERS}
    # ...and so does a full stop after a code such as "type 1A."
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(list(nlp.Defaults.suffixes) + [r"(?<=[0-9][A-Z])\."]).search
    return nlp, trained


def is_available(name: str | None) -> bool:
    return load(name)[1] or (name or BLANK) == BLANK
