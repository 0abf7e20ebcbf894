"""briefgen import and briefgen verify, on memos written for the tests with planted errors, and on the
shipped briefs' own DOCX and Markdown (the round trip)."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from helpers import docx_footnotes
from conftest import copy_shipped

REPO = Path(__file__).resolve().parents[1]
PLANTED = Path(__file__).parent / "fixtures" / "import" / "planted.md"

# (line, code) of every warning the planted memo must draw, each planted on purpose
EXPECTED = [
    (19, "article-abbreviation"), (19, "month"), (19, "unts-volume"), (19, "treaty-date-phrase"),
    (20, "signal-form"), (20, "volume-year"),
    (21, "supra-antecedent"), (22, "id-reference"),
    (23, "missing-pin"), (24, "missing-pin"), (24, "gao-number"),
    (25, "comma-parenthetical"), (25, "court"), (25, "pin-range"),
    (26, "empty-parenthetical"), (27, "supra-kind"), (29, "id-reference"), (30, "inconsistent-citation"),
    (31, "reporter-years"), (32, "unknown-reporter"), (33, "short-antecedent"), (34, "missing-url"),
    (35, "authority-date"), (37, "spacing"),
    (39, "signal-order"), (40, "signal-case"), (17, "ellipsis"), (42, "signal-italics"), (43, "supra-name"),
]


def run(*args, cwd=None):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_verify_finds_every_planted_error_at_its_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PLANTED, tmp_path / "planted.md")
    result = run("verify", "planted.md")
    assert result.exit_code == 0, result.output
    found = [(int(m.group(1)), m.group(2)) for m in re.finditer(r"^planted\.md:(\d+):\d+: warning\[([\w-]+)\]",
                                                                result.output, re.M)]
    assert sorted(found) == sorted(EXPECTED), result.output
    # the broken citation of note 18 is not a finding but a note verify could not read, counted in the summary
    # straight apostrophes are this memo's own style (it has no curled ones): not a finding
    assert "1 file verified: 0 errors, 29 warnings; planted.md: 1 note not read: 18 (--explain lists them)" \
        in result.output
    explained = run("verify", "planted.md", "--explain").output
    assert "planted.md:36:8: note 18 not read: Brown v. Board of Education, 347 U.S. 483 (1954." in explained


def test_each_hint_gives_the_corrected_form(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PLANTED, tmp_path / "planted.md")
    out = run("verify", "planted.md").output
    for hint in ("write art. 7 ", "write Apr. 2, 2013", "R1.2: write See, e.g.,", "write 9th Cir.",
                 "R4.2(b): announce it in note 1: Arms Trade Treaty, Apr. 2, 2013, 52373 U.N.T.S. 269 [hereinafter ATT]",
                 "write *See*",
                 "R5.3: an omission is three spaced periods", "write see also",
                 "cite the volume and first page: 3013 U.N.T.S. 269",
                 "R6.2(c): a space after the section sign: write 22 U.S.C. § 2778(a)"):
        assert hint in out, hint


def test_verify_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PLANTED, tmp_path / "planted.md")
    result = run("verify", "planted.md", "--format", "json")
    data = json.loads(result.output)
    assert data["errors"] == 0 and data["warnings"] == len(EXPECTED)
    first = data["files"][0]["diagnostics"][0]
    assert set(first) == {"severity", "code", "message", "path", "line", "col", "hint"}


def test_the_same_memo_as_text_and_html_draws_the_same_warnings(tmp_path, monkeypatch):
    """Web memos print notes as [1] in the text and a Notes section; italics are lost in plain text."""
    monkeypatch.chdir(tmp_path)
    md = PLANTED.read_text(encoding="utf-8")
    text = re.sub(r"\[\^(\d+)\]:", r"[\1]", md).replace("[^", "[")
    text = text.replace("\n[1] ", "\nNotes\n\n[1] ", 1).replace("*", "").replace("**", "")
    (tmp_path / "planted.txt").write_text(text, encoding="utf-8")
    out = run("verify", "planted.txt").output
    codes = {m.group(1) for m in re.finditer(r"warning\[([\w-]+)\]", out)}
    # without italics a name cannot be told from prose, so some forms are not read; the rest are
    for code in ("article-abbreviation", "month", "unts-volume", "id-reference", "ellipsis", "spacing",
                 "empty-parenthetical"):
        assert code in codes, (code, out)
    assert "signal-italics" not in codes and "import-unparsed" not in codes


def test_html_notes_section(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.html").write_text(
        "<html><body><h1>Question</h1>\n<p>The treaty binds.<sup>1</sup> Rising by 87 percent.<sup>2</sup></p>\n"
        "<h2>Notes</h2>\n<ol>\n<li>Arms Trade Treaty art. 7, April 2, 2013, 3013 U.N.T.S. 269.</li>\n"
        "<li>U.S. Gov’t Accountability Off., GAO-09-709, <em>Firearms Trafficking</em> (June 2009).</li>\n"
        "</ol></body></html>\n", encoding="utf-8")
    out = run("verify", "memo.html").output
    assert re.search(r"^memo\.html:5:\d+: warning\[month\]", out, re.M), out
    assert re.search(r"^memo\.html:6:\d+: warning\[missing-pin\]", out, re.M), out


def test_import_writes_spec_modules_and_drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PLANTED, tmp_path / "planted.md")
    result = run("import", "planted.md")
    assert result.exit_code == 0, result.output
    spec = (tmp_path / "briefs" / "planted.yaml").read_text(encoding="utf-8")
    assert "date: '2015-03-03'" in spec or 'date: "2015-03-03"' in spec or "date: 2015-03-03" in spec
    assert "planted/01-question" in spec and "planted/02-discussion" in spec
    one = (tmp_path / "briefs" / "modules" / "planted" / "01-question.md").read_text(encoding="utf-8")
    assert "The treaty binds its parties.[@att, art. 7]" in one
    assert "[see, e.g., @roe1983, 120]" in one
    two = (tmp_path / "briefs" / "modules" / "planted" / "02-discussion.md").read_text(encoding="utf-8")
    # an unparsed citation stays as text in a note of its own, with its warning
    assert "^[Brown v. Board of Education, 347 U.S. 483 (1954.]" in two
    assert re.search(r"planted\.md:36:\d+: warning\[import-unparsed\]", result.output)
    records = (tmp_path / "authorities" / "planted.yaml").read_text(encoding="utf-8")
    assert "- id: seltzer2013" in records and "reporter: F.3d" in records
    assert "note 7: “Seltzer v. Green Day, 725 F.3d 1170, 1100 (Ninth Circuit 2013), (holding" in records
    assert "Guessed: kind" in records
    # the rebuilt brief is checked as any brief: the 2019 report cannot support a memo of 2015
    rebuilt = run("build", "briefs/planted.yaml", "--to", "md")
    assert rebuilt.exit_code == 1
    assert "error[authority-date]: authority 'mexico-out2019' is dated 2019-12, after the brief's date" in rebuilt.output


def test_import_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PLANTED, tmp_path / "planted.md")
    assert run("import", "planted.md").exit_code == 0
    before = (tmp_path / "authorities" / "planted.yaml").read_text(encoding="utf-8")
    (tmp_path / "authorities" / "planted.yaml").write_text(before + "# mine\n", encoding="utf-8")
    again = run("import", "planted.md")
    assert again.exit_code == 2
    assert "exists; nothing was written" in again.output
    assert (tmp_path / "authorities" / "planted.yaml").read_text(encoding="utf-8").endswith("# mine\n")
    assert run("import", "planted.md", "--name", "other").exit_code == 0


def test_import_and_verify_load_eyecite_only_when_they_run():
    code = "import sys, briefgen.cli; print(any(m.split('.')[0] in ('eyecite', 'reporters_db') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


# ---------------------------------------------------------------- the shipped briefs, round trip


@pytest.fixture(scope="module")
def shipped_build(tmp_path_factory):
    import os

    root = tmp_path_factory.mktemp("shipped")
    copy_shipped(root)
    old = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(app, ["build", "--to", "docx,md"])
        assert result.exit_code == 0, result.output
    finally:
        os.chdir(old)
    return root / "build"


def _md_notes(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\u00a0", " ")   # U+00A0 read as citecheck reads it
    return [m.group(1) for m in re.finditer(r"^\[\^\d+\]: (.*)$", text, re.M)]


ROUND_TRIP = ["att-mexico-memo.docx", "att-mexico-memo.md", "att-petition.docx", "att-petition.md",
              "ssfr-letter/001-risch-id.docx", "ssfr-letter/001-risch-id.md"]


@pytest.mark.parametrize("name", ROUND_TRIP)
def test_every_shipped_brief_imports_and_rebuilds(shipped_build, tmp_path, monkeypatch, name):
    """Import of the built DOCX or Markdown, then a build, gives back every footnote identical (issue 16 asks
    for 95%; the guide says every one), each note with a citation read as citations."""
    monkeypatch.chdir(tmp_path)
    source = shipped_build / name
    result = run("import", str(source), "--name", "rt")
    assert result.exit_code == 0, result.output
    # the one thing left as text: a citation inside a sentence of the petition's prose
    unparsed = re.findall(r"warning\[import-unparsed\]: (?:footnote \d+: )?citation not recognised, kept as text: '(.{20})", result.output)
    assert unparsed == (["The proposal was pub"] if "petition" in name else []), result.output
    ext = source.suffix[1:]
    rebuilt = run("build", "briefs/rt.yaml", "--to", ext)
    assert rebuilt.exit_code == 0, rebuilt.output
    if ext == "docx":
        before, after = docx_footnotes(source), docx_footnotes(tmp_path / "build" / "rt.docx")
    else:
        before, after = _md_notes(source), _md_notes(tmp_path / "build" / "rt.md")
    assert len(before) == len(after) and before
    assert [(a, b) for a, b in zip(before, after) if a != b] == []


def test_the_shipped_memo_imports_into_the_kinds_of_its_records(shipped_build, tmp_path, monkeypatch):
    """Each authority the memo cites comes back as a draft of its own kind: the Inter-American judgments as
    regional-case, the Arzate amparo as foreign-decision with its court, chamber, proceeding and number."""
    import yaml

    from briefgen.errors import Report
    from briefgen.pipeline import prepare

    built = prepare(REPO / "briefs" / "att-mexico-memo.yaml", Report())
    cited = {c.key for cite in built.cites for c in cite.items}
    shipped = sorted(built.library.by_id[k].kind for k in cited)
    monkeypatch.chdir(tmp_path)
    assert run("import", str(shipped_build / "att-mexico-memo.docx"), "--name", "rt").exit_code == 0
    drafts = yaml.safe_load((tmp_path / "authorities" / "rt.yaml").read_text(encoding="utf-8"))
    # an online story with no author has the form of a web page (R16.6 and R18.2 print it alike), so the
    # importer drafts it as one: compare news and web as one kind; the memo's executive orders are records of
    # Federal Register citations (regulation) printed as R14.7 prints the order, which is read as one
    same = {"news": "web", "presidential": "regulation"}
    assert sorted(same.get(d["kind"], d["kind"]) for d in drafts) == sorted(same.get(k, k) for k in shipped)
    arzate = next(d for d in drafts if d["kind"] == "foreign-decision")
    assert {k: arzate[k] for k in ("court", "chamber", "proceeding", "number", "popular_name", "date", "country")} == {
        "court": "Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court]", "chamber": "Primera Sala",
        "proceeding": "Amparo en Revisión", "number": "703/2012", "popular_name": "Israel Arzate Meléndez",
        "date": "2013-11-06", "country": "Mex."}
    atenco = next(d for d in drafts if d.get("series_number") == 371)
    assert (atenco["kind"], atenco["court"], atenco["series"], atenco["short"]) == \
        ("regional-case", "Inter-Am. Ct. H.R.", "C", "Atenco")
    assert "Guessed: short." in atenco["note"]


# ---------------------------------------------------------------- every international kind's guide example

KIND_GUIDE = REPO / "docs" / "authorities.md"
INTERNATIONAL = ("treaty", "resolution", "un-document", "icj-case", "tribunal-case", "regional-case",
                 "foreign-decision", "speech")


def _kind_example(kind: str) -> tuple[str, list[str], str]:
    """The section of docs/authorities.md for ``kind``: its module example, the footnotes the guide shows for it,
    and every native record of the guide."""
    text = KIND_GUIDE.read_text(encoding="utf-8")
    section = re.search(rf"^## {re.escape(kind)}\n(.*?)(?=^## )", text, re.M | re.S).group(1)
    module = re.search(r"^```markdown module\n(.*?)^```", section, re.M | re.S).group(1)
    notes = re.search(r"^```text footnotes\n(.*?)^```", section, re.M | re.S).group(1).splitlines()
    records = "".join(re.findall(r"^```yaml authority\n(.*?)^```", text, re.M | re.S))
    return module, notes, records


@pytest.mark.parametrize("kind", INTERNATIONAL)
def test_each_international_kinds_guide_example_imports_into_its_kind(tmp_path, monkeypatch, kind):
    """The guide's worked example of each kind, built, imported and built again: every note read as citations,
    every draft of the kind of the record it came from (read from the rule table's fields), every footnote as the
    guide shows it."""
    import yaml

    module, notes, records = _kind_example(kind)
    first = tmp_path / "first"
    (first / "briefs" / "modules").mkdir(parents=True)
    (first / "authorities").mkdir()
    (first / "authorities" / "guide.yaml").write_text(records, encoding="utf-8")
    (first / "briefs" / "example.yaml").write_text("kind: memo\ntitle: Example\nmodules: [example]\n",
                                                  encoding="utf-8")
    (first / "briefs" / "modules" / "example.md").write_text(module, encoding="utf-8")
    monkeypatch.chdir(first)
    assert run("build", "briefs/example.yaml", "--to", "md").exit_code == 0
    second = tmp_path / "second"
    second.mkdir()
    monkeypatch.chdir(second)
    imported = run("import", str(first / "build" / "example.md"))
    assert imported.exit_code == 0
    assert "warning[" not in imported.output and ", 0 warnings;" in imported.output, imported.output
    kinds = {r["id"]: r["kind"] for r in yaml.safe_load(records)}
    cited = sorted({kinds[k] for k in re.findall(r"@([\w-]+)", module)})
    drafts = yaml.safe_load((second / "authorities" / "example.yaml").read_text(encoding="utf-8"))
    assert sorted({d["kind"] for d in drafts}) == cited
    rebuilt = run("build", "briefs/example.yaml", "--to", "md")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert _md_notes(second / "build" / "example.md") == notes


def test_verify_on_every_shipped_brief_reports_only_real_problems(shipped):
    result = run("verify")
    assert result.exit_code == 0, result.output
    warnings = re.findall(r"^.*warning\[.*$", result.output, re.M)
    # NSM-18, whose official address could not be verified, is cited only through the article that reproduces it
    assert warnings == [], result.output


# ---------------------------------------------------------------- the guide's worked example

GUIDE = REPO / "docs" / "import-and-verify.md"


def _block(info: str) -> str:
    m = re.search(rf"^```{re.escape(info)}\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), re.M | re.S)
    assert m, info
    return m.group(1)


def test_the_guide_example_does_what_the_guide_shows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old-memo.md").write_text(_block("markdown old-memo"), encoding="utf-8")
    verify = run("verify", "old-memo.md")
    assert verify.exit_code == 0
    assert verify.output == _block("text verify")
    imported = run("import", "old-memo.md")
    assert imported.exit_code == 0
    assert imported.output.splitlines()[-5:] == _block("text import").splitlines()
    assert (tmp_path / "briefs" / "old-memo.yaml").read_text(encoding="utf-8") == _block("yaml briefs/old-memo.yaml")
    module = tmp_path / "briefs" / "modules" / "old-memo" / "02-discussion.md"
    assert module.read_text(encoding="utf-8") == _block("markdown briefs/modules/old-memo/02-discussion.md")
    shown = _block("yaml authorities/old-memo.yaml").split("# …")[0]
    assert (tmp_path / "authorities" / "old-memo.yaml").read_text(encoding="utf-8").startswith(shown)
    built = run("build", "briefs/old-memo.yaml", "--to", "md")
    assert built.exit_code == 0, built.output
    assert _md_notes(tmp_path / "build" / "old-memo.md") == _block("text rebuilt-footnotes").splitlines()


def test_verify_exits_1_when_a_brief_has_an_error(project):
    module = project / "briefs" / "modules" / "two.md"
    module.write_text(module.read_text(encoding="utf-8") + "\nA mistake.[@no-such-key]\n", encoding="utf-8")
    result = run("verify", "briefs/mini.yaml")
    assert result.exit_code == 1
    assert "error[unknown-authority]: unknown authority '@no-such-key'" in result.output
    assert re.search(r"1 file verified: 1 error, \d+ warnings?", result.output)


# ---------------------------------------------------------------- the rule table's typed fields

TYPED = """\
- id: att
  kind: treaty
  name: Arms Trade Treaty
  date: "2013-04-02"
  date_label: adopted
  sources: [{volume: 52373, reporter: U.N.T.S., page: 269}]
- id: kr-us
  kind: treaty
  name: Agreement for the Exchange of Technical Information and Cooperation in Nuclear Safety Matters
  parties: Kr.-U.S.
  date: ["2022-02-17", "2022-02-28"]
  sources: [{series: T.I.A.S., number: 22-228.1}]
- id: bankovic
  kind: regional-case
  name: Banković v. Belgium
  volume: 2001-XII
  reporter: Eur. Ct. H.R.
  page: 333
  year: 2001
"""


def test_verify_reads_the_typed_fields_of_the_new_kinds(tmp_path, monkeypatch):
    """A treaty's sources written as mappings, an exchange of notes dated on two days, a regional reporter's first
    page: each plausibility rule reads them as the rule table declares them."""
    (tmp_path / "briefs" / "modules").mkdir(parents=True)
    (tmp_path / "authorities").mkdir()
    (tmp_path / "authorities" / "a.yaml").write_text(TYPED, encoding="utf-8")
    (tmp_path / "briefs" / "memo.yaml").write_text('kind: memo\ntitle: T\ndate: "2022-02-20"\nmodules: [m]\n',
                                                   encoding="utf-8")
    (tmp_path / "briefs" / "modules" / "m.md").write_text(
        "A treaty binds.[@att, art. 7] Another one.[@kr-us] The Court held.[@bankovic, 300]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("verify")
    found = re.findall(r"warning\[([\w-]+)\]: (.*)", result.output)
    assert ("unts-volume", "'att': 52373 U.N.T.S. is beyond the volumes published; it looks like the treaty's "
                           "registration number") in found, result.output
    assert ("pin-range", "pin 300 is before the first page, 333, of 'bankovic'") in found, result.output
    # the agreement is complete on the last day its notes were exchanged: after the brief, an error
    assert "error[authority-date]: authority 'kr-us' is dated 2022-02-28, after the brief's date 2022-02-20" \
        in result.output
    assert result.exit_code == 1
    assert "internal error" not in result.output


INTERNATIONAL_SHORT = """\
# Discussion

The appeals chamber held so.[^1] A domestic court agreed.[^2] The tribunal went further.[^3] The Court found torture.[^4] Again.[^5]

[^1]: *Prosecutor v. Tadić*, Case No. IT-94-1-A, Judgement, ¶ 248 (Int’l Crim. Trib. for the Former Yugoslavia July 15, 1999).
[^2]: *Ford v. Wainwright*, 477 U.S. 399, 410 (1986).
[^3]: *Tadić*, Case No. IT-94-1-A, ¶ 250.
[^4]: *Atenco*, Inter-Am. Ct. H.R. (ser. C) No. 371, ¶ 188.
[^5]: Tadić, *supra* note 1, ¶ 251.
"""


def test_short_forms_of_international_decisions(tmp_path, monkeypatch):
    """A tribunal's short form points back to its full citation; one with no full citation before it, and a
    *supra* for a decision, are what a citechecker marks, the hint giving the kind's own short form."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(INTERNATIONAL_SHORT, encoding="utf-8")
    out = run("verify", "memo.md").output
    assert re.findall(r"^memo\.md:(\d+):\d+: warning\[([\w-]+)\]", out, re.M) == [
        ("8", "short-antecedent"), ("9", "supra-kind")], out
    assert "short form 'Atenco' with no earlier full citation" in out
    assert "use a short form such as Tadić, Case No. IT-94-1-A" in out
    assert run("import", "memo.md").exit_code == 0
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    assert "further.[@tadic1999, ¶ 250]" in module and "Again.[@tadic1999, ¶ 251]" in module, module
    assert "^[*Atenco*, Inter-Am. Ct. H.R. (ser. C) No. 371, ¶ 188.]" in module, module
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    notes = _md_notes(tmp_path / "build" / "memo.md")
    assert notes[2] == "*Tadić*, Case No. IT-94-1-A, ¶ 250."
    assert notes[4] == "*Tadić*, Case No. IT-94-1-A, ¶ 251."
