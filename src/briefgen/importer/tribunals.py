"""International materials as other people write them, read into records of their kinds: the
international criminal courts in OSCOLA form (``*Prosecutor v Bemba* (Decision …) ICC-01/05-01/08 (27 June
2013) TC [9]``), the I.C.J. by its Reports in any of the usual forms (``[1986] ICJ Rep 14``, ``ICJ Reports
(1986) 14``, ``1986 I.C.J. 14``), the ICTY's own footnotes (``Case No.: IT-95-14/1-T, Trial Chamber, 25 June
1999``), U.N. documents and resolutions with their records and symbols, treaties named by article or by name and
date, African Union decisions by symbol, OSCOLA's articles (``(2009) 34 SAYIL 57``), books, chapters and online
sources, and its back references (``ibid``, ``Gosnell (n 10)``, ``above n 3``). Case names may be roman, as
plain text leaves them. Hooked in before the Bluebook readers of notes.py: each form here is one the Bluebook
never writes, or (a resolution) is handed back to international.py when that reads as far.

Each reader is anchored on something only its form has (a tribunal's case number, a Reports citation, a
document symbol), so it may run on any text; what it derives rather than reads (a court named by its case
number's prefix) it says in ``guessed``.
"""
from __future__ import annotations

import re

from briefgen.importer.forms import URL, Found, _italic_at, _set_date, _title_case, iso_date, split_names
from briefgen.importer.sources import Rich
from briefgen.tables import INTERNATIONAL_COURTS, MONTH, MONTH_NAME

_MONTHS = MONTH_NAME
DAY_MONTH_YEAR = rf"\d{{1,2}}\s{_MONTHS}\s\d{{4}}"          # OSCOLA: 27 June 2013
_END = r"(?=[;.,]?(?:\s|$))"
_DATE = rf"(?:{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?\d{{4}}"     # DATE, and "Jul." as people write it

# A case number's prefix names the court that gives it (the courts' own numbering).
PREFIXES = (
    (r"ICC-", "tribunal-case", "Int’l Crim. Ct."),
    (r"IT-", "tribunal-case", "Int’l Crim. Trib. for the Former Yugoslavia"),
    (r"ICTR-", "tribunal-case", "Int’l Crim. Trib. for Rwanda"),
    (r"SCSL-", "tribunal-case", "Special Ct. for Sierra Leone"),
    (r"(?:MICT|IRMCT)-", "tribunal-case", "Int’l Residual Mechanism for Crim. Tribs."),
    (r"STL-", "tribunal-case", "Special Trib. for Lebanon"),
    (r"KSC-", "tribunal-case", "Kosovo Specialist Chambers"),
    (r"X-KR[ŽZ]?-", "foreign-decision", "Court of Bosnia and Herzegovina"),
)
_NUMBER = r"(?P<number>(?:" + "|".join(p for p, _, _ in PREFIXES) + r")[\w/.Ž-]*\d[\w/.Ž-]*?)"

# OSCOLA's chambers, as R21.5's court parenthetical spells them
CHAMBERS = {"TC": "Trial Chamber", "PTC": "Pre-Trial Chamber", "AC": "Appeals Chamber", "SJ": "Single Judge"}


def _at_start(text: str, pos: int) -> bool:
    """Whether a citation may start at ``pos``: the note's start, after a sentence or ``;``, or after a signal
    (``…, see X``). A secondary source's author is not looked for in the middle of a title or a sentence."""
    before = text[:pos].rstrip()
    stripped = re.sub(r"(?i)(?:\bbut\s)?\b(?:see(?:\salso|\sgenerally)?|cf\.?|compare|accord)\s*$", "", before)
    return stripped != before or not before or re.search(r"[.;:][”’\")\]]*$", before) is not None


def _court(number: str) -> tuple[str, str]:
    for prefix, kind, court in PREFIXES:
        if re.match(prefix, number):
            return kind, court
    return "", ""


def _balanced(text: str, pos: int, limit: int) -> int:
    """Index just after the ``)`` closing the ``(`` at ``pos``; -1 if it does not close before ``limit``."""
    depth = 0
    for i in range(pos, limit):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return i + 1
    return -1


def _name_end(rich: Rich, pos: int, limit: int, stop: str) -> int | None:
    """Where the case name starting at ``pos`` ends: its italics, or (in roman) the first ``stop`` character
    after a name that reads like one (``Prosecutor v Taylor``, ``Situation in Darfur``)."""
    run = _italic_at(rich, pos)
    if run and run[0] == pos:
        return run[1]
    text = rich.text
    m = re.compile(rf"[^{stop};]{{3,200}}?(?=[{stop}])").match(text, pos, limit)
    if not m:
        return None
    name = m.group(0).rstrip(", ")
    end = pos + len(name)
    if not name[0].isupper() or re.search(r"(?<!\bv)[.!?]['’\"”]?\s", name) or re.match(r"In\s(?!re\b)", name) \
            or any(rich.italic[pos:end]):       # prose before the name ("In *Prosecutor v …*")
        return None
    if not _title_case(re.sub(r"\sv\.?\s|\set\sal\b\.?", " ", name)) or len(name.split()) > 16 or not re.search(r"\sv\.?\s|^Situation\b|^In\sre\b", name):
        return None
    return end


def _chamber(written: str) -> str:
    """``TC II`` -> ``Trial Chamber II``; other chambers (``Single Judge``) as written."""
    m = re.fullmatch(r"(P?TC|AC|SJ)(\s[IVX]+)?", written)
    return CHAMBERS[m.group(1)] + (m.group(2) or "") if m else written


