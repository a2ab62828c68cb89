"""A gene, protein, cell or molecule code named by its class noun (issue #16, rounds 21 and 27): "the enzyme AMPK",
"the ClpXP protease", "CD4, the cellular surface receptor", "genes such as BRCA1". One reader for jargon/acronym."""

from __future__ import annotations

import re
from functools import lru_cache

from laylint.jargon.explain import only_list_items


# --- a code named by its class noun (issue #16, rounds 21 and 27) ---------------------------------------------------
# The class nouns are the abbreviations lexicon's `code_classes` (rules/lexicons/abbreviations.yaml): lab-biology
# nouns that say what a gene, protein, cell or molecule code is. Lower case: "PROTEIN KINASE1" in capitals is a name.
# Words that do not describe the code between it and a class noun after it: "mRNAs into proteins", "TNF binds the
# receptor" (the class belongs to another noun phrase)
_NOT_BETWEEN = (r"(?!(?:into|onto|and|or|nor|but|to|of|in|on|at|by|for|with|from|as|than|that|which|who|is|are|was|"
                r"were|be|been|has|have|had|the|a|an|its|their|this|these|those|not|no|binds?|makes?|activates?|"
                r"blocks?|inhibits?|targets?|encodes?|controls?|regulates?|causes?|levels?|counts?)\b)")
_NOT_RELATIONAL = r"(?![a-z\u2010\u2011-]*(?:ed|ing|like|ent|ible|able|free|null|rich|specific)\b)"
# other codes sharing the class noun after them: "CBP and p300 proteins", "TBK1, IKKe or NAP1 kinases"
_CODE = r"[A-Za-z0-9][\w\u2010\u2011'+-]*[A-Z0-9][\w\u2010\u2011'+-]*"
_MORE_CODES = rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/)\s*{_CODE})*"
_MARKER = r"(?:\^?[+\u207a\u2212\u207b])?"  # "CD4+ T-cells", "CD8\u2212 T cells" (README-independent-24)
# its class, then a colon or a cue, then a list: "regulatory proteins in Caulobacter: CtrA, GcrA", "genes such as
# BRCA1 and BRCA2", "cytokines, including TNF and IL-6", "two proteins called NS1 and NS2"
_LIST_CUE = (r"(?:\s+(?:in|of|from)\s+[\w\u2010\u2011-]+(?:\s+[\w\u2010\u2011-]+)?)?"
             r"\s*(?::|,?\s+(?:such\s+as|including|called|named|namely|like|e\.g\.,?))\s+")
# codes only, joined as a list, between a class noun and this code: "the coactivators CBP and p300", "kinases TBK1/IKKe"
_CODE_ITEMS = re.compile(r"(?:\s*[A-Za-z0-9][\w\u2010\u2011'+-]*[A-Z0-9][\w\u2010\u2011'+-]*"
                         r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/))*\s*$")


