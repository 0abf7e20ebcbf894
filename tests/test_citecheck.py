"""`briefgen check` warns as a citechecker would: each test starts from the input a user reported."""
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

REPO = Path(__file__).resolve().parents[1]

RECORDS = """\
- id: gao2009
  kind: report
  author: U.S. Gov’t Accountability Off.
  number: GAO-09-709
  title: "Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to Mexico Face Planning and Coordination Challenges"
  date: "2009-06"
- id: faa502b
  kind: statute
  title: 22
  code: U.S.C.
  section: "2304"
- id: aeca
  kind: statute
  title: 22
  code: U.S.C.
  section: "2778"
- id: vclt
  kind: treaty
  name: Vienna Convention on the Law of Treaties
  date: "1969-05-23"
  sources: ["1155 U.N.T.S. 331"]
- id: nsm18
  kind: web
  title: "National Security Memorandum on United States Conventional Arms Transfer Policy (NSM-18)"
  site: The White House
  date: "2023-02-23"
- id: ictj
  kind: report
  author: Int'l Ctr. for Transitional Just.
  title: "Mexico: Justice in Transition"
  date: "2015"
"""


def line_of(start: str) -> int:
    return next(i for i, line in enumerate(RECORDS.splitlines(), 1) if line.startswith(start))


def project(tmp_path, module: str, records: str = RECORDS) -> Path:
    root = tmp_path / "p"
    (root / "briefs" / "modules").mkdir(parents=True)
    (root / "authorities").mkdir()
    (root / "authorities" / "a.yaml").write_text(records, encoding="utf-8")
    (root / "briefs" / "memo.yaml").write_text("kind: memo\ntitle: T\nmodules: [m]\n", encoding="utf-8")
    (root / "briefs" / "modules" / "m.md").write_text(module, encoding="utf-8")
    return root


def check(root: Path, monkeypatch, *args) -> tuple[int, str]:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.output


def warnings(output: str, code: str) -> list[str]:
    return [line for line in output.splitlines() if f"warning[{code}]" in line]


def test_a_figure_cited_without_a_pin(tmp_path, monkeypatch):
    line = ("In 2009 the GAO reported that about 87 percent of the firearms traced had originated in the United "
            "States.[@gao2009 (reporting ATF trace data)]")
    root = project(tmp_path, f"Intro.\n\n{line}\n")
    code, out = check(root, monkeypatch)
    assert code == 0
    found = warnings(out, "missing-pin")
    assert found == [f"briefs/modules/m.md:3:{line.index('[') + 1}: warning[missing-pin]: a figure (“87 percent”) is supported by "
                     "'@gao2009' without a pin"], out
    assert 'unpinned: "why"' in out.split(found[0])[1].splitlines()[1]


QUOTED = 'A State "is obliged to refrain" from such acts.'


def test_a_quotation_cited_without_a_pin_and_with_one(tmp_path, monkeypatch):
    root = project(tmp_path, 'A State "is obliged to refrain" from such acts.[@gao2009]\n\n'
                             'A State "is obliged to refrain" from such acts.[@gao2009, 15]\n\n'
                             'The report is long.[@gao2009]\n\nSee the rule in § 2778.[@gao2009]\n')
    _, out = check(root, monkeypatch)
    assert [w.split(": warning")[0] for w in warnings(out, "missing-pin")] == [f"briefs/modules/m.md:1:{len(QUOTED) + 1}"], out
    assert "a quotation is supported by '@gao2009' without a pin" in out


def test_unpinned_says_why_and_silences_the_warning(tmp_path, monkeypatch):
    records = RECORDS.replace('  date: "2009-06"\n',
                              '  date: "2009-06"\n  unpinned: "the figure is on the unnumbered Highlights page"\n', 1)
    root = project(tmp_path, "About 87 percent came from the United States.[@gao2009]\n", records)
    _, out = check(root, monkeypatch)
    assert not warnings(out, "missing-pin"), out


def test_a_web_source_without_a_url(tmp_path, monkeypatch):
    root = project(tmp_path, "Policy changed.[@nsm18]\n")
    _, out = check(root, monkeypatch)
    assert warnings(out, "missing-url") == [f"authorities/a.yaml:{line_of('- id: nsm18')}:3: warning[missing-url]: authority 'nsm18' (web) "
                                            "has no url"], out


def test_three_periods_in_a_quotation_and_the_output_prints_spaced_periods(tmp_path, monkeypatch):
    text = ('A State must refrain when "it has signed the treaty ... subject to ratification, acceptance or '
            'approval."[@vclt, art. 18(a)]\n')
    root = project(tmp_path, text)
    _, out = check(root, monkeypatch)
    found = warnings(out, "ellipsis")
    assert found == [f"briefs/modules/m.md:1:{text.index('...') + 1}: warning[ellipsis]: '...' in a quotation"], out
    assert "hint: R5.3: an omission is three spaced periods: …it has signed the treaty . . . subject" in out
    result = CliRunner().invoke(app, ["build", "--to", "md"])
    assert result.exit_code == 0, result.output
    md = (root / "build" / "memo.md").read_text(encoding="utf-8")
    assert "“it has signed the treaty .\u00a0.\u00a0. subject to ratification" in md
    assert "..." not in md


def test_spaced_periods_written_by_hand_are_not_reported(tmp_path, monkeypatch):
    root = project(tmp_path, 'When "it has signed the treaty . . . subject to ratification."[@vclt, art. 18(a)]\n')
    _, out = check(root, monkeypatch)
    assert not warnings(out, "ellipsis"), out


