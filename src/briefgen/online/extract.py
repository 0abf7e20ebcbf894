"""The case citations to look up: read by eyecite from a memo's text, or taken from case records.

Year and court come from the parenthetical that directly follows the citation and its pins
(``542 U.S. 692, 732 (2004)``, ``395 F.3d 932, 945 (9th Cir. 2002)``), read here rather than taken
from eyecite's metadata, which can borrow the year of the next citation in a string cite. A citation
with no parenthetical of its own is compared by name only. Short forms (``542 U.S. at 733``) are
resolved by eyecite to their full citation; one with no full citation in the memo is not sent
(its first page is unknown) and is listed as not checked.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable

from briefgen.errors import Location
from briefgen.online import Cited
from briefgen.tables import MONTH

# after the citation: pins (", 732", ", 732-33", ", 732 n.4", " & n.4"), then "(court year)"
_AFTER = re.compile(r"^((?:\s*(?:,|&)\s*(?:at\s+)?(?:\*?\d[\w\-–]*|nn?\.\s?\d+)(?:\s*n\.\s?\d+)?)*)\s*\(([^()]{0,80})\)")
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\s*$")
_PIN = re.compile(r"\d+")


def _court_id(text: str, reporter: str) -> str | None:
    """The courts-db id of the court the parenthetical names, or of a reporter only one court uses."""
    court_text = _YEAR.sub("", text).strip().rstrip(",").strip()
    # drop a date's month and day: "(9th Cir. Mar. 3, 2002)" -> "9th Cir."
    court_text = re.sub(rf"\b{MONTH}\s+\d{{1,2}},?$", "", court_text).strip().rstrip(",").strip()
    if court_text:
        from eyecite.helpers import get_court_by_paren

        return get_court_by_paren(court_text)
    if reporter in ("U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d"):
        return "scotus"
    return None


def _name(metadata) -> str:
    parts = [p for p in (getattr(metadata, "plaintiff", None), getattr(metadata, "defendant", None)) if p]
    return " v. ".join(parts)


def from_text(text: str, locate: Callable[[int], Location | None], where: str) -> tuple[list[Cited], list[tuple[str, str]]]:
    """Full case citations in ``text``, and its short forms as ``(volume reporter, as written)`` — a
    short form needs no lookup of its own once the memo cites its case in full somewhere."""
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, ShortCaseCitation

    logging.getLogger("eyecite").setLevel(logging.ERROR)   # its overlap notices are not the user's business
    cites: list[Cited] = []
    shorts: list[tuple[str, str]] = []
    for c in get_citations(text):
        groups = c.groups
        if isinstance(c, ShortCaseCitation):
            shorts.append((f"{groups.get('volume')} {_reporter(c)}", c.matched_text()))
            continue
        if not isinstance(c, FullCaseCitation):
            continue
        if not (str(groups.get("volume", "")).isdigit() and str(groups.get("page", "")).isdigit()):
            continue                       # "22 U.S. ___": nothing to look up
        start, end = c.span()
        after = _AFTER.match(text[end:])
        year = court = pin = None
        if after:
            pins = _PIN.search(after.group(1) or "")
            pin = int(pins.group()) if pins else None
            y = _YEAR.search(after.group(2))
            if y:
                year = int(y.group(1))
                court = _court_id(after.group(2), _reporter(c))
        citation = f"{groups['volume']} {_reporter(c)} {groups['page']}"
        cites.append(Cited(citation, _name(c.metadata), year, court, pin, locate(start), where, text[start:end]))
    return cites, shorts


def _reporter(c) -> str:
    """The reporter as T1 spells it (eyecite corrects variants: ``US`` -> ``U.S.``)."""
    try:
        return c.corrected_reporter()
    except (AttributeError, KeyError):
        return str(c.groups.get("reporter", ""))


def from_record(auth) -> Cited | None:
    """A case record's own citation (``volume reporter page``), or None when it has no reporter cite."""
    volume, reporter, page = (str(auth.get(k) or "").strip() for k in ("volume", "reporter", "page"))
    if not (volume.isdigit() and reporter and page.isdigit()):
        return None
    year = None
    for key in ("year", "date"):
        value = str(auth.get(key) or "")
        if value[:4].isdigit():
            year = int(value[:4])
            break
    court_text = str(auth.get("court") or "")
    court = None
    if court_text:
        from eyecite.helpers import get_court_by_paren

        court = get_court_by_paren(court_text)
    elif reporter in ("U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d"):
        court = "scotus"
    return Cited(f"{volume} {reporter} {page}", str(auth.get("name") or ""), year, court, None,
                    auth.location, auth.id, f"{volume} {reporter} {page}")
