"""Citation rules a filing needs, read from real builds (``briefgen build --to md``, the DOCX read back):
a hereinafter only when used later, its typeface, law-review short forms, C.F.R. years, treaty date phrases,
proposed rules, presidential documents, subsequent history and unpublished material."""
import re


from helpers import run, write


def build(project, body, authorities="", spec="", to="md"):
    """A one-module memo citing the fixture's authorities and ``authorities``; returns the CLI result."""
    write(project, "briefs/t.yaml", "kind: memo\ntitle: T\ndate: \"2026-11-29\"\nmodules: [t]\n" + spec)
    write(project, "briefs/modules/t.md", body)
    if authorities:
        write(project, "authorities/extra.yaml", authorities)
    return run("build", "briefs/t.yaml", "--to", to)


def notes(project):
    md = (project / "build" / "t.md").read_text(encoding="utf-8")
    return [m.group(1).replace("\\[", "[").replace("\\]", "]").replace("\u00a0", " ")
            for m in re.finditer(r"^\[\^\d+\]: (.*)$", md, re.M)]


def check(project):
    return run("check", "briefs/t.yaml")


SOSA = """- id: sosa
  kind: case
  name: Sosa v. Alvarez-Machain
  volume: 542
  reporter: U.S.
  page: 692
  court: U.S.
  year: 2004
"""

# ---------------------------------------------------------------- R4.2(b): a hereinafter only when used later


def test_a_records_hereinafter_is_not_announced_when_nothing_later_uses_it(project):
    result = build(project, "Traced guns came from the United States.[@gao2009, 15]\n")
    assert result.exit_code == 0, result.output
    assert notes(project) == ["U.S. Gov’t Accountability Off., GAO-09-709, *Firearms Trafficking: U.S. Efforts to "
                              "Combat Arms Trafficking to Mexico Face Planning and Coordination Challenges* 15 "
                              "(June 2009)."]


def test_a_records_hereinafter_is_announced_when_a_supra_uses_it(project):
    result = build(project, "One.[@gao2009, 15] Two.[@aeca] Three.[@gao2009, 19]\n")
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0].endswith("(June 2009) [hereinafter *GAO Firearms Report*].")
    assert out[2] == "*GAO Firearms Report*, *supra* note 1, at 19."


def test_id_alone_does_not_use_the_hereinafter(project):
    build(project, "One.[@gao2009, 15] Two.[@gao2009, 19]\n")
    out = notes(project)
    assert "hereinafter" not in out[0] and out[1] == "*Id.* at 19."


def test_check_tells_the_author_when_a_records_hereinafter_goes_unused(project):
    """Like an uncited authority, a project-wide finding: a record shared by briefs is fine when one of them
    uses its hereinafter."""
    build(project, "Traced guns came from the United States.[@gao2009, 15]\n")
    result = check(project)
    assert re.search(r"authorities/law\.yaml:\d+:\d+: warning\[unused-hereinafter\]: authority 'gao2009': "
                     r"hereinafter 'GAO Firearms Report' is not used by a later citation in any checked brief",
                     result.output), result.output
    assert "unused-hereinafter" not in build(project, "Once.[@gao2009, 15]\n").output   # a build is not told
    build(project, "One.[@gao2009, 15] Two.[@aeca] Three.[@gao2009, 19]\n")
    assert "unused-hereinafter" not in check(project).output
    write(project, "briefs/u.yaml", "kind: memo\ntitle: U\nmodules: [u]\n")     # a second brief uses it once
    write(project, "briefs/modules/u.md", "Once.[@gao2009, 15]\n")
    assert "unused-hereinafter" not in run("check", "briefs/t.yaml", "briefs/u.yaml").output
    assert "unused-hereinafter" in run("check", "briefs/u.yaml").output


