"""Styled runs and the typeface that styles them.

A citation is a list of ``(text, style)`` runs, style ``""`` (roman), ``"i"`` (italic) or
``"sc"`` (small caps), so every writer prints the same thing. A run's *role* (a case name,
a book title, a periodical) becomes a style through the brief's typeface:

>>> Style('law-review').run('Style: Ten Lessons', 'book')
('Style: Ten Lessons', 'sc')
"""
from __future__ import annotations

import re

from briefgen.errors import BriefgenError

Run = tuple[str, str]
MARK = "mark"  # a run that prints nothing: (key, "mark") marks a citation for the table of authorities

# role -> style, by typeface. A case name is roman in a law review's full citations but italic in its short
# forms (R2.1(a): "Sosa, 542 U.S. at 732" prints *Sosa*), hence the role "shortcase".
TYPEFACES = {
    "practitioner": {"case": "i", "shortcase": "i", "title": "i", "book": "i", "bookauthor": "", "periodical": "",
                     "news": "", "signal": "i", "phrase": "i"},
    "law-review": {"case": "", "shortcase": "i", "title": "i", "book": "sc", "bookauthor": "sc", "periodical": "sc",
                   "news": "sc", "signal": "i", "phrase": "i"},
}


class Style:
    """The typeface of a brief's citations (R2, B2): ``Style('practitioner')`` or ``Style('law-review')``.

    An unknown name is an error, never a silent practitioner:

    >>> Style('chicago')
    Traceback (most recent call last):
    briefgen.errors.BriefgenError: error[style]: unknown typeface 'chicago'
      hint: the Bluebook typefaces are practitioner and law-review
    """

    def __init__(self, typeface: str = "practitioner", date: str = ""):
        if typeface not in TYPEFACES:
            raise BriefgenError(f"unknown typeface '{typeface}'", code="style",
                                hint="the Bluebook typefaces are practitioner and law-review")
        self.typeface = typeface
        self.faces = TYPEFACES[typeface]
        self.date = str(date or "")  # the brief's date: the C.F.R. edition in force on it (edition: current)

    def run(self, text: str, role: str) -> Run:
        return (text, self.faces.get(role, ""))

    def __repr__(self) -> str:
        return f"Style({self.typeface!r})"


DEFAULT = Style()


def runs_text(runs: list[Run]) -> str:
    """Runs as Markdown-ish text (``*italic*``), for doctests and messages."""
    out = []
    for text, style in merge(runs):
        if style == MARK:
            continue
        if style == "i" and text.strip():
            text = f"*{text}*"
        elif style == "sc":
            text = f"[{text}]{{.smallcaps}}"
        out.append(text)
    return "".join(out)


def plain(runs: list[Run]) -> str:
    return "".join(t for t, s in runs if s != MARK)


def merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of one style; drop empty ones."""
    out: list[Run] = []
    for text, style in runs:
        if not text:
            continue
        if style != MARK and text[0] in ",." and out and out[-1][1] != MARK and out[-1][0].endswith(("”", '"')):
            last = out[-1][0]      # R5.1: a comma or period after a closing quotation mark goes inside it
            out[-1] = (last[:-1] + text[0] + last[-1], out[-1][1])
            text = text[1:]
            if not text:
                continue
        if style == MARK:
            out.append((text, style))
        elif style and len(out) >= 2 and out[-1][1] == "" and not out[-1][0].strip() and out[-2][1] == style:
            space = out.pop()[0]  # *See* *id.* -> *See id.*: one italic run across the space
            out[-1] = (out[-1][0] + space + text, style)
        elif out and out[-1][1] == style:
            out[-1] = (out[-1][0] + text, style)
        else:
            out.append((text, style))
    return out


def emphasis_runs(text: str) -> list[Run]:
    """User text with ``*italics*`` (parentheticals, history) -> roman and italic runs."""
    runs, pos = [], 0
    for m in re.finditer(r"(?<![\\\w])([*_])(?=\S)(.+?)(?<=\S)\1(?!\w)", text):
        runs.append((text[pos:m.start()], ""))
        runs.append((m.group(2), "i"))
        pos = m.end()
    runs.append((text[pos:], ""))
    return runs


def smart_quotes(text: str) -> str:
    """Straight quotes typed in a parenthetical become curly, as the module text's do."""
    text = re.sub(r'(^|[\s(\[—–-])"', "\\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[—–“-])'", "\\1‘", text)      # "'structure' → “‘structure’
    return text.replace("'", "’")
