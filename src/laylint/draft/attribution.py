"""Which arm, comparator and outcome each drafted figure is about, read from its sentence (the
comparison it names, the phrase before the estimate), its subheading, and the abstract's arms."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.model import Fact
from laylint.draft.sections import Layout
from laylint.draft.textnorm import Sentence

# -- the arms the abstract names ------------------------------------------------------------------

_RANDOMISED = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated|received|receiving|"
                         r"comparing|compared)\b", re.I)
_TO_ARMS = re.compile(r"\bto\s+(?:receive\s+|either\s+)?(?P<arms>[^.;]*?\bor\b[^.;]*?)(?=[.;]|,\s+(?:in\s+addition|with|both|"
                      r"each|plus\s+usual|stratified|and\s+(?:followed|assessed|the))|$)", re.I)
_RECEIVING = re.compile(r"\b(?:receiving|received|treated\s+with|taking|exposed\s+to|users\s+of)\s+(?P<arms>[^.;:]*?\bor\b[^.;:]*?)"
                        r"(?=[.;:]|$|\s+(?:for|in|at|during)\s)", re.I)
_TITLE_LEAD = re.compile(r"^(?:(?:the\s+)?(?:effects?|efficacy|effectiveness|safety|benefits?|harms?|comparison|"
                         r"impact|use|role)(?:\s+and\s+(?:safety|harms|effectiveness|efficacy))?\s+of\s+)", re.I)
_TITLE_TAIL = re.compile(r"\s+(?:for|in|on|among|as|to\s+(?:treat|prevent|reduce|improve)|during|after|before|with\s+or\s+without)"
                         r"\s.*$|\s*[:(].*$|,.*$", re.I)
_OBJECTIVE = re.compile(r"\b(?:assess|evaluate|determine|compare|examine|investigate|estimate|test|establish|explore|quantify|"
                        r"review|measure)\s+(?:whether\s+|if\s+)?(?:the\s+)?(?:(?:benefits?\s+and\s+harms?|effects?|efficacy|effectiveness|"
                        r"safety|harms?|association|impact|risks?\s+and\s+benefits?|clinical\s+effectiveness|cost-effectiveness|benefits?|costs?)"
                        r"(?:,?\s+(?:and\s+)?(?:safety|harms?|acceptability|effectiveness|efficacy|tolerability|costs?|"
                        r"cost-effectiveness))*\s+(?:of|between)\s+)?"
                        r"(?P<rest>[^.;]+)", re.I)


_ARM_WORDS = r"[\w/+-]+(?:\s+(?!for\b|in\b|among\b|on\b|at\b|with\b|to\b|versus\b)[\w/+-]+){0,5}?"
# "Nine studies compared biologics to placebo", "Eight trials compared an ORT-based algorithm to a non-ORT control group"
_STUDIES_COMPARED = re.compile(r"\b(?:studies|trials|RCTs|studies\s+\([^()]*\)|trials\s+\([^()]*\))\s+compared\s+(?:the\s+|an?\s+)?"
                               r"(?P<a>" + _ARM_WORDS + r")\s+(?:with|to|versus|vs\.?|against)\s+(?:the\s+|an?\s+)?"
                               r"(?P<b>" + _ARM_WORDS + r")(?=\s+(?:for|in|among|on|at)\b|\s*[,;.(]|\s*$|"
                               r"\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|the\s+other|another)\s)", re.I)
# ("... compared X to Y and two trials (90 participants) compared ...": the next clause starts after "and")


_BETWEEN_GROUPS = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+and\s+(?:the\s+)?"
                             r"(?P<b>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+groups\b", re.I)
_LISTED = re.compile(r"\b(?:evaluated|assessed|examined|investigated|included|compared)\s+the\s+following\s+(?:interventions|treatments|"
                     r"drugs|medications|therapies|index\s+tests|tests)\s*:\s*(?P<list>[^.;:]+)", re.I)


# a review, even as a bare results paragraph: "We included 15 trials", "Twelve trials (3285 women) met the inclusion criteria"
_REVIEW = re.compile(r"systematic|meta-analys|\bwe\s+included\s+(?:\w+\s+){0,2}(?:trials|studies|RCTs)\b|"
                     r"\b(?:trials|studies|RCTs)\s+(?:\([^()]*\)\s+)?(?:were\s+included|met\s+(?:the\s+|our\s+)?inclusion)", re.I)
_UNCLOSED = re.compile(r"\s*[(\[][^()\[\]]*$")


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


def document_arms(lay: Layout, abbr: dict[str, str]) -> N.Arms:
    arms = N.Arms()
    text = lay.text

    def add_pair(left: str, right: str | None, where: str):
        left_clean, right_clean = N.clean(left), N.clean(right) if right else None
        left_clean = _shared(arms, left_clean, right_clean, where, abbr)
        if right_clean and N.key(_expand(left_clean, abbr)) == N.key(_expand(right_clean, abbr)):
            return arms.find(_expand(left_clean, abbr)), None  # "one OCP versus another OCP"
        if right_clean and N.key(N.strip_doses(left_clean)) == N.key(N.strip_doses(right_clean)):
            a = _add_keep_dose(arms, left_clean, where, abbr)
            b = _add_keep_dose(arms, right_clean, where, abbr)
        else:
            a = arms.add(left_clean, where, abbr)
            b = arms.add(right_clean, where, abbr) if right_clean else None
            if a and b == a and (_part_of(right_clean, left_clean) or _part_of(_expand(right_clean, abbr), _expand(left_clean, abbr))):
                b = _add_keep_dose(arms, right_clean, where, abbr)  # "X in addition to Y versus Y": Y is an arm of its own
                _unalias(arms, a, b)
                _unalias(arms, a, right_clean)  # "SPU plus TA compared with SPU": "SPU" names Y, not the combination
            elif a and b == a and _part_of(_expand(left_clean, abbr), _expand(right_clean, abbr)) and N.key(a) == N.key(N.canonical(_expand(left_clean, abbr))):
                b = _add_keep_dose(arms, right_clean, where, abbr)  # "natural cycle FET versus modified natural cycle FET": two arms
                if b:
                    arms.aliases[a] = {x for x in arms.aliases[a] if N.key(_expand(x, abbr)) != N.key(b)}
        if a and b and a != b:
            arms.comparisons.append((a, b))
        return a, b

    # trial arms: "randomly assigned to X (n=408) or Y (n=204)", "receiving rituximab, ocrelizumab or ofatumumab"
    # (in a review, "compared with placebo or no treatment" is one comparator: not split)
    for sentence in lay.sentences:
        if sentence.section not in ("methods", "results", "unstructured", "objectives") or lay.kind == "cochrane":
            continue
        if _RANDOMISED.search(sentence.text):
            for pattern in (_TO_ARMS, _RECEIVING):
                found = pattern.search(sentence.text, _RANDOMISED.search(sentence.text).start())
                if found:
                    listed = _UNCLOSED.sub("", found["arms"])  # "... or no treatment (OR 2.21, ...": the estimate is no arm
                    parts = [p for p in N.split_arms(listed) if not re.match(r"^(?:\d|n\s*=)", p)]
                    compared = pattern is _TO_ARMS and re.search(r"\bcompared\s*$", sentence.text[:found.start()], re.I)
                    if (pattern is _RECEIVING or compared) and len(parts) < 3 and _REVIEW.search(lay.text[:3000]):
                        break
                    if compared and re.search(r",\s+(?:(?:we|there|this|these|it)\s|(?:[\w/+-]+\s+){1,3}(?:probably|may|might|likely|"
                                              r"did|does|do|was|were|is|are|had|has|have|reduced?|increased?|improved?|resulted)\b)",
                                              found["arms"], re.I):
                        break  # "compared to a discussion group, we found no differences in A, B or C", "Compared to placebo or
                        # usual care, corticosteroids probably reduce ...": a clause follows, not a list of arms
                    if 2 <= len(parts) <= 6 and all(len(p.split()) <= 14 for p in parts):
                        added = [arms.add(N.clean(p), "the arms named in the abstract", abbr) for p in parts]
                        added = [a for a in added if a]
                        if len(added) == 2:
                            arms.comparisons.append((added[0], added[-1]))
                        break
    # the title and the objectives: "X versus Y for Z", "X for Z", "effects of X compared with Y" (a trial
    # whose allocation sentence named its arms needs neither)
    title = lay.title_text
    if title and not (arms.comparisons and lay.kind != "cochrane"):
        _from_phrase(re.split(r":\s", title)[0], "the title", add_pair, arms, abbr)
        treated = re.search(r"\b(?:treated\s+with|receiving|exposed\s+to)\s+(?P<x>[^:;,.]+)", title, re.I)
        if treated:
            arms.add(N.clean(re.sub(_TITLE_TAIL, "", treated["x"])), "the title", abbr)
    for sentence in lay.sentences:
        if sentence.section == "objectives" and not (arms.comparisons and lay.kind != "cochrane"):
            found = _OBJECTIVE.search(sentence.text)
            if found:
                rest = found["rest"]
                if re.search(r"\bassociations?\s+between\s+$", sentence.text[:found.start("rest")], re.I):
                    # "the association between new use of X (...) and hip fracture": X is the exposure
                    unbracketed = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", rest)
                    exposure = re.split(r"\s+and\s+", unbracketed, maxsplit=1)[0]
                    exposure = re.sub(r"^(?:(?:new|long-term|short-term|current|regular|prior|any|chronic|prolonged|routine)\s+)?"
                                      r"use\s+of\s+", "", exposure.strip(), flags=re.I)
                    if len(exposure.split()) <= 5 and not re.search(N.COMPARE, exposure, re.I):
                        arms.add(N.clean(exposure), "the objectives", abbr)
                        continue
                _from_phrase(rest, "the objectives", add_pair, arms, abbr)
    # subheadings and lists of comparisons: "High-frequency TENS versus placebo or no treatment"
    for _, _, heading in lay.headings:
        if re.search(N.COMPARE, heading, re.I):
            left, right = re.split(N.COMPARE, heading, maxsplit=1, flags=re.I)
            if ":" in left:  # "Anti-CD20 mAbs: rituximab or ofatumumab maintenance versus observation"
                name, detail = left.split(":", 1)
                first = arms.add(name, "a subheading", abbr)
                if first and len(detail.split()) <= 5:
                    arms.aliases[first].add(N.clean(detail))
                second = arms.add(right, "a subheading", abbr)
                if first and second and first != second:
                    arms.comparisons.append((first, second))
            else:  # (a bracket is no more specific name when the words before it are an arm already: "X (HCG trigger)")
                add_pair(_specific(left) if not _known(arms, left, abbr) else left, _specific(right) if not _known(arms, right, abbr) else right,
                         "a subheading")
    for sentence in lay.sentences:
        if re.search(r"\bcomparisons?\s*:", sentence.text):
            for part in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[\w-]+(?:\s[\w-]+){0,5}\s+versus)", sentence.text.split(":", 1)[1]):
                if re.search(r"\bversus\b|\bvs\b", part):
                    _from_phrase(part, "the list of comparisons", add_pair, arms, abbr, heading=True)
    # comparisons stated as the subject of a results sentence: "PCNL compared with RIRS may improve"
    for sentence in lay.sentences:
        if sentence.section in ("results", "unstructured"):
            found = re.match(r"^(?:participation\s+in\s+|treatment\s+with\s+|use\s+of\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+"
                             + N.COMPARE + r"\s+(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+(?:may|might|probably|likely|could|"
                             r"reduced?|increased?|improved?|had|has|did|does|was|were|is|are|resulted|results|led|leads)\b",
                             sentence.text, re.I)
            if found and not re.search(r"\d", found.group(0)) and not re.fullmatch(
                    r"(?:vaccine\s+)?(?:efficacy|effectiveness|protection)", found["a"], re.I) \
                    and not re.search(r"^(?:these|this|those|such|it|they|when|where|if|while|whereas)\b|"
                                     r"\b(?:should|must|need|needs|be|been|was|were|is|are)\b", found["a"], re.I) \
                    and not re.fullmatch(r"(?:an?|the)", found["b"], re.I):  # "These benefits should be balanced against an ..."
                add_pair(found["a"], found["b"], "a results sentence")
        between = _BETWEEN_GROUPS.search(sentence.text) if sentence.section in ("results", "unstructured") else None
        sides = [between["a"], between["b"]] if between else []
        negated = [bool(re.match(r"(?:no|without|non)\b", side, re.I)) for side in sides]
        if between and negated.count(True) == 1 and not any(N.key(x) in _GROUP_ONLY for x in sides) \
                and not N._NOT_ARM.search(sides[0]) and not N._NOT_ARM.search(sides[1]):
            # "between drainage and no drainage groups": the pair, the arm without the treatment second (no other order is told)
            add_pair(*(sides if negated[1] else sides[::-1]), "a results sentence")
        if sentence.section in ("results", "unstructured"):  # "Nine studies compared biologics to placebo": what follows is on them
            for found in _STUDIES_COMPARED.finditer(sentence.text):  # arms, not the main comparison: it may come late
                for side in ("a", "b"):
                    if not arms.find(_expand(N.clean(found[side]), abbr)):
                        arms.late.add(arms.add(found[side], "a results sentence", abbr))
    # "The studies evaluated the following interventions: betahistine, diuretics, antivirals and corticosteroids."
    for sentence in lay.sentences:
        found = _LISTED.search(sentence.text) if sentence.section in ("results", "unstructured", "methods") else None
        items = N.split_arms(re.sub(r",?\s+and\s+", ", ", found["list"])) if found else []
        if 2 <= len(items) <= 10 and all(1 <= len(i.split()) <= 5 for i in items):
            for item in items:
                if not arms.find(_expand(N.clean(item), abbr)) and not _is_generic(item):
                    arms.add(item, "the interventions listed", abbr)
    # arms a results sentence names plainly: "with X than with Y", "in the X group", "patients treated with X"
    for sentence in lay.sentences:
        if sentence.section not in ("results", "unstructured") or not re.search(r"\d", sentence.text):
            continue
        for pattern in _RESULT_ARMS:
            for found in pattern.finditer(sentence.text):
                if pattern is _RESULT_ARMS[0] and re.search(r"\b(?:participants|people|patients|women|men|children|infants|adults|"
                                                            r"those|eyes|proportion|number)\s*$", sentence.text[:found.start()], re.I):
                    continue  # "a lower proportion of participants with retinal displacement compared with X": an outcome
                if found.groupdict().get("a") and found.groupdict().get("b"):
                    _shared(arms, N.clean(found["a"]), N.clean(found["b"]), "a results sentence", abbr)
                for group in ("a", "b"):
                    if found.groupdict().get(group) and not arms.find(_expand(N.clean(found[group]), abbr)) \
                            and not _is_generic(found[group]) and N.key(found[group]) not in _GROUP_ONLY:
                        arms.add(found[group], "a results sentence", abbr)
    if not arms.comparisons:  # "... in the tranexamic acid group and ... in the placebo group": the trial's two arms
        for sentence in lay.sentences:
            if sentence.section in ("results", "unstructured") and re.search(r"\d", sentence.text):
                spans = mentions(sentence.text, arms, abbr)
                named = list(dict.fromkeys(n for _, _, n in spans))
                if len(named) == 2 and not all(_is_generic(n) for n in named):  # "placebo or no treatment": one control
                    second = [n for a, _, n in spans if _is_comparator(sentence.text, a) or _is_generic(n)]
                    first = [n for n in named if n not in second] or named
                    pair = (first[0], next((n for n in named if n != first[0]), named[1]))
                    arms.comparisons.append(pair)
                    break
    combination_aliases(arms)
    for abbreviation, long_form in abbr.items():  # an abbreviation names an arm only when it spells out the whole name
        name = next((n for n in arms.names if N.key(n) == N.key(long_form)), None)
        if name is None and len(N.key(long_form).split()) >= 2:
            # or its head, in one arm only: "ICBT" (internet-delivered CBT) names "therapist-guided internet-delivered CBT"
            ending = [n for n in arms.names if N.key(n).endswith(" " + N.key(long_form))]
            name = ending[0] if len(ending) == 1 else None
        if name:
            arms.aliases[name].add(abbreviation)
    for name in arms.names:  # "standard polyurethane plus sutureless securement devices" is written "SPU plus SSD"
        short = name
        for abbreviation, long_form in sorted(abbr.items(), key=lambda item: -len(item[1])):
            short = re.sub(r"\b" + re.escape(long_form) + r"\b", abbreviation, short, flags=re.I)
        if short != name and len(short.split()) >= 2 and not any(N.key(short) == N.key(o) for o in arms.names):
            arms.aliases[name].add(short)
    return arms


_X = r"(?P<{}>(?!the\b|a\b|an\b|this\b|that\b|each\b|both\b)(?:\d+(?:\.\d+)?%\s+(?=[a-z]))?[A-Za-z][\w/+-]*(?:\s+(?!than\b|and\b|or\b|versus\b|vs\b|group\b|in\b|at\b|for\b|when\b|where\b|while\b|if\b|who\b|which\b)(?:\d+(?:\.\d+)?%|[\w/+-]+)){{0,3}}?)"
_END = r"(?=\s*(?:[(,;.]|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bgroups?\b|\barms?\b|\bmay\b|\bprobably\b|\band\b|\bat\b|\bin\b|$))"
_RESULT_ARMS = (
    re.compile(r"\bwith\s+" + _X.format("a") + r"\s+(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:with\s+)?" + _X.format("b") + _END, re.I),
    re.compile(r"\b(?:in|among|of)\s+the\s+" + _X.format("a") + r"\s+(?:group|arm)s?\b", re.I),
    re.compile(r"\b(?:patients|people|participants|women|men|children|adults|infants|those|users)\s+(?:treated\s+with|receiving|"
               r"given|taking|allocated\s+to|assigned\s+to)\s+" + _X.format("a") + _END, re.I),
    re.compile(r"^(?:compared\s+(?:with|to)|versus)\s+" + _X.format("b") + r",\s+" + _X.format("a")
               + r"\s+(?:may|might|probably|likely|could|reduced?|reduces|increased?|increases|improved?|improves|lowered|lowers)\b", re.I),
    re.compile(r"\b(?:less|more)\s+(?:frequent|common|often|likely)\s+(?:with|in|among)\s+" + _X.format("a") + _END, re.I),
    # "if they receive antibiotics instead of placebo: clinical diagnosis (OR ...", "used varenicline instead of patches"
    re.compile(r"\b(?:receives?|received|receiving|given|uses?|used|using|takes?|took|taking)\s+" + _X.format("a")
               + r"\s+instead\s+of\s+" + _X.format("b") + r"(?=\s*[:(,;.]|\s+(?:or|and)\s|$)", re.I),
)
_GROUP_ONLY = {"control", "intervention", "treatment", "study", "active", "comparison", "experimental", "placebo", "usual care"}


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
    if first and second == first and _part_of(right_clean, left_clean):
        second = _add_keep_dose(arms, right_clean, where, abbr)
        _unalias(arms, first, second)
    return first, second


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


def _expand(phrase: str | None, abbr: dict[str, str]) -> str:
    return N.expand(phrase, abbr)


# -- mentions of arms in a sentence ---------------------------------------------------------------

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


_PEOPLE_WORD = re.compile(r"(?:people|patients?|participants?|women|men|children|adults|infants|users?|persons?|individuals|"
                          r"recipients|group|arm)$", re.I)
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
    # ("compared to placebo or no treatment": the second control is a comparator too)


# -- outcomes ---------------------------------------------------------------------------------------

_CUE = re.compile(
    r"(?:\b(?:effects?|impact|influence)\s+of\s+.+?\s+on\s+"
    r"|\b(?:efficacy|effectiveness|protection)\s+against\s+"
    r"|\b(?:differences?|reductions?|increases?|improvements?|decreases?|changes?|benefits?|risks?|rates?|incidence|odds|"
    r"likelihood|chances?|occurrence|prevalence|proportions?|numbers?|frequency|percentage|need|requirements?|duration|levels?|"
    r"scores?|severity)\s+(?:in|of|for|on|to)\s+(?!terms\s+of\b)(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|occurrence\s+of\s+)?"
    r"|\b(?:may|might|probably|likely|could|can|did|does|do|not|to)?\s*(?:reduces?|reduced|reducing|increases?|increased|increasing|"
    r"improves?|improved|improving|lowers?|lowered|decreases?|decreased|prevents?|prevented|extends?|extended|shortens?|shortened|"
    r"(?:causes?|caused)\s+(?:more|fewer|less)\s+|"
    r"raises?|raised|affects?|affected|impacts?|impacted|changes?|changed|alters?|altered|worsens?|worsened|favou?red|prolongs?|prolonged|halves|halved|slows?|slowed|"
    r"results?\s+in\s+(?:(?:little|a\s+slight|a\s+large|an?\s+important|an?\s+)\s*(?:or\s+|to\s+)?(?:no\s+)?(?:difference|reduction|"
    r"increase|improvement|decrease)\s+in\s+|fewer\s+|more\s+)?|leads?\s+to\s+(?:fewer\s+|more\s+)?|"
    r"(?:has|had|have|make|makes|made)\s+(?:little\s+(?:or|to)\s+no|an?|any|no)\s+(?:effect|difference|impact)\s+(?:on|in|to)\s+)"
    r"\b\s*(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|occurrence\s+of\s+|number\s+of\s+|need\s+for\s+(?=\w+\s+\w+))?"
    r"|\b(?:for|on|in)\s+(?!terms\s+of\b)(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+|rates?\s+of\s+|outcomes?\s+of\s+)?"
    r"|\b(?:with\s+(?:respect|regard)\s+to|in\s+terms\s+of|regarding|as\s+regards|for\s+the\s+outcomes?\s+of)\s+(?:the\s+)?"
    r"|\bassociat(?:ion|ed)\s+(?:between\s+.+?\s+and|with(?:\s+an?\s+(?:higher|lower|increased|reduced|decreased)\s+risk\s+of)?|"
    r"of\s+.+?\s+with)\s+(?:the\s+)?(?:risk\s+of\s+)?"
    r"|\bthe\s+(?:most\s+(?:common|frequent)|commonest|main|leading)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+"
    r"|\b(?:had|experienced|developed|reported|achieved)\s+(?:an?\s+|the\s+)?)", re.I)
# (a sentence opening with a subordinate clause has its subject after the comma: "When decision aids were
# used during the consultation, the length of consultation was 1.5 minutes longer")
_SUBJECT = re.compile(r"^(?:(?:when|if|although|though|while|whereas|after|before|because|since|once)\b[^,]*,\s+|"
                      r"(?!(?:when|if|although|though|while|whereas|after|before|because|since|once)\b)(?:[^,]*?,\s+)??)(?P<o>[A-Za-z][^,;]*?)\s+(?:(?:could|may|might|can|would)\s+be\s+(?:reduced|increased|improved|"
                      r"lowered|decreased|prevented|shortened|lengthened)|occurred|was|were|is|are|did|was\s+reported|were\s+reported|"
                      r"developed|rates?\s+(?:was|were)|did\s+not\s+differ|differed|was\s+similar|were\s+similar|was\s+achieved|"
                      r"were\s+achieved|was\s+higher|was\s+lower|was\s+more|were\s+more|was\s+less|were\s+less|improved|declined|"
                      r"fell|rose|remained|appeared|increased|decreased)\b", re.I)
# "One trial (40,000 participants) found that more lung cancers were detected ...": the clause after "that"
_REPORTED_THAT = re.compile(r"^[^,;]*?\b(?:found|showed|shows|suggest(?:s|ed)?|reported|demonstrated|indicated|concluded)\s+that\s+", re.I)
_OUTCOME_LEAD = re.compile(r"^(?:however|therefore|moreover|furthermore|additionally|similarly|the|a|an|any|against|more|fewer|less|greater|lower|higher|slightly|slight|small|large|important|"
                           r"significant|significantly|clinically|overall|pooled|median|mean|average|total|absolute|relative|"
                           r"short-term|long-term|medium-term|risk\s+of|rates?\s+of|incidence\s+of|occurrence\s+of|"
                           r"frequency\s+of|number\s+of|proportion\s+of\s+(?:\w+\s+)?(?:with|who\s+had|having|who\s+were|who\s+felt)|percentage\s+of|"
                           r"likelihood\s+of|odds\s+of|chance\s+of|levels?\s+of|reduction\s+in|increase\s+in|change\s+in|"
                           r"changes\s+in|improvement\s+in|difference\s+in|effect\s+on|and|or|of|on|in|for|with|their|its|"
                           r"(?:children|participants|patients|people|women|men|infants|adults|those)\s+(?:with|who\s+had|having|"
                           r"who\s+experienced|who\s+developed|reporting|who(?=\s+(?:completed|achieved|reported|needed|required|"
                           r"stopped|discontinued|quit|remained|returned|died|relapsed|responded)\b))|prevent(?:ing)?\s+(?:one|an?)|avoid\s+(?:one|an?)|"
                           r"at\s+least\s+(?:one|an?)|one\s+or\s+more)\s+", re.I)
_OUTCOME_TAIL = re.compile(r"(?:\s+(?:compared|versus|vs\.?|than|when|between|among|in\s+(?:the|people|patients|participants|women|"
                           r"children|adults|infants|those)|in\s+(?:[\w-]+\s+){0,2}(?:people|patients|participants|women|men|children|"
                           r"adults|infants|neonates|newborns|babies|pregnancy|users|smokers)\b|in\s+the\s+(?:short|medium|long)\s+term|"
                           r"with\s+(?:the|a|an)?\s*[\w-]+\s+(?:group|arm)|as\s+measured|measured|"
                           r"assessed|was|were|is|are|had|has|occurred|developed|happened|at\s+\d|at\s+(?:one|two|three|four|six|twelve)\b|after\s+\d|"
                           r"within\s+\d|by\s+\d|over\s+\d|up\s+to|during\s+follow|in\s+the\s+short|in\s+the\s+long|"
                           r"(?:may|might|probably|likely)\b|\d+(?:[.,]\d+)?\s*(?:%|patients|participants|people|of\b)).*$"
                           r"|\s+rates?$|\s+scores?$|\s+(?:significantly|slightly|substantially|markedly|considerably|greatly|"
                           r"modestly|somewhat)$|\s*,.*$)", re.I)
_GENERIC_OUTCOME = re.compile(r"^(?:evidence|effect|effects|results?|data|it|this|these|there|outcomes?|the\s+evidence|"
                              r"(?:cumulative\s+|crude\s+|adjusted\s+)?(?:incidence|prevalence|odds|hazard|rates?|risks?|frequency)|"
                              r"participants?|patients?|people|women|children|studies|trials?|treatment|intervention|"
                              r"difference|analysis|review|certainty|risk|rate|group|groups|events?|study|benefit|harm|"
                              r"secondary\s+outcomes?|overall|both|one|two|each|all|"
                              r"use|users?|they|we|none|most|some|programmes?|programs?|arms?|similarly|however|likewise)$", re.I)


_ESTIMATE_LABEL = re.compile(r"\b(?:(?:adjusted|pooled|summary|overall|crude)\s+)?(?:(?:risk|odds|hazard|rate)\s+ratios?|"
                             r"relative\s+risks?|(?:standardi[sz]ed\s+)?mean\s+differences?|risk\s+differences?|"
                             r"(?:vaccine\s+)?efficacy|absolute\s+risk\s+(?:reduction|difference|increase)|"
                             r"numbers?\s+needed\s+to\s+(?:treat|harm)(?:\s+(?:for|to)\s+(?:an?\s+)?(?:additional\s+)?"
                             r"(?:beneficial|harmful)?\s*(?:outcome|benefit|harm))?|(?-i:[ai]?(?:RR|OR|HR|MD|SMD|RD|IRR|ARR|NNTB?|NNTH))\b)", re.I)
_GROUP_WORDS = re.compile(r"\bbetween\s+(?:the\s+)?(?:two\s+|both\s+)?(?:[\w-]+\s+)?groups\b"  # "difference in X between groups"
                          r"|\b(?:(?:in|among|with|for|on|of)\s+)?(?:the\s+|those\s+in\s+the\s+)?(?:(?!between\b)[\w/+-]+\s+){0,3}?(?:group|arm)s?\b"
                          r"|\brespectively\b|\bpatients\s+(?=in\b)|\b(?:in|with|among)\s+(?:\S+\s+)?users\b", re.I)


_WHETHER_PASSIVE = re.compile(r"\bwhether\s+(?:the\s+)?(?P<o>[A-Za-z][^,;]{2,80}?)\s+(?:is|are|was|were)\s+(?:reduced|increased|"
                              r"improved|affected|lowered|decreased|changed|prevented|shortened|prolonged|altered)\b", re.I)

_FAVOUR_WORDS = re.compile(r"\b(?:(?:a|an|the)\s+)?(?:(?:statistically\s+)?(?:significant|clear|marginal|small|some)\s+)?"
                           r"(?:benefits?\s+of|in\s+favou?r\s+of|(?:results?|data|evidence)\s+favou?red)\b"
                           r"(?:\s+(?:was|were)\s+(?:observed|seen|found|shown|reported))?", re.I)

def outcome_from(head: str, arm_spans: list[tuple[int, int, str]]) -> str | None:
    """The outcome named in the words before a figure ("may reduce the need for secondary interventions")."""
    survival = re.search(r"\b(?P<x>(?:overall|progression-free|disease-free|event-free|recurrence-free)\s+)?survival\s+"
                         r"(?:advantage|benefit)\b[^,;.]*$", head, re.I)
    if survival:  # "shows a significant overall survival advantage from adjuvant chemotherapy (RR ...": what the advantage is in
        return (survival["x"] or "").lower() + "survival"
    text = head
    for start, end, _ in sorted(arm_spans, reverse=True):  # names of arms are not part of an outcome
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    text = _GROUP_WORDS.sub(lambda m: " " * len(m.group(0)), text)
    text = _ESTIMATE_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    text = _FAVOUR_WORDS.sub(lambda m: " " * len(m.group(0)), text)  # "a clear benefit of X was observed": no outcome words
    text = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", lambda m: " " * len(m.group(0)), text)  # asides
    text = re.sub(r"[(\[][^()\[\]]*$", "", text)  # an unclosed bracket: "nausea (8.9% vs "
    text = re.sub(r"^\s*(?:in|among)\s+(?:the\s+)?(?:people|patients|participants|women|men|children|adults|infants|those|users|"
                  r"subgroup|[\w-]+\s+(?:people|patients|participants|women|men|children|adults))\b[^,]{0,80},\s+", lambda m: " " * len(m.group(0)),
                  text, flags=re.I)  # "Among women vaccinated before 17 years of age, the rate ratio was"
    text = re.sub(r"\b(?:after|with)\s+adjustment\s+for\s+[^,]*(?:,\s+[^,]*)*?,\s+(?=the\b)|\badjusted\s+for\s+[^,;]*", " ", text,
                  flags=re.I)  # "After adjustment for age, calendar year and ..., the rate ratio was"
    text = re.sub(r"[,;]?\s*(?:but|and|although|though|however),?\s+(?:the\s+)?evidence\s+(?:is|was)\s+(?:very\s+)?(?:uncertain|limited)"
                  r"[^,;]*$", "", text, flags=re.I)
    measured = re.search(r"\b(?:as\s+)?(?:measured|assessed|rated)\s+(?:by|with|using|on)\s+(?:the\s+)?(?P<x>[A-Z][^,;]{3,80}?)\s*$", text)
    if measured and tidy_outcome(measured["x"]):
        return tidy_outcome(measured["x"])  # "HRQoL as measured by the Minnesota Living with Heart Failure questionnaire"
    for compare in re.finditer(N.COMPARE, text, re.I):
        lead = re.match(r"\s*(?:the\s+|those\s+\w+\s+|people\s+\w+\s+)?\s*", text[compare.end():])
        start = compare.end() + lead.end()
        span = next((b for a, b, _ in arm_spans if a == start), None)
        if span is not None and re.fullmatch(r"\s*(?:(?:group|arm)s?\s*)?(?:(?:in|among|for|at|during|alone)\b[^,]*)?[\s,]*", text[span:]) \
                and text[:compare.start()].strip():
            text = text[:compare.start()]  # "reduce all-cause mortality compared to placebo in primary prevention"
            break
    cues = [m for m in _CUE.finditer(text) if text[m.end():].strip()]
    candidates = []
    whether = _WHETHER_PASSIVE.search(text)
    if whether:  # "It is unclear whether readmission is reduced using X": the outcome is the passive subject
        candidates.append(whether["o"])
    strong = [cue for cue in cues if not re.fullmatch(r"\s*(?:for|on|in)\s+(?:the\s+)?", cue.group(0), re.I)]
    weak = [cue for cue in cues if cue not in strong]
    for cue in reversed(strong):
        candidates.append(text[cue.end():])
    subject = _SUBJECT.match(_REPORTED_THAT.sub("", text.strip(), count=1))
    if subject:
        candidates.append(subject["o"])
    for cue in reversed(weak):
        candidates.append(text[cue.end():])
    candidates.append(text)
    for candidate in candidates:
        outcome = tidy_outcome(candidate)
        if outcome:
            return outcome
    return None


_THRESHOLD_IN_NAME = re.compile(r"\s*(?P<sign>[≥>≤<]|=>|>=|<=)\s*(?P<n>\d[\d.,]*(?:\s*%|\s*(?!or\b|and\b|to\b)[A-Za-z]+(?:/[A-Za-z]+)*)?)")
_THRESHOLD_WORDS = {"≥": "{} or more", ">=": "{} or more", "=>": "{} or more", ">": "above {}", "≤": "{} or less",
                    "<=": "{} or less", "<": "below {}"}


def tidy_outcome(phrase: str) -> str | None:
    # "stage ≥ 2", "lasting ≥ 12 hours": part of the outcome, said in words
    phrase = _THRESHOLD_IN_NAME.sub(lambda m: " " + _THRESHOLD_WORDS[m["sign"]].format(m["n"].strip()), phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:.-")
    # "the proportion of outpatients with VTE who had achieved a therapeutic INR": what they achieved is the outcome
    phrase = re.sub(r"^.*?\b(?:proportion|percentage|number)\s+of\s+(?:[\w-]+\s+){1,5}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?"
                    r"(?:achieved|reached|attained|achieve|reach|attain)\s+(?:a\s+|an\s+|the\s+)?", "", phrase, flags=re.I)
    pieces = re.split(r"\s*[:;]\s*", phrase)
    # "no difference in our primary outcomes up to 12 months: total mortality (RR ..." names it after the colon
    phrase = pieces[-1] if len(pieces) > 1 and ":" in phrase and len(pieces[-1].split()) <= 6 and re.search(r"[A-Za-z]{3}", pieces[-1]) \
        else pieces[0]
    listed = re.match(r"^(?P<head>[^,]+(?:,\s+[^,]+)+),?\s+(?:or|and)\s+(?P<last>[^,]+?)\s*$", phrase)
    if listed and re.match(r"^(?:(?:any\s+)?combinations?\s+of\s+(?:these|them|the\s+above)|all\s+of\s+these|any\s+of\s+these|both)"
                           r"(?:\s+(?:compared|versus|vs\.?|than)\b.*)?$", listed["last"].strip(), re.I):
        phrase = re.sub(r",\s*([^,]+)$", r" or \1", listed["head"])  # "ear pain, discomfort, local irritation, or combinations of these"
    elif listed and not re.match(r"^(?:or|and)\s+both|^(?:during|at|in|after)\b", listed["last"]) and "," in listed["head"] + ",":
        phrase = listed["last"]  # "weight gain, depression scores or adverse events (4.8% vs 6.0%)"
    for _ in range(4):
        phrase = _OUTCOME_LEAD.sub("", phrase).strip(" ,;:.-")
    phrase = _OUTCOME_TAIL.sub("", phrase).strip(" ,;:.-")
    for _ in range(3):
        phrase = _OUTCOME_LEAD.sub("", phrase).strip(" ,;:.-")
    phrase = re.sub(r"^(?:(?:was|were|is|are|of|to|by|on|in|with|for|not|no|but)\s+)+", "", phrase, flags=re.I)
    for _ in range(2):  # "live birth with a [arm]"
        phrase = re.sub(r"\s+(?:and|or|of|in|on|for|with|to|the|a|an|by|as|after|during|before|within|following)$", "", phrase, flags=re.I)
    phrase = re.sub(r"\s+following\s+(?:the\s+)?(?:standard|conventional|usual|routine)\b.*$", "", phrase, flags=re.I)  # the arm
    if re.match(r"^(?:at|after|by|during|within|over|from|until|up)\s+(?:day|week|month|year|\d|one|two|three|six|twelve|the\s+end)",
                phrase, re.I):
        return None
    if not (N.content_words(phrase) - _NOT_CONTENT):
        return None
    if not phrase or _GENERIC_OUTCOME.match(phrase) or len(phrase.split()) > 12 \
            or not (re.search(r"[A-Za-z]{3}", phrase) or re.fullmatch(r"[A-Z]{2}", phrase)) \
            or re.match(r"^[\d(\[]", phrase) and not re.match(r"^\d+-(?:day|week|month|year)\b", phrase):  # "30-day mortality" is one
        return None
    if re.match(r"^(?:may|might|probably|likely|was|were|is|are|had|has|have|did|does|not|no|this|that|it|we|they)\b", phrase, re.I):
        return None
    if _JUNK_OUTCOME.search(_LEAVING.sub("leaving", phrase)) or re.search(r"[()\[\]]", phrase):
        return None
    if re.match(r"^(?:people|patients|outpatients|inpatients|participants|women|men|children|adults|those|users|individuals)\s+(?:who|also|aged|taking|"
                r"receiving|using|on|with(?:out)?)\b", phrase, re.I):
        return None  # a subgroup ("people also taking opioids"), not an outcome
    if re.match(r"^(?:detected|identified|diagnosed|found|observed|recorded|seen)\b(?:\s+(?:over|in|at|during|within|after|by)\b.*)?$",
                phrase, re.I):
        return None  # "were detected over two years": when, not what
    state = re.match(r"^(?P<x>(?:continuously\s+|fully\s+)?(?:abstinent|[\w]+-free|cured|recovered|employed|adherent|continent|"
                     r"vaccinated|readmitted|hospitali[sz]ed))\s+(?:people|patients|participants|women|men|children|adults|infants|smokers)$",
                     phrase, re.I)
    if state:
        return state["x"]  # "the rate of continuously abstinent participants": the state is the outcome
    if len(phrase.split()) <= 4 and re.search(r"\b(?:people|patients|participants|women|men|children|adults|infants|neonates|newborns|"
                                              r"babies|adolescents|girls|boys|individuals|users|smokers)$", phrase, re.I):
        return None  # a population ("jaundiced newborn infants"), not an outcome
    return phrase


_NOT_CONTENT = {"however", "versu", "v", "vs", "compared", "based", "short", "long", "medium", "term", "mainly", "because", "reports", "report", "than", "respectively", "group", "arm", "both", "each", "similar", "higher", "lower",
                "more", "less", "often", "frequent", "common", "data", "suggest", "that", "this", "these", "those", "which", "who",
                "significantly", "significant", "statistically", "difference", "effect", "result", "there", "was", "were", "be",
                "evidence", "uncertain", "very", "probably", "likely", "may", "might", "per", "participant", "patient", "people",
                "will", "if", "using", "use", "between", "same", "reported", "observed", "found", "showed", "also", "only",
                "change", "level", "all", "total", "any", "number", "mean", "median", "after", "before", "during"}


# "leaving the study early", "withdrawal from the trial": outcomes, though they name the study
_LEAVING = re.compile(r"\b(?:leaving|left|leave|withdrawal\s+from|withdrew\s+from|withdrawing\s+from|drop(?:ping|ped)?\s+out\s+of|"
                      r"discontinu(?:ing|ed|ation\s+of)|complet(?:ing|ed|ion\s+of))\s+(?:the\s+)?(?:stud(?:y|ies)|trials?)\b"
                      r"|\b(?:stud(?:y|ies)|trials?)\s+(?:completion|withdrawals?|discontinuation|drop-?outs?)\b", re.I)
_JUNK_OUTCOME = re.compile(
    r"\b(?:evidence|certainty|bias|biases|trials?|stud(?:y|ies)|meta-analys[ie]s|ranged|translates?|found|findings?|"
    r"interval(?!\s+(?:cancers?|carcinomas?|tumou?rs?))|analys[ie]s|comparing|compared|versus|vs|respectively|reported|reporting|showed|suggests?|demonstrated|"
    r"included|including|involved|we|our|these|this|those|that|which|could|would|should|did|does|"
    r"authors?|review|sensitivity|heterogeneity|I2|p\s*=|subgroup|per\s+1,?000|events\s+per|based\s+on|corresponds?|corresponding|"
    r"possible|globally|overall|another|most\s+often|as\s+well\s+as)\b"
    r"|^(?:at|on|in|to|by|for|from|with|through|during|after|before|as|than|and|or|of|up|one|two|three|four|five|six)\b(?!-)"
    r"|^[^A-Za-z]*$|[≥≤<>=]", re.I)


def _title_outcome(lay: Layout) -> str | None:
    """"HPV vaccination and cervical cancer incidence" -> "cervical cancer"; "X use and risk of Y" -> "Y"."""
    found = re.match(r"^.+?\s+and\s+(?:the\s+)?(?:risk\s+of\s+|incidence\s+of\s+)?(?P<y>[^:;,(]+?)(?:\s+(?:incidence|risk|mortality\s+rates?))?"
                     r"(?:\s+(?:in|among|after)\s+[^:;]+)?\s*(?:[:;(]|$)", lay.title_text, re.I)
    return tidy_outcome(found["y"]) if found and len(found["y"].split()) <= 6 else None


def primary_outcomes(lay: Layout) -> dict[str, str]:
    """"The primary outcome was a composite of X or Y" -> {"primary outcome": "X or Y"}."""
    found = {}
    for sentence in lay.sentences:
        match = re.search(r"\b(?:the|our)\s+(?P<which>primary|main|secondary)\s+(?:efficacy\s+)?(?:outcome|end\s*point|endpoint)s?"
                          r"\s+(?:was|were|is|included)\s+(?:the\s+|a\s+)?(?:composite\s+of\s+|combination\s+of\s+)?(?P<def>[^.;]+)",
                          sentence.text, re.I)
        if match and match["which"].lower() in ("primary", "main") and "primary outcome" not in found:
            definition = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", match["def"])
            definition = re.split(r",\s+(?:defined|measured|assessed|identified|recorded|as\s)|\s+(?:measured|assessed|defined)\s+(?:by|as|with|in)"
                                  r"|\s+(?:at|from|after|over|in\s+the)\s+(?:\d|baseline|one|two|three|six|twelve|month|week|year)",
                                  definition)[0]
            definition = re.sub(r"^(?:the\s+)?(?:change\s+in\s+(?:the\s+)?|proportion\s+of\s+\w+\s+with\s+)", "", definition)
            definition = definition.strip(" ,")
            if definition and len(definition.split()) <= 20:
                found["primary outcome"] = definition
    return found


# -- attributing each figure --------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+|\s+(?:while|whereas)\s+|\.\s+")


def attribute(facts: list[Fact], lay: Layout, arms: N.Arms, abbr: dict[str, str]) -> None:
    primary = primary_outcomes(lay)
    first = [n for n in arms.names if n not in arms.late]
    main = arms.comparisons[0] if arms.comparisons else ((first[0], None) if first else (None, None))
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence.start, []).append(fact)
    # the comparison a section is on carries over its paragraphs (Cochrane abstracts often give a line per result)
    section_state: dict[tuple, dict] = {}
    earlier = None  # the last outcome named under any heading: a last resort for an estimate that names none
    announced = [(s.start, s) for s in lay.sentences if s.start not in by_sentence and s.section in ("results", "unstructured")]
    for start, item in sorted([(start, None) for start in by_sentence] + announced, key=lambda pair: pair[0]):
        sentence = item if item is not None else by_sentence[start][0].sentence
        state = section_state.setdefault((sentence.section, sentence.heading), {"drug": None, "comparator": None})
        if item is not None:  # "Nine studies compared biologics to placebo." announces what the next sentences are on
            found = _STUDIES_COMPARED.search(sentence.text)
            pair = (arms.find(_expand(N.clean(found["a"]), abbr)), arms.find(_expand(N.clean(found["b"]), abbr))) if found else (None, None)
            if pair[0] and pair[1] and pair[0] != pair[1]:
                state.update(drug=pair[0], comparator=pair[1], outcome=None, pair=pair)
            continue
        group = sorted(by_sentence[start], key=lambda f: f.start)
        state["earlier outcome"] = earlier
        _attribute_sentence(group, sentence, lay, arms, abbr, primary, main, state)
        earlier = state.get("outcome") or earlier


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


def _depth(s: str, position: int) -> int:
    depth = 0
    for char in s[:position]:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
    return depth


def _heading_comparison(heading: str | None, arms: N.Arms, abbr) -> tuple[str | None, str | None]:
    if not heading or not re.search(N.COMPARE, heading, re.I):
        return None, None
    left, right = re.split(N.COMPARE, heading, maxsplit=1, flags=re.I)
    left, right = left.split(":")[0], right
    left, right = (side if _known(arms, side, abbr) else _specific(side) for side in (left, right))
    return arms.find(_expand(N.clean(left), abbr)) or arms.find(N.clean(left)), arms.find(_expand(N.clean(right), abbr)) or arms.find(N.clean(right))


def _heading_outcome(heading: str | None) -> str | None:
    if not heading or re.search(N.COMPARE, heading, re.I):
        return None
    cleaned = re.sub(r"\s*\([^)]*\)", "", heading).strip()
    if re.match(r"^(?:primary|secondary|other|main|key|additional)?\s*(?:outcomes?|results?|end\s*points?|analyses|findings)$", cleaned, re.I):
        return None
    return cleaned


def _attribute_sentence(group, sentence: Sentence, lay, arms, abbr, primary, main, state) -> None:
    s, base = sentence.text, sentence.start
    spans = mentions(s, arms, abbr)
    heading_drug, heading_comparator = heading_arms(sentence.heading, arms, abbr)
    heading_outcome = _heading_outcome(sentence.heading)
    if heading_outcome and mentions(heading_outcome, arms, abbr):
        heading_outcome = None  # "ORT-algorithm studies", "Nurse-led clinic studies": the arm's section, not an outcome
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s) if _depth(s, m.start()) == 0]
    previous: Fact | None = None
    first_effect_comparator_lead = False
    arm_series = [f for f in group if f.role == "arm"]
    series_arms = _series_arms(s, spans, arm_series, base, main)
    known_arms = len(arms.names)
    for fact in group:
        rel_lead = (fact.lead_end if fact.lead_end is not None else fact.start) - base
        clause_start = max([b for b in breaks if b <= rel_lead], default=0)
        boundary = 0
        if previous is not None and previous.role == "effect" and previous.group_end is not None \
                and previous.group_end - base <= rel_lead:
            clause_start = max(clause_start, previous.group_end - base)
            boundary = previous.group_end - base
        head = s[clause_start:rel_lead]
        head_spans = [(a - clause_start, b - clause_start, n) for a, b, n in spans if clause_start <= a and b <= rel_lead]
        before_spans = [(a, b, n) for a, b, n in spans if b <= rel_lead]
        subjects = [n for a, b, n in before_spans if not _is_comparator(s, a)]
        comparators = [n for a, b, n in before_spans if _is_comparator(s, a)]
        since_previous = s[previous.group_end - base:rel_lead] if previous is not None and previous.role == "effect" \
            and previous.group_end is not None and previous.group_end - base <= rel_lead else head
        list_item = bool(re.match(r"^\s*(?:,|and\b|or\b)", since_previous)) and previous is not None
        measure_item = None
        if fact.role in ("effect", "count") or fact.role == "background":
            drug = subjects[0] if subjects else None
            comparator = comparators[-1] if comparators else None
            if main[0] and main[1] and {main[0], main[1]} <= set(subjects + comparators) and fact.role == "effect" \
                    and not (comparators and drug and drug != comparator and {drug, comparator} == {main[0], main[1]}):
                # "... (6.6%) given sodium bicarbonate and (9.8%) receiving standard care (RR ...)"; but "NSAIDs compared
                # with opioids reduce vomiting (RR ...)" keeps the sentence's order, whatever the title's
                drug, comparator = main
            elif fact.role == "effect" and comparator is None and len(dict.fromkeys(subjects)) >= 2:
                comparator = [n for n in dict.fromkeys(subjects) if n != drug][0]  # "in the A group and ... in the B group (HR ..."
            if fact.role == "effect" and not comparator and not any(b >= rel_lead - clause_start - 2 for a, b, n in head_spans) and re.search(N.COMPARE + r"\s+(?P<x>[\w/+-]+(?:\s+[\w/+-]+){0,4})\s*$",
                                                                                           s[clause_start:rel_lead], re.I):
                unknown = re.search(N.COMPARE + r"\s+(?:the\s+)?(?P<x>[\w/+-]+(?:\s+[\w/+-]+){0,4})\s*$", s[clause_start:rel_lead], re.I)
                comparator = arms.add(unknown["x"], "a results sentence", abbr) if unknown else None
                first_effect_comparator_lead = first_effect_comparator_lead or (previous is None and comparator is not None)
            in_group = _IN_ANY_GROUP.search(s[clause_start:rel_lead]) if fact.role == "effect" and not subjects else None
            if in_group and not N._NOT_ARM.search(in_group["x"]) and not _is_generic(in_group["x"]):
                drug = arms.find(_expand(N.clean(in_group["x"]), abbr)) or arms.add(in_group["x"], "a results sentence", abbr) or drug
            use_of = _USE_OF_BRACKET.search(s[clause_start:rel_lead]) if fact.role == "effect" and not drug else None
            if use_of and not N._NOT_ARM.search(use_of["x"]) and not _is_generic(use_of["x"]):
                drug = arms.find(_expand(N.clean(use_of["x"]), abbr)) or arms.add(use_of["x"], "a results sentence", abbr) or drug
            lower_for = _LOWER_FOR.search(s[clause_start:rel_lead]) if fact.role == "effect" and not drug else None
            if lower_for and not N._NOT_ARM.search(lower_for["a"]) and not _is_generic(lower_for["a"]):
                drug = arms.add(lower_for["a"], "a results sentence", abbr) or drug  # "were lower for X compared to Y (..."
            if list_item and previous is not None and first_effect_comparator_lead:
                item = re.sub(r"^\s*(?:,|and\b|or\b)\s*(?:and\s+|or\s+)?(?:the\s+)?", "", since_previous)
                item = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*", " ", item).strip(" ,")
                named = head_spans[-1][2] if head_spans else (arms.add(item, "a results sentence", abbr) if 0 < len(item.split()) <= 5
                                                               and not _PEOPLES_MEASURE.search(item) else None)
                if not head_spans and _PEOPLES_MEASURE.search(item):  # what the item measures is this figure's outcome
                    measure_item = re.sub(r"^(?:participants|patients|people|children|women|men|infants|adults)(?:['’]s?)?\s+|"
                                          r"\s+(?:results?|scores?|outcomes?|measures?)$", "", item, flags=re.I)
                if named:
                    drug, comparator = previous.drug, named  # "compared to A (MD..), B (MD..) and C (MD..)"
            if drug and subjects:  # "psychedelic-assisted therapy using classical psychedelics": the specific arm
                first = next((b for a, b, n in before_spans if n == drug), None)
                specific = re.match(r"\s+(?:using|with|via)\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)(?=\s*(?:[(,]|\bmay\b|"
                                    r"\bmight\b|\bprobably\b|\blikely\b|\bis\b|\bwas\b|\bcompared\b|\bversus\b|\bon\b|$))",
                                    s[first:rel_lead]) if first is not None else None
                compared = first is not None and re.search(r"\bcompar\w*\s+(?:the\s+)?\S+(?:\s+\S+){0,4}$", s[:first], re.I)
                if specific and not compared and not N._NOT_ARM.search(specific["x"]) and not _is_generic(specific["x"]):
                    drug = arms.find(N.clean(specific["x"])) or arms.find(_expand(N.clean(specific["x"]), abbr)) \
                        or arms.add(specific["x"], "a results sentence", abbr) or drug
            if fact.role == "effect" and drug and not comparators:  # "Iron and antimalarial treatment reduced malaria": the
                whole = _PLAIN_SUBJECT.match(s[:rel_lead].strip()) or _SUBJECT_ARM.match(s[:rel_lead].strip())  # combination
                if whole and re.search(r"\s(?:and|plus|with|combined\s+with|together\s+with)\s", whole["x"]) \
                        and N.content_words(drug) < N.content_words(whole["x"]) and len(whole["x"].split()) <= 6 \
                        and whole["x"].lower().startswith(drug.lower()) and not N._NOT_ARM.search(whole["x"]):
                    drug = arms.add(whole["x"], "a results sentence", abbr) or drug
            if fact.role == "effect":
                subject = _new_arm_subject(s[:rel_lead], comparators or ([comparator] if comparator else []))
                sibling = subject and drug and len(subject.split()) == len(drug.split()) >= 2 and N.key(subject) != N.key(drug) \
                    and subject.lower().split()[1:] == drug.lower().split()[1:]  # "inspiratory" vs "expiratory muscle training"
                if subject and (not drug or _qualified(subject, drug) or sibling):
                    drug = arms.add(subject, "a results sentence", abbr) or drug
                elif not drug:  # "Lower doses may or may not affect live birth (OR ...)": a dose or regimen as the subject
                    found = _SUBJECT_ARM.match(s[:rel_lead].strip())
                    active = found and re.match(r"\s*(?:may|might|probably|likely|could)\s+(?!be\b|have\s+been\b)(?:\w+ly\s+)?"
                                                r"(?:increase|reduce|decrease|improve|lower|raise|prevent|lead|result|make|have|"
                                                r"shorten|lengthen|extend)", s[found.end("x"):rel_lead], re.I)
                    nameless = not heading_drug and (not main[0] or _only_generic(main[0]))
                    plain = _PLAIN_SUBJECT.match(s[:rel_lead].strip()) if nameless and not (found and active) else None
                    if plain:  # "Aspirin did not increase ...", "Zinc reduced ...": a results paragraph with no title
                        found = active = plain  # names its arm so (guarded as below: no stats or people words)
                    if found and (_ARMISH.search(found["x"]) or (nameless and active and len(re.sub(r"\s*\([^()]*\)", "", found["x"]).split()) <= 4)) \
                            and not N._NOT_ARM.search(found["x"]) and not _is_generic(found["x"]) \
                            and not re.match(r"(?:this|these|that|those|such|both|all|each)\b", found["x"], re.I):
                        drug = arms.add(found["x"], "a results sentence", abbr)
            used = _USED_IN.match(s[:rel_lead].strip()) if not drug and fact.role == "effect" else None
            if used and not N._NOT_ARM.search(used["x"]) and not _is_generic(used["x"]):
                drug = arms.find(_expand(N.clean(used["x"]), abbr)) or arms.add(used["x"], "a results sentence", abbr)
            effect_of = re.search(r"\beffects?\s+of\s+(?P<x>[\w\s/+-]{2,60}?)\s+(?:on|in|for|showed|show|were|was)\b", s[:rel_lead], re.I) or re.search(
                r"\bwhether\s+(?P<x>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+(?:had|has|have|makes?|made|affects?|affected|improves?|improved|"
                r"reduces?|reduced|increases?|increased|changes?|changed|is|was|were)\b", s[:rel_lead], re.I)
            if effect_of and not drug:
                drug = arms.find(_expand(N.clean(effect_of["x"]), abbr)) or arms.add(effect_of["x"], "a results sentence", abbr)
            favoured = _FAVOURED.search(s[clause_start:rel_lead]) if not drug and fact.role == "effect" else None
            if favoured and not N._NOT_ARM.search(favoured["x"]) and not _is_generic(favoured["x"]) \
                    and not _NOT_FAVOURED.search(favoured["x"]):
                drug = arms.find(_expand(N.clean(favoured["x"]), abbr)) or arms.add(favoured["x"], "a results sentence", abbr)
            unbracketed = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", lambda m: " " * len(m.group(0)), s[:rel_lead])
            between = re.search(r"\bbetween\s+(?P<a>(?:[\w/+]+-\s+and\s+)?[\w\s/+-]{2,60}?)\s+and\s+(?P<b>(?:[\w/+]+-\s+and\s+)?"
                                r"[\w\s/+-]{2,60}?)(?:\s*[(,;]|\s+(?:in|on|for|with)\b|\s*$)", unbracketed, re.I)
            sides = (between["a"], re.split(N.COMPARE, between["b"], flags=re.I)[0].strip()) if between else ("", "")
            if between and not (arms.find(_expand(N.clean(sides[0]), abbr)) or arms.find(_expand(N.clean(sides[1]), abbr))
                                or _is_generic(sides[0]) or _is_generic(sides[1])
                                or re.search(r"\b(?:differences?|compar\w*|contrast)\s+(?:\w+\s+){0,3}$", unbracketed[:between.start()], re.I)):
                between = None  # "the congruence between informed values and care choices": an outcome, not two arms
            if between:
                first, second = add_pair(arms, between["a"], between["b"], "a results sentence", abbr)
                if first and second and first != second:
                    drug, comparator = (drug if drug in (first, second) else first), None
                    comparator = second if drug == first else first
            comparing = _COMPARING.search(unbracketed[clause_start:]) if fact.role == "effect" else None
            one_off = False  # a comparing clause names this finding's arms only, not the next sentences'
            if comparing and not N._NOT_ARM.search(comparing["a"]) and not N._NOT_ARM.search(comparing["b"]):
                *lead, last = comparing["a"].split()  # "postoperative face-up with face-down positioning"
                first, second = add_pair(arms, " ".join(lead + [N.share_head(last, comparing["b"])]), comparing["b"],
                                         "a results sentence", abbr)
                if first and second and first != second:
                    drug, comparator, one_off = first, second, True
            better = _MORE_EFFECTIVE.match(s[clause_start:rel_lead]) if fact.role == "effect" and not one_off else None
            if better and not N._NOT_ARM.search(better["a"]) and not _is_generic(better["a"]) \
                    and not re.match(r"(?:this|these|that|those|such|both|all|each|it)\b", better["a"], re.I):
                first, second = add_pair(arms, better["a"], better["b"], "a results sentence", abbr)
                if first and second and first != second:
                    drug, comparator = first, second
            effective = _EFFECTIVE_IN.match(s[clause_start:rel_lead]) if fact.role == "effect" and not better else None
            if effective and not N._NOT_ARM.search(effective["a"]) and not _is_generic(effective["a"]) \
                    and not re.match(r"(?:this|these|that|those|such|both|all|each|it|they)\b", effective["a"], re.I):
                named = arms.add(effective["a"], "a results sentence", abbr)
                if named and named != drug:
                    drug, comparator = named, (comparator if comparator != named else None)
            when = (_WHEN_COMPARED.match(s) or _WHEN_COMPARED_LATE.search(s[clause_start:rel_lead])) \
                if fact.role == "effect" and not one_off else None
            when_a = re.sub(r"^[\d.,]+\s*(?:units|IU|mg|µg|mcg|g|mL|ml)?\s+", "", when["a"]) if when else ""  # the dose leads
            if when and not N._NOT_ARM.search(when_a) and not N._NOT_ARM.search(when["b"]):
                first, second = add_pair(arms, when_a, when["b"], "a results sentence", abbr)
                if first and second and first != second:
                    drug, comparator = first, second
            if not drug and fact.role == "effect" and fact.group_end is not None:
                after = re.match(r"\s*(?:for|in|among|with)\s+(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:versus|vs\.?|compared\s+with|"
                                 r"compared\s+to)\s+(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)(?=\s*[,;.]|\s*$)", s[fact.group_end - base:])
                if after:
                    drug, comparator = add_pair(arms, after["a"], after["b"], "a results sentence", abbr)
            drug = drug or heading_drug or state["drug"] or (main[0] if not _only_generic(main[0]) else None)
            comparator = comparator or (heading_comparator if drug == heading_drug else None) or \
                (state["comparator"] if drug == state["drug"] else None) or (main[1] if drug == main[0] else None)
            if fact.arm_text and fact.role == "effect":  # "100 more ... per 1000 with PCNL"
                named = arms.find(_expand(N.clean(fact.arm_text), abbr)) or next(
                    (n for a, b, n in mentions(f"the {fact.arm_text} group", arms, abbr)), None)
                if named:
                    others = [n for n in (subjects + comparators) if n != named]
                    drug, comparator = named, (others[0] if others else comparator if comparator != named else drug)
            announced = (heading_drug, heading_comparator) if heading_drug and heading_comparator else state.get("pair")
            explicit = comparator is not None and comparator in comparators and drug in subjects  # "B reduced X compared with A"
            if fact.role == "effect" and announced and announced[0] != announced[1] and drug and not explicit \
                    and _within(drug, *announced) and (comparator is None or _within(comparator, *announced)):
                # "Mean pain with surgery was 13 compared to 17 with exercise (MD ...)" under "Exercise versus surgery", "TPN
                # may improve ... (RR 2.13)" after "Two studies compared nasojejunal feeding with TPN": a review estimates each
                # comparison in the direction its heading or announcement gives, whichever group the sentence names first
                drug, comparator = announced
            if drug == comparator or fact.measure in ("proportion", "rate", None):
                comparator = None  # one group's figure has no comparator
            fact.drug, fact.comparator = drug, comparator
            if fact.role == "effect" and not one_off:
                state["drug"], state["comparator"] = drug, comparator
                if previous is None or previous.role != "effect":
                    first_effect_comparator_lead = first_effect_comparator_lead or (
                        bool(head_spans) and _is_comparator(s, head_spans[-1][0] + clause_start)
                        and re.fullmatch(r"[\s,]*", head[head_spans[-1][1]:]) is not None)
        else:  # one group's figure
            fact.drug = series_arms.get(id(fact))
            if fact.drug is None and fact.arm_text:
                last = fact.arm_text.split()[-1]
                fact.drug = arms.find(_expand(fact.arm_text, abbr)) or (arms.find(last) if not _PEOPLE_WORD.match(last) else None) or (
                    arms.add(fact.arm_text, "a results sentence", abbr) if fact.arm_text not in ("__from__", "__to__")
                    and N.key(fact.arm_text) not in _GROUP_ONLY and not _is_generic(fact.arm_text) else None) or (
                    arms.find(fact.arm_text) if _is_generic(fact.arm_text) else None) or (
                    fact.arm_text if _is_generic(fact.arm_text) else None)
        # the outcome (arms named on the way count as arms, not outcome words)
        if len(arms.names) != known_arms:
            known_arms = len(arms.names)
            spans = mentions(s, arms, abbr)
            head_spans = [(a - clause_start, b - clause_start, n) for a, b, n in spans if clause_start <= a and b <= rel_lead]
        outcome = None
        if fact.role in ("arm", "background") and previous is not None and previous.role in ("arm", "background") \
                and previous.outcome and _same_bracket(s, previous.end - base, fact.start - base):
            fact.outcome = previous.outcome
            previous = fact
            continue
        if fact.role == "effect" and previous is not None and previous.role == "arm" and previous.outcome \
                and _same_bracket(s, previous.end - base, fact.start - base) and set(
                    w.lower() for w in re.findall(r"[A-Za-z]{4,}", s[previous.end - base:fact.start - base])) <= _BRACKET_WORDS:
            fact.outcome = previous.outcome  # "(5 versus 3 per 1000; RR 1.54 ...": the ratio of the two groups' figures
            state["outcome"] = previous.outcome
            previous = fact
            continue
        if measure_item and tidy_outcome(measure_item):
            outcome = tidy_outcome(measure_item)
        elif not (list_item and first_effect_comparator_lead and previous is not None):
            outcome = outcome_from(head, head_spans)
            if outcome is None and boundary < clause_start:  # "..., but the evidence is very uncertain (RR ..."
                wide = s[boundary:rel_lead]
                outcome = outcome_from(wide, [(a - boundary, b - boundary, n) for a, b, n in spans if boundary <= a and b <= rel_lead])
        if outcome and (arms.find(_expand(outcome, abbr)) and N.key(arms.find(_expand(outcome, abbr))) == N.key(_expand(outcome, abbr))
                        or _is_generic(outcome)):
            outcome = None  # an arm's name is not an outcome ("... with nivolumab (HR ...")
        if outcome and re.match(r"^(?:primary|main)\s+(?:composite\s+)?(?:outcome|end\s*point|endpoint)", outcome, re.I):
            outcome = primary.get("primary outcome", outcome)
        if fact.role in ("arm", "background") and re.search(r"[(\[]\s*$", s[:fact.start - base]):
            before = _phrase_before_bracket(s[clause_start:fact.start - base], head_spans)
            outcome = before or outcome  # "fewer reports of nausea (8.9% vs 27.5%)"
        if outcome is None and previous is not None and previous.outcome:
            outcome = previous.outcome
        if heading_outcome and (outcome is None or N.content_words(outcome) & N.content_words(heading_outcome)):
            if outcome and not (N.content_words(heading_outcome) <= N.content_words(outcome)):
                fact.notes.append(f"outcome from the subheading '{heading_outcome}'")
            outcome = heading_outcome if outcome is None or len(outcome.split()) > len(heading_outcome.split()) + 1 \
                or N.content_words(outcome) <= N.content_words(heading_outcome) else outcome
        if fact.role == "effect":  # "(n = 79, number of people with a delayed memory deficit, RR 0.63, ...)"
            outcome = _bracket_outcome(s, fact.start - base) or outcome
        if fact.role == "effect" and (outcome is None or re.fullmatch(r"(?:\w+ly\s+)*(?:more|less)\s+(?:effective|efficacious)", outcome)):
            outcome = _outcome_after(s, fact.start - base) or outcome  # "(SMD -0.36, ...) demonstrating a small effect upon fatigue"
        if outcome is None and fact.role != "count":  # "Data for X were available from three trials. The MD was ..."
            outcome = _announced_outcome(lay, sentence)
        if outcome is None:
            outcome = heading_outcome
        if outcome is None and fact.role != "count" and state.get("outcome"):
            outcome = state["outcome"]
            fact.uncertain.append("the sentence names no outcome: taken from the sentence before")
        if outcome is None and fact.role == "effect" and state.get("earlier outcome") and sentence.heading \
                and not lay.title_text and not primary.get("primary outcome"):
            outcome = state["earlier outcome"]  # a new comparison's heading, then "a significant difference in favour of X (OR ..."
            fact.uncertain.append("the sentence names no outcome: taken from an earlier result (another comparison)")
        if outcome is None and fact.role in ("effect", "arm") and lay.kind != "cochrane" and not primary.get("primary outcome") \
                and _title_outcome(lay):
            outcome = _title_outcome(lay)
            fact.uncertain.append("the sentence names no outcome: taken from the title")
        if outcome is None and fact.role in ("effect", "arm") and lay.kind != "cochrane" and primary.get("primary outcome") \
                and state.get("primary used") in (None, sentence.start):
            outcome = primary["primary outcome"]
            state["primary used"] = sentence.start
            fact.uncertain.append("the sentence names no outcome: taken to be the primary outcome")
        after = re.match(r"[\s)\]]*(?P<a>sensitive|specific|accurate)\b", s[(fact.group_end or fact.end) - base:])
        if after and fact.role != "count":  # "was 94.0% (95% CI 82.0% to 98.2%) sensitive, and 86.9% (...) specific"
            outcome = after["a"]
        if previous is not None and previous.stated_outcome and \
                N.content_words(previous.stated_outcome) <= N.content_words(s[(previous.group_end or previous.end) - base:rel_lead]):
            outcome = previous.stated_outcome  # "... 37 more received a false-positive result ... (RR 1.43 ...)"
        if fact.stated_outcome:  # the pattern read its own outcome: nothing was taken from elsewhere
            fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]
        fact.outcome = outcome = fact.stated_outcome or outcome
        if outcome and fact.role != "count":
            state["outcome"] = outcome
        previous = fact
    for fact in group:
        if fact.role == "count" and fact.partner is not None:
            fact.drug, fact.comparator = fact.partner.drug, None
    # a share of the people studied, not of one group: "238 [76.3%] female"
    for fact in group:
        if fact.role == "arm" and fact.drug is None:
            fact.role = "background"
            fact.drug = None
            predicate = re.match(r"^\s*[)\]]?\s*(?:participants?|patients?|people|children|adults|women|men|infants)?\s*"
                                 r"(?:were\s+|was\s+|had\s+|reported\s+|filled\s+)?(?P<p>[a-z][^,;()]*)", s[fact.end - base:])
            if predicate and re.match(r"of\s", predicate["p"]) and fact.outcome:
                continue  # "worsening of cough after 29% of procedures": "of procedures" is what it is a share of
            if predicate and tidy_outcome(predicate["p"]):
                fact.outcome = tidy_outcome(("filled " if s[fact.end - base:].lstrip(") ]").startswith("filled") else "")
                                            + predicate["p"])


def _within(name: str, *arms: str) -> bool:
    """"exercise" is one of "strengthening exercise" and "surgery"."""
    return any(name == arm or N.content_words(name) <= N.content_words(arm) for arm in arms)


# "... no difference in BCVA when comparing face-up with face-down positioning (MD ...)": the clause right before the
# estimate names its arms
_COMPARING = re.compile(r"\bwhen\s+comparing\s+(?:the\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:with|to|versus|vs\.?|and)\s+"
                        r"(?:(?:the|a|an)\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)(?:\s+(?:with\s+or\s+without|at|in|on|for|after)\b[^,;]*)?\s*$", re.I)
# "no differences ... in any psychosocial intervention group compared to control (Retention: RR ...": the group named
_IN_ANY_GROUP = re.compile(r"\b(?:in|for)\s+(?:the|any|each|all)\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+groups?\s+"
                           r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,3}\s*$", re.I)
# "Similarly, use of prednisone (two studies, 212 participants, risk ratio 1.13 ...) compared with aspirin": the arm
# right before the estimate's bracket
_USE_OF_BRACKET = re.compile(r"\b(?:use|administration)\s+of\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s*(?:\([^()]*)?$", re.I)
# "rates of relapse were lower for social skills compared to standard care (...": the arm the comparison favours
_LOWER_FOR = re.compile(r"\b(?:lower|higher|greater|fewer|more|less|better|worse|improved|reduced|increased|shorter|longer)\s+"
                        r"(?:for|in|with|among)\s+(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)\s+(?:groups?\s+)?"
                        r"(?:compared\s+(?:with|to)|versus|vs\.?|than(?:\s+(?:with|in|for))?)\s", re.I)
# "and participants' mental state results (1 RCT ...)": a measure of the people, not a further comparator
_PEOPLES_MEASURE = re.compile(r"^(?:participants|patients|people|children|women|men|infants|adults)(?:['’]s?)?\s|"
                              r"\b(?:results?|scores?|outcomes?|measures?)$", re.I)
# "Physical activity was significantly more effective than the control at the end of ... (SMD ...": subject and comparator
_MORE_EFFECTIVE = re.compile(r"^\s*(?:(?:overall|however|similarly|in\s+addition),\s+)?(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+(?!was\b|were\b|"
                             r"is\b|are\b)[\w/+-]+){0,4}?)\s+(?:was|were|is|are)\s+(?:\w+ly\s+){0,3}(?:(?:more|less)\s+effective\s+than|"
                             r"superior\s+to|inferior\s+to|better\s+than|worse\s+than)\s+(?:the\s+|an?\s+)?(?P<b>[A-Za-z][\w/+-]*"
                             r"(?:\s+(?!at\b|in\b|for\b|on\b|with\b|after\b|during\b)[\w/+-]+){0,3}?)(?=\s+(?:at|in|for|on|with|after|"
                             r"during)\b|\s*[(,;.]|\s*$)", re.I)
# "we found effects in favour of MI for ...", "Significant benefit of a 10-mg nomogram was observed (RR ...", "results
# favoured social skills (1 RCT ...": the arm credited with the result, in an abstract that names it nowhere else
_FAVOURED = re.compile(r"(?:\bin\s+favou?r\s+of|\b(?:benefits?|advantages?)\s+of|\b(?:results?|data|evidence)\s+favou?red)\s+"
                       r"(?:the\s+|an?\s+)?(?P<x>[A-Za-z0-9][\w/+-]*(?:\s+(?!for\b|on\b|in\b|was\b|were\b|over\b|compared\b|"
                       r"versus\b|vs\b|at\b|with\b)[\w/+-]+){0,4}?)(?=\s+(?:for|on|in|was|were|over|compared|versus|vs|at|with)\b|"
                       r"\s*[(,;.]|\s*$)", re.I)
_NOT_FAVOURED = re.compile(r"\b(?:reduced|reduction|increased?|lower|higher|fewer|more|less|incidence|risk|rates?|odds|"
                           r"treatment\s+groups?|intervention\s+groups?|control\s+groups?|this|these|that|those|both|either)\b", re.I)
# "Amantadine was effective in preventing influenza A in children (773 participants, RR 0.11 ...": the subject is the arm
_EFFECTIVE_IN = re.compile(r"^\s*(?:(?:overall|however|similarly|in\s+addition),\s+)?(?:the\s+)?(?P<a>[A-Za-z][\w/+-]*(?:\s+(?!was\b|were\b|"
                           r"is\b|are\b)[\w/+-]+){0,3}?)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:not\s+)?(?:effective|efficacious)\s+"
                           r"(?:in|at|for)\s+(?:preventing|reducing|treating|improving|lowering|increasing|shortening)\b", re.I)
# "When 10,000 units hCG priming was compared to no priming, we found ... (OR ...; ...), miscarriage (OR ...)": the
# opening clause names the pair for the whole sentence
_WHEN_COMPARED = re.compile(r"^(?:when|where|if)\s+(?:the\s+|an?\s+)?(?P<a>[\w/+,-]+(?:\s+[\w/+-]+){0,5}?)\s+(?:was|were|is|are)\s+"
                            r"compared\s+(?:with|to|against)\s+(?:the\s+|an?\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s*,", re.I)
# "No difference was observed in X when the warfarin nomogram of 10 mg was compared with the warfarin nomogram of 5 mg (RR ...":
# the same clause at the end of the words before the estimate
_WHEN_COMPARED_LATE = re.compile(r"\bwhen\s+(?:the\s+|an?\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,5}?)\s+(?:was|were|is|are)\s+"
                                 r"compared\s+(?:with|to|against)\s+(?:the\s+|an?\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,5}?)\s*,?\s*$", re.I)
# "Interventions which used patient education may ...", "Programmes that used bibliotherapy ...": the arm is what they used
_USED_IN = re.compile(r"^(?:the\s+)?(?:interventions?|programmes?|programs?|approaches|treatments?|therapies|studies|trials)\s+"
                      r"(?:which|that)\s+(?:used|use|included|include|involved|involve|delivered|offered|provided)\s+"
                      r"(?P<x>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:may|might|probably|likely|could|also|had|has|have|showed?|"
                      r"reduced?|increased?|improved?)\b", re.I)
_ARMISH = re.compile(r"(?:\b|psycho)(?:doses?|dosing|regimens?|therapy|therapies|supplementation|supplements?|vaccination|vaccines?|"
                     r"training|exercises?|programmes?|programs?|counselling|surgery|screening)$", re.I)
_SUBJECT_ARM = re.compile(r"^(?:(?:similarly|likewise|however|conversely|in\s+addition|by\s+contrast),\s+)?"
                          r"(?:(?:in|among|compared\s+(?:with|to)|versus|regarding|for)\s+(?:[^,()]|\([^()]*\)){1,80}?,\s+)?(?:the\s+)?"
                          r"(?P<x>[A-Za-z][\w/+()-]*(?:\s+(?!may\b|might\b|probably\b|likely\b|could\b|reduced?\b|increased?\b|"
                          r"improved?\b|results?\b|resulted\b|led\b|leads?\b|lowered\b|lowers?\b|is\b|was\b|are\b|were\b)[\w/+()-]+){0,6}?)\s+"
                          r"(?:may|might|probably|likely|could|reduced?|reduces|increased?|increases|improved?|improves|results?|resulted|led|leads|"
                          r"lowered|lowers)\b", re.I)

# the same with a plain verb: "Iron and antimalarial treatment reduced clinical malaria (RR ...", "aspirin does not
# cause an excess of bleeding (RR ..." (only where no title, heading or comparison names an arm)
_PLAIN_SUBJECT = re.compile(r"^(?:(?:overall|similarly|likewise|however|conversely|in\s+addition|by\s+contrast),\s+)?"
                            r"(?:(?:in|among|for)\s+(?:[^,()]|\([^()]*\)){1,80}?,\s+)?(?:the\s+)?"
                            r"(?P<x>[A-Za-z][\w/+-]*(?:\s+(?!(?:does|did|do|reduced|increased|improved|lowered|decreased|shortened|"
                            r"prevented)\b)(?:\([^()]{1,40}\)|[\w/+-]+)){0,4}?)\s+"
                            r"(?:(?:does|did|do)\s+not\s+(?:cause|increase|reduce|decrease|improve|lower|raise|prevent|affect|change)|"
                            r"reduced|increased|improved|lowered|decreased|shortened|prevented)\b", re.I)

_ANNOUNCED = (
    re.compile(r"^(?:(?:the\s+)?(?:outcome\s+)?data|results|information|evidence)\s+(?:for|on|about|of|regarding)\s+(?P<o>[^.;]+?)\s+"
               r"(?:were|was|are|is)\s+(?:available|reported|obtained|pooled|provided|analy[sz]ed|collected)\b", re.I),
    re.compile(r"^(?:[\w-]+\s+){0,2}(?:trials?|studies|RCTs)\s+(?:\([^()]*\)\s+|(?:involving|including|with)\s+[\d,]+\s+"
               r"(?:participants|patients|people|women|men|children|adults|infants)\s+)?(?:provided|contributed|gave)\s+"
               r"(?:data|information|results)\s+(?:on|for|about)\s+(?P<o>[^.;()]+?)\s*(?:[.;(]|$)", re.I),
    re.compile(r"^(?:[\w-]+\s+){0,2}(?:trials?|studies|RCTs)\s+(?:\([^()]*\)\s+)?(?:reported|measured|assessed|evaluated)\s+"
               r"(?:(?:data\s+)?on\s+|data\s+for\s+)?(?P<o>[^.;,()]+?)\s*(?:[.;,(]|\s+(?:at|with|using|in\s+\d)\b|$)", re.I),
)


_BRACKET_WORDS = {"versus", "ratio", "risk", "odds", "hazard", "relative", "women", "people", "participants", "patients", "children",
                  "adults", "infants", "persons", "screened"}


def _bracket_outcome(s: str, label_start: int) -> str | None:
    """An outcome named inside the estimate's own bracket, just before its label: "(n = 79, mean change
    in global cognitive function, MD 5.80, 95% CI ...)"."""
    spelled = re.search(r"(?:" + _ESTIMATE_LABEL.pattern + r")\s*[(\[]\s*$", s[:label_start], re.I)
    if spelled:  # "standardised mean difference (SMD) 0.06": the label starts before its abbreviation
        label_start = spelled.start()
    opening = max(s.rfind("(", 0, label_start), s.rfind(";", 0, label_start))
    if opening < 0 or s.rfind(")", 0, label_start) > opening and s[opening] == "(" or (s[opening] == ";" and _depth(s, opening) == 0):
        return None
    inside = s[opening + 1:label_start]
    labelled = re.match(r"\s*(?P<o>[A-Za-z][^:;,()]{1,60}?)\s*:\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"(?:RCTs?|trials?|stud(?:y|ies))\b[^:;]*$", inside, re.I)
    if labelled and s[opening] == "(" and tidy_outcome(labelled["o"]):  # "(relapse: 2 RCTs, n = 263, RR 0.52 ..."
        return tidy_outcome(labelled["o"])
    if not re.search(r"[,:]\s*$", inside):  # "(n = 79, X, RR ..." or "(mental well-being: SMD ..."
        return None
    parts = [p.strip() for p in re.split(r"[,;:]", inside) if p.strip()]
    if not parts or re.match(r"^(?:n\s*=|\d|adjusted|after|at|in|among|per|p\s*[=<]|I2|very|low|moderate|high)", parts[-1], re.I):
        return None
    colon = inside.rstrip().endswith(":")  # "anxiety: SMD ..." names it; a lone word after a comma may not
    return tidy_outcome(parts[-1]) if colon or len(parts[-1].split()) >= 2 else None



_EFFECT_UPON = re.compile(r"^\s*,?\s*(?:demonstrating|showing|indicating|suggesting|with)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:effects?|benefits?|reductions?|improvements?)\s+(?:up)?on\s+(?:the\s+)?(?P<o>[^.;,()]+)", re.I)


def _outcome_after(s: str, position: int) -> str | None:
    """The outcome named right after the estimate's bracket closes, when nothing before it names one."""
    depth = _depth(s, position)
    i = position
    while i < len(s) and depth > 0:
        depth += 1 if s[i] in "([" else -1 if s[i] in ")]" else 0
        i += 1
    found = _EFFECT_UPON.match(s[i:]) if depth == 0 and i > position else None
    return tidy_outcome(found["o"]) if found else None

def _announced_outcome(lay: Layout, sentence: Sentence) -> str | None:
    """The outcome a figure-less sentence announces for the estimate in the next one: "Data for mean
    improvement in the Epworth Sleepiness Scale were available from five trials. The MD was -2.55 ..."."""
    index = next((i for i, s in enumerate(lay.sentences) if s.start == sentence.start), None)
    if not index:
        return None
    before = lay.sentences[index - 1]
    if before.paragraph != sentence.paragraph and before.section != sentence.section:
        return None
    for pattern in _ANNOUNCED:
        found = pattern.match(before.text.strip())
        if found:
            return tidy_outcome(re.sub(r"^(?:the\s+)?(?:mean\s+|average\s+)?(?:improvement|change|reduction|increase)s?\s+"
                                       r"(?:in|of)\s+", "", found["o"], flags=re.I))
    return None


def _qualified(subject: str, arm: str) -> bool:
    """"Continuous use of OCPs" is more than "OCPs": a regimen, dose or form of the arm."""
    return bool(re.search(r"\b(?:continuous|standard|extended|cyclic|intermittent|high|low|higher|lower|single|double|short|long|"
                          r"daily|weekly|regimen|dose|doses|dosage|schedule|course|form)\b", subject, re.I)) and \
        len(subject.split()) >= 2 and not N.content_words(subject) <= N.content_words(arm)


def _new_arm_subject(before: str, comparators: list[str]) -> str | None:
    """"Continuous use of OCPs may reduce pain ... more effectively than the standard regimen": when a
    sentence compares its subject with a named arm, the subject is an arm too."""
    if not comparators:
        return None
    found = _SUBJECT_ARM.match(before.strip())
    if not found:
        return None
    # "Compared to no active control, meta-analysis showed that inspiratory muscle training resulted in ...": what it showed
    subject = re.sub(r"^.*?\b(?:showed|found|suggested|indicated|demonstrated)\s+that\s+(?:the\s+)?", "", found["x"])
    if re.match(r"^(?:there|it|we|this|these|that|those|such|the\s+evidence|evidence|one|two|three|data|results?|studies|trials?|participants?|"
                r"patients?|people|women|men|children|the\s+studies)\b", subject, re.I):
        return None
    return subject


def _phrase_before_bracket(text: str, arm_spans) -> str | None:
    """The noun phrase right before "(": "... and abnormal dreams (" -> "abnormal dreams"."""
    text = re.sub(r"[(\[]\s*$", "", text).rstrip()
    for start, end, _ in arm_spans:
        if end >= len(text) - 1 or re.fullmatch(r"\s*(?:alone|only)\s*", text[end:]):
            return None  # "more common with zenagliflozin (13.1% vs. 10.6%)": the bracket follows an arm
    piece = re.split(r"[,;:()\[\]]|\b(?:and|or|of|in|with|for|on|to|was|were|had|than|as|by)\s+(?=\S+(?:\s+\S+){0,3}$)", text)[-1]
    piece = piece.strip()
    if not piece or len(piece.split()) > 5 or re.search(r"\b(?:groups?|arms?|was|were|similar|higher|lower|balanced|comparable|different|equal)\b", piece, re.I):
        return None
    return tidy_outcome(piece)


def _same_bracket(s: str, a: int, b: int) -> bool:
    """Two figures in one bracket: "(13.1% vs. 10.6%)"."""
    return a <= b and not re.search(r"[()\[\]]", s[a:b].replace(")", "", 1) if s[a:a + 1] == ")" else s[a:b]) and \
        re.search(r"[(\[][^()\[\]]*$", s[:a]) is not None


def _joined(s: str, first: Fact, second: Fact, base: int) -> bool:
    """Figures of two groups: joined by vs, and, or, compared with; or a sentence ending in "respectively"."""
    between = s[first.end - base:second.start - base]
    if re.fullmatch(r"\s*(?:to|-)\s*", between):
        return False  # a range, "69.7% to 80.1%"
    return bool(re.search(r"\b(?:vs\.?|versus|and|or|compared\s+(?:with|to)|than)\b", between, re.I)) or "respectively" in s


def _series_arms(s: str, spans, series: list[Fact], base: int, main) -> dict[int, str]:
    """The arm of each figure in a run of per-group figures ("13.8% ... and 17.1%", "12.1% vs. 6.6%")."""
    result: dict[int, str] = {}
    if not series:
        return result
    ordered = []
    for a, b, name in spans:
        if name not in ordered:
            ordered.append(name)
    explicit = {}
    for fact in series:
        if fact.arm_text in ("__from__", "__to__"):
            continue
        if fact.arm_text:
            for a, b, name in spans:
                if fact.end - base <= a <= fact.end - base + 60 and N.key(fact.arm_text) in N.key(s[a:b] + " " + name):
                    explicit[id(fact)] = name
                    break
    for fact in series:
        if id(fact) in explicit:
            result[id(fact)] = explicit[id(fact)]
    unassigned = [f for f in series if id(f) not in result and f.arm_text not in ("__from__", "__to__")]
    if len(unassigned) == 1 and not explicit:
        before = [name for a, b, name in spans if b <= unassigned[0].start - base]
        if len(ordered) == 1 and before:
            result[id(unassigned[0])] = ordered[0]  # "rituximab was linked to urinary infections (9%)"
        unassigned = []
    if len(ordered) < 2 and main[0] and main[1]:
        lone = [a for a, b, name in spans if ordered and name == ordered[0]]
        if ordered and ordered[0] != main[0] and lone and _is_comparator(s, lone[0]):
            ordered = [main[0], ordered[0]]  # "... with the combination than with mammography alone (5 versus 10 ...)"
        else:
            ordered = [main[0], main[1]] if not ordered or ordered[0] == main[0] else [ordered[0], main[0]]
    if len(unassigned) >= 2 and not all(_joined(s, a, b, base) for a, b in zip(unassigned, unassigned[1:])):
        unassigned = []  # "238 [76.3%] female ... 281 (90.1%) completed": shares of everyone, not of two groups
    if unassigned and len(ordered) >= 2:
        # pairs in order: the figures that follow each other take the arms in the order the sentence names them
        for index, fact in enumerate(unassigned):
            result[id(fact)] = ordered[index % len(ordered)] if len(unassigned) % len(ordered) == 0 else None
            if result[id(fact)] is None:
                del result[id(fact)]
    for fact in series:
        if fact.arm_text == "__from__" and len(ordered) >= 2:
            result[id(fact)] = ordered[-1]
        elif fact.arm_text == "__to__" and ordered:
            result[id(fact)] = ordered[0]
    return result


# "(e.g. 200 versus 100 international units (IU): odds ratio 0.88, ...)": arms that are doses only, named by
# their doses; the bracket or clause must end at the estimate's label
_DOSE_UNIT = r"(?:mg/kg|mg|µg|μg|mcg|g|mL|ml|IU|international\s+units(?:\s*\(IU\))?|units|mmol|mg/m2)"
_DOSE_PAIR = re.compile(r"(?P<a>\d+(?:[.,]\d+)?)\s*(?P<ua>" + _DOSE_UNIT + r")?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+"
                        r"(?P<b>\d+(?:[.,]\d+)?)\s*(?P<u>" + _DOSE_UNIT + r")(?:/(?:day|d|week))?\s*[:,]?\s*$", re.I)


def dose_pairs(facts: list[Fact]) -> None:
    for fact in facts:
        if fact.role != "effect" or fact.lead_end is None and fact.start is None:
            continue
        s, at = fact.sentence.text, fact.start - fact.sentence.start
        at = len(re.sub(r"\s*\(\s*$", "", s[:at]))  # "odds ratio (OR 0.88": the label's own bracket
        depth, opening = 0, -1
        for i in range(at - 1, -1, -1):  # the bracket still open at the estimate
            if s[i] == ")":
                depth += 1
            elif s[i] == "(":
                if depth == 0:
                    opening = i
                    break
                depth -= 1
        before = s[max(opening + 1, s.rfind(";", 0, at) + 1):at]
        label = _ESTIMATE_LABEL.search(before)
        before = before[:label.start()] if label else before
        before = re.sub(r"^\s*(?:e\.g\.|for\s+example|eg)\s*,?\s*", "", before, flags=re.I)
        found = _DOSE_PAIR.search(before)
        if not found or found.start() > 0 and before[:found.start()].strip():
            continue
        unit = re.sub(r"international\s+units(?:\s*\(IU\))?", "IU", found["u"], flags=re.I)
        first = re.sub(r"international\s+units(?:\s*\(IU\))?", "IU", found["ua"], flags=re.I) if found["ua"] else unit
        fact.drug, fact.comparator = f"{found['a']} {first}", f"{found['b']} {unit}"
        fact.notes.append("arms that differ only by dose, named by their doses")
