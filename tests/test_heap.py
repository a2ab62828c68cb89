"""The command-line process pauses the garbage collector while a check's setup is built and freezes
what is alive before exiting (laylint.heap, issue #19). Output must not change, the collector must
run again once the setup is built (and in every worker), and a Python caller of `cli.main(argv)`
keeps its collector as it was. Each probe runs in a fresh process: freezing would change this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import laylint

# the probes import the laylint under test, wherever the suite runs from
ENV = {**os.environ, "PYTHONPATH": str(Path(laylint.__file__).resolve().parents[1])}

SUMMARIES = {
    "statins.md": "# Statins after a heart attack\n\nWe looked at 12 trials with 9,400 adults who had a heart attack. "
                  "Statins lowered the risk of another heart attack (from 8% to 6%). Muscle pain was about as common "
                  "with statins as with placebo (a dummy pill). The evidence is moderate-certainty.\n",
    "chemo.md": "# Shorter chemotherapy for bowel cancer\n\nThree months of oxaliplatin-based chemotherapy worked about as "
                "well as six months for people with stage III colon cancer. Fewer people had nerve damage "
                "(neuropathy) with the shorter course. We are uncertain about quality of life.\n",
    "malaria.md": "# Bed nets for malaria\n\nInsecticide-treated nets probably reduce deaths in children under five "
                  "in places where malaria is common. The trials were done in Africa and Asia; some were small and "
                  "not blinded, which limits our confidence.\n",
    "depression.md": "# Online therapy for depression\n\nInternet-delivered cognitive behavioural therapy may reduce "
                     "symptoms of depression after 12 weeks compared with a waiting list. Many people stopped using "
                     "the programmes early. Few studies followed people for longer than six months.\n",
    "croup.md": "# Steroids for croup\n\nA single dose of dexamethasone helped children with croup breathe more "
                "easily within two hours and meant fewer return visits to hospital. Side effects were rare.\n",
    "smoking.md": "# Nicotine patches and gum\n\nUsing a patch together with a faster-acting form such as gum helps "
                  "more people stop smoking for six months than using one form alone (high-certainty evidence).\n",
    "kidney.md": "# Exercise during dialysis\n\nCycling during haemodialysis sessions might improve fitness and "
                 "quality of life in adults with kidney failure, but the studies were small and short.\n",
    "asthma.md": "# Inhalers for children with asthma\n\nChildren who used a steroid inhaler every day had fewer asthma "
                 "attacks that needed a hospital visit. They grew about half a centimetre less in the first year.\n",
}
assert len(SUMMARIES) >= 8  # run.MIN_FILES_FOR_WORKERS: with --jobs 2 the workers really start


def _probe(tmp_path, code: str, argv: list[str] | None = None) -> list[str]:
    """Run `code` in a fresh Python in the folder of the summaries; its stderr lines."""
    for name, text in SUMMARIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, *(argv or [])], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600, env=ENV)
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()


def test_pause_then_settle_collects_again_and_freezes_what_was_built(tmp_path):
    code = ("import gc, sys; from laylint import heap\n"
            "heap.pause(); off = not gc.isenabled(); kept = [[i] for i in range(1000)]\n"
            "heap.settle(); print(off, gc.isenabled(), gc.get_freeze_count() >= 1000, file=sys.stderr)\n"
            "frozen = gc.get_freeze_count(); heap.settle(); print(gc.get_freeze_count() == frozen, file=sys.stderr)")
    assert _probe(tmp_path, code) == ["True True True", "True"]  # settle twice: the second does nothing


def test_settle_without_pause_changes_nothing(tmp_path):
    code = ("import gc, sys; from laylint import heap\n"
            "heap.settle(); print(gc.isenabled(), gc.get_freeze_count(), file=sys.stderr)")
    assert _probe(tmp_path, code) == ["True 0"]


def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path):
    code = ("import gc, sys; from laylint import heap\n"
            "gc.disable(); heap.pause(); heap.settle(); print(gc.isenabled(), gc.get_freeze_count(), file=sys.stderr)")
    assert _probe(tmp_path, code) == ["False 0"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_check_collects_again_after_its_first_file(tmp_path, jobs):
    """The serial loop settles after the first file (what was built stays frozen); with workers, before they
    start (a forked worker would inherit a paused collector; the parent unfreezes after the workers end)."""
    code = ("import gc, sys; from laylint import heap, pipeline\n"
            "heap.pause()\n"
            f"out = pipeline.check_files(pipeline.Request(['.'], use_cache=False, jobs={jobs}), "
            "pipeline.Project(['all'], [], None))\n"
            "print(len(out.results), gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)")
    assert _probe(tmp_path, code) == [f"{len(SUMMARIES)} True {jobs == '1'}"]


def _check_json(tmp_path, own_process: bool, jobs: str) -> list:
    argv = ["check", "--no-cache", "--select", "ALL", "--exit-zero", "--format", "json", "--jobs", jobs, "."]
    if own_process:  # as `laylint ...` runs it: cli.main() reads sys.argv
        code = "import sys; from laylint import cli; sys.argv[1:] = sys.argv[1:]; code = cli.main()\n"
    else:  # a Python caller: the collector is left alone
        code = "import sys; from laylint import cli; code = cli.main(sys.argv[1:])\n"
    code += ("import gc, json; sys.stdout.flush()\n"
             "print(json.dumps([gc.isenabled(), gc.get_freeze_count() > 0]), file=sys.stderr)")
    for name, text in SUMMARIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, *argv], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                          env=ENV)
    assert done.returncode == 0, done.stderr
    return [json.loads(done.stdout), json.loads(done.stderr.strip().splitlines()[-1])]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_process_reports_what_a_python_caller_does(tmp_path, jobs):
    own, (own_enabled, own_frozen) = _check_json(tmp_path, True, jobs)
    plain, (plain_enabled, plain_frozen) = _check_json(tmp_path, False, jobs)
    assert own == plain and own  # the same diagnostics, and some
    assert own_enabled and own_frozen  # frozen before exit, collector on
    assert plain_enabled and not plain_frozen  # cli.main(argv): nothing frozen, nothing paused


def test_every_command_line_process_freezes_before_exit(tmp_path):
    """Not only a check: `laylint rules` lints nothing, so only the exit freezes (and nothing pauses)."""
    code = ("import gc, sys; from laylint import cli; sys.argv[1:] = ['rules']; cli.main()\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)")
    assert _probe(tmp_path, code)[-1] == "True True"
