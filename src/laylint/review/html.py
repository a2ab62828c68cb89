"""Render FileViews as one self-contained, accessible HTML page (inline CSS and JS; no network)."""

from __future__ import annotations

from html import escape

from laylint import __version__

# Hemingway-style shading: "hard" a little above the target, "very hard" as readability/hard-sentence.
HARD_MARGIN, VERY_HARD_MARGIN = 2.0, 4.0


def _grade_class(grade, target) -> tuple[str, str]:
    if grade is None:
        return "", ""
    if grade > target + VERY_HARD_MARGIN:
        return "g-vhard", f"very hard: grade {grade:.0f}"
    if grade > target + HARD_MARGIN:
        return "g-hard", f"hard: grade {grade:.0f}"
    return "g-ok", ""


class _Ids:
    def __init__(self):
        self.n = 0

    def next(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"


def _mark_html(mark, text: str, ids: _Ids) -> str:
    tip = ids.next("tip")
    details = "".join(f"<span class=\"tip-line\">{escape(line)}</span>" for line in mark.details)
    return (f'<mark class="m {mark.category} {mark.status}" tabindex="0" aria-describedby="{tip}" '
            f'data-status="{escape(mark.label)}" data-text="{escape(text)}"><span class="ico" aria-hidden="true">{mark.icon}</span>'
            f'{escape(text)}<span class="tip" role="tooltip" id="{tip}">{details}</span></mark>')


def _badge_html(view, mark, ids: _Ids) -> str:
    """A problem whose span another mark already covers, at the end of its span: focusable, with
    an icon, a text label and the same tooltip as a mark."""
    tip = ids.next("tip")
    details = "".join(f"<span class=\"tip-line\">{escape(line)}</span>" for line in mark.details)
    text = view.prose[mark.start:mark.end].strip()
    label = "needs a hedge" if mark.label == "hedging/certainty" else (text if len(text) <= 30 else text[:29] + "…")
    return (f' <mark class="m badge {mark.category} {mark.status}" tabindex="0" aria-describedby="{tip}" '
            f'data-status="{escape(mark.label)}"><span class="ico" aria-hidden="true">{mark.icon}</span>{escape(label)}'
            f'<span class="tip" role="tooltip" id="{tip}">{details}</span></mark>')


def _sentence_html(view, start, end, grade, ids, badges=()) -> str:
    target = view.scores.get("target", 8)
    css, label = _grade_class(grade, target)
    parts, cursor = [], start
    for mark in view.marks:
        if mark.end <= start or mark.start >= end:
            continue
        mark_start, mark_end = max(mark.start, start), min(mark.end, end)
        parts.append(escape(view.prose[cursor:mark_start]))
        parts.append(_mark_html(mark, view.prose[mark_start:mark_end], ids))
        cursor = mark_end
    parts.append(escape(view.prose[cursor:end]))
    parts += [_badge_html(view, mark, ids) for mark in badges]
    badge = f' <span class="gbadge">{escape(label)}</span>' if label else ""
    title = f' data-grade="{grade:.1f}"' if grade is not None else ""
    return f'<span class="s {css}"{title}>{"".join(parts)}{badge}</span>'


def _block_html(view, block, ids) -> str:
    start, end = block.prose_start, block.prose_start + len(block.text)
    sentences = [s for s in view.sentences if start <= s[0] < end] or [(start, end, None)]
    # A badge goes at the end of the last sentence that starts before its span ends.
    badges: dict[int, list] = {}
    for mark in view.badges:
        if start < mark.end <= end + 1:
            index = max(i for i, (s_start, _, _) in enumerate(sentences) if s_start < mark.end or i == 0)
            badges.setdefault(index, []).append(mark)
    inner, cursor = [], start
    for index, (s_start, s_end, grade) in enumerate(sentences):
        inner.append(escape(view.prose[cursor:s_start]))
        inner.append(_sentence_html(view, s_start, min(s_end, end), grade, ids, badges.get(index, ())))
        cursor = min(s_end, end)
    inner.append(escape(view.prose[cursor:end]))
    tag = {"heading": "h3", "list_item": "li"}.get(block.kind, "p")
    return f"<{tag}>{''.join(inner)}</{tag}>"


def _body_html(view, ids) -> str:
    out, in_list = [], False
    for block in view.blocks:
        if block.kind == "list_item" and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        out.append(_block_html(view, block, ids))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _scores_html(view) -> str:
    scores = view.scores
    grade = scores.get("flesch_kincaid_grade")
    target = scores.get("target", 8)
    if grade is None:
        return ""
    verdict = "above target" if grade > target else "within target"
    icon = "✗" if grade > target else "✓"
    rows = "".join(f"<tr><th scope=\"row\">{escape(k.replace('_', ' '))}</th><td>{v:.1f}</td></tr>"
                   for k, v in scores.items() if isinstance(v, (int, float)) and k not in ("target",))
    return (f'<p class="score {"bad" if grade > target else "ok"}"><span aria-hidden="true">{icon}</span> '
            f'Reading grade {grade:.1f} (Flesch-Kincaid), target {target:g}: {verdict}.</p>'
            f'<details><summary>All scores</summary><table class="kv">{rows}</table></details>')


def _metadata_html(view) -> str:
    meta = view.metadata
    if meta is None:
        return "<p>No study metadata: numbers could not be checked.</p>"
    facts = [("title", meta.title), ("design", meta.design), ("observational", meta.observational),
             ("certainty", meta.certainty), ("participants", meta.participants), ("studies", meta.studies)]
    rows = "".join(f"<tr><th scope=\"row\">{k}</th><td>{escape(str(v))}</td></tr>" for k, v in facts if v is not None)
    findings = "".join(
        f"<tr><td>{escape(f.drug or '—')}</td><td>{escape(f.outcome)}</td><td>{escape(str(f.value))}</td>"
        f"<td>{escape(f'{f.ci[0]}–{f.ci[1]}') if f.ci else '—'}</td></tr>" for f in meta.findings)
    limitations = "".join(
        f'<li class="{"ok" if reflected else "bad"}"><span aria-hidden="true">{"✓" if reflected else "✗"}</span> '
        f'{escape(text)} <em>({"reflected in the text" if reflected else "missing from the text"})</em></li>'
        for text, reflected in view.limitations)
    return (f'<table class="kv">{rows}</table><h4>Study findings</h4><div class="scroll"><table class="grid findings">'
            f"<thead><tr><th scope=\"col\">drug</th><th scope=\"col\">outcome</th><th scope=\"col\">value</th>"
            f"<th scope=\"col\">95% CI</th></tr></thead>"
            f"<tbody>{findings}</tbody></table></div><h4>Limitations</h4><ul class=\"lim\">{limitations or '<li>none listed</li>'}</ul>")


def _diagnostics_html(view) -> str:
    items = "".join(f"<li><span class=\"sev {d.severity}\">{d.severity}</span> line {d.line}: "
                    f"<code>{escape(d.rule)}</code> {escape(d.message)}</li>" for d in view.diagnostics)
    count = len(view.diagnostics)
    return (f"<details><summary>All {count} problem{'s' if count != 1 else ''} laylint found, as a list</summary>"
            f"<ul class=\"diags\">{items}</ul></details>")


def _file_html(view, index: int, ids: _Ids) -> str:
    head = f'<h2 id="file-{index}">{escape(view.path)}</h2>'
    if view.unreadable:
        return f'<section class="file">{head}<p class="score bad">✗ {escape(view.unreadable)}</p></section>'
    return (f'<section class="file" aria-labelledby="file-{index}">{head}{_scores_html(view)}'
            f'<div class="layout"><article class="summary" aria-label="summary text">{_body_html(view, ids)}</article>'
            f'<aside aria-label="study metadata"><h3>Source</h3>{_metadata_html(view)}</aside></div>'
            f"{_diagnostics_html(view)}</section>")


def _overview_html(views) -> str:
    families = sorted({f for v in views for f in v.counts()})
    head = "".join(f"<th scope=\"col\">{escape(f)}</th>" for f in families)
    rows = []
    for index, view in sorted(enumerate(views), key=lambda iv: (iv[1].severity_key(), iv[1].path)):
        counts = view.counts()
        cells = "".join(f"<td>{counts.get(f, 0)}</td>" for f in families)
        errors = sum(1 for d in view.diagnostics if d.severity == "error")
        rows.append(f'<tr><th scope="row"><a href="#file-{index}">{escape(view.path)}</a></th><td>{errors}</td>{cells}</tr>')
    return (f'<div class="scroll"><table class="grid overview"><caption>Files, worst first</caption><thead><tr><th scope="col">file</th>'
            f'<th scope="col">errors</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


LEGEND = ('<ul class="legend" aria-label="legend">'
          '<li><mark class="m claim ok"><span class="ico">✓</span>11%</mark> number matches the source</li>'
          '<li><mark class="m claim bad"><span class="ico">✗</span>19%</mark> number wrong, on the wrong pair, or not in the source</li>'
          '<li><mark class="m claim ok"><span class="ico">✓</span>55</mark> count of studies or people matches the source</li>'
          '<li><mark class="m claim none"><span class="ico">•</span>2024</mark> number not compared</li>'
          '<li><mark class="m jargon issue"><span class="ico">?</span>term</mark> jargon or acronym</li>'
          '<li><mark class="m overclaim issue"><span class="ico">⚑</span>causes</mark> overclaim, or a finding without '
          'the hedge its evidence needs</li>'
          '<li><span class="s g-hard">hard sentence <span class="gbadge">hard</span></span> '
          '<span class="s g-vhard">very hard <span class="gbadge">very hard</span></span></li></ul>')


def render(views) -> str:
    from laylint.review.style import CSS, JS

    ids = _Ids()
    files = "\n".join(_file_html(view, index, ids) for index, view in enumerate(views))
    overview = _overview_html(views) if len(views) > 1 else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>laylint review</title><style>{CSS}</style></head><body>"
            f'<a class="skip" href="#main">Skip to the summaries</a>'
            f"<header><h1>laylint review</h1><p>laylint {__version__}: {len(views)} file{'s' if len(views) != 1 else ''}. "
            f"Hover over or tab to a highlighted word to see what laylint read and compared.</p>{LEGEND}{overview}</header>"
            f'<main id="main">{files}</main><script>{JS}</script></body></html>\n')
