"""Whether two arms named together are one arm or two, and the other names each goes by (a dose, a head, a combination)."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.mentions import _expand


def add_pair(arms: N.Arms, left: str, right: str, where: str, abbr: dict) -> tuple[str | None, str | None]:
    """Two arms named together; when they differ only by dose ("ethinylestradiol 20 μg and
    ethinylestradiol 30 μg") the doses stay in their names."""
    left_clean, right_clean = N.clean(left), N.clean(right)
    left_clean = _shared(arms, left_clean, right_clean, where, abbr)
    if N.key(_expand(left_clean, abbr)) == N.key(_expand(right_clean, abbr)):
        return arms.find(_expand(left_clean, abbr)), None  # "one OCP versus another OCP": not two arms
    doses = [[d.strip(" ()") for d in N._DOSE.findall(side)] for side in (left_clean, right_clean)]
    if (N.key(N.strip_doses(left_clean)) == N.key(N.strip_doses(right_clean)) and N.key(left_clean) != N.key(right_clean)) \
            or (doses[0] and doses[1] and doses[0] != doses[1]):
        return _add_keep_dose(arms, left_clean, where, abbr), _add_keep_dose(arms, right_clean, where, abbr)
    first = arms.find(_expand(left_clean, abbr)) or arms.add(left, where, abbr)
    second = arms.find(_expand(right_clean, abbr)) or arms.add(right, where, abbr)
    for phrase, name in ((left_clean, first), (right_clean, second)):  # "Physical activity was more effective than control"
        rest = N.key(name)[len(N.key(phrase)):].split() if name and N.key(name).startswith(N.key(phrase) + " ") else []
        if rest and set(rest) <= _KIND_WORDS:  # names "physical activity interventions": its mentions are the arm's, not outcome words
            arms.aliases[name].add(phrase)
    if first and second == first and _part_of(right_clean, left_clean):
        second = _add_keep_dose(arms, right_clean, where, abbr)
        _unalias(arms, first, second)
    return first, second


_KIND_WORDS = {"intervention", "interventions", "therapy", "therapies", "treatment", "treatments", "programme", "programmes",
               "program", "programs"}


def _unalias(arms: N.Arms, whole: str | None, part: str | None) -> None:
    if whole and part:
        arms.aliases[whole] = {a for a in arms.aliases[whole] if N.key(a) != N.key(part)}


def _part_of(short: str | None, whole: str | None) -> bool:
    """"chest radiography" is a part of "low-dose CT in addition to chest radiography", not the same arm."""
    return bool(short and whole) and N.key(short) != N.key(whole) and N.content_words(short) < N.content_words(whole)


_COMBINED = re.compile(r"^(?P<a>.+?)\s+(?:in\s+combination\s+with|in\s+addition\s+to|combined\s+with|plus|with|and|\+)\s+(?P<b>.+)$", re.I)


def combination_aliases(arms: N.Arms) -> None:
    """"mammography in combination with breast ultrasonography" versus "mammography": the abstract also writes
    the combination as "mammography and ultrasonography", "the combination of ...", "additional ultrasonography"."""
    combined = [n for n in arms.names if _COMBINED.match(n)]
    for name in list(arms.names):
        found = _COMBINED.match(name)
        if not found:
            continue
        a, b = found["a"], found["b"]
        if not any(N.key(other) == N.key(a) or N.key(other) == N.key(b) for other in arms.names if other != name):
            continue
        if any(N.key(other) == N.key(b) for other in arms.names if other != name):
            a, b = b, a  # "X in addition to Y" versus "Y": X is what is added
        short = b.split()[-1] if len(b.split()) > 1 else b  # "breast ultrasonography" is written "ultrasonography" too
        aliases = {b, short, "the combination", f"additional {short}", f"{a} and {short}", f"{a} plus {short}",
                   f"combination of {a} and {short}", f"{short} in addition to {a}", f"{a} screening in combination with {short}"}
        if len(combined) > 1:
            aliases.discard("the combination")  # two combinations: "the combination" names neither
        others = {N.key(o) for o in arms.names if o != name}  # "indirect training" alone is an arm of its own, no alias
        arms.aliases[name].update(x for x in aliases if len(x) > 3 and N.key(x) != N.key(name) and N.key(x) not in others
                                  and N.key(N.canonical(x)) not in others)


def _shared(arms: N.Arms, left: str, right: str | None, where: str, abbr: dict) -> str:
    """"surgical compared to mechanical thrombectomy": the arm is "surgical thrombectomy", and the
    abstract's "surgical" names it."""
    whole = N.share_head(left, right)
    if whole != left and not arms.find(_expand(left, abbr)):
        name = arms.find(whole) or arms.add(whole, where, abbr)
        if name:
            arms.aliases[name].add(left)
    return whole


def _add_keep_dose(arms: N.Arms, phrase: str, where: str, abbr: dict) -> str | None:
    name = N.canonical(N.clean(_expand(phrase, abbr)))
    if not name:
        return None
    for existing in arms.names:
        if N.key(existing) == N.key(name):
            return existing
    arms.names.append(name)
    arms.aliases[name] = set()
    arms.sources[name] = where
    return name
