"""Loading authorities: native YAML, CSL-JSON (Zotero) and BibTeX into one set of records."""
import json

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
    assert afsc.kind == "report" and afsc.origin == "csl" and afsc.get("authors") == ["Am. Friends Serv. Comm."]
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


def test_csl_type_without_a_kind_is_reported(project):
    (project / "authorities" / "odd.json").write_text(json.dumps([{"id": "x", "type": "dataset", "title": "Data"}]))
    report = Report()
    load_library(project / "authorities", report)
    assert [d.code for d in report.errors] == ["csl-type"]
    assert "type 'dataset' has no authority kind" in report.errors[0].message
