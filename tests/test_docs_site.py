"""The documentation site (issue 18, item 3): `mkdocs build --strict` passes (a broken link or
anchor fails the build, so CI fails), offline; every rule has its page; every URL laylint prints
resolves to a generated page; the site loads nothing from another host when it is viewed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from laylint.ruleset import load_ruleset
from laylint.ruleset.docs import page_path

ROOT = Path(__file__).resolve().parents[1]
RULES = load_ruleset([]).rules


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           # the build must not need the network: any attempt goes to a closed port and fails
           "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def test_every_rule_has_a_page_on_the_site(site):
    for rule in RULES.values():
        page = (site / page_path(rule)).read_text(encoding="utf-8")
        assert f">{rule.id}<" in page or rule.id in page


def test_the_guide_pages_come_from_the_readme_sections(site):
    for name, heading in [("metadata.html", "The source metadata (a contract)"), ("adoption.html", "Record a baseline"),
                          ("integrations.html", "pre-commit"), ("configuration.html", "Inline controls")]:
        assert heading in (site / name).read_text(encoding="utf-8"), name
    assert (site / "laylint.schema.json").is_file()


def test_every_url_laylint_prints_resolves_to_a_generated_page(site, tmp_path, monkeypatch, capsys):
    from laylint.cli import main

    monkeypatch.chdir(tmp_path)
    import yaml

    for rule in RULES.values():  # files that trip every rule: its examples, with their study facts
        for index, text in enumerate(rule.examples.get("fail", [])):
            stem = f"{rule.id.replace('/', '-')}-{index}"
            (tmp_path / f"{stem}.md").write_text(text, encoding="utf-8")
            if rule.examples.get("source") and not text.startswith("---"):
                (tmp_path / f"{stem}.source.yaml").write_text(yaml.safe_dump(rule.examples["source"]), encoding="utf-8")
    base = site.as_uri() + "/"
    main(["check", "--no-cache", "--select", "all", "--format", "json", "--docs-url", base, "."])
    problems = json.loads(capsys.readouterr().out)
    assert len({d["rule"] for d in problems}) >= 18
    for problem in problems:
        assert problem["url"].startswith(base)
        assert (site / problem["url"][len(base):]).is_file(), problem["url"]


def test_the_site_loads_nothing_from_another_host(site):
    external = re.compile(r"<(?:script|img|iframe)\b[^>]*\bsrc=\"(?:https?:)?//|<link\b(?![^>]*rel=\"canonical\")[^>]*href=\"(?:https?:)?//")
    for page in site.rglob("*.html"):
        assert not external.search(page.read_text(encoding="utf-8", errors="replace")), page
    css = "".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css
