"""Rules on characters typed by hand: module text, and the text of a memo being verified.

Each rule takes a text and where it starts, and reports at the line and column of what it finds.
"""
from __future__ import annotations

import re

from briefgen.errors import Location, Report

ELLIPSIS = re.compile(r"(?<![.\w])\.\.\.\.?(?!\.)|…")
NBSP = "\u00a0"
# where a sentence ends: a period, question or exclamation mark (and any closing quotation mark or bracket)
# followed by a space; a period that ends an abbreviation (U.S., Dep't., No., v., Const.) ends none
_SENTENCE_END = re.compile(r"[.?!][”\"’')\]]*\s+")
_ABBREVIATED = re.compile(r"(?:^|[\s(\[“\"])(?:[A-Z][\w’'&-]{0,5}|(?:\w\.)+\w|v|e\.g|i\.e|cf|al|etc|pp?|ch|art|cl|no|nn?|"
                          r"para|sec|amend|tit|ed|eds|vol)\.[”\"’')\]]*$")


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` after the first begins; the spaced periods of an ellipsis inside a quoted
    sentence (“transform[ed] . . . into a law”) end none."""
    return [m.end() for m in _SENTENCE_END.finditer(text) if not _ABBREVIATED.search(text[:m.start() + 1])
            and not (_IN_ELLIPSIS.search(text, max(0, m.start() - 2), m.start() + 3)
                     and (text[m.end():m.end() + 1].islower() or text.startswith(".", m.end())))]


_IN_ELLIPSIS = re.compile(r"\.\s\.")


def ends_sentence(before: str) -> bool:
    """Whether what follows ``before`` begins a sentence: ``before`` is empty or ends a sentence (``… 2020). ``),
    not an abbreviation (``U.S. Const. ``)."""
    return not before.strip() or bool(sentence_starts(before)) and sentence_starts(before)[-1] == len(before)


def t16_hint(word: str, number: str) -> str:
    """``Art.`` -> the form T16 gives in a citation, and the word R3.3 spells out in a textual sentence."""
    spelled = {"Art": "Article", "Arts": "Articles", "Amend": "Amendment", "Cl": "Clause", "Pmbl": "Preamble",
               "Pt": "Part", "Pts": "Parts", "Sec": "Section", "Secs": "Sections"}
    number = f" {number}" if number else ""
    cited = {"Sec": "§", "Secs": "§§"}.get(word, f"{word.lower()}.")
    return f"R3.3, T16: write {cited}{number} (in a textual sentence, {spelled.get(word, word)}{number})"


def ellipsis_text(found: str) -> str:
    """``...`` -> ``. . .`` (R5.3), with no-break spaces so the three periods never part at a line's end;
    ``....`` (an omission at the end of a sentence) -> ``. . . .``."""
    return NBSP.join("." * (4 if found == "...." else 3))


def normalize_ellipses(text: str) -> str:
    """Every ``...``, ``…`` and ``. . .`` of ``text`` as R5.3 prints it."""
    text = re.sub(r"(?<![.\w])\. \. \.(?: \.)?", lambda m: m.group(0).replace(" ", NBSP), text)
    return ELLIPSIS.sub(lambda m: ellipsis_text(m.group(0)), text)


def _position(text: str, offset: int, line: int, col: int) -> tuple[int, int]:
    before = text[:offset]
    nl = before.rfind("\n")
    return (line + before.count("\n"), (col if nl < 0 else 1) + offset - nl - 1)


def ellipses(text: str, path: str, report: Report, line: int = 1, col: int = 1) -> None:
    """``...`` or ``…`` inside a quotation, where R5.3 wants ``. . .``."""
    quote = False
    for i, ch in enumerate(text):
        if ch == "“":
            quote = True
        elif ch == "”" or (ch == "\n" and text[i + 1:i + 2] == "\n"):  # a blank line ends a paragraph
            quote = False
        elif ch == '"':
            quote = not quote
        if not quote:
            continue
        m = ELLIPSIS.match(text, i)
        if m and (i == 0 or text[i - 1] != "."):
            ln, cl = _position(text, i, line, col)
            start, end = max(0, i - 25), min(len(text), m.end() + 25)
            fixed = text[start:i] + ellipsis_text(m.group(0)).replace(NBSP, " ") + text[m.end():end]
            report.warning(f"'{m.group(0)}' in a quotation", Location(path, ln, cl), code="ellipsis",
                           hint=f"R5.3: an omission is three spaced periods: …{' '.join(fixed.split())}…")
