"""A result clause's subject: the outcome of a passive clause, the arm of an "associated with" clause.

    "The risk of uterine hyperstimulation is increased (4.8% versus 1.0%, RR 3.16, ...)"  -> outcome: the subject
    "The caesarean section rate is probably reduced by about 10% (13.5% versus 14.8%, ...)" -> outcome: the subject
    "D2 lymphadenectomy was associated with a better DSS compared to D1 lymphadenectomy (HR ...)"
        -> drug: the subject, comparator: after "compared to", outcome: the object

Both read only a clause that runs from its start (the sentence's, or after a semicolon) straight to the figure's
bracket, so a clause that names more than these words is left to the general readers."""

from __future__ import annotations

import re

from laylint.draft import names as N
from laylint.draft.result_arms import _MEASURED
from laylint.draft.mentions import _expand, _is_generic, mentions
from laylint.draft.model import Fact
from laylint.draft.outcome_phrases import tidy_outcome

_OPENER = r"^(?:(?:however|overall|similarly|in\s+contrast|in\s+addition|moreover|furthermore|conversely|by\s+contrast|also),\s+)?"
_RATE_OF = r"(?:(?:risk|rate|rates|incidence|odds|likelihood|chance|number|frequency|occurrence|prevalence)\s+of\s+)?"
_ADVERBS = r"(?:(?:probably|likely|possibly|slightly|significantly|statistically|also|clearly|markedly|substantially|considerably|much)\s+)*"
_PASSIVE = re.compile(_OPENER + r"(?:the\s+)?" + _RATE_OF + r"(?P<o>[A-Za-z][\w/'-]*(?:\s+[\w/'-]+){0,7}?)"
                      r"(?:\s+(?:rates?|risks?|incidence))?\s+(?:is|are|was|were)\s+" + _ADVERBS +
                      r"(?:increased|reduced|decreased|lowered|raised|lower|higher|improved|shorter|longer|greater|smaller)"
                      r"(?:\s+by(?:\s+(?:about|around|approximately|almost|nearly|over))?(?:\s+\d+(?:\.\d+)?\s*%)?)?\s*$", re.I)
_DIRECTION = (r"(?:(?:(?:statistically\s+)?(?:significant(?:ly)?|small|large|clear|modest|slight|important)\s+)*"
              r"(?:(?:better|worse|higher|lower|greater|smaller|improved|reduced|increased|decreased|fewer|more|less)\s+"
              r"|(?:reductions?|increases?|decreases?|improvements?|rises?|falls?)\s+in\s+))")
_ASSOCIATED = re.compile(_OPENER + r"(?:the\s+)?(?P<x>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,4}?)\s+(?:was|were|is|are)\s+"
                         r"(?:also\s+)?associated\s+with\s+(?:an?\s+|the\s+)?" + _DIRECTION + r"(?:the\s+)?" + _RATE_OF +
                         r"(?P<o>[A-Za-z][\w/'-]*(?:\s+(?!compared\b|versus\b|vs\b|than\b)[\w/'-]+){0,7}?)"
                         r"(?:\s+(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:with\s+)?(?:the\s+)?"
                         r"(?P<y>[A-Za-z][\w/+'-]*(?:\s+[\w/+'-]+){0,4}?))?\s*$", re.I)
_DIRECTED = re.compile(r"^(?:fewer|more|less|lower|higher|better|worse|greater|smaller)\s", re.I)
# "Higher blood pressure", "Lower birthweight", "Adherence": what was measured, not what was given
_NO_ARM = re.compile(r"^(?:higher|lower|greater|more|less|increased|decreased|better|worse|poor|good|longer|shorter)\b|"
                     r"\b(?:adherence|compliance|age|birthweight|weight|pressure|level|levels|status|score|scores|"
                     r"index|exposure|use)$", re.I)


def _clause_before(fact: Fact) -> str | None:
    """The figure's clause up to its bracket: from the sentence start or the last semicolon, without the open
    bracket the figure sits in. None when that bracket labels its figures ("(overall: OR 1.29 ...; nausea: OR ...")."""
    s, at = fact.sentence.text, fact.start - fact.sentence.start
    before = s[:at]
    while re.search(r"\([^()]*\)", before):  # "(RR)", "(SMD -0.46 ...)" of an earlier figure, "(UCDAI)"
        before = re.sub(r"\s*\([^()]*\)", "", before)
    inner = re.search(r"[(\[][^()\[\]]*$", before)
    while inner:  # ("(4.8% versus 1.0%, risk ratio (RR" when the figure starts inside its label's bracket)
        if re.search(r"[:;]", inner.group()):
            return None
        before = before[:inner.start()]
        inner = re.search(r"[(\[][^()\[\]]*$", before)
    return re.split(r";\s+|:\s+", before)[-1].strip()


