"""The one pipeline: spec -> modules (sandboxed Jinja) -> Markdown -> Document -> citations -> writers."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.authorities.load import Library, load_library
from briefgen.citations import toa
from briefgen.citations.resolve import Settings, Use, resolve
from briefgen.document import Document, Heading, Note
from briefgen.errors import BriefgenError, Diagnostic, Location, Report, UsageError, display_path
from briefgen.project import Project
from briefgen.spec import BriefSpec, load_spec

FORMATS = ("docx", "pdf", "md")


@dataclass
class Built:
    """What one build produced: the resolved document, its citation uses, the element matrix, the files."""

    spec: BriefSpec
    document: Document
    uses: list[Use]
    matrix: list = field(default_factory=list)
    cites: list = field(default_factory=list)
    library: Library | None = None
    reference: Path | None = None         # the Word template whose styles the DOCX takes
    files: list[Path] = field(default_factory=list)
    warnings: list = field(default_factory=list)
    pages: int = 0                      # PDF pages, when a PDF was laid out

    @property
    def footnotes(self) -> int:
        return count_notes(self.document)


def count_notes(doc: Document) -> int:
    from briefgen.document import iter_inlines

    return sum(isinstance(n, Note) for n in iter_inlines(doc.blocks))


def collect_cites(doc: Document) -> list:
    """Every unresolved Cite node, in reading order (for lints that read what the author wrote)."""
    from briefgen.document import Cite, iter_inlines

    return [n for n in iter_inlines(doc.blocks) if isinstance(n, Cite)]


@dataclass
class Composition:
    document: Document
    modules: list
    used_facts: list


def template_context(spec: BriefSpec, params: dict, args, used_facts: list, recipient=None) -> dict:
    """What a module's template sees: its params, the spec's vars, the brief, ``cite()`` and ``fact()``."""

    def cite(key: str, pin: str = "", signal: str = "", paren: str = "") -> str:
        """``{{ cite('gao2009', pin='15', signal='see') }}`` -> ``[see @gao2009, 15]``."""
        from briefgen.citations.syntax import item_text

        return f"[{item_text(key, str(pin), signal, paren)}]"

    def fact(ident: str) -> str:
        """``{{ fact('us-origin-share') }}`` -> the statement followed by its citations."""
        if ident not in args.facts:
            from briefgen.errors import did_you_mean

            raise BriefgenError(f"unknown fact '{ident}'", code="unknown-fact",
                                hint=did_you_mean(ident, args.facts) or "facts live in briefs/facts/*.yaml")
        if ident not in used_facts:
            used_facts.append(ident)
        return args.facts[ident].markdown()

    brief = {"title": spec.title, "kind": spec.kind, **spec.text}
    return {**params, "vars": spec.vars, "brief": brief, "params": params, "cite": cite, "fact": fact,
            "recipient": recipient.variables() if recipient else {}}


def compose(spec: BriefSpec, project: Project, args, report: Report, recipient=None) -> Composition:
    """Render and parse every module of the spec into one document (citations unresolved);
    ``recipient`` is the letter's addressee."""
    from briefgen.argument.modules import read_module, render
    from briefgen.kinds import arrange
    from briefgen.readers.markdown import parse

    body: list = []
    modules, used_facts = [], []
    for ref in spec.modules:
        try:
            path = project.module_path(ref.name, ref.location)
            module = read_module(ref.name, path, ref.location)
            modules.append(module)
            defaults = module.front.get("params") or {}
            params = {k: spec.vars.get(k, v) for k, v in defaults.items()}  # the spec's vars override defaults
            text = render(module, project.briefs, template_context(spec, params, args, used_facts, recipient))
            body += parse(text, display_path(path), module.body_line)
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
    levels = [b.level for b in body if isinstance(b, Heading)]
    shift = min(levels) - 1 if levels else 0
    body = [replace(b, level=max(1, b.level - shift)) if isinstance(b, Heading) else b for b in body]
    meta = {"title": spec.title, "author": spec.get("author") or spec.get("from") or next(iter(spec.lines("signature")), ""),
            "kind": spec.kind, "date": spec.get("date"), "subject": spec.get("subject") or spec.get("re"),
            "notes": spec.extra.get("notes") or "footnotes"}
    return Composition(Document(tuple(arrange(spec, body, recipient)), meta), modules, used_facts)


_CACHE: dict = {}


def _fingerprint(*folders: Path) -> tuple:
    """Names, sizes and times of every file below the folders: a cache key that notices any edit."""
    out = []
    for folder in folders:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    st = p.stat()
                    out.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(out)


def _cached(name: str, folders: tuple, load, report: Report):
    """Load once per process while the files stay unchanged (letter batches and --watch reuse them)."""
    key = (name, *map(str, folders))
    stamp = _fingerprint(*folders)
    hit = _CACHE.get(key)
    if hit is None or hit[0] != stamp:
        sub = Report()
        hit = (stamp, load(sub), sub)
        _CACHE[key] = hit
    report.extend(hit[2].items)
    return hit[1]


def library_for(project: Project, report: Report) -> Library:
    return _cached("authorities", (project.authorities,), lambda r: load_library(project.authorities, r), report)


def arguments_for(project: Project, report: Report):
    from briefgen.argument.facts import load_arguments

    return _cached("arguments", (project.facts, project.frameworks),
                   lambda r: load_arguments(project.facts, project.frameworks, r), report)


