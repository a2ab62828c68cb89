"""bench/writer_counts.py: messages per writer and rule, from one laylint run over a corpus (own rows here)."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "writer_counts.py"


def test_messages_are_counted_per_writer_and_rule(tmp_path):
    rows = [
        {"id": "CD000001:cochrane", "review": "CD000001", "writer": "cochrane",
         "summary": "Nicotine patches help people stop smoking. The studies were small, so we are not sure."},
        {"id": "CD000001:agent", "review": "CD000001", "writer": "agent",
         "summary": "Agent stopped due to max iterations.\n\nNicotine patches help people stop smoking.\n\n"
                    "Think2: The studies were small, so we are not sure."},
        {"id": "CD000002:agent", "review": "CD000002", "writer": "agent", "summary": "..."},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    output = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(corpus), "--select", "artifacts", "--show"],
                            capture_output=True, text=True, check=True).stdout
    assert "| writer | summaries | artifacts/chat-leftover | artifacts/template-leftover |" in output
    assert "| cochrane | 1 | 0 | 0 |" in output
    assert "| agent | 2 | 1 | 2 |" in output
    assert "CD000002:agent\tartifacts/template-leftover\t1\tThe text is only a placeholder" in output