def passive_outcomes(facts: list[Fact], arms, abbr) -> None:
    """"The risk of X is increased (...)": X is the outcome, unless the outcome read already shares its words."""
    for fact in facts:
        if fact.role not in ("effect", "arm", "background") or fact.stated_outcome:
            continue
        found = _PASSIVE.match(_clause_before(fact) or "")
        if not found or mentions(found["o"], arms, abbr) or _is_generic(found["o"]):
            continue
        outcome = tidy_outcome(found["o"])
        if not outcome or N._NOT_ARM.fullmatch(outcome) or re.fullmatch(r"(?:it|this|that|these|they|there|evidence)", outcome, re.I):
            continue
        if fact.outcome and N.content_words(outcome) <= N.content_words(fact.outcome):
            continue  # the outcome read already holds the subject's words
        fact.outcome = outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]


def associated_arms(facts: list[Fact], arms, abbr) -> None:
    """"X was associated with a reduction in Y compared with Z (...)": X and Z are the arms, Y the outcome."""
    for fact in facts:
        if fact.role != "effect":
            continue
        found = _ASSOCIATED.match(_clause_before(fact) or "")
        if not found:
            continue
        subject = found["x"]
        if _NO_ARM.search(subject) or _MEASURED.search(subject) or N._NOT_ARM.search(subject):
            continue
        outcome = tidy_outcome(re.sub(r"\s+(?:rates?|risks?)$", "", found["o"]))
        # ("with fewer suicides than placebo" may have been read as an arm "fewer suicides" before: it is no arm)
        if not outcome or any(not _DIRECTED.match(n) for _, _, n in mentions(outcome, arms, abbr)):
            continue
        drug = arms.find(_expand(subject, abbr)) or arms.add(subject, "a results sentence", abbr)
        if not drug:
            continue
        comparator = None
        if found["y"]:
            comparator = arms.find(_expand(found["y"], abbr)) or arms.add(found["y"], "a results sentence", abbr)
            if comparator == drug:
                continue
        fact.drug, fact.comparator, fact.outcome = drug, comparator, outcome
        fact.uncertain = [u for u in fact.uncertain if not u.startswith("the sentence names no outcome")]


_COMPARES = re.compile(r"\b(?:compar(?:ed|ing|e|ison)|versus|vs)\b", re.I)


def one_intervention(facts: list[Fact], arms, abbr) -> None:
    """A finding read with no arm takes the abstract's one intervention (and its one comparator) when every other
    finding that names an arm names that one, and no two comparisons are announced; the counts of its sentence
    (its trials and participants) follow it. With two interventions nothing is guessed."""
    effects = [f for f in facts if f.role == "effect"]
    drugs = {f.drug for f in effects if f.drug}
    comparators = {f.comparator for f in effects if f.comparator}
    announced = {tuple(c) for c in arms.comparisons}
    if len(drugs) != 1 or len(comparators) > 1 or len(announced) > 1:
        return
    drug, comparator = next(iter(drugs)), next(iter(comparators), None)
    if announced and next(iter(announced)) != (drug, comparator) or _is_generic(drug) or comparator == drug:
        return
    if any(f.drug and f.drug not in (drug, comparator) for f in facts if f.role in ("arm", "count")):
        return  # a per-group figure or count of another arm: the abstract has more arms than its findings show
    filled = set()
    for fact in effects:
        if fact.drug or fact.comparator:
            continue
        named = {n for _, _, n in mentions(fact.sentence.text, arms, abbr)}
        if named - {drug, comparator} or _COMPARES.search(fact.sentence.text):
            continue  # ("Three RCTs compared D3 with D2 ...: (HR ...)": a comparison of its own, not read)
        fact.drug, fact.comparator = drug, comparator
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]
        fact.notes.append("arm: the abstract's one intervention (the sentence names none)")
        filled.add(fact.sentence.start)
    for fact in facts:
        if fact.role == "count" and not fact.drug and not fact.arm_text and fact.sentence.start in filled:
            fact.drug, fact.comparator = drug, comparator


