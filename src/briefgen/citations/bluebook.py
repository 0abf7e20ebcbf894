"""Bluebook citation forms as styled runs.

Every function returns a list of ``(text, style)`` runs, style ``""`` (roman),
``"i"`` (italic) or ``"sc"`` (small caps), so all writers print the same thing:

>>> runs_text(full(Authority('ford', 'case', {'name': 'Ford v. Wainwright', 'volume': '477',
...     'reporter': 'U.S.', 'page': '399', 'court': 'U.S.', 'date': '1986'}), Locator('page', '410')))
'*Ford v. Wainwright*, 477 U.S. 399, 410 (1986)'

The practitioner's typeface (Bluepages) is the default; ``law-review`` sets books,
reports and periodicals in small caps and case names roman in citation sentences.
"""
from __future__ import annotations

import re

from briefgen.authorities.model import Authority
from briefgen.citations.courts import court_parenthetical
from briefgen.citations.dates import format_date, year_of
from briefgen.document import Locator

Run = tuple[str, str]
MARK = "mark"  # a run that prints nothing: (key, "mark") marks a citation for the table of authorities

# kinds that take supra (R4.2(a): never cases, statutes, constitutions, regulations, most legislative materials)
SUPRA_KINDS = {"book", "report", "article", "news", "web", "letter", "un-document", "treaty"}
# role -> style, by typeface
TYPEFACES = {
    "practitioner": {"case": "i", "title": "i", "book": "i", "bookauthor": "", "periodical": "", "news": "",
                     "signal": "i"},
    "law-review": {"case": "", "title": "i", "book": "sc", "bookauthor": "sc", "periodical": "sc", "news": "sc",
                   "signal": "i"},
}

_INSTITUTION_WORDS = re.compile(
    r"\b(Off\.|Dep[’']t|Ass[’']n|Inst\.|Comm[’']n|Council|Org\.|Int[’']l|Initiative|Service|Comm\.|Bureau|"
    r"Agency|Ctr\.|Center|Found\.|Soc[’']y|Univ\.|Nations|Gov[’']t|Admin\.|Div\.|Reporter|Office|Court|Amnesty|"
    r"Watch|Crime|Group|Comisi[oó]n|Secretar[ií]a|Committee|Sec[’']y|Rapporteur|Commission|Program)", re.I)


class Style:
    """Which typeface and mode a brief uses: ``Style('practitioner', notes=True)``."""

    def __init__(self, typeface: str = "practitioner", notes: bool = True, csl=None):
        self.typeface = typeface if typeface in TYPEFACES else "practitioner"
        self.notes = notes
        self.faces = TYPEFACES[self.typeface]
        self.csl = csl  # a CslFormatter when the brief chose a CSL style instead of the Bluebook

    def run(self, text: str, role: str) -> Run:
        return (text, self.faces.get(role, ""))


DEFAULT = Style()


def runs_text(runs: list[Run]) -> str:
    """Runs as Markdown-ish text (``*italic*``), for doctests and messages."""
    out = []
    for text, style in merge(runs):
        if style == MARK:
            continue
        if style == "i" and text.strip():
            text = f"*{text}*"
        elif style == "sc":
            text = f"[{text}]{{.smallcaps}}"
        out.append(text)
    return "".join(out)


def emphasis_runs(text: str) -> list[Run]:
    """User text with ``*italics*`` (parentheticals, history) -> roman and italic runs."""
    runs, pos = [], 0
    for m in re.finditer(r"(?<![\\\w])([*_])(?=\S)(.+?)(?<=\S)\1(?!\w)", text):
        runs.append((text[pos:m.start()], ""))
        runs.append((m.group(2), "i"))
        pos = m.end()
    runs.append((text[pos:], ""))
    return runs


def smart_quotes(text: str) -> str:
    """Straight quotes typed in a parenthetical become curly, as the module text's do."""
    text = re.sub(r'(^|[\s(\[—–-])"', "\\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[—–-])'", "\\1‘", text)
    return text.replace("'", "’")


def merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of one style; drop empty ones."""
    out: list[Run] = []
    for text, style in runs:
        if not text:
            continue
        if style == MARK:
            out.append((text, style))
        elif style and len(out) >= 2 and out[-1][1] == "" and not out[-1][0].strip() and out[-2][1] == style:
            space = out.pop()[0]  # *See* *id.* -> *See id.*: one italic run across the space
            out[-1] = (out[-1][0] + space + text, style)
        elif out and out[-1][1] == style:
            out[-1] = (out[-1][0] + text, style)
        else:
            out.append((text, style))
    return out


def plain(runs: list[Run]) -> str:
    return "".join(t for t, s in runs if s != MARK)


# ---------------------------------------------------------------- names, numbers, pins


def person_name(name) -> str:
    if isinstance(name, dict):
        return " ".join(p for p in (name.get("given"), name.get("family")) if p)
    return str(name)


def family_name(name) -> str:
    if isinstance(name, dict):
        return name.get("family") or person_name(name)
    text = str(name)
    words = text.split()
    if _INSTITUTION_WORDS.search(text) or "," in text or not 2 <= len(words) <= 4 or "(" in text:
        return text
    return words[-1]


def author_list(names, short: bool = False) -> str:
    """``['A', 'B']`` -> ``A & B``; three or more -> ``A et al.`` (R15.1)."""
    if not names:
        return ""
    if isinstance(names, (str, dict)):
        names = [names]
    fmt = family_name if short else person_name
    if len(names) == 1:
        return fmt(names[0])
    if len(names) == 2:
        return f"{fmt(names[0])} & {fmt(names[1])}"
    return f"{fmt(names[0])} et al."


def ordinal(n) -> str:
    """Bluebook ordinals: 2d, 3d, 4th, 21st, 102d, 111th."""
    n = int(n)
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "d", 3: "d"}.get(n % 10, "th")
    return f"{n}{suffix}"


def edition_text(edition) -> str:
    text = str(edition).strip()
    return f"{ordinal(text)} ed." if text.isdigit() else text


def pin_at(loc: Locator | None) -> str:
    """A pin for a short form: ``at 19``, ``§ 7``, ``¶ 12``, ``art. 7(1)``."""
    return loc.at() if loc else ""


def _ends_with_digit(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:].isdigit()


def _date(auth: Authority, full_when_known: bool = True) -> str:
    value = auth.get("date") or auth.get("year")
    if not value:
        return ""
    try:
        return format_date(value, 3 if full_when_known else 1)
    except ValueError:
        return str(value)


def _section_pin(loc: Locator | None, default: str) -> str:
    """``§ 2778(b)`` from a section locator, or from the record's own section."""
    if loc and loc.label in ("section", "page", "other"):
        if loc.label == "other" and not re.match(r"^[\dA-Za-z]", loc.text):
            return loc.text
        sym = "§§" if loc.plural or re.search(r"\d\s*[-–]\s*\d|,", loc.text) else "§"
        return f"{sym} {loc.text}"
    if loc and loc.label in ("part", "paragraph", "article", "note"):
        return loc.labelled()
    return f"§ {default}" if default else ""


# ---------------------------------------------------------------- full forms by kind


def _case(a: Authority, loc: Locator | None, st: Style, suppress: bool) -> list[Run]:
    runs: list[Run] = [] if suppress else [st.run(a.get("name", ""), "case"), (", ", "")]
    reporter, number, database = a.get("reporter", ""), a.get("number", ""), a.get("database", "")
    page_pin = (", " + loc.labelled()) if loc else ""
    if a.get("series"):  # international tribunals: Inter-Am. Ct. H.R. (ser. C) No. 371
        decision = f"{a.get('decision')}, " if a.get("decision") else ""
        runs.append((f"{decision}{a.get('court', '')} {a.get('series')}{page_pin} ({_date(a)})", ""))
        return runs
    body = []
    if a.get("docket"):
        body.append(a.get("docket"))
    if database:
        body.append(database + ((", at " + loc.text) if loc and loc.label == "page" else
                                (", " + loc.labelled()) if loc else ""))
    elif reporter:
        cite = f"{a.get('volume', '')} {reporter}".strip()
        if a.get("page"):
            cite += f" {a.get('page')}"
        elif number:
            cite += f" No. {number}"
        body.append(cite + page_pin)
    elif number:
        body.append(str(number) + page_pin)
    for parallel in a.get("parallel") or []:
        body.append(str(parallel))
    precise = not a.get("page") or bool(database)
    court = court_parenthetical(a.get("court", ""), reporter, number if not reporter else "")
    paren = " ".join(p for p in (court, _date(a, full_when_known=precise)) if p)
    runs.append((", ".join(body) + (f" ({paren})" if paren else ""), ""))
    if a.get("history"):
        runs += [(", ", "")] + emphasis_runs(a.get("history"))
    return runs