def _bracket_pin(pin: str) -> str:
    """OSCOLA's paragraphs in brackets: ``[9]`` -> ``¶ 9``; ``[11], [13]`` -> ``¶¶ 11, 13``; ``[10], fn 28`` ->
    ``¶ 10 n.28``."""
    paras = re.findall(r"\[(\d+(?:[-–]\d+)?)\]", pin)
    note = re.search(r"fn\s(\d+)", pin)
    if not paras:
        return pin
    label = "¶¶" if len(paras) > 1 or re.search(r"[-–]", paras[0]) else "¶"
    return f"{label} {', '.join(paras)}" + (f" n.{note.group(1)}" if note else "")


# ---------------------------------------------------------------- the criminal courts in OSCOLA form

_OSCOLA_TRIBUNAL = re.compile(
    r"\s" + _NUMBER + r"\s\((?P<date>" + DAY_MONTH_YEAR + r")\)"
    r"(?:\s\((?P<chamber>[^()]+)\)|\s(?P<bare>(?:P?TC|AC)(?:\s[IVX]+)?)(?=[\s.;,]|$))?"
    r"(?:\s(?P<pin>\[\d+(?:[-–]\d+)?\](?:,\s\[\d+(?:[-–]\d+)?\])*(?:,\sfn\s\d+)?|\d+(?:[-–]\d+)?))?" + _END)


def read_oscola_tribunal(rich: Rich, pos: int, limit: int) -> Found | None:
    """``*Prosecutor v Bemba* (Decision …) ICC-01/05-01/08 (27 June 2013) TC [9]``; a transcript's page
    (``(TC II) 45783``); a national war-crimes chamber's verdict (``X-KRŽ-06/294``) as a foreign decision."""
    text = rich.text
    end = _name_end(rich, pos, limit, "(")
    if end is None:
        return None
    name = text[pos:end].strip().rstrip(",")
    q = end + (text[end] == " ")
    decision = ""
    if text[q:q + 1] == "(":
        close = _balanced(text, q, limit)
        if close < 0:
            return None
        decision, q = text[q + 1:close - 1], close
    m = _OSCOLA_TRIBUNAL.match(text, q, limit)
    if not m:
        return None
    kind, court = _court(m.group("number"))
    chamber = _chamber(m.group("chamber") or m.group("bare") or "")
    pin = m.group("pin") or ""
    f = Found(pos, m.end(), kind, pin=_bracket_pin(pin))
    f.guessed.append(f"court (from the case number {m.group('number')})")
    if kind == "tribunal-case":
        f.fields = {"name": _bluebook_v(name), "number": m.group("number")}
        if decision:
            f.fields["decision"] = decision
        f.fields["court"] = court + (f" {chamber}" if chamber else "")
    else:
        f.fields = {"court": court, "name": _bluebook_v(name)}
        if chamber:
            f.fields["chamber"] = chamber
        f.fields.update(proceeding=decision or "Decision", number=m.group("number"), country="Bosn. & Herz.")
        f.guessed.append("country")
    _dmy(f, m.group("date"))
    return f


def _bluebook_v(name: str) -> str:
    """OSCOLA's ``v`` and ``et al`` as R10.2 writes them: ``Prosecutor v. Bemba et al.``."""
    name = re.sub(r"\sv\s", " v. ", name)
    return re.sub(r"\bet al$", "et al.", name)


def _dmy(f: Found, written: str) -> None:
    """``27 June 2013``: the date in OSCOLA's order, its month written out as that style does."""
    d, mon, y = written.split()
    f.fields["date"] = iso_date(f"{mon} {d}, {y}")[0]


# ---------------------------------------------------------------- tribunals and the I.C.J. in roman type

def read_roman_decision(rich: Rich, pos: int, limit: int) -> Found | None:
    """A tribunal's, the I.C.J.'s or a regional court's Bluebook citation with its name in roman, as plain text
    gives it: ``Prosecutor v. Tadić, Case No. IT-94-1-A, Judgment, ¶ 70 (Int'l Crim. Trib. …  Oct. 2, 1995)``;
    ``Radilla Pacheco v. Mexico, …, Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 121 (Nov. 23, 2009)``; an advisory
    opinion's title before ``, Advisory Opinion OC-18/03``; the older ``Trujillo Oroza Case, Judgment of …``."""
    from briefgen.importer import international

    run = _italic_at(rich, pos)
    if run and run[0] == pos:
        return None                      # italic names are international.py's
    text = rich.text
    regional = (international._SERIES, international._REPORTER, international._REPORT)
    for m in re.finditer(r",\s|\s\(", text[pos:min(limit, pos + 250)]):
        name = text[pos:pos + m.start()]
        at = pos + m.start()
        opinion = re.match(r",\sAdvisory\sOpinion\sOC-\d", text[at:])
        if not _title_case(name) or not (opinion or re.search(
                r"\sv\.\s|^Situation\b|^[A-Z][\w-]+\s(?:and|of|on|in)\s|\sCase$", name)):
            continue
        for forms, reader in (((international._TRIBUNAL,), international.read_tribunal),
                              ((international._ICJ,), international.read_icj), (regional, international.read_regional)):
            if any(form.match(text, at, limit) for form in forms):
                italic = list(rich.italic)
                italic[pos:at] = [True] * (at - pos)
                found = reader(_with_italics(rich, italic), pos, limit)
                if found:
                    found.problems = [p for p in found.problems if p[1] != "italics"]
                    return found
    return None


def _with_italics(rich: Rich, italic: list) -> Rich:
    import dataclasses

    return dataclasses.replace(rich, italic=italic)


