"""The Word package behind the DOCX writer: styles found by name or added from one table, list
numbering, fresh footnotes/endnotes parts, settings in schema order, fields, headers and footers,
core properties. Nothing here knows the document model; docx.py renders it.

The package is read and written with lxml alone (opc.Package): python-docx would cost a tenth of a
second to import and as much again to build a memo's runs. Without a reference DOCX the package
starts from templates/blank.docx: python-docx's default template (MIT licence) restyled for a brief
once and for all -- Times New Roman 12 point with no theme fonts or colours, US Letter with one-inch
margins, single spacing with 12 points after Normal paragraphs, and briefgen's own Title, Subtitle,
Quote, Body Text and Heading 1-9 (see _STYLES); its thumbnail and custom XML were left out.
"""
from __future__ import annotations

import re
import zipfile
from datetime import datetime
from importlib import resources
from pathlib import Path

from lxml import etree

from briefgen.writers.opc import CONTENT, NS, REL, Package, parse, qn

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
_LIST_MARKERS = {"list bullet": ("bullet", "\u2022"), "list number": ("decimal", "%1.")}
# The document model's paragraph roles (document.PARA_STYLES) as Word's built-in styles.
WORD_STYLES = {"title": "Title", "subtitle": "Subtitle", "header-field": "Message Header", "date": "Date",
               "salutation": "Salutation", "closing": "Closing", "signature": "Signature", "numbered": "Body Text",
               "block": "Block Text"}


