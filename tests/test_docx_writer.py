"""The DOCX writer: Word footnotes, built-in styles, reference documents, reproducible bytes."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefgen.document import (AuthorityEntry, AuthorityMark, BlockQuote, BulletList, Cite, Document, Emph, Heading,
                               Link, Note, OrderedList, PageBreak, Para, Rule, SmallCaps, Str, Strong, Table,
                               TableOfAuthorities, TableOfContents)
from briefgen.errors import BriefgenError
from briefgen.writers.docx import render_docx, write_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
URL = "https://www.supremecourt.gov/opinions/a?b=1&c=2"


def brief(*extra_blocks, **meta) -> Document:
    """A small brief exercising every block kind the writer handles."""
    blocks = (
        Heading(1, (Str("Argument"),)),
        Heading(2, (Str("The Statute Controls"),)),
        Para((Str("As held in "), Emph((Str("Marbury v. Madison"),)), Str(", the rule is "),
              Strong((Str("plain "), Emph((Str("and binding"),)))), Str(" under the "),
              SmallCaps((Str("Restatement"),)), Str("."),
              Note((Str("See "), Emph((Str("id."),)), Str(" at 177."))),
              Str(" See "), Link((Str("the opinion"),), URL), Str("."),
              Note((Str("Second note text."),)))),
        Table(((Str("Party"),), (Str("Role"),)), (((Str("Smith"),), (Str("Appellant"),)),)),
        BlockQuote((Para((Str("It is emphatically the province of the judicial department."),)),)),
        BulletList(((Para((Str("first point"),)),), (Para((Str("second point"),)),))),
        Rule(),
        Heading(6, (Str("Deep heading"),)),
    ) + extra_blocks
    return Document(blocks, {"title": "Brief for Appellant", "author": "A. Counsel", **meta})


@pytest.fixture(autouse=True)
def _fixed_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def rendered(tmp_path) -> Path:
    path = tmp_path / "brief.docx"
    assert write_docx(brief(), path) == []
    return path


def part(path_or_bytes, name: str) -> etree._Element:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with zipfile.ZipFile(source) as z:
        return etree.fromstring(z.read(name))


def texts(element) -> str:
    return "".join(element.xpath(".//w:t/text()", namespaces=NS))


# ---------------------------------------------------------------- body and styles


def test_paragraph_styles_and_run_formatting(rendered):
    paragraphs = docx.Document(str(rendered)).paragraphs
    by_text = {p.text: p for p in paragraphs}
    assert by_text["Argument"].style.name == "Heading 1"
    assert by_text["The Statute Controls"].style.name == "Heading 2"
    assert by_text["Deep heading"].style.name == "Heading 6"  # every level has its own Word heading style
    assert by_text["first point"].style.name == "List Bullet"
    assert by_text["It is emphatically the province of the judicial department."].style.name == "Quote"

    body = next(p for p in paragraphs if p.text.startswith("As held in"))
    assert [r.text for r in body.runs if r.italic] == ["Marbury v. Madison", "and binding"]
    assert [r.text for r in body.runs if r.bold] == ["plain ", "and binding"]
    assert [r.text for r in body.runs if r.font.small_caps] == ["Restatement"]


def test_default_look_is_times_new_roman_on_letter(rendered):
    document = docx.Document(str(rendered))
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 12
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Times New Roman" and heading.font.bold
    assert str(heading.font.color.rgb) == "000000"
    section = document.sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)
    assert {section.left_margin.inches, section.right_margin.inches,
            section.top_margin.inches, section.bottom_margin.inches} == {1.0}


def test_link_is_a_real_hyperlink(rendered):
    body = part(rendered, "word/document.xml")
    (hyperlink,) = body.xpath("//w:hyperlink", namespaces=NS)
    assert texts(hyperlink) == "the opinion"
    rels = part(rendered, "word/_rels/document.xml.rels")
    r_id = hyperlink.get("{%s}id" % NS["r"])
    (rel,) = rels.xpath(f"//rel:Relationship[@Id='{r_id}']", namespaces=NS)
    assert rel.get("Target") == URL and rel.get("TargetMode") == "External"


def test_table_uses_table_grid_with_bold_header(rendered):
    (table,) = docx.Document(str(rendered)).tables
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["Party", "Role"]
    assert all(r.bold for c in table.rows[0].cells for r in c.paragraphs[0].runs)
    assert not any(r.bold for c in table.rows[1].cells for r in c.paragraphs[0].runs)


def test_rule_is_a_bottom_border(rendered):
    body = part(rendered, "word/document.xml")
    assert body.xpath("//w:p/w:pPr/w:pBdr/w:bottom[@w:val='single']", namespaces=NS)


def test_each_ordered_list_starts_afresh(tmp_path):
    path = tmp_path / "lists.docx"
    write_docx(Document((OrderedList(((Para((Str("third"),)),),), start=3),
                         OrderedList(((Para((Str("one"),)),),)))), path)
    body = part(path, "word/document.xml")
    num_ids = body.xpath("//w:p[w:pPr/w:pStyle/@w:val='ListNumber']/w:pPr/w:numPr/w:numId/@w:val", namespaces=NS)
    assert len(num_ids) == 2 and num_ids[0] != num_ids[1]
    numbering = part(path, "word/numbering.xml")
    start = numbering.xpath(f"//w:num[@w:numId='{num_ids[0]}']//w:startOverride/@w:val", namespaces=NS)
    assert start == ["3"]


# ---------------------------------------------------------------- footnotes


def test_footnotes_part_is_declared(rendered):
    with zipfile.ZipFile(rendered) as z:
        assert "word/footnotes.xml" in z.namelist()
    types = part(rendered, "[Content_Types].xml")
    assert types.xpath("//ct:Override[@PartName='/word/footnotes.xml']/@ContentType", namespaces=NS) == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"]
    rels = part(rendered, "word/_rels/document.xml.rels")
    targets = rels.xpath("//rel:Relationship[@Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/footnotes']/@Target", namespaces=NS)
    assert targets == ["footnotes.xml"]


def test_footnotes_hold_separators_and_notes(rendered):
    footnotes = part(rendered, "word/footnotes.xml").xpath("w:footnote", namespaces=NS)
    assert [(f.get(f"{{{W}}}id"), f.get(f"{{{W}}}type")) for f in footnotes] == [
        ("-1", "separator"), ("0", "continuationSeparator"), ("1", None), ("2", None)]
    assert footnotes[0].xpath(".//w:separator", namespaces=NS)
    assert footnotes[1].xpath(".//w:continuationSeparator", namespaces=NS)
    first, second = footnotes[2:]
    assert texts(first) == " See id. at 177."
    assert first.xpath("w:p/w:pPr/w:pStyle/@w:val", namespaces=NS) == ["FootnoteText"]
    mark = first.xpath("w:p/w:r[1]", namespaces=NS)[0]
    assert mark.xpath("w:rPr/w:rStyle/@w:val", namespaces=NS) == ["FootnoteReference"]
    assert mark.xpath("w:footnoteRef", namespaces=NS)
    assert first.xpath(".//w:r[w:rPr/w:i]/w:t/text()", namespaces=NS) == ["id."]
    assert texts(second) == " Second note text."
    assert first.xpath(".//w:t[text()=' ']/@xml:space", namespaces=NS) == ["preserve"]


def test_body_references_each_note(rendered):
    body = part(rendered, "word/document.xml")
    refs = body.xpath("//w:r[w:rPr/w:rStyle/@w:val='FootnoteReference']/w:footnoteReference/@w:id", namespaces=NS)
    assert refs == ["1", "2"]


def test_footnote_styles_and_settings_exist_once(rendered):
    styles = part(rendered, "word/styles.xml")
    for style_id, kind in (("FootnoteText", "paragraph"), ("FootnoteReference", "character")):
        (style,) = styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert style.get(f"{{{W}}}type") == kind
    assert styles.xpath("w:style[@w:styleId='FootnoteReference']//w:vertAlign/@w:val", namespaces=NS) == [
        "superscript"]
    settings = part(rendered, "word/settings.xml")
    assert settings.xpath("w:footnotePr/w:footnote/@w:id", namespaces=NS) == ["-1", "0"]


def test_numbered_notes_keep_their_numbers(tmp_path):
    path = tmp_path / "numbered.docx"
    write_docx(Document((Para((Str("a"), Note((Str("x"),), number=7))),)), path)
    body = part(path, "word/document.xml")
    assert body.xpath("//w:footnoteReference/@w:id", namespaces=NS) == ["7"]
    assert part(path, "word/footnotes.xml").xpath("w:footnote[not(@w:type)]/@w:id", namespaces=NS) == ["7"]


# ---------------------------------------------------------------- footer and properties


def test_footer_has_centred_page_field(rendered):
    with zipfile.ZipFile(rendered) as z:
        footer_names = [n for n in z.namelist() if n.startswith("word/footer")]
    assert footer_names
    footer = part(rendered, footer_names[0])
    assert footer.xpath("//w:fldSimple/@w:instr", namespaces=NS) == [" PAGE "]
    assert footer.xpath("//w:p[w:fldSimple]/w:pPr/w:jc/@w:val", namespaces=NS) == ["center"]


def test_core_properties(rendered):
    props = docx.Document(str(rendered)).core_properties
    assert props.title == "Brief for Appellant"
    assert props.author == "A. Counsel" and props.last_modified_by == "A. Counsel"
    assert props.revision == 1
    assert props.created.year == 2000 and props.modified == props.created


def test_author_falls_back_to_from(tmp_path):
    data, _ = render_docx(Document((Para((Str("x"),)),), {"title": "Memo", "from": "B. Associate"}))
    assert docx.Document(io.BytesIO(data)).core_properties.author == "B. Associate"


# ---------------------------------------------------------------- determinism and text


def test_same_input_gives_identical_bytes():
    first, _ = render_docx(brief())
    second, _ = render_docx(brief())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {info.date_time for info in z.infolist()} == {(2000, 1, 1, 0, 0, 0)}


def test_source_date_epoch_changes_the_bytes(monkeypatch):
    """The pipeline gives the writer SOURCE_DATE_EPOCH in the document's meta; the writer never reads it
    from the environment."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    first, _ = render_docx(brief(epoch="1700000000"))
    second, _ = render_docx(brief(epoch="1710000000"))
    assert render_docx(brief())[0] != render_docx(brief(epoch="1600000000"))[0]   # not the environment's
    assert first != second
    assert docx.Document(io.BytesIO(second)).core_properties.created.isoformat().startswith("2024-03-09")


