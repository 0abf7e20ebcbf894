"""The citation engine through the real CLI: one rule table per kind, no pin or field dropped, hereinafter
announced, one error per mistake, citation syntax as documented, and the public format_citation."""
import json

import pytest

from helpers import run, sequence, write


def memo(project, body, authorities=""):
    """A one-module memo citing the fixture's authorities and any extra ones."""
    write(project, "briefs/t.yaml", "kind: memo\ntitle: T\nmodules: [t]\n")
    write(project, "briefs/modules/t.md", body)
    if authorities:
        write(project, "authorities/extra.yaml", authorities)
    return run("build", "briefs/t.yaml", "--to", "md")


def notes(project):
    return [line.split(": ", 1)[1].replace("\u00a0", " ")   # as citecheck reads U+00A0 (test_typography)
            for line in (project / "build" / "t.md").read_text().splitlines() if line.startswith("[^")]


# ---------------------------------------------------------------- 1. one rule table per kind


def test_every_part_of_the_engine_reads_one_declaration_per_kind():
    from briefgen.authorities.kinds import KINDS
    from briefgen.authorities.rules import TOA_SECTIONS

    for kind in KINDS.values():
        assert kind.fields and callable(kind.full) and callable(kind.derived) and kind.toa in TOA_SECTIONS
        assert kind.supra or kind.short is not None, kind.name  # later citations have a form
        assert kind.pins and kind.rule.startswith(("R", "B"))
    assert {"treaty", "resolution", "un-document", "icj-case", "tribunal-case", "regional-case",
            "foreign-decision"} <= set(KINDS)


@pytest.mark.parametrize("field, value, message", [
    ("reporter", "true", "reporter must be text, not true (a yes/no value)"),
    ("reporter", "{name: U.S.}", "reporter must be text, not a mapping"),
    ("court", "[U.S., S. Ct.]", "court must be text, not a list"),
    ("parallel", "[{a: b}]", "parallel must be text (or a list of them), not a mapping"),
])
def test_a_value_of_the_wrong_type_is_a_located_error_listing_the_kinds_fields(project, field, value, message):
    fields = {"volume": "410", "reporter": "U.S.", "page": "113", field: value}
    write(project, "authorities/bad.yaml", "- id: roe2\n  kind: case\n  name: Roe v. Wade\n" +
          "".join(f"  {k}: {v}\n" for k, v in fields.items()))
    result = run("build", "--to", "md")
    assert result.exit_code == 1
    line = 4 + list(fields).index(field)
    assert f"authorities/bad.yaml:{line}:3: error[authority-type]: authority 'roe2': {message}" in result.stderr
    assert "hint: case takes: name (required); one of reporter or database or number or docket; volume; page" \
        in result.stderr


