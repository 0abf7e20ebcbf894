"""briefgen as a library: load a project, build a brief, check it, format one citation, resolve a document.

The command line and the resident server are thin shells over these functions. Every function
raises :class:`briefgen.BriefgenError` (its ``diagnostics`` say what and where) for a mistake in
the input, and imports the heavy libraries only when it runs.
"""
from __future__ import annotations

from pathlib import Path

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Protocol

from briefgen.errors import BriefgenError, Diagnostic, Report
from briefgen.names import OutputFormat, Typeface
from briefgen.results import BuildResult, CheckResult, ProjectCheck

if TYPE_CHECKING:
    from briefgen.authorities.load import Library
    from briefgen.citations.resolve import Use
    from briefgen.document import Document
    from briefgen.project import Project


def load_project(start: str | Path = ".") -> Project:
    """The project holding ``start`` (the nearest folder upward with ``briefs/`` and ``authorities/``).

    >>> import briefgen
    >>> project = briefgen.load_project("briefs/att-mexico-memo.yaml")
    >>> project.module_names()[:2]
    ['att/article-6', 'att/article-7']
    """
    from briefgen.invocation import current
    from briefgen.project import Project

    return Project.find(current().path(start))


def load_library(start: str | Path = ".") -> Library:
    """The authorities of the project holding ``start``, loaded once per process while their files stay
    unchanged; a mistake in any authority file raises its diagnostics.

    >>> import briefgen
    >>> briefgen.load_library()["att"].kind
    'treaty'
    """
    from briefgen.pipeline import library_for

    report = Report()
    lib = library_for(load_project(start), report)
    report.raise_if_errors()
    return lib



class Progress(Protocol):
    """What a long build reports to: a letter batch opens a bar of its letters, steps it, closes it."""

    def start(self, length: int, label: str) -> None: ...

    def step(self, n: int = 1) -> None: ...

    def finish(self) -> None: ...


def list_authorities(start: str | Path = ".") -> list[tuple[str, str, str]]:
    """(id, kind, full citation) for every authority of the project holding ``start``.

    >>> import briefgen
    >>> [row for row in briefgen.api.list_authorities() if row[0] == "att"][0][:2]
    ('att', 'treaty')
    """
    from briefgen.citations import bluebook as bb

    return [(key, a.kind, bb.runs_text(bb.full(a))) for key, a in load_library(start).by_id.items()]

SOURCE_FOLDERS = ("briefs", "authorities", "styles", "data", "schemas")


def check_outputs(briefs: Iterable[str | Path], out: str | Path = "build") -> None:
    """Refuse, before anything is written, an output folder among the project's sources and two briefs
    that would write the same files (``briefs/memo.yaml`` and ``briefs/old/memo.yaml``)."""
    import os

    from briefgen.errors import UsageError, display_path
    from briefgen.invocation import current

    here = current()
    target = Path(os.path.realpath(here.path(out)))
    paths = [here.path(b) for b in briefs]
    sources = {Path(os.path.realpath(b)).parent for b in paths}
    for b in paths[:1]:
        try:
            root = load_project(b).root
        except BriefgenError:
            continue
        sources |= {Path(os.path.realpath(root / name)) for name in SOURCE_FOLDERS}
    for folder in sorted(sources):
        if target == folder or target.is_relative_to(folder):
            raise UsageError(f"--out {out} is {'' if target == folder else 'inside '}{display_path(folder)}, which "
                             "holds the project's sources", code="out-folder",
                             hint="write outputs to a folder of their own, such as build/")
    seen: dict = {}
    for b in paths:
        if b.stem in seen and Path(os.path.realpath(b)) != seen[b.stem]:
            raise UsageError(f"{display_path(b)} and {display_path(seen[b.stem])} would both write "
                             f"{display_path(target / b.stem)}.*", code="same-output",
                             hint="rename one of the specs, or build them with different --out folders")
        seen[b.stem] = Path(os.path.realpath(b))


@dataclass(frozen=True)
class BuildOptions:
    """How to build, as one value: the formats, the output folder, the PDF standard, and for letter
    batches the congress data, the share, the combined PDF, the workers and whether to resume."""

    formats: tuple[OutputFormat, ...] = ("docx", "pdf")
    out: str | Path = "build"
    pdf_standard: str | None = None
    legislators: str | None = None
    shard: str | None = None
    combined: bool = False
    jobs: int | None = None
    resume: bool = False


