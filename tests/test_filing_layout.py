"""What a clerk, a supervising attorney and a Hill staffer see: the shipped briefs built as PDF, DOCX and
Markdown, and read back as a reader's tools read them (pdftotext, pypdf, qpdf, python-docx)."""
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.document import Document, Note, PageFurniture, Para, Str
from briefgen.writers.base import split_urls
from briefgen.writers.docx import render_docx
from briefgen.writers.pdf import layout
from conftest import copy_shipped

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SHIPPED = ("att-mexico-memo", "att-petition", "ssfr-sign-on-letter")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The memo, the petition and the sign-on letter as DOCX, PDF and Markdown; the memo again with
    numbered headings and a privilege legend."""
    import os

    dest = tmp_path_factory.mktemp("filing")
    copy_shipped(dest)
    memo = (dest / "briefs" / "att-mexico-memo.yaml").read_text()
    (dest / "briefs" / "legend-memo.yaml").write_text(
        memo + '\nheadings: numbered\nlegend: "Privileged & Confidential \u2014 Attorney Work Product"\n')
    sign_on = (dest / "briefs" / "ssfr-sign-on-letter.yaml").read_text()
    (dest / "briefs" / "endnote-letter.yaml").write_text(sign_on + "\nnotes: endnotes\n")
    old = os.getcwd()
    os.chdir(dest)
    try:
        briefs = [f"briefs/{name}.yaml" for name in SHIPPED + ("legend-memo", "endnote-letter")]
        result = CliRunner().invoke(app, ["build", *briefs, "--to", "docx,pdf,md"])
        assert result.exit_code == 0, result.output
    finally:
        os.chdir(old)
    out = dest / "build"
    letter = next((out / "ssfr-sign-on-letter").glob("*.pdf"))
    endnoted = next((out / "endnote-letter").glob("*.pdf"))
    return {"memo": out / "att-mexico-memo", "petition": out / "att-petition", "legend": out / "legend-memo",
            "letter": letter.with_suffix(""), "endnotes": endnoted.with_suffix("")}


def pdftotext(pdf, *args) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    done = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True)
    assert done.stderr == "", done.stderr  # poppler has nothing to complain of
    return done.stdout


def region(pdf, page: int, top: bool) -> str:
    """The text of a page's top or bottom margin (the running head, the page number), in points."""
    y, height = (0, 66) if top else (736, 56)
    return pdftotext(pdf, "-f", str(page), "-l", str(page), "-x", "0", "-y", str(y), "-W", "612",
                     "-H", str(height)).strip()


def page_texts(pdf) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]


@pytest.mark.parametrize("name", ["memo", "petition", "letter", "legend"])
def test_pdf_text_as_written_and_valid(built, name):
    pdf = built[name].with_suffix(".pdf")
    text = pdftotext(pdf)
    assert "\u200b" not in text and not any("\u200b" in t for t in page_texts(pdf))
    if shutil.which("qpdf"):
        done = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        assert done.returncode == 0 and "No syntax or stream encoding errors" in done.stdout, done.stdout


@pytest.mark.parametrize("name", ["memo", "petition", "letter"])
def test_every_url_is_a_link_in_pdf_and_docx(built, name):
    md = built[name].with_suffix(".md").read_text(encoding="utf-8").replace("\\", "")
    urls = {piece for piece, url in split_urls(md) if url}
    if name != "letter":
        assert urls, "the shipped brief cites web sources"
    reader = PdfReader(str(built[name].with_suffix(".pdf")))
    annotated = {a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])
                 if a.get_object().get("/Subtype") == "/Link" and "/URI" in a.get_object().get("/A", {})}
    assert urls <= annotated, urls - annotated
    with zipfile.ZipFile(built[name].with_suffix(".docx")) as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
        notes = z.read("word/footnotes.xml").decode()
    targets = set(re.findall(r'Target="([^"]+)" TargetMode="External"', rels))
    assert {u.replace("&", "&amp;") for u in urls} <= targets
    assert notes.count("<w:hyperlink ") >= len(urls) > 0 or name == "letter"


