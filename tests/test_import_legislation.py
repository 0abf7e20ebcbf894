"""``briefgen import`` on U.S. legislation as published notes cite it: inside prose (a citation clause, R1.1), in the
CRS's forms (``10 U.S.C. §815``, ``P.L. 115-141, Division B, Title V, §539``, ``U.S. Constitution, Article III``,
``79 Federal Register 44404-44405, July 31, 2014``) and as session laws by chapter (``Ch. 72, 42 Stat. 171``).

Each note is quoted verbatim from the source named beside it: the reports of tests/corpus/SOURCES.yaml, or, for the
variants, other Congressional Research Service products as published at crsreports.congress.gov (their number
and version given); the body text that carries the note calls is placeholder text.
"""
import pytest

from test_import_reading import _imported, _keys, run
from test_reading_sources import _by_note


def _one(records: dict, call: str) -> list[dict]:
    return [records[k] for k in _keys(call)]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_code_cited_inside_prose_is_a_citation_clause(tmp_path, monkeypatch, fmt):
    """crs-r48907 notes 10 and 16, crs-r48469 note 15; and the same forms in CRS LSB11421v1 (``an ESA exemption under
    16 U.S.C. § 1536(h).``), IN10979v25 (``Consistent with 42 U.S.C. 7545(c)(4)(C)(ii)(III), the Administrator``,
    no section sign) and IF11926v4 (``The law (18 Stat. 76) stated``): the citation is read where it stands, the
    words around it stay as written."""
    notes = ["Nonjudicial punishment is authorized under 10 U.S.C. §815 and commonly referred to as an Article 15. "
             "This section of the Uniform Code of Military Justice gives commanders the ability to handle minor "
             "disciplinary infractions at the unit level without proceeding to courts-martial, and can result in "
             "administrative separation of a servicemember.",
             "Public reporting is required by P.L. 116-92, §523, and available at https://boards.law.af.mil/stats.htm.",
             "Codified at 16 U.S.C. §1855.",
             "The Endangered Species Committee would meet on March 31 regarding an ESA exemption under 16 U.S.C. § "
             "1536(h).",
             "Consistent with 42 U.S.C. 7545(c)(4)(C)(ii)(III), the Administrator of the Environmental Protection "
             "Agency, after notice and opportunity for public comment, may grant a waiver.",
             "The law (18 Stat. 76) stated that the coins would commemorate the anniversary."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, fmt)
    assert calls[0].startswith("^[Nonjudicial punishment is authorized under [@usc10-815] and commonly referred"), calls[0]
    usc = _one(records, calls[0])[0]
    assert (usc["kind"], usc["title"], usc["code"], usc["section"]) == ("statute", 10, "U.S.C.", "815")
    assert "required by [@pl116-92], and available at" in calls[1], calls[1]
    assert _one(records, calls[1])[0]["section"] == "523"
    assert calls[2].startswith("^[Codified at [@usc16-1855].]"), calls[2]
    assert "exemption under [@usc16-1536, § 1536(h)]." in calls[3], calls[3]
    assert "Consistent with [@usc42-7545, § 7545(c)(4)(C)(ii)(III)], the Administrator" in calls[4], calls[4]
    stat = _one(records, calls[5])[0]
    assert calls[5].startswith("^[The law ([@stat18-76]) stated"), calls[5]
    assert (stat["volume"], stat["reporter"], stat["page"]) == (18, "Stat.", 76) and "name" not in stat
    assert "not given" in stat.get("note", ""), stat        # the act's name is not in the note: said, not made up
    unparsed = [line for line in out.splitlines() if "import-unparsed" in line]
    assert not any(w in line for line in unparsed for w in ("U.S.C.", "Stat.", "P.L.")), out


