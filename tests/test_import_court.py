"""``briefgen verify`` and ``briefgen import`` on court opinions written in their court's own citation style
(the Supreme Court's ``540 U. S. 56, 66``, ``Id., at 12``, ``Art. I``), not The Bluebook.

The notes are quoted from the opinions named beside them (tests/corpus/SOURCES.yaml, and Free Law Project's
eyecite and CourtListener test assets); the body text that carries the note calls is placeholder text.
"""
import re

from test_import_reading import _md_memo, _text_memo, run

# Tarrant Regional Water Dist. v. Herrmann, 569 U.S. 614 (2013), notes 8 and 11 (tests/corpus/scotus-tarrant)
TARRANT_8 = ("The Compact Clause of the Constitution provides that “[n]o State shall, without the Consent of "
             "Congress, . . . enter into any Agreement or Compact with another State.” Art. I, §10, cl. 3. "
             "Accordingly, before a compact between two States can be given effect it must be approved by Congress. "
             "See Virginia v. Maryland, 540 U. S. 56, 66 (2003). Once a compact receives such approval, it is "
             "“transform[ed] . . . into a law of the United States.” Ibid. (internal quotation marks omitted). The "
             "Supremacy Clause, Art. VI, cl. 2, then ensures that a congressionally approved compact, as a federal "
             "law, pre-empts any state law that conflicts with the Compact. See Fidelity Fed. Sav. & Loan Assn. v. De "
             "la Cuesta, 458 U. S. 141, 152–153 (1982).")
TARRANT_11 = ("Of course, the power of States to control water within their borders may be subject to limits in certain "
              "circumstances. For example, those imposed by the Commerce Clause. See Sporhase v. Nebraska ex rel. "
              "Douglas, 458 U. S. 941, 954–958 (1982).")
# Tarrant, notes 2 and 3: a note that cites only by id., then an id. after it
TARRANT_2 = ("Within subbasins 1, 2, and 4, water was fully apportioned to a single State. See Compact §5.01(b), id., at "
             "22–23 (apportioning water of subbasin 1 and its “unrestricted use” to Oklahoma); §5.02(b), id., at 23 "
             "(same for Texas with respect to subbasin 2); §5.04(b), id., at 24 (same for Texas with respect to "
             "subbasin 4).")
TARRANT_3 = ("The Compact defines “undesignated water” as “all water released from storage other than ‘designated "
             "water.’ ” §3.01(l), id., at 17.")
# Fisher v. University of Texas at Austin, 570 U.S. 297 (2013), the opinion of the Court (eyecite's
# tests/assets/opinion.txt, lines 382-392, at commit 09165c2d): the short form with a comma, and Id., at
FISHER_COURT = ("“[I]t is not an interest in simple ethnic diversity, in which a specified percentage of the student "
                "body is in effect guaranteed to be members of selected ethnic groups,” that can justify the use of "
                "race. Bakke, 438 U. S., at 315 (separate opinion). Id., at 325.")
# CourtListener's cl/citations/tests.py, line 439 (commit 26a474e6): an opinion's "See also Wilkie, 551 U. S., at
# 549-550"; here with the full citation before it, as Wilkie v. Robbins, 551 U. S. 537 (2007) gives it
WILKIE = ["Wilkie v. Robbins, 551 U. S. 537, 550 (2007).", "See also Wilkie, 551 U. S., at 549-550."]


def _verify(tmp_path, monkeypatch, notes, fmt="md"):
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"memo.{fmt}").write_text(_md_memo(notes) if fmt == "md" else _text_memo(notes), encoding="utf-8")
    return run("verify", f"memo.{fmt}").output


def test_the_courts_spaced_reporter_and_capital_art_are_its_style_not_slips(tmp_path, monkeypatch):
    out = _verify(tmp_path, monkeypatch, [TARRANT_8, TARRANT_11])
    assert "reporter-form" not in out and "article-abbreviation" not in out, out


def test_the_same_forms_in_a_bluebook_memo_are_still_slips(tmp_path, monkeypatch):
    """One `U. S.` in a memo that otherwise writes U.S. is a slip at its note, and `Art. VI` too."""
    notes = [TARRANT_11, "See Wyeth v. Levine, 555 U.S. 555, 565 (2009).", "Riegel v. Medtronic, Inc., 552 U.S. 312, "
             "330 (2008).", "U.S. Const. Art. VI, cl. 2."]
    out = _verify(tmp_path, monkeypatch, notes)
    assert "warning[reporter-form]: reporter written 'U. S.'" in out, out
    assert "article-abbreviation" in out, out


