"""Document kinds are templates over the one model: blocks before the body, a change to the body,
blocks after it. Memo, petition and letter differ only here, never in the pipeline."""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.dates import parse_date
from briefgen.document import (Emph, EndnotesHere, Heading, LineBreak, OrderedList, PageBreak, PageFurniture, Para, Rule,
                               Str, Strong, Table, TableOfAuthorities, TableOfContents)
from briefgen.doc_kinds import KINDS
from briefgen.letters.envelope import Envelope
from briefgen.spec import BriefSpec
from briefgen.tables import MONTH_NAMES



def long_date(value: str) -> str:
    """A date as a memo or letter prints it.

    >>> long_date('2026-11-29'), long_date('2026-11')
    ('November 29, 2026', 'November 2026')
    """
    try:
        parts = parse_date(value)
    except ValueError:
        return value
    if len(parts) == 3:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def lines_para(lines, style: str = "", bold_first: bool = False) -> Para:
    """Several lines in one paragraph, joined by line breaks (an address, a signature)."""
    children: list = []
    for i, line in enumerate(lines):
        if i:
            children.append(LineBreak())
        children.append(Strong((Str(line),)) if bold_first and i == 0 else Str(line))
    return Para(tuple(children), style=style)


def text_para(text: str, style: str = "") -> Para:
    return Para((Str(text),), style=style)


# ---------------------------------------------------------------- memo


def memo_front(spec: BriefSpec) -> list:
    """MEMORANDUM, then TO / FROM / DATE / RE and a rule; Question Presented and Brief Answer if given."""
    blocks: list = [text_para("MEMORANDUM", "title")]
    rows = [("TO", spec.get("to")), ("FROM", spec.get("from")), ("DATE", long_date(spec.get("date"))),
            ("RE", spec.get("re") or spec.title)]
    for label, value in rows:
        if value:
            blocks.append(Para((Strong((Str(f"{label}:"),)), Str("\t" + value.replace("\n", "; "))),
                               style="header-field"))
    blocks.append(Rule())
    if spec.get("question"):
        blocks += [Heading(1, (Str("Question Presented"),)), text_para(spec.get("question"))]
    if spec.get("answer"):
        blocks += [Heading(1, (Str("Brief Answer"),)), text_para(spec.get("answer"))]
    return blocks


# ---------------------------------------------------------------- petition


def court_caption(spec: BriefSpec) -> list:
    """A court filing's caption: forum, "Petitioner(s), v. Respondent.", document title, docket, date."""
    blocks: list = [lines_para(spec.lines("forum"), "subtitle")] if spec.lines("forum") else []
    if spec.lines("petitioners"):
        blocks.append(lines_para(spec.lines("petitioners") + [f"{petitioners_word(spec)},"], "subtitle"))
    if spec.lines("respondent"):
        blocks += [text_para("v.", "subtitle"), lines_para(spec.lines("respondent") + ["Respondent."], "subtitle")]
    return blocks + title_lines(spec)


def agency_caption(spec: BriefSpec) -> list:
    """An agency petition's caption: "Before the" agency (no adverse party, no "v."), the document
    title, "Submitted by" the petitioner, docket, date."""
    agency = spec.lines("agency")
    blocks: list = [lines_para([f"BEFORE THE {agency[0].upper()}"] + agency[1:], "subtitle")] if agency else []
    blocks.append(text_para(spec.extra.get("document") or spec.title, "title"))
    if spec.lines("petitioners"):
        blocks.append(lines_para(["Submitted by"] + spec.lines("petitioners") + [f"{petitioners_word(spec)}"],
                                 "subtitle"))
    return blocks + title_lines(spec, with_title=False)


