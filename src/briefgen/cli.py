"""The command line: thin commands over the library; the only place that prints and exits.

Heavy libraries (python-docx, typst, markdown-it-py, jinja2) load inside commands,
so ``briefgen --help`` starts at once.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import typer

from briefgen import __version__
from briefgen.console import Console

app = typer.Typer(add_completion=True, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Assemble legal briefs from argument modules and an authorities database.\n\n"
                       "Example: briefgen build briefs/att-mexico-memo.yaml --to docx,md")

DEFAULT_FORMATS = "docx,pdf"
PDF_STANDARDS = ("1.4", "1.5", "1.6", "1.7", "2.0", "a-1b", "a-1a", "a-2b", "a-2u", "a-2a", "a-3b", "a-3u", "a-3a",
                 "a-4", "a-4f", "a-4e", "ua-1")


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
    console = Console()
    for d in exc.diagnostics:
        console.diagnostic(d)
    raise typer.Exit(2 if isinstance(exc, UsageError) else 1)


def _briefs(briefs: list[Path] | None) -> list[Path]:
    from briefgen.errors import UsageError, display_path
    from briefgen.project import Project

    if briefs:
        return list(briefs)
    project = Project.find(Path.cwd())
    found = [Path(display_path(p)) for p in project.brief_files()]
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


@dataclass
class BuildOptions:
    formats: list
    out: Path
    pdf_standard: str | None = None
    legislators: str | None = None
    shard: str | None = None
    combined: bool = False
    jobs: int | None = None


@app.command()
def build(
    briefs: Optional[List[Path]] = typer.Argument(None, help="Brief specs; default: every briefs/*.yaml here."),
    to: str = typer.Option(DEFAULT_FORMATS, "--to", help="Comma-separated formats: docx, pdf, md."),
    out: Path = typer.Option(Path("build"), "--out", help="Output folder."),
    pdf_standard: Optional[str] = typer.Option(None, "--pdf-standard", help="PDF standard, e.g. a-2b (PDF/A-2b)."),
    legislators: Optional[str] = typer.Option(None, "--legislators", help="Folder of congress-legislators files."),
    shard: Optional[str] = typer.Option(None, "--shard", help="Build the K-th of N slices of a letter batch: K/N."),
    combined: bool = typer.Option(False, "--combined", help="Also write one PDF of all letters, for printing."),
    jobs: Optional[int] = typer.Option(None, "--jobs", help="Worker processes for letter batches (default: cores)."),
    watch: bool = typer.Option(False, "--watch", help="Rebuild whenever a spec, module, fact, authority or style "
                                                      "changes (Ctrl-C stops)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON report (files, counts, diagnostics)."),
):
    """Build briefs into DOCX, PDF and Markdown.

    Example: briefgen build briefs/att-mexico-memo.yaml --to docx,md --out build
    """
    from briefgen.errors import BriefgenError, UsageError

    try:
        if pdf_standard is not None and pdf_standard not in PDF_STANDARDS:
            raise UsageError(f"unknown PDF standard '{pdf_standard}'", code="usage",
                             hint=f"use one of {', '.join(PDF_STANDARDS)}")
        options = BuildOptions(_formats(to), out, pdf_standard, legislators, shard, combined, jobs)
        paths = _briefs(briefs)
    except BriefgenError as exc:
        _fail(exc)
    console = Console(quiet, as_json)
    failed = _build_all(paths, options, console)
    console.summary()
    if watch:
        _watch(paths, options, quiet)
    elif failed:
        raise typer.Exit(1)


def _watch(paths, options: BuildOptions, quiet: bool) -> None:
    """Rebuild in this process on every change; report each round's time and diagnostics."""
    import time

    from briefgen.project import Project
    from briefgen.watch import watch as watch_files

    root = Project.find(Path(paths[0])).root
    typer.echo(f"watching {root} (Ctrl-C stops)", err=True)

    def rebuild(changed):
        start = time.perf_counter()
        typer.echo(f"changed: {', '.join(Path(c).name for c in changed[:3])}{' …' if len(changed) > 3 else ''}",
                   err=True)
        failed = _build_all(paths, options, Console(quiet))
        typer.echo(f"{'failed' if failed else 'rebuilt'} in {(time.perf_counter() - start) * 1000:.0f} ms", err=True)

    try:
        watch_files(root, rebuild)
    except KeyboardInterrupt:
        typer.echo("stopped watching", err=True)