def test_a_reporter_without_its_volume_is_a_located_error(project):
    """issue 12: `*Roe v. Wade*, U.S. 113, 120 (1973).` printed without a word."""
    write(project, "authorities/bad.yaml", "- id: roe2\n  kind: case\n  name: Roe v. Wade\n  reporter: U.S.\n"
                                           "  page: 113\n  year: 1973\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1
    assert ("authorities/bad.yaml:4:3: error[authority-field]: authority 'roe2': a reporter needs the volume it is "
            "in: volume: 410 with reporter: U.S.") in result.stderr


def test_a_misspelt_field_is_one_error_not_two(project):
    write(project, "authorities/bad.yaml", "- id: roe2\n  kind: case\n  nme: Roe v. Wade\n  volume: 410\n"
                                           "  reporter: U.S.\n  page: 113\n")
    result = run("build", "--to", "md")
    errors = [line for line in result.stderr.splitlines() if "error[" in line]
    assert errors == ["authorities/bad.yaml:3:3: error[authority-field]: authority 'roe2': unknown field 'nme' "
                      "for kind case"]


# ---------------------------------------------------------------- 2. pins never dropped


def test_a_pin_a_kind_cannot_take_is_a_located_error(project):
    result = memo(project, "A treaty.[@att, n.4]\n\nA case.[@roe, art. 7]\n")
    assert result.exit_code == 1
    assert ("briefs/modules/t.md:1:10: error[locator-kind]: a treaty cannot take the pin 'n.4' (n.)"
            in result.stderr)
    assert "briefs/modules/t.md:3:8: error[locator-kind]: a case cannot take the pin 'art. 7' (art.)" in result.stderr
    assert "hint: a case (R10) takes pages (19, 19-22, *7), ¶, n., other pins as written" in result.stderr


PINNED = {
    "roe": dict(kind="case", name="Roe v. Wade", volume=410, reporter="U.S.", page=113, court="U.S.", year=1973),
    "aeca": dict(kind="statute", title=22, code="U.S.C."),
    "att": dict(kind="treaty", name="Arms Trade Treaty", date="2013-04-02", sources=["3013 U.N.T.S. 269"]),
    "itar": dict(kind="regulation", title=22, code="C.F.R."),
    "mendez": dict(kind="un-document", author="Hum. Rts. Council", title="Report", symbol="A/HRC/28/68/Add.3",
                   date="2014-12-29"),
    "kunarac": dict(kind="tribunal-case", name="Prosecutor v. Kunarac", number="IT-96-23 & IT-96-23/1-A",
                    decision="Judgement", court="Int’l Crim. Trib. for the Former Yugoslavia", date="2002-06-12"),
}


@pytest.mark.parametrize("clusters, expected", [
    (["@att, art. 6-7", "@att, art. 8(1), 11(1)"],
     ["Arms Trade Treaty arts. 6-7, Apr. 2, 2013, 3013 U.N.T.S. 269.", "*Id.* arts. 8(1), 11(1)."]),
    (["@itar, pt. 120-130", "@itar, § 120.1"], ["22 C.F.R. pts. 120-130.", "*Id.* § 120.1."]),
    (["@aeca, § 2778-2780", "@aeca, § 2778(a)"], ["22 U.S.C. §§ 2778-2780.", "*Id.* § 2778(a)."]),
    (["@mendez, ¶ 76-77", "@mendez, ¶ 78"],
     ["Hum. Rts. Council, *Report*, ¶¶ 76-77, U.N. Doc. A/HRC/28/68/Add.3 (Dec. 29, 2014).", "*Id.* ¶ 78."]),
    (["@kunarac, ¶ 85-86", "@aeca, § 1", "@kunarac, ¶ 86"],
     ["*Prosecutor v. Kunarac*, Case No. IT-96-23 & IT-96-23/1-A, Judgement, ¶¶ 85-86 (Int’l Crim. Trib. for the "
      "Former Yugoslavia June 12, 2002).", "22 U.S.C. § 1.", "*Kunarac*, Case No. IT-96-23 & IT-96-23/1-A, ¶ 86."]),
    (["@roe, 120 & n.4", "@roe, *3"], ["*Roe v. Wade*, 410 U.S. 113, 120 & n.4 (1973).", "*Id.* at *3."]),
])
def test_every_pin_prints_with_its_plural(clusters, expected):
    assert sequence(PINNED, clusters) == expected


# ---------------------------------------------------------------- 4. hereinafter announced, never assumed

HEREINAFTER = {
    "att": dict(kind="treaty", name="Arms Trade Treaty", date="2013-04-02", sources=["3013 U.N.T.S. 269"],
                short="ATT"),
    "rome": dict(kind="treaty", name="Rome Statute of the International Criminal Court", date="1998-07-17",
                 sources=["2187 U.N.T.S. 90"], short="Rome Statute of the International Criminal Court"),
    "gao": dict(kind="report", author="U.S. Gov’t Accountability Off.", number="GAO-09-709",
                title="Firearms Trafficking", date="2009-06"),
    "afsc": dict(kind="report", author="Am. Friends Serv. Comm.", title="Where the Guns Go", date="2016",
                 short="Where the Guns Go"),
    "gc36": dict(kind="un-document", author="Hum. Rts. Comm.", title="General Comment No. 36: Article 6: Right to Life",
                 symbol="CCPR/C/GC/36", date="2019-09-03", hereinafter="General Comment No. 36"),
    "filler": dict(kind="statute", title=17, code="U.S.C."),
}


def test_a_short_name_used_later_is_announced_in_its_typeface():
    """R4.2(b): the treaty's name roman, a report's title italic; the word hereinafter roman."""
    out = sequence(HEREINAFTER, ["@att, art. 6", "@afsc, 1", "@filler, § 107", "@att, art. 7", "@afsc, 2"])
    assert out == ["Arms Trade Treaty art. 6, Apr. 2, 2013, 3013 U.N.T.S. 269 [hereinafter ATT].",
                   "Am. Friends Serv. Comm., *Where the Guns Go* 1 (2016) [hereinafter *Where the Guns Go*].",
                   "17 U.S.C. § 107.", "ATT, *supra* note 1, art. 7.", "*Where the Guns Go*, *supra* note 2, at 2."]


def test_a_short_name_never_used_later_is_not_announced():
    assert sequence(HEREINAFTER, ["@att, art. 6"]) == ["Arms Trade Treaty art. 6, Apr. 2, 2013, 3013 U.N.T.S. 269."]


def test_a_short_name_equal_to_the_derived_name_is_not_announced():
    out = sequence(HEREINAFTER, ["@rome, art. 7", "@filler, § 107", "@rome, art. 8"])
    assert out[0] == "Rome Statute of the International Criminal Court art. 7, July 17, 1998, 2187 U.N.T.S. 90."
    assert out[2] == "Rome Statute of the International Criminal Court, *supra* note 1, art. 8."


def test_an_institutional_author_is_the_supra_name():
    """R15.8: without a hereinafter, an institutional author is the supra name."""
    out = sequence(HEREINAFTER, ["@gao, 15", "@filler, § 107", "@gao, 19"])
    assert out == ["U.S. Gov’t Accountability Off., GAO-09-709, *Firearms Trafficking* 15 (June 2009).",
                   "17 U.S.C. § 107.", "U.S. Gov’t Accountability Off., *supra* note 1, at 19."]


def test_a_hereinafter_is_announced_before_an_explanatory_parenthetical():
    out = sequence(HEREINAFTER, ["@gc36, ¶ 12 (defining arbitrary)", "@filler, § 107", "@gc36, ¶ 13"])
    assert out[0] == ("Hum. Rts. Comm., *General Comment No. 36: Article 6: Right to Life*, ¶ 12, U.N. Doc. "
                      "CCPR/C/GC/36 (Sept. 3, 2019) [hereinafter *General Comment No. 36*] (defining arbitrary).")
    assert out[2] == "*General Comment No. 36*, *supra* note 1, ¶ 13."


def test_the_shipped_memo_announces_every_name_its_supras_use(tmp_path):
    """issue 12: the memo used `ATT, *supra* note 3` without ever announcing ATT."""
    import re
    import shutil
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    for name in ("briefs", "authorities"):
        shutil.copytree(repo / name, tmp_path / name)
    import os

    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("build", "briefs/att-mexico-memo.yaml", "--to", "md")
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "build" / "att-mexico-memo.md").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
    announced = set(re.findall(r"\[hereinafter \*?([^*\]]+)\*?\]", md))
    supras = re.findall(r"^\[\^\d+\]: (.*)$", md, re.M)
    checked = 0
    for text in supras:
        for m in re.finditer(r", \*supra\* note (\d+)", text):
            before = text[:m.start()].replace("*", "")
            first = re.search(rf"^\[\^{m.group(1)}\]: (.*)$", md, re.M).group(1).replace("*", "")
            # the name before supra was announced, or is what the rules derive from the first citation (a surname,
            # or the title of an unsigned work, which the note it points to prints in full)
            name = re.sub(r"^(?:[Ss]ee(?: also)?|Cf\.|But see) ", "", before.split("; ")[-1]).strip()
            assert any(name.endswith(a) for a in announced) or name.split()[-1] in first.split(",")[0] \
                or f"{name}," in first, before
            checked += 1
    assert checked > 30
    assert {"ATT", "VCLT", "Where the Guns Go", "Undeniable Atrocities", "Rome Statute"} <= announced


