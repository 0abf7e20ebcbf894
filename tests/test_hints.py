"""Verify's hints give the corrected citation where the memo holds it, and say what is missing where it does not;
each names its rule. The notes are published ones (tests/corpus, named beside each), with the errors planted in
tests/corpus/*/planted.yaml, or a variant from elsewhere where said."""
import json

from test_import_reading import _md_memo, run

# Denver Law Review Online, the essay on Salman v. United States (tests/corpus/dlr-salman): note 7, the case in
# note 9's parenthetical, and note 34 (a case's short form and an article in full)
SALMAN_7 = "Salman v. United States, 137 S.Ct. 420 (2016)."
DIRKS = "Dirks v. SEC, 463 U.S. 646, 663 (1983)."
SALMAN_34 = ("*Dirks*, 463 U.S. at 653–54; *see also* Donald C. Langevoort, *Investment Analysts and the Law of Insider "
             "Trading*, 76 Va. L. Rev. 1023, 1024 (1990) (noting disclosures to analysts are typically not unlawful "
             "because they serve a variety of corporate purposes).")
# the Denver Law Review's student article on Colorado's liquor licences (tests/corpus/dlr-staines), note 14
STAINES_14 = ("Colo. Rev. Stat. §12-47-407 (West 2016); Nick Coltrain, *4 Things to Know About Colorado’s New Liquor "
              "Laws*, Colorodoan (Jan. 6, 2017 9:20AM) http://www.coloradoan.com/story/news/2017/01/06/4-things-know-"
              "colorados-new-liquor-laws/96154700/.")


def _hints(tmp_path, monkeypatch, notes: list[str]) -> dict[str, list[str]]:
    """verify --format json on a Markdown memo of ``notes``: code -> the hints given under it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(_md_memo(notes), encoding="utf-8")
    result = run("verify", "memo.md", "--format", "json")
    out: dict[str, list[str]] = {}
    for f in json.loads(result.output)["files"]:
        for d in f["diagnostics"]:
            out.setdefault(d["code"], []).append(d.get("hint") or "")
    return out


def test_an_id_after_a_case_and_an_article_lists_their_short_forms_with_the_pin(tmp_path, monkeypatch):
    """R4.1: ``Id. at 1025`` after dlr-salman note 34 could be either source: the hint writes each as a later note
    cites it, the case by its short form and the article by *supra*, both at the pin."""
    hints = _hints(tmp_path, monkeypatch, [DIRKS, SALMAN_34, "*Id.* at 1025."])
    assert hints["id-reference"] == ["R4.1: *Id.* cannot say which; write Dirks, 463 U.S. at 1025 or Langevoort, "
                                     "supra note 2, at 1025 (kept as text)"], hints


def test_an_id_after_a_statute_and_a_news_story(tmp_path, monkeypatch):
    """dlr-staines notes 14 and 15 (planted: ``*Id.*`` for ``Coltrain, *supra* note 14.``)."""
    hints = _hints(tmp_path, monkeypatch, [STAINES_14, "*Id.*"])
    (hint,) = hints["id-reference"]
    assert hint.startswith("R4.1: ") and "Coltrain, supra note 1" in hint and "Colo. Rev. Stat. § 12-47-407" in hint, hint


def test_supra_for_a_case_gives_its_short_form_at_the_pin(tmp_path, monkeypatch):
    """dlr-salman note 25 (planted: ``*Salman*, *supra* note 7, at 429``)."""
    hints = _hints(tmp_path, monkeypatch, [SALMAN_7, "*Salman*, *supra* note 1, at 429."])
    assert hints["supra-kind"] == ["R4.2(a): cases, statutes and regulations never take supra; write Salman, 137 "
                                   "S. Ct. at 429"], hints


def test_supra_for_a_code_repeats_the_citation_at_its_section(tmp_path, monkeypatch):
    """icjt-sadat note 4 (planted: ``18 U.S. Code, supra note 3, § 1546.``)."""
    hints = _hints(tmp_path, monkeypatch, ["18 U.S. Code, supra note 3, § 1546."])
    (hint,) = hints["supra-kind"]
    assert hint.startswith("R4.2(a): ") and "repeat the citation: 18 U.S. Code § 1546 " in hint, hint


def test_a_short_form_before_the_full_citation_a_later_note_gives(tmp_path, monkeypatch):
    """crs-r46601 notes 10 (planted: ``*Flores-Montano*, 541 U.S. at 155 n.3.``) and 19 (the case in full): the hint
    gives the full citation at the short form's pin, and the note that has it."""
    later = "United States v. Flores-Montano, 541 U.S. 149, 151 (2004)."
    hints = _hints(tmp_path, monkeypatch, ["*Flores-Montano*, 541 U.S. at 155 n.3.", "Text.", later])
    assert hints["short-antecedent"] == ["R10.9: cite the case in full the first time: United States v. "
                                         "Flores-Montano, 541 U.S. 149, 155 n.3 (2004), as note 3 does (kept as text)"]


