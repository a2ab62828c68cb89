"""Which arm, comparator and outcome each drafted figure is about, sentence by sentence: the comparison the
sentence names, its subheading, the comparison its section is on, and the abstract's main comparison. The sentence
forms that name arms are in arm_forms, a figure's outcome in figure_outcome, runs of per-group figures in series_arms."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.model import Fact
from laylint.draft.reading import _Clause, _Reading
from laylint.draft.sections import Layout
from laylint.draft.textnorm import Sentence
from laylint.draft.arm_pairs import add_pair
from laylint.draft.arm_phrases import heading_arms
from laylint.draft.result_arms import _GROUP_ONLY, _STUDIES_COMPARED
from laylint.draft.mentions import mentions, _expand, _is_comparator, _is_generic, _only_generic
from laylint.draft.outcome_phrases import _depth, _heading_outcome, primary_outcomes
from laylint.draft.arm_forms import (_ARMISH, _COMPARING, _EFFECTIVE_IN, _FAVOURED, _IN_ANY_GROUP, _LOWER_FOR, _MORE_EFFECTIVE,
                                     _NOT_FAVOURED, _PEOPLES_MEASURE, _PLAIN_SUBJECT, _SUBJECT_ARM, _USED_IN, _USE_OF_BRACKET,
                                     _WHEN_COMPARED, _WHEN_COMPARED_LATE, _new_arm_subject, _qualified)
from laylint.draft.figure_outcome import _bracket_partner_outcome, _read_outcome
from laylint.draft.series_arms import _series_arms, _shares_of_everyone, _within


_PEOPLE_WORD = re.compile(r"(?:people|patients?|participants?|women|men|children|adults|infants|users?|persons?|individuals|"
                          r"recipients|group|arm)$", re.I)
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
        if sentence.comparison and sentence.comparison != state.get("announced"):  # "2. X versus Y.": what follows is on it
            pair = heading_arms(sentence.comparison, arms, abbr)
            state["announced"] = sentence.comparison
            if pair[0] and pair[1] and pair[0] != pair[1]:
                state.update(drug=pair[0], comparator=pair[1], outcome=None, pair=pair)
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


def _attribute_sentence(group, sentence: Sentence, lay, arms, abbr, primary, main, state) -> None:
    r = _reading(group, sentence, lay, arms, abbr, primary, main, state)
    previous: Fact | None = None
    for fact in group:
        cl = _clause(r, fact, previous)
        measure_item = None
        if fact.role in ("effect", "count") or fact.role == "background":
            measure_item = _estimate_arms(r, cl, fact)
        else:  # one group's figure
            _group_figure_arm(r, fact)
        _refresh_mentions(r, cl)  # the outcome (arms named on the way count as arms, not outcome words)
        if not _bracket_partner_outcome(r, cl, fact):
            _read_outcome(r, cl, fact, measure_item)
        previous = fact
    for fact in group:
        if fact.role == "count" and fact.partner is not None:
            fact.drug, fact.comparator = fact.partner.drug, None
    _shares_of_everyone(group, r.s, r.base)


def _reading(group, sentence: Sentence, lay, arms, abbr, primary, main, state) -> _Reading:
    s, base = sentence.text, sentence.start
    spans = mentions(s, arms, abbr)
    heading_drug, heading_comparator = heading_arms(sentence.heading, arms, abbr)
    heading_outcome = _heading_outcome(sentence.heading)
    if heading_outcome and mentions(heading_outcome, arms, abbr):
        heading_outcome = None  # "ORT-algorithm studies", "Nurse-led clinic studies": the arm's section, not an outcome
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s) if _depth(s, m.start()) == 0]
    arm_series = [f for f in group if f.role == "arm"]
    series_arms = _series_arms(s, spans, arm_series, base, main)
    return _Reading(sentence, lay, arms, abbr, primary, main, state, spans, heading_drug, heading_comparator, heading_outcome,
                    breaks, series_arms, len(arms.names))


def _clause(r: _Reading, fact: Fact, previous: Fact | None) -> _Clause:
    s, base, spans, breaks = r.s, r.base, r.spans, r.breaks
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
    return _Clause(previous, rel_lead, clause_start, boundary, head, head_spans, before_spans, subjects, comparators,
                   since_previous, list_item)


def _estimate_arms(r: _Reading, cl: _Clause, fact: Fact) -> str | None:
    """The arms of an estimate or count: each step below may name them more exactly than the one before.
    Returns what a listed item measures ("participants' mental state results"), when the item is no arm."""
    drug, comparator = _sentence_order(r, cl, fact)
    drug = _named_group(r, cl, fact, drug)
    drug, comparator, measure_item = _list_item(r, cl, fact, drug, comparator)
    drug = _specific_arm(r, cl, drug)
    drug = _combination_subject(r, cl, fact, drug)
    drug = _subject_arm(r, cl, fact, drug, comparator)
    drug = _credited_arm(r, cl, fact, drug)
    drug, comparator, one_off = _stated_comparison(r, cl, fact, drug, comparator)
    drug, comparator = _carried_arms(r, cl, fact, drug, comparator)
    _settle_arms(r, cl, fact, drug, comparator, one_off)
    return measure_item


def _sentence_order(r: _Reading, cl: _Clause, fact: Fact) -> tuple:
    """The arms the sentence names before the figure, in its order; "compared with X" right before it names X."""
    s, arms, abbr, main = r.s, r.arms, r.abbr, r.main
    subjects, comparators, head_spans = cl.subjects, cl.comparators, cl.head_spans
    rel_lead, clause_start, previous = cl.rel_lead, cl.clause_start, cl.previous
    first_effect_comparator_lead = r.first_lead
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
    r.first_lead = first_effect_comparator_lead
    return drug, comparator


def _named_group(r: _Reading, cl: _Clause, fact: Fact, drug):
    """"in any X group compared to control", "use of X (...", "lower for X compared to Y": the group the clause names."""
    s, arms, abbr = r.s, r.arms, r.abbr
    subjects, rel_lead, clause_start = cl.subjects, cl.rel_lead, cl.clause_start
    in_group = _IN_ANY_GROUP.search(s[clause_start:rel_lead]) if fact.role == "effect" and not subjects else None
    if in_group and not N._NOT_ARM.search(in_group["x"]) and not _is_generic(in_group["x"]):
        drug = arms.find(_expand(N.clean(in_group["x"]), abbr)) or arms.add(in_group["x"], "a results sentence", abbr) or drug
    use_of = _USE_OF_BRACKET.search(s[clause_start:rel_lead]) if fact.role == "effect" and not drug else None
    if use_of and not N._NOT_ARM.search(use_of["x"]) and not _is_generic(use_of["x"]):
        drug = arms.find(_expand(N.clean(use_of["x"]), abbr)) or arms.add(use_of["x"], "a results sentence", abbr) or drug
    lower_for = _LOWER_FOR.search(s[clause_start:rel_lead]) if fact.role == "effect" and not drug else None
    if lower_for and not N._NOT_ARM.search(lower_for["a"]) and not _is_generic(lower_for["a"]):
        drug = arms.add(lower_for["a"], "a results sentence", abbr) or drug  # "were lower for X compared to Y (..."
    return drug


def _list_item(r: _Reading, cl: _Clause, fact: Fact, drug, comparator) -> tuple:
    """"compared to A (MD ..), B (MD ..) and C (MD ..)": each listed item is a comparator of the first arm."""
    arms, abbr = r.arms, r.abbr
    list_item, previous, since_previous, head_spans = cl.list_item, cl.previous, cl.since_previous, cl.head_spans
    first_effect_comparator_lead = r.first_lead
    measure_item = None
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
    return drug, comparator, measure_item


def _specific_arm(r: _Reading, cl: _Clause, drug):
    s, arms, abbr = r.s, r.arms, r.abbr
    subjects, before_spans, rel_lead = cl.subjects, cl.before_spans, cl.rel_lead
    if drug and subjects:  # "psychedelic-assisted therapy using classical psychedelics": the specific arm
        first = next((b for a, b, n in before_spans if n == drug), None)
        specific = re.match(r"\s+(?:using|with|via)\s+(?P<x>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){0,3}?)(?=\s*(?:[(,]|\bmay\b|"
                            r"\bmight\b|\bprobably\b|\blikely\b|\bis\b|\bwas\b|\bcompared\b|\bversus\b|\bon\b|$))",
                            s[first:rel_lead]) if first is not None else None
        compared = first is not None and re.search(r"\bcompar\w*\s+(?:the\s+)?\S+(?:\s+\S+){0,4}$", s[:first], re.I)
        if specific and not compared and not N._NOT_ARM.search(specific["x"]) and not _is_generic(specific["x"]):
            drug = arms.find(N.clean(specific["x"])) or arms.find(_expand(N.clean(specific["x"]), abbr)) \
                or arms.add(specific["x"], "a results sentence", abbr) or drug
    return drug


def _combination_subject(r: _Reading, cl: _Clause, fact: Fact, drug):
    s, arms, abbr = r.s, r.arms, r.abbr
    comparators, rel_lead = cl.comparators, cl.rel_lead
    if fact.role == "effect" and drug and not comparators:  # "Iron and antimalarial treatment reduced malaria": the
        whole = _PLAIN_SUBJECT.match(s[:rel_lead].strip()) or _SUBJECT_ARM.match(s[:rel_lead].strip())  # combination
        if whole and re.search(r"\s(?:and|plus|with|combined\s+with|together\s+with)\s", whole["x"]) \
                and N.content_words(drug) < N.content_words(whole["x"]) and len(whole["x"].split()) <= 6 \
                and whole["x"].lower().startswith(drug.lower()) and not N._NOT_ARM.search(whole["x"]):
            drug = arms.add(whole["x"], "a results sentence", abbr) or drug
    return drug


def _subject_arm(r: _Reading, cl: _Clause, fact: Fact, drug, comparator):
    """The sentence's subject as an arm: a regimen or dose of a named arm, or the only arm a title-less paragraph names."""
    s, arms, abbr, main, heading_drug = r.s, r.arms, r.abbr, r.main, r.heading_drug
    comparators, rel_lead = cl.comparators, cl.rel_lead
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
            several = len({said for _, _, said in r.lay.announced}) > 1  # (each announced comparison its own: no main one)
            nameless = not heading_drug and (not main[0] or _only_generic(main[0]) or several)
            plain = _PLAIN_SUBJECT.match(s[:rel_lead].strip()) if nameless and not (found and active) else None
            if plain:  # "Aspirin did not increase ...", "Zinc reduced ...": a results paragraph with no title
                found = active = plain  # names its arm so (guarded as below: no stats or people words)
            if found and (_ARMISH.search(found["x"]) or (nameless and active and len(re.sub(r"\s*\([^()]*\)", "", found["x"]).split()) <= 4)) \
                    and not N._NOT_ARM.search(found["x"]) and not _is_generic(found["x"]) \
                    and not re.match(r"(?:this|these|that|those|such|both|all|each)\b", found["x"], re.I):
                drug = arms.add(found["x"], "a results sentence", abbr)
    return drug


