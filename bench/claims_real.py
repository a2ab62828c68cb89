"""Score laylint's claims checker on hand-labelled figures of real lay summaries (bench/data/claims-real).

    python bench/claims_real.py                      # table per writer
    python bench/claims_real.py --verbose            # also every false alarm, missed error and missed shift
    python bench/claims_real.py --labels-dir bench/data/claims-real-fresh --json out.json
    python bench/claims_real.py --facts abstract            # facts drafted from each abstract at check time
    python bench/claims_real.py --facts both                # the metadata, backed by the abstract beside it
    PYTHONPATH=/work/baseline/src python bench/claims_real.py   # score another laylint

Each `<REVIEW>.labels.yaml` labels every figure of the review's summaries (offsets into the corpus text)
with a verdict; `<REVIEW>.source.yaml` is the metadata written from the abstract (see the folder's
README). The summaries come from the local dev corpus (never from the repository): they are written
with their sidecars to a temporary folder and checked by laylint's command line, with the Python
running this script (`-m laylint check --no-cache --select claims --format json DIR`).

Scores, per writer and in total:
- correct figures (supported, not-a-claim) and false alarms: correct figures overlapped by a claims/*
  warning or error (info does not count) that does not also overlap a labelled error of the same summary (one
  message on "about 30 out of 100" is about the wrong 30, not a false alarm on the correct 100); a message
  is one false alarm, at the first correct figure it overlaps (one message on a correct "45 out of 100" is
  not a second false alarm on its 100);
- errors (wrong-value, wrong-pair; unsupported too in LLM summaries; an unsupported figure in
  Cochrane's own summary is neutral, as it may come from the full review) and how many a claims/*
  warning or error overlaps;
- shifted figures: each supported percent, ratio, frequency, count, range or difference figure is
  changed to a clearly wrong value in a copy of its summary (one figure per copy), and a shift is
  caught when a claims/* warning or error overlaps it. The shifts:
    percent p        -> p + 15 points if p <= 60, else p - 25 (also "N out of/in/of/per M": N as a share of
                        M; "half", "a third"... become "65%"...; "1 in M" shifts M like a count)
    count n          -> 2n + 3
    ratio r          -> round(1.8r + 0.3, 2) ("twice" -> "3.9 times")
    difference d     -> 2.5d + 1 away from zero, at d's precision
    range lo to hi   -> both ends moved by (hi - lo) + 15 points for percentages (up, or down if that
                        passes 100), else by (hi - lo) + |hi|, so the new range misses the old one
  Number words become digits; the text around the figure is kept.
- other claims messages: claims/* warnings and errors in the original summaries that overlap no label.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from envpath import absolute_pythonpath  # noqa: E402
from corpus_rows import read_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench/data/claims-real"
CORRECT = {"supported", "not-a-claim"}
SHIFTED_KINDS = {"percent", "ratio", "frequency", "count", "range", "difference"}
LINE_BREAK = re.compile(r"\r\n|\r|\n")

# -- figures: numbers in a label's text and how to shift them ------------------------------------------

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2}
NUMBER = re.compile(
    r"(?P<sign>(?:^|(?<=[\s(]))-|\u2212)?(?P<digits>\d[\d,]*(?:\.\d+)?)"
    rf"|\b(?P<tens>{'|'.join(TENS[2:])})(?:[- ](?P<unit>{'|'.join(UNITS[1:10])}))?\b"
    rf"|\b(?P<fraction>(?:(?:a|one|two|three)[- ])?(?:half|third|quarter|fifth)s?)\b"
    rf"|\b(?P<twice>twice)\b"
    rf"|\b(?P<word>{'|'.join(UNITS)})\b", re.I)
DENOMINATOR = re.compile(r"\b(?:out of(?: every)?|in|of|per|every)\s*$", re.I)


def numbers(text: str) -> list[dict]:
    """The numbers in a figure's text: start, end, value, is it a denominator, is it a fraction word."""
    found = []
    for m in NUMBER.finditer(text):
        if m["digits"]:
            value = float(m["digits"].replace(",", "")) * (-1 if m["sign"] else 1)
        elif m["tens"]:
            value = TENS.index(m["tens"].lower()) * 10 + (UNITS.index(m["unit"].lower()) if m["unit"] else 0)
        elif m["fraction"]:
            words = re.split(r"[- ]", m["fraction"].lower())
            count = 1 if len(words) == 1 or words[0] in ("a", "one") else UNITS.index(words[0])
            value = count * FRACTIONS[words[-1].rstrip("s")]
        elif m["twice"]:
            value = 2.0
        else:
            value = UNITS.index(m["word"].lower())
        found.append({"start": m.start(), "end": m.end(), "value": value, "text": m.group(),
                      "denominator": bool(DENOMINATOR.search(text[:m.start()])),
                      "fraction": bool(m["fraction"]), "twice": bool(m["twice"])})
    if all(n["denominator"] for n in found):  # a lone number is never a denominator ("in 2019")
        for n in found:
            n["denominator"] = False
    return found


