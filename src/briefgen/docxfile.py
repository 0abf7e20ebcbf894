"""Opening a Word file someone else made (a memo to import or verify, a reference DOCX) with limits.

A DOCX is a zip of XML parts. A small file can unpack to gigabytes (a zip bomb), hold tens of
thousands of parts, or carry XML that does not parse. Here the file is read once, every part is
unpacked in chunks and counted, stopping at the first part or total over its limit — before
decompression finishes — and only then is it handed on, from memory, so the bytes checked are the
bytes read: to python-docx for a memo, to the DOCX writer's own package reader (writers/opc.py) for a
reference DOCX. Every refusal is an error naming the file.
"""
from __future__ import annotations

import io
from pathlib import Path

from briefgen.errors import BriefgenError, Location, display_path

MAX_FILE = 32 << 20       # bytes of the .docx itself
MAX_PARTS = 2_000         # parts (files) in the zip
MAX_PART = 16 << 20       # bytes of one part, unpacked
MAX_TOTAL = 64 << 20      # bytes of every part together, unpacked
CHUNK = 1 << 20
MAX_HEADING = 9           # Word's heading levels


def checked_bytes(path: Path, what: str, code: str, hint: str) -> bytes:
    """The file's bytes, once its parts are known to unpack within the limits above; ``what`` names
    the file in messages ("reference DOCX")."""
    import zipfile

    where = Location(display_path(path))

    def refuse(message: str) -> BriefgenError:
        return BriefgenError(f"{what}: {message}", where, code=code, hint=hint)

    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE + 1)
    except OSError as exc:
        raise refuse(f"cannot read it: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE:
        raise refuse(f"the file is larger than {MAX_FILE >> 20} MB")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = z.infolist()
            if len(entries) > MAX_PARTS:
                raise refuse(f"the file holds {len(entries):,} parts; a Word document has at most {MAX_PARTS:,} here")
            total = 0
            for entry in entries:
                size = 0
                with z.open(entry) as part:
                    while chunk := part.read(CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > MAX_PART:
                            raise refuse(f"part {entry.filename} unpacks to more than {MAX_PART >> 20} MB")
                        if total > MAX_TOTAL:
                            raise refuse(f"the parts unpack to more than {MAX_TOTAL >> 20} MB")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError) as exc:
        raise refuse(f"not a Word document (a .docx is a zip file): {exc}") from None
    except RuntimeError as exc:  # an encrypted part
        raise refuse(f"cannot read the file: {exc}") from None
    return data


def open_document(path: Path, what: str, code: str, hint: str):
    """A python-docx Document of ``path``, read within the limits; a package or XML python-docx
    cannot read is an error naming the file, never an internal error."""
    import docx

    data = checked_bytes(path, what, code, hint)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many types for a broken package
        raise BriefgenError(f"{what}: not a Word document: {type(exc).__name__}: {exc}",
                            Location(display_path(path)), code=code, hint=hint) from None


def parse_part(blob: bytes, path: Path, what: str, code: str, hint: str):
    """One XML part (footnotes, say) parsed without entities or network; broken XML is an error."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as exc:
        raise BriefgenError(f"{what}: broken XML: {exc}", Location(display_path(path)), code=code,
                            hint=hint) from None
