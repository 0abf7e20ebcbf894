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
