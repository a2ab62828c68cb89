"""Validating a `source` mapping into Metadata: each problem kept with its line and column in the YAML
(metadata.from_mapping runs it; problems become `metadata/invalid` diagnostics, never exceptions)."""

from __future__ import annotations

import re

from laylint import yamlpos
from laylint.metadata_schema import (CERTAINTIES, DESIGNS, FINDING_KEYS, MEASURES, MONTHS, PLAIN_MEASURES,
                                     PROPORTION_MEASURES, SIGNED_MEASURES, SOURCE_KEYS, TOTAL_QUALIFIERS, Finding,
                                     Metadata, Problem, Quantity, SearchDate, parse_quantity)

_SEARCH_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_WRITTEN_DATE = re.compile(r"^\s*(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")


def _listing(names: dict) -> str:
    return ", ".join(sorted(names)) or "none"



class Validator:
    def __init__(self, positions: yamlpos.Positions, base: tuple, path: str | None):
        self.positions, self.base, self.path = positions, base, path
        self.problems: list[Problem] = []

    def problem(self, where: tuple, message: str, key_position: bool = False) -> None:
        full = self.base + tuple(where)
        line, column = self.positions.at(full + ("__key__",) if key_position else full)
        self.problems.append(Problem(message, line, column, self.path))

    def name_map(self, data: dict, key: str) -> dict[str, list[str]]:
        raw = data.get(key)
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problem((key,), f"source.{key} must be a mapping of name -> list of aliases")
            return {}
        result = {}
        for name, aliases in raw.items():
            if not isinstance(name, str):
                self.problem((key,), f"source.{key}: names must be text, got {name!r}")
                continue
            if aliases is None:
                aliases = []
            if isinstance(aliases, str):
                aliases = [aliases]
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                self.problem((key, name), f"source.{key}.{name} must be a list of aliases")
                aliases = []
            result[name] = aliases
        return result

    def count(self, data: dict, key: str) -> tuple[int | None, str | None]:
        """A declared total and its qualifier: `studies: 12`, or `participants: {value: 13000, qualifier:
        more-than}` when the source says only "more than 13,000 women"."""
        raw, qualifier = data.get(key), None
        if isinstance(raw, dict):
            for extra in raw.keys() - {"value", "qualifier"}:
                self.problem((key, extra), f"unknown key {extra!r} in source.{key}", key_position=True)
            qualifier = raw.get("qualifier")
            if qualifier is not None and qualifier not in TOTAL_QUALIFIERS:
                self.problem((key, "qualifier"), f"source.{key}.qualifier must be one of {', '.join(TOTAL_QUALIFIERS)}; "
                                                 f"got {qualifier!r}")
                qualifier = None
            if "value" not in raw:
                self.problem((key,), f"source.{key} needs a value (a whole number)")
                return None, None
            raw = raw["value"]
        if raw is None:
            return None, None
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            self.problem((key,), f"source.{key} must be a whole number, got {raw!r}")
            return None, None
        return raw, qualifier

    def choice(self, data: dict, key: str, allowed: tuple) -> str | None:
        raw = data.get(key)
        if raw is None:
            return None
        if raw not in allowed:
            self.problem((key,), f"source.{key} must be one of {', '.join(allowed)}; got {raw!r}")
            return None
        return raw

    def finding(self, index: int, raw, meta: Metadata) -> Finding | None:
        where = ("findings", index)
        if not isinstance(raw, dict):
            self.problem(where, "each finding must be a mapping with outcome and value")
            return None
        for key in raw:
            if key not in FINDING_KEYS:
                self.problem(where + (key,), f"unknown key {key!r} in finding", key_position=True)
        outcome, drug = raw.get("outcome"), raw.get("drug")
        usable = True  # a finding naming an undeclared drug or outcome is reported and not used for checking
        if outcome is None and raw.get("measure") == "count":
            outcome = ""  # a count of studies or people for the whole comparison
        elif not isinstance(outcome, str):
            self.problem(where, "finding needs an outcome (text)")
            return None
        elif outcome not in meta.outcomes:
            self.problem(where + ("outcome",), f"finding names outcome {outcome!r}, which is not declared in source.outcomes"
                         f" (declared: {_listing(meta.outcomes)}); the finding is not used until it is")
            usable = False
        if drug is not None and (not isinstance(drug, str) or drug not in meta.drugs):
            self.problem(where + ("drug",), f"finding names drug {drug!r}, which is not declared in source.drugs"
                         f" (declared: {_listing(meta.drugs)}); the finding is not used until it is")
            usable = False
        value = parse_quantity(raw.get("value"))
        if value is None:
            self.problem(where + ("value",), f"finding value must be a number or a percentage, got {raw.get('value')!r}")
            return None
        ci = None
        if raw.get("ci") is not None:
            bounds = raw["ci"]
            parsed = [parse_quantity(b) for b in bounds] if isinstance(bounds, list) and len(bounds) == 2 else None
            if not parsed or None in parsed:
                self.problem(where + ("ci",), f"finding ci must be [low, high] numbers, got {bounds!r}")
            elif parsed[0].percent != value.percent or parsed[1].percent != value.percent:
                self.problem(where + ("ci",), f"finding ci [{parsed[0]}, {parsed[1]}] and value {value} must all be "
                             "percentages or all plain numbers")
            elif not parsed[0].value <= value.value <= parsed[1].value:
                self.problem(where + ("ci",), f"finding ci [{parsed[0]}, {parsed[1]}] does not contain its value {value}")
            else:
                ci = (parsed[0], parsed[1])
        measure = raw.get("measure")
        if measure is not None and measure not in MEASURES:
            self.problem(where + ("measure",), f"finding measure must be one of {', '.join(MEASURES)}; got {measure!r}")
            measure = None
        self.check_value_kind(where, value, ci, measure)
        key = raw.get("key", False)
        if not isinstance(key, bool):
            self.problem(where + ("key",), "finding key must be true or false")
            key = False
        text_fields = {}
        for name in ("comparator", "population"):
            if raw.get(name) is not None and not isinstance(raw.get(name), str):
                self.problem(where + (name,), f"finding {name} must be text")
            else:
                text_fields[name] = raw.get(name)
        certainty = raw.get("certainty")
        if certainty is not None and certainty not in CERTAINTIES:
            self.problem(where + ("certainty",), f"finding certainty must be one of {', '.join(CERTAINTIES)}; got {certainty!r}")
            certainty = None
        if not usable:
            return None
        full_path, positions = self.base + where, self.positions
        locate = lambda: positions.at(full_path)  # noqa: E731 (positions are parsed only if asked)
        return Finding(outcome=outcome, value=value, drug=drug if isinstance(drug, str) else None, ci=ci,
                       measure=measure, key=key, certainty=certainty, index=index, locate=locate, **text_fields)

    def check_value_kind(self, where: tuple, value: Quantity, ci, measure: str | None) -> None:
        """Percent where a percentage belongs, a plain number where a ratio or count does."""
        if self.proportion_written_as_fraction(where, value, ci, measure):
            return
        if value.percent and measure in PLAIN_MEASURES:
            self.problem(where + ("value",), f"measure {measure} takes a plain number, not a percentage; got {value}")
        elif value.percent and not 0 <= value.value <= 100 and measure not in SIGNED_MEASURES:
            self.problem(where + ("value",), f"a percentage must be between 0% and 100%; got {value}")
        elif measure in ("proportion", "risk", "relative-reduction", "risk-difference") and not value.percent:
            self.problem(where + ("value",), f"measure {measure} takes a percentage (e.g. 11%); got {value}")
        elif measure == "count" and (value.value != int(value.value) or value.value < 0):
            self.problem(where + ("value",), f"measure count takes a whole number; got {value}")

    def proportion_written_as_fraction(self, where: tuple, value: Quantity, ci, measure: str | None) -> bool:
        """`value: 0.11, ci: [0.08, 0.15]` as an abstract writes a proportion: laylint compares
        percentages, so it asks for 11% (a hint, since the finding cannot be checked as written)."""
        if value.percent or measure not in PROPORTION_MEASURES or not 0 < value.value < 1:
            return False
        bounds = [b for b in (ci or ()) if not b.percent]
        if measure in (None, "rate") and not (bounds and all(0 <= b.value <= 1 for b in bounds) and bounds[1].value < 1):
            return False  # a bare 0.72 may be a ratio, 0.93 cases per child-year a rate; only a CI inside 0..1 looks like a proportion
        shown = lambda q: f"{q.value * 100:.4g}%"  # noqa: E731
        ci_text = f", ci: [{shown(bounds[0])}, {shown(bounds[1])}]" if len(bounds) == 2 else ""
        self.problem(where + ("value",), f"finding value {value} looks like a proportion written as a fraction: write "
                     f"value: {shown(value)}{ci_text}, not {value}; as written, no figure in the summary can match it")
        return True

    def fractions_beside_percentages(self, meta: Metadata) -> None:
        """`value: 0.11` (no measure, no CI) for an outcome whose other findings are percentages is
        a proportion written as a fraction too."""
        percent_outcomes = {f.outcome for f in meta.findings if f.value.percent and f.measure in PROPORTION_MEASURES}
        for finding in meta.findings:
            if finding.measure is None and finding.ci is None and not finding.value.percent \
                    and 0 < finding.value.value < 1 and finding.outcome in percent_outcomes:
                self.problem(("findings", finding.index, "value"), f"finding value {finding.value} looks like a proportion "
                             f"written as a fraction (the other findings for {finding.outcome} are percentages): write "
                             f"value: {finding.value.value * 100:.4g}%, not {finding.value}")

    def searched(self, data: dict) -> tuple[SearchDate, ...]:
        """`searched: 2023-03-28`, or a list when databases and registries were searched on different days."""
        raw = data.get("searched")
        if raw is None:
            return ()
        if not isinstance(raw, list):
            date = self.search_date(raw, ("searched",), "source.searched")
            return (date,) if date else ()
        if not raw:
            self.problem(("searched",), "source.searched must give at least one date (or leave the key out)")
        dates = (self.search_date(item, ("searched", i), f"source.searched[{i}]") for i, item in enumerate(raw))
        return tuple(date for date in dates if date)

    def search_date(self, raw, where: tuple, name: str) -> SearchDate | None:
        import datetime

        if isinstance(raw, datetime.date):
            return SearchDate(raw.year, raw.month, raw.day)
        match = _SEARCH_DATE.match(str(raw)) if isinstance(raw, (str, int)) and not isinstance(raw, bool) else None
        written = _WRITTEN_DATE.match(raw) if isinstance(raw, str) and match is None else None
        if written:  # "28 March 2023", "March 2023"
            day, month, year = written.groups()
            month = next((i + 1 for i, name in enumerate(MONTHS) if name.lower().startswith(month.lower()[:3])), None)
            match = _SEARCH_DATE.match(f"{year}-{month}" + (f"-{day}" if day else "")) if month else None
        if match:
            year, month, day = (int(g) if g else None for g in match.groups())
            try:
                datetime.date(year, month or 1, day or 1)
                return SearchDate(year, month, day)
            except ValueError:
                pass
        self.problem(where, f"{name} must be a date (2023-03-28, 2023-03, 2023 or 28 March 2023); got {raw!r}")
        return None

    def source(self, data) -> Metadata | None:
        if not isinstance(data, dict):
            self.problem((), f"source must be a mapping of study facts, got {type(data).__name__}")
            return None
        for key in data:
            if key not in SOURCE_KEYS:
                self.problem((key,), f"unknown key {key!r} in source", key_position=True)
        meta = Metadata()
        title = data.get("title")
        if title is not None and not isinstance(title, str):
            self.problem(("title",), "source.title must be text")
        meta.title = title if isinstance(title, str) else None
        meta.design = self.choice(data, "design", DESIGNS)
        meta.certainty = self.choice(data, "certainty", CERTAINTIES)
        observational = data.get("observational")
        if observational is not None and not isinstance(observational, bool):
            self.problem(("observational",), "source.observational must be true or false")
        meta.observational = observational if isinstance(observational, bool) else None
        meta.searches = self.searched(data)
        meta.searched = max(meta.searches, key=lambda d: (d.year, d.month or 0, d.day or 0), default=None)
        meta.participants, meta.participants_qualifier = self.count(data, "participants")
        meta.studies, meta.studies_qualifier = self.count(data, "studies")
        meta.drugs = self.name_map(data, "drugs")
        meta.outcomes = self.name_map(data, "outcomes")
        meta.extra = {k: data[k] for k in ("doi", "url", "citation") if k in data}
        findings = data.get("findings") or []
        if not isinstance(findings, list):
            self.problem(("findings",), "source.findings must be a list")
            findings = []
        for index, raw in enumerate(findings):
            finding = self.finding(index, raw, meta)
            if finding:
                meta.findings.append(finding)
        self.fractions_beside_percentages(meta)
        limitations = data.get("limitations") or []
        if isinstance(limitations, str):
            limitations = [limitations]
        if not isinstance(limitations, list) or not all(isinstance(x, str) for x in limitations):
            self.problem(("limitations",), "source.limitations must be a list of sentences")
            limitations = []
        meta.limitations = limitations
        return meta
