"""Words set in large and small capitals, as law reviews print books, authors and periodicals, come out of a
PDF or a copied page as capitals: ``PETER BARTON HUTT ET AL., FOOD AND DRUG LAW``, ``89 TEMP. L. REV. 95``.
A record keeps names as they are written in ordinary type; these are read back to it.

>>> from_capitals("FOOD AND DRUG LAW"), from_capitals("TEMP. L. REV."), from_capitals("ELIZABETH Y. MCCUSKEY")
('Food and Drug Law', 'Temp. L. Rev.', 'Elizabeth Y. McCuskey')
>>> from_capitals("NATO"), from_capitals("NOAA, NMFS"), from_capitals("U.S. Food & Drug Admin.")
('NATO', 'NOAA, NMFS', 'U.S. Food & Drug Admin.')
"""
from __future__ import annotations

import re

from briefgen.authorities.parts import OTHERS

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "v.", "with", "et", "al."}
_FIELDS = ("name", "title", "author", "authors", "journal", "publication", "publisher")


def _word(word: str, first: bool) -> str:
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not first and word.lower() in _SMALL:
        return word.lower()
    if len(letters) <= 1 or (len(letters) <= 2 and "." in word):
        return word                          # an initial or an abbreviation: L., U.S., N.Y.
    out = word[0] + word[1:].lower()
    return re.sub(r"^(Mc)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)


def from_capitals(text: str) -> str:
    """``text`` in title case when it is all capitals of three or more words (``NOAA, NMFS`` are initials, not
    small capitals); else as it is."""
    words = text.split()
    if len(words) < 3 or not re.search(r"[A-Z]{3}", text) or re.search(r"[a-z]", text):
        return text
    return " ".join(_word(w, i == 0) for i, w in enumerate(words))


def read_capitals(fields: dict) -> list[str]:
    """Fields written in capitals, set in ordinary type in place; the names of those changed."""
    changed: list[str] = []
    for name in _FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and from_capitals(value) != value:
            fields[name], changed = from_capitals(value), changed + [name]
        elif isinstance(value, list):
            new = []
            for v in value:
                v2 = from_capitals(v) if isinstance(v, str) else v
                if isinstance(v2, str) and re.search(r"\s[Ee]t al\.$", v2):   # PETER BARTON HUTT ET AL.
                    new += [v2[:-7].rstrip(", "), OTHERS]
                else:
                    new.append(v2)
            if new != value:
                fields[name], changed = new, changed + [name]
    return changed
