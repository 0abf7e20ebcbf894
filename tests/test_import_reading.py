"""``briefgen import`` on the forms published reports write: works cited by a quoted title (CRS house style),
their short forms by author and title, ``(hereinafter …)``, IRS rulings, and *In re* cases, in plain text,
Markdown and Word.

Each note below is quoted verbatim from the report named beside it (tests/corpus/SOURCES.yaml); the body
text that carries the note calls is placeholder text.
"""
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app

CORPUS = Path(__file__).parent / "corpus"


def run(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _text_memo(notes: list[str]) -> str:
    calls = " ".join(f"Text omitted.[{i}]" for i in range(1, len(notes) + 1))
    return "Discussion\n\n" + calls + "\n\nNotes\n\n" + "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n"


def _md_memo(notes: list[str]) -> str:
    calls = " ".join(f"Text omitted.[^{i}]" for i in range(1, len(notes) + 1))
    return "# Discussion\n\n" + calls + "\n\n" + "\n".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))


def _imported(tmp_path, monkeypatch, notes: list[str], fmt: str = "txt"):
    """Import a memo of ``notes``: (the citation or footnote at each call, the records by id, the output)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"memo.{fmt}").write_text(_text_memo(notes) if fmt == "txt" else _md_memo(notes), encoding="utf-8")
    result = run("import", f"memo.{fmt}")
    assert result.exit_code == 0, result.output
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    calls = re.split(r"Text omitted\.", module)[1:]
    records = {r["id"]: r for r in yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text("utf-8"))}
    return [c.strip() for c in calls], records, result.output


def _keys(call: str) -> list[str]:
    return re.findall(r"@([\w:.-]+)", call)


# Cong. Rsch. Serv., R47324 (2026), notes 3, 18, 24, 27, 28, 31 and 34, as the report prints them.
R47324 = {
    3: "U.S. Government Accountability Office (GAO), Science & Tech Spotlight: Deep-Sea Mining, GAO-22-105507, "
       "December 15, 2021; and Rosanna Carver et al., \"A Critical Social Perspective on Deep Sea Mining: Lessons "
       "from the Emergent Industry in Japan,\" Ocean and Coastal Management, vol. 193 (August 2020).",
    18: "For example, Zenghui Liu et al., \"Deep-Sea Rock Mechanics and Mining Technology: State of the Art and "
        "Perspectives,\" International Journal of Mining Science and Technology, vol. 33, no. 9 (September 2023), "
        "pp. 1083-1115, see pp. 1099-1100 (hereinafter Liu et al., \"Deep-Sea Rock Mechanics and Mining "
        "Technology\"); Allseas, \"Hidden Gem,\" https://www.allseas.com/en/who-we-are/our-fleet/hidden-gem "
        "(hereinafter Allseas, \"Hidden Gem\").",
    22: "Allseas, \"Hidden Gem.\"",
    31: "Liu et al., \"Deep-Sea Rock Mechanics and Mining Technology,\" p. 1098.",
    34: "Bernard Gwertzman, \"U.S. Will Not Sign Sea Law Treaty,\" New York Times, July 10, 1982, p. 5.",
    19: "For example, The Metals Company (TMC), \"The Metals Company and Allseas Announce Successful Deep-Water "
        "Test of Polymetallic Nodule Collector Vehicle in the Atlantic Ocean at a Depth of Nearly 2,500 Meters,\" "
        "May 5, 2022, https://investors.metals.co/news-releases/news-release-details/metals-company-and-allseas-"
        "announce-successful-deep-water-test.",
    44: "ISA, \"About ISA,\" https://www.isa.org.jm/about-isa/.",
}
# Cong. Rsch. Serv., R48887 (2026), notes 2 and 21; R48859 (2026), note 3 and 32 (Markdown keeps the italics).
R48887_2 = ("Emanuel Fabian, \"IDF Carries Out 'Extensive' Strikes on Regime Targets; Iran Fires Missiles at Israeli "
            "Towns,\" *Times of Israel*, March 4, 2026; Neri Zilber and James Shotter, \"Israel Expects Weeks-Long War "
            "Against Iran,\" *Financial Times*, March 4, 2026.")
R48887_21 = ("Mark Cancian and Chris Park, \"Last Rounds? Status of Key Munitions at the Iran War Ceasefire,\" Center "
             "for Strategic and International Studies, April 21, 2026.")
R48859_3 = ("U.S. Department of Justice (DOJ), \"Governor of Sinaloa and Nine Other Current and Former Mexican Officials "
            "Charged with Drug Trafficking and Weapons Offenses,\" April 29, 2026 (hereinafter DOJ, *Governor of "
            "Sinaloa*).")
R48859_32 = "DOJ, *Governor of Sinaloa*."


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_works_cited_by_a_quoted_title_become_records_of_their_kind(tmp_path, monkeypatch, fmt):
    """CRS house style: author or agency, "Title," then the periodical, volume, date, pages or address. The
    kind is told by what follows the title, and named as guessed in the record's note."""
    notes = [R47324[3], R47324[34], R47324[19], R47324[44], R48887_21]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, fmt)
    assert [len(_keys(c)) for c in calls] == [2, 1, 1, 1, 1], calls
    by_title = {r.get("title"): r for r in records.values()}
    carver = by_title["A Critical Social Perspective on Deep Sea Mining: Lessons from the Emergent Industry in Japan"]
    assert (carver["kind"], carver["journal"], carver["volume"], carver["date"]) == \
        ("article", "Ocean and Coastal Management", 193, "2020-08")
    assert carver["authors"] == ["Rosanna Carver", "et al."] and re.search(r"Guessed: [^.]*\bauthors\b", carver["note"])
    gao = by_title["Science & Tech Spotlight: Deep-Sea Mining"]
    assert (gao["kind"], gao["number"], gao["date"]) == ("report", "GAO-22-105507", "2021-12-15")
    news = by_title["U.S. Will Not Sign Sea Law Treaty"]
    assert (news["kind"], news["publication"], news["date"], news["page"]) == \
        ("news", "New York Times", "1982-07-10", "5")
    release = next(r for t, r in by_title.items() if t and t.startswith("The Metals Company and Allseas"))
    assert (release["kind"], release["author"], release["date"]) == ("web", "The Metals Company (TMC)", "2022-05-05")
    assert release["url"].endswith("deep-water-test") and "Guessed: kind" in release["note"]
    isa = by_title["About ISA"]
    assert (isa["kind"], isa["author"], isa["url"]) == ("web", "ISA", "https://www.isa.org.jm/about-isa/")
    csis = by_title["Last Rounds? Status of Key Munitions at the Iran War Ceasefire"]
    assert csis["kind"] in ("report", "web") and csis["date"] == "2026-04-21"


