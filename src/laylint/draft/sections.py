"""An abstract's layout: its title, its sections (Cochrane, structured journal or none), the
subheadings inside a section, and its sentences, every one with offsets into the abstract."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from laylint.draft.comparisons import announced
from laylint.draft.textnorm import Sentence, split_sentences

# heading text (lower case, without the colon) -> section kind
HEADINGS = {
    "background": "background", "introduction": "background", "context": "background", "importance": "background",
    "rationale": "background", "purpose": "objectives", "objective": "objectives", "objectives": "objectives",
    "aim": "objectives", "aims": "objectives", "question": "objectives", "research question": "objectives",
    "methods": "methods", "method": "methods", "search methods": "methods", "selection criteria": "methods",
    "data collection and analysis": "methods", "design": "methods", "study design": "methods",
    "setting": "methods", "settings": "methods", "participants": "methods", "patients": "methods",
    "population": "methods", "interventions": "methods", "intervention": "methods", "exposure": "methods",
    "exposures": "methods", "measurements": "methods", "main outcome measures": "methods",
    "main outcomes and measures": "methods", "outcome measures": "methods", "outcomes": "methods",
    "data sources": "methods", "study selection": "methods", "data extraction": "methods",
    "data extraction and synthesis": "methods", "data synthesis": "methods", "review methods": "methods",
    "eligibility criteria": "methods", "eligibility criteria for selecting studies": "methods",
    "design, setting, and participants": "methods", "design, setting and participants": "methods",
    "design, setting, participants": "methods", "materials and methods": "methods", "areas covered": "methods",
    "methods and findings": "results", "results": "results", "main results": "results", "findings": "results",
    "key results": "results", "observations": "results", "results and conclusions": "results",
    "conclusions": "conclusions", "conclusion": "conclusions", "authors' conclusions": "conclusions",
    "authors conclusions": "conclusions", "interpretation": "conclusions", "conclusions and relevance": "conclusions",
    "implications": "conclusions", "implications for practice": "conclusions", "implications for research": "conclusions",
    "expert opinion": "conclusions", "discussion": "conclusions", "significance": "conclusions",
    "funding": "other", "trial registration": "other", "registration": "other", "keywords": "other",
    "systematic review registration": "other", "summary": "other", "abstract": "other", "editorial notes": "other",
    "plain language summary": "other", "abbreviations": "other",
}
_HEADING_ALT = "|".join(sorted((re.escape(h) for h in HEADINGS), key=len, reverse=True))
# A heading alone on its line, or opening it: "Results:", "RESULTS:", "Results  Among", "Results 11 trials"
_HEADING_LINE = re.compile(r"^[ \t#*_]*(" + _HEADING_ALT + r")[*_]*[ \t]*(?:[:.\u2014-][ \t]*|(?=\n)|$|[ \t]{2,}|[ \t](?=(?-i:[A-Z0-9(])))",
                           re.I | re.M)
# A Cochrane heading glued to the end of the sentence before it ("...at least once. Data collection and
# analysis\nSummary estimates..."), as some exports write them: it is moved to its own line.
_GLUED_HEADING = re.compile(r"(?<=[.!?)])[ \t]+(?=(?:Background|Objectives|Search methods|Selection criteria|"
                            r"Data collection and analysis|Main results|Authors'? conclusions)[ \t]*\n)")

# A comparison's subheading run into the paragraph where an export lost its line breaks (older Cochrane
# abstracts): "... for analysis. Inhaled antibiotics alone versus intravenous antibiotics alone Only one
# trial (n = 18) reported ...". It is put back on a line of its own.
_RUN_IN_COMPARISON = re.compile(
    r"(?:(?<=[.!?)\]])|(?<=\n))(?P<before>[ \t]+)(?P<h>(?!(?:There|The|This|These|That|Those|We|Our|One|In|Only|No|Both|Neither|All|"
    r"Overall|However|Compared|When|Where|Data|Results?|Comparisons?|Evidence|For|It|At|Of|A|An)\b)[A-Z][\w/+'’-]*"
    r"(?:[ \t]+[\w/+,'’-]+){0,10}?[ \t]+(?:versus|vs\.?|compared[ \t]+(?:with|to))[ \t]+[\w/+'’-]+(?:[ \t]+[\w/+,'’-]+){0,10}?)"
    r"(?P<gap>[ \t]+)(?=[A-Z][a-z]+[ \t,])")
_NOT_HEADING_WORDS = re.compile(r"\b(?:was|were|is|are|been|be|had|has|have|did|does|do|showed|shows|revealed|found|reported|"
                                r"suggest\w*|may|might|could|would|should|that|there|we|our|randomi[sz]ed|included|comparing|"
                                r"trials?|studies|RCTs?|participants|patients|estimates?)\b|[ \t](?:of|the|a|an|to|and|or|in|with|for|"
                                r"on|at|by)$|\d\s*%", re.I)


def _run_in_headings(text: str) -> str:
    """Line breaks (same length: offsets stay) around comparison headings run into the paragraph."""
    def place(match: re.Match) -> str:
        if _NOT_HEADING_WORDS.search(match["h"]) or len(match["h"].split()) > 16:
            return match.group(0)
        return "\n" * len(match["before"]) + match["h"] + "\n" * len(match["gap"])
    for _ in range(2):  # a heading right after another ("Sealant versus varnish  Resin-based sealants compared with ...")
        text = _RUN_IN_COMPARISON.sub(place, text)
    return text


def _is_comparison_heading(line: str) -> bool:
    return _is_subheading(line) and bool(re.search(r"\s(?:versus|vs\.?|compared\s+(?:with|to))\s", line)) \
        and not _NOT_HEADING_WORDS.search(line)


@dataclass
class Layout:
    text: str  # the normalised abstract
    title: tuple[int, int] | None = None
    kind: str = "unstructured"  # cochrane, structured, unstructured
    sentences: list[Sentence] = field(default_factory=list)
    headings: list[tuple[int, int, str]] = field(default_factory=list)  # subheadings (start, end, text)
    announced: list[tuple[int, int, str]] = field(default_factory=list)  # comparisons results sentences announce

    def section_text(self, kind: str) -> str:
        return " ".join(s.text for s in self.sentences if s.section == kind)

    @property
    def title_text(self) -> str:
        return self.text[self.title[0]:self.title[1]].strip() if self.title else ""


def _is_subheading(line: str) -> bool:
    """A short line without a full stop inside a section: "Stone-free rate", "OCP versus placebo"."""
    words = re.sub(r"\s*\([^()]*\)", "", line).split()  # "Indirect training (exercises that are not ...) versus direct PFMT"
    return (0 < len(words) <= 14 and not re.search(r"[.;:!?]\s*$", line) and not re.search(r"\d+\s*%|\(\s*\d", line)
            and (line[:1].isupper() or line[:1].isdigit()) and len(line) < (200 if "(" in line else 120))


# "Nivolumab versus bevacizumab in people with recurrent GBM (1 trial, 369 participants)": a comparison's heading
# with its count of trials; a heading, and a sentence too (its counts are the comparison's)
_COUNTED_COMPARISON = re.compile(r"^(?P<h>[A-Z][^.;:!?()]*(?:\([^()]*\)[^.;:!?()]*)*?\s(?:versus|vs\.?|compared\s+(?:with|to))\s"
                                 r"[^.;:!?()]*(?:\([^()]*\)[^.;:!?()]*)*?)\s*\(\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                                 r"\s+(?:trials?|studies|study|RCTs?)\b[^()]*\)$", re.I)


# "Problem-solving therapy, compared to usual care:" above a list, or run into its paragraph ("Bordered
# dressing compared to standard dressing:we are very uncertain ..."): a comparison's heading ending in a colon.
# Not a sentence that ends in one ("Compared with placebo, statins had the following effects:").
_COLON_COMPARISON = re.compile(r"^(?P<h>(?!(?:we|the|this|these|in|compared|overall|all|both)\b)[A-Z][^.;:!?]{1,100}?\s"
                               r"(?:versus|vs\.?|compared\s+(?:with|to))\s[^.;:!?]{1,80}?)\s*:[ \t]*", re.I)


def layout(text: str) -> Layout:
    text = _GLUED_HEADING.sub(lambda m: "\n" * len(m.group(0)), text)  # same length: offsets stay
    text = _run_in_headings(text)
    lay = Layout(text)
    # the title: a first line without a full stop, followed by a blank line or a heading
    position = 0
    first = re.match(r"\s*", text).end()
    first_line = re.match(r"[^\n]*", text[first:]).group(0)
    heading_at_start = _HEADING_LINE.match(text, first)
    if first_line.strip() and not heading_at_start and len(first_line.split()) <= 45 \
            and not re.search(r"\.\s*$", first_line) and "\n" in text[first:]:
        stripped = first_line.lstrip("#* ").rstrip("*_ ")
        start = first + first_line.index(stripped[:1]) if stripped else first
        lay.title = (start, start + len(stripped))
        position = first + len(first_line)
    section, seen_headings = "unstructured", []
    paragraph = 0
    heading: str | None = None
    comparison: str | None = None  # the comparison a results sentence announced (comparisons.py)
    for match in re.finditer(r"[^\n]+", text[position:]):
        line_start, line = position + match.start(), match.group(0)
        found = _HEADING_LINE.match(line)
        if found and (found.end() == len(line) or line[found.end():].strip()):
            name = found.group(1).lower()
            section = HEADINGS[name]
            seen_headings.append(name)
            heading = comparison = None
            rest = line[found.end():]
            if not rest.strip():
                continue
            line_start += found.end()
            line = rest
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        if _is_subheading(stripped) and (section != "unstructured" or _is_comparison_heading(stripped)):
            heading, comparison = stripped, None
            lay.headings.append((line_start + lead, line_start + lead + len(stripped), stripped))
            continue
        colon = _COLON_COMPARISON.match(stripped) if section == "results" else None
        if colon and len(colon["h"].split()) <= 16 and not re.search(r"\b(?:was|were|is|are|had|has|showed)\b", colon["h"]):
            heading, comparison = colon["h"].strip(" ,"), None
            lay.headings.append((line_start + lead, line_start + lead + len(colon["h"]), heading))
            line_start, line = line_start + lead + colon.end(), stripped[colon.end():]
            lead, stripped = 0, line.strip()
            if not stripped:
                continue
        counted = _COUNTED_COMPARISON.match(stripped) if section == "results" and len(stripped.split()) <= 40 else None
        if counted:
            heading, comparison = counted["h"].strip(), None
            lay.headings.append((line_start + lead, line_start + lead + len(heading), heading))
        paragraph += 1
        line_comparison = comparison
        for start, end in split_sentences(line, line_start):
            said = announced(text[start:end]) if section in ("results", "unstructured") else None
            if said:  # "2. Oral versus intravenous iron.", "Four trials compared X with Y.": in force until the next one
                comparison = said
                lay.announced.append((start, end, said))
                if not text[line_start:start].strip() and not text[end:line_start + len(line)].strip():
                    line_comparison = said  # a line of its own: in force over the next paragraphs too
            lay.sentences.append(Sentence(start, end, text[start:end], section, heading, paragraph, comparison))
        comparison = line_comparison  # (one announced inside a paragraph ends with it)
    if any(name in ("main results", "authors' conclusions", "authors conclusions", "selection criteria") for name in seen_headings):
        lay.kind = "cochrane"
    elif seen_headings:
        lay.kind = "structured"
    if lay.kind == "unstructured":
        for sentence in lay.sentences:
            sentence.section = "unstructured"
    return lay
