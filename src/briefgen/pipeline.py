"""The one pipeline: spec -> modules (sandboxed Jinja) -> Markdown -> Document -> citations -> writers."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, get_args

from briefgen.authorities.load import Library, load_library
from briefgen.citations import toa
from briefgen.citations.resolve import Settings, resolve
from briefgen.document import Document, Heading, Note
from briefgen.errors import BriefgenError, Diagnostic, Location, Report, UsageError, display_path
from briefgen.names import OutputFormat
from briefgen.project import Project
from briefgen.spec import BriefSpec, load_spec
from briefgen.typography import tie

FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)
# What one brief may hold, so that laying it out stays under 2 GB of memory (measured: a million
# characters of text take about 360 MB in the layout, a thousand notes about 60 MB, a thousand table
# cells about 22 MB; a brief at every limit at once peaked at 1.6 GB). Some 600 pages of filing.
MAX_DOCUMENT_CHARS = 2_000_000
MAX_NOTES = 5_000
MAX_TABLE_CELLS = 10_000
MAX_PAGES = 1_000  # pages a brief may lay out, as estimated before layout (the text limit makes some 600)


@dataclass(frozen=True)
class Built:
    """What the pipeline made of one brief, up to the writers: the resolved document, its citation
    uses, the element matrix, the author's clusters as written, the library and the Word template."""

    spec: BriefSpec
    document: Document
    uses: tuple
    matrix: tuple = ()
    cites: tuple = ()
    library: Library | None = None
    reference: Path | None = None         # the Word template whose styles the DOCX takes
    texts: tuple = ()                     # the modules' rendered text, to say where a character is
    unnamed: tuple = ()                   # cited records whose hereinafter no later citation prints (R4.2(b))

    @property
    def footnotes(self) -> int:
        return count_notes(self.document)


@dataclass(frozen=True)
class Outputs:
    """What :func:`write` put on disk: the files, the PDF's page count (0 without a PDF), the writers' warnings."""

    files: tuple
    pages: int = 0
    warnings: tuple = ()


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
    texts: list = field(default_factory=list)   # (shown path, lines before the body, rendered text) per module


def template_context(spec: BriefSpec, params: dict, args, used_facts: list, letter=None) -> dict:
    """What a module's template sees: its params, the spec's vars, the brief, ``cite()`` and ``fact()``."""

    def cite(key: str, pin: str = "", signal: str = "", paren: str = "") -> str:
        """``{{ cite('gao2009', pin='15', signal='see') }}`` -> ``[see @gao2009, 15]``."""
        from briefgen.citations.syntax import item_text

        return f"[{item_text(key, str(pin), signal, paren)}]"

    def fact(ident: str) -> str:
        """``{{ fact('us-origin-share') }}`` -> the statement followed by its citations."""
        if ident in args.unavailable:
            raise BriefgenError(f"fact '{ident}' did not load: its facts file's errors say why", code="unknown-fact",
                                hint="fix the fact in briefs/facts/, then build again")
        if ident not in args.facts:
            from briefgen.errors import did_you_mean

            raise BriefgenError(f"unknown fact '{ident}'", code="unknown-fact",
                                hint=did_you_mean(ident, args.facts) or "facts live in briefs/facts/*.yaml")
        if ident not in used_facts:
            used_facts.append(ident)
        return args.facts[ident].markdown()

    brief = {"title": spec.title, "kind": spec.kind, **spec.text}
    return {**params, "vars": spec.vars, "brief": brief, "params": params, "cite": cite, "fact": fact,
            "recipient": {}, **(letter.variables() if letter else {})}


