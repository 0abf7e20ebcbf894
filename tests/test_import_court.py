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