def test_a_hereinafter_keeps_the_typeface_of_the_words_it_is_made_of(project):
    """R4.2(b): words of an italic title stay italic; a report number or initials are roman."""
    records = """- id: envipe
  kind: report
  author: Instituto Nacional de Estadística y Geografía [INEGI]
  title: "Encuesta Nacional de Victimización y Percepción sobre Seguridad Pública (ENVIPE) 2017"
  date: "2017-09"
  hereinafter: ENVIPE 2017
- id: gao21
  kind: report
  author: U.S. Gov’t Accountability Off.
  number: GAO-21-322
  title: "Firearms Trafficking: U.S. Efforts to Disrupt Gun Smuggling into Mexico Would Benefit from Additional Data and Analysis"
  date: "2021-02"
  hereinafter: GAO-21-322
- id: inegi
  kind: report
  author: Instituto Nacional de Estadística y Geografía [INEGI]
  title: "Encuesta Nacional de Seguridad Pública Urbana"
  date: "2024-01"
  hereinafter: INEGI
"""
    body = "A.[@envipe, 5] B.[@gao21, 9] C.[@inegi, 2] D.[@aeca] E.[@envipe, 6] F.[@gao21, 10] G.[@inegi, 3]\n"
    result = build(project, body, records)
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0].endswith("[hereinafter *ENVIPE 2017*].") and out[4] == "*ENVIPE 2017*, *supra* note 1, at 6."
    assert out[1].endswith("[hereinafter GAO-21-322].") and out[5] == "GAO-21-322, *supra* note 2, at 10."
    assert out[2].endswith("[hereinafter INEGI].") and out[6] == "INEGI, *supra* note 3, at 3."


def test_the_shipped_petition_announces_no_name_it_never_uses(shipped):
    """The petition's notes announced GAO 2021 Report, GIEI Report and others that no later note used."""
    result = run("build", "briefs/att-petition.yaml", "--to", "md")
    assert result.exit_code == 0, result.output
    md = (shipped / "build" / "att-petition.md").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
    announced = re.findall(r"\[hereinafter \*?([^*\]]+)\*?\]", md)
    for name in announced:
        assert len(re.findall(re.escape(name), md)) >= 2, name   # announced, then used
    assert "hereinafter GIEI Report" not in md.replace("*", "")


# ---------------------------------------------------------------- R2.1(a): law-review short forms


def test_law_review_short_case_names_are_italic(project):
    result = build(project, "One.[@sosa, 732] Two.[@aeca] Three.[@sosa, 733]\n", SOSA, spec="style: law-review\n")
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0] == "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004)."   # roman in the full citation
    assert out[2] == "*Sosa*, 542 U.S. at 733."                             # italic in the short form


def test_law_review_short_case_names_are_italic_in_the_docx(project):
    """The DOCX's footnotes, read back from its OOXML: the short form's run is italic, the full one's roman."""
    from helpers import docx_footnotes

    build(project, "One.[@sosa, 732] Two.[@aeca] Three.[@sosa, 733]\n", SOSA, spec="style: law-review\n",
          to="docx")
    out = docx_footnotes(project / "build" / "t.docx")
    assert out[0] == "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004)."
    assert out[2] == "*Sosa*, 542 U.S. at 733."


# ---------------------------------------------------------------- R14.2: C.F.R. years, proposed rules


def test_a_cfr_citation_without_a_year_draws_a_warning_with_the_hint(project):
    records = "- id: itar\n  kind: regulation\n  title: 22\n  code: C.F.R.\n  section: \"120.1\"\n"
    result = build(project, "Defined.[@itar]\n", records)
    assert result.exit_code == 0, result.output
    assert notes(project) == ["22 C.F.R. § 120.1."]
    assert re.search(r"authorities/extra\.yaml:4:3: warning\[cfr-year\]: authority 'itar' cites the C\.F\.R\. without "
                     r"the year of its edition\n  hint: R14\.2\(a\): add year: YYYY", result.output), result.output


def test_edition_current_gives_the_edition_in_force_on_the_briefs_date(project):
    """Title 22 is revised each April 1: a brief of Nov. 29, 2026 cites 2026, one of Feb. 10, 2026 cites 2025."""
    records = "- id: itar\n  kind: regulation\n  title: 22\n  code: C.F.R.\n  section: \"120.1\"\n  edition: current\n"
    result = build(project, "Defined.[@itar]\n", records)
    assert result.exit_code == 0 and "cfr-year" not in result.output, result.output
    assert notes(project) == ["22 C.F.R. § 120.1 (2026)."]
    write(project, "briefs/t.yaml", "kind: memo\ntitle: T\ndate: \"2026-02-10\"\nmodules: [t]\n")
    run("build", "briefs/t.yaml", "--to", "md")
    assert notes(project) == ["22 C.F.R. § 120.1 (2025)."]
    write(project, "briefs/t.yaml", "kind: memo\ntitle: T\nmodules: [t]\n")
    result = run("build", "briefs/t.yaml", "--to", "md")
    assert notes(project) == ["22 C.F.R. § 120.1."]
    assert "warning[cfr-year]: authority 'itar': edition: current needs the brief's date" in result.output