def test_an_italic_periodical_after_a_quoted_title(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, [R48887_2], "md")
    assert len(_keys(calls[0])) == 2, calls
    pubs = sorted(r["publication"] for r in records.values())
    assert pubs == ["Financial Times", "Times of Israel"]
    assert next(r for r in records.values() if r["publication"] == "Financial Times")["authors"] == \
        ["Neri Zilber", "James Shotter"]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_short_forms_by_author_and_title_and_hereinafter_in_parentheses(tmp_path, monkeypatch, fmt):
    """(hereinafter …) announces the short form; a later "Liu et al., "Title," p. 1098" finds the work by its
    authors and its title, and "Allseas, "Hidden Gem."" by its author and title."""
    notes = [R47324[18], R47324[22], R47324[31]]
    calls, records, _ = _imported(tmp_path, monkeypatch, notes, fmt)
    liu = next(k for k, r in records.items() if r.get("title", "").startswith("Deep-Sea Rock Mechanics"))
    gem = next(k for k, r in records.items() if r.get("title") == "Hidden Gem")
    assert _keys(calls[0]) == [liu, gem], calls
    assert records[liu]["hereinafter"] == "Liu et al., \"Deep-Sea Rock Mechanics and Mining Technology\""
    assert _keys(calls[1]) == [gem] and _keys(calls[2]) == [liu], calls
    assert "1098" in calls[2]


def test_two_works_of_one_author_stay_two_records_and_each_short_form_finds_its_own(tmp_path, monkeypatch):
    """Authors are matched by name and title: ISA's two pages stay two records; a short form by the author
    alone, when the author wrote both, is kept as text with a warning, never given to one of them."""
    notes = ["ISA, \"About ISA,\" https://www.isa.org.jm/about-isa/.",
             "ISA, \"FAQs for the Media About the International Seabed Authority and Deep-Sea Mining,\" "
             "https://www.isa.org.jm/faq-for-media/ (hereinafter ISA, \"FAQs for the Media\").",
             "ISA, \"FAQs for the Media.\"", "ISA, \"About ISA.\"", "ISA, \"Our Work.\""]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    about = next(k for k, r in records.items() if r.get("title") == "About ISA")
    faqs = next(k for k, r in records.items() if str(r.get("title")).startswith("FAQs"))
    assert about != faqs and len(records) == 2
    assert _keys(calls[2]) == [faqs] and _keys(calls[3]) == [about], calls
    assert _keys(calls[4]) == [] and "ISA, \"Our Work.\"" in calls[4].replace("\\", "")
    assert re.search(r"warning\[short-antecedent\]: short form 'ISA, \"Our Work\"'", out), out


def test_an_italic_hereinafter_and_its_short_form(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, [R48859_3, R48859_32], "md")
    (key, rec), = records.items()
    assert rec["author"] == "U.S. Department of Justice (DOJ)" and rec["date"] == "2026-04-29"
    assert _keys(calls[0]) == [key] and _keys(calls[1]) == [key], calls


# Cong. Rsch. Serv., 95-1135 (2026), note 3 (first two cases): "In re" in italics, the name in roman.
IN_RE = ("*In re* Sealed Case, 29 F.3d 715, 718 (D.C .Cir. 1994); *In re* Sealed Case, 146 F.3d 881, 884–87 (D.C. "
         "Cir. 1998); *In re* Grand Jury, 23 F.4th 1088, 1093 (9th Cir. 2022).")


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_in_re_cases_with_a_roman_name(tmp_path, monkeypatch, fmt):
    note = IN_RE if fmt == "md" else IN_RE.replace("*", "")
    calls, records, _ = _imported(tmp_path, monkeypatch, [note], fmt)
    assert len(_keys(calls[0])) == 3, calls
    assert sorted(r["name"] for r in records.values()) == ["In re Grand Jury", "In re Sealed Case", "In re Sealed Case"]
    assert all(r["kind"] == "case" for r in records.values())