def prepare(spec_path: Path, report: Report, recipient=None, legislators: str | None = None) -> Built:
    """Everything up to the writers: spec, modules, authorities, facts, citations, and every check.

    ``recipient`` (a mail-merge Recipient) addresses a letter to one member.
    """
    from briefgen.argument import coverage

    spec_path = Path(spec_path)
    if not spec_path.is_file():
        raise UsageError(f"no brief spec at {display_path(spec_path)}", code="spec-missing",
                         hint="name a file such as briefs/att-mexico-memo.yaml")
    project = Project.find(spec_path)
    spec = load_spec(spec_path)
    if recipient is None and "recipients" in spec.extra:
        from briefgen.letters.merge import recipients_for  # check a mail merge as its first letter

        recipient = recipients_for(spec, project.root, legislators)[0]
    elif recipient is None and spec.extra.get("recipient"):
        from briefgen.letters.recipients import from_mapping

        recipient = from_mapping(spec.extra["recipient"])
    lib = library_for(project, report)
    args = arguments_for(project, report)
    comp = compose(spec, project, args, report, recipient)
    style = citation_style(spec, project, lib)
    cites = collect_cites(comp.document)
    doc, uses = resolve(comp.document, lib, report, style)
    coverage.check_facts(args, lib, report)
    facts = coverage.required_facts(comp.modules, args, report)
    facts += [f for f in comp.used_facts if f not in facts]
    rows = coverage.matrix(coverage.argued(comp.modules, args, report), facts, args, report)
    coverage.check_dates(uses, lib, spec.get("date"), report)
    coverage.lint_parentheticals(cites, report)
    if spec.extra.get("appendix") == "elements" and rows:
        doc = doc.with_blocks(list(doc.blocks) + appendix(rows, lib, style))
    doc = toa.fill(doc, uses, lib, style)
    return Built(spec, doc, uses, rows, cites, library=lib, reference=reference_doc(spec, project, report))


def appendix(rows, lib: Library, style: Settings) -> list:
    """``appendix: elements``: a table of element, facts, authorities at the end of the document."""
    from briefgen.citations import bluebook as bb
    from briefgen.citations.resolve import runs_to_inlines
    from briefgen.document import Heading, Str, Table

    body = []
    for row in rows:
        facts = " ".join(f.statement for f in row.facts) or "(no supporting fact)"
        names: list = []
        for key in dict.fromkeys(s.cite for f in row.facts for s in f.support):
            if key in lib.by_id:
                if names:
                    names.append(Str("; "))
                names += list(runs_to_inlines(bb.supra_name(lib.by_id[key], style.typeface)))
        body.append(((Str(f"{row.element.id}: {row.element.text}"),), (Str(facts),), tuple(names)))
    return [Heading(1, (Str("Appendix: Elements and Their Support"),)),
            Table(((Str("Element"),), (Str("Facts"),), (Str("Authorities"),)), tuple(body))]


def citation_style(spec: BriefSpec, project: Project, lib: Library) -> Settings:
    """Bluebook in the practitioner's or law-review typeface, or a CSL style through citeproc-py."""
    from briefgen.citations.resolve import settings_for

    try:
        return settings_for(spec.style, spec.citations, project.root, lib)
    except BriefgenError as exc:
        raise BriefgenError(exc.diagnostics[0].message, spec.location, code="style", hint=exc.diagnostics[0].hint)


def write(built: Built, formats, out_dir: Path, pdf_standard: str | None = None, stem: str | None = None) -> list[Path]:
    """Write each format atomically, as ``OUT/<stem>.<ext>`` (the spec's name unless given).
    The PDF is laid out once; its pages fill the DOCX's tables."""
    from briefgen.document import TableOfAuthorities, TableOfContents
    from briefgen import atomic

    doc = built.document
    tables = any(isinstance(b, (TableOfAuthorities, TableOfContents)) for b in doc.blocks)
    laid = None
    if "pdf" in formats or (tables and ("docx" in formats or "md" in formats)):
        from briefgen.writers.pdf import layout

        laid = layout(doc, pdf_standard, pages=tables)
        built.pages = laid.page_count if "pdf" in formats else 0
        if tables:
            doc = toa.with_pages(doc, laid.toa_pages, laid.toc)
            built.document = doc
    files = []
    for fmt in formats:
        target = Path(out_dir) / f"{stem or built.spec.stem}.{fmt}"
        if fmt == "md":
            from briefgen.writers.markdown import render_markdown

            atomic.write_text(target, render_markdown(doc))
        elif fmt == "docx":
            from briefgen.writers.docx import write_docx

            built.warnings += [Diagnostic("warning", "output", w, Location(display_path(target)))
                               for w in write_docx(doc, target, built.reference)]
        elif fmt == "pdf":
            atomic.write_bytes(target, laid.pdf)
        files.append(target)
    built.files = files
    return files


def reference_doc(spec: BriefSpec, project: Project, report: Report) -> Path | None:
    """The spec's ``reference:`` DOCX, else the project's styles/reference.docx, else none."""
    if spec.reference:
        path = (project.root / spec.reference).resolve()
        if not path.is_file():
            report.error(f"reference document {spec.reference} not found", spec.location, code="reference-docx")
            return None
        return path
    default = project.styles / "reference.docx"
    return default if default.is_file() else None


def build(spec_path: Path, formats, out_dir: Path, report: Report, pdf_standard: str | None = None) -> Built:
    """Build one brief. Errors anywhere stop before any file is written."""
    built = prepare(spec_path, report)
    report.raise_if_errors()
    write(built, formats, out_dir, pdf_standard)
    return built
