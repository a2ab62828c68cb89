"""--jobs: worker processes give the same report as one process, in a deterministic order."""

import json
from pathlib import Path

import pytest

from laylint.pipeline import workers as parallel
from laylint.cli import main

CORPUS = Path(__file__).parent / "data" / "corpus" / "cochrane-devaraj2021.jsonl"


@pytest.fixture(scope="module")
def summaries(tmp_path_factory) -> Path:
    """20 real Cochrane plain-language summaries, a few with front matter or a sidecar."""
    folder = tmp_path_factory.mktemp("summaries")
    with CORPUS.open(encoding="utf-8") as lines:
        for index, line in zip(range(20), lines):
            text = json.loads(line)["summary"] + "\nWe utilize this in order to help.\n"
            if index % 5 == 0:
                text = f"---\ntitle: Summary {index}\nsource: [not, a, mapping]\n---\n{text}"
            (folder / f"{index:02d}-summary.md").write_text(text, encoding="utf-8")
    (folder / "07-summary.source.yaml").write_text("design: nonsense\n", encoding="utf-8")
    return folder


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *map(str, args), "--no-cache"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_print_exactly_what_one_job_prints(summaries, capsys, fmt):
    one = check(capsys, summaries, "--jobs", "1", "--format", fmt, "--timing")
    two = check(capsys, summaries, "--jobs", "2", "--format", fmt, "--timing")
    assert "worker processes 0" in one[2] and "worker processes 2" in two[2]
    assert one[:2] == two[:2]
    assert one[1].count("style/plain-words") >= 40 and "metadata/invalid" in one[1]


def test_spawned_workers_print_the_same_as_forked_ones(summaries, capsys, monkeypatch):
    """macOS and Windows start workers by spawning: the rules must travel to them by pickling."""
    forked = check(capsys, summaries, "--jobs", "2", "--format", "json")
    monkeypatch.setattr(parallel, "START_METHOD", "spawn")
    spawned = check(capsys, summaries, "--jobs", "2", "--format", "json", "--timing")
    assert "worker processes 2" in spawned[2]
    assert spawned[:2] == forked[:2]


def test_without_process_support_the_run_stays_in_one_process(summaries, capsys, monkeypatch):
    expected = check(capsys, summaries, "--jobs", "1")

    def no_processes(*args, **kwargs):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_processes)
    code, out, err = check(capsys, summaries, "--jobs", "2", "--timing")
    assert (code, out) == expected[:2] and "worker processes 0" in err


def test_output_is_sorted_by_path_line_and_column(summaries, capsys):
    diagnostics = json.loads(check(capsys, summaries, "--jobs", "2", "--format", "json")[1])
    keys = [(d["path"], d["line"], d["column"]) for d in diagnostics]
    assert len({d["path"] for d in diagnostics}) >= 20
    assert keys == sorted(keys)


def test_timing_adds_up_what_the_workers_measured(summaries, capsys):
    err = check(capsys, summaries, "--jobs", "2", "--timing")[2]
    timings = dict(line.rsplit(None, 2)[:2] for line in err.splitlines() if line.endswith(" ms"))
    assert float(timings["parse"]) > 0 and float(timings["substitution"]) > 0


def test_a_small_run_stays_in_one_process(summaries, capsys):
    files = sorted(summaries.glob("0[0-2]-*.md"))
    err = check(capsys, *files, "--jobs", "2", "--timing")[2]
    assert "files 3," in err and "worker processes 0" in err


@pytest.mark.parametrize("bad", ["0", "-3", "many"])
def test_bad_job_counts_are_a_usage_error(summaries, capsys, bad):
    code, out, err = check(capsys, summaries, "--jobs", bad)
    assert code == 2 and "--jobs" in err and "Traceback" not in err


def test_chunks_cover_every_file_once_in_order():
    items = list(range(103))
    chunks = parallel.chunked(items, 2)
    assert [item for chunk in chunks for item in chunk] == items
    assert len(chunks) <= 2 * parallel.CHUNKS_PER_WORKER and all(chunks)


def test_forked_workers_inherit_every_tokenizer_exception(summaries, capsys, monkeypatch):
    """The parent's warm-up lints one file, which adds only the exceptions it needs; the rest are added
    before forking, once, instead of in each worker."""
    from laylint import nlp

    monkeypatch.setattr(nlp, "_pipelines", {})  # a fresh pipeline, as in a new process
    code, _, err = check(capsys, summaries, "--jobs", "2", "--timing")
    assert code == 1 and "worker processes 2" in err
    assert nlp.load()[0].tokenizer._pending == {}


def test_forked_workers_inherit_the_whole_jargon_matcher(summaries, capsys, monkeypatch):
    """The warm-up's one file adds only the matcher forms it can hold; the rest are added before forking."""
    from laylint.jargon import matcher
    from laylint.ruleset import loading

    built = []
    monkeypatch.setattr(loading.RuleSet, "memo", _recording(loading.RuleSet.memo, built))
    code, _, err = check(capsys, summaries, "--jobs", "2", "--timing")
    assert code == 1 and "worker processes 2" in err
    matchers = [value for value in built if isinstance(value, matcher.TermMatcher)]
    assert matchers and all(not m._pending for m in matchers)


def _recording(memo, built):
    def recorded(self, key, factory):
        value = memo(self, key, factory)
        built.append(value)
        return value

    return recorded
