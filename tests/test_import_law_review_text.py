"""``briefgen import`` and ``verify`` on a journal's footnotes as a PDF gives them as text: no italics, small
capitals flattened to capitals (ECONOMIST, HUNTER ET AL.), titles that run on past a colon and a comma, and
titles that hold an acronym in parentheses or a phrase in quotation marks.

Each note is quoted verbatim from a published article: Arbel, Tokson & Lin, Systemic Regulation of
Artificial Intelligence, 56 Ariz. St. L.J. 545 (2024) (tests/corpus/aslj-arbel, notes 334-386 of the article,
here by their corpus numbers), and, as the same forms written elsewhere, Hessick, Treul & Love,
Understanding Uncontested Prosecutor Elections, 60 Am. Crim. L. Rev. 31 (2023), notes 1, 2, 34 and 42, and
Guha & Zambrano, The State Statutes Project, 2024 Wis. L. Rev. 1615, note 11 (the citation named in each;
parts of a note cut are marked by the test). The body text is placeholder text.
"""
import re

import yaml
from typer.testing import CliRunner

from briefgen.cli import app


def _memo(notes: list[str]) -> str:
    calls = " ".join(f"Text omitted.[{i}]" for i in range(1, len(notes) + 1))
    return "Discussion\n\n" + calls + "\n\nNotes\n\n" + "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n"