_OWN_PAIR = re.compile(r"\b(?:studies|trials|RCTs|study|trial|RCT)\b[^.;:]{0,80}?\bcompar(?:ed|ing)\s+(?:the\s+)?"
                       r"(?P<a>[A-Za-z][^,;:()]{0,60}?)\s+(?:with|to|versus|vs\.?|against)\s+(?:the\s+)?(?P<b>[A-Za-z][^,;:()]{0,60}?)"
                       r"\s*(?=[:;,(]|$)", re.I)


def own_comparison(facts: list[Fact], arms, abbr) -> None:
    """"Three RCTs compared D3 with D2 lymphadenectomy: ... no difference in OS (HR 0.99, ...)": a finding with no
    arm takes the comparison its own sentence opened with."""
    from laylint.draft.arm_pairs import add_pair
    for fact in facts:
        if fact.role != "effect" or fact.drug or fact.comparator:
            continue
        before = _before(fact)  # ("Five RCTs (n = 3 European; n = 2 Asian) compared ...", "OS (n = 5; HR 0.91")
        found = None
        for found in _OWN_PAIR.finditer(before):
            pass
        if found is None or len(found["a"].split()) > 6 or len(found["b"].split()) > 6 or re.search(r"[;.]\s", before[found.end():]):
            continue
        first, second = add_pair(arms, found["a"], found["b"], "a results sentence", abbr)
        if first and second and first != second:
            fact.drug, fact.comparator = first, second
            fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


_NP = r"(?:[A-Za-z]|\d+-?[A-Za-z])[\w/+'-]*(?:\s+(?!compared\b|versus\b|vs\b|with\b|to\b|for\b|in\b|had\b|have\b|has\b|was\b|were\b)[\w/+'-]+){0,4}?"
# "In MBR compared to usual care for subacute LBP, ...", "For ibuprofen 400 mg versus placebo, ...", "when comparing MBR to other treatments (i.e. ...), we found ..."
_OPENING = re.compile(r"(?:^(?:(?:however|overall|similarly|in\s+addition),\s+)?(?:in|for)\s+(?:the\s+)?(?P<a>" + _NP + r")\s+"
                      r"(?:compared\s+(?:with|to)|versus|vs\.?)|\bwhen\s+comparing\s+(?:the\s+)?(?P<a2>" + _NP + r")\s+"
                      r"(?:compared\s+(?:with|to)|versus|vs\.?|to|with))\s+(?:the\s+)?(?P<b>" + _NP + r")"
                      r"(?=\s*,|\s+(?:for|in|among)\s+[^,]{1,60},)", re.I)
# "in comparison to room air, women in labour receiving supplementary oxygen had higher ..."
_IN_COMPARISON = re.compile(r"\bin\s+comparison\s+(?:to|with)\s+(?:the\s+)?(?P<b>" + _NP + r"),\s+(?:[\w-]+\s+){1,4}?"
                            r"(?:receiving|given|treated\s+with|who\s+received|taking)\s+(?P<a>" + _NP + r")\s+"
                            r"(?:had|have|showed|experienced|were|was)\b", re.I)


_PEOPLE_ONLY = r"(?:individuals|subjects|those|participants|patients|people|women|men|children|adults|infants)\b"


def opening_comparison(facts: list[Fact], arms, abbr, roles=("effect",)) -> None:
    """A sentence that opens with its comparison names the arms of the figures that follow in it, when they have
    none: "In MBR compared to usual care for subacute LBP, individuals receiving MBR had less pain (SMD ...)"."""
    from laylint.draft.arm_pairs import add_pair
    for fact in facts:
        if fact.role not in roles or fact.arm_text:
            continue
        before = _before(fact)  # (without the figure's own bracket: "pain (four studies ...; SMD")
        found = _OPENING.search(before) or _IN_COMPARISON.search(before)
        if fact.drug and not (found and N.key(fact.drug) == N.key(found["b"])):
            continue  # an arm read already, unless it is the comparator read as the drug
        side = found and (found["a"] if "a2" not in found.re.groupindex or found["a"] else found["a2"])
        if not found or re.search(r"[;.]\s", before[found.end():]) or N._NOT_ARM.search(side) or _is_generic(side) \
                or re.match(_PEOPLE_ONLY, side):
            continue
        first = arms.find(_expand(side, abbr))
        second = arms.find(_expand(found["b"], abbr)) if found["b"] else None
        if not first:
            first, added = add_pair(arms, side, found["b"], "a results sentence", abbr)
            second = second or added
        if not first or first == second or _MEASURED.search(first):
            continue
        fact.drug, fact.comparator = first, (second if second != first else None)
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


