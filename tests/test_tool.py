"""The tool around the pipeline: new, authorities, schema, terminal output, help, version."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind", ["memo", "petition", "letter"])
def test_new_scaffolds_a_brief_that_builds(tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    result = run("new", kind, "first-brief")
    assert result.exit_code == 0, result.output
    spec = (tmp_path / "briefs" / "first-brief.yaml").read_text()
    assert spec.startswith("# yaml-language-server: $schema=../schemas/brief.schema.json")
    assert f"kind: {kind}" in spec and spec.count("  # ") >= 5  # comments that teach the format
    assert (tmp_path / "schemas" / "brief.schema.json").is_file()
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.output
    md = (tmp_path / "build" / "first-brief.md").read_text()
    assert "Arms Trade Treaty art.\u00a07(1), *adopted* Apr. 2, 2013, 3013 U.N.T.S. 269." in md
    assert "treaty-date-phrase" not in result.output   # the first brief's treaty gives its date phrase (R21.4.2)
    assert run("new", kind, "first-brief").exit_code == 2  # never overwrites


def test_authorities_list_show_and_import(project):
    result = run("authorities", "list", "--kind", "treaty")
    assert result.stdout.splitlines() == [
        "att                      treaty           Arms Trade Treaty, Apr. 2, 2013, 3013 U.N.T.S. 269",
        "vclt                     treaty           Vienna Convention on the Law of Treaties, May 23, 1969, 1155 "
        "U.N.T.S. 331"]
    result = run("authorities", "show", "gao2009")
    assert result.stdout.splitlines()[0] == "gao2009 (report), authorities/law.yaml:14:3"
    assert "  number: GAO-09-709" in result.stdout
    assert run("authorities", "show", "gao2010").exit_code == 1
    zotero = project / "export.json"
    zotero.write_text(json.dumps([
        {"id": "savage", "type": "article-newspaper", "author": [{"family": "Savage", "given": "Charlie"}],
         "title": "U.N. Commission Presses U.S. on Torture", "container-title": "N.Y. Times",
         "issued": {"date-parts": [[2014, 11, 14]]}, "page": "A6", "abstract": "Text", "ISBN": "x"}]))
    result = run("authorities", "import", str(zotero), "--into", "news")
    assert result.exit_code == 0, result.output
    assert "wrote authorities/news.yaml: 1 authority" in result.stdout
    assert "savage: not mapped: ISBN" in result.stderr
    cite = run("cite", "savage")
    assert cite.stdout.strip() == ("Charlie Savage, *U.N. Commission Presses U.S. on Torture*, N.Y. Times, "
                                   "Nov. 14, 2014, at A6.")
    again = run("authorities", "import", str(zotero), "--into", "news2")
    assert again.exit_code == 1 and "error[authority-duplicate]: id 'savage' is already in the project" in again.stderr


def test_shipped_schemas_are_current_and_validate_the_shipped_files(tmp_path):
    import jsonschema
    import yaml

    from briefgen.schema import write_schemas

    for path in write_schemas(tmp_path):
        assert path.read_text() == (REPO / "schemas" / path.name).read_text(), "run: briefgen schema schemas"
    schemas = {p.name: json.loads(p.read_text()) for p in (REPO / "schemas").glob("*.json")}
    groups = [("briefs/*.yaml", "brief"), ("authorities/*.yaml", "authorities"), ("briefs/facts/*.yaml", "facts"),
              ("briefs/frameworks/*.yaml", "framework")]
    for pattern, name in groups:
        for path in REPO.glob(pattern):
            first = path.read_text().splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema=") and f"{name}.schema.json" in first, path
            jsonschema.validate(yaml.safe_load(path.read_text()), schemas[f"{name}.schema.json"])


def test_schema_rejects_what_briefgen_rejects():
    import jsonschema

    schema = json.loads((REPO / "schemas" / "authorities.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "kind": "case", "reportr": "U.S."}], schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "kind": "case"}], schema)  # no name
    jsonschema.validate([{"id": "x", "kind": "case", "name": "Roe v. Wade", "volume": 410, "reporter": "U.S.",
                         "page": 113}], schema)


def test_json_and_quiet_output(project):
    result = run("build", "--to", "md", "--json")
    data = json.loads(result.stdout)
    assert data["documents"] == [{"brief": "briefs/mini.yaml", "files": ["build/mini.md"], "documents": 1,
                                  "footnotes": 14, "pages": 0, "warnings": 2}]   # treaty-date-phrase: att, vclt
    assert data["totals"] == {"documents": 1, "pages": 0, "footnotes": 14, "warnings": 2, "errors": 0}
    assert data["errors"] == 0
    result = run("build", "--to", "md,pdf", "--quiet")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    result = run("build", "--to", "pdf")
    assert "built 1 document, 1 PDF page, 14 footnotes, 2 warnings" in result.stderr   # the treaties' date phrase
    assert "\x1b[" not in result.stderr  # no colour when not on a terminal


def test_every_command_help_has_an_example():
    commands = [["build"], ["cite"], ["check"], ["modules"], ["new"], ["schema"], ["authorities", "list"],
                ["authorities", "show"], ["authorities", "import"], ["legislators", "fetch"], ["styles", "init"],
                ["serve"]]
    for cmd in commands:
        result = run(*cmd, "--help")
        assert result.exit_code == 0, cmd
        assert "Example: briefgen" in result.stdout, cmd


def test_version_module_entry_and_completion():
    out = subprocess.run([sys.executable, "-m", "briefgen", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("briefgen ")
    assert "--install-completion" in run("--help").stdout


@pytest.mark.parametrize("kind, speaks_of", [("memo", "this memo"), ("petition", "this petition"),
                                             ("letter", "We write on behalf of")])
def test_scaffolds_speak_of_their_kind_and_show_the_date_they_set(tmp_path, monkeypatch, kind, speaks_of):
    import datetime as dt

    from briefgen.scaffold import new_brief

    written = new_brief(kind, "first", tmp_path, today=dt.date(2027, 3, 5))
    spec = next(p for p in written if p.suffix == ".yaml" and p.parent.name == "briefs").read_text()
    assert 'date: "2027-03-05"' in spec and 'printed as "March 5, 2027"' in spec
    module = (tmp_path / "briefs" / "modules" / "first" / "introduction.md").read_text()
    assert speaks_of in module
    others = {"memo", "petition", "letter"} - {kind}
    assert not any(f"this {other}" in module for other in others)
    if kind == "letter":
        assert "## Introduction" not in module


def test_documents_carry_the_briefs_date_unless_source_date_epoch_is_set(project, monkeypatch):
    import docx
    import pypdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert run("build", "--to", "docx,pdf").exit_code == 0
    props = docx.Document(str(project / "build" / "mini.docx")).core_properties
    assert props.created.date().isoformat() == "2024-05-01" == props.modified.date().isoformat()
    meta = pypdf.PdfReader(str(project / "build" / "mini.pdf")).metadata
    assert meta.creation_date.date().isoformat() == "2024-05-01"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    assert run("build", "--to", "docx").exit_code == 0
    props = docx.Document(str(project / "build" / "mini.docx")).core_properties
    assert props.created.date().isoformat() == "2023-11-14"


def test_did_you_mean_for_template_variables_and_module_names(project):
    (project / "briefs" / "modules" / "two.md").write_text("Written for {{ vars.clinet }}.\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[jinja-undefined]" in result.stderr
    assert "did you mean 'client'?" in result.stderr
    (project / "briefs" / "modules" / "two.md").write_text("Written for {{ vars.client }}.\n")
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text().replace("modules: [part/one, two]", "modules: [part/one, tow]"))
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[unknown-module]" in result.stderr
    assert "did you mean 'two'?" in result.stderr
    spec.write_text(spec.read_text().replace("tow]", "zzzzzz]"))
    result = run("build", "--to", "md")
    assert "did you mean" not in result.stderr  # nothing close: no guess
