"""The totals (`studies`, `participants`) and the design (`design`, `observational`)."""

from __future__ import annotations

import re

from laylint.draft.counts import PEOPLE_NOUNS
from laylint.draft.inclusion import inclusion_totals
from laylint.draft.model import Total
from laylint.draft.sections import Layout
from laylint.draft.textnorm import NUMBER, WORD_NUMBER, number_value

_STUDIES = r"(?:stud(?:y|ies)|trials?|RCTs?|NRS|randomi[sz]ed\s+(?:controlled\s+|clinical\s+)?(?:trials?|stud(?:y|ies))|clinical\s+trials?|" \
           r"non-randomi[sz]ed\s+stud(?:y|ies)|articles?|reports?|publications?|cohort\s+studies|" \
           r"observational\s+studies|papers?)"
_PEOPLE = r"(?:(?:randomi[sz]ed|eligible|evaluable|unique|individual|adult|pregnant|older|enrolled)\s+)?(?:" + PEOPLE_NOUNS \
          + r"|pairs|dyads|couples)"  # "83,246 mother-infant pairs"
# a design word between a count and its studies: "One double-blind randomised controlled study", "74 unique studies"
_DESIGN = r"(?:(?:(?:double|single|triple)-blind(?:ed)?|placebo-controlled|multi-?cent(?:re|er)|parallel-group|unique|separate),?\s+){0,3}"
_LENGTH = r"(?:(?:\d+|one|two|three|four|five|six|eight|ten|twelve)-(?:day|week|month|year|arm|centre|center|site)\s+)"  # "one four-week study"
_INCLUDED = re.compile(
    r"(?:\b(?:(?:we\s+)?(?:included|identified|found|include|includes|analysed|analyzed|pooled)|we\s+(?:evaluated|selected|reviewed))\s+"
    r"(?:a\s+total\s+of\s+|data\s+from\s+|"
    r"all\s+(?:of\s+the\s+)?|only\s+)?(?P<a>" + NUMBER + r")\s+(?:new\s+|eligible\s+|relevant\s+|completed\s+|published\s+)?" + _DESIGN + r"(?:" + _LENGTH + r")?(?P<an>" + _STUDIES + r")"
    r"|\b(?:a\s+total\s+of\s+)?(?P<b>" + NUMBER + r")\s+(?:eligible\s+|completed\s+|published\s+)?" + _DESIGN + r"(?P<bn>" + _STUDIES + r")"
    r"(?:\s*\([^)]{0,40}\))?,?\s+(?:[\w,.'-]+\s+){0,8}?(?:were|was|are|met|fulfilled|satisfied)\s+(?:\w+\s+){0,2}?(?:included|eligible|identified|"
    r"analysed|analyzed|pooled|inclusion|the\s+inclusion|our\s+inclusion|(?:the\s+|our\s+)eligibility)"
    r"|\b(?:review|analysis|meta-analysis|update)\s+(?:now\s+)?(?:includes|included|contains|comprised|comprises|examined|examines)\s+(?:a\s+total\s+of\s+|only\s+)?(?P<c>" + NUMBER + r")\s+"
    r"(?:included\s+|eligible\s+)?(?P<cn>" + _STUDIES + r")"
    # an update: "bringing the total number of RCTs to 78", "the total number of studies in the current review to 117"
    r"|\b(?:bringing|brings|brought|increasing|increases)\s+the\s+total\s+(?:number\s+of\s+)?(?P<dn>" + _STUDIES + r")"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:current\s+|updated\s+|this\s+)?(?:review|update|analysis))?\s+to\s+(?P<d>" + NUMBER + r")"
    # "bringing the total to 40 trials with 9,876 participants"
    r"|\b(?:bringing|brings|brought|increasing|increases)\s+the\s+total\s+(?:number\s+)?to\s+(?P<f>" + NUMBER + r")(?:\s+(?P<fn>" + _STUDIES + r")"
    r"|(?=\s*,\s*(?:including|comprising|with)\s))"  # "... observational studies in this update, bringing the total number to 14, including"
    # "added 104 new studies for a total of 209 studies", "bringing a total of 24 trials", "resulting in a total of 96 RCTs"
    r"|\b(?:for|bringing|resulting\s+in|giving|making)\s+a\s+total\s+of\s+(?P<g>" + NUMBER + r")\s+(?P<gn>" + _STUDIES + r")"
    # "has led to the inclusion of three new studies, leading to seven included studies on 245 people"
    r"|\b(?:leading|led)\s+to\s+(?:a\s+total\s+of\s+)?(?P<l>" + NUMBER + r")\s+(?:included\s+)?(?P<ln>" + _STUDIES + r")"
    # "There were 34 studies (2169 participants with blepharitis) included in this review"
    r"|\bthere\s+(?:were|are)\s+(?:a\s+total\s+of\s+)?(?P<e>" + NUMBER + r")\s+(?:eligible\s+)?(?P<en>" + _STUDIES + r")"
    r"(?:\s*\([^()]{0,60}\))?\s+(?:included|eligible|that\s+met)\b"
    # "a narrative synthesis of the evidence from three small studies including 136 adult participants" (no estimate in it)
    r"|\b(?:evidence|data)\s+from\s+(?:only\s+)?(?P<i>" + NUMBER + r")\s+(?:small\s+|eligible\s+|included\s+)?(?P<in>" + _STUDIES
    + r")\s+(?=(?:including|involving|enrolling)\s+(?:a\s+total\s+of\s+)?" + NUMBER + r"\s)"
    # "In 16 studies, we identified 72,368 participants with nodular thyroid disease"
    r"|^(?:in|from|across)\s+(?P<k>" + NUMBER + r")\s+(?:included\s+|eligible\s+)?(?P<kn>" + _STUDIES + r"),?\s+we\s+(?:identified|included|"
    r"found|analysed|analyzed)\s+(?=(?:a\s+total\s+of\s+)?" + NUMBER + r"\s+(?:[a-z-]+\s+){0,2}?" + _PEOPLE + r"\b)"
    # "Our search located 17 eligible records reporting on 11 unique studies": the studies the eligible records report
    r"|\b(?:located|identified|found|included)\s+(?:[\w-]+\s+){0,2}?(?:eligible|included|relevant)\s+(?:records|reports|"
    r"publications|articles|papers)\s+(?:reporting\s+on|relating\s+to|describing|on)\s+(?P<m>" + NUMBER + r")\s+"
    r"(?:unique\s+|individual\s+|separate\s+|distinct\s+)?(?P<mn>" + _STUDIES + r"))",
    re.I)
