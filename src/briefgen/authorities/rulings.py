"""Rulings an agency issues in a numbered series (T1.2, Internal Revenue Service): revenue rulings and
procedures and notices, cited to the Internal Revenue Bulletin; chief counsel advice and private letter
rulings, cited by their date.

``Rev. Rul. 2019-24, 2019-44 I.R.B. 1004``; ``I.R.S. Notice 2014-21, 2014-16 I.R.B. 938, § 4``;
``Chief Couns. Adv. 202114020 (Apr. 9, 2021)``. The series is printed as the record writes it.
"""
from __future__ import annotations

from briefgen.authorities.parts import text, when
from briefgen.authorities.rules import LEGISLATION, Field, Kind
from briefgen.authorities.typeface import Run, Style


def _name(a) -> str:
    return f"{text(a.get('series'))} {text(a.get('number'))}"


def _ruling(a, loc, st: Style, short: bool = False) -> list[Run]:
    """``Rev. Rul. 2019-24, 2019-44 I.R.B. 1004, 1005``; short, ``Rev. Rul. 2019-24, 2019-44 I.R.B. at 1005``."""
    out = _name(a)
    page = loc is not None and loc.label == "page"
    if a.get("volume"):
        out += f", {text(a.get('volume'))} {text(a.get('reporter') or 'I.R.B.')} "
        out += f"at {loc.text}" if short and page else text(a.get("page")) + (f", {loc.text}" if page else "")
    elif page:
        out += f", at {loc.text}"
    if loc is not None and not page:
        out += f", {loc.labelled()}"
    if not short and not a.get("volume") and a.get("date"):
        out += f" ({when(a)})"
    return [(out, "")]


RULING = Kind(
    name="ruling", rule="R14, T1.2", doc="agency rulings in a numbered series: revenue rulings, notices, chief counsel "
                                    "advice",
    fields=(Field("series", required=True, doc="Rev. Rul., Rev. Proc., I.R.S. Notice, Chief Couns. Adv."),
            Field("number", required=True, doc="2019-24; 202114020"),
            Field("volume", doc="the Internal Revenue Bulletin's issue: 2019-44"),
            Field("reporter", doc="I.R.B. (the default) or C.B."), Field("page", doc="its first page there: 1004"),
            Field("date", "date", doc="for one cited by its date, not to the Bulletin")),
    full=lambda a, loc, st, suppress=False: _ruling(a, loc, st),
    short=lambda a, loc, st, name: _ruling(a, loc, st, short=True), derived=lambda a: (_name(a), ""),
    toa=LEGISLATION, pins=frozenset({"page", "section", "paragraph", "other"}), csl_type="regulation")

KINDS = (RULING,)