def test_forbidden_characters_dropped_and_reported():
    from briefgen.writers.base import unprintable

    kept = "§ ¶ — “quoted” é"
    doc = Document((Para((Str(f"a\x01b {kept}\x0b\x01"),)),))
    assert unprintable(doc) == ["\x01", "\x0b"]  # what the pipeline reports before any writer runs
    data, _ = render_docx(doc)
    assert docx.Document(io.BytesIO(data)).paragraphs[0].text == f"ab {kept}"


def test_unresolved_citation_is_refused():
    from briefgen.document import Location

    with pytest.raises(BriefgenError) as caught:
        render_docx(Document((Para((Cite((), Location("briefs/modules/a.md", 3, 7), "@x, 5"),)),)))
    (d,) = caught.value.diagnostics
    assert d.code == "unresolved-cite" and str(d.location) == "briefs/modules/a.md:3:7" and "[@x, 5]" in d.message


# ---------------------------------------------------------------- reference documents


@pytest.fixture
def reference(tmp_path) -> Path:
    """A firm template: Arial Normal, its own Footnote Text style, a footer, some body text."""
    template = docx.Document()
    template.styles["Normal"].font.name = "Arial"
    template.styles.add_style("Footnote Text", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    template.sections[0].footer.paragraphs[0].text = "Dewey & Cheatham LLP"
    template.add_paragraph("Template boilerplate that must not survive.")
    path = tmp_path / "firm.docx"
    template.save(str(path))
    return path


def test_reference_docx_is_honoured(tmp_path, reference):
    out = tmp_path / "brief.docx"
    write_docx(brief(), out, reference=reference)
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Arial"
    assert all("boilerplate" not in p.text for p in document.paragraphs)
    styles = part(out, "word/styles.xml")
    assert len(styles.xpath("w:style[@w:styleId='FootnoteText']", namespaces=NS)) == 1
    assert len(styles.xpath("w:style[@w:styleId='FootnoteReference']", namespaces=NS)) == 1
    footer = document.sections[0].footer
    assert [p.text for p in footer.paragraphs] == ["Dewey & Cheatham LLP"]
    assert not part(out, "word/footer1.xml").xpath("//w:fldSimple", namespaces=NS)


def test_reference_with_footnotes_keeps_one_footnotes_part(tmp_path):
    first = tmp_path / "first.docx"
    write_docx(brief(), first)
    second = tmp_path / "second.docx"
    write_docx(Document((Para((Str("only"), Note((Str("the new note"),)))),)), second, reference=first)
    with zipfile.ZipFile(second) as z:
        assert [n for n in z.namelist() if "footnotes" in n] == ["word/footnotes.xml"]
    rels = part(second, "word/_rels/document.xml.rels")
    assert len(rels.xpath("//rel:Relationship[contains(@Type, '/footnotes')]", namespaces=NS)) == 1
    notes = part(second, "word/footnotes.xml").xpath("w:footnote[not(@w:type)]", namespaces=NS)
    assert [texts(n) for n in notes] == [" the new note"]
    assert len(part(second, "[Content_Types].xml").xpath("//ct:Override[contains(@PartName, 'footnotes')]",
                                                         namespaces=NS)) == 1


def test_the_references_notes_leave_with_their_links(tmp_path):
    """The reference's notes part is replaced, and its relationships (a note's link) go with it."""
    def cited(word: str) -> Document:
        note = Note((Link((Str(f"{word} source"),), f"https://{word}.example/x"),))
        return Document((Para((Str(word), note)),))

    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    write_docx(cited("old"), first)
    assert b"old.example" in zipfile.ZipFile(first).read("word/_rels/footnotes.xml.rels")
    write_docx(cited("new"), second, reference=first)
    rels = part(second, "word/_rels/footnotes.xml.rels")
    assert rels.xpath("//rel:Relationship/@Target", namespaces=NS) == ["https://new.example/x"]
    assert [texts(n) for n in part(second, "word/footnotes.xml").xpath("w:footnote[not(@w:type)]",
                                                                       namespaces=NS)] == [" new source"]


def test_styles_are_matched_by_name_as_well_as_id(tmp_path):
    """Localised Word keeps English built-in names but other ids (German: "berschrift1")."""
    template = docx.Document()
    (heading,) = template.styles.element.xpath("w:style[@w:styleId='Heading1']")
    heading.styleId = "berschrift1"
    template.styles.add_style("footnote text", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)  # id "footnotetext"
    template.save(str(tmp_path / "de.docx"))
    out = tmp_path / "brief.docx"
    write_docx(brief(), out, reference=tmp_path / "de.docx")
    body = part(out, "word/document.xml")
    assert body.xpath("//w:p[.//w:t='Argument']/w:pPr/w:pStyle/@w:val", namespaces=NS) == ["berschrift1"]
    styles = part(out, "word/styles.xml")
    assert not styles.xpath("w:style[@w:styleId='Heading1' or @w:styleId='FootnoteText']", namespaces=NS)
    notes = part(out, "word/footnotes.xml")
    assert set(notes.xpath("//w:pStyle/@w:val", namespaces=NS)) == {"footnotetext"}


def test_styles_missing_from_a_bare_reference_are_added_once(tmp_path):
    """Word saves only the styles a document uses: a template may lack headings, lists and numbering."""
    template = docx.Document()
    for style in template.styles.element.xpath("w:style[not(@w:styleId='Normal')]"):
        style.getparent().remove(style)
    for r_id, rel in list(template.part.rels.items()):
        if rel.reltype.endswith("/numbering"):
            del template.part.rels[r_id]
    template.save(str(tmp_path / "bare.docx"))
    out = tmp_path / "brief.docx"
    write_docx(brief(OrderedList(((Para((Str("numbered"),)),),)),
                     BulletList(((Para((Str("again"),)),),))), out, reference=tmp_path / "bare.docx")
    styles = part(out, "word/styles.xml")
    for style_id in ("Heading1", "Heading2", "Heading6", "Quote", "ListBullet", "ListNumber", "TableGrid",
                     "FootnoteText", "FootnoteReference"):
        assert len(styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)) == 1, style_id
    numbering = part(out, "word/numbering.xml")
    (bullet_num,) = styles.xpath("w:style[@w:styleId='ListBullet']//w:numId/@w:val", namespaces=NS)
    (abstract,) = numbering.xpath(f"w:num[@w:numId='{bullet_num}']/w:abstractNumId/@w:val", namespaces=NS)
    assert numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract}']//w:numFmt/@w:val",
                           namespaces=NS) == ["bullet"]