# "One randomised controlled trial (RCT) and two quasi-RCTs contributed data": two kinds of study, one total
_AND_MORE_STUDIES = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*and\s+(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:quasi-?)?" + _STUDIES + r"\b"
                               r"(?!\s+(?:compared|evaluated|assessed|examined|investigated|tested|used|in\s+(?:children|adults|women)))",
                               re.I)
_TWO_KINDS = re.compile(r"(?P<a>" + NUMBER + r")\s+(?:[\w-]+\s+){1,3}?and\s+(?P<b>" + NUMBER + r")\s+(?:[\w-]+\s+){1,3}?"
                        + PEOPLE_NOUNS + r"\b", re.I)
# the results paragraph's opening on older Cochrane abstracts: "Twelve trials involving 3285 women ...", "Only one trial including ..."
_OPENING = re.compile(r"^(?:only\s+)?(?:a\s+total\s+of\s+)?(?P<h>" + NUMBER + r")\s+(?:eligible\s+|included\s+)?" + _DESIGN
                      + r"(?P<hn>" + _STUDIES + r")\b", re.I)
_UPDATE_NOTE = re.compile(r"^(?:this|the)\s+update\s+(?:includes|included|adds|added)\s+(?:one|two|three|four|five|\d+)\s+"
                          r"(?:new|additional|more)\s+" + _STUDIES + r"\b[^.;]*[.;]?$", re.I)
_COMPARED = re.compile(r"^(?P<n>" + NUMBER + r")\s+(?:other\s+)?" + _STUDIES + r"\s+(?:\([^()]*\)\s+)?(?:compared|evaluated|assessed|"
                       r"examined|investigated|tested)\b", re.I)
_ESTIMATE = re.compile(r"\b(?:RR|OR|HR|MD|SMD|CI|risk\s+ratio|odds\s+ratio|mean\s+difference)\b")  # then one comparison's count
# people before studies: "We included a total of 984 participants from 12 studies"
_PEOPLE_FROM = re.compile(r"\b(?:we\s+)?(?:included|analysed|analyzed|includes|contains|comprises)\s+(?:a\s+total\s+of\s+|data\s+(?:on|from)\s+)?(?P<p>" + NUMBER
                          + r")\s+(?:" + _PEOPLE + r")\s+(?:from|in)\s+(?P<h>" + NUMBER + r")\s+(?P<hn>" + _STUDIES + r")\b", re.I)
