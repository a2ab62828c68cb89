"""Bad files give a diagnostic (or nothing) and the run goes on with the other files."""

from __future__ import annotations

import json

from robust_support import assert_inside, run_cli, write


def _by_path(run) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for diagnostic in run.json:
        found.setdefault(diagnostic["path"], []).append(diagnostic)
    return found


def _lint(tmp_path, *extra):
    return run_cli("check", "--no-cache", "--format", "json", *extra, ".", cwd=tmp_path)


def test_a_bad_file_does_not_stop_the_run(tmp_path):
    write(tmp_path, "a-binary.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    write(tmp_path, "b-latin1.md", "Caf\u00e9 prior to lunch".encode("latin-1"))
    write(tmp_path, "c-good.md", "We utilize blood tests.\n")
    run = _lint(tmp_path, "--select", "io,style")
    found = _by_path(run)
    assert run.code == 1 and "Traceback" not in run.err
    assert [d["rule"] for d in found["a-binary.md"]] == ["io/unreadable"]
    assert [d["rule"] for d in found["b-latin1.md"]] == ["io/unreadable"]
    assert [(d["rule"], d["line"], d["column"]) for d in found["c-good.md"]] == [("style/plain-words", 1, 4)]


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    write(tmp_path, "bad.md", b"Good start \xff then more")
    [diagnostic] = _lint(tmp_path, "--select", "io").json
    assert diagnostic["rule"] == "io/unreadable" and diagnostic["severity"] == "error"
    assert "at byte 11" in diagnostic["message"]


def test_nul_byte_is_reported_as_binary_with_its_offset(tmp_path):
    write(tmp_path, "nul.md", b"Some text\0 more text")
    [diagnostic] = _lint(tmp_path, "--select", "io").json
    assert diagnostic["rule"] == "io/unreadable" and "at byte 9" in diagnostic["message"]


def test_empty_file_and_whitespace_only_file(tmp_path):
    write(tmp_path, "empty.md", b"")
    write(tmp_path, "blank.txt", b"  \n\n\t\r\n")
    run = _lint(tmp_path, "--select", "all")
    assert run.code in (0, 1) and "Traceback" not in run.err
    assert not [d for d in run.json if d["rule"].startswith(("io/", "style/", "metadata/invalid"))]
    for name in ("empty.md", "blank.txt"):  # document-level rules may report, inside the file
        assert_inside((tmp_path / name).read_bytes(), [d for d in run.json if d["path"] == name])


def test_file_of_only_front_matter(tmp_path):
    write(tmp_path, "only.md", "---\ntitle: A trial\n---\n")
    run = _lint(tmp_path, "--select", "metadata/invalid,style,io")
    assert run.code == 0 and run.json == []


def test_unterminated_front_matter_is_reported_at_line_1(tmp_path):
    write(tmp_path, "open.md", "---\ntitle: A trial\nWe utilize this.\n")
    run = _lint(tmp_path, "--select", "metadata/invalid")
    assert run.code == 1
    assert any(d["line"] == 1 and "never closed" in d["message"] for d in run.json)


def test_front_matter_that_is_not_a_mapping_and_body_still_checked(tmp_path):
    write(tmp_path, "list.md", "---\n- a\n- b\n---\nWe utilize this.\n")
    run = _lint(tmp_path, "--select", "metadata/invalid,style")
    got = [(d["rule"], d["line"], d["column"]) for d in run.json]
    assert got == [("metadata/invalid", 2, 1), ("style/plain-words", 5, 4)]
    assert "mapping" in run.json[0]["message"]


def test_too_large_file_is_refused_with_a_configurable_limit(tmp_path):
    write(tmp_path, ".laylint.yaml", "rules:\n  io/too-large:\n    max_bytes: 1000\n")
    write(tmp_path, "big.md", "We utilize it. " * 100)
    write(tmp_path, "small.md", "We utilize it.\n")
    found = _by_path(_lint(tmp_path, "--select", "io,style"))
    [big] = found["big.md"]
    assert big["rule"] == "io/too-large" and "1,500" in big["message"] and "1,000" in big["message"]
    assert [d["rule"] for d in found["small.md"]] == ["style/plain-words"]


def test_twenty_megabyte_file_is_refused_by_default(tmp_path):
    write(tmp_path, "huge.md", b"word " * 4_000_000)
    run = _lint(tmp_path, "--select", "all")
    assert [d["rule"] for d in run.json] == ["io/too-large"]
    assert "20,000,000" in run.json[0]["message"]


def test_deeply_nested_lists_and_block_quotes(tmp_path):
    lists = "".join("  " * depth + "- We utilize item\n" for depth in range(400))
    bullets = "".join("- " * depth + "We utilize item\n" for depth in range(1, 300))
    quotes = "".join(">" * depth + " We utilize this.\n" for depth in range(1, 600))
    write(tmp_path, "lists.md", lists)
    write(tmp_path, "bullets.md", bullets)
    write(tmp_path, "quotes.md", quotes + ">" * 20_000 + " deep\n")
    run = _lint(tmp_path, "--select", "all")
    assert run.code in (0, 1) and "Traceback" not in run.err, run.err
    found = _by_path(run)
    # the shallow ones are prose, at their own lines
    assert {"lists.md", "bullets.md", "quotes.md"} <= set(found)
    assert ("style/plain-words", 1, 6) in [(d["rule"], d["line"], d["column"]) for d in found["quotes.md"]]


def test_crlf_cr_and_bom_keep_lines_and_columns(tmp_path):
    body = "---{nl}title: A trial{nl}---{nl}# Heading{nl}{nl}We utilize blood tests{nl}prior to the dose.{nl}"
    write(tmp_path, "lf.md", body.format(nl="\n"))
    write(tmp_path, "crlf.md", body.format(nl="\r\n"))
    write(tmp_path, "cr.md", body.format(nl="\r"))
    write(tmp_path, "bom.md", b"\xef\xbb\xbf" + body.format(nl="\r\n").encode())
    write(tmp_path, "mixed.md", "---\r\ntitle: x\n---\r# Heading\n\r\nWe utilize blood tests\rprior to the dose.\r\n")
    found = _by_path(_lint(tmp_path, "--select", "style,metadata"))
    expected = [("style/plain-words", 6, 4, 6, 11), ("style/plain-words", 7, 1, 7, 9)]
    for name in ("lf.md", "crlf.md", "cr.md", "bom.md", "mixed.md"):
        got = [(d["rule"], d["line"], d["column"], d["end_line"], d["end_column"]) for d in found[name]]
        assert got == expected, name


def test_unicode_oddities_do_not_shift_columns(tmp_path):
    lines = [
        "\U0001f642 We utilize it.",             # emoji: one code point, one column
        "\u202eWe utilize it.",                  # right-to-left override
        "\u05e9\u05dc\u05d5\u05dd utilize it.",  # Hebrew word
        "We\u200b utilize\u200d it.",            # zero-width space and joiner
        "\U0001f469\u200d\U0001f52c We utilize it.",  # emoji ZWJ sequence: three code points
    ]
    write(tmp_path, "odd.md", "\n\n".join(lines) + "\n")
    got = [(d["line"], d["column"]) for d in _lint(tmp_path, "--select", "style").json]
    # line 3: a right-to-left override shows the rest of the line reversed; the rules do not read it
    # (issue 17: text/hidden-characters reports the override instead)
    assert got == [(1, 6), (5, 6), (7, 5), (9, 8)]


def test_a_file_that_cannot_be_read_is_a_diagnostic_and_the_run_goes_on(tmp_path):
    write(tmp_path, "good.md", "We utilize it.\n")
    (tmp_path / "eio.md").symlink_to("/proc/self/mem")  # a regular file whose read() fails with EIO
    for jobs in ("1", "2"):
        found = _by_path(_lint(tmp_path, "--select", "io,style", "--jobs", jobs))
        [unreadable] = found["eio.md"]  # refused as a link out of the folder (issue 17) before any read
        assert unreadable["rule"] == "io/unreadable" and "outside the repository" in unreadable["message"]
        assert [d["rule"] for d in found["good.md"]] == ["style/plain-words"]
    from laylint.pipeline.reading import read_file

    assert "could not be read" in read_file(tmp_path / "eio.md", 1000).read_error  # no confinement: the EIO itself


def test_a_huge_file_is_refused_without_being_loaded(tmp_path):
    import resource
    import subprocess
    import sys

    with open(tmp_path / "export.md", "wb") as sparse:  # 3 GB on paper, nothing on disk
        sparse.seek(3_000_000_000)
        sparse.write(b"x")
    write(tmp_path, "page.md", "We utilize it.\n")

    def one_gigabyte_of_memory():
        resource.setrlimit(resource.RLIMIT_AS, (1_000_000_000, 1_000_000_000))

    done = subprocess.run([sys.executable, "-m", "laylint", "check", "--no-cache", "--select", "io,style", "--format",
                           "json", "."], cwd=tmp_path, preexec_fn=one_gigabyte_of_memory, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    found = {d["path"]: d for d in json.loads(done.stdout)}
    assert found["export.md"]["rule"] == "io/too-large" and "3,000,000,001" in found["export.md"]["message"]
    assert found["page.md"]["rule"] == "style/plain-words"
