"""laylint lsp: a Language Server Protocol server over stdio, for editors."""

from __future__ import annotations



def add_arguments(parser) -> None:
    parser.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default; accepted for editors that pass it)")


def run(args) -> int:
    import sys

    from laylint.lsp.server import BoundedInput, create_server  # pygls is only imported when the server starts

    create_server().start_io(stdin=BoundedInput(sys.stdin.buffer))
    return 0
