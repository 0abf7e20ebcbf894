"""The OOXML package behind the DOCX writer: styles found by name or added from one table, list
numbering, fresh footnotes/endnotes parts (python-docx has no note API), settings in schema
order, fields, the page-number footer, core properties, and a zip with fixed times so the
same input gives the same bytes. Nothing here knows the document model; docx.py renders it.
python-docx is imported inside the functions so ``briefgen --help`` stays fast.
"""
from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import datetime
from pathlib import Path


# Characters XML 1.0 cannot hold: C0 controls but tab/newline/return, lone surrogates, U+FFFE/FFFF.
# (a small class: a negated one over all of Unicode takes ~7 ms to compile)
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
# The tail of settings.xml's children in schema order: a new child goes before all that follow it.
_SETTINGS_TAIL = ("w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat w:docVars w:rsids m:mathPr "
                  "w:attachedSchema w:themeFontLang w:clrSchemeMapping w:doNotIncludeSubdocsInStats "
                  "w:doNotAutoCompressPictures w:forceUpgrade w:captions w:readModeInkLockDown w:smartTagType "
                  "sl:schemaLibrary w:shapeDefaults w:doNotEmbedSmartTags w:decimalSymbol w:listSeparator").split()
# w:sectPr children that follow w:endnotePr (schema order).
_SECTPR_AFTER_ENDNOTEPR = ("w:type w:pgSz w:pgMar w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt "
                           "w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid "
                           "w:printerSettings w:sectPrChange").split()
