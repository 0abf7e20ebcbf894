"""A letter to a member in a committee capacity (chair, ranking member) goes to the committee's own
office where the congress-legislators data gives one (House Foreign Affairs: 2170 RHOB), and to the
member's office, said in the manifest, where it does not (Senate Foreign Relations)."""
from __future__ import annotations

import csv

from typer.testing import CliRunner

from briefgen.cli import app
from helpers import CONGRESS

SPEC = """kind: letter
title: Arms exports to Mexico
date: "2026-12-07"
letterhead: ["Human Rights Clinic", "Eastbrook University School of Law"]
recipients: {committee: %s, title: [chair]}
re: "U.S. firearms exports to Mexico"
modules: [letter/ask]
signature: ["Dana R. Whitfield, Student Attorney"]
"""


def build(shipped, committee: str, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))     # the whole congress, not the shipped extract
    (shipped / "briefs" / "office.yaml").write_text(SPEC % committee, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "briefs/office.yaml", "--to", "md"])
    assert result.exit_code == 0, result.output
    folder = shipped / "build" / "office"
    letters = sorted(folder.glob("*.md"))
    rows = list(csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")))
    return letters[0].read_text(encoding="utf-8"), rows[0]


def test_a_chair_is_written_to_at_the_committee_office(shipped, monkeypatch):
    text, row = build(shipped, "HSFA", monkeypatch)
    assert "Chairman, Committee on Foreign Affairs" in text or "Chair, Committee on Foreign Affairs" in text
    assert "2170 Rayburn House Office Building" in text and "Washington, DC 20515-6128" in text
    assert row["warnings"] == ""


def test_without_a_committee_office_the_member_office_is_used_and_said(shipped, monkeypatch):
    text, row = build(shipped, "SSFR", monkeypatch)
    assert "Committee on Foreign Relations" in text and "Senate Office Building" in text
    assert "no office of Committee on Foreign Relations in the congress data; addressed to the member's own office" \
        in row["warnings"]