# an individual participant data review: "IPD were available for 1151 of 1239 eligible individuals from two of three
# eligible studies": the people and studies it analyses
_IPD = re.compile(r"\b(?:IPD|individual\s+(?:participant|patient)\s+data)\s+(?:were|was)\s+(?:available|obtained|provided)\s+"
                  r"(?:for|from|on)\s+(?P<p>" + NUMBER + r")\s+(?:(?:individuals|participants|people|patients)\s+)?(?:(?:of|out\s+of)\s+"
                  + NUMBER + r"\s+)?(?:eligible\s+|randomi[sz]ed\s+)?" + PEOPLE_NOUNS + r"\s+(?:from|in)\s+(?P<h>" + NUMBER
                  + r")\s+(?:(?:of|out\s+of)\s+" + NUMBER + r"\s+)?(?:eligible\s+)?(?P<hn>" + _STUDIES + r")\b", re.I)
# "Our search identified 62 studies, of which 19 (440 participants) met the inclusion criteria": the 19
_OF_WHICH = re.compile(r"\s*,?\s*of\s+(?:which|these|them)\s*,?\s*(?:only\s+)?(?P<n>" + NUMBER + r")\b(?:\s*\([^()]*\))?\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:met|fulfilled|satisfied|were\s+(?:included|eligible))\b", re.I)
# a count of studies before a part's people: "In five trials with 536 participants", "Among them, three studies with 260 ..."
_PART_STUDIES = re.compile(r"(?:^|[^\d,.])(?P<k>" + NUMBER + r")\s+(?:[\w-]+\s+){0,3}?" + _STUDIES + r"\b[^.;:]*$", re.I)
_GROUP_PEOPLE = r"(?:\s*\(\s*|\s+(?:with|involving|including|enrolling)\s+(?:a\s+total\s+of\s+)?)"
_TWO_STUDY_GROUPS = re.compile(
    r"\b(?:we\s+)?included\s+(?P<a>" + NUMBER + r")\s+(?:[\w-]+\s+){0,3}?" + _STUDIES + _GROUP_PEOPLE + r"(?P<p>" + NUMBER
    + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\)?,?\s+and\s+(?P<b>" + NUMBER + r")\s+(?:[\w-]+\s+){0,3}?" + _STUDIES
    + _GROUP_PEOPLE + r"(?P<q>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\b", re.I)
# two groups of people, each named: "recruited 1470 adults and 470 children"
_TWO_PEOPLE = re.compile(r"(?P<a>" + NUMBER + r")\s+" + PEOPLE_NOUNS + r"\s+and\s+(?P<b>" + NUMBER + r")\s+" + PEOPLE_NOUNS + r"\b", re.I)
_TOTAL_NUMBER = re.compile(r"\btotal\s+number\s+of\s+(?:included\s+|randomi[sz]ed\s+)?(?:" + PEOPLE_NOUNS + r")\s+(?:was|were)\s+"
                           r"(?P<n>" + NUMBER + r")", re.I)
_PART = re.compile(r"(?<![\d,.])(?P<s>" + NUMBER + r")\s+(?:[\w-]+\s+){1,8}?\(\s*(?P<p>" + NUMBER + r")(?:\s+and\s+(?P<q>" + NUMBER
                   + r"))?\s+(?:" + PEOPLE_NOUNS + r")\s*\)", re.I)  # "two trials (30 and 49 participants)": each trial's people
_EXCLUDE_STUDIES = re.compile(r"\b(?:ongoing|awaiting|excluded|additional|new|further|previous(?:ly)?|existing)\b", re.I)
_PEOPLE_NEAR = re.compile(r"(?P<n>" + NUMBER + r")\s+(?:(?:[a-z-]+\s+){0,3}?)(?P<noun>" + _PEOPLE + r")\b", re.I)
_TRIAL_TOTAL = re.compile(
    r"(?:\b(?:a\s+total\s+of|overall,?|in\s+total,?|of\s+the|of|among|all)\s+)?(?P<n>" + NUMBER + r")(?!\s+(?:years?|months?|weeks?|days?)\b)"
    r"\s+(?:[A-Za-z,'-]+\s+){0,10}?"
    r"(?:(?:underwent|were|was|had\s+been)\s+(?:randomi[sz]ation|randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled|recruited|"
    r"included)|(?:received|were\s+assigned|were\s+allocated)\b)"
    r"|\b(?:randomi[sz]ed|randomly\s+assigned|assigned|enrolled|recruited|studied|included|followed(?:\s+up)?)\s+(?P<m>" + NUMBER + r")\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + PEOPLE_NOUNS + r")"
    r"|\b(?:among|of|in)\s+(?P<k>" + NUMBER + r")\s+(?:randomi[sz]ed|randomly\s+assigned|enrolled|included|eligible)\s+(?:" + PEOPLE_NOUNS + r")"
    r"|\b(?:among|of)\s+(?P<j>" + NUMBER + r")\s+(?:" + PEOPLE_NOUNS + r")\s+(?:who\s+were\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|"
    r"enrolled)", re.I)