_ICJ_DECISION = r"(?:Merits|Judgment|Advisory\sOpinion|Order|Preliminary\sObjections|Jurisdiction[^(),]*)"
_ICJ_REPORTS = re.compile(
    r"(?:\s\((?P<decision>" + _ICJ_DECISION + r")\)|,\s(?P<listed>" + _ICJ_DECISION + r"(?:,\s" + _ICJ_DECISION +
    r")*))?"
    r"(?:,\sInternational\sCourt\sof\sJustice)?(?:,\s(?P<date>" + DAY_MONTH_YEAR + r"))?,?\s"
    r"(?:\[(?P<y1>\d{4})\]\sICJ\sRep\s(?P<p1>\d+)|I\.?C\.?J\.?\sReports\s\(?(?P<y2>\d{4})\)?,?\s(?:p\.\s)?(?P<p2>\d+))"
    r"(?:,?\s(?:at\s)?(?:pp?\.\s)?(?P<page>\d+(?:[-–]\d+)?)(?![\d\]]))?"
    r"(?:(?:,\s|\s\(|\s)(?:para\.\s(?P<para>\d+(?:[-–]\d+)?)\)?|\[(?P<bracket>\d+(?:[-–]\d+)?)\]))?" + _END)


def read_icj_reports(rich: Rich, pos: int, limit: int) -> Found | None:
    """The I.C.J. cited to its Reports as OSCOLA and the Court write it: ``Military and Paramilitary Activities
    in and against Nicaragua (Nicaragua v United States of America) (Merits) [1986] ICJ Rep 14 [190]``;
    ``…, International Court of Justice, 27 June 1986, ICJ Reports (1986) 14, at 100-101 (para. 190)``; the Court's
    own: ``… (Nicaragua v. United States of America), Merits, Judgment, I.C.J. Reports 1986, p. 14``."""
    text = rich.text
    end = _name_end(rich, pos, limit, "(,[") or _plain_title_end(text, pos, limit)
    if end is None:
        return None
    name = text[pos:end].strip().rstrip(",")
    q, parties = end, ""
    pm = re.compile(r"\s?\((?P<p>[^()]+\sv\.?\s[^()]+)\)").match(text, q, limit)
    if pm:
        parties, q = pm.group("p"), pm.end()
    m = _ICJ_REPORTS.match(text, q, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "icj-case", {"name": name})
    if parties:
        f.fields["parties"] = _bluebook_v(parties)
    if m.group("decision") or m.group("listed"):
        f.fields["decision"] = m.group("decision") or m.group("listed")
    f.fields["year"] = int(m.group("y1") or m.group("y2"))
    f.fields["page"] = int(m.group("p1") or m.group("p2"))
    if m.group("date"):
        _dmy(f, m.group("date"))
    para = m.group("para") or m.group("bracket")
    if para:
        f.pin = ("¶¶ " if re.search(r"[-–]", para) else "¶ ") + para
        if m.group("page"):
            f.guessed.append(f"pin (¶ {para} kept; the pages {m.group('page')} also given are not)")
    elif m.group("page"):
        f.pin = m.group("page")
    hit = re.search(r"\[\d{4}\]\sICJ|I\.?C\.?J\.?\sReports", text[q:m.end()])
    reports = q + (hit.start() if hit else 0)
    bluebook = f"{f.fields['year']} I.C.J. {f.fields['page']}" + (f", {f.pin}" if f.pin else "")
    f.problems.append((reports, "bluebook-form", "the I.C.J. Reports cited as OSCOLA or the Court cites them",
                       f"R21.5.1: write {bluebook} (and the decision's month and day in parentheses)"))
    return f


def _plain_title_end(text: str, pos: int, limit: int) -> int | None:
    """A roman title of a case that is not ``A v B`` (``Military and Paramilitary Activities … Nicaragua``): up to
    the parties' parenthesis."""
    m = re.compile(r"[A-Z][^;()\[\]]{5,200}?(?=\s\([^()]+\sv\.?\s)").match(text, pos, limit)
    return m.end() if m and _title_case(m.group(0)) else None


# ---------------------------------------------------------------- U.N. documents and resolutions by symbol

_UN_PIECE = re.compile(
    r"(?P<res>(?P<body>G\.A\.|S\.C\.|E\.S\.C\.|Human\sRights\sCouncil)\sRes\.\s(?P<number>[\w/.-]+(?:\s?\([IVXLC]+\))?))$|"
    r"(?P<records>U\.?N\.?\s[A-Z]+OR)$|(?P<session>\d\w*+\.?\s(?:Sess|Spec\.\sSess|Emergency\sSpec\.\sSess)\.|"
    r"Supp\.\sNo\.\s\d+|\d\w*+\s(?:plen\.\s)?mtg\.)$|"
    r"(?P<pin>(?:at\s)?\d+(?:[-–]\d+)?|¶¶?\s\d+(?:[-–]\d+)?|arts?\.\s\d+(?:,\s\d+)*|paras?\.\s\d+(?:[-–]\d+)?|"
    r"\d+(?:,\s\d+)+)$|"
    r"(?P<symbol>U\.N\.\sDoc\.?\s[A-Z][\w/.()-]*\w\)?)$")


_UN_DOC = re.compile(r"U\.N\.\sDoc")


