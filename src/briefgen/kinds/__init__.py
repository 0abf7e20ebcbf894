"""Document kinds are templates over the one model: a header before the body, a close after it."""
from __future__ import annotations

from briefgen.citations.dates import parse_date
from briefgen.document import Heading, Para, Rule, Str, Strong
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


def memo_header(spec: BriefSpec) -> list:
    """MEMORANDUM, then TO / FROM / DATE / RE and a rule; Question Presented and Brief Answer if given."""
    blocks: list = [Para((Str("MEMORANDUM"),), style="Title")]
    rows = [("TO", spec.get("to")), ("FROM", spec.get("from")), ("DATE", long_date(spec.get("date"))),
            ("RE", spec.get("re") or spec.title)]
    for label, value in rows:
        if value:
            blocks.append(Para((Strong((Str(f"{label}:"),)), Str("\t" + value.replace("\n", "; "))), style="Memo Header"))
    blocks.append(Rule())
    if spec.get("question"):
        blocks += [Heading(1, (Str("Question Presented"),)), Para((Str(spec.get("question")),))]
    if spec.get("answer"):
        blocks += [Heading(1, (Str("Brief Answer"),)), Para((Str(spec.get("answer")),))]
    return blocks


def header(spec: BriefSpec) -> list:
    if spec.kind == "memo":
        return memo_header(spec)
    return [Para((Str(spec.title),), style="Title")]
