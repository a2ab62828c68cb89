#!/usr/bin/env python3
"""The adoption trial of issue 18, repeatable: a throwaway content repository of 300 real lay
summaries, adopted the way the README says (baseline first, then tighten).

    python bench/adoption_trial.py                              # 300 Cochrane summaries of the bundled corpus
    python bench/adoption_trial.py --tsar /path/tsar-dev.jsonl  # 223 of those + Cochrane's own 77 full PLS

The corpus texts are written to a temporary folder (never into the checkout; the TSAR texts are
not licensed for redistribution). Every step runs the real `laylint` command line and prints the
command, its exit code and what it printed that matters. Steps:

 1. first run: problems, failing files, --statistics (README, CHANGELOG, LICENSE and docs/ of the
    repository are excluded by laylint's defaults);
 2. --write-baseline, then check --baseline: must exit 0;
 3. move every line (a comment and blank lines added): --baseline must stay green; then reorder
    the paragraphs (every body reversed): every problem it shows must be a first use that moved
    (a term explained in the paragraph that came first is now used bare before it);
 4. one wrong number in one file (which has study metadata): exit 1 with exactly that problem;
 5. --add-ignores on a fresh copy, then a plain check: what is left.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
TOTAL = 300
SIDECAR = """\
drugs:
  inhaled corticosteroids: [steroid inhalers]
outcomes:
  asthma attacks: [attacks]
findings:
  - {drug: inhaled corticosteroids, outcome: asthma attacks, value: 9%}