def read_un_document(rich: Rich, pos: int, limit: int) -> Found | None:
    """``2005 World Summit Outcome, UN GAOR, 60th Sess., at 22-23, U.N. Doc. A/60/L.1 (Sept. 15, 2005)``;
    ``Statute of the International Law Commission, arts. 16, 17, G.A. Res. 174 (II), U.N. GAOR, 2nd Sess., U.N. Doc
    A/RES/175(II) (Nov. 21, 1947)``: the title, the resolution, the records, the pin and the symbol, in the order
    written; a date in parentheses and an ``available at`` address may close it."""
    text = rich.text
    if not _UN_DOC.search(text, pos, limit):     # no symbol to anchor it: not split into pieces (once at every start)
        return None
    tail = re.compile(r"(?:\s\((?P<date>" + _DATE + r")\))?(?:,\savailable\sat\s(?P<url>" + URL + r"))?" + _END)
    stop = re.compile(r",\s|\s\((?=" + _DATE + r"\))").finditer(text, pos, limit)
    pieces: list[tuple[int, int]] = []
    s = pos
    for m in stop:
        if pieces and re.fullmatch(r"\d+(?:[-–]\d+)?", text[s:m.start()]) and \
                re.match(r"(?:arts?\.|paras?\.|¶¶|at)\s", text[pieces[-1][0]:]):
            pieces[-1] = (pieces[-1][0], m.start())      # a pin's list: arts. 16, 17
        else:
            pieces.append((s, m.start()))
        s = m.end()
        if text[m.start():m.start() + 2] == " (":
            break
    else:
        pieces.append((s, limit))
    title: list[tuple[int, int]] = []
    records: list = []
    fields: dict = {}
    pin, found_anchor, last = "", False, pos
    for a, b in pieces:
        piece = text[a:b]
        symbol = re.match(r"(U\.N\.\sDoc\.?\s)([A-Z][\w/.()-]*?[\w)])(?P<rest>\.?)$", piece)
        un = _UN_PIECE.match(piece)
        if symbol:
            fields["symbol"], last, found_anchor = symbol.group(2), a + symbol.end(2), True
            break
        if not un:
            if found_anchor or records:
                return None
            title.append((a, b))
            continue
        if un.group("res"):
            fields.update(body=un.group("body"), number=un.group("number"))
            found_anchor = True
        elif un.group("records") or (un.group("session") and records):
            records.append(piece)
        elif un.group("pin") and not pin:
            pin = piece
        else:
            return None
        last = b
    if "symbol" not in fields or not (title or fields.get("body")):
        return None
    t = tail.match(text, last, limit)
    if not t:
        return None
    kind = "resolution" if fields.get("body") else "un-document"
    f = Found(pos, t.end(), kind)
    if title:
        written = text[title[0][0]:title[-1][1]]
        if any(rich.italic[title[0][0]:title[-1][1]]):      # an italic title is the Bluebook's, read in forms.py
            return None
        if not _title_case(written) or (kind == "un-document" and len(written.split()) > 25):
            return None
        f.fields["title"] = written
    f.fields.update(fields)
    if records:
        f.fields["records"] = ", ".join(records)
    if pin:
        f.pin = re.sub(r"^at\s", "", pin)
    if t.group("date"):
        _set_date(f, rich, t.start("date"), re.sub(r"^(Jun|Jul)\.", r"\1", t.group("date")))
    if t.group("url") and kind == "un-document":
        f.fields["url"] = t.group("url")
    from briefgen.importer.international import read_resolution

    theirs = read_resolution(rich, pos, limit) if kind == "resolution" else None
    return theirs if theirs and theirs.end >= f.end else f     # the Bluebook's own form, with its checks


# ---------------------------------------------------------------- OSCOLA journal articles

_OSCOLA_ARTICLE = re.compile(
    r"(?P<authors>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}(?:(?:,\s|\sand\s|\s&\s)[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})*),?"
    r"\s[“‘'\"](?P<title>(?:[^”’\"]|(?<=\w)’(?=\w))+?)[”’'\"],?\s\((?P<year>\d{4})\)\s(?:(?P<volume>\d+)(?:\((?P<issue>\d+)\))?\s)?"
    r"(?P<journal>[A-Z][^\d;()]*?)\s(?P<page>\d+)(?:,\s(?P<pin>\d+(?:[-–]\d+)?))?" + _END)


def read_oscola_article(rich: Rich, pos: int, limit: int) -> Found | None:
    """``D Tladi, “The African Union and the International Criminal Court …” (2009) 34 *SAYIL* 57``: authors,
    the title in quotation marks, the year in parentheses, the volume (and issue), the journal and its first
    page; ``Robinson, D., ‘The Identity Crisis …’, (2008) 21 LJIL 925`` as the Leiden Journal writes it."""
    m = _OSCOLA_ARTICLE.match(rich.text, pos, limit)
    if not m or not _title_case(m.group("journal")) or not _at_start(rich.text, pos):
        return None
    f = Found(pos, m.end(), "article", {"title": m.group("title").strip(), "journal": m.group("journal").strip(),
                                        "authors": split_names(m.group("authors"))}, pin=m.group("pin") or "")
    if m.group("volume"):              # a journal numbered by year alone has none: (1950) CLP 263
        f.fields["volume"] = int(m.group("volume"))
    f.fields.update(page=int(m.group("page")), year=int(m.group("year")))
    return f


# ---------------------------------------------------------------- OSCOLA's books, chapters and reports

_NAME = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,4}"      # authors end at the first comma: "A and B, Title"
_NAMES = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,4}(?:(?:,\s|\sand\s)(?!others\b)[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,4})*"
_OSCOLA_BOOK = re.compile(
    r"(?P<authors>" + _NAME + r"(?:\sand\s(?!others\b)" + _NAME + r")?)(?P<others>\sand\sothers)?(?:,\s|\s(?=[‘'“\"]))"
    r"(?:[‘'“\"](?P<chapter>[^’'”\"]+)[’'”\"]\sin\s(?P<editors>" + _NAMES + r")\s\(eds?\),?\s)?"
    r"(?P<title>[A-Z][^()“”\"]*?)(?:,\svol\s(?P<volume>\d+))?"
    r"\s\((?:(?!" + _MONTHS + r"\s\d{4}\))(?P<publisher>[A-Z][^()]*?)\s)?(?:(?P<month>" + _MONTHS + r")\s)?(?P<year>\d{4})\)"
    r"(?:\s(?P<pin>\d+(?:[-–]\d+)?|fn\s\d+))?" + _END)