# ---------------------------------------------------------------- issue 15: syntax as documented, one mistake one error


def test_a_period_inside_the_brackets_is_a_located_error(project):
    result = memo(project, "The Court held so.[@roe, 120.]\n")
    assert result.exit_code == 1
    assert "briefs/modules/t.md:1:19: error[locator]: a period ends the pin '120.'" in result.stderr


def test_hand_written_id_and_supra_are_kept_with_a_warning(project):
    result = memo(project, "The Court held so.[@roe, 120] Again [id. at 121].\n\nThe report.[@gao2009, 15] "
                           "Later.^[See [GAO Firearms Report, supra note 2, at 16].]\n")
    assert result.exit_code == 0, result.output
    assert "briefs/modules/t.md:1:37: warning[handwritten-cite]: '[id. at 121]' is a hand-written Id.: briefgen " \
           "chooses *Id.* and *supra* itself" in result.stderr
    assert "'[GAO Firearms Report, supra note 2, at 16]' is a hand-written supra" in result.stderr
    assert "Again \\[id. at 121\\]." in (project / "build" / "t.md").read_text()


def test_a_list_pin_draws_no_parenthetical_warning(project):
    write(project, "authorities/rome.yaml", "- id: rome\n  kind: treaty\n  name: Rome Statute\n  date: '1998-07-17'\n"
                                            "  date_label: adopted\n")
    result = memo(project, "Acts.[@rome, art. 7(1)(a), (k)]\n")
    assert result.exit_code == 0 and "warning[" not in result.stderr, result.stderr
    assert notes(project) == ["Rome Statute art. 7(1)(a), (k), *adopted* July 17, 1998."]


