"""Memo, petition and letter: the same modules in three kinds, in PDF (and DOCX), read back."""
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.cli import app


PETITION = """kind: petition
title: Petition for Review
forum: [IN THE UNITED STATES COURT OF APPEALS]
petitioners: [Human Rights Clinic]
respondent: [U.S. Department of State]
date: "2024-05-01"
modules: [part/one, two]
vars: {client: the Clinic}
prayer:
  - Open a rulemaking under 5 U.S.C. § 553(e).
  - Condition licences on an Article 7 assessment.
signature: [Jane Roe, Human Rights Clinic, 1 Main St., "Boston, MA 02108"]
certificate: I certify that on May 1, 2024, I served this petition by first-class mail on the following.
served: [Office of the Legal Adviser, U.S. Department of State]
"""

LETTER = """kind: letter
title: Letter on arms exports to Mexico
date: "2024-05-01"
letterhead: [Human Rights Clinic, 1 Main St., "Boston, MA 02108"]
recipient:
  name: The Honorable Jane Doe
  organization: United States Senate
  address: [123 Russell Senate Office Building, "Washington, DC 20510"]
  salutation: "Dear Senator Doe:"
modules: [two]
signature: [Jane Roe, Director]
cc: [Committee staff]
"""


def pdf_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def build(project, name, text, to="pdf,md"):
    (project / "briefs" / f"{name}.yaml").write_text(text)
    result = CliRunner().invoke(app, ["build", f"briefs/{name}.yaml", "--to", to])
    assert result.exit_code == 0, result.output
    return project / "build"


def test_memo_header_in_pdf(project):
    out = build(project, "mini", (project / "briefs" / "mini.yaml").read_text())
    first = pdf_text(out / "mini.pdf")[0]
    for text in ("MEMORANDUM", "TO: Clinic Director", "FROM: Student Attorney", "DATE: May 1, 2024", "RE: Test memo"):
        assert text in first


def test_petition_has_caption_tables_numbered_paragraphs_prayer_and_certificate(project):
    out = build(project, "petition", PETITION)
    pages = pdf_text(out / "petition.pdf")
    assert "IN THE UNITED STATES COURT OF APPEALS" in pages[0]
    assert "Human Rights Clinic Petitioner, v. U.S. Department of State Respondent." in pages[0]
    assert "Petition for Review" in pages[0]
    toc_toa = pages[1]
    assert "TABLE OF CONTENTS" in toc_toa and "TABLE OF AUTHORITIES" in toc_toa
    # sections in Bluebook order, each entry in full form with its pages
    order = [toc_toa.index(t) for t in ("Cases", "Treaties and International Agreements",
                                         "Constitutional Provisions, Statutes and Regulations", "Other Authorities")]
    assert order == sorted(order)
    assert "Roe v. Wade, 410 U.S. 113 (1973)" in toc_toa
    body = " ".join(pages[2:])
    assert "1. the Clinic relies on the treaty." in body
    assert "Prayer for Relief" in body and "WHEREFORE, Petitioner respectfully requests that this Court:" in body
    assert "Certificate of Service" in body and "/s/ Jane Roe" in body


def test_table_of_authorities_pages_match_where_cited(project):
    out = build(project, "petition", PETITION, to="pdf,md")
    md = (out / "petition.md").read_text()
    # the body is page 1 after the roman front matter; every authority here is cited on it (one page of text)
    assert "*Roe v. Wade*, 410 U.S. 113 (1973) — 1" in md
    assert "Arms Trade Treaty, Apr. 2, 2013, 3013 U.N.T.S. 269 — 1" in md


def test_petition_docx_has_toa_fields_prefilled(project):
    import zipfile

    out = build(project, "petition", PETITION, to="docx")
    xml = zipfile.ZipFile(out / "petition.docx").read("word/document.xml").decode()
    assert 'TOA' in xml and 'Roe v. Wade' in xml
    notes = zipfile.ZipFile(out / "petition.docx").read("word/footnotes.xml").decode()
    assert ' TA ' in notes


def test_letter_layout(project):
    out = build(project, "letter", LETTER)
    text = " ".join(pdf_text(out / "letter.pdf"))
    for piece in ("Human Rights Clinic", "May 1, 2024", "The Honorable Jane Doe United States Senate",
                  "Washington, DC 20510", "Dear Senator Doe:", "Sincerely,", "Jane Roe Director", "cc: Committee staff"):
        assert piece in text, piece
    assert text.index("Dear Senator Doe:") < text.index("Again the report") < text.index("Sincerely,")


def test_letter_endnotes(project):
    out = build(project, "letter", LETTER + "notes: endnotes\n")
    pages = pdf_text(out / "letter.pdf")
    text = " ".join(pages)
    assert "Notes 1. 22 U.S.C. § 2778(b)." in text or "Notes 1." in text
    assert text.index("Sincerely,") < text.index("Notes")


def test_user_text_is_never_typst_markup(project):
    module = project / "briefs" / "modules" / "two.md"
    module.write_text("## Odd text\n\nLiteral: #set page(width: 1cm) $x$ @label <tag> \\* \\_ // not a comment "
                      "§ ¶ — “quoted” é.[@att]\n")
    out = build(project, "mini", (project / "briefs" / "mini.yaml").read_text(), to="pdf")
    text = " ".join(pdf_text(out / "mini.pdf"))
    assert "Literal: #set page(width: 1cm) $x$ @label <tag> * _ // not a comment § ¶ — “quoted” é." in text


def test_pdf_a(project):
    (project / "briefs" / "mini.yaml").write_text((project / "briefs" / "mini.yaml").read_text())
    result = CliRunner().invoke(app, ["build", "briefs/mini.yaml", "--to", "pdf", "--pdf-standard", "a-2b"])
    assert result.exit_code == 0, result.output
    data = (project / "build" / "mini.pdf").read_bytes()
    assert b"pdfaid:part" in data


def test_styles_init_and_reference_docx(project):
    import docx

    result = CliRunner().invoke(app, ["styles", "init"])
    assert result.exit_code == 0, result.output
    ref = project / "styles" / "reference.docx"
    template = docx.Document(str(ref))
    template.styles["Normal"].font.name = "Arial"
    template.save(str(ref))
    again = CliRunner().invoke(app, ["styles", "init"])
    assert again.exit_code == 2 and "exists" in again.stderr
    out = build(project, "mini", (project / "briefs" / "mini.yaml").read_text(), to="docx")
    d = docx.Document(str(out / "mini.docx"))
    assert d.styles["Normal"].font.name == "Arial"
    assert "Heading 1" in [p.style.name for p in d.paragraphs]
    assert not any("Normal text with a footnote" in p.text for p in d.paragraphs)  # the sample body is not kept