def build(brief: str | Path, formats: Iterable[OutputFormat] = ("docx", "pdf"), out: str | Path = "build", *,
          pdf_standard: str | None = None, legislators: str | None = None, shard: str | None = None,
          combined: bool = False, jobs: int | None = None, resume: bool = False,
          progress: Progress | None = None, options: BuildOptions | None = None) -> BuildResult:
    """Build one brief spec into ``out``; a letter with ``recipients:`` or ``constituents:`` builds its
    whole batch (or the share ``shard``, ``"2/4"``; ``resume`` keeps letters already built).

    >>> import briefgen
    >>> result = briefgen.build("briefs/att-mexico-memo.yaml", formats=["docx", "md"])
    >>> [p.name for p in result.files], result.footnotes > 50
    (['att-mexico-memo.docx', 'att-mexico-memo.md'], True)

    Nothing is written when the brief has errors; the error's ``diagnostics`` list them all. ``options``
    (a :class:`BuildOptions`) gives all the settings at once, in place of the keywords.
    """
    from briefgen.invocation import current

    o = options or BuildOptions(tuple(formats), out, pdf_standard, legislators, shard, combined, jobs, resume)
    here = current()
    brief, out = here.path(brief), here.path(o.out)
    from briefgen.letters.plan import is_mail_merge
    from briefgen.pipeline import build as build_one
    from briefgen.spec import load_spec

    report = Report()
    spec = load_spec(brief) if brief.is_file() else None   # read once; a missing spec is the build's error
    if spec is not None and is_mail_merge(spec):
        from briefgen.batch import merge

        try:
            batch = merge.run(brief, spec, list(o.formats), out, report, o.legislators, o.shard, o.combined, o.jobs,
                              o.resume, o.pdf_standard, progress=progress)
        except BriefgenError as exc:
            raise type(exc)(diagnostics=report.warnings + exc.diagnostics) from None
        return batch.result(brief, tuple(dict.fromkeys(report.warnings)))
    built, outputs = build_one(brief, list(o.formats), out, report, o.pdf_standard, spec=spec)
    return BuildResult(brief, outputs.files, 1, outputs.pages, built.footnotes,
                       tuple(dict.fromkeys(report.warnings + list(outputs.warnings))))


def check(brief: str | Path, legislators: str | None = None) -> CheckResult:
    """Everything a build checks, and nothing written: diagnostics and the element matrix.

    >>> import briefgen
    >>> result = briefgen.check("briefs/att-mexico-memo.yaml")
    >>> result.errors, [row.element.id for row in result.elements][:2]
    ([], ['vclt18.signature', 'vclt18.object-and-purpose'])
    """
    from briefgen.pipeline import prepare
    from briefgen.invocation import current

    brief = current().path(brief)
    report = Report()
    try:
        built = prepare(brief, report, legislators=legislators)
    except BriefgenError as exc:
        report.extend(exc.diagnostics)
        return CheckResult(brief, tuple(dict.fromkeys(report.items)))
    return CheckResult(brief, tuple(dict.fromkeys(report.items)), tuple(built.matrix),
                       frozenset(u.key for u in built.uses))


def check_project(briefs: Iterable[str | Path], legislators: str | None = None) -> ProjectCheck:
    """:func:`check` for each brief, plus a warning for each authority that none of them cites."""
    results = tuple(check(b, legislators) for b in briefs)
    extra = Report()
    if results:
        from briefgen.pipeline import library_for

        project = load_project(results[0].brief)
        cited = set().union(*(r.cited for r in results))
        sub = Report()
        for key, auth in library_for(project, sub).by_id.items():
            if key not in cited:
                extra.warning(f"authority '{key}' is not cited in any checked brief", auth.location,
                              code="unused-authority", hint="cite it or remove it")
    return ProjectCheck(results, tuple(extra.items))


def format_citation(key: str, pin: str = "", signal: str = "", paren: str = "", *, project: str | Path = ".",
                    typeface: Typeface = "practitioner", markup: str = "md") -> str:
    """One authority's full citation as a citation sentence, for copy and paste.

    >>> import briefgen
    >>> briefgen.format_citation("att", pin="art. 7(1)", signal="see")
    '*See* Arms Trade Treaty art. 7(1), Apr. 2, 2013, 3013 U.N.T.S. 269.'

    ``markup="text"`` drops the italics.
    """
    from briefgen.citations import format_citation as format_runs
    from briefgen.authorities.typeface import plain, runs_text

    runs = format_runs(load_library(project), key, pin, signal, paren, typeface=typeface)
    return runs_text(runs) if markup == "md" else plain(runs)


