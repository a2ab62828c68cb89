"""Build the extra-writer dev corpus: the summaries that the TSAR 2025 repository's OTHER generators wrote for the
dev corpus's reviews (gpt-oss 20b/120b, Llama 3.3 70b and 3.2 3B agents, an older GPT-5 agent). Its reviews are the
dev corpus's, so the reviews held back for acceptance stay out (the held-back list is read from tsar-dev.py).
The texts are not licensed for redistribution: keep the output outside the checkout.

    python bench/tsar_extra.py REPO_OR_GIT_DIR ../devcorpus       # needs ../devcorpus/tsar-dev.jsonl and ../shared

Writes ../devcorpus/tsar-extra.jsonl in tsar-dev.jsonl's format (id "<review>:<writer>", review, writer, title,
abstract, summary). `bench/claims_real.py --corpus ../devcorpus/tsar-extra.jsonl --labels-dir
bench/data/claims-real-fresh7` scores the labels of these writers; `bench/precision.py --corpus` judges them.
"""
from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ["baseline_gpt_oss_120b", "baseline_gpt_oss_20b", "agentic_llama_3_3_70b", "agentic_gpt_oss_120b",
           "agentic_gpt_oss_20b", "agentic_llama_3_2_3B", "agentic_old_gpt_5"]


def held_back() -> set[str]:
    script = ROOT.parent / "shared/corpus/tsar-dev.py"
    spec = importlib.util.spec_from_file_location("tsar_dev", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.HELD_BACK


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    git_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    if (git_dir / ".git").is_dir():
        git_dir = git_dir / ".git"
    secret = held_back()
    dev = {}
    with (out_dir / "tsar-dev.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            dev.setdefault(row["review"], row)
    archive = subprocess.run(["git", "--git-dir", str(git_dir), "archive", "HEAD", *[f"data/{w}" for w in WRITERS]],
                             capture_output=True)
    if not archive.stdout:
        print(f"git archive failed: {archive.stderr.decode(errors='replace')[-300:]}")
        return 1
    files = {}
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".json"):
                files[member.name] = json.load(tar.extractfile(member))
    count = 0
    with (out_dir / "tsar-extra.jsonl").open("w", encoding="utf-8") as out:
        for review, row in sorted(dev.items()):
            if hashlib.sha256(review.encode()).hexdigest() in secret:
                continue
            for writer in WRITERS:
                output = (files.get(f"data/{writer}/{review}.json") or {}).get("response", {}).get("output")
                if output:
                    out.write(json.dumps({"id": f"{review}:{writer}", "review": review, "writer": writer, "title": row["title"],
                                          "abstract": row["abstract"], "summary": output}, ensure_ascii=False) + "\n")
                    count += 1
    print(f"{len(dev)} reviews, {count} summaries -> {out_dir / 'tsar-extra.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
