"""Regenerate docs/review-page.png: the review page of the seed example with one wrong number.

    python docs/make_screenshot.py     (needs Debian's chromium and the test extra's playwright)
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        summary = Path(folder) / "anti-cd20-edited.md"
        text = (ROOT / "examples" / "anti-cd20.md").read_text(encoding="utf-8")
        summary.write_text(text.replace("urinary infections (9%)", "urinary infections (19%)"), encoding="utf-8")
        report = Path(folder) / "report.html"
        subprocess.run([sys.executable, "-m", "laylint", "report", str(summary), "-o", str(report)], check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(report.as_uri())
            page.locator('main mark.claim.bad[data-text="19%"]').focus()
            page.screenshot(path=str(ROOT / "docs" / "review-page.png"), full_page=False)
            browser.close()


if __name__ == "__main__":
    main()