def test_straight_apostrophes_in_an_authority_field(tmp_path, monkeypatch):
    root = project(tmp_path, "Transitional justice has been slow.[@ictj, 4]\n")
    _, out = check(root, monkeypatch)
    assert warnings(out, "typography") == [
        f"authorities/a.yaml:{line_of('  author: Int')}:3: warning[typography]: authority 'ictj': author 'Int'l Ctr. for Transitional Just.' "
        "has straight quotes or apostrophes"], out
    assert "hint: write it as the text prints it: Int’l Ctr. for Transitional Just." in out


def test_consecutive_sections_of_one_code(tmp_path, monkeypatch):
    root = project(tmp_path, "U.S. law has parallel limits.[see @faa502b, § 2304(a)(2); @aeca, § 2778(a)(2)]\n")
    _, out = check(root, monkeypatch)
    assert warnings(out, "merge-sections") == [
        "briefs/modules/m.md:1:30: warning[merge-sections]: consecutive citations to sections of 22 U.S.C.: "
        "22 U.S.C. § 2304(a)(2); 22 U.S.C. § 2778(a)(2)"], out
    assert "hint: R3.3: cite them as 22 U.S.C. §§ 2304(a)(2), 2778(a)(2)" in out


def test_sections_of_different_codes_are_not_merged(tmp_path, monkeypatch):
    records = RECORDS.replace("  code: U.S.C.\n  section: \"2778\"", "  code: C.F.R.\n  section: \"2778\"")
    root = project(tmp_path, "Limits.[see @faa502b, § 2304(a)(2); @aeca, § 2778(a)(2)]\n", records)
    _, out = check(root, monkeypatch)
    assert not warnings(out, "merge-sections"), out


def test_an_empty_parenthetical(tmp_path, monkeypatch):
    root = project(tmp_path, "Limits.[@aeca, § 2778(a) ()]\n")
    _, out = check(root, monkeypatch)
    assert warnings(out, "empty-parenthetical"), out


@pytest.fixture()
def shipped(tmp_path):
    for name in ("briefs", "authorities", "data"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def test_the_shipped_memo_lists_its_missing_pins_until_each_is_marked(shipped, monkeypatch):
    """Without their `unpinned:` lines the memo's GAO reports, the GIEI report and ENVIPE are reported; with them, and with the content fixed, only the real missing URL of NSM-18 remains."""
    code, out = check(shipped, monkeypatch, "briefs/att-mexico-memo.yaml")
    assert code == 0
    assert [w.split(": ", 1)[1] for w in re.findall(r".*: warning\[.*", out) if "unused-authority" not in w] == [
        "warning[missing-url]: authority 'nsm18' (web) has no url"], out
    for path in (shipped / "authorities").glob("*.yaml"):
        # the field with its folded continuation lines, if any
        path.write_text(re.sub(r"\n  unpinned: .*(?:\n    .*)*", "", path.read_text(encoding="utf-8")),
                        encoding="utf-8")
    _, out = check(shipped, monkeypatch, "briefs/att-mexico-memo.yaml")
    keys = {re.search(r"'@([\w-]+)'", w).group(1) for w in warnings(out, "missing-pin")}
    assert {"gao2009", "gao2021", "giei2015", "envipe2017"} <= keys, out
    # "the 1974 disappearance of Rosendo Radilla-Pacheco": a year dates the event, it is no figure to pin
    assert "radilla2009" not in keys, out
    assert "briefs/modules/att/facts.md:11:384: warning[missing-pin]: a figure (“87 percent”) is supported by " \
           "'@gao2009' without a pin" in out
    assert "briefs/modules/att/facts.md:31:188: warning[missing-pin]: a figure (“93.6 percent”) is supported by " \
           "'@envipe2017' without a pin" in out


def test_every_unpinned_record_says_why(shipped):
    import yaml

    for path in (shipped / "authorities").glob("*.yaml"):
        for rec in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if "unpinned" in rec:
                assert len(rec["unpinned"].split()) >= 6, rec["id"]


def test_words_the_bluebook_abbreviates(tmp_path, monkeypatch):
    records = RECORDS + """\
- id: doj
  kind: case
  name: Smith v. Department of Justice
  volume: 10
  reporter: F.4th
  page: 100
  court: California Court of Appeal
  year: 2021
"""
    root = project(tmp_path, "A case.[@doj, 101]\n", records)
    _, out = check(root, monkeypatch)
    assert "warning[abbreviation]: authority 'doj': name 'Smith v. Department of Justice' is not abbreviated as " \
           "T6 does" in out
    assert "hint: T6: write Smith v. Dep’t of Just." in out
    assert "warning[court]: authority 'doj': court 'California Court of Appeal' is not abbreviated as T7 does" in out
    assert "hint: T7: write Cal. Ct. App." in out


def test_a_source_cited_in_the_text_is_not_a_figure(tmp_path, monkeypatch):
    """The volume, page and date of a citation written in a sentence place a source; they are not figures that
    need a pin. A figure beside them still does."""
    root = project(tmp_path, "The proposal was published at 83 Fed. Reg. 24,198 (May 24, 2018).[@gao2009]\n\n"
                             "The rule, at 85 Fed. Reg. 3819, counted 12,878 comments.[@gao2009]\n")
    _, out = check(root, monkeypatch)
    assert [w.split("warning[missing-pin]: ")[1] for w in warnings(out, "missing-pin")] == [
        "a figure (“12,878”) is supported by '@gao2009' without a pin"], out