_ARM_WORDS = r"[A-Za-z][\w/+'-]*(?:\s+(?!for\b|in\b|after\b|during\b|among\b|at\b|over\b|was\b|were\b|compared\b|versus\b|vs\b)[\w/+'-]+){0,5}?"
_ARM_END = r"(?=\s+(?:for|in|after|during|among|at|over|compared|versus|vs)\b|\s*[,;]|\s*$)"
# "Evidence synthesis of seven RCTs favoured epidural anaesthesia for thoracotomy, suggesting ... (OR 0.52 ..."
_FAVOURED_BY = re.compile(r"\b(?:evidence|synthesis|RCTs|trials|studies|data|analys[ie]s|pooling|pooled\s+\w+|results?)\b[^,;]{0,80}?"
                          r"\b(?:(?:also|clearly|significantly)\s+)?favou?red\s+(?:the\s+)?(?P<x>" + _ARM_WORDS + r")" + _ARM_END, re.I)
# "Evidence synthesis of three RCTs investigating continuous infusion with local anaesthetic for the prevention of PPP ..."
_TRIALS_OF = re.compile(r"\b(?:RCTs|trials|studies)\s+(?:investigating|evaluating|assessing|examining|testing)\s+(?:the\s+)?(?P<x>"
                        + _ARM_WORDS + r")" + _ARM_END, re.I)


def _before(fact: Fact) -> str:
    """The figure's sentence up to the figure, without brackets (closed ones, and the open one it sits in). A
    sentence an unclosed bracket glued on ("(OR 0.52 (95% CI ...). Similarly, ...") starts at its own full stop."""
    before = fact.sentence.text[:fact.start - fact.sentence.start]
    stops = list(re.finditer(r"[.!?]\)?\s+(?=[A-Z])", before))
    before = before[stops[-1].end():] if stops else before
    while re.search(r"\([^()]*\)", before):
        before = re.sub(r"\s*\([^()]*\)", "", before)
    return re.sub(r"\s*[(\[][^()\[\]]*$", "", before)


def sentence_arm(facts: list[Fact], arms, abbr) -> None:
    """An effect whose sentence says which arm its evidence favoured, or which arm its trials investigated, is that
    arm's, whatever a sentence before named."""
    for fact in facts:
        if fact.role != "effect":
            continue
        before = _before(fact)
        found = None
        for found in (*_FAVOURED_BY.finditer(before), *_TRIALS_OF.finditer(before)):
            pass
        if found is None or re.search(r"[;.]\s", before[found.end():]):
            continue
        phrase = found["x"]
        if N._NOT_ARM.search(phrase) or _is_generic(phrase) or _MEASURED.search(phrase) or re.match(r"(?:this|these|it|them|neither|either|both|no)\b", phrase, re.I):
            continue
        named = arms.find(_expand(phrase, abbr)) or arms.add(phrase, "a results sentence", abbr)
        if not named or named == fact.drug:
            continue
        fact.drug = named
        if fact.comparator == named:
            fact.comparator = None
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


