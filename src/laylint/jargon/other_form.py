"""Was a one-word term explained earlier in another form of its word? (issue #16, round 36t)

  "sedation (medicine to keep them calm)" ... "other sedatives"
  "thrombolysis – medicine that dissolves the clot" ... "different thrombolytic approaches"

The reader was told what the word means; its adjective or noun met later needs no second explanation. The earlier
form must be a lexicon term itself (a word that needs explaining: not "respirators" for "respiratory", "clinics" for
"clinicians"), explained where it stands (jargon.explain), and a form of the same word (jargon.same_word: a shared
stem with short endings, so "cardiovascular" is no form of "cardiomyopathy"), and not a new word made by a medical
suffix: "esophagitis (inflammation of the food pipe)" does not explain "esophagus", nor "polypectomy" "polyp". Merely
using another form earlier does not count: "sedation" unexplained and unreported (a short heading) leaves
"sedatives" reported.

Round 36u: a form already REPORTED counts too ("neonatal" reported, then "Neonates"): the writer told once about a
word family needs no second message (reported_in_another_form). The same tests of one word apply."""

from __future__ import annotations

_OPENING = 5  # letters two forms of one word share at least (jargon.same_word)
# Endings that make a new medical word from a stem (a disease, an operation, a test), not another form of it; the
# plural beside the singular
_NEW_WORD_SUFFIXES = {ending: group for group in (
    "itis itides", "ectomy ectomies", "otomy otomies", "ostomy ostomies", "oscopy oscopies", "oscope oscopes",
    "osis oses", "ology ologies", "ologist ologists", "algia algias", "aemia aemias", "emia emias", "oma omas omata",
    "plasty plasties", "pathy pathies", "uria", "genesis", "plegia") for ending in group.split()}

_LONGEST_FIRST = sorted(_NEW_WORD_SUFFIXES, key=len, reverse=True)


def _suffix(word: str) -> str:
    """The new-word ending's group ("osis oses"), or "" for none; the longest ending first ("aemia" before "emia")."""
    return next((_NEW_WORD_SUFFIXES[e] for e in _LONGEST_FIRST if word.endswith(e)), "")


def explained_in_another_form(found, match, earlier) -> bool:
    """`earlier`: the terms met before it (jargon.scan's matches, in text order)."""
    return any(_another_form(found, match, use) and found.explained(use.start, use.end)
               and not _asked(found, use.start) for use in earlier)


def reported_in_another_form(found, match, reported) -> bool:
    """`reported`: the terms this rule has reported so far, in text order ("neonatal" ... "Neonates")."""
    return any(_another_form(found, match, use) for use in reported)


def _another_form(found, match, use) -> bool:
    """Is `use` another one-word form of the term's word, not a new word made by a medical suffix?"""
    from laylint.jargon import same_word
    from laylint.text import fold

    written = found.text[match.start:match.end]
    if not written.isalpha() or len(written) <= _OPENING:
        return False  # one plain word: not "follow-up" (its verb is jargon_term's test), not a phrase
    own = fold(written).lower()
    other = found.text[use.start:use.end]
    if use.key == match.key or not other.isalpha() or fold(other).lower()[:_OPENING] != own[:_OPENING]:
        return False
    return _suffix(fold(other).lower()) == _suffix(own) and same_word(other, written)


def _asked(found, start: int) -> bool:
    """Is the word in a question ("What is sucrose analgesia?")? Asking what it is does not tell the reader."""
    sentence_start, sentence_end = found.sentence_bounds(start)
    return found.text[sentence_start:sentence_end].rstrip().endswith("?")