def resolve(document: Document, library: Library, *, typeface: Typeface = "practitioner",
            notes: bool = True) -> tuple[Document, list[Use], tuple[Diagnostic, ...]]:
    """The citations pass on its own: a Document with Cite nodes in, ``(document, uses, diagnostics)`` out.

    >>> import briefgen
    >>> from briefgen.readers.markdown import parse
    >>> doc = briefgen.Document(tuple(parse("The treaty binds.[@att, art. 7(1)]", "x.md")))
    >>> resolved, uses, diagnostics = briefgen.resolve(doc, briefgen.load_library())
    >>> [(u.key, u.note, u.position.value) for u in uses], diagnostics
    ([('att', 1, 'full')], ())
    """
    from briefgen.citations.resolve import Settings, resolve as resolve_doc
    from briefgen.authorities.typeface import Style

    report = Report()
    doc, uses = resolve_doc(document, library, report, Settings(Style(typeface), notes=notes))
    return doc, uses, tuple(report.items)


# ---------------------------------------------------------------- the other commands, one function each


def modules(start: str | Path = ".") -> list[dict]:
    """``briefgen modules``: each module of the project with its title, summary, and what it requires and argues.

    >>> import briefgen
    >>> [m["module"] for m in briefgen.api.modules()][:2]
    ['att/article-6', 'att/article-7']
    """
    from briefgen.argument.modules import catalogue

    return catalogue(load_project(start))


def new(kind: str, name: str, root: str | Path) -> list[Path]:
    """``briefgen new``: a spec and a first module in the project at ``root`` (and its skeleton if it has
    none); returns the files written."""
    from briefgen.invocation import current
    from briefgen.scaffold import new_brief

    return new_brief(kind, name, current().path(root))


def schema(folder: str | Path = "schemas") -> list[Path]:
    """``briefgen schema``: JSON Schemas for specs, authorities, facts and frameworks; returns the files written."""
    from briefgen.invocation import current
    from briefgen.schema import write_schemas

    return write_schemas(current().path(folder))


def authority(key: str, start: str | Path = ".") -> tuple[Any, str]:
    """``briefgen authorities show``: one record and its full citation, or an ``unknown-authority`` error.

    >>> import briefgen
    >>> record, cite = briefgen.api.authority("att")
    >>> record.kind, cite.startswith("Arms Trade Treaty")
    ('treaty', True)
    """
    from briefgen.citations import bluebook as bb
    from briefgen.errors import did_you_mean

    lib = load_library(start)
    if key not in lib:
        raise BriefgenError(f"unknown authority '{key}'", code="unknown-authority",
                            hint=did_you_mean(key, lib.by_id) or "see `briefgen authorities list`")
    return lib[key], bb.runs_text(bb.full(lib[key]))


def import_authorities(source: str | Path, into: str | None = None, update: bool = False,
                       start: str | Path = ".") -> Any:
    """``briefgen authorities import``: CSL-JSON or BibTeX into native records (an ``Imported``: the files
    written, ids added, what changed, and its ``report`` of what could not be mapped)."""
    from briefgen.authorities.manage import import_file
    from briefgen.errors import UsageError
    from briefgen.invocation import current

    path = current().path(source)
    if not path.is_file():
        raise UsageError(f"no file {path}", code="usage")
    project = load_project(start)
    load_library(project.root)
    return import_file(path, project.authorities, into, update)


def fetch_legislators(url: str, dest: str | Path | None = None) -> tuple[Path, list[Diagnostic]]:
    """``briefgen legislators fetch``: the current congress-legislators files; their folder and what was
    wrong in them."""
    from briefgen.invocation import current
    from briefgen.letters.congress import fetch

    folder, problems = fetch(url, current().path(dest) if dest else None)
    return folder, list(problems)


def letters_manifest(folders: Iterable[str | Path], out: str | Path | None = None) -> Any:
    """``briefgen letters manifest``: a batch's shares merged (a ``Merged``: rows, missing and duplicate
    letters); with ``out``, the merged manifest written there."""
    from briefgen import atomic
    from briefgen.batch.manifest import merge
    from briefgen.invocation import current

    merged = merge([current().path(f) for f in folders])
    if out:
        atomic.write_text(current().path(out), merged.csv_text())
    return merged


