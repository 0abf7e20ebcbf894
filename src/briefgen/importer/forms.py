"""Citation forms, read back into authority fields.

Each reader looks at a footnote's text from one position and, if a citation of its form starts there,
returns a :class:`Found`: the fields of the authority's record, the pin, where the citation ends, and
which fields it had to guess. Cases, short case forms, statutes, *Id.* and *supra* are found with
eyecite (reporters checked against reporters-db); treaties, U.N. documents, reports, books, articles,
news, web pages, letters and the rest with the patterns below, which follow the forms briefgen itself
prints (docs/authorities.md). Form mistakes a citechecker would mark are reported as they are read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen import pins
from briefgen.importer.sources import Rich

from briefgen.authorities.parts import OTHERS, inserted, several
from briefgen.tables import MONTH as _MON  # noqa: E402
from briefgen.tables import MONTH_NUMBERS as MONTHS  # noqa: E402
from briefgen.tables import INSTITUTION_WORDS, MONTH_NAMES, T12, circuit_as_the_supreme_court_writes_it  # noqa: E402
from briefgen.tables import TREATY_SERIES_IGO, TREATY_SERIES_OTHER, TREATY_SERIES_US, series_pattern  # noqa: E402
DATE = rf"(?:{_MON}\s+(?:\d{{1,2}},?\s+)?)?\d{{4}}"
URL = r"https?://[^\s<>]+?(?=[.,;]?(?:\s|$)|\s\()"
# a pin as people write it after a citation (pins.LABELS: the labels briefgen prints, and their written forms)
PIN = pins.pattern()
# the pins Locator labels "other", as written (annex I, amend. V, pmbl.): read after Id. and supra
OTHER_PIN = pins.OTHER_WRITTEN
INSTITUTION = INSTITUTION_WORDS
PERIODICAL = re.compile(r"\b(Times|Post|Journal|J\.|News|Crime|Reuters|Guardian|Tribune|Herald|Mag\.|Magazine|"
                        r"Economist|Press|Daily|Gazette|Chron\.|Chronicle|Wkly\.|Week|Monitor|Today|Globe|Sun|Star|"
                        r"Bloomberg|AP|Politico|Atlantic|Intercept|Pa[ií]s|Jornada|Universal|Reforma|Proceso|Animal)\b")


def iso_date(text: str) -> tuple[str, bool]:
    """``'Apr. 2, 2013'`` -> ``('2013-04-02', True)``; the flag is False when the month is not in T12 form."""
    m = re.fullmatch(rf"\s*(?:({_MON})\s+(?:(\d{{1,2}}),?\s+)?)?(\d{{4}})\s*", text)
    if not m:
        return "", True
    mon, day, year = m.groups()
    if not mon:
        return year, True
    n = MONTHS[mon[:3].lower()]
    ok = mon in T12
    iso = f"{year}-{n:02d}" + (f"-{int(day):02d}" if day else "")
    return iso, ok


def t12(iso: str) -> str:
    from briefgen.dates import format_date

    return format_date(iso)


@dataclass
class Found:
    """One citation read from a note: ``Found(0, 52, 'report', {...}, pin='15')``.

    ``kind`` is an authority kind, or ``id``, ``supra`` or ``short`` for forms that point back;
    ``name`` is the name a *supra* or short form was written with; ``problems`` are form mistakes
    ``(offset, code, message, corrected)`` found while reading. ``guessed`` names the fields read by a guess (the
    kind, a title's extent); ``remarks`` the fields the citation leaves out or that could not be read, which the
    record's note tells apart: a lawyer checks a guess, and looks up what is missing.
    """

    start: int
    end: int
    kind: str
    fields: dict = field(default_factory=dict)
    pin: str = ""
    guessed: list = field(default_factory=list)
    remarks: list = field(default_factory=list)
    name: str = ""
    note: int = 0
    problems: list = field(default_factory=list)
    key: str = ""            # a short form already resolved to the record it prints from


def _italic_at(rich: Rich, pos: int) -> tuple[int, int] | None:
    """The italic text that starts at ``pos`` (after spaces), if any: ``*See Roe*`` read after the signal
    gives ``Roe``."""
    while pos < len(rich.text) and rich.text[pos] == " ":
        pos += 1
    if pos >= len(rich.text) or not rich.italic[pos]:
        return None
    end = pos
    while end < len(rich.text) and rich.italic[end]:
        end += 1
    return pos, end


def _next_italic(rich: Rich, pos: int, limit: int) -> tuple[int, int] | None:
    for start in range(pos, limit):
        if rich.italic[start] and rich.text[start] != " ":
            end = start
            while end < limit and rich.italic[end]:
                end += 1
            return start, end
    return None


def _title_case(text: str, every: bool = False) -> bool:
    """Most words capitalised, as a name or a title is (not a sentence of prose); ``every``: all but the small
    ones, as a title guessed across its commas must be (not a man's office, before the House Committee, …)."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", text)
    words = [w for w in re.findall(r"[^\W\d_][\w’'.-]*", text)
             if w.lower() not in {"of", "and", "the", "for", "on", "in", "to", "a", "an", "de", "del", "la", "las",
                                  "los", "el", "y", "en", "et", "al.", "at", "with", "by", "against", "v.", "or",
                                  "under", "its", "from", "no", "not", "re", "parte", "rel."}]
    if not words:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= (1 if every else 0.75)


def split_names(text: str) -> list[str]:
    """``'Elizabeth Porter & Kathryn Watts'`` -> two names; ``'A et al.'`` -> ``['A']``."""
    text = re.sub(r",?\s+et al\.$", "", text.strip())
    return [p.strip() for p in re.split(r"\s*&\s*|,?\s+and\s+(?=[A-Z][a-z]+\s[A-Z])|,\s+(?=[A-Z][a-z]+ [A-Z])", text)
            if p.strip()]


def _pin_label(pin: str) -> str:
    """A pin as a cluster writes it: ``at 15`` -> ``15``; ``para. 12`` -> ``¶ 12``; ``Art. 7`` -> ``art. 7``."""
    pin = pin.strip().rstrip(",")
    pin = re.sub(r"^(?:at|pp?\.)\s+", "", pin)
    pin = re.sub(r",?\s(nn?\.)\s?(?=\d)", r" \1", pin)     # the Court's 565–566, n. 3: R3.2(b)'s 565–566 n.3
    pin = re.sub(r"^Arts?\.", lambda m: m.group(0).lower(), pin)
    return pin


def _art_problem(found: Found, rich: Rich, start: int, end: int) -> None:
    m = re.search(r"\bArts?\.", rich.text[start:end])
    if m:
        from briefgen.lint.text import t16_hint

        number = re.match(r"\s?([\w().-]*\w\)?)?", rich.text[start + m.end():end]).group(1) or ""
        found.problems.append((start + m.start(), "article-abbreviation", f"'{m.group(0)}' in a citation",
                               t16_hint(m.group(0).rstrip("."), number)))


def _date_problem(found: Found, rich: Rich, start: int, text: str, iso: str, ok: bool) -> None:
    if iso and not ok:
        found.problems.append((start, "month", f"month not abbreviated as T12 does: '{text.strip()}'",
                               f"T12: write {t12(iso)}"))
    if re.fullmatch(rf"{_MON}\s+\d{{1,2}}\s+\d{{4}}", text.strip()):     # Dec. 17 1996, in any style
        found.problems.append((start, "date-form", f"no comma between the day and the year: '{text.strip()}'",
                               "R10.5(a), T12: write " + re.sub(r"(\d{1,2})\s+(\d{4})$", r"\1, \2", text.strip())))


# ---------------------------------------------------------------- eyecite, once per note


_EYECITE: dict = {}


def eyecite_spans(text: str) -> list:
    """eyecite's citations of a whole note (full, short, *Id.*, *supra* cases and statutes, reporters checked
    against reporters-db), read once per note text: the readers below anchor on their spans."""
    if text not in _EYECITE:
        import logging

        from eyecite import get_citations

        logging.getLogger("eyecite").setLevel(logging.ERROR)   # it logs overlaps it resolves itself
        _court_lookup_once()
        if len(_EYECITE) > 4096:
            _EYECITE.clear()
        _EYECITE[text] = get_citations(text)
    return _EYECITE[text]


def _eyecite_in(text: str, start: int, end: int, kind, first: bool = False) -> list:
    """eyecite's citations of ``kind`` that begin between ``start`` and ``end`` of the note (with ``first``,
    only when the first citation there is one)."""
    inside = [c for c in eyecite_spans(text) if start <= c.span()[0] < end]
    if first:
        inside = inside[:1]
    return [c for c in inside if isinstance(c, kind)]


def _court_lookup_once() -> None:
    """eyecite names the court of each full citation by trying every courts-db pattern on its parenthetical,
    recompiling them as it goes (a tenth of a second each); the answer depends on the court's words only, so
    it is kept per parenthetical without its year. Only speed changes."""
    from eyecite import helpers

    if getattr(helpers.get_court_by_paren, "kept", False):
        return
    lookup, kept = helpers.get_court_by_paren, {}

    def get_court_by_paren(paren_string: str, *args, **kwargs):
        key = (re.sub(r"\d{4}", "", paren_string), args, tuple(sorted(kwargs.items())))
        if key not in kept:
            kept[key] = lookup(paren_string, *args, **kwargs)
        return kept[key]

    get_court_by_paren.kept = True
    helpers.get_court_by_paren = get_court_by_paren


_CASE_NAME = re.compile(r"[A-Z0-9“\"][^;]*?(?:\sv\.\s|\bIn\sre\s|\bEx\sparte\s|\bex\srel\.\s|Estate\sof\s|"
                        r"Matter\sof\s|Application\sof\s)[^;]*|(?:In\sre|Ex\sparte)\s[^;]+")


# a company's suffix, which follows its name and a comma: never the start of a case name
_SUFFIX = re.compile(r"(?:Inc|Co|Corp|Ltd|L\.?L\.?C|L\.?P|N\.A|P\.C)\.?[\s,]")


_NAME_WORDS = {"of", "the", "and", "for", "in", "re", "ex", "rel.", "de", "la", "del", "on", "to", "a", "an", "v."}
_OPENERS = {"In", "As", "Under", "Like", "Unlike"}


def name_start(text: str, pos: int, cite) -> int | None:
    """Where the case name of eyecite's full citation ``cite`` begins at or after ``pos``: where the plaintiff it read
    is written, before the citation."""
    plaintiff = getattr(getattr(cite, "metadata", None), "plaintiff", None)
    if not plaintiff or not hasattr(cite, "full_span"):
        return None
    at = text.find(plaintiff, max(pos, cite.full_span()[0]), cite.span()[0])
    return at if at >= 0 else None


def _after_prose(text: str, pos: int, cite) -> bool:
    """Whether the words from ``pos`` to the citation's case name are prose (a lowercase word no case name holds, or a
    sentence's opening word: ``As the Court said in``, ``In``), so that the name is not read from ``pos``."""
    at = name_start(text, pos, cite)
    if at is None or at <= pos:
        return False
    words = text[pos:at].split()
    return any(w.islower() and w not in _NAME_WORDS for w in words) or words[0] in _OPENERS


def _plain_case_name(rich: Rich, pos: int, limit: int, types: tuple) -> int | None:
    """Where a case name written in roman type (plain text has no italics) ends: just before the ``, 410 U.S.``
    that eyecite reads as a citation of ``types`` starting inside ``pos:limit``."""
    text = rich.text
    for c in eyecite_spans(text):
        start = c.span()[0]
        if not isinstance(c, types) or not pos < start <= limit:
            continue
        end = text.rfind(", ", pos, start)
        if end < 0 or text[end + 2:start].strip():
            return None
        name = text[pos:end]
        if _SUFFIX.match(name):     # "in Wag-A-Bag, Inc. v. Commissioner": the name began before the comma, in prose
            return None
        if _after_prose(text, pos, c):   # "As the Court said in Grutter v. Bollinger": the name is Grutter's
            return None
        if isinstance(c, _short_type()):
            ok = re.fullmatch(r"[A-Z][^\s\d§]*(?:\s[^\s\d§]+){0,5}", name) is not None
        else:
            ok = len(name) < 250 and _CASE_NAME.fullmatch(name) is not None and _title_case(name) \
                and not re.search(r"\((?:[a-z]|\d)|\)\s\(|\b\d+\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s(?:at\s)?\d",
                                  name)   # a name, not a citation with its parenthetical
        return end if ok else None
    return None


def _short_type():
    from eyecite.models import ShortCaseCitation

    return ShortCaseCitation


# ---------------------------------------------------------------- Id., supra, short forms


def read_id(rich: Rich, pos: int, limit: int) -> Found | None:
    """*Id.*, with its pin as the Bluebook writes it (``Id. at 12``) or as the Supreme Court does (``Id., at 12``);
    the Court's ``ibid.`` is *Id.* without a pin (OSCOLA's ``ibid 45``, with one, is read by the tribunals' readers)."""
    m = re.compile(rf"(?:[Ii]d\.(?:(?:\s|,\s(?=at\s))(?P<pin>{PIN}|{OTHER_PIN}))?|[Ii]bid\.(?!,?\s(?:at\s)?\d))").match(rich.text, pos, limit)
    if not m:
        return None
    from eyecite.models import IdCitation

    if not _eyecite_in(rich.text, pos, limit, IdCitation, first=True) and not rich.text.startswith(";", m.end()):
        return None      # (eyecite does not read an Id. followed by a semicolon: "Id.; see …")
    f = Found(pos, m.end(), "id", pin=_pin_label(m.group("pin") or ""))
    if m.group("pin"):
        _art_problem(f, rich, m.start("pin"), m.end("pin"))
    _id_capital(f, rich.text, pos, m.group(0))
    return f


def _id_capital(f: Found, text: str, pos: int, written: str) -> None:
    """R4.1: *Id.* opens a citation sentence with a capital, and after a signal or inside a sentence is *id.*"""
    from briefgen.lint.text import ends_sentence

    before = re.sub(r"[*_]+$", "", text[:pos])         # the italics' markers before it
    opens = ends_sentence(before)
    after_signal = re.search(r"(?:\b(?:[Ss]ee|also|[Cc]f\.|[Aa]ccord|e\.g\.,)|\bwith)\s$", before)
    if written[0] == "i" and opens:
        f.problems.append((pos, "signal-case", "'id.' opening a citation sentence",
                           f"R4.1: write I{written[1:]}"))
    elif written[0] == "I" and after_signal:
        f.problems.append((pos, "signal-case", f"'Id.' after the signal '{after_signal.group(0).strip()}'",
                           f"R4.1: write {after_signal.group(0).strip()} i{written[1:]}"))


def read_supra(rich: Rich, pos: int, limit: int) -> Found | None:
    m = re.compile(rf"(?P<name>[^;]+?)(?:,\s|(?<=,[”\"])\s)(?P<supra>supra)(?:\snote\s(?P<note>\d+))?"
                   rf"(?:,\s(?P<pin>{PIN}|{OTHER_PIN}))?").match(rich.text, pos, limit)
    if not m:
        return None
    from eyecite.models import SupraCitation

    if not _eyecite_in(rich.text, pos, limit, SupraCitation):
        return None
    name = re.sub(r',([”"])$', r"\1", m.group("name").strip())      # “… Strategy,” supra (R5.1)
    if not _title_case(name) and len(name.split()) > 6:
        return None
    f = Found(pos, m.end(), "supra", pin=_pin_label(m.group("pin") or ""), name=name,
              note=int(m.group("note") or 0))
    if m.group("pin"):
        _art_problem(f, rich, m.start("pin"), m.end("pin"))
    if not rich.is_italic(m.start("supra"), m.end("supra")) and any(rich.italic):
        f.problems.append((m.start("supra"), "supra-italics", "'supra' is not in italics", "write *supra* (R4.2)"))
    return f


# an international decision's short form (R21.5): where it is reported, a pin, and no date
_INTERNATIONAL_SHORT = re.compile(
    r",\s[^;()]*?(?:\(ser\.\s[A-Z]\)\sNo\.\s\d+|\d{4}\sI\.C\.J\.|P\.C\.I\.J\.|"
    r"(?:Case|App\.|Commc[’']n)\sNo\.\s[^,;()]+|Eur\.\sCt\.\sH\.R\.|Report\sNo\.\s[\d/]+)(?:(?:,\s|\s)(?P<pin>" + PIN + r"))?"
    r"(?=\.?$|\s\((?![^()]*\d{4}\))|\s\[)")


# the Supreme Court's short form without the case's name, which its sentence gives: 539 U. S., at 346
_UNNAMED_SHORT = re.compile(r"(?P<vol>\d+)\s(?P<rep>[A-Z][\w. ]*?),?\sat\s(?P<pin>\*?\d+(?:[-–]\d+)?(?:,\s\d+(?:[-–]\d+)?)*"
                            r"(?:,?\s&?\s?nn?\.\s?\d+(?:[-–]\d+)?)?)(?=[.;,)]?(?:\s|$)|\s\()")


def _unnamed_short(rich: Rich, pos: int, limit: int) -> Found | None:
    """``539 U. S., at 346``: a short form of a decision cited in full before, by its volume and reporter alone
    (eyecite reads it as one); which decision is for the notes before to say."""
    m = _UNNAMED_SHORT.match(rich.text, pos, limit)
    if not m:
        return None
    from eyecite.models import ShortCaseCitation

    cites = [c for c in _eyecite_in(rich.text, pos, limit, ShortCaseCitation, first=True) if c.span()[0] == pos]
    if not cites:
        return None
    return Found(pos, m.end(), "short", {"volume": m.group("vol"), "reporter": cites[0].corrected_reporter()},
                 pin=_pin_label(m.group("pin")))


def read_short_case(rich: Rich, pos: int, limit: int) -> Found | None:
    run = _italic_at(rich, pos)
    text = rich.text
    if text[pos:pos + 1].isdigit():
        return _unnamed_short(rich, pos, limit)
    if not run or run[0] != pos or not text.startswith(", ", run[1]):
        end = _plain_case_name(rich, pos, limit, (_short_type(),))
        if end is None:     # Paschall, 2026 WL 1597503, at *2: eyecite reads a Westlaw number as a full citation
            wl = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}(?=,\s\d{4}\sWL\s\d+)").match(text, pos, limit)
            end = wl.end() if wl and not any(rich.italic[pos:wl.end()]) else None
        if end is None or len(text[pos:end].split()) > 6:
            return None
        run = (pos, end)
    name = text[run[0]:run[1]].strip().rstrip(",")
    rest = run[1]
    if text[rest:rest + 2] != ", ":
        return None
    m = re.compile(r",\s(?P<vol>\d+)\s(?P<rep>[A-Z][\w. ]*?(?:\s\(\d+\s[A-Z][\w.]*\))?)\sat\s(?P<pin>\*?\d+(?:[-–]\d+)?(?:,\s\d+)*(?:\s&?\s?nn?\.\s?\d+(?:[-–]\d+)?)?)"
                   ).match(text, rest, limit)
    if m:
        from eyecite.models import ShortCaseCitation

        cites = _eyecite_in(text, pos, limit, ShortCaseCitation)
        fields = {"volume": m.group("vol"), "reporter": m.group("rep")}
        if cites and cites[0].corrected_reporter() != fields["reporter"]:
            fields["reporter"] = cites[0].corrected_reporter()
        return Found(pos, m.end(), "short", fields, pin=m.group("pin"), name=name)
    m = re.compile(r",\s(?P<db>\d{4}\sWL\s\d+)(?:,\s(?:at\s)?(?P<pin>\*\d+))?").match(text, rest, limit)
    if m and not re.match(r"\s\(", text[m.end():limit]):
        return Found(pos, m.end(), "short", {"database": m.group("db")}, pin=m.group("pin") or "", name=name)
    m = _INTERNATIONAL_SHORT.match(text, rest, limit)
    if m:
        return Found(pos, m.end(), "short", pin=_pin_label(m.group("pin") or ""), name=name)
    return None


# ---------------------------------------------------------------- cases


# the court and date of a case's parenthesis (the spaces possessive: a run of them is read once, not once a split)
_COURT_DATE = re.compile(rf"\s*+(?P<court>.*?)\s*+(?P<date>{DATE})\s*")


def _court_date(found: Found, rich: Rich, start: int, inner: str) -> dict:
    """``9th Cir. 2013`` -> court and year (or full date)."""
    m = _COURT_DATE.fullmatch(inner)
    if not m:
        return {}
    iso, ok = iso_date(m.group("date"))
    _date_problem(found, rich, start, m.group("date"), iso, ok)
    out = {"date": iso} if "-" in iso else {"year": int(iso)} if iso else {}
    if m.group("court") and m.end("court") == m.start("date"):      # (2d Cir.2010)
        found.problems.append((start + m.start("date"), "date-form", "no space between the court and the date: "
                               f"'{m.group('court')}{m.group('date')}'",
                               f"R10.4, R10.5: write ({m.group('court')} {m.group('date')})"))
    if m.group("court"):
        out["court"] = m.group("court")
        t7 = circuit_as_the_supreme_court_writes_it(m.group("court"))
        if t7:      # (CA10 2011): the Court's own form, read as the court it names
            out["court"] = t7
            found.problems.append((start + m.start("court"), "court", f"court written '{m.group('court')}', as the "
                                   "Supreme Court writes it", f"T7: write {t7}"))
    return out


# the reporters of the Supreme Court alone: a citation to them names no court (R10.4(a))
_SUPREME_COURT_REPORTERS = ("U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d")
# the Court named anyway; not a Justice in chambers (Rehnquist, Circuit Justice 1980), which R10.4 keeps
_THE_COURT = re.compile(r"U\.\s?S\.|S\.\s?Ct\.|(?:U\.\s?S\.\s)?Sup(?:\.|reme)\sC(?:our)?t\.?|SCOTUS")


def read_case(rich: Rich, pos: int, limit: int) -> Found | None:
    run = _italic_at(rich, pos)
    text = rich.text
    if not run or run[0] != pos or not text.startswith(", ", run[1]):   # roman, or italic in part (*In re* X)
        from eyecite.models import FullCaseCitation

        end = _plain_case_name(rich, pos, limit, (FullCaseCitation,))
        if end is None:
            return None
        run = (pos, end)
    name = text[run[0]:run[1]].rstrip(", ")
    rest = run[1]
    if not text.startswith(", ", rest):
        return None
    # a database citation: *Name*, No. 2012AP1475–CR, 2013 WL 5811261, at *7 (Wis. Ct. App. Oct. 30, 2013)
    m = re.compile(r",\s(?:(?P<docket>No\.\s[^,]+|T\.C\.\sMemo\.\s\d{4}-\d+),\s)?(?P<db>\d{4}\sWL\s\d+)"
                   r"(?:,\s(?:at\s)?(?P<pin>\*\d+))?\s\((?P<paren>[^()]*)\)").match(text, rest, limit)
    if m:
        f = Found(pos, m.end(), "case", {"name": name, "database": m.group("db")}, pin=m.group("pin") or "")
        if m.group("docket"):
            f.fields["docket"] = m.group("docket")
        f.fields.update(_court_date(f, rich, m.start("paren"), m.group("paren")))
        return f
    # a reporter: *Name*, 725 F.3d 1170, 1175 (9th Cir. 2013); the reporter checked with eyecite/reporters-db
    # the Tax Court's memorandum opinion before its reporter: Tepper v. Commissioner, T.C. Memo. 1991-402, 62 T.C.M. (CCH)
    # 505, 510 (1991) (the number printed first, as the record's docket; the looseleaf's publisher is part of its name)
    m = re.compile(r",\s(?:(?P<memo>T\.C\.\sMemo\.\s\d{4}-\d+),\s)?(?P<vol>\d+)\s(?P<rep>[A-Z][A-Za-z0-9.’' ]*?"
                   r"(?:\s\((?:CCH|RIA|P-H)\))?)(?P<nom>\s\(\d+\s[A-Z][\w.]*\))?\s(?P<page>\d+|_+)"
                   r"(?:,\s(?P<pin>" + PIN +
                   r"))?(?P<parallel>(?:,\s\d+\s[A-Z][\w. ]*?\s\d+)*)(?:\s\((?P<paren>[^()]*\d{4})\)|"
                   r"(?(memo)(?=[.;,]?(?:\s|$))|(?!)))").match(text, rest, limit)   # the memo's number dates it
    if not m:
        return None
    from eyecite.models import FullCaseCitation

    cites = _eyecite_in(text, m.start("vol"), m.end(), FullCaseCitation)
    reporter = m.group("rep")
    nominative = m.group("nom") or ""     # 5 U.S. (1 Cranch) 137: the early reporter's volume, kept with U.S.
    f = Found(pos, m.end(), "case", {"name": name, "volume": int(m.group("vol")), "reporter": reporter + nominative,
                                     "page": int(m.group("page")) if m.group("page").isdigit() else m.group("page")},
              pin=_pin_label(m.group("pin") or ""))
    if m.group("memo"):
        f.fields["docket"] = m.group("memo")
    if cites:
        corrected = cites[0].corrected_reporter()
        looseleaf = re.fullmatch(re.escape(corrected) + r"\s\((?:CCH|RIA|P-H)\)", reporter)   # T1: 62 T.C.M. (CCH) 505
        if corrected != reporter and corrected not in ("FR",) and not looseleaf:
            f.problems.append((m.start("rep"), "reporter-form", f"reporter written '{reporter}'",
                               f"T1 abbreviates it {corrected}"))
            f.fields["reporter"] = corrected + nominative
    parallels = [p.strip() for p in m.group("parallel").split(", ") if p.strip()]
    if parallels:
        f.fields["parallel"] = parallels
    if m.group("paren"):
        f.fields.update(_court_date(f, rich, m.start("paren"), m.group("paren")))
    else:       # T.C. Memo. 1997-553, 74 T.C.M. (CCH) 1388: the year is the memo's
        f.fields["year"] = int(re.search(r"\d{4}", m.group("memo")).group(0))
    if reporter in _SUPREME_COURT_REPORTERS and _THE_COURT.fullmatch(f.fields.get("court", "")):    # (U.S. 1954)
        f.problems.append((m.start("paren"), "court", f"court '{f.fields['court']}' named where the reporter names it",
                           f"R10.4(a): the {reporter} reports the Supreme Court alone; write "
                           f"({m.group('paren')[len(f.fields['court']):].strip()})"))
        f.fields["court"] = "U.S."
    if reporter == "U.S." and "court" not in f.fields:
        f.fields["court"] = "U.S."
        f.guessed.append("court")
    return f


# ---------------------------------------------------------------- statutes, regulations, constitutions


# a code's citation: 10 U.S.C. § 815, as people write it too: §815, U.S.C.§§1501(b), 1552 (the space left out),
# 18 U.S. Code § 1546, 26 U.S.C. 6409 (no section sign, as the CRS writes it), §§ 1301 et seq., and as the Tax
# Court writes its regulations: 26 C.F.R. sec. 301.6231(a)(3)-1(a)(4)
_LAW = re.compile(r"(?P<title>\d+)\s(?P<code>U\.S\.C\.(?:A\.|S\.)?|U\.S\.\sCode|C\.F\.R\.|USC|CFR|U\.S\.C(?=\s)|C\.F\.R(?=\s))"
                  r"(?:\s?(?P<sym>§§?|pts?\.|secs?\.)\s?|\s(?=\d))(?P<sec>[\w.]+?)"
                  r"(?P<sub>(?:\([\w]+\))*(?:[-–](?:[\da-z](?:[\w.]*\w)?)?(?:\([\w]+\))*)?(?:,\s(?:\d(?:[\w.–-]*\w)?|\(\w+\))(?:\(\w+\))*(?:[-–]\(\w+\))?(?!\s(?:U\.S\.|C\.F\.R\.)))*)"
                  r"(?P<seq>\set\.?\sseq\.?)?(?:\s\((?P<paren>[^()]*\d{4})\))?(?=[;.,)]?(?:\s|$)|\s\(|\))")


def read_statute(rich: Rich, pos: int, limit: int) -> Found | None:
    text = rich.text
    m = _LAW.match(text, pos, limit)
    name = ""
    if not m:
        head = re.compile(r"(?P<name>[A-Z][^;]*?),\s(?=\d+\s(?:U\.S\.C|C\.F\.R))").match(text, pos, limit)
        if not head or not _title_case(head.group("name")):
            return _fed_reg(rich, pos, limit) or _public_law(rich, pos, limit) or _constitution(rich, pos, limit)
        name = head.group("name")
        m = _LAW.match(text, head.end(), limit)
        if not m:
            return None
    from eyecite.models import FullLawCitation

    eyecite_found = _eyecite_in(text, m.start(), m.end(), FullLawCitation)
    code = "U.S.C." if m.group("code") == "U.S. Code" else m.group("code")    # 18 U.S. Code § 1546
    slips, misspelled = [], code in ("USC", "U.S.C", "CFR", "C.F.R")
    if misspelled:      # 42 USC § 1983, 22 CFR 120.1: T1's abbreviation, its periods (the hint gives the § too)
        code = "U.S.C." if "U" in code else "C.F.R."
        slips.append((m.start("code"), "reporter-form", f"code written '{m.group('code')}'",
                      f"T1: write {m.group('title')} {code} § {m.group('sec')}"))
    if m.group("seq") and m.group("seq").strip() != "et seq.":
        slips.append((m.start("seq") + 1, "pin-form", f"'{m.group('seq').strip()}' after a section",
                      "R3.3(b): write et seq."))
    if not m.group("sym") and not misspelled:    # 42 U.S.C. 1983: a house style's form, a slip under the Bluebook
        slips.append((m.start("sec"), "bluebook-form", f"section {m.group('sec')} cited without '§'",
                      f"R12.9, T1: write {m.group('title')} {code} § {m.group('sec')}"))
    kind = "regulation" if code == "C.F.R." else "statute"
    section = m.group("sec")
    if (m.group("sym") or "").startswith("pt"):   # 22 C.F.R. pt. 121; pts. 120-130 (2026)
        f = Found(pos, m.end(), kind, {"title": int(m.group("title")), "code": code, "part": section})
        if kind == "statute":   # a code's part is a pin: the statute kind has no part of its own
            del f.fields["part"]
            f.pin = f"{m.group('sym')} {section}{m.group('sub') or ''}"
        elif m.group("sub") or m.group("sym") == "pts.":
            f.pin = f"{m.group('sym')} {section}{m.group('sub') or ''}"
        if m.group("paren"):
            f.fields["year"] = int(m.group("paren")[-4:])
        if name:
            f.fields["name"] = name
        f.problems += [s for s in slips if s[1] != "bluebook-form"]     # a part is cited as pt., never §
        return f
    sub = m.group("sub") or ""
    tail = re.match(r"[-–](\d\w*)", sub)
    if tail and inserted(section, tail.group(1)):     # §940c-2: a section the Code inserted after 940c, not a span
        section, sub = section + "-" + tail.group(1), sub[tail.end():]
    f = Found(pos, m.end(), kind, {"title": int(m.group("title")), "code": code, "section": section})
    said = eyecite_found[0].groups.get("section") if eyecite_found else None
    if said and not section.startswith(said):     # eyecite's, unless it stops short of an inserted section
        f.fields["section"] = said
    if name:
        f.fields["name"] = name
    plural = m.group("sym") in ("§§", "secs.") or several(section + sub)   # the formatter's rule
    sub += " et seq." if m.group("seq") else ""      # §§ 1301 et seq.: the sections that follow (R3.3(b))
    if sub or plural:
        f.pin = f"{'§§' if plural else '§'} {section}{sub}"
    if m.group("paren"):
        pm = re.fullmatch(r"(?P<pub>.*?)\s?(?P<year>\d{4})", m.group("paren"))
        f.fields["year"] = int(pm.group("year"))
        if pm.group("pub"):
            f.fields["publisher"] = pm.group("pub").strip()
    if re.search(r"§(?!§)\S", text[m.start():m.end()]):
        fixed = re.sub(r"(§§?)(?=[^\s§])", r"\1 ", text[m.start():m.end()]).rstrip(".,;")
        f.problems.append((m.start("sym"), "spacing", "no space after '§'",
                           f"R6.2(c): a space after the section sign: write {fixed}"))
    f.problems += slips
    return f


# 85 Fed. Reg. 3819, 3821 (Jan. 23, 2020); as the CRS writes it, the name spelled out and the date after a comma, the
# rule's pages as a range: Operating Criteria, 70 Federal Register 15873 (March 29, 2005); 79 Federal Register
# 44404-44405, July 31, 2014
_FED_REG = re.compile(
    r"(?:(?P<name>[^;]+?),\s)?(?P<vol>\d+)\s(?:Fed\.\sReg\.|Federal\sRegister)\s(?P<page>[\d,]*\d)(?:[-–](?P<last>\d+))?"
    r"(?:,\s(?!(?:19|20)\d\d\b)(?P<pin>\d[\d,]*(?:[-–]\d+)?))?"
    r"(?:\s\((?P<date>" + DATE + r")\)|,\s(?P<written>" + DATE + r")(?![\w-]))?"
    r"(?:\s\((?P<codified>to be codified at [^()]+)\))?")


# the pinned short form (R14.5): 85 Fed. Reg. at 3821, 90 Fed. Reg. at 15,632 -- a page inside the rule, not its first
_FED_REG_AT = re.compile(r"(?P<vol>\d+)\s(?:Fed\.\sReg\.|Federal\sRegister)\sat\s(?P<at>\d{1,3}(?:,\d{3})+|\d+)"
                         r"(?:[-–](?P<last>[\d,]*\d))?(?=[;.,)]?(?:\s|$)|\s\()")


def _fed_reg(rich: Rich, pos: int, limit: int) -> Found | None:
    at = _FED_REG_AT.match(rich.text, pos, limit)
    if at:     # the rule is the one whose pages hold this one (draft._short finds it among the records)
        pin = at.group("at") + (f"-{at.group('last')}" if at.group("last") else "")
        return Found(pos, at.end(), "short", {"code": "Fed. Reg.", "volume": int(at.group("vol")),
                                              "at": at.group("at")}, pin=pin, name="")
    m = _FED_REG.match(rich.text, pos, limit)
    if not m or (m.group("name") and not _title_case(m.group("name"))):
        return None
    date = "date" if m.group("date") else "written"
    if not m.group(date) and "Federal" in m.group(0):    # (89 Federal Register 67411) after its date in prose
        return None
    if not m.group(date):  # the short form: 85 Fed. Reg. 3819, or 85 Fed. Reg. at 3821 (R14.5)
        return Found(pos, m.end(), "short", {"code": "Fed. Reg.", "volume": int(m.group("vol")),
                                             "page": m.group("page")}, pin=m.group("pin") or "", name="")
    pages = f"{m.group('page')}-{m.group('last')}" if m.group("last") else ""    # 44404-44405: the pages cited
    f = Found(pos, m.end(), "regulation", {"code": "Fed. Reg.", "volume": int(m.group("vol")),
                                           "page": m.group("page")}, pin=m.group("pin") or pages)
    if m.group("name"):
        f.fields["name"] = m.group("name")
    iso, ok = iso_date(m.group(date))
    if "Federal" not in m.group(0):    # the Federal Register written out, its month too: a house style's form
        _date_problem(f, rich, m.start(date), m.group(date), iso, ok)
    f.fields["date"] = iso
    if m.group("codified"):
        f.fields["codified"] = m.group("codified")
    return f


# a session law (R12.4), as the Statutes at Large, the Bluebook and the CRS write it: ``Drug Amendments of 1962, Pub. L.
# No. 87-781, § 102, 76 Stat. 780, 781``; ``P.L. 116-92, §523`` (no page); ``P.L. 115-141, Division B, Title V, §539``;
# ``P.L. 532, 56 Stat. 248 (1942)`` (a number before 1957); ``Ch. 72, 42 Stat. 171 (1921)``; ``45 Stat. 64-65``;
# ``63 Stat. 31 (April 6, 1949)``; the short form ``ch. 675, § 505, 52 Stat. at 1052``
_ACT_SECTION = r"\d(?:[\w.]*\w)?(?:\([\w]+\))*(?:[-–](?:\d(?:[\w.]*\w)?)?(?:\([\w]+\))*)?"     # 1(1)(j), 1(5)-(6), 11330-11335
_DATED = re.compile(DATE + r",\s$")     # a volume after a date is a treaty's source: February 3, 1944, 59 Stat. 1219
_SESSION = re.compile(
    r"(?:(?!Pub\.\s?L\.|P\.\s?L\.|[Cc]h\.\s\d|§|\d+\sStat\.?\s)(?P<name>[^;]+?),\s)?"
    r"(?:(?P<plw>Pub\.\s?L\.(?:\sNo\.)?|P\.\s?L\.)\s(?P<pl>\d+(?:-\d+)?)(?![\w-]))?"
    r"(?P<division>(?:,\s(?:Division|Div\.|div\.|Title|Tit\.|tit\.)\s[A-Z\d]+\b)*)"
    r"(?:(?:,\s)?[Cc]h\.\s(?P<ch>\d+))?"
    r"(?:(?:,\s)?(?P<sym>§§?|[Ss]ec(?:tions?\b|s?\.))\s?(?P<sec>" + _ACT_SECTION + r"(?:,\ssec\.\s" + _ACT_SECTION +
    r"|,?\sand\s" + _ACT_SECTION + r")?))?"
    r"(?:(?:,\s)?(?P<vol>\d+)\sStat(?P<stat>\.?)\s(?:at\s(?P<at>\d+)|(?P<page>\d+)(?:[-–](?P<last>\d+))?"
    r"(?:,\s(?P<pin>" + PIN + r"))?))?"
    r"(?:\s\((?P<date>" + DATE + r")\))?(?=[;.,)]?(?:\s|$)|\s\(|\))")


def _public_law(rich: Rich, pos: int, limit: int) -> Found | None:
    """A session law (the forms above): a public law by its number, or an act by its chapter and its volume and page
    of the Statutes at Large. A part the note does not give (the act's name, its date) is left out, never made up;
    ``52 Stat. at 1052`` is a short form of the act it pins."""
    m = _SESSION.match(rich.text, pos, limit)
    if not m or not (m.group("pl") or m.group("vol")):
        return None
    # a compact's article before its volume and page (Art. III(2)): the pin, not a part of the name
    article = m.group("name") and re.search(r",\s(Arts?\.\s[IVXLC\d][\w()]*)$", m.group("name"))
    name = m.group("name")[:article.start()] if article else m.group("name")
    if name and (not _title_case(name) or name.endswith(")") and not re.search(r"\([A-Z]+\)$", name)):
        return None
    if not m.group("pl") and m.group("division"):
        return None
    # Treaty …, U.S.-Mex., February 3, 1944, 59 Stat. 1219: after a date or the parties, a treaty's source, not an act
    if not m.group("name") and not m.group("pl") and _DATED.search(rich.text, 0, pos) or m.group("name") and \
            re.search(rf"{_MON}\s(?:\d{{1,2}},\s)?\d{{4}}$|\b[A-Z][\w.]*-[A-Z][\w.]*,?$", m.group("name")):
        return None
    if m.group("at"):          # R12.10: ch. 675, § 505, 52 Stat. at 1052, a short form
        fields = {"volume": int(m.group("vol")), "reporter": "Stat."}
        if m.group("ch"):
            fields["chapter"] = m.group("ch")
        pin = m.group("at")
        if m.group("sec"):     # the act's section and the page, one pin: § 505, at 1052 (the statute kind prints both)
            plural = m.group("sym") == "§§" or m.group("sym").lower() in ("secs.", "sections")
            pin = f"{'§§' if plural else '§'} {m.group('sec')}, at {pin}"
        return Found(pos, m.end(), "short", fields, pin=pin, name=m.group("name") or "")
    f = Found(pos, m.end(), "statute", {}, pin=_pin_label(m.group("pin") or ""))
    if m.group("pl"):
        f.fields["public_law"] = m.group("pl")
        if m.group("plw").startswith("Pub") and m.group("plw") != "Pub. L. No.":    # the U.S. Code's notes: Pub. L. 117-328
            f.problems.append((m.start("plw"), "bluebook-form" if m.group("plw") == "Pub. L." else "reporter-form", f"public law written '{m.group('plw')} {m.group('pl')}'",
                               f"R12.4(a): write Pub. L. No. {m.group('pl')}"))
    if m.group("vol") and not m.group("stat"):
        f.problems.append((m.start("stat"), "reporter-form", f"'{m.group('vol')} Stat' without its period",
                           f"T1: write {m.group('vol')} Stat. {m.group('page') or m.group('at')}"))
    if m.group("division"):    # an appropriations act's division and title, before its section: div. B, tit. V
        parts = re.findall(r"(Division|Div\.|div\.|Title|Tit\.|tit\.)\s([A-Z\d]+)", m.group("division"))
        f.fields["division"] = ", ".join(("div." if w.lower().startswith("div") else "tit.") + " " + n for w, n in parts)
    if m.group("ch"):
        f.fields["chapter"] = m.group("ch")
    if m.group("vol"):
        f.fields.update(volume=int(m.group("vol")), reporter="Stat.", page=int(m.group("page")))
        if m.group("last") and not m.group("pin"):   # 45 Stat. 64-65: the pages cited, from the first
            f.pin = f"{m.group('page')}-{m.group('last')}"
    if m.group("sec"):   # the section of the act cited, before its Statutes at Large page (R12.4)
        plural = m.group("sym") == "§§" or m.group("sym").lower() in ("secs.", "sections")
        if plural or not m.group("pl") and not m.group("pin"):   # an act by its chapter: the section is a pin
            f.pin = f"{'§§' if plural else '§'} {m.group('sec')}"
        if m.group("pl"):     # a public law's sections are records of their own (draft.identity)
            f.fields["section"] = m.group("sec")
    if m.group("name"):
        f.fields["name"] = m.group("name")
        if article and not f.pin:    # Klamath River Basin Compact, Art. V(A), 71 Stat. 500: the article cited
            f.fields["name"], f.pin = name, _pin_label(article.group(1))
        yr = re.search(r"\b(19|20)\d\d\b", m.group("name"))
        if yr:
            f.fields["year"] = int(yr.group(0))
    if m.group("date"):       # (1921), or the day it was approved: (April 6, 1949)
        iso, _ = iso_date(m.group("date"))
        f.fields["year"] = iso if "-" in iso else int(iso)
    if not m.group("pl") and not m.group("name"):
        f.remarks.append("name (not given: an act cited by its chapter or its page only)")
    return f


# the Constitution written out, as the CRS cites it: U.S. Constitution, Article III, §2, cl. 2; Article I, Section 10,
# Clause 3; Amendment XIV, Section 1 (the parts as T16 abbreviates them are read by _constitution below)
_CONSTITUTION = re.compile(
    r"(?:U\.S\.|United\sStates)\sConstitution,\s(?P<pin>(?:Article|Art\.)\s(?P<art>[IVXLC]+|\d+)"
    r"|(?:Amendment|Amend\.)\s(?P<amend>[IVXLC]+|\d+))(?:,\s(?:Section|Sec\.|§)\s?(?P<sec>\d+))?"
    r"(?:,\s(?:Clause|cl\.)\s?(?P<cl>\d+))?(?=[;.,)]?(?:\s|$)|\s\(|\))")


def _written_constitution(rich: Rich, pos: int, limit: int) -> Found | None:
    """``U.S. Constitution, Article I, Section 10, Clause 3``: the record is the U.S. Constitution, the pin its parts
    as T16 abbreviates them (art. I, § 10, cl. 3)."""
    m = _CONSTITUTION.match(rich.text, pos, limit)
    if not m:
        return None
    pin = f"art. {m.group('art')}" if m.group("art") else f"amend. {m.group('amend')}"
    pin += (f", § {m.group('sec')}" if m.group("sec") else "") + (f", cl. {m.group('cl')}" if m.group("cl") else "")
    return Found(pos, m.end(), "constitution", {"name": "U.S. Const."}, pin=pin)


# the Constitution as the Supreme Court cites it in its own opinions, without naming it: Art. I, §10, cl. 3; Art. VI,
# cl. 2 (an article with a section or a clause: never a treaty's article). Its amendments (Amdt. 14, §1) are not read
# yet: no published text citing one so has been tried.
COURT_CONSTITUTION = re.compile(r"Art\.\s(?P<art>[IVX]+),\s(?:§\s?(?P<sec>\d+)(?:,\scl\.\s(?P<cl>\d+))?|cl\.\s(?P<cl2>\d+))"
                                r"(?=[;.,)]?(?:\s|$))")


def read_court_constitution(rich: Rich, pos: int, limit: int) -> Found | None:
    """``Art. I, §10, cl. 3``, ``Art. VI, cl. 2``: the U.S. Constitution, in a memo written in the Court's own style
    (the caller's to know); the pin as T16 abbreviates its parts."""
    m = COURT_CONSTITUTION.match(rich.text, pos, limit)
    if not m:
        return None
    clause = m.group("cl") or m.group("cl2")
    pin = f"art. {m.group('art')}" + (f", § {m.group('sec')}" if m.group("sec") else "") + (f", cl. {clause}" if clause else "")
    return Found(pos, m.end(), "constitution", {"name": "U.S. Const."}, pin=pin)


def _constitution(rich: Rich, pos: int, limit: int) -> Found | None:
    written = _written_constitution(rich, pos, limit)
    if written:
        return written
    m = re.compile(r"(?P<name>(?:U\.S\.|[A-Z][a-z]+\.(?:\s[A-Z][a-z]*\.)?)\sConst\.)(?:(?P<comma>,)?\s(?P<pin>(?:[Aa]rt|amend|"
                   r"pmbl|¶¶?|§§?)\.?\s?[^;()]*?))?(?:\s\((?P<year>\d{4})\))?(?=[;.]?$|;|\.\s(?![\dIVXLC])|\s\()").match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "constitution", {"name": m.group("name")}, pin=_pin_label(m.group("pin") or ""))
    if m.group("year"):
        f.fields["year"] = int(m.group("year"))
    if m.group("pin"):
        _art_problem(f, rich, m.start("pin"), m.end("pin"))
    return f


