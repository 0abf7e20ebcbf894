"""Secondary sources: books and chapters (R15), reports (R15, T2), articles (R16), news (R16.6),
web pages (R18) and letters (R17) — each kind's fields and forms. All take *supra*.

>>> from briefgen.authorities.typeface import runs_text, DEFAULT
>>> runs_text(BOOK.full({'authors': ['Anjali Vats'], 'title': 'The Color of Creatorship', 'year': 2020},
...                     None, DEFAULT))
'Anjali Vats, *The Color of Creatorship* (2020)'
"""
from __future__ import annotations

from briefgen.dates import format_date
from briefgen.authorities.parts import (as_list, author_list, edition_text, family_name, person_name, pin_after_title,
                                      pin_at, text, when)
from briefgen.authorities.rules import Field, Kind
from briefgen.authorities.typeface import Run, Style

NAMES_DOC = "a list of names; a name may be {given: Gabriel, family: García Márquez}"
ON_FILE_DOC = "who holds an unpublished copy, printed (on file with …) (R17.1): the Human Rights Clinic"
SECONDARY_PINS = frozenset({"page", "note", "paragraph", "section", "part", "other"})


def _url(a, runs: list[Run]) -> list[Run]:
    """R18.2: the address after the citation, and its archived copy in brackets (R18.2.1(d))."""
    if a.get("url"):
        runs.append((f", {text(a.get('url'))}", ""))
        if a.get("archived"):
            runs.append((f" [{text(a.get('archived'))}]", ""))
    return runs


def _named(authors, title, author_role: str = "", title_role: str = "title") -> tuple[str, str]:
    """R4.2(a), R15.8: the authors' surnames (an institutional author whole), else the title; with the
    typeface role each has in the full citation."""
    if authors:
        return author_list(authors, short=True), author_role
    return text(title), title_role

# ---------------------------------------------------------------- books and chapters (R15)


def _editors(editors) -> str:
    names = author_list(editors)
    return f"{names} {'eds.' if len(as_list(editors)) > 1 or ' et al.' in names else 'ed.'}"


def _book_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [(f"{text(a.get('volume'))} ", "")] if a.get("volume") else []
    authors = author_list(a.get("authors"))
    if authors:
        runs += [st.run(authors, "bookauthor"), (", ", "")]
    title = text(a.get("title"))
    if a.get("in"):  # R15.5.1: a chapter, in the book that holds it, at its first page
        host, editors = text(a.get("in")), a.get("in_editors")
        runs += [st.run(title, "title"), (", ", ""), ("in", ""), (" ", ""), st.run(host, "book")]
        first = text(a.get("page"))
        if first:
            runs.append((f", at {first}" if host.rstrip()[-1:].isdigit() else f" {first}", ""))
            runs.append((f", {loc.text}" if loc and loc.label == "page" else (f" {loc.labelled()}" if loc else ""), ""))
        else:
            runs.append((pin_after_title(host, loc), ""))
    else:
        runs.append(st.run(title, "book"))
        editors = a.get("editors")
        runs.append((pin_after_title(title, loc), ""))
    first = [_editors(editors)] if editors else []
    if a.get("translators"):
        first.append(f"{author_list(a.get('translators'))} trans.")
    second = " ".join(p for p in (edition_text(a.get("edition")) if a.get("edition") else "", text(a.get("publisher")),
                                  when(a, "year", 1)) if p)
    paren = ", ".join(first + ([second] if second else []))
    if paren:
        runs.append((f" ({paren})", ""))
    if a.get("original_year"):
        runs.append((f" ({when(a, 'original_year', 1)})", ""))
    return _url(a, runs)


BOOK = Kind(
    name="book", rule="R15", doc="books, edited volumes and chapters in them",
    fields=(Field("title", required=True, doc="in italics"), Field("authors", "names", doc=NAMES_DOC),
            Field("editors", "names"), Field("translators", "names"), Field("edition", doc="12 prints 12th ed."),
            Field("publisher", doc="printed only when given (R15.4)"), Field("year", "date"),
            Field("original_year", "date", doc="the year of first publication"),
            Field("volume", doc="a multivolume work's volume"),
            Field("in", doc="for a chapter: the book that holds it"), Field("in_editors", "names"),
            Field("page", doc="for a chapter: its first page in the book", needs=("in",))),
    full=_book_full, derived=lambda a: _named(a.get("authors"), a.get("title"), "bookauthor", "book"),
    supra=True, name_role="book", pins=SECONDARY_PINS,
    csl_type="book")

