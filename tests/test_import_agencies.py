"""``briefgen import`` on the secondary sources of reports in CRS house style: agencies' reports and their
subunits as one institutional author, their short forms by author and title or by the (hereinafter …) name,
CRS products, letters, resolutions by their adoption date, and pages cited by their address alone.

Each note is quoted verbatim from the report named beside it: the corpus's (tests/corpus/SOURCES.yaml), and
for each reader a variant from a CRS report outside the corpus (crsreports.congress.gov, as mirrored by
github.com/ProfAmiot/crs-reports), so that no reader knows only the corpus's own sentences.
"""
import re

import pytest

from test_import_reading import _imported, _keys

# Cong. Rsch. Serv., R48469 (2026), notes 1, 2, 10, 17, 18, 19, 20, 23, 24, 34.
R48469 = {
    1: "National Oceanic and Atmospheric Administration (NOAA), National Marine Fisheries Service (NMFS), \"Seafood "
       "Import Monitoring Program,\" https://www.fisheries.noaa.gov/international/international-affairs/seafood-import-"
       "monitoring-program (hereinafter NOAA, NMFS, \"Seafood Import Monitoring Program\").",
    10: "NOAA, NMFS, Report on the Seafood Import Monitoring Program—FY2023, May 2024, https://www.fisheries.noaa.gov/"
        "s3/2024-05/SIMP-Report-to-Congress-FY2023.pdf (hereinafter NOAA, NMFS, Report on the Seafood Import "
        "Monitoring Program—FY2023).",
    17: "NOAA, NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program, April 2021, pp. 1-17, "
        "https://media.fisheries.noaa.gov/2021-05/SIMP%20Implementation%20Report%202021.pdf?null (hereinafter NOAA, "
        "NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program).",
    18: "NOAA, NMFS, \"Seafood Import Monitoring Program.\"",
    19: "NOAA, NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program, pp. 5-6.",
    20: "NOAA, NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program, pp. 1-17; and NOAA, "
        "NMFS, Report on the Seafood Import Monitoring Program—FY2023.",
    23: "These programs include the Antarctic Marine Living Resources Program (Patagonian toothfish, Antarctic krill). "
        "NOAA, NMFS, \"Seafood Commerce and Trade: International Trade,\" and U.S. Government Accountability Office "
        "(GAO), Combating Illegal Fishing. Better Information Sharing Could Enhance U.S. Efforts to Target Seafood "
        "Imports for Investigation, GAO-23-105643, May 2023, p. 11, https://www.gao.gov/assets/d23105643.pdf "
        "(hereinafter GAO, Combatting Illegal Fishing, 2023).",
    22: "NOAA, NMFS, \"Seafood Commerce and Trade: International Trade,\" https://www.fisheries.noaa.gov/topic/seafood-"
        "commerce-and-trade/international-trade (hereinafter NOAA, NMFS, \"Seafood Commerce and Trade: International "
        "Trade\").",
    24: "U.S. Customs and Border Protection (CBP), \"About CBP,\" https://www.cbp.gov/about; and GAO, Combatting "
        "Illegal Fishing, 2023, p. 9.",
    34: "NOAA, NMFS, Guide to Audit Requirements for the Seafood Import Monitoring Program: Frequently Asked Questions, "
        "December 2020, pp. 1-10, https://media.fisheries.noaa.gov/2020-12/SIMP%20Audit%20Guidance%202020.pdf.",
}


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_an_agency_with_its_subunit_is_one_author_and_its_reports_and_short_forms_are_read(tmp_path, monkeypatch,
                                                                                            fmt):
    """R48469: the agency and its subunit are one institutional author (R15.1.3), not the persons "National
    Oceanic" and "Atmospheric Administration"; its reports, titled in roman before their date, are two records
    (one author, two titles), each found again by its author and whole title, or by its hereinafter name."""
    notes = [R48469[n] for n in (1, 10, 17, 18, 19, 20, 34)]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, fmt)
    by_title = {r.get("title"): k for k, r in records.items()}
    page = records[by_title["Seafood Import Monitoring Program"]]
    assert page["author"] == ("National Oceanic and Atmospheric Administration (NOAA), National Marine Fisheries "
                              "Service (NMFS)") and "authors" not in page
    fy23 = by_title["Report on the Seafood Import Monitoring Program—FY2023"]
    simp = by_title["Report on the Implementation of the U.S. Seafood Import Monitoring Program"]
    audit = by_title["Guide to Audit Requirements for the Seafood Import Monitoring Program: Frequently Asked Questions"]
    assert len({fy23, simp, audit}) == 3
    for key, date in ((fy23, "2024-05"), (simp, "2021-04"), (audit, "2020-12")):
        rec = records[key]
        assert rec["kind"] == "report" and rec["date"] == date and rec["url"].startswith("https://"), rec
        assert rec["author"] == page["author"], rec      # NOAA, NMFS: the author note 1 announced in full
        assert re.search(r"Guessed: kind, title\b", rec["note"]), rec["note"]
    assert _keys(calls[0]) == [by_title["Seafood Import Monitoring Program"]]
    assert _keys(calls[3]) == [by_title["Seafood Import Monitoring Program"]], calls[3]
    assert _keys(calls[4]) == [simp] and "5-6" in calls[4], calls[4]
    assert _keys(calls[5]) == [simp, fy23], calls[5]
    assert _keys(calls[6]) == [audit] and "1-10" in calls[6], calls[6]
    assert "import-unparsed" not in out, out