def _rewrite(source: Path, target: Path, change) -> Path:
    """A copy of a .docx with ``change(name, data)`` applied to each part (None drops it)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            data = change(name, src.read(name))
            if data is not None:
                dst.writestr(name, data)
    return target


def test_a_word_template_is_refused_as_a_reference(tmp_path, reference):
    """A .dotx renamed .docx holds a template's main part, which Word will not open as a document."""
    template = _rewrite(reference, tmp_path / "firm-template.docx", lambda name, data: data.replace(
        b"document.main+xml", b"template.main+xml") if name == "[Content_Types].xml" else data)
    with pytest.raises(BriefgenError, match=r"reference DOCX: not a Word document: .*template\.main\+xml") as caught:
        render_docx(brief(), reference=template)
    (d,) = caught.value.diagnostics
    assert d.code == "reference-docx" and str(d.location).endswith("firm-template.docx")


def test_a_reference_whose_footer_does_not_parse_is_refused(tmp_path, reference):
    """Someone else's file: a part the writer reaches only at the end (the footer) is checked at the start."""
    broken = _rewrite(reference, tmp_path / "broken-footer.docx",
                      lambda name, data: b"<w:ftr><w:p>" if name == "word/footer1.xml" else data)
    with pytest.raises(BriefgenError, match="reference DOCX: not a Word document: XMLSyntaxError") as caught:
        render_docx(brief(), reference=broken)
    assert caught.value.diagnostics[0].code == "reference-docx"