def read_oscola_book(rich: Rich, pos: int, limit: int) -> Found | None:
    """``Kai Ambos, *Treatise on International Criminal Law*, vol 3 (OUP 2016) 457``; a chapter: ``Christopher
    Gosnell, 'Admissibility of Evidence' in Karim A A Khan, Caroline Buisman and Christopher Gosnell (eds),
    *Principles of Evidence in International Criminal Justice* (OUP 2010) 385``; an institution's report dated by
    month: ``International Bar Association, *Evidence Matters in ICC Trials* (August 2016) 20``. The number after the
    parenthesis is read as the pin: OSCOLA gives a chapter's first page there too, and only the source can tell."""
    m = _OSCOLA_BOOK.match(rich.text, pos, limit)
    publisher = m.group("publisher") or "" if m else ""
    if not m or not _at_start(rich.text, pos) or not (publisher or m.group("month")) or re.search(rf"\beds?\.|\d|\b{MONTH}\b", publisher) \
            or not _title_case(m.group("title")):      # OSCOLA names the publisher: "(2023)" alone is not this form
        return None
    if "§" in m.group("title"):       # Okla. Stat., Tit. 82, §105.9 (West 2013): a code's section, not a book
        return None
    title_at = (m.start("title"), m.end("title"))
    if any(rich.italic) and not rich.is_italic(*title_at):
        return None                               # the book's title is italic where the text keeps italics
    pin = m.group("pin") or ""
    f = Found(pos, m.end(), "book", pin="n." + pin[3:] if pin.startswith("fn") else pin)
    authors = m.group("authors")
    if m.group("month"):                          # a report: its author an institution, its date a month
        if m.group("chapter") or m.group("publisher"):
            return None
        f.kind, f.fields = "report", {"author": authors, "title": m.group("title")}
        f.fields["date"] = iso_date(f"{m.group('month')} {m.group('year')}")[0]
        return f
    f.fields["authors"] = [a for a in re.split(r",\s|\sand\s", authors) if a]
    if m.group("others"):
        f.guessed.append(f"authors (written '{authors}{m.group('others')}': the others are not named)")
    if m.group("chapter"):
        f.fields.update(title=m.group("chapter"), **{"in": m.group("title")},
                        in_editors=[a for a in re.split(r",\s|\sand\s", m.group("editors")) if a])
    else:
        f.fields["title"] = m.group("title")
    if m.group("volume"):
        f.fields["volume"] = int(m.group("volume"))
    if m.group("publisher"):
        f.fields["publisher"] = m.group("publisher").rstrip(",")
    f.fields["year"] = int(m.group("year"))
    return f


# ---------------------------------------------------------------- OSCOLA's online sources

_MONTH_YEAR = rf"(?:\d{{1,2}}\s)?{_MONTHS}\s\d{{4}}|\d{{4}}"
_OSCOLA_ONLINE = re.compile(
    r"(?P<author>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,4}(?:(?:,\s|\sand\s|\s&\s)[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})*),?"
    r"\s[“‘\"'](?P<title>[^“”\"]+?)[”’\"']"
    r"(?:\s\((?:(?P<site>[^(),]+?),\s)?(?P<date>" + _MONTH_YEAR + r")\),?)?"
    r"(?:\s<?(?P<url>https?://[^\s<>]+?)>?)?(?:\saccessed\s(?P<accessed>\d{1,2}\s" + _MONTHS + r"\s\d{4}))?" + _END)


def read_oscola_online(rich: Rich, pos: int, limit: int) -> Found | None:
    """A post, page or press release as OSCOLA cites it: ``Emma Irving, 'And So It Begins…' (*Opinio Juris*, 17
    August 2017)``; ``S Dersso, “The International Criminal Court’s Africa problem” (2013), http://… accessed 11
    June 2013``. The parenthesis after the title must be there: a quoted title and an address alone are other
    styles' web pages (CRS: ``ISA, “About ISA,” https://…``), not this form."""
    from briefgen.importer.forms import INSTITUTION

    m = _OSCOLA_ONLINE.match(rich.text, pos, limit)
    if not m or not m.group("date") or not _at_start(rich.text, pos) or rich.is_italic(m.start("title"), m.end("title")):
        return None
    author = m.group("author")
    if INSTITUTION.search(author):
        fields = {"author": author}
    else:
        fields = {"authors": [a for a in re.split(r",\s|\sand\s|\s&\s", author) if a]}
    f = Found(pos, m.end(), "web", {**fields, "title": m.group("title").strip().rstrip(",")})
    if m.group("site"):
        f.fields["site"] = m.group("site").strip()
    if m.group("date"):
        written = m.group("date").split()
        if len(written) == 3:
            _dmy(f, m.group("date"))
        else:
            f.fields["date"] = iso_date(" ".join(written))[0]
    if m.group("url"):
        f.fields["url"] = m.group("url")
    if m.group("accessed"):
        d, mon, y = m.group("accessed").split()
        f.fields["accessed"] = iso_date(f"{mon} {d}, {y}")[0]
    return f


# ---------------------------------------------------------------- OSCOLA's back references

_BACK = re.compile(r"(?:(?P<ibid>[Ii]bid\.?)|(?P<name>[A-Z][\w’'-]*(?:\s(?:and|&)\s[A-Z][\w’'-]*)?)"
                   r"(?:\s\(n\s(?P<n>\d+)\)|,\sabove\sn\.?\s(?P<above>\d+)|\sabove))"
                   r"(?:,?\s(?P<pin>(?:at\s)?\d+(?:[-–]\d+)?|\[\d+(?:[-–]\d+)?\](?:,\s\[\d+\])*|"
                   r"(?:pars?|paras?)\.?\s\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)?))?" + _END)