"""
WRONG = "\nAbout 19% of people using steroid inhalers had asthma attacks.\n"


def summaries(tsar: Path | None) -> list[tuple[str, str, str]]:
    """(name, title, body) of 300 real summaries."""
    rows = []
    if tsar:
        for line in tsar.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["writer"] == "cochrane":
                rows.append((f"cochrane-{row['review'].lower().replace('.', '-')}", row["title"], row["summary"]))
    for line in CORPUS.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        if len(rows) >= TOTAL:
            break
        row = json.loads(line)
        rows.append((f"devaraj-{len(rows):03d}", "Plain language summary", row["summary"]))
    return rows[:TOTAL]


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]
    return parts or [text.strip()]


def write_repo(repo: Path, rows) -> None:
    (repo / "summaries").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "README.md").write_text("# Our lay summaries\n\nThe MS and COPD pages are in summaries/.\n", encoding="utf-8")
    (repo / "CHANGELOG.md").write_text("# Changes\n\n- Added the NHS pages.\n", encoding="utf-8")
    (repo / "LICENSE").write_text("CC BY 4.0\n", encoding="utf-8")
    (repo / "docs" / "style.md").write_text("# House style\n\nWrite for a reading age of 12; spell out the RR.\n")
    for name, title, body in rows:
        text = f"# {title}\n\n" + "\n\n".join(paragraphs(body)) + "\n"
        (repo / "summaries" / f"{name}.md").write_text(text, encoding="utf-8")
    (repo / "summaries" / f"{rows[-1][0]}.source.yaml").write_text(SIDECAR, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)


def laylint(repo: Path, *args: str) -> tuple[int, str, str, float]:
    command = [sys.executable, "-m", "laylint", "check", "--no-cache", *args]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - started
    print(f"\n$ laylint check --no-cache {' '.join(args)}   # exit {done.returncode}, {elapsed:.1f} s")
    return done.returncode, done.stdout, done.stderr, elapsed


def problems(out: str) -> list[dict]:
    return json.loads(out) if out.strip() else []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tsar", type=Path, help="tsar-dev.jsonl: use Cochrane's own 77 full PLS too")
    parser.add_argument("--keep", action="store_true", help="keep the trial folder and print where it is")
    args = parser.parse_args(argv)
    rows = summaries(args.tsar)
    folder = Path(tempfile.mkdtemp(prefix="laylint-trial-"))
    repo = folder / "content"
    write_repo(repo, rows)
    print(f"trial repository: {len(rows)} summaries ({sum(r[0].startswith('cochrane') for r in rows)} full Cochrane PLS), "
          "plus README.md, CHANGELOG.md, LICENSE, docs/style.md")
    ok = True

    code, out, err, _ = laylint(repo, "--format", "json", ".")
    first = problems(out)
    failing = {d["path"] for d in first if d["severity"] == "error"}
    print(f"first run: {len(first)} problems in {len({d['path'] for d in first})} files; {len(failing)} files have an error; "
          f"files from README/CHANGELOG/LICENSE/docs: {sorted({d['path'] for d in first if not d['path'].startswith('summaries/')})}")
    code, out, _, _ = laylint(repo, "--statistics", ".")
    print("\n".join("  " + line[:110] for line in out.splitlines()))

    code, _, err, _ = laylint(repo, "--write-baseline", "laylint-baseline.json", ".")
    size = (repo / "laylint-baseline.json").stat().st_size
    print(f"  {err.strip()}  [{size:,} bytes]")
    ok &= code == 0
    code, out, err, _ = laylint(repo, "--baseline", "laylint-baseline.json", ".")
    print(f"  {out.strip()} | {err.strip()}")
    ok &= code == 0

    for path in sorted((repo / "summaries").glob("*.md")):  # every line moves; no text changes
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        path.write_text(title + "\n\n<!-- moved -->\n\n\n" + body.replace("\n\n", "\n\n\n\n"), encoding="utf-8")
    print("\nmoved lines: a comment and blank lines before and between the paragraphs of every file")
    code, out, err, _ = laylint(repo, "--baseline", "laylint-baseline.json", "--format", "json", ".")
    print(f"  {len(problems(out))} problems not in the baseline | {err.strip()}")
    ok &= code == 0 and not problems(out)

    moved = 0
    for path in sorted((repo / "summaries").glob("*.md")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        parts = [p for p in body.strip().split("\n\n") if p.strip()]
        if len([p for p in parts if p != "<!-- moved -->"]) > 1:
            moved += 1
        path.write_text(title + "\n\n" + "\n\n".join(reversed(parts)) + "\n", encoding="utf-8")
    print(f"\nreordered paragraphs: every body reversed ({moved} files have more than one paragraph)")
    code, out, err, _ = laylint(repo, "--baseline", "laylint-baseline.json", "--format", "json", ".")
    after_move = problems(out)
    by_rule = {}
    for d in after_move:
        by_rule[d["rule"]] = by_rule.get(d["rule"], 0) + 1
    print(f"  {len(after_move)} problems not in the baseline, by rule {by_rule} | {err.strip()}")
    for d in after_move[:6]:
        print(f"  {d['path']}:{d['line']}:{d['column']}: {d['rule']} {d['message'][:100]}")
    # Reordering changes which use of a term or acronym comes first: those rules speak about first
    # uses, so a term explained in paragraph 1 and used bare in paragraph 3 is new once 3 comes first.
    ok &= all(d["rule"] in ("jargon/acronym", "jargon/term", "jargon/rare-word") for d in after_move)

    target = repo / "summaries" / f"{rows[-1][0]}.md"
    target.write_text(target.read_text(encoding="utf-8") + WRONG, encoding="utf-8")
    print(f"\none wrong number added to {target.relative_to(repo)}: {WRONG.strip()!r} (its sidecar says 9%)")
    code, out, err, _ = laylint(repo, "--baseline", "laylint-baseline.json", "--format", "json", ".")
    new = [d for d in problems(out) if d not in after_move]
    for d in new:
        print(f"  {d['path']}:{d['line']}:{d['column']}: {d['severity']} {d['rule']} {d['message']}")
    ok &= code == 1 and len(new) == 1 and new[0]["rule"] == "claims/number-mismatch"

    fresh = folder / "ignores"
    write_repo(fresh, rows)
    code, _, err, _ = laylint(fresh, "--add-ignores", ".")
    print("  " + err.strip().replace("\n", "\n  "))
    code, out, err, _ = laylint(fresh, "--format", "json", ".")
    left = problems(out)
    print(f"  after --add-ignores: {len(left)} problems left, exit {code}; by rule: "
          f"{dict(sorted({d['rule']: sum(x['rule'] == d['rule'] for x in left) for d in left}.items()))}")

    print(f"\ntrial {'PASSED' if ok else 'FAILED'}")
    if args.keep:
        print(f"kept: {folder}")
    else:
        shutil.rmtree(folder)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
