"""briefgen import on the Inter-American Court and Commission as published writing cites them, in Markdown and
in plain text (where the case names are roman). The notes are quoted from published work, named beside each:

- the Loyola of Los Angeles International and Comparative Law Review's case summaries (vol. 36, 2014), in
  Bluebook form: *Radilla Pacheco v. Mexico*, 36 Loy. L.A. Int'l & Comp. L. Rev. 1789, note 2, and *Velásquez
  Rodríguez v. Honduras*, id. at 1913, note 2 (stored copies: pdfslide.net, vdocument.in);
- the University of Minnesota Human Rights Library's citation lines for the decisions it reprints
  (hrlibrary.umn.edu, www1.umn.edu/humanrts), in the older form the Bluebook gave them: ``(Ser. C)``, the
  judgment's date in the decision, the year alone, ``… Case`` for the name, a Commission report without the
  Commission's name;
- Jo M. Pasqualucci, Advisory Practice of the Inter-American Court of Human Rights, 38 Stan. J. Int'l L. 241
  (2002), note 1 (as the Scopus reference list keeps it): an advisory opinion cited by its number first.
"""
from test_import_tribunals import imported

RADILLA = ("*Radilla Pacheco v. Mexico*, Preliminary Objections, Merits, Reparations, and Costs, Judgment, "
           "Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 121 (Nov. 23, 2009).")


def _regional(records: dict) -> list[dict]:
    return [r for r in records.values() if r["kind"] == "regional-case"]


def test_a_judgment_in_series_c_read_in_plain_text_as_in_markdown(tmp_path, monkeypatch):
    # Radilla Pacheco summary, note 2 and note 3 (Id.); plain text loses the italics of the name
    for fmt in ("md", "txt"):
        (tmp_path / fmt).mkdir()
        records, out, built = imported(tmp_path / fmt, monkeypatch, [RADILLA, "*Id.*"], fmt)
        assert "import-unparsed" not in out, out
        (r,) = _regional(records)
        assert (r["name"], r["court"], r["series"], r["series_number"], r["date"]) == (
            "Radilla Pacheco v. Mexico", "Inter-Am. Ct. H.R.", "C", 209, "2009-11-23"), r
        assert r["decision"] == "Preliminary Objections, Merits, Reparations, and Costs, Judgment"
        assert built == [RADILLA, "*Id.*"], built


def test_the_older_form_of_the_court_and_a_commission_report(tmp_path, monkeypatch):
    # University of Minnesota Human Rights Library: iachr/C/23-ing.html, iachr/C/64-ing.html, cases/89-01.html
    notes = ["Paniagua Morales et al. Case, Preliminary Objections, Judgment of January 25, 1996, Inter-Am. Ct. H.R. "
             "(Ser. C) No. 23 (1996).",
             "Trujillo Oroza Case, Judgment of January 26, 2000, Inter-Am. Ct. H.R. (Ser. C) No. 64 (2000).",
             "Balkissoon Roodal v. Trinidad and Tobago, Case 12.147, Report No. 89/01, OEA/Ser./L/V/II.114 Doc. 5 rev. "
             "at 300 (2001)."]
    for fmt in ("md", "txt"):
        (tmp_path / fmt).mkdir()
        records, out, built = imported(tmp_path / fmt, monkeypatch, notes, fmt)
        assert "import-unparsed" not in out, out
        regional = {r["name"]: r for r in _regional(records)}
        assert sorted(regional) == ["Balkissoon Roodal v. Trinidad and Tobago", "Paniagua Morales et al. Case",
                                    "Trujillo Oroza Case"], records
        paniagua = regional["Paniagua Morales et al. Case"]
        assert (paniagua["series"], paniagua["series_number"], paniagua["decision"]) == (
            "C", 23, "Preliminary Objections, Judgment of January 25, 1996")
        roodal = regional["Balkissoon Roodal v. Trinidad and Tobago"]
        assert (roodal["number"], roodal["report"], roodal["symbol"]) == (
            "Case 12.147", "89/01", "OEA/Ser./L/V/II.114 Doc. 5 rev."), roodal
        # the Commission is named by its document series, and the record says it was not written
        assert roodal["court"] == "Inter-Am. Comm’n H.R." and "court" in roodal["note"].split("Guessed:")[1]
        # written back the Bluebook's way: (ser. C), the Commission named
        assert built[0] == ("*Paniagua Morales et al. Case*, Preliminary Objections, Judgment of January 25, 1996, "
                            "Inter-Am. Ct. H.R. (ser. C) No. 23 (1996)."), built[0]
        assert built[2] == ("*Balkissoon Roodal v. Trinidad and Tobago*, Case 12.147, Inter-Am. Comm’n H.R., Report "
                            "No. 89/01, OEA/Ser./L/V/II.114 Doc. 5 rev. at 300 (2001)."), built[2]