def read_oscola_back(rich: Rich, pos: int, limit: int) -> Found | None:
    """``ibid``, ``ibid 45``, ``Gosnell (n 10) 386``, ``Smith, above n 3, 45``, ``Bellinger above``: *Id.* and
    *supra* as OSCOLA and older Commonwealth styles write them."""
    m = _BACK.match(rich.text, pos, limit)
    if not m or not _at_start(rich.text, pos):
        return None        # in the middle of a sentence ("reprinted in X, ibid."), it may point at what was not read
    pin = _bracket_pin(re.sub(r"^at\s", "", m.group("pin") or ""))
    pin = re.sub(r"^(?:par|para)(s?)\.?\s", lambda p: "¶¶ " if p.group(1) or re.search("[-–]", pin) else "¶ ", pin)
    if m.group("ibid"):
        return Found(pos, m.end(), "id", pin=pin)
    return Found(pos, m.end(), "supra", pin=pin, name=m.group("name"), note=int(m.group("n") or m.group("above") or 0))


# ---------------------------------------------------------------- the tribunals' own house style

_HOUSE = re.compile(r",\sCase\sNo\.:?\s" + _NUMBER + r"(?:,\s(?P<decision>(?!(?:Trial|Appeals|Pre-Trial)\sChamber)[^,;()]+?))?"
                    r"(?:,\s(?P<chamber>(?:Trial|Appeals|Pre-Trial)\sChamber(?:\s[IVX]+)?))?,\s(?P<date>" + DAY_MONTH_YEAR +
                    r")(?:,\s(?P<pin>(?:paras?\.|pp?\.)\s\d+(?:[-–]\d+)?))?" + _END)


def read_tribunal_house(rich: Rich, pos: int, limit: int) -> Found | None:
    """The ICTY's and ICTR's own footnotes: ``Prosecutor v. Zlatko Aleksovski, Case No.: IT-95-14/1-T, Trial
    Chamber, 25 June 1999``; a decision's title and a ``para.`` pin may be given."""
    end = _name_end(rich, pos, limit, ",")
    if end is None:
        return None
    m = _HOUSE.match(rich.text, end, limit)
    if not m:
        return None
    kind, court = _court(m.group("number"))
    if kind != "tribunal-case":
        return None
    f = Found(pos, m.end(), kind, {"name": _bluebook_v(rich.text[pos:end].strip())}, pin=_house_pin(m.group("pin")))
    f.fields["number"] = m.group("number")
    if m.group("decision"):
        f.fields["decision"] = m.group("decision")
    f.fields["court"] = court + (f" {m.group('chamber')}" if m.group("chamber") else "")
    f.guessed.append(f"court (from the case number {m.group('number')})")
    _dmy(f, m.group("date"))
    return f


def _house_pin(pin: str | None) -> str:
    """``para. 12`` -> ``¶ 12``; ``p. 85`` -> ``85``."""
    if not pin:
        return ""
    label, number = pin.split()
    return ("¶¶ " if label == "paras." else "¶ ") + number if label.startswith("para") else number


# ---------------------------------------------------------------- treaties named in prose and AU decisions

_TREATY_WORD = r"(?:Statute|Convention|Charter|Covenant|Treaty|Protocol|Agreement)"
_ARTICLES = re.compile(r"(?P<label>Articles?|Arts?\.)\s(?P<arts>\d+(?:\(\w+\))*(?:(?:,\s|\sand\s)\d+(?:\(\w+\))*)*)"
                       r"\sof\s(?:the\s)?(?P<name>[A-Z][\w’'.-]*(?:\s[\w’'.-]+){0,12}?\s" + _TREATY_WORD +
                       r"(?:\sof\sthe\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)?)" + _END)
_NAMED_TREATY = re.compile(r"(?:The\s)?(?P<name>(?:[A-Z][\w’'-]*\s(?:of\s(?:the\s)?)?)*" + _TREATY_WORD +
                           r"(?:\s(?:of|on|for)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:of\s)?[A-Z][\w’'-]*)*)?)"
                           r"(?:,\s(?P<date>" + _DATE + r"|" + DAY_MONTH_YEAR + r"))?"
                           r"(?=,\s(?:[a-z]+\s){0,3}reprinted\sin\s)")


def read_treaty_named(rich: Rich, pos: int, limit: int) -> Found | None:
    """A treaty named without its series: ``Articles 61(3) and 67(1) of the Rome Statute`` (OSCOLA);
    ``The Treaty of Versailles, June 28, 1919, relevant provisions reprinted in …`` (where it is reprinted
    stays in the note's text)."""
    text = rich.text
    m = _ARTICLES.match(text, pos, limit)
    if m:
        arts = re.split(r",\s|\sand\s", m.group("arts"))
        return Found(pos, m.end(), "treaty", {"name": m.group("name")},
                     pin=("arts. " if len(arts) > 1 else "art. ") + ", ".join(arts))
    m = _NAMED_TREATY.match(text, pos, limit)
    if not m or rich.is_italic(pos, m.end("name")):
        return None
    from briefgen.importer.forms import read_treaty

    theirs = read_treaty(rich, pos, limit)
    if theirs and theirs.end >= m.end():       # the Bluebook's form, with a series: forms.py reads it
        return None
    f = Found(pos, m.end(), "treaty", {"name": m.group("name")})
    if m.group("date"):
        written = m.group("date")
        if re.match(r"\d", written) and " " in written:
            _dmy(f, written)
        else:
            _set_date(f, rich, m.start("date"), written)
    return f


_AU = re.compile(r"(?P<author>(?:AU|African\sUnion)(?:\sAssembly)?|Assembly\sof\sthe\sAfrican\sUnion),?\s"
                 r"(?P<title>Decision\s[^;]+?),?\s(?P<number>(?:Assembly|EX\.CL|PSC)/[\w/.()-]+(?:\sRev\.\s?\d+)?)"
                 + _END)


