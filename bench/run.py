#!/usr/bin/env python3
"""Benchmark laylint against its peers on the Cochrane lay-summary corpus (issues #8 and #19).

    python bench/run.py                 # 3 alternating repetitions, medians, a Markdown report
    python bench/run.py --markdown      # the README block (date, machine, load, command) between its markers
    python bench/run.py --quick         # smoke test: 5 files, 1 repetition, no warm-up, 1x and 2x only

Every run is a whole process (start-up included), as a user sees it, measured for both wall-clock
time and CPU time (user + system of the process and the workers it waited for, from `os.wait4`).
On a shared machine read the CPU-time ratios: the targets compare CPU time, except where the
point is parallelism (`--jobs`). Each repetition runs every case once, in alternating order, so
laylint and its peers share the same machine load; the report shows medians and the load average
at the start and the end. Peers: proselint (required), and markdownlint-cli2 and write-good (npm)
when they are on PATH or in --npm-bin. The lower bound is reading every file and tokenising it
with `spacy.blank("en")` in one process. Peak memory is, for one extra run of the 16x corpus, the
summed RSS of its whole process tree (workers included), sampled from /proc. Every laylint run has
`--timing`: the per-kind time split, the cache hits and the worker count are read from it.
Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus" / "cochrane-devaraj2021.jsonl"
DOC_PATH = REPO / "README.md"
TABLE_START, TABLE_END = "<!-- bench-table -->", "<!-- /bench-table -->"
SCALES = (1, 2, 4, 16)
QUICK_SCALES = (1, 2)
QUICK_FILES = 5
DEFAULT_REPEAT = 3
ONE_FILE_WORDS = 400  # the one-file run uses the summary closest to this length
CLAIMS_SELECTORS = ("claims", "metadata/missing")  # what "claim checking" means in issue #6

# The targets of issue #19 (and #6 for claims): key -> (label, limit, unit of the figure).
TARGETS = {
    "cold_vs_proselint": ("full check, no cache, CPU time / proselint's", 0.6, "x"),
    "cold_vs_bound": ("full check, no cache, CPU time / read + tokenise", 2.5, "x"),
    "cached_vs_proselint": ("full check, every file cached, CPU time / proselint's", 0.1, "x"),
    "one_file_vs_spacy": ("one 400-word file, cold process, CPU time / `python -c \"import spacy\"`", 1.3, "x"),
    "peak_memory_mb": ("peak memory of a full run of the largest corpus (all its processes)", 500.0, "MB"),
    "per_word_growth": ("CPU time per word at each larger corpus vs 1x (worst)", 0.15, "%"),
    "jobs_large": ("`--jobs 2` / `--jobs 1` on the 4x corpus, wall (must be faster)", 0.99, "x"),
    "jobs_small": ("`--jobs 2` / `--jobs 1` on the 1x corpus, wall", 1.10, "x"),
    "claims_overhead": ("time claim checking adds to a full check", 0.30, "%"),
}
AIMS: dict = {}


# ---------------------------------------------------------------- the corpus on disk

@dataclass
class Summary:
    index: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def load_summaries(path: Path, limit: int | None) -> list[Summary]:
    summaries = []
    with path.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if limit is not None and index >= limit:
                break
            summaries.append(Summary(index, json.loads(line)["summary"]))
    return summaries


def markdown_for(summary: Summary, copy: int) -> str:
    heading = f"# Plain language summary {summary.index}" + (f", copy {copy}" if copy > 1 else "")
    return f"{heading}\n\n{summary.text}\n"


def write_corpus(folder: Path, summaries: list[Summary], copies: int) -> None:
    """`copies` copies of every summary; each copy's heading differs so no two files are equal."""
    for copy in range(1, copies + 1):
        target = folder / f"copy-{copy}"
        target.mkdir(parents=True)
        for summary in summaries:
            (target / f"{summary.index:04d}.md").write_text(markdown_for(summary, copy), encoding="utf-8")


@dataclass
class Workspace:
    root: Path
    corpora: dict[int, Path]   # scale -> folder
    one_file: Path             # the summary of median length: what a pre-commit hook typically sees
    one_file_words: int
    words: int                 # words of the summaries in one copy of the corpus
    files: int

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def scales(self) -> tuple[int, ...]:
        return tuple(sorted(self.corpora))