def _build_all(paths, options: BuildOptions, console: Console) -> bool:
    """Build every brief; report what was written and every diagnostic. True when any failed."""
    from briefgen.build import build as build_one
    from briefgen.errors import BriefgenError, Report, UsageError

    failed = False
    console.start(len(paths), "briefs")
    try:
        for path in paths:
            if _is_batch(path):
                failed |= not _build_letters(path, options, console)
                continue
            report = Report()
            try:
                built = build_one(path, options.formats, options.out, report, options.pdf_standard)
            except BriefgenError as exc:
                for d in exc.diagnostics:
                    console.diagnostic(d)
                if os.environ.get("BRIEFGEN_DEBUG"):
                    import traceback

                    traceback.print_exception(exc)
                if isinstance(exc, UsageError):
                    raise typer.Exit(2)
                failed = True
            else:
                for d in report.warnings + built.warnings:  # the input's warnings, then the writers'
                    console.diagnostic(d)
                n = built.footnotes
                console.wrote(f"wrote {', '.join(str(f) for f in built.files)} ({n} footnote{'' if n == 1 else 's'})",
                              {"brief": str(path), "files": [str(f) for f in built.files], "footnotes": n,
                               "pages": built.pages})
            console.step()
    finally:
        console.finish()
    return failed


def _is_batch(path: Path) -> bool:
    """A letter spec with ``recipients:`` is a mail merge."""
    try:
        from briefgen.spec import load_spec

        spec = load_spec(path)
    except Exception:  # the build reports spec errors itself
        return False
    return spec.kind == "letter" and "recipients" in spec.extra


def _build_letters(path, options: BuildOptions, console: Console) -> bool:
    from briefgen.errors import BriefgenError, UsageError
    from briefgen.letters import merge

    started = []

    def start(total: int) -> None:
        console.start(total, "letters")
        started.append(total)

    try:
        batch = merge.run(path, options.formats, options.out, options.legislators, options.shard, options.combined,
                          options.jobs, start=start, progress=console.step)
    except BriefgenError as exc:
        for d in exc.diagnostics:
            console.diagnostic(d)
        if isinstance(exc, UsageError):
            raise typer.Exit(2)
        return False
    finally:
        if started:
            console.finish()
    warned = sum(1 for r in batch.rows if r["warnings"])
    console.wrote(f"wrote {len(batch.rows)} letters to {batch.folder}/ ({len(batch.files)} files"
                  f"{', 1 combined PDF' if batch.combined else ''}); manifest {batch.manifest}"
                  + (f"; {warned} with warnings" if warned else ""),
                  {"brief": str(path), "count": len(batch.rows), "files": [str(f) for f in batch.files],
                   "manifest": str(batch.manifest), "footnotes": 0, "pages": 0})
    return True


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
    from briefgen.citations import format_citation
    from briefgen.citations.typeface import TYPEFACES, plain, runs_text
    from briefgen.errors import BriefgenError, UsageError

    try:
        if style not in TYPEFACES:
            raise UsageError(f"unknown typeface '{style}'", code="style",
                             hint="briefgen cite prints the Bluebook in the practitioner or law-review typeface")
        if fmt not in ("md", "text"):
            raise UsageError(f"unknown format '{fmt}'", code="usage", hint="write --format md or --format text")
        _, lib = _library()
        if all_:
            keys = list(lib.by_id)
        elif key:
            keys = [key]
        else:
            raise UsageError("name an authority or pass --all", code="usage")
        for k in keys:
            runs = format_citation(lib, k, pin, signal, paren, typeface=style)
            text = runs_text(runs) if fmt == "md" else plain(runs)
            typer.echo(f"{k}: {text}" if all_ else text)
    except BriefgenError as exc:
        _fail(exc)


