"""The command line: thin commands over the library; the only place that prints and exits.

Heavy libraries (python-docx, typst, markdown-it-py, jinja2) load inside commands,
so ``briefgen --help`` starts at once.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from briefgen import __version__

app = typer.Typer(add_completion=True, no_args_is_help=True, rich_markup_mode=None,
                  help="Assemble legal briefs from argument modules and an authorities database.\n\n"
                       "Example: briefgen build briefs/att-mexico-memo.yaml --to docx,md")

DEFAULT_FORMATS = "docx,pdf"


def _version(value: bool):
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback for every error."),
):
    """Assemble legal briefs with Bluebook citations into DOCX, PDF and Markdown."""
    if debug:
        os.environ["BRIEFGEN_DEBUG"] = "1"


def _fail(exc) -> None:
    """Print a BriefgenError's diagnostics and exit 1 (2 for usage errors)."""
    from briefgen.errors import UsageError

    if os.environ.get("BRIEFGEN_DEBUG"):
        import traceback

        traceback.print_exception(exc)
    for d in exc.diagnostics:
        typer.echo(d.format(), err=True)
    raise typer.Exit(2 if isinstance(exc, UsageError) else 1)


def _briefs(briefs: list[Path] | None) -> list[Path]:
    from briefgen.errors import UsageError
    from briefgen.project import Project

    if briefs:
        return list(briefs)
    project = Project.find(Path.cwd())
    found = project.brief_files()
    if not found:
        raise UsageError("no briefs/*.yaml in this project", code="no-briefs")
    return found


def _formats(to: str) -> list[str]:
    from briefgen.build import FORMATS
    from briefgen.errors import UsageError

    formats = [f.strip().lower() for f in to.split(",") if f.strip()]
    for f in formats:
        if f not in FORMATS:
            raise UsageError(f"unknown output format '{f}'", code="format", hint="use docx, pdf or md")
    return formats


@app.command()
def build(
    briefs: Optional[List[Path]] = typer.Argument(None, help="Brief specs; default: every briefs/*.yaml here."),
    to: str = typer.Option(DEFAULT_FORMATS, "--to", help="Comma-separated formats: docx, pdf, md."),
    out: Path = typer.Option(Path("build"), "--out", help="Output folder."),
    pdf_standard: Optional[str] = typer.Option(None, "--pdf-standard", help="PDF standard, e.g. a-2b (PDF/A-2b)."),
):
    """Build briefs into DOCX, PDF and Markdown.

    Example: briefgen build briefs/att-mexico-memo.yaml --to docx,md --out build
    """
    from briefgen.build import build as build_one
    from briefgen.errors import BriefgenError, Report

    try:
        formats = _formats(to)
        paths = _briefs(briefs)
    except BriefgenError as exc:
        _fail(exc)
    failed = False
    for path in paths:
        report = Report()
        try:
            built = build_one(path, formats, out, report, pdf_standard)
        except BriefgenError as exc:
            for d in exc.diagnostics:
                typer.echo(d.format(), err=True)
            if os.environ.get("BRIEFGEN_DEBUG"):
                import traceback

                traceback.print_exception(exc)
            failed = True
            from briefgen.errors import UsageError

            if isinstance(exc, UsageError):
                raise typer.Exit(2)
            continue
        for d in report.warnings + built_warnings(built):
            typer.echo(d.format() if hasattr(d, "format") else f"warning: {d}", err=True)
        names = ", ".join(str(f) for f in built.files)
        n = built.footnotes
        typer.echo(f"wrote {names} ({n} footnote{'' if n == 1 else 's'})")
    if failed:
        raise typer.Exit(1)


def built_warnings(built) -> list:
    return list(built.warnings)


@app.command()
def cite(
    key: Optional[str] = typer.Argument(None, help="Authority id."),
    pin: str = typer.Option("", "--pin", help="Pin cite: 19, art. 7(1), § 2778(b), ¶ 12."),
    signal: str = typer.Option("", "--signal", help="Signal, e.g. 'see also'."),
    paren: str = typer.Option("", "--paren", help="Explanatory parenthetical."),
    fmt: str = typer.Option("md", "--format", help="md (italics as *…*) or text."),
    all_: bool = typer.Option(False, "--all", help="Print every authority of the project."),
    style: str = typer.Option("practitioner", "--style", help="practitioner or law-review."),
):
    """Print an authority's full citation for copy and paste.

    Example: briefgen cite att --pin "art. 7(1)" --signal see
    """
    from briefgen.authorities.load import load_library
    from briefgen.citations import bluebook as bb
    from briefgen.citations.resolve import Resolver
    from briefgen.citations.syntax import parse_item
    from briefgen.document import Cite
    from briefgen.errors import BriefgenError, Report, UsageError
    from briefgen.project import Project

    try:
        project = Project.find(Path.cwd())
        report = Report()
        lib = load_library(project.authorities, report)
        report.raise_if_errors()
        if all_:
            keys = list(lib.by_id)
        elif key:
            keys = [key]
        else:
            raise UsageError("name an authority or pass --all", code="usage")
        for k in keys:
            item = f"{signal + ' ' if signal else ''}@{k}{', ' + pin if pin else ''}{' (' + paren + ')' if paren else ''}"
            resolver = Resolver(lib, report, bb.Style(style))
            runs = resolver.cluster(Cite((parse_item(item),)), capital=True)
            report.raise_if_errors()
            from briefgen.citations.resolve import _terminate

            runs = _terminate(runs)
            text = bb.runs_text(runs) if fmt == "md" else bb.plain(runs)
            typer.echo(f"{k}: {text}" if all_ else text)
    except BriefgenError as exc:
        _fail(exc)


def main() -> None:
    try:
        app(prog_name="briefgen")
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
