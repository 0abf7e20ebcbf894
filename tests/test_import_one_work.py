"""``briefgen import`` keeps two works of one author or one title two records when what identifies them differs: a
Federal Register page, a date, a document symbol. Notes are quoted from the corpus reports named beside them
(tests/corpus/SOURCES.yaml); each with a variant from other real documents of the same kind."""
import re

import pytest

from test_import_reading import _imported, _keys

# Cong. Rsch. Serv., R48859 (2026), notes 4, 25, 26, 27 and 29, as the report prints them.
R48859 = {
    4: "Presidencia de México, \"Versión Estenográfica de la Conferencia de Prensa Matutina de la Presidenta Claudia "
       "Sheinbaum Pardo,\" press conference, August 24, 2026.",
    25: "Reuters, \"Mexico Files Criminal Complaints in US over Migrant Deaths in Custody,\" July 14, 2026; Presidencia "
        "de México, \"Versión Estenográfica de la Conferencia de Prensa Matutina de la Presidenta Claudia Sheinbaum "
        "Pardo,\" press conference, July 13, 2026.",
    26: "José de Córdoba, \"US Cancels Visa for Son of Former Mexican President, Straining Ties,\" *Wall Street "
        "Journal*, August 15, 2026; Presidencia de México, \"Versión Estenográfica de la Conferencia de Prensa "
        "Matutina de la Presidenta Claudia Sheinbaum Pardo,\" press conference, August 14, 2026.",
    27: "U.S. Department of Homeland Security (DHS), \"Notice of Implementation of Additional Duties on Products of "
        "Mexico Pursuant to the President's Executive Order 14194,\" 90 *Federal Register* 11429, March 6, 2025.",
    29: "U.S. Department of State, \"Foreign Terrorist Organization Designations of Tren de Aragua, Mara Salvatrucha, "
        "Cartel de Sinaloa, Cartel de Jalisco Nueva Generacion, Carteles Unidos, Cartel del Noreste, Cartel del "
        "Golfo, and La Nueva Familia Michoacana,\" 90 *Federal Register* 10030, February 20, 2025; U.S. Department of "
        "State, \"Foreign Terrorist Organization Designation of Juarez Cartel and Los Viagras,\" 91 *Federal "
        "Register* 43721, July 16, 2026.",
}

# Cong. Rsch. Serv., R40094 (2026), notes 1 and 23: one title, two reports of the IAEA Director General.
R40094 = {
    1: "IAEA, *Implementation of the NPT Safeguards Agreement in the Islamic Republic of Iran*, GOV/2006/14, "
       "February 4, 2006.",
    23: "IAEA, *Implementation of the NPT Safeguards Agreement in the Islamic Republic of Iran*, GOV/2003/75.",
}


@pytest.mark.parametrize("order", [(27, 29), (29, 27)])
def test_two_notices_in_the_federal_register_are_two_records(tmp_path, monkeypatch, order):
    """R48859 note 29 (and the two notes the other way round): a notice at 90 Fed. Reg. 10030 is not the one at 90
    Fed. Reg. 11429 that an earlier note cites; no title, no merge."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [R48859[n] for n in order], "md")
    pages = {str(r.get("page")) for r in records.values() if r["kind"] == "regulation"}
    assert pages == {"11429", "10030", "43721"}
    assert len(set(_keys(calls[0])) | set(_keys(calls[1]))) == 3


def test_press_conferences_of_one_title_and_other_dates_are_three_records(tmp_path, monkeypatch):
    """R48859 notes 4, 25, 26: the morning press conference of three days is three works, each with its date."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [R48859[n] for n in (4, 25, 26)], "md")
    title = "Versión Estenográfica de la Conferencia de Prensa Matutina de la Presidenta Claudia Sheinbaum Pardo"
    dates = sorted(str(r.get("date")) for r in records.values() if r.get("title") == title)
    assert dates == ["2026-07-13", "2026-08-14", "2026-08-24"]
    assert len({_keys(c)[-1] for c in calls}) == 3


@pytest.mark.parametrize("notes", [
    [R40094[1], R40094[23]],
    # the Director General's reports of June 6 and August 26, 2003 (IAEA, GOV/2003/40 and GOV/2003/63)
    ["IAEA, *Implementation of the NPT Safeguards Agreement in the Islamic Republic of Iran*, GOV/2003/40.",
     "IAEA, *Implementation of the NPT Safeguards Agreement in the Islamic Republic of Iran*, GOV/2003/63."],
])
def test_one_title_with_other_symbols_is_two_documents(tmp_path, monkeypatch, notes):
    """R40094 note 23: the symbol left as text after the title differs from the earlier note's, so the note cites
    another report, not the first one again (the rebuilt note kept its symbol, never *supra note 1*)."""
    calls, records, _ = _imported(tmp_path, monkeypatch, notes, "md")
    assert len(_keys(calls[0])) == len(_keys(calls[1])) == 1 and _keys(calls[0]) != _keys(calls[1])


def test_one_report_cited_again_with_its_number_is_one_record(tmp_path, monkeypatch):
    """R46435 notes 1 and 4: H.Rept. 2038 cited again (with another page) is the same report."""
    n1 = ("U.S. Congress, House, Committee on the Judiciary, *Amending the Act Requiring Registration of Foreign "
          "Agents*, report to accompany S. 2399, 77th Cong., 2nd sess., April 20, 1942, H.Rept. 2038, p. 1.")
    n4 = ("U.S. Congress, House, Committee on the Judiciary, *Amending the Act Requiring Registration of Foreign "
          "Agents*, report to accompany S. 2399, 77th Cong., 2nd sess., H.Rept. 2038, p. 3.")
    calls, records, _ = _imported(tmp_path, monkeypatch, [n1, n4], "md")
    assert _keys(calls[0]) == _keys(calls[1])


