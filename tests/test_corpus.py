"""The reading corpus (tests/corpus) is whole: enough published notes from enough sources, each source
with its provenance, every note with its ground truth and its planted error (or the reason it has
none), and the committed documents in step with the notes they were built from."""
import re
import sys
from pathlib import Path

import pytest
import yaml

from helpers import docx_footnotes

CORPUS = Path(__file__).parent / "corpus"
sys.path.insert(0, str(CORPUS))
import build  # noqa: E402  (tests/corpus/build.py: the generator of the documents checked here)

SOURCES = yaml.safe_load((CORPUS / "SOURCES.yaml").read_text(encoding="utf-8"))["sources"]
PROVENANCE = ("title", "author", "publication", "date", "url", "repository", "path", "commit", "licence",
              "notes_taken", "extraction", "style", "layout")
KINDS = {"case", "statute", "session-law", "regulation", "constitution", "treaty", "un-document", "bill",
         "rule", "report", "book", "article", "news", "web", "press-release", "speech", "social-media",
         "restatement", "executive-order", "federal-register", "agency-ruling", "hearing", "letter",
         "congressional-record", "tribunal-case", "foreign-decision",
         "icj-case", "record"}
FORMS = {"full", "short", "id", "supra"}
CLASSES = {"court", "month", "signal", "t16", "id-after-multiple", "supra-kind", "short-before-full",
           "quote-pin", "periodical", "institutional"}


def notes_of(sid: str, name: str) -> dict[int, object]:
    data = yaml.safe_load((CORPUS / sid / name).read_text(encoding="utf-8"))
    return {int(k): v for k, v in data["notes"].items()}


def md_notes(path: Path) -> dict[int, str]:
    text = path.read_text(encoding="utf-8")
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\[\^(\d+)\]: (.*)$", text, re.M)}


def txt_notes(path: Path, layout: str) -> dict[int, str]:
    text = path.read_text(encoding="utf-8")
    heading = "\nEndnotes\n" if layout == "superscript" else "\nNotes\n"
    assert heading in text, f"{path.name}: no {heading.strip()} section"
    mark = r"^\[(\d+)\] (.*)$" if layout == "brackets" else r"^(\d+)\. (.*)$"
    return {int(m.group(1)): m.group(2) for m in re.finditer(mark, text.split(heading, 1)[1], re.M)}


def bare(text: str) -> str:
    """A note without markup, to compare what Word shows with what was written."""
    return re.sub(r"\\(.)", r"\1", text).replace("*", "")


def test_the_corpus_is_large_enough():
    total = sum(len(notes_of(sid, "notes.yaml")) for sid in SOURCES)
    assert len(SOURCES) >= 8 and total >= 300, (len(SOURCES), total)


@pytest.mark.parametrize("sid", sorted(SOURCES))
def test_every_source_says_where_it_comes_from(sid):
    meta = SOURCES[sid]
    assert all(meta.get(k) for k in PROVENANCE), [k for k in PROVENANCE if not meta.get(k)]
    assert re.fullmatch(r"[0-9a-f]{40}", meta["commit"])
    assert meta["url"].startswith("https://")
    assert meta["style"] in ("bluebook", "crs", "oscola", "court") and meta["layout"] in ("brackets", "numbered", "superscript")
    assert yaml.safe_load((CORPUS / sid / "notes.yaml").read_text(encoding="utf-8"))["id"] == sid


@pytest.mark.parametrize("sid", sorted(SOURCES))
def test_every_note_has_its_ground_truth(sid):
    notes, truth = notes_of(sid, "notes.yaml"), notes_of(sid, "truth.yaml")
    assert sorted(notes) == list(range(1, len(notes) + 1))
    assert truth.keys() == notes.keys()
    for n, line in truth.items():
        if line == "none":
            continue
        for cite in line.split():
            kind, _, form = cite.rstrip("?").partition(":")
            assert kind in KINDS and form in FORMS, (n, cite)


@pytest.mark.parametrize("sid", sorted(SOURCES))
def test_every_note_has_one_planted_error_or_a_reason(sid):
    notes, planted = notes_of(sid, "notes.yaml"), notes_of(sid, "planted.yaml")
    assert planted.keys() == notes.keys()
    for n, p in planted.items():
        if "none" in p:
            assert p["none"].strip() and "class" not in p, n
            continue
        assert p["class"] in CLASSES, (n, p["class"])
        assert notes[n].count(p["from"]) == 1 and p["to"] != p["from"], n
    assert any("class" in p for p in planted.values())


@pytest.mark.parametrize("sid", sorted(SOURCES))
def test_the_documents_are_built_from_the_notes(sid):
    """original.* and planted.* are what build.py makes of notes.yaml and planted.yaml today."""
    meta, folder = SOURCES[sid], CORPUS / sid
    notes = notes_of(sid, "notes.yaml")
    planted = {"notes": notes_of(sid, "planted.yaml")}
    for name, text_notes in (("original", notes), ("planted", build.planted_notes(notes, planted))):
        assert (folder / f"{name}.txt").read_text(encoding="utf-8") == build.as_text(meta, text_notes)
        assert (folder / f"{name}.md").read_text(encoding="utf-8") == build.as_markdown(meta, text_notes)
        shown = docx_footnotes(folder / f"{name}.docx")
        assert [bare(t) for t in shown] == [bare(text_notes[n]) for n in sorted(text_notes)], f"{name}.docx"


@pytest.mark.parametrize("sid", sorted(SOURCES))
def test_each_planted_copy_differs_in_exactly_the_annotated_notes(sid):
    meta, folder = SOURCES[sid], CORPUS / sid
    seeded = {n for n, p in notes_of(sid, "planted.yaml").items() if "class" in p}
    pairs = {
        "md": (md_notes(folder / "original.md"), md_notes(folder / "planted.md")),
        "txt": (txt_notes(folder / "original.txt", meta["layout"]), txt_notes(folder / "planted.txt", meta["layout"])),
        "docx": (dict(enumerate(docx_footnotes(folder / "original.docx"), 1)),
                 dict(enumerate(docx_footnotes(folder / "planted.docx"), 1))),
    }
    for fmt, (before, after) in pairs.items():
        assert before.keys() == after.keys() == set(range(1, len(before) + 1)), fmt
        assert {n for n in before if before[n] != after[n]} == seeded, fmt
