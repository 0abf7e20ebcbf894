"""A short form of a book, an article, a report or a document before any full citation of it.

The importer reads a short form (``Kato et al., "Deep-Sea Mud," p. 536``) only as a later citation of a source
an earlier note cites in full; without that citation the words stay unread or read as prose, which is not by
itself a finding. But a citation that holds nothing but a name, a short title and a pin is a short form by its shape,
whoever wrote it: when no earlier note names that title, the source is never cited in full before it (R4.2,
R16.9). The rule reads only the memo's own words, so it holds for any source, in any house style.
"""
from __future__ import annotations

import re

from briefgen import pins
from briefgen.errors import Report
from briefgen.lint.text import sentence_starts

# an institution's initials, one or several (ISA; NOAA, NMFS)
_INITIALS = r"[A-Z]{2}[\w-]*(?:,\s[A-Z]{2}[\w-]*)*"     # [A-Z]{2}, not {2,}: one way to match, no backtracking
# an author's family name (with "et al." or a second name) or initials; not an institution's name written out
# (U.S. Department of State, *Title*, is how some house styles cite a report in full)
_NAME = rf"(?:[A-Z][\w’'.-]+(?:\s(?:et\sal\.|(?:and|&)\s[A-Z][\w’'-]+))?|{_INITIALS})"
# a title in quotation marks or italics, a document's symbol (ISBA/28/C/24), or, for initials, capitalised words
_TITLE = r"(?:\"[^\"]+\"|“[^”]+”|\*[^*]+\*|[A-Z]{2,}[\w.-]*/[\w/.-]*\d[\w/.-]*)"
# a page or paragraph (pins.LABELS), p./pp. included as house styles write them; OSCOLA's bare page: Title 457
_PIN = r"(?:,?\s" + pins.pattern(("page", "paragraph"), bare=False) + r"|\s\d[\d–-]*)?"
_YEAR = r"(?:,\s(?:19|20)\d\d)?"                     # a house style's short form keeps the year: …Review, 2024
_SHORT = re.compile(rf"^(?:[Ss]ee(?:\salso)?,?\s)?(?P<name>{_NAME}),\s(?P<title>{_TITLE}){_YEAR}{_PIN}[.;]?$")
_PLAIN = re.compile(rf"^(?:[Ss]ee(?:\salso)?,?\s)?(?P<name>{_INITIALS}),\s(?P<title>[A-Z][\w’'.—-]*"
                    rf"(?:\s(?:[A-Z][\w’'.—-]*|of|the|and|in|on|for|to|a|an)){{0,11}}){_YEAR}{_PIN}\.?$")


def _title(raw: str) -> str:
    return raw.strip("\"“”*").rstrip(",.").strip()


def _short_forms(text: str):
    """(offset, name, title) of each citation of ``text`` (a sentence, or an item of a string of citations
    after ``;``) shaped as a short form and nothing else."""
    starts = [0] + sentence_starts(text + " ")
    for a, b in zip(starts, starts[1:] + [len(text)]):
        for item in re.finditer(r"[^;]+;?", text[a:b]):
            cited = re.sub(r"^\s*(?:and\s)?", "", item.group(0))
            m = _SHORT.match(cited.strip()) or _PLAIN.match(cited.strip())
            if m and len(_title(m.group("title"))) > 2:
                yield a + item.start() + len(item.group(0)) - len(cited), m.group("name"), _title(m.group("title"))


def _marked(rich):
    """A note's text with its italic runs between asterisks, as a plain-text memo writes them (a Markdown or Word
    note's italics are flags beside its text), and a function from an offset there to one in the note."""
    runs = rich.italic_runs() if hasattr(rich, "italic_runs") and any(getattr(rich, "italic", ())) else []
    if not runs:
        return rich.text, lambda i: i
    parts, marks, last = [], [], 0
    for k, (a, b) in enumerate(runs):
        parts += [rich.text[last:a], "*", rich.text[a:b], "*"]
        marks += [a + 2 * k, b + 2 * k + 1]
        last = b
    parts.append(rich.text[last:])
    return "".join(parts), lambda i: i - sum(1 for m in marks if m < i)


def before_full(notes: list, report: Report) -> None:
    """``notes``: each note as read (``.text``, ``.where(offset)``), in the order the memo calls them. A short
    form whose title no earlier note names is reported: it comes before any full citation, or it is the only
    citation of a source and too little to find it by."""
    earlier = ""
    marked = [_marked(rich) for rich in notes]
    for i, (rich, (text, at)) in enumerate(zip(notes, marked)):
        later = " ".join(t for t, _ in marked[i + 1:])
        for offset, name, title in _short_forms(text):
            if title.lower() in (earlier + text[:offset]).lower() or title.lower() in ("supra", "id"):
                continue
            shown = text[offset:].strip().rstrip(".;")
            if re.search(re.escape(re.sub(r"^(?:[Ss]ee(?:\salso)?,?\s)", "", shown)) + r",?\s\(hereinafter\s", later):
                continue     # a later note cites it the same way and names it: the memo's full citation, in its style
            report.warning(f"short form '{shown[:80]}' with no earlier full citation of '{title}'", rich.where(at(offset)),
                           code="short-antecedent",
                           hint=f"R4.2, R16.9: cite {name}'s work in full the first time, with its date and where it "
                                "is found; the short form is for later citations")
        earlier += " " + text


# a reference to another note: OSCOLA's (n 10), the Bluebook's supra note 10, "above n 10", "note 10 above"
_CROSS = re.compile(r"\(nn?\s(?P<a>\d+)|\bsupra\snotes?\s(?P<b>\d+)|\babove\snn?\s(?P<c>\d+)|\bnote\s(?P<d>\d+)\sabove")


def forward_references(notes: list, report: Report) -> None:
    """``notes``: ``(number, note)`` as the memo numbers them, in the order it calls them. A reference from a note
    to itself or to a later note points at no full citation yet: the source is cited in short before it is cited
    in full."""
    for number, rich in notes:
        for m in _CROSS.finditer(rich.text):
            target = int(next(g for g in m.groups() if g))
            if target < number:
                continue
            report.warning(f"'{m.group(0).lstrip('(')}' in note {number} points at {'this note' if target == number else 'a later note'}",
                           rich.where(m.start()), code="short-antecedent",
                           hint=f"R4.2 (OSCOLA 1.4): a cross-reference points back to the note that cites the source in "
                                f"full; cite it in full here, not as a reference to note {target}")
