"""Bad input: a clear `path:line:col: error[code]: message`, exit 1, no traceback, no file written."""
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

FIXTURE = Path(__file__).parent / "fixtures" / "mini"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# (name, mutation(project), expected first line of stderr, expected hint or "")
CASES = [
    ("yaml syntax", lambda p: edit(p / "briefs/mini.yaml", "to: Clinic Director", "to: [Clinic Director"),
     "briefs/mini.yaml:5:5: error[yaml]: YAML syntax error:", ""),
    ("unknown spec key", lambda p: edit(p / "briefs/mini.yaml", "title:", "titel:"),
     "briefs/mini.yaml:2:1: error[spec-key]: unknown key 'titel' in brief spec", "did you mean 'title'?"),
    ("unknown kind", lambda p: edit(p / "briefs/mini.yaml", "kind: memo", "kind: memmo"),
     "briefs/mini.yaml:1:7: error[spec-kind]: kind must be one of memo, petition, agency-petition, iachr-petition, letter, not 'memmo'",
     "did you mean 'memo'?"),
    ("unknown module", lambda p: edit(p / "briefs/mini.yaml", "[part/one, two]", "[part/one, tow]"),
     "briefs/mini.yaml:7:21: error[unknown-module]: unknown module 'tow'", "did you mean 'two'?"),
    ("module climbing out", lambda p: edit(p / "briefs/mini.yaml", "[part/one, two]", "[part/one, ../secret]"),
     "briefs/mini.yaml:7:21: error[module-path]: module name '../secret' leaves briefs/modules", ""),
    ("unknown authority", lambda p: edit(p / "briefs/modules/two.md", "[@gao2009, 20]", "[@gao2090, 20]"),
     "briefs/modules/two.md:10:26: error[unknown-authority]: unknown authority '@gao2090'", "did you mean 'gao2009'?"),
    ("unknown signal", lambda p: edit(p / "briefs/modules/two.md", "[see @gao2009, 16;", "[sea @gao2009, 16;"),
     "briefs/modules/two.md:3:18: error[signal]: unknown signal 'sea'", "did you mean 'See'?"),
    ("malformed locator", lambda p: edit(p / "briefs/modules/two.md", "[@vclt, art. 18]", "[@vclt, art.]"),
     "briefs/modules/two.md:5:12: error[locator]: locator 'art.' has a label but no number", ""),
    ("unbalanced brackets", lambda p: edit(p / "briefs/modules/two.md", "[@vclt, art. 31]", "[@vclt, art. 31"),
     "briefs/modules/two.md:8:13: error[cite-brackets]: unbalanced brackets in a citation cluster or footnote", ""),
    ("undefined template variable", lambda p: edit(p / "briefs/modules/part/one.md", "vars.client", "vars.cliant"),
     "briefs/modules/part/one.md:9:1: error[jinja-undefined]: undefined template variable:", "vars:"),
    ("template syntax", lambda p: edit(p / "briefs/modules/part/one.md", "{{ vars.client }}", "{{ vars.client }"),
     "briefs/modules/part/one.md:9:1: error[jinja-syntax]: template syntax error:", ""),
    ("sandbox", lambda p: append(p / "briefs/modules/two.md", "\n{{ ''.__class__.__mro__ }}\n"),
     "briefs/modules/two.md:12:1: error[jinja-sandbox]: unsafe template operation refused:", ""),
    ("invalid utf-8", lambda p: (p / "briefs/modules/two.md").write_bytes(b"## Title\n\nCaf\xe9 [@att]\n"),
     "briefs/modules/two.md:3:4: error[encoding]: invalid UTF-8 (byte 0xe9)", "UTF-8"),
    ("broken CSL-JSON", lambda p: edit(p / "authorities/zotero.json", '"type": "report",', '"type": "report"'),
     "authorities/zotero.json:5:5: error[csl]: broken CSL-JSON: Expecting ',' delimiter", ""),
    ("broken BibTeX", lambda p: edit(p / "authorities/extra.bib", "{Visual Rulemaking},", "{Visual Rulemaking,"),
     "authorities/extra.bib:8:1: error[bibtex]: broken BibTeX: 7 '{' but 6 '}'", ""),
    ("duplicate id", lambda p: append(p / "authorities/law.yaml", "- id: roe\n  kind: constitution\n  name: U.S. Const.\n"),
     "authorities/law.yaml:22:3: error[authority-duplicate]: duplicate authority id 'roe' "
     "(first defined at authorities/law.yaml:1:3)", ""),
    ("missing required field", lambda p: edit(p / "authorities/law.yaml", "  name: Roe v. Wade\n", ""),
     "authorities/law.yaml:1:3: error[authority-field]: authority 'roe' (case) is missing 'name'", ""),
    ("unknown field", lambda p: edit(p / "authorities/law.yaml", "  reporter: U.S.", "  reportr: U.S."),
     "authorities/law.yaml:5:3: error[authority-field]: authority 'roe': unknown field 'reportr' for kind case",
     "did you mean 'reporter'?"),
    ("missing reference docx", lambda p: append(p / "briefs/mini.yaml", "reference: styles/firm.docx\n"),
     "briefs/mini.yaml:1:1: error[reference-docx]: reference document styles/firm.docx not found", ".docx path"),
    ("front matter not a mapping", lambda p: (p / "briefs/modules/two.md").write_text(
        "---\n[]\n---\n" + (p / "briefs/modules/two.md").read_text(encoding="utf-8"), encoding="utf-8"),
     "briefs/modules/two.md:2:1: error[module-front]: front matter must be a mapping (title: …)", ""),
    ("unknown authority kind", lambda p: edit(p / "authorities/law.yaml", "kind: case", "kind: caselaw"),
     "authorities/law.yaml:2:3: error[authority-kind]: authority 'roe': unknown kind 'caselaw'", ""),
]