def test_the_cfr_edition_follows_each_titles_revision_date():
    from briefgen.authorities.domestic import cfr_edition

    assert [cfr_edition(t, "2026-03-15") for t in (15, 22, 40, 48)] == ["2026", "2025", "2025", "2025"]
    assert [cfr_edition(t, "2026-07-01") for t in (15, 22, 40, 48)] == ["2026", "2026", "2026", "2025"]


def test_a_proposed_rule_has_its_own_form(project):
    records = """- id: usml-proposed
  kind: regulation
  name: "International Traffic in Arms Regulations: U.S. Munitions List Categories I, II, and III"
  code: Fed. Reg.
  volume: 83
  page: "24,198"
  date: "2018-05-24"
  status: proposed
  codified: 22 C.F.R. pt. 121
"""
    result = build(project, "Proposed.[@usml-proposed, 24,200] Other.[@aeca] Again.[@usml-proposed, 24,201]\n",
                   records)
    assert result.exit_code == 0, result.output
    out = notes(project)
    assert out[0] == ("International Traffic in Arms Regulations: U.S. Munitions List Categories I, II, and III, "
                      "83 Fed. Reg. 24,198, 24,200 (proposed May 24, 2018) (to be codified at 22 C.F.R. pt. 121).")
    assert out[2] == "83 Fed. Reg. at 24,201."


def test_a_proposed_rule_must_cite_the_federal_register(project):
    records = "- id: p\n  kind: regulation\n  code: C.F.R.\n  title: 22\n  section: \"121.1\"\n  status: proposed\n"
    result = build(project, "X.[@p]\n", records)
    assert result.exit_code == 1
    assert "authorities/extra.yaml:6:3: error[authority-field]: authority 'p': a proposed rule is cited to the " \
           "Federal Register" in result.output


# ---------------------------------------------------------------- R21.4.2: a multilateral treaty's date phrase


def test_a_multilateral_treaty_without_its_date_phrase_draws_a_warning(project):
    result = build(project, "Signed.[@vclt, art. 18]\n")
    assert result.exit_code == 0, result.output
    assert re.search(r"authorities/treaties\.yaml:\d+:3: warning\[treaty-date-phrase\]: authority 'vclt': the "
                     r"multilateral treaty's date has no phrase\n  hint: R21\.4\.2: .*opened for signature",
                     result.output), result.output
    records = ("- id: att6\n  kind: treaty\n  name: Arms Trade Treaty\n  date: \"2013-04-02\"\n"
               "  date_label: adopted\n  sources: [\"3013 U.N.T.S. 269\"]\n"
               "- id: tax\n  kind: treaty\n  name: Convention for the Avoidance of Double Taxation\n"
               "  parties: U.S.-Austl.\n  date: \"1982-08-06\"\n  sources: [\"35 U.S.T. 1999\"]\n")
    result = build(project, "Adopted.[@att6, art. 6] Taxes.[@tax]\n", records)
    assert "treaty-date-phrase" not in result.output, result.output
    assert notes(project)[0] == "Arms Trade Treaty art. 6, *adopted* Apr. 2, 2013, 3013 U.N.T.S. 269."


# ---------------------------------------------------------------- R14.7: presidential documents

PRESIDENTIAL = """- id: eo13780
  kind: presidential
  type: executive order
  number: 13780
  volume: 82
  page: "13,209"
  date: "2017-03-09"
- id: eo13769
  kind: presidential
  type: executive order
  number: 13769
  volume: 82
  page: "8977"
  date: "2017-02-01"
  history:
    - {relation: revoked by, cite: eo13780}
- id: nsm20
  kind: presidential
  type: national security memorandum
  number: 20
  title: National Security Memorandum on Safeguards and Accountability With Respect to Transferred Defense Articles and Defense Services
  signed: "2024-02-08"
"""