def build_workspace(root: Path, summaries: list[Summary], scales: tuple[int, ...]) -> Workspace:
    corpora = {scale: root / f"corpus-{scale}x" for scale in scales}
    for scale, folder in corpora.items():
        write_corpus(folder, summaries, scale)
    typical = min(summaries, key=lambda s: (abs(s.words - ONE_FILE_WORDS), s.index))
    one_file = corpora[1] / "copy-1" / f"{typical.index:04d}.md"
    return Workspace(root, corpora, one_file, typical.words, sum(s.words for s in summaries), len(summaries))


# ---------------------------------------------------------------- running one child process

TIMING_LINE = re.compile(r"^(?P<part>\S+)\s+(?P<ms>[\d.]+)\s*ms\s*$")
STATS_LINE = re.compile(r"files (?P<files>\d+), cache hits (?P<hits>\d+), worker processes (?P<workers>\d+)")


@dataclass
class Sample:
    seconds: float      # wall clock
    cpu_seconds: float  # user + system time of the child and the workers it waited for
    max_rss_kb: int
    returncode: int
    stderr: str

    @property
    def timings(self) -> dict[str, float]:
        """Milliseconds per part from `laylint check --timing`."""
        found = (TIMING_LINE.match(line) for line in self.stderr.splitlines())
        return {m["part"]: float(m["ms"]) for m in found if m}

    @property
    def stats(self) -> dict[str, int]:
        found = STATS_LINE.search(self.stderr)
        return {key: int(value) for key, value in found.groupdict().items()} if found else {}


def run_child(argv: list[str], cwd: Path, on_start=None) -> Sample:
    """Run argv to completion: wall clock from spawn to reap, and the child's own rusage."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        if on_start:
            on_start(child.pid)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    return Sample(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, child.returncode, stderr)


class TreeMemorySampler:
    """Peak summed RSS of a process and all its descendants, sampled from /proc (Linux only)."""

    def __init__(self, interval: float = 0.02):
        self.interval, self.peak_bytes = interval, 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def available() -> bool:
        return Path("/proc/self/statm").exists()

    def start(self, pid: int) -> None:
        self._thread = threading.Thread(target=self._sample, args=(pid,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _sample(self, root: int) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stop.is_set():
            total = sum(_rss_pages(pid) for pid in _descendants(root)) * page
            self.peak_bytes = max(self.peak_bytes, total)
            self._stop.wait(self.interval)


def _parents() -> dict[int, int]:
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss_pages(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


# ---------------------------------------------------------------- the tools under test

def tool_command(name: str) -> list[str]:
    """The console script installed next to this interpreter, else `python -m name`."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.exists() else [sys.executable, "-m", name]


def capture(argv: list[str]) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, cwd=tempfile.gettempdir())
    return done.stdout + done.stderr


@dataclass
class Laylint:
    """What the installed laylint offers: the cache flags came with issue #7, claims with #6."""
    command: list[str]
    version: str
    check_help: str
    rule_ids: list[str]
    kinds: dict[str, str]  # rule id -> check kind

    @classmethod
    def detect(cls) -> "Laylint":
        command = tool_command("laylint")
        rules = json.loads(subprocess.run(command + ["rules", "--format", "json"], capture_output=True,
                                          text=True, check=True, cwd=tempfile.gettempdir()).stdout)
        return cls(command, capture(command + ["--version"]).strip(), capture(command + ["check", "--help"]),
                   sorted(rule["id"] for rule in rules), {rule["id"]: rule.get("kind", "") for rule in rules})

    def has_flag(self, flag: str) -> bool:
        return re.search(rf"(^|\s){re.escape(flag)}\b", self.check_help) is not None

    @property
    def families(self) -> list[str]:
        return sorted({rule_id.split("/")[0] for rule_id in self.rule_ids})

    @property
    def claims_selectors(self) -> list[str]:
        """The claim-checking rules present in this build (none before issue #6 lands)."""
        return [s for s in CLAIMS_SELECTORS if any(i == s or i.startswith(s + "/") for i in self.rule_ids)]

    @property
    def claims_kinds(self) -> set[str]:
        """The check kinds of the claim-checking rules (for the --timing split)."""
        selectors = self.claims_selectors
        return {kind for rule_id, kind in self.kinds.items()
                if any(rule_id == s or rule_id.startswith(s + "/") for s in selectors)}

    def check(self, paths: list[Path], cache_dir: Path, cached: bool = False, ignore=(), jobs: int | None = None) -> list[str]:
        """`laylint check` with every built-in rule selected (those off by default too)."""
        argv = self.command + ["check", "--timing", "--select", ",".join(self.families)]
        if ignore:
            argv += ["--ignore", ",".join(ignore)]
        if jobs:
            argv += ["--jobs", str(jobs)]
        if self.has_flag("--cache-dir"):
            argv += ["--cache-dir", str(cache_dir)]
        if not cached and self.has_flag("--no-cache"):
            argv.append("--no-cache")
        return argv + [str(p) for p in paths]