def test_another_opinions_short_forms_with_a_comma_are_its_style(tmp_path, monkeypatch):
    out = _verify(tmp_path, monkeypatch, [FISHER_COURT] + WILKIE)
    assert "reporter-form" not in out, out


def test_a_signal_with_a_comma_after_it_is_a_slip_in_the_courts_style_too(tmp_path, monkeypatch):
    """The planted errors of scotus-tarrant notes 11 and 12: `See, Sporhase` and `See, also Amended …`."""
    planted = TARRANT_11.replace("See Sporhase", "See, Sporhase")
    compact = ("See, also Amended Costilla Creek Compact, Art. III(2), 77 Stat. 353 (“Each State grants for the benefit "
               "of the other . . . the rights . . . in one State for use in the other”).")
    out = _verify(tmp_path, monkeypatch, [TARRANT_8, planted, compact])
    found = re.findall(r"warning\[signal-form\]: (.*)\n\s+hint: (.*)", out)
    assert ("signal written 'See,'", "R1.2: write See") in found, out
    assert ("signal written 'See, also'", "R1.2: write See also") in found, out
    assert "memo.md:" in out and len(found) == 2, out


def test_a_signal_slip_is_found_in_a_citation_not_read(tmp_path, monkeypatch):
    """Fisher, note 2 (planted: `See e.g.`), and Bordelon v. Commissioner, T.C. Memo. 2020-26, note 13 (planted:
    `; See also`): the briefs of another case and a regulation cited as `sec.` are not read, their signals are."""
    fisher = ("Similar arguments were advanced unsuccessfully in other cases as well. See e.g. Brief for Respondents in "
              "Sweatt v. Painter, O. T. 1949, No. 44, pp. 94–95 (hereinafter Brief for Respondents in Sweatt).")
    bordelon = ("a liability which the parties stipulated. See sec. 752(b); See also 26 C.F.R. sec. "
                "301.6231(a)(3)-1(a)(4), Proced. & Admin. Regs.")
    out = _verify(tmp_path, monkeypatch, [fisher, bordelon], fmt="txt")
    assert "warning[signal-form]: signal written 'See e.g.'" in out and "hint: R1.2: write See, e.g.," in out, out
    assert "warning[signal-case]: signal 'See also' inside a citation sentence" in out, out


