"""Letters to legislators from the real congress-legislators files in ../shared/data/congress."""
import csv
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

from helpers import CONGRESS, LETTER

MODULE = ("Dear colleagues in {{ recipient.state }}: this concerns exports.[@gao2009, 15]\n\n"
          "{% if recipient.title %}As {{ recipient.title }}, you lead the committee.{% endif %}\n")


@pytest.fixture()
def project(project, monkeypatch):
    """The small test project, with a letter module and the real congress data."""
    assert (CONGRESS / "legislators-current.yaml").is_file(), f"shared data missing at {CONGRESS}"
    (project / "briefs" / "modules" / "letter.md").write_text(MODULE)
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))
    return project


def batch(project, recipients: str, *args, name="campaign", extra=""):
    (project / "briefs" / f"{name}.yaml").write_text(LETTER.format(recipients=recipients) + extra)
    result = CliRunner().invoke(app, ["build", f"briefs/{name}.yaml", *args])
    assert result.exit_code == 0, result.output
    return project / "build" / name


def manifest(folder: Path, name="manifest.csv") -> list[dict]:
    with open(folder / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def docx_paragraphs(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_ssfr_one_letter_per_member_read_back_from_docx(project):
    out = batch(project, "{committee: SSFR}", "--to", "docx")
    rows = manifest(out)
    assert len(rows) == 22
    assert rows[0]["recipient"] == "James E. Risch" and rows[0]["salutation"] == "Dear Chairman Risch:"
    shaheen = next(r for r in rows if r["recipient"] == "Jeanne Shaheen")
    assert shaheen["salutation"] == "Dear Ranking Member Shaheen:"
    for row in rows:
        (name,) = row["files"].split(";")
        paras = docx_paragraphs(out / name)
        assert row["salutation"] in paras
        address = next(p for p in paras if p.startswith("The Honorable"))
        lines = address.split("\n")
        assert lines[0] == f"The Honorable {row['recipient']}"
        assert "United States Senate" in lines and lines[-1] == "Washington, DC 20510"
        assert any("Senate Office Building" in line for line in lines)
    risch = docx_paragraphs(out / rows[0]["files"])
    assert "As Chairman, you lead the committee." in risch
    assert any("Dear colleagues in ID:" in p for p in risch)


def test_hsfa_chair_and_house_addresses(project):
    out = batch(project, "{committee: HSFA}", "--to", "md")
    rows = manifest(out)
    assert len(rows) == 50
    assert rows[0]["salutation"] == "Dear Chair Mast:"
    assert any(r["salutation"] == "Dear Ranking Member Meeks:" for r in rows)
    text = (out / rows[0]["files"]).read_text()
    assert "U.S. House of Representatives" in text
    assert "Washington, DC 20515-" in text  # ZIP+4 for the House


def test_chair_title_option_and_office_salutation(project):
    out = batch(project, "{committee: HSFA}", "--to", "md",
                extra="addressing: {chair_title: Chairman, salutation: office}\n")
    assert manifest(out)[0]["salutation"] == "Dear Mr. Chairman:"


def test_delegate_resident_commissioner_and_missing_fields(project):
    out = batch(project, "{bioguide: [N000147, H001103, M001246, G000607]}", "--to", "md")
    rows = {r["bioguide"]: r for r in manifest(out)}
    assert rows["N000147"]["salutation"] == "Dear Delegate Norton:"
    assert rows["H001103"]["salutation"] == "Dear Resident Commissioner Hernández Rivera:"
    assert "no official full name" in rows["M001246"]["warnings"]
    assert "no office address" in rows["G000607"]["warnings"]
    text = (out / rows["G000607"]["files"]).read_text()
    assert "The Honorable James Gallagher" in text and "Washington, DC 20515" in text


def test_filters_combine(project):
    out = batch(project, "{state: VT, chamber: senate, party: [D, I]}", "--to", "md")
    assert sorted(r["recipient"] for r in manifest(out)) == ["Bernard Sanders", "Peter Welch"]


def test_shards_number_globally(project):
    out = batch(project, "{committee: SSFR}", "--to", "md", "--shard", "2/3")
    assert not out.exists()  # a share has a folder of its own
    rows = manifest(out.parent / "campaign-2-of-3")
    assert [int(r["number"]) for r in rows] == list(range(8, 15))


def test_combined_pdf(project):
    from pypdf import PdfReader

    out = batch(project, "{committee: SSFR}", "--to", "pdf", "--combined", "--jobs", "2")
    reader = PdfReader(str(out / "all-letters.pdf"))
    assert len(reader.pages) >= 22
    assert "Dear Chairman Risch:" in reader.pages[0].extract_text()


def test_custom_recipient_list(project):
    (project / "people.csv").write_text("name,title,address1,address2,salutation\n"
                                        "Dr. Ana Ruiz,Director,1 Main St.,\"Austin, TX 78701\",Dear Dr. Ruiz:\n")
    out = batch(project, "people.csv", "--to", "md")
    (row,) = manifest(out)
    assert row["salutation"] == "Dear Dr. Ruiz:"
    assert "Dr. Ana Ruiz\\\nDirector\\\n1 Main St.\\\nAustin, TX 78701" in (out / row["files"]).read_text()


def test_unknown_committee_is_an_error(project):
    (project / "briefs" / "bad.yaml").write_text(LETTER.format(recipients="{committee: SSFX}"))
    result = CliRunner().invoke(app, ["build", "briefs/bad.yaml", "--to", "md"])
    assert result.exit_code == 1
    assert "error[recipients]: no committee 'SSFX' in the congress data" in result.stderr
    assert "did you mean 'SSFR'?" in result.stderr


def test_fetch_from_a_local_server(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    for name in ("legislators-current.yaml", "committees-current.yaml", "committee-membership-current.yaml",
                 "legislators-current.csv"):
        shutil.copy(CONGRESS / name, served / name)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        dest = tmp_path / "cache"
        result = CliRunner().invoke(app, ["legislators", "fetch", "--url", f"http://127.0.0.1:{server.server_port}/",
                                          "--dest", str(dest)])
        assert result.exit_code == 0, result.output
        assert (dest / "legislators-current.yaml").read_bytes() == (CONGRESS / "legislators-current.yaml").read_bytes()
        result = CliRunner().invoke(app, ["legislators", "fetch", "--url",
                                          f"http://127.0.0.1:{server.server_port}/missing/", "--dest", str(dest)])
        assert result.exit_code == 1 and "error[fetch]: cannot download" in result.stderr
        assert (dest / "legislators-current.yaml").stat().st_size > 0  # the earlier copy is kept
    finally:
        server.shutdown()


def test_subcommittee_and_every_member(project):
    out = batch(project, "{committee: SSFR09}", "--to", "md", name="sub")
    rows = manifest(out)
    assert 0 < len(rows) < 22
    assert all(r["salutation"].startswith("Dear ") for r in rows)
    out = batch(project, "{}", "--to", "md", "--jobs", "2", name="everyone")
    rows = manifest(out)
    assert len(rows) == 537
    assert sum(r["salutation"].startswith("Dear Senator") for r in rows) == 100


def test_a_field_empty_for_some_recipients_is_a_warning_at_its_line(project):
    (project / "briefs" / "modules" / "letter.md").write_text(
        "We write to you.\n\nAs a member of the {{ recipient.committee }}, you are well placed.\n\n"
        "{% if recipient.title %}As {{ recipient.title }}, you lead it.{% endif %}\n")
    (project / "briefs" / "two.yaml").write_text(LETTER.format(recipients="{chamber: senate, state: VT}"))
    result = CliRunner().invoke(app, ["build", "briefs/two.yaml", "--to", "md"])
    assert result.exit_code == 0, result.output
    assert ("briefs/modules/letter.md:3:1: warning[empty-field]: recipient.committee is empty for 2 of 2 "
            "recipients (Bernard Sanders, Peter Welch)") in result.stderr
    assert "recipient.title" not in result.stderr   # printed only where it is tested
    check = CliRunner().invoke(app, ["check", "briefs/two.yaml"])
    assert "warning[empty-field]: recipient.committee is empty" in check.stderr + check.stdout
    (project / "briefs" / "ssfr.yaml").write_text(LETTER.format(recipients="{committee: SSFR}"))
    result = CliRunner().invoke(app, ["build", "briefs/ssfr.yaml", "--to", "md"])
    assert result.exit_code == 0 and "empty-field" not in result.stderr   # every member has the committee
