"""Citation rules a filing needs, read from real builds (``briefgen build --to md``, the DOCX read back):
a hereinafter only when used later, its typeface, law-review short forms, C.F.R. years, treaty date phrases,
proposed rules, presidential documents, subsequent history and unpublished material."""
import re

from typer.testing import CliRunner

from briefgen.cli import app


def run(*args):
    return CliRunner().invoke(app, list(args))


def write(project, name, text):
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def build(project, body, authorities="", spec="", to="md"):
    """A one-module memo citing the fixture's authorities and ``authorities``; returns the CLI result."""
    write(project, "briefs/t.yaml", "kind: memo\ntitle: T\ndate: \"2026-11-29\"\nmodules: [t]\n" + spec)
    write(project, "briefs/modules/t.md", body)
    if authorities:
        write(project, "authorities/extra.yaml", authorities)
    return run("build", "briefs/t.yaml", "--to", to)


def notes(project):
    md = (project / "build" / "t.md").read_text(encoding="utf-8")
    return [m.group(1).replace("\\[", "[").replace("\\]", "]").replace("\u00a0", " ")
            for m in re.finditer(r"^\[\^\d+\]: (.*)$", md, re.M)]


def check(project):
    return run("check", "briefs/t.yaml")


SOSA = """- id: sosa
  kind: case
  name: Sosa v. Alvarez-Machain
  volume: 542
  reporter: U.S.
  page: 692
  court: U.S.
  year: 2004
"""

# ---------------------------------------------------------------- R4.2(b): a hereinafter only when used later


def test_a_records_hereinafter_is_not_announced_when_nothing_later_uses_it(project):
    result = build(project, "Traced guns came from the United States.[@gao2009, 15]\n")
    assert result.exit_code == 0, result.output
    assert notes(project) == ["U.S. Gov’t Accountability Off., GAO-09-709, *Firearms Trafficking: U.S. Efforts to "
                              "Combat Arms Trafficking to Mexico Face Planning and Coordination Challenges* 15 "
                              "(June 2009)."]


def test_a_records_hereinafter_is_announced_when_a_supra_uses_it(project):
    result = build(project, "One.[@gao2009, 15] Two.[@aeca] Three.[@gao2009, 19]\n")
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0].endswith("(June 2009) [hereinafter *GAO Firearms Report*].")
    assert out[2] == "*GAO Firearms Report*, *supra* note 1, at 19."


def test_id_alone_does_not_use_the_hereinafter(project):
    build(project, "One.[@gao2009, 15] Two.[@gao2009, 19]\n")
    out = notes(project)
    assert "hereinafter" not in out[0] and out[1] == "*Id.* at 19."


def test_check_tells_the_author_when_a_records_hereinafter_goes_unused(project):
    build(project, "Traced guns came from the United States.[@gao2009, 15]\n")
    result = check(project)
    assert re.search(r"authorities/law\.yaml:\d+:\d+: warning\[unused-hereinafter\]: authority 'gao2009': "
                     r"hereinafter 'GAO Firearms Report' is not used", result.output), result.output
    build(project, "One.[@gao2009, 15] Two.[@aeca] Three.[@gao2009, 19]\n")
    assert "unused-hereinafter" not in check(project).output


def test_a_hereinafter_keeps_the_typeface_of_the_words_it_is_made_of(project):
    """R4.2(b): words of an italic title stay italic; a report number or initials are roman."""
    records = """- id: envipe
  kind: report
  author: Instituto Nacional de Estadística y Geografía [INEGI]
  title: "Encuesta Nacional de Victimización y Percepción sobre Seguridad Pública (ENVIPE) 2017"
  date: "2017-09"
  hereinafter: ENVIPE 2017
- id: gao21
  kind: report
  author: U.S. Gov’t Accountability Off.
  number: GAO-21-322
  title: "Firearms Trafficking: U.S. Efforts to Disrupt Gun Smuggling into Mexico Would Benefit from Additional Data and Analysis"
  date: "2021-02"
  hereinafter: GAO-21-322
- id: inegi
  kind: report
  author: Instituto Nacional de Estadística y Geografía [INEGI]
  title: "Encuesta Nacional de Seguridad Pública Urbana"
  date: "2024-01"
  hereinafter: INEGI
"""
    body = "A.[@envipe, 5] B.[@gao21, 9] C.[@inegi, 2] D.[@aeca] E.[@envipe, 6] F.[@gao21, 10] G.[@inegi, 3]\n"
    result = build(project, body, records)
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0].endswith("[hereinafter *ENVIPE 2017*].") and out[4] == "*ENVIPE 2017*, *supra* note 1, at 6."
    assert out[1].endswith("[hereinafter GAO-21-322].") and out[5] == "GAO-21-322, *supra* note 2, at 10."
    assert out[2].endswith("[hereinafter INEGI].") and out[6] == "INEGI, *supra* note 3, at 3."


def test_the_shipped_petition_announces_no_name_it_never_uses(tmp_path):
    """The petition's notes announced GAO 2021 Report, GIEI Report and others that no later note used."""
    import os
    import shutil
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    for name in ("briefs", "authorities"):
        shutil.copytree(repo / name, tmp_path / name)
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("build", "briefs/att-petition.yaml", "--to", "md")
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "build" / "att-petition.md").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
    announced = re.findall(r"\[hereinafter \*?([^*\]]+)\*?\]", md)
    for name in announced:
        assert len(re.findall(re.escape(name), md)) >= 2, name   # announced, then used
    assert "hereinafter GIEI Report" not in md.replace("*", "")


# ---------------------------------------------------------------- R2.1(a): law-review short forms


def test_law_review_short_case_names_are_italic(project):
    result = build(project, "One.[@sosa, 732] Two.[@aeca] Three.[@sosa, 733]\n", SOSA, spec="style: law-review\n")
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0] == "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004)."   # roman in the full citation
    assert out[2] == "*Sosa*, 542 U.S. at 733."                             # italic in the short form


def test_law_review_short_case_names_are_italic_in_the_docx(project):
    """The DOCX's footnotes, read back from its OOXML: the short form's run is italic, the full one's roman."""
    from helpers import docx_footnotes

    build(project, "One.[@sosa, 732] Two.[@aeca] Three.[@sosa, 733]\n", SOSA, spec="style: law-review\n",
          to="docx")
    out = docx_footnotes(project / "build" / "t.docx")
    assert out[0] == "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004)."
    assert out[2] == "*Sosa*, 542 U.S. at 733."