def test_a_main_part_typed_by_its_extension_is_read(tmp_path, reference):
    """Content types may name a part's type by its extension (Default) instead of by name (Override)."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    def by_extension(name, data):
        if name != "[Content_Types].xml":
            return data
        root = etree.fromstring(data)
        for override in root.xpath("ct:Override[@PartName='/word/document.xml']", namespaces=NS):
            root.remove(override)
        for default in root.xpath("ct:Default[@Extension='xml']", namespaces=NS):
            default.set("ContentType", main)
        return etree.tostring(root)

    typed = _rewrite(reference, tmp_path / "typed.docx", by_extension)
    out = tmp_path / "brief.docx"
    write_docx(brief(), out, reference=typed)
    assert docx.Document(str(out)).paragraphs[0].text == "Argument"


def test_parts_no_relationship_reaches_are_left_out(tmp_path, reference):
    """As Word reads a package: a part nothing refers to (left over in the template's zip) is not copied."""
    orphaned = _rewrite(reference, tmp_path / "orphan.docx", lambda name, data: data)
    with zipfile.ZipFile(orphaned, "a") as z:
        z.writestr("word/orphan.xml", "<stale/>")
    out = tmp_path / "brief.docx"
    write_docx(brief(), out, reference=orphaned)
    with zipfile.ZipFile(out) as z:
        assert "word/orphan.xml" not in z.namelist() and "word/styles.xml" in z.namelist()
    assert docx.Document(str(out)).styles["Normal"].font.name == "Arial"


def test_a_reference_without_core_properties_gets_them(tmp_path, reference):
    def no_core(name, data):
        if name == "docProps/core.xml":
            return None
        if name == "_rels/.rels":
            root = etree.fromstring(data)
            for rel in root.xpath("rel:Relationship[contains(@Type, 'core-properties')]", namespaces=NS):
                root.remove(rel)
            return etree.tostring(root)
        return data

    bare = _rewrite(reference, tmp_path / "no-core.docx", no_core)
    out = tmp_path / "brief.docx"
    write_docx(brief(), out, reference=bare)
    props = docx.Document(str(out)).core_properties
    assert props.title == "Brief for Appellant" and props.author == "A. Counsel"
    assert part(out, "[Content_Types].xml").xpath("//ct:Override[@PartName='/docProps/core.xml']/@ContentType",
                                                  namespaces=NS) == [
        "application/vnd.openxmlformats-package.core-properties+xml"]


def test_missing_reference_is_a_user_error(tmp_path):
    from briefgen.errors import BriefgenError

    with pytest.raises(BriefgenError, match="reference DOCX"):
        render_docx(brief(), reference=tmp_path / "absent.docx")


# ---------------------------------------------------------------- a real renderer


def test_libreoffice_renders_the_footnotes(tmp_path, rendered):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(rendered)],
                   check=True, capture_output=True, timeout=180)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "brief.pdf")).pages)
    assert "See id. at 177." in text
    assert "Second note text." in text
    assert "Marbury v. Madison" in text



