"""What a supervisor checks before signing, each on a small project of its own, through the real CLI:
an unconsulted source cited as if read, a stale fact, a revoked authority cited as current, a
placeholder left in a module or spec, and an element argued with weak support (graded matrix)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app

AUTHORITIES = """\
- id: giei2015
  kind: report
  author: Grupo Interdisciplinario de Expertos Independientes
  title: Informe Ayotzinapa
  date: "2015-09"
  consulted: false
  via: mnd2016
  grade: un
- id: mnd2016
  kind: news
  title: "Experts reject cremation theory"
  publication: Mexico News Daily
  date: "2016-02-10"
  url: https://mexiconewsdaily.com/news/experts-reject-cremation-theory/
  grade: press
- id: nsm18
  kind: presidential
  type: national security memorandum
  number: 18
  title: "Memorandum on United States Conventional Arms Transfer Policy"
  signed: "2023-02-23"
  verified: "2026-11-01"
  grade: official
  history: [{relation: revoked by, text: "Exec. Order No. 14,236, 90 Fed. Reg. 13,037 (Mar. 20, 2025)"}]
- id: osji2016
  kind: report
  author: Open Soc'y Just. Initiative
  title: Undeniable Atrocities
  date: "2016"
  grade: ngo
- id: insight2016
  kind: news
  title: Mexico Police Lose Guns
  publication: InSight Crime
  date: "2016-08-01"
  url: https://insightcrime.org/news/brief/mexico-police-lose-guns/
- id: atenco2018
  kind: regional-case
  name: Women Victims of Sexual Torture in Atenco v. Mexico
  court: Inter-Am. Ct. H.R.
  series: (ser. C) No. 371
  date: "2018-11-28"
"""

FACTS = """\
- id: torture
  statement: Police subjected detained women to sexual torture.
  as_of: "2018-11-28"
  support: [{cite: atenco2018, pin: "¶ 194"}]
  supports: [fw.act]
- id: knowledge
  statement: Exporters were told of abuses.
  as_of: "2016-06-01"
  support: [{cite: osji2016, pin: "12"}, {cite: insight2016}]
  supports: [fw.knowledge]
"""

FRAMEWORK = """\
id: fw
title: A test framework
elements:
  - {id: act, text: "a prohibited act"}
  - {id: knowledge, text: "knowledge at the time of authorization"}
