"""Kind `acronym`: an acronym used before it is spelled out ("multiple sclerosis (MS)" or "MS (multiple sclerosis)")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from laylint.checks.kind import Kind, Severity, option
from laylint.text import HYPHENS, WORD, fold


@dataclass(frozen=True)
class Options:
    allow: list[str] = field(default_factory=list)
    min_capitals: int = option(2, minimum=1)
    max_shouting_share: float = option(0.6, above=0, maximum=1)
    max_capital_run: int = option(2, minimum=1)
    search_list_severity: Severity = "warning"  # a search list's names: a style matter, not an unexplained word
    # a summary's unexplained gene and molecule codes: one message, a fix of wording, not a name to spell out
    lab_codes_severity: Severity = "warning"
    clinical_codes: list[str] = field(default_factory=list)  # codes of lab form a patient must be told (HbA1c, CD4)
    # a lab-biology summary: this many distinct lab codes or more, and fewer care words (people, trials, care) per 100
    # words than the rate; there capitals-only codes (ATP, PTEN, NEMO) join the lab-code message too
    lab_genre_min_codes: int = option(3, minimum=1)
    lab_genre_max_care_rate: float = option(2.5, minimum=0)
    messages: dict[str, str] = field(default_factory=dict)  # search_list ({names}), lab_code, lab_codes ({codes}...)


_SEARCH_LIST_MESSAGE = ("Lay readers do not need the names of the databases or registers searched ({names}), and their "
                        "full names would not help; say what they are, e.g. 'we searched medical databases and trial "
                        "registers'")


_LAB_CODE_MESSAGE = ("'{code}' is a code that is not explained: say in words what it is (e.g. 'a "
                     "protein that ...', 'a medicine for ...'), or leave it out")
_LAB_CODES_MESSAGE = ("'{code}' and {count} other {code_word} ({others}) are not explained: say in words "
                      "what they are (e.g. 'a protein that ...', 'a medicine for ...'), or leave them out")
_WRITTEN_BEFORE_MESSAGE = ("'{acronym}' is used on its own, though the summary writes its full name earlier "
                           "('{long_form}'); join the two: write '{long_form} ({acronym})' at its first use")
_NAMED_OTHERS = 4  # the group message names the first code and up to this many others


def validate(options):
    if options.min_capitals < 1:
        yield "min_capitals", "must be at least 1"
    if options.max_capital_run < 1:
        yield "max_capital_run", "must be at least 1"
    if not 0 < options.max_shouting_share <= 1:
        yield "max_shouting_share", "must be above 0 and at most 1"
    if options.lab_genre_min_codes < 1:
        yield "lab_genre_min_codes", "must be at least 1"
    if options.lab_genre_max_care_rate < 0:
        yield "lab_genre_max_care_rate", "must be at least 0"


# a letter may follow: "stage IIIB", "type IIa", "Group VIA" (README-independent-17)
_ROMAN = re.compile(r"^(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})[A-Da-d]?$")
# Words that count things: "phase IV", "type II", "stage III", "grade IV", "class II", "level III"
_COUNTED = re.compile(r"(?:phase|phases|type|types|stage|stages|grade|grades|class|classes|level|levels|part|parts"
                      r"|complex|complexes|factor|factors"  # "respiratory complex III", "factor VIII" (README-independent-20)
                      r"|step|steps|category|categories|degree|section|chapter|group|groups|trial|trials|tier|arm"
                      r"|volume|world war)\W*(?:[IVX]+\s*(?:,|and|or|to|-|\u2013)\s*)*$", re.I)
# "(MS; a disease of the nerves)", "(OME or 'glue ear')": the short form, then what it means
_BRACKET_HEAD = re.compile(r"\s*[\"'\u201c\u2018]?\s*(?:[,;:]|\s-|\u2013|\u2014|\s+or\b|\s+also\b)\s*")


# A study's name lettered like "J-START" (a capital, a hyphen or en dash, a word in capitals): not an abbreviation
# whose long form would help a lay reader
_LETTERED_NAME = re.compile(rf"[A-Z][{HYPHENS}\u2013][A-Z]{{3,}}\d*")


# A study's name in capitals, in a name's place: "the METEOR and MERIT-UC studies", "the ALLHAT trial". A long form
# ("Metastatic RCC Phase 3 Study Evaluating ...") would not help a lay reader; short ones (RCT, COPD) are still read
_NAME = rf"[A-Z]{{5,}}(?:[{re.escape(HYPHENS)}][A-Z0-9]+)*"
_STUDY_NAMES = re.compile(rf"\b[Tt]he\s+(?:{_NAME}(?:,\s*|\s+and\s+|\s+or\s+))*{_NAME}\s+(?:stud(?:y|ies)|trials?)\b")
# A code or gene name introduced by its class in apposition: "the most potent compound, KF116", "a motor protein,
# namely KIF3A", "an enzyme called PLA2" (README-independent-17); the reader learns what it is, its letters would not help
_CLASS_APPOSITION = re.compile(r"\b(?:compound|protein|enzyme|gene|molecule|receptor|antibody|peptide|hormone|drug|"
                               r"medicine)s?(?:\s*,\s*(?:namely\s+|called\s+|named\s+)?|\s+(?:namely|called|named)\s+)$",
                               re.I)


# A genotype glossing the plain name before it: "sickle cell anaemia (haemoglobin SS)"
_GENOTYPE_GLOSS = re.compile(r"\(\s*ha?emoglobin\s+$", re.I)


def _forms(key: str) -> set[str]:
    """The singular and plural of a key with small letters, which key_of leaves as written: "tRNAs", "tRNA"."""
    if len(key) > 2 and key.endswith("s") and key[-2].isupper():
        return {key, key[:-1]}
    return {key, key + "s"}


def _defined_at(defined: dict[str, int], key: str) -> int | None:
    """Where the key, or its other number, is defined first: "(uORFs)" defines "an uORF" (README-independent-20)."""
    where = [defined[k] for k in _forms(key) if k in defined]
    return min(where) if where else None


def _part_of_defined(text: str, acronym, defined: dict[str, int], sentence_start: int) -> bool:
    """Defined in this sentence and used with one more capital, or cut short: "development (Pod) protein PodJ",
    "fatty acid oxidation (FAO) breaks FA down" (README-independent-20). Only within the sentence: the reader
    has just read the long form."""
    key = acronym.key
    def here(k: str) -> bool:
        return k in defined and sentence_start <= defined[k] < acronym.start
    base = key[:-1]
    if len(key) > 3 and key[-1].isupper() and any(c.islower() for c in base) and (here(base) or re.search(
            rf"\(\s*{re.escape(base)}\s*\)", text[sentence_start:acronym.start])):
        return True  # PodJ after (Pod): one capital, so "Pod" is not an acronym that definitions() holds
    return len(key) >= 2 and key.isupper() and any(k != key and k.startswith(key) and here(k) for k in defined)


def _defined_plus_word(text: str, acronym, defined: dict[str, int]) -> bool:
    """A defined acronym joined to a word already written out before it: "chimeric antigen receptor (CAR) T cells
    ... the CAR-T approach" (issue #16); each part after the first is a word of the text before."""
    parts = re.split(rf"[{re.escape(HYPHENS)}]", acronym.key)
    where = _defined_at(defined, parts[0]) if len(parts) > 1 else None
    if where is None or where > acronym.start:
        return False
    said = text[where:acronym.start]
    return all(re.search(rf"(?<![^\W_]){re.escape(part)}(?![^\W_])", said) for part in parts[1:])


