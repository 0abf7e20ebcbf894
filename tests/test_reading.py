"""Reading citations nobody here wrote: verify is honest about what it could not read, and import and
verify read published footnotes in plain text, Markdown and Word.

The footnotes below are quoted verbatim from published work, each with its source; the body text that
carries the note calls is placeholder text.
"""
import json
import re

from typer.testing import CliRunner

from briefgen.cli import app

# Footnotes 16, 17, 23, 24 and 25 of Cong. Rsch. Serv., R48915 (2026), as the report prints them.
CRS_R48915 = {
    16: "See Peter Barton Hutt, et al., Food & Drug Law 424–25 (5th ed. 2022).",
    17: "See id. at 425–26.",
    23: "See Murphy v. Nat'l Collegiate Athletic Ass'n, 584 U.S. 453, 471 (2018); Gade v. Nat'l Solid Wastes "
        "Mgmt. Ass'n, 505 U.S. 88, 108 (1992).",
    24: "Murphy, 584 U.S. at 478.",
    25: "Id. at 478-80.",
}


def run(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _text_memo(notes, body: list[str] | None = None) -> str:
    """A plain-text memo of ``notes`` (a list, numbered from 1, or {number: note} to keep the source's numbers)."""
    notes = notes if isinstance(notes, dict) else dict(enumerate(notes, 1))
    body = body or ["Text omitted."] * len(notes)
    calls = " ".join(f"{b}[{i}]" for b, i in zip(body, notes))
    return "Discussion\n\n" + calls + "\n\nNotes\n\n" + "\n".join(f"[{i}] {n}" for i, n in notes.items()) + "\n"


def _findings(output: str, path: str) -> list[tuple[int, str]]:
    return [(int(m.group(1)), m.group(2))
            for m in re.finditer(rf"^{re.escape(path)}:(\d+):\d+: warning\[([\w-]+)\]", output, re.M)]


# ---------------------------------------------------------------- honest verify


def test_a_note_verify_cannot_read_is_counted_not_warned(tmp_path, monkeypatch):
    """A citation verify cannot read is not the author's mistake: the summary counts the note, --explain and
    JSON list it, and the Id. after it is not reported as pointing nowhere."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(
        "# Discussion\n\nA statute.[^1] The same.[^2]\n\n"
        "[^1]: Some Unreadable Source Name Written Without Any Form 2023 Edition.\n[^2]: *Id.* at 4.\n",
        encoding="utf-8")
    # note 1 is not read only if it looks like a citation; make sure it does
    (tmp_path / "memo.md").write_text((tmp_path / "memo.md").read_text().replace("Edition.", "Edition (2023)."),
                                      encoding="utf-8")
    out = run("verify", "memo.md").output
    assert "warning[" not in out, out
    assert out.strip().endswith("1 file verified: 0 errors, 0 warnings; memo.md: 2 notes not read: 1, 2 "
                                "(--explain lists them)"), out
    explained = run("verify", "memo.md", "--explain").output
    assert "memo.md:5:7: note 1 not read: Some Unreadable Source" in explained
    assert "memo.md:6:7: note 2 not read: Id. at 4." in explained
    data = json.loads(run("verify", "memo.md", "--format", "json").output)
    assert [u["note"] for u in data["files"][0]["unread"]] == [1, 2] and data["warnings"] == 0


def test_an_id_after_a_source_given_by_its_address_is_not_pointing_nowhere(tmp_path, monkeypatch):
    """A note that gives a source by its address cites it, read or not: the Id. after it is not "after a note that
    cites no authority". Leila Nadya Sadat, Next Steps for a Crimes Against Humanity Treaty, Int'l Crim. Just.
    Today (Dec. 8, 2014), notes 10 and 11."""
    monkeypatch.chdir(tmp_path)
    notes = {10: "Official Statements from the Sixty-Eighth Session of the U.N. Sixth Committee are available at "
                 "https://papersmart.unmeetings.org/en/ga/sixth/68th-session/programme/.",
             11: "Id."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert "id-reference" not in out and "not read" not in out, out     # the page is read by its address


def test_an_ambiguous_id_is_kept_as_text_with_the_forms_it_could_mean(tmp_path, monkeypatch):
    """R4.1: Id. after a note citing two cases (CRS R48915 notes 23 and 25, here consecutive) cannot say which;
    import keeps it as text, and the hint gives both corrected forms."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(
        "# Discussion\n\nTwo cases.[^1] One of them.[^2]\n\n"
        "[^1]: *See* *Murphy v. Nat’l Collegiate Athletic Ass’n*, 584 U.S. 453, 471 (2018); *Gade v. Nat’l Solid "
        "Wastes Mgmt. Ass’n*, 505 U.S. 88, 108 (1992).\n[^2]: *Id.* at 478-80.\n", encoding="utf-8")
    out = run("verify", "memo.md").output
    assert _findings(out, "memo.md") == [(6, "id-reference")], out
    assert "R4.1: *Id.* cannot say which; write Murphy, 584 U.S. at 478-80 or Gade, 505 U.S. at 478-80" in out
    assert run("import", "memo.md").exit_code == 0
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    assert "One of them.^[*Id.* at 478-80.]" in module, module


def test_missing_pin_needs_a_quotation_or_a_figure_not_a_date(tmp_path, monkeypatch):
    """A date, a year, a docket number or a number in a parenthetical is no figure a source supports."""
    from briefgen.lint.rules import _what

    for text in ("On May 17, 2024, the agency acted.", "In 2019 the Commission reported.", "in the 1990s",
                 "Case No. 1:20-cv-1234 was filed.", "The report (finding 40 cases) agrees.", "the 117th Congress",
                 "CRS Report R45323 says so.", "GAO-21-322 found it.", "It was adopted on 2 April 2013."):
        assert _what(text) == "", text
    for text, what in (("About 87 percent of the guns.", "a figure (“87 percent”)"),
                       ("It cost $3.5 billion.", "a figure (“$3.5 billion”)"),
                       ("In 2019, 12,878 guns were traced.", "a figure (“12,878”)"),
                       ("It said “no”.", "a quotation")):
        assert _what(text) == what, text
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(
        "# Discussion\n\nOn May 17, 2024, the Court decided it.[^1] About 87 percent agree.[^2]\n\n"
        "[^1]: *Murphy v. Nat’l Collegiate Athletic Ass’n*, 584 U.S. 453 (2018).\n"
        "[^2]: *Gade v. Nat’l Solid Wastes Mgmt. Ass’n*, 505 U.S. 88 (1992).\n", encoding="utf-8")
    out = run("verify", "memo.md").output
    assert _findings(out, "memo.md") == [(6, "missing-pin")] and "“87 percent”" in out, out
    assert "hint: R3.2(a): give the page or paragraph that holds a figure (“87 percent”): Gade v. Nat’l Solid Wastes " \
           "Mgmt. Ass’n, 505 U.S. 88, PAGE (1992)" in out, out


