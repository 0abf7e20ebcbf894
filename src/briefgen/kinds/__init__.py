"""Document kinds are templates over the one model: blocks before the body, a change to the body,
blocks after it. Memo, petition and letter differ only here, never in the pipeline."""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.dates import parse_date
from briefgen.document import (Heading, LineBreak, OrderedList, PageBreak, Para, Rule, Str, Strong, Table,
                               TableOfAuthorities, TableOfContents)
from briefgen.letters.envelope import Envelope
from briefgen.spec import BriefSpec

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def long_date(value: str) -> str:
    """``2026-11-29`` -> ``November 29, 2026`` (as a memo or letter prints it)."""
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


def petition_front(spec: BriefSpec) -> list:
    """Caption (forum, parties, document title), then the tables of contents and authorities."""
    blocks: list = [lines_para(spec.lines("forum"), "subtitle")] if spec.lines("forum") else []
    if spec.lines("petitioners"):
        blocks.append(lines_para(spec.lines("petitioners") + [f"{petitioners_word(spec)},"], "subtitle"))
    if spec.lines("respondent"):
        blocks += [text_para("v.", "subtitle"), lines_para(spec.lines("respondent") + ["Respondent."], "subtitle")]
    blocks.append(text_para(spec.extra.get("document") or spec.title, "title"))
    if spec.extra.get("docket"):
        blocks.append(text_para(str(spec.extra["docket"]), "subtitle"))
    if spec.get("date"):
        blocks.append(text_para(long_date(spec.get("date")), "subtitle"))
    if spec.extra.get("toc", True) or spec.extra.get("toa", True):
        blocks.append(PageBreak())
    if spec.extra.get("toc", True):
        blocks.append(TableOfContents())
    if spec.extra.get("toa", True):
        blocks.append(TableOfAuthorities(()))
    if spec.extra.get("toc", True) or spec.extra.get("toa", True):
        blocks.append(PageBreak())
    return blocks


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


def petition_back(spec: BriefSpec) -> list:
    blocks: list = []
    prayer = spec.lines("prayer")
    if prayer:
        party = petitioners_word(spec)
        respondent = spec.lines("respondent")[0] if spec.lines("respondent") else "the agency"
        if re.match(r"(U\.S\.\s|(United States|Department|Directorate|Office|Bureau|Commission|Agency)\b)", respondent):
            respondent = "the " + respondent
        blocks += [Heading(1, (Str("Prayer for Relief"),)),
                   text_para(f"WHEREFORE, {party} respectfully request{'' if party.endswith('s') else 's'} that "
                             f"{respondent}:"),
                   OrderedList(tuple((text_para(p),) for p in prayer))]
    blocks += signature_block(spec, "Respectfully submitted,")
    if spec.extra.get("certificate"):
        blocks += [PageBreak(), Heading(1, (Str("Certificate of Service"),)), text_para(spec.extra["certificate"])]
        if spec.lines("served"):
            blocks.append(lines_para(spec.lines("served")))
        if spec.lines("signature"):
            blocks.append(lines_para(["/s/ " + spec.lines("signature")[0]], "signature"))
    return blocks


def signature_block(spec: BriefSpec, closing: str) -> list:
    blocks = [text_para(closing, "closing")]
    if spec.lines("signature"):
        blocks.append(lines_para(spec.lines("signature"), "signature"))
    if spec.kind == "petition" and spec.get("date"):
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
    """Closing and signature, the signatories of a sign-on letter, then copies (cc)."""
    letter = letter or Envelope()
    blocks = [text_para(spec.extra.get("closing") or "Sincerely,", "closing")]
    if letter.signature(spec):
        blocks.append(lines_para(letter.signature(spec), "signature"))
    if letter.signatories:
        blocks += signatory_blocks(letter.signatories)
    cc = spec.lines("cc")
    if cc:
        blocks.append(lines_para([f"cc: {cc[0]}"] + [f"      {c}" for c in cc[1:]]))
    return blocks


def signatory_blocks(signatories) -> list:
    """The list under the signature: one line each, in one column (a paragraph, which breaks across
    pages anywhere) or two (a table, whose rows break across pages); its heading stays with it."""
    lines = [p.line() for p in signatories.people]
    blocks: list = [Heading(2, (Str(signatories.heading),))] if signatories.heading else []
    if signatories.columns == 2:
        half = (len(lines) + 1) // 2  # down the first column, then the second, as a reader expects
        rows = tuple(((Str(lines[i]),), (Str(lines[i + half]),) if i + half < len(lines) else ())
                     for i in range(half))
        return blocks + [Table((), rows, ruled=False)]
    return blocks + [lines_para(lines)]


def arrange(spec: BriefSpec, body: list, letter=None) -> list:
    """The whole document for the spec's kind: front blocks, body, back blocks."""
    if spec.kind == "memo":
        return memo_front(spec) + body
    if spec.kind == "petition":
        numbered = number_paragraphs(body) if spec.extra.get("numbered", True) else body
        return petition_front(spec) + numbered + petition_back(spec)
    return letter_front(spec, letter) + body + letter_back(spec, letter)
