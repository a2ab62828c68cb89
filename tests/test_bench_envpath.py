"""The bench scripts run laylint with a temporary folder as cwd: a relative PYTHONPATH must become absolute first."""
import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("envpath", ROOT / "bench/envpath.py")
envpath = importlib.util.module_from_spec(spec)
spec.loader.exec_module(envpath)


def test_relative_entries_are_resolved_against_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    environ = {"PYTHONPATH": os.pathsep.join(["src", "/abs/other", ""])}
    envpath.absolute_pythonpath(environ)
    assert environ["PYTHONPATH"].split(os.pathsep) == [str((tmp_path / "src").resolve()), str(Path("/abs/other").resolve())]


def test_no_pythonpath_stays_absent():
    environ = {}
    envpath.absolute_pythonpath(environ)
    assert "PYTHONPATH" not in environ