def test_a_short_form_by_the_second_partys_name(tmp_path, monkeypatch):
    """crs-r48915 notes 32 (planted: ``Levine, 555 U.S. at 565``) and 33 (``Wyeth v. Levine, 555 U.S. 555, 565-66
    (2009)``, cited in full): a short form by a party's name, of the same volume and reporter, is the same case."""
    hints = _hints(tmp_path, monkeypatch, ["Levine, 555 U.S. at 565.", "See, e.g., Wyeth v. Levine, 555 U.S. 555, "
                                           "565-66 (2009) (considering the history of federal regulation of drugs)."])
    assert hints["short-antecedent"] == ["R10.9: cite the case in full the first time: Wyeth v. Levine, 555 U.S. 555, "
                                         "565 (2009), as note 2 does (kept as text)"], hints


def test_a_short_form_that_no_note_gives_in_full_says_what_is_missing(tmp_path, monkeypatch):
    """crs-r48915 note 2 (planted: ``Barnes, 501 U.S. at 569.``): nothing in the memo gives the case's name, first
    page or year, and the hint says so rather than guess them."""
    hints = _hints(tmp_path, monkeypatch, ["Barnes, 501 U.S. at 569."])
    (hint,) = hints["short-antecedent"]
    assert hint.startswith("R10.9: ") and "no note of this memo cites a source of that name in full" in hint, hint


def test_table_findings_give_the_whole_corrected_citation(tmp_path, monkeypatch):
    """T12, T16, T13 and T6 findings end with the citation as it reads corrected, from the signal to the end of the
    citation (its explanatory parenthetical left out): the errors planted in dlr-staines note 14 (``January 6, 2017``),
    crs-r48915 note 30 (``Art. VI``), crs-r48887 note 15 (``Wall Street J.``) and crs-r46435 note 6 (``Dept.``)."""
    notes = [STAINES_14.replace("Jan. 6", "January 6"), "See U.S. Const. Art. VI, cl. 2.",
             "Shelby Holliday and Costas Paris, \"U.S. Strikes Iranian Oil Tankers in Response to Tehran's Attacks on "
             "Navy Ships,\" *Wall Street J.*, September 8, 2026.",
             "U.S. Dept. of Justice, *The Foreign Agents Registration Act of 1938, As Amended and the Rules and Regulations "
             "Prescribed by the Attorney General*, 1942, p. 2."]
    hints = _hints(tmp_path, monkeypatch, notes)
    assert hints["month"][0].startswith(
        "T12: write Jan. 6, 2017; the citation then reads: Nick Coltrain, 4 Things to Know About Colorado’s New Liquor "
        "Laws, Colorodoan (Jan. 6, 2017 9:20AM) http://www.coloradoan.com/"), hints
    (art,) = hints["article-abbreviation"]
    assert art == ("R3.3, T16: write art. VI (in a textual sentence, Article VI); the citation then reads: See U.S. "
                   "Const. art. VI, cl. 2"), art
    newspaper, dept = hints["abbreviation"]
    assert newspaper.startswith("T13: write Wall St. J.") and newspaper.endswith(
        "; the citation then reads: Shelby Holliday and Costas Paris, \"U.S. Strikes Iranian Oil Tankers in Response to "
        "Tehran's Attacks on Navy Ships,\" Wall St. J., September 8, 2026"), newspaper
    assert dept.startswith("T6: write Dep’t") and "; the citation then reads: U.S. Dep’t of Justice, The Foreign Agents " \
        "Registration Act of 1938, As Amended and the Rules and Regulations Prescribed by the Attorney General" in dept, dept


def test_supra_for_a_state_statute_the_note_before_cites_alone_is_id(tmp_path, monkeypatch):
    """dlr-staines notes 7, 8 and 9 (planted: ``Colo. Rev. Stat. §12-47-408, *supra* note 7.`` for ``*Id.*``): a
    statute never takes *supra*, and the note before cites that statute alone."""
    hints = _hints(tmp_path, monkeypatch, ["Colo. Rev. Stat. §12-47-408 (2016).", "*Id.*",
                                           "Colo. Rev. Stat. §12-47-408, *supra* note 1."])
    assert hints["supra-kind"] == ["R4.2(a): statutes and regulations never take supra; the note before cites it "
                                   "alone: write Id. (kept as text)"], hints
    assert "supra-antecedent" not in hints, hints


def test_supra_for_another_states_code_repeats_the_citation(tmp_path, monkeypatch):
    """A variant from elsewhere: California's Civil Code (Cal. Civ. Code § 1714, the general duty of care, as cited
    throughout California's reported decisions), by *supra* after a note that cites a case."""
    hints = _hints(tmp_path, monkeypatch, ["Cal. Civ. Code § 1714(a) (West 2024).", SALMAN_7,
                                           "Cal. Civ. Code § 1714, *supra* note 1."])
    assert hints["supra-kind"] == ["R4.2(a): statutes and regulations never take supra; repeat the citation: Cal. "
                                   "Civ. Code § 1714 (kept as text)"], hints
