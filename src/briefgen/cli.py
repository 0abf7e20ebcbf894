"""The command line: thin commands over the library (briefgen.api); the only place that prints and exits.

Heavy libraries (python-docx, typst, markdown-it-py, jinja2) load inside commands,
so ``briefgen --help`` starts at once.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, cast

import typer

from briefgen import __version__
from briefgen.console import Console, plural
from briefgen.names import OutputFormat, Typeface

if TYPE_CHECKING:
    from briefgen import api

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


# Whether this command line asked for tracebacks: set by the root callback for each command, in the
# command's own context (a server thread's, a test's), never in the process's environment.
_DEBUG: ContextVar[bool] = ContextVar("briefgen_debug", default=False)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback for every error."),
):
    """Assemble legal briefs with Bluebook citations into DOCX, PDF and Markdown."""
    _DEBUG.set(debug)


def _debug() -> bool:
    return _DEBUG.get()


@contextmanager
def reported(console: Console | None = None):
    """Print a BriefgenError's diagnostics and exit 1 (2 for a wrong command line)."""
    from briefgen.errors import BriefgenError, UsageError

    try:
        yield
    except BriefgenError as exc:
        _show(exc, console or Console())
        raise typer.Exit(2 if isinstance(exc, UsageError) else 1) from None


def _show(exc, console: Console) -> None:
    """An error's diagnostics; with --debug, its traceback first."""
    if _debug():
        import traceback

        traceback.print_exception(exc)
    console.diagnostics_of(exc.diagnostics)


def _here():
    from briefgen.invocation import current

    return current()


def _project():
    from briefgen.project import Project

    return Project.find(_here().cwd)


def _project_or_here() -> Path:
    """The project's root, or the working folder when there is no project yet (new, import start one)."""
    from briefgen.errors import BriefgenError

    try:
        return _project().root
    except BriefgenError:
        return _here().cwd


def _briefs(briefs: list[Path] | None) -> list[Path]:
    from briefgen.errors import UsageError, display_path

    if briefs:
        return list(briefs)
    found = [Path(display_path(p)) for p in _project().brief_files()]
    if not found:
        raise UsageError("no briefs/*.yaml in this project", code="no-briefs")
    return found


def _formats(to: str) -> list[OutputFormat]:
    from briefgen.errors import UsageError
    from briefgen.pipeline import FORMATS

    formats = [f.strip().lower() for f in to.split(",") if f.strip()]
    for f in formats:
        if f not in FORMATS:
            raise UsageError(f"unknown output format '{f}'", code="format", hint=f"use {', '.join(FORMATS)}")
    return cast("list[OutputFormat]", formats)


@app.command()
def build(
    briefs: Optional[List[Path]] = typer.Argument(None, help="Brief specs; default: every briefs/*.yaml here."),
    to: str = typer.Option(DEFAULT_FORMATS, "--to", help="Comma-separated formats: docx, pdf, md, txt."),
    out: Path = typer.Option(Path("build"), "--out", help="Output folder."),
    pdf_standard: Optional[str] = typer.Option(None, "--pdf-standard", help="PDF standard, e.g. a-2b (PDF/A-2b)."),
    legislators: Optional[str] = typer.Option(None, "--legislators", help="Folder of congress-legislators files."),
    shard: Optional[str] = typer.Option(None, "--shard", help="Build the K-th of N shares of a letter batch: K/N."),
    combined: bool = typer.Option(False, "--combined", help="Also write one PDF of all letters, for printing."),
    jobs: Optional[int] = typer.Option(None, "--jobs", help="Worker processes for letter batches (default: cores)."),
    resume: bool = typer.Option(False, "--resume", help="Letter batches: keep the letters an interrupted or earlier "
                                                        "build finished from the same inputs."),
    watch: bool = typer.Option(False, "--watch", help="Rebuild whenever a spec, module, fact, authority or style "
                                                      "changes (Ctrl-C stops)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON report (files, counts, diagnostics)."),
    strict: bool = typer.Option(False, "--strict", help="Letter batches: a duplicated constituent or signatory "
                                "is an error, not a warning."),
):
    """Build briefs into DOCX, PDF and Markdown.

    Example: briefgen build briefs/att-mexico-memo.yaml --to docx,md --out build
    """
    from briefgen import api
    from briefgen.errors import UsageError

    with reported():
        if pdf_standard is not None and pdf_standard not in PDF_STANDARDS:
            raise UsageError(f"unknown PDF standard '{pdf_standard}'", code="usage",
                             hint=f"use one of {', '.join(PDF_STANDARDS)}")
        if jobs is not None and jobs < 1:
            raise UsageError(f"--jobs must be 1 or more, not {jobs}", code="usage")
        options = api.BuildOptions(tuple(_formats(to)), out, pdf_standard, legislators, shard, combined, jobs, resume)
        paths = _briefs(briefs)
        api.check_outputs(paths, out)
    import dataclasses

    from briefgen.invocation import current, running

    console = Console(quiet, as_json)
    with running(dataclasses.replace(current(), strict=strict)):
        failed = _build_all(paths, options, console)
        console.summary()
        if watch:
            _watch(paths, options, quiet)
    if failed and not watch:
        raise typer.Exit(1)


