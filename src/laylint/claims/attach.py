"""Which drug and outcome each figure speaks about.

A sentence splits into clauses at while/whereas/but/;/compared with/", and"... and at a bare "and"
only when a figure follows it. In its clause a figure takes the nearest drug and the nearest outcome on either side;
a parenthesised figure, "(9%)", takes the phrase it follows. A clause with no drug of its own
(elliptical: "..., while 25% had infections") carries the drug of the clause or the sentence just
before, within the same block; a clause with no outcome carries the outcome of the clause before it in the
same sentence ("25% on rituximab had infections, compared with 18% on placebo").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from laylint.claims import count_scope as scope, distinctive
from laylint.claims.judge import Context
from laylint.claims.mentions import Mention
from laylint.claims.nearest import nearest as _nearest, parentheses
from laylint.claims.quantities import Figure
from laylint.claims.vocabulary import vocabulary
from laylint.text import alternation



@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    drugs: list[Mention]  # the subjects: drugs not introduced by "compared with", "than"...
    outcomes: list[Mention]
    figures: list[Figure]
    all_drugs: list[Mention]  # comparators included: "(2.1%) than with warfarin (3.1%)"
    parens: list[tuple[int, int]] | None = None  # its parentheses, found when first asked


@dataclass
class Attachment:
    figure: Figure
    drug: str | None
    outcome: str | None
    sentence: int
    drug_carried: bool = False
    context: Context = field(default_factory=Context)  # what else the clause names (for the verdict)


@dataclass(frozen=True)
class _Patterns:
    clause_break: re.Pattern
    comparison: re.Pattern  # a drug after these words is the comparator
    forward: re.Pattern  # "6% of people on [the dummy pill]": the drug a figure is about, after it
    chain: re.Pattern  # "(5.0% versus 5.8%)": what joins the figures of one comparison
    total: re.Pattern  # "We found", "in total": a count about the whole review
    screening: re.Pattern  # "eligible", "of these": a count of studies screened, not included


def _patterns(analysis) -> _Patterns:
    """The regexes attachment reads with, built once per process."""
    def build():
        vocab = vocabulary(analysis)
        breaks, comparison = alternation(vocab.clause_breaks), alternation(vocab.comparison_words)
        return _Patterns(
            re.compile(rf"\s*;\s*|,\s*(?:and|or)\s+|,?\s*\b(?:{breaks})(?![\w-])\s*"
                       rf"|(?P<conditional>\s+and\s+|,?\s*\b(?:{comparison})(?![\w-])\s*)", re.IGNORECASE),
            re.compile(rf"\b(?:{comparison})\s+(?:[^\s/]+(?:\s+|\s*/\s*)){{0,3}}$", re.IGNORECASE),
            re.compile(rf"(?:\s+(?!(?:{comparison}|{breaks}|and|or)\b)[\w'’-]+){{0,5}}?\s+(?:{alternation(vocab.arm_words)})"
                       r"\s+(?:(?:the|a|an|their|those|this)\s+)?\Z", re.IGNORECASE),
            re.compile(rf"\s*(?:,\s*)?(?:{comparison}|and|or)\s*\Z", re.IGNORECASE),
            re.compile(rf"\b(?:{alternation(vocab.total_words)})\s+(?:(?:a\s+total\s+of|over|more\s+than|about|around|nearly|almost|some|just\s+over|just\s+under)\s+)?\Z", re.IGNORECASE),
            re.compile(rf"\b(?:{alternation(vocab.screening_words)})\b", re.IGNORECASE),
        )

    return analysis.shared("claims.clause-patterns", build)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start < position < end for start, end in spans)


def clauses(analysis, figures: list[Figure], mentions: list[Mention]) -> list[Clause]:
    """The clauses of every sentence that holds a figure or a mention, in order."""
    pats = _patterns(analysis)
    text, pattern, comparison = analysis.text, pats.clause_break, pats.comparison
    points = sorted([f.start for f in figures] + [m.start for m in mentions])
    found: list[Clause] = []
    for sentence in analysis.sentences:
        first = bisect.bisect_left(points, sentence.start)
        if first == len(points) or points[first] >= sentence.end:
            continue
        in_sentence = [f for f in figures if sentence.start <= f.start < sentence.end]
        spans = [(f.start, f.end) for f in in_sentence] + [(m.start, m.end) for m in mentions if sentence.start <= m.start < sentence.end]
        spans += parentheses(text, sentence.start, sentence.end)  # "(35% vs 25%)" stays whole
        starts = {f.start for f in in_sentence}
        cuts = [sentence.start]
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if _inside(spans, match.start()) or _inside(spans, match.end() - 1):
                continue
            if match.group("conditional") and match.end() not in starts:
                continue  # "serious infections and lung infections", "0.79 compared with warfarin": one clause
            cuts.append(match.end())
        cuts.append(sentence.end)
        for start, end in zip(cuts, cuts[1:]):
            inside = lambda item: start <= item.start < end  # noqa: E731
            drugs = [m for m in mentions if m.kind == "drug" and inside(m)]
            subjects = [m for m in drugs if not comparison.search(text, start, m.start)]
            found.append(Clause(start, end, sentence.index, subjects or drugs,
                                [m for m in mentions if m.kind == "outcome" and inside(m)],
                                [f for f in in_sentence if inside(f)], drugs))
    return found


_CLAIMS = ("percent", "relative", "ratio", "difference")


def _chains(text: str, figures: list[Figure], chain: re.Pattern) -> list[list[Figure]]:
    """Runs of two or more figures of one unit joined by "vs", "versus", "and": "(35% vs 25%)"."""
    runs: list[list[Figure]] = []
    for figure in figures:
        if figure.unit not in _CLAIMS:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and last.unit == figure.unit and chain.match(text, last.end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return [run for run in runs if len(run) >= 2]


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a name not already named just before (keeps the order)."""
    found: list[Mention] = []
    for mention in mentions:
        if found and found[-1].name == mention.name:
            found[-1] = mention
        elif all(m.name != mention.name for m in found):
            found.append(mention)
    return found