def test_a_broken_authorities_file_is_its_own_error_and_one_line_for_its_citations(project):
    """issue 15: one bad line in an authorities file gave 27 `unknown authority` errors with wrong hints."""
    import shutil

    shutil.rmtree(project / "briefs" / "facts")  # facts check their own citations (not the citations pass)
    shutil.rmtree(project / "briefs" / "frameworks")
    law = project / "authorities" / "law.yaml"
    law.write_text(law.read_text().replace("  kind: case\n", "  kind: case\n kind2: x\n", 1))
    result = run("build", "--to", "md")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "error[" in line or "warning[" in line]
    assert lines[0].startswith("authorities/law.yaml:3:2: error[yaml]: YAML syntax error")
    assert "unknown-authority" not in result.stderr and "did you mean" not in result.stderr
    unchecked = [line for line in lines if "unchecked-citations" in line]
    assert len(unchecked) == 1 and "citations could not be checked because authorities/law.yaml did not load" \
        in unchecked[0]


def test_a_bad_record_leaves_its_citations_counted_not_unknown(project):
    law = project / "authorities" / "law.yaml"
    law.write_text(law.read_text().replace("kind: case", "kind: caselaw", 1))
    result = run("build", "--to", "md")
    assert "error[authority-kind]: authority 'roe': unknown kind 'caselaw'" in result.stderr
    assert "hint: did you mean 'case'?" in result.stderr
    assert "unknown authority '@roe'" not in result.stderr


def test_a_syntax_error_in_one_cluster_leaves_nothing_else_unused(project):
    def unused(stderr):
        return sorted(line for line in stderr.splitlines() if "unused-authority" in line)

    before = unused(run("check").stderr)
    two = project / "briefs" / "modules" / "two.md"
    two.write_text(two.read_text().replace("[@vclt, art. 18]", "[@vclt, art.]"))
    result = run("check")
    assert "briefs/modules/two.md:5:12: error[locator]: locator 'art.' has a label but no number" in result.stderr
    assert unused(result.stderr) == before


@pytest.mark.parametrize("typo, meant", [("gao2090", "gao2009"), ("reportr", "reporter"), ("caselaw", "case"),
                                         ("radila2009", "radilla2009"), ("clinet", "client"), ("Gao2009", "gao2009")])
def test_did_you_mean_on_real_misspellings(typo, meant):
    from briefgen.errors import did_you_mean

    assert did_you_mean(typo, [meant, "schabas2016", "bluelantern2018", "afsc2016"]) == f"did you mean '{meant}'?"


@pytest.mark.parametrize("word, choices", [("sadat2013", ["schabas2016"]), ("atenco2018", ["bluelantern2018"]),
                                           ("gao2016", ["gao2009"]), ("vclt", ["vccr"])])
