"""Authority records, checked against their kind's declaration.

One record per source: ``Authority('gao2009', 'report', {...})``. Native YAML,
CSL-JSON and BibTeX all load into the same native fields, so the Bluebook
engine reads one shape only. What each kind takes is declared once, in
:mod:`briefgen.authorities.kinds`; this module only checks records against it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.authorities.kinds import COMMON, KINDS, Field, Kind
from briefgen.errors import Location, Report, did_you_mean
from briefgen.names import AuthorityKind

__all__ = ["Authority", "validate", "KINDS", "COMMON"]


@dataclass(frozen=True)
class Authority:
    """``Authority('att', 'treaty', {'name': 'Arms Trade Treaty', 'date': '2013-04-02', ...})``."""

    id: str
    kind: AuthorityKind
    data: dict = field(compare=False)
    location: Location | None = field(default=None, compare=False)
    origin: str = "yaml"

    def get(self, name: str, default=None):
        value = self.data.get(name, default)
        return default if value in ("", None, []) else value


def _describe(value) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _is_scalar(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _is_name(value) -> bool:
    return _is_scalar(value) or (isinstance(value, dict) and bool(value.get("family") or value.get("literal")) and
                                 set(value) <= {"given", "family", "suffix", "non-dropping-particle", "literal"})


def _is_source(value) -> bool:
    return _is_scalar(value) or (isinstance(value, dict) and set(value) <= {"volume", "reporter", "page", "series",
                                                                          "number"}
                                 and all(_is_scalar(v) for v in value.values()))


def type_problem(spec: Field, value) -> str:
    """What is wrong with a field's value for its declared type, or ''."""
    from briefgen.dates import parse_date

    if value in (None, ""):
        return ""
    if spec.type == "bool":
        return "" if isinstance(value, bool) else f"true or false, not {_describe(value)}"
    if spec.type == "dates" and isinstance(value, list):
        bad = next((problem for v in value for problem in [type_problem(Field(spec.name, "date"), v)] if problem), "")
        return bad if bad or len(value) > 1 else "a date, or a list of the dates of an exchange"
    if spec.type in ("date", "dates"):
        if not _is_scalar(value):
            return f"a date, not {_describe(value)}"
        try:
            parse_date(value)
        except ValueError as exc:
            return str(exc)
        return ""
    if spec.type == "names":
        values = value if isinstance(value, list) else [value]
        bad = next((v for v in values if not _is_name(v)), None)
        return "" if bad is None else f"a name or a list of names ('Joseph Williams' or {{given: Joseph, family: " \
                                      f"Williams}}), not {_describe(bad)}"
    if spec.type == "history":
        from briefgen.authorities.history import entry_problem

        if isinstance(value, str):
            return ""
        if not isinstance(value, list):
            return f"a list of history entries, not {_describe(value)}"
        return next((p for p in map(entry_problem, value) if p), "")
    if spec.type in ("list", "sources"):
        values = value if isinstance(value, list) else [value]
        ok = _is_source if spec.type == "sources" else _is_scalar
        bad = next((v for v in values if not ok(v)), None)
        what = "text or {volume, reporter, page} or {series, number}" if spec.type == "sources" else "text"
        return "" if bad is None else f"{what} (or a list of them), not {_describe(bad)}"
    if not _is_scalar(value):
        return f"text, not {_describe(value)}" + (" (put quotes around text that reads as yes/no)"
                                                  if isinstance(value, bool) else "")
    if spec.type == "choice" and str(value) not in spec.choices:
        return f"one of {', '.join(spec.choices)}, not {value!r}"
    return ""


def _entry_where(entries, fallback):
    """Where the first faulty history entry is written (its list item), else the field."""
    from briefgen.authorities.history import entry_problem

    if isinstance(entries, list) and hasattr(entries, "where"):
        bad = next((i for i, e in enumerate(entries) if entry_problem(e)), None)
        if bad is not None:
            return entries.where(bad) or fallback
    return fallback


def validate(record: dict, location: Location | None, report: Report, where=None) -> Authority | None:
    """Check one native record against its kind; report each problem at its key; return the Authority
    or None. The hint of a field error lists every field the kind takes."""
    where = where or (lambda key=None: location)
    ident = record.get("id")
    if not _is_scalar(ident) or not str(ident).strip():
        report.error("authority record has no 'id'", where(), code="authority-field",
                     hint="every record needs an id, the key used in citations (@id)")
        return None
    ident = str(ident).strip()
    kind_name = record.get("kind")
    if not _is_scalar(kind_name) or kind_name not in KINDS:
        hint = did_you_mean(str(kind_name), KINDS) or f"kinds: {', '.join(KINDS)}"
        report.error(f"authority '{ident}': unknown kind '{kind_name}'" if kind_name else
                     f"authority '{ident}' has no 'kind'", where("kind") if kind_name else where(),
                     code="authority-kind", hint=hint)
        return None
    kind: Kind = KINDS[kind_name]
    allowed = {f.name for f in kind.fields} | {f.name for f in COMMON}
    problems = len(report.errors)
    meant = set()  # fields a misspelt key stands for: not reported missing as well (one mistake, one error)
    for key in record:
        if key in ("id", "kind"):
            continue
        spec = kind.field(key) if key in allowed else None
        if spec is None:
            close = did_you_mean(str(key), allowed)
            meant.add(close.split("'")[1] if close else "")
            report.error(f"authority '{ident}': unknown field '{key}' for kind {kind.name}", where(key),
                         code="authority-field", hint=(close + " " if close else "") + kind.summary())
            continue
        problem = type_problem(spec, record[key])
        if problem and spec.type in ("date", "dates"):
            report.error(f"authority '{ident}': {key}: {problem}", where(key), code="authority-date",
                         hint="write dates as YYYY-MM-DD, YYYY-MM or YYYY")
        elif problem and spec.type == "history":
            report.error(f"authority '{ident}': {key} must be {problem}", _entry_where(record[key], where(key)),
                         code="authority-history",
                         hint="history: [{relation: revoked by, cite: ID}, {relation: cert. denied, text: \"549 U.S. "
                              "1100 (2007)\"}] (docs/authorities.md)")
        elif problem:
            report.error(f"authority '{ident}': {key} must be {problem}", where(key), code="authority-type",
                         hint=kind.summary())
    present = {k for k, v in record.items() if v not in (None, "", [])}
    for spec in kind.fields:
        if spec.required and spec.name not in present | meant:
            report.error(f"authority '{ident}' ({kind.name}) is missing '{spec.name}'", where(),
                         code="authority-field", hint=kind.summary())
        for needed in spec.needs if spec.name in present else ():
            if needed not in present:
                report.error(f"authority '{ident}': '{spec.name}' needs '{needed}'", where(spec.name),
                             code="authority-field", hint=kind.summary())
    for group in kind.one_of:
        if not (present | meant) & set(group.split("|")):
            report.error(f"authority '{ident}' ({kind.name}) is missing '{group.replace('|', chr(39) + ' or ' + chr(39))}'",
                         where(), code="authority-field", hint=kind.summary())
    for key, message in (kind.check(record) if kind.check else []):
        report.error(f"authority '{ident}': {message}", where(key), code="authority-field", hint=kind.summary())
    if len(report.errors) > problems:
        return None
    data = {k: v for k, v in record.items() if k not in ("id", "kind")}
    return Authority(ident, kind.name, data, where())
