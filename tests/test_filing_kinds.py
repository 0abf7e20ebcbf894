"""The filing kinds, each declared once (doc_kinds): the agency petition, the court filing and the
IACHR petition, built from the shipped examples and read back from the PDF and DOCX; and the spec
loader holding each kind to its own keys."""
import json
import os

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.cli import app
from conftest import REPO, copy_shipped

EXAMPLES = ("att-petition", "court-petition", "iachr-petition")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dest = tmp_path_factory.mktemp("kinds")
    copy_shipped(dest)
    old = os.getcwd()
    os.chdir(dest)
    try:
        result = CliRunner().invoke(app, ["build", *(f"briefs/{n}.yaml" for n in EXAMPLES), "--to", "pdf,docx"])
        assert result.exit_code == 0, result.output
    finally:
        os.chdir(old)
    return dest / "build"


def pages(pdf) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]


def in_order(text: str, *parts: str) -> bool:
    """Each part found after the one before it."""
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def test_agency_petition_is_before_the_agency_with_a_requested_action(built):
    text = pages(built / "att-petition.pdf")
    cover, whole = text[0], " ".join(text)
    assert in_order(cover, "BEFORE THE UNITED STATES DEPARTMENT OF STATE", "Directorate of Defense Trade Controls",
                    "PETITION FOR RULEMAKING UNDER 5 U.S.C. § 553(e)", "Submitted by", "Human Rights Clinic",
                    "Petitioner", "December 7, 2026")
    assert " v. " not in f" {cover} " and "Respondent" not in whole
    assert "Requested Action Petitioner respectfully requests that the United States Department of State: 1." in whole
    for court_part in ("WHEREFORE", "Prayer for Relief", "Certificate of Service"):
        assert court_part not in whole
    caption = [p.text for p in docx.Document(str(built / "att-petition.docx")).paragraphs[:6]]
    assert caption[0].startswith("BEFORE THE UNITED STATES DEPARTMENT OF STATE") and "Respondent" not in caption


def test_court_filing_keeps_the_adversarial_caption_prayer_and_service(built):
    text = pages(built / "court-petition.pdf")
    assert in_order(text[0], "IN THE UNITED STATES COURT OF APPEALS FOR THE TWELFTH CIRCUIT",
                    "Human Rights Clinic, Eastbrook University School of Law Petitioner,", "v.",
                    "United States Department of State Respondent.", "BRIEF OF PETITIONER", "No. 26-0117")
    whole = " ".join(text)
    assert in_order(whole, "Prayer for Relief WHEREFORE, Petitioner respectfully requests that this Court: 1.",
                    "Respectfully submitted,", "Certificate of Service")
    assert "Requested Action" not in whole


def test_iachr_petition_has_the_information_article_28_requires(built):
    text = pages(built / "iachr-petition.pdf")
    assert in_order(text[0], "Before the Inter-American Commission on Human Rights", "PETITION", "Alleged victims:",
                    "State: United Mexican States", "Petitioners: Human Rights Clinic")
    body = " ".join(text[2:])  # after the cover and the tables
    assert in_order(body, "Petitioners and Their Representation", "Represented by", "Address for correspondence:",
                    "Alleged Victims", "State United Mexican States", "State Authorities Aware of the Facts",
                    "The Facts Denounced", "1. On the night of September 26-27, 2014", "Rights Violated",
                    "Exhaustion of Domestic Remedies", "Timeliness of the Petition", "Other International Proceedings",
                    "Requested Action", "respectfully requests that the Commission: 1. Declare this petition admissible.")
    assert "WHEREFORE" not in body and "Certificate of Service" not in body
    word = [p.text for p in docx.Document(str(built / "iachr-petition.docx")).paragraphs]
    assert {"Rights Violated", "Exhaustion of Domestic Remedies", "Timeliness of the Petition"} <= set(word)


def test_the_filings_number_cover_and_tables_in_roman_and_the_body_from_1(built):
    for name in EXAMPLES:
        labels = PdfReader(str(built / f"{name}.pdf")).page_labels
        assert labels[1] == "ii" and "1" in labels, (name, labels)


