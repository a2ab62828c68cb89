"""The review page's inline CSS and JS. Colours meet WCAG AA with the dark text they sit behind;
every colour also has an icon or a text label."""

CSS = """
:root{--fg:#1b1b1b;--muted:#4a4a4a;--ok:#1b6e33;--ok-bg:#d8f3dc;--bad:#a8201a;--bad-bg:#fde2e1;
--none:#555;--none-bg:#ececec;--jargon:#5b3f8c;--over-bg:#fff0b8;--hard:#fff6cc;--vhard:#ffe1c7;--focus:#0b57d0}
*{box-sizing:border-box}body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}h1{font-size:1.6rem}h2{font-size:1.25rem;border-top:2px solid #ccc;padding-top:1rem;word-break:break-all}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;outline:3px solid var(--focus)}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media (max-width:800px){.layout{grid-template-columns:minmax(0,1fr)}}
.layout>*{min-width:0}
aside{background:#f6f6f6;padding:.75rem;border-radius:6px;font-size:.92rem}
.m{position:relative;color:var(--fg);padding:0 .1em;border-radius:3px;cursor:help}
.m .ico{font-size:.8em;margin-right:.1em}
.m.claim.ok{background:var(--ok-bg);border-bottom:2px solid var(--ok)}
.m.claim.bad{background:var(--bad-bg);border-bottom:3px double var(--bad)}
.m.claim.none{background:var(--none-bg);border-bottom:2px dotted var(--none)}
.m.jargon,.m.style{background:transparent;text-decoration:underline wavy var(--jargon);text-underline-offset:3px}
.m.overclaim{background:var(--over-bg);border-bottom:2px dashed #7a5b00}
.m:focus{outline:3px solid var(--focus);outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:1.6em;z-index:10;width:max-content;max-width:min(24rem,85vw);
background:#1b1b1b;color:#fff;padding:.5rem .6rem;border-radius:4px;font-size:.85rem;line-height:1.4;font-weight:normal}
.tip-line{display:block}.m:hover .tip,.m:focus .tip{display:block}
.s.g-hard{background:var(--hard)}.s.g-vhard{background:var(--vhard)}
.gbadge{font-size:.7rem;border:1px solid #7a5b00;border-radius:3px;padding:0 .25em;color:#5c4300;background:#fff}
.score.ok{color:var(--ok)}.score.bad{color:var(--bad)}.score{font-weight:600}
table{border-collapse:collapse}.grid td,.grid th{border:1px solid #bbb;padding:.2rem .4rem;text-align:left}
.grid.findings{width:100%;table-layout:fixed;font-size:.85rem}.grid.findings td,.grid.findings th{overflow-wrap:anywhere;hyphens:auto;padding:.2rem .3rem}
.grid.findings th:nth-child(3),.grid.findings td:nth-child(3){width:4em}.grid.findings th:nth-child(4),.grid.findings td:nth-child(4){width:5.8em}
.kv td{overflow-wrap:anywhere}
.kv th{text-align:left;padding-right:.6rem;vertical-align:top}.scroll{overflow-x:auto}
.lim{padding-left:1.1rem}.lim .ok{color:var(--ok)}.lim .bad{color:var(--bad)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.9rem}
.sev{font-weight:600}.sev.error{color:var(--bad)}.sev.warning{color:#7a5b00}.sev.info{color:var(--muted)}
.diags{font-size:.9rem}
.m.badge{font-size:.8rem;border:1px solid #7a5b00;background:var(--over-bg);white-space:nowrap}
@media print{
 .skip,.tip{display:none!important}
 body{font-size:11pt}header,main{max-width:none;padding:0}
 .layout{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}aside{break-inside:avoid}
 section.file+section.file{break-before:page}h2{break-after:avoid}
 .m,.s,.gbadge,aside{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a{color:inherit;text-decoration:none}.scroll{overflow:visible}
}
"""

# Escape closes an open tooltip by moving focus back to the page; printing opens every <details>
# (the full list of problems, all scores), so paper gets what the screen can unfold.
JS = """
document.addEventListener('keydown',function(e){if(e.key==='Escape'&&document.activeElement&&document.activeElement.classList.contains('m')){document.activeElement.blur();}});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
"""
