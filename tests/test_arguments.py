"""Facts, frameworks, module contracts, `briefgen check` and `briefgen modules`."""
import json

import pytest

from helpers import md_footnotes, run


def test_check_shows_each_element_with_its_facts_and_authorities(project):
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "ok      att7.risk: an overriding risk of a negative consequence in art. 7(1)\n" \
           "          strongest support: official reports" in result.stdout
    assert "us-origin-share <- gao2009 15" in result.stdout
    # the fixture's treaties give no date phrase (R21.4.2): two warnings, and the unused authority
    assert "1 brief checked: 0 errors, 3 warnings" in result.stdout
    assert result.stderr.count("warning[treaty-date-phrase]") == 2
    assert "warning[unused-authority]: authority 'porter' is not cited in any checked brief" in result.stderr


def test_check_json(project):
    result = run("check", "--format", "json")
    data = json.loads(result.stdout)
    (brief,) = data["briefs"]
    assert brief["elements"] == [{"element": "att7.risk", "text": "an overriding risk of a negative consequence in "
                                  "art. 7(1)", "module": "part/one", "supported": True, "strongest": "official",
                                  "weak": False, "support": "strongest support: official reports",
                                  "facts": [{"id": "us-origin-share", "statement": "Most firearms seized in Mexico and "
                                             "traced came from the United States.",
                                             "authorities": [{"cite": "gao2009", "pin": "15", "grade": "official"}]}]}]
    assert data["errors"] == 0


def test_swapping_a_module_shows_the_element_that_lost_support(project):
    (project / "briefs" / "modules" / "risk-alt.md").write_text(
        "---\ntitle: Risk, argued from the treaty text alone\nargues: [att7.risk, att7.gbv]\n---\n"
        "## Risk\n\nThe treaty requires an assessment.[@att, art. 7(1)]\n")
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text().replace("[part/one, two]", "[risk-alt, two]"))
    result = run("check")
    assert result.exit_code == 1
    err = result.stderr
    assert ("briefs/modules/risk-alt.md:3:1: error[element-unsupported]: element 'att7.risk' (an overriding risk of a "
            "negative consequence in art. 7(1)) has no supporting fact") in err
    assert "element 'att7.gbv' (a risk of serious acts of gender-based violence (art. 7(4))) has no supporting fact" in err
    assert "MISSING att7.risk" in result.stdout
    # build runs the same checks and stops
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and not (project / "build").exists()


def test_a_required_fact_restores_support(project):
    (project / "briefs" / "modules" / "risk-alt.md").write_text(
        "---\ntitle: Risk\nrequires: [guns-go]\nargues: [att7.risk]\n---\n## Risk\n\nText.[@att, art. 7(1)]\n")
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text().replace("[part/one, two]", "[risk-alt, two]"))
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "guns-go <- afsc2016 4" in result.stdout


def test_fact_inserts_statement_with_its_citation(project):
    module = project / "briefs" / "modules" / "two.md"
    module.write_text(module.read_text() + "\n{{ fact('guns-go') }}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.output
    text = (project / "build" / "mini.md").read_text()
    assert "Licensed exports reach Mexican units accused of abuses.[^15]" in text
    assert md_footnotes(text)[14] == "Am. Friends Serv. Comm., *supra* note 6, at 4 (tracing licensed exports)."


@pytest.mark.parametrize("mutate, message", [
    (lambda p: (p / "briefs/modules/two.md").write_text("{{ fact('no-such-fact') }}\n"),
     "briefs/modules/two.md:1:1: error[unknown-fact]: unknown fact 'no-such-fact'"),
    (lambda p: (p / "briefs/modules/part/one.md").write_text(
        (p / "briefs/modules/part/one.md").read_text().replace("requires: [us-origin-share]", "requires: [us-origin]")),
     "briefs/modules/part/one.md:4:1: error[unknown-fact]: module part/one requires unknown fact 'us-origin'"),
    (lambda p: (p / "briefs/facts/mexico.yaml").write_text(
        (p / "briefs/facts/mexico.yaml").read_text().replace("cite: gao2009", "cite: gao2010")),
     "briefs/facts/mexico.yaml:3:13: error[unknown-authority]: fact 'us-origin-share' cites unknown authority 'gao2010'"),
    (lambda p: (p / "briefs/facts/mexico.yaml").write_text(
        (p / "briefs/facts/mexico.yaml").read_text().replace("supports: [att7.risk]\n- id: guns", "supports: [att7.rsk]\n- id: guns")),
     "briefs/facts/mexico.yaml:4:14: error[unknown-element]: fact 'us-origin-share' supports unknown element 'att7.rsk'"),
    (lambda p: (p / "briefs/modules/part/one.md").write_text(
        (p / "briefs/modules/part/one.md").read_text().replace("argues: [att7.risk]", "argues: [att9.risk]")),
     "briefs/modules/part/one.md:5:1: error[unknown-element]: module part/one argues unknown element 'att9.risk'"),
    (lambda p: (p / "briefs/mini.yaml").write_text((p / "briefs/mini.yaml").read_text().replace("2024-05-01", "2010-01-01")),
     "authorities/treaties.yaml:1:3: error[authority-date]: authority 'att' is dated 2013-04-02, after the brief's date "
     "2010-01-01"),
])
def test_check_errors(project, mutate, message):
    mutate(project)
    result = run("check")
    assert result.exit_code == 1
    assert message in result.stderr, result.stderr


def test_parenthetical_lint(project):
    module = project / "briefs" / "modules" / "two.md"
    module.write_text(module.read_text() + "\nMore.[@roe, 160 (the Court said so)]\n")
    result = run("check")
    assert "warning[parenthetical]: parenthetical '(the Court said so)' is a clause ('said'), not a phrase beginning " \
        "with a present participle" in result.stderr
    assert "hint: R1.5(a)(i): begin it with a participle: (saying so)" in result.stderr
    assert result.exit_code == 0


def test_appendix_of_elements(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "appendix: elements\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.output
    text = (project / "build" / "mini.md").read_text().replace("\u00a0", " ")   # art.\u00a07 (test_typography)
    assert "# Appendix: Elements and Their Support" in text
    assert ("| att7.risk: an overriding risk of a negative consequence in art. 7(1) | Most firearms seized in Mexico "
            "and traced came from the United States. | *GAO Firearms Report* |") in text


def test_modules_lists_contracts(project):
    result = run("modules")
    assert result.exit_code == 0
    assert "part/one: Part one" in result.stdout
    assert "requires: us-origin-share" in result.stdout and "argues:   att7.risk" in result.stdout
