"""Score `laylint draft` against hand-written gold metadata, and measure it end to end.

    python bench/draft_eval.py                 # gold scores per abstract type, then the end-to-end figures
    python bench/draft_eval.py --verbose       # also every gold finding missed, wrong name, unmatched draft
    python bench/draft_eval.py --gold-only     # skip the end-to-end runs
    python bench/draft_eval.py --show 30       # print the first 30 claims diagnostics on LLM summaries
    python bench/draft_eval.py --claims-real   # also bench/claims_real.py with drafted instead of hand-written facts
    python bench/draft_eval.py --gold-dir bench/data/draft-gold-fresh --gold-only   # round 2's held-out gold (seen since round 3)
    python bench/draft_eval.py --writer cochrane --skip-devaraj --dump /tmp/flags.jsonl   # every claims flag, one writer

**Gold.** Every `<NAME>.source.yaml` in bench/data/claims-real/ and bench/data/draft-gold/ (never
claims-real-fresh/, the held-out reviews) was written by hand from an abstract only. A gold file with
`<NAME>.abstract.txt` beside it is one of our synthetic journal abstracts (`journal-*`: structured,
`unstructured-*`: one paragraph); any other is a Cochrane review of the local dev corpus, drafted from
the corpus's title and abstract (`title + "\\n\\n" + abstract`). The abstracts are drafted through
`laylint.pipeline.drafting.draft_text` with the built-in lexicons (what `laylint draft` prints).

**Scores** (per abstract type and in total):
- found: a gold finding is found when some drafted finding has the same value and, when the gold one
  has a CI, the same CI (both percentages or both plain numbers; exact after parsing; for percentage
  risks and risk differences the sign is ignored, because older gold files hold a risk difference as
  its magnitude). A gold finding with no CI is matched by value alone.
- right names (of the found ones): the drug and the outcome are right. A drafted name is scored
  against the gold names of the same kind: its similarity to a gold name is the best Jaccard overlap of
  their content words (lower case, hyphens split, plurals folded, small words dropped) over the name
  and its aliases on both sides, with 0.9 when one word set contains the other and 1 when equal. The
  name is right when the finding's own gold name has the highest similarity of all gold names (ties
  allowed) and it is at least 1/3. The column "right, whole-phrase rule" is stricter, a reviewer's reading
  (`phrase_right`): the drafted name or one of its aliases holds the gold name or one of its aliases as a whole
  phrase, or is held by one, and fits no other gold name of the kind that way (a name that ties two gold arms is
  right for neither). A gold finding without a drug is right only with no drafted drug
  (except counts: a review-level count may be drafted with the comparison's drug); counts are judged
  on the drug only (gold counts carry no outcome).
- unmatched drafts: drafted findings whose value (and CI) matches no gold finding of the abstract.
- totals: `studies` and `participants` both equal to the gold (absent in both counts as equal).
- searched: the draft gives every gold search date (absent in both counts as right).
- certainty: the document level equals the gold's; per finding, among found gold findings with a
  certainty, the drafted certainty equals it.
- valid: the drafted YAML loads with yaml.safe_load and passes laylint's metadata validation.

**End to end.** The summaries of the dev corpus (Cochrane's own PLS and five LLM PLS of each review;
the four fresh reviews are left out unless --include-fresh) are written to a temporary folder with
their title and abstract as `<id>.abstract.txt` beside each, and checked with
`python -m laylint check --no-cache --select claims --format json`: the abstract sidecar workflow, no
hand editing. Figure: the numbers of the summaries that a claims warning or error overlaps, per 100
numbers (a number: a run of digits with its decimals, or a number word from one to twenty, hundred,
half, third, quarter, twice); the claims warnings and errors are counted too (some, such as
`claims/unknown-pair`, are on words, not numbers). The same on the Devaraj corpus (tests/data/corpus/cochrane-devaraj2021.jsonl: each abstract
results paragraph beside its PLS results paragraph). Without the dev corpus it prints "dev corpus
missing" for that part and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from laylint import metadata as metadatas  # noqa: E402
from laylint.pipeline.drafting import draft_text  # noqa: E402
from laylint.ruleset import load_ruleset  # noqa: E402
from corpus_rows import read_rows  # noqa: E402

GOLD_DIRS = [ROOT / "bench/data/claims-real", ROOT / "bench/data/draft-gold"]
DEVARAJ = ROOT / "tests/data/corpus/cochrane-devaraj2021.jsonl"
FRESH = ROOT / "bench/data/claims-real-fresh"
SMALL = {"the", "a", "an", "of", "in", "on", "for", "with", "and", "or", "to", "at", "by", "from", "as"}
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty hundred half third quarter twice").split()
NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def default_corpus() -> Path:
    return Path(os.environ.get("LAYLINT_DEV_CORPUS") or ROOT.parent / "devcorpus/tsar-dev.jsonl")


# -- gold -------------------------------------------------------------------------------------------

def load_gold(corpus: dict[str, dict] | None, folders: list[Path] = GOLD_DIRS) -> tuple[list[dict], list[str]]:
    items, skipped = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.source.yaml")):
            name = path.name[:-len(".source.yaml")]
            abstract_path = path.with_name(name + ".abstract.txt")
            if abstract_path.exists():
                text, kind = abstract_path.read_text(encoding="utf-8"), "unstructured" if name.startswith("unstructured-") else "structured"
            elif corpus is not None and name in corpus:
                row = corpus[name]
                text, kind = row["title"] + "\n\n" + row["abstract"], "cochrane"
            else:
                skipped.append(name)
                continue
            meta, problems = metadatas.load_sidecar(path, path.read_text(encoding="utf-8"))
            if problems or meta is None:
                skipped.append(f"{name} (gold invalid: {problems[0].message if problems else '?'})")
                continue
            items.append({"name": name, "kind": kind, "text": text, "gold": meta})
    return items, skipped


def words(name: str | None) -> frozenset:
    if not name:
        return frozenset()
    found = re.findall(r"[a-z0-9]+", name.lower().replace("-", " "))
    return frozenset(_singular(w) for w in found if w not in SMALL)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def similarity(a: set[frozenset], b: set[frozenset]) -> float:
    best = 0.0
    for x in a:
        for y in b:
            if not x or not y:
                continue
            if x == y:
                return 1.0
            score = len(x & y) / len(x | y)
            if x <= y or y <= x:
                score = max(score, 0.9)
            best = max(best, score)
    return best


def variants(name: str | None, table: dict[str, list[str]]) -> set[frozenset]:
    if not name:
        return set()
    return {words(name)} | {words(alias) for alias in table.get(name, [])}


def name_right(drafted: str | None, drafted_table: dict, gold: str | None, gold_table: dict) -> bool:
    if gold is None:
        return drafted is None
    if drafted is None:
        return False
    mine = variants(drafted, drafted_table)
    scores = {name: similarity(mine, variants(name, gold_table)) for name in gold_table}
    own = scores.get(gold, similarity(mine, {words(gold)}))
    return own >= 1 / 3 and own >= max(scores.values(), default=0)


def _phrase(name: str) -> str:
    return " " + " ".join(_singular(w) for w in re.findall(r"[a-z0-9]+", name.lower().replace("-", " "))) + " "


def phrase_right(drafted: str | None, drafted_table: dict, gold: str | None, gold_table: dict) -> bool:
    """The stricter, reviewer's reading of a drafted name: it (or one of its drafted aliases) holds the gold name or
    one of its aliases as a whole phrase, or is held by one ("mortality at one year" / "all-cause mortality"), and it
    fits no other gold name of the kind that way ("packed red blood cells" is held by neither "older red blood cells"
    nor "fresh red blood cells"; "red blood cells" would be held by both). A drafted name or alias that is exactly one of
    the gold name's forms, while none is another gold name's form, is right even when another of its forms holds a second
    gold name's alias (drafted "pelvic floor muscle training with resistance device", alias "PFMT with resistance device", against
    gold "PFMT with resistance device", whose sibling "direct PFMT" has the alias "pelvic floor muscle training")."""
    if gold is None:
        return drafted is None
    if drafted is None:
        return False
    mine = [_phrase(f) for f in [drafted, *drafted_table.get(drafted, [])] if _phrase(f).strip()]

    def forms(name):
        return [_phrase(f) for f in [name, *gold_table.get(name, [])] if _phrase(f).strip()]

    own = forms(gold)
    if not any(g in d or d in g for g in own for d in mine):
        return False
    # a drafted form that is one of the gold name's own forms, while no drafted form is another gold name's form
    if set(mine) & set(own) and not any(d in forms(other) for other in gold_table if other != gold for d in mine):
        return True
    for other in gold_table:
        if other == gold:
            continue
        theirs = forms(other)
        if any(t in d and not any(t in o for o in own) for t in theirs for d in mine):
            return False  # the drafted name holds another gold name too ("death or NEC")
        if any(d in t for t in theirs for d in mine) and not any(o in d for o in own for d in mine):
            return False  # held by another gold name as much as by its own
    return True


PERCENT_SIGNLESS = {"risk", "risk-difference", "relative-reduction"}


def same_number(gold, drafted) -> bool:
    if gold.value.percent != drafted.value.percent:
        return False
    signless = gold.value.percent and (gold.measure in PERCENT_SIGNLESS or drafted.measure in PERCENT_SIGNLESS)
    value = (lambda q: abs(q.value)) if signless else (lambda q: q.value)
    if abs(value(gold.value) - value(drafted.value)) > 1e-6:
        return False
    if gold.ci is None:
        return True
    if drafted.ci is None:
        return False
    if signless:
        return sorted(abs(b.value) for b in gold.ci) == sorted(abs(b.value) for b in drafted.ci)
    return all(abs(g.value - d.value) < 1e-6 for g, d in zip(gold.ci, drafted.ci))


def score(item: dict, ruleset) -> dict:
    gold = item["gold"]
    started = time.perf_counter()
    drafted_draft = draft_text(item["text"], item["name"] + ".abstract.txt", ruleset)
    seconds = time.perf_counter() - started
    from laylint.draft import to_yaml

    yaml_text = to_yaml(drafted_draft)
    meta, problems = metadatas.load_sidecar(Path(item["name"] + ".source.yaml"), yaml_text)
    result = {"name": item["name"], "kind": item["kind"], "valid": not problems and meta is not None, "seconds": seconds,
              "problems": [p.message for p in problems], "missed": [], "wrong": [], "unmatched": []}
    drafted = meta.findings if meta else []
    found = right = right_phrase = 0
    for g in gold.findings:
        candidates = [d for d in drafted if same_number(g, d)]
        if not candidates:
            result["missed"].append(g.describe())
            continue
        found += 1
        good = False
        for d in candidates:
            drug_ok = name_right(d.drug, meta.drugs, g.drug, gold.drugs) or (g.measure == "count" and g.drug is None)
            outcome_ok = True if g.measure == "count" else name_right(d.outcome, meta.outcomes, g.outcome, gold.outcomes)
            if drug_ok and outcome_ok:
                good = True
                break
        right_phrase += any((phrase_right(d.drug, meta.drugs, g.drug, gold.drugs) or (g.measure == "count" and g.drug is None))
                            and (g.measure == "count" or phrase_right(d.outcome, meta.outcomes, g.outcome, gold.outcomes))
                            for d in candidates)
        if good:
            right += 1
        else:
            d = candidates[0]
            result["wrong"].append(f"{g.describe()}  <- drafted {d.drug or '-'} / {d.outcome or '-'}")
    unmatched = [d for d in drafted if not any(same_number(g, d) for g in gold.findings)]
    result["unmatched"] = [d.describe() for d in unmatched]
    result.update(gold_findings=len(gold.findings), found=found, right=right, right_phrase=right_phrase, drafted=len(drafted), unmatched_n=len(unmatched))
    result["totals"] = meta is not None and meta.studies == gold.studies and meta.participants == gold.participants
    result["totals_text"] = f"studies {meta.studies if meta else '?'}/{gold.studies}, participants {meta.participants if meta else '?'}/{gold.participants}"
    # right when the draft gives every gold search date and none where the gold has none (a drafted list of several
    # dates is right when the gold's date is among them: the summary may give any of them)
    result["searched"] = meta is not None and (set(gold.searches) <= set(meta.searches) if gold.searches else not meta.searches)
    result["certainty"] = meta is not None and meta.certainty == gold.certainty
    result["searched_text"] = f"{meta.searched if meta else '?'}/{gold.searched}"
    result["certainty_text"] = f"{meta.certainty if meta else '?'}/{gold.certainty}"
    graded = [(g, d) for g in gold.findings if g.certainty for d in drafted if same_number(g, d) and g.measure != "count"]
    per_finding = {}
    for g, d in graded:
        per_finding[id(g)] = per_finding.get(id(g), False) or d.certainty == g.certainty
    result["graded"], result["graded_right"] = len(per_finding), sum(per_finding.values())
    return result


def percent(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "n/a"


def gold_table(results: list[dict]) -> str:
    rows = ["| abstracts | n | gold findings | found | right drug and outcome (of found) | right, whole-phrase rule | drafted | matching nothing | "
            "totals right | searched right | certainty right (document) | certainty right (per finding) | valid YAML |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    groups = [("Cochrane", "cochrane"), ("structured journal", "structured"), ("unstructured", "unstructured"), ("all", None)]
    for label, kind in groups:
        part = [r for r in results if kind is None or r["kind"] == kind]
        if not part:
            continue
        total = lambda key: sum(r[key] for r in part)  # noqa: E731
        rows.append(f"| {label} | {len(part)} | {total('gold_findings')} | {percent(total('found'), total('gold_findings'))} "
                    f"({total('found')}) | {percent(total('right'), total('found'))} ({total('right')}) | "
                    f"{percent(total('right_phrase'), total('found'))} ({total('right_phrase')}) | {total('drafted')} | "
                    f"{percent(total('unmatched_n'), total('drafted'))} ({total('unmatched_n')}) | "
                    f"{percent(sum(r['totals'] for r in part), len(part))} | {percent(sum(r['searched'] for r in part), len(part))} | {percent(sum(r['certainty'] for r in part), len(part))} | "
                    f"{percent(total('graded_right'), total('graded'))} | {sum(r['valid'] for r in part)}/{len(part)} |")
    return "\n".join(rows)


# -- end to end -------------------------------------------------------------------------------------

def count_numbers(text: str) -> int:
    return len(NUMBER.findall(text))


def run_check(folder: Path) -> list[dict]:
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--select", "claims", "--format", "json", str(folder)]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    completed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=str(folder))
    if completed.returncode not in (0, 1):
        raise SystemExit(f"laylint check failed ({completed.returncode}): {completed.stderr.strip()[:400]}")
    data = json.loads(completed.stdout or "[]")
    if isinstance(data, dict):
        data = data.get("diagnostics") or data.get("files") or []
    flat = []
    for entry in data:
        if isinstance(entry, dict) and "diagnostics" in entry:
            for diagnostic in entry["diagnostics"]:
                flat.append(diagnostic | {"path": entry.get("path", diagnostic.get("path"))})
        else:
            flat.append(entry)
    return flat


def offsets(text: str, line: int, column: int) -> int:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[min(line, len(starts)) - 1] + column - 1


def end_to_end(rows: list[dict], show: int, dump: Path | None = None) -> tuple[str, list[str]]:
    """rows: {id, writer, abstract, summary}. Returns the table and the first `show` LLM diagnostics;
    `dump`: every claims warning and error as a JSON line (writer, review, rule, message, line)."""
    with tempfile.TemporaryDirectory(prefix="draft-e2e-") as tmp:
        folder = Path(tmp)
        names = {}
        for index, row in enumerate(rows):
            stem = f"s{index:04d}"
            names[stem] = row
            (folder / f"{stem}.md").write_text(row["summary"], encoding="utf-8")
            (folder / f"{stem}.abstract.txt").write_text(row["abstract"], encoding="utf-8")
        diagnostics = run_check(folder)
    per_writer = defaultdict(lambda: {"summaries": 0, "numbers": 0, "warnings": 0, "errors": 0, "flagged": 0})
    spans = {}
    for stem, row in names.items():
        per_writer[row["writer"]]["summaries"] += 1
        spans[stem] = [(m.start(), m.end()) for m in NUMBER.finditer(row["summary"])]
        per_writer[row["writer"]]["numbers"] += len(spans[stem])
    flagged: dict[str, set] = defaultdict(set)
    shown, dumped = [], []
    for d in sorted(diagnostics, key=lambda d: (d.get("path", ""), d.get("line", 0), d.get("column", 0))):
        path = Path(d.get("path", ""))
        if not path.name.endswith(".md") or not str(d.get("rule", d.get("code", ""))).startswith("claims/"):
            continue
        severity = d.get("severity")
        if severity not in ("warning", "error"):
            continue
        row = names.get(path.stem)
        if row is None:
            continue
        per_writer[row["writer"]]["warnings" if severity == "warning" else "errors"] += 1
        if d.get("line"):
            start = offsets(row["summary"], d["line"], d.get("column", 1))
            end = offsets(row["summary"], d.get("end_line", d["line"]), d.get("end_column", d.get("column", 1) + 1))
            for index, (a, b) in enumerate(spans[path.stem]):
                if a < max(end, start + 1) and b > start:
                    flagged[path.stem].add(index)
        if dump is not None:
            text_line = row["summary"].splitlines()[d["line"] - 1] if d.get("line") else ""
            dumped.append(json.dumps({"writer": row["writer"], "review": row["id"], "rule": d.get("rule"),
                                      "message": d.get("message"), "line": text_line}, ensure_ascii=False))
        if row["writer"] != "cochrane" and len(shown) < show:
            line = row["summary"].splitlines()[d["line"] - 1] if d.get("line") else ""
            start = max(0, d.get("column", 1) - 60)
            shown.append(f"{row['id']} {d.get('rule')} {d.get('message')}\n    ...{line[start:start + 140]}...")
    if dump is not None:
        dump.write_text("\n".join(dumped) + "\n", encoding="utf-8")
    for stem, row in names.items():
        per_writer[row["writer"]]["flagged"] += len(flagged.get(stem, ()))
    lines = ["| writer | summaries | numbers | numbers with a claims warning or error | per 100 numbers | claims warnings | claims errors |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    total = {"summaries": 0, "numbers": 0, "warnings": 0, "errors": 0, "flagged": 0}
    order = sorted(per_writer, key=lambda w: (w != "cochrane" and not w.startswith("cochrane"), w))
    for writer in order:
        c = per_writer[writer]
        for key in total:
            total[key] += c[key]
        rate = 100 * c["flagged"] / c["numbers"] if c["numbers"] else 0
        lines.append(f"| {writer} | {c['summaries']} | {c['numbers']} | {c['flagged']} | {rate:.1f} | {c['warnings']} | {c['errors']} |")
    if len(order) > 1:
        rate = 100 * total["flagged"] / total["numbers"] if total["numbers"] else 0
        lines.append(f"| all | {total['summaries']} | {total['numbers']} | {total['flagged']} | {rate:.1f} | {total['warnings']} | "
                     f"{total['errors']} |")
    return "\n".join(lines), shown


def claims_real_with_drafts(corpus: dict, ruleset) -> str:
    """bench/claims_real.py twice: on bench/data/claims-real as it is, and on a copy whose
    <REVIEW>.source.yaml files are drafts of the reviews' abstracts."""
    from laylint.draft import to_yaml

    labels = ROOT / "bench/data/claims-real"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    tables = []
    with tempfile.TemporaryDirectory(prefix="claims-real-drafted-") as tmp:
        for path in labels.glob("*.labels.yaml"):
            name = path.name[:-len(".labels.yaml")]
            (Path(tmp) / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            row = corpus[name]
            drafted = draft_text(row["title"] + "\n\n" + row["abstract"], name + ".abstract.txt", ruleset)
            (Path(tmp) / f"{name}.source.yaml").write_text(to_yaml(drafted), encoding="utf-8")
        for folder, label in ((labels, "hand-written metadata"), (Path(tmp), "drafted metadata")):
            done = subprocess.run([sys.executable, str(ROOT / "bench/claims_real.py"), "--labels-dir", str(folder)],
                                  capture_output=True, text=True, env=env)
            table = [line for line in done.stdout.splitlines() if line.startswith("|")]
            tables.append(f"{label}:\n\n" + "\n".join(table))
    return "\n\n".join(tables)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="dev corpus JSONL (default: $LAYLINT_DEV_CORPUS, else ../devcorpus/tsar-dev.jsonl)")
    parser.add_argument("--verbose", action="store_true", help="list missed, wrongly named and unmatched findings")
    parser.add_argument("--gold-dir", type=Path, action="append", default=None, metavar="DIR",
                        help="score the gold files of DIR instead of the dev gold (e.g. bench/data/draft-gold-fresh, held out)")
    parser.add_argument("--dump", type=Path, default=None, metavar="FILE",
                        help="write every claims warning and error of the dev-corpus run to FILE (JSON lines)")
    parser.add_argument("--writer", default=None, help="end to end on the summaries of this writer only (e.g. cochrane)")
    parser.add_argument("--skip-devaraj", action="store_true", help="skip the end-to-end run on the Devaraj corpus")
    parser.add_argument("--gold-only", action="store_true", help="skip the end-to-end runs")
    parser.add_argument("--include-fresh", action="store_true", help="also use the held-out fresh reviews end to end")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print the first N claims diagnostics on LLM summaries")
    parser.add_argument("--devaraj-limit", type=int, default=0, metavar="N", help="end to end on the first N Devaraj pairs only")
    parser.add_argument("--claims-real", action="store_true",
                        help="also run bench/claims_real.py with drafted facts instead of the hand-written ones (same labels)")
    args = parser.parse_args(argv)
    print(f"$ {shlex.join(['python', 'bench/draft_eval.py', *(argv if argv is not None else sys.argv[1:])])}")
    corpus_path = args.corpus or default_corpus()
    corpus = None
    if corpus_path.exists():
        rows = read_rows(corpus_path)
        corpus = {}
        for row in read_rows(corpus_path, versionless=True):  # gold sets may hold version-less Devaraj reviews
            corpus.setdefault(row["review"], row)
    else:
        print(f"dev corpus missing: {corpus_path} (build it with ../shared/corpus/tsar-dev.py); Cochrane gold and the dev "
              "corpus end-to-end figure are skipped")
    ruleset = load_ruleset([])
    items, skipped = load_gold(corpus, args.gold_dir or GOLD_DIRS)
    for name in skipped:
        print(f"skipped: {name}", file=sys.stderr)
    results = [score(item, ruleset) for item in items]
    print(f"\nDrafts against hand-written gold ({len(results)} abstracts; median drafting time "
          f"{sorted(r['seconds'] for r in results)[len(results) // 2] * 1000:.0f} ms):\n")
    print(gold_table(results))
    if args.verbose:
        for r in results:
            print(f"\n## {r['name']} ({r['kind']}): found {r['found']}/{r['gold_findings']}, right {r['right']}, "
                  f"unmatched {r['unmatched_n']}/{r['drafted']}; totals {r['totals_text']}; searched {r['searched_text']}; certainty {r['certainty_text']}")
            for problem in r["problems"]:
                print(f"  INVALID {problem}")
            for line in r["missed"]:
                print(f"  missed    {line}")
            for line in r["wrong"]:
                print(f"  wrong     {line}")
            for line in r["unmatched"]:
                print(f"  unmatched {line}")
    if args.gold_only:
        return 0
    if corpus is None:
        print("\ndev corpus missing: no end-to-end figure on the dev corpus")
    else:
        fresh = {p.name.split(".source")[0] for p in FRESH.glob("*.source.yaml")}
        rows_e2e = [dict(r, abstract=r["title"] + "\n\n" + r["abstract"]) for r in rows
                    if (args.include_fresh or r["review"] not in fresh) and (args.writer is None or r["writer"] == args.writer)]
        table, shown = end_to_end(rows_e2e, args.show, args.dump)
        print(f"\nEnd to end on the dev corpus ({len({r['review'] for r in rows_e2e})} reviews; facts drafted from each abstract "
              "sidecar; claims warnings and errors per 100 numbers):\n")
        print(table)
        if shown:
            print(f"\nFirst {len(shown)} claims diagnostics on LLM summaries:")
            for line in shown:
                print("  " + line)
    if args.claims_real and corpus is not None:
        print("\nbench/claims_real.py on its labelled summaries, with the hand-written metadata and then with facts drafted "
              "from each abstract (same labels):\n")
        print(claims_real_with_drafts(corpus, ruleset))
    if DEVARAJ.exists() and not args.skip_devaraj:
        with DEVARAJ.open(encoding="utf-8") as handle:
            pairs = [json.loads(line) for line in handle if line.strip()]
        if args.devaraj_limit:
            pairs = pairs[:args.devaraj_limit]
        rows_d = [{"id": p["id"], "writer": "cochrane (Devaraj PLS results)", "abstract": p["source"], "summary": p["summary"]}
                  for p in pairs]
        table, _ = end_to_end(rows_d, 0)
        print(f"\nEnd to end on the Devaraj corpus ({len(rows_d)} pairs; abstract results paragraph as the abstract sidecar):\n")
        print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