def commission_caption(spec: BriefSpec) -> list:
    """An IACHR petition's caption: the Commission, the document title, then the alleged victims,
    the State and the petitioners, each labelled (the Commission's own reports name them so)."""
    forum = spec.lines("forum") or ["Before the Inter-American Commission on Human Rights"]
    blocks: list = [lines_para(forum, "subtitle"), text_para(spec.extra.get("document") or spec.title, "title")]
    for label, key in (("Alleged victims", "victims"), ("State", "state"), ("Petitioners", "petitioners")):
        if spec.lines(key):
            blocks.append(lines_para([f"{label}:"] + spec.lines(key), "subtitle"))
    return blocks + title_lines(spec, with_title=False)


def title_lines(spec: BriefSpec, with_title: bool = True) -> list:
    blocks = [text_para(spec.extra.get("document") or spec.title, "title")] if with_title else []
    if spec.extra.get("docket"):
        blocks.append(text_para(str(spec.extra["docket"]), "subtitle"))
    if spec.get("date"):
        blocks.append(text_para(long_date(spec.get("date")), "subtitle"))
    return blocks


def tables(spec: BriefSpec) -> list:
    """The tables of contents and authorities on their own pages, between the caption and the body."""
    toc, toa = spec.extra.get("toc", True), spec.extra.get("toa", True)
    if not (toc or toa):
        return []
    blocks: list = [PageBreak()] + ([TableOfContents()] if toc else []) + ([TableOfAuthorities(())] if toa else [])
    return blocks + [PageBreak(restart="arabic")]  # the body is page 1, after roman front matter


def section(title: str, lines: list, as_list: bool = False) -> list:
    """A heading and its paragraphs (or a numbered list); nothing when there is nothing to say."""
    if not lines:
        return []
    body = [OrderedList(tuple((text_para(line),) for line in lines))] if as_list else [text_para(t) for t in lines]
    return [Heading(1, (Str(title),))] + body


def particulars(spec: BriefSpec) -> list:
    """Who petitions, for whom, against which State, and which authorities know of the facts
    (Art. 28(1), (3), (5), (6) of the Commission's Rules of Procedure), before the facts."""
    people = spec.lines("petitioners") + [f"Represented by {r}" for r in spec.lines("representatives")]
    blocks = section("Petitioners and Their Representation", people)
    if spec.lines("contact"):
        blocks.append(lines_para(["Address for correspondence:"] + spec.lines("contact")))
    return (blocks + section("Alleged Victims", spec.lines("victims")) + section("State", spec.lines("state"))
            + section("State Authorities Aware of the Facts", spec.lines("state_authorities")))


def admissibility(spec: BriefSpec) -> list:
    """The rights violated and the admissibility requirements (Arts. 28(6)-(9), 31-33 of the Rules)."""
    return (section("Rights Violated", spec.lines("rights"), as_list=True)
            + section("Exhaustion of Domestic Remedies", spec.lines("exhaustion"))
            + section("Timeliness of the Petition", spec.lines("timeliness"))
            + section("Other International Proceedings", spec.lines("duplication")))


def has_front_matter(spec: BriefSpec) -> bool:
    """A filing with a cover and tables before its body."""
    return "tables" in KINDS[spec.kind].front and bool(spec.extra.get("toc", True) or spec.extra.get("toa", True))


def number_paragraphs(blocks: list) -> list:
    """Court and agency filings number their paragraphs: ``1.<tab>…`` across every module."""
    out, n = [], 0
    for b in blocks:
        if isinstance(b, Para) and not b.style:
            n += 1
            out.append(replace(b, children=(Str(f"{n}.\t"),) + b.children, style="numbered"))
        else:
            out.append(b)
    return out


def petitioners_word(spec: BriefSpec) -> str:
    """'Petitioner' for one petitioner line, 'Petitioners' for several."""
    return "Petitioners" if len(spec.lines("petitioners")) > 1 else "Petitioner"


def addressee(name: str) -> str:
    """An office as a sentence names it: "the U.S. Department of State"."""
    if re.match(r"(U\.S\.\s|(United States|Department|Directorate|Office|Bureau|Commission|Agency)\b)", name):
        return "the " + name
    return name


