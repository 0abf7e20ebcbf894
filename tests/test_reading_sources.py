"""verify on the footnotes of reports and articles in other styles (CRS house style, OSCOLA, law professors'
endnotes): what is wrong in every style is found at its note, what is the style's own is not.

Each note is quoted verbatim from its source (tests/corpus/SOURCES.yaml), or is that note with one error
planted, as tests/corpus/*/planted.yaml plants it; the body text is placeholder text.
"""
import re

from test_reading import _text_memo, run


def _by_note(tmp_path, monkeypatch, notes) -> dict[int, set]:
    """{note: {codes}} of the warnings verify gives on a plain-text memo of ``notes`` (numbered from 1)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    import re

    found: dict[int, set] = {}
    for m in re.finditer(r"^memo\.txt:(\d+):\d+: warning\[([\w-]+)\]", out, re.M):
        found.setdefault(int(m.group(1)) - 6, set()).add(m.group(2))
    return found, out


# crs-r48469 (CRS R48469), notes 8-9, with note 9 planted as "Id.": note 8 cites two works by hereinafter.
R48469_8 = ('Jack Cheney, "What Is the Seafood Import Monitoring Program (SIMP)?," University of Washington, April 12, '
            '2022, https://sustainablefisheries-uw.org/simp-seafood-import-monitoring-program/ (hereinafter Cheney, '
            '"What Is the Seafood Import Monitoring Program?," 2022); and National Fisheries Institute, "The Modern-Day '
            'Lawn Dart: NOAA\'s Seafood Import Monitoring Program," https://aboutseafood.com/the-modern-day-lawn-dart-'
            'noaas-seafood-import-monitoring-program/ (hereinafter National Fisheries Institute, "Modern-Day Lawn Dart").')
# crs-r46435 (CRS R46435), note 21: a Congressional Record, a sentence of history, a hearing.
R46435_21 = ('Sen. James Fulbright, "Amendment of Foreign Agents Registration Act of 1938," *Congressional Record*, '
             'vol. 109, part 12 (September 10, 1963), p. 16598. Sen. Fulbright, along with Sen. Bourke Hickenlooper, '
             'introduced S. 2136 (88th Congress). It passed the Senate in July 1963, but was not considered by the '
             'House. U.S. Congress, Senate Committee on Foreign Relations, *Foreign Agents Registration Act*, hearing '
             'on S. 693, 89th Cong., 1st sess., February 16, 1965, p. 5.')


def test_an_id_after_a_note_with_two_sources_not_read_is_a_finding(tmp_path, monkeypatch):
    """R4.1: Id. follows a note that cites one source; a note of two citations (by ';' or in two sentences) is
    two, whether or not verify could read them."""
    found, out = _by_note(tmp_path, monkeypatch, [R48469_8, "Id.", R46435_21, "Id., p. 6984."])
    assert "id-reference" in found.get(2, set()), out
    assert "id-reference" in found.get(4, set()), out


def test_an_id_after_one_source_not_read_is_not_a_finding(tmp_path, monkeypatch):
    """An Id. after a note that gives one source verify cannot read points at that source (crs-r48469, notes 31-32
    shape: one citation and a sentence of prose)."""
    one = ('Official Statements of the U.S. Government are available at https://www.state.gov/official-statements. '
           'The Department publishes them weekly.')
    found, out = _by_note(tmp_path, monkeypatch, [one, "Id."])
    assert "id-reference" not in found.get(2, set()), out


def test_supra_for_a_statute_is_a_finding_even_when_its_note_was_not_read(tmp_path, monkeypatch):
    """R4.2(a): statutes and public laws never take supra (crs-r45546 note 40 and crs-r46435 note 8, planted)."""
    found, out = _by_note(tmp_path, monkeypatch, ["43 U.S.C. §1521.", "43 U.S.C., supra note 1, §1552(b).",
                                                  "P.L. 532, supra note 1, §1(2)."])
    assert "supra-kind" in found.get(2, set()) and "supra-kind" in found.get(3, set()), out
    assert not found.get(1), out


def test_a_cross_reference_to_this_note_or_a_later_one_is_a_short_form_before_the_full(tmp_path, monkeypatch):
    """OSCOLA's (n 10) and the Bluebook's supra note 10 point back; in note 9 (leiden-dde, planted) or in note 2
    itself (icjt-maunganidze, planted) no full citation can be there yet. A reference back is right."""
    notes = ["Christopher Gosnell, 'Admissibility of Evidence' in Karim A A Khan, Caroline Buisman and Christopher "
             "Gosnell (eds), *Principles of Evidence in International Criminal Justice* (OUP 2010) 385.",
             "Gosnell (n 1) 386.", "Igwe (n 3) 294.", "Gosnell (n 5) 385."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert "short-antecedent" in found.get(3, set()) and "short-antecedent" in found.get(4, set()), out
    assert not found.get(2), out


def test_t16_words_capitalised_in_a_citation_and_abbreviated_in_a_sentence(tmp_path, monkeypatch):
    """R3.3, T16: pt. and § in a citation (crs-r46435 note 33 and crs-r48469 note 26, planted); in a textual
    sentence the word written out (leiden-dde note 42, planted). The published forms draw nothing."""
    notes = ["U.S. Congress, House, Committee on the Judiciary, *Lobbying Disclosure Act of 1995*, report to accompany "
             "H.R. 2564, 104th Cong., 1st sess., H.Rept. 104-339, Pt. 1, November 14, 1995, p. 21.",
             "Consolidated Appropriations Act, 2018 (P.L. 115-141, Division B, Title V, Sec. 539).",
             "Arts. 61(3) and 67(1) of the Rome Statute.",
             "U.S. Congress, House, Committee on the Judiciary, *Lobbying Disclosure Act of 1995*, report to accompany "
             "H.R. 2564, 104th Cong., 1st sess., H.Rept. 104-339, Part 1, November 14, 1995, p. 21.",
             "Articles 61(3) and 67(1) of the Rome Statute."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    for n in (1, 2, 3):
        assert "article-abbreviation" in found.get(n, set()), (n, out)
    assert "write pt. 1" in out and "write § 539" in out and "Articles 61(3)" in out, out
    assert "article-abbreviation" not in found.get(4, set()) | found.get(5, set()), out


def test_dept_a_month_t12_never_abbreviates_and_a_half_abbreviated_journal(tmp_path, monkeypatch):
    """``Dept.`` is no T6 form (crs-r46435 note 6, planted), ``Jul.`` no T12 form (icjt-sadat note 16, planted),
    ``Am. J. Int'l Law`` half of T13's ``Am. J. Int'l L.`` (icjt-oconnell note 11, planted); the published notes
    draw nothing of these."""
    notes = ["U.S. Dept. of Justice, *The Foreign Agents Registration Act of 1938, As Amended and the Rules and "
             "Regulations Prescribed by the Attorney General*, 1942, p. 2.",
             "Leila Nadya Sadat & Douglas J. Pivnichny, Fulfilling the Dictates of Public Conscience: Moving Forward "
             "with a Convention on Crimes Against Humanity, Whitney R. Harris World Law Institute (Jul. 17, 2014).",
             "International Military Tribunal (Nuremberg), Judgment and Sentences, 1 October 1946, reprinted in 41 "
             "*Am. J. Int’l Law* 186 (1947).",
             "U.S. Department of Justice, *The Foreign Agents Registration Act of 1938, As Amended and the Rules and "
             "Regulations Prescribed by the Attorney General*, 1942, p. 2.",
             "International Military Tribunal (Nuremberg), Judgment and Sentences, 1 October 1946, reprinted in 41 "
             "*Am. J. Int’l L.* 186 (1947)."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert "abbreviation" in found.get(1, set()) and "write Dep’t" in out, out
    assert "month" in found.get(2, set()) and "write July 17, 2014" in out, out
    assert "abbreviation" in found.get(3, set()) and "Am. J. Int’l L." in out, out
    assert out.count("'Dept.'") == 1 and out.count("periodical '") == 1, out
    assert not found.get(5), out


def test_a_blog_posts_date_written_out_in_a_bluebook_note(tmp_path, monkeypatch):
    """T12 in a memo that abbreviates its months: a date set off by commas before the site or at the note's end
    (icjt-oconnell notes 1 and 5, planted); a date in the note's prose is not a citation's."""
    notes = ["Harold Hongju Koh and Todd F. Buchwald, *The Crime of Aggression: The United States Perspective* 109 "
             "Am. J. Int’l L. 257 (2015) and John Bellinger, *USG Concerns with the ICC Aggression Amendments*, "
             "January 5, 2016, Lawfare, https://www.lawfareblog.com/usg-concerns-icc-aggression-amendments.",
             "See David Bosco, *Who’s Afraid of Aggression Prosecutions?*, Lawfare, January 8, 2015.",
             "See David Bosco, *Who’s Afraid of Aggression Prosecutions?*, Lawfare, Jan. 8, 2015.",
             "The amendments were adopted at Kampala on June 11, 2010."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert "month" in found.get(1, set()) and "month" in found.get(2, set()), out
    assert "month" not in found.get(3, set()) | found.get(4, set()), out


# crs-r45546 (CRS R45546), notes 2, 19, 22 and 23: a decision in full, a line of decisions of one name, then short forms of two of them.
R45546_19 = ("The 1963 Supreme Court decision in *Arizona v. California*is the first in a line of Supreme Court decisions "
             "and orders in the same litigation that address water allocation disputes within the Lower Basin. 373 "
             "U.S. 546, 601 (1963), 376 U.S. 340 (1964) (order issued), 383 U.S. 268 (1966) (amending judgment), 466 "
             "U.S. 144 (1984) (amending order), 530 U.S. 392 (2000) (subsequent determination), 531 U.S. 1 (2000) "
             "(supplemented), 547 U.S. 150 (2006) (consolidated decree); cf.California v. United States, 438 U.S. 645 "
             "(1978).")


def test_decisions_of_one_name_stay_apart(tmp_path, monkeypatch):
    """A short form to the 2006 decree is not the 1963 decision miswritten: no inconsistent citation, no pin
    before the 1963 decision's first page."""
    found, out = _by_note(tmp_path, monkeypatch, ["Arizona v. California, 373 U.S. 546 (1963).", R45546_19,
                                                  "Arizona v. California, 373 U.S. at 593 (1963).",
                                                  "Arizona v. California, 547 U.S. at 161-166 (2006)."])
    assert not found.get(4), out


