"""Data from outside the project — the congress-legislators files and recipient lists — checked
before use: located errors or correct reading, never an internal error or a guessed office."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app

from helpers import CONGRESS

FILES = ("legislators-current.yaml", "committees-current.yaml", "committee-membership-current.yaml",
         "legislators-current.csv")
LETTER = """kind: letter
title: Arms exports
recipients: {recipients}
modules: [letter]
"""


@functools.lru_cache(maxsize=1)
def legislators() -> list:
    return yaml.safe_load((CONGRESS / FILES[0]).read_text(encoding="utf-8"))


def record(bioguide: str) -> dict:
    return next(r for r in legislators() if r["id"]["bioguide"] == bioguide)


@pytest.fixture()
def project(project):
    """The small test project with a letter module (and no congress data unless a test names it)."""
    (project / "briefs" / "modules" / "letter.md").write_text("We write about exports.\n")
    return project


def congress_folder(tmp_path: Path, records: list, raw: bytes | None = None) -> Path:
    folder = tmp_path / "congress"
    folder.mkdir(exist_ok=True)
    for name in FILES[1:3]:
        shutil.copy(CONGRESS / name, folder / name)
    data = raw if raw is not None else yaml.safe_dump(records, allow_unicode=True, sort_keys=False).encode("utf-8")
    (folder / FILES[0]).write_bytes(data)
    return folder


def build(project: Path, recipients: str, *args):
    (project / "briefs" / "campaign.yaml").write_text(LETTER.format(recipients=recipients))
    return CliRunner().invoke(app, ["build", "briefs/campaign.yaml", "--to", "md", *args])


def letters(project: Path) -> list[str]:
    return sorted(p.read_text() for p in (project / "build" / "campaign").glob("*.md"))


# ---------------------------------------------------------------- the congress files


def test_a_senator_without_terms_is_left_out_with_a_located_warning(project, tmp_path):
    risch, shaheen = record("R000584"), dict(record("S001181"))
    del shaheen["terms"]
    folder = congress_folder(tmp_path, [risch, shaheen])
    result = build(project, "{}", "--legislators", str(folder))
    assert result.exit_code == 0, result.output
    assert "congress/legislators-current.yaml:" in result.stderr
    assert "warning[congress-data]: record 2 member S001181 has no current term" in result.stderr
    (only,) = letters(project)
    assert "Dear Senator Risch:" in only and "Shaheen" not in only and "House" not in only


def test_a_member_without_a_name_never_gets_an_empty_salutation(project, tmp_path):
    nameless = dict(record("S001181"))
    nameless["name"] = {}
    folder = congress_folder(tmp_path, [record("R000584"), nameless])
    result = build(project, "{}", "--legislators", str(folder))
    assert result.exit_code == 0, result.output
    assert "member S001181 has no family name" in result.stderr
    assert all("Dear Senator :" not in text for text in letters(project))
    assert len(letters(project)) == 1


def test_duplicate_bioguide_ids_are_a_warning_and_the_first_is_kept(project, tmp_path):
    first, second = record("R000584"), dict(record("R000584"))
    second["name"] = {**second["name"], "official_full": "Someone Else"}
    folder = congress_folder(tmp_path, [first, second])
    result = build(project, "{}", "--legislators", str(folder))
    assert result.exit_code == 0, result.output
    assert "warning[congress-data]: bioguide id R000584 appears twice; the first record is kept" in result.stderr
    (only,) = letters(project)
    assert "James E. Risch" in only and "Someone Else" not in only


@pytest.mark.parametrize("raw, message", [
    (b"members:\n  - x\n", "legislators-current.yaml:1:1: error[congress-data]: legislators-current.yaml must be "
                           "a list of members, not a mapping"),
    (b"<!DOCTYPE html>\n<html><body>Portal</body></html>\n",
     "legislators-current.yaml:1:1: error[congress-data]: legislators-current.yaml must be a list of members, "
     "not text"),
    (b"- id: {bioguide: X1}\n  name: {last: Caf\xe9}\n", "legislators-current.yaml:2:19: error[encoding]: invalid "
                                                         "UTF-8 (byte 0xe9)"),
    (b"- id: [unclosed\n", "legislators-current.yaml:2:1: error[congress-data]: cannot read congress data"),
])
def test_congress_files_of_the_wrong_shape_are_located_errors(project, tmp_path, raw, message):
    folder = congress_folder(tmp_path, [], raw=raw)
    result = build(project, "{}", "--legislators", str(folder))
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert "internal error" not in result.output + result.stderr


def test_a_byte_order_mark_is_read_correctly(project, tmp_path):
    text = yaml.safe_dump([record("R000584")], allow_unicode=True, sort_keys=False)
    folder = congress_folder(tmp_path, [], raw=b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = build(project, "{}", "--legislators", str(folder))
    assert result.exit_code == 0, result.output
    assert "Dear Senator Risch:" in letters(project)[0]


# ---------------------------------------------------------------- legislators fetch


class _Served:
    def __init__(self, folder: Path):
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/"

    def close(self):
        self.server.shutdown()


@pytest.mark.parametrize("broken, page", [
    ("legislators-current.yaml", b"<!DOCTYPE html><html><head><title>Sign in</title></head></html>\n"),
    ("legislators-current.yaml", b"- {id: {thomas: '1'}}\n- just text\n"),
    ("committees-current.yaml", b"<html>gateway</html>\n"),
    ("committee-membership-current.yaml", b"- a list, not a mapping\n"),
    ("legislators-current.csv", b"<html>not a csv</html>\n"),
])
def test_fetch_keeps_the_old_cache_when_a_file_is_not_what_it_should_be(tmp_path, broken, page):
    served = tmp_path / "served"
    served.mkdir()
    for name in FILES:
        shutil.copy(CONGRESS / name, served / name)
    (served / broken).write_bytes(page)    # served with status 200, as a portal or a proxy does
    dest = tmp_path / "cache"
    dest.mkdir()
    for name in FILES:
        (dest / name).write_bytes(b"old " + name.encode())
    server = _Served(served)
    try:
        result = CliRunner().invoke(app, ["legislators", "fetch", "--url", server.url, "--dest", str(dest)])
    finally:
        server.close()
    assert result.exit_code == 1, result.output
    assert "error[fetch]" in result.stderr and "the files you had are kept" in result.stderr
    assert all((dest / name).read_bytes() == b"old " + name.encode() for name in FILES)


# ---------------------------------------------------------------- recipient filters: errors at their own key


@pytest.fixture()
def shared_congress(monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))


def test_full_state_names_are_accepted(project, shared_congress):
    result = build(project, "{chamber: senate, state: Texas}")
    assert result.exit_code == 0, result.output
    texts = letters(project)
    assert len(texts) == 2 and any("Dear Senator Cruz:" in t for t in texts)


@pytest.mark.parametrize("filters, where, message, hint", [
    ("{chamber: senate, state: Texs}", "4:38", "no state or territory 'Texs'", "did you mean 'Texas'?"),
    ("{chamber: senate, state: [NH, Nu Jersey]}", "4:43", "no state or territory 'Nu Jersey'",
     "did you mean 'New Jersey'?"),
    ("{committee: HFAC}", "4:25", "no committee 'HFAC' in the congress data",
     "did you mean 'HSFA' (Committee on Foreign Affairs)?"),
    ("{chamber: senat}", "4:23", "chamber must be senate or house, not 'senat'", ""),
    ("{party: Whig}", "4:21", "unknown party 'Whig'", "use D, R or I"),
    ("{bioguide: [R000584, X999999]}", "4:34", "no current member with bioguide id 'X999999'", ""),
    ("{comittee: SSFR}", "4:14", "unknown recipients filter 'comittee'", "did you mean 'committee'?"),
    ("{committee: SSFR, state: TX, party: D}", "4:49", "no recipient matches party: D", "2 members matched before"),
    ("{committee: SSFR, title: [chair, vice chair]}", "4:46", "no member of SSFR has the title 'vice chair'",
     "titles on SSFR: Chairman, Ranking Member"),
    ("{title: chair}", "4:14", "the title filter needs a committee filter", ""),
])
def test_filter_mistakes_are_reported_at_their_own_key(project, shared_congress, filters, where, message, hint):
    spec = LETTER.format(recipients=filters).replace("kind: letter\n", "kind: letter\n# a comment\n")
    (project / "briefs" / "campaign.yaml").write_text(spec)
    result = CliRunner().invoke(app, ["build", "briefs/campaign.yaml", "--to", "md"])
    assert result.exit_code == 1, result.output
    assert f"briefs/campaign.yaml:{where}: error[recipients]: {message}" in result.stderr
    assert hint in result.stderr


def test_chair_and_ranking_member_by_title(project, shared_congress):
    result = build(project, "{committee: SSFR, title: [chair, ranking member]}")
    assert result.exit_code == 0, result.output
    texts = letters(project)
    assert len(texts) == 2
    assert "Dear Chairman Risch:" in texts[0] and "Dear Ranking Member Shaheen:" in texts[1]


# ---------------------------------------------------------------- recipient lists


def test_a_recipient_list_with_a_byte_order_mark_reads_its_first_column(project):
    (project / "people.csv").write_bytes("\ufeffname,title,address1\nDr. Ana Ruiz,Director,1 Main St.\n"
                                         .encode("utf-8"))
    result = build(project, "people.csv")
    assert result.exit_code == 0, result.output
    assert "Dear Dr. Ruiz:" not in letters(project)[0]  # the default salutation uses the whole name
    assert "Dear Dr. Ana Ruiz:" in letters(project)[0]


def test_a_latin1_recipient_list_is_a_located_error(project):
    (project / "people.csv").write_bytes(b"name,title\nJos\xe9 P\xe9rez,Director\n")
    result = build(project, "people.csv")
    assert result.exit_code == 1
    assert "people.csv:2:4: error[encoding]: invalid UTF-8 (byte 0xe9)" in result.stderr
    assert "save the file as UTF-8" in result.stderr


def test_recipient_list_mistakes_point_at_the_cell(project):
    (project / "people.csv").write_text("name,adress1,state\nDr. Ana Ruiz,1 Main St.,TX\n,2 Elm St.,TX\n")
    result = build(project, "people.csv")
    assert result.exit_code == 1
    assert "people.csv:1:1: warning[recipients]: column 'adress1' is not used" in result.stderr
    assert "did you mean 'address'?" in result.stderr
    assert "people.csv:3:1: error[recipients]: recipient 2 has no name" in result.stderr
    (project / "people.csv").write_text("name,state\nDr. Ana Ruiz,Texus\n")
    result = build(project, "people.csv")
    assert "people.csv:2:14: error[recipients]: no state or territory 'Texus'" in result.stderr


def test_a_recipient_list_outside_the_project_is_refused(project, tmp_path):
    (tmp_path / "elsewhere.csv").write_text("name\nDr. Ana Ruiz\n")
    (project / "linked.csv").symlink_to(tmp_path / "elsewhere.csv")
    result = build(project, "linked.csv")
    assert result.exit_code == 1
    assert "briefs/campaign.yaml:3:13: error[outside-project]: recipients list " in result.stderr
    assert f"linked.csv is a link to {tmp_path / 'elsewhere.csv'}, outside the project" in result.stderr