# ---------------------------------------------------------------- reports (R15, T2)


def _report_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = []
    for author in ((a.get("authors"), a.get("author")) if a.get("authors") else (a.get("author"),)):
        if author:   # R15.1: the people who wrote it, then the institution they wrote it for
            runs += [st.run(author_list(author), "bookauthor"), (", ", "")]
    if a.get("number"):
        runs.append((f"{text(a.get('number'))}, ", ""))
    title = text(a.get("title"))
    runs += [st.run(title, "book"), (pin_after_title(title, loc), "")]
    date = when(a)
    if date:
        runs.append((f" ({date})", ""))
    return _url(a, runs)


REPORT = Kind(
    name="report", rule="R15.1.3, T2", doc="reports of government agencies, NGOs and research bodies",
    fields=(Field("title", required=True, doc="in italics"),
            Field("author", "names", doc="an institution as T6 abbreviates it, or a person"),
            Field("authors", "names", doc=NAMES_DOC + "; with author, the people who wrote it for that institution "
                                                      "(Kevin J. Hickey, Cong. Rsch. Serv., R45323, …)"),
            Field("number", doc="GAO-09-709, printed before the title"),
            Field("date", "date"), Field("year", "date")),
    full=_report_full, derived=lambda a: _named(a.get("authors") or a.get("author"), a.get("title"), "bookauthor",
                                                "book"),
    supra=True, name_role="book", pins=SECONDARY_PINS,
    csl_type="report")

# ---------------------------------------------------------------- articles (R16)


def _byline(a) -> list[Run]:
    """``Charlie Savage, `` and a genre (``Note, ``, ``Opinion, ``) before a periodical piece's title."""
    runs: list[Run] = []
    authors = author_list(a.get("authors"))
    if authors:
        runs.append((f"{authors}, ", ""))
    if a.get("genre"):
        runs.append((f"{text(a.get('genre'))}, ", ""))
    return runs


def _article_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs = _byline(a)
    runs += [st.run(text(a.get("title")), "title"), (", ", "")]
    if a.get("volume"):
        runs.append((f"{text(a.get('volume'))} ", ""))
    runs.append(st.run(text(a.get("journal")), "periodical"))
    tail = f" {text(a.get('page'))}" if a.get("page") else ""
    if loc:
        tail += (", " if a.get("page") else " ") + loc.labelled()
    yr = when(a, "year", 1) or when(a, "date", 1)
    runs.append((tail + (f" ({yr})" if yr else ""), ""))
    return _url(a, runs)


ARTICLE = Kind(
    name="article", rule="R16", doc="articles in law reviews and other journals",
    fields=(Field("title", required=True), Field("journal", required=True, doc="as T13 abbreviates it"),
            Field("authors", "names", doc=NAMES_DOC), Field("volume"), Field("page", doc="the first page"),
            Field("year", "date"), Field("date", "date"), Field("genre", doc="Note, Comment (R16.7.1)")),
    full=_article_full, derived=lambda a: _named(a.get("authors"), a.get("title")), supra=True, name_role="title", pins=SECONDARY_PINS, csl_type="article-journal")

# ---------------------------------------------------------------- news (R16.6) and web pages (R18)


def _news_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs = _byline(a)
    runs += [st.run(text(a.get("title")), "title"), (", ", ""), st.run(text(a.get("publication")), "news")]
    date = text(a.get("issue")) or when(a)
    if a.get("page"):
        page = f"at {text(a.get('page'))}" + (f", {loc.text}" if loc and loc.text != text(a.get("page")) else "")
        runs.append((f", {date}, {page}" if date else f", {page}", ""))
    elif a.get("url"):
        stamp = ", ".join(p for p in (date, text(a.get("time"))) if p)
        runs.append((f" ({stamp})" if stamp else "", ""))
        runs.append((f", {pin_at(loc)}" if loc else "", ""))
    else:
        runs.append((f", {date}" if date else "", ""))
        runs.append((f", {pin_at(loc)}" if loc else "", ""))
    return _url(a, runs)