# a committee report or document as the CRS numbers it: H.Rept. 105-532, S.Rept. 119-44, H.Doc. 116-12 (R13.4 writes
# H.R. Rep. No. 105-532); a document without its Congress (H.Doc. 611) is read with its title by quoted.read_congress
_CRS_REPORT = re.compile(r"(?P<house>[HS])\.\s?(?P<what>Rept|Doc)\.\s(?P<congress>\d+)-(?P<n>\d+)"
                         r"(?:,\s(?P<pin>pp?\.\s\d+(?:[-–]\d+)?))?(?=[;.,)]?(?:\s|$)|\))")


def _crs_report(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _CRS_REPORT.match(rich.text, pos, limit)
    if not m:
        return None
    house = "H.R." if m.group("house") == "H" else "S."
    what = "Rep." if m.group("what") == "Rept" else "Doc."
    f = Found(pos, m.end(), "legislative", {"type": "report" if what == "Rep." else "document",
                                            "number": f"{house} {what} No. {m.group('congress')}-{m.group('n')}",
                                            "congress": m.group("congress")},
              pin=re.sub(r"^pp?\.\s", "", m.group("pin") or ""))
    f.remarks.append("year (not given: the report cited by its number only)")
    return f


# R13.2: a bill or resolution by its number and Congress, its title first if it has one, a section as its pin:
# National Defense Authorization Act for Fiscal Year 2024, H.R. 2670, 118th Cong. § 1241 (2023); H.R. Res. 5, 118th
# Cong. (2023); S.J. Res. 10; and as Congress.gov numbers them (H.Res. 5, H.J.Res. 7, S.Con.Res. 3)
_BILL_NUMBER = r"(?:H\.\s?R\.|H\.|S\.)(?:\s?(?:J\.|Con\.)?\s?Res\.)?\s?\d+"
_BILL = re.compile(rf"(?:(?P<title>[A-Z][^;()]{{0,200}}?),\s)?(?P<number>{_BILL_NUMBER}),\s(?P<congress>\d+)(?:st|nd|rd|th|d)\s"
                   r"Cong\.(?:,\s\d(?:st|nd|rd|d|th)\sSess\.)?(?:\s(?P<pin>§§?\s?[\w.()–-]*[\w)]))?"
                   rf"\s\((?P<date>{DATE})\)")


def bill_number(written: str) -> str:
    """A bill's or resolution's number as R13.2 writes it, from the forms Congress.gov and others use:
    ``H.Res. 5`` -> ``H.R. Res. 5``, ``H.J.Res. 7`` -> ``H.R.J. Res. 7``, ``S.Con.Res. 3`` -> ``S. Con. Res. 3``.

    >>> bill_number('H.Res. 5'), bill_number('H.J.Res. 7'), bill_number('S.Con.Res. 3'), bill_number('H.R.2670')
    ('H.R. Res. 5', 'H.R.J. Res. 7', 'S. Con. Res. 3', 'H.R. 2670')
    """
    m = re.fullmatch(r"(?P<house>H\.\s?R\.|H\.|S\.)\s?(?P<j>J\.\s?)?(?P<con>Con\.\s?)?(?P<res>Res\.\s?)?(?P<n>\d+)", written)
    if not m:
        return written
    house = "H.R." if m.group("house").startswith("H") else "S."
    if m.group("j"):
        return f"{house}J. Res. {m.group('n')}"
    return f"{house}{' Con.' if m.group('con') else ''}{' Res.' if m.group('res') else ''} {m.group('n')}"


def _bill(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _BILL.match(rich.text, pos, limit)
    if not m or m.group("title") and not _title_case(m.group("title")):
        return None
    number = bill_number(m.group("number"))
    kind = "resolution" if "Res." in number else "bill"
    f = Found(pos, m.end(), "legislative", {"type": kind, "number": number, "congress": m.group("congress")},
              pin=m.group("pin") or "")
    if m.group("title"):
        f.fields["title"] = m.group("title")
    iso, ok = iso_date(m.group("date"))
    _date_problem(f, rich, m.start("date"), m.group("date"), iso, ok)
    f.fields.update({"date": iso} if "-" in iso else {"year": int(iso)})
    return f


def read_legislative(rich: Rich, pos: int, limit: int) -> Found | None:
    crs = _crs_report(rich, pos, limit) or _bill(rich, pos, limit)
    if crs:
        return crs
    m = re.compile(r"(?P<number>(?:S\.|H\.R\.)(?:\sConf\.)?\s(?:Rep\.|Doc\.)\sNo\.\s\d+-\d+)(?:,\sat\s(?P<pin>\S+?))?"
                   r"\s\((?P<year>\d{4})\)").match(rich.text, pos, limit)
    if not m:
        return None
    kind = "document" if "Doc." in m.group("number") else "report"
    return Found(pos, m.end(), "legislative", {"type": kind, "number": m.group("number"),
                                               "year": int(m.group("year"))}, pin=m.group("pin") or "")


def read_letter(rich: Rich, pos: int, limit: int) -> Found | None:
    m = re.compile(r"Letter\sfrom\s(?P<author>.+?),?\sto\s(?P<recipient>.+?)(?:\s(?P<pin>" + PIN + r"))?"
                   r"\s\((?P<date>" + DATE + r")\)(?:,\s(?P<url>" + URL + r"))?").match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "letter", {"author": m.group("author"), "recipient": m.group("recipient")},
              pin=_pin_label(m.group("pin") or ""))
    iso, ok = iso_date(m.group("date"))
    _date_problem(f, rich, m.start("date"), m.group("date"), iso, ok)
    f.fields["date"] = iso
    if m.group("url"):
        f.fields["url"] = m.group("url")
    return f


# ---------------------------------------------------------------- treaties

_SERIES = series_pattern(TREATY_SERIES_US + TREATY_SERIES_IGO + TREATY_SERIES_OTHER).replace("\\ ", "\\s")
# a treaty's source, in any series the formatter prints: 3013 U.N.T.S. 269, 8 Bevans 1234, T.I.A.S. No. 12-1108
TREATY_SOURCE = rf"(?:\d+\s(?:{_SERIES})(?:\sNo\.)?\s[\d-]+|(?:{_SERIES})\sNo\.\s[\d.-]*\d)"
_TREATY_DATES = rf"{_MON}\s\d{{1,2}}(?:,\s\d{{1,2}})+,\s\d{{4}}|{DATE}"    # Feb. 17, 28, 2022: an exchange of notes
_TREATY = re.compile(r",\s(?:(?P<parties>[A-Z][\w.]*(?:-[A-Z][\w.]*)+),\s(?:(?P<pin2>[Aa]rts?\.\s[^,]+),\s)?)?"
                     r"(?:(?P<phrase>opened\sfor\ssignature|adopted|done|signed)\s)?(?P<date>" + _TREATY_DATES + r"),\s"
                     r"(?P<src>" + TREATY_SOURCE + r")(?:,\s(?P<page>\d+)(?!\s[A-Z]))?"
                     r"(?P<more>(?:,\s" + TREATY_SOURCE + r")*)"
                     r"(?:\s\(entered\sinto\sforce\s(?P<force>" + DATE + r")\))?(?=[;.]?(?:\s|$)|\s\(|\s\[)")
# the name, then its pin (R21.4: Arms Trade Treaty art. 7), as people also write it: after a comma, "art 7"
_TREATY_HEAD = re.compile(r"(?P<name>.+?)(?:,?\s(?P<pin>(?:[Aa]rts?\.?(?=\s?[\dIVXLC])|pts?\.|¶¶?|§§?|paras?\.|pmbl\.|"
                          r"annex\b).*))?")


def _treaty_dates(written: str) -> str | list[str]:
    """``Apr. 2, 2013`` -> ``2013-04-02``; ``Feb. 17, 28, 2022`` -> both days (R21.4.4)."""
    m = re.fullmatch(rf"({_MON})\s(\d{{1,2}}(?:,\s\d{{1,2}})+),\s(\d{{4}})", written)
    if not m:
        return iso_date(written)[0]
    return [iso_date(f"{m.group(1)} {day}, {m.group(3)}")[0] for day in m.group(2).split(", ")]


def read_treaty(rich: Rich, pos: int, limit: int) -> Found | None:
    """``Arms Trade Treaty art. 6(3), *adopted* Apr. 2, 2013, 3013 U.N.T.S. 269, 52 I.L.M. 988 (entered into force
    Dec. 24, 2014)``; a bilateral treaty's parties after its name; a page pin after the first source."""
    text = rich.text
    for m in _TREATY.finditer(text, pos, limit):
        hm = _TREATY_HEAD.fullmatch(text, pos, m.start())
        if not hm or not _title_case(hm.group("name")) or rich.is_italic(pos, m.start()):
            return None
        f = Found(pos, m.end(), "treaty", {"name": hm.group("name")})
        pin = hm.group("pin") or m.group("pin2")
        if pin:
            start = hm.start("pin") if hm.group("pin") else m.start("pin2")
            bare = re.match(r"([Aa]rts?)\s", pin)
            if bare:      # art 7: T16's abbreviation without its period
                pin = f"{bare.group(1)}. {pin[bare.end():]}"
                f.problems.append((start, "bluebook-form", f"'{bare.group(1)}' without its period",
                                   f"T16: write {pin[0].lower()}{pin[1:]}"))
            f.pin = _pin_label(pin)
            _art_problem(f, rich, start, start + len(pin))
        if m.group("parties"):
            f.fields["parties"] = m.group("parties")
        dates = _treaty_dates(m.group("date"))
        if isinstance(dates, str):
            _date_problem(f, rich, m.start("date"), m.group("date"), *iso_date(m.group("date")))
        f.fields["date"] = dates
        if m.group("phrase"):
            f.fields["date_label"] = m.group("phrase")
        f.fields["sources"] = [m.group("src")] + re.findall(TREATY_SOURCE, m.group("more"))
        if m.group("page"):
            f.pin = m.group("page")
        if m.group("force"):
            _set_date(f, rich, m.start("force"), m.group("force"), "entry_into_force")
        return f
    return None


# ---------------------------------------------------------------- works with an italic title


def read_titled(rich: Rich, pos: int, limit: int) -> Found | None:
    """AUTHOR, [NUMBER, ] *TITLE* and what follows: a U.N. document, an article, a news story, a web page,
    a report or a book, told apart by what follows the title. Authors cut short by *et al.* (R15.1) are left out
    by the citation: the record holds only those it names, and its note says the others are not named."""
    f = _read_titled(rich, pos, limit)
    if f and re.search(r"\bet al\.,\s", rich.text[pos:f.end]) and "authors" in f.fields:
        f.remarks.append("authors (after et al.: the others are not named)")
        f.fields["authors"] = [*f.fields["authors"], OTHERS]    # printed back as the citation names them
    return f


_ITEM_END = re.compile(r"(?:\s\[https?://perma\.cc/[^\]\s]+\])?(?:\s*$|[.;,](?:\s|$)|\s\(|\s\[)")


# after a title, words that go on as a title does (", Power, and the Threat of Tyranny"): no number, pin, place of
# publication or book the title is in ("at https://…", "in LEGAL ASPECTS … 137", "(New York: …)")
_GOES_ON = re.compile(r",\s(?!at\s|in\s|see\b)[^,\d()]+(?:,|$)")
_PLAIN_REACH = 2000    # the most a citation without italics is read over: author, title, site, date and address
_TITLE_REACH = 400     # the longest title tried


def read_titled_plain(rich: Rich, pos: int, limit: int) -> Found | None:
    """A titled work in a text without italics: each place the title could start (after the first one to
    three parts of the author, or at once) and end (before a comma, a pin, a parenthesis) is tried, as if the
    title were in italics, until a whole citation reads; the kind and the title's extent are guessed."""
    text = rich.text
    if any(rich.italic[pos:limit]):
        return None
    limit = min(limit, pos + _PLAIN_REACH)      # each trial reads to the limit: a long note must not cost its square
    commas = [m.end() for m in re.finditer(r",\s(?!et\sal\.)", text[pos:limit])][:3]
    starts = [pos + c for c in commas] + [pos]
    for a, comma in ((a, comma) for comma in (False, True) for a in starts):   # titles without a comma first
        if a > pos and (not _title_case(text[pos:a - 2]) or re.search(r"[()“”\":]", text[pos:a])
                        or any(len(part.split()) > 5 for part in text[pos:a - 2].split(", ")[1:])):
            continue    # authors' names have no colon and are a few words each: a title's parts are not
        ends = sorted(b for b in {a + m.start() for m in re.finditer(r",\s|\s\(|\s(?=\d)", text[a:limit])} | {limit}
                      if b - a <= _TITLE_REACH)
        for b in ends:
            title = text[a:b]
            if b <= a or not _title_case(title) or re.search(r"\sv\.\s|\bsupra\b|\bId\.|\.$", title) or _odd_marks(title) \
                    or (", " in title) != comma or (comma and not _title_case(title, every=True)) \
                    or title.count(", ") > 3 or not _words_of_a_title(title) \
                    or _cuts_a_date(title, text[b:]):
                continue
            trial = Rich(text, [False] * a + [True] * (b - a) + [False] * (len(text) - b), rich.path, rich.line,
                         rich.col, rich.line_starts, rich.label)
            f = read_titled(trial, pos, limit)
            if f is None:
                continue
            m = _ITEM_END.match(text, f.end)
            if not m or (f.end == b and _GOES_ON.match(text, b)) \
                    or any(re.search(r",\s|[“”\"]", str(f.fields.get(k, ""))) for k in ("site", "publication")) \
                    or (f.kind in ("book", "report") and f.fields.get("url") and not re.search(r"\d", text[pos:a])
                        and not any(f.fields.get(k) for k in ("year", "date", "number"))):
                continue    # nothing read after the title, a site of two parts, a page read as a book: a wrong title
            f.guessed.append("title")
            if m.group(0).startswith(" [https://perma"):
                f.fields["archived"] = text[f.end + 2:text.index("]", f.end)]
                f.end = text.index("]", f.end) + 1
            return f
    return None


def _odd_marks(title: str) -> bool:
    """Whether a guessed title holds marks no title holds: a parenthesis or quotation mark left open, a parenthetical
    with a year (the citation's date), or a parenthesis first. A title may hold a name in quotation marks (“SOFT
    LAW” GOVERNANCE OF ARTIFICIAL INTELLIGENCE) or an acronym in parentheses (Human Genome Editing (HGE) Registry)."""
    if title.startswith("(") or title.count("(") != title.count(")") or title.count("“") != title.count("”"):
        return True
    quoted = re.findall(r"[“\"]([^”\"]*)[”\"]", title)
    if quoted and (", " in title or any(len(q.split()) > 4 for q in quoted)):
        return True     # a title quoted inside the guess: the guess runs over the author into a quoted title
    return title.count('"') % 2 == 1 or bool(re.search(r"\([^()]*\d{4}[^()]*\)", title))


def _cuts_a_date(title: str, after: str) -> bool:
    """Whether a title would end inside a date, before its year (``Joint Maritime Operations: 8 June`` | ``2018``):
    the year would be read as a page."""
    return bool(re.search(r"\b(?:\d{1,2}\s)?(?:" + "|".join(MONTH_NAMES) + r")(?:\s\d{1,2},?)?$", title)
                and re.match(r"\s\d{4}\b", after))


def _words_of_a_title(title: str) -> bool:
    """A guessed title has words: not a citation's numbers (``2019-44 I.R.B. 1004``, ``2026 WL``, ``§ 4 Q&A``,
    ``No. 17513-24``)."""
    words = re.findall(r"[A-Za-z]{3,}", title)
    if re.match(r"[§¶]|No\.\s|\d", title) or re.search(r"\bWL\b", title):
        return len(words) >= 2 and not re.search(r"\bWL\b|[A-Z]\.[A-Z]\.[A-Z]?\.?\s\d", title)
    return bool(words)


# a report's number after its author (GAO-21-322, R46458, No. 12); each run of capitals read once (a run of them
# once took hours, split every way)
_REPORT_NUMBER = re.compile(r"[A-Z]++(?:[-/][A-Z]++)*[-/]?[\d-]+[A-Z]?|No\.\s\S+|R\d+|[A-Z]{2}[\w-]*\d[\w-]*")
# online: *Title*, Site (date[, time]), URL [(last visited …)]; a site is shorter than 80 characters, so no longer one
# is tried (each one tried read the pins after it again: a note of numbers took minutes)
# (the site under 120 characters, which also bounds the search; "available at" before the address: the form of
# The Bluebook before its 19th edition)
_ONLINE = re.compile(r",\s(?P<site>[^()]{1,119}?)(?:\s\((?P<when>[^()]*\d{4}[^()]*)\))?(?:,\s(?P<pin>" + PIN + r"))?"
                     r"(?:,\s|(?<=\))\s)(?:available\sat\s)?(?P<url>" + URL + r")"
                     r"(?:\s\(last\svisited\s(?P<visited>[^()]+)\))?")


def _read_titled(rich: Rich, pos: int, limit: int) -> Found | None:
    text = rich.text
    run = _next_italic(rich, pos, limit)
    if not run:
        return None
    a, b = run
    while b < limit and text[b - 1] == " ":
        b -= 1
    lead = text[pos:a]
    if lead and not lead.endswith(", "):
        return None
    lead = lead[:-2] if lead else ""
    if lead and (not _title_case(lead) or len(lead) > 400 or re.search(r"(?:^|\s)\d{4}\.\s", lead)):
        return None     # "…, dated September 5, 2025. White House, *Title*": a sentence ends in it, no author does
    title = text[a:b]
    if title.lower().rstrip(",") in ("id.", "supra", "see", "see also", "cf.", "e.g.", "but see", "see generally"):
        return None
    number, genre = "", ""
    parts = lead.rsplit(", ", 1)
    if len(parts) == 2 and _REPORT_NUMBER.fullmatch(parts[1]):
        lead, number = parts
    elif len(parts) == 2 and parts[1] in ("Note", "Comment", "Editorial", "Op-Ed", "Recent Case", "Book Review"):
        lead, genre = parts
    elif lead in ("Note", "Comment", "Editorial", "Op-Ed"):
        lead, genre = "", lead
    rest = text[b:limit]
    comma = re.search(r',(?=[”"’]?$)', title)     # *… “Good for Everybody,”* Politifact: the comma inside the quote
    if comma and rest[:1] == " ":
        title, rest = title[:comma.start()] + title[comma.end():], "," + rest
    fields: dict = {"title": title}
    # U.N. document
    m = re.match(r",\s(?:(?P<pin>" + PIN + r"),\s)?U\.N\.\sDoc\.\s(?P<symbol>[A-Z][\w/.()-]*(?:\s\([^)]*\))?)"
                 r"\s\((?P<date>[^()]+)\)(?:,\s(?P<url>" + URL + r"))?", rest)
    if m:
        f = Found(pos, b + m.end(), "un-document", {**fields, "symbol": m.group("symbol")},
                  pin=_pin_label(m.group("pin") or ""))
        if lead:
            f.fields["author"] = lead
        _set_date(f, rich, b + m.start("date"), m.group("date"))
        if m.group("url"):
            f.fields["url"] = m.group("url")
        return f
    # a report with its authors after the title, as the Congressional Research Service cites its own:
    # CRS Report R45825, *Federal Preemption: A Legal Primer*, by Bryan L. Adkins, … and Jay B. Sykes (2023)
    m = re.match(r",\s(?:coordinated\s)?by\s(?P<by>[^()]+?)(?:,\s(?P<pin>at\s" + PIN + r"))?\s\((?P<paren>[^()]*\d{4})\)"
                 r"(?:,\s(?P<url>" + URL + r"))?", rest)
    if m and (lead or number):
        number = ", ".join(p for p in (lead, number) if p)
        crs = re.fullmatch(r"CRS\s(?:Report|In\sFocus|Insight|Legal\sSidebar)\s(?P<n>[A-Z]*\d[\w-]*)", number)
        by = {"author": "Cong. Rsch. Serv.", "number": crs.group("n")} if crs else {"number": number}   # R15.1, T6
        f = Found(pos, b + m.end(), "report", {**fields, "authors": split_names(m.group("by")), **by},
                  pin=_pin_label(m.group("pin") or ""))
        f.guessed.append("kind")
        _set_date(f, rich, b + m.start("paren"), m.group("paren"))
        if m.group("url"):
            f.fields["url"] = m.group("url")
        return f
    # article: *Title*, 91 N.Y.U. L. Rev. 1183, 1240 (2016)
    m = re.match(r",\s(?P<vol>\d+)\s(?P<journal>[A-Z][^,()]*?)\s(?P<page>\d+)(?:,\s(?P<pin>" + PIN + r"))?"
                 r"\s\((?P<year>\d{4})\)(?:,\s(?P<url>" + URL + r"))?", rest)
    if m:
        f = Found(pos, b + m.end(), "article", {**fields, "journal": m.group("journal"),
                                                "volume": int(m.group("vol")), "page": int(m.group("page")),
                                                "year": int(m.group("year"))}, pin=_pin_label(m.group("pin") or ""))
        if lead:
            f.fields["authors"] = split_names(lead)
        if genre:
            f.fields["genre"] = genre
        if m.group("url"):
            f.fields["url"] = m.group("url")
        return f
    # news in print: *Title*, N.Y. Times, Nov. 14, 2014, at A6
    m = re.match(r",\s(?P<pub>[^,()]+?),\s(?P<date>" + DATE + r"),\sat\s(?P<page>[A-Z]?\d+)(?:,\s(?P<pin>[A-Z]?\d+))?",
                 rest)
    if m:
        f = Found(pos, b + m.end(), "news", {**fields, "publication": m.group("pub"), "page": m.group("page")},
                  pin=m.group("pin") or "")
        _set_date(f, rich, b + m.start("date"), m.group("date"))
        if lead:
            f.fields["authors"] = split_names(lead)
        if genre:
            f.fields["genre"] = genre
        return f
    # online: *Title*, Site (date[, time]), URL [(last visited …)]
    # (the comma before the address or the time is sometimes left out: Colorodoan (Jan. 6, 2017 9:20AM) http://…)
    m = _ONLINE.match(rest)
    if m:      # a site or a hearing's name: No Safe Haven: Law Enforcement …
        site = m.group("site")
        kind = "news" if _periodical(site) and lead else "web"
        f = Found(pos, b + m.end(), kind, {**fields, ("publication" if kind == "news" else "site"): site,
                                           "url": m.group("url")}, pin=_pin_label(m.group("pin") or ""))
        f.guessed.append("kind")
        if m.group("when"):
            tm = re.search(r",?\s(\d{1,2}:\d{2}\s?[AP]\.?M\.?)$", m.group("when"))
            _set_date(f, rich, b + m.start("when"), m.group("when")[:tm.start()] if tm else m.group("when"))
            if tm:
                f.fields["time"] = re.sub(r"(\d)([AP])", r"\1 \2", tm.group(1))     # 9:20AM → 9:20 AM
        if m.group("visited"):
            iso, _ = iso_date(m.group("visited"))
            f.fields["accessed"] = iso
        if lead:
            f.fields["authors" if kind == "news" else "author"] = split_names(lead) if kind == "news" else lead
        return f
    # online without an address: *Title*, Site (Feb. 23, 2023)
    m = re.match(r",\s(?P<site>[^(),\d]+?)\s\((?P<when>" + DATE + r")\)", rest)
    if m and not re.match(r"(?:coordinated\s)?by\s", m.group("site")):
        site = m.group("site")
        kind = "news" if _periodical(site) else "web"
        f = Found(pos, b + m.end(), kind, {**fields, ("publication" if kind == "news" else "site"): site})
        f.guessed.append("kind")
        _set_date(f, rich, b + m.start("when"), m.group("when"))
        if lead:
            f.fields["authors" if kind == "news" else "author"] = split_names(lead) if kind == "news" else lead
        return f
    # report or book: *Title* 15 (June 2009), URL
    m = re.match(r"(?:,?\s(?:at\s)?(?P<pin>" + PIN + r"))?(?:\s\((?P<paren>[^()]*\d{4})\))?(?:,\s(?P<url>" + URL +
                 r"))?", rest)
    if m and (m.group("paren") or number or lead):
        paren = m.group("paren") or ""
        institution = bool(INSTITUTION.search(lead)) or bool(number)
        month = re.search(_MON, paren)
        bookish = re.search(r"\bed\.|\beds\.|\btrans\.|Press|Publishing|Publishers|Books|\bLtd\b|\bInc\b", paren)
        kind = "report" if (institution or month) and not bookish else "book"
        f = Found(pos, b + m.end(), kind, dict(fields), pin=_pin_label(m.group("pin") or ""))
        f.guessed.append("kind")
        if lead:
            if kind == "report":
                f.fields["author"] = lead
            else:
                f.fields["authors"] = split_names(lead)
        if number:
            f.fields["number"] = number
        if kind == "report" and paren:
            _set_date(f, rich, b + m.start("paren"), paren)
        elif paren:
            pm = re.fullmatch(r"(?:(?P<eds>[^,]+?)\seds?\.,\s)?(?:(?P<ed>\d+)(?:st|d|nd|rd|th)\sed\.\s)?"
                              r"(?P<pub>.*?)\s?(?P<year>\d{4})", paren)
            if pm:
                f.fields["year"] = int(pm.group("year"))
                if pm.group("ed"):
                    f.fields["edition"] = int(pm.group("ed"))
                if pm.group("pub"):
                    f.fields["publisher"] = pm.group("pub").strip(", ")
                if pm.group("eds"):
                    f.fields["editors"] = split_names(pm.group("eds"))
            else:
                f.fields["year"] = int(re.findall(r"\d{4}", paren)[-1])
                f.guessed.append("year")
        if m.group("url"):
            f.fields["url"] = m.group("url")
        return f
    return None


def _periodical(site: str) -> bool:
    """Whether a site is a newspaper or magazine; in small capitals flattened to capitals (ECONOMIST, N.Y.
    TIMES MAG.) its words are read as they are spelled."""
    words = re.sub(r"[A-Z][A-Z’']+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), site) if site.isupper() else site
    return bool(PERIODICAL.search(words)) and not INSTITUTION.search(words)


def _set_date(f: Found, rich: Rich, start: int, text: str, field: str = "date") -> None:
    iso, ok = iso_date(text)
    if not iso:   # not a date briefgen can read: said so in the record's note, not guessed
        f.remarks.append(f"{field} (written '{' '.join(text.split())}', not read)")
        return
    _date_problem(f, rich, start, text, iso, ok)
    f.fields[field] = iso


_SPEECH = re.compile(r"(?P<lead>[^;]+?),\s(?P<event>(?:Remarks|Address|Speech|Statement|Keynote\sAddress|Lecture|"
                     r"Briefing|Press\sConference|Testimony)\b[^;()]*?)(?:\s(?P<pin>at\s\d+(?:[-–]\d+)?))?"
                     r"\s\((?:(?P<place>[^()]+?),\s)?(?P<date>" + DATE + r")\)(?:,\s(?P<url>" + URL + r"))?")


def read_speech(rich: Rich, pos: int, limit: int) -> Found | None:
    """``John Kerry, Sec’y of State, Remarks at the Arms Trade Treaty Signing (U.N. Headquarters, Sept. 25, 2013)``,
    with the speech's italic title, if any, before the event (R17.4)."""
    m = _SPEECH.match(rich.text, pos, limit)
    if not m:
        return None
    lead, fields = m.group("lead"), {}
    run = _next_italic(rich, pos, m.end("lead"))
    if run:
        fields["title"] = rich.text[run[0]:run[1]].rstrip(", ")
        lead = rich.text[pos:run[0]].rstrip(", ")
    author, _, position = lead.partition(", ")
    if not author or not _title_case(lead) or rich.is_italic(pos, pos + len(author)):
        return None
    f = Found(pos, m.end(), "speech", {"author": author}, pin=_pin_label(m.group("pin") or ""))
    if position:
        f.fields["author_position"] = position
    f.fields.update(fields)
    f.fields["event"] = m.group("event")
    if m.group("place"):
        f.fields["place"] = m.group("place")
    _set_date(f, rich, m.start("date"), m.group("date"))
    if m.group("url"):
        f.fields["url"] = m.group("url")
    return f


def read_filing(rich: Rich, pos: int, limit: int) -> Found | None:
    run = _next_italic(rich, pos, limit) or _roman_filing_case(rich, pos, limit)   # Order, Rogovy v. Comm'r, No. …
    if not run:
        return None
    m = re.compile(r"(?P<title>[A-Z][^,*;]*?)(?:\s(?P<pin>¶¶?\s[\d–-]+))?,\s").match(rich.text, pos, run[0] + 1)
    if not m or m.end() != run[0]:
        return None
    m2 = re.compile(r",\s(?P<docket>No\.\s[^(]+?)\s\((?P<paren>[^()]*\d{4})\)(?:,\sECF\sNo\.\s(?P<ecf>\d+))?"
                    ).match(rich.text, run[1], limit)
    if not m2:
        return None
    f = Found(pos, m2.end(), "court-filing", {"title": m.group("title"), "case": rich.text[run[0]:run[1]].rstrip(", "),
                                              "docket": m2.group("docket")}, pin=m.group("pin") or "")
    cd = _court_date(f, rich, m2.start("paren"), m2.group("paren"))
    if "year" in cd:
        cd["date"] = str(cd.pop("year"))
    f.fields.update(cd)
    if m2.group("ecf"):
        f.fields["ecf"] = int(m2.group("ecf"))
    return f


def _roman_filing_case(rich: Rich, pos: int, limit: int) -> tuple[int, int] | None:
    """Where a filing's case name written in roman type is: after a short title (``Order``, ``Compl.``) and
    before its docket number; a name as a case name reads (``X v. Y``)."""
    m = re.compile(r"[A-Z][\w.’']*(?:\s[\w.’']+){0,3},\s(?P<case>[^;,]+?\sv\.\s[^;]+?),\sNo\.\s").match(rich.text, pos, limit)
    if not m or any(rich.italic[m.start("case"):m.end("case")]) or not _title_case(m.group("case")):
        return None
    return m.start("case"), m.end("case")