NPM_PEERS = {  # name -> (label, argv builder from the corpus folder)
    "markdownlint-cli2": lambda folder: [str(folder / "**" / "*.md")],
    "write-good": lambda folder: sorted(str(p) for p in folder.rglob("*.md")),
}


def npm_peer(name: str, npm_bin: Path | None) -> str | None:
    """The peer's executable, from --npm-bin or PATH; None when it is not installed."""
    if npm_bin and (npm_bin / name).exists():
        return str(npm_bin / name)
    return shutil.which(name)


BOUND_SCRIPT = (
    "import sys, pathlib, spacy\n"
    "nlp = spacy.blank('en')\n"
    "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.md')):\n"
    "    nlp.make_doc(path.read_text(encoding='utf-8'))\n"
)


def bound_command(folder: Path) -> list[str]:
    """The lower bound of a full check: read every file and tokenise it with spaCy's blank English."""
    return [sys.executable, "-c", BOUND_SCRIPT, str(folder)]


def proselint_check(paths: list[Path]) -> list[str]:
    """proselint 0.16 has a `check` subcommand; older releases took the paths directly."""
    command = tool_command("proselint")
    has_subcommand = re.search(r"^\s+check\s", capture(command + ["--help"]), re.M) is not None
    return command + (["check"] if has_subcommand else []) + [str(p) for p in paths]


def proselint_version() -> str:
    command = tool_command("proselint")
    found = re.search(r"\d+(\.\d+)+", capture(command + ["version"]) + capture(command + ["--version"]))
    return found.group(0) if found else "(unknown version)"


# ---------------------------------------------------------------- the cases and their repetitions

@dataclass
class Case:
    key: str
    label: str
    argv: list[str]
    files: int | None = None
    words: int | None = None
    expect_cached: bool = False
    peer: bool = False  # another tool: any exit code is its answer
    samples: list[Sample] = field(default_factory=list)
    cache_retries: int = 0

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def median_cpu(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.samples)

    @property
    def fastest(self) -> float:
        return min(s.seconds for s in self.samples)

    @property
    def slowest(self) -> float:
        return max(s.seconds for s in self.samples)

    @property
    def max_rss_mb(self) -> float:
        return max(s.max_rss_kb for s in self.samples) / 1024  # Linux reports kilobytes

    @property
    def words_per_second(self) -> float | None:
        return self.words / self.median if self.words else None

    def stat_range(self, name: str) -> str:
        """What laylint's --timing reported over the samples (cache hits, workers): "n" or "low-high"."""
        values = sorted({s.stats[name] for s in self.samples if name in s.stats})
        return "" if not values else str(values[0]) if len(values) == 1 else f"{values[0]}-{values[-1]}"

    def median_timings(self) -> list[tuple[str, float]]:
        """Median milliseconds per part over the samples, largest first."""
        parts = {part for sample in self.samples for part in sample.timings}
        medians = {p: statistics.median(s.timings.get(p, 0.0) for s in self.samples) for p in parts}
        return sorted(medians.items(), key=lambda item: -item[1])