def _credited_arm(r: _Reading, cl: _Clause, fact: Fact, drug):
    """"Interventions which used X", "the effects of X on", "in favour of X": the arm credited with the result."""
    s, arms, abbr = r.s, r.arms, r.abbr
    rel_lead, clause_start = cl.rel_lead, cl.clause_start
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
    return drug


def _stated_comparison(r: _Reading, cl: _Clause, fact: Fact, drug, comparator) -> tuple:
    """A comparison stated around the figure: "between X and Y", "when comparing X with Y", "X was more effective
    than Y", "when X was compared with Y", "(...) for X versus Y"; one_off: it names this figure's arms only."""
    s, base, arms, abbr = r.s, r.base, r.arms, r.abbr
    rel_lead, clause_start = cl.rel_lead, cl.clause_start
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
    return drug, comparator, one_off


def _carried_arms(r: _Reading, cl: _Clause, fact: Fact, drug, comparator) -> tuple:
    """What the sentence leaves open comes from the subheading, the section's last comparison or the main one; a
    heading's or announcement's comparison sets the direction."""
    arms, abbr, main, state = r.arms, r.abbr, r.main, r.state
    heading_drug, heading_comparator = r.heading_drug, r.heading_comparator
    subjects, comparators = cl.subjects, cl.comparators
    control_alone = fact.role in ("effect", "count") and comparator is None and _only_generic(drug)
    if control_alone:  # "fatigue favoured control (MD ...": a control named alone is the comparator, not the drug
        drug, comparator = None, drug
    drug = drug or heading_drug or state["drug"] or (main[0] if not _only_generic(main[0]) else None)
    comparator = comparator or (heading_comparator if drug == heading_drug else None) or \
        (state["comparator"] if drug == state["drug"] else None) or (main[1] if drug == main[0] else None)
    if control_alone and drug is None:
        comparator = None  # nothing names the intervention: left empty (a CHECK comment), not guessed
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
    return drug, comparator


