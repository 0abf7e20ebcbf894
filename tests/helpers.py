"""Shared test helpers: format citation sequences through the real resolver."""
from __future__ import annotations

from pathlib import Path

from briefgen.authorities.load import Library
from briefgen.authorities.model import validate
from briefgen.citations import bluebook as bb
from briefgen.citations.resolve import Settings, resolve
from briefgen.citations.syntax import parse_cluster
from briefgen.authorities.typeface import Style
from briefgen.document import Cite, Document, Note, Para, Str, iter_inlines
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
    """Each cluster cites one sentence of a document (one footnote in footnote mode, one citation sentence in
    inline mode), resolved by the real citations pass; returns each citation's text in order."""
    report = report if report is not None else Report()
    doc = Document(tuple(Para((Str(f"Sentence {n}."), Cite(parse_cluster(text), None, text)))
                         for n, text in enumerate(clusters, 1)))
    resolved, _ = resolve(doc, library(records), report, Settings(Style(typeface), notes))
    if notes:
        return [bb.runs_text(_runs(n.children)) for n in iter_inlines(resolved.blocks) if isinstance(n, Note)]
    return [bb.runs_text(_runs(p.children)).split(". ", 1)[1] for p in resolved.blocks]


def _runs(inlines) -> list:
    """Inlines back to styled runs (italic as "i", small caps as "sc")."""
    from briefgen.document import AuthorityMark, Emph, SmallCaps

    out = []
    for node in inlines:
        if isinstance(node, Emph):
            out += [(t, "i") for t, _ in _runs(node.children)]
        elif isinstance(node, SmallCaps):
            out += [(t, "sc") for t, _ in _runs(node.children)]
        elif isinstance(node, Str):
            out.append((node.text, ""))
        elif not isinstance(node, AuthorityMark):
            out += _runs(getattr(node, "children", ()))
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Writers print U+00A0 after §, ¶, art., No. … (briefgen.typography); helpers that compare citation forms
# read it as a space, as the shared citecheck does. tests/test_typography.py checks the spaces themselves.
NBSP = "\u00a0"


def _runs_markup(paragraphs) -> str:
    """Text of w:r runs with italic runs as *…*, adjacent italics merged (as the Markdown writer prints)."""
    runs = []
    for p in paragraphs:
        for r in p.iter(f"{W}r"):
            if r.find(f"{W}footnoteRef") is not None:
                continue
            text = "".join(t.text or "" for t in r.iter(f"{W}t"))
            rpr = r.find(f"{W}rPr")
            italic = rpr is not None and rpr.find(f"{W}i") is not None and \
                rpr.find(f"{W}i").get(f"{W}val", "true") not in ("0", "false")
            runs.append((text, "i" if italic else ""))
    return bb.runs_text(runs).strip()


def docx_footnotes(path) -> list[str]:
    """Footnote texts of a .docx, in id order, skipping the separators."""
    import zipfile
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/footnotes.xml"))
    notes = []
    for fn in root.findall(f"{W}footnote"):
        if fn.get(f"{W}type") in ("separator", "continuationSeparator") or int(fn.get(f"{W}id")) <= 0:
            continue
        notes.append((int(fn.get(f"{W}id")), _runs_markup(fn.findall(f"{W}p"))))
    return [t.replace(NBSP, " ") for _, t in sorted(notes)]


def md_footnotes(text: str) -> list[str]:
    """``[^n]: …`` definitions of a Markdown file, with escapes removed."""
    import re

    out = []
    for line in text.splitlines():
        m = re.match(r"^\[\^(\d+)\]: (.*)$", line)
        if m:
            out.append(re.sub(r"\\(.)", r"\1", m.group(2)).strip().replace(NBSP, " "))
    return out


# ---------------------------------------------------------------- letters

CONGRESS = Path(__file__).resolve().parents[2] / "shared" / "data" / "congress"   # the real congress-legislators files
LETTER = """kind: letter
title: Arms exports to Mexico
date: "2024-05-01"
letterhead: [Human Rights Clinic]
recipients: {recipients}
modules: [letter]
signature: [Jane Roe]
"""


def run(*args):
    """The real CLI, in process: ``run("build", "--to", "md")``."""
    from typer.testing import CliRunner

    from briefgen.cli import app

    return CliRunner().invoke(app, list(args))


def write(project: Path, name: str, text: str) -> Path:
    """``text`` written to ``project/name``, its folders made."""
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
