"""Without --jobs, laylint starts workers only when the work is large enough and CPUs are free (issue #19)."""

import os

import pytest

from laylint.pipeline import run


@pytest.fixture
def two_cpus(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def test_an_idle_machine_offers_every_cpu(two_cpus, monkeypatch):
    monkeypatch.setattr(os, "getloadavg", lambda: (0.3, 0.2, 0.1))
    assert run.default_jobs() == 2


def test_cpus_busy_with_other_work_are_not_counted(two_cpus, monkeypatch):
    monkeypatch.setattr(os, "getloadavg", lambda: (1.4, 1.0, 0.5))
    assert run.default_jobs() == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (7.9, 6.0, 4.0))
    assert run.default_jobs() == 1


@pytest.mark.parametrize("size, expected", [(2_000, 1), (1_200_000, 1), (3_100_000, 2), (40_000_000, 2)])
def test_workers_follow_the_size_of_the_work(two_cpus, monkeypatch, size, expected):
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert run.jobs_for_work(size) == expected


def test_without_a_load_average_every_cpu_counts_as_free(two_cpus, monkeypatch):
    def unavailable():
        raise OSError("no load average")

    monkeypatch.setattr(os, "getloadavg", unavailable)
    assert run.default_jobs() == 2
