"""Loading authorities: native YAML, CSL-JSON (Zotero) and BibTeX into one set of records."""
import json

import pytest

from briefgen.authorities.load import load_library
from briefgen.citations import bluebook as bb
from briefgen.errors import Report


def test_bibtex_and_csl_load_into_native_records(project):
    report = Report()
    lib = load_library(project / "authorities", report)
    assert not report.errors
    porter = lib["porter"]
    assert porter.kind == "article" and porter.origin == "bibtex"
    assert porter.get("authors") == [{"given": "Elizabeth", "family": "Porter"}, {"given": "Kathryn", "family": "Watts"}]
    assert porter.get("page") == "1183" and porter.get("journal") == "N.Y.U. L. Rev."
    assert str(porter.location) == "authorities/extra.bib:1:1"
    afsc = lib["afsc2016"]
    assert afsc.kind == "report" and afsc.origin == "csl" and afsc.get("author") == "Am. Friends Serv. Comm."
    assert str(afsc.location) == "authorities/zotero.json:3:1"


def test_csl_court_names_become_bluebook_abbreviations(project):
    (project / "authorities" / "courts.json").write_text(json.dumps([
        {"id": "c1", "type": "legal_case", "title": "Seltzer v. Green Day", "volume": "725", "container-title": "F.3d",
         "page": "1170", "authority": "United States Court of Appeals for the Ninth Circuit",
         "issued": {"date-parts": [[2013]]}},
        {"id": "c2", "type": "legal_case", "title": "Roe v. Wade", "volume": "410", "container-title": "U.S.",
         "page": "113", "authority": "Supreme Court of the United States", "issued": {"date-parts": [[1973]]}},
    ]))
    lib = load_library(project / "authorities", Report())
    assert bb.runs_text(bb.full(lib["c1"])) == "*Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)"
    assert bb.runs_text(bb.full(lib["c2"])) == "*Roe v. Wade*, 410 U.S. 113 (1973)"


def test_every_csl_type_maps_to_a_kind(project):
    """R: every CSL 1.0.2 type becomes some kind; a dataset is cited like a report."""
    from briefgen.authorities.csl import CSL_KINDS, to_native
    from briefgen.authorities.kinds import KINDS

    csl_types = ("article article-journal article-magazine article-newspaper bill book broadcast chapter classic "
                 "collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing "
                 "interview legal_case legislation manuscript map motion_picture musical_score pamphlet "
                 "paper-conference patent performance periodical personal_communication post post-weblog regulation "
                 "report review review-book software song speech standard thesis treaty webpage").split()
    assert all(CSL_KINDS[t] in KINDS for t in csl_types)
    assert to_native({"id": "x", "type": "dataset", "title": "Data"}).record["kind"] == "report"


def test_an_odd_csl_item_warns_and_is_an_error_only_where_cited(project):
    (project / "authorities" / "odd.json").write_text(json.dumps([
        {"id": "x", "type": "nonsense", "title": "Data"},
        {"id": "untitled", "type": "report", "author": [{"literal": "Hum. Rts. Watch"}]}]))
    report = Report()
    lib = load_library(project / "authorities", report)
    assert not report.errors
    assert [(d.code, str(d.location)) for d in report.warnings] == [
        ("csl-item", "authorities/odd.json:1:1"), ("csl-item", "authorities/odd.json:1:1")]
    assert "type 'nonsense' is not a CSL type" in report.warnings[0].message
    assert "missing 'title'" in report.warnings[1].message
    assert set(lib.unusable) == {"x", "untitled"}


