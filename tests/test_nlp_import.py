"""laylint imports spaCy without spaCy's command line (a cold start cost, issue #19), and spaCy still works whole."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from laylint import nlp
pipeline, trained = nlp.load()
cli_deps = sorted(m for m in ("weasel", "typer", "click", "requests", "httpx", "spacy.cli") if m in sys.modules)
import spacy
info = spacy.info(silent=True)  # the stand-in forwards to the real spacy.cli.info
import spacy.cli
doc = nlp.make_doc(pipeline, "Aspirin cut strokes by 12% vs. placebo. Children did better.")
print(json.dumps({"cli_deps": cli_deps, "info_version": info["spacy_version"], "version": spacy.__version__,
                  "real_cli": hasattr(spacy.cli, "setup_cli"), "stand_ins_left": "spacy.cli.info" in sys.modules
                  and not hasattr(sys.modules["spacy.cli.info"], "__file__"),
                  "tokens": [t.text for t in doc], "trained": trained}))
"""


def _probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_spacy_loads_without_its_command_line_and_stays_whole():
    found = _probe()
    assert found["cli_deps"] == []  # the blank pipeline was built without weasel, typer, requests...
    assert found["info_version"] == found["version"]  # spacy.info still answers, through the real CLI
    assert found["real_cli"] and not found["stand_ins_left"]  # a later `import spacy.cli` gets the real package
    assert found["tokens"] == ["Aspirin", "cut", "strokes", "by", "12", "%", "vs.", "placebo", ".", "Children", "did",
                               "better", "."]
    assert found["trained"] is False


def test_an_already_imported_spacy_is_used_as_it_is():
    import spacy

    from laylint import nlp

    assert nlp.import_spacy() is spacy


CHECK_PROBE = """
import json, sys
from laylint.cli import main
code = main(["check", "--no-cache", "--exit-zero", sys.argv[1]])
print(json.dumps({"code": code, "tomllib": "tomllib" in sys.modules}))
"""


def test_a_check_without_a_pyproject_toml_does_not_import_tomllib(tmp_path):
    """Imports only where used: the TOML reader is for a pyproject.toml found on the way up (~5 ms otherwise)."""
    summary = tmp_path / "summary.md"
    summary.write_text("# Statins after a heart attack\n\nStatins may lower the chance of another heart attack.\n",
                       encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHECK_PROBE, str(summary)], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"code": 0, "tomllib": False}
    (tmp_path / "pyproject.toml").write_text("[tool.laylint]\nexclude = []\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHECK_PROBE, str(summary)], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"code": 0, "tomllib": True}
