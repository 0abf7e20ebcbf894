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
    from briefgen.citations.kinds import KINDS

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