def test_no_did_you_mean_when_it_is_unlikely(word, choices):
    from briefgen.errors import did_you_mean

    assert did_you_mean(word, choices) == ""


# ---------------------------------------------------------------- issue 14: positions, settings, format_citation


def test_uses_carry_a_typed_position(project):
    from briefgen.pipeline import prepare
    from briefgen.citations.resolve import Position
    from briefgen.errors import Report

    built = prepare(project / "briefs" / "mini.yaml", Report())
    assert {u.position for u in built.uses} == {Position.FULL, Position.ID, Position.SHORT, Position.SUPRA}


def test_format_citation_is_what_cite_prints(project):
    from briefgen.authorities.load import load_library
    from briefgen.citations import format_citation
    from briefgen.authorities.typeface import runs_text
    from briefgen.errors import Report

    lib = load_library(project / "authorities", Report())
    runs = format_citation(lib, "att", pin="art. 6-7", signal="see also", paren="requiring an assessment")
    text = "*See also* Arms Trade Treaty arts. 6-7, Apr. 2, 2013, 3013 U.N.T.S. 269 (requiring an assessment)."
    assert runs_text(runs) == text
    assert run("cite", "att", "--pin", "art. 6-7", "--signal", "see also", "--paren",
               "requiring an assessment").stdout.strip() == text


def test_an_unknown_typeface_is_an_error(project):
    result = run("cite", "att", "--style", "chicago")
    assert result.exit_code == 2
    assert "error[style]: unknown typeface 'chicago'" in result.stderr
    from briefgen.authorities.typeface import Style
    from briefgen.errors import BriefgenError

    with pytest.raises(BriefgenError):
        Style("chicago")


def test_the_table_of_authorities_files_each_kind_under_its_section():
    from briefgen.authorities.load import Library
    from briefgen.authorities.model import Authority
    from briefgen.citations.resolve import Position, Settings, Use
    from briefgen.citations.toa import table

    lib = Library({k: Authority(k, v["kind"], v) for k, v in {**PINNED, **HEREINAFTER}.items()})
    uses = [Use(k, 1, Position.FULL, i) for i, k in enumerate(["kunarac", "att", "aeca", "gc36", "roe"])]
    sections = table(uses, lib, Settings())
    assert [(title, [e.key for e in entries]) for title, entries in sections.sections] == [
        ("Cases", ["kunarac", "roe"]), ("Treaties and International Agreements", ["att"]),
        ("Constitutional Provisions, Statutes and Regulations", ["aeca"]), ("Other Authorities", ["gc36"])]


# ---------------------------------------------------------------- 8. CSL-JSON and Zotero


def test_zotero_extra_lines_and_custom_fields_are_read(project):
    write(project, "authorities/more.json", json.dumps([
        {"id": "att2", "type": "treaty", "title": "Arms Trade Treaty", "issued": {"date-parts": [[2013, 4, 2]]},
         "container-title": "U.N.T.S.", "volume": "3013", "page": "269",
         "note": "hereinafter: ATT\ndate_label: adopted\nVerified against the U.N. Treaty Collection.",
         "custom": {"parallel": [{"container-title": "I.L.M.", "volume": "52", "page": "988"}]}},
        {"id": "bolton", "type": "personal_communication", "title": "Letter",
         "author": [{"given": "John R.", "family": "Bolton"}], "recipient": [{"literal": "Kofi Annan"}],
         "issued": {"date-parts": [[2002, 5, 6]]}, "custom": {"author_position": "Under Sec’y of State"}},
        {"id": "sc2117", "type": "document", "genre": "S.C. Res.", "number": "2117",
         "issued": {"date-parts": [[2013, 9, 26]]}, "custom": {"un_doc": "S/RES/2117"}},
    ]))
    assert run("cite", "att2").stdout.strip() == ("Arms Trade Treaty, *adopted* Apr. 2, 2013, 3013 U.N.T.S. 269, "
                                                  "52 I.L.M. 988 [hereinafter ATT].")
    assert run("cite", "bolton").stdout.strip() == ("Letter from John R. Bolton, Under Sec’y of State, to Kofi Annan "
                                                    "(May 6, 2002).")
    assert run("cite", "sc2117", "--pin", "¶ 10").stdout.strip() == ("S.C. Res. 2117, ¶ 10, U.N. Doc. S/RES/2117 "
                                                                     "(Sept. 26, 2013).")
    result = run("authorities", "show", "att2")
    assert "  note: Verified against the U.N. Treaty Collection." in result.stdout