def _run(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _imported(tmp_path, monkeypatch, notes: list[str]):
    """Import a plain-text memo of ``notes``: (each call's citation, the records by id, the output)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_memo(notes), encoding="utf-8")
    result = _run("import", "memo.txt")
    assert result.exit_code == 0, result.output
    module = (tmp_path / "briefs" / "modules" / "memo" / "01-discussion.md").read_text(encoding="utf-8")
    calls = [c.strip() for c in re.split(r"Text omitted\.", module)[1:]]
    records = {r["id"]: r for r in yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text("utf-8"))}
    return calls, records, result.output


def _verified(tmp_path, monkeypatch, notes: list[str]) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_memo(notes), encoding="utf-8")
    return _run("verify", "--explain", "memo.txt").output


def _keys(call: str) -> list[str]:
    return re.findall(r"@([\w:.-]+)", call)


ARBEL = yaml.safe_load(open(__file__.replace("test_import_law_review_text.py", "corpus/aslj-arbel/notes.yaml"),
                            encoding="utf-8"))["notes"]

# Hessick, Treul & Love, 60 Am. Crim. L. Rev. 31: note 1 (its first sentence), note 2 (its first two citations),
# note 34 (its second citation) and note 42 (its first citation).
HESSICK_1 = ("DARRYL K. BROWN, FREE MARKET CRIMINAL JUSTICE: HOW DEMOCRACY AND LAISSEZ FAIRE UNDERMINE THE RULE OF "
             "LAW 28 (2016).")
HESSICK_2 = ("See, e.g., BROWN, supra note 1, at 59; Angela J. Davis, The American Prosecutor: Independence, Power, "
             "and the Threat of Tyranny, 86 IOWA L. REV. 393, 438–43 (2001).")
HESSICK_34 = ("ACLU Report Finds Justice Reinvestment Undermined by Expansion of the “Statehouse-to-Prison Pipeline” "
              "in 2018, ACLU (Dec. 18, 2018), https://www.aclu.org/press-releases/aclu-report-finds-justice-"
              "reinvestment-undermined-expansion-statehouse-prison.")
HESSICK_42 = ("E.g., Jonah E. Bromwich, Can a Progressive Prosecutor Survive a 40% Spike in Homicides?, N.Y. TIMES "
              "(May 17, 2021), https://www.nytimes.com/2021/05/17/us/philadelphia-prosecutor-election-Larry-"
              "Krasner.html.")


def test_a_supra_by_an_author_in_small_capitals_is_the_authors_name_not_an_unannounced_one(tmp_path, monkeypatch):
    """R4.2(a): HUNTER ET AL., supra, and BROWN, supra, name the work by its author, as Hunter et al. and Brown
    would in roman: no hereinafter is needed (verify used to ask for one, and import stored a short name)."""
    notes = [ARBEL[40], ARBEL[43].replace("supra note 40", "supra note 1"), HESSICK_1, HESSICK_2.replace(
        "supra note 1", "supra note 3")]
    out = _verified(tmp_path, monkeypatch, notes)
    assert "supra-name" not in out and "not read" not in out, out
    calls, records, _ = _imported(tmp_path, monkeypatch, notes)
    hunter = next(k for k, r in records.items() if r.get("title") == "International Environmental Law & Policy")
    brown = next(k for k, r in records.items() if str(r.get("title", "")).startswith("Free Market Criminal Justice"))
    assert _keys(calls[1]) == [hunter] and _keys(calls[3])[0] == brown, calls
    assert "short" not in records[hunter] and "short" not in records[brown]


def test_a_title_that_runs_on_past_a_colon_and_commas_is_read_whole_in_plain_text(tmp_path, monkeypatch):
    """Without italics, the title is guessed: a part with a colon or of many words is not an author, and a
    guess that reads nothing after the title while a comma goes on is not taken (it used to read "The American
    Prosecutor: Independence" as a book and the rest as an article by "Power")."""
    calls, records, _ = _imported(tmp_path, monkeypatch, [ARBEL[1], ARBEL[47], HESSICK_2])
    by_title = {r.get("title"): r for r in records.values()}
    veale = by_title["AI and Global Governance: Modalities, Rationales, Tensions"]
    assert (veale["kind"], veale["volume"], veale["page"], veale["year"]) == ("article", 19, 255, 2023)
    carlson = by_title["The Revision of the Declaration of Helsinki: Past, Present and Future"]
    assert (carlson["kind"], carlson["page"]) == ("article", 695)
    davis = by_title["The American Prosecutor: Independence, Power, and the Threat of Tyranny"]
    assert (davis["kind"], davis["authors"], davis["volume"]) == ("article", ["Angela J. Davis"], 86)
    davis_key = next(k for k, r in records.items() if r is davis)
    assert [len(_keys(c)) for c in calls[:2]] == [2, 1] and _keys(calls[2]) == [davis_key], calls


def test_a_periodical_in_small_capitals_is_news_and_its_authors_supra_finds_it(tmp_path, monkeypatch):
    """ECONOMIST and N.Y. TIMES are periodicals whatever their case: the story is news, with its authors, so
    that Marcus & Reuel, supra, and Bromwich, supra, find it (Marcus & Reuel used to be a web page's one
    author, and the supra and the *Id.* after it were reported as pointing at nothing)."""
    notes = [ARBEL[36], ARBEL[37].replace("supra note 36", "supra note 1"), ARBEL[38], HESSICK_42,
             "Bromwich, supra note 4."]
    out = _verified(tmp_path, monkeypatch, notes)
    assert "supra-antecedent" not in out and "id-reference" not in out and "supra-name" not in out, out
    calls, records, _ = _imported(tmp_path, monkeypatch, notes)
    marcus, bromwich = (next(k for k, r in records.items() if str(r.get("title", "")).startswith(t))
                        for t in ("The World Needs an International Agency", "Can a Progressive Prosecutor"))
    assert (records[marcus]["kind"], records[marcus]["publication"], records[marcus]["authors"]) == \
        ("news", "ECONOMIST", ["Gary Marcus", "Anka Reuel"])
    assert records[marcus]["title"].endswith("Say Two AI Experts")
    assert (records[bromwich]["kind"], records[bromwich]["publication"]) == ("news", "N.Y. TIMES")
    assert _keys(calls[1]) == _keys(calls[2]) == [marcus] and _keys(calls[4]) == [bromwich], calls


def test_a_title_with_an_acronym_in_parentheses_or_a_quoted_phrase_is_read(tmp_path, monkeypatch):
    """A page's title may hold an acronym in parentheses (Human Genome Editing (HGE) Registry) or a quoted
    phrase (“SOFT LAW” GOVERNANCE, the “Statehouse-to-Prison Pipeline”): the note is read, and the *Id.* after
    it finds it. A parenthetical with a year still ends a title."""
    notes = [ARBEL[4], ARBEL[5], ARBEL[9], ARBEL[44], ARBEL[45], HESSICK_34]
    out = _verified(tmp_path, monkeypatch, notes)
    assert "not read" not in out, out
    calls, records, _ = _imported(tmp_path, monkeypatch, notes)
    by_title = {r.get("title"): (k, r) for k, r in records.items()}
    oecd, oecd_rec = by_title["Transparency and Explainability (Principle 1.3)"]
    assert (oecd_rec["kind"], oecd_rec["site"]) == ("web", "ORG. FOR ECON. COOP. & DEV.")
    assert _keys(calls[1]) == [oecd]
    who = by_title["Human Genome Editing (HGE) Registry"][1]
    assert (who["kind"], who["site"]) == ("web", "WORLD HEALTH ORG.")
    soft, soft_rec = next((k, r) for k, r in records.items() if "SOFT LAW" in str(r.get("title", "")).upper())
    assert soft_rec["kind"] == "book" and soft_rec["year"] == 2019 and _keys(calls[4]) == [soft]
    aclu = next(r for r in records.values() if str(r.get("title", "")).startswith("ACLU Report Finds"))
    assert aclu["title"].endswith("Pipeline” in 2018") and aclu["date"] == "2018-12-18"


# Guha & Zambrano, The State Statutes Project, 2024 Wis. L. Rev. 1615, note 11, as the published essay prints it.
GUHA_11 = "About the CCP, COMPAR. CONSTS. PROJECT, https://comparativeconstitutionsproject.org/about-ccp/ " \
          "[https://perma.cc/5R7V-LUJP]."


def test_a_page_cited_by_its_title_and_owner_is_no_book_without_a_year(tmp_path, monkeypatch):
    """Title, OWNER, address: without italics the first comma could end an author's name, but a book has a year,
    so the title is the page's (IBM’s Principles … used to be a book titled "IBM" by an author of that name, and
    About the CCP one titled "Compar. Consts. Project")."""
    ibm = ARBEL[51].split("; see also, e.g., ")[1]      # note 51's last citation
    calls, records, _ = _imported(tmp_path, monkeypatch, [ibm, GUHA_11])
    pages = {r["title"]: r for r in records.values()}
    assert (pages["IBM’s Principles for Trust and Transparency"]["kind"],
            pages["IBM’s Principles for Trust and Transparency"]["site"]) == ("web", "IBM")
    ccp = pages["About the CCP"]
    assert (ccp["kind"], ccp["site"], ccp["archived"]) == ("web", "COMPAR. CONSTS. PROJECT", "https://perma.cc/5R7V-LUJP")
    assert [len(_keys(c)) for c in calls] == [1, 1], calls


def _corpus_note(sid: str, n: int) -> str:
    path = __file__.replace("test_import_law_review_text.py", f"corpus/{sid}/notes.yaml")
    return yaml.safe_load(open(path, encoding="utf-8"))["notes"][n]


def test_a_title_guessed_across_commas_has_every_word_capitalised_and_no_finding_comes_of_a_wrong_guess(
        tmp_path, monkeypatch):
    """A title guessed across its commas is capitalised throughout: "…, before the House Committee on Foreign
    Affairs, …" (icjt-sadat note 1, a statement with its address after "available at") and "…, Chair of the
    House Committee on Appropriations, …" (crs-r48469 note 26, a Congressional Record cite in CRS style) are no
    titles: the statement is read with its address (as a page without one it drew missing-url on a correct
    note) and the CRS cite is kept as text, not read as a record of a wrong title."""
    sadat, crs = _corpus_note("icjt-sadat", 1), _corpus_note("crs-r48469", 26)
    out = _verified(tmp_path, monkeypatch, [sadat, crs])
    assert "missing-url" not in out and "note 1 not read" not in out and "note 2 not read" in out, out
    (tmp_path / "i").mkdir()
    _, records, _ = _imported(tmp_path / "i", monkeypatch, [sadat])
    page = next(iter(records.values()))
    assert page["url"].startswith("http://www.dhs.gov/news/2011/10/12/") and "Chair of" not in str(records)