@pytest.mark.parametrize("fmt", ["txt", "md", "docx"])
def test_the_corpus_memos_keep_what_plain_text_reads(tmp_path, monkeypatch, fmt):
    """Markdown and Word read the quoted-title works of CRS R47324 as plain text does."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(CORPUS / "crs-r47324" / f"original.{fmt}", tmp_path / f"memo.{fmt}")
    result = run("import", f"memo.{fmt}")
    assert result.exit_code == 0, result.output
    m = re.search(r"(\d+) notes, (\d+) with citations", result.output)
    assert int(m.group(2)) >= 50, result.output


# Cong. Rsch. Serv., R48915 (2026), notes 11, 22 and 30; R48907 (2026), note 13.
LAWS = ["See Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at 21 U.S.C. "
        "§§ 321, 355).", "U.S. Const., art. VI, Cl. 2.", "U.S. Const. art. VI, cl. 2.", "P.L. 116-92, §523; 10 U.S.C. "
        "§1553a(a)."]


def test_public_laws_with_a_section_and_constitutions_with_a_clause(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, LAWS)
    assert [len(_keys(c)) for c in calls] == [2, 1, 1, 2], calls
    assert "(codified as amended at @usc21-321, §§ 321, 355)" in calls[0]
    drug = next(r for r in records.values() if r.get("public_law") == "87-781")
    assert (drug["name"], drug["volume"], drug["page"]) == ("Drug Amendments of 1962", 76, 780)
    assert drug["section"] == "102" and "781" in calls[0] and "art. VI, cl. 2" in calls[2], calls
    assert any(r.get("public_law") == "116-92" and "volume" not in r for r in records.values())
    assert [r["name"] for r in records.values() if r["kind"] == "constitution"] == ["U.S. Const."]


R46601_32 = "Adams v. Williams, 407 U.S. 143, 145 (1972) (citing Terry v. Ohio, 392 U.S. 1, 22 (1968))."
R46601_33 = ("*Terry*, 392 U.S. at 29; *see also* Michigan v. Long, 463 U.S. 1032 (1983) (holding that protective search "
             "of a vehicle’s passenger compartment during a lawful stop did not affront the Fourth Amendment where the "
             "circumstances were such that a person would reasonably believe that his safety or the safety of others was "
             "at risk); Ybarra v. Illinois, 444 U.S. 85, 93–94 (1979); *Adams*, 407 U.S. at 146–47.")


def test_a_source_cited_in_a_parenthetical_is_read_and_its_short_form_finds_it(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., R46601 (2026), notes 32 and 33: *Terry* is cited in full only inside a (citing …)
    parenthetical; it becomes a record, written @terry1968 there, and the later *Terry*, 392 U.S. at 29 finds it."""
    calls, records, out = _imported(tmp_path, monkeypatch, [R46601_32, R46601_33], "md")
    assert calls[0] == "[@adams1972, 145 (citing @terry1968, 22)]", calls
    assert _keys(calls[1]) == ["terry1968", "michigan1983", "ybarra1979", "adams1972"], calls
    assert records["terry1968"]["volume"] == 392


# Cong. Rsch. Serv., R48915 (2026), note 40; Cong. Rsch. Serv., 95-1135 (2025), note 8 (its start).
R48915_40 = ("See, e.g., Lefaivre v. KV Pharm. Co., 636 F.3d 935, 941 (8th Cir. 2010) (concluding that the federal scheme "
             "of drug regulation \"is not 'so pervasive in scope that it occupies the field.'\" (quoting In re Aurora Dairy "
             "Corp. Organic Milk Mktg. & Sales Pracs. Litig., 621 F.3d 781, 792 (8th Cir. 2010))).")
CRS_95_1135_8 = ("Moran v. Burbine, 475 U.S. 412, 432 (1986) (quoting, United States v. Gouveia, 467 U.S. 180, 189 (1984) "
                 "and Kirby v. Illinois, 406 U.S. 682, 689 (1972)).")
# Murphy v. Smith, 583 U.S. 220 (2018), a parenthetical inside a parenthetical, as the U.S. Reports print it
MURPHY = ("See Lewis v. Casey, 518 U.S. 343, 350 (1996) (stating that courts may not \"exceed their authority\" "
          "(citing Bounds v. Smith, 430 U.S. 817, 821 (1977))).")


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_sources_cited_in_a_parenthetical_inside_a_parenthetical_or_joined_by_and_are_read(tmp_path, monkeypatch, fmt):
    """A (quoting …) inside an explanatory parenthetical is read as a citation too; two sources a parenthetical
    quotes, joined by "and", are two (written with a semicolon, R1.5); a comma after "quoting" is dropped."""
    calls, records, out = _imported(tmp_path, monkeypatch, [R48915_40, CRS_95_1135_8, MURPHY], fmt)
    assert _keys(calls[0]) == ["lefaivre2010", "aurora2010"], calls[0]
    assert 'field.\'" (quoting @aurora2010, 792))' in calls[0], calls[0]
    assert "(quoting @gouveia1984, 189; @kirby1972, 689)" in calls[1], calls[1]
    assert records["aurora2010"]["volume"] == 621 and records["kirby1972"]["page"] == 682
    assert _keys(calls[2])[-1] == "bounds1977", calls[2]
    assert "(citing @bounds1977, 821)" in calls[2], calls[2]