# ---------------------------------------------------------------- endnotes


@pytest.fixture
def endnoted(tmp_path) -> Path:
    path = tmp_path / "endnotes.docx"
    assert write_docx(brief(notes="endnotes"), path) == []
    return path


def test_endnotes_mode_writes_real_endnotes(endnoted):
    endnotes = part(endnoted, "word/endnotes.xml").xpath("w:endnote", namespaces=NS)
    assert [(e.get(f"{{{W}}}id"), e.get(f"{{{W}}}type")) for e in endnotes] == [
        ("-1", "separator"), ("0", "continuationSeparator"), ("1", None), ("2", None)]
    assert [texts(e) for e in endnotes[2:]] == [" See id. at 177.", " Second note text."]
    first = endnotes[2]
    assert first.xpath("w:p/w:pPr/w:pStyle/@w:val", namespaces=NS) == ["EndnoteText"]
    mark = first.xpath("w:p/w:r[1]", namespaces=NS)[0]
    assert mark.xpath("w:rPr/w:rStyle/@w:val", namespaces=NS) == ["EndnoteReference"]
    assert mark.xpath("w:endnoteRef", namespaces=NS)

    body = part(endnoted, "word/document.xml")
    refs = body.xpath("//w:r[w:rPr/w:rStyle/@w:val='EndnoteReference']/w:endnoteReference/@w:id", namespaces=NS)
    assert refs == ["1", "2"]
    assert not body.xpath("//w:footnoteReference", namespaces=NS)
    assert not part(endnoted, "word/footnotes.xml").xpath("w:footnote[not(@w:type)]", namespaces=NS)


