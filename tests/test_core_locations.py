"""Contract (issue 2): diagnostics land on the file's own lines and columns, front matter included."""

from __future__ import annotations

from robust_support import run_cli, write

FRONT_MATTER = [
    "---", "source:", '  title: "Rituximab and antibody levels"', "  design: cohort", "  participants: 1200",
    "  drugs:", "    rituximab: [Rituxan, MabThera]", "  outcomes:",
    "    low antibody levels: [hypogammaglobulinaemia, low antibodies]", "  findings:",
    "    - drug: rituximab", "      outcome: low antibody levels", "      value: 11%", "      ci: [9%, 13%]",
    "      key: true", "  limitations:", '    - "Observational: cannot show cause."', '    - "Single centre."',
] + [f"# padding {n}" for n in range(19, 30)] + ["---"]
BODY = [
    "# What we found", "", "Doctors utilize blood tests to check antibody levels.", "",
    "- Patients were screened prior to the first dose.", "- In order to take part, people needed a diagnosis.", "",
    "| Group | Note |", "|---|---|", "| Adults | We commence treatment |", "",
]


def _positions(run, rule_prefix: str):
    return [(d["rule"], d["line"], d["column"], d["end_line"], d["end_column"])
            for d in run.json if d["rule"].startswith(rule_prefix)]


def test_body_diagnostics_after_thirty_lines_of_front_matter(tmp_path):
    assert len(FRONT_MATTER) == 30
    write(tmp_path, "page.md", "\n".join(FRONT_MATTER + BODY))
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style,jargon/term,metadata", "page.md",
                  cwd=tmp_path)
    assert _positions(run, "style/") == [
        ("style/plain-words", 33, 9, 33, 16),    # utilize
        ("style/plain-words", 35, 26, 35, 34),   # prior to (list item)
        ("style/plain-words", 36, 3, 36, 14),    # In order to
        ("style/plain-words", 40, 15, 40, 23),   # commence (table cell)
    ]
    assert ("jargon/term", 33, 38) in [p[:3] for p in _positions(run, "jargon/term")]  # antibody
    assert _positions(run, "metadata/") == []  # the metadata is valid


def test_same_positions_with_crlf_and_a_bom(tmp_path):
    write(tmp_path, "page.md", b"\xef\xbb\xbf" + "\r\n".join(FRONT_MATTER + BODY).encode())
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "style", "page.md", cwd=tmp_path)
    assert [p[1:3] for p in _positions(run, "style/")] == [(33, 9), (35, 26), (36, 3), (40, 15)]


def test_malformed_front_matter_is_reported_at_its_line_and_the_body_still_checked(tmp_path):
    cases = {
        "bad-yaml.md": ("---\nsource:\n  title: [unclosed\n  design: cohort\n---\nWe utilize it.\n", 6),
        "list.md": ("---\nsource:\n  - a\n  - b\n---\nWe utilize it.\n", 6),
        "tabs.md": ("---\nsource:\n\ttitle: A trial\n---\nWe utilize it.\n", 5),
        "wrong-type.md": ("---\nsource:\n  title: A\n  participants: many\n---\nWe utilize it.\n", 6),
    }
    for name, (text, _) in cases.items():
        write(tmp_path, name, text)
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid,style", ".", cwd=tmp_path)
    got = {(d["path"], d["rule"], d["line"]) for d in run.json}
    for name, (_, body_line) in cases.items():
        assert (name, "style/plain-words", body_line) in got, name
    assert ("bad-yaml.md", "metadata/invalid", 4) in got  # where PyYAML notices the unclosed list
    assert ("list.md", "metadata/invalid", 3) in got  # source: a list where a mapping belongs
    assert ("tabs.md", "metadata/invalid", 3) in got
    assert ("wrong-type.md", "metadata/invalid", 4) in got
    assert run.code == 1


def test_sidecar_problems_point_into_the_sidecar(tmp_path):
    write(tmp_path, "page.md", "We utilize it.\n")
    write(tmp_path, "page.source.yaml", "title: A trial\ndesign: cohort\nparticipants: -3\n")
    run = run_cli("check", "--no-cache", "--format", "json", "--select", "metadata/invalid", ".", cwd=tmp_path)
    assert [(d["path"], d["line"], d["column"]) for d in run.json] == [("page.source.yaml", 3, 15)]
