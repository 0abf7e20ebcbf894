"""The whole pipeline on a small real project: modules -> Markdown, DOCX and PDF, read back."""
import shutil

from typer.testing import CliRunner

from briefgen.cli import app
from helpers import docx_footnotes, md_footnotes



def build(*args):
    return CliRunner().invoke(app, ["build", *args], catch_exceptions=False)


def test_markdown_footnotes(project):
    result = build("--to", "md")
    assert result.exit_code == 0, result.output
    assert "wrote build/mini.md (14 footnotes)" in result.output
    notes = md_footnotes((project / "build" / "mini.md").read_text())
    assert notes[0] == "*See* Arms Trade Treaty art. 6(3), Apr. 2, 2013, 3013 U.N.T.S. 269."
    assert notes[1] == "*Id.* art. 7(1)."
    assert notes[3] == "*Id.* at 154."
    # an explicit footnote: text kept, citations formatted in place, Id. in lower case mid-sentence
    assert notes[5] == ("For the method, see *id.* at 12-13; *cf.* Am. Friends Serv. Comm., *Where the Guns Go: "
                        "U.S. Arms Exports to Mexico and Human Rights* (2016).")
    # CSL-JSON authority with supra; hereinafter from a native record
    assert notes[6] == ("*See GAO Firearms Report*, *supra* note 5, at 16; *see also* Am. Friends Serv. Comm., "
                        "*supra* note 6, at 4.")
    assert notes[12] == "*Roe v. Wade*, 410 U.S. 113, 155 (1973)."  # beyond the five-footnote window


def test_note_call_goes_after_punctuation(project):
    build("--to", "md")
    text = (project / "build" / "mini.md").read_text()
    assert "Exporters must assess risk.[^2]" in text
    assert "risk [^2]" not in text


def test_headings_are_renumbered_from_one(project):
    build("--to", "md")
    text = (project / "build" / "mini.md").read_text()
    assert "\n# The treaty\n" in text and "\n# Later discussion\n" in text


def test_docx_footnotes_match_markdown(project):
    result = build("--to", "md,docx")
    assert result.exit_code == 0, result.output
    md = md_footnotes((project / "build" / "mini.md").read_text())
    assert docx_footnotes(project / "build" / "mini.docx") == md


def test_docx_reopens_with_headings_and_italics(project):
    import docx

    build("--to", "docx")
    d = docx.Document(str(project / "build" / "mini.docx"))
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["The treaty", "Later discussion"]
    assert d.core_properties.title == "A small memo for tests"
    assert d.core_properties.author == "Student Attorney"


def test_pdf_has_every_footnote(project):
    from pypdf import PdfReader

    result = build("--to", "pdf,md")
    assert result.exit_code == 0, result.output
    reader = PdfReader(str(project / "build" / "mini.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for note in md_footnotes((project / "build" / "mini.md").read_text()):
        plain = note.replace("*", "")
        assert plain[:40] in text, plain
    assert reader.metadata.title == "A small memo for tests"


def test_outputs_are_deterministic(project):
    build("--to", "docx,pdf")
    first = {p.name: p.read_bytes() for p in (project / "build").iterdir()}
    shutil.rmtree(project / "build")
    build("--to", "docx,pdf")
    second = {p.name: p.read_bytes() for p in (project / "build").iterdir()}
    assert first == second


def test_failed_build_keeps_previous_output(project):
    build("--to", "md")
    before = (project / "build" / "mini.md").read_bytes()
    module = project / "briefs" / "modules" / "two.md"
    module.write_text(module.read_text() + "\nBroken.[@no-such-key, 3]\n")
    result = build("--to", "md")
    assert result.exit_code == 1
    assert (project / "build" / "mini.md").read_bytes() == before
    assert not [p for p in (project / "build").iterdir() if p.name.startswith(".")]


def test_build_without_arguments_builds_every_brief(project):
    (project / "briefs" / "second.yaml").write_text("kind: memo\ntitle: Second\nmodules: [two]\n")
    result = build("--to", "md")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "build").iterdir()) == ["mini.md", "second.md"]


def test_inline_mode_writes_citation_sentences(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "citations: inline\n")
    result = build("--to", "md")
    assert result.exit_code == 0, result.output
    text = (project / "build" / "mini.md").read_text()
    assert "[^1]" in text and "[^2]" not in text  # only the explicit footnote stays a note
    assert "Exporters must assess risk. *Id.* art.\u00a07(1)." in text
    assert "*See GAO Firearms Report*, *supra*, at 16" in text


