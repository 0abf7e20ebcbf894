"""State codes (R12.3, T1.3), read back into statute records: ``Fla. Stat. § 905.17 (2025)``, ``Mass. Gen. Laws
ch. 277, § 14A (2024)``, ``Okla. Stat. Ann. tit. 22, § 340 (2025)``, ``42 Pa. Cons. Stat. § 4549 (West 2025)``,
``725 Ill. Comp. Stat. 5/112-4.1 (2025)`` (Illinois numbers its sections chapter/section, without ``§``).

A code starts with a T10 state abbreviation (from :mod:`briefgen.tables`, the formatter's table) and ends
at its section sign (or an Illinois chapter/section number) and its section at a word's last character (the period
after ``Fla. Stat. § 501.212.`` is the sentence's), its period slipped after the space (``Neb .Rev.
Stat.``) read as T10 writes it; a chapter or title the code names before the section stays part of the code, as the
statute kind prints it (``code: Mass. Gen. Laws ch. 277``).
"""
from __future__ import annotations

import re

from briefgen.importer.forms import Found
from briefgen.importer.sources import Rich
from briefgen.tables import STATE_ABBREVIATIONS

_STATE = "|".join(re.escape(s) for s in STATE_ABBREVIATIONS)
# the same with its period slipped after the space, as typesetting sometimes leaves it: ``Neb .Rev. Stat.``
_SLIPPED = "|".join(re.escape(s[:-1]) + r"\s\.(?=[A-Z])" for s in STATE_ABBREVIATIONS if s.endswith("."))
# each word of the code's name is read whole (atomic): split at its capitals, a run of initials was tried 2**n ways
_CODE = re.compile(
    rf"(?:(?P<title>\d+)\s)?(?P<code>(?:(?:{_STATE})\s|{_SLIPPED})(?:(?>[A-Z][\w.’']*)\s?)*?(?>[A-Z][\w.’']*)"
    r"(?:,?\s(?:ch|[Tt]it|art)\.\s?[\w-]+)?),?\s(?:(?P<sym>§§?)\s?|(?=\d+/))(?P<sec>\d(?:[\w.:/-]*\w)?(?:\([\w]+\))*(?:[-–]\d(?:[\w.-]*\w)?)?)"
    r"(?:\s\((?P<paren>[^()]*\d{4})\))?(?=[;.,]?(?:\s|$)|\s\(|\))")


def read_state_code(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _CODE.match(rich.text, pos, limit)
    if not m:
        return None
    code = re.sub(r"^([A-Z][\w.]*?)\s\.(?=[A-Z])", r"\1. ", m.group("code"))     # Neb .Rev. -> Neb. Rev.
    capital = re.search(r"\bTit\.\s?([\w-]+)", code)      # the Supreme Court's Okla. Stat., Tit. 82, §105.9
    code = re.sub(r"\bTit\.", "tit.", code)
    code = re.sub(r",(?=\s(?:ch|tit|art)\.)", "", re.sub(r"\b(ch|tit|art)\.(?=\w)", r"\1. ", code))
    f = Found(pos, m.end(), "statute", {"code": code,
                                        "section": m.group("sec")})
    if capital:
        f.problems.append((m.start("code") + capital.start(), "article-abbreviation", "'Tit.' in a citation",
                           f"R3.3, T16: write tit. {capital.group(1)}"))
    if m.group("title"):
        f.fields["title"] = int(m.group("title"))
    if m.group("sym") == "§§":
        f.pin = f"§§ {m.group('sec')}"
    if m.group("paren"):
        pm = re.fullmatch(r"(?P<pub>.*?)\s?(?P<year>\d{4})", m.group("paren"))
        if pm:
            f.fields["year"] = int(pm.group("year"))
            if pm.group("pub"):
                f.fields["publisher"] = pm.group("pub").strip()
    return f