# Footnotes as the reports print them: Cong. Rsch. Serv., R47324 (2026), notes 7, 49 and 58; R48887 (2026), note
# 24; R49334 (2026), notes 32 and 33. Each has numbers that are no figure the citation supports: a pin of the
# citation before it, a month and year, a paragraph of an annex, a figure in a quoted title; and an Id. that
# takes its pin from the citation it repeats.
NUMBERS_THAT_ARE_NO_FIGURES = {
    7: "IEA, Role of Critical Minerals, p. 5. For more information about critical minerals for energy technologies, "
       "see CRS Report R48149, Critical Minerals and Materials for Selected Energy Technologies, by Emma Kaboli.",
    49: "See CRS Infographic IG10053, Seabed Mining in the Clarion-Clipperton Zone, by Caitlin Keating-Bitonti and "
        "Emma Kaboli. In September 2025, the ISA received an application for an exploration contract for "
        "polymetallic nodules in the Clarion-Clipperton Zone from a subsidiary of Impossible Metals, a U.S. seabed "
        "mining company, sponsored by the Kingdom of Bahrain. At the close of the ISA's March 2026 session, this "
        "application remains under consideration by the ISA. ISA, Application for Approval of a Plan of Work for "
        "Exploration for Polymetallic Nodules by Impossible Metals Bahrain W.L.L., ISBA/31/LTC/2, October 17, 2025 "
        "(hereinafter ISA, ISBA/31/LTC/2 ).",
    58: "Although the ISA Council had aimed to adopt exploitation regulations during the 30th session of the ISA, it "
        "did not meet the deadline. ISA, Decision of the Council of the International Seabed Authority on a Timeline "
        "following the Expiration of the Two-year Period Pursuant to Section 1, Paragraph 15, of the Annex to the "
        "Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea, "
        "ISBA/28/C/24, July 21, 2023 (hereinafter ISA, ISBA/28/C/24).",
    124: "\"US Military Has Lost Roughly 25% of Its Reaper Drones as Iran War Depletes Arsenal,\" *Washington Post*, "
         "August 13, 2026. See CRS Insight IN12692, *U.S. Aircraft Combat Losses in Operation Epic Fury: "
         "Considerations for Congress*, by Jennifer DiMascio, Joshua Korzilius, and Daniel M. Gettinger.",
    132: "*Id.*",
    133: "IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 8 (Mar. 26, 2014). The IRS explains that a taxpayer who "
         "\"mines\" virtual currency includes a taxpayer who \"uses computer resources to validate Bitcoin transactions "
         "and maintain the public Bitcoin transaction ledger.\" *Id*.",
}


def test_numbers_that_are_no_figure_need_no_pin(tmp_path, monkeypatch):
    """A pin, a month and year, a paragraph number, a number in a quoted title and what the citations before
    it in its own sentence or string say are not what a citation supports; Id. repeats the pin before it."""
    from briefgen.lint.rules import _what, supported

    assert supported("IEA, Role of Critical Minerals, p. 5. For more information about critical minerals, see") \
        == "For more information about critical minerals"
    assert supported("Or. Rev. Stat. §196.405 (1991); S.B. 5145, 67th Leg., Reg. Sess. (Wash. 2021); and") == ""
    assert supported("About 87 percent of the guns came from the U.S. ") == "About 87 percent of the guns came from the U.S."
    assert _what("In September 2025, the ISA received an application.") == ""
    assert _what("Pursuant to Section 1, Paragraph 15, of the Annex") == ""
    assert _what("There is also a DD Form 214-1.") == ""
    assert _what("In 2025, the USGS published a list of 60 critical minerals.") == "a figure (“60”)"
    # Cong. Rsch. Serv., R45546, note 19, and R46435, note 23: a case cited in the text with its pin, a bill in
    # parentheses (no sentence ends at its "S."); Leiden, note 3: a note of a book cited as "fn 2"
    assert _what("The 1963 decision is the first in a line. 373 U.S. 546, 601 (1963), 376 U.S. 340 (1964) (order "
                 "issued), ") == ""
    assert _what(supported("The 1966 amendment (S. 693) passed the Senate on April 5, 1965, were reported ")) == ""
    assert _what("Alexa Koenig and others, *Digital Fingerprints* (Human Rights Center 2014) fn 2, citing ") == ""
    # International Criminal Justice Today: O'Connell, note 11 (a volume before its periodical), and Maunganidze,
    # note 1 (chapter titles in sentence case, after their authors or before "in" and the book)
    assert _what("Judgment and Sentences, 1 October 1946, reprinted in 41 Am. J. Int’l L. 186 (1947).") == ""
    assert _what("Benjamin Ferencz, “The experience of Nuremberg” in Dinah Shelton (ed) International Crimes, Peace "
                 "and Human Rights (Transnational Publishers 2009); Richard Overy “The Nuremberg trials: International "
                 "law in the making” in Phillipe Sands (ed) ") == ""
    assert _what("He said, “it is done.”") == "a quotation"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(NUMBERS_THAT_ARE_NO_FIGURES), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert "missing-pin" not in out, out


def test_a_short_parenthetical_is_right_and_a_clause_is_not(tmp_path, monkeypatch):
    """R1.5(a)(i): where a full participial phrase is unnecessary a shorter parenthetical may be used, and a pin
    that continues after one, (ii), is none; a clause is a finding, and so is a judge's opinion without its
    comma (R10.6.1), each with its corrected text. Parentheticals of Cong. Rsch. Serv., R49334 (2026), notes 2, 4
    and 17; 95-1135 (2025), notes 12 and 18; R48915 (2026), note 37; R46601 (2021), note 1."""
    from briefgen.lint.rules import parenthetical_problem

    for fine in ("general rule for taxable year of inclusion", "constructive receipt", "similar", "special grand jury",
                 "order denying taxpayers' motion for partial summary judgment in a hard fork and airdrop tax case",
                 "only witnesses who have waived or been granted immunity", "freedom of the press", "ii",
                 "Gorsuch, J., lead opinion", "internal quotations omitted", "New York: Atlantic Monthly Press, 2021",
                 "i.e., deep-seabed mining", "qualified immunity", "tax imposed by statute"):
        assert parenthetical_problem(fine) is None, fine
    assert parenthetical_problem("Stewart, J. dissenting")[1] == "R10.6.1: write (Stewart, J., dissenting)"
    clause = parenthetical_problem("alert by drug sniffing dog constituted reasonably suspicion supporting detention")
    assert "clause ('constituted')" in clause[0] and clause[1].startswith("R1.5(a)(i): begin it with a participle: "
                                                                          "(holding that alert by drug sniffing dog")
    assert parenthetical_problem("the court held that the statute was void")[1].endswith("(holding that the statute "
                                                                                          "was void)")
    monkeypatch.chdir(tmp_path)
    notes = {2: "26 U.S.C. § 451(a); 26 C.F.R. §§ 1.451-1(a) (2025) (general rule for taxable year of inclusion), "
                "1.451-2(a) (2025) (constructive receipt).",
             37: "Hillman v. Maretta, 569 U.S. 483, 498 (2013) (internal quotations omitted); see also Arizona v. "
                 "United States, 567 U.S. 387, 406 (2012) (similar).",
             18: "Zurcher v. Stanford Daily, 436 U.S. 547, 575–76 (1978) (Stewart, J. dissenting)."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(9, "parenthetical")], out
    assert "hint: R10.6.1: write (Stewart, J., dissenting)" in out


