"""Which citations a file holds: a memo's (read by eyecite, note by note) or a brief's (its cited
records), or every record of a project (``briefgen check --online``). U.S. cases go to a case
register; U.S. Code sections to the Code, when a downloaded copy is named."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import Report
from briefgen.online import Cited, extract, uscode

SPEC_SUFFIXES = (".yaml", ".yml")


@dataclass
class Gathered:
    cases: list[Cited] = field(default_factory=list)
    statutes: list[Cited] = field(default_factory=list)


def from_memo(path: Path, report: Report) -> Gathered:
    """Every full case citation and U.S.C. section of a memo's notes and body, each located where it is."""
    from briefgen.importer.sources import read

    source = read(Path(path))
    label = "footnote" if source.path.suffix.lower() == ".docx" else "note"
    out = Gathered()
    shorts: list[tuple[str, str, str]] = []
    texts = [(b.text, "") for b in source.blocks] + [(rich, f"{label} {ident}") for ident, rich in source.notes.items()]
    for rich, where in texts:
        found, short = extract.from_text(rich.text, rich.where, where)
        out.cases += found
        out.statutes += uscode.from_text(rich.text, rich.where, where)
        shorts += [(key, written, where) for key, written in short]
    full = {c.citation.rsplit(" ", 1)[0] for c in out.cases}
    orphans = [(written, where) for key, written, where in shorts if key not in full]
    if orphans:
        shown = ", ".join(f"{s} ({w})" if w else s for s, w in orphans[:8])
        report.warning(f"{len(orphans)} short case citation{'s' if len(orphans) != 1 else ''} with no full citation "
                       f"in the memo, so not looked up: {shown}{' …' if len(orphans) > 8 else ''}", None,
                       code="case-unchecked", hint="a short form names no first page; cite the case in full first")
    return out


def from_brief(path: Path) -> Gathered:
    """The records a brief cites, each located at its record."""
    from briefgen.pipeline import prepare

    built = prepare(Path(path), Report())     # the brief's own findings are verify's, reported there
    keys = list(dict.fromkeys(item.key for cluster in built.cites for item in getattr(cluster, "items", ())))
    return _records([built.library[k] for k in keys if built.library and k in built.library])


def from_project(library) -> Gathered:
    """Every record of a project."""
    return _records(list(library.by_id.values()))


def _records(auths) -> Gathered:
    out = Gathered()
    for auth in auths:
        case = extract.from_record(auth) if auth.kind == "case" else None
        statute = uscode.from_record(auth)
        if case is not None:
            out.cases.append(case)
        if statute is not None:
            out.statutes.append(statute)
    return out


def citations(path: Path, report: Report) -> Gathered:
    path = Path(path)
    return from_brief(path) if path.suffix.lower() in SPEC_SUFFIXES else from_memo(path, report)