def _listed_in_parentheses(text: str, clause: Clause, chain: re.Pattern) -> dict[int, Mention]:
    """"on sertraline as on a sugar pill (35% vs 25%)", "ExCR versus usual care (...; 5.0% versus
    5.8%; ...)": figures joined by "vs" in one parenthesis take the drugs before it in order.
    Keyed by figure start."""
    assigned = {}
    for paren_start, paren_end in parentheses(text, clause.start, clause.end):
        inside = [f for f in clause.figures if paren_start < f.start < paren_end]
        before = _distinct([m for m in clause.all_drugs if m.end <= paren_start])
        for run in _chains(text, inside, chain):
            if len(before) >= len(run):
                assigned.update((f.start, drug) for f, drug in zip(run, before[-len(run):]))
    return assigned


def _in_parentheses(text: str, figure: Figure, clause: Clause) -> bool:
    return bool(_parenthesis(text, figure, clause))


def _parenthesis(text: str, figure: Figure, clause: Clause) -> str:
    """The text of the innermost parenthesis holding the figure ("" if none)."""
    if clause.parens is None:
        clause.parens = parentheses(text, clause.start, clause.end)
    holding = [(start, end) for start, end in clause.parens if start < figure.start < end]
    return text[max(holding)[0]:min(holding, key=lambda p: p[1])[1]] if holding else ""


# "most studies (75%)", "40% of the included trials", "in 30% of studies": a share of the studies
_STUDIES_AROUND = re.compile(r"\b(?:stud(?:y|ies)|trials?|RCTs)\s*\(\s*(?:about|around|nearly|almost|over)?\s*$", re.IGNORECASE)
# who took part, said after a share: "(63%) were male", "of the people were smokers", "of participants were women"
_WHO_AFTER = re.compile(r"\s*\)?\s*(?:of\s+(?:the\s+|all\s+|these\s+)?(?:participants|people|patients|women|men|children|"
                        r"adults|adolescents|teenagers)\s+(?:in\s+the\s+(?:studies|trials)\s+)?)?(?:were|was)\s+"
                        r"(?:women|men|female|male|girls|boys|white|black|smokers|current\s+smokers|married|employed)\b",
                        re.IGNORECASE)
_STUDIES_AFTER = re.compile(r"\s*\)?\s+of\s+(?:(?:the|all|these|those|included|eligible)\s+)*(?:stud(?:y|ies)|trials|RCTs)\b",
                            re.IGNORECASE)
# "In women with invasive cancer, lymph nodes were ...": at the start of a sentence, the people a result is
# about (a subgroup), not the outcome its figures measure
_SCOPE = re.compile(r"\A\W*(?:(?:however|moreover|also|overall|similarly)\W+)?(?:in|among|for)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                    r"(?:women|men|people|patients|children|adults|participants|babies|infants|those|girls|boys)\s+"
                    r"(?:who\s+(?:had|have)|with|without)\s+(?:an?\s+)?\Z", re.IGNORECASE)
# "For women predicted to respond poorly, ...": a sentence whose results are about a subgroup of people
_SUBGROUP = re.compile(r"\A\W*(?:(?:however|moreover|also|similarly)\W+)?(?:for|in|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:women|men|people|patients|children|adults|participants|babies|infants|those|girls|boys|"
                       r"smokers|newborns|neonates)\s+(?:who|with|without|predicted|aged|under|over|older|younger|at)\b[^,;:.]{0,100},",
                       re.IGNORECASE)