def read_au_decision(rich: Rich, pos: int, limit: int) -> Found | None:
    """An African Union organ's decision by its symbol: ``AU Assembly Decision on the Meeting of African States
    Parties to the Rome Statute … Assembly/AU/Dec.245(XIII) Rev.1``, read as a report with its number."""
    m = _AU.match(rich.text, pos, limit)
    if not m:
        return None
    number = m.group("number")
    f = Found(pos, m.end() - (1 if number.endswith(".") and not number.endswith("Rev.") else 0), "report",
              {"author": m.group("author"), "number": number.rstrip(".") if not number.endswith("Rev.") else number,
               "title": m.group("title")})
    return f


# ---------------------------------------------------------------- the tribunals' Rules of Procedure and Evidence

# The courts whose Rules are cited, by initials and by name, with the Bluebook's abbreviation (tables.py); the
# Bluebook's own names read as they are
_CRIMINAL = ("ICTY", "ICTR", "IRMCT|MICT", "STL", "SCSL", "ICC", "ECCC")


def _written(name: str) -> str:
    """A court's name as a pattern: spaces as any space, "former" in either case, the Residual Mechanism's
    "International" optional."""
    pattern = re.escape(name).replace("\\ ", r"\s").replace("former", "[Ff]ormer").replace("’", "[’']")
    return pattern.replace(r"International\sResidual", r"(?:International\s)?Residual")


RULE_COURTS = tuple((f"{initials}|{_written(name)}", abbreviation)
                    for initials, name, abbreviation in INTERNATIONAL_COURTS if initials in _CRIMINAL) + (
    ("|".join(_written(abbreviation) for initials, _, abbreviation in INTERNATIONAL_COURTS if initials in _CRIMINAL),
     ""),     # the Bluebook's own
)
_RULE_COURT = "(?:" + "|".join(p for p, _ in RULE_COURTS) + ")"
_RPE = r"Rules\sof\sProcedure\sand\sEvidence"
_RULE_NO = r"\d+(?:\s?(?:bis|ter|quater|quinquies))?(?:\s?\([A-Za-z0-9]+\))*"
_RULE_NOS = rf"{_RULE_NO}(?:(?:,\s|\sand\s){_RULE_NO})*"
_RULE_FORMS = (
    # Rule 89(C) of the ICTY and ICTR Rules of Procedure and Evidence (leiden-dde); Rule 68 of the ICC Rules …
    re.compile(rf"(?P<label>Rules?|[Rr]r?\.?)\s(?P<rules>{_RULE_NOS})\sof\sthe\s(?P<court>{_RULE_COURT})"
               rf"(?:\sand\s(?P<court2>{_RULE_COURT}))?\s(?P<name>{_RPE})" + _END),
    # Rule 92 bis of the Rules of Procedure and Evidence of the International Criminal Tribunal for Rwanda
    re.compile(rf"(?P<label>Rules?)\s(?P<rules>{_RULE_NOS})\sof\sthe\s(?P<name>{_RPE})\s(?:of|for)\sthe\s"
               rf"(?P<court>{_RULE_COURT})" + _END),
    # ICTY Rules of Procedure and Evidence, r 89(C) (OSCOLA); Int’l Crim. Ct., Rules of Procedure and Evidence,
    # r. 63(2), ICC-ASP/1/3 (Sept. 9, 2002) (the Bluebook, as briefgen prints it)
    re.compile(rf"(?:the\s)?(?P<court>{_RULE_COURT}),?\s(?P<name>{_RPE})(?:,\s(?P<label>[Rr]ules?|rr?\.?)\s?"
               rf"(?P<rules>{_RULE_NOS})(?!\sof\s)|,\s(?P<other>(?!U\.N\.)[a-z][\w.]*\s[\w()]+))?"
               rf"(?:,\sU\.N\.\sDoc\.\s(?P<symbol>[A-Z][\w/.-]*\w)|,\s(?P<number>[A-Z]+-[\w/.-]*\w))?"
               rf"(?:\s\((?P<date>{_DATE})\))?" + _END),
)


def _rule_court(written: str) -> tuple[str, str]:
    """The Bluebook's name of the court whose Rules are cited, and how the note wrote it when that differs."""
    for pattern, court in RULE_COURTS:
        if re.fullmatch(pattern, written):
            return (court, written) if court else (written.replace("'", "’"), "")
    return written, ""


def read_rules(rich: Rich, pos: int, limit: int) -> Found | None:
    """A rule of an international criminal court's Rules of Procedure and Evidence: ``Rule 89(C) of the ICTY and
    ICTR Rules of Procedure and Evidence`` (two Rules, the second read where ``and`` continues the citation),
    ``Rule 115 of the SCSL Rules of Procedure and Evidence``, ``ICTY Rules of Procedure and Evidence, r 89(C)``,
    and the Bluebook's ``Int’l Crim. Ct., Rules of Procedure and Evidence, r. 63(2), ICC-ASP/1/3 (Sept. 9, 2002)``.
    A note that names no document symbol or date leaves them out, and says so in the record's note."""
    text = rich.text
    m = next((m for form in _RULE_FORMS if (m := form.match(text, pos, limit))), None)
    if not m:
        return None
    court, written = _rule_court(m.group("court"))
    fields = {"court": court, "name": "Rules of Procedure and Evidence"}
    rules = re.split(r",\s|\sand\s", m.group("rules")) if m.group("rules") else []
    pin = (("rr. " if len(rules) > 1 else "r. ") + ", ".join(" ".join(r.split()) for r in rules)) if rules else \
        m.group("other") or ""
    end = m.end()
    if m.groupdict().get("court2"):     # the first court's Rules end at its name; the second's are read next
        end = m.end("court")
    f = Found(pos, end, "rule", fields, pin=pin)
    for key in ("symbol", "number"):
        if m.groupdict().get(key):
            f.fields[key] = m.group(key)
    if m.groupdict().get("date"):
        _set_date(f, rich, m.start("date"), m.group("date"))
    if written:
        f.guessed.append(f"court (written {written})")
    if not (f.fields.get("symbol") or f.fields.get("number") or f.fields.get("date")):
        f.guessed.append("symbol and date (not given: the version of the Rules cited is not known)")
    return f


