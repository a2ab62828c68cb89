"""The arms a title, objective or subheading names ("X versus Y for Z", "X for Z", "Antibiotics (quinolones) versus Y")."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.arm_pairs import _add_keep_dose
from laylint.draft.mentions import mentions, _expand, _is_generic


_TITLE_LEAD = re.compile(r"^(?:(?:the\s+)?(?:effects?|efficacy|effectiveness|safety|benefits?|harms?|comparison|"
                         r"impact|use|role)(?:\s+and\s+(?:safety|harms|effectiveness|efficacy))?\s+of\s+)", re.I)
_TITLE_TAIL = re.compile(r"\s+(?:for|in|on|among|as|to\s+(?:treat|prevent|reduce|improve)|during|after|before|with\s+or\s+without)"
                         r"\s.*$|\s*[:(].*$|,.*$", re.I)


def heading_arms(heading: str | None, arms: N.Arms, abbr) -> tuple[str | None, str | None]:
    """The arms a subheading names: "A versus B", or one arm alone ("Betahistine", "Diuretics")."""
    drug, comparator = _heading_comparison(heading, arms, abbr)
    if drug or not heading or re.search(N.COMPARE, heading, re.I):
        return drug, comparator
    plain = N.clean(heading)
    named = mentions(plain, arms, abbr)
    if len(named) == 1 and named[0][0] == 0 and named[0][1] >= len(plain) - 1 and not _is_generic(named[0][2]):
        return named[0][2], None
    return None, None


# "managing patients with X compared with Y", "treating people with psychosis using X": X is the arm
_PEOPLE = r"(?:patients|people|persons|participants|children|adults|adolescents|women|men|infants|neonates|newborns|babies)"
_MANAGING = (
    re.compile(r"^(?:managing|treating|caring\s+for|supporting)\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE
               + r"\b(?:\s+(?!compared\b|versus\b|vs\b)[\w'-]+){0,8}?\s+(?:using|via|through|by\s+means\s+of)\s+", re.I),
    re.compile(r"^(?:managing|treating|caring\s+for|supporting)\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\s+(?:with|on|in)\s+", re.I),
)


def _from_phrase(phrase: str, where: str, add_pair, arms: N.Arms, abbr: dict, heading: bool = False):
    phrase = _TITLE_LEAD.sub("", phrase.strip())
    phrase = re.sub(r"^(?:(?:new|long-term|short-term|current|regular|prior|any|chronic|prolonged|routine)\s+)?use\s+of\s+"
                    r"|^exposure\s+to\s+(?:the\s+)?", "", phrase, flags=re.I)  # "new use of gabapentinoids": the drug
    for managing in _MANAGING:
        if managing.match(phrase):
            phrase = managing.sub("", phrase, count=1)
            break
    parts = re.split(N.COMPARE, phrase, maxsplit=1, flags=re.I)
    if len(parts) == 2:
        left = parts[0]
        right = parts[1] if heading else _TITLE_TAIL.sub("", parts[1])
        right = re.sub(r"\s+(?:on|in|for)\s+.*$", "", right) if not heading else right
        left = re.sub(r"^(?:whether\s+)?", "", left)
        left = re.sub(r"\s+(?:is|was|are|were)\s+(?:more|less|as)\s+(?:effective|safe|beneficial).*$", "", left)
        add_pair(left, right, where)
        return
    alone = re.match(r"^(?P<x>.+?)\s+(?:use\b|for\b|in\b|to\s+(?:treat|prevent|reduce|improve|increase|accelerate|promote|support|"
                     r"enhance|facilitate|manage|relieve|shorten|induce|encourage)\b|and\s+(?:the\s+)?risk\b|"
                     r"during\b|after\b|among\b|on\b|versus\b|reduces\b|improves\b|increases\b|is\b|was\b)", phrase, re.I)
    treated = re.search(r"\b(?:treated\s+with|receiving|exposed\s+to|users\s+of|taking)\b", phrase, re.I)
    if alone and not heading and len(alone["x"].split()) <= 7 and not treated:
        candidate = re.sub(r"^(?:daily|regular|routine|early)\s+", "", alone["x"], flags=re.I)
        candidate = re.sub(r"\s+and\s+(?:[\w-]+\s+){0,3}(?:outcomes?|risks?|mortality|events?|infections?|survival|complications|"
                           r"harms?|effects?|safety)$", "", candidate, flags=re.I)
        tests = re.fullmatch(r"(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+)", candidate) if _DIAGNOSIS.search(phrase) else None
        if tests:  # "Toe-brachial index and toe systolic blood pressure for the diagnosis of PAD": two tests
            for test in (tests["a"], tests["b"]):
                _add_keep_dose(arms, test, where, abbr)
        elif not re.search(r"\b(?:and|or)\s+(?:infections?|risk|outcomes?)\b", candidate, re.I):
            arms.add(N.clean(candidate), where, abbr)


_DIAGNOSIS = re.compile(r"\b(?:for|in)\s+(?:the\s+)?(?:diagnos\w*|detect\w*|identif\w*|ruling\s+(?:in|out)|rule\s+out|"
                        r"screening\s+(?:for|of))\b|\bdiagnostic\s+(?:test\s+)?accuracy\b", re.I)
_HEADING_POPULATION = re.compile(r"\s+(?:in|among|for)\s+(?:[\w-]+\s+){0,3}?(?:people|persons|participants|patients|adults|children|"
                                 r"adolescents|women|men|infants|neonates|newborns|babies|girls|boys|individuals)\b.*$", re.I)


def _known(arms: N.Arms, side: str, abbr) -> bool:
    """The words before a heading's bracket are an arm another comparison heading named already."""
    wanted = N.key(N.canonical(N.clean(_expand(N.clean(side), abbr))))
    return bool(wanted) and any(N.key(n) == wanted and arms.sources.get(n) == "a subheading" for n in arms.names)


def _specific(side: str) -> str:
    """"Topical antibiotics (quinolones)" -> "quinolones": a heading's bracket names the arm exactly,
    unless it lists several ("(quinolones or aminoglycosides)")."""
    side = re.sub(r"^\s*(?:\d+[.)]|[a-z][.)])\s*", "", side)
    side = _HEADING_POPULATION.sub("", side)  # "bevacizumab in people with recurrent GBM": who, not what
    found = re.search(r"[(\[](?P<x>[^()\[\]]+)[)\]]\s*$", side.strip())
    if found and not re.search(r"\bor\b|,|\band\b|\be\.g\.|\bincluding\b|^\s*(?:with|without|using|via|by|plus|at|in|on|for)\b", found["x"]) and len(found["x"].split()) <= 4 \
            and not re.fullmatch(r"[A-Z0-9-]{2,8}s?", found["x"].strip()):
        return found["x"]
    return side


def _heading_comparison(heading: str | None, arms: N.Arms, abbr) -> tuple[str | None, str | None]:
    if not heading or not re.search(N.COMPARE, heading, re.I):
        return None, None
    left, right = re.split(N.COMPARE, heading, maxsplit=1, flags=re.I)
    left, right = left.split(":")[0], right
    left, right = (side if _known(arms, side, abbr) else _specific(side) for side in (left, right))
    return arms.find(_expand(N.clean(left), abbr)) or arms.find(N.clean(left)), arms.find(_expand(N.clean(right), abbr)) or arms.find(N.clean(right))