def test_endnotes_part_styles_and_settings(endnoted):
    types = part(endnoted, "[Content_Types].xml")
    assert types.xpath("//ct:Override[@PartName='/word/endnotes.xml']/@ContentType", namespaces=NS) == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"]
    rels = part(endnoted, "word/_rels/document.xml.rels")
    assert rels.xpath("//rel:Relationship[@Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/endnotes']/@Target", namespaces=NS) == ["endnotes.xml"]
    settings = part(endnoted, "word/settings.xml")
    assert settings.xpath("w:endnotePr/w:endnote/@w:id", namespaces=NS) == ["-1", "0"]
    names = [etree.QName(child).localname for child in settings]
    assert names.index("endnotePr") == names.index("footnotePr") + 1  # schema order
    assert settings.xpath("w:endnotePr/w:numFmt/@w:val", namespaces=NS) == ["decimal"]  # not Word's i, ii
    styles = part(endnoted, "word/styles.xml")
    assert styles.xpath("w:style[@w:styleId='EndnoteText']//w:sz/@w:val", namespaces=NS) == ["20"]
    assert styles.xpath("w:style[@w:styleId='EndnoteReference']//w:vertAlign/@w:val", namespaces=NS) == [
        "superscript"]


def test_footnotes_mode_has_no_endnotes_part(rendered):
    with zipfile.ZipFile(rendered) as z:
        assert "word/endnotes.xml" not in z.namelist()
    assert not part(rendered, "word/settings.xml").xpath("w:endnotePr", namespaces=NS)


# ---------------------------------------------------------------- tables of authorities and contents


def authorities_brief(**meta) -> Document:
    """Two TOA sections (and an empty one between them), cited by AuthorityMarks in notes."""
    toa = TableOfAuthorities((
        ("Cases", (AuthorityEntry("marbury", (Emph((Str("Marbury v. Madison"),)), Str(", 5 U.S. 137 (1803)")),
                                  (3, 5)),
                   AuthorityEntry("gao", (Emph((Str("Gao v. Smith"),)), Str(", 1 F.3d 2 (2d Cir. 2009)")),
                                  (1, 2, 3, 4, 5), passim=True))),
        ("Treaties and International Agreements", ()),
        ("Other Authorities", (AuthorityEntry("note", (Str('Note, "Quoted" Title'),), (4,)),)),
    ))
    body = Para((Str("The rule is settled."),
                 Note((Emph((Str("Marbury v. Madison"),)), Str(", 5 U.S. 137 (1803)."), AuthorityMark("marbury"))),
                 Str(" See also the note."),
                 Note((Str('Note, "Quoted" Title.'), AuthorityMark("note"), AuthorityMark("unlisted")))))
    return Document((toa, PageBreak(), Heading(1, (Str("Argument"),)), body), {"title": "Brief", **meta})


def instructions(element) -> list[str]:
    return element.xpath(".//w:instrText/text()", namespaces=NS)


def test_toa_fields_per_section_with_entries_and_no_pdf_pages():
    data, _ = render_docx(authorities_brief())
    body = part(data, "word/document.xml")
    assert instructions(body) == [' TOA \\c "1" \\p ', ' TOA \\c "3" \\p ']
    headings = body.xpath("//w:p[w:pPr/w:pStyle/@w:val='TOAHeading']", namespaces=NS)
    assert [texts(p) for p in headings] == ["Cases", "Other Authorities"]  # the empty section is left out

    lines = body.xpath("//w:p[w:pPr/w:pStyle/@w:val='TableofAuthorities']", namespaces=NS)
    # the PDF's pages are not Word's: the entries carry none until Word updates the field
    assert [texts(p) for p in lines] == ["Marbury v. Madison, 5 U.S. 137 (1803)",
                                         "Gao v. Smith, 1 F.3d 2 (2d Cir. 2009)",
                                         'Note, "Quoted" Title']
    assert not any(p.xpath("w:r/w:tab", namespaces=NS) for p in lines)
    assert lines[0].xpath("w:r[w:rPr/w:i]/w:t/text()", namespaces=NS) == ["Marbury v. Madison"]
    assert lines[1].xpath("w:r[w:rPr/w:i]/w:t/text()", namespaces=NS) == ["Gao v. Smith"]

    def field_chars(p):
        return p.xpath("w:r/w:fldChar/@w:fldCharType", namespaces=NS)

    # the Cases field spans two paragraphs: begin/separate open the first, end closes the last
    assert field_chars(lines[0]) == ["begin", "separate"] and instructions(lines[0]) == [' TOA \\c "1" \\p ']
    assert field_chars(lines[1]) == ["end"]
    assert field_chars(lines[2]) == ["begin", "separate", "end"]
    runs = lines[0].xpath("w:r", namespaces=NS)
    assert runs[0].xpath("w:fldChar/@w:fldCharType", namespaces=NS) == ["begin"]
    assert lines[1].xpath("w:r[last()]/w:fldChar/@w:fldCharType", namespaces=NS) == ["end"]