def test_a_short_form_with_no_full_citation_leaves_the_rest_of_its_sentence_read(tmp_path, monkeypatch):
    """The same note 33 alone: *Terry* points at nothing and is kept as text, with its warning; the three
    citations after it are read."""
    calls, records, out = _imported(tmp_path, monkeypatch, [R46601_33], "md")
    assert _keys(calls[0]) == ["michigan1983", "ybarra1979"], calls
    assert calls[0].startswith("^[*Terry*, 392 U.S. at 29; [see also @michigan1983"), calls
    assert "warning[short-antecedent]: short form 'Terry' with no earlier full citation" in out
    assert "*Adams*, 407 U.S. at 146–47" in calls[0]


# Cong. Rsch. Serv., 95-1135 (2026), note 12 (its last sentence, from its first state code).
STATE_CODES = ("Ariz. Rev. Stat. § 21-412 (2025) (only targets of investigation); Colo. Rev. Stat. § 16-5-204(4)(d) "
               "(2025); Conn. Gen. Stat. § 54-47f (2025); Fla. Stat. § 905.17 (2025); 725 Ill. Comp. Stat. 5/112-4.1 "
               "(2025); Okla. Stat. Ann. tit. 22, § 340 (2025); 42 Pa. Cons. Stat. § 4549 (West 2025).")


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_state_codes_are_statutes(tmp_path, monkeypatch, fmt):
    calls, records, _ = _imported(tmp_path, monkeypatch, [STATE_CODES], fmt)
    assert len(_keys(calls[0])) == 7, calls
    assert {r["kind"] for r in records.values()} == {"statute"}
    codes = {r["code"]: r for r in records.values()}
    assert (codes["Fla. Stat."]["section"], codes["Fla. Stat."]["year"]) == ("905.17", 2025)
    assert (codes["Ill. Comp. Stat."]["title"], codes["Ill. Comp. Stat."]["section"]) == (725, "5/112-4.1")
    assert codes["Pa. Cons. Stat."]["publisher"] == "West" and any(c.startswith("Okla. Stat. Ann. tit. 22") for c in codes)
    assert codes["Colo. Rev. Stat."]["section"].startswith("16-5-204")


def test_a_supra_that_fits_two_works_of_one_author_is_kept_as_text(tmp_path, monkeypatch):
    """Two books by one author stay two records; *supra* with its note number finds the one cited there, and
    without it the *supra* could mean either: it is kept as text with a warning, never given to one of them."""
    notes = ["Bryan A. Garner, *The Redbook: A Manual on Legal Style* 12 (4th ed. 2018).",
             "Bryan A. Garner, *Garner’s Modern English Usage* 44 (4th ed. 2016).",
             "Garner, *supra* note 1, at 13.", "Garner, *supra*, at 14."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    assert len(records) == 2
    redbook = next(k for k, r in records.items() if r["title"].startswith("The Redbook"))
    assert _keys(calls[2]) == [redbook], calls
    assert _keys(calls[3]) == [] and "Garner, *supra*, at 14." in calls[3], calls
    assert re.search(r"memo\.md:\d+:\d+: warning\[supra-antecedent\]: \*supra\* to 'Garner' fits 2 sources", out), out


# Cong. Rsch. Serv., R49334 (2026), notes 4, 26, 28 and 29, as the report prints them.
R49334 = {4: "Rev. Rul. 2019-24, 2019-44 I.R.B. 1004; Order, Rogovy v. Comm'r, No. 17513-24 (T.C. Mar. 18, 2026) "
             "(order denying taxpayers' motion for partial summary judgment in a hard fork and airdrop tax case).",
          26: "Paschall v. Comm'r, T.C. Memo. 2026-46, 2026 WL 1597503, \\*2 (June 4, 2026).",
          28: "*Paschall*, 2026 WL 1597503, \\*2*;* Rev. Rul. 2019-24, 2019-44 I.R.B. 1004.",
          29: "IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 8."}


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_irs_rulings_an_order_and_a_tax_court_memorandum(tmp_path, monkeypatch, fmt):
    """Revenue rulings and notices are rulings (T1.2) with their Bulletin and pin; the order is a court filing in
    a case named in roman type; the Tax Court memorandum a case with its Westlaw number and a star pin written
    without "at"; plain text does not guess a book titled "2019-44 I.R.B. 1004" out of a citation's numbers."""
    notes = [R49334[n] for n in (4, 26, 28, 29)]
    if fmt == "txt":
        notes = [n.replace("\\*", "*").replace("*;*", ";").replace("*Paschall*", "Paschall") for n in notes]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, fmt)
    assert [len(_keys(c)) for c in calls] == [2, 1, 2, 1], calls
    order = next(r for r in records.values() if r["kind"] == "court-filing")
    assert (order["title"], order["case"], order["docket"], order["court"], order["date"]) == \
        ("Order", "Rogovy v. Comm'r", "No. 17513-24", "T.C.", "2026-03-18")
    paschall = next(r for r in records.values() if r["kind"] == "case")
    assert (paschall["name"], paschall["database"], paschall["date"]) == ("Paschall v. Comm'r", "2026 WL 1597503",
                                                                          "2026-06-04")
    assert "*2" in calls[1] and "*2" in calls[2].replace("\\", "")
    assert {r["kind"] for r in records.values()} == {"court-filing", "case", "ruling"}, records
    rul = records["rev-rul-2019-24"]
    assert (rul["series"], rul["number"], rul["volume"], rul["reporter"], rul["page"]) == \
        ("Rev. Rul.", "2019-24", "2019-44", "I.R.B.", 1004)
    assert _keys(calls[2])[1] == "rev-rul-2019-24" and "§ 4 Q&A 8" in calls[3]
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    from helpers import md_footnotes

    rebuilt = md_footnotes((tmp_path / "build" / "memo.md").read_text(encoding="utf-8"))
    assert rebuilt[3] == "IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 8.", rebuilt