def _glued_to_word(written: str, seen: set[str]) -> bool:
    """A typo that glues a met acronym to the next word ("ICBTshow" for "ICBT showed"): the acronym has its message
    already; a second one, about a code, would be about the typo (README-independent-27)."""
    head = written.rstrip("abcdefghijklmnopqrstuvwxyz")
    return len(written) - len(head) >= 2 and len(head) >= 2 and head.isupper() and head in seen


def _study_name(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _STUDY_NAMES.finditer(text, sentence_start, sentence_end))


# what a family's member adds to the family's name: "2" of "TRAF2", "V4" of "TRPV4" (the TRP helix after the TRPV4
# channel, README-independent-25)
_MEMBER_NUMBER = re.compile(r"[A-Z]?\d+")


def _repeat_in_cluster(key: str, seen: set[str]) -> bool:
    """A gene family named after one of its members was met ("TRAFs" after "TRAF2"), or every part of a hyphenated
    cluster was ("TRAFs-TBK1" after TRAF2 and TBK1): one message for the cluster (README-independent-17)."""
    parts = [part[:-1] if part.endswith("s") and part[:-1].isupper() else part for part in re.split(rf"[{re.escape(HYPHENS)}]", key)]
    def met(part: str) -> bool:
        return part in seen or part.isalpha() and any(s.startswith(part) and _MEMBER_NUMBER.fullmatch(s, len(part))
                                                      for s in seen)
    return all(part and met(part) for part in parts) and (len(parts) > 1 or key not in seen)