def test_an_advisory_opinion_cited_by_its_number_first(tmp_path, monkeypatch):
    # Pasqualucci, 38 Stan. J. Int'l L. 241, note 1 (its first citation)
    pasqualucci = ("Advisory Opinion OC-16/99, The Right to Information on Consular Assistance in the Framework of the "
                   "Guarantees of the Due Process of Law, Inter-Am. Ct. H.R. (ser. A) para. 1 (Oct. 1, 1999).")
    # the Minnesota library's line for OC-18/03 (lawsdocbox.com's copy of hrlibrary.umn.edu): the title first, the
    # date after the opinion's number, the year alone at the end
    umn = ("Juridical Condition and Rights of the Undocumented Migrants, Advisory Opinion OC-18/03, September 17, 2003, "
           "Inter-Am. Ct. H.R. (Ser. A) No. 18 (2003).")
    for fmt in ("md", "txt"):
        (tmp_path / fmt).mkdir()
        records, out, built = imported(tmp_path / fmt, monkeypatch, [pasqualucci, umn], fmt)
        assert "import-unparsed" not in out, out
        opinions = {r["decision"]: r for r in _regional(records)}
        oc16 = opinions["Advisory Opinion OC-16/99"]
        assert oc16["name"] == ("The Right to Information on Consular Assistance in the Framework of the Guarantees "
                                "of the Due Process of Law")
        assert (oc16["series"], oc16["series_number"], oc16["date"]) == ("A", 16, "1999-10-01"), oc16
        assert "series_number" in oc16["note"].split("Guessed:")[1]     # No. 16 is the opinion's, not written
        assert built[0] == ("*The Right to Information on Consular Assistance in the Framework of the Guarantees of "
                            "the Due Process of Law*, Advisory Opinion OC-16/99, Inter-Am. Ct. H.R. (ser. A) No. 16, "
                            "¶ 1 (Oct. 1, 1999)."), built[0]
        oc18 = opinions["Advisory Opinion OC-18/03"]        # the date written in the decision is the date
        assert (oc18["series_number"], oc18["date"]) == (18, "2003-09-17"), oc18
        assert built[1] == ("*Juridical Condition and Rights of the Undocumented Migrants*, Advisory Opinion OC-18/03, "
                            "Inter-Am. Ct. H.R. (ser. A) No. 18 (Sept. 17, 2003)."), built[1]


def test_an_advisory_opinion_named_by_its_number_in_a_later_note(tmp_path, monkeypatch):
    # Pasqualucci, notes 1 (its first citation), 2 and 3: *supra* by the opinion's number, then *Id.*
    notes = ["Advisory Opinion OC-16/99, The Right to Information on Consular Assistance in the Framework of the "
             "Guarantees of the Due Process of Law, Inter-Am. Ct. H.R. (ser. A) para. 1 (Oct. 1, 1999).",
             "Advisory Opinion OC-16/99, supra note 1, para. 2.", "Id. para. 82."]
    records, out, built = imported(tmp_path, monkeypatch, notes, "txt")
    assert "supra-antecedent" not in out and "import-unparsed" not in out, out
    assert len(_regional(records)) == 1, records
    # R4.2(a): a decision takes no supra; written back as the Bluebook would cite it right after note 1
    assert "warning[supra-kind]" in out, out
    assert built[1] == "*Id.* ¶ 2.", built[1]
    assert built[2] == "*Id.* ¶ 82.", built[2]


def test_what_is_written_back_reads_back_to_the_same_records(tmp_path, monkeypatch):
    # the Minnesota library's lines and Pasqualucci's note 1, imported, built, and the built notes imported again
    notes = ["Trujillo Oroza Case, Judgment of January 26, 2000, Inter-Am. Ct. H.R. (Ser. C) No. 64 (2000).",
             "Balkissoon Roodal v. Trinidad and Tobago, Case 12.147, Report No. 89/01, OEA/Ser./L/V/II.114 Doc. 5 rev. "
             "at 300 (2001).",
             "Advisory Opinion OC-16/99, The Right to Information on Consular Assistance in the Framework of the "
             "Guarantees of the Due Process of Law, Inter-Am. Ct. H.R. (ser. A) para. 1 (Oct. 1, 1999)."]
    (tmp_path / "first").mkdir()
    records, _, built = imported(tmp_path / "first", monkeypatch, notes, "txt")
    for fmt in ("md", "txt"):
        (tmp_path / fmt).mkdir()
        again, out, rebuilt = imported(tmp_path / fmt, monkeypatch, built, fmt)
        assert "import-unparsed" not in out, out
        fields = ("name", "court", "decision", "series", "series_number", "number", "report", "symbol", "date")
        assert sorted(tuple(r.get(k) for k in fields) for r in _regional(again)) == \
            sorted(tuple(r.get(k) for k in fields) for r in _regional(records))
        assert rebuilt == built, rebuilt


def test_a_subparagraph_pin_is_read(tmp_path, monkeypatch):
    """Loyola of Los Angeles Int'l & Comp. L. Rev. 36 (2014), the Velásquez Rodríguez summary, notes 2 and 3:
    ``¶ 147(g)(i)`` and ``Id. ¶ 147(e)``, a paragraph's subparagraphs (pins.LABELS)."""
    from test_import_reading import _imported, _keys

    notes = ["Velásquez Rodríguez v. Honduras, Merits, Judgment, Inter-Am. Ct. H.R. (ser. C) No. 4, ¶ 147(g)(i) "
             "(July 29, 1988).", "Id. ¶ 147(e)."]
    calls, records, output = _imported(tmp_path, monkeypatch, notes, fmt="md")
    assert "¶ 147(g)(i)" in calls[0] and "¶ 147(e)" in calls[1] and _keys(calls[1]) == _keys(calls[0]), output
