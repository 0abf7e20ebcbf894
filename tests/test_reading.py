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
                     r"'April 2, 2013'\n  hint: write Apr\. 2, 2013", out, re.M), out
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
    assert (report["title"], report["authors"], report["number"], report["date"]) == (
        "Federal Preemption: A Legal Primer", ["Bryan L. Adkins", "Alexander H. Pepper", "Jay B. Sykes"],
        "CRS Report R45825", "2023")
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
                         ("California Court of Appeal", "Cal. Ct. App."), ("1st Circuit", "1st Cir.")):
        assert court(wrong) == right, wrong
    for fine in ("D. Minn.", "3d Cir.", "S.D.N.Y.", "Cal. Ct. App.", "D. Me.", "E.D. Pa.", "Tex. Crim. App.", "U.S."):
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
    assert "month not abbreviated as T12 does: 'November 1, 2024'\n  hint: write Nov. 1, 2024" in out
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
    assert "hint: write 'art.' (R3.3, T16)" in out


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
