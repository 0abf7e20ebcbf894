"""Sign-on letters (many signatories, several recipients at once) and constituent letters (each
person to their own members), built through the CLI from the real congress data and read back."""
from __future__ import annotations

import csv
import functools
import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app

from helpers import CONGRESS


@pytest.fixture()
def project(project, monkeypatch):
    """The small test project, with the real congress data."""
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))
    return project


def build(project: Path, name: str, spec: str, *args):
    (project / "briefs" / f"{name}.yaml").write_text(spec)
    return CliRunner().invoke(app, ["build", f"briefs/{name}.yaml", *args])


def manifest(folder: Path) -> list[dict]:
    with open(folder / "manifest.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------- sign-on letters

SIGN_ON = """kind: letter
title: Sign-on letter
date: "2026-11-29"
letterhead: [Example Coalition]
recipients: {{committee: SSFR, title: [chair, ranking member]}}
addressing: {{together: true}}
re: Firearms exports
modules: [ask]
signature: [Lead Signer, Example Coalition]
signatories: {signatories}
cc: [Members of the Senate Committee on Foreign Relations]
"""
ASK = "We, the {{ signatories | length }} undersigned, write about exports.[@gao2009, 15]\n"


def signers(count: int) -> list[dict]:
    """Sample signatories (not real people): every third an organization alone."""
    out = []
    for i in range(count):
        if i % 3 == 0:
            out.append({"name": "", "title": "", "organization": f"Sample Coalition No. {i:04d}",
                        "city": "Austin", "state": "TX"})
        else:
            out.append({"name": f"Sample Signer {i:04d}", "title": "Director" if i % 2 else "",
                        "organization": f"Example Group {i % 17}", "city": "Concord", "state": "NH"})
    return out


def write_signers(project: Path, people: list[dict]) -> None:
    with open(project / "signers.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["name", "title", "organization", "city", "state"])
        w.writeheader()
        w.writerows(reversed(people))   # sort: name has to put them back in order


def first(person: dict) -> str:
    return person["name"] or person["organization"]


def pdf_texts(path: Path) -> list[str]:
    """The PDF's text as pypdf reads it, and as poppler's pdftotext does where it is installed (as CI
    installs it): two independent readers."""
    import shutil
    import subprocess

    from pypdf import PdfReader

    texts = [" ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)]
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
        texts.append(" ".join(out.stdout.split()))
    return texts


@pytest.mark.parametrize("count, columns", [(300, 1), (300, 2), (1000, 1), (1000, 2)])
def test_every_signatory_is_listed_in_docx_and_pdf(project, count, columns):
    import docx

    people = signers(count)
    write_signers(project, people)
    (project / "briefs" / "modules" / "ask.md").write_text(ASK)
    result = build(project, "sign-on", SIGN_ON.format(
        signatories=f"{{list: signers.csv, sort: name, columns: {columns}}}"), "--to", "docx,pdf", "--json")
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)["documents"]
    assert record["documents"] == 1 and record["signatories"] == count
    folder = project / "build" / "sign-on"
    (row,) = manifest(folder)
    assert row["signatories"] == str(count)
    assert row["recipient"] == "James E. Risch; Jeanne Shaheen" and row["bioguide"] == "R000584;S001181"
    assert row["salutation"] == "Dear Chairman Risch and Ranking Member Shaheen:"
    expected = sorted(people, key=lambda p: first(p).casefold())
    # "Sample Coalition No. 0000" prints with a non-breaking space after No. (briefgen.typography)
    lines = [", ".join(v for v in p.values() if v).replace("No. ", "No.\u00a0") for p in expected]
    word = docx.Document(str(folder / "001-risch-id-and-shaheen-nh.docx"))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Dear Chairman Risch and Ranking Member Shaheen:" in paragraphs
    assert any(p.startswith("The Honorable James E. Risch\nChairman") for p in paragraphs)
    assert any(p.startswith("The Honorable Jeanne Shaheen\nRanking Member") for p in paragraphs)
    assert "cc: Members of the Senate Committee on Foreign Relations" in paragraphs
    assert "We, the {} undersigned, write about exports.".format(count) in " ".join(paragraphs)
    if columns == 1:
        (listed,) = [p for p in paragraphs if p.startswith(lines[0])]
        assert listed.split("\n") == lines   # every one, in order, after the heading
        assert paragraphs.index("Signatories") < paragraphs.index(listed)
    else:
        cells = [[c.text for c in r.cells] for r in word.tables[0].rows]
        half = (count + 1) // 2
        assert [r[0] for r in cells] == lines[:half] and [r[1] for r in cells if r[1]] == lines[half:]
        assert word.tables[0].style.name != "Table Grid"  # columns of names, not a ruled table
        assert not word.tables[0]._tbl.xpath(".//w:tblBorders")
    for text in pdf_texts(folder / "001-risch-id-and-shaheen-nh.pdf"):
        missing = [first(p) for p in people if first(p) not in text]
        assert not missing, f"{len(missing)} signatories missing from the PDF, e.g. {missing[:3]}"
        assert text.index("Signatories") < text.index(first(expected[0]))
    assert record["pages"] > 2


def test_signatories_in_the_spec_sorted_by_state(project):
    (project / "briefs" / "modules" / "ask.md").write_text(ASK)
    people = ("[{name: Sample Signer Wy, state: WY}, {organization: Example Group Ak, city: Juneau, state: Alaska},"
              " {name: Sample Signer Nostate}, {name: Sample Signer Dc, title: Director, state: DC}]")
    result = build(project, "sign-on", SIGN_ON.format(signatories=f"{{list: {people}, sort: state}}"), "--to", "md")
    assert result.exit_code == 0, result.output
    text = next((project / "build" / "sign-on").glob("*.md")).read_text()
    note, listing = text.split("# Signatories\n\n", 1)[1].split("\n\n")[:2]
    assert note == "*Affiliations are listed for identification purposes only.*"   # one signer gives a title
    assert listing.split("\\\n") == ["Example Group Ak, Juneau, AK", "Sample Signer Dc, Director, DC",
                                      "Sample Signer Wy, WY", "Sample Signer Nostate"]
    assert "1 signatory" not in result.stdout and "4 signatories" in result.stdout


@pytest.mark.parametrize("signatories, where, message", [
    ("{list: signers.csv, sort: age}", "10:40", "sort must be name or state, not 'age'"),
    ("{list: signers.csv, columns: 3}", "10:43", "columns must be 1 or 2, not '3'"),
    ("{lst: signers.csv}", "10:15", "unknown signatories key 'lst'"),
    ("[{name: Sample Signer, org: Example}]", "10:42", "unknown signatory key 'org'"),
    ("[{title: Director}]", "10:15", "a signatory needs a name or an organization"),
    ("{list: missing.csv}", "10:21", "no file missing.csv in the project"),
])
def test_signatory_mistakes_are_located(project, signatories, where, message):
    write_signers(project, signers(3))
    (project / "briefs" / "modules" / "ask.md").write_text(ASK)
    result = build(project, "sign-on", SIGN_ON.format(signatories=signatories), "--to", "md")
    assert result.exit_code == 1, result.output
    assert f"briefs/sign-on.yaml:{where}: error[signatories]: {message}" in result.stderr


def test_a_signatories_file_with_an_unknown_column_warns(project):
    (project / "signers.csv").write_text("name,organisation\nSample Signer,Example Group\n")
    (project / "briefs" / "modules" / "ask.md").write_text(ASK)
    result = build(project, "sign-on", SIGN_ON.format(signatories="signers.csv"), "--to", "md")
    assert result.exit_code == 0
    assert "signers.csv:1:1: warning[signatories]: column 'organisation' is not used" in result.stderr
    assert "did you mean 'organization'?" in result.stderr


# ---------------------------------------------------------------- constituent letters

CONSTITUENTS = """kind: letter
title: Constituent letter
date: "2026-11-29"
constituents: people.csv
re: Firearms exports
modules: [mine]
"""
MINE = ("I live in {{ constituent.city }}, {{ constituent.state }} {{ constituent.zip }}"
        "{% if constituent.story %}; {{ constituent.story }}{% endif %}.\n")


@functools.lru_cache(maxsize=1)
def members() -> list[dict]:
    """Current members straight from the YAML (independently of briefgen's reader)."""
    out = []
    for r in yaml.safe_load((CONGRESS / "legislators-current.yaml").read_text(encoding="utf-8")):
        t = r["terms"][-1]
        out.append({"bioguide": r["id"]["bioguide"], "last": r["name"]["last"], "state": t["state"],
                    "type": t["type"], "district": t.get("district"), "address": t.get("address", ""),
                    "full": r["name"].get("official_full") or ""})
    return out


AT_LARGE = ("AK", "DE", "ND", "SD", "VT", "WY")
STATES = AT_LARGE + ("CA", "TX", "FL", "GA", "NY", "PA", "IL", "OH", "NH", "ID", "NJ", "AZ", "MN", "WA", "OR",
                     "MI", "NC", "VA", "KY")


def sixty_constituents() -> list[dict]:
    """60 sample constituents (not real people) in 25 states and D.C.: districts, at-large seats,
    a vacancy (TX-23 in the data), rows without a district."""
    seats = {}
    for m in members():
        if m["type"] == "rep":
            seats.setdefault(m["state"], set()).add(m["district"])
    rows = []
    for i in range(58):
        state = STATES[i % len(STATES)]
        districts = sorted(seats[state])
        district = "" if i % 9 == 4 and state not in AT_LARGE else (
            "" if state in AT_LARGE and i % 2 else str(districts[(i * 5) % len(districts)] or 1))
        rows.append({"name": f"Sample Resident {i:02d}", "street": f"{100 + i} Example Street",
                     "city": "Sampleton", "state": state, "zip": f"{10000 + i * 7:05d}", "district": district,
                     "story": "I volunteer at a food bank" if i == 3 else ""})
    rows.append({"name": "Sample Resident 58", "street": "158 Example Street NW", "city": "Washington",
                 "state": "DC", "zip": "20001", "district": "", "story": ""})
    rows.append({"name": "Sample Resident 59", "street": "159 Example Street", "city": "Sampleton",
                 "state": "TX", "zip": "77001", "district": "23", "story": ""})
    return rows


def expected_letters(row: dict) -> list[dict]:
    """Their senators (by family name), then their representative or delegate, if the data has one."""
    senators = sorted((m for m in members() if m["type"] == "sen" and m["state"] == row["state"]),
                      key=lambda m: m["last"])
    district = 0 if row["state"] in AT_LARGE + ("DC",) else int(row["district"]) if row["district"] else None
    reps = [m for m in members() if m["type"] == "rep" and m["state"] == row["state"] and m["district"] == district]
    return senators + reps


def write_people(project: Path, rows: list[dict]) -> None:
    with open(project / "people.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_sixty_constituents_write_to_their_own_members(project):
    rows = sixty_constituents()
    assert len({r["state"] for r in rows} - {"DC"}) == 25
    write_people(project, rows)
    (project / "briefs" / "modules" / "mine.md").write_text(MINE)
    result = build(project, "constituents", CONSTITUENTS, "--to", "md", "--jobs", "2", "--json")
    assert result.exit_code == 0, result.output
    folder = project / "build" / "constituents"
    written = manifest(folder)
    wanted = [(r, m) for r in rows for m in expected_letters(r)]
    assert len(written) == len(wanted) == json.loads(result.stdout)["documents"][0]["documents"]
    assert sum(1 for r in rows if r["state"] != "DC") * 2 + 1 < len(wanted)   # most rows reach a representative
    for got, (person, member) in zip(written, wanted):
        assert (got["constituent"], got["bioguide"]) == (person["name"], member["bioguide"])
        role = "Senator" if member["type"] == "sen" else "Delegate" if member["state"] == "DC" else "Representative"
        assert got["salutation"] == f"Dear {role} {member['last']}:"
        text = (folder / got["files"]).read_text()
        head = text.split("\n\n")[0]
        assert head == f"**{person['name']}**\\\n{person['street']}\\\n{person['city']}, {person['state']} {person['zip']}"
        assert f"Dear {role} {member['last']}:" in text
        chamber = "United States Senate" if member["type"] == "sen" else "U.S. House of Representatives"
        office = re.split(r"\s+Washington", member["address"])[0] if member["address"] else ""
        assert f"{chamber}\\\n{office}" in text
        assert f"I live in {person['city']}, {person['state']} {person['zip']}" in text
        assert text.rstrip().endswith(f"Sincerely,\n\n{person['name']}\\\n{person['street']}\\\n{person['city']}, "
                                      f"{person['state']} {person['zip']}")
        if not person["district"] and person["state"] not in AT_LARGE + ("DC",):
            assert "no district given: letters to the senators only" in got["warnings"]
    assert "I volunteer at a food bank" in (folder / written[[r["constituent"] for r in written]
                                                      .index("Sample Resident 03")]["files"]).read_text()
    tx23 = [r for r in written if r["constituent"] == "Sample Resident 59"]
    assert len(tx23) == 2 and "no current representative for TX-23 in the data (a vacancy)" in tx23[0]["warnings"]
    norton = [r for r in written if r["constituent"] == "Sample Resident 58"]
    assert [r["salutation"] for r in norton] == ["Dear Delegate Norton:"]
    assert "rows without a district" in result.stdout or "without a district" in json.loads(result.stdout)[
        "diagnostics"][0]["message"]


def test_recipient_filters_apply_to_constituent_letters(project):
    rows = sixty_constituents()
    write_people(project, rows)
    (project / "briefs" / "modules" / "mine.md").write_text(MINE)
    result = build(project, "constituents", CONSTITUENTS + "recipients: {committee: SSFR}\n", "--to", "md")
    assert result.exit_code == 0, result.output
    ssfr = {"R000584", "S001181", "C001088", "C001098", "C001056", "B001288", "M001176", "C001114", "L000577",
            "M001169", "P000603", "V000128", "S001194", "D000622", "D000618", "K000384", "R000608", "S001217",
            "H000601", "R000618", "M001243", "B001261"}
    written = manifest(project / "build" / "constituents")
    assert written and {r["bioguide"] for r in written} <= ssfr
    wanted = [(r["name"], m["bioguide"]) for r in rows for m in expected_letters(r) if m["bioguide"] in ssfr]
    assert [(r["constituent"], r["bioguide"]) for r in written] == wanted
    assert "have no member that recipients: selects" in result.stderr


def test_bad_rows_are_located_errors_and_nothing_is_written(project):
    (project / "people.csv").write_text(
        "name,street,city,state,zip,district\n"
        "Sample Resident,1 Example St,Sampleton,TX,77001,7\n"
        "Sample Resident Two,2 Example St,Sampleton,ZZ,77001,7\n"
        "Sample Resident Three,3 Example St,Sampleton,TX,77001,39\n"
        "Sample Resident Four,4 Example St,Sampleton,Vermont,05401,2\n"
        ",5 Example St,Sampleton,TX,7700,\n")
    (project / "briefs" / "modules" / "mine.md").write_text(MINE)
    result = build(project, "constituents", CONSTITUENTS, "--to", "md")
    assert result.exit_code == 1
    err = result.stderr
    assert "people.csv:3:44: error[constituents]: no state or territory 'ZZ'" in err
    assert "people.csv:4:55: error[constituents]: Texas has districts 1 to 38, not 39" in err
    assert "people.csv:5:59: error[constituents]: Vermont has a single at-large seat" in err
    assert "people.csv:6:1: error[constituents]: row 6: no name" in err
    assert "people.csv:6:28: error[constituents]: '7700' is not a ZIP code" in err
    assert not (project / "build" / "constituents").exists()


def test_a_constituent_letter_has_no_letterhead_of_its_own(project):
    write_people(project, sixty_constituents()[:2])
    (project / "briefs" / "modules" / "mine.md").write_text(MINE)
    result = build(project, "constituents", CONSTITUENTS + "signature: [Campaign Staff]\n", "--to", "md")
    assert result.exit_code == 1
    assert ("briefs/constituents.yaml:7:12: error[constituents]: a constituent letter has no signature: each "
            "constituent sends and signs their own") in result.stderr


def test_a_letter_addressed_together_has_no_single_recipient(project):
    (project / "briefs" / "modules" / "ask.md").write_text("Text.\n\nAs {{ recipient.title }}, you lead.\n")
    result = build(project, "sign-on", SIGN_ON.format(signatories="[Sample Signer]"), "--to", "md")
    assert result.exit_code == 1
    assert ("briefs/modules/ask.md:3:1: error[jinja-undefined]: undefined template variable: this letter is "
            "addressed to 2 recipients together: use recipients, a list") in result.stderr
    (project / "briefs" / "modules" / "ask.md").write_text(
        "To {% for r in recipients %}{{ r.title }} {{ r.last }}{% if not loop.last %} and {% endif %}{% endfor %}.\n")
    result = build(project, "sign-on", SIGN_ON.format(signatories="[Sample Signer]"), "--to", "md")
    assert result.exit_code == 0, result.output
    assert "To Chairman Risch and Ranking Member Shaheen." in next((project / "build" / "sign-on").glob("*.md")).read_text()