def main() -> None:
    """Entry point: user mistakes were printed by the commands; anything else is a bug, said plainly."""
    try:
        app(prog_name="briefgen", standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo("interrupted: outputs already written are complete; nothing was half-written", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("BRIEFGEN_DEBUG"):
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc}\n  hint: this is a briefgen bug; run again with "
                   "--debug for a traceback and report it", err=True)
        sys.exit(70)


@app.command()
def check(
    briefs: Optional[List[Path]] = typer.Argument(None, help="Brief specs; default: every briefs/*.yaml here."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    legislators: Optional[str] = typer.Option(None, "--legislators", help="Folder of congress-legislators files."),
):
    """Validate briefs without writing anything, and show each argued element's support.

    Example: briefgen check briefs/att-mexico-memo.yaml --format json
    """
    import json

    from briefgen.build import prepare
    from briefgen.errors import BriefgenError, Report

    try:
        paths = _briefs(briefs)
    except BriefgenError as exc:
        _fail(exc)
    results, cited, errors, warnings = [], set(), 0, 0
    lib = None
    for path in paths:
        report = Report()
        built = None
        try:
            built = prepare(path, report, legislators=legislators)
            lib = built.library
            cited |= {u.key for u in built.uses}
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
        results.append((path, report, built))
    extra = Report()
    if lib is not None:
        for key, auth in lib.by_id.items():
            if key not in cited:
                extra.warning(f"authority '{key}' is not cited in any checked brief", auth.location,
                              code="unused-authority", hint="cite it or remove it")
    if fmt == "json":
        out = {"briefs": [], "errors": 0, "warnings": 0}
        for path, report, built in results:
            entry = {"brief": str(path), "diagnostics": [d.as_dict() for d in _unique(report.items)],
                     "elements": [_row_json(r) for r in (built.matrix if built else [])]}
            out["briefs"].append(entry)
        out["diagnostics"] = [d.as_dict() for d in extra.items]
        out["errors"] = sum(len([d for d in _unique(r.items) if d.severity == "error"]) for _, r, _ in results)
        out["warnings"] = sum(len([d for d in _unique(r.items) if d.severity == "warning"]) for _, r, _ in results) \
            + len(extra.items)
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        errors = out["errors"]
    else:
        console = Console()
        for path, report, built in results:
            for d in _unique(report.items):
                console.diagnostic(d)
            errors += len([d for d in _unique(report.items) if d.severity == "error"])
            warnings += len([d for d in _unique(report.items) if d.severity == "warning"])
            if built and built.matrix:
                typer.echo(f"{path}: elements argued and their support")
                for row in built.matrix:
                    mark = "ok  " if row.facts else "MISSING"
                    typer.echo(f"  {mark} {row.element.id}: {row.element.text}")
                    for f in row.facts:
                        typer.echo(f"         {f.id} <- {', '.join(s.cite + (' ' + s.pin if s.pin else '') for s in f.support)}")
        for d in extra.items:
            console.diagnostic(d)
        warnings += len(extra.items)
        typer.echo(f"{len(results)} brief{'s' if len(results) != 1 else ''} checked: {errors} error"
                   f"{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}")
    raise typer.Exit(1 if errors else 0)


def _unique(diags):
    return list(dict.fromkeys(diags))


def _row_json(row) -> dict:
    return {"element": row.element.id, "text": row.element.text, "module": row.module, "supported": bool(row.facts),
            "facts": [{"id": f.id, "statement": f.statement,
                       "authorities": [{"cite": s.cite, "pin": s.pin} for s in f.support]} for f in row.facts]}


@app.command()
def modules(fmt: str = typer.Option("text", "--format", help="text or json.")):
    """List the project's argument modules with what each requires and argues.

    Example: briefgen modules --format json
    """
    import json

    from briefgen.argument.modules import read_module
    from briefgen.errors import BriefgenError
    from briefgen.project import Project

    try:
        project = Project.find(Path.cwd())
        rows = []
        for name in project.module_names():
            m = read_module(name, project.module_path(name))
            listed = lambda v: [v] if isinstance(v, str) else list(v or [])  # noqa: E731
            rows.append({"module": name, "title": m.title, "summary": m.front.get("summary") or "",
                         "requires": listed(m.front.get("requires")), "argues": listed(m.front.get("argues")),
                         "params": dict(m.front.get("params") or {})})
    except BriefgenError as exc:
        _fail(exc)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        typer.echo(f"{r['module']}: {r['title']}")
        if r["summary"]:
            typer.echo(f"    {r['summary']}")
        typer.echo(f"    requires: {', '.join(r['requires']) or '-'}")
        typer.echo(f"    argues:   {', '.join(r['argues']) or '-'}")


@app.command()
def new(
    kind: str = typer.Argument(..., help="memo, petition or letter."),
    name: str = typer.Argument(..., help="Name of the brief, e.g. mexico-exports."),
):
    """Start a brief: a spec and a first module, with comments that teach the format.

    Example: briefgen new memo mexico-exports && briefgen build briefs/mexico-exports.yaml
    """
    from briefgen.errors import BriefgenError
    from briefgen.project import Project
    from briefgen.scaffold import new_brief

    try:
        try:
            root = Project.find(Path.cwd()).root
        except BriefgenError:
            root = Path.cwd()  # no project yet: start one here
        written = new_brief(kind, name, root)
    except BriefgenError as exc:
        _fail(exc)
    for path in written:
        typer.echo(f"wrote {path.relative_to(root)}")
    typer.echo(f"next: edit them, then  briefgen build briefs/{name}.yaml")


@app.command()
def schema(folder: Path = typer.Argument(Path("schemas"), help="Where to write the JSON Schemas.")):
    """Write JSON Schemas for brief specs, authorities, facts and frameworks, for editors to check YAML.

    Example: briefgen schema schemas   (shipped YAML files name them in a yaml-language-server line)
    """
    from briefgen.schema import write_schemas

    for path in write_schemas(folder):
        typer.echo(f"wrote {path}")


authorities_app = typer.Typer(help="The authorities database: list, show and import records.", no_args_is_help=True)
app.add_typer(authorities_app, name="authorities")


def _library():
    from briefgen.authorities.load import load_library
    from briefgen.errors import Report
    from briefgen.project import Project

    project = Project.find(Path.cwd())
    report = Report()
    lib = load_library(project.authorities, report)
    report.raise_if_errors()
    return project, lib


@authorities_app.command("list")
def authorities_list(kind: Optional[str] = typer.Option(None, "--kind", help="Only this kind, e.g. case.")):
    """List every authority: id, kind and full citation.

    Example: briefgen authorities list --kind treaty
    """
    from briefgen.authorities.manage import listing
    from briefgen.errors import BriefgenError

    try:
        _, lib = _library()
    except BriefgenError as exc:
        _fail(exc)
    for key, k, text in listing(lib):
        if kind is None or k == kind:
            typer.echo(f"{key:<24} {k:<16} {text}")


@authorities_app.command("show")
def authorities_show(key: str = typer.Argument(..., help="Authority id.")):
    """Show one authority: where it is defined, its fields, its full citation and its notes.

    Example: briefgen authorities show gao2009
    """
    from briefgen.citations import bluebook as bb
    from briefgen.errors import BriefgenError, did_you_mean

    try:
        _, lib = _library()
        if key not in lib:
            raise BriefgenError(f"unknown authority '{key}'", code="unknown-authority",
                                hint=did_you_mean(key, lib.by_id) or "see `briefgen authorities list`")
    except BriefgenError as exc:
        _fail(exc)
    auth = lib[key]
    typer.echo(f"{key} ({auth.kind}), {auth.location}")
    typer.echo(f"  cite: {bb.runs_text(bb.full(auth))}")
    for field, value in auth.data.items():
        if field != "note":
            typer.echo(f"  {field}: {value}")
    if auth.get("note"):
        typer.echo(f"  note: {auth.get('note')}")


@authorities_app.command("import")
def authorities_import(
    source: Path = typer.Argument(..., help="A CSL-JSON (.json) or BibTeX (.bib) file, e.g. a Zotero export."),
    into: Optional[str] = typer.Option(None, "--into", help="Name of the new authorities/NAME.yaml."),
    update: bool = typer.Option(False, "--update", help="Refresh records already imported; print what changed."),
):
    """Convert CSL-JSON or BibTeX into native YAML records, keeping ids; report what could not be mapped.

    Example: briefgen authorities import ~/Downloads/zotero.json --into zotero
    """
    from briefgen.authorities.manage import import_file
    from briefgen.errors import BriefgenError, UsageError, display_path

    try:
        if not source.is_file():
            raise UsageError(f"no file {source}", code="usage")
        project, _ = _library()
        done = import_file(source, project.authorities, into, update)
    except BriefgenError as exc:
        _fail(exc)
    console = Console()
    for d in done.report.items:
        console.diagnostic(d)
    for path in done.written:
        added = [k for k in done.added if path.stem == (into or source.stem)]
        typer.echo(f"wrote {display_path(path)}: {len(added)} authorit{'y' if len(added) == 1 else 'ies'} added, "
                   f"{sum(1 for _ in done.changed)} updated" if update else
                   f"wrote {display_path(path)}: {len(added)} authorit{'y' if len(added) == 1 else 'ies'}")
    for key, changes in done.changed.items():
        typer.echo(f"  {key}: {'; '.join(changes)}")
    if update and done.unchanged:
        typer.echo(f"  unchanged: {', '.join(done.unchanged)}")
    for key, advice in done.unused.items():
        typer.echo(f"  {key}: not mapped: {advice}", err=True)


@app.command()
def serve():
    """Keep briefgen loaded for this project: later build, check and cite commands run in it, without
    Python's start-up (a DOCX in a fraction of the time). Ctrl-C stops it.

    Example: briefgen serve &   then   briefgen build --to docx
    """
    from briefgen.errors import BriefgenError
    from briefgen.project import Project
    from briefgen.server import serve as run_server

    try:
        root = Project.find(Path.cwd()).root
    except BriefgenError as exc:
        _fail(exc)
    try:
        run_server(root, lambda text: typer.echo(text, err=True))
    except KeyboardInterrupt:
        typer.echo("stopped serving", err=True)


legislators_app = typer.Typer(help="The congress-legislators data used to address letters.", no_args_is_help=True)
app.add_typer(legislators_app, name="legislators")


@legislators_app.command("fetch")
def legislators_fetch(
    url: str = typer.Option("https://unitedstates.github.io/congress-legislators/", "--url",
                            help="Where the files are published."),
    dest: Optional[Path] = typer.Option(None, "--dest", help="Folder to write (default: the user's cache)."),
):
    """Download the current legislators, committees and memberships.

    Example: briefgen legislators fetch && briefgen build briefs/ssfr-letter.yaml --legislators ~/.cache/briefgen/congress
    """
    from briefgen.errors import BriefgenError
    from briefgen.letters.congress import fetch

    try:
        folder = fetch(url, dest)
    except BriefgenError as exc:
        _fail(exc)
    typer.echo(f"wrote the congress-legislators files to {folder}")


styles_app = typer.Typer(help="Word templates (reference DOCX) for a firm's look.", no_args_is_help=True)
app.add_typer(styles_app, name="styles")


@styles_app.command("init")
def styles_init(
    out: Path = typer.Option(Path("styles/reference.docx"), "--out", help="Where to write the template."),
    force: bool = typer.Option(False, "--force", help="Replace an existing file."),
):
    """Write the default reference DOCX, for a firm to restyle in Word.

    Example: briefgen styles init && open styles/reference.docx
    """
    from briefgen.errors import BriefgenError, UsageError
    from briefgen.styles import write_reference

    try:
        if out.exists() and not force:
            raise UsageError(f"{out} exists", code="exists")
        write_reference(out)
    except BriefgenError as exc:
        _fail(exc)
    typer.echo(f"wrote {out}: edit its styles in Word (Normal, Heading 1-3, Footnote Text, Title, …); "
               "briefgen uses styles/reference.docx when it exists")