def test_executive_orders_and_national_security_memoranda_take_their_r14_7_forms(project):
    body = "Banned.[@eo13769, § 3] The memo.[@nsm20, § 1] Again.[@eo13769, 8978] And.[@nsm20, § 2]\n"
    result = build(project, body, PRESIDENTIAL)
    assert result.exit_code == 0, result.output
    assert notes(project) == [
        "Exec. Order No. 13,769, § 3, 82 Fed. Reg. 8977 (Feb. 1, 2017), *revoked by* Exec. Order No. 13,780, "
        "82 Fed. Reg. 13,209 (Mar. 9, 2017).",
        "National Security Memorandum on Safeguards and Accountability With Respect to Transferred Defense Articles "
        "and Defense Services (NSM-20), § 1 (Feb. 8, 2024).",
        "Exec. Order No. 13,769, 82 Fed. Reg. at 8978.",     # the history is never repeated
        "NSM-20, § 2."]


def test_presidential_documents_go_with_statutes_and_regulations_in_the_table_of_authorities():
    from briefgen.authorities.kinds import KINDS
    from briefgen.authorities.rules import LEGISLATION

    assert KINDS["presidential"].toa == LEGISLATION and not KINDS["presidential"].supra


# ---------------------------------------------------------------- R10.7: prior and subsequent history

HISTORY = """- id: hamdan-dc
  kind: case
  name: Hamdan v. Rumsfeld
  volume: 344
  reporter: F. Supp. 2d
  page: 152
  court: D.D.C.
  year: 2004
  history:
    - {relation: rev'd, cite: hamdan-dc-cir}
    - {relation: rev'd, text: "548 U.S. 557 (2006)"}
- id: hamdan-dc-cir
  kind: case
  name: Hamdan v. Rumsfeld
  volume: 415
  reporter: F.3d
  page: 33
  court: D.C. Cir.
  year: 2005
"""


def test_history_prints_italic_relations_after_the_parenthetical_and_never_in_a_short_form(project):
    body = "Held.[@hamdan-dc, 155 (granting habeas)] Same.[@hamdan-dc, 156] Other.[@aeca] Again.[@hamdan-dc, 160]\n"
    result = build(project, body, HISTORY)
    assert result.exit_code == 0, result.output
    assert notes(project) == [
        "*Hamdan v. Rumsfeld*, 344 F. Supp. 2d 152, 155 (D.D.C. 2004) (granting habeas), *rev’d*, *Hamdan v. "
        "Rumsfeld*, 415 F.3d 33 (D.C. Cir. 2005), *rev’d*, 548 U.S. 557 (2006).",
        "*Id.* at 156.", "22 U.S.C. § 2778.", "*Hamdan*, 344 F. Supp. 2d at 160."]


def test_history_in_the_docx_keeps_the_relation_italic(project):
    from helpers import docx_footnotes

    build(project, "Banned.[@eo13769]\n", PRESIDENTIAL, to="docx")
    assert docx_footnotes(project / "build" / "t.docx") == [
        "Exec. Order No. 13,769, 82 Fed. Reg. 8977 (Feb. 1, 2017), *revoked by* Exec. Order No. 13,780, 82 Fed. Reg. "
        "13,209 (Mar. 9, 2017)."]


def test_history_entries_are_checked_where_they_are_written(project):
    bad = HISTORY.replace("{relation: rev'd, cite: hamdan-dc-cir}", "{relation: reversed, cite: hamdan-dc-cir}")
    result = build(project, "Held.[@hamdan-dc]\n", bad)
    assert result.exit_code == 1
    assert re.search(r"authorities/extra\.yaml:10:7: error\[authority-history\]: authority 'hamdan-dc': history must "
                     r"be a relation T8 gives \(aff’d, .*\), not 'reversed'", result.output), result.output
    bad = HISTORY.replace("cite: hamdan-dc-cir}", "cite: hamdan-dc-cr}")
    result = build(project, "Held.[@hamdan-dc]\n", bad)
    assert result.exit_code == 1
    assert "error[authority-history]: authority 'hamdan-dc': history cites 'hamdan-dc-cr', which is not an " \
           "authority" in result.output
    assert "did you mean 'hamdan-dc-cir'?" in result.output


# ---------------------------------------------------------------- R17.1: unpublished material (on file with …)