def compose(spec: BriefSpec, project: Project, args, report: Report, letter=None) -> Composition:
    """Render and parse every module of the spec into one document (citations unresolved);
    ``letter`` (an Envelope) is a letter's recipients and sender."""
    from briefgen.argument.modules import read_module, render
    from briefgen.kinds import arrange, page_furniture
    from briefgen.readers.markdown import parse

    body: list = []
    modules: list = []
    used_facts: list = []
    texts: list = []
    pages = 0.0
    for ref in spec.modules:
        try:
            path = project.module_path(ref.name, ref.location)
            module = read_module(ref.name, path)
            modules.append(module)
            defaults = module.front.get("params") or {}
            params = {k: spec.vars.get(k, v) for k, v in defaults.items()}  # the spec's vars override defaults
            text = render(module, project.briefs, template_context(spec, params, args, used_facts, letter))
            pages += text_pages(text)
            if pages > MAX_PAGES:  # before parsing: hundreds of thousands of blocks take minutes to parse
                raise BriefgenError(f"the brief would lay out some {int(pages):,} pages; a brief may have at most "
                                    f"{MAX_PAGES:,}", spec.location, code="too-large", hint=PAGES_HINT)
            body += parse(text, display_path(path), module.body_line, report)
            texts.append((display_path(path), module.body_line, text))
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
            if pages > MAX_PAGES:
                break
    levels = [b.level for b in body if isinstance(b, Heading)]
    shift = min(levels) - 1 if levels else 0
    body = [replace(b, level=max(1, b.level - shift)) if isinstance(b, Heading) else b for b in body]
    meta = {"title": spec.title, "author": spec.get("author") or spec.get("from") or next(iter(spec.lines("signature")), ""),
            "kind": spec.kind, "date": spec.get("date"), "subject": spec.get("subject") or spec.get("re"),
            "notes": spec.extra.get("notes") or "footnotes", "furniture": page_furniture(spec, letter),
            "epoch": source_date_epoch()}
    return Composition(Document(tuple(arrange(spec, body, letter)), meta), modules, used_facts, texts)


_CACHE: dict = {}


def _cached(name: str, folders: tuple, load, report: Report):
    """Load once per process while the files stay unchanged (letter batches and --watch reuse them)."""
    from briefgen.project import file_stamps

    key = (name, *map(str, folders))
    stamp = file_stamps(folders)
    hit = _CACHE.get(key)
    if hit is None or hit[0] != stamp:
        sub = Report()
        hit = (stamp, load(sub), sub)
        _CACHE[key] = hit
    report.extend(hit[2].items)
    return hit[1]


def source_date_epoch() -> str | None:
    """SOURCE_DATE_EPOCH of the command being run, which dates what the writers make (they never read
    the environment themselves)."""
    from briefgen.invocation import current

    return current().env.get("SOURCE_DATE_EPOCH")


def library_for(project: Project, report: Report) -> Library:
    return _cached("authorities", (project.authorities,), lambda r: load_library(project.authorities, r), report)


def arguments_for(project: Project, report: Report):
    from briefgen.argument.facts import load_arguments

    return _cached("arguments", (project.facts, project.frameworks),
                   lambda r: load_arguments(project.facts, project.frameworks, r), report)


def prepare(spec_path: Path, report: Report, letter=None, legislators: str | None = None,
            spec: BriefSpec | None = None) -> Built:
    """Everything up to the writers: spec, modules, authorities, facts, citations, and every check.

    ``spec`` is the spec already read from ``spec_path``, if it was; ``letter`` (an Envelope)
    addresses a letter: without it, a letter goes to the spec's own recipient (a mail merge's
    first letter, so that checking a batch checks one of its letters).
    """
    from briefgen.argument import coverage

    spec_path = Path(spec_path)
    if not spec_path.is_file():
        raise UsageError(f"no brief spec at {display_path(spec_path)}", code="spec-missing",
                         hint="name a file such as briefs/att-mexico-memo.yaml")
    project = Project.find(spec_path)
    spec = spec or load_spec(spec_path)
    if letter is None and spec.kind == "letter":
        from briefgen.letters.plan import single

        letter = single(spec, project.root, report, legislators)
    lib = library_for(project, report)
    args = arguments_for(project, report)
    comp = compose(spec, project, args, report, letter)
    size = sum(len(text) for _, _, text in comp.texts)
    if size > MAX_DOCUMENT_CHARS:
        raise BriefgenError(f"the brief's modules render {size:,} characters; a brief may hold at most "
                            f"{MAX_DOCUMENT_CHARS:,}", spec.location, code="too-large",
                            hint="split it into several briefs; a filing of this size would be some 600 pages")
    style = citation_style(spec, project, lib)
    cites = collect_cites(comp.document)
    doc, uses = resolve(comp.document, lib, report, style)
    _check_size(doc, spec)
    coverage.check_facts(args, lib, report)
    facts = coverage.required_facts(comp.modules, args, report)
    facts += [f for f in comp.used_facts if f not in facts]
    rows = coverage.matrix(coverage.argued(comp.modules, args, report), facts, args, report, lib)
    from briefgen.lint.rules import check_brief, unused_hereinafters

    check_brief(comp.document, comp.modules, lib, spec, report)
    _check_currency(spec_path, spec, comp, [args.facts[f] for f in facts if f in args.facts], lib, report)
    if spec.extra.get("appendix") == "elements" and rows:
        doc = doc.with_blocks(list(doc.blocks) + appendix(rows, lib, style))
    doc = tie(toa.fill(doc, uses, lib, style))
    return Built(spec, doc, tuple(uses), tuple(rows), tuple(cites), library=lib,
                 reference=reference_doc(spec, project, report), texts=tuple(comp.texts),
                 unnamed=unused_hereinafters(uses, lib) if style.csl is None else ())