def test_letter_page_one_unnumbered_page_two_continued(built):
    pdf = built["letter"].with_suffix(".pdf")
    assert region(pdf, 1, top=False) == "" and region(pdf, 1, top=True) == ""
    head = region(pdf, 2, top=True).splitlines()
    assert head == ["The Honorable James E. Risch and The Honorable Jeanne Shaheen", "December 7, 2026", "Page 2"]
    word = docx.Document(str(built["letter"].with_suffix(".docx")))
    section = word.sections[-1]
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_footer.paragraphs + section.first_page_header.paragraphs)
    assert section.header.paragraphs[0].text.startswith("The Honorable James E. Risch")
    assert "Page " in section.header.paragraphs[0].text
    assert " PAGE " in section.header._element.xml


def test_petition_front_matter_roman_body_arabic(built):
    pdf = built["petition"].with_suffix(".pdf")
    pages = page_texts(pdf)
    numbers = [region(pdf, n, top=False) for n in range(1, len(pages) + 1)]
    body = numbers.index("1")
    assert "TABLE OF CONTENTS" in pages[1] and "TABLE OF" not in pages[body]
    assert numbers[0] == ""                                          # the cover
    assert numbers[1:body] == ["ii", "iii", "iv", "v"][:body - 1]    # contents and authorities
    assert numbers[body:] == [str(n) for n in range(1, len(pages) - body + 1)]
    assert re.search(r"Introduction\s*\.[ .]*1\b", " ".join(pages[1:body]))  # the contents say so too
    sections = docx.Document(str(built["petition"].with_suffix(".docx"))).sections
    formats = [s._sectPr.xpath("string(w:pgNumType/@w:fmt)") for s in sections]
    assert formats == ["lowerRoman", "decimal"]
    assert sections[0].different_first_page_header_footer and not sections[1].different_first_page_header_footer


def test_docx_tables_carry_no_pdf_pages_and_ask_nothing(built):
    with zipfile.ZipFile(built["petition"].with_suffix(".docx")) as z:
        settings = z.read("word/settings.xml").decode()
    assert "updateFields" not in settings
    word = docx.Document(str(built["petition"].with_suffix(".docx")))
    entries = [p.text for p in word.paragraphs if p.style.name.lower().startswith(("toc ", "table of authorities"))]
    assert "Introduction" in entries and len(entries) > 20
    assert not any("\t" in e or e.endswith("passim") for e in entries), entries


def test_sign_on_letter_closes_with_its_body_then_cc_then_signatories(built):
    pages = page_texts(built["letter"].with_suffix(".pdf"))
    (end,) = [i for i, t in enumerate(pages) if "Thank you for your attention to this matter." in t]
    assert "Respectfully," in pages[end] and "on behalf of the signatories below" in pages[end]
    text = " ".join(pages)
    assert text.index("cc: Members of the Senate") < text.index("Signatories")
    paragraphs = docx.Document(str(built["letter"].with_suffix(".docx"))).paragraphs
    names = [p.text for p in paragraphs]
    closing = names.index("Respectfully,")
    assert paragraphs[closing - 1].paragraph_format.keep_with_next  # the body's last paragraph
    assert paragraphs[closing].style.paragraph_format.keep_with_next  # the closing keeps with the signature
    assert names.index("cc: Members of the Senate Committee on Foreign Relations") < names.index("Signatories")


def test_sign_on_letter_endnotes_come_before_the_signatories(built):
    text = " ".join(page_texts(built["endnotes"].with_suffix(".pdf")))
    assert text.index("cc: Members") < text.index("Notes 1. Am. Friends Serv. Comm.") < text.index("Signatories")
    with zipfile.ZipFile(built["endnotes"].with_suffix(".docx")) as z:
        settings, body = z.read("word/settings.xml").decode(), z.read("word/document.xml").decode()
    assert re.search(r'<w:endnotePr><w:pos w:val="sectEnd"/>', settings)  # Word prints them at the section's end
    section_end = body.index("<w:pPr><w:sectPr")
    assert body.index("cc: Members") < section_end < body.index(">Signatories<")
    assert '<w:type w:val="continuous"/>' in body[body.index("</w:sectPr>", section_end):]  # same page goes on


