"""Pins — the page, section, paragraph or article a citation points to — declared once.

Each label says how briefgen prints it (``§``/``§§``, ``art.``/``arts.``, ``n.4``), how people write it
(``Art. 7``, ``para. 12``, ``p. 5``, ``at 5``) and what numbers it takes. The writer's
:class:`~briefgen.document.Locator`, the author's locator syntax (``[@key, art. 7(1)]``), the reader of other
people's footnotes and the checker's messages are all made from this table, so what briefgen prints it
reads back, and a form added here is printed, parsed and read alike.

>>> import re
>>> bool(re.fullmatch(pattern(), 'art. 7(1)(k)')), bool(re.fullmatch(pattern(), 'at 1272-73 & n.4'))
(True, True)
>>> bool(re.fullmatch(pattern(('page',), bare=False), '1272'))
False
"""
from __future__ import annotations

from dataclasses import dataclass

# a number with its subdivisions, as sections, articles and the like are numbered: 2778(b)(1), 39-13-101, 1.451-1(a)
_DIVIDED = r"[\w.()–-]*[\w)]"
# ¶ 12, ¶ 4.2, ¶ 147(g)(i) (a paragraph's subparagraphs), ¶¶ 12-14
_DECIMAL = r"\d+(?:\.\d+)*(?:\(\w+\))*(?:[-–]\d+(?:\.\d+)*(?:\(\w+\))*)?"
_SPAN = r"\d+(?:[-–]\d+)?"
# a front-matter page in lower-case roman numerals (R3.2(a): at xii), up to ccc; "civil" and "mix" are not
ROMAN = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![\w’'])"


@dataclass(frozen=True)
class Label:
    """One pin label. ``written`` lists the label as people write it, each with whether it names several
    (``§§``) or one (``§``), or ``None`` when the number after it tells (``arts. 6-7``, ``art. 7``).
    ``number`` is what the reader takes after it in someone else's footnote."""

    name: str
    one: str              # printed before one number
    many: str             # printed before several
    written: tuple[tuple[str, bool | None], ...]
    number: str
    shown: str            # what a message calls it
    gap: str = " "        # between the label and its number (``n.4`` has none)
    single: str = ""      # what the reader takes after a form that names one, if less (``§ 1, 60 Fed. Reg.``)


LABELS: dict[str, Label] = {label.name: label for label in (
    # pages print bare (``19``), after ``at`` in a short form; ``p.``/``pp.`` are read and parsed, never printed.
    # A span keeps its end (``19-22``); several are listed with commas; a note on the page follows (``19 & n.4``).
    Label("page", "", "", ((r"at", False), (r"pp?\.", False)),
          r"\*?\d+[a-z]?(?:\s?[-–]\s?\d+)?(?:,\s\*?\d+(?:[-–]\d+)?)*(?:,?\s(?:&\s)?nn?\.\s?\d+(?:[-–]\d+)?)?",
          "pages (19, 19-22, *7)"),
    Label("section", "§", "§§", ((r"§§", True), (r"§", False), (r"[Ss]ecs?\.", None)), rf"{_DIVIDED}(?:,\s{_DIVIDED})*", "§",
          single=_DIVIDED),
    # ``para 410``, ``art 7``: the label without its period, read (and found by the checker, T16)
    Label("paragraph", "¶", "¶¶", ((r"¶¶", True), (r"¶", False), (r"[Pp]aras?\.", None), (r"[Pp]aras?(?=\s\d)", None)),
          rf"{_DECIMAL}(?:,\s{_DECIMAL})*", "¶"),
    Label("article", "art.", "arts.", ((r"[Aa]rts?\.", None), (r"[Aa]rts?(?=\s\d)", None)), r"[\w()–-]+(?:,\s(?:[Aa]rts?\.\s)?\d[\w()–-]*)*",
          "art."),
    Label("part", "pt.", "pts.", ((r"[Pp]ts?\.", None),), _SPAN, "pt."),
    Label("note", "n.", "nn.", ((r"nn?\.", None),), _SPAN, "n.", gap=""),
    # printed as written: a constitution's art. I, § 8, cl. 3 or amend. XIV, a preamble
    Label("other", "", "", ((r"(?:art|amend|pmbl)\.", False),), r"[IVXLC\d]+(?:,\s§\s?\d+)?(?:,\scl\.\s?\d+)?",
          "other pins as written (amend. V, pmbl., annex I)"),
)}

# the other pins, read where nothing else can follow them (after Id. and supra): annex I, app. 2, tbl. 3, pmbl.
OTHER_WRITTEN = r"(?:annex|app\.|sched\.|tbl\.|fig\.|amend\.)\s[IVXLC\d](?:[\w.()-]*[\w)])?|pmbl\."
# a page as an author's cluster may hold it (checked whole, so looser than the reader's `number`: A12, 7 & 9)
PAGES_WRITTEN = (rf"{ROMAN}(?:[-–]{ROMAN})?|"
                 r"\*?[A-Z]?\d+[a-z]?(?:\s*[-–—]\s*\*?[A-Z]?\d+[a-z]?)?"
                 r"(?:\s*(?:,|&)\s*\*?[A-Z]?\d+[a-z]?(?:\s*[-–—]\s*\d+)?)*"
                 r"(?:\s*(?:&\s*)?nn?\.\s?\d+(?:[-–]\d+)?)?")
# the labels a message names, in the table's order
WORDS = {name: label.shown for name, label in LABELS.items()}


def pattern(labels=tuple(LABELS), bare: bool = True, others: bool = False) -> str:
    """A regular expression for one pin of the given labels as people write it after a citation.

    ``bare``: whether a page may stand with no word before it (not after a designation that a volume can
    follow: ``Exec. Order No. 14,236, 90 Fed. Reg.``); after a page's word (``at``, ``p.``, ``pp.``) a page may
    be in roman numerals (``at xii``). ``others``: also the other pins written with a word (``annex I``), where
    nothing else can follow (after *Id.* and *supra*).
    """
    parts = []
    for name, label in LABELS.items():
        if name not in labels:
            continue
        if name == "page":
            lead = "|".join(w for w, _ in label.written)
            led = f"(?:{lead})\\s(?:{ROMAN}(?:[-–]{ROMAN})?|{label.number})"
            parts.append(f"{led}|{label.number}" if bare else led)
        elif label.single:
            parts += [f"(?:{'|'.join(w for w, one in label.written if one is not False)})\\s?{label.number}",
                      f"(?:{'|'.join(w for w, one in label.written if one is False)})\\s?{label.single}"]
        else:
            parts.append(f"(?:{'|'.join(w for w, _ in label.written)})\\s?{label.number}")
    if others and "other" in labels:
        parts.append(OTHER_WRITTEN)
    return "(?:" + "|".join(parts) + ")"


def printed(label: str, plural: bool = False) -> str:
    """What briefgen prints before a pin's number (``§§``, ``art.``); nothing for pages and other pins."""
    if label not in LABELS:
        return ""
    return LABELS[label].many if plural else LABELS[label].one


def gap(label: str) -> str:
    return LABELS[label].gap if label in LABELS else " "
