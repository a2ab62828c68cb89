"""The arms (and comparisons) an abstract names: its title, objectives, allocation sentence, subheadings,
lists of comparisons and results sentences; `add_pair` records two arms named together."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.frame import _ESTIMATE, first_subject, inclusion_frame
from laylint.draft.sections import Layout
from laylint.draft.mentions import mentions, _expand, _is_comparator, _is_generic


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
                                              r"did|does|do|was|were|is|are|had|has|have|reduced?|increased?|improved?|resulted|caused?|led|showed|"
                                              r"produced|lowered)\b)",
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
    if not any(where in ("the title", "the objectives") for where in arms.sources.values()):
        _frame_first(lay, arms, abbr, add_pair)  # no title or objectives: the inclusion sentence says what was compared
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
    # comparisons announced in the results ("Two trials compared X with Y."): their arms; the pair is the main
    # comparison only when it is the one announced and before any estimate (later, it is one subgroup of studies)
    first_estimate = next((s.start for s in lay.sentences if s.section in ("results", "unstructured") and _ESTIMATE.search(s.text)), len(text))
    framing = len({said for _, _, said in lay.announced}) == 1 and lay.announced[0][0] < first_estimate
    for said in dict.fromkeys(said for _, _, said in lay.announced):
        left, right = re.split(N.COMPARE, said, maxsplit=1, flags=re.I)
        known = list(arms.comparisons)
        add_pair(left if _known(arms, left, abbr) else _specific(left), right if _known(arms, right, abbr) else _specific(right),
                 "a comparison announced in the results")
        if not framing:
            arms.comparisons[:] = known
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
            named = _COMPARISON_SUBJECT.match(sentence.text)
            if named and not N._NOT_ARM.search(named["a"]) and not N._NOT_ARM.search(named["b"]):
                add_pair(named["a"], named["b"], "a results sentence")
                found = None  # (the pattern above would keep "comparison" in the second arm's name)
            if found and not re.search(r"\d", found.group(0)) and not re.fullmatch(
                    r"(?:vaccine\s+)?(?:efficacy|effectiveness|protection)", found["a"], re.I) \
                    and not re.search(r"^(?:these|this|those|such|it|they|when|where|if|while|whereas)\b|"
                                     r"\b(?:should|must|need|needs|be|been|was|were|is|are)\b", found["a"], re.I) \
                    and not re.fullmatch(r"(?:an?|the)", found["b"], re.I) \
                    and not _A_MEASURE.search(found["a"]):  # "These benefits should be balanced against an ..."
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
    # arms a results sentence names plainly: "with X than with Y" (not "with attrition greater than 20%"), "in the X group", ...
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
    for sentence in lay.sentences:  # "children taking X relative to children taking placebo": the pair, when none is named
        found = _TAKING_PAIR.search(sentence.text) if sentence.section in ("results", "unstructured") and not arms.comparisons else None
        if found and not N._NOT_ARM.search(found["a"]) and not N._NOT_ARM.search(found["b"]) and not _is_generic(found["a"]):
            add_pair(found["a"], found["b"], "a results sentence")
    if not arms.names:  # a results paragraph with no title: "Four trials ... evaluated intravenous corticosteroids"
        _evaluated_arms(lay, arms, abbr, add_pair)
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


# ("in the L. reuteri group": a species abbreviated to its initial opens the name)
_X = r"(?P<{}>(?!the\b|a\b|an\b|this\b|that\b|each\b|both\b)(?:\d+(?:\.\d+)?%\s+(?=[a-z]))?(?:[A-Z]\.\s+(?=[a-z]{{3}}))?[A-Za-z][\w/+-]*(?:\s+(?!than\b|and\b|or\b|versus\b|vs\b|group\b|in\b|at\b|for\b|when\b|where\b|while\b|if\b|who\b|which\b|between\b)(?:\d+(?:\.\d+)?%|[\w/+-]+)){{0,3}}?)"
_END = r"(?=\s*(?:[(,;.]|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bgroups?\b|\barms?\b|\bmay\b|\bprobably\b|\band\b|\bat\b|\bin\b|$))"
# "children taking X relative to children taking placebo", "smokers receiving X had higher quit rates", "women taking
# placebo experience side effects": the verb or "relative to" ends the arm too (only after a people word and a taking verb, below)
_END_TAKING = (r"(?=\s*(?:[(,;.]|\bthan\b|\bcompared\b|\bversus\b|\bvs\b|\bgroups?\b|\barms?\b|\bmay\b|\bprobably\b|\band\b|\bat\b|"
               r"\bin\b|\brelative\s+to\b|\b(?:had|have|were|was|showed|experiences?|experienced|seen|will|would|did|do|does|reported|"
               r"developed|needed|required)\b|$))")
_RESULT_ARMS = (
    re.compile(r"\bwith\s+" + _X.format("a") + r"\s+(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:with\s+)?(?!\d)" + _X.format("b") + _END, re.I),
    re.compile(r"\b(?:in|among|of)\s+the\s+" + _X.format("a") + r"\s+(?:group|arm)s?\b", re.I),
    re.compile(r"\b(?:patients|people|participants|women|men|children|adolescents|adults|infants|smokers|those|users)\s+"
               r"(?:treated\s+with|receiving|given|taking|allocated\s+to|assigned\s+to)\s+" + _X.format("a") + _END_TAKING, re.I),
    re.compile(r"^(?:compared\s+(?:with|to)|versus)\s+" + _X.format("b") + r",\s+" + _X.format("a")
               + r"\s+(?:may|might|probably|likely|could|reduced?|reduces|increased?|increases|improved?|improves|lowered|lowers)\b", re.I),
    re.compile(r"\b(?:less|more)\s+(?:frequent|common|often|likely)\s+(?:with|in|among)\s+" + _X.format("a") + _END, re.I),
    # "if they receive antibiotics instead of placebo: clinical diagnosis (OR ...", "used varenicline instead of patches"
    re.compile(r"\b(?:receives?|received|receiving|given|uses?|used|using|takes?|took|taking)\s+" + _X.format("a")
               + r"\s+instead\s+of\s+" + _X.format("b") + r"(?=\s*[:(,;.]|\s+(?:or|and)\s|$)", re.I),
)
_TAKING = (r"\b(?:patients|people|participants|women|men|children|adolescents|adults|infants|smokers|those|users)\s+"
           r"(?:treated\s+with|receiving|given|taking|allocated\s+to|assigned\s+to|randomi[sz]ed\s+to)\s+")
_TAKING_PAIR = re.compile(_TAKING + _X.format("a") + r"\s+(?:relative\s+to|compared\s+(?:with|to)|versus|vs\.?)\s+(?:" + _TAKING
                          + r")?" + _X.format("b") + _END_TAKING, re.I)
# a measure or a clause, not an arm: "The additional proportion who benefited over control was not large"
_A_MEASURE = re.compile(r"\b(?:who|whom|whose|proportion|percentage|number|numbers|rate|rates|risk|odds|likelihood|chance)\b", re.I)
_GROUP_ONLY = {"control", "intervention", "treatment", "study", "active", "comparison", "experimental", "placebo", "usual care"}


def _frame_first(lay: Layout, arms: N.Arms, abbr: dict, add_pair) -> None:
    """The inclusion sentence's pair (frame.py), or the first result's subject ("... indicates that exercise reduced
    pain"), goes first: the allocation reader may have read a later sentence's list."""
    framed = inclusion_frame(lay.sentences)
    subject = None if framed else first_subject(lay.sentences)
    if framed:
        first, second = add_pair(*framed, "the inclusion sentence")
        if first and second and first != second:
            arms.comparisons.remove((first, second))
            arms.comparisons.insert(0, (first, second))
        ahead = [n for n in (first, second) if n]
    else:
        ahead = [arms.add(subject, "the first result's subject", abbr)] if subject else []
    ahead = [n for n in ahead if n]
    arms.names[:] = ahead + [n for n in arms.names if n not in ahead]


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


# "The CBT + risperidone versus CBT + placebo comparison identified no clear difference (RR ...": the pair as the subject
_COMPARISON_SUBJECT = re.compile(r"^(?:in\s+[^,]{1,80},\s+)?the\s+(?P<a>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+" + N.COMPARE
                                 + r"\s+(?P<b>[\w/+-]+(?:\s+[\w/+-]+){0,4}?)\s+comparisons?\s+(?:identified|showed|found|suggested|"
                                 r"revealed|indicated|may|might|probably|had|did|was|were)\b", re.I)
# "Four studies enrolled children with dengue-related shock and evaluated intravenous corticosteroids", "Two RCTs with
# similar methods evaluated use of aripiprazole for eight weeks": what the studies gave (not what they measured)
_EVALUATED = re.compile(r"\b(?:studies|trials|RCTs|study|trial|RCT)\b[^.;]{0,160}?\b(?:evaluated|investigated|tested|studied|"
                        r"examined)\s+(?:the\s+)?(?:(?:use|effects?|efficacy|effectiveness)\s+of\s+)?(?P<x>[A-Za-z][\w/+-]*"
                        r"(?:\s+(?!for\b|in\b|among\b|on\b|at\b|with\b|to\b|versus\b|compared\b|and\b|as\b)[\w/+-]+){0,4}?)"
                        r"(?=\s+(?:for|in|among|on|at|with|to|versus|compared|and|as)\b|\s*[,;.(]|\s*$)", re.I)
# "Doses of marine-derived n-3 PUFAs ranged from ...", "The dosage of oral iron varied": the treatment given
_DOSES_OF = re.compile(r"\b(?:doses?|dosages?|dosing)\s+of\s+(?:the\s+)?(?P<x>[A-Za-z][\w/+-]*(?:\s+(?!ranged\b|varied\b|were\b|was\b|"
                       r"used\b|in\b|for\b|from\b|between\b|and\b|differed\b)[\w/+-]+){0,4}?)(?=\s+(?:ranged|varied|were|was|used|in|"
                       r"for|from|between|differed)\b|\s*[,;.(])", re.I)
_VERSUS_AFTER = re.compile(r"\s+" + N.COMPARE + r"\s+(?:the\s+|an?\s+)?(?P<y>[A-Za-z][\w/+-]*(?:\s+(?!for\b|in\b|among\b|on\b|at\b|"
                           r"with\b|to\b|and\b|as\b)[\w/+-]+){0,4}?)(?=\s+(?:for|in|among|on|at|with|to|and|as)\b|\s*[,;.(]|\s*$)", re.I)
# what a study measures, not what it gives: "Three trials evaluated pain at six weeks"
_MEASURED = re.compile(r"(?<![\w-])(?:pain|mortality|death|deaths|quality|outcomes?|scores?|function|symptoms?|events?|risks?|bias|adverse|"
                       r"safety|efficacy|harms?|effects?|rates?|incidence|levels?|response|survival|recurrence|costs?|"
                       r"accuracy|adherence|satisfaction|knowledge|use|length|duration|time)(?![\w-])", re.I)  # ("low-level laser" is no level)


def _evaluated_arms(lay: Layout, arms: N.Arms, abbr: dict, add_pair) -> None:
    for sentence in lay.sentences:
        if sentence.section not in ("results", "unstructured"):
            continue
        for found in [*_EVALUATED.finditer(sentence.text), *_DOSES_OF.finditer(sentence.text)]:
            x = found["x"]
            if N._NOT_ARM.search(x) or _is_generic(x) or _MEASURED.search(x):
                continue
            versus = _VERSUS_AFTER.match(sentence.text, found.end()) if found.re is _EVALUATED else None
            if versus and not N._NOT_ARM.search(versus["y"]) and not _MEASURED.search(versus["y"]):
                add_pair(x, versus["y"], "a results sentence")  # "investigated the effectiveness of X compared to Y on ..."
            else:
                arms.add(x, "a results sentence", abbr)


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
