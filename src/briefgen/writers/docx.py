"""DOCX writer: renders a resolved Document into Word paragraphs and runs, with real footnotes or endnotes.

The package it writes into (styles, notes parts, settings, numbering, properties, reproducible
zip) is ooxml.WordPackage; this module only maps the document model onto it. Tables of contents
and authorities are real Word fields (TOC, TOA and TA) whose results are the entries without page
numbers: pages measured in the PDF would be wrong in Word's own layout, so the document shows none
until Word (or LibreOffice) updates the fields and fills in its own. Paragraph roles become
Word's built-in styles, so a firm's reference DOCX restyles everything.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.document import (AuthorityMark, BlockQuote, BulletList, Code, Document, Emph, EndnotesHere, Heading,
                               LineBreak, Link, Note, OrderedList, PageBreak, PageFurniture, Para, Rule, SmallCaps, Str,
                               Strong, Table, TableOfAuthorities, TableOfContents, plain_text)
from briefgen.atomic import write_bytes
from briefgen.writers.base import Writer, document_time, split_urls
from briefgen.writers.ooxml import (FORBIDDEN, NS, WORD_STYLES, WordPackage, el, field_char, field_quote,
                                    keep_with_next, list_format, ppr, qn, run, set_style, sub, xml)


def render_docx(doc: Document, reference: Path | None = None) -> tuple[bytes, list[str]]:
    """Return the .docx bytes and a list of warnings (e.g. dropped characters)."""
    notes = "endnote" if doc.meta.get("notes") == "endnotes" else "footnote"
    renderer = _Renderer(WordPackage(reference, notes), notes)
    renderer.render(doc)
    return renderer.package.to_bytes(document_time(doc.meta)), renderer.warnings()


def write_docx(doc: Document, path: Path, reference: Path | None = None) -> list[str]:
    """render_docx, then atomic.write_bytes; returns warnings."""
    data, warnings = render_docx(doc, reference)
    write_bytes(path, data)
    return warnings


@dataclass(frozen=True)
class _Fmt:
    """Run formatting inherited down nested inlines, so italic inside bold is both."""

    italic: bool = False
    bold: bool = False
    small_caps: bool = False
    code: bool = False
    char_style: str = ""


class _Renderer(Writer):
    """Renders blocks into one Word package and holds what the blocks share: the note counter,
    the authorities of the table, and the warnings. Block rules take the paragraph style that
    plain paragraphs get (quotes); inline rules take (container, formatting, owning part)."""

    format = "DOCX"
    block_rules = {Para: "para", Heading: "heading", BulletList: "lists", OrderedList: "lists",
                   BlockQuote: "quote", Rule: "rule", Table: "table", PageBreak: "pagebreak",
                   TableOfContents: "toc", TableOfAuthorities: "toa", EndnotesHere: "endnotes_here"}
    inline_rules = {Str: "text", Emph: "emph", Strong: "strong", SmallCaps: "smallcaps", Code: "code",
                    LineBreak: "linebreak", Link: "link", Note: "note", AuthorityMark: "authority_mark"}

    def __init__(self, package: WordPackage, notes: str = "footnote"):
        self.package = package
        self.messages: list[str] = []
        self.note_kind = notes  # "footnote" or "endnote": which part and which element names notes use
        self.note_count = 0
        self.in_note = False
        self.authorities: dict[str, tuple[str, int]] = {}

    def render(self, doc: Document) -> None:
        self.authorities = _authority_index(doc.blocks)
        furniture = doc.meta.get("furniture") or PageFurniture()
        self.numbering = furniture.numbering
        self.blocks(doc.blocks)
        self.package.finish(furniture, self.numbering)
        meta = doc.meta
        self.package.set_properties(title=self._meta(meta.get("title"), "title"),
                                    subject=self._meta(meta.get("subject", ""), "subject"),
                                    author=self._meta(meta.get("author") or meta.get("from"), "author"),
                                    when=document_time(meta, as_datetime=True))

    def warnings(self) -> list[str]:
        return self.messages

    def scrub(self, text: str) -> str:
        """Drop characters XML 1.0 forbids (lxml would refuse the whole document); the pipeline has
        reported each of them (writers.base.unprintable)."""
        return FORBIDDEN.sub("", text)

    def style(self, name: str) -> str:
        return self.package.style(name)

    # ------------------------------------------------------------ blocks

    def blocks(self, blocks, para_style: str | None = None) -> None:
        for block in blocks:
            self.block(block, para_style)

    def para(self, block: Para, para_style: str | None) -> None:
        if block.style == "closing":  # the closing and signature never start a page alone
            _keep_with_next(self.package.body.xpath("w:p[last()]", namespaces=NS))
        self._para(block.children, self.style(WORD_STYLES[block.style]) if block.style else para_style)

    def heading(self, block: Heading, para_style: str | None) -> None:
        self._para(block.children, self.style(f"Heading {min(max(block.level, 1), 9)}"))

    def quote(self, block: BlockQuote, para_style: str | None) -> None:
        self.blocks(block.blocks, self.package.find_style("Block Text") or self.style("Quote"))

    def rule(self, block: Rule, para_style: str | None) -> None:
        ppr(self.package.add_p()).append(
            xml('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))

    def pagebreak(self, block: PageBreak, para_style: str | None) -> None:
        """A page break; one that restarts the page numbers ends a Word section (numbered as it was)."""
        if block.restart:
            self.package.section_break(self.numbering)
            self.numbering = block.restart
            return
        run(self.package.add_p(), "").append(el("w:br", {"w:type": "page"}))

    def endnotes_here(self, block: EndnotesHere, para_style: str | None) -> None:
        """With endnotes, end a section here (continuing on the same page) and have Word print endnotes
        at the end of the section that cites them: here, before what follows (a list of signatories)."""
        if self.note_kind == "endnote":
            self.package.section_break(self.numbering, new_page=False)
            self.package.endnotes_at_section_end()

    def _para(self, inlines, style_id: str | None = None):
        p = self.package.add_p()
        if style_id:
            set_style(p, style_id)
        self.inlines(p, inlines, _Fmt(), self.package.main_part)
        return p

    def lists(self, block, para_style: str | None, depth: int = 0) -> None:
        """List Bullet / List Number paragraphs; deeper levels use "List Bullet 2" etc. when the
        document has them, else the first-level style indented by hand."""
        ordered = isinstance(block, OrderedList)
        base = "List Number" if ordered else "List Bullet"
        level_style = self.package.find_style(f"{base} {depth + 1}") if depth else None
        style_id = level_style or self.style(base)
        numbering = self.package.restart_numbering(style_id, block.start) if ordered else None
        indent = 720 * (depth + 1) if depth and not level_style else 0
        first = len(self.package.body.findall(qn("w:p")))
        for item in block.items:
            marked = False
            for child in item:
                if isinstance(child, (BulletList, OrderedList)):
                    self.lists(child, para_style, depth + 1)
                elif isinstance(child, Para) and not marked:
                    list_format(self._para(child.children, style_id), numbering, indent, hanging=360)
                    marked = True
                elif isinstance(child, Para):  # a further paragraph of the same item: aligned, unmarked
                    list_format(self._para(child.children), None, 720 * (depth + 1), hanging=0)
                else:
                    self.block(child, para_style)
        if not depth:  # a short list stays on one page; a long one never leaves its last item alone
            marked = self.package.body.findall(qn("w:p"))[first:]
            _keep_with_next(marked[:-1] if len(block.items) <= SHORT_LIST else marked[-2:-1])

    def table(self, block: Table, para_style: str | None) -> None:
        rows = ([block.header] if block.header else []) + list(block.rows)
        columns = max((len(row) for row in rows), default=0)
        if not columns:
            return
        table = self.package.add_table(rows=len(rows), cols=columns, ruled=block.ruled)
        for r, (row, tr) in enumerate(zip(rows, table.iterfind(qn("w:tr")))):
            fmt = _Fmt(bold=bool(block.header) and r == 0)
            for cell, tc in zip(row, tr.iterfind(qn("w:tc"))):
                self.inlines(tc.find(qn("w:p")), cell, fmt, self.package.main_part)

    # ------------------------------------------------------------ tables of contents and authorities

    def toc(self, block: TableOfContents, para_style: str | None) -> None:
        """A TOC field over heading levels 1-3, its result the entries without pages (the PDF's pages
        are not Word's); updating the field gives Word's own pages."""
        self._para((Str("Table of Contents"),), self.style("TOC Heading"))
        lines = [self._para((Str(text),), self.style(f"toc {min(max(level, 1), 3)}"))
                 for level, text, _ in block.entries]
        self._field_over(lines or [self._para(())], ' TOC \\o "1-3" \\h \\z \\u ')

    def toa(self, block: TableOfAuthorities, para_style: str | None) -> None:
        """Per section, our own heading and a TOA field for its category (the section's number,
        as the TA fields say), its result the entries without pages until Word updates it; empty
        sections are left out."""
        if any(entries for _, entries in block.sections):
            self._para((Str("Table of Authorities"),), self.style("TOC Heading"))
        for category, (title, entries) in enumerate(block.sections, start=1):
            if not entries:
                continue
            self._para((Str(title),), self.style("TOA Heading"))
            style_id = self.style("Table of Authorities")
            lines = [self._para(entry.children, style_id) for entry in entries]
            self._field_over(lines, f' TOA \\c "{category}" \\p ')

    def _field_over(self, paragraphs, instruction: str) -> None:
        """Make `paragraphs` the result of one field, as Word stores a result of several paragraphs:
        begin, code and separate open the first paragraph, end closes the last."""
        first, last = paragraphs[0], paragraphs[-1]
        opening = [field_char("begin"), self._instr_run(instruction), field_char("separate")]
        at = 1 if first.find(qn("w:pPr")) is not None else 0
        first[at:at] = opening
        last.append(field_char("end"))

    def _instr_run(self, instruction: str):
        """A run holding a field code, spaces kept."""
        r = el("w:r")
        instr = el("w:instrText", {"xml:space": "preserve"})
        instr.text = self.scrub(instruction)
        r.append(instr)
        return r

    # ------------------------------------------------------------ inlines

    def inlines(self, container, inlines, fmt: _Fmt, part) -> None:
        """Append runs for `inlines` to a w:p or w:hyperlink; `part` owns any hyperlink relationships.
        Two note marks in a row are kept apart by a superscript comma."""
        after_note = False
        for node in inlines:
            if isinstance(node, Note) and after_note and not self.in_note:
                self._run(container, ",", _Fmt(char_style=self.style(f"{self.note_kind} reference")), part)
            self.inline(node, container, fmt, part)
            after_note = isinstance(node, Note) or (after_note and isinstance(node, AuthorityMark))

    def text(self, node: Str, container, fmt: _Fmt, part) -> None:
        """Text; each web address in it is a hyperlink to itself (text already in a link stays as it is)."""
        if container.tag.endswith("}hyperlink"):
            self._run(container, node.text, fmt, part)
            return
        for piece, url in split_urls(node.text):
            if url:
                self.link(Link((Str(piece),), piece), container, fmt, part)
            else:
                self._run(container, piece, fmt, part)

    def emph(self, node: Emph, container, fmt: _Fmt, part) -> None:
        self.inlines(container, node.children, replace(fmt, italic=True), part)

    def strong(self, node: Strong, container, fmt: _Fmt, part) -> None:
        self.inlines(container, node.children, replace(fmt, bold=True), part)

    def smallcaps(self, node: SmallCaps, container, fmt: _Fmt, part) -> None:
        self.inlines(container, node.children, replace(fmt, small_caps=True), part)

    def code(self, node: Code, container, fmt: _Fmt, part) -> None:
        self._run(container, node.text, replace(fmt, code=True), part)

    def linebreak(self, node: LineBreak, container, fmt: _Fmt, part) -> None:
        self._run(container, "\n", fmt, part)

    def authority_mark(self, mark: AuthorityMark, container, fmt: _Fmt, part) -> None:
        """A TA field where the authority is cited, so Word's TOA update finds the page; it has
        no result and prints nothing. Keys the table does not list get no field."""
        if mark.key not in self.authorities:
            return
        long_citation, category = self.authorities[mark.key]
        container.append(field_char("begin"))
        container.append(self._instr_run(f" TA \\l {field_quote(long_citation)} \\s {field_quote(mark.key)} "
                                         f"\\c {category} "))
        container.append(field_char("end"))

    def _run(self, container, text: str, fmt: _Fmt, part):
        """One w:r with the formatting inherited so far (ooxml.run: tabs and line breaks as Word's)."""
        return run(container, text, fmt.char_style, fmt.italic, fmt.bold, fmt.small_caps,
                   "Courier New" if fmt.code else "")

    def link(self, link: Link, container, fmt: _Fmt, part) -> None:
        r_id = self.package.link(part, self.scrub(link.url))
        hyperlink = el("w:hyperlink", {"r:id": r_id})
        container.append(hyperlink)
        style = self.style("Hyperlink")
        self.inlines(hyperlink, link.children, replace(fmt, char_style=style) if style else fmt, part)

    def note(self, note: Note, container, fmt: _Fmt, part) -> None:
        """A note reference here, and the note itself appended to footnotes.xml or endnotes.xml:
        the two differ only in element and style names, so one path serves both."""
        kind = self.note_kind
        if self.in_note:  # Word has no notes inside notes
            self.messages.append(f"a {kind} inside a {kind} was printed inline")
            self.inlines(container, note.children, fmt, part)
            return
        self.note_count += 1
        note_id = str(note.number or self.note_count)
        reference = _Fmt(char_style=self.style(f"{kind} reference"))
        self._run(container, "", reference, part).append(el(f"w:{kind}Reference", {"w:id": note_id}))

        notes_part = self.package.notes_part
        p = sub(sub(self.package.notes, f"w:{kind}", {"w:id": note_id}), "w:p")
        set_style(p, self.style(f"{kind} text"))
        self._run(p, "", reference, notes_part).append(el(f"w:{kind}Ref"))
        self._run(p, " ", _Fmt(), notes_part)
        self.in_note = True
        try:
            self.inlines(p, note.children, _Fmt(), notes_part)
        finally:
            self.in_note = False

    def _meta(self, value, field: str) -> str:
        """A metadata value as the one line of at most 255 characters that core properties allow."""
        text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value or "")
        text = " ".join(self.scrub(text).split())
        if len(text) > 255:
            self.messages.append(f"document property {field} shortened to 255 characters")
            text = text[:254] + "\u2026"
        return text


SHORT_LIST = 4  # items: a list this short is kept on one page


def _keep_with_next(paragraphs) -> None:
    for p in paragraphs:
        keep_with_next(p)


def _authority_index(blocks) -> dict[str, tuple[str, int]]:
    """key -> (long citation as plain text, TOA category) for every entry of the table of
    authorities; the category is the section's number, so TA and TOA fields agree."""
    index: dict[str, tuple[str, int]] = {}
    for block in blocks:
        if isinstance(block, TableOfAuthorities):
            for category, (_, entries) in enumerate(block.sections, start=1):
                for entry in entries:
                    text = re.sub(r"[ \t\r\n]+", " ", plain_text(entry.children)).strip()  # U+00A0 stays
                    index.setdefault(entry.key, (text, category))
    return index


