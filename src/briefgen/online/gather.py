"""Which case citations a file holds: a memo's (read by eyecite, note by note) or a brief's (its cited
case records), or every case record of a project (``briefgen check --online``)."""
from __future__ import annotations

from pathlib import Path

from briefgen.errors import Report
from briefgen.online import CaseCite
from briefgen.online import extract

SPEC_SUFFIXES = (".yaml", ".yml")


def from_memo(path: Path, report: Report) -> list[CaseCite]:
    """Every full case citation of a memo's notes and body, each located at its note."""
    from briefgen.importer.sources import read

    source = read(Path(path))
    label = "footnote" if source.path.suffix.lower() == ".docx" else "note"
    cites: list[CaseCite] = []
    shorts: list[tuple[str, str, str]] = []
    texts = [(b.text, "") for b in source.blocks] + [(rich, f"{label} {ident}") for ident, rich in source.notes.items()]
    for rich, where in texts:
        found, short = extract.from_text(rich.text, rich.where, where)
        cites += found
        shorts += [(key, written, where) for key, written in short]
    full = {c.citation.rsplit(" ", 1)[0] for c in cites}
    orphans = [(written, where) for key, written, where in shorts if key not in full]
    if orphans:
        shown = ", ".join(f"{s} ({w})" if w else s for s, w in orphans[:8])
        report.warning(f"{len(orphans)} short case citation{'s' if len(orphans) != 1 else ''} with no full citation "
                       f"in the memo, so not looked up: {shown}{' …' if len(orphans) > 8 else ''}", None,
                       code="case-unchecked", hint="a short form names no first page; cite the case in full first")
    return cites


def from_brief(path: Path, report: Report) -> list[CaseCite]:
    """The case records a brief cites, each located at its record."""
    from briefgen.pipeline import prepare

    built = prepare(Path(path), Report())     # the brief's own findings are verify's, reported there
    keys = list(dict.fromkeys(item.key for cluster in built.cites for item in getattr(cluster, "items", ())))
    return _records([built.library[k] for k in keys if built.library and k in built.library])


def from_project(library) -> list[CaseCite]:
    """Every case record of a project."""
    return _records(list(library.by_id.values()))


def _records(auths) -> list[CaseCite]:
    out = []
    for auth in auths:
        if auth.kind == "case":
            cite = extract.from_record(auth)
            if cite is not None:
                out.append(cite)
    return out


def case_cites(path: Path, report: Report) -> list[CaseCite]:
    path = Path(path)
    return from_brief(path, report) if path.suffix.lower() in SPEC_SUFFIXES else from_memo(path, report)