def _settle_arms(r: _Reading, cl: _Clause, fact: Fact, drug, comparator, one_off: bool) -> None:
    s, state = r.s, r.state
    previous, head_spans, head, clause_start = cl.previous, cl.head_spans, cl.head, cl.clause_start
    first_effect_comparator_lead = r.first_lead
    if drug == comparator or fact.measure in ("proportion", "rate", None):
        comparator = None  # one group's figure has no comparator
    fact.drug, fact.comparator = drug, comparator
    if fact.role == "effect" and not one_off:
        state["drug"], state["comparator"] = drug, comparator
        if previous is None or previous.role != "effect":
            first_effect_comparator_lead = first_effect_comparator_lead or (
                bool(head_spans) and _is_comparator(s, head_spans[-1][0] + clause_start)
                and re.fullmatch(r"[\s,]*", head[head_spans[-1][1]:]) is not None)
    r.first_lead = first_effect_comparator_lead


def _group_figure_arm(r: _Reading, fact: Fact) -> None:
    """One group's figure: its place in a series ("13.8% ... and 17.1%"), or the group named next to it."""
    arms, abbr, series_arms = r.arms, r.abbr, r.series_arms
    fact.drug = series_arms.get(id(fact))
    if fact.drug is None and fact.arm_text:
        last = fact.arm_text.split()[-1]
        fact.drug = arms.find(_expand(fact.arm_text, abbr)) or (arms.find(last) if not _PEOPLE_WORD.match(last) else None) or (
            arms.add(fact.arm_text, "a results sentence", abbr) if fact.arm_text not in ("__from__", "__to__")
            and N.key(fact.arm_text) not in _GROUP_ONLY and not _is_generic(fact.arm_text) else None) or (
            arms.find(fact.arm_text) if _is_generic(fact.arm_text) else None) or (
            fact.arm_text if _is_generic(fact.arm_text) else None)


def _refresh_mentions(r: _Reading, cl: _Clause) -> None:
    if len(r.arms.names) != r.known_arms:
        r.known_arms = len(r.arms.names)
        r.spans = mentions(r.s, r.arms, r.abbr)
        cl.head_spans = [(a - cl.clause_start, b - cl.clause_start, n) for a, b, n in r.spans
                         if cl.clause_start <= a and b <= cl.rel_lead]
