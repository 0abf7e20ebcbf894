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

from briefgen.document import (BlockQuote, BulletList, Cite, Document, Emph, Heading, Link, Note, OrderedList,
                               Para, Rule, SmallCaps, Str, Strong, Table)
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
    assert by_text["Deep heading"].style.name == "Heading 3"  # level 6 maps to 3
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
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, _ = render_docx(brief())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    second, _ = render_docx(brief())
    assert first != second
    assert docx.Document(io.BytesIO(second)).core_properties.created.isoformat().startswith("2024-03-09")


def test_forbidden_characters_dropped_and_reported():
    kept = "§ ¶ — “quoted” é"
    data, warnings = render_docx(Document((Para((Str(f"a\x01b {kept}\x0b\x01"),)),)))
    assert warnings == ["dropped 3 characters XML cannot hold: U+0001, U+000B"]
    assert docx.Document(io.BytesIO(data)).paragraphs[0].text == f"ab {kept}"


def test_unresolved_citation_is_refused():
    with pytest.raises(TypeError, match="Cite"):
        render_docx(Document((Para((Cite(()),)),)))


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
    for style_id in ("Heading1", "Heading2", "Heading3", "Quote", "ListBullet", "ListNumber", "TableGrid",
                     "FootnoteText", "FootnoteReference"):
        assert len(styles.xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)) == 1, style_id
    numbering = part(out, "word/numbering.xml")
    (bullet_num,) = styles.xpath("w:style[@w:styleId='ListBullet']//w:numId/@w:val", namespaces=NS)
    (abstract,) = numbering.xpath(f"w:num[@w:numId='{bullet_num}']/w:abstractNumId/@w:val", namespaces=NS)
    assert numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract}']//w:numFmt/@w:val",
                           namespaces=NS) == ["bullet"]


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