def _build_all(paths, options: api.BuildOptions, console: Console) -> bool:
    """Build every brief; report what was written and every diagnostic. True when any failed;
    a wrong command line (a usage error) stops at once."""
    from briefgen import api
    from briefgen.errors import BriefgenError, UsageError

    failed = False
    console.start(len(paths), "briefs")
    try:
        with reported(console):
            for path in paths:
                try:
                    console.built(api.build(path, progress=console, options=options))
                except UsageError:
                    raise
                except BriefgenError as exc:
                    _show(exc, console)
                    failed = True
                except KeyboardInterrupt:
                    console.note(f"interrupted while building {path}: " + (
                        "its folder still holds the previous batch; build again with --resume to keep the letters "
                        "already finished" if _is_batch(path) else "its outputs are as they were before this build"))
                    raise
                console.step()
    finally:
        console.finish()
    return failed


def _is_batch(path) -> bool:
    from briefgen.errors import BriefgenError
    from briefgen.letters.plan import is_mail_merge
    from briefgen.spec import load_spec

    try:
        return is_mail_merge(load_spec(_here().path(path)))
    except (BriefgenError, OSError):
        return False


def _watch(paths, options: api.BuildOptions, quiet: bool) -> None:
    """Rebuild in this process on every change; report each round's time and diagnostics."""
    import time

    from briefgen.watch import watch as watch_files

    console = Console(quiet)
    with reported(console):
        root = _project().root
    console.note(f"watching {root} (Ctrl-C stops)")

    shown: frozenset = frozenset()   # the previous round's findings: a save that leaves them does not repeat them

    def rebuild(changed):
        nonlocal shown
        start = time.perf_counter()
        console.note(f"changed: {', '.join(Path(c).name for c in changed[:3])}{' …' if len(changed) > 3 else ''}")
        round_ = Console(quiet, unchanged=shown)
        failed = _build_all(paths, options, round_)
        same = sum(d in shown for d in round_.diagnostics)
        shown = frozenset(round_.diagnostics)
        console.note(f"{'failed' if failed else 'rebuilt'} in {(time.perf_counter() - start) * 1000:.0f} ms"
                     + (f"; {plural(same, 'finding')} as before, not repeated" if same else ""))

    from briefgen.letters.congress import cache_dir

    here = _here()
    congress = [d for d in (options.legislators, here.env.get("BRIEFGEN_LEGISLATORS")) if d]
    extra = [here.path(d) for d in congress] + ([cache_dir()] if cache_dir().is_dir() else [])
    try:
        watch_files(root, rebuild, extra=extra)
    except KeyboardInterrupt:
        console.note("stopped watching")


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
    from briefgen import api
    from briefgen.authorities.typeface import TYPEFACES
    from briefgen.errors import UsageError

    console = Console()
    with reported(console):
        if style not in TYPEFACES:
            raise UsageError(f"unknown typeface '{style}'", code="style",
                             hint="briefgen cite prints the Bluebook in the practitioner or law-review typeface")
        if fmt not in ("md", "text"):
            raise UsageError(f"unknown format '{fmt}'", code="usage", hint="write --format md or --format text")
        if all_:
            keys = list(api.load_library(_here().cwd).by_id)
        elif key:
            keys = [key]
        else:
            raise UsageError("name an authority or pass --all", code="usage")
        for k in keys:
            text = api.format_citation(k, pin, signal, paren, project=_here().cwd, typeface=cast(Typeface, style),
                                       markup=fmt)
            console.out(f"{k}: {text}" if all_ else text)