def _named_by_parts(text: str, acronym, defined: dict[str, int]) -> bool:
    """A defined acronym with a lowercase letter in front, that letter starting a word just before it: "phospholipases
    A2 (PLA2s) ... the calcium-independent Group VIA iPLA2" (README-independent-17)."""
    key = acronym.key
    head = len(key) - len(key.lstrip("abcdefghijklmnopqrstuvwxyz"))
    where = [defined[k] for k in (key[head:], key[head:] + "s") if k in defined]  # "PLA2s": a digit keeps its s
    if not 0 < head <= 2 or not where or min(where) > acronym.start:
        return False
    before = re.split(rf"[\s{re.escape(HYPHENS)}]+", text[max(0, acronym.start - 60):acronym.start].lower())
    return any(word.startswith(key[:head].lower()) for word in before[-6:])


def _shouting(text: str, limit: float, heading: bool) -> bool:
    """A sentence written in capitals ("WHAT WE FOUND", a heading "KEY MESSAGES"): its words are not acronyms."""
    words = [w for w in WORD.findall(text) if len(w) > 1]
    if heading and words and all(w.isupper() for w in words):
        return True
    return len(words) >= 3 and sum(w.isupper() for w in words) / len(words) >= limit


def _shouting_sentence(known: dict[int, bool], sentence, limit: float) -> bool:
    if sentence.index not in known:
        known[sentence.index] = _shouting(sentence.text, limit, sentence.block == "heading")
    return known[sentence.index]


def _roman_numeral(text: str, start: int, word: str) -> bool:
    """"phase IV", "type II and III", "grade III-IV": a Roman numeral, or a range of two, after a word that counts.
    Alone, "IV" is intravenous ("IV iron"), so the abbreviations lexicon does not allow it everywhere as it does II
    and III."""
    if word[:1] not in ("I", "V", "X"):
        return False  # the common case, decided cheaply
    numerals = re.split(rf"[{re.escape(HYPHENS)}\u2013/]", word)
    return len(numerals) <= 2 and all(_ROMAN.match(n) for n in numerals) and bool(
        _COUNTED.search(text[max(0, start - 30):start]))


