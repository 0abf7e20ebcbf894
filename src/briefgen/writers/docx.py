"""DOCX writer: renders a resolved Document through python-docx, with real Word footnotes.

python-docx has no footnote API, so the footnotes part is built here on its OPC layer.
Styles use Word's built-in names and ids, so a firm's reference DOCX restyles everything.
Output is reproducible: dates and zip timestamps come from SOURCE_DATE_EPOCH, never the clock.
python-docx is imported inside the functions so ``briefgen --help`` stays fast.
"""
from __future__ import annotations

import io
import re
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import quoteattr

from briefgen.document import (BlockQuote, BulletList, Code, Document, Emph, Heading, LineBreak, Link,
                               Note, OrderedList, Para, Rule, SmallCaps, Str, Strong, Table)
from briefgen.errors import BriefgenError
from briefgen.writers.atomic import source_date_epoch, write_bytes

# Characters XML 1.0 cannot hold: C0 controls but tab/newline/return, lone surrogates, U+FFFE/FFFF.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_SEPARATORS = "".join(
    f'<w:footnote w:type="{kind}" w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    f' w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>'
    for kind, nid in (("separator", -1), ("continuationSeparator", 0)))
# settings.xml children that must come after w:footnotePr (schema order).
_AFTER_FOOTNOTEPR = ("w:endnotePr w:compat w:docVars w:rsids m:mathPr w:attachedSchema w:themeFontLang "
                     "w:clrSchemeMapping w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures w:forceUpgrade "
                     "w:captions w:readModeInkLockDown w:smartTagType sl:schemaLibrary w:shapeDefaults "
                     "w:doNotEmbedSmartTags w:decimalSymbol w:listSeparator").split()
_BASED_ON = '<w:basedOn w:val="{normal}"/>'
_NORMAL_BASE = _BASED_ON + '<w:next w:val="{normal}"/><w:qFormat/>'
_LIST_BODY = _BASED_ON + '<w:pPr><w:numPr><w:numId w:val="{num}"/></w:numPr><w:contextualSpacing/></w:pPr>'
_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _heading_xml(level: int, half_points: int) -> str:
    return (_NORMAL_BASE + '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
            f'<w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{half_points}"/></w:rPr>')


