"""Forms no style writes, read in a note's text: what is wrong in The Bluebook and in a house style alike.

``Dept.`` is neither T6's ``Dep’t`` nor the word written out; ``Jul.``, ``Jun.``, ``Sep.`` are no T12 months (T12
writes June and July out and abbreviates September ``Sept.``); a periodical half abbreviated (``Am. J. Int’l
Law``) is neither T13's form nor the title. Quotations are the source's own words and are left alone.
"""
from __future__ import annotations

import re

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_DEPT = re.compile(r"\bDept\.?(?=\s)")
_MONTH = re.compile(r"\b(Jun|Jul|Sep|Janu|Febr|Augu|Octo|Nove|Dece)\.\s(\d{1,2},\s)?(\d{4})\b")
_T12 = {"Jun": "June", "Jul": "July", "Sep": "Sept.", "Janu": "Jan.", "Febr": "Feb.", "Augu": "Aug.", "Octo": "Oct.",
        "Nove": "Nov.", "Dece": "Dec."}
# a volume, a periodical's name of capitalised words (and of, &), and its first page: 41 Am. J. Int’l Law 186
_PERIODICAL = re.compile(r"(?<![\w.§])\d+\s[*_]?((?:[A-Z][\w’'.]*|of|&)(?:\s(?:[A-Z][\w’'.]*|of|&)){1,7})[*_]?\s\d+\b")


def slips(text: str) -> list:
    """``(offset, code, message, hint)`` of each slip in ``text``."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    def inside(i: int) -> bool:
        return any(a < i < b for a, b in quoted)

    out = []
    for m in _DEPT.finditer(text):
        if not inside(m.start()):
            out.append((m.start(), "abbreviation", f"'{m.group(0)}' is not abbreviated as T6 does",
                        "T6: write Dep’t (in a house style that writes names out, Department)"))
    for m in _MONTH.finditer(text):
        if not inside(m.start()):
            fixed = f"{_T12[m.group(1)]} {m.group(2) or ''}{m.group(3)}"
            out.append((m.start(), "month", f"month not abbreviated as T12 does: '{m.group(0)}'", f"T12: write {fixed}"))
    out += _half_abbreviated(text, inside)
    return out


def _half_abbreviated(text: str, inside) -> list:
    """T13: a periodical's name with some words abbreviated and a word T13 abbreviates written out."""
    from briefgen.tables import T13, periodical

    out = []
    for m in _PERIODICAL.finditer(text):
        name = m.group(1)
        words = name.split()
        if inside(m.start()) or not any(w.endswith(".") or "’" in w or "'" in w for w in words):
            continue
        if not any(T13.get(w, w) != w for w in words):
            continue
        fixed = periodical(name.replace("'", "’"))
        if fixed != name:
            out.append((m.start(1), "abbreviation", f"periodical '{name}' is abbreviated in part",
                        f"T13: write {fixed}"))
    return out
