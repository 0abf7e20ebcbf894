"""``briefgen verify``: the citechecker's rules, on a project's brief or on a memo from elsewhere.

A brief spec is prepared as ``briefgen check`` prepares it (which applies the rules of
:mod:`briefgen.lint.rules`), and the plausibility rules are added. A foreign memo is read by the
importer, in memory, into the same document model, so the same rules run on it, located in its own
file; the importer adds what only hand-typed citations can get wrong (signals, T12 months, ``Art.``,
commas and parentheses, *Id.* and *supra* that point nowhere).
"""
from __future__ import annotations

from pathlib import Path

from briefgen.errors import Report

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

    start = len(report.items)
    imported = load(path, report, verifying=True)
    _habits(report, start, imported.source, imported.court_style)
    assert imported.library is not None   # load() always reads the memo's draft records into one
    for block in imported.source.blocks:
        ellipses(block.text.text, block.text.path, report, block.text.line, block.text.col)
    for rich in imported.source.notes.values():
        ellipses(rich.text, rich.path, report, rich.line, rich.col)
    doc = Document(tuple(imported.blocks))
    texts = [b.text.text for b in imported.source.blocks] + [n.text for n in imported.source.notes.values()]
    curled = any(ch in t for t in texts for ch in "’“”")
    checked = Report()
    found = check_document(doc, imported.library, checked, date=imported.spec.get("date"), date_severity="warning",
                           curled=curled, tables=_abbreviates_months(imported.source), memo=True)
    # in a house style, a record's periodical or agency written out, or a story cited without its address, is the
    # style's, not a slip: the notes' own text is checked against the style instead
    from briefgen.lint.habits import tax_court_regulations

    kept = tax_court_regulations(checked.items, list(imported.source.notes.values()))
    report.extend(d for d in kept if not (imported.house_style and d.code in ("abbreviation", "missing-url")
                                          and d.message.startswith("authority '")))
    seen: set = set()     # one date read twice (by its citation and by the note's own check) is one finding
    once = []
    for d in report.items:
        key = (d.code, d.message, d.location and d.location.line)
        if key not in seen:
            seen.add(key)
            once.append(d)
    report.items[:] = once
    built = Report()
    resolve(doc, imported.library, built)          # as a build would: signals out of R1.3 order
    report.extend(d for d in built.items if d.code == "signal-order")
    plausible.check([s.cite for s in found], imported.library, report)
    shortforms.before_full(_called_notes(imported.source), report)
    shortforms.forward_references(_numbered_notes(imported.source), report)
    return imported.unread


def _habits(report, start: int, source, court: bool = False) -> None:
    """What the memo does every time, told once (or not at all in a house style that does it by rule)."""
    from briefgen.importer import _abbreviates_months
    from briefgen.lint.habits import court_forms, roman_signals

    report.items[start:] = roman_signals(report.items[start:], list(source.notes.values()),
                                         _abbreviates_months(source))
    if court:
        report.items[start:] = court_forms(report.items[start:])


def _numbered_notes(source) -> list:
    """``(number, note)`` in the order the text calls them: the number the memo prints (a Word footnote's, its
    place in that order)."""
    from briefgen.importer.sources import REF

    out: list = []
    for b in source.blocks:
        for m in REF.finditer(b.text.text):
            rich = source.notes.get(m.group(1))
            if rich is not None:
                printed = m.group(1).isdigit() and source.path.suffix.lower() != ".docx"
                out.append((int(m.group(1)) if printed else len(out) + 1, rich))
    return out


def _called_notes(source) -> list:
    """The memo's notes in the order its text calls them."""
    from briefgen.importer.sources import REF

    calls = (source.notes.get(m.group(1)) for b in source.blocks for m in REF.finditer(b.text.text))
    return [rich for rich in calls if rich is not None]