def test_a_hereinafter_name_spelled_otherwise_than_the_title_finds_its_report_with_a_pin(tmp_path, monkeypatch):
    """R48469 notes 23-24: GAO's report *Combating Illegal Fishing* is announced as "GAO, Combatting Illegal
    Fishing, 2023" (the note's own spelling); the later "GAO, Combatting Illegal Fishing, 2023, p. 9" finds it by
    that name. The short form before it ends with a quoted title's comma and "and", as CRS writes."""
    calls, records, out = _imported(tmp_path, monkeypatch, [R48469[22], R48469[23], R48469[24]])
    gao = next(k for k, r in records.items() if r.get("number") == "GAO-23-105643")
    assert records[gao]["author"] == "U.S. Government Accountability Office (GAO)"
    trade = next(k for k, r in records.items() if r.get("title") == "Seafood Commerce and Trade: International Trade")
    assert _keys(calls[1]) == [trade, gao], calls[1]
    assert _keys(calls[2])[1:] == [gao] and "9" in calls[2].split("@" + gao)[1], calls[2]


# Cong. Rsch. Serv., R48179, Tickets for Live Entertainment Events (2026), notes 7 (its GAO part), 8 and 10;
# R48863, Local and Regional Project Assistance Program (2026), notes 27 and 29; R47573, Funding and Financing
# Highways and Public Transportation (2026), notes 11 and 116: not in the corpus.
GAO_TICKETS = ("U.S. Government Accountability Office (GAO), Event Ticket Sales: Market Characteristics and Consumer "
               "Protection Issues, April 2018, pp. 4-5, https://www.gao.gov/assets/700/691247.pdf (hereinafter GAO, "
               "Event Ticket Sales).")
GAO_DOT = ("Government Accountability Office (GAO), Discretionary Transportation Grants: DOT Should Better Communicate "
           "Federal Share Requirements to Applicants, GAO-23-105639, November 17, 2022, https://www.gao.gov/assets/820/"
           "813400.pdf (hereinafter GAO, DOT Should Better Communicate Federal Share Requirements to Applicants).")
CBO = ("CBO, Options for Reducing the Deficit: 2025 to 2034, December 2024, p. 82, https://www.cbo.gov/system/files/"
       "2024-12/60557-budget-options.pdf.")
FHWA = ("FHWA, Value Capture: Primer on Special Assessment Districts, January 26, 2021, https://www.fhwa.dot.gov/ipd/"
        "pdfs/value_capture/fhwa_hin_21_003.pdf.")