def test_law_review_style(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "style: law-review\n")
    build("--to", "md")
    notes = md_footnotes((project / "build" / "mini.md").read_text())
    assert notes[2].startswith("Roe v. Wade, 410 U.S. 113, 153 (1973)")


def test_csl_style_formats_notes_through_citeproc(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "style: harvard-cite-them-right\n")
    result = build("--to", "md")
    assert result.exit_code == 0, result.output
    notes = md_footnotes((project / "build" / "mini.md").read_text())
    assert notes[2] == "(*Roe v. Wade*, 1973, p. 153)."
    assert notes[4] == "(U.S. Gov’t Accountability Off., 2009, p. 15)."


def test_unknown_style_is_an_error(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "style: chicago-nonexistent\n")
    result = build("--to", "md")
    assert result.exit_code == 1
    assert "error[style]: unknown citation style 'chicago-nonexistent'" in result.stderr


def test_cite_command_prints_full_forms(project):
    from typer.testing import CliRunner

    r = CliRunner().invoke(app, ["cite", "att", "--pin", "art. 7(1)", "--signal", "see"])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "*See* Arms Trade Treaty art. 7(1), Apr. 2, 2013, 3013 U.N.T.S. 269."
    r = CliRunner().invoke(app, ["cite", "roe", "--pin", "153", "--paren", "holding x", "--format", "text"])
    assert r.stdout.strip() == "Roe v. Wade, 410 U.S. 113, 153 (1973) (holding x)."
    r = CliRunner().invoke(app, ["cite", "--all"])
    lines = r.stdout.strip().splitlines()
    assert "porter: Elizabeth Porter & Kathryn Watts, *Visual Rulemaking*, 91 N.Y.U. L. Rev. 1183 (2016)." in lines
    assert len(lines) == 7
    r = CliRunner().invoke(app, ["cite", "rooe"])
    assert r.exit_code == 1 and "did you mean 'roe'?" in r.stderr


def test_watch_rebuilds_in_process_on_change(project):
    import threading
    import time

    from briefgen.watch import watch

    rounds, stop = [], threading.Event()

    def rebuild(changed):
        r = CliRunner().invoke(app, ["build", "--to", "md"])
        rounds.append((changed, r.exit_code))
        stop.set()

    thread = threading.Thread(target=watch, args=(project, rebuild, stop.is_set, 0.05))
    thread.start()
    time.sleep(0.2)
    module = project / "briefs" / "modules" / "two.md"
    module.write_text(module.read_text() + "\nA new sentence.[@att, art. 14]\n")
    thread.join(timeout=10)
    assert rounds and rounds[0][0] == [str(module)] and rounds[0][1] == 0
    assert "A new sentence.[^15]" in (project / "build" / "mini.md").read_text()


def test_inline_clause_nested_citation_and_curly_quotes_in_notes(project):
    (project / "briefs" / "modules" / "two.md").write_text(
        "## Test\n\nThe rule applies [@roe, 153] and the court agreed.\n\n"
        "A note.^[The court's \"view\" is [see @roe, 154 (quoting @gao2009, 15)].]\n")
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "citations: inline\n")
    assert build("--to", "md").exit_code == 0
    text = (project / "build" / "mini.md").read_text()
    assert "The rule applies, *Roe*, 410 U.S. at 153, and the court agreed." in text
    assert md_footnotes(text)[-1] == (
        "The court’s “view” is *see id.* at 154 (quoting U.S. Gov’t Accountability Off., GAO-09-709, "
        "*Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to Mexico Face Planning and Coordination "
        "Challenges* 15 (June 2009)).")


def test_watch_survives_a_file_that_vanishes_and_sees_congress_data_outside(project, tmp_path, monkeypatch):
    from pathlib import Path

    from briefgen.watch import snapshot

    congress = tmp_path / "congress"
    congress.mkdir()
    (congress / "legislators-current.yaml").write_text("[]\n")
    real_stat = Path.stat

    def racy(self, *args, **kwargs):
        if self.name == "two.md":
            raise FileNotFoundError(self)  # deleted between the listing and the stat
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", racy)
    stamps = snapshot(project, extra=[congress])
    assert not any(k.endswith("two.md") for k in stamps)
    assert str(congress / "legislators-current.yaml") in stamps