def test_ta_fields_mark_citations_in_notes():
    data, _ = render_docx(authorities_brief())
    footnotes = part(data, "word/footnotes.xml")
    assert instructions(footnotes) == [
        ' TA \\l "Marbury v. Madison, 5 U.S. 137 (1803)" \\s "marbury" \\c 1 ',
        ' TA \\l "Note, \\"Quoted\\" Title" \\s "note" \\c 3 ']  # quotes escaped; "unlisted" has no field
    (first,) = footnotes.xpath("w:footnote[@w:id='1']", namespaces=NS)
    assert first.xpath(".//w:fldChar/@w:fldCharType", namespaces=NS) == ["begin", "end"]  # no result
    *_, citation, begin, code, end = first.xpath("w:p/w:r", namespaces=NS)  # right after the citation
    assert texts(citation) == ", 5 U.S. 137 (1803)."
    assert [begin.xpath("string(w:fldChar/@w:fldCharType)", namespaces=NS), instructions(code)[0][:4],
            end.xpath("string(w:fldChar/@w:fldCharType)", namespaces=NS)] == ["begin", " TA ", "end"]
    assert not footnotes.xpath("//w:vanish", namespaces=NS)
    assert texts(first) == " Marbury v. Madison, 5 U.S. 137 (1803)."  # the field prints nothing


def test_ta_fields_follow_notes_into_endnotes():
    data, _ = render_docx(authorities_brief(notes="endnotes"))
    assert len(instructions(part(data, "word/endnotes.xml"))) == 2


def test_tables_never_make_word_ask_to_update_fields(rendered):
    data, _ = render_docx(authorities_brief())
    assert not part(data, "word/settings.xml").xpath("w:updateFields", namespaces=NS)
    assert not part(rendered, "word/settings.xml").xpath("w:updateFields", namespaces=NS)


def test_toc_field_with_entries_and_no_pdf_pages():
    toc = TableOfContents(((1, "Argument", 3), (2, "The Statute Controls", 4), (4, "Deep", 5)))
    data, _ = render_docx(Document((toc, Heading(1, (Str("Argument"),)))))
    body = part(data, "word/document.xml")
    assert instructions(body) == [' TOC \\o "1-3" \\h \\z \\u ']
    assert body.xpath("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading']//w:t/text()", namespaces=NS) == [
        "Table of Contents"]
    lines = body.xpath("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC') and w:pPr/w:pStyle/@w:val!='TOCHeading']",
                       namespaces=NS)
    assert [(p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS), texts(p)) for p in lines] == [
        ("TOC1", "Argument"), ("TOC2", "The Statute Controls"), ("TOC3", "Deep")]
    assert lines[0].xpath("w:r/w:fldChar/@w:fldCharType", namespaces=NS) == ["begin", "separate"]
    assert lines[-1].xpath("w:r/w:fldChar/@w:fldCharType", namespaces=NS) == ["end"]
    styles = part(data, "word/styles.xml")
    for style_id, left in (("TOC1", "0"), ("TOC2", "360"), ("TOC3", "720")):
        (style,) = styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert style.xpath("w:name/@w:val", namespaces=NS) == [f"toc {style_id[-1]}"]
        assert style.xpath("w:pPr/w:ind/@w:left", namespaces=NS) == [left]
        assert style.xpath("w:pPr/w:tabs/w:tab[@w:val='right' and @w:leader='dot']/@w:pos", namespaces=NS) == [
            "9360"]


def test_empty_toc_is_a_field_word_fills():
    data, _ = render_docx(Document((TableOfContents(),)))
    body = part(data, "word/document.xml")
    assert instructions(body) == [' TOC \\o "1-3" \\h \\z \\u ']
    assert body.xpath("//w:fldChar/@w:fldCharType", namespaces=NS) == ["begin", "separate", "end"]


def test_toa_styles_are_added_with_leaders():
    data, _ = render_docx(authorities_brief())
    styles = part(data, "word/styles.xml")
    (entry,) = styles.xpath("w:style[@w:styleId='TableofAuthorities']", namespaces=NS)
    assert entry.xpath("w:name/@w:val", namespaces=NS) == ["table of authorities"]
    assert entry.xpath("w:pPr/w:ind/@w:hanging", namespaces=NS) == ["360"]
    assert entry.xpath("w:pPr/w:tabs/w:tab[@w:leader='dot']/@w:pos", namespaces=NS) == ["9360"]
    (heading,) = styles.xpath("w:style[@w:styleId='TOAHeading']", namespaces=NS)
    assert heading.xpath("w:rPr/w:b", namespaces=NS)
    assert heading.xpath("w:pPr/w:spacing/@w:before", namespaces=NS) == ["240"]


def test_page_break():
    data, _ = render_docx(Document((Para((Str("a"),)), PageBreak(), Para((Str("b"),)))))
    body = part(data, "word/document.xml")
    (p,) = body.xpath("//w:p[w:r/w:br[@w:type='page']]", namespaces=NS)
    assert texts(p) == ""


