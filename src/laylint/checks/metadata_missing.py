"""Kind `metadata-missing`: the summary states a result as a figure but has no source metadata, so none
of its figures can be checked. Once per file, on the first result figure, and only while claims rules run.

A result figure is a percentage (or a change "by 20%") in a sentence that reports an effect: it compares
("than", "compared with", "versus"), changes ("reduced", "lower", "fewer", "more likely"), or speaks of a
risk or chance. Figures that only describe who took part ("58% were women", "studies that included 85% of the women"), background ("about 10% of
people have..."), heterogeneity ("I\u00b2 = 28%"), doses ("24% sucrose") and headings are not results:
an editor would not hold a summary back to attach facts for them."""

from __future__ import annotations

import re
from pathlib import PurePath

from laylint.checks.kind import Kind

_RESULT = re.compile(
    r"\b(?:than|compared|comparison|versus|vs|reduc\w*|lower\w*|higher|increas\w*|decreas\w*|fewer|improv\w*|"
    r"worse\w*|better|risk|risks|chance|chances|likel\w*|odds|difference|differences|benefit\w*|"
    r"prevent\w*|cut|cuts|rais\w*|drop\w*|fell|fall\w*|rose)\b", re.I)
_NOT_A_RESULT_BEFORE = re.compile(r"(?:\bI\s*[\u00b22^]?\s*(?:=|was|of)\s*|\bheterogeneity\b[^.;]{0,40}"
                                  r"|\bconcentrations?\W*(?:usually|of|about|around|up to)?\s*)$", re.I)
_PARTICIPANTS = re.compile(r"\s*\)?\s*(?:of\s+(?:whom|them|those)\b|of\s+(?:the\s+)?(?:total|all)\b|(?:of\s+(?:the\s+)?"
                           r"(?:participants|people|patients|women|men|children|adults|studies|trials|babies|infants)\s+)?"
                           r"(?:were|was)\s+(?:women|men|female|male|girls|boys|white|black|aged|older|younger|from|in|"
                           r"based|conducted|done|carried)\b)", re.I)
# who took part: "slightly more men (58%) than women (42%) were included"
_ENROLMENT = re.compile(r"\b(?:were|was)\s+(?:included|enrolled|recruited)\b|\btook part\b", re.I)
# a share of the people studied: "three studies, which included 85% of the women"
_SHARE_INCLUDED = re.compile(r"\b(?:includ\w*|enrol\w*|recruit\w*|involv\w*|contain\w*|cover\w*|represent\w*|"
                             r"accounted\s+for)\s+(?:(?:about|around|approximately|nearly|almost|over|only|more\s+than|"
                             r"less\s+than|under|just\s+over|just\s+under)\s+)?$", re.I)
_OF_PEOPLE = re.compile(r"\s*of\s+(?:the\s+|all\s+(?:the\s+)?|these\s+)?(?:[a-z]+\s+)?(?:participants|people|patients|"
                        r"women|men|children|adults|babies|infants|girls|boys|mothers|families|population)\b", re.I)
_DOSE = re.compile(r"\s*(?:oral\s+)?(?:sucrose|glucose|dextrose|saline|alcohol|ethanol|solution|concentration|"
                   r"strength|gel|cream|ointment|w/v|v/v)\b", re.I)


def _result(analysis, figure) -> bool:
    sentence = analysis.sentence_at(figure.start)
    if sentence is None or sentence.block == "heading":
        return False
    text = analysis.text
    if figure.unit != "relative":
        # "more than 50%" is the figure: the sentence's words outside it decide. Matched once per
        # sentence and looked up per figure, and first: most figures of a long run stop here.
        results, enrolments = analysis.memo(("metadata-missing", sentence.start), lambda: (
            _spans(_RESULT, text, sentence), _spans(_ENROLMENT, text, sentence)))
        if not _outside(results, figure) or _outside(enrolments, figure):
            return False
    before = max(sentence.start, figure.start - _LOOK_BEHIND)  # the patterns end at the figure: a short window
    if _NOT_A_RESULT_BEFORE.search(text, before, figure.start) or _PARTICIPANTS.match(text, figure.end) \
            or _DOSE.match(text, figure.end):
        return False
    return not (_SHARE_INCLUDED.search(text, before, figure.start) and _OF_PEOPLE.match(text, figure.end))


_LOOK_BEHIND = 200


def _spans(pattern, text: str, sentence) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, sentence.start, sentence.end)]


def _outside(spans: list[tuple[int, int]], figure) -> bool:
    """Some match lies wholly before or after the figure (matches are in order and do not overlap)."""
    return bool(spans) and (spans[0][1] <= figure.start or spans[-1][0] >= figure.end)


_BY = re.compile(r"\bby\s", re.I)


def _could_state_a_result(analysis) -> bool:
    """A percentage is a result only in a sentence with a result word; a relative change needs "by"
    ("reduced ... by 20%") or a change word after it ("a 30% reduction"). Without any, none is."""
    text = analysis.text
    if _RESULT.search(text) or _BY.search(text):
        return True
    from laylint.claims.vocabulary import vocabulary  # here: importing laylint.claims costs ~70 ms of a cold start

    changes = analysis.shared("metadata-missing:changes", lambda: re.compile(
        "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in vocabulary(analysis).relative_change), re.I))
    return bool(changes.search(text))


def check(rule, analysis):
    if analysis.metadata is not None or analysis.metadata_problems:
        return
    if not any(rule_id.startswith("claims/") for rule_id in analysis.rule_ids):
        return  # nothing would check the figures anyway
    if "%" not in analysis.text and not _PER_CENT.search(analysis.text):
        return  # the cheap test first: most summaries without a % stop here
    if not _could_state_a_result(analysis):
        return  # no figure can pass _result below: 2 MB of "19% 19% ..." need not be read whole
    # after the cheap tests: importing laylint.claims (~70 ms CPU) is for files that may be reported, and a
    # pre-commit run of one summary without a % never pays it
    from laylint.claims import quantities
    first = next((figure for figure in quantities.find(analysis)
                  if (figure.unit in ("percent", "relative") or _absolute_percent(figure)) and _result(analysis, figure)), None)
    # the rule needs a percentage written with a % or "percent" too: reading for one costs ~40% of reading
    # every figure, so only files that would be reported pay for it (the answer is the same in any order)
    if first is None or not quantities.find_first_percent(analysis):
        return
    stem = PurePath(analysis.path).stem if analysis.path not in ("", "-") else "<summary>"
    yield analysis.diagnostic(rule, first.start, first.end, text=first.text, stem=stem)


def _absolute_percent(figure) -> bool:
    """"a 19% absolute risk reduction": a difference in points, written as a percentage all the same."""
    return figure.unit == "difference" and figure.form == "difference" and figure.text.rstrip().endswith("%")


_PER_CENT = re.compile(r"per\s?cent", re.I)  # what find_first_percent's "percent" needs, as "%" is its "19%"


KIND = Kind("metadata-missing", check, fields=("text", "stem"), document_scope=True)