def test_unused_csl_fields_are_named_at_build(project):
    write(project, "authorities/more.json", json.dumps([
        {"id": "odd", "type": "article-journal", "title": "T", "container-title": "Yale L.J.", "volume": "1",
         "page": "1", "issued": {"date-parts": [[2000]]}, "abstract": "…", "editor": [{"literal": "E"}],
         "custom": {"mood": "x"}}]))
    result = run("build", "--to", "md")
    assert result.exit_code == 0
    assert "authorities/more.json:1:1: warning[csl-unused]: CSL item 'odd' (article): not used: abstract, editor, " \
           "custom.mood" in result.stderr
    assert "editor (an article prints no editors; for a chapter in an edited book use type chapter)" in result.stderr


def test_an_item_that_cannot_be_mapped_stops_only_the_brief_that_cites_it(project):
    write(project, "authorities/more.json", json.dumps([
        {"id": "untitled", "type": "report", "author": [{"literal": "Hum. Rts. Watch"}]},
        {"id": "talk", "type": "speech", "title": "Remarks", "author": [{"given": "Ban", "family": "Ki-moon"}],
         "event-title": "the Arms Trade Treaty Conference", "issued": {"date-parts": [[2013, 4, 2]]}}]))
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.output
    assert "warning[csl-item]: CSL item 'untitled' cannot be cited: its report record is incomplete" in result.stderr
    result = memo(project, "Said so.[@talk]\n\nReported.[@untitled, 4]\n")
    assert result.exit_code == 1
    assert "briefs/modules/t.md:3:10: error[csl-item]: '@untitled' cannot be cited" in result.stderr
    assert run("cite", "talk").stdout.strip() == ("Ban Ki-moon, *Remarks*, Address at the Arms Trade Treaty "
                                                  "Conference (Apr. 2, 2013).")


# ---------------------------------------------------------------- issue 15 item 7: imports that keep everything


def test_bibtex_chapter_and_technical_report_keep_everything(project):
    source = write(project, "refs.bib", """@incollection{deaux,
  author = {Deaux, Kay and Burke, Peter},
  title = {Bridging Identities},
  booktitle = {Handbook of Identity},
  editor = {Smith, Jane},
  pages = {159--180},
  year = {2008}
}
@techreport{gao16,
  author = {{U.S. Gov't Accountability Off.}},
  title = {Firearms Trafficking},
  number = {GAO-16-223},
  year = {2016},
  month = jan,
  url = {https://www.gao.gov/products/gao-16-223}
}
""")
    result = run("authorities", "import", str(source))
    assert result.exit_code == 0, result.output
    assert run("cite", "deaux", "--pin", "162").stdout.strip() == (
        "Kay Deaux & Peter Burke, *Bridging Identities*, in *Handbook of Identity* 159, 162 (Jane Smith ed., 2008).")
    assert run("cite", "gao16").stdout.strip() == ("U.S. Gov't Accountability Off., GAO-16-223, *Firearms "
                                                   "Trafficking* (Jan. 2016), https://www.gao.gov/products/gao-16-223.")


def test_import_update_refreshes_records_and_prints_what_changed(project):
    export = project / "export.json"
    item = {"id": "gao16", "type": "report", "title": "Firearms Trafficking", "number": "GAO-16-223",
            "author": [{"literal": "U.S. Gov’t Accountability Off."}], "issued": {"date-parts": [[2016, 1]]}}
    export.write_text(json.dumps([item]))
    assert run("authorities", "import", str(export), "--into", "zotero").exit_code == 0
    imported = project / "authorities" / "zotero.yaml"
    imported.write_text(imported.read_text() + "  note: checked against the PDF\n")
    again = run("authorities", "import", str(export), "--into", "zotero")
    assert again.exit_code == 1 and "pass --update to refresh it" in again.stderr
    export.write_text(json.dumps([dict(item, issued={"date-parts": [[2016, 2]]},
                                       URL="https://www.gao.gov/products/gao-16-223"),
                                  {"id": "new1", "type": "webpage", "title": "New", "URL": "https://x.org"}]))
    result = run("authorities", "import", str(export), "--into", "zotero", "--update")
    assert result.exit_code == 0, result.output
    assert "  gao16: date: 2016-01 -> 2016-02; url: added" in result.stdout
    assert run("cite", "new1").exit_code == 0
    text = imported.read_text()
    assert "note: checked against the PDF" in text and "date: 2016-02" in text