def test_reports_and_short_forms_of_other_agencies_in_other_reports(tmp_path, monkeypatch):
    notes = [GAO_TICKETS, "GAO, Event Ticket Sales, pp. 6-11.", "GAO, Event Ticket Sales, p. 11.", GAO_DOT,
             "GAO, DOT Should Better Communicate Federal Share Requirements to Applicants, p. ii.", CBO, FHWA]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    by_title = {r.get("title"): k for k, r in records.items()}
    tickets = by_title["Event Ticket Sales: Market Characteristics and Consumer Protection Issues"]
    assert (records[tickets]["author"], records[tickets]["date"]) == \
        ("U.S. Government Accountability Office (GAO)", "2018-04")
    assert _keys(calls[0]) == _keys(calls[1]) == _keys(calls[2]) == [tickets], calls
    assert "6-11" in calls[1] and "11" in calls[2]
    dot = next(k for k, r in records.items() if r.get("number") == "GAO-23-105639")
    assert _keys(calls[4]) == [dot] and "ii" in calls[4], calls[4]
    cbo = records[by_title["Options for Reducing the Deficit: 2025 to 2034"]]
    assert (cbo["author"], cbo["date"], cbo["kind"]) == ("CBO", "2024-12", "report") and "82" in calls[5]
    fhwa = records[by_title["Value Capture: Primer on Special Assessment Districts"]]
    assert (fhwa["author"], fhwa["date"]) == ("FHWA", "2021-01-26")
    assert len(records) == 4


