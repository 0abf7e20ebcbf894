"""Authority records and the fields each kind takes.

One record per source: ``Authority('gao2009', 'report', {...})``. Native YAML,
CSL-JSON and BibTeX all load into the same native fields, so the Bluebook
engine reads one shape only.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.errors import Location, Report, did_you_mean

COMMON = {"id", "kind", "short", "hereinafter", "url", "accessed", "note", "lang", "unpinned"}

# kind -> (required fields, optional fields). "a|b" means one of a or b is required.
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "case": (("name",), ("reporter", "volume", "page", "court", "year", "date", "parallel", "history", "docket",
                         "database", "number", "series", "decision")),
    "statute": (("code|public_law",), ("name", "title", "section", "year", "publisher", "volume", "reporter", "page",
                                       "supplement")),
    "regulation": (("code",), ("name", "title", "section", "part", "volume", "page", "date", "year", "codified")),
    "constitution": (("name",), ("year",)),
    "treaty": (("name", "date"), ("parties", "sources")),
    "un-document": (("symbol",), ("author", "title", "date", "year", "body")),
    "legislative": (("type", "title|number"), ("number", "title", "congress", "date", "year")),
    "book": (("title",), ("authors", "editors", "translators", "edition", "publisher", "year", "original_year",
                          "volume", "in", "in_editors")),
    "report": (("title",), ("author", "authors", "number", "date", "year")),
    "article": (("title", "journal"), ("authors", "volume", "page", "year", "date", "genre")),
    "news": (("title", "publication"), ("authors", "date", "page", "genre", "time")),
    "web": (("title|site",), ("authors", "author", "site", "title", "date", "time")),
    "letter": (("author|title",), ("title", "recipient", "date", "genre", "database", "on_file")),
    "foreign-decision": (("court", "name|number"), ("name", "number", "date", "year", "country", "translation",
                                                    "reporter")),
    "court-filing": (("title", "case"), ("court", "docket", "date", "ecf")),
}

LEGISLATIVE_TYPES = {"bill", "resolution", "hearing", "report", "document", "debate"}


@dataclass(frozen=True)
class Authority:
    """``Authority('att', 'treaty', {'name': 'Arms Trade Treaty', 'date': '2013-04-02', ...})``."""

    id: str
    kind: str
    data: dict = field(compare=False)
    location: Location | None = field(default=None, compare=False)
    origin: str = "yaml"

    def get(self, name: str, default=None):
        value = self.data.get(name, default)
        return default if value in ("", None, []) else value


def validate(record: dict, location: Location | None, report: Report, where=None) -> Authority | None:
    """Check one native record; report problems at their keys; return the Authority or None."""
    where = where or (lambda key=None: location)
    ident = record.get("id")
    if not isinstance(ident, (str, int)) or not str(ident).strip():
        report.error("authority record has no 'id'", where(), code="authority-field",
                     hint="every record needs an id, the key used in citations (@id)")
        return None
    ident = str(ident).strip()
    kind = record.get("kind")
    if kind not in KINDS:
        hint = did_you_mean(str(kind), KINDS) or f"kinds: {', '.join(KINDS)}"
        report.error(f"authority '{ident}': unknown kind '{kind}'" if kind else f"authority '{ident}' has no 'kind'",
                     where("kind") if kind else where(), code="authority-kind", hint=hint)
        return None
    required, optional = KINDS[kind]
    allowed = COMMON | set(optional) | {f for r in required for f in r.split("|")}
    ok = True
    for key in record:
        if key not in allowed:
            report.error(f"authority '{ident}': unknown field '{key}' for kind {kind}", where(key),
                         code="authority-field", hint=did_you_mean(str(key), allowed) or
                         f"{kind} takes: {', '.join(sorted(allowed - COMMON))}")
            ok = False
    for req in required:
        if not any(record.get(f) not in (None, "", []) for f in req.split("|")):
            wanted = "' or '".join(req.split("|"))
            report.error(f"authority '{ident}' ({kind}) is missing '{wanted}'", where(),
                         code="authority-field")
            ok = False
    if kind == "legislative" and record.get("type") not in LEGISLATIVE_TYPES:
        report.error(f"authority '{ident}': legislative type must be one of {', '.join(sorted(LEGISLATIVE_TYPES))}",
                     where("type"), code="authority-field")
        ok = False
    for key in ("date", "accessed"):
        if record.get(key) not in (None, ""):
            from briefgen.citations.dates import parse_date

            try:
                parse_date(record[key])
            except ValueError as exc:
                report.error(f"authority '{ident}': {key}: {exc}", where(key), code="authority-date",
                             hint="write dates as YYYY-MM-DD, YYYY-MM or YYYY")
                ok = False
    if not ok:
        return None
    data = {k: v for k, v in record.items() if k not in ("id", "kind")}
    return Authority(ident, kind, data, where())