# Styles added when the document lacks them: lower-case name -> (Word's name, type, styleId, body).
_STYLES = {
    "title": ("Title", "paragraph", "Title", _NORMAL_BASE + '<w:pPr><w:spacing w:after="240"/>'
              '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'),
    "heading 1": ("heading 1", "paragraph", "Heading1", _heading_xml(0, 28)),
    "heading 2": ("heading 2", "paragraph", "Heading2", _heading_xml(1, 26)),
    "heading 3": ("heading 3", "paragraph", "Heading3", _heading_xml(2, 24)),
    "footnote text": ("footnote text", "paragraph", "FootnoteText", _BASED_ON + '<w:uiPriority w:val="99"/>'
                      '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                      '</w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
    "footnote reference": ("footnote reference", "character", "FootnoteReference", '<w:uiPriority w:val="99"/>'
                           '<w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
    "memo header": ("Memo Header", "paragraph", "MemoHeader", _NORMAL_BASE + '<w:pPr><w:tabs>'
                    '<w:tab w:val="left" w:pos="1440"/></w:tabs><w:spacing w:after="120"/><w:ind w:left="1440" '
                    'w:hanging="1440"/></w:pPr>'),
    "quote": ("Quote", "paragraph", "Quote", _NORMAL_BASE + '<w:pPr><w:ind w:left="720" w:right="720"/></w:pPr>'),
    "list bullet": ("List Bullet", "paragraph", "ListBullet", _LIST_BODY),
    "list number": ("List Number", "paragraph", "ListNumber", _LIST_BODY),
    "table grid": ("Table Grid", "table", "TableGrid", f"<w:tblPr><w:tblBorders>{_BORDERS}</w:tblBorders></w:tblPr>"),
}
_LIST_MARKERS = {"list bullet": ("bullet", "\u2022"), "list number": ("decimal", "%1.")}


def render_docx(doc: Document, reference: Path | None = None) -> tuple[bytes, list[str]]:
    """Return the .docx bytes and a list of warnings (e.g. dropped characters)."""
    import docx

    try:
        word = docx.Document(str(reference) if reference else None)
    except Exception as exc:  # python-docx raises several types for a file that is not a .docx
        raise BriefgenError(f"cannot use reference DOCX {reference}: {exc}", code="reference-docx",
                            hint="save the template as a Word document (.docx), not .dotx or .doc") from exc
    builder = _Builder(word, restyle=reference is None)
    builder.render(doc)
    buffer = io.BytesIO()
    word.save(buffer)
    return _normalize_zip(buffer.getvalue()), builder.warnings()


def write_docx(doc: Document, path: Path, reference: Path | None = None) -> list[str]:
    """render_docx, then writers.atomic.write_bytes; returns warnings."""
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


class _Builder:
    """Renders blocks into one python-docx document and holds what the blocks share:
    resolved style ids, the footnotes part, the note counter and the warnings."""

    def __init__(self, word, restyle: bool):
        from docx.enum.style import WD_STYLE_TYPE

        self.word = word
        self.dropped: Counter[str] = Counter()
        self.messages: list[str] = []
        self.style_ids: dict[str, str | None] = {}
        self.note_count = 0
        self.in_note = False
        word.element.body.clear_content()  # keeps the final sectPr: page size, margins, header/footer refs
        word.element.body.get_or_add_sectPr()
        if restyle:
            _apply_default_look(word)
        self.normal = word.styles.default(WD_STYLE_TYPE.PARAGRAPH).style_id
        self.footnotes = _fresh_footnotes_part(word)
        _declare_separators(word.settings.element)

    def render(self, doc: Document) -> None:
        self._blocks(doc.blocks)
        _page_number_footer(self.word)
        self._properties(doc.meta)

    def warnings(self) -> list[str]:
        if not self.dropped:
            return self.messages
        total = sum(self.dropped.values())
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(self.dropped))
        return [f"dropped {total} character{'s' if total != 1 else ''} XML cannot hold: {codes}"] + self.messages

    def scrub(self, text: str) -> str:
        """Drop characters XML 1.0 forbids (lxml would refuse the whole document), counting them."""
        self.dropped.update(_FORBIDDEN.findall(text))
        return _FORBIDDEN.sub("", text)

    # ------------------------------------------------------------ styles

    def _style(self, name: str, create: bool = True) -> str | None:
        """The id of the style called `name`. Word matches built-in styles by name, python-docx
        files by id, so both are checked and nothing is duplicated; missing styles are added
        once, or None is returned when `create` is false."""
        key = name.lower()
        if self.style_ids.get(key) is None:
            style_id = _STYLES[key][2] if key in _STYLES else _id_for(name)
            found = next((s.styleId for s in self.word.styles.element.style_lst
                          if s.styleId == style_id or (s.name_val or "").lower() == key), None)
            self.style_ids[key] = found or (self._add_style(name) if create else None)
        return self.style_ids[key]

    def _add_style(self, name: str) -> str:
        word_name, kind, style_id, body = _STYLES.get(name.lower(), (name, "paragraph", _id_for(name), None))
        custom = "" if body else ' w:customStyle="1"'
        body = (body or _BASED_ON + "<w:qFormat/>").replace("{normal}", self.normal)
        if "{num}" in body:
            body = body.replace("{num}", str(self._new_numbering(*_LIST_MARKERS[name.lower()])))
        self.word.styles.element.append(_xml(f'<w:style w:type="{kind}"{custom} w:styleId={quoteattr(style_id)}>'
                                             f'<w:name w:val={quoteattr(word_name)}/>{body}</w:style>'))
        return style_id

    # ------------------------------------------------------------ numbering

    def _numbering(self):
        """The numbering part's root; python-docx cannot create that part, so add it when missing."""
        from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.parts.numbering import NumberingPart

        try:
            return self.word.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                                 _xml("<w:numbering/>"), self.word.part.package)
            self.word.part.relate_to(part, RT.NUMBERING)
            return part.element

    def _new_numbering(self, num_fmt: str, text: str) -> int:
        """A one-level list definition for a list style this writer had to add; returns its numId."""
        numbering = self._numbering()
        abstract_id = max(map(int, numbering.xpath("w:abstractNum/@w:abstractNumId")), default=-1) + 1
        numbering.insert_element_before(_xml(
            f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'),
            "w:num", "w:numIdMacAtCleanup")
        return numbering.add_num(abstract_id).numId

    def _restart_numbering(self, style_id: str, start: int) -> tuple[int, int] | None:
        """(ilvl, numId) of a fresh list instance, so each ordered list counts from `start`
        instead of continuing the previous list that shares its style."""
        style = self.word.styles.element.get_by_id(style_id)
        num_ids = style.xpath("w:pPr/w:numPr/w:numId/@w:val")
        if not num_ids:
            return None
        numbering = self._numbering()
        abstract_ids = numbering.xpath(f"w:num[@w:numId='{num_ids[0]}']/w:abstractNumId/@w:val")
        if not abstract_ids:
            return None
        ilvl = int((style.xpath("w:pPr/w:numPr/w:ilvl/@w:val") or ["0"])[0])
        num = numbering.add_num(int(abstract_ids[0]))
        num.add_lvlOverride(ilvl=ilvl).add_startOverride(start)
        return ilvl, num.numId

    # ------------------------------------------------------------ blocks

    def _blocks(self, blocks, para_style: str | None = None) -> None:
        for block in blocks:
            if isinstance(block, Para):
                self._para(block.children, self._style(self.scrub(block.style)) if block.style else para_style)
            elif isinstance(block, Heading):
                self._para(block.children, self._style(f"Heading {min(max(block.level, 1), 3)}"))
            elif isinstance(block, (BulletList, OrderedList)):
                self._list(block, depth=0)
            elif isinstance(block, BlockQuote):
                self._blocks(block.blocks, self._style("Block Text", create=False) or self._style("Quote"))
            elif isinstance(block, Rule):
                self.word.element.body.add_p().get_or_add_pPr().append(
                    _xml('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))
            elif isinstance(block, Table):
                self._table(block)
            else:
                raise TypeError(f"the DOCX writer cannot render a {type(block).__name__} block")

    def _para(self, inlines, style_id: str | None = None):
        p = self.word.element.body.add_p()
        if style_id:
            p.style = style_id
        self._inlines(p, inlines, _Fmt(), self.word.part)
        return p

    def _list(self, block, depth: int) -> None:
        """List Bullet / List Number paragraphs; deeper levels use "List Bullet 2" etc. when the
        document has them, else the first-level style indented by hand."""
        ordered = isinstance(block, OrderedList)
        base = "List Number" if ordered else "List Bullet"
        level_style = self._style(f"{base} {depth + 1}", create=False) if depth else None
        style_id = level_style or self._style(base)
        numbering = self._restart_numbering(style_id, block.start) if ordered else None
        indent = 720 * (depth + 1) if depth and not level_style else 0
        for item in block.items:
            marked = False
            for child in item:
                if isinstance(child, (BulletList, OrderedList)):
                    self._list(child, depth + 1)
                elif isinstance(child, Para) and not marked:
                    _list_format(self._para(child.children, style_id), numbering, indent, hanging=360)
                    marked = True
                elif isinstance(child, Para):  # a further paragraph of the same item: aligned, unmarked
                    _list_format(self._para(child.children), None, 720 * (depth + 1), hanging=0)
                else:
                    self._blocks((child,))

    def _table(self, block: Table) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        rows = ([block.header] if block.header else []) + list(block.rows)
        columns = max((len(row) for row in rows), default=0)
        if not columns:
            return
        table = self.word.add_table(rows=len(rows), cols=columns)
        table.style = self.word.styles.get_by_id(self._style("Table Grid"), WD_STYLE_TYPE.TABLE)
        for r, row in enumerate(rows):
            fmt = _Fmt(bold=bool(block.header) and r == 0)
            for c, cell in enumerate(row):
                self._inlines(table.cell(r, c).paragraphs[0]._p, cell, fmt, self.word.part)

    # ------------------------------------------------------------ inlines

    def _inlines(self, container, inlines, fmt: _Fmt, part) -> None:
        """Append runs for `inlines` to a w:p or w:hyperlink; `part` owns any hyperlink relationships."""
        for node in inlines:
            if isinstance(node, Str):
                self._run(container, node.text, fmt, part)
            elif isinstance(node, Emph):
                self._inlines(container, node.children, replace(fmt, italic=True), part)
            elif isinstance(node, Strong):
                self._inlines(container, node.children, replace(fmt, bold=True), part)
            elif isinstance(node, SmallCaps):
                self._inlines(container, node.children, replace(fmt, small_caps=True), part)
            elif isinstance(node, Code):
                self._run(container, node.text, replace(fmt, code=True), part)
            elif isinstance(node, LineBreak):
                self._run(container, "\n", fmt, part)
            elif isinstance(node, Link):
                self._link(container, node, fmt, part)
            elif isinstance(node, Note):
                self._note(container, node, fmt, part)
            else:
                raise TypeError(f"the DOCX writer cannot render {type(node).__name__}; "
                                "citations must be resolved before writing")

    def _run(self, container, text: str, fmt: _Fmt, part):
        """One w:r; python-docx's text setter makes w:tab and w:br and sets xml:space="preserve"."""
        from docx.text.run import Run

        r = _el("w:r")
        container.append(r)
        run = Run(r, part)
        run.text = self.scrub(text)
        if fmt.char_style:
            r.style = fmt.char_style
        if fmt.italic:
            run.italic = True
        if fmt.bold:
            run.bold = True
        if fmt.small_caps:
            run.font.small_caps = True
        if fmt.code:
            run.font.name = "Courier New"
        return r

    def _link(self, container, link: Link, fmt: _Fmt, part) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        r_id = part.relate_to(self.scrub(link.url), RT.HYPERLINK, is_external=True)
        hyperlink = _el("w:hyperlink", {"r:id": r_id})
        container.append(hyperlink)
        style = self._style("Hyperlink", create=False)
        self._inlines(hyperlink, link.children, replace(fmt, char_style=style) if style else fmt, part)

    def _note(self, container, note: Note, fmt: _Fmt, part) -> None:
        """A footnote reference here, and the note itself appended to footnotes.xml."""
        if self.in_note:  # Word has no footnotes inside footnotes
            self.messages.append("a footnote inside a footnote was printed inline")
            self._inlines(container, note.children, fmt, part)
            return
        self.note_count += 1
        note_id = str(note.number or self.note_count)
        reference = _Fmt(char_style=self._style("Footnote Reference"))
        self._run(container, "", reference, part).append(_el("w:footnoteReference", {"w:id": note_id}))

        footnote = _el("w:footnote", {"w:id": note_id})
        self.footnotes.element.append(footnote)
        p = _el("w:p")
        footnote.append(p)
        p.style = self._style("Footnote Text")
        self._run(p, "", reference, self.footnotes).append(_el("w:footnoteRef"))
        self._run(p, " ", _Fmt(), self.footnotes)
        self.in_note = True
        try:
            self._inlines(p, note.children, _Fmt(), self.footnotes)
        finally:
            self.in_note = False

    # ------------------------------------------------------------ properties

    def _properties(self, meta: dict) -> None:
        """Core properties from the brief's metadata; every date is the reproducible build time."""
        props = self.word.core_properties
        author = self._meta(meta.get("author") or meta.get("from"), "author")
        props.title = self._meta(meta.get("title"), "title")
        props.subject = self._meta(meta.get("subject", ""), "subject")
        props.author = props.last_modified_by = author
        props.comments = props.keywords = props.category = props.content_status = ""  # the template's, not ours
        stamp = datetime.fromtimestamp(source_date_epoch(), tz=timezone.utc)
        props.created = props.modified = props.last_printed = stamp
        props.revision = 1

    def _meta(self, value, field: str) -> str:
        """A metadata value as the one line of at most 255 characters that core properties allow."""
        text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value or "")
        text = " ".join(self.scrub(text).split())
        if len(text) > 255:
            self.messages.append(f"document property {field} shortened to 255 characters")
            text = text[:254] + "\u2026"
        return text


# ---------------------------------------------------------------- package-level helpers


def _xml(markup: str):
    """Parse a WordprocessingML fragment, declaring the w: and r: namespaces on its root."""
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<[\w:]+", lambda tag: f"{tag.group(0)} {_NS}", markup, count=1))


def _el(tag: str, attrs: dict[str, str] | None = None):
    """A new, empty element; `attrs` keys are prefixed names such as "w:id"."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    return OxmlElement(tag, {qn(name): value for name, value in (attrs or {}).items()})


def _id_for(name: str) -> str:
    """A styleId for a style name, as Word forms them (letters and digits only)."""
    return re.sub(r"[^A-Za-z0-9]", "", name) or "CustomStyle"


def _list_format(p, numbering: tuple[int, int] | None, left: int, hanging: int) -> None:
    """Point a list paragraph at its own list instance (see _restart_numbering), and indent it
    by hand (in twips) when the document has no style for its level."""
    from docx.shared import Twips

    if numbering:
        ilvl, num_id = numbering
        num_pr = p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id
    if left:
        ind = p.get_or_add_pPr().get_or_add_ind()
        ind.left = Twips(left)
        ind.hanging = Twips(hanging) if hanging else None


def _apply_default_look(word) -> None:
    """python-docx's template is blue Calibri with 1.25-inch side margins; a brief wants black
    Times New Roman on US Letter with one-inch margins."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    styles = word.styles
    _use_times(styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0])
    _use_times(styles["Normal"].element.get_or_add_rPr())
    styles["Normal"].font.size = Pt(12)
    for name, size in (("Title", 16), ("Heading 1", 14), ("Heading 2", 13), ("Heading 3", 12)):
        style = styles[name]
        _use_times(style.element.get_or_add_rPr())
        style.font.size, style.font.bold, style.font.color.rgb = Pt(size), True, RGBColor(0, 0, 0)
    for stale in styles["Title"].element.xpath("w:pPr/w:pBdr") + styles["Quote"].element.xpath("w:rPr"):
        stale.getparent().remove(stale)  # the Title's blue rule; the Quote's italics
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    quote = styles["Quote"].paragraph_format
    quote.left_indent = quote.right_indent = Inches(0.5)
    section = word.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Inches(1)


def _use_times(rpr) -> None:
    """Name Times New Roman outright; theme-font attributes would outrank it, so they go."""
    fonts = rpr.get_or_add_rFonts()
    named = _el("w:rFonts", dict.fromkeys(("w:ascii", "w:hAnsi", "w:cs"), "Times New Roman"))
    fonts.getparent().replace(fonts, named)


def _fresh_footnotes_part(word):
    """An empty footnotes part (just the separators). A reference document's own part is
    replaced under the same part name, so the package never holds two."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart

    main = word.part
    partname = PackURI("/word/footnotes.xml")
    for r_id, rel in list(main.rels.items()):
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            partname = rel.target_part.partname
            main.drop_rel(r_id)
    part = XmlPart(partname, CT.WML_FOOTNOTES, _xml(f"<w:footnotes>{_SEPARATORS}</w:footnotes>"), main.package)
    main.relate_to(part, RT.FOOTNOTES)
    return part


def _declare_separators(settings) -> None:
    """Word expects settings.xml to name the two separator notes in w:footnotePr."""
    from docx.oxml.ns import qn

    footnote_pr = settings.find(qn("w:footnotePr"))
    if footnote_pr is None:
        footnote_pr = settings.insert_element_before(_el("w:footnotePr"), *_AFTER_FOOTNOTEPR)
    for stale in footnote_pr.findall(qn("w:footnote")):  # may name notes this writer has replaced
        footnote_pr.remove(stale)
    for note_id in ("-1", "0"):
        footnote_pr.append(_el("w:footnote", {"w:id": note_id}))


def _page_number_footer(word) -> None:
    """A centred PAGE field in the default footer, unless the reference's footer already says something."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    footer = word.sections[0].footer
    if not footer.is_linked_to_previous and footer.part.element.xpath(
            ".//w:t[normalize-space()] | .//w:fldSimple | .//w:instrText | .//w:drawing | .//w:pict"):
        return
    ftr = footer.part.element  # adds an empty footer definition when there was none
    p = ftr.p_lst[0] if ftr.p_lst else ftr.add_p()
    p.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
    p.append(_xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times and attributes (python-docx stamps the clock),
    keeping the entry order, so the same input gives the same bytes."""
    stamp = min(max(time.gmtime(source_date_epoch())[:6], (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the build machine, so the bytes do not vary
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(entry))
    return out.getvalue()
