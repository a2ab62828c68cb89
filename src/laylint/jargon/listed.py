"""Does a general study word name what it covers right after it, with a verb and a list? "The outcomes we looked
at were pain, function and sleep", "Important outcomes were blood pressure and strokes", "outcomes, which included
deaths and hospital stays" (README-independent-29a). The list says what the word means in this summary.
Not a statement about them: "The outcomes were similar in both groups and ..." stays reported."""

from __future__ import annotations

import re

# The word, maybe a short relative clause ("that we measured", "we looked at", "the trials reported"), a verb that
# introduces what they were, then the list
_LIST_INTRO = re.compile(
    # "of interest" or whose they were: "The outcomes of interest included X, Y and Z", "The outcomes of this review were"
    r"(?:\s+(?:of\s+(?:(?:most|main|special|particular)\s+)?interest|of\s+(?:this|the|our|these)\s+(?:review|study|trials?|studies)))?"
    r"(?:,?\s+(?:that\s+|which\s+)?(?:we|they|the\s+(?:studies|study|trials|trial|review|authors|researchers))"
    r"\s+(?:measured|assessed|looked\s+at|examined|studied|compared|reported|considered|chose|included|tested|"
    r"were\s+interested\s+in|focused\s+on))?"
    r",?\s+(?:which\s+|that\s+)?(?:were|are|included|include|includes)\s*:?\s+", re.I)
# A first word that makes a statement about them, not a list of them
_NOT_A_LIST_START = frozenset(
    "similar better worse poor good mixed unclear uncertain inconsistent different the same not no all both "
    "mostly measured reported assessed recorded collected improved reduced increased unchanged affected also "
    "often usually generally only rarely more less likely unlikely at in on for from by with after before "
    "during between it they we there this these those".split())
# The list ends with its clause: "outcomes which included death and pain, we could not ..."
_CLAUSE_END = re.compile(r"[.;:!?()]|,\s+(?=(?:we|they|there|it|this|these|but|so|although|because|which|who|as|while)\b)",
                         re.I)
_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_VERBS = frozenset("may might can could will would did does do is are was were had has have be been died showed "
                   "found made reported improved reduced increased".split())
_ITEM_WORDS = 8  # "time to first request for a painkiller"
# a participle or an adjective saying how they were: "were delivered by ...", "were largely ...", "were harmful"
_DESCRIBING_ENDING = re.compile(r"(?:ed|ly|ful|able|ible|ous)$")


def lists_after(text: str, end: int, sentence_end: int, included_only: bool = False) -> bool:
    """Is the word ending at `end` followed by a verb ("were", "included") and a list of two or more short
    items, each a name (no verb), up to the end of the clause? `included_only`: only after "included" (for
    "interventions", which "were" often describes: "were cheap and easy to give")."""
    intro = _LIST_INTRO.match(text, end, sentence_end)
    if not intro or included_only and "includ" not in intro.group().lower():
        return False
    rest = _CLAUSE_END.split(text[intro.end():sentence_end], maxsplit=1)[0]
    words = rest.split()
    first = words[0].lower().strip(",") if words else ""
    if not first or first in _NOT_A_LIST_START or _DESCRIBING_ENDING.search(first):
        return False
    items = [item.split() for item in _SEPARATOR.split(rest.strip()) if item.strip()]
    return len(items) >= 2 and all(len(item) <= _ITEM_WORDS and not _VERBS.intersection(w.lower() for w in item)
                                   for item in items)
