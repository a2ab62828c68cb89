"""The arms of a count read on its own ("loose": not in an estimate's bracket): the pair its clause compares, the
item of a list it follows, what its studies evaluated, or whether its sentence names the arms at all."""

from __future__ import annotations

import re

from laylint.draft import attribution, names
from laylint.draft.result_arms import _MEASURED
from laylint.draft.model import Fact


def comparing_clause(fact: Fact, arm_names, abbr) -> tuple | None:
    """"three trials comparing immunomodulatory drug (lenalidomide) with placebo/observation in 693
    participants; ...": the arms of the count's own clause."""
    s, at = fact.sentence.text, fact.start - fact.sentence.start
    # a bracket's ";" ends no clause: "Five RCTs (n = 3 European; n = 2 Asian) compared D2 to D1 lymphadenectomy: OS ..."
    masked = re.sub(r"\([^()]*\)", lambda m: "(" + "_" * (len(m.group()) - 2) + ")", s)
    start = max(masked.rfind(";", 0, at), masked.rfind(":", 0, at)) + 1
    end = min([i for i in (masked.find(";", at), masked.find(": ", at), len(s)) if i >= 0])  # ("... compared D3 with D2: data ...")
    clause = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", s[start:end])
    found = re.search(r"\bcompar\w*\s+(?P<a>.+?)\s+(?:with|to|versus|vs\.?|against)\s+(?P<b>.+?)(?:\s+(?:in|among|on|for)\s+\d|[,;.]|$)",
                      clause, re.I)
    if not found:
        return None
    first, second = attribution.add_pair(arm_names, found["a"], found["b"], "a results sentence", abbr)
    return (first, second) if first and second and first != second else None


_FOR_PAIR = re.compile(r"^\s*(?:(?:studies|study|trials?|RCTs?)\s+)?(?:for|of|on|comparing|evaluating|assessing)\s+(?:the\s+)?"
                       r"(?P<a>[^,;]{2,80}?)\s+(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?"
                       r"(?P<b>[^,;]{2,80}?)(?=\s*[,;.]|\s+and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\s*$)", re.I)


def studies_for_pair(fact: Fact, arm_names, abbr) -> tuple | None:
    """"25 studies for serum retinol (SR) versus retinol isotope dilution (RID), 16 studies for SR versus liver
    vitamin A": the pair each count is given for."""
    after = re.sub(r"\s*\([^()]*\)", "", fact.sentence.text[fact.end - fact.sentence.start:])
    found = _FOR_PAIR.match(after)
    if not found:
        return None
    first, second = attribution.add_pair(arm_names, found["a"], found["b"], "a results sentence", abbr)
    return (first, second) if first and second and first != second else None


_NUMBER_WORD = r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
# "ropivacaine with fentanyl": one word with another is a combination's name, not "used X in children"
_COMBINATION = re.compile(r"^[\w-]+\s+(?:with|plus|and)\s+[\w-]+$", re.I)
_OWN = re.compile(r"\s*(?:of\s+the\s+(?:included\s+)?(?:studies|trials)\s+)?(?:(?:studies|trials|RCTs)\s+)?(?:\([^()]*\)\s*)?"
                  r"(?:evaluated|assessed|used|utili[sz]ed|administered|investigated|examined|tested|studied)\s+(?P<x>[^,;.]+?)"
                  r"(?=\s*(?:[,;.]|\band\s+" + _NUMBER_WORD + r"|$))", re.I)
# "one study that assessed antivirals (24 participants)", "One considered the use of isosorbide (220 participants)"
_ASSESSED_BEFORE = re.compile(r"\b(?:assessed|evaluated|examined|investigated|tested|studied|used|considered)\s+(?:the\s+use\s+of\s+)?"
                              r"(?:an?\s+combination\s+of\s+)?(?:the\s+)?(?P<x>[A-Za-z][^,;()]{1,60}?)\s*\(\s*$", re.I)
_OF_ARM = re.compile(r"^(?P<x>[^,;]+?)\s+(?:was|were)\s+(?:investigated|evaluated|assessed|studied|tested|examined)\s+in\s+$", re.I)


