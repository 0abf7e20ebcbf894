"""Court names as the Bluebook abbreviates them, and when a reporter makes them redundant."""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.tables import STATE_ABBREVIATIONS

# Bluebook T10 state abbreviations (longest first when matching), and the territories courts sit in.
STATES = sorted(set(STATE_ABBREVIATIONS) | {"P.R.", "Guam", "V.I."}, key=len, reverse=True)

SUPREME_COURT_REPORTERS = {"U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d", "U.S.L.W."}
SUPREME_COURT_NAMES = {"U.S.", "SCOTUS", "Supreme Court of the United States", "United States Supreme Court",
                       "U.S. Supreme Court", "Supreme Court"}


def _state_prefix(text: str) -> str:
    for st in STATES:
        if text == st or text.startswith(st + " "):
            return st
    return ""


def court_parenthetical(court: str, reporter: str = "", public_domain: str = "") -> str:
    """The court part of a case's date parenthetical, or '' when the cite already shows it.

    >>> court_parenthetical('Wash. Ct. App.', 'Wash. App.'), court_parenthetical('N.Y. App. Div.', 'N.Y.S.2d')
    ('', 'App. Div.')
    >>> court_parenthetical('Ga. Ct. App.', 'S.E.2d'), court_parenthetical('U.S.', 'S. Ct.')
    ('Ga. Ct. App.', '')
    """
    court = (court or "").strip()
    if not court:
        return ""
    reporter = re.sub(r"\s\(\d+\s[^()]+\)$", "", reporter or "")   # 5 U.S. (1 Cranch): a nominative reporter
    if court in SUPREME_COURT_NAMES and (reporter in SUPREME_COURT_REPORTERS or not reporter):
        return "" if reporter else court
    if reporter and court == reporter:
        return ""
    state = _state_prefix(court)
    if public_domain and state and state.rstrip(".") in public_domain:
        return court[len(state):].strip()
    if not state or not reporter or not reporter.startswith(state.rstrip(".")):
        return court
    level = court[len(state):].strip()
    rep_rest = reporter[len(state):].strip() if reporter.startswith(state) else reporter[len(state.rstrip(".")):]
    rep_rest = rep_rest.strip()
    series = re.fullmatch(r"(\d+(st|nd|d|th))?", rep_rest) or re.fullmatch(r"St\.( \d+(st|nd|d|th))?", rep_rest)
    if not level and series:
        return ""
    if "App" in level and rep_rest.startswith("App"):
        return ""
    return level


@lru_cache(maxsize=256)
def abbreviate(name: str) -> str:
    """A full court name (``United States Court of Appeals for the Ninth Circuit``) -> ``9th Cir.``.

    Names that already look abbreviated are returned unchanged; courts-db answers the rest.
    """
    name = (name or "").strip()
    if not name or "." in name or len(name.split()) <= 2:
        return name
    if name in SUPREME_COURT_NAMES:
        return "U.S."
    try:
        import courts_db
    except ImportError:  # pragma: no cover - a dependency, but keep the name if it is missing
        return name
    ids = courts_db.find_court(name)
    if len(ids) == 1:
        court = courts_db.find_court_by_id(ids[0])
        if court and court[0].get("citation_string"):
            return court[0]["citation_string"]
    return name
