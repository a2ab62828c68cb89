"""`laylint lsp` as an editor sees it: JSON-RPC with Content-Length framing over the subprocess's stdio."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

TIMEOUT = 90  # the first lint loads spaCy; nothing else should take long


class Client:
    """A minimal LSP client: sends requests/notifications, collects everything the server sends."""

    def __init__(self, cwd: Path):
        self.process = subprocess.Popen([sys.executable, "-m", "laylint", "lsp"], cwd=cwd, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict | None = None) -> None:
        self.send({"method": method, "params": params or {}})

    def _next(self, deadline: float) -> dict:
        try:
            return self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"no message from the server in time; stderr: {self._stderr()}") from None

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read().decode("utf-8", "replace")[-2000:]

    def request(self, method: str, params: dict) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._next(deadline)
            if message.get("id") == self.next_id and "method" not in message:
                assert "error" not in message, message
                return message.get("result")
            self._keep(message)

    def _keep(self, message: dict) -> None:
        if "method" in message and "id" in message:  # a server->client request (e.g. registerCapability)
            self.send({"id": message["id"], "result": None})
        else:
            self.notifications.append(message)

    def diagnostics_for(self, uri: str) -> list[dict]:
        """The next publishDiagnostics for `uri` (those already received are consumed first)."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            for index, message in enumerate(self.notifications):
                if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                    del self.notifications[index]
                    self.last_published = message["params"]
                    return message["params"]["diagnostics"]
            self._keep(self._next(deadline))

    def initialize(self, root: Path) -> dict:
        result = self.request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {}})
        self.notify("initialized")
        return result

    def open(self, path: Path, text: str, language: str = "markdown") -> str:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}})
        return uri

    def stop(self) -> int:
        if self.process.poll() is None:
            try:
                self.request("shutdown", None)
                self.notify("exit")
                return self.process.wait(timeout=TIMEOUT)
            except (AssertionError, BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()
        return self.process.wait(timeout=TIMEOUT)


HOUSE_RULE = """\
id: house/blood-tests
kind: existence
severity: warning
message: "House style: say which blood test"
description: A whole-sentence rule, to overlap the word-level rule.
options:
  tokens: ["We utilize blood tests"]
"""


@pytest.fixture
def workspace(tmp_path):
    """A workspace whose config runs only the rules these tests are about, plus one house rule."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "blood-tests.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (tmp_path / ".laylint.yaml").write_text(
        "select: [style/plain-words, metadata, house]\nrule_paths: [house]\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def client(workspace):
    started = Client(workspace)
    try:
        started.initialize(workspace)
        yield started
    finally:
        started.stop()


def by_rule(diagnostics: list[dict], rule: str) -> list[dict]:
    return [d for d in diagnostics if d.get("code") == rule]


def test_initialize_advertises_hover_code_actions_and_sync(workspace):
    started = Client(workspace)
    try:
        capabilities = started.initialize(workspace)["capabilities"]
        assert capabilities["hoverProvider"] and capabilities["codeActionProvider"]
        assert capabilities["textDocumentSync"]["openClose"] is True
        assert capabilities["textDocumentSync"]["save"]
        assert capabilities.get("positionEncoding", "utf-16") == "utf-16"
    finally:
        assert started.stop() == 0  # shutdown then exit ends the process cleanly


def test_did_open_publishes_diagnostics_with_utf16_columns(client, workspace):
    # the emoji is one code point but two UTF-16 code units: "utilize" starts at code point 5, unit 6
    uri = client.open(workspace / "summary.md", "# Result\n\n🙂 We utilize blood tests.\n")
    (diagnostic,) = by_rule(client.diagnostics_for(uri), "style/plain-words")
    assert diagnostic["range"] == {"start": {"line": 2, "character": 6}, "end": {"line": 2, "character": 13}}
    assert diagnostic["severity"] == 3 and diagnostic["source"] == "laylint"
    assert diagnostic["message"].startswith("Use 'use' instead of 'utilize'")
    assert diagnostic["codeDescription"]["href"].endswith("/rules/style/plain-words.html")  # issue 18: the rule's page


def test_did_change_and_did_save_relint_the_in_memory_text(client, workspace):
    path = workspace / "summary.md"
    path.write_text("Nothing wrong on disk.\n", encoding="utf-8")
    uri = client.open(path, "We utilize blood tests.\n")
    assert by_rule(client.diagnostics_for(uri), "style/plain-words")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": "We use blood tests.\n"}]})
    assert not by_rule(client.diagnostics_for(uri), "style/plain-words")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
        {"range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 6}}, "text": "utilize"}]})
    assert by_rule(client.diagnostics_for(uri), "style/plain-words")
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert by_rule(client.diagnostics_for(uri), "style/plain-words")


def test_quick_changes_are_linted_once_at_the_latest_version(client, workspace):
    uri = client.open(workspace / "summary.md", "We use blood tests.\n")
    client.diagnostics_for(uri)
    for version, text in ((2, "We utilize"), (3, "We utilize blood"), (4, "We utilize blood tests.\n")):
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text}]})
    published = [n for n in client.notifications if n.get("method") == "textDocument/publishDiagnostics"]
    diagnostics = client.diagnostics_for(uri)
    time.sleep(1.0)  # well past the debounce delay
    client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
    later = [n for n in client.notifications if n.get("method") == "textDocument/publishDiagnostics"]
    assert not published and not later  # one publish for three changes
    assert client.last_published["version"] == 4
    assert by_rule(diagnostics, "style/plain-words")


def test_hover_on_a_diagnostic_explains_the_rule(client, workspace):
    uri = client.open(workspace / "summary.md", "We utilize blood tests.\n")
    client.diagnostics_for(uri)
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 5}})
    assert hover["contents"]["kind"] == "markdown"
    value = hover["contents"]["value"]
    assert "## Why it matters" in value
    # both rules cover "utilize"; the word-level one comes first and gives the range
    assert 0 <= value.index("# style/plain-words") < value.index("# house/blood-tests")
    assert hover["range"] == {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 10}}
    sentence = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 15}})
    assert "# house/blood-tests" in sentence["contents"]["value"] and "plain-words" not in sentence["contents"]["value"]
    nothing = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 22}})
    assert nothing is None  # the "." after the flagged words


def test_code_action_applies_the_fix(client, workspace):
    uri = client.open(workspace / "summary.md", "We utilize blood tests.\n")
    (diagnostic,) = by_rule(client.diagnostics_for(uri), "style/plain-words")
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"], "context": {"diagnostics": [diagnostic]}})
    (action,) = [a for a in actions if a["title"].startswith("Replace")]
    assert action["kind"] == "quickfix" and "use" in action["title"]
    assert action["edit"]["changes"][uri] == [{"range": diagnostic["range"], "newText": "use"}]
    elsewhere = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 15}, "end": {"line": 0, "character": 16}},
        "context": {"diagnostics": []}})
    assert not [a for a in elsewhere if a["title"].startswith("Replace")]


def test_code_action_disables_a_rule_for_this_line(client, workspace):
    """Issue 18: the inline control `laylint check --add-ignores` would write, as an edit."""
    uri = client.open(workspace / "summary.md", "# Title\n\nWe utilize blood tests.\n")
    (diagnostic,) = by_rule(client.diagnostics_for(uri), "style/plain-words")
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": diagnostic["range"], "context": {"diagnostics": [diagnostic]}})
    (action,) = [a for a in actions if a["title"] == "Disable style/plain-words for this line"]
    assert action["kind"] == "quickfix"
    assert action["edit"]["changes"][uri] == [{
        "range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}},
        "newText": "<!-- laylint-disable-next-line style/plain-words -->\n"}]


def test_uses_the_workspace_config_found_from_the_document(client, workspace):
    (workspace / "quiet").mkdir()
    (workspace / "quiet" / ".laylint.yaml").write_text("ignore: [style/plain-words]\n", encoding="utf-8")
    quiet = client.open(workspace / "quiet" / "summary.md", "We utilize blood tests.\n")
    loud = client.open(workspace / "summary.md", "We utilize blood tests.\n")
    assert not by_rule(client.diagnostics_for(quiet), "style/plain-words")
    assert by_rule(client.diagnostics_for(loud), "style/plain-words")


def test_reads_sidecar_metadata_from_disk(client, workspace):
    (workspace / "summary.source.yaml").write_text("source: [not, a, mapping]\n", encoding="utf-8")
    uri = client.open(workspace / "summary.txt", "Plain text summary.\n", language="plaintext")
    (problem,) = by_rule(client.diagnostics_for(uri), "metadata/invalid")
    assert problem["severity"] == 1 and "summary.source.yaml:1:" in problem["message"]


def test_a_config_error_is_shown_not_crashed_on(client, workspace):
    (workspace / ".laylint.yaml").write_text("select: [no-such-family]\n", encoding="utf-8")
    uri = client.open(workspace / "summary.md", "We utilize blood tests.\n")
    (problem,) = client.diagnostics_for(uri)
    assert problem["code"] == "config" and "no-such-family" in problem["message"] and problem["severity"] == 1


def test_other_languages_are_left_alone(client, workspace):
    python_uri = client.open(workspace / "script.py", "# We utilize\n", language="python")
    markdown_uri = client.open(workspace / "summary.md", "We utilize blood tests.\n")
    assert by_rule(client.diagnostics_for(markdown_uri), "style/plain-words")
    assert not any(n.get("params", {}).get("uri") == python_uri for n in client.notifications)


# --- position conversion (pure) -----------------------------------------------------------------

def test_positions_count_in_the_negotiated_encoding_across_crlf():
    from laylint.lsp.positions import Positions

    text = "a\r\nb🙂c\n"
    # line 2, column 3 is "c": after "b" and the emoji (file offset 5)
    assert Positions(text, "utf-16").at(2, 3) == Positions(text, "utf-16").at_offset(5)
    assert (Positions(text, "utf-16").at(2, 3).line, Positions(text, "utf-16").at(2, 3).character) == (1, 3)
    assert Positions(text, "utf-8").at(2, 3).character == 5
    assert Positions(text, "utf-32").at(2, 3).character == 2


def test_positions_account_for_a_bom_that_laylint_removed():
    from laylint.lsp.positions import Positions

    positions = Positions("\ufeffWe utilize\n")
    assert positions.at(1, 4).character == 4 and positions.at_offset(3).character == 4
