"""The language server's "disable for this line" code action: the same inline control
`laylint check --add-ignores` writes (laylint.pipeline.ignores), as an editor edit."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from laylint.document import MARKDOWN_SUFFIXES
from laylint.pipeline import ignores


def disable(uri: str, path: Path, text: str, d, lsp_diagnostic, positions) -> types.CodeAction | None:
    """A code action that silences `d` with a control comment, or None (plain text has no controls;
    a problem in the front matter or the sidecar has no line to put one on)."""
    if path.suffix.lower() not in MARKDOWN_SUFFIXES or Path(d.path) != path:
        return None
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    after, covered = ignores.edit_text(text[len(bom):], [d])
    after = bom + after
    if not covered or after == text:
        return None
    first, end, replacement = ignores.changed_lines(text, after)
    lines = len(ignores._LINE.findall(text))
    end_position = types.Position(end, 0) if end < lines else positions.at_offset(len(text))
    edit = types.TextEdit(types.Range(types.Position(first, 0), end_position), replacement)
    scope = "this file" if d.scope == "document" else "this line"
    return types.CodeAction(f"Disable {d.rule} for {scope}", kind=types.CodeActionKind.QuickFix,
                            diagnostics=[lsp_diagnostic], edit=types.WorkspaceEdit(changes={uri: [edit]}))