def _explained_in_place(found, acronym) -> bool:
    """Called NSAIDs, PTSD (ongoing stress after a trauma), (OME or 'glue ear'): the reader is told what it is."""
    from laylint.jargon.explain import is_lay_phrase

    text = found.text
    start = acronym.start  # the whole word: "anti-PD-1" in "medicines called anti-PD-1"
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in HYPHENS and start > 1 and text[start - 2].isalnum()):
        start -= 1
    if found.explained(start, acronym.end, in_brackets=False, by_class="intro"):
        return True
    opening = text.rfind("(", 0, acronym.start)
    if opening >= 0 and not text[opening + 1:acronym.start].strip() and ")" in text[acronym.end:acronym.end + 200]:
        head = _BRACKET_HEAD.match(text, acronym.end)  # the acronym opens a bracket: what follows it
        inner = text[acronym.end:text.index(")", acronym.end)]
        return bool(head) and is_lay_phrase(text[head.end():acronym.end + len(inner)])
    return False


def _explained_by_cue(cues, found, acronym) -> bool:
    """GRADE with what it is for ("rated our confidence using GRADE"), a database's name in a search list ("We
    searched CENTRAL, MEDLINE ..."): a cue word of the abbreviations lexicon's `explained_by` in its sentence."""
    cue = cues.get(fold(acronym.key))
    if cue is None:
        return False
    start, end = found.sentence_bounds(acronym.start)
    text = found.text
    return any(not (acronym.start <= m.start() < acronym.end) for m in cue.finditer(text, start, end))


def _in_term(analysis, found, acronym) -> bool:
    """Inside a jargon term that a running jargon-term rule reports on its own ("anti-CD20"): one message a place."""
    if not analysis.running("jargon-term"):
        return False
    return any(t.start <= acronym.start and acronym.end <= t.end for t in found.terms)


def _in_leftover(analysis, offset: int) -> bool:
    """In a sentence a running leftover rule reports ("edited to follow the STYLE GUIDE"): it is to be deleted, not
    spelled out (README-independent-15a)."""
    from laylint.checks.leftover import leftover_sentences

    sentence = analysis.sentence_at(offset)
    if sentence is None:
        return False
    # the sentences every running leftover rule reports, gathered once per document (asked for each acronym)
    reported = analysis.memo(("acronym", "leftover-sentences"), lambda: set().union(
        *(leftover_sentences(rule, analysis) for rule in analysis.running("leftover"))))
    return sentence.index in reported


# "What is X", "What are IVF/ICSI": the acronym within three words of it
_WHAT_IS = re.compile(r"\W*What(?:'s|\u2019s|\s+(?:is|are))\s+(?:[^\s?]+[\s/]+){0,3}$", re.I)


def _answered_under(analysis, start: int, where: int) -> bool:
    """An acronym a "What is X?" heading asks about, spelled out in the paragraph right under it (question headings
    may come between): the heading has no room for the long form, and the answer follows at once."""
    from laylint.jargon import block_index

    blocks = analysis.document.blocks
    index = block_index(analysis, start)
    if index is None or blocks[index].kind != "heading":
        return False
    heading = blocks[index]
    if not heading.text.rstrip().endswith("?") or not _WHAT_IS.match(heading.text[:start - heading.prose_start]):
        return False
    for block in blocks[index + 1:]:
        if block.kind == "heading" and block.text.rstrip().endswith("?"):
            continue
        return block.kind != "heading" and block.prose_start <= where < block.prose_start + len(block.text)
    return False