def test_e_g_keeps_its_comma(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., 95-1135, note 12: `*e.g.*, Ariz. Rev. Stat. § 21-412` is right."""
    out = _verify(tmp_path, monkeypatch, ["A number of states permit it. *E.g.*, Ariz. Rev. Stat. § 21-412 (2025)."])
    assert "signal-form" not in out, out


def test_an_id_after_a_note_that_cites_only_by_id_is_not_ambiguous(tmp_path, monkeypatch):
    out = _verify(tmp_path, monkeypatch, ["Compact, Comment on Preamble, 1 App. 9.", TARRANT_2, TARRANT_3])
    assert "id-reference" not in out, out


def _imported(tmp_path, monkeypatch, notes):
    from test_import_reading import _imported as imported

    return imported(tmp_path, monkeypatch, notes, fmt="md")


def test_a_field_the_citation_leaves_out_is_not_called_guessed(tmp_path, monkeypatch):
    """Tarrant, note 7 (`Brief for Petitioner 16`): the brief's case is left out by the citation, not guessed; the
    record's note says so in its own words, and names no field as guessed."""
    note = ("The parties have stipulated that OWRB will not take action on Tarrant’s application until this litigation "
            "has concluded. Brief for Petitioner 16.")
    calls, records, out = _imported(tmp_path, monkeypatch, [note])
    brief = next(r for r in records.values() if r["kind"] == "court-filing")
    said = " ".join(brief["note"].split())
    assert "Guessed:" not in said and "No field was guessed." in said, said
    assert "Left out or not read: case (a brief of the case at hand, cited without its name)." in said, said


def test_a_pin_to_a_note_after_a_comma_and_the_courts_circuit_form(tmp_path, monkeypatch):
    """Tarrant, note 10 (`565–566, n. 3`), and Fisher's opinion of the Court (eyecite's tests/assets/opinion.txt,
    lines 539 and 933–934): `280, n. 6` and `249 F. 2d 462, 465 (CA4 1957)`."""
    wyeth = ("Yet the presumption against pre-emption is rooted in “respect for the States.” Wyeth v. Levine, 555 U. S. "
             "555, 565–566, n. 3 (2009).")
    wygant = "Wygant v. Jackson Bd. of Ed., 476 U. S. 267, 280, n. 6 (1986)."
    allen = "See also Allen v. School Bd. of Prince Edward Cty., 249 F. 2d 462, 465 (CA4 1957) (per curiam)."
    calls, records, out = _imported(tmp_path, monkeypatch, [wyeth, wygant, allen])
    assert "565–566 n.3" in calls[0] and "280 n.6" in calls[1], calls
    court = [r for r in records.values() if r.get("name", "").startswith("Allen")]
    assert court and court[0]["court"] == "4th Cir." and court[0]["reporter"] == "F.2d", records
    # in a Bluebook memo the Court's form is a finding, with T7's name in the hint
    assert "court written 'CA4', as the Supreme Court writes it" in out and "T7: write 4th Cir." in out, out
    verified = _verify(tmp_path, monkeypatch, [wyeth, wygant, allen])
    assert "CA4" not in verified and "reporter-form" not in verified, verified


def test_a_compacts_article_before_its_statutes_at_large_page_is_its_pin(tmp_path, monkeypatch):
    """Tarrant, note 12: `Klamath River Basin Compact, Art. V(A), 71 Stat. 500 (“…”)`: the quotation is pinned by
    the article, which a Bluebook memo writes `art. V(A)` in the same place."""
    note = ("See also Amended Costilla Creek Compact, Art. III(2), 77 Stat. 353 (“Each State grants for the benefit of "
            "the other . . . the rights . . . in one State for use in the other”); Klamath River Basin Compact, Art. "
            "V(A), 71 Stat. 500 (“Each state hereby grants for the benefit of the other . . . the right . . . in one "
            "state for use in the other”).")
    calls, records, out = _imported(tmp_path, monkeypatch, [TARRANT_8, note])
    compacts = {r["name"]: r for r in records.values() if r.get("kind") == "statute" and r.get("volume")}
    assert set(compacts) == {"Amended Costilla Creek Compact", "Klamath River Basin Compact"}, records
    assert "art. III(2)" in calls[1] and "art. V(A)" in calls[1], calls
    verified = _verify(tmp_path, monkeypatch, [TARRANT_8, note])
    assert "missing-pin" not in verified and "article-abbreviation" not in verified, verified


def test_a_state_code_by_its_capital_title(tmp_path, monkeypatch):
    """Tarrant, note 5: `Okla. Stat., Tit. 82, §105.9 (West 2013)` is Oklahoma's code, not a book; in a Bluebook
    memo its `Tit.` is a T16 slip."""
    note = ("Oklahoma law requires that any agency apply for “a permit to appropriate” water before “taking [any water] "
            "from any constructed works.” Okla. Stat., Tit. 82, §105.9 (West 2013).")
    calls, records, out = _imported(tmp_path, monkeypatch, [note])
    code = [r for r in records.values() if r.get("code")]
    assert code and code[0]["code"] == "Okla. Stat. tit. 82" and code[0]["section"] == "105.9", records
    assert "'Tit.' in a citation" in out and "write tit. 82" in out, out
    verified = _verify(tmp_path, monkeypatch, [TARRANT_8, TARRANT_11, note])
    assert "missing-pin" not in verified and "Tit." not in verified, verified


def test_briefs_of_the_case_and_of_another_case_are_court_filings(tmp_path, monkeypatch):
    """Tarrant, note 7 (`Brief for Petitioner 16`), Fisher, note 6 (amici's briefs), and Fisher's opinion of the
    Court (eyecite's tests/assets/opinion.txt, lines 848 and 896–898): a brief of the case at hand is read without
    a case name, and its record says so; a brief of another case keeps that case's name and number."""
    notes = ["The parties have stipulated that OWRB will not take action on Tarrant’s application until this litigation "
             "has concluded. Brief for Petitioner 16.",
             "See Brief for Amherst College et al. as Amici Curiae 33–35; Brief for Association of American Law Schools "
             "as Amicus Curiae 6.",
             "The University believes it. Brief for Respondents 18.",
             "Brief for Appellees in Davis v. School Bd. of Prince Edward Cty., O. T. 1952, No. 191, p. 30."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    filings = {r["title"]: r for r in records.values() if r["kind"] == "court-filing"}
    assert set(filings) == {"Brief for Petitioner", "Brief for Amherst College et al. as Amici Curiae",
                            "Brief for Association of American Law Schools as Amicus Curiae", "Brief for Respondents",
                            "Brief for Appellees"}, records
    assert "case" not in filings["Brief for Petitioner"]
    assert "case (a brief of the case at hand" in filings["Brief for Petitioner"]["note"]
    davis = filings["Brief for Appellees"]
    assert davis["case"] == "Davis v. School Bd. of Prince Edward Cty." and davis["docket"] == "O. T. 1952, No. 191"
    assert re.search(r"@\S+, 16\]", calls[0]) and re.search(r"@\S+, 30\]", calls[3]), calls
    # built as B17 prints a document of the case at hand: its title and pin
    assert run("build", "briefs/memo.yaml").exit_code == 0


# Bordelon v. Commissioner, T.C. Memo. 2020-26, notes 2, 3, 11 and 13 (tests/corpus/tc-bordelon): the Code named once
# in note 2, its sections cited bare after it
BORDELON_2 = ("Unless otherwise indicated, all section references are to the Internal Revenue Code (26 U.S.C.), as "
              "amended, in effect at all relevant times, and all Rule references are to the Tax Court Rules of Practice "
              "and Procedure. Some dollar amounts are rounded in this opinion; and where they are, the precise amounts "
              "appear in the record and are not disputed.")
BORDELON_3 = ("The parties have stipulated that: (1) Mr. Bordelon is liable for the addition to tax under section "
              "6651(a)(1) for taxable year 2010; (2) for taxable year 2008, the adjustment for bad debt deduction is "
              "$1,188,109; and (3) neither of the Bordelons is liable for the accuracy-related penalties for any of the "
              "years at issue.")
BORDELON_11 = ("A memorandum of “Chief Counsel advice” is not precedent, sec. 6110(b)(1)(A), (k)(3), and we do not cite "
               "it as such. We use it simply as an illustration of one means of applying these two tests in tandem.")
BORDELON_13 = ("Moreover, if we presumed full repayment did in fact occur, then we would further presume repayment would "
               "have resulted in a partnership item reported by Kilgore LLC as a distribution to Mr. Bordelon for relief "
               "of his recourse liability--a liability which the parties stipulated. See sec. 752(b); see also 26 C.F.R. "
               "sec. 301.6231(a)(3)-1(a)(4), Proced. & Admin. Regs.")


def test_the_code_a_note_declares_governs_the_bare_sections_after_it(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [BORDELON_2, BORDELON_3, BORDELON_11, BORDELON_13])
    assert records["usc26"]["title"] == 26 and records["usc26"]["code"] == "U.S.C.", records
    assert "([@usc26])" in calls[0], calls
    code = {k: r for k, r in records.items() if r.get("code") == "I.R.C."}
    assert {r["section"] for r in code.values()} == {"6651", "6110", "752"}, records
    assert "under [@irc-6651, § 6651(a)(1)] for taxable year" in calls[1], calls
    assert "[@irc-6110, § 6110(b)(1)(A), (k)(3)]" in calls[2], calls
    assert "[see @irc-752, § 752(b); see also @cfr26-301-6231, § 301.6231(a)(3)-1(a)(4)]" in calls[3], calls
    regulation = records["cfr26-301-6231"]
    assert regulation["kind"] == "regulation" and regulation["title"] == 26, regulation
    # the court's regulation form gives no edition by rule: not a Bluebook C.F.R. citation missing its year
    verified = _verify(tmp_path, monkeypatch, [BORDELON_2, BORDELON_3, BORDELON_11, BORDELON_13])
    assert "warning[" not in verified and "0 warnings" in verified, verified


# Another Tax Court's notes, as published: the declaration of Dillon v. Commissioner, T.C. Memo. 1998-5 (ecases.us);
# T.C. Memo. 2023-128, note 7, and T.C. Memo. 2001-252, at *6-7 (its line break in `sec. 1.61-`/`12(a)` joined), quoted
# in a public repository's tax-research notes; Calbom v. Commissioner, T.C. Memo. 1981-95 (ecases.us), whose
# "section 453" no declaration governs here
DILLON = ("All section references are to the Internal Revenue Code in effect for the taxable years in issue, and all "
          "Rule references are to the Tax Court Rules of Practice and Procedure, unless otherwise indicated.")
OVIUM = ("Respondent argues, in the alternative, that even if petitioner intended to earn a profit from Ovium, his "
         "expenses should be amortized as startup expenses. See §§ 195(a), (b), and (c)(1), 162(a); Jackson v. "
         "Commissioner, 86 T.C. 492, 514 (1986) (finding no deduction under section 162 unless related to an ongoing "
         "business), aff’d, 864 F.2d 1521 (10th Cir. 1989).")
RICCARDI = ("Lehew v. Commissioner, T.C. Memo. 1987-389; Evans v. Commissioner, T.C. Memo. 1980-103; sec. 1.61-12(a), "
            "Income Tax Regs.")
CALBOM = "whether gain from the sale can be reported on the installment basis under section 453."


def test_another_opinions_declaration_and_its_bare_sections(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [DILLON, OVIUM, RICCARDI])
    code = {r["section"] for r in records.values() if r.get("code") == "I.R.C."}
    assert code == {"195"}, records          # not § 1 of the Code: sec. 1.61-12(a) is a Treasury regulation
    assert "[see @irc-195, §§ 195(a), (b), and (c)(1)" in calls[1], calls
    assert "sec. 1.61-12(a), Income Tax Regs." in calls[2], calls


def test_a_bare_section_is_prose_when_no_note_declares_the_code(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [CALBOM])
    assert not records and "@" not in calls[0], (records, calls)


# Bordelon, note 9 (tests/corpus/tc-bordelon), and Taras v. Commissioner as T.C. Memo. 2021-139 cites it (quoted in a
# public repository's test of Tax Court citations, its line break joined): the memorandum's number before the looseleaf
TEPPER = ("See Melvin v. Commissioner, 88 T.C. 63, 75 (1987), aff’d, 894 F.2d 1072 (9th Cir. 1990); Tepper v. "
          "Commissioner, T.C. Memo. 1991-402, 62 T.C.M. (CCH) 505, 510 (1991) (“Under the worst-case scenario, the "
          "assets of the partnership would be insufficient to satisfy the loan obligation and the general partner "
          "would be unable to repay the loan”).")
TARAS = "See Taras v. Commissioner, T.C. Memo. 1997-553, 74 T.C.M. (CCH) 1388."


def test_a_tax_court_memorandum_with_its_looseleaf_report(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [TEPPER, TARAS])
    tepper, taras = records["tepper1991"], records["taras1997"]
    assert (tepper["docket"], tepper["volume"], tepper["reporter"], tepper["page"]) == \
        ("T.C. Memo. 1991-402", 62, "T.C.M. (CCH)", 505), tepper
    assert taras["docket"] == "T.C. Memo. 1997-553" and taras["year"] == 1997, taras    # dated by its number
    assert "@tepper1991, 510 (“Under" in calls[0] and "[see @taras1997]" in calls[1], calls
    assert "reporter-form" not in out, out        # T1 writes T.C.M. (CCH)
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    built = (tmp_path / "build" / "memo.md").read_text(encoding="utf-8")
    assert "T.C. Memo. 1991-402, 62 T.C.M. (CCH) 505, 510 (1991)" in built, built


# Bordelon, note 10, and T.C. Memo. 2023-5, at *15 (quoted in the same repository's notes): a company's name cited in
# the middle of a sentence, which is not read, is not read from its "Inc." either
WAG_A_BAG = ("we found little distinction between the two frameworks in Wag-A-Bag, Inc. v. Commissioner, T.C. Memo. "
             "1992-581, 64 T.C.M. (CCH) 948, 952 (1992), and held that either would lead to the same result in that case.")
LAIDLAW = ("In Laidlaw’s Harley Davidson Sales, Inc. v. Commissioner, 29 F.4th 1066, 1071 (9th Cir. 2022), rev’g and "
           "remanding 154 T.C. 68 (2020), the U.S. Court of Appeals for the Ninth Circuit considered the timeline for "
           "obtaining supervisory approval of “assessable penalties,” which are not subject to deficiency procedures.")


def test_a_case_name_never_starts_at_a_companys_suffix(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [WAG_A_BAG, LAIDLAW])
    assert not any(str(r.get("name", "")).startswith("Inc.") for r in records.values()), records


# Hudson v. Michigan, 547 U.S. 586 (2006), note 1 of the opinion of Scalia, J., and Kennedy, J., concurring, slip op.
# at 3 (as stored, lines joined): a case cited in full inside a sentence of prose is read where it stands
WOLF = ("Similarly inapposite is his appeal to Justice Frankfurter’s statement in Wolf v. Colorado, 338 U. S. 25, 28 "
        "(1949), that the “knock at the door, . . . as a prelude to a search, without authority of law . . . [is] "
        "inconsistent with the conception of human rights enshrined in [our] history,” see post, at 17.")
SEGURA = ("While I am not convinced that Segura v. United States, 468 U. S. 796 (1984), and New York v. Harris, 495 U. S. "
          "14 (1990), have as much relevance here as JUSTICE SCALIA appears to conclude, the Court’s holding is fully "
          "supported by Parts I through III of its opinion.")


def test_a_case_cited_in_full_inside_a_sentence_of_prose(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [WAG_A_BAG, WOLF, SEGURA])
    names = {r["name"]: k for k, r in records.items() if r["kind"] == "case"}
    assert "Wag-A-Bag, Inc. v. Commissioner" in names and "Wolf v. Colorado" in names, records
    assert "Segura v. United States" in names, records
    assert f"frameworks in [@{names['Wag-A-Bag, Inc. v. Commissioner']}, 952], and held" in calls[0], calls
    assert f"statement in [@{names['Wolf v. Colorado']}, 28], that the “knock" in calls[1], calls
    assert f"convinced that [@{names['Segura v. United States']}], and New York" in calls[2], calls


def test_the_words_of_the_sentence_before_a_case_name_are_not_its_name(tmp_path, monkeypatch):
    """Fisher, note 8, and the syllabus of the Tax Court's opinion of March 5, 1987 on the costs in Phillips v.
    Commissioner (docket No. 29091-83), as print.casetext.com prints it."""
    phillips = ("In Phillips v. Commissioner, 86 T.C. 433 (1986), this Court determined that P owed no deficiencies or "
                "additions to tax.")
    calls, records, out = _imported(tmp_path, monkeypatch, [FISHER_8, phillips])
    assert sorted(r["name"] for r in records.values()) == ["Grutter v. Bollinger", "Phillips v. Commissioner"], records
    assert calls[0].startswith("^[As the Court said in [@grutter2003, 339], “\\[n\\]arrow"), calls
    assert calls[1].startswith("^[In [@phillips1986], this Court determined"), calls


# Tarrant, notes 1, 4 and 5 (tests/corpus/scotus-tarrant): the Red River Compact cited by the page of the joint appendix
# that prints it, then by id., at; note 4 quotes two of its paragraphs, whose words are not citations
TARRANT_1 = ("Interpretive comments were included in the Compact so that future readers “might be apprised of the intent "
             "of the Compact Negotiation Committee with regard to each Article of the Compact.” Compact, Comment on "
             "Preamble, 1 App. 9.")
TARRANT_4 = ("In such circumstances, the two relevant paragraphs provide: “(2) Whenever the flow of the Red River at the "
             "Arkansas-Louisiana state boundary is less than 3,000 [CFS], but more than 1,000 [CFS], the States of "
             "Arkansas, Oklahoma, and Texas shall allow to flow into the Red River for delivery to the State of Louisiana "
             "a quantity of water equal to 40 percent of the total weekly runoff originating in subbasin 5 and 40 percent "
             "of undesignated water flowing into subbasin 5; provided, however, that this requirement shall not be "
             "interpreted to require any state to release stored water. “(3) Whenever the flow of the Red River at the "
             "Arkansas-Louisiana state boundary falls below 1,000 [CFS], the States of Arkansas, Oklahoma, and Texas shall "
             "allow a quantity of water equal to all the weekly runoff originating in subbasin 5 and all undesignated "
             "water flowing in subbasin 5 within their respective states to flow into the Red River as required to "
             "maintain a 1,000 [CFS] flow at the Arkansas-Louisiana state boundary.” §5.05(b), id., at 25.")
TARRANT_5 = ("Under §2.10 of the Compact each signatory State retains “the right or power . . . to regulate within its "
             "boundaries the appropriation, use, and control of water.” Id., at 12.")


def test_the_joint_appendix_and_the_courts_id_with_a_comma(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [TARRANT_1, TARRANT_2, TARRANT_4, TARRANT_5])
    assert list(records) == ["1-app"], records       # nothing read from inside the quotation of note 4
    app = records["1-app"]
    assert app["kind"] == "court-filing" and app["title"] == "1 App." and "case" not in app, app
    assert "the record of the case at hand" in app["note"], app
    assert "Compact, Comment on Preamble, [@1-app, 9]" in calls[0], calls
    assert "See Compact §5.01(b), [@1-app, 22–23 (apportioning" in calls[1] and "§5.04(b), [@1-app, 24 (same" in calls[1]
    assert "§5.05(b), [@1-app, 25]" in calls[2] and "“(3) Whenever" in calls[2], calls
    assert "control of water.” [@1-app, 12]" in calls[3], calls
    verified = _verify(tmp_path, monkeypatch, [TARRANT_1, TARRANT_2, TARRANT_4, TARRANT_5])
    assert "warning[" not in verified, verified      # Tarrant note 4 drew missing-pin from a misread "citation"


# Michigan v. Harvey, 494 U.S. 344 (1990), note 1, and INS v. Elias-Zacarias, 502 U.S. 478, 480 (1992), and Pearson v.
# Callahan, 555 U.S. 223 (2009), slip op. at 3, as published opinions' text stored in public repositories gives them
# (Pearson's `under`/`cover` line break joined): the appendix to the petition, and Id., at after a quotation
HARVEY = ("Harvey declined to initial portions of the waiver form explaining that anything he said could be used against "
          "him in court, and that he could decide at any time to exercise his rights and not answer any questions or "
          "make any statement. App. to Pet. for Cert. 4a.")
ELIAS_ZACARIAS = ("The Immigration Judge understood from this testimony that Elias-Zacarias' request for asylum and for "
                  "withholding of deportation was \"based on this one attempted recruitment by the guerrillas.\" Id., at "
                  "41a.")
CALLAHAN = ("On appeal, a divided panel of the Tenth Circuit held that petitioners’ conduct violated respondent’s Fourth "
            "Amendment rights. Callahan v. Millard Cty., 494 F. 3d 891, 895–899 (2007). The panel majority stated that "
            "“[t]he ‘consent-once-removed’ doctrine applies when an undercover officer enters a house at the express "
            "invitation of someone with authority to consent, establishes probable cause to arrest or search, and then "
            "immediately summons other officers for assistance.” Id., at 896.")


def test_another_opinions_record_and_id_with_a_comma(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [HARVEY, ELIAS_ZACARIAS, CALLAHAN])
    key, app = next((k, r) for k, r in records.items() if r["kind"] == "court-filing")
    assert app["title"] == "App. to Pet. for Cert." and "case" not in app, records
    assert f"[@{key}, 4a]" in calls[0] and f"[@{key}, 41a]" in calls[1], calls
    assert re.search(r"assistance\.” \[@callahan2007, 896\]", calls[2]), calls


# Tarrant, note 8, and United States v. Montoya de Hernandez, 473 U.S. 531, 537 (1985) (CourtListener's text): the
# Constitution as the Court cites it in its own opinions, without naming it
MONTOYA = ("The Constitution gives Congress broad comprehensive powers “[t]o regulate Commerce with foreign Nations,” Art. "
           "I, §8, cl. 3.")


def test_the_constitution_by_article_and_clause_in_the_courts_style(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [TARRANT_8, TARRANT_11, MONTOYA])
    const = [k for k, r in records.items() if r["kind"] == "constitution"]
    assert len(const) == 1 and records[const[0]]["name"] == "U.S. Const.", records
    assert f"[@{const[0]}, art. I, § 10, cl. 3]" in calls[0] and f"[@{const[0]}, art. VI, cl. 2]" in calls[0], calls
    assert f"[@{const[0]}, art. I, § 8, cl. 3]" in calls[2], calls
    assert not any(r["kind"] == "book" for r in records.values()), records     # not "The Supremacy Clause, Art. VI"


def test_a_bare_article_is_not_the_constitution_in_a_bluebook_memo(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [MONTOYA, "See Wyeth v. Levine, 555 U.S. 555, 565 (2009)."])
    assert not any(r["kind"] == "constitution" for r in records.values()), records


# Fisher, notes 8 and 9 (tests/corpus/scotus-fisher), and Pearson v. Callahan's syllabus (as stored, lines joined), with
# Saucier's full citation as the opinion gives it: the Court's short form by volume and page, its name in the sentence
FISHER_8 = ("As the Court said in Grutter v. Bollinger, 539 U. S. 306, 339 (2003), “[n]arrow tailoring . . . require[s] "
            "serious, good faith consideration of workable race-neutral alternatives that will achieve the diversity the "
            "university seeks.”")
FISHER_9 = ("Because the University’s admissions policy, in my view, is constitutional under Grutter, there is no need "
            "for the Court in this case “to revisit whether all governmental classifications by race, whether designed "
            "to benefit or to burden a historically disadvantaged group, should be subject to the same standard of "
            "judicial review.” 539 U. S., at 346, n. (GINSBURG, J., concurring).")
SAUCIER = ["Saucier v. Katz, 533 U. S. 194 (2001).",
           "(a) Saucier mandated, see 533 U. S., at 194, a two-step sequence for resolving government officials’ qualified "
           "immunity claims: A court must decide (1) whether the facts alleged or shown by the plaintiff make out a "
           "violation of a constitutional right, and (2) if so, whether that right was “clearly established” at the time "
           "of the defendant’s alleged misconduct, id., at 201."]


def test_the_courts_short_form_without_the_cases_name(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [FISHER_8, FISHER_9] + SAUCIER)
    grutter = next(k for k, r in records.items() if r.get("volume") == 539)
    saucier = next(k for k, r in records.items() if r.get("volume") == 533)
    assert f"[@{grutter}, 346]" in calls[1], calls     # its `n.` without the note's mark is left as written
    assert f"[see @{saucier}, 194]" in calls[3] and f"[@{saucier}, 201]" in calls[3], calls


def test_the_courts_short_form_whose_full_citation_is_in_its_text_is_no_finding(tmp_path, monkeypatch):
    """Pearson's syllabus alone: Saucier is cited in full in the opinion's text, which a memo's notes do not hold."""
    out = _verify(tmp_path, monkeypatch, SAUCIER[1:] + [TARRANT_8])
    assert "short-antecedent" not in out and "id-reference" not in out, out


# Olim v. Wakinekona, 461 U.S. 238 (1983), notes 2 and 3, as CourtListener's text gives them (straight quotation marks):
# the transcript of the argument, and the appendix after a quotation closed by a straight mark
OLIM_2 = ("Petitioners concede, 'for purposes of the argument,' that respondent suffered a 'grievous loss' within the "
          "meaning of Rule IV when he was transferred from Hawaii to the mainland. Tr. of Oral Arg. 9, 25.")
OLIM_3 = "Rule V provides that an inmate may retain legal counsel if his hearing concerns a 'potential Interstate transfer.' App. 25."


def test_the_transcript_and_the_appendix_after_a_straight_quotation_mark(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [OLIM_2, OLIM_3])
    titles = {r["title"]: k for k, r in records.items() if r["kind"] == "court-filing"}
    assert set(titles) == {"Tr. of Oral Arg.", "App."}, records
    assert f"mainland. [@{titles['Tr. of Oral Arg.']}, 9, 25]" in calls[0], calls
    assert f"transfer.' [@{titles['App.']}, 25]" in calls[1], calls


# Tarrant, note 8 with the error planted in tests/corpus/scotus-tarrant/planted.yaml (the pin of Virginia v. Maryland
# taken out), and Hudson v. Michigan, 547 U.S. 586 (2006), Breyer, J., dissenting, slip op. at 3 (as stored, lines
# joined): the spaced periods of an ellipsis inside a quotation end no sentence, so the quotation is what the
# citation after it supports
WEEKS = ("The Court pointed out that “[i]f letters and private documents” could be unlawfully seized from a home “and "
         "used in evidence against a citizen accused of an offense, the protection of the Fourth Amendment declaring his "
         "right to be secure against such searches and seizures is of no value, and . . . might as well be stricken from "
         "the Constitution.” ")


def test_an_ellipsis_inside_a_quotation_ends_no_sentence():
    from briefgen.lint.text import sentence_starts

    assert sentence_starts(WEEKS) == [len(WEEKS)]
    assert sentence_starts("It ended. . . . Then another began. ") == [16, len("It ended. . . . Then another began. ")]


def test_a_quotation_with_an_ellipsis_cited_by_ibid_without_a_pin(tmp_path, monkeypatch):
    planted = TARRANT_8.replace("540 U. S. 56, 66 (2003)", "540 U. S. 56 (2003)")
    out = _verify(tmp_path, monkeypatch, [TARRANT_11, planted])
    assert "warning[missing-pin]: a quotation is supported by '@virginia2003' without a pin" in out, out
    assert "missing-pin" not in _verify(tmp_path, monkeypatch, [TARRANT_11, TARRANT_8])