_SECOND_RULES = re.compile(rf"(?P<court>{_RULE_COURT})\s{_RPE}" + _END)
_FIRST_RULES = re.compile(rf"(?:Rules?|[Rr]r?\.?)\s(?P<rules>{_RULE_NOS})\sof\sthe\s{_RULE_COURT}\sand\s$")


def read_second_rules(rich: Rich, pos: int, limit: int) -> Found | None:
    """The second court of ``Rule 89(C) of the ICTY and ICTR Rules of Procedure and Evidence``: the ICTR's Rules,
    at the rule the first court's were cited at."""
    text = rich.text
    first = _FIRST_RULES.search(text, max(0, pos - 120), pos)
    m = _SECOND_RULES.match(text, pos, limit)
    if not first or not m:
        return None
    court, written = _rule_court(m.group("court"))
    rules = re.split(r",\s|\sand\s", first.group("rules"))
    f = Found(pos, m.end(), "rule", {"court": court, "name": "Rules of Procedure and Evidence"},
              pin=("rr. " if len(rules) > 1 else "r. ") + ", ".join(" ".join(r.split()) for r in rules))
    if written:
        f.guessed.append(f"court (written {written})")
    f.guessed.append("symbol and date (not given: the version of the Rules cited is not known)")
    return f


# ---------------------------------------------------------------- a treaty by the initials it is known by

# Treaties that reports name by their initials alone (UNCLOS Article 77(1)), with the name R21.4.1 gives them.
TREATY_INITIALS = {
    "UNCLOS": "United Nations Convention on the Law of the Sea",
    "ICCPR": "International Covenant on Civil and Political Rights",
    "ICESCR": "International Covenant on Economic, Social and Cultural Rights",
    "CEDAW": "Convention on the Elimination of All Forms of Discrimination Against Women",
    "CERD": "International Convention on the Elimination of All Forms of Racial Discrimination",
    "CRC": "Convention on the Rights of the Child",
    "VCLT": "Vienna Convention on the Law of Treaties",
    "VCCR": "Vienna Convention on Consular Relations",
    "NPT": "Treaty on the Non-Proliferation of Nuclear Weapons",
    "UNFCCC": "United Nations Framework Convention on Climate Change",
}
_ART = r"\d+(?:\(\w+\))*"
_INITIALS = re.compile(r"(?P<initials>" + "|".join(TREATY_INITIALS) + r")(?:['’]s)?,?\s"
                       rf"(?:(?P<label>Articles?|Arts?\.|arts?\.)\s(?P<arts>{_ART}(?:(?:,\s|,?\sand\s){_ART})*)"
                       r"|(?P<preamble>[Pp]reamble)(?:\sand\s(?P<and_part>Part\s[IVXLC]+))?|Part\s(?P<part>[IVXLC]+))"
                       r"(?=[;.,:]?(?:\s|$))")


def read_treaty_initials(rich: Rich, pos: int, limit: int) -> Found | None:
    """A treaty by its initials and an article, as CRS reports cite UNCLOS once the text has named it: ``UNCLOS
    Article 77(1)``, ``UNCLOS Articles 136 and 140``, ``UNCLOS's Preamble and Part XII``. The name is the one the
    initials stand for, and says so; the date and the treaty series are not in the note, and the record says so."""
    m = _INITIALS.match(rich.text, pos, limit)
    if not m:
        return None
    initials = m.group("initials")
    if m.group("arts"):
        arts = re.split(r",?\sand\s|,\s", m.group("arts"))
        pin = ("arts. " if len(arts) > 1 else "art. ") + ", ".join(arts)
    elif m.group("preamble"):
        pin = "pmbl." + (f", pt. {m.group('and_part').split()[1]}" if m.group("and_part") else "")
    else:
        pin = f"pt. {m.group('part')}"
    f = Found(pos, m.end(), "treaty", {"name": TREATY_INITIALS[initials], "short": initials}, pin=pin)
    f.guessed += [f"name (from the initials {initials})",
                  "date and treaty series (not given: the note names the treaty by its initials)"]
    return f


# ---------------------------------------------------------------- a Security Council draft by its symbol (CRS)

_DRAFT = re.compile(r"(?:(?P<author>[A-Z][\w.’'-]*(?:,?\s(?:and\s)?[A-Z][\w.’'-]*){0,6}):\s)?"
                    r"(?P<title>[Dd]raft\sresolution)\s(?P<symbol>S/\d{4}/\d+(?:/Rev\.\d+)?)"
                    rf"(?:,\s(?P<date>{_MONTHS}\s\d{{1,2}},\s\d{{4}}))?" + _END)


def read_draft_resolution(rich: Rich, pos: int, limit: int) -> Found | None:
    """A draft resolution put to the Security Council, by its symbol, as CRS reports and the U.N.'s own lists
    write it: ``Draft resolution S/2025/561, September 19, 2025``; ``China and Russian Federation: draft resolution
    S/2025/539, September 26, 2025`` (its sponsors first). Read as a U.N. document, its title as written."""
    m = _DRAFT.match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "un-document", {"title": m.group("title"), "symbol": m.group("symbol")})
    if m.group("author"):
        f.fields["author"] = m.group("author")
    if m.group("date"):       # a month written out is this form's own, not a slip from T12
        f.fields["date"] = iso_date(m.group("date"))[0]
    return f


READERS = (read_oscola_back, read_second_rules, read_rules, read_oscola_tribunal, read_tribunal_house, read_roman_decision, read_icj_reports,
           read_un_document, read_oscola_article, read_oscola_online, read_oscola_book, read_treaty_named, read_treaty_initials, read_draft_resolution, read_au_decision)