def build_cases(laylint: Laylint, space: Workspace, npm_bin: Path | None = None) -> list[Case]:
    full, cache = [space.corpora[1]], space.cache_dir
    cases = [
        Case("cold", "laylint check, all rules, no cache", laylint.check(full, cache), space.files, space.words),
        Case("proselint", "proselint check", proselint_check(full), space.files, space.words, peer=True),
        Case("bound", "read + tokenise (spacy.blank, one process)", bound_command(space.corpora[1]), space.files,
             space.words),
        Case("one_file", f"laylint check, one {space.one_file_words}-word file, no cache (pre-commit)",
             laylint.check([space.one_file], cache), 1, space.one_file_words),
        Case("import_spacy", "python -c \"import spacy\"", [sys.executable, "-c", "import spacy"]),
    ]
    for name, arguments in NPM_PEERS.items():
        executable = npm_peer(name, npm_bin)
        if executable:
            cases.append(Case(name, f"{name} (npm)", [executable, *arguments(space.corpora[1])], space.files,
                              space.words, peer=True))
    if laylint.has_flag("--no-cache"):
        cases.append(Case("cached", "laylint check, every file cached", laylint.check(full, cache, cached=True),
                          space.files, space.words, expect_cached=True))
    for scale in space.scales[1:]:
        cases.append(Case(f"scale_{scale}", f"laylint check, {scale}x corpus, no cache",
                          laylint.check([space.corpora[scale]], cache), space.files * scale, space.words * scale))
    large = 4 if 4 in space.corpora else space.scales[-1]
    for scale in (1, large):
        for jobs in (1, 2):
            cases.append(Case(f"jobs_{jobs}_{scale}x", f"laylint check, {scale}x corpus, --jobs {jobs}, no cache",
                              laylint.check([space.corpora[scale]], cache, jobs=jobs), space.files * scale,
                              space.words * scale))
    if laylint.claims_selectors:
        ignore = laylint.claims_selectors
        cases.append(Case("no_claims", f"laylint check --ignore {','.join(ignore)}, no cache",
                          laylint.check(full, cache, ignore=ignore), space.files, space.words))
    return cases


def checked(sample: Sample, case: Case) -> Sample:
    """laylint exits 1 when it finds problems; anything else means the run itself failed (peers
    have their own conventions: write-good exits with the number of suggestions)."""
    if sample.returncode not in (0, 1) and not case.peer:
        raise SystemExit(f"bench: {case.label} exited {sample.returncode}:\n  {shlex.join(case.argv)}\n{sample.stderr}")
    return sample


CACHE_RETRIES = 3


def measure(case: Case, cwd: Path) -> Sample:
    """One sample. A cached run that missed the cache (laylint's code or rules changed since the
    cache was filled: its key includes the modules' mtimes) has just refilled it: run it again."""
    sample = checked(run_child(case.argv, cwd), case)
    for _ in range(CACHE_RETRIES if case.expect_cached else 0):
        if sample.stats.get("hits", case.files) >= case.files:
            break
        case.cache_retries += 1
        sample = checked(run_child(case.argv, cwd), case)
    return sample


def warm_up(cases: list[Case], cwd: Path) -> None:
    """One untimed run of each case but the larger corpora: compiles .pyc files, warms the OS
    file cache and fills laylint's cache for the cached case."""
    for case in cases:
        if case.files is None or case.files <= cases[0].files:
            checked(run_child(case.argv, cwd), case)


def run_repetitions(cases: list[Case], repeat: int, cwd: Path) -> None:
    for repetition in range(repeat):
        order = cases if repetition % 2 == 0 else cases[::-1]
        for case in order:
            case.samples.append(measure(case, cwd))
            progress(f"  [{repetition + 1}/{repeat}] {case.label}: {case.samples[-1].seconds:.2f} s")


def tree_peak_memory_mb(argv: list[str], cwd: Path) -> float | None:
    """One extra run with the process-tree sampler (kept out of the timed runs: it costs CPU)."""
    if not TreeMemorySampler.available():
        return None
    sampler = TreeMemorySampler()
    try:
        run_child(argv, cwd, on_start=sampler.start)
    finally:
        sampler.stop()
    return sampler.peak_bytes / 2**20


