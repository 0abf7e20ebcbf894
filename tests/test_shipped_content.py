"""The shipped briefs as a reader gets them: no placeholders anywhere, letters whose asks fit each member's place
on the committee, constituent letters whose ask follows from their evidence."""
import re

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

PLACEHOLDER = re.compile(r"\[(?:name|x|address|e-?mail|street|city|method|describe|a law school|organization)[^\]]*\]"
                         r"|§ 126\.\[|\bTBD\b|\bTODO\b|\bXXX\b|to be confirmed|\(institution\)", re.I)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import copy_shipped

    root = copy_shipped(tmp_path_factory.mktemp("shipped"))
    import os

    old = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(app, ["build", "--to", "md"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    return root / "build"


def test_no_shipped_brief_prints_a_placeholder(built):
    outputs = sorted(built.rglob("*.md"))
    assert len(outputs) == 2 + 2 + 19 + 22 + 1   # memo and petitions, constituent, committee, sign-on letters
    found = {p.relative_to(built).as_posix(): PLACEHOLDER.findall(p.read_text(encoding="utf-8")) for p in outputs}
    assert {k: v for k, v in found.items() if v} == {}
    memo = (built / "att-mexico-memo.md").read_text(encoding="utf-8")
    assert "Dana R. Whitfield, Student Attorney" in memo
    petition = (built / "att-petition.md").read_text(encoding="utf-8")
    assert "Miriam A. Okafor, Supervising Attorney" in petition and "Student Attorney\\\nHuman" not in petition


def asks(letter) -> list[str]:
    return re.findall(r"^\d\. \*\*(.+?)\*\*", letter.read_text(encoding="utf-8"), re.M)


def test_each_member_is_asked_for_what_their_place_on_the_committee_allows(built):
    folder = built / "ssfr-letter"
    chair, ranking = folder / "001-risch-id.md", folder / "013-shaheen-nh.md"
    assert "Chairman, Committee on Foreign Relations" in chair.read_text(encoding="utf-8")
    assert "Ranking Member, Committee on Foreign Relations" in ranking.read_text(encoding="utf-8")
    assert asks(chair) == ["Hold a hearing", "Request, on behalf of the Committee, the human rights statement on Mexico",
                           "Request a Government Accountability Office review"]
    assert asks(ranking) == ["Request a Government Accountability Office review", "Ask the Chairman to hold a hearing",
                             "Submit questions for the record"]
    members = [p for p in sorted(folder.glob("*.md")) if p not in (chair, ranking)]
    assert len(members) == 20
    for letter in members:  # majority and minority members alike: nothing only a chair can do
        assert asks(letter) == ["Write to the Secretary of State", "Submit questions for the record",
                                "Support a Committee request for the human rights statement on Mexico"], letter.name
        assert "Hold" not in " ".join(asks(letter))


def test_the_constituent_letter_argues_from_licensed_exports_not_smuggling(built):
    letters = sorted((built / "constituent-letter").glob("*.md"))
    assert len(letters) == 19
    for letter in letters:
        text = letter.read_text(encoding="utf-8")
        assert "$3.5\u00a0billion" in text and "torture" in text   # the scale word tied to its number
        assert "smuggled" not in text and "recovered in Mexico" not in text
        assert "licenses firearms for Mexican police and military units" in text
