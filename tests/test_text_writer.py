"""`--to txt`: plain, wrapped letters with citations as endnotes, for members' web contact forms."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.document import Document, Note, Para, Str, Table, Emph, Link, LineBreak, Heading, BulletList
from briefgen.writers.text import WIDTH, render_text

@pytest.fixture()
def example(shipped):
    return shipped


def test_committee_letters_as_text_for_contact_forms(example):
    result = CliRunner().invoke(app, ["build", "briefs/ssfr-letter.yaml", "--to", "txt,md"])
    assert result.exit_code == 0, result.output
    folder = example / "build" / "ssfr-letter"
    text = (folder / "001-risch-id.txt").read_text(encoding="utf-8")
    md = (folder / "001-risch-id.md").read_text(encoding="utf-8")
    body, notes = text.split("\nNotes\n\n")
    for line in text.splitlines():   # wrapped, except a word (an address) longer than a line
        assert len(line) <= WIDTH or " " not in line.strip(), line
    assert "Dear Chairman Risch:" in body and "*" not in text and "\\" not in text
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
    listed = [int(n) for n in re.findall(r"(?m)^\[(\d+)\] ", notes)]
    md_notes = re.findall(r"(?m)^\[\^(\d+)\]: ", md)
    assert markers == listed == list(range(1, len(md_notes) + 1)) and len(listed) == 11
    assert "[1] Am. Friends Serv. Comm., Where the Guns Go: U.S. Arms and the Crisis\n    of Violence in Mexico 1 (2016)." \
        in notes
    assert text.rstrip().endswith("[11] 22 U.S.C. §\u00a02304(c)(1).")   # § tied to its number
    assert "Respectfully,\n\nDana R. Whitfield, Student Attorney\nMiriam A. Okafor, Supervising Attorney\n" \
           "Human Rights Clinic, Eastbrook University School of Law\n\ncc: Committee staff" in body


def test_text_keeps_every_word_of_each_block():
    doc = Document((
        Heading(1, (Str("A Heading"),)),
        Para((Str("See "), Emph((Str("Roe v. Wade"),)), Str(", and "), Link((Str("the page"),), "https://example.org/x"),
              Str("."), Note((Str("A note."),), 1))),
        Para((Str("Line one"), LineBreak(), Str("Line two\x07 with a bell"))),
        BulletList(((Para((Str("first " * 20),)),), (Para((Str("second"),)),))),
        Table(((Str("Element"),), (Str("Support"),)), (((Str("e1"),), (Str("fact one"),)),)),
        Table((), (((Str("A1"),), (Str("B1"),)), ((Str("A2"),), ()))),
    ))
    text, warnings = render_text(doc)
    assert "A Heading\n\nSee Roe v. Wade, and the page <https://example.org/x>.[1]" in text
    assert "Line one\nLine two with a bell" in text
    assert warnings == ["dropped 1 control character: U+0007"]
    bullet = text.split("- first")[1].split("- second")[0]
    assert all(line.startswith("  first") for line in bullet.strip("\n").splitlines()[1:])
    assert "Element: e1\nSupport: fact one" in text
    assert "A1\nA2\nB1" in text   # a layout table reads down each column
    assert text.endswith("Notes\n\n[1] A note.\n")


def test_an_unresolved_citation_is_an_error_not_a_silent_drop():
    from briefgen.document import Cite, Citation
    from briefgen.errors import BriefgenError, Location

    doc = Document((Para((Str("Text"), Cite((Citation("roe"),), Location("m.md", 3, 5), "@roe"))),))
    with pytest.raises(BriefgenError) as caught:
        render_text(doc)
    (d,) = caught.value.diagnostics
    assert (d.code, str(d.location)) == ("unresolved-cite", "m.md:3:5")