def shift_percent(p: float) -> float:
    return p + 15 if p <= 60 else p - 25


def fmt(value: float, like: str) -> str:
    """`value` written like the number `like` (decimals, thousands commas, minus sign); words -> digits."""
    decimals = len(like.split(".")[1]) if re.fullmatch(r"[-\u2212]?[\d,]+\.\d+", like) else 0
    text = f"{abs(value):,.{decimals}f}" if "," in like else f"{abs(value):.{decimals}f}"
    return ("\u2212" if "\u2212" in like else "-") + text if value < 0 else text


def shift(text: str, kind: str) -> str | None:
    """The figure with a clearly wrong value, or None when it has no number to change."""
    nums = numbers(text)
    if kind == "frequency" and len(nums) > 1 and not any(n["denominator"] for n in nums):
        for n in nums:  # "100 people on X, about 24"
            n["denominator"] = n["value"] in (10, 100, 1000, 10000)
    values = [n for n in nums if not n["denominator"]]
    if not values:
        return None
    denominator = next((n["value"] for n in nums if n["denominator"]), None)
    percent_like = "%" in text or "percent" in text.lower() or any(n["fraction"] for n in values) \
        or kind == "frequency" or (denominator is not None and kind != "difference")
    new: dict[int, str] = {}  # index in nums -> replacement text
    if kind == "range" and len(values) >= 2:
        base = denominator or 100
        vals = [n["value"] * 100 / base if percent_like else n["value"] for n in values]
        width = max(vals) - min(vals)
        if percent_like:
            step = width + 15 if max(vals) + width + 15 <= 100 or min(vals) - width - 15 < 0 else -(width + 15)
        else:
            step = width + max(abs(v) for v in vals)
        for n, v in zip(values, vals):
            new[nums.index(n)] = fmt((v + step) * base / 100 if percent_like else v + step, n["text"])
    else:
        for n in values:
            v, i = n["value"], nums.index(n)
            if kind == "frequency" and v == 1 and denominator:  # "1 in 11": shift the 11
                d = next(x for x in nums if x["denominator"])
                new[nums.index(d)] = fmt(d["value"] * 2 + 3, d["text"])
            elif n["twice"] or (kind == "ratio" and not percent_like):
                value = round(v * 1.8 + 0.3, 2)
                new[i] = f"{value:g} times" if n["twice"] else fmt(value, n["text"] if "." in n["text"] else "0.00")
            elif kind == "difference":
                new[i] = fmt(v * 2.5 + math.copysign(1, v), n["text"])
            elif percent_like:
                base = denominator or (100 if n["fraction"] or "%" in text or v <= 100 else 1000)
                shifted = shift_percent(v * 100 if n["fraction"] else v * 100 / base)
                new[i] = f"{shifted:.0f}%" if n["fraction"] else fmt(shifted * base / 100, n["text"])
            else:  # count
                new[i] = fmt(v * 2 + 3, n["text"])
    out = text
    for i in sorted(new, reverse=True):
        out = out[:nums[i]["start"]] + new[i] + out[nums[i]["end"]:]
    return out if out != text else None


# -- running laylint -------------------------------------------------------------------------------------

def offsets(text: str) -> list[int]:
    """Start offset of each line (lines split on \\n, \\r\\n and \\r, as laylint counts them)."""
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def lint(files: dict[str, tuple[str, str]], workdir: Path, sidecar_suffix: str = ".source.yaml") -> dict[str, list[dict]]:
    """Write name -> (summary, sidecar text) as NAME.md + NAME<sidecar_suffix>, run laylint once, and
    return each file's claims diagnostics with character offsets `start`/`end` into its summary."""
    workdir.mkdir()
    for name, (summary, sidecar) in files.items():
        with open(workdir / f"{name}.md", "w", encoding="utf-8", newline="") as handle:
            handle.write(summary)
        sidecars = sidecar if isinstance(sidecar, dict) else {sidecar_suffix: sidecar}  # --facts both: two files
        for suffix, text in sidecars.items():
            if text is not None:
                (workdir / f"{name}{suffix}").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", "--select", "claims", "--format", "json",
               str(workdir)]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=workdir)
    try:  # exit 0 or 1 with a JSON list; anything else is a failed run, never "no diagnostics"
        diagnostics = json.loads(run.stdout) if run.returncode in (0, 1) else None
    except json.JSONDecodeError:
        diagnostics = None
    if not isinstance(diagnostics, list):
        sys.exit(f"laylint failed (exit {run.returncode}):\n{run.stderr or run.stdout}")
    found: dict[str, list[dict]] = defaultdict(list)
    for d in diagnostics:
        path = Path(d["path"])
        if path.suffix != ".md" or not d["rule"].startswith("claims/") or path.stem not in files:
            continue
        starts = offsets(files[path.stem][0])
        start = starts[d["line"] - 1] + d["column"] - 1
        end = starts[(d.get("end_line") or d["line"]) - 1] + (d.get("end_column") or d["column"]) - 1
        found[path.stem].append({**d, "start": start, "end": max(end, start + 1)})
    return found


