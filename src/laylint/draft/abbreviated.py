"""A name that holds a long form the abstract abbreviates is also written with the abbreviation: the abstract
defines "pelvic floor muscle training (PFMT)" and names the arm "PFMT with a resistance device", a summary says
"PFMT with a device"; the drafted name "pelvic floor muscle training with resistance device" gets the alias
"PFMT with resistance device" (and "video-assisted HINTS examination" for "video-assisted head impulse, nystagmus,
test of skew examination")."""

from __future__ import annotations

import re


def _pattern(long_form: str) -> re.Pattern:
    words = [re.escape(w) for w in re.findall(r"[\w]+", long_form)]
    return re.compile(r"(?<![\w-])" + r"[\s,-]+".join(words) + r"(?![\w-])", re.I)


def add_short_forms(table: dict[str, set[str]], abbr: dict[str, str]) -> None:
    """For every name of `table` (name -> aliases) holding a defined long form as a phrase, add the name with the
    abbreviation in its place. A long form of one word is left alone (its abbreviation is rarely used inside names)."""
    pairs = [(short, _pattern(long_form)) for short, long_form in abbr.items()
             if len(short) >= 2 and len(re.findall(r"\w+", long_form)) >= 2]
    for name, aliases in table.items():
        for short, pattern in pairs:
            if not pattern.search(name):
                continue
            shortened = re.sub(r"\s+", " ", pattern.sub(short, name)).strip()
            if shortened.lower() != name.lower() and shortened != short:
                aliases.add(shortened)
