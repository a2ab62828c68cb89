"""bench/part_profile.py: a cProfile per check kind over a full run (issue #19). Summaries written for this test."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SUMMARIES = {
    "heart.md": "# Statins after a heart attack\n\nStatins probably reduce deaths in people who had a myocardial "
                "infarction. The evidence is of moderate certainty because some trials were small.\n",
    "asthma.md": "# Inhaled steroids for children with asthma\n\nChildren who used inhaled corticosteroids had fewer "
                 "attacks. We are uncertain about growth, because few studies measured it.\n",
}


def test_each_kind_gets_its_own_profile(tmp_path):
    for name, text in SUMMARIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "part_profile.py"), str(tmp_path), "--kinds", "grade",
                           "--top", "3", "--save", str(tmp_path / "run")], capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    listed = [line.split()[0] for line in done.stdout.splitlines() if line.endswith(" ms")]
    assert {"grade", "limitations", "acronym"} <= set(listed)
    assert "== grade: top 3 functions by self time" in done.stdout
    assert "== limitations" not in done.stdout  # only the kinds asked for are listed
    assert (tmp_path / "run-grade.prof").exists()
