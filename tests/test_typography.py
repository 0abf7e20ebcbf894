"""Non-breaking spaces after §, ¶, art., No., pt., n. and between a number and its scale word, put in the
model once (briefgen.typography) and read back from every writer's real output: the DOCX's XML, the PDF's
text and the Typst it is made from, the Markdown and the plain text."""
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.typography import NBSP, tie_text

REPO = Path(__file__).resolve().parents[1]
SYMBOLS = re.compile(r"[§¶]+(?=[^§¶])")


@pytest.mark.parametrize("before, after", [
    ("5 U.S.C. § 553(e)", "5 U.S.C. §\u00a0553(e)"),
    ("¶¶ 159-161", "¶¶\u00a0159-161"),
    ("§§ 2304(a)(2), 2778(a)(2)", "§§\u00a02304(a)(2), 2778(a)(2)"),
    ("ATT arts. 6 and 7", "ATT arts.\u00a06 and 7"),
    ("U.S. Const. art. I, § 8", "U.S. Const. art.\u00a0I, §\u00a08"),
    ("Exec. Order No. 12,981", "Exec. Order No.\u00a012,981"),
    ("22 C.F.R. pt. 121", "22 C.F.R. pt.\u00a0121"),
    ("supra note 4, at 12 n. 3", "supra note 4, at 12 n.\u00a03"),
    ("$3.5 billion and 87 percent", "$3.5\u00a0billion and 87\u00a0percent"),
    ("at 10 a.m.", "at 10\u00a0a.m."),
])
def test_spaces_the_bluebook_keeps_together_are_tied(before, after):
    assert tie_text(before) == after


@pytest.mark.parametrize("text", [
    "GAO-09-709", "A/HRC/28/68/Add.3", "No one disputes it.", "the art. of war", "an apart. No more",
    "Inc. n. is not", "in 2013 the treaty", "Dep’t of State",
])
def test_nothing_else_changes_and_no_hyphen_is_made_non_breaking(text):
    assert tie_text(text) == text
    assert "\u2011" not in tie_text(text)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The shipped memo and petition built once, to every format."""
    work = tmp_path_factory.mktemp("shipped")
    for name in ("briefs", "authorities"):
        shutil.copytree(REPO / name, work / name)
    old = os.getcwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(app, ["build", "briefs/att-mexico-memo.yaml", "briefs/att-petition.yaml",
                                          "--to", "docx,pdf,md,txt", "--quiet"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    return work / "build"


@pytest.mark.parametrize("stem", ["att-mexico-memo", "att-petition"])
def test_every_section_and_paragraph_symbol_in_the_docx_holds_its_number(shipped, stem):
    with zipfile.ZipFile(shipped / f"{stem}.docx") as z:
        xml = "".join(z.read(n).decode("utf-8") for n in ("word/document.xml", "word/footnotes.xml"))
    xml = "|".join(re.findall(r"<w:(?:t|instrText)(?: [^>]*)?>([^<]*)</w:(?:t|instrText)>", xml))  # TA entries too
    symbols = SYMBOLS.findall(xml)
    assert len(symbols) > 5
    followed = [xml[m.end()] for m in SYMBOLS.finditer(xml)]
    assert set(followed) == {NBSP}, [xml[m.start() - 20:m.end() + 10] for m in SYMBOLS.finditer(xml)
                                     if xml[m.end()] != NBSP]


@pytest.mark.parametrize("stem", ["att-mexico-memo", "att-petition"])
def test_every_symbol_in_markdown_and_text_holds_its_number(shipped, stem):
    for ext in ("md", "txt"):
        text = (shipped / f"{stem}.{ext}").read_text(encoding="utf-8")
        followed = {text[m.end()] for m in SYMBOLS.finditer(text)}
        assert followed == {NBSP}, ext


@pytest.mark.parametrize("stem", ["att-mexico-memo", "att-petition"])
def test_no_pdf_line_breaks_after_a_symbol_or_a_label(shipped, stem):
    """pdftotext gives the PDF's lines: none ends with §, ¶, art., No. or n. (the number is on the same line)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(shipped / f"{stem}.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("§") > 5
    broken = [line for line in text.splitlines() if re.search(r"(?:[§¶]|(?<![\w.])(?:arts?|No|pt|n)\.)$",
                                                                line.rstrip())]
    assert broken == []


def test_the_typst_the_pdf_is_made_from_holds_every_symbol_to_its_number(shipped):
    from briefgen.errors import Report
    from briefgen.pipeline import prepare
    from briefgen.writers.typst import render_typst

    built = prepare(shipped.parent / "briefs" / "att-petition.yaml", Report())
    source = render_typst(built.document)
    followed = {source[m.end()] for m in SYMBOLS.finditer(source)}
    assert len(SYMBOLS.findall(source)) > 5 and followed == {NBSP}