def main() -> None:
    """Entry point: user mistakes were printed by the commands; anything else is a bug, said plainly."""
    code = run(sys.argv[1:])
    sys.exit(code)


def run(argv: list[str]) -> int:
    """Run one command line in this process; returns the exit status."""
    _DEBUG.set(False)
    try:
        app(args=argv, prog_name="briefgen", standalone_mode=True)  # Ctrl-C: typer exits 130
        return 0
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if _debug():
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc}\n  hint: this is a briefgen bug; run again with "
                   "--debug for a traceback and report it", err=True)
        return 70


def run_captured(argv: list[str], cwd: str, env: dict, umask: int | None = None) -> dict:
    """Run a command line as if from ``cwd`` with ``env`` and ``umask``, capturing what it prints (the
    server's runner). The process's own working folder, environment and umask are not touched."""
    import contextlib
    import io

    from briefgen.invocation import Invocation, running

    out, err = io.StringIO(), io.StringIO()
    with running(Invocation(Path(cwd), dict(env), umask=umask)), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(argv)
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


@app.command()
def check(
    briefs: Optional[List[Path]] = typer.Argument(None, help="Brief specs; default: every briefs/*.yaml here."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    legislators: Optional[str] = typer.Option(None, "--legislators", help="Folder of congress-legislators files."),
    online: bool = typer.Option(False, "--online", help="Also look up the project's case records in CourtListener."),
    cache_only: bool = typer.Option(False, "--offline-cache-only", help="With --online: only answers already cached."),
    fix: bool = typer.Option(False, "--fix", help="With --online: write the address found into case records "
                                                  "that have no url."),
    uscode: Optional[Path] = typer.Option(None, "--uscode", help="With --online: a folder of the U.S. Code's USLM "
                                                                 "title files; statute records are checked in it."),
):
    """Validate briefs without writing anything, and show each argued element's support.

    Example: briefgen check briefs/att-mexico-memo.yaml --format json
    """
    from briefgen import api
    from briefgen.errors import UsageError

    console = Console()
    with reported(console):
        if (cache_only or fix or uscode) and not online:
            raise UsageError("--offline-cache-only, --fix and --uscode go with --online", code="usage",
                             hint="briefgen check --online --fix")
        result = api.check_project(_briefs(briefs), legislators)
        lookups: list | None = None
        fixed: list = []
        if online:
            lookups, diagnostics, fixed = api.lookup_project_cases(_here().cwd, cache_only=cache_only, fix=fix,
                                                                   uscode=uscode)
            result = result.with_diagnostics(diagnostics)
    console.checked(result, fmt, lookups)
    for path in fixed:
        console.note(f"added url lines to {path}")
    raise typer.Exit(1 if result.errors else 0)


@app.command()
def modules(fmt: str = typer.Option("text", "--format", help="text or json.")):
    """List the project's argument modules with what each requires and argues.

    Example: briefgen modules --format json
    """
    from briefgen import api

    console = Console()
    with reported(console):
        rows = api.modules(_project().root)
    console.modules(rows, fmt)


@app.command()
def new(
    kind: str = typer.Argument(..., help="memo, petition, agency-petition, iachr-petition or letter."),
    name: str = typer.Argument(..., help="Name of the brief, e.g. mexico-exports."),
):
    """Start a brief: a spec and a first module, with comments that teach the format.

    Example: briefgen new memo mexico-exports && briefgen build briefs/mexico-exports.yaml
    """
    from briefgen import api

    console = Console()
    with reported(console):
        root = _project_or_here()
        written = api.new(kind, name, root)
    for path in written:
        console.out(f"wrote {path.relative_to(root)}")
    console.out(f"next: edit them, then  briefgen build briefs/{name}.yaml")


@app.command()
def schema(folder: Path = typer.Argument(Path("schemas"), help="Where to write the JSON Schemas.")):
    """Write JSON Schemas for brief specs, authorities, facts and frameworks, for editors to check YAML.

    Example: briefgen schema schemas   (shipped YAML files name them in a yaml-language-server line)
    """
    from briefgen import api

    console = Console()
    with reported(console):
        for path in api.schema(folder):
            console.out(f"wrote {path}")


authorities_app = typer.Typer(help="The authorities database: list, show and import records.", no_args_is_help=True)
app.add_typer(authorities_app, name="authorities")


@authorities_app.command("list")
def authorities_list(kind: Optional[str] = typer.Option(None, "--kind", help="Only this kind, e.g. case.")):
    """List every authority: id, kind and full citation.

    Example: briefgen authorities list --kind treaty
    """
    from briefgen import api

    console = Console()
    with reported(console):
        rows = api.list_authorities(_here().cwd)
    for key, k, text in rows:
        if kind is None or k == kind:
            console.out(f"{key:<24} {k:<16} {text}")


@authorities_app.command("show")
def authorities_show(key: str = typer.Argument(..., help="Authority id.")):
    """Show one authority: where it is defined, its fields, its full citation and its notes.

    Example: briefgen authorities show gao2009
    """
    from briefgen import api

    console = Console()
    with reported(console):
        record, cite = api.authority(key, _here().cwd)
    console.authority(record, cite)


@authorities_app.command("import")
def authorities_import(
    source: Path = typer.Argument(..., help="A CSL-JSON (.json) or BibTeX (.bib) file, e.g. a Zotero export."),
    into: Optional[str] = typer.Option(None, "--into", help="Name of the new authorities/NAME.yaml."),
    update: bool = typer.Option(False, "--update", help="Refresh records already imported; print what changed."),
):
    """Convert CSL-JSON or BibTeX into native YAML records, keeping ids; report what could not be mapped.

    Example: briefgen authorities import ~/Downloads/zotero.json --into zotero
    """
    from briefgen import api
    from briefgen.errors import display_path

    console = Console()
    with reported(console):
        source = _here().path(source)
        done = api.import_authorities(source, into, update, _here().cwd)
    console.diagnostics_of(done.report.items)
    for path in done.written:
        added = [k for k in done.added if path.stem == (into or source.stem)]
        console.out(f"wrote {display_path(path)}: {plural(len(added), 'authority', 'authorities')} added, "
                    f"{len(done.changed)} updated" if update else
                    f"wrote {display_path(path)}: {plural(len(added), 'authority', 'authorities')}")
    for key, changes in done.changed.items():
        console.out(f"  {key}: {'; '.join(changes)}")
    if update and done.unchanged:
        console.out(f"  unchanged: {', '.join(done.unchanged)}")
    for key, advice in done.unused.items():
        console.note(f"  {key}: not mapped: {advice}")


@app.command()
def serve():
    """Keep briefgen loaded for this project: later build, check and cite commands run in it, without
    Python's start-up (a DOCX in a fraction of the time). Ctrl-C stops it.

    Example: briefgen serve &   then   briefgen build --to docx
    """
    from briefgen.errors import UsageError
    from briefgen.server import AlreadyServing, serve as run_server

    console = Console()
    with reported(console):
        root = _project().root
        try:
            run_server(root, console.note, run_captured)
        except KeyboardInterrupt:
            console.note("stopped serving")
        except AlreadyServing as exc:
            raise UsageError(str(exc), code="serve", hint="stop it first, or keep using it") from None
        except (ValueError, PermissionError) as exc:
            raise UsageError(f"cannot serve: {exc}", code="serve",
                             hint="builds still work without a server; move the project to a shorter path "
                                  "or fix the folder's owner and mode") from None


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
    from briefgen import api

    console = Console()
    with reported(console):
        folder, problems = api.fetch_legislators(url, dest)
    console.diagnostics_of(problems)
    console.out(f"wrote the congress-legislators files to {folder}")


letters_app = typer.Typer(help="Letter batches: put the shares of a batch back together.", no_args_is_help=True)
app.add_typer(letters_app, name="letters")


@letters_app.command("manifest")
def letters_manifest(
    folders: List[Path] = typer.Argument(..., help="The shares' folders (build/BRIEF-1-of-4 …)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the merged manifest here (default: print it)."),
):
    """Merge the manifests of a batch's shares into one and report missing or duplicate letters.

    Example: briefgen letters manifest build/campaign-*-of-4 --out build/campaign-manifest.csv
    """
    from briefgen import api

    console = Console()
    with reported(console):
        merged = api.letters_manifest(folders, out)
    if not out:
        console.out(merged.csv_text().rstrip("\n"))
    console.merged(merged, len(folders), out)
    raise typer.Exit(0 if merged.complete else 1)


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
    from briefgen import api

    console = Console()
    with reported(console):
        api.styles_init(out, force)
    console.out(f"wrote {out}: edit its styles in Word (Normal, Heading 1-3, Footnote Text, Title, …); "
                "briefgen uses styles/reference.docx when it exists")


@app.command("import")
def import_memo(
    source: Path = typer.Argument(..., help="A memo: .docx (real footnotes), .md (Pandoc footnotes), .txt or .html "
                                            "(numbered notes)."),
    name: Optional[str] = typer.Option(None, "--name", help="Name of the new brief (default: the file's name)."),
):
    """Turn an existing memo into a brief spec, modules split at its headings, and draft authorities.

    Example: briefgen import old-memo.docx && briefgen build briefs/old-memo.yaml
    """
    from briefgen import api
    from briefgen.errors import display_path

    console = Console()
    with reported(console):
        imported, written, found = api.import_memo(source, _project_or_here(), name)
    console.diagnostics_of(found)
    for path in written:
        console.out(f"wrote {display_path(path)}")
    console.out(f"{plural(imported.notes, 'note')}, {imported.cited_notes} with citations, "
                f"{plural(len(imported.records), 'authority', 'authorities')}, "
                f"{plural(sum(d.severity == 'warning' for d in found), 'warning')}; next: briefgen build "
                f"{display_path(written[0])}")


def _lookup(api, path: Path, report, cache_only: bool, refresh: bool, uscode: Path | None) -> list:
    """One file's case citations looked up; a file verify could not read was reported already."""
    from briefgen.errors import BriefgenError, UsageError

    try:
        found, diagnostics = api.lookup_cases(path, cache_only=cache_only, refresh=refresh, uscode=uscode)
    except UsageError:
        raise
    except BriefgenError:
        return []
    report.extend(diagnostics)
    return found


@app.command()
def verify(
    files: Optional[List[Path]] = typer.Argument(None, help="Memos (.docx, .md, .txt, .html) or brief specs; "
                                                           "default: every briefs/*.yaml here."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    explain: bool = typer.Option(False, "--explain", help="List the notes that could not be read."),
    online: bool = typer.Option(False, "--online", help="Also ask CourtListener whether each U.S. case cited exists "
                                                        "and is the case named (sends the citations only)."),
    cache_only: bool = typer.Option(False, "--offline-cache-only", help="With --online: use only answers already "
                                                                         "cached; ask nothing of the network."),
    refresh: bool = typer.Option(False, "--refresh", help="With --online: ask again even where an answer is cached."),
    uscode: Optional[Path] = typer.Option(None, "--uscode", help="With --online: a folder of the U.S. Code's USLM "
                                                                 "title files (usc22.xml …); each U.S.C. section cited "
                                                                 "is checked in it, offline."),
):
    """Find the citation errors a citechecker would: form, Id. and supra, and numbers that cannot be right.

    Example: briefgen verify old-memo.docx --online --format json
    """
    from briefgen import api
    from briefgen.errors import BriefgenError, Report, UsageError
    from briefgen.verify import verify_path

    console = Console()
    with reported(console):
        if fmt not in ("text", "json"):
            raise UsageError(f"unknown format '{fmt}'", code="format", hint="use text or json")
        if (cache_only or refresh or uscode) and not online:
            raise UsageError("--offline-cache-only, --refresh and --uscode go with --online", code="usage",
                             hint="briefgen verify memo.docx --online --offline-cache-only")
        paths = [_here().path(f) for f in files] if files else _briefs(None)
        results, lookups = [], {}
        for path in paths:
            report, unread = Report(), []
            try:
                unread = verify_path(path, report)
            except UsageError:
                raise
            except BriefgenError as exc:
                report.extend(exc.diagnostics)
            if online:
                lookups[path] = _lookup(api, path, report, cache_only, refresh, uscode)
            results.append((path, list(dict.fromkeys(report.items)), unread))
    errors = console.verified(results, fmt, lookups if online else None, explain)
    raise typer.Exit(1 if errors else 0)