NEWS = Kind(
    name="news", rule="R16.6, R18.2.2", doc="newspapers and magazines, in print or online",
    fields=(Field("title", required=True), Field("publication", required=True, doc="as T13 abbreviates it"),
            Field("authors", "names", doc=NAMES_DOC), Field("date", "date"),
            Field("issue", doc="the issue's date as printed: Jan./Feb. 2009"),
            Field("page", doc="the first page in print: A6"), Field("genre", doc="Editorial, Op-Ed"),
            Field("time", doc="the time an online story was posted")),
    full=_news_full, derived=lambda a: _named(a.get("authors"), a.get("title")), supra=True, name_role="title", pins=SECONDARY_PINS, csl_type="article-newspaper")


def _web_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = []
    authors = author_list(a.get("authors") or a.get("author"))
    if authors:
        runs.append((f"{authors}, ", ""))
    if a.get("title"):
        runs += [st.run(text(a.get("title")), "title"), (", " if a.get("site") else "", "")]
    if a.get("site"):
        runs.append((text(a.get("site")), ""))
    stamp = ", ".join(p for p in (when(a), text(a.get("time"))) if p)
    if stamp:
        runs.append((f" ({stamp})", ""))
    if loc:
        runs.append((f", {pin_at(loc)}", ""))
    if runs or not a.get("url"):
        _url(a, runs)
    else:                                   # a page known by its address alone
        runs.append((text(a.get("url")), ""))
    if a.get("accessed") and not a.get("date"):
        runs.append((f" (last visited {format_date(a.get('accessed'))})", ""))
    return runs


WEB = Kind(
    name="web", rule="R18.2", doc="web pages and posts",
    fields=(Field("title", doc="the page's title, in italics"), Field("site", doc="the site's name"),
            Field("authors", "names", doc=NAMES_DOC), Field("author", "names"), Field("date", "date"),
            Field("time", doc="12:27 PM")),
    one_of=("title|site|url",), full=_web_full,
    derived=lambda a: _named(a.get("authors") or a.get("author"), a.get("title")) if a.get("title") or
    a.get("authors") or a.get("author") else (text(a.get("site") or a.get("url")), ""),
    supra=True, name_role="title", pins=SECONDARY_PINS, csl_type="webpage")

# ---------------------------------------------------------------- letters (R17.1.1)


def _writer(a) -> str:
    """The writer, with the title after the name: ``John R. Bolton, Under Sec’y of State``."""
    author = person_name(a.get("author")) if a.get("author") else ""
    return ", ".join(p for p in (author, text(a.get("author_position"))) if p)


def on_file(a) -> str:
    """R17.1: where an unpublished source can be found: `` (on file with the Human Rights Clinic)``; a record
    may write the whole phrase or only the holder."""
    value = text(a.get("on_file"))
    if not value:
        return ""
    return f" ({value if value.lower().startswith(('on file', 'available')) else 'on file with ' + value})"


FORMS = {"letter": "Letter", "memorandum": "Memorandum", "email": "Email"}


def _letter_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    pin = f" {loc.labelled()}" if loc else ""
    date = when(a)
    if a.get("recipient"):
        writer = _writer(a)
        comma = "," if "," in writer else ""  # R17.1.1: a title after the name takes a comma
        form = FORMS[text(a.get("form")) or "letter"]
        out = f"{form} from {writer}{comma} to {person_name(a.get('recipient'))}{pin}" + (f" ({date})" if date else "")
    else:
        parts = [p for p in (_writer(a), text(a.get("title")), text(a.get("genre")), text(a.get("database"))) if p]
        out = ", ".join(parts) + pin + (f" ({date})" if date else "")
    return _url(a, [(out + on_file(a), "")])


def _surname(writer) -> str:
    """``John Kerry, Sec’y of State`` -> ``Kerry``; an institution stays whole."""
    return family_name(writer) if isinstance(writer, dict) else family_name(text(writer).split(",")[0])


def _letter_derived(a) -> tuple[str, str]:
    """``Letter from Frifield to Sen. Patrick J. Leahy``; an agency letter by its writer and title."""
    if a.get("recipient"):
        form = FORMS[text(a.get("form")) or "letter"]
        return f"{form} from {_surname(a.get('author'))} to {person_name(a.get('recipient')).split(',')[0]}", ""
    return ", ".join(p for p in (_writer(a), text(a.get("title"))) if p), ""


