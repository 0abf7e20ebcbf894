"""How a source was used and when: consulted, via, verified and grade on records; as_of and a support's grade on
facts; as_of in module front matter. briefgen accepts and keeps them; a wrong value is a located error."""
import re


from helpers import run


def add_to_gao(project, lines: str) -> None:
    law = project / "authorities" / "law.yaml"
    text = law.read_text(encoding="utf-8")
    anchor = "  hereinafter: GAO Firearms Report\n"
    assert anchor in text
    text = text.replace("  grade: official\n", "", 1)      # the fixture's own grade, replaced by the test's
    law.write_text(text.replace(anchor, anchor + lines), encoding="utf-8")


def test_a_record_says_how_its_source_was_used_and_the_build_keeps_it(project):
    add_to_gao(project, '  consulted: false\n  via: roe\n  verified: "2026-12-07"\n  grade: official\n')
    assert run("check").exit_code == 0
    from briefgen.authorities.load import load_library
    from briefgen.errors import Report

    report = Report()
    library = load_library(project / "authorities", report)
    gao = library.by_id["gao2009"]
    assert (gao.get("consulted"), gao.get("via"), gao.get("verified"), gao.get("grade")) == \
        (False, "roe", "2026-12-07", "official")
    # never printed: the full citation is the same as without them
    shown = run("cite", "gao2009").stdout
    assert "official" not in shown and "roe" not in shown.lower() and "2026" not in shown


def test_wrong_provenance_values_are_located_errors(project):
    add_to_gao(project, '  consulted: maybe\n  verified: "last week"\n  grade: rumour\n')
    result = run("check")
    assert result.exit_code == 1
    line = next(i for i, t in enumerate((project / "authorities" / "law.yaml").read_text().splitlines(), 1)
                if t.startswith("  consulted:"))
    err = result.stderr
    assert f"authorities/law.yaml:{line}:3: error[authority-type]: authority 'gao2009': consulted must be true or " \
           "false, not 'maybe'" in err
    assert f"authorities/law.yaml:{line + 1}:3: error[authority-date]: authority 'gao2009': verified: 'last week' " \
           "is not a date" in err
    assert f"authorities/law.yaml:{line + 2}:3: error[authority-type]: authority 'gao2009': grade must be one of " \
           "adjudicated, official, un, ngo, press, party, scholarly, not 'rumour'" in err
    assert "Traceback" not in result.output


def facts_file(project):
    (path,) = (project / "briefs" / "facts").glob("*.yaml")
    return path


def test_a_fact_carries_its_date_and_a_support_its_grade(project):
    path = facts_file(project)
    text = path.read_text(encoding="utf-8")
    text = text.replace('  support: [{cite: gao2009, pin: "15"}]',
                        '  as_of: "2009-06-18"\n  support: [{cite: gao2009, pin: "15", grade: contested}]')
    path.write_text(text, encoding="utf-8")
    assert run("check").exit_code == 0
    from briefgen.argument.facts import load_arguments
    from briefgen.errors import Report

    args = load_arguments(project / "briefs" / "facts", project / "briefs" / "frameworks", Report())
    fact = args.facts["us-origin-share"]
    assert fact.as_of == "2009-06-18"
    assert [(s.cite, s.pin, s.grade) for s in fact.support] == [("gao2009", "15", "contested")]


def test_a_bad_fact_date_or_support_grade_is_a_located_error(project):
    path = facts_file(project)
    text = path.read_text(encoding="utf-8")
    text = text.replace('  support: [{cite: gao2009, pin: "15"}]',
                        '  as_of: "last year"\n  support: [{cite: gao2009, pin: "15"}]')
    text = text.replace('parenthetical: "tracing licensed exports"}', 'parenthetical: "tracing licensed exports", '
                                                                      'grade: hearsay}')
    path.write_text(text, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    lines = text.splitlines()
    as_of = next(i for i, t in enumerate(lines, 1) if t.startswith("  as_of:"))
    shown = path.relative_to(project).as_posix()
    assert f"{shown}:{as_of}:10: error[fact-field]: fact as_of must be a date (YYYY-MM-DD): 'last year' is not " \
           "a date" in result.stderr
    assert re.search(rf"{re.escape(shown)}:\d+:\d+: error\[support-field\]: support grade must be one of adjudicated, "
                     r"official, un, ngo, press, party, scholarly, contested, not 'hearsay'", result.stderr), \
        result.stderr


def test_a_module_says_as_of_when_it_was_brought_up_to_date(project):
    module = project / "briefs" / "modules" / "two.md"
    module.write_text('---\ntitle: Later\nas_of: "2026-12-07"\n---\n' + module.read_text(encoding="utf-8"),
                      encoding="utf-8")
    assert run("check").exit_code == 0
    from briefgen.argument.modules import read_module

    assert read_module("two", module).as_of == "2026-12-07"
    module.write_text(module.read_text(encoding="utf-8").replace('as_of: "2026-12-07"', "as_of: soon"),
                      encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert "briefs/modules/two.md:3:8: error[module-front]: as_of must be a date, YYYY-MM-DD" in result.stderr


def test_a_fact_that_does_not_load_is_reported_once_not_again_where_a_module_requires_it(project):
    """A fact with a bad as_of was reported at its line, and then again as an 'unknown fact' in every module
    that required it: one mistake, several errors."""
    path = facts_file(project)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  support: [{cite: gao2009, pin: "15"}]',
                                 '  as_of: "last year"\n  support: [{cite: gao2009, pin: "15"}]'), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert "error[fact-field]: fact as_of must be a date" in result.stderr
    assert "unknown-fact" not in result.stderr, result.stderr