@lru_cache(maxsize=8)
def _class_patterns(classes: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The patterns around a code for the class nouns `classes` (a pattern source, group 1 the noun)."""
    # right before, maybe with a comma or "namely": "the secreted pseudokinase ROP5", "a regulated kinase, LATS1",
    # "ion channel 5-HT3A" (the code's leading digit is not read as part of it)
    # or its bracket: "a channel (TRPV4)"
    before = re.compile(rf"{classes}\s*(?:,\s*(?:namely\s+|called\s+|named\s+)?|\s+(?:namely|called|named)\s+|\(\s*)?"
                        rf"(?:\d+[\u2010\u2011-])?$")
    # after it, up to three describing words between: "the ClpXP protease", "primary CD4+ lymphocytes", "the IL-7
    # cytokine", "a PX-domain only sorting nexin", "( AtDAO1) enzyme"; or heading an appositive: "CD4, the cellular
    # surface receptor"
    # the first word between is not relational: "ATP-dependent protease", "IL-6 producing macrophages" name
    # something the code acts in, not the code
    after = re.compile(rf"{_MARKER}{_MORE_CODES}(?:\s*\))?(?:[\s\u2010\u2011-]+{_NOT_BETWEEN}{_NOT_RELATIONAL}[a-z][a-z\u2010\u2011-]*"
                       rf"(?:\s+{_NOT_BETWEEN}[a-z][a-z\u2010\u2011-]*){{0,2}}?)?[\s\u2010\u2011-]+{classes}")
    apposed = re.compile(rf"{_MARKER}\s*(?:,|\(|\u2013|\u2014|\s-)\s*(?:the|a|an|one|two)\s+"
                         rf"(?:{_NOT_BETWEEN}[a-z][a-z\u2010\u2011-]*\s+){{0,3}}?{classes}")
    listed = re.compile(rf"{classes}{_LIST_CUE}", re.I)
    return before, after, apposed, listed


def _substrate(before: str, found: re.Match) -> bool:
    """An enzyme noun right after a code without an article before it names the enzyme by what it acts on: "ATP
    synthase", "NADPH oxidase" say nothing of what ATP is; "the ClpXP protease" is the protease."""
    return found.group(1).rstrip("s").endswith("ase") and not re.search(r"\b(?:the|a|an|this|that|its)\s+$", before, re.I)


# "ESRRA, which encodes a regulator": a gene glossed by what it encodes
_ENCODES = re.compile(r"\s*,\s*(?:which|that)\s+(?:encodes|codes\s+for)\b")


def named_by_code_class(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                        classes: str) -> bool:
    """Is the code at [start, end) named by its class noun on either side, as the head of an appositive, or listed
    after it ("the enzyme AMPK", "the AMPK enzyme", "CD4, the cellular surface receptor", "genes such as BRCA1 and
    BRCA2", "the coactivators CBP and p300")? The reader learns what it is; its letters would not help. `classes`:
    the source of a pattern of class nouns (jargon.lexicon.code_classes)."""
    before = text[max(sentence_start, start - 120):start]
    if re.search(r"\banti[\u2010\u2011-]$", before, re.I):
        return False  # "an anti-CD52 antibody": the class names what acts on the code, not the code
    code = text[start:end]
    # an initialism (capitals only) may spell its class; a gene's name (ClpXP, ROP5) is no initialism
    letters = [c for c in code if c.isalpha()] if code.rstrip("s").isalpha() and code.rstrip("s").isupper() else []
    def spelled(found: re.Match) -> bool:  # the code spells its class: "JAK kinase" is Janus kinase, "the protein
        noun = found.group("head") or found.group("whole") or found.group("before_only")  # CRP" C-reactive protein: still unexplained; a longer
        return bool(letters) and noun[0].lower() == letters[-1].lower()  # noun says more ("pseudokinase ROP5")
    right_before, right_after, apposed, listed = _class_patterns(classes)
    tail = before[-60:]
    found = right_before.search(tail)
    if found and not spelled(found):
        return True
    # codes listed right after a plural class noun ("the coactivators CBP and p300") or a slash pair after any
    items = _CODE_ITEMS.search(tail)
    if items and items.start() < len(tail):
        found = right_before.search(tail, 0, items.start())
        listed_codes = tail[items.start():]
        alternates = "/" in listed_codes and not re.search(r",|\band\b|\bor\b", listed_codes)  # "area, V3B/KO"
        if found and not spelled(found) and (found.group(1).endswith("s") or alternates):
            return True
    reach = min(sentence_end, end + 80)
    for pattern in (right_after, apposed):
        found = pattern.match(text, end, reach)
        if found and not found.group("before_only") and not spelled(found) and not (
                pattern is right_after and _substrate(before, found)):
            return True
    if _ENCODES.match(text, end, reach):
        return True
    return any(not m.group("before_only") and only_list_items(before[m.end():]) for m in listed.finditer(before))