def own_arms(fact: Fact, arm_names, abbr) -> tuple | None:
    """"13 evaluated TBI only, one evaluated TSBP only and four evaluated both": the arms of the count's own
    clause; "TBI was investigated in 1927 participants and 2550 limbs": the subject's."""
    s = fact.sentence.text
    found = _OWN.match(s[fact.end - fact.sentence.start:])
    if found:
        named = list(dict.fromkeys(n for _, _, n in attribution.mentions(found["x"], arm_names, abbr)))
    else:
        clause = re.split(r"[;:]\s+|\.\s+", s[:fact.start - fact.sentence.start])[-1]
        clause = re.sub(r"\s+and\s+$", " ", re.sub(r"\d[\d,]*\s+\w+\s+and\s+$", "", clause))
        assessed = _ASSESSED_BEFORE.search(s[:fact.start - fact.sentence.start])
        subject = _OF_ARM.match(clause) or assessed
        named = list(dict.fromkeys(n for _, _, n in attribution.mentions(subject["x"], arm_names, abbr))) if subject else []
        if subject is assessed and assessed and not named and len(assessed["x"].split()) <= 5 \
                and not attribution._is_generic(assessed["x"]) and not names._NOT_ARM.search(assessed["x"]):
            added = arm_names.add(assessed["x"], "a results sentence", abbr)  # "considered the use of isosorbide (220 participants)"
            named = [added] if added else []
    if found:  # "two used computed tomography angiography (CTA) as a reference standard": what those studies used
        plain = re.sub(r"\s+(?:as\s+(?:an?|the)\s+(?:reference|gold)\s+standard|only|alone)$", "", found["x"].strip(), flags=re.I)
        plain = re.sub(r"^(?:an?|the)\s+", "", plain, flags=re.I)
        exact = [n for n in named if names.key(plain) in {names.key(n)} | {names.key(a) for a in arm_names.aliases.get(n, ())}]
        if exact:
            named = exact
        elif any(names.content_words(plain) < names.content_words(n) for n in arm_names.names):
            return None  # "HINTS examination" when the tests are "clinical HINTS examination" and "video-assisted ...": which one?
        elif 1 <= len(plain.split()) <= 5 and not re.search(r"\b(?:in|on|at|for|with|among|of|by|both|either|each|and|or)\b",
                                                            _COMBINATION.sub("", plain), re.I) \
                and not attribution._is_generic(plain):
            added = arm_names.add(plain, "a results sentence", abbr)
            named = [added] if added else named
    if len(named) == 1:
        return named[0], None
    if len(named) == 2 and found and re.search(r"\bboth\b", found["x"], re.I):
        return named[0], named[1]
    return None


# "Included studies investigated A (n = 6 studies; 388 participants), B (n = 13 studies; ...) and C (...)": a list
_LIST_VERB = re.compile(r"\b(?:investigated|evaluated|assessed|examined|tested|studied|used|"  # (not "compared": a pair)
                        # an allocation's arms, each with its people: "randomised participants to X (100 participants) or Y (96 ...)"
                        r"(?:randomi[sz]ed|allocated|assigned)\s+(?:[\w-]+\s+){0,2}?to\s+(?:receive\s+|either\s+)?)\s*", re.I)
_COUNT_LEAD = re.compile(r"^(?:\s*(?:n\s*=\s*)?\d[\d,]*\s+[A-Za-z]+\s*[;,]\s*)*(?:n\s*=\s*)?$", re.I)


def listed_item(fact: Fact, arm_names, abbr) -> str | None:
    """The treatment a listed item names, when the count is in the bracket right after it."""
    s, at = fact.sentence.text, fact.start - fact.sentence.start
    opening = s.rfind("(", 0, at)
    if opening < 0 or ")" in s[opening:at] or not _COUNT_LEAD.match(s[opening + 1:at]):
        return None
    verb = None
    for verb in _LIST_VERB.finditer(s, 0, opening):
        pass
    if verb is None or re.search(r"[.;:]", re.sub(r"\([^()]*\)", "", s[verb.end():opening])):
        return None
    item = re.split(r"\)\s*,?\s*(?:(?:and|or)\s+)?|,\s*(?:(?:and|or)\s+)?", s[verb.end():opening])[-1]
    item = re.sub(r"^(?:the\s+)?(?:(?:use|provision|administration)\s+of\s+)?(?:the\s+|an?\s+)?", "", item.strip(), flags=re.I)
    # ("conducted in the USA (5 studies)": where, not what; every item of the list is a short name)
    if not item or not 1 <= len(item.split()) <= 5 or re.search(r"[()\[\]]|\b(?:in|at|from|on|by|for|with|to|among|than)\b", item, re.I):
        return None
    named = list(dict.fromkeys(n for _, _, n in attribution.mentions(item, arm_names, abbr)))
    if len(named) == 1 and names.content_words(item) <= names.content_words(named[0]) | {"interventions", "intervention"}:
        return named[0]
    if named or names._NOT_ARM.search(item) or attribution._is_generic(item) or _MEASURED.search(item):
        return None
    return arm_names.add(item, "a results sentence", abbr)


def names_arm(fact: Fact, text: str, arm_names, abbr) -> bool:
    """A loose count keeps the arms of its sentence only when the sentence compares them
    ("Eleven RCTs compared combined OCP with placebo")."""
    s = fact.sentence.text
    return bool(re.search(r"\b(?:compar\w*|versus|vs\.?|evaluat\w*|assess\w*|assigned|allocated|randomi[sz]ed|receiv\w*|given|treated)\b", s, re.I)) and \
        bool(attribution.mentions(s, arm_names, abbr))