_NOTE_KINDS = ("footnote", "endnote")
_RIGHT_MARGIN_TAB = 9360  # twips: 6.5 inches, the text width of US Letter with one-inch margins
_BASED_ON = '<w:basedOn w:val="{normal}"/>'
_NORMAL_BASE = _BASED_ON + '<w:next w:val="{normal}"/><w:qFormat/>'
_LIST_BODY = _BASED_ON + '<w:pPr><w:numPr><w:numId w:val="{num}"/></w:numPr><w:contextualSpacing/></w:pPr>'
_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _heading_xml(level: int) -> str:
    """Heading ``level + 1``, the scale the PDF uses: 15-point bold centred, 13-point bold, 12-point bold
    italic, then 12-point italic; always kept with the next paragraph."""
    half_points, bold, italic, centred = [(30, True, False, True), (26, True, False, False),
                                          (24, True, True, False)][level] if level < 3 else (24, False, True, False)
    return (_NORMAL_BASE + '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="200"/>'
            + ('<w:jc w:val="center"/>' if centred else "") + f'<w:outlineLvl w:val="{level}"/></w:pPr><w:rPr>'
            + '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
            + ("<w:b/>" if bold else '<w:b w:val="0"/>') + ("<w:i/>" if italic else "") + '<w:color w:val="000000"/>'
            + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')


def _note_styles(kind: str) -> dict:
    """Word's "footnote text"/"footnote reference" pair, or the endnote pair: 10pt text, superscript mark."""
    return {
        f"{kind} text": (f"{kind} text", "paragraph", f"{kind.title()}Text", _BASED_ON + '<w:uiPriority w:val="99"/>'
                         '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                         '</w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
        f"{kind} reference": (f"{kind} reference", "character", f"{kind.title()}Reference",
                              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/>'
                              '</w:rPr>'),
    }


def _leader_xml(left: int, hanging: int = 0) -> str:
    """A table-of-contents/authorities line: indented, page number at a dot-leader tab on the right margin."""
    return (_BASED_ON + '<w:next w:val="{normal}"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
            f'<w:tab w:val="right" w:leader="dot" w:pos="{_RIGHT_MARGIN_TAB}"/></w:tabs><w:spacing w:after="100"/>'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>')


def _spaced_after(extra_ppr: str = "") -> str:
    """A Normal-based paragraph style with 12 points after it (dates, salutations, body text);
    `extra_ppr` holds pPr children that come after w:spacing in schema order (w:ind, w:jc)."""
    return _NORMAL_BASE + f'<w:pPr><w:spacing w:after="240"/>{extra_ppr}</w:pPr>'


# Styles added when the document lacks them: lower-case name -> (Word's name, type, styleId, body).
_STYLES = {
    "title": ("Title", "paragraph", "Title", _NORMAL_BASE + '<w:pPr><w:spacing w:after="240"/>'
              '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'),
    **{f"heading {n}": (f"heading {n}", "paragraph", f"Heading{n}", _heading_xml(n - 1)) for n in range(1, 10)},
    "hyperlink": ("Hyperlink", "character", "Hyperlink", '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'),
    **_note_styles("footnote"),
    **_note_styles("endnote"),
    "quote": ("Quote", "paragraph", "Quote", _NORMAL_BASE + '<w:pPr><w:ind w:left="720" w:right="720"/></w:pPr>'),
    "list bullet": ("List Bullet", "paragraph", "ListBullet", _LIST_BODY),
    "list number": ("List Number", "paragraph", "ListNumber", _LIST_BODY),
    "table grid": ("Table Grid", "table", "TableGrid", f"<w:tblPr><w:tblBorders>{_BORDERS}</w:tblBorders></w:tblPr>"),
    # Tables of contents and authorities. TOC Heading has no outline level, so it stays out of the TOC.
    "toc heading": ("TOC Heading", "paragraph", "TOCHeading", _NORMAL_BASE + '<w:pPr><w:keepNext/>'
                    '<w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'),
    "toc 1": ("toc 1", "paragraph", "TOC1", _leader_xml(0)),
    "toc 2": ("toc 2", "paragraph", "TOC2", _leader_xml(360)),
    "toc 3": ("toc 3", "paragraph", "TOC3", _leader_xml(720)),
    "toa heading": ("toa heading", "paragraph", "TOAHeading", _NORMAL_BASE + '<w:pPr><w:keepNext/>'
                    '<w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/></w:rPr>'),
    "table of authorities": ("table of authorities", "paragraph", "TableofAuthorities", _leader_xml(360, 360)),
    # Paragraph styles the document kinds (memo, petition, letter) ask for.
    "subtitle": ("Subtitle", "paragraph", "Subtitle", _NORMAL_BASE + '<w:pPr><w:spacing w:after="120"/>'
                 '<w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="000000"/><w:sz w:val="24"/></w:rPr>'),
    "signature": ("Signature", "paragraph", "Signature", _NORMAL_BASE + '<w:pPr><w:keepLines/>'
                  '<w:spacing w:before="720"/></w:pPr>'),  # room above to sign
    "closing": ("Closing", "paragraph", "Closing", _NORMAL_BASE + '<w:pPr><w:keepNext/></w:pPr>'),
    "salutation": ("Salutation", "paragraph", "Salutation", _spaced_after()),
    "date": ("Date", "paragraph", "Date", _spaced_after()),
    # a memo's TO / FROM / DATE / RE lines: the value after a tab stop at one inch
    "message header": ("Message Header", "paragraph", "MessageHeader", _NORMAL_BASE + '<w:pPr><w:tabs>'
                       '<w:tab w:val="left" w:pos="1440"/></w:tabs><w:spacing w:after="120"/><w:ind w:left="1440" '
                       'w:hanging="1440"/></w:pPr>'),
    "body text": ("Body Text", "paragraph", "BodyText", _spaced_after('<w:ind w:firstLine="720"/>')),
    "block text": ("Block Text", "paragraph", "BlockText", _spaced_after('<w:ind w:left="720" w:right="720"/>')),
}
# Styles python-docx's own template has with a look wrong for a brief (italic blue Subtitle, Body Text
# without its indent); without a reference document ours replace them.
_OWN_LOOK = ("subtitle", "body text", *(f"heading {n}" for n in range(1, 10)))
_LIST_MARKERS = {"list bullet": ("bullet", "\u2022"), "list number": ("decimal", "%1.")}
# The document model's paragraph roles (document.PARA_STYLES) as Word's built-in styles.
WORD_STYLES = {"title": "Title", "subtitle": "Subtitle", "header-field": "Message Header", "date": "Date",
               "salutation": "Salutation", "closing": "Closing", "signature": "Signature", "numbered": "Body Text",
               "block": "Block Text"}


class WordPackage:
    """A python-docx document prepared for one brief: the reference's styles (or briefgen's look),
    fresh notes parts of the kind the brief uses, and style ids resolved once by name."""

    def __init__(self, reference: Path | None = None, notes: str = "footnote"):
        import docx
        from docx.enum.style import WD_STYLE_TYPE

        from briefgen.docxfile import open_document

        self.word = open_document(reference, "reference DOCX", "reference-docx", "save the template as a Word document (.docx), "
                                  "not .dotx or .doc") if reference else docx.Document()
        self.style_ids: dict[str, str | None] = {}
        self.breaks: list = []  # (pPr, numbering) of each section break, filled in by finish()
        self.word.element.body.clear_content()  # keeps the final sectPr: page size, margins, header/footer refs
        self.word.element.body.get_or_add_sectPr()
        self.normal = self.word.styles.default(WD_STYLE_TYPE.PARAGRAPH).style_id
        if reference is None:
            _apply_default_look(self.word)
            for key in _OWN_LOOK:
                self._replace_style(key)
            _no_theme_look(self.word)
        self.notes_part = self._prepare_notes(notes)

    @property
    def body(self):
        return self.word.element.body

    @property
    def main_part(self):
        return self.word.part

    def add_table(self, rows: int, cols: int, ruled: bool = True):
        """A table in Word's Table Grid style, or with no lines at all (the template's plain table)."""
        from docx.enum.style import WD_STYLE_TYPE

        table = self.word.add_table(rows=rows, cols=cols)
        if ruled:
            table.style = self.word.styles.get_by_id(self.style("Table Grid"), WD_STYLE_TYPE.TABLE)
        return table

    def section_break(self, numbering: str, new_page: bool = True) -> None:
        """End the section here; ``numbering`` is how the pages of the section that ends are numbered.
        After a new-page break the next section numbers its pages from 1; after a continuous one (where
        endnotes print) it goes on on the same page and with the same numbers. :meth:`finish` fills
        the sections' properties in from the last section's."""
        p = self.body.add_p()
        self.breaks.append((p.get_or_add_pPr(), numbering, new_page))

    def endnotes_at_section_end(self) -> None:
        """Word prints endnotes at the end of the section that cites them instead of the document's."""
        from docx.oxml.ns import qn

        settings = self.word.settings.element
        properties = settings.find(qn("w:endnotePr"))
        if properties is None:
            properties = _insert_setting(settings, "w:endnotePr")
        if properties.find(qn("w:pos")) is None:
            properties.insert(0, el("w:pos", {"w:val": "sectEnd"}))

    def finish(self, furniture, numbering: str) -> None:
        """What every package gets once the body is written: the kind's page furniture (numbers in the
        footer, a first page without one, the running head, the legend) on every section; ``numbering``
        is the last section's."""
        from copy import deepcopy

        last = self.word.sections[-1]
        _page_number_footer(self.word, not furniture.running_head)
        if furniture.running_head or furniture.legend:
            _running_head(last.header, furniture, page_line=bool(furniture.running_head))
        if not furniture.number_first_page:
            last.different_first_page_header_footer = True
            if furniture.legend:
                _running_head(last.first_page_header, furniture, page_line=False)
            last.first_page_footer.is_linked_to_previous = False
        body_sect = self.word.element.body.sectPr
        if not self.breaks:
            if numbering != "arabic":
                _page_numbers(body_sect, numbering, restart=True)
            return
        sects = []
        for ppr, _ended, _ in self.breaks:
            sects.append(deepcopy(body_sect))
            ppr.append(sects[-1])
        sects.append(body_sect)
        numberings = [ended for _, ended, _ in self.breaks] + [numbering]
        starts = [True] + [new_page for _, _, new_page in self.breaks]
        for i, (sect, style, restart) in enumerate(zip(sects, numberings, starts)):
            _page_numbers(sect, style, restart=restart or None)
            if i:  # only the first section keeps the kind's first-page rule
                for title_pg in sect.xpath("w:titlePg"):
                    sect.remove(title_pg)
            if not restart:
                _insert_in_order(sect, el("w:type", {"w:val": "continuous"}), _SECTPR_AFTER_ENDNOTEPR[1:])

    def set_properties(self, title: str, subject: str, author: str, when: datetime) -> None:
        """Core properties; every date is ``when`` (the brief's date or SOURCE_DATE_EPOCH), never the clock."""
        props = self.word.core_properties
        props.title, props.subject = title, subject
        props.author = props.last_modified_by = author
        props.comments = props.keywords = props.category = props.content_status = ""  # the template's, not ours
        props.created = props.modified = props.last_printed = when
        props.revision = 1

    def to_bytes(self, epoch: int) -> bytes:
        buffer = io.BytesIO()
        self.word.save(buffer)
        return normalize_zip(buffer.getvalue(), epoch)

    def _prepare_notes(self, kind: str):
        """Fresh notes parts with their separators declared; returns the one `kind` notes go to.
        Footnotes are always prepared, endnotes when used or when a reference document has them,
        so none of the reference's own notes survive."""
        target = None
        for each in _NOTE_KINDS:
            if each in (kind, "footnote") or _notes_part(self.word, each) is not None:
                part = _fresh_notes_part(self.word, each)
                _declare_separators(self.word.settings.element, each)
                target = part if each == kind else target
        if kind == "endnote":
            _arabic_endnotes(self.word)
        return target

    # ------------------------------------------------------------ styles

    def style(self, name: str, create: bool = True) -> str | None:
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
        style = self._new_style(name)
        self.word.styles.element.append(style)
        return style.styleId

    def _new_style(self, name: str):
        """The w:style this writer defines for `name`, from _STYLES."""
        word_name, kind, style_id, body = _STYLES[name.lower()]
        body = body.replace("{normal}", self.normal)
        if "{num}" in body:
            body = body.replace("{num}", str(self._new_numbering(*_LIST_MARKERS[name.lower()])))
        return xml(f'<w:style w:type="{kind}" w:styleId={quoteattr(style_id)}>'
                    f'<w:name w:val={quoteattr(word_name)}/>{body}</w:style>')

    def _replace_style(self, key: str) -> None:
        """Put our definition of a _STYLES style in place of the template's, keeping its id, so
        styles linked to or based on it still find it."""
        word_name, _, style_id, _ = _STYLES[key]
        old = next((s for s in self.word.styles.element.style_lst
                    if s.styleId == style_id or (s.name_val or "").lower() == key), None)
        new = self._new_style(word_name)
        if old is None:
            self.word.styles.element.append(new)
        else:
            new.styleId = old.styleId
            old.getparent().replace(old, new)

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
                                 xml("<w:numbering/>"), self.word.part.package)
            self.word.part.relate_to(part, RT.NUMBERING)
            return part.element

    def _new_numbering(self, num_fmt: str, text: str) -> int:
        """A one-level list definition for a list style this writer had to add; returns its numId."""
        numbering = self._numbering()
        abstract_id = max(map(int, numbering.xpath("w:abstractNum/@w:abstractNumId")), default=-1) + 1
        numbering.insert_element_before(xml(
            f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'),
            "w:num", "w:numIdMacAtCleanup")
        return numbering.add_num(abstract_id).numId

    def restart_numbering(self, style_id: str, start: int) -> tuple[int, int] | None:
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


def quoteattr(value: str) -> str:
    """An XML attribute value in double quotes (xml.sax.saxutils would import urllib and ssl: 14 ms)."""
    return '"' + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") + '"'


def xml(markup: str):
    """Parse a WordprocessingML fragment, declaring the w: and r: namespaces on its root."""
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<[\w:]+", lambda tag: f"{tag.group(0)} {_NS}", markup, count=1))


def el(tag: str, attrs: dict[str, str] | None = None):
    """A new, empty element; `attrs` keys are prefixed names such as "w:id"."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    return OxmlElement(tag, {qn(name): value for name, value in (attrs or {}).items()})


def _id_for(name: str) -> str:
    """A styleId for a style name, as Word forms them (letters and digits only)."""
    return re.sub(r"[^A-Za-z0-9]", "", name) or "CustomStyle"


def list_format(p, numbering: tuple[int, int] | None, left: int, hanging: int) -> None:
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
    for name, size in (("Title", 16),):
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


def _no_theme_look(word) -> None:
    """Every style in the brief's look: no theme fonts (python-docx's template sets Calibri and Cambria
    through its theme, so a style a user applies later would change font) and no theme colours;
    single line spacing with widow and orphan control by default, 12 points after body paragraphs."""
    from docx.oxml.ns import qn

    styles = word.styles.element
    for fonts in list(styles.iter(qn("w:rFonts"))):
        if any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib):
            fonts.getparent().replace(fonts, el("w:rFonts", dict.fromkeys(("w:ascii", "w:hAnsi", "w:cs"),
                                                                          "Times New Roman")))
    for style in styles.style_lst:
        if style.get(qn("w:type")) in ("paragraph", "character"):
            for color in style.xpath("w:rPr/w:color[@w:themeColor]"):
                color.getparent().remove(color)
    ppr = styles.xpath("w:docDefaults/w:pPrDefault/w:pPr")[0]
    for old in ppr.xpath("w:spacing | w:widowControl"):
        ppr.remove(old)
    ppr.insert(0, xml('<w:widowControl/>'))
    ppr.append(xml('<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'))
    normal = word.styles["Normal"].element.get_or_add_pPr()
    for old in normal.xpath("w:spacing"):
        normal.remove(old)
    normal.append(xml('<w:spacing w:after="240" w:line="240" w:lineRule="auto"/>'))


def _use_times(rpr) -> None:
    """Name Times New Roman outright; theme-font attributes would outrank it, so they go."""
    fonts = rpr.get_or_add_rFonts()
    named = el("w:rFonts", dict.fromkeys(("w:ascii", "w:hAnsi", "w:cs"), "Times New Roman"))
    fonts.getparent().replace(fonts, named)


def _notes_opc(kind: str) -> tuple[str, str]:
    """(content type, relationship type) of the footnotes or endnotes part."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT

    return (CT.WML_FOOTNOTES, RT.FOOTNOTES) if kind == "footnote" else (CT.WML_ENDNOTES, RT.ENDNOTES)


def _notes_part(word, kind: str):
    """The document's footnotes or endnotes part, or None."""
    reltype = _notes_opc(kind)[1]
    return next((rel.target_part for rel in word.part.rels.values()
                 if rel.reltype == reltype and not rel.is_external), None)


def _separators(kind: str) -> str:
    """The separator (-1) and continuation separator (0) notes Word requires in a notes part."""
    return "".join(f'<w:{kind} w:type="{sep}" w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
                   f' w:lineRule="auto"/></w:pPr><w:r><w:{sep}/></w:r></w:p></w:{kind}>'
                   for sep, nid in (("separator", -1), ("continuationSeparator", 0)))


def _fresh_notes_part(word, kind: str):
    """An empty footnotes or endnotes part (just the separators). A reference document's own
    part is replaced under the same part name, so the package never holds two."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart

    content_type, reltype = _notes_opc(kind)
    main = word.part
    partname = PackURI(f"/word/{kind}s.xml")
    for r_id, rel in list(main.rels.items()):
        if rel.reltype == reltype and not rel.is_external:
            partname = rel.target_part.partname
            main.drop_rel(r_id)
    part = XmlPart(partname, content_type, xml(f"<w:{kind}s>{_separators(kind)}</w:{kind}s>"), main.package)
    main.relate_to(part, reltype)
    return part


def _declare_separators(settings, kind: str) -> None:
    """Word expects settings.xml to name the two separator notes in w:footnotePr / w:endnotePr."""
    from docx.oxml.ns import qn

    properties = settings.find(qn(f"w:{kind}Pr"))
    if properties is None:
        properties = _insert_setting(settings, f"w:{kind}Pr")
    for stale in properties.findall(qn(f"w:{kind}")):  # may name notes this writer has replaced
        properties.remove(stale)
    for note_id in ("-1", "0"):
        properties.append(el(f"w:{kind}", {"w:id": note_id}))


def _arabic_endnotes(word) -> None:
    """Number endnotes 1, 2, 3 as the PDF does, not Word's default i, ii, iii, unless the reference
    document chose a format. Word reads it from settings.xml, LibreOffice from the section."""
    settings, sect_pr = word.settings.element, word.element.body.get_or_add_sectPr()
    if settings.xpath("w:endnotePr/w:numFmt") or sect_pr.xpath("w:endnotePr/w:numFmt"):
        return
    in_settings = settings.xpath("w:endnotePr") or [_insert_setting(settings, "w:endnotePr")]
    in_section = sect_pr.xpath("w:endnotePr") or [
        _insert_in_order(sect_pr, el("w:endnotePr"), _SECTPR_AFTER_ENDNOTEPR)]
    for properties in (in_settings[0], in_section[0]):
        _insert_in_order(properties, el("w:numFmt", {"w:val": "decimal"}), ("w:numStart", "w:numRestart", "w:endnote"))


def _insert_setting(settings, tag: str):
    """A new, empty settings.xml child, inserted where the schema orders it (Word rejects misordered settings)."""
    return _insert_in_order(settings, el(tag), _SETTINGS_TAIL[_SETTINGS_TAIL.index(tag) + 1:])


def _insert_in_order(parent, element, successors):
    """Insert `element` before the first child of `parent` named in `successors` (prefixed tags),
    else at the end: the schema's child order, for elements python-docx has no class for."""
    from docx.oxml.ns import qn

    tags = {qn(tag) for tag in successors}
    follower = next((child for child in parent if child.tag in tags), None)
    if follower is None:
        parent.append(element)
    else:
        follower.addprevious(element)
    return element


def _page_numbers(sect_pr, numbering: str, restart: bool | None) -> None:
    """A section's page numbers: lower-case roman or arabic, from 1 when ``restart``."""
    for old in sect_pr.xpath("w:pgNumType"):
        sect_pr.remove(old)
    attrs = {"w:fmt": "lowerRoman" if numbering == "roman" else "decimal"}
    if restart:
        attrs["w:start"] = "1"
    _insert_in_order(sect_pr, el("w:pgNumType", attrs),
                     _SECTPR_AFTER_ENDNOTEPR[_SECTPR_AFTER_ENDNOTEPR.index("w:pgNumType") + 1:])


def _running_head(header, furniture, page_line: bool) -> None:
    """The legend (centred, bold) and a letter's continuation head: its lines and "Page N"."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    header.is_linked_to_previous = False
    part = header.part.element
    for p in list(part.p_lst):
        part.remove(p)
    if furniture.legend:
        p = header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(FORBIDDEN.sub("", furniture.legend))
        run.bold, run.font.size = True, Pt(10)
    if page_line:
        p = header.add_paragraph()
        for line in furniture.running_head:
            p.add_run(FORBIDDEN.sub("", line)).add_break()
        p.add_run("Page ")
        p._p.append(xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
        for run in p.runs:
            run.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(12)
    if not part.p_lst:
        header.add_paragraph()



def field_quote(text: str) -> str:
    """A field argument in quotes; Word escapes a quote or backslash inside it with a backslash."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def field_char(kind: str):
    """A run holding a w:fldChar of type begin, separate or end."""
    r = el("w:r")
    r.append(el("w:fldChar", {"w:fldCharType": kind}))
    return r


def _page_number_footer(word, numbered: bool = True) -> None:
    """A centred PAGE field in the default footer, unless the reference's footer already says something
    (or the running head carries the page number)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    footer = word.sections[-1].footer
    if not numbered:
        return
    if not footer.is_linked_to_previous and footer.part.element.xpath(
            ".//w:t[normalize-space()] | .//w:fldSimple | .//w:instrText | .//w:drawing | .//w:pict"):
        return
    ftr = footer.part.element  # adds an empty footer definition when there was none
    p = ftr.p_lst[0] if ftr.p_lst else ftr.add_p()
    p.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
    p.append(xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def normalize_zip(data: bytes, epoch: int) -> bytes:
    """Rewrite the package with fixed entry times and attributes (python-docx stamps the clock),
    keeping the entry order, so the same input gives the same bytes."""
    stamp = min(max(time.gmtime(epoch)[:6], (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the build machine, so the bytes do not vary
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(entry))
    return out.getvalue()
