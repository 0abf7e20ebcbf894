"""How many sources a note cites, told by the shape of its text alone.

*Id.* refers to the previous note only when that note cites one source (R4.1). Whether a note cites one or
several can be told without reading its citations: a string of citations is parted by semicolons, and each
citation sentence of a note is a citation of its own. A part counts when it looks cited (an address, a year or
date in parentheses, a volume, reporter and page, a code, a page pin); a sentence of prose does not.
"""
from __future__ import annotations

import re

from briefgen.lint.text import sentence_starts

# what shows that a part of a note gives a source, in any style (Bluebook, CRS house style, OSCOLA)
_CITED = re.compile(
    r"https?://|\(\w*\.?\s?\d{1,2},?\s\d{4}\)|\(\w+\s\d{1,2},\s\d{4}\)|\(\d{1,2}\s\w+\s\d{4}\)|\([^()]*\b\d{4}\)|"
    r"\b\d+\s+[A-Z][\w.’']*\.?(?:\s[A-Z][\w.’']*)*\s+(?:at\s)?\d+|\bU\.S\.\s?C(?:\.|ode)|\bC\.F\.R\.|\bStat\.|"
    r"\bP\.L\.\s\d|\bPub\.\sL\.|\bDoc\.|\d+(?:st|nd|rd|th)\sCong\.|Congressional Record|\bH\.\s?Rept\.|\bS\.\s?Rept\.|"
    r",\s(?:pp?\.|at)\s[\dxvi]+|\bICC-\d|\b[A-Z]{1,4}/(?:RES/)?\d|"
    r"\(nn?\s\d+\)|\bsupra\b|\b[Ii]d\.|\b[Ii]bid\b")      # a cross-reference cites what it points at


def _parts(text: str) -> list[str]:
    """The sentences of ``text``, each cut at its semicolons outside parentheses, brackets and quotations."""
    out = []
    starts = [0] + [s for s in sentence_starts(text + " ") if s < len(text)]
    for a, b in zip(starts, starts[1:] + [len(text)]):
        depth, quote, last = 0, False, a
        for i in range(a, b):
            ch = text[i]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif ch in "\"“”":
                quote = ch == "“" or (ch == '"' and not quote)
            elif ch == ";" and not depth and not quote:
                out.append(text[last:i])
                last = i + 1
        out.append(text[last:b])
    return [p.strip() for p in out if p.strip()]


def _joined(part: str) -> int:
    """How many citations a part joins by "and" (``43 U.S.C. §617(d) and Arizona v. California, 373 U.S. at 593``):
    each side of an "and" that looks cited is one."""
    pieces, last = [], 0
    for m in re.finditer(r",?\sand\s", part):
        if _CITED.search(part[last:m.start()]) and _CITED.search(part[m.end():]):
            pieces.append(part[last:m.start()])
            last = m.end()
    return len(pieces) + 1


_BACK = re.compile(r"\b[Ii]d\.|\b[Ii]bid\b")


def sources_cited(text: str) -> int:
    """How many citations of ``text`` look cited (a lower bound: two sources written as one part count once). A
    note whose every citation is *Id.* or *ibid.* (the Court's ``§5.01(b), id., at 22–23; §5.02(b), id., at 23``)
    cites one source: the one they all point back to."""
    cited = [part for part in _parts(text) if _CITED.search(part)]
    if cited and all(_BACK.search(part) for part in cited):
        return 1
    return sum(_joined(part) for part in cited)