def prayer(spec: BriefSpec) -> list:
    """A court filing's Prayer for Relief: "WHEREFORE, Petitioner respectfully requests that …"."""
    items = spec.lines("prayer")
    if not items:
        return []
    party = petitioners_word(spec)
    return [Heading(1, (Str("Prayer for Relief"),)),  # a prayer asks the court, never the other party
            text_para(f"WHEREFORE, {party} respectfully request{'' if party.endswith('s') else 's'} that "
                      f"this Court:"),
            OrderedList(tuple((text_para(p),) for p in items))]


def request(spec: BriefSpec) -> list:
    """What an agency or the Commission is asked to do, as a request, not a prayer."""
    items = spec.lines("request")
    if not items:
        return []
    party = petitioners_word(spec)
    body = spec.lines("agency")[0] if spec.lines("agency") else "the Commission"
    return [Heading(1, (Str("Requested Action"),)),
            text_para(f"{party} respectfully request{'' if party.endswith('s') else 's'} that {addressee(body)}:"),
            OrderedList(tuple((text_para(p),) for p in items))]


def certificate(spec: BriefSpec) -> list:
    """A certificate of service, only when the spec gives one (a court's rules require it; an agency
    petition under § 553(e) needs none)."""
    if not spec.extra.get("certificate"):
        return []
    blocks = [PageBreak(), Heading(1, (Str("Certificate of Service"),)), text_para(spec.extra["certificate"])]
    if spec.lines("served"):
        blocks.append(lines_para(spec.lines("served")))
    if spec.lines("signature"):
        blocks.append(lines_para(["/s/ " + spec.lines("signature")[0]], "signature"))
    return blocks


def signature_block(spec: BriefSpec, closing: str) -> list:
    blocks = [text_para(closing, "closing")]
    if spec.lines("signature"):
        blocks.append(lines_para(spec.lines("signature"), "signature"))
    if spec.kind != "letter" and spec.get("date"):
        blocks.append(text_para(f"Dated: {long_date(spec.get('date'))}", "date"))
    return blocks


# ---------------------------------------------------------------- letter


def letter_front(spec: BriefSpec, letter=None) -> list:
    """Letterhead (the sender's), date, inside address (each recipient's, else the spec's ``to``),
    Re line, salutation."""
    letter = letter or Envelope()
    blocks: list = []
    if letter.letterhead(spec):
        blocks += [lines_para(letter.letterhead(spec), "subtitle", bold_first=True), Rule()]
    if spec.get("date"):
        blocks.append(text_para(long_date(spec.get("date")), "date"))
    for address in letter.addresses(spec):
        blocks.append(lines_para(address))
    if spec.get("re"):
        blocks.append(Para((Strong((Str("Re:"),)), Str(" " + spec.get("re")))))
    salutation = letter.salutation(spec)
    if salutation:
        blocks.append(text_para(str(salutation), "salutation"))
    return blocks


def letter_back(spec: BriefSpec, letter=None) -> list:
    """Closing and signature, copies (cc), then the signatories of a sign-on letter: the letter
    proper ends before its list of signers, so the cc (and endnotes) are not pages away from it."""
    letter = letter or Envelope()
    blocks = [text_para(spec.extra.get("closing") or "Sincerely,", "closing")]
    if letter.signature(spec):
        blocks.append(lines_para(letter.signature(spec), "signature"))
    cc = spec.lines("cc")
    if cc:
        blocks.append(lines_para([f"cc: {cc[0]}"] + [f"      {c}" for c in cc[1:]]))
    if letter.signatories:
        blocks += [EndnotesHere()] + signatory_blocks(letter.signatories)
    return blocks


