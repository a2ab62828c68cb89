"""The README's Neovim 0.7-0.10 snippet (issue 18, item 9), run in a real headless Neovim: Debian's
package is 0.7, which has no vim.lsp.config. .ci/run installs Debian's `neovim`; without it the
test is skipped."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
NVIM = shutil.which("nvim")

PROBE = """
vim.cmd("edit page.md")
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = { "filetype=" .. vim.bo.filetype }
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, d.lnum .. ":" .. d.col .. ":" .. d.message) end
vim.fn.writefile(out, "out.txt")
vim.cmd("qa!")
"""


def snippet(heading: str) -> str:
    return re.search(r"```lua\n(.*?)```", README.split(heading, 1)[1], re.S).group(1)


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (apt-get install neovim)")
def test_the_readme_neovim_snippet_attaches_laylint_and_shows_its_diagnostics(tmp_path):
    (tmp_path / "page.md").write_text("# Title\n\nWe utilize it.\n", encoding="utf-8")
    (tmp_path / ".laylint.yaml").write_text("select: [style]\n", encoding="utf-8")
    version = subprocess.run([NVIM, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    major_minor = tuple(int(n) for n in re.search(r"v(\d+)\.(\d+)", version).groups())
    heading = "**Neovim 0.11 or later**" if major_minor >= (0, 11) else "**Neovim 0.7 to 0.10**"
    (tmp_path / "init.lua").write_text(snippet(heading), encoding="utf-8")
    (tmp_path / "probe.lua").write_text(PROBE, encoding="utf-8")
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"],
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"), "LAYLINT_NO_CACHE": "1"}
    done = subprocess.run([NVIM, "--headless", "-u", "init.lua", "-c", "luafile probe.lua"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["filetype=markdown", "2:3:Use 'use' instead of 'utilize'"], (version, lines)