# past the brackets that restate the figure: "one death (1 out of 40) (2.5%) in the delayed group"
_GROUP_AFTER = re.compile(r"\)?(?:\s*\([^()]{1,40}\))*\s+(?:in|among|for)\s+(?:the\s+)?(?:[\w'’+-]+\s+){1,4}?(?:group|arm)s?\b", re.IGNORECASE)


def _bracket(text: str, figure: Figure, clause: Clause) -> tuple[int, int] | None:
    """The outermost parenthesis of the clause holding the figure (None if none)."""
    if clause.parens is None:
        clause.parens = parentheses(text, clause.start, clause.end)
    return next(((start, end) for start, end in clause.parens if start < figure.start < end), None)


def _outside_after(text: str, figure: Figure, clause: Clause, outcomes: list[Mention]) -> list[Mention]:
    """The outcomes a figure may be about: in a parenthesis, those inside it or before it, not those
    after it closes ("serious side effects (0.9% ... 0.3% to 7.7% ...), headaches (8% ...)")."""
    bracket = _bracket(text, figure, clause)
    return outcomes if bracket is None else [m for m in outcomes if m.start < bracket[1]]



def attach(analysis, figures: list[Figure], mentions: list[Mention]) -> tuple[list[Attachment], list[Clause]]:
    blocks = [block.prose_start for block in analysis.document.blocks]
    block_of = lambda offset: bisect.bisect_right(blocks, offset)  # noqa: E731
    found = clauses(analysis, figures, mentions)
    pats = _patterns(analysis)
    starts = [sentence.start for sentence in analysis.sentences]
    ends = [sentence.end for sentence in analysis.sentences]
    attachments: list[Attachment] = []
    breaks = [match.start() for match in scope.SEGMENT_BREAK.finditer(analysis.text)]
    carried_drug, carried_outcome, block, sentence, drug_sentence = None, None, None, None, None
    last_outcome: tuple = (None, None, None)  # (outcome, sentence, block) of the sentence before
    section: tuple[str, ...] = ()  # the comparison a heading names ("Antibiotics compared with boric acid")
    section_block = -1
    sentences = analysis.sentences
    boxes = parentheses(analysis.text, 0, len(analysis.text))
    counts = [(f, c.sentence, _inside(boxes, f.start)) for c in found for f in c.figures
              if f.unit == "count" and f.counted in ("studies", "people")]
    run_in = distinctive.labels(analysis, mentions)
    for clause in found:
        if clause.sentence < len(sentences) and sentences[clause.sentence].block == "heading":
            named = tuple(dict.fromkeys(m.name for m in clause.all_drugs))
            # "Antivirals and corticosteroids" lists two drugs; "Antibiotics compared with (to, versus) X" compares them
            compared = len(named) == 2 and analysis.text[clause.all_drugs[0].end:clause.all_drugs[-1].start].strip(
                " ,").lower() not in ("and", "&", "or", "and/or")
            section, section_block = (named if compared else ()), block_of(clause.start)
        elif section and block_of(clause.start) > section_block + 1:
            section = ()  # only the paragraph right under the heading
        if block_of(clause.start) != block or (drug_sentence is not None and clause.sentence > drug_sentence + 1):
            block, carried_drug = block_of(clause.start), None
        if clause.sentence != sentence:
            if carried_outcome is not None:
                last_outcome = (carried_outcome, sentence, block)
            sentence, carried_outcome = clause.sentence, None
        listed = _listed_in_parentheses(analysis.text, clause, pats.chain)
        outcomes_here = distinctive.without_modifiers(analysis, clause.outcomes)  # "airway trauma during intubation"
        subjects = tuple(dict.fromkeys(m.name for m in clause.drugs))
        others = tuple(dict.fromkeys(m.name for m in clause.all_drugs if m.name not in subjects))
        sentence_start = starts[clause.sentence] if clause.sentence < len(starts) else clause.start
        for figure in clause.figures:
            candidates = clause.all_drugs if figure.parenthesised else clause.drugs
            drug = listed.get(figure.start) or _nearest(figure, candidates, analysis.text, pats.forward)
            group = _GROUP_AFTER.match(analysis.text, figure.end)
            if group:  # "59% in the placebo group": that group's figure; an undeclared group ("traditional") names none
                drug = next((m for m in mentions if m.kind == "drug" and group.start() <= m.start < group.end()), None)
            options = [m for m in _outside_after(analysis.text, figure, clause, outcomes_here)
                       if not _SCOPE.search(analysis.text[sentence_start:m.start])]
            outcome = _nearest(figure, distinctive.without_later_count_nouns(
                analysis.text, figure, options, _bracket(analysis.text, figure, clause)))
            outcome_name = outcome.name if outcome else carried_outcome
            if run_in and (outcome_name is None or outcome is not None and distinctive.weak(analysis, outcome)):
                outcome_name = distinctive.label_outcome(run_in, figure, block_of) or outcome_name  # "Pain: ..."
            if outcome_name is None and figure.framed and last_outcome[1] is not None \
                    and last_outcome[1] + 1 == clause.sentence and last_outcome[2] == block:
                outcome_name = last_outcome[0]  # "For every 100 ..., about 5 had headaches. About 8 to 14 did with ..."
            total = bool(pats.total.search(analysis.text, max(sentence_start, figure.start - 40), figure.start))
            screening = figure.unit == "count" and scope.screening(analysis.text, pats.screening, sentence_start,
                                                              ends[clause.sentence + 1] if clause.sentence + 1 < len(ends) else len(analysis.text))
            segment = scope.segment(analysis.text, breaks, figure, sentence_start, ends[clause.sentence] if clause.sentence < len(ends) else clause.end)
            if figure.unit == "count":  # "one RCT and seven cohort studies": the next count's words are not this one's
                later = [f.start for f, at, _ in counts if at == clause.sentence and f.start > figure.end]
                cut = segment.find(figure.text) + len(figure.text)
                if later and cut > 0:
                    rest = analysis.text[figure.end:later[0]]
                    if rest in segment[cut:]:
                        segment = segment[:cut] + rest
                # "one ongoing study and two studies awaiting ...": nor are the count's before it
                earlier = [f for f, at, _ in counts if at == clause.sentence and f.end <= figure.start
                           and f.counted == figure.counted]  # "9 studies with a total of 48,000 people" keeps its words
                at = segment.find(figure.text)
                if earlier and at > 0 and (was := segment.rfind(earlier[-1].text, 0, at)) >= 0:
                    segment = segment[:was] + segment[at:]
            counted = figure.unit == "count" and figure.counted in ("studies", "people")
            arms = (subjects, others)
            evidence = outcome_name is not None and (drug is not None or carried_drug is not None) \
                and _in_parentheses(analysis.text, figure, clause)
            own, piece = None, ""
            if counted and not evidence:  # a count is of the drugs its own piece names (listing sentences)
                *own, nearest, piece = scope.count_arms(analysis.text, figure, sentence_start, ends[clause.sentence]
                                           if clause.sentence < len(ends) else clause.end, clause, mentions, pats.comparison)
                arms, drug = tuple(own), nearest  # none named there: any count of the source may be meant
            if counted and section and not arms[0] and not arms[1]:  # "We included 2 studies (532 people)" under it
                arms = (section[:1], section[1:])
            carried = drug is None and carried_drug is not None and not (counted and not evidence) and not group
            of_studies = figure.unit == "percent" and bool(
                (_STUDIES_AROUND.search(analysis.text, max(0, figure.start - 30), figure.start)
                 and analysis.text[figure.end:figure.end + 1] == ")")  # not "trials (85% of the women)"
                or _STUDIES_AFTER.match(analysis.text, figure.end))
            who = figure.unit == "percent" and bool(_WHO_AFTER.match(analysis.text, figure.end))
            opening = _SUBGROUP.match(analysis.text[sentence_start:figure.start])
            context = Context(*arms, carried=carried, carried_across=carried and drug_sentence is not None
                              and drug_sentence < clause.sentence, total=total, screening=screening, segment=segment, of_studies=of_studies, who=who,
                              subgroup=opening is not None, before=analysis.text[max(sentence_start, figure.start - 60):figure.start],
                              after=analysis.text[figure.end:min(figure.end + 80, ends[clause.sentence] if clause.sentence < len(ends) else clause.end)],
                              clause_start=analysis.text[sentence_start:figure.start] if figure.form == "fraction" else "",
                              sentence=analysis.text[sentence_start:ends[clause.sentence]] if counted and clause.sentence < len(ends) else "",
                              evidence=evidence, parenthesis=_parenthesis(analysis.text, figure, clause) if counted else "",
                              siblings=scope.siblings(figure, counts, analysis.text, block_of) if counted else (), piece=piece,
                              outcome_carried=outcome is None and outcome_name is not None,
                              drug_said=getattr(drug, "text", "") if not carried else "",
                              lead=analysis.text[sentence_start:figure.start])
            attachments.append(Attachment(
                figure, drug.name if drug else carried_drug if carried else None, outcome_name,
                clause.sentence, drug_carried=carried, context=context))
        if clause.drugs:
            carried_drug, drug_sentence = clause.drugs[-1].name, clause.sentence
        named_outcomes = [m for m in outcomes_here if not _SCOPE.search(analysis.text[sentence_start:m.start])]
        if named_outcomes:
            carried_outcome = named_outcomes[-1].name
    return attachments, found
