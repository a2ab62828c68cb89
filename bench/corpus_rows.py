"""Read a summary corpus as rows of the dev corpus's shape (id "<review>:<writer>", review, writer, title, abstract,
summary). The Devaraj corpus (tests/data/corpus/cochrane-devaraj2021.jsonl: id, source, summary, doi) becomes one
Cochrane row per review, "CD008319.PUB3:cochrane", its abstract the source paragraph, so its hand-labelled figures
(bench/data/claims-real-devaraj*) are scored from the repository alone. Any other pair (CELLS: id, source, summary)
becomes "<id>:lay", its id's characters that cannot name a file replaced. A Devaraj review whose DOI has no
version ("...CD011430") is skipped unless `versionless` (the label scorers): then it is "CD011430:cochrane"."""
from __future__ import annotations

import json
import re
from pathlib import Path

_REVIEW = re.compile(r"(CD\d{6})\.(pub\d+)", re.IGNORECASE)
_BARE_REVIEW = re.compile(r"(CD\d{6})$")


def read_rows(path: Path, versionless: bool = False) -> list[dict]:
    rows, seen = [], set()
    with path.open(encoding="utf-8") as handle:
        for row in map(json.loads, filter(str.strip, handle)):
            if "writer" not in row and "source" in row:  # a Devaraj pair
                match = _REVIEW.search(row.get("doi") or row["id"]) or _REVIEW.search(row["id"])
                if match is not None:
                    review, writer = f"{match[1]}.{match[2].upper()}", "cochrane"
                elif "doi" in row:  # a Devaraj review without a version: keyed by its bare id, or skipped
                    bare = _BARE_REVIEW.search(row.get("doi") or "") or _BARE_REVIEW.search(row["id"])
                    if not (versionless and bare):
                        continue
                    review, writer = bare[1], "cochrane"
                else:
                    review, writer = re.sub(r"[^A-Za-z0-9.-]", "-", row["id"]), "lay"
                row = {"id": f"{review}:{writer}", "review": review, "writer": writer, "title": "",
                       "abstract": row["source"], "summary": row["summary"]}
            if row["id"] not in seen:  # the first of a review's duplicate pairs
                seen.add(row["id"])
                rows.append(row)
    return rows