# Cong. Rsch. Serv., R48907 (2026), notes 5, 29 and 48 as the report prints them: CRS house style writes every
# date's month out; its case names are abbreviated by T6, as every style's are; "Cl. Ct." is a court.
CRS_R48907 = {
    5: "U.S. Department of Veterans Affairs (VA), \"Update and Clarify Regulatory Bars to Benefits Based on Character "
       "of Discharge,\" 38 C.F.R. Part 3, 89 Federal Register 32361, April 26, 2024, https://www.federalregister.gov/"
       "documents/2024/04/26/2024-09012/update-and-clarify-regulatory-bars-to-benefits-based-on-character-of-discharge"
       "; U.S. Department of Veterans Affairs, \"VA expands access to benefits for some former service members who did "
       "not receive an honorable or general discharge,\" press release, April 25, 2024, https://www.va.gov/wilmington-"
       "health-care/news-releases/va-expands-access-to-care-and-benefits-for-some-former-service-members-who-did-not-"
       "receive-an-honorable-or/.",
    29: "10 U.S.C. §1552(b). In contrast to the DRB provision, the statute of limitations for BCMR review begins to run "
        "upon discovery of the error, rather than the date of discharge. Mullen v. United States, 19 Cl. Ct. 550, 551 "
        "(Cl. Ct. 1990) (holding that application before the BCMR was timely, although filed over eleven years after "
        "discharge, because the applicant did not discover the error until he was diagnosed with post–traumatic "
        "stress disorder over ten years after discharge).",
    48: "Martin v. Sec'y of Army, 455 F. Supp. 634, 639 (D.D.C. 1977) (\"Precedent dictates that the case be remanded to "
        "the Secretary of the Army for the entry of findings upon which the Court can base its review.\").",
}


