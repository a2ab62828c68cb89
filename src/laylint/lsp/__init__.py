"""`laylint lsp`: a Language Server Protocol server (pygls) for editors."""
