"""Kind `io`: files that cannot be read as text. The engine emits these before any analysis;
the check itself has nothing to do on a readable document."""

OPTIONS = {"max_bytes": int}
DOCUMENT_SCOPE = True


def check(rule, analysis):
    return ()