def test_a_full_court_name_is_abbreviated_or_warned_about(project):
    write(project, "authorities/courts.json", json.dumps([
        {"id": "c1", "type": "legal_case", "title": "Seltzer v. Green Day", "volume": "725", "container-title": "F.3d",
         "page": "1170", "authority": "United States Court of Appeals for the Ninth Circuit",
         "issued": {"date-parts": [[2013]]}},
        {"id": "c2", "type": "legal_case", "title": "Doe v. Roe", "volume": "1", "container-title": "Misc.",
         "page": "1", "authority": "Tribunal of the Imaginary Republic of Nowhere", "issued": {"date-parts": [[2013]]}}]))
    result = run("build", "--to", "md")
    assert "CSL item 'c2': court 'Tribunal of the Imaginary Republic of Nowhere' has no abbreviation in courts-db" \
        in result.stderr
    assert "c1" not in result.stderr
    assert run("cite", "c1").stdout.strip() == "*Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."


# ---------------------------------------------------------------- the guide shows every kind's forms


def _sections():
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "authorities.md").read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r"(?ms)^## ([\w-]+)\n(.*?)(?=^## |\Z)", text)}


@pytest.mark.parametrize("name", sorted(__import__("briefgen.authorities.kinds", fromlist=["KINDS"]).KINDS))
def test_the_guide_declares_each_kind_as_the_code_does(name):
    """docs/authorities.md: every kind's section lists exactly its fields, has a record of its kind, and a
    module whose footnotes show the full form, *Id.* and the later form (short or supra)."""
    import re

    from briefgen.authorities.kinds import KINDS

    section = _sections()[name]
    table = re.findall(r"(?m)^\| (`[^|]+`) \|", section.split("```")[0])
    documented = {f for row in table for f in re.findall(r"`([\w-]+)`", row)}
    assert documented == {f.name for f in KINDS[name].fields}, name
    assert f"kind: {name}\n" in section
    footnotes = re.search(r"```text footnotes\n(.*?)```", section, re.S).group(1)
    assert "*Id.*" in footnotes
    later = "*supra*" if KINDS[name].supra else None
    assert later is None or later in footnotes, name


@pytest.mark.parametrize("fields, where", [
    ("  volume: 2007\n  reporter: I.C.J.\n  page: 43\n  court: I.C.J.\n", "7:3"),
    ("  number: IT-96-23-A\n  court: Int’l Crim. Trib. for the Former Yugoslavia\n", "5:3"),
])
def test_an_international_decision_entered_as_a_us_case_is_an_error(project, fields, where):
    """issue 12: an ICTY judgment as a case printed `*Prosecutor*, , ¶ 86.`; an I.C.J. one `(2007)`."""
    write(project, "authorities/bad.yaml", "- id: intl\n  kind: case\n  name: Prosecutor v. Kunarac\n" + fields)
    result = run("build", "--to", "md")
    assert result.exit_code == 1
    assert f"authorities/bad.yaml:{where}: error[authority-field]: authority 'intl': " in result.stderr
    assert "is an international court: use kind icj-case, tribunal-case or regional-case" in result.stderr


def test_a_supra_written_in_a_footnotes_own_text_is_warned_about(project):
    result = memo(project, "The report.[@gao2009, 15] Later.^[On method, see GAO, *supra* note 1, at 12.]\n")
    assert result.exit_code == 0, result.output
    assert "warning[handwritten-cite]: a footnote writes *supra* by hand ('…On method, see GAO, *supra* note 1, " \
           "at 12.…')" in result.stderr