def _check_currency(spec_path: Path, spec: BriefSpec, comp: Composition, facts: list, lib: Library,
                    report: Report) -> None:
    """What a supervisor reads for before signing: sources not read, stale facts, revoked authority cited
    as in force, and placeholders left in the modules or the spec."""
    from briefgen.lint import currency, placeholders

    currency.check(comp.document, comp.modules, facts, lib, spec, report)
    for shown, before, text in comp.texts:
        placeholders.scan(text, shown, before + 1, report, "the module")
    placeholders.scan_spec(spec_path, report)


def _check_size(doc: Document, spec: BriefSpec) -> None:
    from briefgen.document import Table, iter_blocks

    notes = count_notes(doc)
    cells = sum(len(b.header) + sum(len(r) for r in b.rows) for b in iter_blocks(doc.blocks) if isinstance(b, Table))
    for count, limit, what in ((notes, MAX_NOTES, "notes"), (cells, MAX_TABLE_CELLS, "table cells")):
        if count > limit:
            raise BriefgenError(f"the brief has {count:,} {what}; a brief may hold at most {limit:,}", spec.location,
                                code="too-large", hint="split it into several briefs")
    pages = estimated_pages(doc)
    if pages > MAX_PAGES:
        raise BriefgenError(f"the brief would lay out some {pages:,} pages; a brief may have at most {MAX_PAGES:,}",
                            spec.location, code="too-large", hint=PAGES_HINT)


PAGES_HINT = "split it into several briefs (many short paragraphs each take a line and a gap)"
_BLOCK_STARTS = None


def text_pages(text: str) -> float:
    """Pages a module's rendered Markdown will take, estimated as :func:`estimated_pages` does, from
    its blank lines and lines that start a list item, heading, quotation or table row."""
    global _BLOCK_STARTS
    import re

    if _BLOCK_STARTS is None:
        _BLOCK_STARTS = re.compile(r"\n[ \t]*\n+|(?m:^[ \t]*(?:[-*+>#|]|\d{1,9}[.)]))")
    return (len(_BLOCK_STARTS.findall(text)) + 1) / 30 + len(text) / 3750


def estimated_pages(doc: Document) -> int:
    """Pages the PDF will have, estimated from the model without laying it out (which for thousands
    of pages takes minutes and gigabytes): a block takes a line and a gap (1/30 page), text some
    3,750 characters a page, a note some 1/50 page besides its text, a page break a page."""
    from briefgen.document import Code, Note, PageBreak, Str, Table, iter_blocks, iter_inlines

    pages = 0.0
    for b in iter_blocks(doc.blocks):
        if isinstance(b, PageBreak):
            pages += 1
        elif isinstance(b, Table):
            pages += (len(b.rows) + 1) / 30
        else:
            pages += 1 / 30
    for node in iter_inlines(doc.blocks):
        if isinstance(node, (Str, Code)):
            pages += len(node.text) / 3750
        elif isinstance(node, Note):
            pages += 1 / 50
    return int(pages)


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
        return settings_for(spec.style, spec.citations, project.root, lib, date=str(spec.get("date") or ""))
    except BriefgenError as exc:  # placed at the spec, keeping its own code (style, outside-project)
        d = exc.diagnostics[0]
        raise BriefgenError(d.message, spec.location, code=d.code, hint=d.hint) from None