ALTERNATIVE_ENCODINGS = [
    # (rule, CSL item, pin, what briefgen cite prints): international items as other exports write them
    ("R21.4.2 bilateral, parties in custom, U.N.T.S. parallel",
     {"type": "treaty", "title": "Extradition Treaty", "issued": {"date-parts": [[1978, 5, 4]]},
      "container-title": "U.S.T.", "volume": "31", "page": "5059",
      "custom": {"parties": "U.S.-Mex.", "parallel": [{"container-title": "U.N.T.S.", "volume": "1207", "page": "189"}]}},
     "art. 9", "Extradition Treaty, U.S.-Mex., art. 9, May 4, 1978, 31 U.S.T. 5059, 1207 U.N.T.S. 189."),
    ("R21.5.1 I.C.J. Reports and the Court's full name",
     {"type": "legal_case", "title": "Military and Paramilitary Activities in and Against Nicaragua",
      "authority": "International Court of Justice", "container-title": "I.C.J. Reports", "volume": "1986",
      "page": "14", "genre": "Judgment", "issued": {"date-parts": [[1986, 6, 27]]}, "custom": {"parties": "Nicar. v. U.S."}},
     "¶ 115", "*Military and Paramilitary Activities in and Against Nicaragua* (Nicar. v. U.S.), Judgment, "
              "1986 I.C.J. 14, ¶ 115 (June 27)."),
    ("R21.5 tribunal's full name, number with its label",
     {"type": "legal_case", "title": "Prosecutor v. Tadić", "number": "Case No. IT-94-1-A", "genre": "Judgement",
      "authority": "International Criminal Tribunal for the former Yugoslavia", "issued": {"date-parts": [[1999, 7, 15]]}},
     "¶ 248", "*Prosecutor v. Tadić*, Case No. IT-94-1-A, Judgement, ¶ 248 (Int’l Crim. Trib. for the Former "
              "Yugoslavia July 15, 1999)."),
    ("R21.5.5 series as collection-title and collection-number",
     {"type": "legal_case", "title": "Radilla-Pacheco v. Mexico", "authority": "Inter-American Court of Human Rights",
      "collection-title": "Series C", "collection-number": "209",
      "genre": "Preliminary Objections, Merits, Reparations, and Costs, Judgment", "issued": {"date-parts": [[2009, 11, 23]]}},
     "¶ 139", "*Radilla-Pacheco v. Mexico*, Preliminary Objections, Merits, Reparations, and Costs, Judgment, "
              "Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 139 (Nov. 23, 2009)."),
    ("R21.5.3 European Court by application number",
     {"type": "legal_case", "title": "Al-Skeini v. United Kingdom", "authority": "European Court of Human Rights",
      "number": "55721/07", "issued": {"date-parts": [[2011, 7, 7]]}},
     "¶ 138", "*Al-Skeini v. United Kingdom*, App. No. 55721/07, ¶ 138 (Eur. Ct. H.R. July 7, 2011)."),
    ("R21.7 document symbol as the number",
     {"type": "report", "author": [{"literal": "Hum. Rts. Comm."}], "title": "General Comment No. 36",
      "number": "CCPR/C/GC/36", "issued": {"date-parts": [[2019, 9, 3]]}},
     "¶ 12", "Hum. Rts. Comm., *General Comment No. 36*, ¶ 12, U.N. Doc. CCPR/C/GC/36 (Sept. 3, 2019)."),
    ("R21.7.2 a resolution entered by its organ",
     {"type": "document", "authority": "United Nations Security Council", "number": "1325",
      "custom": {"un_doc": "S/RES/1325"}, "issued": {"date-parts": [[2000, 10, 31]]}},
     "¶ 8", "S.C. Res. 1325, ¶ 8, U.N. Doc. S/RES/1325 (Oct. 31, 2000)."),
    ("R20.3 chamber after the court, docket as title, jurisdiction code",
     {"type": "legal_case", "authority": "Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court], Primera Sala",
      "title": "Amparo en Revisión 703/2012", "issued": {"date-parts": [[2013, 11, 6]]}, "custom": {"jurisdiction": "mx"}},
     "", "Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court], Primera Sala, Amparo en Revisión 703/2012, "
         "Nov. 6, 2013 (Mex.)."),
    ("R21.4 the Charter, with no date or source",
     {"type": "treaty", "title": "U.N. Charter"}, "art. 2, ¶ 4", "U.N. Charter art. 2, ¶ 4."),
]


@pytest.mark.parametrize("rule, item, pin, expected", ALTERNATIVE_ENCODINGS, ids=[c[0] for c in ALTERNATIVE_ENCODINGS])
def test_other_csl_encodings_of_international_items(project, rule, item, pin, expected):
    from typer.testing import CliRunner

    from briefgen.cli import app

    (project / "authorities" / "alt.json").write_text(json.dumps([{"id": "alt", **item}], ensure_ascii=False))
    result = CliRunner().invoke(app, ["cite", "alt"] + (["--pin", pin] if pin else []))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == expected
