"""Published footnotes, imported and built again: the rebuilt note says what the published one says, in
the form The Bluebook gives it.

The notes are quoted verbatim from Congressional Research Service reports (public domain), each with its
source; the body text that carries the note calls is placeholder text.
"""
from typer.testing import CliRunner

from briefgen.cli import app
from helpers import md_footnotes


def run(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def rebuilt(tmp_path, monkeypatch, notes: list[str]) -> tuple[list[str], str, str]:
    """The notes as a plain-text memo, imported and built to Markdown: (rebuilt notes, module, records)."""
    monkeypatch.chdir(tmp_path)
    calls = " ".join(f"Text omitted.[{i}]" for i in range(1, len(notes) + 1))
    (tmp_path / "memo.txt").write_text("Discussion\n\n" + calls + "\n\nNotes\n\n"
                                       + "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n",
                                       encoding="utf-8")
    assert run("import", "memo.txt").exit_code == 0
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    records = (tmp_path / "authorities" / "memo.yaml").read_text(encoding="utf-8")
    out = md_footnotes((tmp_path / "build" / "memo.md").read_text(encoding="utf-8"))
    return [n.replace("*", "").replace("’", "'").replace("“", '"').replace("”", '"') for n in out], module, records


def test_session_laws_cited_by_section_and_page(tmp_path, monkeypatch):
    """R12.4: an act's section follows its public law number, the page its Statutes at Large page; a section
    of a section (`sec. 513(a)(1)(C)`) is part of it. Cong. Rsch. Serv., R48915 (2026), notes 11-13."""
    notes = ["See Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at "
             "21 U.S.C. §§ 321, 355).",
             "See Medical Device Amendments of 1976, Pub. L. No. 94-295, § 2, sec. 513(a)(1)(C), 90 Stat. 539, 541 "
             "(codified as amended at 21 U.S.C. § 360e).",
             "See Family Smoking Prevention and Tobacco Control Act of 2009, Pub. L. No. 111-31, § 101(b)(3), "
             "sec. 910, 123 Stat. 1176, 1807 (codified as amended at 21 U.S.C. § 387j)."]
    out, module, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert "[see @pl87-781, 781 (codified as amended at @usc21-321, §§ 321, 355)]" in module, module
    assert "section: 2, sec. 513(a)(1)(C)" in records and "kind: book" not in records, records


def test_state_codes_with_a_chapter_or_title(tmp_path, monkeypatch):
    """T1: a code that names a chapter or title before the section takes a comma there (`Mass. Gen. Laws
    ch. 277, § 14A`). Cong. Rsch. Serv., 95-1135 (2025), note 122, in part."""
    notes = ["E.g., Fla. Stat. § 905.17 (2025); Mass. Gen. Laws ch. 277, § 14A (2024); Okla. Stat. Ann. tit. 22, "
             "§ 340 (2025); 42 Pa. Cons. Stat. § 4549 (West 2025)."]
    out, module, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert records.count("kind: statute") == 4 and "code: Mass. Gen. Laws ch. 277" in records, records
    assert "publisher: West" in records


def test_id_that_ends_a_sentence_takes_one_period(tmp_path, monkeypatch):
    """A statute cited again after a sentence of text becomes *Id.*, and the note ends with one period, not
    two. Cong. Rsch. Serv., R48907 (2025), notes 52-53 (in CRS style, `§1557`; here with R6.2(b)'s space)."""
    notes = ["10 U.S.C. § 1557.",
             "The law establishes that a correction board's failure to meet these timelines \"does not confer any "
             "presumption or advantage with respect to consideration by the board of any application.\" "
             "10 U.S.C. § 1557."]
    out, _, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out[1].endswith("of any application.\" Id."), out[1]


def test_a_short_form_keeps_the_name_it_was_written_with(tmp_path, monkeypatch):
    """R10.9: the short form of *In re Grand Jury Proceedings* the author wrote keeps its *In re*. Cong. Rsch.
    Serv., 95-1135 (2025), note 108."""
    notes = ["Ralls v. United States, 52 F.3d 223, 225–26 (9th Cir. 1995); In re Grand Jury Proceedings, 42 F.3d "
             "876, 878–79 (4th Cir. 1994); Vingelli v. United States (DEA), 992 F.2d 449, 451–54 (2d Cir. 1993). The "
             "motion to quash is no more likely to be granted because the prosecutor failed to comply with the "
             "guidelines of the United States Attorneys' Manual concerning the issuance of grand jury subpoenas "
             "seeking client information, In re Grand Jury Proceedings, 42 F.3d at 880."]
    out, _, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert "short: In re Grand Jury Proceedings" in records


def test_a_citation_cut_in_the_wrong_place_is_not_a_record(tmp_path, monkeypatch):
    """Without italics, a revenue ruling can be read as a book by "Rev. Rul. 2019-24" titled "2019-44 I.R.B.
    1004", and its later citations printed as *supra*; no such record is made: the note stays as written and
    counts as not read. Cong. Rsch. Serv., R49334 (2026), notes 4 and 11."""
    notes = ["Rev. Rul. 2019-24, 2019-44 I.R.B. 1004; Order, Rogovy v. Comm'r, No. 17513-24 (T.C. Mar. 18, 2026) "
             "(order denying taxpayers' motion for partial summary judgment in a hard fork and airdrop tax case).",
             "Rev. Rul. 2019-24, 2019-44 I.R.B. 1004 (\"Units of cryptocurrency are generally referred to as coins or "
             "tokens\")."]
    out, module, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert "kind: book" not in records and "kind: ruling" in records, records   # read as the ruling it is
    assert "not read" not in run("verify", "memo.txt").output


def test_what_a_title_and_an_author_cannot_be():
    from briefgen.importer.guesses import implausible

    for fields in ({"title": "2026 WL", "authors": ["Paschall"]}, {"title": "§ 4 Q&A"},
                   {"title": "April", "publisher": "hereinafter E.O. 1"}, {"title": "473 U.S. 531"},
                   {"title": "Defense Primer", "authors": ["2025. White House"]}):
        assert implausible(fields), fields
    for fields in ({"title": "Food & Drug Law", "authors": ["Peter Barton Hutt"]},
                   {"title": "Cuba: U.S. Policy Overview", "authors": ["Mark P. Sullivan"]},
                   {"title": "FDA at a Glance", "author": "Off. of the Comm'r, U.S. Food & Drug Admin."}):
        assert not implausible(fields), fields


def test_id_for_a_whole_section_after_a_subsection(tmp_path, monkeypatch):
    """R4.1: *Id.* alone repeats the pin before it; the whole section after one of its subsections is *Id.*
    § 1552. Cong. Rsch. Serv., R48907 (2025), notes 78-79 (with R6.2(b)'s space after §)."""
    out, _, _ = rebuilt(tmp_path, monkeypatch, ["10 U.S.C. § 1552(a)(1).", "10 U.S.C. § 1552."])
    assert out == ["10 U.S.C. § 1552(a)(1).", "Id. § 1552."]


def test_two_citation_sentences_stay_two(tmp_path, monkeypatch):
    """A note of two citation sentences is rebuilt as two, not joined by a semicolon into one (R1.1). Cong. Rsch.
    Serv., R46601 (2025), note 2."""
    notes = ["United States v. Montoya de Hernandez, 473 U.S. 531, 541 n.4 (1985). See, e.g., United States v. "
             "Garcia-Garcia, 319 F.3d 726, 730 (5th Cir. 2003) (alert by drug sniffing dog constituted reasonably "
             "suspicion supporting detention of bus for time reasonably necessary to investigate the cause of the "
             "alert)."]
    out, module, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert "^[[@montoya1985, 541 n.4]. [see, e.g., @garcia2003, 730 (alert" in module, module


def test_an_archived_copy_of_the_address_is_kept(tmp_path, monkeypatch):
    """R18.2.1(d): the perma.cc copy after the address is kept in the record and printed after it. Cong. Rsch.
    Serv., R48915 (2026), notes 7 and 18 (18 in part)."""
    notes = ["Off. of the Comm'r, U.S. Food & Drug Admin., FDA at a Glance (2026), "
             "https://www.fda.gov/media/154548/download [https://perma.cc/TY9H-JKGK].",
             "See Nat'l Consumer L. Ctr., Consumer Protection in the States: A 50-State Evaluation of Unfair and "
             "Deceptive Practices Laws 1–3 (2018), https://www.nclc.org/wp-content/uploads/2022/09/UDAPrpt.pdf "
             "[https://perma.cc/2FW6-9D8Q]."]
    out, _, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes
    assert "archived: https://perma.cc/2FW6-9D8Q" in records


def test_a_pin_written_without_its_space(tmp_path, monkeypatch):
    """R3.3: `amend.VI` is read as the amendment and printed `amend. VI`. Cong. Rsch. Serv., 95-1135 (2025),
    note 114, with the ellipsis R5.3 prints."""
    notes = ["U.S. Const. amend.VI (\"In all criminal prosecutions, the accused shall enjoy the right . . . to have the "
             "Assistance of Counsel for his defence.\")."]
    out, module, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out == [notes[0].replace("amend.VI", "amend. VI")], out
    assert "amend. VI" in module, module


def test_an_agency_read_as_an_author_of_its_initials_is_not_a_record(tmp_path, monkeypatch):
    """`NOAA, NMFS, "Title," URL` read without italics can be cut after NMFS, a book by NOAA titled NMFS, which every
    later note by the agency would then cite as *Id.* or *supra*: no such record is made. Cong. Rsch. Serv., R48469
    (2025), notes 3-4."""
    notes = ["NOAA, NMFS, \"International Fisheries Trade Permit,\" https://www.fisheries.noaa.gov/permit/"
             "international-fisheries-trade-permit.",
             "NOAA, NMFS, \"Seafood Import Monitoring Program Facts and Reports,\" https://www.fisheries.noaa.gov/"
             "international/international-affairs/seafood-import-monitoring-program-facts-and-reports."]
    out, module, records = rebuilt(tmp_path, monkeypatch, notes)
    assert "title: NMFS" not in records and "Id." not in " ".join(out)
    # read by its quoted title as the web page it is, by the agency and its office (rebuilt in Bluebook form)
    assert "title: International Fisheries Trade Permit" in records and "author: NOAA, NMFS" in records, records


def test_a_short_form_dated_in_house_style_is_not_given_its_year_twice(tmp_path, monkeypatch):
    """CRS house style dates a short form, `373 U.S. at 593 (1963)`: the year is the record's, printed where the
    Bluebook prints it, not kept as an explanatory parenthetical after it. Cong. Rsch. Serv., R45546 (2025),
    notes 20 and 22."""
    notes = ["Arizona v. California, 373 U.S. 546, 564 (1963).", "Arizona v. California, 373 U.S. at 593 (1963)."]
    out, _, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out == ["Arizona v. California, 373 U.S. 546, 564 (1963).", "Id. at 593."]


def test_state_codes_as_t1_writes_them(tmp_path, monkeypatch):
    """T1: Illinois cites chapter, act/section without a section sign; a period typeset after its space (`Neb
    .Rev. Stat.`) is read as the Nebraska code T1 names. Cong. Rsch. Serv., 95-1135 (2025), note 12, in part
    (its other codes in the test above); and 720 Ill. Comp. Stat. 5/14-2, Illinois's eavesdropping section, as
    state-law tables cite it."""
    notes = ["E.g., Fla. Stat. § 905.17 (2025); 725 Ill. Comp. Stat. 5/112-4.1 (2025); Ind. Code Ann. § 35-34-2-5.5 "
             "(2025) (only targets); Neb .Rev. Stat. § 29-1411 (2025); Nev. Rev. Stat. § 172.239 (2025) (target of "
             "grand jury).",
             "See 720 Ill. Comp. Stat. 5/14-2."]
    out, module, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == [notes[0].replace("Neb .Rev.", "Neb. Rev."), notes[1]], out
    assert "code: Neb. Rev. Stat." in records and records.count("kind: statute") == 6, records


def test_cfr_sections_numbered_with_a_hyphen_and_subdivisions_pinned_apart(tmp_path, monkeypatch):
    """R3.3(b): `§ 1.451-1(a)` is one section (part 1, section 451-1), not a span, and is not printed `§§`; a
    further subdivision pinned after a comma with its own parenthetical, `(i) (…), (ii) (…)`, keeps its comma.
    Cong. Rsch. Serv., R49334 (2026), notes 3 and 17 (note 16's antecedent, its note 8, before it; note 3's
    `see26` with R1.2's space)."""
    notes = ["Rev. Rul. 2019-24, 2019-44 I.R.B. 1004.",
             "Id.; see 26 C.F.R. § 1.6045-1(a)(25)(i) (\"A wallet is a means of storing, electronically or otherwise, "
             "a user's private keys to digital assets held by or for the user.\"), (ii) (\"A hosted wallet is a "
             "custodial service that electronically stores the private keys to digital assets held on behalf of "
             "others.\").",
             "26 U.S.C. § 451(b)(1); see 26 C.F.R. § 1.451-1(a). In general, individuals use the cash receipts and "
             "disbursements (cash) method of accounting. IRS Chief Coun. Adv. 202444009 (Nov. 1, 2024)."]
    out, module, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes, out
    assert "§§" not in module, module
    assert "comma-parenthetical" not in run("verify", "memo.txt").output


def test_a_case_first_cited_in_a_parenthetical_then_by_its_short_form(tmp_path, monkeypatch):
    """R10.9(a): a case cited in a (citing …) parenthetical is cited; the next note may use its short form, and
    briefgen writes it so. Cong. Rsch. Serv., R46601 (2026), notes 32 and 33 (33 in part)."""
    notes = ["Adams v. Williams, 407 U.S. 143, 145 (1972) (citing Terry v. Ohio, 392 U.S. 1, 22 (1968)).",
             "Terry, 392 U.S. at 29; see also Michigan v. Long, 463 U.S. 1032 (1983)."]
    out, _, _ = rebuilt(tmp_path, monkeypatch, notes)
    assert out == notes, out


def test_crs_reports_by_their_authors_for_the_service(tmp_path, monkeypatch):
    """R15.1, T6: a report is cited by its authors, then the institution they wrote it for, its number and its
    title; the pin follows the title (R3.2(a)). Cong. Rsch. Serv., R48915 (2026), note 3, as it prints its own
    reports (`CRS Report R45323, Title, coordinated by …, at 1`); and R48915 note 20's In Focus (its last
    sentence)."""
    notes = ["See CRS Report R45323, Federalism-Based Limitations on Congressional Power: An Overview, coordinated by "
             "Kevin J. Hickey, at 1 (2023).",
             "For more background information on state tort law, see CRS In Focus IF11291, Introduction to Tort Law, "
             "by Andreas Kuersten (2023)."]
    out, _, records = rebuilt(tmp_path, monkeypatch, notes)
    assert out == ["See Kevin J. Hickey, Cong. Rsch. Serv., R45323, Federalism-Based Limitations on Congressional "
                   "Power: An Overview 1 (2023).",
                   "For more background information on state tort law, see Andreas Kuersten, Cong. Rsch. Serv., "
                   "IF11291, Introduction to Tort Law (2023)."], out
    assert "number: R45323" in records and "author: Cong. Rsch. Serv." in records, records


def test_a_supra_by_a_quoted_title_with_its_comma_inside_the_quotation_marks():
    """R5.1: the comma after a quoted name goes inside the quotation marks, and briefgen prints it so
    (`Kato et al., "Deep-Sea Mud," supra note 4`); the reader finds the name without it. Note 119 of the
    Consumer Financial Protection Bureau's report on the tenant background check market, as published."""
    from briefgen.importer.forms import read_supra
    from briefgen.importer.sources import Rich

    text = "MLRI, “Evicted for Life,” supra note 112, p. 4-8."
    f = read_supra(Rich(text), 0, len(text))
    assert (f.name, f.note) == ("MLRI, “Evicted for Life”", 112)
