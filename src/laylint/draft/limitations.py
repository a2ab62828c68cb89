"""The limitations an abstract states: reasons for downgrading and weaknesses, as short sentences."""

from __future__ import annotations

import re

from laylint.draft.sections import Layout

CUES = re.compile(
    r"\b(?:risk\s+of\s+bias|high\s+risk|unclear\s+risk|imprecis(?:e|ion)|inconsisten(?:t|cy)|heterogene(?:ity|ous)|indirect(?:ness)?|"
    r"publication\s+bias|few\s+(?:studies|trials|data|participants|events)|small\s+(?:number|sample|studies|trials|size)|"
    r"limited\s+(?:by|evidence|data|number)|limitations?|downgraded|poor(?:ly)?\s+(?:quality|reported|designed)|low\s+quality|"
    r"lack\s+of|scarce|sparse|insufficient|not\s+(?:reported|blinded|assessed|measured)|no\s+(?:studies|trials|data)\s+(?:reported|"
    r"were|on|available)|open-label|unblinded|confounding|selection\s+bias|attrition|immature|short\s+follow-up|"
    r"uncertain|under-represented|underrepresented|could\s+not\s+be\s+(?:achieved|excluded|estimated)|cannot\s+be\s+excluded)\b", re.I)
_SKIP = re.compile(r"\b(?:we\s+(?:searched|used|assessed|rated|will|aim)|two\s+review\s+authors|GRADE\s+(?:approach|criteria|methods)|"
                   r"using\s+(?:the\s+)?(?:Cochrane|GRADE)|risk\s+of\s+bias\s+(?:tool|2)|RoB)\b", re.I)
MAX = 5


def find(lay: Layout) -> list[tuple[str, int]]:
    """(short sentence, abstract offset) for each stated limitation, at most MAX, results first."""
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    order = [s for s in lay.sentences if s.section in ("results", "unstructured")] + \
            [s for s in lay.sentences if s.section == "conclusions"]
    for sentence in order:
        text = sentence.text
        if _SKIP.search(text) or not CUES.search(text):
            continue
        clause = _clause_with_cue(text)
        if not clause or re.search(r"\b(?:RR|OR|MD|HR|SMD|95%\s*CI)\b", clause):
            continue
        short = _shorten(clause)
        key = re.sub(r"\W+", " ", short.lower()).strip()
        if key in seen or len(short.split()) < 3:
            continue
        seen.add(key)
        found.append((short, sentence.start + max(0, text.find(clause[:20]))))
        if len(found) >= MAX:
            break
    return found


def _clause_with_cue(text: str) -> str | None:
    parts = re.split(r";\s+|\s+(?:but|although|however|while|whereas),?\s+|,\s+(?:and\s+)?(?=we\s)", text)
    for part in parts:
        if CUES.search(part):
            return part.strip()
    return None


def _shorten(clause: str) -> str:
    clause = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", clause)
    clause = re.sub(r"^(?:however|overall|importantly|additionally|moreover|furthermore|in\s+addition),?\s+", "", clause, flags=re.I)
    clause = re.sub(r"\s+", " ", clause).strip(" .,;")
    words = clause.split()
    if len(words) > 24:
        clause = " ".join(words[:24]) + " ..."
    return clause[:1].lower() + clause[1:] if clause[:2].isupper() is False else clause