def test_numbered_headings_and_legend(built):
    md = built["legend"].with_suffix(".md").read_text(encoding="utf-8")
    headings = re.findall(r"^(#+) (.*)$", md, re.M)
    body = [(len(h), t) for h, t in headings if t not in ("Question Presented", "Brief Answer")]
    assert body[0][1].startswith("I.\u2002") and any(t.startswith("II.\u2002") for level, t in body if level == 1)
    assert any(t.startswith("A.\u2002") for level, t in body if level == 2)
    pdf = built["legend"].with_suffix(".pdf")
    assert "II.\u2002" in pdftotext(pdf) or "II. " in pdftotext(pdf)
    for page in (1, 2):
        assert "Privileged & Confidential \u2014 Attorney Work Product" in region(pdf, page, top=True)
    word = docx.Document(str(built["legend"].with_suffix(".docx")))
    assert any(p.text.startswith("II.\u2002") and p.style.name == "Heading 1" for p in word.paragraphs)
    assert word.sections[-1].header.paragraphs[0].text == "Privileged & Confidential \u2014 Attorney Work Product"
    plain = built["memo"].with_suffix(".md").read_text(encoding="utf-8")
    assert not re.search(r"^# I\.", plain, re.M)  # numbering only when asked for


def test_heading_scale_and_every_docx_style_in_the_briefs_fonts(built):
    word = docx.Document(str(built["memo"].with_suffix(".docx")))
    sizes = [word.styles[f"Heading {n}"].font.size.pt for n in (1, 2, 3)]
    assert sizes[0] - sizes[1] >= 2 and sizes[1] > sizes[2]
    assert word.styles["Heading 3"].font.italic and word.styles["Heading 1"].font.bold
    styles = word.styles.element
    for n in range(1, 10):
        style = word.styles[f"Heading {n}"]
        assert style.font.name == "Times New Roman", n
    themed = [s.get(f"{W}styleId") for s in styles.iter(f"{W}style")
              if any(k.endswith(("Theme", "theme")) for f in s.iter(f"{W}rFonts") for k in f.attrib)]
    assert themed == []
    defaults = styles.find(f"{W}docDefaults")
    assert defaults.find(f".//{W}spacing").get(f"{W}line") == "240"
    assert defaults.find(f".//{W}widowControl") is not None
    assert not any(f.get(f"{W}asciiTheme") for f in defaults.iter(f"{W}rFonts"))


def test_adjacent_note_marks_are_kept_apart_and_long_words_wrap_unchanged():
    word = "x" * 45 + "y" * 45
    doc = Document((Para((Str("Two notes."), Note((Str("First."),), 1), Note((Str("Second."),), 2),
                          Str(" A hash " + word + " ends."))),), {"furniture": PageFurniture()})
    text = PdfReader(__import__("io").BytesIO(layout(doc).pdf)).pages[0].extract_text()
    assert "notes.1,2" in text.replace(" ", "")
    assert "\u200b" not in text and word in text.replace("\n", "")
    data, _ = render_docx(doc)
    body = zipfile.ZipFile(__import__("io").BytesIO(data)).read("word/document.xml").decode()
    assert re.search(r'w:footnoteReference w:id="1"/></w:r><w:r>.*?<w:t>,</w:t></w:r><w:r>.*?'
                     r'w:footnoteReference w:id="2"', body)


@pytest.fixture(scope="module")
def standards(tmp_path_factory):
    """The petition (links, tables, roman front matter) and the sign-on letter, as PDF/A-2b and PDF/UA-1."""
    import os

    dest = tmp_path_factory.mktemp("standards")
    copy_shipped(dest)
    old = os.getcwd()
    os.chdir(dest)
    try:
        for standard in ("a-2b", "ua-1"):
            result = CliRunner().invoke(app, ["build", "briefs/att-petition.yaml", "briefs/ssfr-sign-on-letter.yaml",
                                              "--to", "pdf", "--out", f"out/{standard}", "--pdf-standard", standard])
            assert result.exit_code == 0, result.output
    finally:
        os.chdir(old)
    return {standard: sorted((dest / "out" / standard).rglob("*.pdf")) for standard in ("a-2b", "ua-1")}


