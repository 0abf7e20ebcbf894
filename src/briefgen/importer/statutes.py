"""State codes (R12.3, T1.3), read into statute records: ``Fla. Stat. § 905.17 (2025)``, ``725 Ill. Comp. Stat.
5/112-4.1 (2025)``, ``Okla. Stat. Ann. tit. 22, § 340 (2025)``, ``42 Pa. Cons. Stat. § 4549 (West 2025)``.

A code is known by a state as T10 abbreviates it (:data:`briefgen.tables.STATE_ABBREVIATIONS`) followed by the
words codes are named with (Stat., Code, Laws, Ann.); the section follows a ``§``. What the statute kind prints
(``title code § section (publisher year)``) is what is read.
"""
from __future__ import annotations

import re

from briefgen.importer.forms import Found
from briefgen.importer.sources import Rich
from briefgen.tables import STATE_ABBREVIATIONS

_STATE = "|".join(re.escape(s) for s in STATE_ABBREVIATIONS)
_CODE = re.compile(
    r"(?:(?P<title>\d+)\s)?(?P<code>(?:" + _STATE + r")\s(?:[A-Z][a-z]*\.?\s){0,3}?"
    r"(?:Stat|Code|Laws|Codified\sLaws)\.?(?:\s(?:Ann|Crim|Proc|Civ)\.)*"
    r"(?:\s(?:tit|ch)\.\s?\d+,)?)\s(?:(?P<sym>§§?)\s?|(?=\d+/))(?P<sec>\d[\w.:/-]*\w|\d)(?P<sub>(?:\([\w]+\))*)"
    r"(?:\s\((?P<paren>[^()]*?\d{4})\))?(?=[;.,]?(?:\s|$)|\s\()")


def read_state_statute(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _CODE.match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "statute", {"code": m.group("code"), "section": m.group("sec")})
    if m.group("title"):
        f.fields["title"] = int(m.group("title"))
    if m.group("sub") or m.group("sym") == "§§":
        f.pin = f"{m.group('sym') or '§'} {m.group('sec')}{m.group('sub')}"
    pm = re.fullmatch(r"(?P<pub>.*?)\s?(?P<year>\d{4})", m.group("paren") or "")
    if pm:
        f.fields["year"] = int(pm.group("year"))
        if pm.group("pub"):
            f.fields["publisher"] = pm.group("pub").strip()
    return f
