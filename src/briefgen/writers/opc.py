"""The zip-of-XML-parts container a .docx is (Open Packaging Conventions), read and written with lxml.

A package is its parts by name, the relationships between them and their content types. Only the
parts a writer touches are parsed; the others go back into the zip as the bytes they came in. The
zip is written with fixed times and attributes, so the same input gives the same bytes.
"""
from __future__ import annotations

import io
import posixpath
import time
import zipfile

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
REL = {name: _OFFICE_REL + name for name in ("officeDocument", "styles", "settings", "numbering", "footnotes",
                                             "endnotes", "header", "footer", "hyperlink")}
REL["core-properties"] = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CONTENT = {"document": _WML + "document.main+xml", "settings": _WML + "settings+xml",
           "numbering": _WML + "numbering+xml", "footnotes": _WML + "footnotes+xml", "endnotes": _WML + "endnotes+xml",
           "header": _WML + "header+xml", "footer": _WML + "footer+xml",
           "core-properties": "application/vnd.openxmlformats-package.core-properties+xml"}
_TYPES = "[Content_Types].xml"
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, huge_tree=False)


def qn(tag: str) -> str:
    """``w:p`` as lxml names it, ``{namespace}p`` (remembered: a memo's runs ask thousands of times)."""
    name = _CLARK.get(tag)
    if name is None:
        prefix, local = tag.split(":")
        name = _CLARK[tag] = f"{{{NS[prefix]}}}{local}"
    return name


_CLARK: dict[str, str] = {}


def parse(blob: bytes):
    """An XML part's root, without entities or network access."""
    return etree.fromstring(blob, _PARSER)


class Package:
    """A package's parts by name, in zip order (bytes until a writer asks for one parsed), their
    relationships and content types. Saving writes the parts the relationships reach, as Word reads them."""

    def __init__(self, data: bytes):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            self.blobs: dict[str, bytes] = {name: z.read(name) for name in z.namelist() if not name.endswith("/")}
        self.parsed: dict = {}
        self.types = parse(self.blobs.pop(_TYPES))

    def reachable(self) -> list[str]:
        """The parts a reader finds by following relationships from the package's own, with their
        relationship parts, in zip order: a part nothing refers to any more (a replaced notes part's
        relationships, a template's leftovers) is not written."""
        found: set[str] = set()

        def walk(source: str) -> None:
            rels = _rels_name(source)
            if rels not in self.blobs or rels in found:
                return
            found.add(rels)
            for rel in self.rels(source):
                if rel.get("TargetMode") != "External":
                    target = _resolve(source, rel.get("Target"))
                    if target in self.blobs and target not in found:
                        found.add(target)
                        walk(target)

        walk("")
        return [name for name in self.blobs if name in found]

    # ------------------------------------------------------------ parts

    def part(self, name: str):
        """The parsed root of part ``name`` (parsed once; written back on save)."""
        if name not in self.parsed:
            self.parsed[name] = parse(self.blobs[name])
        return self.parsed[name]

    def add_part(self, name: str, root, content_type: str) -> None:
        self.blobs[name] = b""
        self.parsed[name] = root
        for old in self.types.xpath("ct:Override[@PartName=$n]", namespaces=NS, n="/" + name):
            self.types.remove(old)
        etree.SubElement(self.types, qn("ct:Override"), PartName="/" + name, ContentType=content_type)

    def content_type(self, name: str) -> str | None:
        """A part's content type: its own (Override), else its extension's (Default)."""
        found = self.types.xpath("ct:Override[@PartName=$n]/@ContentType", namespaces=NS, n="/" + name)
        extension = posixpath.splitext(name)[1][1:].lower()
        found += self.types.xpath("ct:Default[translate(@Extension, 'XMLRS', 'xmlrs')=$e]/@ContentType",
                                  namespaces=NS, e=extension)
        return found[0] if found else None

    def next_name(self, template: str) -> str:
        """The first free part name of the form ``template % n`` (word/footer%d.xml)."""
        n = 1
        while template % n in self.blobs:
            n += 1
        return template % n

    # ------------------------------------------------------------ relationships

    def rels(self, source: str):
        """The relationships part of ``source`` ("" for the package's own), created when absent."""
        name = _rels_name(source)
        if name not in self.blobs:
            self.blobs[name] = b""
            self.parsed[name] = etree.Element(qn("rel:Relationships"), nsmap={None: NS["rel"]})
        return self.part(name)

    def related(self, source: str, reltype: str) -> str | None:
        """The part ``source`` relates to by ``reltype``, or None."""
        for rel in self.rels(source):
            if rel.get("Type") == reltype and rel.get("TargetMode") != "External":
                target = _resolve(source, rel.get("Target"))
                if target in self.blobs:
                    return target
        return None

    def target(self, source: str, r_id: str) -> str | None:
        """The part a relationship of ``source`` names by its id, or None."""
        for rel in self.rels(source):
            if rel.get("Id") == r_id and rel.get("TargetMode") != "External":
                target = _resolve(source, rel.get("Target"))
                return target if target in self.blobs else None
        return None

    def relate(self, source: str, target: str, reltype: str, external: bool = False) -> str:
        """The id of a relationship from ``source`` to ``target`` (a part name, or a URL when ``external``),
        reusing one that already says the same."""
        rels = self.rels(source)
        written = target if external else posixpath.relpath(target, posixpath.dirname(source) or ".")
        for rel in rels:
            if (rel.get("Type"), rel.get("Target"), rel.get("TargetMode") == "External") == (reltype, written, external):
                return rel.get("Id")
        used = {rel.get("Id") for rel in rels}
        n = 1
        while f"rId{n}" in used:
            n += 1
        attrs = {"Id": f"rId{n}", "Type": reltype, "Target": written}
        if external:
            attrs["TargetMode"] = "External"
        etree.SubElement(rels, qn("rel:Relationship"), attrs)
        return attrs["Id"]

    def drop(self, name: str) -> None:
        """Forget part ``name`` and its relationships part."""
        for each in (name, _rels_name(name)):
            self.blobs.pop(each, None)
            self.parsed.pop(each, None)

    def unrelate(self, source: str, reltype: str) -> list[str]:
        """Drop ``source``'s relationships of ``reltype``; returns the parts they named."""
        dropped = []
        rels = self.rels(source)
        for rel in rels.xpath("rel:Relationship[@Type=$t]", namespaces=NS, t=reltype):
            if rel.get("TargetMode") != "External":
                dropped.append(_resolve(source, rel.get("Target")))
            rels.remove(rel)
        return dropped

    # ------------------------------------------------------------ saving

    def to_bytes(self, epoch: int) -> bytes:
        """The zip: content types first, then every reachable part in order, each stamped with ``epoch``."""
        stamp = min(max(time.gmtime(epoch)[:6], (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))
        names = self.reachable()
        written = {"/" + name for name in names}
        for override in self.types.findall(qn("ct:Override")):
            if override.get("PartName") not in written:
                self.types.remove(override)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in [_TYPES, *names]:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, whatever the build machine, so the bytes do not vary
                info.external_attr = 0o644 << 16
                root = self.types if name == _TYPES else self.parsed.get(name)
                z.writestr(info, self.blobs[name] if root is None else serialize(root))
        return out.getvalue()


def serialize(root) -> bytes:
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _rels_name(source: str) -> str:
    folder, name = posixpath.split(source)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(source: str, target: str) -> str:
    """A relationship's target as a part name (no leading slash)."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
