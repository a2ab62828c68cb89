"""Contract (issue 2): inline suppression comments and the front matter `laylint: {ignore: [...]}`."""

from __future__ import annotations

from robust_support import run_cli, write


def _lines(tmp_path, text: str, select: str = "style,metadata/invalid"):
    write(tmp_path, "page.md", text)
    run = run_cli("check", "--no-cache", "--format", "json", "--select", select, "page.md", cwd=tmp_path)
    return [(d["rule"], d["line"]) for d in run.json]


def test_disable_and_enable_a_range(tmp_path):
    text = ("We utilize one.\n\n<!-- laylint-disable style/plain-words -->\n\nWe utilize two.\n\n"
            "<!-- laylint-enable style/plain-words -->\n\nWe utilize three.\n")
    assert _lines(tmp_path, text) == [("style/plain-words", 1), ("style/plain-words", 9)]


def test_disable_without_ids_covers_every_rule_to_the_end(tmp_path):
    text = "We utilize one.\n\n<!-- laylint-disable -->\n\nWe utilize two.\n\nWe utilize three.\n"
    assert _lines(tmp_path, text) == [("style/plain-words", 1)]


def test_disable_by_family(tmp_path):
    text = "<!-- laylint-disable style -->\nWe utilize one.\n"
    assert _lines(tmp_path, text) == []


def test_disable_other_rule_keeps_this_one(tmp_path):
    text = "<!-- laylint-disable jargon/term -->\nWe utilize one.\n"
    assert _lines(tmp_path, text) == [("style/plain-words", 2)]


def test_disable_next_line_and_disable_line(tmp_path):
    text = ("<!-- laylint-disable-next-line style/plain-words -->\nWe utilize one.\nWe utilize two.\n\n"
            "We utilize three. <!-- laylint-disable-line -->\n\nWe utilize four.\n")
    assert _lines(tmp_path, text) == [("style/plain-words", 3), ("style/plain-words", 7)]


def test_disable_file_anywhere_in_the_file(tmp_path):
    text = "We utilize one.\n\nWe utilize two.\n\n<!-- laylint-disable-file style/plain-words -->\n"
    assert _lines(tmp_path, text) == []


def test_front_matter_ignore(tmp_path):
    text = "---\nlaylint:\n  ignore: [style/plain-words]\n---\nWe utilize one.\n"
    assert _lines(tmp_path, text) == []


def test_front_matter_ignore_must_be_a_list(tmp_path):
    text = "---\nlaylint: {ignore: style}\n---\nWe utilize one.\n"
    assert _lines(tmp_path, text) == [("metadata/invalid", 2), ("style/plain-words", 4)]


def test_comment_inside_code_is_not_a_control(tmp_path):
    text = "```\n<!-- laylint-disable-file -->\n```\n\nWe utilize one. `<!-- laylint-disable-line -->`\n"
    assert _lines(tmp_path, text) == [("style/plain-words", 5)]


def test_suppression_with_crlf(tmp_path):
    text = "<!-- laylint-disable-next-line -->\r\nWe utilize one.\r\nWe utilize two.\r\n"
    assert _lines(tmp_path, text) == [("style/plain-words", 3)]


def test_overlapping_ranges_for_one_rule_and_for_all(tmp_path):
    text = ("<!-- laylint-disable style/plain-words -->\n\n<!-- laylint-disable -->\n\nWe utilize one.\n\n"
            "<!-- laylint-enable style/plain-words -->\n\nWe utilize two.\n\n<!-- laylint-enable -->\n\n"
            "We utilize three. <!-- laylint-disable-line style --> <!-- laylint-disable-line jargon -->\n\n"
            "We utilize four.\n")
    assert _lines(tmp_path, text) == [("style/plain-words", 15)]


def test_thousands_of_line_controls(tmp_path):
    text = "We utilize it. <!-- laylint-disable-line jargon/term -->\n\n" * 3000 + "<!-- laylint-disable-next-line -->\nWe utilize it.\n"
    found = _lines(tmp_path, text)
    assert len(found) == 3000 and found[-1] == ("style/plain-words", 5999)