class WordPackage:
    """One brief's Word package: the reference's parts (or briefgen's blank, templates/blank.docx), its
    styles found by name or added once, fresh notes parts of the kind the brief uses, and the body the
    renderer fills. Paragraphs and runs are plain lxml elements; the package is opc.Package."""

    def __init__(self, reference: Path | None = None, notes: str = "footnote"):
        from briefgen.docxfile import checked_bytes

        where, hint = "reference DOCX", "save the template as a Word document (.docx), not .dotx or .doc"
        if reference is None:
            data = resources.files("briefgen").joinpath("templates", "blank.docx").read_bytes()
        else:
            data = checked_bytes(reference, where, "reference-docx", hint)
        try:
            self._open(data, check=reference is not None)
        except (KeyError, ValueError, IndexError, TypeError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
            from briefgen.errors import BriefgenError, Location, display_path

            raise BriefgenError(f"{where}: not a Word document: {type(exc).__name__}: {exc}",
                                Location(display_path(reference or Path("blank.docx"))), code="reference-docx",
                                hint=hint) from None
        self.style_ids: dict[str, str | None] = {}
        self.breaks: list = []  # (pPr, numbering, new page) of each section break, filled in by finish()
        self.notes_part = self._prepare_notes(notes)
        self.notes = self.opc.part(self.notes_part)

    def _open(self, data: bytes, check: bool) -> None:
        """Read the package; keep the final sectPr (page size, margins, header/footer references), drop the body.
        With ``check`` (someone else's file), every XML part must parse now, not when the writer reaches it."""
        self.opc = Package(data)
        for name in self.opc.reachable() if check else ():
            if name.endswith((".xml", ".rels")):
                parse(self.opc.blobs[name])
        main = self.opc.related("", REL["officeDocument"])
        if main is None:
            raise ValueError("the package has no main document")
        self.main_part: str = main
        if self.opc.content_type(self.main_part) != CONTENT["document"]:
            raise ValueError(f"its main part is a {self.opc.content_type(self.main_part)}, not a Word document")
        self.body = self.opc.part(self.main_part).find(qn("w:body"))
        if self.body is None:
            raise ValueError("its main part has no body")
        self.sect_pr = self.body.find(qn("w:sectPr"))
        if self.sect_pr is None:
            self.sect_pr = etree.Element(qn("w:sectPr"))
        self.body.clear()
        styles = self.opc.related(self.main_part, REL["styles"])
        self.styles = self.opc.part(styles) if styles else self._add_part("styles", "word/styles.xml", "<w:styles/>")
        self.settings = self._part("settings", "<w:settings/>")
        default = self.styles.xpath("w:style[@w:type='paragraph' and @w:default='1']/@w:styleId", namespaces=NS)
        self.normal = default[0] if default else "Normal"

    def _part(self, kind: str, empty: str):
        """The main part's related part of ``kind`` (settings, numbering), added empty when missing."""
        name = self.opc.related(self.main_part, REL[kind])
        return self.opc.part(name) if name else self._add_part(kind, f"word/{kind}.xml", empty)

    def _add_part(self, kind: str, name: str, markup: str):
        """A new part of ``kind`` (its content type and relationship from the main part) holding ``markup``."""
        root = xml(markup)
        self.opc.add_part(name, root, CONTENT[kind])
        self.opc.relate(self.main_part, name, REL[kind])
        return root

    def add_p(self, parent=None):
        """A new paragraph at the end of the body (or of ``parent``)."""
        return etree.SubElement(self.body if parent is None else parent, qn("w:p"))

    def add_table(self, rows: int, cols: int, ruled: bool = True):
        """A table in Word's Table Grid style, or with no lines at all (the template's plain table): the
        page's text width shared by the columns; each cell holds one empty paragraph."""
        width = _text_width(self.sect_pr) // cols
        tbl = etree.SubElement(self.body, qn("w:tbl"))
        tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
        if ruled:
            sub(tbl_pr, "w:tblStyle", {"w:val": self.style("Table Grid")})
        sub(tbl_pr, "w:tblW", {"w:type": "auto", "w:w": "0"})
        sub(tbl_pr, "w:tblLook", {"w:firstColumn": "1", "w:firstRow": "1", "w:lastColumn": "0", "w:lastRow": "0",
                                   "w:noHBand": "0", "w:noVBand": "1", "w:val": "04A0"})
        grid = sub(tbl, "w:tblGrid")
        for _ in range(cols):
            sub(grid, "w:gridCol", {"w:w": str(width)})
        for _ in range(rows):
            tr = sub(tbl, "w:tr")
            for _ in range(cols):
                tc = sub(tr, "w:tc")
                sub(sub(tc, "w:tcPr"), "w:tcW", {"w:type": "dxa", "w:w": str(width)})
                sub(tc, "w:p")
        return tbl

    def section_break(self, numbering: str, new_page: bool = True) -> None:
        """End the section here; ``numbering`` is how the pages of the section that ends are numbered.
        After a new-page break the next section numbers its pages from 1; after a continuous one (where
        endnotes print) it goes on on the same page and with the same numbers. :meth:`finish` fills
        the sections' properties in from the last section's."""
        self.breaks.append((ppr(self.add_p()), numbering, new_page))

    def endnotes_at_section_end(self) -> None:
        """Word prints endnotes at the end of the section that cites them instead of the document's."""
        properties = self.settings.find(qn("w:endnotePr"))
        if properties is None:
            properties = _insert_setting(self.settings, "w:endnotePr")
        if properties.find(qn("w:pos")) is None:
            properties.insert(0, el("w:pos", {"w:val": "sectEnd"}))

    def finish(self, furniture, numbering: str) -> None:
        """What every package gets once the body is written: the kind's page furniture (numbers in the
        footer, a first page without one, the running head, the legend) on every section; ``numbering``
        is the last section's."""
        from copy import deepcopy

        body_sect = self.sect_pr
        self.body.append(body_sect)
        if not furniture.running_head:
            self._page_number_footer()
        if furniture.running_head or furniture.legend:
            self._running_head(self._header_footer("header", "default"), furniture, page_line=bool(furniture.running_head))
        if not furniture.number_first_page:
            if body_sect.find(qn("w:titlePg")) is None:
                _insert_in_order(body_sect, el("w:titlePg"), _SECTPR_AFTER_ENDNOTEPR[-6:])
            if furniture.legend:
                self._running_head(self._header_footer("header", "first"), furniture, page_line=False)
            self._header_footer("footer", "first")
        if not self.breaks:
            if numbering != "arabic":
                _page_numbers(body_sect, numbering, restart=True)
            return
        sects = []
        for p_pr, _ended, _ in self.breaks:
            sects.append(deepcopy(body_sect))
            p_pr.append(sects[-1])
        sects.append(body_sect)
        numberings = [ended for _, ended, _ in self.breaks] + [numbering]
        starts = [True] + [new_page for _, _, new_page in self.breaks]
        for i, (sect, style, restart) in enumerate(zip(sects, numberings, starts)):
            _page_numbers(sect, style, restart=restart or None)
            if i:  # only the first section keeps the kind's first-page rule
                for title_pg in sect.findall(qn("w:titlePg")):
                    sect.remove(title_pg)
            if not restart:
                _insert_in_order(sect, el("w:type", {"w:val": "continuous"}), _SECTPR_AFTER_ENDNOTEPR[1:])

    def set_properties(self, title: str, subject: str, author: str, when: datetime) -> None:
        """Core properties, written afresh (none of the template's stay); every date is ``when`` (the
        brief's date or SOURCE_DATE_EPOCH), never the clock."""
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        dated = ' xsi:type="dcterms:W3CDTF"'
        values = [("dc:title", title, ""), ("dc:subject", subject, ""), ("dc:creator", author, ""),
                  ("cp:keywords", "", ""), ("dc:description", "", ""), ("cp:lastModifiedBy", author, ""),
                  ("cp:revision", "1", ""), ("cp:lastPrinted", stamp, ""), ("dcterms:created", stamp, dated),
                  ("dcterms:modified", stamp, dated), ("cp:category", "", ""), ("cp:contentStatus", "", "")]
        root = parse(("<cp:coreProperties " + " ".join(f'xmlns:{p}="{NS[p]}"' for p in
                                                       ("cp", "dc", "dcterms", "xsi")) + ">"
                      + "".join(f"<{tag}{attrs}>{_escape(value)}</{tag}>" for tag, value, attrs in values)
                      + "</cp:coreProperties>").encode())
        name = self.opc.related("", REL["core-properties"])
        if name:
            self.opc.parsed[name] = root
        else:
            self.opc.add_part("docProps/core.xml", root, CONTENT["core-properties"])
            self.opc.relate("", "docProps/core.xml", REL["core-properties"])

    def to_bytes(self, epoch: int) -> bytes:
        return self.opc.to_bytes(epoch)

    def link(self, part: str, url: str) -> str:
        """The relationship id of a hyperlink to ``url`` from ``part`` (the body's or a notes part)."""
        return self.opc.relate(part, url, REL["hyperlink"], external=True)

    def _prepare_notes(self, kind: str) -> str:
        """Fresh notes parts with their separators declared; returns the one `kind` notes go to.
        Footnotes are always prepared, endnotes when used or when a reference document has them,
        so none of the reference's own notes survive."""
        target = ""
        for each in _NOTE_KINDS:
            if each in (kind, "footnote") or self.opc.related(self.main_part, REL[f"{each}s"]):
                part = self._fresh_notes_part(each)
                _declare_separators(self.settings, each)
                target = part if each == kind else target
        if kind == "endnote":
            self._arabic_endnotes()
        return target

    def _fresh_notes_part(self, kind: str) -> str:
        """An empty footnotes or endnotes part (just the separators). A reference document's own
        part is replaced under the same part name, so the package never holds two."""
        old = self.opc.unrelate(self.main_part, REL[f"{kind}s"])
        name = old[0] if old else f"word/{kind}s.xml"
        self.opc.drop(name)  # with its relationships: the reference's notes' links and pictures
        self._add_part(f"{kind}s", name, f"<w:{kind}s>{_separators(kind)}</w:{kind}s>")
        return name

    def _arabic_endnotes(self) -> None:
        """Number endnotes 1, 2, 3 as the PDF does, not Word's default i, ii, iii, unless the reference
        document chose a format. Word reads it from settings.xml, LibreOffice from the section."""
        settings, sect_pr = self.settings, self.sect_pr
        if settings.xpath("w:endnotePr/w:numFmt", namespaces=NS) or sect_pr.xpath("w:endnotePr/w:numFmt",
                                                                                  namespaces=NS):
            return
        in_settings = settings.find(qn("w:endnotePr"))
        if in_settings is None:
            in_settings = _insert_setting(settings, "w:endnotePr")
        in_section = sect_pr.find(qn("w:endnotePr"))
        if in_section is None:
            in_section = _insert_in_order(sect_pr, el("w:endnotePr"), _SECTPR_AFTER_ENDNOTEPR)
        for properties in (in_settings, in_section):
            _insert_in_order(properties, el("w:numFmt", {"w:val": "decimal"}), ("w:numStart", "w:numRestart", "w:endnote"))

    # ------------------------------------------------------------ headers and footers

    def _header_footer(self, kind: str, which: str, create: bool = True):
        """The root of the last section's header or footer of type ``which`` (default, first); one with
        a single empty paragraph is added and referenced when the section has none (and ``create``)."""
        refs = self.sect_pr.xpath(f"w:{kind}Reference[@w:type='{which}']/@r:id", namespaces=NS)
        target = self.opc.target(self.main_part, refs[0]) if refs else None
        if target:
            return self.opc.part(target)
        if not create:
            return None
        tag = "hdr" if kind == "header" else "ftr"
        name = self.opc.next_name(f"word/{kind}%d.xml")
        root = self._add_part(kind, name, f'<w:{tag}><w:p><w:pPr><w:pStyle w:val="{kind.title()}"/></w:pPr>'
                                          f'</w:p></w:{tag}>')
        r_id = self.opc.relate(self.main_part, name, REL[kind])  # the relationship _add_part made
        references = self.sect_pr.xpath("w:headerReference | w:footerReference", namespaces=NS)
        reference = el(f"w:{kind}Reference", {"w:type": which, "r:id": r_id})
        if references:
            references[-1].addnext(reference)
        else:
            self.sect_pr.insert(0, reference)
        return root

    def _page_number_footer(self) -> None:
        """A centred PAGE field in the default footer, unless the reference's footer already says something."""
        footer = self._header_footer("footer", "default", create=False)
        if footer is not None and footer.xpath(
                ".//w:t[normalize-space()] | .//w:fldSimple | .//w:instrText | .//w:drawing | .//w:pict",
                namespaces=NS):
            return
        if footer is None:
            footer = self._header_footer("footer", "default")
        p = footer.find(qn("w:p"))
        if p is None:
            p = self.add_p(footer)
        _set(ppr(p), "w:jc", {"w:val": "center"})
        p.append(xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    def _running_head(self, header, furniture, page_line: bool) -> None:
        """The legend (centred, bold, 10 point) and a letter's continuation head: its lines and "Page N"."""
        for p in header.findall(qn("w:p")):
            header.remove(p)
        if furniture.legend:
            p = self.add_p(header)
            _set(ppr(p), "w:jc", {"w:val": "center"})
            run(p, furniture.legend, bold=True, half_points=20)
        if page_line:
            p = self.add_p(header)
            _set(ppr(p), "w:spacing", {"w:after": "240"})
            for line in furniture.running_head:
                sub(run(p, line, half_points=20), "w:br")
            run(p, "Page ", half_points=20)
            p.append(xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
        if header.find(qn("w:p")) is None:
            self.add_p(header)

    # ------------------------------------------------------------ styles

    def style(self, name: str) -> str:
        """The id of the style called `name`, added once from _STYLES when the document lacks it."""
        found = self.find_style(name)
        if found is None:
            found = self.style_ids[name.lower()] = self._add_style(name)
        return found

    def find_style(self, name: str) -> str | None:
        """The id of the style called `name`, or None. Word matches built-in styles by name, python-docx
        files by id, so both are checked and nothing is duplicated."""
        key = name.lower()
        if self.style_ids.get(key) is None:
            style_id = _STYLES[key][2] if key in _STYLES else _id_for(name)
            self.style_ids[key] = next((s.get(qn("w:styleId")) for s in self.styles.iterfind(qn("w:style"))
                                        if s.get(qn("w:styleId")) == style_id or _name(s) == key), None)
        return self.style_ids[key]

    def _add_style(self, name: str) -> str:
        style = self._new_style(name)
        self.styles.append(style)
        return style.get(qn("w:styleId"))

    def _new_style(self, name: str):
        """The w:style this writer defines for `name`, from _STYLES."""
        word_name, kind, style_id, body = _STYLES[name.lower()]
        body = body.replace("{normal}", self.normal)
        if "{num}" in body:
            body = body.replace("{num}", str(self._new_numbering(*_LIST_MARKERS[name.lower()])))
        return xml(f'<w:style w:type="{kind}" w:styleId={quoteattr(style_id)}>'
                   f'<w:name w:val={quoteattr(word_name)}/>{body}</w:style>')

    # ------------------------------------------------------------ numbering

    def _numbering(self):
        """The numbering part's root, added when the package has none."""
        return self._part("numbering", "<w:numbering/>")

    def _new_numbering(self, num_fmt: str, text: str) -> int:
        """A one-level list definition for a list style this writer had to add; returns its numId."""
        numbering = self._numbering()
        abstract_id = max(map(int, numbering.xpath("w:abstractNum/@w:abstractNumId", namespaces=NS)), default=-1) + 1
        abstract = xml(
            f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        _insert_in_order(numbering, abstract, ("w:num", "w:numIdMacAtCleanup"))
        return int(_add_num(numbering, abstract_id).get(qn("w:numId")))

    def restart_numbering(self, style_id: str, start: int) -> tuple[int, int] | None:
        """(ilvl, numId) of a fresh list instance, so each ordered list counts from `start`
        instead of continuing the previous list that shares its style."""
        style = next((s for s in self.styles.iterfind(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None)
        if style is None:
            return None
        num_ids = style.xpath("w:pPr/w:numPr/w:numId/@w:val", namespaces=NS)
        if not num_ids:
            return None
        numbering = self._numbering()
        abstract_ids = numbering.xpath("w:num[@w:numId=$n]/w:abstractNumId/@w:val", namespaces=NS, n=num_ids[0])
        if not abstract_ids:
            return None
        ilvl = int((style.xpath("w:pPr/w:numPr/w:ilvl/@w:val", namespaces=NS) or ["0"])[0])
        num = _add_num(numbering, int(abstract_ids[0]))
        sub(sub(num, "w:lvlOverride", {"w:ilvl": str(ilvl)}), "w:startOverride", {"w:val": str(start)})
        return ilvl, int(num.get(qn("w:numId")))


def _name(style) -> str:
    name = style.find(qn("w:name"))
    return (name.get(qn("w:val")) or "").lower() if name is not None else ""


def _add_num(numbering, abstract_id: int):
    """A w:num (list instance) of ``abstract_id`` under the first free numId, in schema order."""
    used = {int(n) for n in numbering.xpath("w:num/@w:numId", namespaces=NS)}
    num_id = next(n for n in range(1, len(used) + 2) if n not in used)
    num = el("w:num", {"w:numId": str(num_id)})
    sub(num, "w:abstractNumId", {"w:val": str(abstract_id)})
    return _insert_in_order(numbering, num, ("w:numIdMacAtCleanup",))


def _text_width(sect_pr) -> int:
    """Twips between the margins of a section (6.5 inches when it does not say)."""
    size, margins = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    try:
        return int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
    except (AttributeError, TypeError, ValueError):
        return _RIGHT_MARGIN_TAB


def quoteattr(value: str) -> str:
    """An XML attribute value in double quotes (xml.sax.saxutils would import urllib and ssl: 14 ms)."""
    return '"' + _escape(value).replace('"', "&quot;") + '"'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml(markup: str):
    """Parse a WordprocessingML fragment, declaring the w: and r: namespaces on its root."""
    return parse(re.sub(r"^<[\w:]+", lambda tag: f"{tag.group(0)} {_NS}", markup, count=1).encode())


def el(tag: str, attrs: dict[str, str] | None = None):
    """A new, empty element; `attrs` keys are prefixed names such as "w:id"."""
    return etree.Element(qn(tag), {qn(name): value for name, value in attrs.items()} if attrs else None)


def sub(parent, tag: str, attrs: dict[str, str] | None = None, at: int | None = None):
    """A new child of `parent`, appended (or inserted at index `at`). Made in its parent's document:
    an element made alone gets a document of its own, which costs more than the element."""
    if at is not None:
        child = el(tag, attrs)
        parent.insert(at, child)
        return child
    return etree.SubElement(parent, qn(tag), {qn(name): value for name, value in attrs.items()} if attrs else None)


# w:pPr's children in schema order (those a writer may set): each goes before all that follow it.
_PPR_ORDER = ("w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr "
              "w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap "
              "w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid "
              "w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc w:textDirection "
              "w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange").split()


def ppr(p):
    """A paragraph's w:pPr, added as its first child when missing."""
    p_pr = p.find(qn("w:pPr"))
    return p_pr if p_pr is not None else sub(p, "w:pPr", at=0)


def _set(p_pr, tag: str, attrs: dict[str, str] | None = None):
    """The pPr child ``tag`` (replaced when present) in schema order."""
    for old in p_pr.findall(qn(tag)):
        p_pr.remove(old)
    return _insert_in_order(p_pr, el(tag, attrs), _PPR_ORDER[_PPR_ORDER.index(tag) + 1:])


def set_style(p, style_id: str) -> None:
    _set(ppr(p), "w:pStyle", {"w:val": style_id})


def keep_with_next(p) -> None:
    _set(ppr(p), "w:keepNext")


def run(parent, text: str, style: str = "", italic: bool = False, bold: bool = False, small_caps: bool = False,
        font: str = "", half_points: int = 0):
    """A w:r appended to `parent`: its formatting, then `text` as w:t, a tab as w:tab and a line break
    as w:br (spaces at either end of a w:t kept with xml:space)."""
    r = sub(parent, "w:r")
    if style or italic or bold or small_caps or font or half_points:
        r_pr = sub(r, "w:rPr")
        if style:
            sub(r_pr, "w:rStyle", {"w:val": style})
        if font:
            sub(r_pr, "w:rFonts", {"w:ascii": font, "w:hAnsi": font})
        if bold:
            sub(r_pr, "w:b")
        if italic:
            sub(r_pr, "w:i")
        if small_caps:
            sub(r_pr, "w:smallCaps")
        if half_points:
            sub(r_pr, "w:sz", {"w:val": str(half_points)})
    for piece in _PIECES.split(FORBIDDEN.sub("", text)):
        if piece == "\t":
            sub(r, "w:tab")
        elif piece in ("\r", "\n"):
            sub(r, "w:br")
        elif piece:
            t = sub(r, "w:t")
            t.text = piece
            if piece.strip() != piece:
                t.set(qn("xml:space"), "preserve")
    return r


_PIECES = re.compile("([\t\r\n])")


def _id_for(name: str) -> str:
    """A styleId for a style name, as Word forms them (letters and digits only)."""
    return re.sub(r"[^A-Za-z0-9]", "", name) or "CustomStyle"


def list_format(p, numbering: tuple[int, int] | None, left: int, hanging: int) -> None:
    """Point a list paragraph at its own list instance (see restart_numbering), and indent it
    by hand (in twips) when the document has no style for its level."""
    if numbering:
        ilvl, num_id = numbering
        num_pr = _set(ppr(p), "w:numPr")
        sub(num_pr, "w:ilvl", {"w:val": str(ilvl)})
        sub(num_pr, "w:numId", {"w:val": str(num_id)})
    if left:
        _set(ppr(p), "w:ind", {"w:left": str(left), **({"w:hanging": str(hanging)} if hanging else {})})


def _separators(kind: str) -> str:
    """The separator (-1) and continuation separator (0) notes Word requires in a notes part."""
    return "".join(f'<w:{kind} w:type="{sep}" w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
                   f' w:lineRule="auto"/></w:pPr><w:r><w:{sep}/></w:r></w:p></w:{kind}>'
                   for sep, nid in (("separator", -1), ("continuationSeparator", 0)))


def _declare_separators(settings, kind: str) -> None:
    """Word expects settings.xml to name the two separator notes in w:footnotePr / w:endnotePr."""
    properties = settings.find(qn(f"w:{kind}Pr"))
    if properties is None:
        properties = _insert_setting(settings, f"w:{kind}Pr")
    for stale in properties.findall(qn(f"w:{kind}")):  # may name notes this writer has replaced
        properties.remove(stale)
    for note_id in ("-1", "0"):
        properties.append(el(f"w:{kind}", {"w:id": note_id}))


def _insert_setting(settings, tag: str):
    """A new, empty settings.xml child, inserted where the schema orders it (Word rejects misordered settings)."""
    return _insert_in_order(settings, el(tag), _SETTINGS_TAIL[_SETTINGS_TAIL.index(tag) + 1:])


def _insert_in_order(parent, element, successors):
    """Insert `element` before the first child of `parent` named in `successors` (prefixed tags),
    else at the end: the schema's child order."""
    tags = {qn(tag) for tag in successors}
    follower = next((child for child in parent if child.tag in tags), None)
    if follower is None:
        parent.append(element)
    else:
        follower.addprevious(element)
    return element


def _page_numbers(sect_pr, numbering: str, restart: bool | None) -> None:
    """A section's page numbers: lower-case roman or arabic, from 1 when ``restart``."""
    for old in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(old)
    attrs = {"w:fmt": "lowerRoman" if numbering == "roman" else "decimal"}
    if restart:
        attrs["w:start"] = "1"
    _insert_in_order(sect_pr, el("w:pgNumType", attrs),
                     _SECTPR_AFTER_ENDNOTEPR[_SECTPR_AFTER_ENDNOTEPR.index("w:pgNumType") + 1:])


def field_quote(text: str) -> str:
    """A field argument in quotes; Word escapes a quote or backslash inside it with a backslash."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def field_char(kind: str):
    """A run holding a w:fldChar of type begin, separate or end."""
    r = el("w:r")
    r.append(el("w:fldChar", {"w:fldCharType": kind}))
    return r