def write(built: Built, formats, out_dir: Path, pdf_standard: str | None = None, stem: str | None = None) -> Outputs:
    """Render every format, then write them all at once as ``OUT/<stem>.<ext>`` (the spec's name unless
    given): a failure anywhere leaves every earlier output as it was. The document is laid out once,
    when a PDF is asked for or its tables need pages; the layout's pages fill every writer's tables."""
    from briefgen import atomic
    from briefgen.paginate import has_tables, paginate
    from briefgen.writers.base import unprintable

    doc, laid, warnings = built.document, None, []
    bad = unprintable(doc)
    if bad:
        warnings.append(Diagnostic("warning", "control-character",
                                   f"the text holds {', '.join(f'U+{ord(c):04X}' for c in bad)}, which no format can "
                                   "print; every output leaves them out", built.spec.location,
                                   "find them in the authorities or recipient data and delete them"))
    if "pdf" in formats or (has_tables(doc) and ("docx" in formats or "md" in formats)):
        doc, laid = paginate(doc, pdf_standard)
    rendered = {}
    for fmt in formats:
        target = Path(out_dir) / f"{stem or built.spec.stem}.{fmt}"
        rendered[target], notes = WRITERS[fmt](doc, built, laid)
        warnings += [Diagnostic("warning", "output", w, Location(display_path(target))) for w in notes]
    if laid:
        warnings += missing_glyphs(laid.missing, built)
    atomic.write_all(rendered)
    return Outputs(tuple(rendered), laid.page_count if laid and "pdf" in formats else 0, tuple(warnings))


# Each output format's writer: (the laid-out document, what was built, the layout or None) -> (bytes, what the
# format could not hold, as messages). A new format is a writer here and its name in names.OutputFormat.
Writer = Callable[[Document, Built, Any], "tuple[bytes, list[str]]"]


def _markdown(doc: Document, built: Built, laid) -> tuple[bytes, list[str]]:
    from briefgen.writers.markdown import render_markdown

    return render_markdown(doc).encode("utf-8"), []


def _docx(doc: Document, built: Built, laid) -> tuple[bytes, list[str]]:
    from briefgen.writers.docx import render_docx

    data, notes = render_docx(doc, built.reference)
    return data, list(notes)


def _pdf(doc: Document, built: Built, laid) -> tuple[bytes, list[str]]:
    return laid.pdf, []


def _text(doc: Document, built: Built, laid) -> tuple[bytes, list[str]]:
    from briefgen.writers.text import render_text

    text, notes = render_text(doc)
    return text.encode("utf-8"), list(notes)


WRITERS: dict[OutputFormat, Writer] = {"docx": _docx, "pdf": _pdf, "md": _markdown, "txt": _text}


def missing_glyphs(chars, built: Built) -> list[Diagnostic]:
    """A warning for each character no font could draw, at its first place in the modules (else the spec)."""
    out = []
    for ch in chars:
        where = built.spec.location
        for path, offset, text in built.texts:
            at = text.find(ch)
            if at >= 0:
                line = text.count("\n", 0, at) + 1
                where = Location(path, offset + line, at - (text.rfind("\n", 0, at) + 1) + 1)
                break
        out.append(Diagnostic("warning", "missing-glyph", f"no font has a glyph for U+{ord(ch):04X} ({ch}): "
                              "the PDF shows an empty box there", where,
                              "use another character, or install a font that has it: the PDF uses the fonts installed here"))
    return out


def reference_doc(spec: BriefSpec, project: Project, report: Report) -> Path | None:
    """The spec's ``reference:`` DOCX, else the project's styles/reference.docx, else none; inside the project."""
    from briefgen.project import confine

    if spec.reference:
        path = project.root / spec.reference
        if not path.is_file():
            report.error(f"reference document {spec.reference} not found", spec.location, code="reference-docx")
            return None
    else:
        path = project.styles / "reference.docx"
        if not path.is_file():
            return None
    try:
        return confine(path, project.root, "reference document", spec.location)
    except BriefgenError as exc:
        report.extend(exc.diagnostics)
        return None


def build(spec_path: Path, formats, out_dir: Path, report: Report, pdf_standard: str | None = None,
          spec: BriefSpec | None = None) -> tuple[Built, Outputs]:
    """Build one brief (``spec``: its spec, when already read). Errors anywhere stop before any file is written."""
    built = prepare(spec_path, report, spec=spec)
    report.raise_if_errors()
    return built, write(built, formats, out_dir, pdf_standard)
