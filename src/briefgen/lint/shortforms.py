"""A short form of a book, an article, a report or a document before any full citation of it.

The importer reads a short form (``Kato et al., "Deep-Sea Mud," p. 536``) only as a later citation of a source
an earlier note cites in full; without that citation the words stay unread or read as prose, which is not by
itself a finding. But a citation that holds nothing but a name, a short title and a pin is a short form by its shape,
whoever wrote it: when no earlier note names that title, the source is never cited in full before it (R4.2,
R16.9). The rule reads only the memo's own words, so it holds for any source, in any house style.
"""
from __future__ import annotations

import re

from briefgen.errors import Report
from briefgen.lint.text import sentence_starts

# an institution's initials, one or several (ISA; NOAA, NMFS)
_INITIALS = r"[A-Z]{2,}[\w-]*(?:,\s[A-Z]{2,}[\w-]*)*"
# an author's family name (with "et al." or a second name) or initials; not an institution's name written out
# (U.S. Department of State, *Title*, is how some house styles cite a report in full)
_NAME = rf"(?:[A-Z][\w’'.-]+(?:\s(?:et\sal\.|(?:and|&)\s[A-Z][\w’'-]+))?|{_INITIALS})"
# a title in quotation marks or italics, a document's symbol (ISBA/28/C/24), or, for initials, capitalised words
_TITLE = r"(?:\"[^\"]+\"|“[^”]+”|\*[^*]+\*|[A-Z]{2,}[\w.-]*/[\w/.-]*\d[\w/.-]*)"
_PIN = r"(?:,?\s(?:pp?\.|at|¶|para\.)\s?(?:[\d–-]+|[ivxlc]+)(?:,\s[\d–-]+)*)?"
_SHORT = re.compile(rf"^(?:[Ss]ee(?:\salso)?,?\s)?(?P<name>{_NAME}),\s(?P<title>{_TITLE}){_PIN}[.;]?$")
_PLAIN = re.compile(rf"^(?:[Ss]ee(?:\salso)?,?\s)?(?P<name>{_INITIALS}),\s(?P<title>[A-Z][\w’'—-]*"
                    rf"(?:\s(?:[A-Z][\w’'—-]*|of|the|and|in|on|for|to|a|an)){{0,9}}){_PIN}\.?$")


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


def before_full(notes: list, report: Report) -> None:
    """``notes``: each note as read (``.text``, ``.where(offset)``), in the order the memo calls them. A short
    form whose title no earlier note names is reported: it comes before any full citation, or it is the only
    citation of a source and too little to find it by."""
    earlier = ""
    for rich in notes:
        text = rich.text
        for offset, name, title in _short_forms(text):
            if title.lower() in (earlier + text[:offset]).lower() or title.lower() in ("supra", "id"):
                continue
            shown = text[offset:].strip().rstrip(".;")
            report.warning(f"short form '{shown[:80]}' with no earlier full citation of '{title}'", rich.where(offset),
                           code="short-antecedent",
                           hint=f"R4.2, R16.9: cite {name}'s work in full the first time, with its date and where it "
                                "is found; the short form is for later citations")
        earlier += " " + text