def test_a_house_style_that_writes_months_and_agencies_out_is_its_own(tmp_path, monkeypatch):
    """A memo whose dates all write the month out, and whose only T6 words are in case names, follows its own
    style: neither its months nor its agencies written out are findings; 'Cl. Ct.' is no clause. In a sentence
    of a citation, U.S. Const. Art. VI is one (R3.3, T16), with its corrected text."""
    from briefgen.importer import _t16

    assert _t16("Mullen v. United States, 19 Cl. Ct. 550, 551 (Cl. Ct. 1990).", set()) == []
    assert _t16("U.S. Const. Art. VI, cl. 2.", set()) == [
        (12, "article-abbreviation", "'Art.' in a citation",
         "R3.3, T16: write art. VI (in a textual sentence, Article VI)")]
    # a sentence the subdivision opens is textual: the word is written out there (R3.3), as the hint says
    assert _t16("Art. 5 of the treaty binds.", set()) == [
        (0, "article-abbreviation", "'Art.' in a citation", "R3.3, T16: write art. 5 (in a textual sentence, Article 5)")]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(CRS_R48907), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert not [f for f in _findings(out, "memo.txt") if f[1] in ("month", "abbreviation", "article-abbreviation")], out
    # R49334 (2026), notes 3 and 4, each with its month written out: a date in the citation's own parenthesis, as
    # the Bluebook sets it, is a slip at its note, however many there are
    bluebook = {3: "IRS Chief Coun. Adv. 202444009 (November 1, 2024).",
                4: "Order, Rogovy v. Comm'r, No. 17513-24 (T.C. March 18, 2026) (order denying taxpayers' motion for "
                   "partial summary judgment in a hard fork and airdrop tax case)."}
    (tmp_path / "memo.txt").write_text(_text_memo(bluebook), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [f for f in _findings(out, "memo.txt") if f[1] == "month"] == [(7, "month"), (8, "month")], out
    assert "hint: T12: write Mar. 18, 2026" in out


def test_a_memo_that_never_dates_the_cfr_is_told_once_and_its_agencies_are_its_style(tmp_path, monkeypatch):
    """R14.2(a): a memo that cites the C.F.R. without the edition's year every time is told so once, with each
    citation as it should read; one that dates it elsewhere is told at each slip. Agencies written out in a memo
    of another house style (Cong. Rsch. Serv., R48859 (2026), notes 9 and 24; R48907 (2026), notes 1, 3, 18) are
    its style; in a memo that uses the tables, they are findings with the T6 form."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "20 C.F.R. §1002.136.", 3: "38 C.F.R. §3.12(c), (d).", 18: "32 C.F.R. §70.8(a)(3).",
             9: "U.S. Department of State, *Investment Climate Statement: Mexico, 2025*, pp. 30-31, 38.",
             24: "Office of the U.S. Trade Representative (USTR), *United States-Mexico Critical Minerals Action Plan*, "
                 "February 3, 2026; U.S. Department of State, U.S. Mission to Mexico, \"The United States and Mexico "
                 "Expand Cooperation to Combat New World Screwworm,\" June 24, 2026."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(7, "cfr-year")], out
    assert "the memo cites the C.F.R. without the year of the edition, 3 times" in out
    assert "hint: R14.2(a): give the year of the edition cited: 20 C.F.R. § 1002.136 (YEAR); 38 C.F.R. § 3.12 " \
           "(YEAR); 32 C.F.R. § 70.8 (YEAR)" in out
    notes[2] = "32 C.F.R. § 73.5 (2025); see U.S. Dep't of State, *Country Reports on Terrorism 2023*, at 4 (2024)."
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [f for f in _findings(out, "memo.txt") if f[1] == "cfr-year"] == [(7, "cfr-year"), (8, "cfr-year"), (9, "cfr-year")], out
    assert "hint: R14.2(a): give the year of the edition cited: 20 C.F.R. § 1002.136 (YEAR)" in out
    assert "hint: T6: write U.S. Dep’t of State" in out, out


def test_a_half_abbreviated_newspaper_in_a_house_style_is_corrected_both_ways(tmp_path, monkeypatch):
    """A newspaper half abbreviated is wrong in any style: in a memo that writes names out (Cong. Rsch. Serv.,
    R48887 (2026), note 15, with "Wall Street Journal" written "Wall Street J.") the hint gives the T13 form and
    the name written out; a journal read as a case is no unknown reporter."""
    from briefgen.tables import newspaper_name

    assert [newspaper_name(a) for a in ("Wall St. J.", "N.Y. Times", "Wash. Post")] == [
        "Wall Street Journal", "New York Times", "Washington Post"]
    monkeypatch.chdir(tmp_path)
    notes = {15: "Anat Peled et al., \"Iran Is Producing Ballistic Missiles Again,\" *Wall Street J.*, September 10, "
                 "2026.",
             16: "Shelby Holliday and Costas Paris, \"U.S. Strikes Iranian Oil Tankers in Response to Tehran's Attacks "
                 "on Navy Ships,\" *Wall Street Journal*, September 8, 2026."}
    (tmp_path / "memo.md").write_text("# Discussion\n\nOne.[^15] Two.[^16]\n\n" + "\n".join(
        f"[^{n}]: {t}" for n, t in notes.items()) + "\n", encoding="utf-8")
    out = run("verify", "memo.md").output
    assert _findings(out, "memo.md") == [(5, "abbreviation")], out
    assert "hint: T13: write Wall St. J. (in a house style that writes names out, Wall Street Journal)" in out
    from briefgen.authorities.model import Authority
    from briefgen.errors import Report
    from briefgen.lint.plausible import reporters

    report = Report()
    reporters(Authority("using2006", "case", {"reporter": "St. John's J. Legal Comment.", "year": 2006}), None, report)
    reporters(Authority("x", "case", {"reporter": "F. 9th", "year": 2006}), None, report)
    assert [d.code for d in report.items] == ["unknown-reporter"]


# Cong. Rsch. Serv., R47324 (2026), notes 18 (its last citation) and 20, as the report prints them.
LAURSEN_FULL = ("Wendy Laursen, \"The Nodule Collectors Are Lining Up, Ready to Go,\" Maritime Magazine, March 2024, "
                "https://www.maritimemagazines.com/offshore-engineer/202403/the-nodule-collectors-are-lining-up-ready-"
                "to-go/ (hereinafter Laursen, \"The Nodule Collectors Are Lining Up, Ready to Go\").")
LAURSEN_SHORT = "Laursen, \"The Nodule Collectors Are Lining Up, Ready to Go.\""


def test_a_short_form_before_any_full_citation_is_a_finding(tmp_path, monkeypatch):
    """R4.2, R16.9: a citation that is only a name, a short title and a pin is a short form, whatever its house
    style; with no earlier note naming that title it comes before the full citation. After the full citation
    it is a later citation, and nothing is said."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo({20: LAURSEN_SHORT, 21: LAURSEN_FULL}), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(7, "short-antecedent")], out
    assert "short form 'Laursen, \"The Nodule Collectors Are Lining Up, Ready to Go.\"' with no earlier full " \
           "citation" in out
    (tmp_path / "memo.txt").write_text(_text_memo({18: LAURSEN_FULL, 20: LAURSEN_SHORT}), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert "short-antecedent" not in out, out
    from briefgen.lint.shortforms import _short_forms

    assert [f[1:] for f in _short_forms("GAO, Science & Tech Spotlight: Deep-Sea Mining, GAO-22-105507, December 15, "
                                        "2021; Kato et al., \"Deep-Sea Mud\".")] == [("Kato et al.", "Deep-Sea Mud")]
    # Cong. Rsch. Serv., R48469 (2025), note 10 as cited later (its initials and short title), and R48859 (2026),
    # note 9, an agency's report cited in full in CRS style: a name written out is no short form's
    assert [f[1:] for f in _short_forms("NOAA, NMFS, Report on the Seafood Import Monitoring Program—FY2023.")] == [
        ("NOAA, NMFS", "Report on the Seafood Import Monitoring Program—FY2023")]
    for full in ("See Adkins, Pepper & Sykes, supra note 34, at 17.", "Murphy, 584 U.S. at 478.", LAURSEN_FULL,
                 "U.S. Department of State, *Investment Climate Statement: Mexico, 2025*, pp. 30-31, 38."):
        assert list(_short_forms(full)) == [], full


def test_a_finding_in_a_word_footnote_names_the_footnote(tmp_path, monkeypatch):
    """A Word footnote has no line of its own: the finding gives the paragraph that calls it and the footnote."""
    (tmp_path / "briefs" / "modules").mkdir(parents=True)
    (tmp_path / "authorities").mkdir()
    (tmp_path / "briefs" / "memo.yaml").write_text("kind: memo\ntitle: T\nmodules: [m]\n", encoding="utf-8")
    (tmp_path / "briefs" / "modules" / "m.md").write_text(
        "# Discussion\n\nFirst.^[A note of text.]\n\nThe treaty binds.^[*See* Arms Trade Treaty, April 2, 2013, "
        "3013 U.N.T.S. 269.]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("build", "briefs/memo.yaml", "--to", "docx").exit_code == 0
    out = run("verify", "build/memo.docx").output
    assert re.search(r"^build/memo\.docx:\d+:\d+: warning\[month\]: footnote 2: month not abbreviated as T12 does: "
                     r"'April 2, 2013'\n  hint: T12: write Apr\. 2, 2013", out, re.M), out
    data = json.loads(run("verify", "build/memo.docx", "--format", "json").output)
    assert data["files"][0]["diagnostics"][0]["note"] == 2


# ---------------------------------------------------------------- reading all of a footnote


# Cong. Rsch. Serv., R48915 (2026), footnote 7, as the report prints it.
CRS_R48915[7] = ("Off. of the Comm'r, U.S. Food & Drug Admin., FDA at a Glance (2026), "
                 "https://www.fda.gov/media/154548/download [https://perma.cc/TY9H-JKGK].")
# Marbury v. Madison as the Bluebook cites it (R10.3.2 nominative reporter), with its pin at the page of
# "It is emphatically the province and duty of the judicial department to say what the law is."
MARBURY = "Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803)."


def test_plain_text_footnotes_are_read_without_italics(tmp_path, monkeypatch):
    """In plain text there are no italics: eyecite's spans over the whole note anchor the case names, full and
    short, a nominative reporter is read with U.S., and a book or report is read by trying where its title
    could start and end. Every note becomes citations, and the rebuilt footnotes say the same."""
    monkeypatch.chdir(tmp_path)
    notes = [CRS_R48915[16], CRS_R48915[17], CRS_R48915[23], CRS_R48915[24], MARBURY, CRS_R48915[7]]
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    verified = run("verify", "memo.txt").output
    assert verified.strip() == "1 file verified: 0 errors, 0 warnings", verified
    result = run("import", "memo.txt")
    assert result.exit_code == 0 and "6 notes, 6 with citations, 5 authorities, 0 warnings" in result.output
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    assert "[see @hutt2022, 424–25]" in module and "[see @hutt2022, 425–26]" in module, module
    assert "[see @murphy2018, 471; @gade1992, 108]" in module and "[@murphy2018, 478]" in module
    assert "[@marbury1803, 177]" in module
    import yaml

    records = {r["id"]: r for r in yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text("utf-8"))}
    assert records["marbury1803"]["reporter"] == "U.S. (1 Cranch)"
    assert (records["hutt2022"]["kind"], records["hutt2022"]["title"], records["hutt2022"]["edition"]) == \
        ("book", "Food & Drug Law", 5)
    fda = next(r for r in records.values() if r.get("url", "").startswith("https://www.fda.gov"))
    assert (fda["kind"], fda["title"], fda["author"]) == ("report", "FDA at a Glance",
                                                          "Off. of the Comm'r, U.S. Food & Drug Admin.")
    assert "Guessed: kind, title." in fda["note"] and fda["archived"] == "https://perma.cc/TY9H-JKGK"
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    from helpers import md_footnotes

    rebuilt = md_footnotes((tmp_path / "build" / "memo.md").read_text(encoding="utf-8"))
    assert rebuilt[2] == "*See Murphy v. Nat'l Collegiate Athletic Ass'n*, 584 U.S. 453, 471 (2018); *Gade v. " \
                         "Nat'l Solid Wastes Mgmt. Ass'n*, 505 U.S. 88, 108 (1992)."
    assert rebuilt[4] == "*Marbury v. Madison*, 5 U.S. (1 Cranch) 137, 177 (1803)."


# Cong. Rsch. Serv., R48915 (2026), footnotes 34 and 38, as the report prints them: the first leaves its
# explanatory parenthetical unclosed; the second cites the report of note 34 by its authors' names.
CRS_R48915[34] = (
    "See, e.g., Riegel v. Medtronic, 552 U.S. 312, 330 (2008) (analyzing the scope of Medical Device Amendments' "
    "express preemption provision, which preempts state requirements that are \"'different from, or in addition "
    "to' the requirements imposed by federal law\" (quoting 21 U.S.C. § 360k(a)(1)). For more information about "
    "federal preemption, see CRS Report R45825, Federal Preemption: A Legal Primer, by Bryan L. Adkins, "
    "Alexander H. Pepper, and Jay B. Sykes (2023).")
CRS_R48915[38] = "See Adkins, Pepper & Sykes, supra note 34, at 17."


def test_an_unclosed_parenthetical_and_a_report_cited_with_its_authors(tmp_path, monkeypatch):
    """The parenthesis the source never closed is a finding, with where to close it, and the citations around it
    are still read; the CRS report's authors after its title are read, and a supra by their names finds it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo({34: CRS_R48915[34], 38: CRS_R48915[38]}), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(7, "parenthesis")], out
    assert "close it: …al law\" (quoting 21 U.S.C. § 360k(a)(1)))" in out
    assert out.strip().endswith("1 file verified: 0 errors, 1 warning"), out
    assert run("import", "memo.txt").exit_code == 0
    import yaml

    records = yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text(encoding="utf-8"))
    report = next(r for r in records if r["kind"] == "report")
    assert (report["title"], report["authors"], report["author"], report["number"], report["date"]) == (
        "Federal Preemption: A Legal Primer", ["Bryan L. Adkins", "Alexander H. Pepper", "Jay B. Sykes"],
        "Cong. Rsch. Serv.", "R45825", "2023")     # R15.1, T6: the institution the authors wrote it for
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    assert f"[see @{report['id']}, 17]" in module, module


def test_superscript_calls_flattened_to_digits(tmp_path, monkeypatch):
    """Text copied from a PDF or a web page loses its superscripts: `omitted.12`. With a Notes section of
    numbered notes, the digits that count 1, 2, 3 in order are the calls; other numbers stay text."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(
        "Discussion\n\nIn 2018 the Court held so.1 It said so again in 87 cases.2\n\nEndnotes\n\n"
        f"1. {CRS_R48915[23]}\n\n2. {CRS_R48915[24]}\n", encoding="utf-8")
    result = run("import", "memo.txt")
    assert "2 notes, 2 with citations, 2 authorities, 0 warnings" in result.output, result.output
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    assert "In 2018 the Court held so.[see @murphy2018, 471; @gade1992, 108] It said so again in 87 cases." \
           "[@murphy2018, 478]" in module, module


# ---------------------------------------------------------------- the errors citecheckers catch


def test_courts_and_periodicals_get_the_tables_forms():
    """T7 and T10 for courts, T13 for periodicals and newspapers: the corrected form, never a wrong one."""
    from briefgen.tables import court, periodical

    for wrong, right in (("D. Mn.", "D. Minn."), ("10th Circ.", "10th Cir."), ("3rd Cir.", "3d Cir."),
                         ("N.Y. Civil Ct.", "N.Y. Civ. Ct."), ("Ninth Circuit", "9th Cir."),
                         ("California Court of Appeal", "Cal. Ct. App."), ("1st Circuit", "1st Cir."),
                         # the states as newspapers (AP) and common usage abbreviate them, and T10's without a period
                         ("E.D. Penn.", "E.D. Pa."), ("N.D. Calif.", "N.D. Cal."), ("D. Ore.", "D. Or."),
                         ("S.D. Texas", "S.D. Tex."), ("W.D. Wisc.", "W.D. Wis."), ("E.D. Ark", "E.D. Ark."),
                         ("D. Mass", "D. Mass."), ("N.D. W.Va.", "N.D. W. Va.")):
        assert court(wrong) == right, wrong
    for fine in ("D. Minn.", "3d Cir.", "S.D.N.Y.", "Cal. Ct. App.", "D. Me.", "E.D. Pa.", "Tex. Crim. App.", "U.S.",
                 "D. Utah", "S.D. Ohio", "N.D. Iowa", "D. Guam", "D.D.C.", "Ark. Ct. App.", "N.D. W. Va.",
                 "Rehnquist, Circuit Justice"):
        assert court(fine) == fine, fine
    for wrong, right in (("Yale Law Journal", "Yale L.J."), ("Yale L. J.", "Yale L.J."),
                         ("Columbia L. Rev.", "Colum. L. Rev."), ("Columbia Law Review", "Colum. L. Rev."),
                         ("American Journal of International Law", "Am. J. Int’l L."),
                         ("The New York Times", "N.Y. Times"), ("Washington Post", "Wash. Post"),
                         ("Wall Street J.", "Wall St. J.")):
        assert periodical(wrong) == right, wrong
    for fine in ("Yale L.J.", "N.Y.U. L. Rev.", "Colum. L. Rev.", "N.Y. Times", "Wash. Post"):
        assert periodical(fine) == fine, fine


def test_a_wrong_court_is_a_finding_with_its_corrected_form(tmp_path, monkeypatch):
    """A court the tables would abbreviate otherwise (the planted forms of published notes)."""
    monkeypatch.chdir(tmp_path)
    # Cong. Rsch. Serv., R48915 (2026), footnote 39, with its court written "4th Circuit"
    note = "City of Charleston v. A Fisherman's Best, Inc., 310 F.3d 155, 169 (4th Circuit 2002)."
    (tmp_path / "memo.txt").write_text(_text_memo({39: note}), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(7, "court")], out
    assert "court '4th Circuit' is not abbreviated as T7 does\n  hint: T7: write 4th Cir." in out


def test_months_wherever_a_citation_dates_something_and_quotations_in_parentheticals(tmp_path, monkeypatch):
    """T12 in a date no citation form reads (an IRS advice memorandum's date, a court's), and a case whose own
    parenthetical quotes it, cited without a pin. From Cong. Rsch. Serv., R49334 (2026), footnote 3, and
    R48915, footnote 33, each with the error a citechecker marks (the month written out, the pin dropped)."""
    monkeypatch.chdir(tmp_path)
    notes = {3: "26 U.S.C. § 451(b)(1); see 26 C.F.R. § 1.451-1(a). In general, individuals use the cash receipts "
                "and disbursements (cash) method of accounting. IRS Chief Coun. Adv. 202444009 (November 1, 2024).",
             4: "Murphy v. Nat'l Collegiate Athletic Ass'n, 584 U.S. 453, 471 (2018).",
             33: "See, e.g., Kansas v. Garcia, 589 U.S. 191 (2020) (observing that \"the possibility that federal "
                 "enforcement priorities might be upset is not enough to provide a basis for preemption\")."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert sorted(_findings(out, "memo.txt")) == [(7, "cfr-year"), (7, "month"), (9, "missing-pin")], out
    assert "month not abbreviated as T12 does: 'November 1, 2024'\n  hint: T12: write Nov. 1, 2024" in out
    assert re.search(r"a quotation in its parenthetical is supported by '@\w+2020' without a pin", out), out


# ---------------------------------------------------------------- Zotero as exported

# A plain Zotero CSL-JSON export (no Better BibTeX): item addresses as ids. The works are real: Ford v.
# Wainwright, 477 U.S. 399 (1986), and Elizabeth Y. McCuskey, Body of Preemption: Health Law Traditions and the
# Presumption Against Preemption, 89 Temp. L. Rev. 95 (2016) (cited in Cong. Rsch. Serv., R48915, note 1).
ZOTERO = [
    {"id": "http://zotero.org/users/1234567/items/ABCD2345", "type": "legal_case", "title": "Ford v. Wainwright",
     "authority": "Supreme Court of the United States", "container-title": "U.S.", "volume": "477", "page": "399",
     "issued": {"date-parts": [[1986]]}},
    {"id": "http://zotero.org/users/1234567/items/EFGH6789", "type": "article-journal",
     "title": "Body of Preemption: Health Law Traditions and the Presumption Against Preemption",
     "container-title": "Temple Law Review", "journalAbbreviation": "Temp. L. Rev.", "volume": "89", "page": "95-170",
     "author": [{"family": "McCuskey", "given": "Elizabeth Y."}], "issued": {"date-parts": [[2016]]}},
    {"id": "http://zotero.org/users/1234567/items/JKLM1234", "type": "legal_case", "title": "Ford v. Wainwright",
     "citation-key": "ford", "authority": "Supreme Court of the United States", "container-title": "U.S.",
     "volume": "477", "page": "399", "issued": {"date-parts": [[1986]]}},
]


def test_a_plain_zotero_export_gets_short_keys(tmp_path, monkeypatch):
    """Item addresses become keys as Better BibTeX makes them (or the item's citation-key), listed by
    `authorities list`; `briefgen cite` takes either; journalAbbreviation is the periodical."""
    (tmp_path / "briefs").mkdir()
    (tmp_path / "authorities").mkdir()
    (tmp_path / "authorities" / "zotero.json").write_text(json.dumps(ZOTERO), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    listed = run("authorities", "list").output
    keys = [line.split()[0] for line in listed.splitlines() if line.strip()]
    assert keys == ["fordWainwright1986", "mccuskeyBodyPreemptionHealth2016", "ford"], listed
    article = run("cite", "mccuskeyBodyPreemptionHealth2016", "--pin", "113").output.strip()
    assert article == "Elizabeth Y. McCuskey, *Body of Preemption: Health Law Traditions and the Presumption " \
                      "Against Preemption*, 89 Temp. L. Rev. 95, 113 (2016).", article
    by_address = run("cite", "http://zotero.org/users/1234567/items/ABCD2345", "--pin", "410").output.strip()
    assert by_address == run("cite", "fordWainwright1986", "--pin", "410").output.strip() == \
        "*Ford v. Wainwright*, 477 U.S. 399, 410 (1986)."
    assert "csl-unused" not in listed


# ---------------------------------------------------------------- linear in the size of the memo


def test_verify_time_grows_linearly_with_the_memo():
    """Four times the notes (distinct texts, records growing with them) take about four times the processor
    time, not sixteen; the bound is generous for a loaded machine."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from reading_speed import seconds

    seconds(20)      # eyecite and reporters-db loaded once
    (_, small), (size, large) = seconds(150), seconds(600)
    assert size > 60_000
    assert large < 60 and large < 7 * max(small, 0.3), (small, large)


def test_a_case_name_italic_in_part_and_its_subsequent_history(tmp_path, monkeypatch):
    """*In re* in italics and the rest in roman, and a case's subsequent history (R10.7), as Cong. Rsch. Serv.,
    95-1135 (2025), footnotes 2 and 10 print them (parts)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(
        "# Discussion\n\nOne.[^1] Two.[^2]\n\n"
        "[^1]: *In re* Grand Jury Subpoenas, 906 F.2d 1485, 1488 (10th Cir. 1990).\n"
        "[^2]: United States v. Trump, 91 F.4th 1173, 1197 (D.C. Cir. 2024), *vacated and remanded*, 603 U.S. 593 "
        "(2024).\n", encoding="utf-8")
    out = run("verify", "memo.md").output
    assert out.strip() == "1 file verified: 0 errors, 0 warnings", out
    assert run("import", "memo.md").exit_code == 0
    import yaml

    records = {r["id"]: r for r in yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text("utf-8"))}
    assert records["grand1990"]["name"] == "In re Grand Jury Subpoenas"
    assert records["trump2024"]["history"] == "*vacated and remanded*, 603 U.S. 593 (2024)"
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    from helpers import md_footnotes

    rebuilt = md_footnotes((tmp_path / "build" / "memo.md").read_text(encoding="utf-8"))
    assert rebuilt[1] == "*United States v. Trump*, 91 F.4th 1173, 1197 (D.C. Cir. 2024), *vacated and remanded*, " \
                         "603 U.S. 593 (2024).", rebuilt


def test_newspapers_t16_words_and_a_house_style_of_sections(tmp_path, monkeypatch):
    """T13.1 newspapers by their short names; `Art.` and `Amend.` in any citation, read or not; a memo that writes
    §1234 every time is following its own style, one that does so once has slipped. The notes are Cong. Rsch.
    Serv., R48887 (2025), footnote 10 and R47324 (2026), footnote 10, with the errors planted in them."""
    monkeypatch.chdir(tmp_path)
    notes = {10: "Glenn Thrush, \"Justice Dept. Reverses Course,\" *The New York Times*, March 5, 2025.",
             11: "UNCLOS Art. 77(1).",
             12: "50 U.S.C. §1701.", 13: "50 U.S.C. §1702.", 14: "50 U.S.C. §1703."}
    (tmp_path / "memo.md").write_text("# Discussion\n\nOne.[^10] Two.[^11] Three.[^12] Four.[^13] Five.[^14]\n\n"
                                      + "\n".join(f"[^{n}]: {t}" for n, t in notes.items()) + "\n", encoding="utf-8")
    out = run("verify", "memo.md").output
    assert sorted(_findings(out, "memo.md")) == [(5, "abbreviation"), (6, "article-abbreviation")], out
    assert "newspaper 'The New York Times' is not abbreviated as T13 does\n  hint: T13: write N.Y. Times" in out
    assert "hint: R3.3, T16: write art. 77(1) (in a textual sentence, Article 77(1))" in out


def test_the_guide_reads_published_footnotes_as_it_shows(tmp_path, monkeypatch):
    """docs/import-and-verify.md: the published footnotes of Cong. Rsch. Serv., R48915, verified and imported."""
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[1] / "docs" / "import-and-verify.md").read_text(encoding="utf-8")

    def block(info):
        return re.search(rf"^```{re.escape(info)}\n(.*?)^```", guide, re.M | re.S).group(1)

    monkeypatch.chdir(tmp_path)
    (tmp_path / "crs-notes.txt").write_text(block("text published-memo"), encoding="utf-8")
    assert run("verify", "crs-notes.txt").output == block("text published-verify")
    imported = run("import", "crs-notes.txt").output
    assert imported.splitlines()[-1] == block("text published-import").strip()
    module = (tmp_path / "briefs" / "modules" / "crs-notes" / "01-discussion.md").read_text(encoding="utf-8")
    assert block("markdown published-module").strip() in module


# ---------------------------------------------------------------- what briefgen prints, it reads


def test_every_kinds_printed_forms_read_back(tmp_path, monkeypatch):
    """Every record of docs/authorities.md, cited in full with a pin of its kind's, by Id., after another
    source, and again (its short form or supra): built, imported and built again. 338 of 340 footnotes come
    back as printed (the two others write an apostrophe straight that the reader keeps curly), and every kind
    is read back as itself; tests/test_read_back.py takes every pin of every kind."""
    import yaml
    from pathlib import Path

    from briefgen.authorities.kinds import KINDS

    guide = (Path(__file__).resolve().parents[1] / "docs" / "authorities.md").read_text(encoding="utf-8")
    text = "".join(re.findall(r"^```yaml authority\n(.*?)^```", guide, re.M | re.S))
    records = yaml.safe_load(text)
    pins = {"page": "12", "paragraph": "¶ 12", "article": "art. 7", "section": "§ 3"}
    lines = []
    for i, r in enumerate(records):
        kind = KINDS[r["kind"]]
        pin = next((pins[p] for p in pins if p in (kind.pins or ())), "")
        pin = f", {pin}" if pin else ""
        other = records[1 if i == 0 else 0]["id"]
        lines.append(f"Full.[@{r['id']}{pin}] Again.[@{r['id']}] Other.[@{other}] Back.[@{r['id']}{pin}]")
    first = tmp_path / "first"
    (first / "briefs" / "modules").mkdir(parents=True)
    (first / "authorities").mkdir()
    (first / "authorities" / "guide.yaml").write_text(text, encoding="utf-8")
    (first / "briefs" / "x.yaml").write_text("kind: memo\ntitle: X\nmodules: [m]\n", encoding="utf-8")
    (first / "briefs" / "modules" / "m.md").write_text("# Discussion\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(first)
    assert run("build", "briefs/x.yaml", "--to", "md").exit_code == 0
    second = tmp_path / "second"
    second.mkdir()
    monkeypatch.chdir(second)
    assert run("import", str(first / "build" / "x.md")).exit_code == 0
    assert run("build", "briefs/x.yaml", "--to", "md").exit_code == 0
    from helpers import md_footnotes

    before = md_footnotes((first / "build" / "x.md").read_text(encoding="utf-8"))
    after = md_footnotes((second / "build" / "x.md").read_text(encoding="utf-8"))
    assert len(before) == len(after) == 4 * len(records)
    same = sum(a == b for a, b in zip(before, after))
    assert same >= 338, [(a, b) for a, b in zip(before, after) if a != b]
    drafts = yaml.safe_load((second / "authorities" / "x.yaml").read_text(encoding="utf-8"))
    unread = {r["kind"] for r in records} - {d["kind"] for d in drafts}
    assert unread == set(), unread


def test_reporter_years_that_reporters_db_has_wrong_draw_no_false_alarm():
    """reporters-db dates F. Supp. to 1932-1988, F. Supp. 2d from 1988 and F.R.D. from 2001 (its maintainers track
    such dates in freelawproject/reporters-db#182); F. Supp. ran to volume 999 in 1998 and F.R.D. began with the
    Federal Rules. Jones v. Clinton, 990 F. Supp. 657 (E.D. Ark. 1998) and 167 F.R.D. 649 (S.D.N.Y. 1996), both
    real, are no findings; a series cited decades before it began still is."""
    from briefgen.authorities.model import Authority
    from briefgen.errors import Report
    from briefgen.lint.plausible import reporters

    report = Report()
    reporters(Authority("jones1998", "case", {"reporter": "F. Supp.", "volume": 990, "year": 1998}), None, report)
    reporters(Authority("frd1996", "case", {"reporter": "F.R.D.", "volume": 167, "year": 1996}), None, report)
    reporters(Authority("supp2d1999", "case", {"reporter": "F. Supp. 2d", "volume": 40, "year": 1999}), None, report)
    assert report.items == []
    reporters(Authority("doe1985", "case", {"reporter": "F.3d", "volume": 500, "year": 1985}), None, report)
    reporters(Authority("supp2d1990", "case", {"reporter": "F. Supp. 2d", "volume": 5, "year": 1990}), None, report)
    assert [d.code for d in report.items] == ["reporter-years", "reporter-years"]
    assert "F. Supp. 2d was published 1998-2014, not in 1990" in report.items[1].message


def test_a_date_without_its_comma_or_run_into_its_court_is_a_finding(tmp_path, monkeypatch):
    """R10.4, R10.5: ``(2d Cir.2010)`` and ``(9th Cir. Dec. 17 1996)``, slips of published briefs, each with its
    corrected form; the same citations written right draw nothing."""
    monkeypatch.chdir(tmp_path)
    wrong = {1: "Kiobel v. Royal Dutch Petroleum Co., 621 F.3d 111, 120 (2d Cir.2010).",
             2: "Hilao v. Estate of Marcos, 103 F.3d 767, 771 (9th Cir. Dec. 17 1996)."}
    (tmp_path / "memo.txt").write_text(_text_memo(wrong), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [code for _, code in _findings(out, "memo.txt")] == ["date-form", "date-form"], out
    assert "write (2d Cir. 2010)" in out and "write Dec. 17, 1996" in out
    right = {1: "Kiobel v. Royal Dutch Petroleum Co., 621 F.3d 111, 120 (2d Cir. 2010).",
             2: "Hilao v. Estate of Marcos, 103 F.3d 767, 771 (9th Cir. 1996)."}
    (tmp_path / "memo.txt").write_text(_text_memo(right), encoding="utf-8")
    assert _findings(run("verify", "memo.txt").output, "memo.txt") == []


def test_the_supreme_court_named_beside_its_own_reporter_is_a_finding(tmp_path, monkeypatch):
    """R10.4(a): a citation to U.S., S. Ct. or L. Ed. names no court: ``(U.S. 1954)`` and ``(S. Ct. 1973)`` are
    findings with the parenthetical to write; a Justice in chambers keeps his name there."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "Brown v. Board of Education, 347 U.S. 483, 495 (U.S. 1954).",
             2: "Roe v. Wade, 410 U.S. 113, 153 (S. Ct. 1973).",
             3: "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004).",
             4: "Rostker v. Goldberg, 448 U.S. 1306, 1308 (Brennan, Circuit Justice 1980)."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [code for _, code in _findings(out, "memo.txt")] == ["court", "court"], out
    assert "R10.4(a): the U.S. reports the Supreme Court alone; write (1954)" in out and "write (1973)" in out


def test_p_before_a_page_after_id_or_supra_is_a_finding_in_a_bluebook_memo_only(tmp_path, monkeypatch):
    """R3.2(a): ``Id. p. 102`` and ``supra note 1, p. 101`` in a memo that follows the Bluebook's tables (Tadić's
    T12 date); a house style that writes its months out and its pages with ``p.`` is left alone."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "Antonio Cassese, *International Criminal Law* 98 (2d ed. 2008).",
             2: "Prosecutor v. Tadić, Case No. IT-94-1-AR72, Decision on the Defence Motion for Interlocutory Appeal "
                "on Jurisdiction, ¶ 141 (Int’l Crim. Trib. for the Former Yugoslavia Oct. 2, 1995).",
             3: "Cassese, *supra* note 1, p. 101.", 4: "*Id.* p. 102."}
    (tmp_path / "memo.md").write_text("# Discussion\n\n" + " ".join(f"Text.[^{n}]" for n in notes) + "\n\n" +
                                      "\n".join(f"[^{n}]: {t}\n" for n, t in notes.items()), encoding="utf-8")
    out = run("verify", "memo.md").output
    assert [code for _, code in _findings(out, "memo.md")] == ["pin-form", "pin-form"], out
    assert "R3.2(a): write supra note 1, at 101" in out and "R3.2(a): write Id. at 102" in out
    notes = {1: "Antonio Cassese, International Criminal Law, 2nd ed. (Oxford University Press, 2008), p. 98.",
             2: "Id. p. 101.", 3: "Human Rights Watch, \"Syria: Cluster Munitions Used,\" October 2, 2012."}
    (tmp_path / "memo.md").write_text("# Discussion\n\n" + " ".join(f"Text.[^{n}]" for n in notes) + "\n\n" +
                                      "\n".join(f"[^{n}]: {t}\n" for n, t in notes.items()), encoding="utf-8")
    assert "pin-form" not in run("verify", "memo.md").output


def test_codes_and_session_laws_written_otherwise_than_t1_and_r12_are_findings(tmp_path, monkeypatch):
    """``42 USC § 1983``, ``22 CFR 120.1``, ``et. seq.``, ``Pub.L. No.``, ``136 Stat 4459`` in any style; ``42
    U.S.C. 1983`` and ``Pub. L. 117-328`` (house styles' forms: the CRS's, the U.S. Code's notes) only in a memo
    that follows the Bluebook's tables (here, a T12 date). Each with its corrected form."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "42 USC § 1983.", 2: "Arms Export Control Act, 22 U.S.C. §§ 2751 et. seq. (2018).",
             3: "Consolidated Appropriations Act, 2023, Pub.L. No. 117-328, 136 Stat 4459 (2022).",
             4: "22 CFR 120.1 (2024).", 5: "42 U.S.C. 1983 (2018).",
             6: "Consolidated Appropriations Act, 2023, Pub. L. 117-328, 136 Stat. 4459 (2022)."}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [code for _, code in _findings(out, "memo.txt")] == [
        "reporter-form", "pin-form", "reporter-form", "reporter-form", "reporter-form"], out
    for hint in ("T1: write 42 U.S.C. § 1983", "R3.3(b): write et seq.", "R12.4(a): write Pub. L. No. 117-328",
                 "T1: write 136 Stat. 4459", "T1: write 22 C.F.R. § 120.1"):
        assert hint in out, hint
    notes[7] = ("Press Release, U.S. Dep’t of State, Implementation of the Arms Trade Treaty (Dec. 24, 2014), "
                "https://2009-2017.state.gov/r/pa/prs/ps/2014/12/235569.htm.")
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert [code for _, code in _findings(out, "memo.txt")].count("bluebook-form") == 2, out
    assert "R12.9, T1: write 42 U.S.C. § 1983" in out and "R12.4(a): write Pub. L. No. 117-328" in out


def test_id_takes_its_capital_from_its_place(tmp_path, monkeypatch):
    """R4.1: ``id. at 733`` opening a note and ``See Id. at 734`` after a signal are findings with the form to
    write; ``*Id.* at 735; *see also id.* at 736`` is right and draws nothing."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004).", 2: "id. at 733.", 3: "*See Id.* at 734.",
             4: "*Id.* at 735; *see also id.* at 736."}
    (tmp_path / "memo.md").write_text("# Discussion\n\n" + " ".join(f"Text.[^{n}]" for n in notes) + "\n\n" +
                                      "\n".join(f"[^{n}]: {t}\n" for n, t in notes.items()), encoding="utf-8")
    out = run("verify", "memo.md").output
    assert [code for _, code in _findings(out, "memo.md")] == ["signal-case", "signal-case"], out
    assert "R4.1: write Id. at 733" in out and "R4.1: write See id. at 734" in out and "not read" not in out


