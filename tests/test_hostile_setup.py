"""Issue 17, the setup a repository controls: lexicon alias bombs (item 10), orphaned workers
(item 11), rules that crash at lint time (item 12), `nlp:` imports (item 14), the language server's
message size (item 17)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from robust_support import run_cli, write

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)},"
    f" *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))


def _house(tmp_path: Path, rule: str | None = None) -> None:
    write(tmp_path, ".laylint.yaml", "rule_paths: [house]\n")
    write(tmp_path, "house/.keep", "")
    if rule:
        write(tmp_path, "house/rule.yaml", rule)
    write(tmp_path, "page.md", "We utilize it; the cohort was small.\n")


def test_a_lexicon_alias_bomb_is_refused_quickly(tmp_path):
    _house(tmp_path)
    write(tmp_path, "house/lexicons/jargon.yaml", BOMB)
    started = time.perf_counter()
    run = run_cli("check", "--no-cache", "--jobs", "1", "--select", "jargon", "page.md", cwd=tmp_path)
    assert time.perf_counter() - started < 30
    assert run.code == 2 and "aliases" in run.err and "jargon.yaml" in run.err


def test_empty_pattern_lists_do_not_crash_at_lint_time(tmp_path):
    rule = ("id: house/banned\nkind: existence\nseverity: error\nmessage: 'banned: {match}'\n"
            "description: d\noptions:\n  tokens: []\n")
    _house(tmp_path, rule)
    write(tmp_path, "house/leftover.yaml", "id: house/left\nkind: leftover\nseverity: error\nmessage: m\n"
                                           "description: d\noptions:\n  patterns: []\n")
    run = run_cli("check", "--no-cache", "--jobs", "1", "--select", "house", "page.md", cwd=tmp_path)
    assert run.code == 0, run.err


def test_patterns_too_large_together_fail_at_load(tmp_path, monkeypatch):
    """RE2 refuses some alternations whose parts compile alone; the rule is refused when it loads."""
    from laylint import patterns

    real = patterns.compile_pattern
    monkeypatch.setattr(patterns, "compile_pattern", lambda p, i=True: real("\\pL{5000}") if "|" in p else real(p, i))
    from laylint.checks import existence

    monkeypatch.setattr(existence, "compile_pattern", patterns.compile_pattern)
    problems = list(existence.validate(existence.Options(tokens=["cohort", "utilize"])))
    assert problems and "too large" in problems[0][1]


def test_nlp_does_not_import_a_module_that_is_no_spacy_pipeline(tmp_path):
    marker = tmp_path / "imported"
    write(tmp_path, "evil_module/__init__.py", f"open({str(marker)!r}, 'w').write('ran')\n")
    write(tmp_path, ".laylint.yaml", "nlp: evil_module\n")
    write(tmp_path, "page.md", "We utilize it.\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "laylint", "check", "--no-cache", "page.md"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert not marker.exists()
    from laylint import nlp

    assert not nlp.is_pipeline("evil_module") and not nlp.is_pipeline("os") and not nlp.is_pipeline("json")


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(child) for child in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_workers_exit_when_the_run_is_killed(tmp_path):
    for index in range(24):
        write(tmp_path, f"page-{index:02d}.md", "We utilize it. " * 4000 + "\n")
    run = subprocess.Popen([sys.executable, "-m", "laylint", "check", "--no-cache", "--jobs", "2", "."], cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not workers and run.poll() is None:
            workers = _children(run.pid)
            time.sleep(0.2)
        assert workers, "no worker started"
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:  # whatever happened, no process of this test is left running
        run.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_the_language_server_refuses_a_huge_content_length_and_goes_on(tmp_path):
    server = subprocess.Popen([sys.executable, "-m", "laylint", "lsp"], cwd=tmp_path, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"processId": None, "rootUri": None, "capabilities": {}}}
        server.stdin.write(b"Content-Length: 99999999999999\r\n\r\n" + _frame(initialize))
        server.stdin.flush()
        seen, deadline = b"", time.monotonic() + 60
        while time.monotonic() < deadline and b'"id": 1' not in seen and b'"id":1' not in seen:
            chunk = os.read(server.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
        assert b"above the limit" in seen
        assert b'"id": 1' in seen or b'"id":1' in seen  # the server is alive and answered
    finally:
        server.kill()
        server.wait()
