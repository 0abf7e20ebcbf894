"""Does the cited section of the U.S. Code exist in the current Code? Read offline from the Office of
the Law Revision Counsel's USLM XML, downloaded by title (``usc22.xml``) into a folder the user names
with ``--uscode DIR``.

Each title file is read once as a stream (a title of the Code runs to hundreds of megabytes) into an
index of its sections — identifier (``/us/usc/t22/s2304``), status (``repealed``, ``transferred``,
``omitted`` … as USLM marks them) and heading — kept in the citation cache beside the file's size
and time, so a later run reads the index, not the title. Nothing leaves the machine.

>>> section_key("2304(a)(2)"), section_key("2370a"), section_key("1101 note")
('2304', '2370a', '1101')
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from briefgen.errors import Report
from briefgen.online import Answer, Cited, Lookup, Match, ServiceError

CODES = ("U.S.C.", "U.S.C.A.", "U.S.C.S.")
GONE = {"repealed", "transferred", "omitted", "expired", "terminated", "renumbered", "redesignated", "reserved",
        "vacant", "hadItsEffect", "cancelled", "withdrawn"}
_SECTION = re.compile(r"^\s*([0-9]+[A-Za-z0-9\-–]*)")


def section_key(section: str) -> str:
    m = _SECTION.match(str(section))
    return m.group(1).replace("–", "-") if m else ""


def citation(title: str, section: str) -> str:
    return f"{title} U.S.C. § {section_key(section)}"


def from_text(text: str, locate, where: str) -> list[Cited]:
    from eyecite import get_citations
    from eyecite.models import FullLawCitation

    out = []
    for c in get_citations(text):
        if isinstance(c, FullLawCitation) and c.groups.get("reporter") in CODES:
            title, section = str(c.groups.get("title", "")), str(c.groups.get("section", ""))
            if title.isdigit() and section_key(section):
                start, end = c.span()
                out.append(Cited(citation(title, section), location=locate(start), where=where, text=text[start:end]))
    return out


def from_record(auth) -> Cited | None:
    if auth.kind != "statute" or str(auth.get("code") or "") not in CODES:
        return None
    title, section = str(auth.get("title") or ""), str(auth.get("section") or "")
    if not (title.isdigit() and section_key(section)):
        return None
    return Cited(citation(title, section), location=auth.location, where=auth.id, text=citation(title, section))


class UsCode:
    """``UsCode(Path("uscode"), cache_root).lookup(["22 U.S.C. § 2304"])``."""

    name = "uscode"

    def __init__(self, folder: Path, cache_root: Path):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ServiceError(f"--uscode {folder}: no such folder", code="lookup-config",
                               hint="download the titles you cite (usc22.xml …) from the Office of the Law Revision "
                                    "Counsel's XML downloads into one folder, and name it")
        self.cache_root = Path(cache_root)
        self.endpoint = str(self.folder.resolve())
        self._indexes: dict[str, dict | None] = {}

    def lookup(self, citations: list[str]) -> dict[str, Answer]:
        out = {}
        for cite in citations:
            title, _, section = cite.partition(" U.S.C. § ")
            index = self._index(title)
            if index is None:
                out[cite] = Answer("invalid", message=f"usc{title}.xml is not in {self.folder}")
                continue
            entry = index["sections"].get(f"/us/usc/t{title}/s{section}")
            if entry is None:
                out[cite] = Answer("not-found", message=index["edition"])
                continue
            status, heading = entry
            url = f"https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title{title}-section{section}"
            out[cite] = Answer("found", (Match(heading, url=url),), message=status or "")
        return out

    def _index(self, title: str) -> dict | None:
        if title not in self._indexes:
            path = self.folder / f"usc{title.zfill(2)}.xml"
            if not path.is_file():
                path = self.folder / f"usc{title}.xml"
            self._indexes[title] = read_index(path, self.cache_root) if path.is_file() else None
        return self._indexes[title]


def read_index(path: Path, cache_root: Path) -> dict:
    """``{"edition": "…", "sections": {identifier: [status, heading]}}`` for one title file."""
    info = path.stat()
    key = hashlib.sha256(f"{path.resolve()}\n{info.st_size}\n{info.st_mtime_ns}".encode()).hexdigest()[:40]
    cached = cache_root / "uscode" / f"{key}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    index = _parse(path)
    try:
        cached.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(index), encoding="utf-8")
        os.replace(temp, cached)
    except OSError:
        pass                          # an index not kept is only read again next time
    return index


def _parse(path: Path) -> dict:
    import xml.etree.ElementTree as ET

    sections: dict[str, list] = {}
    edition = ""
    try:
        for _event, el in ET.iterparse(path, events=("end",)):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "docPublicationName" and not edition:
                edition = (el.text or "").strip()
            elif tag == "section":
                ident = el.get("identifier") or ""
                if ident.startswith("/us/usc/t"):
                    heading = next((("".join(h.itertext())).strip() for h in el if h.tag.rsplit("}", 1)[-1] ==
                                    "heading"), "")
                    sections[ident] = [el.get("status") or "", heading]
                el.clear()
            elif tag in ("subsection", "paragraph", "note", "notes", "sourceCredit", "toc", "layout"):
                el.clear()
    except ET.ParseError as exc:
        raise ServiceError(f"{path}: not a USLM title file ({exc})", code="lookup-response",
                           hint="download the title again from the Office of the Law Revision Counsel") from None
    return {"edition": edition, "sections": sections}


def judge(cite: Cited, answer: Answer, report: Report) -> Lookup:
    where = f" ({cite.where})" if cite.where else ""
    source = "the U.S. Code"
    if answer.status == "not-found":
        edition = f" ({answer.message})" if answer.message else ""
        report.error(f"{cite.citation}{where}: the current Code{edition} has no such section", cite.location,
                     code="statute-not-found", hint="check the title and section number; a section renumbered or "
                                                    "never enacted looks like this")
        return Lookup(cite, answer, "not-found", source=source)
    if answer.status == "invalid":
        return Lookup(cite, answer, "invalid", detail=answer.message, source=source)
    match = answer.matches[0]
    if answer.message in GONE:
        report.warning(f"{cite.citation}{where}: the current Code marks this section {answer.message}"
                       + (f" ({match.name})" if match.name else ""), cite.location, code="statute-status",
                       hint="cite the provision in force, or the edition of the Code in which it stood, with its year")
        return Lookup(cite, answer, "mismatch", detail=f"{answer.message}: {match.name}", source=source)
    return Lookup(cite, answer, "found", detail=f"{match.name} {match.url}".strip(), source=source)


def check(cites: list[Cited], resolver: UsCode, report: Report) -> list[Lookup]:
    answers = resolver.lookup(list(dict.fromkeys(c.citation for c in cites)))
    lookups = [judge(c, answers[c.citation], report) for c in cites]
    missing = sorted({c.citation.split(" ")[0] for c in cites if answers[c.citation].status == "invalid"}, key=int)
    if missing:
        report.warning(f"title{'s' if len(missing) > 1 else ''} {', '.join(missing)} of the U.S. Code not in "
                       f"{resolver.folder}, so {'their' if len(missing) > 1 else 'its'} sections were not checked",
                       None, code="statute-unchecked", hint="download usc" + missing[0].zfill(2) + ".xml into the "
                                                            "folder to check them")
    return lookups