def test_codes_written_without_a_space_as_u_s_code_or_to_the_sections_that_follow(tmp_path, monkeypatch):
    """crs-r45546 note 42 (``U.S.C.§§``), crs-r47324 note 11 (``§§1301 et seq.`` in parentheses), icjt-sadat note 7
    (``18 U.S. Code § 1546`` after the section's heading); CRS R46991v32 (``Trade Act of 1974, as amended (19 U.S.C.
    §§2341 et seq.)``)."""
    notes = ["43 U.S.C.§§1501(b), 1552.",
             "Submerged Lands Act (43 U.S.C. §§1301 et seq.).",
             "Fraud and misuse of visas, permits, and other documents, 18 U.S. Code § 1546.",
             "Trade Act of 1974, as amended (19 U.S.C. §§2341 et seq.)."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert calls[0] == "[@usc43-1501, §§ 1501(b), 1552]", calls[0]
    assert calls[1] == "^[Submerged Lands Act ([@usc43-1301, §§ 1301 et seq.]).]", calls[1]
    assert calls[2] == "^[Fraud and misuse of visas, permits, and other documents, [@usc18-1546].]", calls[2]
    assert records["usc18-1546"]["code"] == "U.S.C."
    assert "([@usc19-2341, §§ 2341 et seq.])" in calls[3], calls[3]


def test_session_laws_by_chapter_page_and_public_law_parts(tmp_path, monkeypatch):
    """crs-r45546 notes 4, 9, 11 and 37, crs-r48469 note 5, crs-r46435 notes 5 and 8; CRS R46991v32 (``P.L. 119-37,
    Division C, Title II, §733``) and R45100v21 (``P.L. 111-11, Title I, §1202(b), 123 Stat. 1009 (2009)``). A
    part the note leaves out (an act's name, a public law's page) is not made up."""
    notes = ["Ch. 72, 42 Stat. 171 (1921). In lieu of litigation, interstate compacts have historically been a preferred "
             "means of allocating water among states, among other uses. Pursuant to the U.S. Constitution, Article I, "
             "Section 10, Clause 3, no such compacts can be entered into without the consent of Congress.",
             "BCPA, Ch. 42, 45 Stat. 1057 (1928), codified as amended at 43 U.S.C. §617.",
             "Upper Colorado River Basin Compact, 1948. 63 Stat. 31 (April 6, 1949).",
             "As examples, in the Consolidated Appropriations Act, 2018 (P.L. 115-141, Division B, Title V, §539), and "
             "the Don Young Coast Guard Authorization Act of 2022 (P.L. 117-263, Division K, Title CXIII, "
             "§§11330-11335).",
             "P.L. 532, 56 Stat. 248 (1942).",
             "P.L. 532, §1(2).",
             "(P.L. 119-37, Division C, Title II, §733)",
             "Richard L. Kohnstamm Memorial Area, P.L. 111-11, Title I, §1202(b), 123 Stat. 1009 (2009)."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    ch72 = _one(records, calls[0])
    assert [r["kind"] for r in ch72] == ["statute", "constitution"], calls[0]
    assert (ch72[0]["chapter"], ch72[0]["volume"], ch72[0]["page"], ch72[0]["year"]) == ("72", 42, 171, 1921)
    assert "Pursuant to the [@u-s-const, art. I, § 10, cl. 3], no such compacts" in calls[0], calls[0]
    bcpa = _one(records, calls[1])
    assert (bcpa[0]["name"], bcpa[0]["chapter"], bcpa[0]["page"]) == ("BCPA", "42", 1057)
    assert ", codified as amended at [@usc43-617]." in calls[1], calls[1]
    assert str(_one(records, calls[2])[0]["year"]) == "1949-04-06"
    approps = _one(records, calls[3])
    assert [(r["public_law"], r["division"], r["section"]) for r in approps] == \
        [("115-141", "div. B, tit. V", "539"), ("117-263", "div. K, tit. CXIII", "11330-11335")]
    assert "volume" not in approps[0] and "name" not in approps[0]
    old = _one(records, calls[4])[0]
    assert (old["public_law"], old["volume"], old["page"]) == ("532", 56, 248)
    assert _one(records, calls[5])[0]["section"] == "1(2)"
    assert _one(records, calls[6])[0]["division"] == "div. C, tit. II"
    kohnstamm = _one(records, calls[7])[0]
    assert (kohnstamm["division"], kohnstamm["section"], kohnstamm["volume"]) == ("tit. I", "1202(b)", 123)


def test_a_treatys_volume_of_the_statutes_at_large_is_not_an_act(tmp_path, monkeypatch):
    """crs-r45546 note 14: ``…, U.S.-Mex., February 3, 1944, 59 Stat. 1219`` is where a treaty is printed; read as an
    act, it would be a wrong record."""
    notes = ["See Treaty Between the United States of America and Mexico Respecting Utilization of Waters of the "
             "Colorado and Tijuana Rivers and of the Rio Grande, U.S.-Mex., February 3, 1944, 59 Stat. 1219, "
             "<https://www.usbr.gov/lc/region/pao/pdfiles/mextrety.pdf>."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert not any(r["kind"] == "statute" for r in records.values()), records


def test_the_short_form_of_a_session_law_pins_its_act(tmp_path_factory, monkeypatch):
    """crs-r48915 notes 6 and 10: ``See ch. 675, § 505, 52 Stat. at 1052`` after ``Ch. 675, 52 Stat. 1040 (1938)``
    (the same full citation opens CRS R48915v1's notes 60 and 103); with no full citation before it, it is a
    finding and kept as text."""
    notes = ["Ch. 675, 52 Stat. 1040 (1938) (codified as amended at 21 U.S.C. §§ 331–399i).",
             "See ch. 675, § 505, 52 Stat. at 1052."]
    calls, records, out = _imported(tmp_path_factory.mktemp("both"), monkeypatch, notes)
    assert _keys(calls[1]) == _keys(calls[0])[:1] == ["stat52-1040"], calls
    assert records["stat52-1040"]["chapter"] == "675"
    calls, records, out = _imported(tmp_path_factory.mktemp("alone"), monkeypatch, notes[1:])
    assert "no earlier full citation" in out and not _keys(calls[0]), out


def test_the_federal_register_and_the_constitution_as_the_crs_writes_them(tmp_path, monkeypatch):
    """crs-r48469 note 12 (a quoted title, the rule's pages as a range, the date after a comma), crs-r45546 notes 18 and
    45; CRS R46646v17 (``HHS, "Statement of Organization, …; ACL," 77 Federal Register 23250-23260, April 18,
    2012.``)."""
    notes = ["The task force was directed to report to the President with \"recommendations for the implementation of "
             "a comprehensive framework of integrated programs to combat IUU fishing and seafood fraud that emphasizes "
             "areas of greatest need.\" NOAA, NMFS, \"Presidential Task Force on Combating Illegal, Unreported and "
             "Unregulated Fishing and Seafood Fraud,\" 79 Federal Register 44404-44405, July 31, 2014.",
             "Article III of the Constitution states that in all cases in which a state shall be a party, the Supreme "
             "Court has original jurisdiction. U.S. Constitution, Article III, §2, cl. 2. In original jurisdiction "
             "cases, the Supreme Court issues detailed decrees.",
             "Operating Criteria, 70 *Federal Register* 15873 (March 29, 2005); Colorado River Reservoirs, Coordinated "
             "Long-Range Operations, 35 *Federal Register* 8951 (June 10, 1970).",
             "The Administration on Aging became part of that agency in 2012. HHS, \"Statement of Organization, "
             "Functions, and Delegations of Authority; ACL,\" 77 Federal Register 23250-23260, April 18, 2012."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    task = records[_keys(calls[0])[0]]
    assert (task["kind"], task["volume"], task["page"], task["date"]) == ("regulation", 79, "44404", "2014-07-31")
    assert "@fr79-44404, 44404-44405" in calls[0], calls[0]
    assert "original jurisdiction. [@u-s-const, art. III, § 2, cl. 2]. In original" in calls[1], calls[1]
    rules = _one(records, calls[2])
    assert [(r["name"], r["volume"], r["page"], r["date"]) for r in rules] == \
        [("Operating Criteria", 70, "15873", "2005-03-29"),
         ("Colorado River Reservoirs, Coordinated Long-Range Operations", 35, "8951", "1970-06-10")]
    acl = records[_keys(calls[3])[0]]
    assert (acl["volume"], acl["page"], acl["date"]) == (77, "23250", "2012-04-18"), acl
    assert "@fr77-23250, 23250-23260" in calls[3], calls[3]


def test_legislation_read_inside_prose_draws_no_finding_in_a_house_style(tmp_path, monkeypatch):
    """verify on crs-r45546 notes 4, 18 and 45 and crs-r47324 note 11 as published (months written out and § without
    a space, by the CRS's style): reading them adds no finding; the planted ``Art.`` of crs-r45546 note 4 is
    found."""
    notes = ["Ch. 72, 42 Stat. 171 (1921). In lieu of litigation, interstate compacts have historically been a preferred "
             "means of allocating water among states, among other uses. Pursuant to the U.S. Constitution, Article I, "
             "Section 10, Clause 3, no such compacts can be entered into without the consent of Congress.",
             "Article III of the Constitution states that in all cases in which a state shall be a party, the Supreme "
             "Court has original jurisdiction. U.S. Constitution, Article III, §2, cl. 2.",
             "Operating Criteria, 70 Federal Register 15873 (March 29, 2005); Colorado River Reservoirs, Coordinated "
             "Long-Range Operations, 35 Federal Register 8951 (June 10, 1970).",
             "Submerged Lands Act (43 U.S.C. §§1301 et seq.).",
             "Pursuant to the U.S. Constitution, Art. I, Section 10, Clause 3, no such compacts can be entered into."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert not any(found.get(n) for n in (1, 2, 3, 4)), out
    assert "article-abbreviation" in found.get(5, set()), out


def test_a_list_of_sections_ends_where_the_citation_does(tmp_path, monkeypatch):
    """Variants from other CRS reports: R46646v17 (``(52 U.S.C. §§20901, 21002).``: the parenthesis closes the prose,
    not a subsection), R47438v6 (two citations of one section in a parenthesis, and a Federal Register page given
    after the date in prose, which stays prose), R48694v10 (``P.L. 119-4, §§1405 and 1407``); an act's sections are
    the sections cited."""
    notes = ["The voting age population (VAP) figures to be used in these calculations are the VAPs as reported in the "
             "most recent decennial census (52 U.S.C. §§20901, 21002).",
             "Some exceptions apply (7 U.S.C. §1991(a)(13)(H), 7 U.S.C. §1991(a)(13)(I)). USDA refers to these areas "
             "as rural.",
             "Rural Microentrepreneur Assistance Program for Fiscal Year 2025,\" notice issued in the Federal Register "
             "on August 20, 2024 (89 Federal Register 67411).",
             "RDT&E funding enacted for FY2025 (see P.L. 119-4, §§1405 and 1407)."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert "census ([@usc52-20901, §§ 20901, 21002])." in calls[0], calls[0]
    assert "apply ([@usc7-1991, § 1991(a)(13)(H)], [@usc7-1991, § 1991(a)(13)(I)]). USDA" in calls[1], calls[1]
    assert not _keys(calls[2]) and "short-antecedent" not in out, (calls[2], out)
    assert "(see [@pl119-4, §§ 1405 and 1407])." in calls[3], calls[3]


def test_a_code_in_the_prose_of_a_bluebook_text_keeps_its_year(tmp_path, monkeypatch):
    """Beyond the CRS: an opinion's sentence that names an act and cites its code section with the edition's year
    (the Eleventh Circuit's 2008 opinion in Penzer v. Transportation Insurance Co., as app.midpage.ai publishes it);
    a state code found by eyecite inside prose
    is read by the state codes' reader (the form of crs-r47324 note 12, moved into a sentence)."""
    notes = ["Penzer and Southeast entered into a class action settlement of claims that Southeast violated the "
             "Telephone Consumer Protection Act (\"TCPA\"), 47 U.S.C. § 227 (2000), based on unsolicited facsimile "
             "transmissions it sent to Penzer and others.",
             "Oregon's moratorium on seabed mining in its waters, Or. Rev. Stat. § 196.405 (1991), remains in force."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert "(\"TCPA\"), [@usc47-227], based on unsolicited" in calls[0], calls[0]
    assert records["usc47-227"]["year"] == 2000
    state = _one(records, calls[1])[0]
    assert (state["code"], state["section"], state["year"]) == ("Or. Rev. Stat.", "196.405", 1991), state
    assert calls[1].startswith("^[Oregon's moratorium on seabed mining in its waters, [@"), calls[1]


def test_a_state_code_keeps_its_year_inside_parentheses_and_leaves_the_sentence_its_period(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., R48915 (2025), note 179 cites ``Fla. Stat. § 501.212.``: the section is 501.212, the period
    the sentence's; crs-r47324 note 12's ``Or. Rev. Stat. §196.405 (1991)`` set inside a sentence's parentheses keeps
    its year, as it does at the head of the note."""
    notes = ["Fla. Stat. § 501.212.", "Oregon bars it (Or. Rev. Stat. §196.405 (1991)).",
             "Or. Rev. Stat. §196.405 (1991); S.B. 5145, 67th Leg., Reg. Sess. (Wash. 2021)."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    florida = _one(records, calls[0])[0]
    assert (florida["code"], florida["section"]) == ("Fla. Stat.", "501.212"), florida
    oregon = _one(records, calls[1])[0]
    assert (oregon["section"], oregon.get("year")) == ("196.405", 1991), oregon
    assert "(1991)" not in calls[1] and _keys(calls[2]) == _keys(calls[1]), calls


def test_the_short_form_of_a_session_law_keeps_its_section_and_page(tmp_path, monkeypatch):
    """crs-r48915 note 10, ``See ch. 675, § 505, 52 Stat. at 1052`` (R12.10): the act's section and the page both
    stay in the pin and the note is rebuilt as published, not as ``52 Stat. 1040, 1052`` without its § 505; the
    public law's (CRS R48915v1 notes 379 and 381, beyond the corpus's notes: ``Pub. L. No. 111-31, 123 Stat. 1776
    (2009)``, then ``Pub. L. No. 111-31, § 3, 123 Stat. at 1781``)."""
    notes = ["Ch. 675, 52 Stat. 1040 (1938) (codified as amended at 21 U.S.C. §§ 331–399i).",
             "See 21 U.S.C. § 355.", "See ch. 675, § 505, 52 Stat. at 1052.",
             "Pub. L. No. 111-31, 123 Stat. 1776 (2009).", "See 21 U.S.C. § 355.",
             "Pub. L. No. 111-31, § 3, 123 Stat. at 1781."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    assert _keys(calls[2]) == ["stat52-1040"] and "§ 505" in calls[2] and "1052" in calls[2], calls
    assert _keys(calls[5]) == _keys(calls[3]) and "§ 3" in calls[5] and "1781" in calls[5], calls
    built = run("build", "briefs/memo.yaml", "--to", "md")
    assert built.exit_code == 0, built.output
    text = (tmp_path / "build" / "memo.md").read_text(encoding="utf-8").replace("\xa0", " ")
    assert "[^3]: *See* ch. 675, § 505, 52 Stat. at 1052." in text, text
    assert "[^6]: Pub. L. No. 111-31, § 3, 123 Stat. at 1781." in text, text


def test_a_committee_report_as_the_crs_numbers_it(tmp_path, monkeypatch):
    """crs-r48907 note 32 names ``(H.Rept. 105-532)`` in its prose; CRS R48908v2 note 20 is ``S.Rept. 119-44.``: each
    a legislative report, its number as R13.4 writes it (H.R. Rep. No. 105-532), the year it does not give left out
    and said in the record's note, not made up."""
    notes = ["P.L. 105-261, §544; 10 U.S.C. §1557. The House Report to accompany the bill (H.Rept. 105-532) stated "
             "that \"the committee is very sensitive to the many complaints from constituents about the timeliness of "
             "actions and perceived problems concerning the independence and fairness of decisions by the boards for "
             "the correction of military records.\"", "S.Rept. 119-44."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    house = [r for r in records.values() if r["kind"] == "legislative"]
    assert [(r["type"], r["number"], r["congress"]) for r in house] == [
        ("report", "H.R. Rep. No. 105-532", "105"), ("report", "S. Rep. No. 119-44", "119")], records
    assert all("year" not in r and "year" in r["note"] for r in house), house
    assert "(see [@" not in calls[0] and "bill ([@" in calls[0], calls[0]
    assert len(_keys(calls[0])) == 3 and len(_keys(calls[1])) == 1, calls


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_bills_and_resolutions_by_number_and_congress(tmp_path, monkeypatch, fmt):
    """R13.2: a bill or resolution by its number and Congress, its title first if given, a section as its pin;
    Congress.gov's forms (H.Res. 5) are the same resolution and take R13.2's form. Each is a record, and the
    imported memo builds them back as R13.2 prints them."""
    notes = ["H.R. Res. 5, 118th Cong. (2023).",
             "National Defense Authorization Act for Fiscal Year 2024, H.R. 2670, 118th Cong. (2023).",
             "S. 516, 105th Cong. § 2 (1997).",
             "See H.Res. 5, 118th Cong. (2023)."]
    calls, records, output = _imported(tmp_path, monkeypatch, notes, fmt=fmt)
    assert "import-unparsed" not in output, output
    assert [r["number"] for r in records.values()] == ["H.R. Res. 5", "H.R. 2670", "S. 516"]
    assert [r["type"] for r in records.values()] == ["resolution", "bill", "bill"]
    assert records[_keys(calls[1])[0]]["title"] == "National Defense Authorization Act for Fiscal Year 2024"
    assert _keys(calls[3]) == _keys(calls[0]) and "§ 2" in calls[2]
    built = run("build", "briefs/memo.yaml", "--to", "md")
    assert built.exit_code == 0, built.output
    text = (tmp_path / "build" / "memo.md").read_text(encoding="utf-8")
    assert "H.R. Res. 5, 118th Cong. (2023)." in text and "S. 516, 105th Cong. §\u00a02 (1997)." in text
