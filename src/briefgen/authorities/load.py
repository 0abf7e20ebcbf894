"""Load every authority file of a project into one :class:`Library`.

``authorities/*.yaml`` (native), ``*.json`` (CSL-JSON, as Zotero exports it) and
``*.bib`` (BibTeX, read through citeproc-py) all become the same records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import yamlfile
from briefgen.authorities.csl import citation_key, to_native
from briefgen.authorities.model import Authority, validate
from briefgen.errors import BriefgenError, Diagnostic, Location, Report, display_path
from briefgen.tables import MONTH_NUMBERS


@dataclass
class Library:
    """Authorities by id, in the order they were read."""

    by_id: dict[str, Authority] = field(default_factory=dict)
    # CSL-JSON and BibTeX items that could not become records: id -> the error a citation of it reports
    # (a 2,000-item export with one odd item must still build every brief that does not cite it)
    unusable: dict[str, Diagnostic] = field(default_factory=dict)
    # ids of records that did not load (their file's errors say why) -> that file, so citations of them
    # are counted once instead of each being an "unknown authority"
    unavailable: dict[str, str] = field(default_factory=dict)
    # the other name an item is known by -> its key (a Zotero item's address -> its short key)
    aliases: dict[str, str] = field(default_factory=dict)

    def __contains__(self, key: str) -> bool:
        return key in self.by_id

    def __getitem__(self, key: str) -> Authority:
        return self.by_id[key]

    def __len__(self) -> int:
        return len(self.by_id)

    def add(self, auth: Authority, report: Report) -> None:
        if auth.id in self.by_id:
            first = self.by_id[auth.id].location
            report.error(f"duplicate authority id '{auth.id}' (first defined at {first})", auth.location,
                         code="authority-duplicate", hint="give each authority its own id")
            return
        self.by_id[auth.id] = auth


def load_yaml_file(path: Path, lib: Library, report: Report) -> None:
    data = yamlfile.load(path)
    if data is None:
        return
    if isinstance(data, dict) and "authorities" in data:
        data = data["authorities"]
    if not isinstance(data, list):
        raise BriefgenError("an authorities file holds a list of records (- id: …)",
                            getattr(data, "loc", Location(display_path(path))), code="authority-file")
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            report.error("each authority is a mapping of fields", data.where(i), code="authority-file")
            continue
        auth = validate(rec, rec.where(), report, where=rec.where)
        if auth:
            lib.add(auth, report)
        elif isinstance(rec.get("id"), (str, int)):
            lib.unavailable.setdefault(str(rec["id"]), display_path(path))


def _record_lines(text: str, pattern: str) -> dict[str, int]:
    return {m.group(1): text.count("\n", 0, m.start()) + 1 for m in re.finditer(pattern, text)}


def load_csl_items(items, path: str, lib: Library, report: Report, text: str = "", lines: dict | None = None
                   ) -> None:
    """CSL-JSON items into the library. An item that cannot become a record is a warning here and an
    error only where a brief cites it; every field an item does not use is named in a warning."""
    lines = lines if lines is not None else (_record_lines(text, r'"id"\s*:\s*"([^"]+)"') if text else {})
    for item in items:
        if not isinstance(item, dict) or "id" not in item:
            report.error("CSL-JSON item without an id", Location(path), code="csl",
                         hint="each item needs \"id\" (the key cited as @id) and \"type\"")
            continue
        ident = str(item["id"])
        loc = Location(path, lines.get(ident, 0), 1 if lines.get(ident) else 0)
        key = citation_key(item, set(lib.by_id) | set(lib.unusable))
        if key != ident:
            lib.aliases[ident] = key
            item = {**item, "id": key}
        mapped = to_native(item)
        if mapped.record.get("kind") is None:
            _unusable(lib, report, key, loc, f"type '{item.get('type')}' is not a CSL type",
                      "use a CSL type: legal_case, legislation, treaty, report, document, book, …")
            continue
        problems = Report()
        auth = validate(mapped.record, loc, problems)
        if auth is None:
            first = problems.errors[0]
            _unusable(lib, report, key, loc, f"its {mapped.record['kind']} record is incomplete: "
                      f"{first.message.split(': ', 1)[-1]}", first.hint)
            continue
        lib.add(Authority(auth.id, auth.kind, auth.data, loc, origin="csl"), report)
        for message in mapped.warnings:
            report.warning(f"CSL item '{key}': {message}", loc, code="csl-court")
        if mapped.unused:
            report.warning(f"CSL item '{key}' ({auth.kind}): not used: {', '.join(mapped.unused)}", loc,
                           code="csl-unused", hint=mapped.advice())


def _unusable(lib: Library, report: Report, key: str, loc: Location, why: str, hint: str) -> None:
    report.warning(f"CSL item '{key}' cannot be cited: {why}", loc, code="csl-item", hint=hint)
    lib.unusable[key] = Diagnostic("error", "csl-item", f"'@{key}' cannot be cited: {why} ({loc})", None, hint)


def load_json_file(path: Path, lib: Library, report: Report) -> None:
    data, text = yamlfile.load_json(path, "CSL-JSON", hint="check commas and quotes; Zotero exports an array [ {…}, … ]")
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        raise BriefgenError("CSL-JSON must be an array of items", Location(display_path(path), 1, 1), code="csl")
    load_csl_items(data, display_path(path), lib, report, text)


NAME_FIELDS = {"author", "editor", "translator", "container-author", "collection-editor", "recipient"}
# BibTeX entry types and fields as CSL (citeproc-py's own table reads @incollection as an article and
# drops a report's number, url, institution and month, so briefgen reads the entries itself)
BIBTEX_TYPES = {"article": "article-journal", "book": "book", "booklet": "pamphlet", "inbook": "chapter",
                "incollection": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
                "manual": "book", "mastersthesis": "thesis", "phdthesis": "thesis", "thesis": "thesis",
                "misc": "document", "proceedings": "book", "techreport": "report", "report": "report",
                "unpublished": "manuscript", "online": "webpage", "electronic": "webpage", "www": "webpage"}
BIBTEX_FIELDS = {"title": "title", "booktitle": "container-title", "journal": "container-title",
                 "volume": "volume", "pages": "page", "publisher": "publisher", "institution": "publisher",
                 "school": "publisher", "organization": "publisher", "address": "publisher-place",
                 "edition": "edition", "series": "collection-title", "url": "URL", "doi": "DOI", "note": "note",
                 "type": "genre", "howpublished": "medium", "chapter": "chapter-number", "isbn": "ISBN",
                 "issn": "ISSN", "abstract": "abstract", "keywords": "keyword"}
MONTHS = MONTH_NUMBERS     # BibTeX's month macros (jan, feb, …) are T12's months' first three letters


def bibtex_items(path: Path) -> list[dict]:
    """Read BibTeX (names and LaTeX through citeproc-py) and return CSL-JSON-shaped dicts."""
    text = yamlfile.read_text(path)
    opens, closes = text.count("{"), text.count("}")
    if opens != closes:
        line = _unbalanced_line(text)
        raise BriefgenError(f"broken BibTeX: {opens} '{{' but {closes} '}}'", Location(display_path(path), line, 1),
                            code="bibtex", hint="every entry and field value needs its closing brace")
    import warnings

    try:
        with warnings.catch_warnings():  # citeproc-py's notices about fields its own table lacks
            warnings.simplefilter("ignore")
            source, entries = _bibtex(path)
    except BriefgenError:
        raise
    except Exception as exc:  # citeproc-py raises bare exceptions on bad syntax
        raise BriefgenError(f"broken BibTeX: {exc}", Location(display_path(path), 1, 1), code="bibtex") from None
    items = []
    for key, entry in entries.items():
        kind = entry.document_type.lower()
        item: dict = {"id": key, "type": BIBTEX_TYPES.get(kind, "document" if kind else "")}
        for name in ("author", "editor"):
            if entry.get(name):
                item[name] = [{k: str(v) for k, v in n.items()} if isinstance(n, dict) else str(n)
                              for n in source._parse_author(entry[name])]
        for name, value in entry.items():
            if name in ("author", "editor", "year", "month", "urldate"):
                continue
            csl = BIBTEX_FIELDS.get(name, name)
            if name == "number":
                csl = "issue" if item["type"] == "article-journal" else "number"
            value = str(source._parse_string(value)) if name not in ("url", "doi") else str(value).strip()
            item[csl] = source._bibtex_to_csl_pages(value) if name == "pages" else value
        if entry.get("year"):
            year = str(entry["year"]).strip()
            if not re.fullmatch(r"-?\d{1,4}", year):
                line = next((n for k, n in _record_lines(text, ENTRY_KEY).items() if k.lower() == key), 1)
                raise BriefgenError(f"entry '{key}': year '{year[:20]}' is not a year", Location(display_path(path),
                                    line, 1), code="bibtex", hint="write the year in digits: year = {2016}")
            month = MONTHS.get(str(entry.get("month", "")).strip().lower()[:3])
            item["issued"] = {"date-parts": [[int(year)] + ([month] if month else [])]}
        if entry.get("urldate"):
            item["accessed"] = {"raw": str(entry["urldate"]).strip()}
        if item["type"] == "report" and "publisher" in item and "author" not in item:
            item["author"] = [{"literal": item.pop("publisher")}]  # a report by its institution
        items.append(item)
    return items


ENTRY_KEY = r"@\w+\s*\{\s*([^,\s]+)\s*,"  # an entry's key, as @book{key,
MAX_BIBTEX_VALUE = 100_000  # characters of one field or @string once its macros are expanded


def _bibtex(path: Path):
    """citeproc-py's BibTeX reader, and the file's entries read by its parser once, with every value
    (``a # a``, @string macros naming macros) stopped at MAX_BIBTEX_VALUE characters."""
    from citeproc.source.bibtex import BibTeX
    from citeproc.source.bibtex.bibparse import BibTeXParser

    def here(file) -> Location:
        with open(path, "rb") as raw:  # the text reader's position is the byte offset in UTF-8
            return Location(display_path(path), raw.read(file.tell()).count(b"\n") + 1, 1)

    def ended(file) -> BriefgenError:
        return BriefgenError("the file ends inside an entry", here(file), code="bibtex",
                             hint="close the entry: @book{key, title = {…}, year = 2001}")

    class Guarded:
        """The file as the parser reads it: its loops ask for one character more until they see the one they
        want, and at the end of the file ('' in any string) some would ask for ever."""

        def __init__(self, file):
            self.file, self.empty = file, 0

        def read(self, size=-1):
            text = self.file.read(size)
            self.empty = 0 if text else self.empty + 1
            if self.empty > 64:
                raise ended(self.file)
            return text

        def __getattr__(self, name):
            return getattr(self.file, name)

    class Bounded(BibTeXParser):
        """citeproc-py's parser, bounded: values stop at MAX_BIBTEX_VALUE, and the end of the file inside an
        entry is an error, not a wait for ever."""

        def _parse(self, file):
            super()._parse(Guarded(file))

        def _parse_value(self, file):
            value = super()._parse_value(file)
            if len(str(value)) > MAX_BIBTEX_VALUE:
                raise BriefgenError(f"a value here expands to more than {MAX_BIBTEX_VALUE:,} characters",
                                    here(file), code="bibtex",
                                    hint="@string macros that repeat each other (a # a) grow without bound")
            return value

        def _jump_to_next_line(self, file):
            char = file.read(1)
            while char and char != "\n":   # a @comment may end the file without a newline
                char = file.read(1)

    entries = Bounded(str(path), "utf-8")
    if re.search(r"\\(newcommand|renewcommand|providecommand|def)\b", entries.preamble):
        raise BriefgenError("a @preamble that defines LaTeX commands is not read: its commands could expand "
                            "without end", Location(display_path(path), 1, 1), code="bibtex",
                            hint="remove the @preamble, or write the commands out in the fields")
    source = BibTeX.__new__(BibTeX)  # its helpers only, without reading the file a second time
    source.preamble_macros = {}
    return source, entries


def _unbalanced_line(text: str) -> int:
    depth = 0
    for i, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("@") and depth != 0:
            return i - 1
        depth += line.count("{") - line.count("}")
    return max(1, len(text.splitlines()))


def load_bib_file(path: Path, lib: Library, report: Report) -> None:
    text = yamlfile.read_text(path)
    lines = _record_lines(text, ENTRY_KEY)
    before = set(lib.by_id)
    load_csl_items(bibtex_items(path), display_path(path), lib, report, lines=lines)
    for key in set(lib.by_id) - before:
        a = lib.by_id[key]
        lib.by_id[key] = Authority(a.id, a.kind, a.data, a.location, origin="bibtex")


LOADERS = {".yaml": load_yaml_file, ".yml": load_yaml_file, ".json": load_json_file, ".bib": load_bib_file}


def load_library(folder: Path, report: Report) -> Library:
    """Every authority file under ``folder`` (sorted, so ids and order are stable)."""
    from briefgen.project import source_files

    lib = Library()
    for path in source_files(folder, LOADERS, folder.parent, report):
        try:
            LOADERS[path.suffix](path, lib, report)
        except BriefgenError as exc:
            report.extend(exc.diagnostics)
            for key in declared_ids(path):
                if key not in lib.by_id:
                    lib.unavailable.setdefault(key, display_path(path))
    check_history(lib, report)
    return lib


def check_history(lib: Library, report: Report) -> None:
    """Every ``history`` entry's ``cite`` names a record of the library (not the record itself)."""
    from briefgen.errors import did_you_mean

    for auth in lib.by_id.values():
        history = auth.get("history")
        for i, entry in enumerate(history if isinstance(history, list) else ()):
            key = str(entry.get("cite") or "")
            if key and (key not in lib.by_id or key == auth.id) and key not in lib.unavailable:
                what = "itself" if key == auth.id else f"'{key}', which is not an authority"
                where = (history.where(i) if hasattr(history, "where") else None) or auth.location
                report.error(f"authority '{auth.id}': history cites {what}", where, code="authority-history",
                             hint=did_you_mean(key, lib.by_id) or "give the id of another record, or the citation "
                                                                  "as printed: {relation: …, text: …}")


ID_PATTERNS = {".yaml": r"(?m)^\s*-?\s*id:\s*[\"']?([^\s\"'#]+)", ".yml": r"(?m)^\s*-?\s*id:\s*[\"']?([^\s\"'#]+)",
               ".json": r'"id"\s*:\s*"([^"]+)"', ".bib": r"@\w+\s*\{\s*([^,\s]+)\s*,"}


def declared_ids(path: Path) -> list[str]:
    """The ids a file that failed to parse seems to declare, read from its text line by line."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return re.findall(ID_PATTERNS[path.suffix], text)
