"""The one pipeline: spec -> modules (sandboxed Jinja) -> Markdown -> Document -> citations -> writers."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.authorities.load import Library, load_library
from briefgen.citations.bluebook import Style
from briefgen.citations import toa
from briefgen.citations.resolve import Use, resolve
from briefgen.document import Document, Heading, Note
from briefgen.errors import BriefgenError, Report, UsageError, display_path
from briefgen.project import Project
from briefgen.spec import BriefSpec, load_spec

FORMATS = ("docx", "pdf", "md")


@dataclass
class Built:
    """What one build produced: the resolved document, its citation uses and the files written."""

    spec: BriefSpec
    document: Document
    uses: list[Use]
    files: list[Path] = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def footnotes(self) -> int:
        return count_notes(self.document)


def count_notes(doc: Document) -> int:
    from briefgen.document import plain_text  # noqa: F401

    n = 0

    def walk(inlines):
        nonlocal n
        for node in inlines:
            if isinstance(node, Note):
                n += 1
            elif hasattr(node, "children"):
                walk(node.children)
        return inlines

    from briefgen.document import map_inlines

    map_inlines(doc.blocks, walk)
    return n


def cite_context(spec: BriefSpec, params: dict) -> dict:
    def cite(key: str, pin: str = "", signal: str = "", paren: str = "") -> str:
        """``{{ cite('gao2009', pin='15', signal='see') }}`` -> ``[see @gao2009, 15]``."""
        item = f"{signal + ' ' if signal else ''}@{key}{', ' + str(pin) if pin else ''}{' (' + paren + ')' if paren else ''}"
        return f"[{item}]"

    brief = {"title": spec.title, "kind": spec.kind, **spec.text}
    return {**params, "vars": spec.vars, "brief": brief, "params": params, "cite": cite}


def compose(spec: BriefSpec, project: Project, report: Report) -> Document:
    """Render and parse every module of the spec into one document (citations unresolved)."""
    from briefgen.argument.modules import read_module, render
    from briefgen.kinds import arrange
    from briefgen.readers.markdown import parse

    body: list = []
    for ref in spec.modules:
        try:
            path = project.module_path(ref.name, ref.location)
            module = read_module(ref.name, path, ref.location)
            params = dict(module.front.get("params") or {})
            text = render(module, project.briefs, cite_context(spec, params))
            body += parse(text, display_path(path), module.body_line)
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
    levels = [b.level for b in body if isinstance(b, Heading)]
    shift = min(levels) - 1 if levels else 0
    body = [replace(b, level=max(1, b.level - shift)) if isinstance(b, Heading) else b for b in body]
    meta = {"title": spec.title, "author": spec.get("author") or spec.get("from") or next(iter(spec.lines("signature")), ""),
            "kind": spec.kind, "date": spec.get("date"), "subject": spec.get("re") or spec.get("subject"),
            "notes": spec.extra.get("notes") or "footnotes"}
    return Document(tuple(arrange(spec, body)), meta)


_LIBRARIES: dict = {}


def library_for(project: Project, report: Report) -> Library:
    """Authorities are read once per project and process (letter batches, --watch reuse them)."""
    key = str(project.authorities)
    if key not in _LIBRARIES:
        lib_report = Report()
        _LIBRARIES[key] = (load_library(project.authorities, lib_report), lib_report)
    lib, lib_report = _LIBRARIES[key]
    report.extend(lib_report.items)
    return lib


def prepare(spec_path: Path, report: Report) -> Built:
    """Everything up to the writers: spec, modules, authorities, citations."""
    spec_path = Path(spec_path)
    if not spec_path.is_file():
        raise UsageError(f"no brief spec at {display_path(spec_path)}", code="spec-missing",
                         hint="name a file such as briefs/att-mexico-memo.yaml")
    project = Project.find(spec_path)
    spec = load_spec(spec_path)
    lib = library_for(project, report)
    doc = compose(spec, project, report)
    style = citation_style(spec, project, lib)
    doc, uses = resolve(doc, lib, report, style)
    doc = toa.fill(doc, uses, lib, style)
    return Built(spec, doc, uses)


def citation_style(spec: BriefSpec, project: Project, lib: Library) -> Style:
    """Bluebook in the practitioner's or law-review typeface, or a CSL style through citeproc-py."""
    from briefgen.citations.cslstyle import CslFormatter, find_style

    try:
        path = find_style(spec.style, project.root)
    except BriefgenError as exc:
        raise BriefgenError(exc.diagnostics[0].message, spec.location, code="style", hint=exc.diagnostics[0].hint)
    csl = CslFormatter(path, lib) if path else None
    return Style("law-review" if spec.style == "law-review" else "practitioner",
                 notes=spec.citations == "footnotes", csl=csl)


def write(built: Built, formats, out_dir: Path, pdf_standard: str | None = None) -> list[Path]:
    """Write each format atomically. The PDF is laid out once; its pages fill the DOCX's tables."""
    from briefgen.document import TableOfAuthorities, TableOfContents
    from briefgen.writers import atomic

    doc = built.document
    tables = any(isinstance(b, (TableOfAuthorities, TableOfContents)) for b in doc.blocks)
    laid = None
    if "pdf" in formats or (tables and ("docx" in formats or "md" in formats)):
        from briefgen.writers.pdf import layout

        laid = layout(doc, pdf_standard, pages=tables)
        if tables:
            doc = toa.with_pages(doc, laid.toa_pages, laid.toc)
            built.document = doc
    files = []
    for fmt in formats:
        target = Path(out_dir) / f"{built.spec.stem}.{fmt}"
        if fmt == "md":
            from briefgen.writers.markdown import render_markdown

            atomic.write_text(target, render_markdown(doc))
        elif fmt == "docx":
            from briefgen.writers.docx import write_docx

            built.warnings += write_docx(doc, target, reference_doc(built))
        elif fmt == "pdf":
            atomic.write_bytes(target, laid.pdf)
        files.append(target)
    built.files = files
    return files


def reference_doc(built: Built) -> Path | None:
    project = Project.find(built.spec.path)
    if built.spec.reference:
        path = (project.root / built.spec.reference).resolve()
        if not path.is_file():
            raise BriefgenError(f"reference document {built.spec.reference} not found", built.spec.location,
                                code="reference-docx")
        return path
    default = project.styles / "reference.docx"
    return default if default.is_file() else None


def build(spec_path: Path, formats, out_dir: Path, report: Report, pdf_standard: str | None = None) -> Built:
    """Build one brief. Errors anywhere stop before any file is written."""
    built = prepare(spec_path, report)
    report.raise_if_errors()
    write(built, formats, out_dir, pdf_standard)
    return built