# body parts and events counted beside the people they belong to: "285 eyes of 275 participants", "610 teeth in 150 children"
_UNITS = r"(?:eyes|ears|teeth|limbs|wounds|ulcers|feet|knees|hips|lesions|procedures|operations|pregnancies|catheters|episodes)"
_UNITS_OF_PEOPLE = re.compile(r"\s+(?:of|in|from)\s+(?P<n>" + NUMBER + r")\s+(?:[a-z-]+\s+){0,2}?(?:participants?|people|persons|"
                              r"patients|women|men|children|infants|neonates|adults|adolescents|individuals|subjects)\b", re.I)


def _value(text: str) -> int | None:
    value = number_value(text)
    return int(value) if value is not None and value == int(value) and value >= 0 else None


def studies_and_participants(lay: Layout) -> tuple[Total | None, Total | None]:
    studies = participants = None
    updated = False
    text = lay.text
    # the results first: a methods sentence ("a subgroup analysis of 105 studies that were included") only when they name none
    ordered = [s for s in lay.sentences if s.section in ("results", "unstructured")] + [s for s in lay.sentences if s.section == "methods"]
    # (after an update's note: "This update includes one additional trial (MRC 1985). Sixteen trials (N = ...) ...")
    first = next((s for s in ordered if s.section in ("results", "unstructured") and not _UPDATE_NOTE.match(s.text)), None)
    for sentence in ordered:
        if studies:
            continue
        groups = _TWO_STUDY_GROUPS.search(sentence.text)
        if groups and all(_value(groups[g]) for g in "apbq"):
            # "14 weight loss studies with a total of 2537 participants, and four weight maintenance studies with ... 1603"
            # (quoted at "We included", so each group's own counts stay counts of their own)
            at, end = sentence.start + groups.start(), sentence.start + groups.start("a")
            studies = Total(_value(groups["a"]) + _value(groups["b"]), at, end)
            studies.note = f"derived: {groups['a']} + {groups['b']}, the two groups of studies the abstract counts"
            participants = Total(_value(groups["p"]) + _value(groups["q"]), at, end)
            participants.note = f"derived: {groups['p']} + {groups['q']}, the people of the two groups of studies"
            break
        before_studies = _PEOPLE_FROM.search(sentence.text) or _IPD.search(sentence.text)
        if before_studies and _value(before_studies["h"]) and _value(before_studies["p"]):
            studies = Total(_value(before_studies["h"]), sentence.start + before_studies.start("h"), sentence.start + before_studies.end("h"))
            participants = Total(_value(before_studies["p"]), sentence.start + before_studies.start("p"),
                                 sentence.start + before_studies.end("p"))
            break
        matches = list(_INCLUDED.finditer(sentence.text))
        if not matches and sentence is first and not _ESTIMATE.search(sentence.text) and _OPENING.match(sentence.text) and not any(
                _COMPARED.match(s.text) for s in ordered if s is not first and s.section in ("results", "unstructured")):
            matches = [_OPENING.match(sentence.text)]  # (not "Five RCTs compared X ... Four trials compared Y": per comparison)
        for match in matches:
            group = next(g for g in "abcdefghiklm" if g in match.re.groupindex and match[g])
            if group == "i" and _ESTIMATE.search(sentence.text):
                continue  # "(data from 3 trials involving 400 people; RR ...)": one outcome's
            before = sentence.text[max(0, match.start() - 40):match.start(group)]
            clause = re.split(r";", sentence.text[:match.end()])[-1] + sentence.text[match.end():].split(";")[0]
            clause = re.sub(r"\([^()]*\)", "", clause)  # nor "(5 new studies added to 13 in the previous version)"
            # the match's own clause: not "...; the previous version included 21 trials"
            if group not in "dfgl" and _EXCLUDE_STUDIES.search(before + " " + match.group(0)) or group not in "dfgl" and re.search(
                    r"\b(?:previous|earlier|original|last|first)\s+(?:version|review|update)", clause, re.I):
                continue
            value = _value(match[group])
            if value is None or value > 5000:
                continue
            if group == "a" and re.match(r"(?:we\s+)?(?:identified|found)\b", match.group(0), re.I) \
                    and re.match(r"(?:articles?|reports?|publications?|papers?|records?)$", match["an"], re.I):
                continue  # "We identified 66 publications relating to 50 studies": what the search found, not the studies included
            studies = Total(value, sentence.start + match.start(group), sentence.start + match.end(group))
            noun = match[group + "n"] if group + "n" in match.re.groupindex else None
            more = _AND_MORE_STUDIES.match(sentence.text, match.end(group + "n")) if group in "abh" and noun else None
            if more and _value(more["n"]) and not _EXCLUDE_STUDIES.search(more.group(0)):  # (not "and 2 ongoing trials")
                studies.value += _value(more["n"])
                studies.note = f"derived: {match[group]} + {more['n']}, the two kinds of study the abstract counts"
            which = _OF_WHICH.match(sentence.text, match.end(group + "n")) if group == "a" else None
            if which and _value(which["n"]) and _value(which["n"]) < value:
                studies = Total(_value(which["n"]), sentence.start + which.start("n"), sentence.start + which.end("n"))
            relating = re.match(r"\s*(?:(?:relating\s+to|reporting(?:\s+on)?|describing|of|on|from)\s+|\(\s*)(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+)?"
                                r"(?:stud(?:y|ies)|trials?|RCTs?)\b", sentence.text[match.end(group + "n"):], re.I) \
                if noun and re.match(r"(?:articles?|reports?|publications?|papers?|records?)$", noun, re.I) else None
            if relating and _value(relating["n"]):  # "Thirteen articles relating to eight trials met the inclusion criteria"
                offset = sentence.start + match.end(group + "n")
                studies = Total(_value(relating["n"]), offset + relating.start("n"), offset + relating.end("n"))
            # the people in the same sentence: "(14,548 participants)", "involving 858 women"
            rest_at = which.end("n") if which and studies.value == _value(which["n"]) else match.end(group)
            rest = sentence.text[rest_at:]
            people = next((p for p in _PEOPLE_NEAR.finditer(rest) if (not re.search(
                r"\b(?:per|each|aged?|type|grade|stage|phase|class|level|day|week|month|year|(?<!data\s)from|to|than)\s*$", rest[:p.start()], re.I)
                # ("involving more than 13,000 women" is the abstract's total; "trials with more than 200 participants" is a threshold)
                or re.match(r"\W*(?:[\w-]+\W+){0,6}?(?:involving|with|including|enrolling)\s+more\s+than\s*$", rest[:p.start()], re.I))
                and not re.search(r"\b" + _STUDIES + r"\b|\s(?:in|with|of|from|among)\s",  # ("1,601,515 study subjects" are people)
                                  re.sub(r"\bstudy\s+(?=subjects|participants|patients|population)", "", p.group(0)), re.I)), None)
            if people and re.search(r"[:;][^:;]*(?:\d|\b" + WORD_NUMBER + r"\b)[^:;]*\(\s*$", rest[:people.start()], re.I) \
                    and _PEOPLE_NEAR.search(rest, people.end()):
                people = None  # "We included 10 studies: four gave data (437 participants); five were RCTs (1182 participants)":
            # the parts' people, no total ("We included 29 RCTs; nine of them gave data (3339 participants)" names them once)
            # not "two trials with healthcare workers", "3 in children"
            both = min((b for b in (_TWO_KINDS.search(rest), _TWO_PEOPLE.search(rest)) if b), key=lambda b: b.start(), default=None)
            if both and (re.search(r"\b" + _STUDIES + r"\b|\b(?:in|with|of|aged?)\b", both.group(0), re.I) or both.start() > 160):
                both = None  # "5 trials in adults and 3 in children": not two groups of people
            if both and (people is None or people.start() >= both.start()):
                # "a total of 4620 type 1 and 22,565 type 2 diabetic participants": the total is their sum
                first, second = _value(both["a"]), _value(both["b"])
                if first and second:
                    # "1470 adults and 470 children": the span ends at the first, so the children stay a count of their own
                    end = both.end("a") if both.re is _TWO_PEOPLE else both.end("b")
                    participants = Total(first + second, sentence.start + rest_at + both.start("a"),
                                         sentence.start + rest_at + end)
                    participants.note = f"derived: {both['a']} + {both['b']}, the sum of the two groups the abstract counts"
            elif re.match(r"\s*(?:" + _STUDIES + r")?\s*[(\[]\s*[nN]\s*=\s*\d", rest, re.I):  # "Seven trials (n = 1,093) were included"
                number = re.match(r"\s*(?:" + _STUDIES + r")?\s*[(\[]\s*[nN]\s*=\s*(?P<n>\d[\d,]*)", rest, re.I)
                if _value(number["n"]) and _value(number["n"]) > 1:
                    participants = Total(_value(number["n"]), sentence.start + rest_at + number.start("n"),
                                         sentence.start + rest_at + number.end("n"))
            elif people:
                number, start, end = _value(people["n"]), people.start("n"), people.end("n")
                persons = _UNITS_OF_PEOPLE.match(rest, people.end()) if re.fullmatch(_UNITS, people["noun"], re.I) else None
                if persons and _value(persons["n"]):  # "(285 eyes of 275 participants)": the people, not their eyes
                    number, start, end = _value(persons["n"]), persons.start("n"), persons.end("n")
                if number and number > 1 and number != value:
                    participants = Total(number, sentence.start + rest_at + start, sentence.start + rest_at + end)
            break
        if studies and group in "df":  # ("for a total of N studies involving M participants" names its people)
            updated = True  # an update's total: the people of its sentence or none (the new studies' people differ)
            break
    if studies and studies.value > 1 and not updated:
        participants = _parts_people(lay, studies) or participants
    if studies and not participants and not updated:
        for sentence in lay.sentences:
            if sentence.section not in ("results", "unstructured"):
                continue
            found = _TOTAL_NUMBER.search(sentence.text) or next((m for m in re.finditer(
                r"\b(?P<verb>randomi[sz]ed|included|involved|involving|enrolled|encompassed|comprised|comprising|with|of)\s+"
                r"(?:a\s+total\s+of\s+)?(?P<n>" + NUMBER + r")\s+(?:randomi[sz]ed\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:"
                + PEOPLE_NOUNS + r")\b", sentence.text, re.I)
                if not (m["verb"].lower() == "of" and re.search(r"(?:\d|\b" + WORD_NUMBER + r")\s+$", sentence.text[:m.start()], re.I))),
                None) or re.search(  # (not "Eleven of 52 participants": a part of a group)
                r"(?:^|\bIn\s+this\s+(?:study|trial),\s+|;\s+)(?P<n>" + NUMBER + r")\s+(?:" + PEOPLE_NOUNS + r")\s+(?:[\w-]+\s+){0,6}?"
                r"(?:were|was)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled|included|recruited)\b",
                sentence.text, re.I)  # "In this study, 28 participants aged 19 to 28 years were randomized"
            if found and _value(found["n"]) is not None and _value(found["n"]) < 10:
                found = None  # "type 2 diabetic participants", "of 3 participants" is not a review's total
            if found and _NOT_THE_REVIEWS.search(sentence.text[:found.start("n")]):
                if re.search(r"hypothetical|per\s*$", sentence.text[:found.start("n")], re.I):
                    continue
                break  # "Another RCT with 100 participants was recently completed": one other study's people
            part = _PART_STUDIES.search(sentence.text[:found.start("n")]) if found else None
            if part and _value(part["k"]) is not None and _value(part["k"]) != studies.value:
                break  # "In five trials with 536 participants" of a review of 12: those trials' people, and no total
            if found and _value(found["n"]) and sentence.start >= studies.start:
                participants = Total(_value(found["n"]), sentence.start + found.start("n"), sentence.start + found.end("n"))
                break
    if studies and studies.value == 1 and not participants and not updated:
        # one study, its people in the next sentence: "This was the pooled results from two RCTs (225 participants, ...)"
        results = [t for t in lay.sentences if t.section in ("results", "unstructured")]
        after = next((results[i + 1] for i, t in enumerate(results[:-1]) if t.start <= studies.start < t.start + len(t.text)), None)
        found = _ONE_STUDY_PEOPLE.search(after.text) if after else None
        if found and (_value(found["n"]) or 0) >= 10:
            participants = Total(_value(found["n"]), after.start + found.start("n"), after.start + found.end("n"))
    if studies and 2 <= studies.value <= 4 and not updated:
        each = [(sentence, found) for sentence in lay.sentences if sentence.section in ("results", "unstructured")
                for found in [_EACH_STUDY.search(sentence.text)] if found and _value(found["n"])]
        if len(each) == studies.value and (participants is None or participants.value in {_value(f["n"]) for _, f in each}):
            # "One study enrolled 170 infants ... The second study enrolled 30 children": the review's people are their sum
            first = each[0]
            participants = Total(sum(_value(f["n"]) for _, f in each), first[0].start + first[1].start("n"), first[0].start + first[1].end("n"))
            participants.note = "derived: " + " + ".join(f["n"] for _, f in each) + ", the people each study enrolled"
    if not studies:
        for sentence in lay.sentences:
            if sentence.section not in ("results", "unstructured", "methods"):
                continue
            if re.search(r"\b(?:aged|ages?)\s+\d+\s*(?:-|to)\s*$", sentence.text):
                continue
            found = _TRIAL_TOTAL.search(sentence.text)
            if found:
                group = next(g for g in ("n", "m", "k", "j") if found[g])
                value = _value(found[group])
                if value and value > 1:
                    participants = Total(value, sentence.start + found.start(group), sentence.start + found.end(group))
                    break
        if participants is None:  # BMJ: "Participants 412 873 participants aged 40-69 years"
            for sentence in lay.sentences:
                found = re.match(r"\s*(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:" + PEOPLE_NOUNS + r")\b", sentence.text, re.I)
                if found and sentence.section == "methods" and _value(found["n"]) and _value(found["n"]) > 20:
                    participants = Total(_value(found["n"]), sentence.start + found.start("n"), sentence.start + found.end("n"))
                    break
    if not studies and not participants:
        for sentence in lay.sentences:
            found = _NONE_INCLUDED.search(sentence.text) if sentence.section in ("results", "unstructured") else None
            if found:
                studies = Total(0, sentence.start + found.start(), sentence.start + found.end())
                break
    del text
    studies, participants = _inclusion_first(lay, studies, participants)
    if studies and studies.value > 1 and participants is None and not updated:
        participants = _parts_people(lay, studies)  # ("Five small trials were included: two trials (30 and 49 participants) ...")
    if participants is not None and participants.note is None:
        unit = re.match(r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>" + _PEOPLE + r")\b", lay.text[participants.end:], re.I)
        if unit and re.fullmatch(_EVENTS, unit["noun"], re.I):
            participants = None  # "data on 759 intubation attempts": events counted, not the people
    return studies, participants


