"""A memo's habits: what it does every time is its typeface, not a slip at each note.

A memo written in a court's own style (the Supreme Court's ``540 U. S. 56``, ``Art. I``) writes those forms by
rule: they are not told at all. A memo that sets no signal in italics sets them in roman on purpose: a house style (the CRS's, which writes
its months and agencies out) does so by rule, and is not told; a memo that follows the Bluebook's tables is told
once, at the first, with the count. Where one signal is italic, each roman one is a slip at its note.
"""
from __future__ import annotations

import re

from briefgen.errors import Diagnostic

# a signal opening a citation sentence, or inside a string of citations after ';'
_SIGNAL = re.compile(r"(?:^|(?<=[.;]\s))(?:See|see|Cf\.|cf\.|Accord|accord|Contra|Compare|compare|But\s(?:see|cf\.)|"
                     r"but\s(?:see|cf\.)|E\.g\.|e\.g\.)(?![\w])")


def roman_signals(items: list, notes: list, bluebook: bool) -> list:
    """``items`` (one memo's diagnostics) with its ``signal-italics`` findings told as a habit when no signal of
    ``notes`` (the memo's notes as read) is in italics."""
    roman = [d for d in items if d.code == "signal-italics"]
    if not roman or any(rich.is_italic(m.start(), m.start() + 1) for rich in notes for m in _SIGNAL.finditer(rich.text)):
        return items
    if not bluebook:
        return [d for d in items if d.code != "signal-italics"]
    if len(roman) < 2:
        return items
    first = roman[0]
    told = Diagnostic(first.severity, first.code, f"the memo sets every signal in roman, {len(roman)} times; first "
                                                  "here", first.location,
                      "R1.2, B1.2: signals are in italics (*See*, *Cf.*, *see also*); set each in italics")
    return [told if d is first else d for d in items if d.code != "signal-italics" or d is first]


def court_forms(items: list) -> list:
    """``items`` without what the Supreme Court's own style writes by rule, in a memo written in it: its
    reporters spaced (``U. S.``, ``F. 3d``: what T1 closes up, letter for letter), ``Art.`` and ``Tit.`` capitalized and its
    courts of appeals as ``CA10``. A
    reporter misspelt otherwise, or any other finding, is kept."""
    def by_rule(d) -> bool:
        if d.code == "court":
            return d.message.endswith("as the Supreme Court writes it")
        if d.code == "article-abbreviation":
            return d.message.startswith(("'Art.", "'Tit."))
        if d.code != "reporter-form":
            return False
        written = re.search(r"'([^']+)'", d.message)
        wanted = re.search(r"abbreviates it (\S.*)$", d.hint or "")
        if not written or not wanted:
            return False
        return written.group(1).replace(" ", "") == wanted.group(1).replace(" ", "")
    return [d for d in items if not by_rule(d)]


# the Tax Court's form of a Treasury regulation: 26 C.F.R. sec. 301.6231(a)(3)-1(a)(4), Proced. & Admin. Regs.
_CFR = re.compile(r"\bC\.F\.R\.\s?(?P<sec>secs?\.)?")


def tax_court_regulations(items: list, notes: list) -> list:
    """``items`` without ``cfr-year`` when the memo writes every C.F.R. citation as the Tax Court does (``26 C.F.R.
    sec. 301.6231(a)(3)-1(a)(4)``), a form that by that court's rule gives no edition: not a Bluebook citation
    missing its year."""
    cited = [m for rich in notes for m in _CFR.finditer(rich.text)]
    if not cited or not all(m.group("sec") for m in cited):
        return items
    return [d for d in items if d.code != "cfr-year"]
