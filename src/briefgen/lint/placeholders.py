"""Text that is waiting to be written: ``[name]``, ``§ 126.[X]``, ``TBD``, ``TODO``, ``XXX``, "to be
confirmed", a blank line of underscores. A signed document must carry none, so each is a warning at
its place in the module or spec — from ``check`` and from ``build`` alike.

Brackets are also how a quotation marks an alteration (``[t]he State``, ``[ATF]``), so a bracket is a
placeholder only when it holds a placeholder's words: a field's name (name, address, date, …), an
instruction (insert …, add …, cite …), a lone X, or question marks.

>>> [m.group() for m in find("Signed, [Name], Clinic; see 22 C.F.R. § 126.[X]; [t]he State [ATF] TBD")]
['[Name]', '[X]', 'TBD']
>>> [m.group() for m in find("address to be confirmed; TODO: pin; ____")]
['to be confirmed', 'TODO', '____']
>>> [m.group() for m in find("victims [names to be listed]; [State the relief sought.]; the [State] argues")]
['[names to be listed]', '[State the relief sought.]']
"""
from __future__ import annotations

import re

from briefgen.errors import Location, Report

_FIELDS = (r"names?|first name|last name|full name|signer|signatory|title|address(?:ee)?|street|city|zip|"
           r"phone|telephone|e-?mail|fax|date|year|month|day|client|organi[sz]ation|org|firm|clinic|school|"
           r"recipient|member|senator|representative|committee|office|chair|district|cite|citation|pin|page|"
           r"pages|number|no\.?|section|amount|figure|source|url|link|signature|email address|postal address|"
           r"counsel(?: of record)?|name of [^\]]{1,40}")
PATTERN = re.compile(
    r"\[\s*(?:(?:" + _FIELDS + r")(?:\s+(?:of|here|tbd|tk)\b[^\]]{0,30})?|x{1,3}|\?+|(?:insert|add|fill in|cite|check|"
    r"confirm|verify|state|set out|describe|list|enter|provide|complete|tbd|tk|todo)\s+[^\]]{3,200}|"
    r"[^\]]{0,60}\bto be (?:confirmed|determined|added|supplied|listed|completed|provided)[^\]]{0,30})\s*\]"
    r"|\b(?:TBD|TODO|FIXME|XXX|TK)\b|\bto be (?:confirmed|determined)\b|_{4,}",
    re.I)


def find(text: str):
    """Every placeholder in ``text``, as regex matches (TBD, TODO and XXX only in capitals)."""
    for m in PATTERN.finditer(text):
        word = m.group()
        if re.fullmatch(r"(?i:tbd|todo|fixme|xxx|tk)", word) and word != word.upper():
            continue
        yield m


def scan(text: str, path: str, first_line: int, report: Report, where: str) -> None:
    """Warn of each placeholder in ``text``, whose first line is line ``first_line`` of ``path``."""
    for m in find(text):
        line = text.count("\n", 0, m.start())
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        report.warning(f"'{m.group()}' in {where} looks like a placeholder, and would print as it is",
                       Location(path, first_line + line, col), code="placeholder",
                       hint="write what it stands for, or delete it; a signed document carries no placeholders")


def scan_spec(path, report: Report) -> None:
    """The spec file itself, comments left out (they never print)."""
    from briefgen.errors import display_path

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return                                  # the spec's reader has said why
    lines = [re.sub(r"(^|\s)#.*$", "", line) for line in text.split("\n")]
    scan("\n".join(lines), display_path(path), 1, report, "the spec")