def check(project, text):
    (project / "briefs" / "mini.yaml").write_text(text)
    return CliRunner().invoke(app, ["check", "briefs/mini.yaml"])


def test_a_memo_rejects_prayer_naming_the_kinds_that_take_it(project):
    memo = (project / "briefs" / "mini.yaml").read_text()
    result = check(project, memo + "prayer: [Grant the petition.]\n")
    assert result.exit_code == 1
    line = memo.count("\n") + 1
    assert f"briefs/mini.yaml:{line}:1: error[spec-key]: a memo does not take 'prayer'" in result.stderr
    assert "'prayer' belongs to: petition" in result.stderr


def test_an_agency_petition_has_no_respondent_and_no_prayer(project):
    spec = ("kind: agency-petition\ntitle: T\nagency: [U.S. Department of State]\npetitioners: [Clinic]\n"
            "modules: [two]\nrespondent: [U.S. Department of State]\nprayer: [Act.]\n")
    result = check(project, spec)
    assert result.exit_code == 1
    assert "briefs/mini.yaml:6:1: error[spec-key]: an agency-petition does not take 'respondent'" in result.stderr
    assert "briefs/mini.yaml:7:1: error[spec-key]: an agency-petition does not take 'prayer'" in result.stderr
    assert "'respondent' belongs to: petition" in result.stderr


def test_an_iachr_petition_without_the_article_28_elements_is_an_error(project):
    spec = "kind: iachr-petition\ntitle: T\nmodules: [two]\npetitioners: [Clinic]\nvictims: [A]\nstate: Mexico\n"
    result = check(project, spec)
    assert result.exit_code == 1
    for key, rule in (("rights", "28(6)"), ("exhaustion", "28(8)"), ("timeliness", "28(7)"), ("duplication", "28(9)")):
        assert f"error[spec-required]: an iachr-petition needs '{key}' (Art. {rule}" in result.stderr
    assert "needs 'victims'" not in result.stderr


def test_each_kind_is_one_declaration_that_the_names_schema_and_parts_follow():
    from typing import get_args

    from briefgen import kinds, names, spec
    from briefgen.doc_kinds import DECLARED, KINDS

    assert get_args(names.DocumentKind) == tuple(KINDS) == spec.KINDS
    for kind in DECLARED:
        assert set(kind.front + kind.back) <= set(kinds.PARTS) | {"letter-head", "letter-close"}, kind.name
        assert set(kind.keys) <= set(spec.KIND_KEYS), kind.name
        assert {key for key, _ in kind.required} <= set(kind.keys), kind.name
        assert kinds.FURNITURE[kind.name] == kind.furniture
    assert set(spec.KIND_KEYS) == {key for kind in DECLARED for key in kind.all_keys}  # no key nobody takes


def test_the_shipped_schema_holds_each_kind_to_its_keys():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "schemas" / "brief.schema.json").read_text())
    from briefgen.schema import brief_schema

    assert schema == json.loads(json.dumps(brief_schema()))  # regenerated: briefgen schema schemas
    validator = jsonschema.Draft202012Validator(schema)
    memo = {"kind": "memo", "title": "T", "modules": ["a"]}
    assert not list(validator.iter_errors(memo))
    assert list(validator.iter_errors(memo | {"prayer": ["Grant it."]}))
    iachr = {"kind": "iachr-petition", "title": "T", "modules": ["a"], "petitioners": ["P"], "victims": ["V"],
             "state": "Mexico", "rights": ["r"], "exhaustion": "e", "timeliness": "t", "duplication": "d"}
    assert not list(validator.iter_errors(iachr))
    assert list(validator.iter_errors({k: v for k, v in iachr.items() if k != "exhaustion"}))


@pytest.mark.parametrize("kind", ["agency-petition", "iachr-petition"])
def test_new_scaffolds_each_filing_kind_and_it_builds(tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["new", kind, "first"])
    assert result.exit_code == 0, result.output
    assert f"kind: {kind}" in (tmp_path / "briefs" / "first.yaml").read_text()
    result = CliRunner().invoke(app, ["build", "--to", "md"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "build" / "first.md").read_text()
    assert "Requested Action" in md and "WHEREFORE" not in md