def test_two_reports_of_one_agency_and_an_ambiguous_short_form(tmp_path, monkeypatch):
    """Matching is by author and whole title: "NOAA, NMFS, Report on the Seafood Import Monitoring Program" begins
    both reports' titles and is neither's whole title nor hereinafter name, so it is given to neither: kept as
    text, and said."""
    notes = [R48469[10], R48469[17], "NOAA, NMFS, Report on the Seafood Import Monitoring Program, p. 3."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert len([r for r in records.values() if r["kind"] == "report"]) == 2
    assert _keys(calls[2]) == [], calls[2]
    assert re.search(r"memo\.txt:\d+:\d+: warning\[short-antecedent\]: short form 'NOAA, NMFS, Report on the "
                     r"Seafood Import Monitoring Program' with no earlier full citation\n.*cite the work in full", out), out


# Cong. Rsch. Serv., R40094 (2026), notes 29 and 31 (the space after the comma missing, as the report prints it);
# R48887 (2026), note 6: a report with no author, its title saying what it is.
STATE = "U.S. Department of State,*Adherence to and Compliance with Arms Control*, August 2005."
NIE = ("National Intelligence Estimate (NIE),*Iran: Nuclear Intentions and Capabilities*, November 2007. Subsequent "
       "U.S. official statements have been consistent with the NIE.")
LIG = "Lead Inspector General Report to the United States Congress, Operation Epic Fury, September 14, 2026."


def test_an_agency_report_with_an_italic_title_and_one_without_an_author(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [STATE, NIE, LIG], "md")
    by_title = {r.get("title"): r for r in records.values()}
    state = by_title["Adherence to and Compliance with Arms Control"]
    assert (state["kind"], state["author"], state["date"]) == ("report", "U.S. Department of State", "2005-08")
    assert "Guessed: kind." in state["note"]       # the title is the italic one: not guessed
    nie = by_title["Iran: Nuclear Intentions and Capabilities"]
    assert (nie["author"], nie["date"]) == ("National Intelligence Estimate (NIE)", "2007-11")
    lig = by_title["Lead Inspector General Report to the United States Congress, Operation Epic Fury"]
    assert "author" not in lig and lig["date"] == "2026-09-14"
    assert all(len(_keys(c)) == 1 for c in calls), calls


# Cong. Rsch. Serv., R48887 (2026), note 3; R47324 (2026), note 38; R47194, Highway Bridges (2026), note 11.
CRS_PRODUCTS = [
    "CRS Report R45281, The Strait of Hormuz: Security Developments and Impacts on Oil, Gas, and Other Commodities, by "
    "Michael Ratner, Liana W. Rosen, and Clayton Thomas.",
    "For more information about UNCLOS implementing agreements, see CRS In Focus IF12578, Implementing Agreements "
    "Under the United Nations Convention on the Law of the Sea (UNCLOS), by Caitlin Keating-Bitonti and Matthew C. "
    "Weed.",
    "CRS Report R41746, Earthquake Risk and U.S. Highway Infrastructure: Frequently Asked Questions, by William J. "
    "Mallett, Nicole T. Carter, and Peter Folger.",
]


def test_crs_products_by_number_title_and_authors(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, CRS_PRODUCTS)
    by_number = {r.get("number"): r for r in records.values()}
    hormuz = by_number["CRS Report R45281"]
    assert hormuz["kind"] == "report" and hormuz["authors"] == ["Michael Ratner", "Liana W. Rosen", "Clayton Thomas"]
    assert hormuz["title"] == "The Strait of Hormuz: Security Developments and Impacts on Oil, Gas, and Other Commodities"
    unclos = by_number["CRS In Focus IF12578"]
    assert unclos["title"].endswith("Law of the Sea (UNCLOS)") and unclos["authors"][1] == "Matthew C. Weed"
    assert by_number["CRS Report R41746"]["authors"] == ["William J. Mallett", "Nicole T. Carter", "Peter Folger"]
    assert [len(_keys(c)) for c in calls] == [1, 1, 1], calls


# Cong. Rsch. Serv., R48469 (2026), notes 6 and 32; R46293, Earth Day: Fact Sheet (2026), note 5.
GRIJALVA = ("For example, Letter from Raúl M. Grijalva, Ranking Member, House Committee on Natural Resources, and Jared "
            "Huffman, Ranking Member, House Subcommittee on Water, Wildlife, and Fisheries, to The Honorable Gina M. "
            "Raimondo, Secretary of Commerce, Ms. Janet Coit, Assistant Administrator for Fisheries, National Marine "
            "Fisheries Service, and Richard W. Spinrad, Ph.D., Under Secretary of Commerce for Oceans and Atmosphere, "
            "October 20, 2023, https://democrats-naturalresources.house.gov/imo/media/doc/huffman_grijalva_simp_letter_"
            "to_noaa.pdf (hereinafter Letter from Representatives Grijalva and Huffman, October 2023).")
NELSON = ("Letter from Gaylord Nelson, U.S. Senator, to Frank Stanton, CBS president, April 7, 1971, https://"
          "nelsonearthday.net/wp-content/uploads/2020/02/nelson-2-15-cbs-news-letter.pdf.")


def test_letters_dated_after_a_comma_and_their_hereinafter_short_form(tmp_path, monkeypatch):
    notes = [GRIJALVA, "For example, Letter from Representatives Grijalva and Huffman, October 2023.", NELSON]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    letters = [r for r in records.values() if r["kind"] == "letter"]
    assert len(records) == len(letters) == 2, records
    grijalva = next(r for r in letters if "Grijalva" in r["author"])
    assert grijalva["date"] == "2023-10-20" and grijalva["recipient"].startswith("The Honorable Gina M. Raimondo")
    assert grijalva["hereinafter"] == "Letter from Representatives Grijalva and Huffman, October 2023"
    assert _keys(calls[1]) == [grijalva["id"]], calls[1]
    nelson = next(r for r in letters if r is not grijalva)
    assert (nelson["author"], nelson["recipient"], nelson["date"]) == \
        ("Gaylord Nelson, U.S. Senator", "Frank Stanton, CBS president", "1971-04-07")
    assert not any(r["kind"] == "book" for r in records.values())


# International Criminal Justice Today, Sadat (2014), notes 8, 10, 11, 14; Cong. Rsch. Serv., R40094 (2026), note
# 21; R48907 (2026), note 15; R48447, Unemployment Insurance (2026), a note on BAM.
SADAT_8 = ("Kigali Declaration of the Fifth Colloquium of Prosecutors of International Criminal Tribunals, adopted "
           "November 13, 2009, available at http://law.wustl.edu/harris/documents/KigaliDeclaration2009.pdf; Fourth "
           "Chautauqua Declaration, adopted August 31, 2010, available at http://www.roberthjackson.org/files/2010-"
           "declaration.pdf.")
SADAT_10 = ("Official Statements from the Sixty-Eighth Session of the U.N. Sixth Committee are available at "
            "https://papersmart.unmeetings.org/en/ga/sixth/68th-session/programme/.")
URLS = [SADAT_10, "Id.", "http://crimesagainsthumanity.wustl.edu/.",
        "The text of the IAEA Statute is available at <https://www.iaea.org/about/statute>.",
        "See https://afrba-portal.cce.af.mil/#.",
        "Background information on BAM is available at https://oui.doleta.gov/unemploy/bam/2002/bam_fact.asp."]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_pages_cited_by_their_address_alone_and_the_id_after_them(tmp_path, monkeypatch, fmt):
    """A web record of the address, its title named as not given; the prose before "available at" stays prose."""
    calls, records, out = _imported(tmp_path, monkeypatch, URLS, fmt)
    urls = [r["url"] for r in records.values()]
    assert urls == ["https://papersmart.unmeetings.org/en/ga/sixth/68th-session/programme/",
                    "http://crimesagainsthumanity.wustl.edu/", "https://www.iaea.org/about/statute",
                    "https://afrba-portal.cce.af.mil/#", "https://oui.doleta.gov/unemploy/bam/2002/bam_fact.asp"]
    for rec in records.values():
        assert rec["kind"] == "web" and not ({"title", "site", "author", "authors"} & set(rec)), rec
        assert "No field was guessed. Left out or not read: title (not given" in rec["note"], rec["note"]
    first = next(iter(records))
    assert _keys(calls[0]) == _keys(calls[1]) == [first], calls[:2]
    assert calls[0].startswith("^[Official Statements from the Sixty-Eighth Session") and "available at [@" in calls[0]
    assert all(len(_keys(c)) == 1 for c in calls), calls


def test_an_address_inside_another_citation_is_not_a_page_of_its_own(tmp_path, monkeypatch):
    """R48907 note 25's Directive-type Memorandum (not read) is cited ", at https://…": the address is the
    memorandum's, never a web record of its own."""
    note = ("Under Secretary of Defense, Directive-type Memorandum 23-006 – \"DoD Discharge Appeal Review Board\" May 5, "
            "2023, at https://www.esd.whs.mil/Portals/54/Documents/DD/issuances/dtm/DTM%2023-006.PDF.")
    calls, records, out = _imported(tmp_path, monkeypatch, [note])
    assert not any(r["kind"] == "web" and set(r) <= {"id", "kind", "url", "note"} for r in records.values()), records


def test_resolutions_and_declarations_by_their_adoption_date(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, [SADAT_8])
    kigali, chautauqua = records.values()
    assert (kigali["title"], kigali["date"], kigali["kind"]) == \
        ("Kigali Declaration of the Fifth Colloquium of Prosecutors of International Criminal Tribunals", "2009-11-13",
         "report")
    assert kigali["url"].endswith("KigaliDeclaration2009.pdf") and "Guessed: kind." in kigali["note"]
    assert chautauqua["title"] == "Fourth Chautauqua Declaration" and chautauqua["date"] == "2010-08-31"
    assert _keys(calls[0]) == [kigali["id"], chautauqua["id"]]


# Cong. Rsch. Serv., R48887 (2026), note 30; R48179, Tickets for Live Entertainment Events (2026), note 22: the
# title's last quoted word carries the comma inside both quotation marks.
UN_NEWS = ("\"Lebanon: Over 860,000 Displaced People Have Returned Home, but Humanitarian Crisis Remains 'Immense,'\" "
           "United Nations, August 18, 2026.")
BUDISH = ("For example, see Eric Budish and Aditya Bhave, \"Primary-Market Auctions for Event Tickets: Eliminating the "
          "Rents of 'Bob the Broker?,'\" American Economic Journal: Microeconomics, vol. 15, no. 1 (2023), pp. 142-170, "
          "https://doi.org/10.1257/mic.20180230 (hereinafter Budish and Bhave, \"Primary-Market Auctions for Event "
          "Tickets\").")


def test_a_title_whose_last_quoted_word_carries_the_comma(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, [UN_NEWS, BUDISH])
    un, budish = records.values()
    assert un["title"].endswith("Remains 'Immense'") and un["date"] == "2026-08-18"
    assert un["site"] == "United Nations"
    assert budish["kind"] == "article" and budish["title"].endswith("Rents of 'Bob the Broker?'")
    assert (budish["journal"], budish["volume"], budish["authors"]) == \
        ("American Economic Journal: Microeconomics", 15, ["Eric Budish", "Aditya Bhave"])
    assert [len(_keys(c)) for c in calls] == [1, 1], calls


# Cong. Rsch. Serv., R46435 (2026), notes 2 and 18; R45741, Memorials and Commemorative Works Outside Washington
# (2026), note 7, not in the corpus: its testimony's words before the hearing stay prose.
HDOC = ("U.S. Congress, House, *Message from the President of the United States Transmitting without Approval, H.R. "
        "6269, A Bill to Amend the Act Entitled \"An Act to Require the Registration of Certain Persons Employed by "
        "Agencies to Disseminate Propaganda in the United States, and for Other Purposes,\" Approved June 8, 1938, as "
        "Amended*, 77th Cong., 2nd sess., February 9, 1942, H.Doc. 611.")
HEARING = ("U.S. Congress, Senate Committee on Governmental Affairs, Subcommittee on Oversight of Government "
           "Management, *The Federal Lobbying Disclosure Laws*, 102nd Cong., 1st sess., June 20, July 16, and September "
           "25, 1991, S.Hrg. 102-377, p. 487.")
PARKS = ("Testimony of P. Daniel Smith, special assistant to the director, National Park Service, Department of the "
         "Interior, U.S. Congress, House Committee on Resources, Subcommittee on National Parks, Recreation, and Public "
         "Lands, H.R. 2982 and H.R. 3380, 107th Cong., 2nd sess., March 19, 2002, p. 26, https://www.gpo.gov/fdsys/pkg/"
         "CHRG-107hhrg78261/pdf/CHRG-107hhrg78261.pdf.")


def test_hearings_and_house_documents_in_crs_form(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [HDOC, HEARING, PARKS], "md")
    by_title = {r["title"]: r for r in records.values()}
    doc = next(r for t, r in by_title.items() if t.startswith("Message from the President"))
    assert (doc["kind"], doc["type"], doc["number"], doc["congress"], doc["date"]) == \
        ("legislative", "document", "H. Doc. 611", "77", "1942-02-09")
    hearing = by_title["The Federal Lobbying Disclosure Laws"]
    assert (hearing["type"], hearing["number"], hearing["congress"], hearing["year"]) == \
        ("hearing", "S. Hrg. 102-377", "102", 1991)
    assert "Senate Committee on Governmental Affairs, Subcommittee on Oversight of Government Management" in \
        hearing["note"]
    parks = by_title["H.R. 2982 and H.R. 3380"]
    assert (parks["type"], parks["date"]) == ("hearing", "2002-03-19") and parks["url"].endswith(".pdf")
    assert "Subcommittee on National Parks, Recreation, and Public Lands" in parks["note"]
    assert _keys(calls[1]) == [hearing["id"]] and "487" in calls[1]
    assert calls[2].startswith("^[Testimony of P. Daniel Smith") and _keys(calls[2]) == [parks["id"]], calls[2]


# Cong. Rsch. Serv., R48859 (2026), note 35 (its first two sentences, as printed: the comma inside the italics, no
# space after the semicolon); R46646, Election Administration: Federal Grant Programs (2026), EAC's guidance;
# R47324v18, Seabed Mining (2026), note 162, outside the corpus's excerpt of R47324.
STRATEGIES = ("CRS In Focus IF13044, *Defense Primer: U.S. Northern Command (USNORTHCOM)*, by Robert Switzer and Clare "
              "Ribando Seelke. White House, *National Security Strategy,* November 2025;U.S. Department of Defense (DOD), "
              "*2026 National Defense Strategy*, January 2026 (hereinafter DOD, *2026 National Defense*).")
EAC = "EAC, *Grants Guidance*, December 23, 2025, https://www.eac.gov/grants/grants-guidance."
SUPPLY = ("For example, White House, Executive Order on America's Supply Chains: A Year of Action and Progress, February "
          "2022, see p. 16, https://bidenwhitehouse.archives.gov/wp-content/uploads/2022/02/Capstone-Report-Biden.pdf.")


def test_italic_titles_with_their_comma_inside_or_a_year_first_and_the_white_house(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, [STRATEGIES, EAC, SUPPLY], "md")
    by_title = {r["title"]: r for r in records.values()}
    nss = by_title["National Security Strategy"]
    assert (nss["author"], nss["date"]) == ("White House", "2025-11")
    nds = by_title["2026 National Defense Strategy"]
    assert (nds["author"], nds["date"]) == ("U.S. Department of Defense (DOD)", "2026-01")
    assert by_title["Defense Primer: U.S. Northern Command (USNORTHCOM)"]["authors"] == \
        ["Robert Switzer", "Clare Ribando Seelke"]
    assert len(_keys(calls[0])) == 3, calls[0]
    eac = by_title["Grants Guidance"]
    assert (eac["author"], eac["date"], eac["url"]) == ("EAC", "2025-12-23", "https://www.eac.gov/grants/grants-guidance")
    supply = by_title["Executive Order on America's Supply Chains: A Year of Action and Progress"]
    assert (supply["author"], supply["date"], supply["kind"]) == ("White House", "2022-02", "report")
    assert _keys(calls[2]) == [supply["id"]] and "16" in calls[2], calls[2]


# Cong. Rsch. Serv., R47324 (2026), notes 48 and 59 (the hereinafter of note 48's form); R47324v18 (2026), note 112,
# outside the corpus's excerpt: its second work, by a state, is no agency's report and is not made one.
ISA_48 = ("ISA, \"Exploration Contracts,\" https://www.isa.org.jm/exploration-contracts/; and ISA, Status of Contracts for "
          "Exploration and Related Matters, including Information on the Periodic Review of the Implementation of "
          "Approved Plans of Work for Exploration, ISBA/31/C/3, February 9, 2026 (hereinafter ISA, ISBA/31/C/3).")
ISA_112 = ("ISA, Report of the Chair of the Legal and Technical Commission on the Work of the Commission at the First Part "
           "of Its Thirty-First Session, ISBA/31/C/4, March 6, 2026, p. 3 (hereinafter ISA, ISBA/31/C/4); and Republic "
           "of Nauru, Item 13: Report of the Chair of the Legal and Technical Commission on the Work of the Commission "
           "at the First Part of its Thirty-First Session, March 16, 2026 (hereinafter Republic of Nauru, Item 13: "
           "Report of the Chair of the Legal and Technical Commission)")


def test_a_document_by_its_symbol_between_a_long_title_and_its_date(tmp_path, monkeypatch):
    calls, records, out = _imported(tmp_path, monkeypatch, [ISA_48, "ISA, ISBA/31/C/3.", ISA_112,
                                                            "ISA, ISBA/31/C/4, p. 5."])
    by_number = {r.get("number"): r for r in records.values()}
    status = by_number["ISBA/31/C/3"]
    assert status["title"].startswith("Status of Contracts for Exploration and Related Matters, including Information")
    assert (status["author"], status["date"], status["hereinafter"]) == ("ISA", "2026-02-09", "ISA, ISBA/31/C/3")
    assert _keys(calls[1]) == [status["id"]], calls[1]
    chair = by_number["ISBA/31/C/4"]
    assert chair["title"].endswith("at the First Part of Its Thirty-First Session") and chair["date"] == "2026-03-06"
    assert _keys(calls[3]) == [chair["id"]] and "5" in calls[3], calls[3]
    assert not any(str(r.get("title", "")).startswith("Republic of Nauru") for r in records.values())