def test_tables_render_deterministically():
    first, _ = render_docx(authorities_brief(notes="endnotes"))
    second, _ = render_docx(authorities_brief(notes="endnotes"))
    assert first == second


# ---------------------------------------------------------------- document kinds' paragraph styles


def test_kind_styles_look_like_a_brief(tmp_path):
    roles = ("subtitle", "signature", "closing", "salutation", "date", "header-field", "numbered", "block")
    styles_used = ("Subtitle", "Signature", "Closing", "Salutation", "Date", "Message Header", "Body Text",
                   "Block Text")  # the Word styles the model's paragraph roles map to
    path = tmp_path / "kinds.docx"
    write_docx(Document(tuple(Para((Str(role),), style=role) for role in roles)), path)
    document = docx.Document(str(path))
    assert [p.style.name for p in document.paragraphs] == list(styles_used)
    styles = document.styles
    subtitle = styles["Subtitle"]
    assert not subtitle.font.italic and str(subtitle.font.color.rgb) == "000000" and subtitle.font.size.pt == 12
    assert subtitle.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert not subtitle.element.xpath("w:pPr/w:numPr")
    body_text = styles["Body Text"].paragraph_format
    assert body_text.first_line_indent.inches == 0.5 and body_text.space_after.pt == 12
    assert body_text.line_spacing is None  # single, from Normal
    assert styles["Closing"].paragraph_format.keep_with_next
    for name in ("Salutation", "Date"):
        assert styles[name].paragraph_format.space_after.pt == 12, name
    header = styles["Message Header"]  # a memo's TO / FROM lines: the value at a one-inch tab stop
    assert [t.position.inches for t in header.paragraph_format.tab_stops] == [1.0]
    assert not header.font.bold
    xml = part(path, "word/styles.xml")
    for name in styles_used:  # each once, and from the table, not improvised as a custom style
        (style,) = xml.xpath(f"w:style[w:name/@w:val='{name}']", namespaces=NS)
        assert style.get(f"{{{W}}}customStyle") is None, name


def test_kind_styles_added_to_a_reference_without_them(tmp_path):
    template = docx.Document()
    for style in template.styles.element.xpath("w:style[@w:styleId='Subtitle' or @w:styleId='BodyText']"):
        style.getparent().remove(style)
    template.styles["Normal"].font.name = "Arial"
    template.save(str(tmp_path / "firm.docx"))
    out = tmp_path / "brief.docx"
    write_docx(Document((Para((Str("x"),), style="subtitle"), Para((Str("y"),), style="numbered"))), out,
               reference=tmp_path / "firm.docx")
    styles = part(out, "word/styles.xml")
    assert styles.xpath("w:style[@w:styleId='Subtitle']/w:pPr/w:jc/@w:val", namespaces=NS) == ["center"]
    assert styles.xpath("w:style[@w:styleId='BodyText']/w:basedOn/@w:val", namespaces=NS) == ["Normal"]


def test_a_paragraph_role_the_model_does_not_know_is_refused():
    with pytest.raises(ValueError, match="unknown paragraph style 'Odd One'"):
        Para((Str("y"),), style="Odd One")


# ---------------------------------------------------------------- a real renderer: tables


def test_libreoffice_renders_the_table_of_authorities(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed")
    source = tmp_path / "toa.docx"
    write_docx(authorities_brief(), source)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "toa.pdf")).pages)
    assert "Gao v. Smith, 1 F.3d 2 (2d Cir. 2009)" in text  # only the TOA holds this entry
    assert "passim" not in text  # no pages until the field is updated: none of the PDF's
    assert "Other Authorities" in text
    assert " TA " not in text and "TOA" not in text  # field codes are not printed


def test_reference_endnotes_are_replaced_not_kept(tmp_path, endnoted):
    """A reference document's own endnotes must not survive, whichever note mode is used."""
    for mode, expected in (("footnotes", []), ("endnotes", [" the new note"])):
        out = tmp_path / f"{mode}.docx"
        write_docx(Document((Para((Str("only"), Note((Str("the new note"),)))),), {"notes": mode}), out,
                   reference=endnoted)
        with zipfile.ZipFile(out) as z:
            assert [n for n in z.namelist() if "endnotes" in n] == ["word/endnotes.xml"], mode
        notes = part(out, "word/endnotes.xml").xpath("w:endnote[not(@w:type)]", namespaces=NS)
        assert [texts(n) for n in notes] == expected, mode
        settings = part(out, "word/settings.xml")
        assert settings.xpath("w:endnotePr/w:endnote/@w:id", namespaces=NS) == ["-1", "0"], mode
        assert settings.xpath("w:endnotePr/w:numFmt/@w:val", namespaces=NS) == ["decimal"], mode  # not doubled