def check(rule, analysis):
    from laylint.jargon import acronyms, not_acronyms, scan
    from laylint.jargon.long_form import written_before
    from laylint.jargon.lab_genre import after_slash, lab_genre, met_in_other_case, named_like_a_lab_code
    from laylint.jargon.code_class import named_by_code_class
    from laylint.jargon.lexicon import abbreviation_cues, allowed_abbreviations, code_classes, search_names

    options = rule.options
    found = scan(analysis)
    allowed = set(options.allow) | allowed_abbreviations(analysis)
    cues = abbreviation_cues(analysis)
    searching = search_names(analysis)
    candidates = acronyms.find_acronyms(found.text, options.min_capitals)
    if not candidates:
        return  # nothing to report: every message below is about a candidate
    defined = acronyms.definitions(found.text, analysis.sentences, options.min_capitals, candidates)
    seen = set()
    shouting: dict[int, bool] = {}  # sentence index -> written in capitals? (several acronyms share a sentence)
    lists: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence bounds -> its search list's names
    reported, in_lists = [], []
    clinical = set(options.clinical_codes)
    lab: list[tuple[object, str]] = []  # (acronym, its name): the unexplained lab codes, one message below
    slash_end = -2  # where the last reported code ends: a slash list of bare codes gets one message
    lab_slash_end = -2  # the same for the last code put in the lab-code message
    candidates = acronyms.drop_capital_runs(found.text, candidates, options.max_capital_run + 1)
    classes = code_classes(analysis)
    in_lab_genre = lab_genre(analysis, found.text, candidates, clinical, options.lab_genre_min_codes,
                             options.lab_genre_max_care_rate)
    for acronym in candidates:
        written = found.text[acronym.start:acronym.end]
        if _forms(acronym.key) & seen or {acronym.key, written, fold(acronym.key), fold(written)} & allowed:
            continue  # fold: "COVID\u201019" with a typographic hyphen is COVID-19
        if _roman_numeral(found.text, acronym.start, acronym.key) or found.in_address(acronym.start, acronym.end):
            continue
        if not_acronyms.not_an_acronym(found.text, acronym, *found.sentence_bounds(acronym.start)):
            continue  # "Redmond, WA, USA", "PS68. 13 per child" (a garbled pound sign)
        if _LETTERED_NAME.fullmatch(written) or _repeat_in_cluster(acronym.key, seen) or _glued_to_word(written, seen):
            continue
        sentence = analysis.sentence_at(acronym.start)
        if sentence and _shouting_sentence(shouting, sentence, options.max_shouting_share):
            continue
        if _in_leftover(analysis, acronym.start):
            continue
        seen.add(acronym.key)  # the exemptions below introduce it: its later uses are known
        if met_in_other_case(found.text, acronym):
            continue  # "CAS9" after "Cas9 nuclease": the name was met, written as a word
        bounds = found.sentence_bounds(acronym.start)
        if _study_name(found.text, acronym.start, acronym.end, *bounds) or _CLASS_APPOSITION.search(
                found.text, max(bounds[0], acronym.start - 40), acronym.start) or _named_by_parts(found.text, acronym, defined):
            continue
        if named_by_code_class(found.text, acronym.start, acronym.end, *bounds, classes):
            continue  # "the enzyme AMPK", "the IL-7 cytokine", "genes such as BRCA1" (issue #16)
        if _GENOTYPE_GLOSS.search(found.text, max(bounds[0], acronym.start - 20), acronym.start) or \
                _part_of_defined(found.text, acronym, defined, bounds[0]) or _defined_plus_word(found.text, acronym, defined):
            continue
        where = _defined_at(defined, acronym.key)
        if where is not None and where <= acronym.start or _explained_in_place(found, acronym):
            continue
        if where is None and acronyms.shortened_from_defined(acronym, defined):
            continue
        if _explained_by_cue(cues, found, acronym):
            continue
        if where is not None and _answered_under(analysis, acronym.start, where):
            continue
        if bounds not in lists:
            lists[bounds] = acronyms.search_list(found.text, *bounds, searching.names, searching.cues)
        if acronyms.in_search_list(found.text, acronym, lists[bounds], bounds[1]):
            in_lists.append((acronym, bounds))  # one message for every list's names, below
            continue
        if _in_term(analysis, found, acronym):
            continue  # after the list test: inside a search list the term rule stands back instead
        if after_slash(found.text, slash_end, acronym.start):
            slash_end = acronym.end
            continue  # "AMPK/mTOR/HIF1": one message, at the list's first code (rules/jargon/acronym.yaml)
        code = not_acronyms.development_code(found.text, acronym) if where is None and acronym.key not in clinical else None
        if code and not_acronyms.among_names(found.text, acronym.start, acronym.start + len(code), *bounds):
            continue  # "allopurinol, and OKY 046": one of the medicines listed (issue #16, round 29)
        name = code or (acronyms.lab_code(found.text, acronym, clinical) if where is None else None)
        if name is None and where is None and in_lab_genre and named_like_a_lab_code(found.text, acronym, clinical):
            name = acronym.key  # "ATP", "NEMO" among many lab codes: a name, like them (issue #16, round 27)
        if name or where is None and after_slash(found.text, lab_slash_end, acronym.start):
            lab.append((acronym, name or acronym.key))  # "TBK1/IKKe": the pair goes in the message whole
            lab_slash_end = acronym.end
            continue
        slash_end = acronym.end
        long_form = written_before(found.text, acronym)
        if long_form:  # "Spinal muscular atrophy ... SMA mice": the name is there, only its bracket is missing
            template = options.messages.get("written_before", _WRITTEN_BEFORE_MESSAGE)
            message = template.replace("{acronym}", acronym.key).replace("{long_form}", long_form)
            reported.append((acronym.start, analysis.diagnostic(rule, acronym.start, acronym.end, message=message,
                                                                case="written_before")))
            continue
        later = ""
        if where is not None:
            later = f" (it is spelled out later, on line {analysis.span_location(where, where + 1)[0]})"
        reported.append((acronym.start, analysis.diagnostic(rule, acronym.start, acronym.end, acronym=acronym.key,
                                                            later=later)))
    if in_lists:
        reported.append(_search_list_message(rule, analysis, lists, in_lists))
    if lab:
        reported.append(_lab_codes_message(rule, analysis, lab))
    yield from (diagnostic for _, diagnostic in sorted(reported, key=lambda item: item[0]))


