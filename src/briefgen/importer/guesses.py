"""Whether a work read from plain text, its title's extent guessed, can be what the citation cites.

Without italics the reader tries where a title could start and end until a whole citation reads; some
of those readings are citations of other forms cut in the wrong place (``Rev. Rul. 2019-24, 2019-44
I.R.B. 1004`` read as a book by "Rev. Rul. 2019-24" titled "2019-44 I.R.B. 1004"). Such a record would be
printed back wrong and cited by every later short form, so it is not made: the citation stays as written,
a note not read, never a wrong record.

>>> implausible({"title": "2019-44 I.R.B. 1004", "authors": ["Rev. Rul. 2019-24"]})
"title '2019-44 I.R.B. 1004' is a volume, a source and a page"
>>> implausible({"title": "Food & Drug Law", "authors": ["Peter Barton Hutt"]})
''
"""
from __future__ import annotations

import re

from briefgen.tables import MONTH

# what a title is not: a volume, source and page (76 Stat. 780); a database year (2026 WL); a pin or a
# number (§ 4 Q&A, No. 17513-24); a month or a day; an agency's initials (NMFS); a part of an
# act (Title CXIII); the end of a phrase (Trade and Commerce cut after Trade)
_NOT_TITLE = (
    # the words between split only at their spaces (split at every capital too, a run of initials took hours)
    (re.compile(r"\d[\w-]*\s[A-Z](?:[\w.&’']|\s[A-Z])*\s?\d[\d,]*"), "a volume, a source and a page"),
    (re.compile(r"\d{4}\s[A-Z][A-Za-z.]*"), "a year and a database"),
    (re.compile(r"(?:§§?|¶¶?|No\.|at)\s.*"), "a pin or a number"),
    (re.compile(rf"{MONTH}\.?(?:\s\d{{1,2}})?"), "a month or a day"),
    (re.compile(r"[A-Z][A-Z&-]{1,9}"), "initials (an agency's, whose work's title follows)"),
    (re.compile(r"(?:Title|Division|Subtitle|Part|Chapter)\s[IVXLC\d]+|[A-Z]"), "a part of an act"),
    (re.compile(r"(?:and|or|of|the|for|in|on)\s.*"), "the end of a phrase"),
    (re.compile(r"(?:House|Senate)(?:\s(?:Committee|Subcommittee|Comm\.|Subcomm\.)\b.*)?|(?:Sub)?[Cc]ommittee\son\s.*"),
     "a chamber or committee of Congress (part of the author)"),
)
# what a name is not: one that holds a citation's numbers (2019-24, 2014-16 I.R.B. 938) or starts with one
# (2025. White House: the end of the sentence before), a section sign, a case name, a hereinafter, the second
# of two items (and GAO), a letter's opening, a part of an act
_NOT_NAME = re.compile(r"\d+-\d+|^\d|§|\sv\.\s|\bhereinafter\b|^(?:and|or)\s|^Letter\sfrom\s|"
                       r"^(?:Title|Division|Subtitle|Part|Chapter)\s[IVXLC\dA-Z]+$")


def implausible(fields: dict) -> str:
    """Why ``fields``, read with a guessed title, cannot be a record of the work cited; '' when they can."""
    title = str(fields.get("title") or "").strip()
    for pattern, what in _NOT_TITLE:
        if title and pattern.fullmatch(title):
            return f"title '{title}' is {what}"
    names = fields.get("authors") or []
    names = [names] if isinstance(names, str) else names
    for name in [fields.get("author"), *names, fields.get("publisher")]:
        if isinstance(name, str) and _NOT_NAME.search(name):
            return f"'{name}' is no author's or publisher's name"
    return ""