# Cong. Rsch. Serv., R49334 (2026), notes 3 and 7.
def test_chief_counsel_advice_by_its_date_after_an_id_and_a_signal_without_its_space(tmp_path, monkeypatch):
    notes = ["26 U.S.C. § 451(b)(1); *see*26 C.F.R. § 1.451-1(a). In general, individuals use the cash receipts and "
             "disbursements (cash) method of accounting. IRS Chief Coun. Adv. 202444009 (Nov. 1, 2024).",
             "*Id.*; *see* Chief Couns. Adv. 202114020 (Apr. 9, 2021) (describing a taxpayer who received Bitcoin Cash "
             "as a result of Bitcoin's hard fork on August 1, 2017)."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    assert [len(_keys(c)) for c in calls] == [3, 1], calls
    # the *Id.* follows a note of three authorities: it cannot say which, and is kept as text (R4.1)
    assert calls[1].startswith("^[*Id.*; [see @") and "warning[id-reference]: *Id.* after a note that cites 3" in out
    cca = next(r for r in records.values() if r.get("number") == "202114020")
    assert (cca["kind"], cca["series"], cca["date"]) == ("ruling", "Chief Couns. Adv.", "2021-04-09")


# Cong. Rsch. Serv., R47324 (2026), notes 5 and 51 (with note 41 before it); R48859 (2026), notes 18 and 21;
# R48907 (2026), note 6, with the first citation of its note 5.
ORDERS_AND_MORE = [
    "Executive Office of the President, Executive Order (E.O.) 14285 of April 24, 2025, \"Unleashing America's "
    "Offshore Critical Minerals and Resources,\" 90 Federal Register 17735, April 29, 2025 (hereinafter E.O. 14285).",
    "For example, ISA, \"FAQs for the Media About the International Seabed Authority and Deep-Sea Mining,\" "
    "https://www.isa.org.jm/faq-for-media/ (hereinafter ISA, \"FAQs for the Media\").",
    "Economic recoverability depends on environmental constraints, metal prices, and technological readiness, among "
    "other factors. ISA, \"FAQs for the Media.\" In particular, see \"What Are the Estimates of the Minerals Available "
    "on the Seabed and the Projected Economic Value?\"",
    "Maria Abi-Habib, \"The U.S. Gave Mexico a List of Russian Spies. Mexico Let Them Stay,\" *New York Times*,"
    "December 8, 2025.",
    "Rebecca Montecinos, \"Sheinbaum Says Nicaragua Must Choose Its Own Fate. A Rights Group Asks: Choose with What "
    "Ballot?\" MSN, September 6, 2026.",
    "U.S. Department of Veterans Affairs (VA), \"Update and Clarify Regulatory Bars to Benefits Based on Character of "
    "Discharge,\" 38 C.F.R. Part 3, 89 Federal Register 32361, April 26, 2024, https://www.federalregister.gov/documents/"
    "2024/04/26/2024-09012/update-and-clarify-regulatory-bars-to-benefits-based-on-character-of-discharge.",
    "VA, \"Update and Clarify Regulatory Bars to Benefits Based on Character of Discharge,\" 89 Federal Register 32361.",
]


def test_an_executive_order_a_short_form_before_prose_and_house_style_slips(tmp_path, monkeypatch):
    calls, records, _ = _imported(tmp_path, monkeypatch, ORDERS_AND_MORE, "md")
    assert [len(_keys(c)) for c in calls] == [1, 1, 1, 1, 1, 1, 1], calls
    eo = next(r for r in records.values() if r["kind"] == "presidential")
    assert (eo["type"], eo["number"], eo["volume"], eo["page"], eo["signed"], eo["date"]) == \
        ("executive order", "14285", 90, "17735", "2025-04-24", "2025-04-29")
    assert eo["hereinafter"] == "E.O. 14285"
    assert _keys(calls[2]) == _keys(calls[1]) and "In particular" in calls[2]
    assert next(r for r in records.values() if r.get("publication") == "New York Times")["date"] == "2025-12-08"
    assert next(r for r in records.values() if r.get("site") == "MSN")["date"] == "2026-09-06"
    assert _keys(calls[6]) == _keys(calls[5])
    rule = next(r for r in records.values() if r["kind"] == "regulation")
    assert (rule["volume"], rule["page"], rule["date"], rule["codified"]) == (89, "32361", "2024-04-26", "38 C.F.R. Part 3")


def test_a_quoted_short_form_that_fits_two_works_is_kept_as_text_with_a_warning(tmp_path, monkeypatch):
    """ISA's two FAQ pages share the start of their titles: "ISA, "FAQs."" could mean either."""
    notes = ["ISA, \"FAQs for the Media About the International Seabed Authority and Deep-Sea Mining,\" "
             "https://www.isa.org.jm/faq-for-media/.",
             "ISA, \"FAQs for the Media,\" https://www.isa.org.jm/faq-for-media/.", "ISA, \"FAQs.\""]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert len(records) == 2 and _keys(calls[2]) == [], calls
    assert "warning[short-antecedent]: short form 'ISA, \"FAQs\"' fits 2 sources" in out, out


def test_a_quotation_from_chief_counsel_advice_needs_no_pin_but_one_from_a_revenue_ruling_does(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., R49334 (2026), notes 11 and 18: advice cited by its date has no page to pin; a revenue
    ruling in the Bulletin has."""
    monkeypatch.chdir(tmp_path)
    notes = ["Rev. Rul. 2019-24, 2019-44 I.R.B. 1004 (\"Units of cryptocurrency are generally referred to as coins or "
             "tokens\").",
             "*See also* IRS Chief Couns. Adv. 202302012 (Jan. 13, 2023) (\"A charitable contribution of "
             "cryptocurrency is, in general, considered to be made at the date and time the cryptocurrency is "
             "transferred, as evidenced by its recording on the blockchain, or at the time legal title passes.\")."]
    (tmp_path / "memo.md").write_text(_md_memo(notes), encoding="utf-8")
    out = run("verify", "memo.md").output
    assert re.findall(r"warning\[missing-pin\]: (.*)", out) == [
        "a quotation in its parenthetical is supported by '@rev-rul-2019-24' without a pin"], out


def test_signals_in_roman_throughout_are_a_house_style(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., R48859 (2026), notes 12 and 13 write "see" in roman, as the report always does."""
    monkeypatch.chdir(tmp_path)
    notes = ["For background on former President López Obrador's foreign policy, see Olga Pellicer, \"Why Mexico Is a "
             "Quiet Presence on the World Stage,\" *Americas Quarterly*, April 25, 2023.",
             "For analysis of the Sheinbaum Administration's foreign policy, see Gerardo Rodríguez, \"Política "
             "Exterior: Balance a Dos Años,\" *El Heraldo de México*, September 7, 2026."]
    (tmp_path / "memo.md").write_text(_md_memo(notes), encoding="utf-8")
    assert "signal-italics" not in run("verify", "memo.md").output


# Cong. Rsch. Serv., R48910 (2026), note 1 (ProfAmiot/crs-reports, markdown/reports/R48910v2-trump-accounts-
# overview-and-policy-consideration.md): a rule in the Federal Register pinned before its date. A report outside
# tests/corpus, read while checking import and verify on documents nobody here wrote.
def test_a_federal_register_rule_pinned_before_its_date_is_a_full_citation(tmp_path, monkeypatch):
    notes = ["Internal Revenue Service (IRS), \"Trump Accounts,\" 91 Federal Register 11194, 11197, March 9, 2026, "
             "https://www.federalregister.gov/documents/2026/03/09/2026-04533/trump-accounts."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert "short-antecedent" not in out, out
    rule = next(r for r in records.values() if r["kind"] == "regulation")
    assert (rule["volume"], rule["page"], rule["date"]) == (91, "11194", "2026-03-09"), rule
    assert "11197" in calls[0], calls


# Mark Staines, Craft Beer Wars, 94 Denv. L. Rev. Online (2017), notes 4, 14, 17, 18 and 27 (tests/corpus/dlr-staines).
DLR_STAINES = [
    "Ellis Arnold, *Hickenlooper Signs into Law Biggest Change to Alcohol Sales in Colorado Since Prohibition*, Denver "
    "Post (June 10, 2016, 2:30PM), http://www.denverpost.com/2016/06/10/governor-bill-to-allow-grocery-stores-to-sell-"
    "wine-beer-liquor/.",
    "Colo. Rev. Stat. §12-47-407 (West 2016); Nick Coltrain, *4 Things to Know About Colorado’s New Liquor Laws*, "
    "Colorodoan (Jan. 6, 2017 9:20AM) http://www.coloradoan.com/story/news/2017/01/06/4-things-know-colorados-new-"
    "liquor-laws/96154700/.",
    "Alan Gathright, *Ad Says Beer and Wine in Grocery Stores is “Good for Everybody,”* Politifact Colorado (April 1, "
    "2016 4:52PM) http://www.politifact.com/colorado/statements/2016/apr/01/your-choice-colorado/ad-says-beer-and-wine-"
    "grocery-stores-good-everybod/ (citing Brewers Association, State Craft Beer Stats, "
    "https://www.brewersassociation.org/statistics/by-state/).",
    "*Id.*",
    "Gathright, *supra* note 3.",
]


def test_pages_online_with_a_time_and_no_comma_before_the_address_and_a_title_ending_in_a_quotation(tmp_path,
                                                                                                    monkeypatch):
    """An online article dated with its time (2:30PM, or without the comma before it) and its address after the
    parenthesis with no comma; a title whose last words are a quotation carries the comma inside (R5.1). Each is
    read, and rebuilt in Bluebook form (R18.2.2: "(Apr. 1, 2016, 4:52 PM), http://…")."""
    calls, records, out = _imported(tmp_path, monkeypatch, DLR_STAINES, "md")
    assert [len(_keys(c)) for c in calls] == [1, 2, 1, 1, 1], calls
    gathright = records[_keys(calls[2])[0]]
    assert gathright["title"] == "Ad Says Beer and Wine in Grocery Stores is “Good for Everybody”", gathright
    assert (gathright["date"], gathright["time"]) == ("2016-04-01", "4:52 PM")
    assert records[_keys(calls[1])[1]]["time"] == "9:20 AM"
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    from helpers import md_footnotes

    rebuilt = md_footnotes((tmp_path / "build" / "memo.md").read_text(encoding="utf-8"))
    assert rebuilt[2].startswith("Alan Gathright, *Ad Says Beer and Wine in Grocery Stores is “Good for Everybody,”* "
                                 "Politifact Colorado (Apr. 1, 2016, 4:52 PM), http://www.politifact.com/"), rebuilt[2]
    assert "Colorodoan (Jan. 6, 2017, 9:20 AM), http://www.coloradoan.com/" in rebuilt[1], rebuilt[1]
    assert "Denver Post (June 10, 2016, 2:30 PM), http://" in rebuilt[0], rebuilt[0]


def test_an_executive_order_is_found_again_by_its_federal_register_short_form(tmp_path, monkeypatch):
    """The shipped memo's note 5 cites Exec. Order No. 14,236 in full; its notes 28 and 107 cite it by the Federal
    Register alone (R14.2 short form), its page written with or without the comma: it finds the order's record."""
    notes = ["*See* Exec. Order No. 14,236, 90 Fed. Reg. 13,037 (Mar. 20, 2025); Exec. Order No. 14,268, 90 Fed. Reg. "
             "15,631 (Apr. 15, 2025).", "90 Fed. Reg. 13,037.", "*See* 90 Fed. Reg. 15631.",
             "*See* 90 Fed. Reg. at 15,632."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    first, second = _keys(calls[0])
    assert records[first]["kind"] == "presidential" and records[first]["page"] in ("13,037", 13037)
    assert _keys(calls[1]) == [first] and _keys(calls[2]) == [second], calls
    # the pinned short form (R14.5) names a page inside the order, not its first: the order that page falls in
    assert _keys(calls[3]) == [second] and "15,632" in calls[3], calls
    assert "short-antecedent" not in out, out


def test_a_rule_is_found_again_by_its_federal_register_short_form_at_a_page(tmp_path, monkeypatch):
    """A regulation cited in full, then by ``85 Fed. Reg. at 3821`` (R14.5, the pinned short form the Bluebook's own
    example writes, 85 Fed. Reg. 3819, 3821): the rule whose pages hold 3821, the later rule in that volume not."""
    notes = ["Am. Rule, 85 Fed. Reg. 3819 (Jan. 23, 2020); Other Rule, 85 Fed. Reg. 4100 (Jan. 24, 2020).",
             "*See* 85 Fed. Reg. at 3821.", "85 Fed. Reg. at 4,102."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    first, second = _keys(calls[0])
    assert records[first]["kind"] == "regulation"
    assert _keys(calls[1]) == [first] and "3821" in calls[1], calls
    assert _keys(calls[2]) == [second] and "4,102" in calls[2], calls
    assert "short-antecedent" not in out, out


def test_a_federal_register_page_before_any_rule_cited_is_not_guessed(tmp_path, monkeypatch):
    """``85 Fed. Reg. at 3000`` with only a rule at 3819 cited: no rule holds that page; kept as text, warned."""
    notes = ["Am. Rule, 85 Fed. Reg. 3819 (Jan. 23, 2020).", "85 Fed. Reg. at 3000."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    assert not _keys(calls[1]) and "short-antecedent" in out, (calls, out)


def test_a_section_the_code_inserted_after_another_is_one_section_not_a_span(tmp_path, monkeypatch):
    """Cong. Rsch. Serv., R47438 (2024), note 16 and its table's note d cite ``7 U.S.C. §940c-2`` and
    ``§940c-2(e)(3)(B)``: section 940c-2, which the Code inserted after 940c, not a span from 940c to 2; so is
    ``42 U.S.C. § 2000e-2(a)`` (Title VII), while ``§§ 1301-1305`` stays a span."""
    notes = ["The Rural Economic Development Loan and Grant Program is authorized by Section 313B of the Rural "
             "Electrification Act of 1936 (7 U.S.C. §940c-2).", "7 U.S.C. §940c-2(e)(3)(B).",
             "42 U.S.C. § 2000e-2(a) (2018).", "42 U.S.C. §§ 1301-1305."]
    calls, records, out = _imported(tmp_path, monkeypatch, notes, "md")
    first = _keys(calls[0])[0]
    assert records[first]["section"] == "940c-2" and "§§" not in calls[0], (records, calls)
    assert _keys(calls[1]) == [first] and "§ 940c-2(e)(3)(B)" in calls[1] and "§§" not in calls[1], calls
    title7 = records[_keys(calls[2])[0]]
    assert title7["section"] == "2000e-2" and "§§" not in calls[2], (title7, calls)
    assert "§§ 1301-1305" in calls[3], calls


# Cong. Rsch. Serv., R48883, An Overview of Decentralized Finance (DeFi) (v4), notes 2, 13 and 121 (ProfAmiot/crs-reports,
# markdown/reports/R48883v4-…md): house style for reports and papers, the Bluebook's form for a court paper.
R48883 = [
    "Commodity Futures Trading Commission, Subcommittee on Digital Assets and Blockchain Technology Advisory Committee, "
    "Decentralized Finance, January 8, 2024, p. 6, https://www.cftc.gov/media/10106/TAC_DeFiReport010824/download.",
    "Raphael Auer et al., \"The Technology of Decentralized Finance (DeFi),\" Bank for International Settlements, "
    "January 17, 2023, p. 4, https://www.bis.org/publ/work1066.pdf.",
    "E.g., FTC v. Dluca, No. 0:18-cv-60379-KMM, 2018 WL 4794518, at *3 (S.D. Fla. Sept. 5, 2018) (rejecting First "
    "Amendment defense where speech promoting cryptocurrency platform was \"deceptive commercial speech\" and "
    "therefore unprotected).",
]


def test_a_house_style_that_cites_a_court_paper_in_bluebook_form_now_and_then_is_still_a_house_style(tmp_path,
                                                                                                    monkeypatch):
    """One court paper dated as T12 writes it (Sept. 5, 2018) once made every month written out in the report's
    other notes a warning (38 on the whole report, with T13 and T6 hints for its agencies and newspapers): the
    style is told by which form the notes write more."""
    monkeypatch.chdir(tmp_path)
    again = [R48883[0].replace("8, 2024", f"{d}, 2024") for d in (9, 10)]     # the report's other reports, dated so
    (tmp_path / "memo.txt").write_text(_text_memo(R48883 + again), encoding="utf-8")
    out = run("verify", "memo.txt").output
    assert "warning[month]" not in out and "warning[abbreviation]" not in out, out


def test_a_citation_at_a_pin_its_kind_does_not_take_is_kept_as_text_with_a_warning_and_the_project_builds(
        tmp_path, monkeypatch):
    """A report cited at an article (a kind guessed from the citation's shape may be wrong): the citation is kept
    as text, the importer says so at the note, and `build` prints the imported memo rather than stopping at
    locator-kind."""
    notes = ["Amnesty Int’l, Killing in the Name of Justice: The Death Penalty in Saudi Arabia 12 (2015), "
             "https://www.amnesty.org/en/documents/mde23/2092/2015/en/.",
             "Amnesty Int’l, supra note 1, art. 3."]
    calls, records, output = _imported(tmp_path, monkeypatch, notes, fmt="md")
    assert "art. 3" in calls[1] and "warning[import-pin]" in output and "memo.md:7" in output, output
    assert "report" in output.split("warning[import-pin]")[1].split("\n")[0]
    built = run("build", "briefs/memo.yaml", "--to", "md")
    assert built.exit_code == 0, built.output
    assert "supra note 1, art.\u00a03." in (tmp_path / "build" / "memo.md").read_text(encoding="utf-8")


def test_a_short_form_that_drops_the_nominative_reporter_is_the_same_case_and_says_what_r10_9_keeps(
        tmp_path, monkeypatch):
    """``Marbury, 5 U.S. at 178`` after ``5 U.S. (1 Cranch) 137``: the same report (not "another volume or
    reporter"), linked, with the short form briefgen prints as the correction."""
    notes = ["Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).",
             "Amnesty Int’l, Killing in the Name of Justice 12 (2015).",
             "Marbury, 5 U.S. at 178."]
    calls, records, output = _imported(tmp_path, monkeypatch, notes, fmt="md")
    assert _keys(calls[2]) == _keys(calls[0]) and "178" in calls[2]
    assert "without the nominative reporter (1 Cranch)" in output and "another volume" not in output
    assert "write Marbury, 5 U.S. (1 Cranch) at 178" in output
