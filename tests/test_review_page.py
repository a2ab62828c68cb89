"""The review page, rendered in a real headless Chromium (Debian's chromium, driven by Playwright)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "anti-cd20.md"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


COUNTS = """\
---
source:
  design: meta-analysis
  certainty: low
  participants: 14548
  studies: 55
  drugs: {rituximab: [Rituxan]}
  outcomes: {low antibody levels: [hypogammaglobulinemia]}
  findings:
    - {drug: rituximab, outcome: low antibody levels, value: 11%, ci: [8%, 15%]}
---
# Rituximab and antibody levels

We looked at 55 studies with 14,548 people. About 11% of people on rituximab had low antibody levels.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    shutil.copy(SEED, folder / "anti-cd20.md")
    mutated = SEED.read_text(encoding="utf-8").replace("urinary infections (9%)", "urinary infections (19%)")
    (folder / "anti-cd20-mutated.md").write_text(mutated, encoding="utf-8")
    (folder / "counts.md").write_text(COUNTS, encoding="utf-8")
    # hedging/certainty is off by default; the page must still mark its problems when a team turns it on
    (folder / ".laylint.yaml").write_text("rules:\n  hedging/certainty: {enabled: true}\n", encoding="utf-8")
    output = folder / "report.html"
    run = subprocess.run([sys.executable, "-m", "laylint", "report", str(folder), "-o", str(output)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return output


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, report, width=1200):
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems, requests = [], []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    return page, problems, requests


def test_report_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "the page must load nothing from the network"
    assert "<style>" in html and "<script>" in html


def test_mismatched_number_is_marked_and_names_the_finding(browser, report, tmp_path):
    page, problems, requests = open_page(browser, report)
    mark = page.locator('main mark.claim.bad[data-text="19%"]')
    assert mark.count() == 1
    mark.focus()  # keyboard focus shows the tooltip, not only hover
    tooltip = mark.locator("[role=tooltip]")
    assert tooltip.is_visible()
    text = tooltip.inner_text()
    assert "rituximab" in text and "genito-urinary infection" in text and "9%" in text
    verified = page.locator('main mark.claim.ok[data-text="12%"]')
    assert verified.count() == 2  # the seed and the copy both state the verified 12%
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    assert (tmp_path / "review.png").stat().st_size > 10_000
    assert problems == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests


def test_every_highlight_is_keyboard_focusable_and_labelled(browser, report):
    page, _, _ = open_page(browser, report)
    marks = page.locator("main mark.m")
    assert marks.count() > 5
    for index in range(marks.count()):
        mark = marks.nth(index)
        assert mark.get_attribute("tabindex") == "0"
        assert mark.locator(".ico").inner_text().strip() in {"✓", "✗", "•", "?", "⚑"}


def test_readable_on_a_phone(browser, report):
    page, problems, _ = open_page(browser, report, width=375)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page scrolls sideways by {overflow}px on a phone"
    assert problems == []


CONTRAST_JS = """
() => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const selector = 'mark.m, .gbadge, .score, .lim li, .sev, .s.g-hard, .s.g-vhard, .tip-line, main p, main li';
  return [...document.querySelectorAll(selector)].map(el => {
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    return [el.className || el.tagName, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)];
  });
}
"""


def test_text_contrast_meets_wcag_aa(browser, report):
    page, _, _ = open_page(browser, report)
    page.locator('main mark.claim.bad[data-text="19%"]').focus()  # a visible tooltip is measured too
    ratios = page.evaluate(CONTRAST_JS)
    assert len(ratios) > 20
    low = [(name, round(ratio, 2)) for name, ratio in ratios if ratio < 4.5]
    assert not low, f"below WCAG AA 4.5:1: {low[:10]}"


# --- issue 18, item 8 -------------------------------------------------------------------------------

PANEL_JS = """
() => [...document.querySelectorAll('aside table')].map(table => {
  const aside = table.closest('aside').getBoundingClientRect();
  const scroller = table.parentElement;
  const cells = [...table.querySelectorAll('th, td')];
  return {clipped: cells.filter(c => c.getBoundingClientRect().right > aside.right + 1).map(c => c.textContent),
          scrolls: scroller.scrollWidth > scroller.clientWidth + 1};
})
"""


@pytest.mark.parametrize("width", [375, 1280])
def test_the_side_panel_tables_fit_without_clipped_columns(browser, report, width):
    page, problems, _ = open_page(browser, report, width=width)
    tables = page.evaluate(PANEL_JS)
    assert len(tables) >= 6  # facts and study findings of each file
    assert all(not t["clipped"] and not t["scrolls"] for t in tables), tables
    header = page.locator("aside table.findings th").all_inner_texts()[:4]
    assert header == ["drug", "outcome", "value", "95% CI"]
    assert page.locator("aside table.findings td", has_text="8%–15%").first.is_visible()
    assert problems == []


def test_words_problems_for_diagnostics_and_study_findings_for_facts(browser, report):
    page, _, _ = open_page(browser, report)
    summaries = page.locator("main details > summary").all_inner_texts()
    assert any(re.fullmatch(r"All \d+ problems laylint found, as a list", text) for text in summaries), summaries
    assert "findings" not in " ".join(t for t in summaries if t.startswith("All"))
    assert page.locator("aside h4", has_text="Study findings").count() == 3


def test_declared_counts_are_shown_as_checked(browser, report):
    page, _, _ = open_page(browser, report)
    for text in ("55", "14,548"):
        mark = page.locator(f'main mark.claim[data-text="{text}"]')
        assert mark.count() == 1 and "ok" in mark.get_attribute("class").split()
        assert "count" in mark.get_attribute("data-status")


def test_certainty_problems_are_marked_in_the_text(browser, report):
    page, _, _ = open_page(browser, report)
    badges = page.locator('main mark.badge[data-status="hedging/certainty"]')
    assert badges.count() >= 3  # the seed's two (and its copy's), the counts file's one
    badge = badges.first
    assert badge.get_attribute("tabindex") == "0" and "needs a hedge" in badge.inner_text()
    badge.focus()
    assert "low certainty" in badge.locator("[role=tooltip]").inner_text()


def test_the_page_is_written_with_the_umask_like_any_new_file(report):
    assert report.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    current = os.umask(0)
    os.umask(current)
    return current


def test_print_stylesheet_hides_tooltips_and_the_skip_link(browser, report):
    page, _, _ = open_page(browser, report)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).display") == "none"
    page.locator('main mark.claim.bad[data-text="19%"]').focus()
    assert page.evaluate("getComputedStyle(document.querySelector('main mark.claim.bad .tip')).display") == "none"
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("[...document.querySelectorAll('details')].every(d => d.open)")
