#!/usr/bin/env python3
"""Do a rule's labels still have a hit? For each labelled summary (none of /work/held20-pairs.json's held-out
ones), lint it with only that rule, once per laylint source folder given, and count labels by (verdict, hit).

    python bench/label_hits.py hedging/certainty-strict /tmp/base/src src

Summaries come from /work/seen20-corpus.jsonl, /work/fresh19-corpus.jsonl and the Devaraj corpus; sidecars from
/work/allmeta, else bench/data/claims-real*/ (not redistributable corpora: nothing is written outside a temp folder).
"""
import json, sys, subprocess, tempfile, shutil, glob, os
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_rows import read_rows
L = yaml.safe_load(open("bench/data/precision/labels.yaml"))
held = set(json.load(open("/work/held20-pairs.json")))
RULE = sys.argv[1]
labels = [l for l in L if l["rule"] == RULE and l["doc"] not in held]
want = {l["doc"] for l in labels}
rows = {}
for corpus in ["/work/seen20-corpus.jsonl", "/work/fresh19-corpus.jsonl", "tests/data/corpus/cochrane-devaraj2021.jsonl"]:
    for r in read_rows(Path(corpus)):
        if r["id"] in want and r["id"] not in held and r["id"] not in rows:
            rows[r["id"]] = r
metadirs = ["/work/allmeta"] + sorted(glob.glob("bench/data/claims-real-devaraj*")) + sorted(glob.glob("bench/data/claims-real*"))
def run(src):
    d = tempfile.mkdtemp()
    for doc, r in rows.items():
        stem = doc.replace(":", "__")
        Path(d, stem + ".md").write_text(r["summary"], encoding="utf-8")
        for m in metadirs:
            p = Path(m, r["review"] + ".source.yaml")
            if p.exists():
                shutil.copy(p, Path(d, stem + ".source.yaml")); break
    env = dict(os.environ, PYTHONPATH=os.path.abspath(src))
    out = subprocess.run([sys.executable, "-m", "laylint", "check", "--no-cache", "--format", "json", "--select",
                          RULE, "--exit-zero", "."], cwd=d, env=env, capture_output=True, text=True)
    data = json.loads(out.stdout)
    return data, d
for src in sys.argv[2:]:
    data, d = run(src)
    import precision as P
    hits = {}
    for h in data:
        stem = h["path"][:-3]; doc = stem.replace("__", ":")
        if doc not in rows: continue
        text = rows[doc]["summary"]; starts = P.line_starts(text)
        hits.setdefault(doc, []).append((P.to_offset(starts, text, h["line"], h["column"]), P.to_offset(starts, text, h["end_line"], h["end_column"])))
    from collections import Counter
    c = Counter(); gone = []
    for l in labels:
        if l["doc"] not in rows: c["no-row"] += 1; continue
        hit = any(a < l["end"] and l["start"] < b for a, b in hits.get(l["doc"], []))
        c[(str(l["verdict"]), hit)] += 1
        if not hit: gone.append((l["doc"], l["start"], str(l["verdict"])))
    print(src, "hits", sum(map(len, hits.values())), dict(c))
    print("  labels without a hit:", gone)
    shutil.rmtree(d)
