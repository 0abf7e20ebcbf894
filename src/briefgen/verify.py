"""``briefgen verify``: the citechecker's rules, on a project's brief or on a memo from elsewhere.

A brief spec is prepared as ``briefgen check`` prepares it (which applies the rules of
:mod:`briefgen.lint.rules`), and the plausibility rules are added. A foreign memo is read by the
importer, in memory, into the same document model, so the same rules run on it, located in its own
file; the importer adds what only hand-typed citations can get wrong (signals, T12 months, ``Art.``,
commas and parentheses, *Id.* and *supra* that point nowhere).
"""
from __future__ import annotations

import re
from pathlib import Path

from briefgen.errors import Diagnostic, Report

SPEC_SUFFIXES = (".yaml", ".yml")


def verify_path(path: Path, report: Report) -> list:
    """Check ``path``; returns the notes of a memo that hold a citation verify could not read, as
    ``[(note, Location, text)]`` (never findings: the summary counts them)."""
    from briefgen.lint import plausible

    path = Path(path)
    if path.suffix.lower() in SPEC_SUFFIXES:
        from briefgen.pipeline import prepare

        built = prepare(path, report)
        plausible.check(built.cites, built.library, report)
        return []
    return verify_foreign(path, report)


def verify_foreign(path: Path, report: Report) -> list:
    from briefgen.citations.resolve import resolve
    from briefgen.document import Document
    from briefgen.importer import _abbreviates_months, load
    from briefgen.lint import plausible, shortforms
    from briefgen.lint.rules import check_document
    from briefgen.lint.text import ellipses

    read = Report()
    imported = load(path, read, verifying=True)
    report.extend(_habits(read.items, [n.text for n in imported.source.notes.values()]))
    assert imported.library is not None   # load() always reads the memo's draft records into one
    for block in imported.source.blocks:
        ellipses(block.text.text, block.text.path, report, block.text.line, block.text.col)
    for rich in imported.source.notes.values():
        ellipses(rich.text, rich.path, report, rich.line, rich.col)
    doc = Document(tuple(imported.blocks))
    texts = [b.text.text for b in imported.source.blocks] + [n.text for n in imported.source.notes.values()]
    curled = any(ch in t for t in texts for ch in "’“”")
    found = check_document(doc, imported.library, report, date=imported.spec.get("date"), date_severity="warning",
                           curled=curled, tables=_abbreviates_months(imported.source), memo=True)
    built = Report()
    resolve(doc, imported.library, built)          # as a build would: signals out of R1.3 order
    report.extend(d for d in built.items if d.code == "signal-order")
    plausible.check([s.cite for s in found], imported.library, report)
    shortforms.before_full(_called_notes(imported.source), report)
    return imported.unread


_T12_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s(?:\d{1,2},\s)?\d{4}")


def _habits(found: list, notes: list[str]) -> list:
    """The importer's findings, with a habit told once: where a memo writes the month out in every date it gives
    (two or more, none as T12 abbreviates it), that is its way, not a slip in each note; one finding, at the
    first, lists every date with its T12 form. Where it abbreviates some, each written out is a slip."""
    months = [d for d in found if d.code == "month"]
    if len(months) < 2 or any(_T12_DATE.search(t) for t in notes):
        return found
    dates = [re.search(r"'(.*)'", d.message).group(1) for d in months]
    fixed = [d.hint.split("write ", 1)[-1] for d in months]
    first = months[0]
    told = Diagnostic(first.severity, "month", f"the memo writes the month out in every date, {len(months)} times: "
                      f"{'; '.join(dates)}", first.location, f"T12: write {'; '.join(fixed)}")
    return [told if d is first else d for d in found if d.code != "month" or d is first]


def _called_notes(source) -> list:
    """The memo's notes in the order its text calls them."""
    from briefgen.importer.sources import REF

    calls = (source.notes.get(m.group(1)) for b in source.blocks for m in REF.finditer(b.text.text))
    return [rich for rich in calls if rich is not None]