def _statute(a: Authority, loc: Locator | None, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else a.get("name", "")
    lead = f"{name}, " if name else ""
    if a.get("public_law"):
        text = f"{lead}Pub. L. No. {a.get('public_law')}, {a.get('volume', '')} {a.get('reporter', 'Stat.')} " \
               f"{a.get('page', '')}"
        if loc:
            text += ", " + loc.labelled()
        year = str(a.get("year") or "")
        if year and year[:4] not in name and not short:
            text += f" ({year_of(year)})"
        return [(text, "")]
    code = " ".join(str(p) for p in (a.get("title"), a.get("code")) if p)
    text = f"{lead}{code} {_section_pin(loc, a.get('section', ''))}".rstrip()
    paren = " ".join(str(p) for p in (a.get("publisher"), a.get("supplement"),
                                      year_of(a.get("year")) if a.get("year") else "") if p)
    if paren and not short:
        text += f" ({paren})"
    return [(text, "")]


def _regulation(a: Authority, loc: Locator | None, st: Style, short: bool = False) -> list[Run]:
    name = "" if short else a.get("name", "")
    lead = f"{name}, " if name else ""
    if a.get("code") == "Fed. Reg.":
        if short and loc and loc.label == "page":  # R14.5: 85 Fed. Reg. at 67,455
            return [(f"{a.get('volume', '')} Fed. Reg. at {loc.text}", "")]
        text = f"{lead}{a.get('volume', '')} Fed. Reg. {a.get('page', '')}"
        if loc:
            text += ", " + loc.labelled()
        if not short:
            text += f" ({_date(a)})"
            if a.get("codified"):
                text += f" ({a.get('codified')})"
        return [(text, "")]
    if loc:
        pin = _section_pin(loc, "")
    elif a.get("part"):
        pin = f"pt. {a.get('part')}"
    else:
        pin = _section_pin(None, a.get("section", ""))
    text = f"{lead}{a.get('title', '')} {a.get('code')} {pin}".replace("  ", " ").rstrip()
    if not short and (a.get("year") or a.get("date")):
        text += f" ({year_of(a.get('year') or a.get('date'))})"
    return [(text, "")]


def _constitution(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    text = a.get("name") + (f" {loc.labelled()}" if loc else "")
    if a.get("year"):
        text += f" ({a.get('year')})"
    return [(text, "")]


def _treaty(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    sources = list(a.get("sources") or [])
    if isinstance(sources, str):
        sources = [sources]
    head = a.get("name")
    article = loc and loc.label != "page"
    if a.get("parties"):
        head += f", {a.get('parties')},"
        if article:
            head += f" {loc.labelled()},"
    elif article:
        head += f" {loc.labelled()},"
    else:
        head += ","
    if loc and loc.label == "page" and sources:
        sources[0] += f", {loc.text}"
    tail = ", ".join([_date(a)] + sources)
    return [(f"{head} {tail}", "")]


def _un_document(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    author = a.get("author") or a.get("body")
    if author:
        runs.append((f"{author}, ", ""))
    if a.get("title"):
        runs += [st.run(a.get("title"), "title"), (", ", "")]
    if loc:
        runs.append((f"{pin_at(loc)}, ", ""))
    runs.append((f"U.N. Doc. {a.get('symbol')}", ""))
    if a.get("date") or a.get("year"):
        runs.append((f" ({_date(a)})", ""))
    return runs


def _legislative(a: Authority, loc: Locator | None, st: Style, short: bool = False) -> list[Run]:
    kind = a.get("type")
    year = "" if short or not (a.get("year") or a.get("date")) else f" ({year_of(a.get('year') or a.get('date'))})"
    congress = f"{ordinal(a.get('congress'))} Cong." if a.get("congress") else ""
    if kind == "report" or (kind == "document" and a.get("number")):
        text = a.get("number") or a.get("title")
        if congress and not re.search(r"\d+-\d+", str(text)):
            text += f", {congress}"
        return [(f"{text}{', ' + pin_at(loc) if loc else ''}{year}", "")]
    if kind == "hearing":
        pin = f" {loc.labelled()}" if loc else ""
        return [st.run(a.get("title", ""), "title"), (f", {congress}{pin}{year}", "")]
    parts = [p for p in (a.get("title"), a.get("number"), congress) if p]
    pin = ""
    if loc:
        pin = " " + (_section_pin(loc, "") if loc.label in ("section", "page", "other") else loc.labelled())
    return [(", ".join(parts) + pin + year, "")]


def _page_pin_after_title(title: str, loc: Locator | None) -> str:
    """A pin after a title: `` 32``, or ``, at 12`` when the title ends in a numeral (R3.2(a))."""
    if not loc:
        return ""
    if loc.label == "page":
        return f", at {loc.text}" if _ends_with_digit(title) else f" {loc.text}"
    return f" {loc.labelled()}"


def _book(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    if a.get("volume"):
        runs.append((f"{a.get('volume')} ", ""))
    authors = author_list(a.get("authors"))
    if authors:
        runs += [st.run(authors, "bookauthor"), (", ", "")]
    title = a.get("title")
    if a.get("in"):
        runs += [st.run(title, "title"), (", in ", ""), st.run(a.get("in"), "book")]
        host, editors = a.get("in"), a.get("in_editors")
    else:
        runs.append(st.run(title, "book"))
        host, editors = title, a.get("editors")
    runs.append((_page_pin_after_title(host, loc), ""))
    first = []
    if editors:
        n = 1 if isinstance(editors, (str, dict)) else len(editors)
        first.append(f"{author_list(editors)} {'eds.' if n > 1 or ' et al.' in author_list(editors) else 'ed.'}")
    if a.get("translators"):
        first.append(f"{author_list(a.get('translators'))} trans.")
    second = " ".join(str(p) for p in (edition_text(a.get("edition")) if a.get("edition") else "",
                                       a.get("publisher"), year_of(a.get("year")) if a.get("year") else "") if p)
    paren = ", ".join(first + ([second] if second else []))
    if paren:
        runs.append((f" ({paren})", ""))
    if a.get("original_year"):
        runs.append((f" ({year_of(a.get('original_year'))})", ""))
    return runs


def _report(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    author = a.get("author") or author_list(a.get("authors"))
    if isinstance(author, list):
        author = author_list(author)
    if author:
        runs += [st.run(author, "bookauthor"), (", ", "")]
    if a.get("number"):
        runs.append((f"{a.get('number')}, ", ""))
    title = a.get("title")
    runs.append(st.run(title, "book"))
    runs.append((_page_pin_after_title(title, loc), ""))
    date = _date(a)
    if date:
        runs.append((f" ({date})", ""))
    return runs


def _article(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    authors = author_list(a.get("authors"))
    if authors:
        runs.append((f"{authors}, ", ""))
    if a.get("genre"):
        runs.append((f"{a.get('genre')}, ", ""))
    runs += [st.run(a.get("title"), "title"), (", ", "")]
    if a.get("volume"):
        runs.append((f"{a.get('volume')} ", ""))
    runs.append(st.run(a.get("journal"), "periodical"))
    tail = f" {a.get('page')}" if a.get("page") else ""
    if loc:
        tail += (", " if a.get("page") else " ") + loc.labelled()
    year = a.get("year") or a.get("date")
    runs.append((tail + (f" ({year_of(year)})" if year else ""), ""))
    return runs


def _news(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    authors = author_list(a.get("authors"))
    if authors:
        runs.append((f"{authors}, ", ""))
    if a.get("genre"):
        runs.append((f"{a.get('genre')}, ", ""))
    runs += [st.run(a.get("title"), "title"), (", ", ""), st.run(a.get("publication"), "news")]
    date = _date(a)
    if a.get("page"):
        page = f"at {a.get('page')}" + (f", {loc.text}" if loc and loc.text != a.get("page") else "")
        runs.append((f", {date}, {page}" if date else f", {page}", ""))
    elif a.get("url"):
        when = ", ".join(p for p in (date, a.get("time")) if p)
        runs.append((f" ({when})" if when else "", ""))
        if loc:
            runs.append((f", {pin_at(loc)}", ""))
    else:
        runs.append((f", {date}" if date else "", ""))
        if loc:
            runs.append((f", {pin_at(loc)}", ""))
    return runs


def _web(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = []
    authors = author_list(a.get("authors") or a.get("author"))
    if authors:
        runs.append((f"{authors}, ", ""))
    if a.get("title"):
        runs += [st.run(a.get("title"), "title"), (", " if a.get("site") else "", "")]
    if a.get("site"):
        runs.append((a.get("site"), ""))
    when = ", ".join(p for p in (_date(a), a.get("time")) if p)
    if when:
        runs.append((f" ({when})", ""))
    if loc:
        runs.append((f", {pin_at(loc)}", ""))
    return runs


def _letter(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    pin = f" {loc.labelled()}" if loc else ""
    date = _date(a)
    if a.get("recipient"):
        comma = "," if "," in a.get("author") else ""  # R17.1.1: a title after the name takes a comma
        text = f"Letter from {a.get('author')}{comma} to {a.get('recipient')}{pin}"
        if date:
            text += f" ({date})"
    else:
        parts = [p for p in (a.get("author"), a.get("title"), a.get("genre"), a.get("database")) if p]
        text = ", ".join(parts) + pin + (f" ({date})" if date else "")
    if a.get("on_file"):
        text += f" ({a.get('on_file')})"
    return [(text, "")]


def _foreign(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    runs: list[Run] = [(f"{a.get('court')}, ", "")]
    if a.get("name"):
        runs.append(st.run(a.get("name"), "case"))
        if a.get("number"):
            runs.append((f", {a.get('number')}", ""))
    else:
        runs.append((str(a.get("number")), ""))
    tail = ""
    if a.get("reporter"):
        tail += f", {a.get('reporter')}"
    if loc:
        tail += f", {loc.at()}"
    if a.get("date") or a.get("year"):
        tail += f", {_date(a)}"
    if a.get("country"):
        tail += f" ({a.get('country')})"
    if a.get("translation"):
        tail += f" ({a.get('translation')})"
    runs.append((tail, ""))
    return runs


def _filing(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    pin = f" {loc.labelled()}" if loc else ""
    runs: list[Run] = [(f"{a.get('title')}{pin}, ", ""), st.run(a.get("case"), "case")]
    tail = f", {a.get('docket')}" if a.get("docket") else ""
    paren = " ".join(p for p in (a.get("court", ""), _date(a)) if p)
    if paren:
        tail += f" ({paren})"
    if a.get("ecf"):
        tail += f", ECF No. {a.get('ecf')}"
    runs.append((tail, ""))
    return runs


URL_KINDS = {"report", "article", "news", "web", "letter", "un-document", "book"}


def full(a: Authority, loc: Locator | None = None, st: Style = DEFAULT, suppress_author: bool = False) -> list[Run]:
    """The full citation, without signal, hereinafter or explanatory parentheticals."""
    k = a.kind
    if k == "case":
        runs = _case(a, loc, st, suppress_author)
    elif k == "statute":
        runs = _statute(a, loc, st)
    elif k == "regulation":
        runs = _regulation(a, loc, st)
    elif k == "constitution":
        runs = _constitution(a, loc, st)
    elif k == "treaty":
        runs = _treaty(a, loc, st)
    elif k == "un-document":
        runs = _un_document(a, loc, st)
    elif k == "legislative":
        runs = _legislative(a, loc, st)
    elif k == "book":
        runs = _book(a, loc, st)
    elif k == "report":
        runs = _report(a, loc, st)
    elif k == "article":
        runs = _article(a, loc, st)
    elif k == "news":
        runs = _news(a, loc, st)
    elif k == "web":
        runs = _web(a, loc, st)
    elif k == "letter":
        runs = _letter(a, loc, st)
    elif k == "foreign-decision":
        runs = _foreign(a, loc, st)
    else:
        runs = _filing(a, loc, st)
    if k in URL_KINDS and a.get("url"):
        runs.append((f", {a.get('url')}", ""))
        if k == "web" and a.get("accessed") and not a.get("date"):
            runs.append((f" (last visited {format_date(a.get('accessed'))})", ""))
    return merge(runs)


def hereinafter(a: Authority, st: Style) -> list[Run]:
    """`` [hereinafter *GAO Report*]`` when the record names one (R4.2(b))."""
    name = a.get("hereinafter")
    if not name:
        return []
    return [(" [", ""), ("hereinafter", "i"), (" ", ""), short_name_run(a, st, name), ("]", "")]


# ---------------------------------------------------------------- short forms


def case_short_name(a: Authority) -> str:
    """R10.9: the first party's name, or the second when the first is a government."""
    if a.get("short"):
        return a.get("short")
    name = a.get("name", "")
    parties = re.split(r"\s+v\.\s+", name)
    first = parties[0]
    government = re.match(r"^(United States|United Mexican States|Estados Unidos Mexicanos|State|People|"
                          r"Commonwealth|Territory|Republic|Kingdom|District of Columbia|City|County|Commissioner|"
                          r"Secretary|Attorney General|Director|Sec’y|Att’y Gen\.|Comm’r)\b", first)
    chosen = parties[1] if government and len(parties) > 1 else first
    chosen = re.split(r",\s*(Inc|LLC|Co|Corp|Ltd)\b", chosen)[0]
    chosen = re.sub(r"^(In re|Ex parte)\s+", "", chosen)
    return chosen.strip()


def short_name_run(a: Authority, st: Style, text: str | None = None) -> Run:
    role = {"book": "book", "report": "book", "article": "title", "news": "title", "web": "title",
            "un-document": "title", "case": "case", "foreign-decision": "case", "court-filing": ""}.get(a.kind, "")
    return st.run(text or a.get("hereinafter") or a.get("short"), role)


def supra_name(a: Authority, st: Style) -> list[Run]:
    """The name before *supra*: hereinafter, short, authors' last names, or the title."""
    if a.get("hereinafter") or a.get("short"):
        return [short_name_run(a, st)]
    if a.kind == "letter" and a.get("recipient"):
        return [(f"Letter from {family_name(a.get('author').split(',')[0])} to "
                 f"{a.get('recipient').split(',')[0]}", "")]
    authors = a.get("authors") or a.get("author")
    if authors:
        role = "bookauthor" if a.kind in ("book", "report") else ""
        return [st.run(author_list(authors, short=True), role)]
    if a.get("title"):
        return [short_name_run(a, st, a.get("title"))]
    return [(a.get("site") or a.get("name") or a.id, "")]


def supra(a: Authority, loc: Locator | None, note: int | None, st: Style) -> list[Run]:
    """``Vats, *supra* note 5, at 100``; in court documents ``Skinner, *supra*, at 21``."""
    runs = supra_name(a, st) + [(", ", ""), ("supra", "i")]
    if note:
        runs.append((f" note {note}", ""))
    if loc:
        runs.append((f", {pin_at(loc)}", ""))
    return merge(runs)


def short(a: Authority, loc: Locator | None, st: Style) -> list[Run]:
    """Short forms for kinds that never take supra: ``*Raich*, 545 U.S. at 8``; ``18 U.S.C. § 1030``."""
    k = a.kind
    if k == "case":
        name = st.run(case_short_name(a), "case")
        if a.get("series"):
            rest = f"{a.get('court', '')} {a.get('series')}" + (f", {loc.labelled()}" if loc else "")
        elif a.get("database"):
            rest = a.get("database") + (f", {pin_at(loc)}" if loc else "")
        elif a.get("reporter") and a.get("page"):
            head = f"{a.get('volume', '')} {a.get('reporter')}".strip()
            if loc and loc.label == "page":
                rest = f"{head} at {loc.text}"
            elif loc:
                rest = f"{head} {a.get('page')}, {loc.labelled()}"
            else:
                rest = f"{head} {a.get('page')}"
        elif a.get("reporter"):
            rest = f"{a.get('volume', '')} {a.get('reporter')} No. {a.get('number')}" + (
                f", {pin_at(loc)}" if loc else "")
        else:
            rest = str(a.get("number", "")) + (f", {loc.at()}"
                                               if loc else "")
        return merge([name, (f", {rest}", "")])
    if k == "foreign-decision":
        name = a.get("short") or a.get("name") or a.get("number")
        return merge([st.run(name, "case"), (f", {pin_at(loc)}" if loc else "", "")])
    if k == "statute":
        return _statute(a, loc, st, short=True)
    if k == "regulation":
        return _regulation(a, loc, st, short=True)
    if k == "legislative":
        return _legislative(a, loc, st, short=True)
    if k == "court-filing":
        name = a.get("short") or a.get("title")
        return [(name + (f" {loc.labelled()}" if loc else ""), "")]
    return full(a, loc, st)


def ibid(loc: Locator | None, capital: bool) -> list[Run]:
    """``*Id.* at 22``, ``*Id.* § 7102(26)``, ``*id.* ¶ 18``."""
    runs: list[Run] = [("Id." if capital else "id.", "i")]
    if loc:
        runs.append((f" {pin_at(loc)}", ""))
    return runs

