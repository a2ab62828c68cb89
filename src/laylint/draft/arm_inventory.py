"""The arms (and comparisons) an abstract names, read in turn from its allocation sentence, title, objectives,
subheadings, lists of comparisons and results sentences (document_arms); arm_pairs, arm_phrases and result_arms
hold the parts it reads them with."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.arm_pairs import _add_keep_dose, _part_of, _shared, _unalias, combination_aliases
from laylint.draft.arm_phrases import _TITLE_TAIL, _from_phrase, _known, _specific
from laylint.draft.frame import _ESTIMATE, first_subject, inclusion_frame
from laylint.draft.sections import Layout
from laylint.draft.mentions import mentions, _expand, _is_comparator, _is_generic
from laylint.draft.result_arms import (_A_MEASURE, _BETWEEN_GROUPS, _COMPARISON_SUBJECT, _GROUP_ONLY, _LISTED, _RESULT_ARMS,
                                       _STUDIES_COMPARED, _TAKING_PAIR, _evaluated_arms)


_RANDOMISED = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated|received|receiving|"
                         r"comparing|compared)\b", re.I)
_TO_ARMS = re.compile(r"\bto\s+(?:receive\s+|either\s+)?(?P<arms>[^.;]*?\bor\b[^.;]*?)(?=[.;]|,\s+(?:in\s+addition|with|both|"
                      r"each|plus\s+usual|stratified|and\s+(?:followed|assessed|the))|$)", re.I)
_RECEIVING = re.compile(r"\b(?:receiving|received|treated\s+with|taking|exposed\s+to|users\s+of)\s+(?P<arms>[^.;:]*?\bor\b[^.;:]*?)"
                        r"(?=[.;:]|$|\s+(?:for|in|at|during)\s)", re.I)
_OBJECTIVE = re.compile(r"\b(?:assess|evaluate|determine|compare|examine|investigate|estimate|test|establish|explore|quantify|"
                        r"review|measure)\s+(?:whether\s+|if\s+)?(?:the\s+)?(?:(?:benefits?\s+and\s+harms?|effects?|efficacy|effectiveness|"
                        r"safety|harms?|association|impact|risks?\s+and\s+benefits?|clinical\s+effectiveness|cost-effectiveness|benefits?|costs?)"
                        r"(?:,?\s+(?:and\s+)?(?:safety|harms?|acceptability|effectiveness|efficacy|tolerability|costs?|"
                        r"cost-effectiveness))*\s+(?:of|between)\s+)?"
                        r"(?P<rest>[^.;]+)", re.I)


# a review, even as a bare results paragraph: "We included 15 trials", "Twelve trials (3285 women) met the inclusion criteria"
_REVIEW = re.compile(r"systematic|meta-analys|\bwe\s+included\s+(?:\w+\s+){0,2}(?:trials|studies|RCTs)\b|"
                     r"\b(?:trials|studies|RCTs)\s+(?:\([^()]*\)\s+)?(?:were\s+included|met\s+(?:the\s+|our\s+)?inclusion)", re.I)
_UNCLOSED = re.compile(r"\s*[(\[][^()\[\]]*$")


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