def test_works_of_one_author_or_title_stay_apart_and_a_crs_short_form_is_the_same_work(tmp_path, monkeypatch):
    """crs-r46435 notes 19-20 (a committee print, then its short form) and 22 and 32 (two debates in the
    Congressional Record); icjt-sadat note 2 (two sections of Title 18, of two years), then its note 3 planted
    as an Id. that cannot say which."""
    notes = ["U.S. Congress, Senate Committee on Foreign Relations, *Nondiplomatic Activities of Representatives of "
             "Foreign Governments*, committee print, 87th Cong., 2nd sess., July 1962, p. v.",
             "Senate Committee on Foreign Relations, *Nondiplomatic Activities of Representatives of Foreign "
             "Governments*, p. v.",
             "Sen. James Fulbright, \"Amendment of Foreign Agents Registration Act,\" Senate debate, *Congressional "
             "Record*, vol. 111, part 5 (April 5, 1965), p. 6984.",
             "Sen. Robert Dole, \"Lobbying Reform,\" remarks in the Senate, *Congressional Record*, vol. 141, part 14 "
             "(July 25, 1995), p. 20193.",
             "The Torture Act, 18 U.S. Code § 2340 (2006); The Genocide Accountability Act, 18 U.S. Code § 1091 (2007).",
             "Id. § 3282(a) (2006)."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert all("inconsistent-citation" not in found.get(n, set()) for n in range(1, 7)), out
    assert "id-reference" in found.get(6, set()), out


def test_an_id_after_a_statute_and_a_decision_joined_by_and(tmp_path, monkeypatch):
    """crs-r45546 note 25 cites a statute and a decision joined by "and"; its note 26 planted as an Id."""
    n25 = ("43 U.S.C. §617(d) and Arizona v. California, 373 U.S.at 593-594 (1963). As the Court explained, §5 of "
           "BCPA, which provides that \"no person shall have or be entitled to have the use for any purpose of the "
           "water stored as aforesaid except by contract made as herein stated,\" serves as the basis for DOI's "
           "authority over all Lower Basin water deliveries.")
    found, out = _by_note(tmp_path, monkeypatch, [n25, "Id. at 594 (allowing the Secretary to prorate)."])
    assert "id-reference" in found.get(2, set()), out


def _md_by_note(tmp_path, monkeypatch, notes) -> tuple[dict, str]:
    """As :func:`_by_note`, on a Markdown memo (italics known)."""
    import re

    monkeypatch.chdir(tmp_path)
    calls = " ".join(f"Text omitted.[^{i}]" for i in range(1, len(notes) + 1))
    text = "# Discussion\n\n" + calls + "\n\n" + "\n\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1)) + "\n"
    (tmp_path / "memo.md").write_text(text, encoding="utf-8")
    out = run("verify", "memo.md").output
    lines = text.splitlines()
    found: dict[int, set] = {}
    for m in re.finditer(r"^memo\.md:(\d+):\d+: warning\[([\w-]+)\]", out, re.M):
        label = re.match(r"\[\^(\d+)\]", lines[int(m.group(1)) - 1])
        found.setdefault(int(label.group(1)) if label else 0, set()).add(m.group(2))
    return found, out


def test_a_memo_that_sets_every_signal_in_roman(tmp_path, monkeypatch):
    """icjt-oconnell notes 2, 5 and 6 (a Bluebook memo, T12 months) set See in roman every time: a habit, told
    once with the count; crs-r40094 note 18 and its like in CRS house style (months written out), where signals
    are roman, draw nothing. One italic signal makes each roman one a slip."""
    oconnell = ["See John Bellinger, III and Harold Koh, *Bringing International Human Rights Back Home?*, Nov. 11, "
                "2014, Woodrow Wilson School of Public and International Affairs, Princeton University,",
                "See David Bosco, *Who’s Afraid of Aggression Prosecutions?*, Lawfare, Jan. 8, 2015.",
                "See Bellinger above."]
    found, out = _md_by_note(tmp_path, monkeypatch, oconnell)
    assert out.count("warning[signal-italics]") == 1 and re.search(r"every signal in roman, \d times", out), out
    crs = ["See CRS In Focus IF11583, *Iran's Nuclear Program and 2025 UN Sanctions Reimposition*, by Paul K. Kerr.",
           "U.S. Department of State, *Adherence to and Compliance with Arms Control, Nonproliferation, and "
           "Disarmament Agreements and Commitments*, July 2010.",
           "U.S. Department of State, *Adherence to and Compliance with Arms Control, Nonproliferation, and "
           "Disarmament Agreements and Commitments*, April 2025, p. 4."]
    found, out = _md_by_note(tmp_path, monkeypatch, crs)
    assert "signal-italics" not in out, out
    found, out = _md_by_note(tmp_path, monkeypatch, oconnell + ["*See* David Bosco, *Who’s Afraid of Aggression "
                                                                "Prosecutions?*, Lawfare, Jan. 8, 2015."])
    assert out.count("warning[signal-italics]") >= 2 and "every signal in roman" not in out, out


def test_t6_abbreviates_an_institutions_name_not_a_title_or_a_sentence(tmp_path, monkeypatch):
    """R15.1, T6: an institutional author's name is abbreviated; a document's title (icjt-sadat note 9: a Report to
    the International Law Commission), a sentence (note 15: The Steering Committee consists of: …) or a work
    reprinted in a book (icjt-oconnell note 10) is no author's name, whatever a reader took for one."""
    notes = ["Report to the International Law Commission, Annex B, Crimes against humanity, U.N. Doc. A/CN.4/L.829 "
             "(July 22, 2013), available at http://legal.un.org/ilc/reports/2013/english/annex.pdf.",
             "The Steering Committee consists of: Professor Leila Sadat, Chair; Professor M. Cherif Bassiouni; "
             "Ambassador Hans Corell; Justice Richard Goldstone; Professor Juan Méndez; Professor William Schabas; and "
             "Judge Christine Van Den Wyngaert.The text of the Proposed Convention is included in English, French and "
             "Spanish in FORGING A CONVENTION FOR CRIMES AGAINST HUMANITY (Leila Nadya Sadat, 2d. ed., 2013). Arabic, "
             "Chinese, German and Russian translations are also available on the Harris Institute’s website. See "
             "http://law.wustl.edu/harris/crimesagainsthumanity/?page_id=1553.",
             "Covenant of the League of Nations, reprinted in O’Connell, International Law and the Use of Force, "
             "*ibid.*, at 139-141.",
             "2005 World Summit Outcome, UN GAOR, 60th Sess., at 22-23, U.N. Doc. A/60/L.1 (Sept. 15, 2005)."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert "is not abbreviated as T6 does" not in out, out


def test_a_quotation_cited_to_a_page_range_and_a_chapter_title_after_its_author(tmp_path, monkeypatch):
    """crs-r48469 note 12 quotes a notice it cites by the pages it spans (79 Federal Register 44404-44405): the
    pages are given. icjt-maunganidze note 1 gives a chapter's title in quotation marks after its author's name
    with no comma (Richard Overy “The Nuremberg trials: …” in …): a title, not a quotation. A quotation cited
    to no page is still a finding."""
    notes = ["The task force was directed to report to the President with \"recommendations for the implementation of "
             "a comprehensive framework of integrated programs to combat IUU fishing and seafood fraud that emphasizes "
             "areas of greatest need.\" NOAA, NMFS, \"Presidential Task Force on Combating Illegal, Unreported and "
             "Unregulated Fishing and Seafood Fraud,\" 79 Federal Register 44404-44405, July 31, 2014.",
             "International Military Tribunal at Nuremeberg. See: The London Declaration of 8 August 1945 on the "
             "Agreement for the Prosecution and Punishment of Major War Criminals of the European Axis. Annexed to "
             "this agreement was the Charter of the International Military Tribunal; Benjamin Ferencz, “The "
             "experience of Nuremberg” in Dinah Shelton (ed) *International Crimes, Peace and Human Rights: The Role "
             "of the International Criminal Court* (Transnational Publishers 2009); Richard Overy “The Nuremberg "
             "trials: International law in the making” in Phillipe Sands (ed) *From Nuremberg to The Hague: The "
             "Future of International Criminal Justice* (CUP 2003).",
             "The Court held that \"the decree governs every delivery of water.\" Arizona v. California, 547 U.S. 150 "
             "(2006)."]
    found, out = _by_note(tmp_path, monkeypatch, notes)
    assert "missing-pin" not in found.get(1, set()) | found.get(2, set()), out
    assert "missing-pin" in found.get(3, set()), out


def test_short_forms_by_an_agencys_initials_an_institution_or_an_oscola_pin_before_the_full(tmp_path, monkeypatch):
    """R4.2, R16.9: crs-r48469 notes 1, 7 and 17 and leiden-dde note 7, each planted as the short form its later
    notes use; the published notes 2 and 18 of crs-r48469, short forms after their full citation, are right. An
    institution's name written out with a title (crs-r46435 note 19, planted) is how a house style may cite a report
    in full, so by its shape it is not a short form."""
    full = ('National Oceanic and Atmospheric Administration (NOAA), National Marine Fisheries Service (NMFS), '
            '"Seafood Import Monitoring Program," https://www.fisheries.noaa.gov/international/international-affairs/'
            'seafood-import-monitoring-program (hereinafter NOAA, NMFS, "Seafood Import Monitoring Program").')
    notes = ['NOAA, NMFS, "Seafood Import Monitoring Program."',
             "NOAA, NMFS, U.S. Seafood Import Monitoring Program Review, 2024.",
             "NOAA, NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program, pp. 1-17.",
             "Senate Committee on Foreign Relations, *Nondiplomatic Activities of Representatives of Foreign "
             "Governments*, p. v.",
             "Ambos, *Treatise on International Criminal Law* 457.",
             full, 'NOAA, NMFS, "Seafood Import Monitoring Program."',
             'NOAA, NMFS, "Seafood Import Monitoring Program"; for more information on illegal, unreported, and '
             'unregulated (IUU) fishing, see CRS Report R48215, Illegal, Unreported, and Unregulated (IUU) Fishing: '
             'Frequently Asked Questions, by Caitlin Keating-Bitonti and Anthony R. Marshak.']
    found, out = _by_note(tmp_path, monkeypatch, notes)
    for n in (2, 3, 5):
        assert "short-antecedent" in found.get(n, set()), (n, out)
    assert not any("short-antecedent" in found.get(n, set()) for n in (4, 6, 7, 8)), out


def test_a_short_form_with_an_italic_title_in_markdown(tmp_path, monkeypatch):
    """The same short forms in a Markdown memo, whose italics are the reader's flags (leiden-dde note 7, planted,
    and after a sentence), found at the short form's column."""
    notes = ["Ambos, *Treatise on International Criminal Law* 457.",
             "The treatise was reissued. Schabas, *An Introduction to the International Criminal Court* 88."]
    found, out = _md_by_note(tmp_path, monkeypatch, notes)
    assert "short-antecedent" in found.get(1, set()) and "short-antecedent" in found.get(2, set()), out
    col = int(re.search(r"memo\.md:7:(\d+): warning\[short-antecedent\]", out).group(1))
    assert col == len("[^2]: The treatise was reissued. ") + 1, out


def test_an_id_after_a_note_of_a_cross_reference_and_a_full_citation(tmp_path, monkeypatch):
    """icjt-maunganidze notes 2-3 as planted: note 2 cites Igwe by a cross-reference and Ssenyonjo in full, so the
    Id. of note 3 cannot say which."""
    n2 = ("Igwe (n 2) 294. However, other situations were under preliminary examination by the Office of Prosecutor "
          "in Afghanistan, Colombia, Chad, Georgia, Guinea; in this regard see Manisuli Ssenyonjo, “The International "
          "Criminal Court arrest warrant decision for President Al Bashir of Sudan” (2010) 59(1) *International and "
          "Comparative Law Quarterly* 205.")
    found, out = _by_note(tmp_path, monkeypatch, ["Nothing here.", n2, "Id."])
    assert "id-reference" in found.get(3, set()), out