def pair_outcomes(facts: list[Fact], arms, abbr) -> None:
    """"(26% versus 12% with placebo)": the second share of a pair is of the first's outcome, not of the words after the
    bracket; a figure whose outcome reads as its own arm ("... favoured sumatriptan (RR ...") takes the outcome of the
    figure before it in the sentence."""
    ordered = sorted((f for f in facts if f.role != "count"), key=lambda f: f.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.sentence is not second.sentence or not first.outcome or first.percent != second.percent:
            continue
        between = first.sentence.text[first.end - first.sentence.start:second.start - first.sentence.start]
        if re.fullmatch(r"\s*%?\s*(?:versus|vs\.?|compared\s+(?:with|to))\s*", between, re.I) \
                and re.search(r"\([^()]*$", first.sentence.text[:first.start - first.sentence.start]):
            second.outcome = first.outcome
            _pair_arms(first, second, ordered)
    for previous, fact in zip(ordered, ordered[1:]):
        if fact.role != "effect" or not fact.outcome or previous.sentence is not fact.sentence or not previous.outcome:
            continue
        own = N.key(_expand(fact.outcome, abbr))
        if own in {N.key(n) for n in (fact.drug, fact.comparator) if n} and N.key(previous.outcome) != own:
            fact.outcome = previous.outcome


def _pair_arms(first: Fact, second: Fact, ordered: list[Fact]) -> None:
    """"(13.5% versus 14.8%, RR 0.91 ...)": with no arms of their own, the pair's shares are those of the estimate's
    arms that closes their bracket, in order."""
    if first.drug or second.drug:
        return
    s, base = first.sentence.text, first.sentence.start
    estimate = next((f for f in ordered if f.start > second.end and f.sentence is first.sentence and f.role == "effect"), None)
    if estimate is None or not (estimate.drug and estimate.comparator) or re.search(r"[()]", s[second.end - base:estimate.start - base]):
        return
    first.drug, second.drug = estimate.drug, estimate.comparator
    for fact in (first, second):
        fact.uncertain = [u for u in fact.uncertain if u != "no arm could be read for this figure"]


_FOR_AFTER = re.compile(r"\s*for\s+(?:the\s+)?(?P<o>[A-Za-z][^;,()]{1,60}?)(?=\s*[;,.]|\s+(?:to|and)\s+\d|\s*$)", re.I)


def trailing_outcomes(facts: list[Fact], arms, abbr) -> None:
    """"ranged from 12 (95% CI 8 to 23) for gastrointestinal disorders to 17 (9 to 47) for abdominal pain; 19 (12 to 33)
    for diarrhoea": a list item that opens with its figure names its outcome after it."""
    for fact in facts:
        if fact.role != "effect":
            continue
        s, base = fact.sentence.text, fact.sentence.start
        found = _FOR_AFTER.match(s, (fact.group_end or fact.end) - base)
        if not found:
            continue
        lead = re.split(r";|,|\bfrom\b|\bto\b|\band\b", s[:fact.start - base])[-1]
        if len(lead.split()) > 1 or mentions(found["o"], arms, abbr):
            continue  # ("mortality was lower (RR ...) for people over 65": the outcome came first)
        outcome = tidy_outcome(found["o"])
        if outcome:
            fact.outcome = outcome


# "Mortality was lower with statins (RR ...": the subject is the outcome, the arm follows "with"
_LOWER_WITH = re.compile(_OPENER + r"(?:the\s+)?" + _RATE_OF + r"(?P<o>[A-Za-z][\w/'-]*(?:\s+(?!with\b)[\w/'-]+){0,5}?)\s+(?:is|are|was|were)\s+"
                         + _ADVERBS + r"(?:lower|higher|reduced|increased|decreased|shorter|longer|greater|smaller|better|worse|"
                         r"less\s+(?:common|frequent|likely)|more\s+(?:common|frequent|likely))\s+(?:with|in\s+the|among\s+the)\s+"
                         r"(?P<a>" + _NP + r")(?:\s+(?:group|arm)s?)?(?:\s+(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:with\s+|in\s+the\s+)?"
                         r"(?P<b>" + _NP + r")(?:\s+(?:group|arm)s?)?)?\s*$", re.I)


def lower_with(facts: list[Fact], arms, abbr) -> None:
    """"Mortality was lower with statins (RR ...)": the outcome is the subject, not the arm before the bracket."""
    for fact in facts:
        if fact.role != "effect":
            continue
        found = _LOWER_WITH.match(_clause_before(fact) or "")
        if not found or N._NOT_ARM.search(found["a"]) or _is_generic(found["a"]) or _MEASURED.search(found["a"]) \
                or re.match(_PEOPLE_ONLY, found["a"]) or mentions(found["o"], arms, abbr):
            continue
        outcome = tidy_outcome(found["o"])
        drug = arms.find(_expand(found["a"], abbr)) or arms.add(found["a"], "a results sentence", abbr)
        if not outcome or not drug:
            continue
        fact.outcome = outcome
        if fact.drug in (None, drug) or N.key(fact.drug) == N.key(fact.outcome or ""):
            fact.drug = drug
            if found["b"]:  # ("ice packs provided after birth": the arm ends before its clause)
                other = re.sub(r"\s+(?:provided|given|used|administered|delivered|applied|after|before|during|at|on|from)\b.*$", "",
                               found["b"], flags=re.I)
                comparator = arms.find(_expand(other, abbr)) or arms.add(other, "a results sentence", abbr)
                fact.comparator = comparator if comparator != drug else fact.comparator