LETTER = Kind(
    name="letter", rule="R17.1.1, T2", doc="letters and memoranda; agency opinion and no-action letters",
    fields=(Field("author", "names", doc="the writer; or, for an agency letter, the agency"),
            Field("author_position", doc="the writer's title, printed after the name"),
            Field("title", doc="an agency letter's title: Opinion Letter FLSA2021-2"),
            Field("recipient", "names", doc="the addressee"), Field("date", "date"),
            Field("genre", doc="SEC No-Action Letter"), Field("database", doc="2010 WL 4472794"),
            Field("form", "choice", choices=tuple(FORMS), doc="letter (the default), memorandum or email: the word "
                                                               "before from (R17.1.1, R18.2.9)"),
            Field("on_file", doc=ON_FILE_DOC)),
    one_of=("author|title",), full=_letter_full, derived=_letter_derived, supra=True, name_role="",
    pins=SECONDARY_PINS, csl_type="personal_communication")

# ---------------------------------------------------------------- speeches (R17.4)


def _speech_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    runs: list[Run] = [(f"{text(a.get('recording'))} of ", "")] if a.get("recording") else []
    runs.append((f"{_writer(a)}, ", ""))
    if a.get("title"):
        runs += [st.run(text(a.get("title")), "title"), (", ", "")]
    runs.append((text(a.get("event")) + (f" {loc.at()}" if loc else ""),
                 ""))
    stamp = ", ".join(p for p in (text(a.get("place")), when(a)) if p)
    if stamp:
        runs.append((f" ({stamp})", ""))
    runs.append((on_file(a), ""))
    return _url(a, runs)


SPEECH = Kind(
    name="speech", rule="R17.4", doc="speeches, addresses and remarks, and other events",
    fields=(Field("author", "names", required=True, doc="the speaker"),
            Field("author_position", doc="the speaker's office, printed after the name: Sec’y of State"),
            Field("title", doc="in italics"),
            Field("event", required=True, doc="Address at the U.N. General Assembly; Remarks at …"),
            Field("place", doc="where it was given, when the event does not say"), Field("date", "date"),
            Field("recording", doc="a recording that is the source: Video Recording; Audio Recording"),
            Field("on_file", doc=ON_FILE_DOC)),
    full=_speech_full, derived=lambda a: (_surname(a.get("author")), ""), supra=True, name_role="title",
    pins=SECONDARY_PINS, csl_type="speech")

# ---------------------------------------------------------------- interviews (R17.1)


def _interview_full(a, loc, st: Style, suppress: bool = False) -> list[Run]:
    """R17.1: ``Telephone Interview with Jane Doe, Dir., Ctr. for X, in Mexico City, Mex. (June 1, 2024) (on file with
    the Human Rights Clinic)``; an interview the author did not conduct names its interviewer (``Interview by
    …``)."""
    medium = text(a.get("medium"))
    head = f"{medium} Interview" if medium else "Interview"
    if a.get("interviewer"):
        head += f" by {author_list(a.get('interviewer'))}"
    subject = ", ".join(p for p in (person_name(a.get("interviewee")), text(a.get("interviewee_position"))) if p)
    out = f"{head} with {subject}" + (f", in {text(a.get('place'))}" if a.get("place") else "")
    out += (f" {loc.at()}" if loc else "") + (f" ({when(a)})" if when(a) else "") + on_file(a)
    return _url(a, [(out, "")])


def _interview_derived(a) -> tuple[str, str]:
    medium = text(a.get("medium"))
    return f"{medium + ' ' if medium else ''}Interview with {_surname(a.get('interviewee'))}", ""


INTERVIEW = Kind(
    name="interview", rule="R17.1", doc="interviews, in person, by telephone or by email",
    fields=(Field("interviewee", "names", required=True, doc="the person interviewed"),
            Field("interviewee_position", doc="their title, printed after the name"),
            Field("medium", doc="Telephone, Email, Video (printed before Interview)"),
            Field("interviewer", "names", doc="who conducted it, when not the author"),
            Field("place", doc="where it took place: Mexico City, Mex."), Field("date", "date"),
            Field("on_file", doc=ON_FILE_DOC)),
    full=_interview_full, derived=_interview_derived, supra=True, name_role="", pins=SECONDARY_PINS,
    csl_type="interview")

KINDS = (BOOK, REPORT, ARTICLE, NEWS, WEB, LETTER, SPEECH, INTERVIEW)