def test_unpublished_kinds_take_on_file_from_native_records(project):
    records = """- id: memo
  kind: letter
  form: memorandum
  author: Clinic Director
  recipient: Student Attorneys
  date: "2026-10-01"
  on_file: the Human Rights Clinic
- id: kerry-att
  kind: speech
  author: John Kerry
  author_position: Sec’y of State
  event: Remarks at the Arms Trade Treaty Signing
  place: U.N. Headquarters
  date: "2013-09-25"
  recording: Video Recording
  on_file: the Human Rights Clinic
- id: ford
  kind: interview
  interviewee: Gerald R. Ford
  interviewee_position: former President of the United States
  medium: Telephone
  date: "1998-04-15"
  on_file: on file with the author
"""
    result = build(project, "A.[@memo] B.[@kerry-att] C.[@ford]\n", records)
    assert result.exit_code == 0, result.output
    assert notes(project) == [
        "Memorandum from Clinic Director to Student Attorneys (Oct. 1, 2026) (on file with the Human Rights Clinic).",
        "Video Recording of John Kerry, Sec’y of State, Remarks at the Arms Trade Treaty Signing (U.N. Headquarters, "
        "Sept. 25, 2013) (on file with the Human Rights Clinic).",
        "Telephone Interview with Gerald R. Ford, former President of the United States (Apr. 15, 1998) (on file "
        "with the author)."]


def test_unpublished_kinds_take_on_file_from_csl_custom_fields(project):
    import json

    write(project, "authorities/unpublished.json", json.dumps([
        {"id": "kerry2", "type": "speech", "author": [{"given": "John", "family": "Kerry"}],
         "event-title": "the Arms Trade Treaty Signing", "genre": "Remarks",
         "issued": {"date-parts": [[2013, 9, 25]]}, "custom": {"on_file": "the Human Rights Clinic"}},
        {"id": "ford2", "type": "interview", "author": [{"given": "Gerald R.", "family": "Ford"}],
         "medium": "Telephone", "issued": {"date-parts": [[1998, 4, 15]]}, "custom": {"on_file": "the author"}},
        {"id": "letter2", "type": "personal_communication", "author": [{"given": "John R.", "family": "Bolton"}],
         "recipient": [{"literal": "Kofi Annan"}], "issued": {"date-parts": [[2002, 5, 6]]},
         "custom": {"on_file": "the Human Rights Clinic"}},
    ]), )
    result = build(project, "A.[@kerry2] B.[@ford2] C.[@letter2]\n")
    assert result.exit_code == 0, result.output
    assert notes(project) == [
        "John Kerry, Remarks at the Arms Trade Treaty Signing (Sept. 25, 2013) (on file with the Human Rights Clinic).",
        "Telephone Interview with Gerald R. Ford (Apr. 15, 1998) (on file with the author).",
        "Letter from John R. Bolton to Kofi Annan (May 6, 2002) (on file with the Human Rights Clinic)."]


def test_presidential_documents_cite_3_cfr_before_the_federal_register():
    """R14.7(a): an order compiled in 3 C.F.R. is cited there (E.O. 12981: 3 CFR, 1995 Comp., p. 419, as the EAR's
    authority citations give it); the short form keeps the compilation."""
    from helpers import sequence

    records = {"eo": dict(kind="presidential", type="executive order", number=12981, volume=60, page="62,981",
                          date="1995-12-08", cfr_page=419, cfr_year=1995),
               "filler": dict(kind="statute", title=17, code="U.S.C.")}
    assert sequence(records, ["@eo", "@filler", "@eo, 420"]) == [
        "Exec. Order No. 12,981, 3 C.F.R. 419 (1995).", "17 U.S.C.", "Exec. Order No. 12,981, 3 C.F.R. at 420."]


def test_csl_custom_history_reaches_the_kinds_that_have_one(project):
    import json

    write(project, "authorities/hist.json", json.dumps([
        {"id": "heim", "type": "legal_case", "title": "Heimbaugh v. City & County of San Francisco",
         "container-title": "F. Supp.", "volume": "591", "page": "1573", "authority": "N.D. Cal.",
         "issued": {"date-parts": [[1984]]},
         "custom": {"history": [{"relation": "aff'd", "text": "775 F.2d 1088 (9th Cir. 1985)"}]}}]))
    result = build(project, "Held.[@heim]\n")
    assert result.exit_code == 0, result.output
    assert notes(project) == ["*Heimbaugh v. City & County of San Francisco*, 591 F. Supp. 1573 (N.D. Cal. 1984), "
                              "*aff’d*, 775 F.2d 1088 (9th Cir. 1985)."]
