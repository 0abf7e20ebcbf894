"""The shipped example project, built as a new user would: `briefgen build` in a copy of the repo."""
import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from helpers import docx_footnotes, md_footnotes
from conftest import copy_shipped

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dest = tmp_path_factory.mktemp("example")
    copy_shipped(dest)
    import os

    old = os.getcwd()
    os.chdir(dest)
    try:
        result = CliRunner().invoke(app, ["build"])
        assert result.exit_code == 0, result.output
        result_md = CliRunner().invoke(app, ["build", "briefs/att-mexico-memo.yaml", "--to", "md"])
        assert result_md.exit_code == 0, result_md.output
        check = CliRunner().invoke(app, ["check"])
    finally:
        os.chdir(old)
    return dest, result.output, check


def test_default_build_writes_every_brief(built):
    dest, output, _ = built
    assert "wrote build/att-mexico-memo.docx, build/att-mexico-memo.pdf" in output
    assert (dest / "build" / "att-petition.pdf").is_file() and (dest / "build" / "att-petition.docx").is_file()
    assert len(list((dest / "build" / "ssfr-letter").glob("*.docx"))) == 22


def test_shipped_sign_on_letter(built):
    import docx

    dest, output, _ = built
    assert "wrote 1 letter to build/ssfr-sign-on-letter/" in output and "20 signatories" in output
    (letter,) = (dest / "build" / "ssfr-sign-on-letter").glob("*.docx")
    word = docx.Document(str(letter))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Dear Chairman Risch and Ranking Member Shaheen:" in paragraphs
    assert "cc: Members of the Senate Committee on Foreign Relations" in paragraphs
    cells = [c.text for row in word.tables[0].rows for c in row.cells]
    assert "Sample Human Rights Network, Washington, DC" in cells and len([c for c in cells if c]) == 20


def test_shipped_constituent_letters(built):
    import csv

    dest, output, _ = built
    folder = dest / "build" / "constituent-letter"
    with open(folder / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # six rows in NH, DE, ID: two senators and a representative each; one in D.C.: its delegate
    assert len(rows) == 19 and rows[-1]["salutation"] == "Dear Delegate Norton:"
    assert [r["salutation"] for r in rows if r["constituent"] == "Riley Specimen"] == \
        ["Dear Senator Blunt Rochester:", "Dear Senator Coons:", "Dear Representative McBride:"]
    assert "wrote 19 letters to build/constituent-letter/" in output


def test_memo_has_real_footnotes_matching_markdown(built):
    dest, _, _ = built
    notes = docx_footnotes(dest / "build" / "att-mexico-memo.docx")
    assert len(notes) >= 15
    assert notes == md_footnotes((dest / "build" / "att-mexico-memo.md").read_text())
    assert any(n.startswith("*Id.*") for n in notes)
    assert any("*supra* note" in n for n in notes)
    assert any(n.startswith("Arms Trade Treaty") and "3013 U.N.T.S. 269" in n for n in notes)


def test_memo_docx_reopens_with_headings_and_metadata(built):
    import docx

    dest, _, _ = built
    d = docx.Document(str(dest / "build" / "att-mexico-memo.docx"))
    assert d.core_properties.title == "U.S. Arms Exports to Mexico and the Arms Trade Treaty"
    assert [p.text for p in d.paragraphs if p.style.name == "Title"] == ["MEMORANDUM"]
    assert len([p for p in d.paragraphs if p.style.name.startswith("Heading")]) >= 5
    assert any(r.italic for p in d.paragraphs for r in p.runs)


def test_memo_pdf_has_bookmarks_and_footnotes(built):
    from pypdf import PdfReader

    dest, _, _ = built
    reader = PdfReader(str(dest / "build" / "att-mexico-memo.pdf"))
    assert reader.metadata.title == "U.S. Arms Exports to Mexico and the Arms Trade Treaty"
    assert len(reader.outline) >= 5
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Arms Trade Treaty arts. 7(1)(b), 7(3), adopted Apr. 2, 2013, 3013 U.N.T.S. 269 [hereinafter ATT]." in text


def test_petition_tables(built):
    from pypdf import PdfReader

    dest, _, _ = built
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(dest / "build" / "att-petition.pdf")).pages]
    front = " ".join(pages[:3])
    assert "TABLE OF CONTENTS" in front and "TABLE OF AUTHORITIES" in front
    assert "Treaties and International Agreements" in front


def test_example_checks_clean(built):
    _, _, check = built
    assert check.exit_code == 0, check.output
    assert " 0 errors" in check.stdout