def _search_list_message(rule, analysis, lists, in_lists):
    """One message for the search lists' names, over the first list: from its first name to its last."""
    first, bounds = in_lists[0]
    text = analysis.text
    names = lists[bounds]
    # not from a name alone in brackets after its long form ("... Controlled Trials (CENTRAL), MEDLINE")
    starts = [s for s, e in names if not (text[s - 1:s] == "(" and text[e:e + 1] == ")")] or [names[0][0]]
    mine = [acronym for acronym, where in in_lists if where == bounds]
    start = min([starts[0]] + [a.start for a in mine])
    end = max([names[-1][1]] + [a.end for a in mine])
    keys = [f"'{key}'" for key in dict.fromkeys(acronym.key for acronym, _ in in_lists)]
    listed = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " and " + keys[-1]
    template = rule.options.messages.get("search_list", _SEARCH_LIST_MESSAGE)
    return start, analysis.diagnostic(rule, start, end, message=template.replace("{names}", listed), case="search_list")


def _lab_codes_message(rule, analysis, lab):
    """One message for the summary's unexplained lab codes, at the first: it names up to four others and the count.
    A code defined later is not here: it keeps its own message, which says where."""
    first, name = lab[0]
    names = list(dict.fromkeys(n for _, n in lab))
    others = names[1:]
    fields = {"{code}": name, "{count}": str(len(others)), "{code_word}": "code" if len(others) == 1 else "codes",
              "{others}": ", ".join(others[:_NAMED_OTHERS]) + (", ..." if len(others) > _NAMED_OTHERS else ""),
              "{codes}": ", ".join(f"'{n}'" for n in names)}
    key, default = ("lab_codes", _LAB_CODES_MESSAGE) if others else ("lab_code", _LAB_CODE_MESSAGE)
    message = rule.options.messages.get(key, default)
    for placeholder, value in fields.items():
        message = message.replace(placeholder, value)
    return first.start, analysis.diagnostic(rule, first.start, first.end, message=message, case="lab_codes")


KIND = Kind("acronym", check, Options, fields=("acronym", "later"), validate=validate,
            severities={"search_list": "search_list_severity", "lab_codes": "lab_codes_severity"})