def signatory_blocks(signatories) -> list:
    """The list under the signature: one line each, in one column (a paragraph, which breaks across
    pages anywhere) or two (a table, whose rows break across pages); its heading stays with it."""
    lines = [p.line() for p in signatories.people]
    blocks: list = [Heading(1, (Str(signatories.heading),))] if signatories.heading else []
    if any(p.name and (p.organization or p.title) for p in signatories.people):
        blocks.append(Para((Emph((Str("Affiliations are listed for identification purposes only."),)),)))
    if signatories.columns == 2:
        half = (len(lines) + 1) // 2  # down the first column, then the second, as a reader expects
        rows = tuple(((Str(lines[i]),), (Str(lines[i + half]),) if i + half < len(lines) else ())
                     for i in range(half))
        return blocks + [Table((), rows, ruled=False)]
    return blocks + [lines_para(lines)]


# ---------------------------------------------------------------- page furniture and headings

# Each kind's pages, as its declaration gives them: a filing with front matter numbers its cover
# (unprinted) and tables in roman and its body in arabic from 1; a letter's first page has no number.
FURNITURE = {name: kind.furniture for name, kind in KINDS.items()}


def page_furniture(spec: BriefSpec, letter=None) -> PageFurniture:
    """The kind's furniture, with what this spec and letter add: the legend, a letter's continuation head."""
    furniture = FURNITURE.get(spec.kind, PageFurniture())
    if furniture.numbering == "roman" and not has_front_matter(spec):
        furniture = PageFurniture()
    if spec.kind == "letter":
        names = [a[0] for a in (letter or Envelope()).addresses(spec) if a]
        head = [" and ".join(names)] if names else []
        head += [long_date(spec.get("date"))] if spec.get("date") else []
        furniture = replace(furniture, running_head=tuple(head))
    return replace(furniture, legend=str(spec.extra.get("legend") or ""))


HEADING_NUMBERS = ("I", "A", "1", "a", "i")  # I., A., 1., a., i. by level, as briefs number their points


def number_headings(blocks: list) -> list:
    """``headings: numbered``: each heading of the body gets its number at its level (I., A., 1. …),
    counted afresh under each heading above it; every writer prints the same number."""
    counts = [0] * len(HEADING_NUMBERS)
    out = []
    for b in blocks:
        if isinstance(b, Heading):
            level = min(b.level, len(counts)) - 1
            counts[level] += 1
            counts[level + 1:] = [0] * (len(counts) - level - 1)
            b = replace(b, children=(Str(numeral(counts[level], HEADING_NUMBERS[level]) + ".\u2002"),) + b.children)
        out.append(b)
    return out


def numeral(n: int, style: str) -> str:
    """``n`` as a roman numeral (I or i), a letter (A or a) or a number (1)."""
    if style in "Ii":
        out = ""
        for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                               (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            count, n = divmod(n, value)
            out += letters * count
        return out if style == "I" else out.lower()
    if style in "Aa":
        out = ""
        while n:
            n, rest = divmod(n - 1, 26)
            out = chr(ord(style) + rest) + out
        return out
    return str(n)


PARTS = {
    "memo-head": memo_front, "court-caption": court_caption, "agency-caption": agency_caption,
    "commission-caption": commission_caption, "tables": tables, "particulars": particulars,
    "prayer": prayer, "request": request, "admissibility": admissibility, "certificate": certificate,
    "signature": lambda spec: signature_block(spec, "Respectfully submitted,"),
}  # each part a kind's declaration names (doc_kinds) and the function that prints it


def arrange(spec: BriefSpec, body: list, letter=None) -> list:
    """The whole document for the spec's kind: its declared front parts, the body, its back parts."""
    kind = KINDS[spec.kind]
    if spec.extra.get("headings") == "numbered":
        body = number_headings(body)
    if spec.extra.get("numbered", kind.numbered):
        body = number_paragraphs(body)
    parts = {**PARTS, "letter-head": lambda s: letter_front(s, letter), "letter-close": lambda s: letter_back(s, letter)}
    front = [b for name in kind.front for b in parts[name](spec)]
    back = [b for name in kind.back for b in parts[name](spec)]
    return front + body + back