@pytest.mark.parametrize("note, first", [
    # Cong. Rsch. Serv., R48887 (2026), note 17
    ("Anat Peled et al., \"Iran Is Producing Ballistic Missiles Again,\" *Wall Street Journal*, September 10, 2026.",
     "Anat Peled"),
    # Cong. Rsch. Serv., R47324 (2026), note 21
    ("Kathryn Miller et al., \"Challenging the Need for Deep Seabed Mining from the Perspective of Metal Demand, "
     "Biodiversity, Ecosystem Services, and Benefit Sharing,\" *Frontiers in Marine Science*, vol. 8 (July 2021).",
     "Kathryn Miller"),
    # a variant from elsewhere: the NeurIPS 2017 paper of Vaswani and seven others
    ("Ashish Vaswani et al., \"Attention Is All You Need,\" *Advances in Neural Information Processing Systems*, "
     "vol. 30 (2017).", "Ashish Vaswani"),
])
def test_et_al_keeps_that_there_are_more_authors(tmp_path, monkeypatch, note, first):
    """R15.1: a citation that names the first author and *et al.* leaves the others unnamed; the record keeps
    that there are others (never an invented name), says in its note that the citation left them out (not that
    they were guessed), and prints *et al.* back."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [note], "md")
    (rec,) = [r for r in records.values() if r.get("authors")]
    assert rec["authors"] == [first, "et al."]
    guessed, _, left_out = rec["note"].partition("Left out or not read:")
    assert "authors (after et al.: the others are not named)" in left_out and "authors" not in guessed, rec["note"]


@pytest.mark.parametrize("first, again, pin", [
    # corpus source crs-r49334 (tests/corpus/SOURCES.yaml), notes 33 and 34
    ("IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 8 (Mar. 26, 2014).",
     "IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 9 (Mar. 26, 2014); *see* 26 U.S.C. §§ 1401–1402.",
     "§ 4 Q&A 9"),
    # a variant from elsewhere (passes before the fix too: its pin is a page): Rev. Rul. 2019-24, of October 9, 2019
    ("Rev. Rul. 2019-24, 2019-44 I.R.B. 1004, 1005 (Oct. 9, 2019).",
     "Rev. Rul. 2019-24, 2019-44 I.R.B. 1004, 1006 (Oct. 9, 2019).", "1006"),
])
def test_a_ruling_cited_again_in_full_keeps_its_date_out_of_the_pin(tmp_path, monkeypatch, first, again, pin):
    """A ruling cited in full again, with its date: one record, and the pin is the section or page only, never
    the date (nor the rest of the sentence) swallowed into it."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [first, again], "md")
    key = _keys(calls[0])[0]
    assert f"@{key}, {pin}" in calls[1] and f"@{key}, {pin} (" not in calls[1] and f"@{key}, {pin}]" in \
        calls[1].replace(";", "]")


@pytest.mark.parametrize("notes, title", [
    # crs-r48859 note 35 (its last two sentences)
    (["DOD is \"using a secondary Department of War designation\" under Executive Order 14347 dated September 5, "
      "2025. White House, *United States Counterterrorism Strategy*, May 2026."], "United States Counterterrorism Strategy"),
    # a variant from elsewhere: the presidential memorandum of January 20, 2025
    (["The memorandum was signed on January 20, 2025. White House, *America First Trade Policy*, January 20, 2025."],
     "America First Trade Policy"),
])
def test_a_year_that_ends_a_sentence_is_no_part_of_the_next_author(tmp_path, monkeypatch, notes, title):
    """Not ``2025. White House`` as the author: the sentence ends at the year, the work is the White House's."""
    calls, records, _ = _imported(tmp_path, monkeypatch, notes, "md")
    (rec,) = [r for r in records.values() if r.get("title") == title]
    assert (rec.get("author") or rec.get("authors")) in ("White House", ["White House"])
    assert not any(str(a)[:1].isdigit() for r in records.values() for a in r.get("authors") or [r.get("author", "")])


@pytest.mark.parametrize("note, title", [
    # crs-r47324 note 40
    ("For example, Department of Defense (which is \"using a secondary Department of War designation,\" under E.O. "
     "14347, dated September 5, 2025), Joint Chiefs of Staff, Joint Maritime Operations: 8 June 2018, Joint "
     "Publication 3-32, 2018, see p. xiv.", "Joint Maritime Operations: 8 June"),
    # a variant from elsewhere: Joint Publication 5-0 of December 1, 2020
    ("Joint Chiefs of Staff, Joint Planning, 1 December 2020, Joint Publication 5-0, see p. I-1.", "Joint Planning, 1 "
     "December"),
])
def test_a_title_in_roman_never_ends_inside_a_date(tmp_path, monkeypatch, note, title):
    """A title without italics is never cut before the year of a date it holds or is followed by (``… 8 June`` |
    ``2018``), which would make the year a page."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [note], "md")
    assert title not in [r.get("title") for r in records.values()]
    assert not re.search(r"@[\w.-]+, (?:18|19|20)\d\d\]", calls[0])