def _xmp(reader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def _fonts(reader):
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                yield descendant.get_object()


@pytest.mark.parametrize("standard", ["a-2b", "ua-1"])
def test_pdf_standards_pass_the_checks_we_can_run(standards, standard):
    """No PDF/A or PDF/UA validator installs here (veraPDF is neither on PyPI nor in Debian), so these are
    the standards' machine-checkable requirements, read with pypdf, besides qpdf's and poppler's checks."""
    for pdf in standards[standard]:
        pdftotext(pdf)  # poppler, silent
        if shutil.which("qpdf"):
            assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
        reader = PdfReader(str(pdf))
        root, xmp = reader.trailer["/Root"], _xmp(reader)
        assert "/Encrypt" not in reader.trailer and "/JavaScript" not in root.get("/Names", {})
        for font in _fonts(reader):  # every font embedded
            descriptor = font.get("/FontDescriptor")
            assert descriptor is None or any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                    "/FontFile3")), font
        if standard == "a-2b":
            assert re.search(r"pdfaid:part[>=\"]+2", xmp) and re.search(r"pdfaid:conformance[>=\"]+B", xmp)
            intents = [i.get_object() for i in root["/OutputIntents"]]
            assert any(i["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in i for i in intents)
        else:
            assert re.search(r"pdfuaid:part[>=\"]+1", xmp) and "dc:title" in xmp
            assert root["/MarkInfo"]["/Marked"] == True and "/Suspects" not in root["/MarkInfo"]
            assert "/StructTreeRoot" in root and root["/Lang"] == "en"
            assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True
            for page in reader.pages:
                assert page.get("/Tabs") == "/S"
                for annot in page.get("/Annots", []):
                    annot = annot.get_object()
                    assert "/StructParent" in annot and annot.get("/Contents"), annot


def test_headings_takes_plain_or_numbered(tmp_path):
    from briefgen.errors import BriefgenError
    from briefgen.spec import load_spec

    spec = tmp_path / "briefs" / "memo.yaml"
    spec.parent.mkdir()
    spec.write_text("kind: memo\ntitle: T\nmodules: [a]\nheadings: roman\n")
    with pytest.raises(BriefgenError) as caught:
        load_spec(spec)
    (d,) = caught.value.diagnostics
    assert (d.code, d.message, d.location.line) == ("spec-value", "headings must be plain or numbered", 4)
    spec.write_text("kind: memo\ntitle: T\nmodules: [a]\nheadings: numbered\nlegend: Privileged\n")
    assert load_spec(spec).extra["headings"] == "numbered"


def test_drawn_characters_are_read_from_a_stream_whose_data_ends_like_a_line_end():
    """A compressed ToUnicode map can end in the byte 0x0D; cut at the next ``endstream`` it lost that
    byte, failed to decompress, and every character of its font was reported as missing (missing-glyph
    on '(' and 'B' in letters)."""
    import hashlib
    import zlib

    from briefgen.writers.pdf import drawn_chars

    for n in range(5000):
        filler = hashlib.sha256(str(n).encode()).hexdigest()
        cmap = f"/CIDInit begincmap 1 beginbfchar <0001> <0042> endbfchar endcmap % {filler}".encode()
        data = zlib.compress(cmap)
        if data.endswith(b"\r"):
            break
    assert data.endswith(b"\r")
    pdf = b"%PDF-1.7\n7 0 obj\n<</Length " + str(len(data)).encode() + b"/Type/CMap/Filter/FlateDecode>>\nstream\n" \
        + data + b"\nendstream\nendobj\n"
    assert "B" in drawn_chars(pdf)
