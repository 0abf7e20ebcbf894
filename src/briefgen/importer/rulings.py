"""Agency rulings in a numbered series (T1.2), read into ``ruling`` records: ``Rev. Rul. 2019-24, 2019-44 I.R.B.
1004``, ``IRS Notice 2014-21, 2014-16 I.R.B. 938, § 4 Q&A 8``, ``IRS Chief Couns. Adv. 202444009 (Nov. 1, 2024)``.
The series is kept as written (``IRS Chief Coun. Adv.``): the record prints what the note printed."""
from __future__ import annotations

import re

from briefgen.importer.forms import DATE, Found, iso_date
from briefgen.importer.sources import Rich

_RULING = re.compile(
    r"(?P<series>(?:(?:I\.R\.S\.|IRS)\s)?(?:Rev\.\sRul\.|Rev\.\sProc\.|Chief\sCoun(?:s|sel)?\.?\sAdv\.|"
    r"Priv\.\sLtr\.\sRul\.|Tech\.\sAdv\.\sMem\.|Gen\.\sCouns\.\sMem\.)|(?:I\.R\.S\.|IRS)\sNotice)"
    r"\s(?P<number>\d[\d-]*\d)"
    r"(?:,\s(?P<volume>\d{4}-\d+)\s(?P<reporter>I\.R\.B\.|C\.B\.)\s(?P<page>\d+))?"
    r"(?:,\s(?P<pin>(?:at\s)?\d+(?:[-–]\d+)?|§\s?\d+(?:\sQ&A\s\d+)?))?"
    r"(?:\s\((?P<date>" + DATE + r")\))?(?=[;.,]?(?:\s|$)|\s?\(|[;.,])")


def read_ruling(rich: Rich, pos: int, limit: int) -> Found | None:
    m = _RULING.match(rich.text, pos, limit)
    if not m:
        return None
    f = Found(pos, m.end(), "ruling", {"series": m.group("series"), "number": m.group("number")},
              pin=re.sub(r"^at\s", "", m.group("pin") or ""))
    if m.group("volume"):
        f.fields.update(volume=m.group("volume"), reporter=m.group("reporter"), page=int(m.group("page")))
    if m.group("date"):
        iso, _ = iso_date(m.group("date"))
        if iso:
            f.fields["date"] = iso
    return f