def styles_init(out: str | Path = "styles/reference.docx", force: bool = False) -> Path:
    """``briefgen styles init``: the default reference DOCX, for a firm to restyle in Word."""
    from briefgen.errors import UsageError
    from briefgen.invocation import current
    from briefgen.styles import write_reference

    target = current().path(out)
    if target.exists() and not force:
        raise UsageError(f"{out} exists", code="exists")
    write_reference(target)
    return target


def import_memo(source: str | Path, root: str | Path, name: str | None = None) -> tuple[Any, list[Path],
                                                                                        tuple[Diagnostic, ...]]:
    """``briefgen import``: an existing memo into a spec, modules and draft authorities in the project at
    ``root``; returns what was read (an ``Imported``), the files written and the importer's warnings."""
    from briefgen.importer import load, write
    from briefgen.invocation import current

    report = Report()
    imported = load(current().path(source), report)
    written = write(imported, current().path(root), name)
    return imported, written, tuple(report.items)


def verify(paths: Iterable[str | Path]) -> list[tuple[Path, tuple[Diagnostic, ...]]]:
    """``briefgen verify``: for each memo or brief spec, the citation errors a citechecker would find.

    >>> import briefgen
    >>> [(path.name, len(found) >= 0) for path, found in briefgen.api.verify(["briefs/att-mexico-memo.yaml"])]
    [('att-mexico-memo.yaml', True)]
    """
    from briefgen.errors import UsageError
    from briefgen.invocation import current
    from briefgen.verify import verify_path

    results = []
    for given in paths:
        path = current().path(given)
        report = Report()
        try:
            verify_path(path, report)
        except UsageError:
            raise
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
        results.append((path, tuple(dict.fromkeys(report.items))))
    return results


def lookup_cases(path: str | Path, *, cache_only: bool = False, refresh: bool = False, uscode: str | Path | None = None,
                 env: Mapping[str, str] | None = None, resolver: Any = None) -> tuple[list, tuple[Diagnostic, ...]]:
    """Ask a register whether each U.S. case a memo or brief cites exists and is the case it names —
    and, given ``uscode`` (a folder of the Code's USLM title files), whether each U.S.C. section
    exists in the current Code: ``(lookups, diagnostics)``. Only citation strings leave the machine;
    answers are cached on disk (``$XDG_CACHE_HOME/briefgen/citation-lookup/``). Raises
    :class:`briefgen.online.ServiceError` (a UsageError: exit 2) when the register cannot answer —
    never reporting a citation as not found. ``env`` defaults to the command's environment
    (``COURTLISTENER_API``, ``COURTLISTENER_TOKEN``, ``XDG_CACHE_HOME``).
    """
    from briefgen.online import gather

    report = Report()
    found = gather.citations(Path(path), report)
    return _look_up(found, report, cache_only, refresh, uscode, env, resolver), tuple(report.items)


def lookup_project_cases(start: str | Path = ".", *, cache_only: bool = False, refresh: bool = False, fix: bool = False,
                         uscode: str | Path | None = None, env: Mapping[str, str] | None = None,
                         resolver: Any = None) -> tuple[list, tuple[Diagnostic, ...], list]:
    """``briefgen check --online``: every case record of the project looked up as :func:`lookup_cases`
    does; with ``fix``, the found address is written into each case record that has no ``url``.
    Returns ``(lookups, diagnostics, fixed paths)``."""
    from briefgen.online import gather
    from briefgen.online.fix import add_urls

    report = Report()
    library = load_library(start)
    lookups = _look_up(gather.from_project(library), report, cache_only, refresh, uscode, env, resolver)
    fixed = add_urls([x for x in lookups if x.source == "CourtListener"], library, report) if fix else []
    return lookups, tuple(report.items), fixed


def _look_up(found: Any, report: Report, cache_only: bool, refresh: bool, uscode: str | Path | None,
             env: Mapping[str, str] | None, resolver: Any) -> list:
    from briefgen.invocation import current
    from briefgen.online import Options, compare
    from briefgen.online import uscode as code
    from briefgen.online.cache import Cache, default_root
    from briefgen.online.courtlistener import CourtListener

    env = current().env if env is None else env
    cache = Cache(default_root(env))
    lookups = []
    if found.cases:
        lookups += compare.check(found.cases, resolver or CourtListener(env), cache, Options(cache_only, refresh),
                                 report)
    if uscode is not None and found.statutes:
        lookups += code.check(found.statutes, code.UsCode(current().path(uscode), cache.root), report)
    return lookups