# ---------------------------------------------------------------- targets

@dataclass
class Verdict:
    key: str
    figure: float | None
    note: str = ""

    @property
    def label(self) -> str:
        return TARGETS[self.key][0]

    @property
    def limit(self) -> float:
        return TARGETS[self.key][1]

    @property
    def unit(self) -> str:
        return TARGETS[self.key][2]

    @property
    def result(self) -> str:
        if self.figure is None:
            return "n/a"
        if self.figure <= self.limit:
            return "PASS"
        return f"MISS by {format_figure(self.figure - self.limit, self.unit)}"


def format_figure(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "%":
        return f"{value * 100:+.0f}%"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def net_seconds_per_word(case: Case, start_up: Case, cpu: bool = False) -> float:
    """Time per word once the fixed cost of a process (the one-file run) is taken out."""
    if cpu:
        return (case.median_cpu - start_up.median_cpu) / (case.words - start_up.words)
    return (case.median - start_up.median) / (case.words - start_up.words)


def scales_of(cases: dict[str, Case]) -> list[int]:
    return [1] + sorted(int(key.split("_")[1]) for key in cases if key.startswith("scale_"))


def scale_cases(cases: dict[str, Case]) -> list[Case]:
    return [cases["cold"]] + [cases[f"scale_{s}"] for s in scales_of(cases)[1:]]


def per_word_changes(cases: dict[str, Case], cpu: bool = False) -> list[float]:
    """Net time per word at each scale relative to 1x (0.0 for 1x itself)."""
    per_word = [net_seconds_per_word(case, cases["one_file"], cpu) for case in scale_cases(cases)]
    return [value / per_word[0] - 1 for value in per_word]


def changes_note(changes: list[float], scales: list[int]) -> str:
    return ", ".join(f"{scale}x: {change * 100:+.0f}%" for scale, change in zip(scales[1:], changes[1:]))


def split_overhead(case: Case, kinds: set[str]) -> float | None:
    """What the given rule kinds add to the CPU time of the other parts, from the --timing split."""
    timings = dict(case.median_timings())
    own = sum(ms for part, ms in timings.items() if part in kinds)
    rest = sum(timings.values()) - own
    return own / rest if rest else None


def cpu_ratio(cases: dict[str, Case], a: str, b: str) -> float:
    return cases[a].median_cpu / cases[b].median_cpu


def wall_ratio(cases: dict[str, Case], a: str, b: str) -> float:
    return cases[a].median / cases[b].median


def verdicts(cases: dict[str, Case], tree_memory_mb: float | None, claims_kinds: set[str]) -> list[Verdict]:
    wall_note = f"wall-clock ratio {wall_ratio(cases, 'cold', 'proselint'):.2f}x"
    result = [Verdict("cold_vs_proselint", cpu_ratio(cases, "cold", "proselint"), wall_note),
              Verdict("cold_vs_bound", cpu_ratio(cases, "cold", "bound"),
                      f"wall-clock ratio {wall_ratio(cases, 'cold', 'bound'):.2f}x")]
    if "cached" in cases:
        retries = cases["cached"].cache_retries
        note = f"{retries} run(s) missed the cache and were run again" if retries else ""
        result.append(Verdict("cached_vs_proselint", cpu_ratio(cases, "cached", "proselint"), note))
    else:
        result.append(Verdict("cached_vs_proselint", None, "no cache in this build"))
    result.append(Verdict("one_file_vs_spacy", cpu_ratio(cases, "one_file", "import_spacy"),
                          f"{cases['one_file'].median_cpu:.2f} s CPU; wall-clock ratio "
                          f"{wall_ratio(cases, 'one_file', 'import_spacy'):.2f}x"))
    largest = scales_of(cases)[-1]
    if tree_memory_mb is not None:
        result.append(Verdict("peak_memory_mb", tree_memory_mb, f"the {largest}x corpus"))
    else:
        result.append(Verdict("peak_memory_mb", scale_cases(cases)[-1].max_rss_mb, "largest single process: no /proc"))
    scales = scales_of(cases)
    changes = per_word_changes(cases, cpu=True)
    note = f"CPU time {changes_note(changes, scales)}; wall {changes_note(per_word_changes(cases), scales)}"
    result.append(Verdict("per_word_growth", max(changes), note))
    jobs = sorted({int(key.rsplit("_", 1)[1][:-1]) for key in cases if key.startswith("jobs_")})
    if jobs:
        large, small = jobs[-1], jobs[0]
        result.append(Verdict("jobs_large", wall_ratio(cases, f"jobs_2_{large}x", f"jobs_1_{large}x"),
                              f"the {large}x corpus; CPU-time ratio {cpu_ratio(cases, f'jobs_2_{large}x', f'jobs_1_{large}x'):.2f}x"))
        result.append(Verdict("jobs_small", wall_ratio(cases, f"jobs_2_{small}x", f"jobs_1_{small}x"),
                              f"CPU-time ratio {cpu_ratio(cases, f'jobs_2_{small}x', f'jobs_1_{small}x'):.2f}x"))
    if "no_claims" in cases:
        by_split = split_overhead(cases["cold"], claims_kinds)
        note = f"--timing split: {by_split * 100:+.0f}% of the time in the other checks" if by_split is not None else ""
        result.append(Verdict("claims_overhead", cases["cold"].median_cpu / cases["no_claims"].median_cpu - 1, note))
    else:
        result.append(Verdict("claims_overhead", None, "no claims rules in this build"))
    return result


# ---------------------------------------------------------------- the report

def targets_table(results: list[Verdict]) -> list[str]:
    rows = ["| target | figure | limit | verdict |", "|---|---:|---:|---|"]
    for v in results:
        limit = "≤ " + format_figure(v.limit, v.unit).lstrip("+")
        if v.key in AIMS:
            limit += f" (aim {format_figure(AIMS[v.key], v.unit)})"
        figure = format_figure(v.figure, v.unit) if v.figure is not None else "-"
        rows.append(f"| {v.label} | {figure} | {limit} | {v.result}{f' ({v.note})' if v.note else ''} |")
    return rows


def runs_table(cases: list[Case]) -> list[str]:
    rows = ["| run | files | words | wall, median | fastest - slowest | CPU time, median | CPU / proselint "
            "| peak RSS, own process | workers | cache hits |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    proselint = next((case for case in cases if case.key == "proselint"), None)
    for case in cases:
        words = f"{case.words:,}" if case.words else ""
        versus = f"{case.median_cpu / proselint.median_cpu:.2f}x" if proselint and case.files == proselint.files else ""
        rows.append(f"| {case.label} | {case.files or ''} | {words} | {case.median:.2f} s "
                    f"| {case.fastest:.2f} - {case.slowest:.2f} s | {case.median_cpu:.2f} s | {versus} "
                    f"| {case.max_rss_mb:.0f} MB "
                    f"| {case.stat_range('workers')} | {case.stat_range('hits')} |")
    return rows


def scaling_table(cases: dict[str, Case]) -> list[str]:
    rows = ["| corpus | words | wall, median | CPU time | CPU µs per word | CPU µs per word, start-up taken out |",
            "|---|---:|---:|---:|---:|---:|"]
    for scale, case in zip(scales_of(cases), scale_cases(cases)):
        net = net_seconds_per_word(case, cases["one_file"], cpu=True)
        rows.append(f"| {scale}x | {case.words:,} | {case.median:.2f} s | {case.median_cpu:.2f} s "
                    f"| {case.median_cpu / case.words * 1e6:.2f} | {net * 1e6:.2f} |")
    return rows


def timing_table(case: Case) -> list[str]:
    timings = case.median_timings()
    if not timings:
        return ["(`laylint check --timing` printed no per-kind times)"]
    total = sum(ms for _, ms in timings)
    rows = ["| part (rule kind, or parse) | time | share |", "|---|---:|---:|"]
    rows += [f"| {part} | {ms:,.0f} ms | {ms / total:.0%} |" for part, ms in timings]
    rows.append(f"| sum over files and workers | {total:,.0f} ms | |")
    rows.append(f"| wall clock of the run | {case.median * 1000:,.0f} ms | |")
    return rows


def top_parts(case: Case, count: int = 3) -> str:
    timings = case.median_timings()
    total = sum(ms for _, ms in timings) or 1.0
    return ", ".join(f"{part} {ms / total:.0%}" for part, ms in timings[:count]) or "no --timing split"


SPACY_CHARGE = ("(`--timing` shows loading the spaCy pipeline as `nlp-load` and making each document's "
                "Doc as `nlp`)")


def miss_notes(results: list[Verdict], cases: dict[str, Case]) -> list[str]:
    """For each missed target, what dominates it, from the --timing splits of the runs behind it."""
    full = (f"the full check's time inside the checks goes to {top_parts(cases['cold'])} {SPACY_CHARGE}")
    explain = {
        "cold_vs_proselint": full,
        "cold_vs_bound": full,
        "per_word_growth": full,
        "claims_overhead": f"the claim-checking kinds are {', '.join(sorted(CLAIMS_SELECTORS))}; {full}",
        "one_file_vs_spacy": f"the one-file split: {top_parts(cases['one_file'])} {SPACY_CHARGE}",
        "peak_memory_mb": f"{cases['cold'].stat_range('workers')} worker processes, each with its own pipeline",
    }
    if "cached" in cases:
        explain["cached_vs_proselint"] = (f"no rule runs in a cached run (cache hits {cases['cached'].stat_range('hits')} "
                                          f"of {cases['cached'].files}): its time is laylint's start-up and file handling")
    missed = [v for v in results if v.result.startswith("MISS") and v.key in explain]
    if not missed:
        return []
    return ["Where a target is missed, what dominates:", ""] + [f"- {v.label}: {explain[v.key]}." for v in missed] + [""]


def load_average() -> float | None:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def machine_line(laylint: Laylint, repeat: int, load_at_start: float | None) -> str:
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = ""
    if load_at_start is not None:
        load = f", load average {load_at_start:.1f} at the start and {load_average():.1f} at the end"
    return (f"{today}; {os.cpu_count()} CPUs ({platform.machine()} {platform.system()}, "
            f"{platform.processor() or 'unknown processor'}){load}; Python {platform.python_version()}; "
            f"{laylint.version}; proselint {proselint_version()}; {repeat} alternating repetitions, medians.")


def report(laylint: Laylint, space: Workspace, cases: list[Case], tree_memory_mb: float | None, args,
           load_at_start: float | None = None) -> str:
    by_key = {case.key: case for case in cases}
    results = verdicts(by_key, tree_memory_mb, laylint.claims_kinds)
    lines = [
        *(["**--quick is a smoke test: these figures say nothing about speed.**", ""] if args.quick else []),
        f"Measured {machine_line(laylint, args.repeat, load_at_start)}",
        f"Corpus: {space.files} summaries ({space.words:,} words) of `{CORPUS.relative_to(REPO)}`, "
        f"one Markdown file each. Command: `{command_line(args)}`",
        "",
        *targets_table(results),
        "",
        *miss_notes(results, by_key),
        *runs_table(cases),
        "",
        "Growth with corpus size (CPU time; the one-file run is the fixed start-up cost, taken out for the target):",
        "",
        *scaling_table(by_key),
        "",
        "Where the time goes in a full check, no cache (`laylint check --timing`, medians; wall time inside "
        "each part, summed over files and worker processes; `nlp-load` is loading the spaCy pipeline, `nlp` "
        "making each document's Doc):",
        "",
        *timing_table(by_key["cold"]),
        "",
        "Where the time goes in the one-file run (`nlp-load` is loading the spaCy pipeline):",
        "",
        *timing_table(by_key["one_file"]),
    ]
    return "\n".join(lines) + "\n"


def commands_list(cases: list[Case], root: Path) -> list[str]:
    """The exact commands timed, with the temporary folder and the interpreter's folder shortened."""
    def shorten(arg: str) -> str:
        return arg.replace(f"{root}{os.sep}", "").replace(f"{Path(sys.executable).parent}{os.sep}", "")

    return ["Commands timed (in the temporary folder):", ""] + [
        f"- {case.label}: `{shlex.join(map(shorten, case.argv))}`" for case in cases]


def command_line(args) -> str:
    parts = ["python bench/run.py"]
    if args.quick:
        parts.append("--quick")
    elif args.files:
        parts.append(f"--files {args.files}")
    if args.repeat != default_repeat(args.quick):
        parts.append(f"--repeat {args.repeat}")
    return " ".join(parts)


def write_into_doc(path: Path, block: str) -> None:
    """Replace what is between the bench-table markers of the README section."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START), text.index(TABLE_END) + len(TABLE_END)
    path.write_text(text[:start] + block.rstrip("\n") + text[end:], encoding="utf-8")


# ---------------------------------------------------------------- main

def default_repeat(quick: bool) -> int:
    return 1 if quick else DEFAULT_REPEAT


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Benchmark laylint against proselint (issue #8).")
    parser.add_argument("--repeat", type=int, help=f"alternating repetitions per case (default {DEFAULT_REPEAT}; --quick: 1)")
    parser.add_argument("--quick", action="store_true", help=f"smoke test: {QUICK_FILES} files, 1 repetition")
    parser.add_argument("--files", type=int, help="use only the first N summaries of the corpus")
    parser.add_argument("--markdown", action="store_true", help="print only the README block, between its markers")
    parser.add_argument("--write-doc", action="store_true",
                        help=f"also put the block into {DOC_PATH.relative_to(REPO)} (between its markers)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    parser.add_argument("--npm-bin", type=Path, help="a node_modules/.bin folder holding markdownlint-cli2 and write-good")
    args = parser.parse_args(argv)
    args.repeat = args.repeat or default_repeat(args.quick)
    if args.quick and not args.files:
        args.files = QUICK_FILES
    return args


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def require_tools() -> None:
    """A missing tool would exit 1, which passes for "found problems": refuse to time it."""
    import importlib.util

    for module, hint in (("laylint", "pip install -e ."), ("proselint", "pip install -e '.[bench]'")):
        if importlib.util.find_spec(module) is None:
            raise SystemExit(f"bench: {module} is not installed for {sys.executable} ({hint})")


def compile_laylint() -> None:
    """Write laylint's bytecode first, as installing a wheel does: an editable checkout run under
    PYTHONDONTWRITEBYTECODE (or from a read-only folder) compiles every module from source in every
    process, which timed the compiler (a cached run took 1.17x the CPU without bytecode) rather
    than laylint. The peers are installed by pip, which compiles them."""
    import compileall
    import importlib.util

    package = Path(importlib.util.find_spec("laylint").origin).parent
    compileall.compile_dir(str(package), quiet=1)


def main(argv=None) -> int:
    args = parse_args(argv)
    require_tools()
    compile_laylint()
    laylint = Laylint.detect()
    summaries = load_summaries(CORPUS, args.files)
    root = Path(tempfile.mkdtemp(prefix="laylint-bench-"))
    scales = QUICK_SCALES if args.quick else SCALES
    load_at_start = load_average()
    try:
        progress(f"bench: writing {len(summaries)} summaries at {', '.join(f'{s}x' for s in scales)} into {root}")
        space = build_workspace(root, summaries, scales)
        cases = build_cases(laylint, space, args.npm_bin.resolve() if args.npm_bin else None)  # cases run elsewhere
        if not args.quick:  # the smoke test checks the report's shape, not the figures
            progress("bench: untimed warm-up runs")
            warm_up(cases, root)
        run_repetitions(cases, args.repeat, root)
        tree_memory_mb = None
        if not args.quick:
            progress("bench: one more full run for the memory of all its processes")
            largest = next(case for case in cases if case.key == f"scale_{space.scales[-1]}")
            tree_memory_mb = tree_peak_memory_mb(largest.argv, root)
    finally:
        if args.keep:
            progress(f"bench: kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    body = report(laylint, space, cases, tree_memory_mb, args, load_at_start)
    block = f"{TABLE_START}\n{body}{TABLE_END}\n"
    print(block if args.markdown else body + "\n" + "\n".join(commands_list(cases, space.root)))
    if args.write_doc:
        write_into_doc(DOC_PATH, block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
