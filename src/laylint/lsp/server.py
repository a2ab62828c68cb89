"""The language server: lints open Markdown and plain-text documents as they change.

The text linted is the editor's (unsaved) text; the config is discovered from the document's path
and the sidecar metadata is read from disk, exactly as `laylint check` would for the saved file.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from laylint import __version__, pipeline
from laylint.config import CONFIG_NAMES
from laylint.document import SUMMARY_SUFFIXES
from laylint.errors import UsageError
from laylint.lsp.actions import disable
from laylint.lsp.positions import Positions
from laylint.ruleset.docs import render as explain

LANGUAGES = {"markdown", "plaintext", "text"}  # VS Code / Neovim ids, and Helix's "text"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
SOURCE = "laylint"
DEBOUNCE_SECONDS = 0.2  # typing fast re-lints once after a pause, not once per keystroke
MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # far above a summary's didOpen; `Content-Length: 99999999999999` is refused
MAX_HEADER_LINE = 8192
TOO_LARGE_METHOD = "$/laylint/messageTooLarge"  # "$/": a client may ignore it; the server answers it


class BoundedInput:
    """The server's standard input with limits: a header line is read at most MAX_HEADER_LINE bytes
    at a time, and a body larger than MAX_MESSAGE_BYTES is not read (nor allocated): the server gets a
    small notification instead, which it answers with an error message to the editor."""

    def __init__(self, stream):
        self.stream = stream

    def readline(self) -> bytes:
        return self.stream.readline(MAX_HEADER_LINE)

    def read(self, size: int) -> bytes:
        if size > MAX_MESSAGE_BYTES:
            params = {"size": size, "limit": MAX_MESSAGE_BYTES}
            return json.dumps({"jsonrpc": "2.0", "method": TOO_LARGE_METHOD, "params": params}).encode()
        return self.stream.read(size)


@dataclass
class Linted:
    """The last lint of one document: laylint diagnostics paired with what the editor was sent."""

    positions: Positions
    pairs: list = field(default_factory=list)  # (laylint Diagnostic | None, lsp Diagnostic)
    rules: dict = field(default_factory=dict)  # rule id -> Rule, as configured for this document
    text: str = ""  # the text that was linted (code actions edit this version)
    path: Path | None = None


class Session:
    def __init__(self, server: LanguageServer):
        self.server = server
        self.project = pipeline.Project()
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}

    def lint_soon(self, uri: str) -> None:
        if uri in self.pending:
            self.pending.pop(uri).cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self._lint_pending, uri)

    def _lint_pending(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.linted:
            self.lint(uri)

    def wants(self, uri: str, language: str | None = None) -> bool:
        if uri in self.linted:
            return True
        return language in LANGUAGES or Path(uri).suffix.lower() in SUMMARY_SUFFIXES

    def reload_config(self) -> None:
        """Forget cached configs and rules (a config or rule file changed) and re-lint open documents."""
        self.project = pipeline.Project()
        for uri in list(self.linted):
            self.lint(uri)

    def lint(self, uri: str) -> None:
        document = self.server.workspace.get_text_document(uri)
        path = Path(document.path) if document.path else Path.cwd() / "untitled.md"
        positions = Positions(document.source, self.server.workspace.position_encoding or types.PositionEncodingKind.Utf16)
        linted = Linted(positions, text=document.source, path=path)
        try:
            linted.pairs, linted.rules = self._diagnostics(path, document.source, positions)
        except UsageError as exc:  # a broken config or rule file: say so where the writer is looking
            linted.pairs = [(None, _problem(positions, str(exc), "config"))]
        except Exception as exc:  # a crashing check must not take the editor's server down
            linted.pairs = [(None, _problem(positions, f"laylint internal error: {type(exc).__name__}: {exc}", "internal"))]
        self.linted[uri] = linted
        self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=document.version, diagnostics=[lsp for _, lsp in linted.pairs]))

    def _diagnostics(self, path: Path, text: str, positions: Positions):
        if self.project.config_for(path).is_excluded(path):
            return [], {}
        result = self.project.lint_text(text.encode("utf-8", "surrogatepass"), path)
        urls = self.project.rule_urls()
        pairs = [(d, to_lsp(d, path, positions, urls.get(d.rule))) for d in result.diagnostics]
        return pairs, {rule.id: rule for rule in self.project.setup_for(path).rules}

    def close(self, uri: str) -> None:
        self.linted.pop(uri, None)
        if uri in self.pending:
            self.pending.pop(uri).cancel()
        self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def under(self, uri: str, position: types.Position):
        """The (laylint, lsp) diagnostic pairs whose range contains the position, narrowest first
        (a word-level problem is more specific than one about the whole sentence or document)."""
        point = (position.line, position.character)
        linted = self.linted.get(uri)
        found = [pair for pair in (linted.pairs if linted else []) if pair[0] is not None and _contains(pair[1].range, point)]
        return sorted(found, key=lambda pair: _extent(pair[1].range))


def _problem(positions: Positions, message: str, code: str) -> types.Diagnostic:
    return types.Diagnostic(positions.range(1, 1, 1, 1), message, severity=types.DiagnosticSeverity.Error,
                            code=code, source=SOURCE)


def _contains(span: types.Range, point: tuple[int, int]) -> bool:
    start, end = (span.start.line, span.start.character), (span.end.line, span.end.character)
    return start <= point < end or start == point


def _extent(span: types.Range) -> tuple[int, int]:
    return span.end.line - span.start.line, span.end.character - span.start.character


def _overlaps(a: types.Range, b: types.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def to_lsp(d, path: Path, positions: Positions, url: str | None = None) -> types.Diagnostic:
    message = d.message if d.suggestion is None or d.fix else f"{d.message} (suggestion: {d.suggestion})"
    if Path(d.path) != path:  # a problem in another file (the sidecar metadata): shown at the top
        message = f"{os.path.relpath(d.path, path.parent)}:{d.line}:{d.column}: {message}"
        span = positions.range(1, 1, 1, 1)
    else:
        span = positions.range(d.line, d.column, d.end_line, d.end_column)
    return types.Diagnostic(span, message, severity=SEVERITY[d.severity], code=d.rule, source=SOURCE,
                            code_description=types.CodeDescription(href=url) if url else None)


def create_server() -> LanguageServer:
    server = LanguageServer("laylint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
    session = Session(server)

    @server.feature(TOO_LARGE_METHOD)
    def message_too_large(ls, params):
        size, limit = getattr(params, "size", "?"), getattr(params, "limit", MAX_MESSAGE_BYTES)
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Error,
            message=f"laylint: a message of {size} bytes is above the limit of {limit} bytes; ignored"))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: types.DidOpenTextDocumentParams):
        if session.wants(params.text_document.uri, params.text_document.language_id):
            session.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls, params: types.DidChangeTextDocumentParams):
        if params.text_document.uri in session.linted:
            session.lint_soon(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls, params: types.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if Path(uri).name in CONFIG_NAMES or Path(uri).suffix in (".yaml", ".yml"):
            session.reload_config()  # a config, rule or sidecar file: every open summary may change
        elif uri in session.linted:
            session.lint(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: types.DidCloseTextDocumentParams):
        session.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls, params: types.DidChangeWatchedFilesParams):
        session.reload_config()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: types.HoverParams):
        found = session.under(params.text_document.uri, params.position)
        rules = session.linted[params.text_document.uri].rules if found else {}
        explained = list(dict.fromkeys(d.rule for d, _ in found if d.rule in rules))
        if not explained:
            return None
        text = "\n\n---\n\n".join(explain(rules[rule_id]) for rule_id in explained)
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), range=found[0][1].range)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls, params: types.CodeActionParams):
        uri = params.text_document.uri
        linted = session.linted.get(uri)
        actions = []
        for d, lsp in (linted.pairs if linted else []):
            if d is None or d.fix is None or not _overlaps(lsp.range, params.range):
                continue
            span = types.Range(linted.positions.at_offset(d.fix.start), linted.positions.at_offset(d.fix.end))
            edit = types.WorkspaceEdit(changes={uri: [types.TextEdit(span, d.fix.replacement)]})
            actions.append(types.CodeAction(f"Replace with '{d.fix.replacement}' ({d.rule})",
                                            kind=types.CodeActionKind.QuickFix, diagnostics=[lsp], edit=edit,
                                            is_preferred=d.fix.safe))
        for d, lsp in (linted.pairs if linted else []):
            if d is not None and _overlaps(lsp.range, params.range):
                action = disable(uri, linted.path, linted.text, d, lsp, linted.positions)
                if action:
                    actions.append(action)
        return actions

    return server