def overlaps(diagnostic: dict, label: dict) -> bool:
    return diagnostic["start"] < label["end"] and label["start"] < diagnostic["end"]


def flagged(label: dict, diagnostics: list[dict]) -> list[dict]:
    """The claims warnings and errors overlapping a label."""
    return [d for d in diagnostics if d["severity"] in ("warning", "error") and overlaps(d, label)]


# -- the benchmark ---------------------------------------------------------------------------------------

def default_corpus() -> Path:
    return Path(os.environ.get("LAYLINT_DEV_CORPUS") or ROOT.parent / "devcorpus/tsar-dev.jsonl")


def load(labels_dir: Path, corpus: dict[str, dict], facts: str = "metadata") -> tuple[list[dict], list[str]]:
    """Summaries with their labels and sidecar text, and warnings about labels that do not fit the corpus.
    With facts="abstract" the sidecar is the review's abstract (an abstract sidecar: facts drafted at
    check time) instead of the hand-written metadata; with facts="both" it is both files (suffix -> text):
    the metadata, and the abstract that backs the figures it does not list."""
    items, warnings = [], []
    for path in sorted(labels_dir.glob("*.labels.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        review = data["review"]
        sidecar_path = labels_dir / f"{review}.source.yaml"
        sidecar = sidecar_path.read_text(encoding="utf-8") if sidecar_path.exists() else None
        if facts == "abstract":
            sidecar = None  # set per summary below, from the corpus
        elif sidecar is None:
            warnings.append(f"{path.name}: no {sidecar_path.name}; claims rules will not run on it")
        for sid, labels in (data.get("summaries") or {}).items():
            if sid not in corpus:
                warnings.append(f"{path.name}: {sid} is not in the corpus; skipped")
                continue
            summary, good = corpus[sid]["summary"], []
            for label in labels or []:
                if summary[label["start"]:label["end"]] != label["text"]:
                    warnings.append(f"{sid}: label {label['text']!r} at {label['start']} does not match the text; skipped")
                else:
                    good.append(label)
            abstract = f"{corpus[sid]['title']}\n\n{corpus[sid]['abstract']}\n"
            text = abstract if facts == "abstract" else {".source.yaml": sidecar, ".abstract.txt": abstract} \
                if facts == "both" else sidecar
            items.append({"id": sid, "writer": sid.split(":", 1)[1], "summary": summary, "sidecar": text,
                          "labels": good, "name": sid.replace(":", "--").replace(".", "-")})
    return items, warnings


def is_error(label: dict, writer: str) -> bool:
    return label["verdict"] in ("wrong-value", "wrong-pair") or (label["verdict"] == "unsupported" and writer != "cochrane")


def evaluate(items: list[dict], tmp: Path, sidecar_suffix: str = ".source.yaml") -> tuple[dict, list[str]]:
    originals = lint({it["name"]: (it["summary"], it["sidecar"]) for it in items}, tmp / "originals", sidecar_suffix)
    copies, shifted = {}, []
    for it in items:
        for k, label in enumerate(it["labels"]):
            if label["verdict"] != "supported" or label["kind"] not in SHIFTED_KINDS:
                continue
            new = shift(label["text"], label["kind"])
            if new is None:
                continue
            s, e = label["start"], label["end"]
            name = f"{it['name']}--{k}"
            copies[name] = (it["summary"][:s] + new + it["summary"][e:], it["sidecar"])
            shifted.append((it, label, name, {"start": s, "end": s + len(new), "text": new}))
    shifted_diags = lint(copies, tmp / "shifted", sidecar_suffix) if copies else {}

    zero = dict(figures=0, correct=0, false_alarms=0, errors=0, errors_caught=0, shifted=0, shifted_caught=0,
                other_messages=0)
    scores: dict[str, dict] = defaultdict(lambda: dict(zero))
    details = []
    for it in items:
        diags, row = originals.get(it["name"], []), scores[it["writer"]]
        errors = [label for label in it["labels"] if is_error(label, it["writer"])]
        counted: set[int] = set()  # messages already counted as a false alarm
        for label in sorted(it["labels"], key=lambda label: label["start"]):
            hits = flagged(label, diags)
            row["figures"] += 1
            if label["verdict"] in CORRECT:
                row["correct"] += 1
                hits = [d for d in hits if not any(overlaps(d, e) for e in errors)]  # a message on an error it spans
                if hits and not all(id(d) in counted for d in hits):  # one message on "45 out of 100" is one false alarm
                    row["false_alarms"] += 1
                    counted.update(id(d) for d in hits)
                    details.append(("false alarm", it["id"], label, hits[0]["message"]))
            elif is_error(label, it["writer"]):
                row["errors"] += 1
                row["errors_caught"] += bool(hits)
                if not hits:
                    details.append(("missed error", it["id"], label, info(label, diags)))
        row["other_messages"] += sum(1 for d in diags if d["severity"] in ("warning", "error")
                                     and not any(d["start"] < l["end"] and l["start"] < d["end"] for l in it["labels"]))
    for it, label, name, span in shifted:
        hits = flagged(span, shifted_diags.get(name, []))
        row = scores[it["writer"]]
        row["shifted"] += 1
        row["shifted_caught"] += bool(hits)
        if not hits:
            details.append(("missed shift", it["id"], {**label, "text": f"{label['text']} -> {span['text']}"},
                            info(span, shifted_diags.get(name, []))))
    scores["total"] = {key: sum(row[key] for w, row in scores.items()) for key in zero}
    return dict(scores), details


def info(span: dict, diagnostics: list[dict]) -> str:
    """What laylint said at a span that it did not flag (info diagnostics), for the verbose listing."""
    said = [d["message"] for d in diagnostics if d["start"] < span["end"] and span["start"] < d["end"]]
    return "; ".join(said) or "(no claims diagnostic)"


def table(scores: dict) -> str:
    def pct(a, b):
        return f"{100 * a / b:.0f}%" if b else "-"
    lines = ["| writer | figures | correct | false alarms | errors caught / labelled | shifted caught / made | other claims messages |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for writer in sorted(scores, key=lambda w: (w == "total", w != "cochrane", w)):
        s = scores[writer]
        name = f"**{writer}**" if writer == "total" else writer
        lines.append(f"| {name} | {s['figures']} | {s['correct']} | {s['false_alarms']} ({pct(s['false_alarms'], s['correct'])}) "
                     f"| {s['errors_caught']} / {s['errors']} | {s['shifted_caught']} / {s['shifted']} "
                     f"({pct(s['shifted_caught'], s['shifted'])}) | {s['other_messages']} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="dev corpus JSONL (default: $LAYLINT_DEV_CORPUS, else ../devcorpus/tsar-dev.jsonl)")
    parser.add_argument("--labels-dir", type=Path, default=LABELS, help="folder of *.labels.yaml and *.source.yaml")
    parser.add_argument("--verbose", action="store_true", help="list false alarms, missed errors and missed shifts")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers to FILE")
    parser.add_argument("--facts", choices=("metadata", "abstract", "both"), default="metadata",
                        help="check against the hand-written metadata (default), against facts drafted at check "
                             "time from the review's abstract (an abstract sidecar, as a team without metadata would), "
                             "or both: the metadata, with the abstract beside it backing the figures it does not list")
    args = parser.parse_args(argv)
    absolute_pythonpath()  # laylint runs in a temporary folder
    corpus_path = args.corpus or default_corpus()
    if not corpus_path.exists():
        print(f"dev corpus missing: {corpus_path} (build it with ../shared/corpus/tsar-dev.py; see its docstring)")
        return 0
    if not args.labels_dir.is_dir():
        parser.error(f"no such labels folder: {args.labels_dir}")
    corpus = {row["id"]: row for row in read_rows(corpus_path, versionless=True)}
    items, warnings = load(args.labels_dir, corpus, args.facts)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not items:
        print(f"no labelled summaries in {args.labels_dir}")
        return 0
    with tempfile.TemporaryDirectory(prefix="claims-real-") as tmp:
        scores, details = evaluate(items, Path(tmp), ".abstract.txt" if args.facts == "abstract" else ".source.yaml")
    version = subprocess.run([sys.executable, "-m", "laylint", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"$ {shlex.join([Path(sys.executable).name, *sys.argv])}")
    print(f"{version or 'laylint'} ({os.environ.get('PYTHONPATH') or 'installed'}); "
          f"{len({it['id'].split(':')[0] for it in items})} reviews, {len(items)} summaries from {args.labels_dir}\n")
    print(table(scores))
    if args.verbose:
        for kind in ("false alarm", "missed error", "missed shift"):
            rows = [d for d in details if d[0] == kind]
            print(f"\n## {kind}s ({len(rows)})")
            for _, sid, label, message in rows:
                print(f"- {sid} {label['text']!r} [{label['verdict']}, {label['kind']}] {label.get('about', '')}: {message}")
    if args.json:
        args.json.write_text(json.dumps({"labels_dir": str(args.labels_dir), "laylint": version, "scores": scores},
                                        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