"""


def project(tmp_path: Path, module: str, spec_extra: str = "") -> Path:
    for folder in ("briefs/modules", "briefs/facts", "briefs/frameworks", "authorities"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    (tmp_path / "authorities" / "sources.yaml").write_text(AUTHORITIES, encoding="utf-8")
    (tmp_path / "briefs" / "facts" / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "briefs" / "frameworks" / "fw.yaml").write_text(FRAMEWORK, encoding="utf-8")
    (tmp_path / "briefs" / "modules" / "m.md").write_text(module, encoding="utf-8")
    (tmp_path / "briefs" / "memo.yaml").write_text(
        "kind: memo\ntitle: Test\ndate: '2026-12-01'\nto: Director\nfrom: Ana Ruiz\nre: Exports\nmodules: [m]\n"
        + spec_extra, encoding="utf-8")
    return tmp_path


def check(tmp_path, *extra):
    import os
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        return CliRunner().invoke(app, ["check", "briefs/memo.yaml", *extra])
    finally:
        os.chdir(cwd)


def codes(result) -> list[str]:
    data = json.loads(result.stdout)
    return [d["code"] for b in data["briefs"] for d in b["diagnostics"]]


def test_an_unconsulted_source_cited_as_if_read_is_a_warning_with_the_fix(tmp_path):
    project(tmp_path, "# Facts\n\nThe experts rejected the cremation account.[@giei2015]\n")
    result = check(tmp_path)
    assert "warning[unconsulted-source]: 'giei2015' is cited as though read" in result.output
    assert "briefs/modules/m.md:3:" in result.output
    assert "[@giei2015 (as reported in …); @mnd2016]" in result.output


def test_an_unconsulted_source_cited_as_reported_in_its_via_is_fine(tmp_path):
    project(tmp_path, "# Facts\n\nThe experts rejected the account.[@giei2015 (as reported in Mexico News Daily); "
                      "@mnd2016]\n")
    result = check(tmp_path, "--format", "json")
    assert "unconsulted-source" not in codes(result)


def test_a_revoked_authority_cited_as_current_is_a_warning(tmp_path):
    project(tmp_path, "# Policy\n\nU.S. policy bars transfers that risk abuses.[@nsm18]\n")
    result = check(tmp_path)
    assert "warning[revoked-authority]: 'nsm18' is cited as if in force, but its record says it was revoked by " \
           "Exec. Order No. 14,236, 90 Fed. Reg. 13,037 (Mar. 20, 2025)" in result.output


def test_a_revoked_authority_cited_as_history_is_fine(tmp_path):
    project(tmp_path, "# Policy\n\nUntil its revocation in 2025, U.S. policy barred such transfers.[@nsm18]\n")
    assert "revoked-authority" not in codes(check(tmp_path, "--format", "json"))


def test_stale_facts_modules_and_records_against_the_spec_threshold(tmp_path):
    project(tmp_path, "---\nrequires: [torture, knowledge]\nargues: [fw.act, fw.knowledge]\nas_of: '2019-01-01'\n---\n"
                      "# Law\n\nPolicy said so.[@nsm18 (revoked since)]\n", spec_extra="stale_after: 5y\n")
    result = check(tmp_path)
    assert "warning[stale-fact]: fact 'knowledge' is as of 2016-06-01, more than 5y before the brief (2026-12-01)" \
        in result.output
    assert "warning[stale-fact]: fact 'torture' is as of 2018-11-28" in result.output
    assert "warning[stale-module]: module m was last brought up to date on 2019-01-01" in result.output
    assert "stale-record" not in result.output                         # nsm18 verified 2026-11-01


def test_a_fact_within_the_threshold_is_not_stale_and_no_threshold_no_warning(tmp_path):
    project(tmp_path, "---\nrequires: [torture]\nargues: [fw.act]\nas_of: '2026-11-01'\n---\n# Law\n\nText.\n",
            spec_extra="stale_after: 10y\n")
    assert not {"stale-fact", "stale-module"} & set(codes(check(tmp_path, "--format", "json")))
    project(tmp_path, "---\nrequires: [knowledge]\nargues: [fw.knowledge]\n---\n# Law\n\nText.\n")
    assert not {"stale-fact", "undated"} & set(codes(check(tmp_path, "--format", "json")))


def test_an_unreadable_threshold_is_an_error_at_the_spec(tmp_path):
    project(tmp_path, "# Law\n\nText.\n", spec_extra="stale_after: five years\n")
    result = check(tmp_path)
    assert result.exit_code == 1
    assert "briefs/memo.yaml:8:14: error[spec-value]: stale_after must read like 5y, 18m or 90d" in result.output


def test_undated_facts_are_listed_once(tmp_path):
    (tmp_path / "briefs" / "facts").mkdir(parents=True)
    project(tmp_path, "---\nrequires: [torture, knowledge]\nargues: [fw.act, fw.knowledge]\n---\n# Law\n\nText.\n",
            spec_extra="stale_after: 50y\n")
    facts = (tmp_path / "briefs" / "facts" / "facts.yaml")
    facts.write_text(facts.read_text().replace('  as_of: "2016-06-01"\n', ""), encoding="utf-8")
    result = check(tmp_path)
    assert result.output.count("warning[undated]") == 1
    assert "fact knowledge" in result.output and "module m" in result.output


@pytest.mark.parametrize("text, found", [
    ("Signed,\n\n[Name]\n", "[Name]"),
    ("See 22 C.F.R. § 126.[X].\n", "[X]"),
    ("The address is TBD.\n", "TBD"),
    ("TODO: add the pin.\n", "TODO"),
    ("Date: ________\n", "________"),
])
def test_placeholders_in_a_module_are_warned_at_their_place(tmp_path, text, found):
    project(tmp_path, "# Letter\n\n" + text)
    result = check(tmp_path)
    assert f"warning[placeholder]: '{found}' in the module looks like a placeholder" in result.output
    assert "briefs/modules/m.md:" in result.output


def test_alterations_in_quotations_are_not_placeholders(tmp_path):
    project(tmp_path, '# Law\n\nThe statute bars aid where "[t]he government" commits abuses, as [ATF] found.\n')
    assert "placeholder" not in codes(check(tmp_path, "--format", "json"))


def test_placeholders_in_the_spec_are_warned_and_comments_are_not(tmp_path):
    project(tmp_path, "# Law\n\nText.\n", spec_extra="author: ['Human Rights Clinic', '[address to be confirmed]']"
                                                    "\n# TODO: this comment never prints\n")
    result = check(tmp_path)
    assert "briefs/memo.yaml:8:" in result.output and "'[address to be confirmed]' in the spec" in result.output
    assert result.output.count("warning[placeholder]") == 1


def test_build_warns_of_placeholders_too(tmp_path):
    import os
    project(tmp_path, "# Law\n\nSigned, [Name].\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, ["build", "briefs/memo.yaml", "--to", "md"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0 and "warning[placeholder]: '[Name]'" in result.output


def test_the_matrix_grades_support_and_names_weak_elements(tmp_path):
    project(tmp_path, "---\nrequires: [torture, knowledge]\nargues: [fw.act, fw.knowledge]\n---\n# Law\n\nText.\n")
    result = check(tmp_path)
    assert "  ok      fw.act: a prohibited act\n          strongest support: adjudicated findings" in result.stdout
    assert "  weak    fw.knowledge: knowledge at the time of authorization\n" \
           "          supported only by NGO reports and press" in result.stdout
    assert "argued with weak support:\n  fw.knowledge: supported only by NGO reports and press" in result.stdout
    data = json.loads(check(tmp_path, "--format", "json").stdout)
    rows = {r["element"]: r for r in data["briefs"][0]["elements"]}
    assert rows["fw.act"]["strongest"] == "adjudicated" and rows["fw.act"]["weak"] is False
    assert rows["fw.knowledge"]["strongest"] == "ngo" and rows["fw.knowledge"]["weak"] is True
    assert [a["grade"] for a in rows["fw.knowledge"]["facts"][0]["authorities"]] == ["ngo", "press"]


def test_a_contested_support_grade_overrides_the_record(tmp_path):
    project(tmp_path, "---\nrequires: [torture]\nargues: [fw.act]\n---\n# Law\n\nText.\n")
    facts = tmp_path / "briefs" / "facts" / "facts.yaml"
    facts.write_text(facts.read_text().replace('pin: "¶ 194"}', 'pin: "¶ 194", grade: contested}'), encoding="utf-8")
    result = check(tmp_path)
    assert "  weak    fw.act" in result.stdout and "supported only by contested findings" in result.stdout


def test_a_timeless_fact_is_never_stale(tmp_path):
    project(tmp_path, "---\nrequires: [torture]\nargues: [fw.act]\nas_of: '2026-11-01'\n---\n# Law\n\nText.\n",
            spec_extra="stale_after: 5y\n")
    assert "stale-fact" in codes(check(tmp_path, "--format", "json"))
    facts = tmp_path / "briefs" / "facts" / "facts.yaml"
    facts.write_text(facts.read_text().replace('  as_of: "2018-11-28"\n', '  as_of: "2018-11-28"\n  timeless: true\n'),
                     encoding="utf-8")
    assert "stale-fact" not in codes(check(tmp_path, "--format", "json"))