# counts of events, not of people: no `participants` total
_EVENTS = r"(?:intubations?|intubation\s+attempts|episodes|procedures|operations|cases|events|deaths|admissions|visits|nets|doses|" \
          r"vaccinations)"
# a later sentence's people that are not the review's: "Another RCT with 100 participants", "a hypothetical cohort of 1000 patients"
_NOT_THE_REVIEWS = re.compile(r"\b(?:another|an\s+ongoing|one\s+(?:other|ongoing|further))\s+(?:[\w-]+\s+){0,2}?(?:study|trial|RCT)\s+"
                              r"(?:[\w-]+\s+){0,2}?$|\bhypothetical\s+(?:[\w-]+\s+){0,2}?$|\bper\s*$", re.I)


def _parts_people(lay: Layout, studies: Total) -> Total | None:
    """"We identified 11 studies: 7 evaluated X (803 participants), and 4 evaluated Y (5280 participants)": the people of
    the parts the studies split into add up, when the parts' studies do."""
    own = next((t for t in lay.sentences if t.start <= studies.start < t.start + len(t.text)), None)
    parts = list(_PART.finditer(own.text, studies.end - own.start)) if own else []
    people = [n for p in parts for n in ([p["p"]] + ([p["q"]] if p["q"] else []))]
    if len(parts) < 2 or sum(_value(p["s"]) or 0 for p in parts) != studies.value or not all(_value(n) for n in people):
        return None
    # (quoted at the studies' count, so each part's people stay a count of their own)
    total = Total(sum(_value(n) for n in people), studies.start, studies.end)
    total.note = "derived: " + " + ".join(people) + ", the people of the parts the studies split into"
    return total