@pytest.mark.parametrize("name, mutate, first_line, hint", CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, monkeypatch, name, mutate, first_line, hint):
    project = tmp_path / "mini"
    shutil.copytree(FIXTURE, project)
    monkeypatch.chdir(project)
    mutate(project)
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    result = CliRunner().invoke(app, ["build", "--to", "md,docx"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert lines[0].startswith(first_line), result.stderr
    assert "Traceback" not in result.stderr
    if hint:
        assert hint in result.stderr
    assert not (project / "build").exists()
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before  # nothing the user wrote changes


def test_usage_error_exits_2(tmp_path, monkeypatch):
    shutil.copytree(FIXTURE, tmp_path / "mini")
    monkeypatch.chdir(tmp_path / "mini")
    result = CliRunner().invoke(app, ["build", "--to", "rtf"])
    assert result.exit_code == 2
    assert "error[format]: unknown output format 'rtf'" in result.stderr


def test_no_project_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 2
    assert "no briefgen project" in result.stderr


def test_include_cannot_leave_briefs(project):
    (project / "briefs" / "modules" / "two.md").write_text("## T\n\nText.\n\n{% include '../../../etc/passwd' %}\n")
    result = CliRunner().invoke(app, ["build", "--to", "md"])
    assert result.exit_code == 1
    assert result.stderr.startswith("briefs/modules/two.md:5:1: error[jinja-include]: template not found: "
                                    "../../../etc/passwd")


def test_debug_shows_a_traceback(project):
    edit(project / "briefs/mini.yaml", "title:", "titel:")
    result = CliRunner().invoke(app, ["--debug", "build", "--to", "md"])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "error[spec-key]" in result.stderr


def test_control_characters_are_dropped_and_reported(project):
    (project / "briefs" / "modules" / "two.md").write_text("## T\n\nBell\x07 and \x01 § ¶ — “q” é.[@att]\n")
    result = CliRunner().invoke(app, ["build", "--to", "docx,pdf"])
    assert result.exit_code == 0, result.output
    # reported where they are, once, by the reader: no writer ever sees them
    assert "briefs/modules/two.md:3:5: warning[control-character]: control character U+0007 left out" in result.stderr
    assert "briefs/modules/two.md:3:11: warning[control-character]: control character U+0001 left out" \
        in result.stderr
    assert "warning[output]" not in result.stderr
    import docx

    text = "\n".join(p.text for p in docx.Document(str(project / "build" / "mini.docx")).paragraphs)
    assert "Bell and  § ¶ — “q” é." in text


def test_interrupted_write_keeps_the_previous_file(project, monkeypatch):
    import os

    assert CliRunner().invoke(app, ["build", "--to", "md"]).exit_code == 0
    target = project / "build" / "mini.md"
    before = target.read_bytes()
    (project / "briefs" / "modules" / "two.md").write_text("## Changed\n\nNew text.[@att]\n")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    result = CliRunner().invoke(app, ["build", "--to", "md"])
    assert result.exit_code != 0
    assert target.read_bytes() == before
    assert [p.name for p in (project / "build").iterdir()] == ["mini.md"]  # no temporary file left