INTERNATIONAL_SLIPS = {
    1: "Arms Trade Treaty art 7, Apr. 2, 2013, 3013 U.N.T.S. 269.",
    2: "S.C. Res. 1593, UN Doc S/RES/1593 (Mar. 31, 2005).",
    3: "Prosecutor v. Kunarac, Case No. IT-96-23-T, Judgment, para 410 (ICTY Feb. 22, 2001).",
}


def test_international_forms_of_other_styles_are_findings_under_the_bluebook_only(tmp_path, monkeypatch):
    """``art 7``, ``UN Doc``, ``para 410`` and ``(ICTY …)`` are OSCOLA's and the press's forms: in a memo that
    follows the Bluebook's tables (T12 dates) each is a finding with R21's or T16's form, and each is still read
    (the Kunarac judgment at ¶ 410, the court by the Bluebook's name); in a memo dated as OSCOLA dates, none is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(INTERNATIONAL_SLIPS), encoding="utf-8")
    out = run("verify", "memo.txt").output
    codes = [code for _, code in _findings(out, "memo.txt")]
    assert codes.count("bluebook-form") == 4 and "not read" not in out, out
    for hint in ("T16: write art. 7", "R21.7: write U.N. Doc. S/RES/1593", "T16: write ¶ 410",
                 "R21.5, T3: write (Int’l Crim. Trib. for the Former Yugoslavia Feb. 22, 2001)"):
        assert hint in out, hint
    oscola = {1: "Arms Trade Treaty (adopted 2 April 2013, entered into force 24 December 2014) 3013 UNTS 269, "
                 "art 7.", 2: INTERNATIONAL_SLIPS[2].replace("Mar. 31, 2005", "31 March 2005"),
              3: INTERNATIONAL_SLIPS[3].replace("Feb. 22, 2001", "22 February 2001")}
    (tmp_path / "memo.txt").write_text(_text_memo(oscola), encoding="utf-8")
    assert "bluebook-form" not in run("verify", "memo.txt").output


def test_the_icj_cited_to_its_reports_as_the_court_writes_it_is_a_finding_under_the_bluebook(tmp_path, monkeypatch):
    """R21.5.1: ``ICJ Reports 1986, p. 14, para. 202`` (the Court's own form) is read, and in a memo that follows
    the Bluebook's tables the hint gives ``1986 I.C.J. 14, ¶ 202``."""
    monkeypatch.chdir(tmp_path)
    notes = {1: "Military and Paramilitary Activities in and against Nicaragua (Nicar. v. U.S.), Judgment, ICJ Reports "
                "1986, p. 14, para. 202.", 2: INTERNATIONAL_SLIPS[2].replace("UN Doc", "U.N. Doc.")}
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [(7, "bluebook-form")], out
    assert "R21.5.1: write 1986 I.C.J. 14, ¶ 202" in out and "not read" not in out


# Cong. Rsch. Serv., R48906, Inflation Reduction Act Methane Emissions Charge (v2), notes 4, 17 and 40, as the report
# prints them (ProfAmiot/crs-reports, markdown/reports/R48906v2-…md, commit 12265120e33a): a report outside the corpus.
R48906 = {
    4: "See, for example, American Gas Association et al., Letter to Congressional Leaders, September 2021, "
       "https://www.aga.org/globalassets/letter-to-congress-on-methane-fees-090721_final.pdf.",
    17: "At the conclusion of this process, the states generally phase-in a rule's requirements over several years. "
        "See EPA, Regulatory Impact Analysis of the Waste Emissions Charge, 2024.",
    40: "EPA, Regulatory Impact Analysis of the Waste Emissions Charge, 2024 (hereinafter EPA RIA).",
}


def test_a_house_styles_see_for_example_and_a_citation_it_repeats_with_its_hereinafter_are_no_findings(
        tmp_path, monkeypatch):
    """``See, for example,`` is the CRS's spelling of *See, e.g.,* (its comma is right); a citation that a later
    note repeats word for word and names (hereinafter EPA RIA) is the source's full citation in that style, not a
    short form before it. Under the Bluebook, ``See, for example,`` is still a finding with R1.2's form."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(R48906), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert _findings(out, "memo.txt") == [], out
    bluebook = {**R48906, 5: "Arms Trade Treaty art. 7, Apr. 2, 2013, 3013 U.N.T.S. 269."}
    (tmp_path / "memo.txt").write_text(_text_memo(bluebook), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert "R1.2: write See, e.g.," in out, out