def _inclusion_first(lay: Layout, studies: Total | None, participants: Total | None) -> tuple[Total | None, Total | None]:
    """The inclusion sentence's totals (inclusion.py) over counts read from a later sentence, or where none were read."""
    found = inclusion_totals(lay.sentences)
    if not found:
        return studies, participants
    (n, a, b), people, sentence = found
    end = sentence.start + len(sentence.text)
    if studies and studies.value == n and (participants.value if participants else None) == (people[0] if people else None):
        return studies, participants  # the same totals, as the reader above quotes them
    derived = people is not None and not re.fullmatch(NUMBER, sentence.text[people[1]:people[2]], re.I)
    if studies is None or studies.start >= end:
        studies = Total(n, sentence.start + a, sentence.start + b)
        participants = Total(people[0], sentence.start + people[1], sentence.start + people[2]) if people else None
    elif studies.value == n and people and (participants is None or derived) and sentence.start <= studies.start < end:
        participants = Total(people[0], sentence.start + people[1], sentence.start + people[2])
    if participants is not None and derived and participants.note is None:
        participants.note = "derived: the sum of the parts the inclusion sentence counts"
    return studies, participants


# ("It reported data on 22 participants": the one study's people)
_ONE_STUDY_PEOPLE = re.compile(r"(?:\(\s*|\b(?:with|involving|including|enrolling|randomi[sz]ed|recruited|enrolled|"
                               r"(?:reported|provided|gave|presented)\s+(?:data|results|outcomes)\s+(?:on|for|from))\s+)"
                               r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\b", re.I)
# one study of a small review and its people: "One study enrolled 170 infants", "The second study randomised 30 children"
_EACH_STUDY = re.compile(r"^(?:(?:in\s+)?(?:one|the\s+(?:first|second|third|fourth|other|remaining|larger|smaller)|a\s+second|another)\s+"
                         r"(?:study|trial|RCT)\b,?\s+(?:\w+\s+){0,2}?(?:enrolled|included|randomi[sz]ed|recruited|involved|studied)\s+"
                         r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\b)", re.I)
# an empty review: "We found no studies fulfilling the inclusion criteria", "No studies met the inclusion criteria"
_NONE_INCLUDED = re.compile(
    r"^(?:we\s+)?(?:found|identified|included)\s+no\s+(?:eligible\s+|relevant\s+)?(?:" + _STUDIES + r")"
    r"(?:\s+(?:fulfilling|meeting|that\s+(?:met|fulfilled))\s+(?:the\s+|our\s+)?inclusion|\s+for\s+inclusion|\s*(?:[.;]|$))"
    r"|^(?:we\s+)?did\s+not\s+(?:find|identify|include)\s+any\s+(?:eligible\s+|relevant\s+)?(?:" + _STUDIES + r")\s*(?:[.;]|$|"
    r"\s+(?:that|which)\s+(?:met|fulfilled)|\s+(?:fulfilling|meeting))"
    r"|^no\s+(?:eligible\s+|relevant\s+)?(?:" + _STUDIES + r")\s+(?:(?:met|fulfilled|satisfied)\s+(?:the\s+|our\s+)?(?:inclusion|eligibility)"
    r"|were\s+(?:eligible|included|identified|found)(?:\s+for\s+inclusion(?:\s+in\s+(?:this|the)\s+review)?)?\s*(?:[.;]|$))", re.I)
    # (not "No RCTs were identified for other childhood cancers": none for one question, not for the review)


def design(lay: Layout) -> tuple[str | None, bool | None, str]:
    """(design, observational, why)."""
    title = lay.title_text.lower()
    text = lay.text.lower()
    methods = " ".join(s.text.lower() for s in lay.sentences if s.section in ("methods", "objectives", "unstructured")) + " " + title
    everything = " ".join(s.text.lower() for s in lay.sentences if s.section not in ("background", "other")) + " " + title
    if lay.kind == "cochrane" or re.search(r"systematic\s+review|meta-analys[ie]s", title + " " + methods[:3000]):
        observational = None
        if re.search(r"of\s+observational\s+studies|observational\s+studies\s+(?:were|are)\s+included|cohort\s+studies", title + " " + methods):
            observational = True
        elif re.search(r"randomi[sz]ed\s+(?:controlled\s+)?trials|\brcts?\b", everything):
            observational = False
        pooled = re.search(r"\b(?:RR|OR|MD|SMD|HR|risk\s+ratio|odds\s+ratio|mean\s+difference|pooled)\b", lay.text)
        if pooled or "meta-analys" in title + methods:
            return "meta-analysis", observational, "pooled estimates" if pooled else "a meta-analysis"
        return "systematic-review", observational, "a review without pooled estimates"
    if re.search(r"randomi[sz]ed|randomly\s+(?:assigned|allocated)|randomi[sz]ation", title + " " + methods) or re.search(
            r"\b(?:were|was|been)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))|underwent\s+randomi[sz]ation|randomly\s+"
            r"(?:assigned|allocated)|randomi[sz]ed\s+(?:participants|patients|adults|children|women|infants)", everything):
        return "randomized-trial", False, "randomised"
    for word, name in (("case-control", "case-control"), ("cross-sectional", "cross-sectional"), ("cohort", "cohort"),
                       ("case series", "case-series"), ("registry", "cohort"), ("registers", "cohort"), ("prospective", "cohort"),
                       ("retrospective", "cohort"), ("qualitative", "qualitative"), ("in mice", "animal"), ("in rats", "animal")):
        if word in title or word in methods:
            return name, name in ("case-control", "cross-sectional", "cohort", "case-series"), word
    if "observational" in text:
        return None, True, "observational"
    return None, None, ""
