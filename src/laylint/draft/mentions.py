"""Where a sentence names an arm: one regex over every form of every arm (aliases, short forms, generic
controls), and whether a mention is the comparator."""

from __future__ import annotations

import re

from laylint.draft import names as N


def _expand(phrase: str | None, abbr: dict[str, str]) -> str:
    return N.expand(phrase, abbr)


_MATCHERS: dict = {}


def _matcher(arms: N.Arms):
    """One regex for every form of every arm (longest first), built once per set of arms."""
    signature = tuple((name, tuple(sorted(arms.aliases.get(name, ())))) for name in arms.names)
    if signature in _MATCHERS:
        return _MATCHERS[signature]
    forms: list[tuple[str, str]] = []
    for name in arms.names:
        forms.append((name, name))
        forms.extend((alias, name) for alias in arms.aliases.get(name, ()))
        short = N.strip_doses(name)
        if short != name:
            forms.append((short, name))
        for alias in arms.aliases.get(name, ()):
            if re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z]s", alias):  # "PPIs" also names "PPI"
                forms.append((alias[:-1], name))
    for form, name in list(forms):  # the title's "nurse-led clinics" is written "a nurse-led clinic" too
        last = form.split()[-1] if form.split() else ""
        if not last.isupper() and N._singular(last.lower()) != last.lower() and last.lower().endswith("s") and len(last) > 4:
            forms.append((form[:len(form) - len(last)] + last[:len(N._singular(last.lower()))], name))
    for generic in N.GENERIC_ARMS:
        forms.append((generic, arms.find(generic) or generic))
    forms.extend(_partial_forms(arms))
    seen, alternatives, owners = set(), [], {}
    for form, name in sorted(forms, key=lambda f: (-len(f[0]), f[0], f[1])):  # a fixed order: aliases are sets
        if len(form) < 2 or form.lower() in seen:
            continue
        seen.add(form.lower())
        body = re.escape(form).replace("\\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
        group = f"g{len(alternatives)}"
        owners[group] = name
        alternatives.append(f"(?P<{group}>" + (f"(?-i:{body})" if form.isupper() else body) + ")")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?:e?s)?(?![\w])", re.I) if alternatives else None
    if len(_MATCHERS) > 256:
        _MATCHERS.clear()
    _MATCHERS[signature] = (pattern, owners)
    return pattern, owners


def mentions(sentence: str, arms: N.Arms, abbr: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, arm) of every arm named in the sentence, longest first, no overlaps."""
    found: list[tuple[int, int, str]] = []
    pattern, owners = _matcher(arms)
    taken = [False] * len(sentence)
    for match in pattern.finditer(sentence) if pattern else ():
        for i in range(match.start(), match.end()):
            taken[i] = True
        found.append((match.start(), match.end(), owners[match.lastgroup]))
    # "the tovelitinib group", "in the probiotic group": a word before "group" that names an arm; in a
    # trial of one treatment against a control, "the probiotic group" is the treatment's
    for match in re.finditer(r"\b(?:the\s+)?(?P<arm>[\w/+-]+(?:\s+[\w/+-]+)?)\s+(?:group|arm)s?\b", sentence, re.I):
        if any(taken[match.start("arm"):match.end("arm")]):
            continue
        name = arms.find(match["arm"]) or arms.find(match["arm"].split()[-1])
        if name is None and arms.comparisons and _is_generic(arms.comparisons[0][1]) \
                and match["arm"].split()[-1].lower() in _TREATMENT_WORDS:
            name = arms.comparisons[0][0]
        if name:
            found.append((match.start("arm"), match.end("arm"), name))
    return sorted(found)


_TREATMENT_WORDS = {"probiotic", "vaccine", "vaccinated", "intervention", "treatment", "active", "drug", "experimental",
                    "study", "exercise", "training", "supplement", "supplementation", "surgery", "surgical", "therapy",
                    "screening", "programme", "program", "device", "app", "education", "nicotine", "antibiotic"}


def _only_generic(name: str | None) -> bool:
    """"placebo or no active treatment" is a control arm only ("blood pressure control" is not)."""
    parts = [N.key(p) for p in re.split(r"\s+or\s+|/|,", name or "") if N.key(p)]
    return bool(parts) and all(p in N.GENERIC_KEYS or p.startswith("no ") for p in parts)


def _is_generic(name: str | None) -> bool:
    if not name:
        return False
    name_key = N.key(name)
    return name_key in N.GENERIC_KEYS or any(g in name_key for g in N.GENERIC_KEYS)


def _partial_forms(arms: N.Arms) -> list[tuple[str, str]]:
    """Shorter forms of multi-word arm names that name only one arm: "sodium bicarbonate" for "oral
    sodium bicarbonate", "tovelitinib" for "tovelitinib plus letrozole"."""
    candidates: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for name in arms.names:
        words = name.split()
        parts = set()
        for i in range(1, len(words)):
            parts.add(" ".join(words[i:]))
        for piece in re.split(r"\s+(?:plus|with|and|\+)\s+|,\s*", name):
            if piece != name:
                parts.add(piece)
        strength = re.match(r"^(?P<d>[A-Za-z][\w-]+)\s+\d+(?:\.\d+)?\s*%", name)
        if strength:  # "tacrolimus" names "tacrolimus 0.03% ointment"
            parts.add(strength["d"])
        for part in sorted(parts, key=lambda p: (len(p), p)):  # a fixed order (parts is a set): the shortest writing of a key
            if len(part) >= 4 and not _is_generic(part) and part.lower() not in {"therapy", "care", "treatment", "drug", "intervention",
                                                                                  "drugs", "therapies", "group", "maintenance"} \
                    and N.key(part) and not N._generic_only(set(N.key(part).split())):
                candidates.setdefault(N.key(part), set()).add(name)
                written.setdefault(N.key(part), part)
    forms = []
    for name in arms.names:
        for part_key, owners in candidates.items():
            # "positioning" is no short form of "face-up positioning" when "face-down positioning or posturing" has it too
            if owners == {name} and not any(set(part_key.split()) <= set(N.key(other).split()) for other in arms.names if other != name):
                forms.append((written[part_key], name))
    return forms


def _is_comparator(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 40):start]
    return bool(re.search(N.COMPARE + r"\s+(?:the\s+|those\s+(?:in\s+the\s+|receiving\s+|given\s+)|people\s+(?:receiving\s+|given\s+)|"
                          r"women\s+(?:receiving\s+|who\s+received\s+)|participants\s+(?:receiving\s+|given\s+)|in\s+the\s+|"
                          r"with\s+|a\s+|an\s+)?$", before, re.I)
                or re.search(r"\bbetween\s+[\w\s/+-]{1,60}\band\s+(?:the\s+)?$", before, re.I)
                or re.search(N.COMPARE + r"\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}\s+or\s+(?:the\s+)?$", before, re.I))
