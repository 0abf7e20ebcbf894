"""Shared test helpers: format citation sequences through the real resolver."""
from __future__ import annotations

from briefgen.authorities.load import Library
from briefgen.authorities.model import validate
from briefgen.citations import bluebook as bb
from briefgen.citations.resolve import Resolver, _terminate
from briefgen.citations.syntax import parse_cluster
from briefgen.document import Cite
from briefgen.errors import Report


def library(records: dict) -> Library:
    lib, report = Library(), Report()
    for key, rec in records.items():
        auth = validate({"id": key, **rec}, None, report)
        assert auth is not None, report.items
        lib.add(auth, report)
    assert not report.errors, report.items
    return lib


def sequence(records: dict, clusters: list[str], typeface: str = "practitioner", notes: bool = True,
             report: Report | None = None) -> list[str]:
    """Each cluster is one footnote (or one citation sentence in inline mode), in order."""
    report = report if report is not None else Report()
    r = Resolver(library(records), report, bb.Style(typeface, notes=notes))
    out = []
    for n, text in enumerate(clusters, 1):
        r.pos.next_unit(n if notes else 0)
        out.append(bb.runs_text(_terminate(r.cluster(Cite(parse_cluster(text)), capital=True))))
    return out
