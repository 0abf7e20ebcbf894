"""Build the reading corpus's documents from the footnotes kept verbatim in each source folder.

Each folder under tests/corpus holds notes.yaml (the published footnotes), truth.yaml (what each note
cites) and planted.yaml (one error per note, or why none). This script writes, per folder, the memo in
three formats -- original.txt / .md / .docx -- and the same with the planted errors (planted.*).
The body of each memo is placeholder text: only the notes are the source's own words.

    python tests/corpus/build.py          # needs pandoc for the .docx files

The generated files are committed, so the tests and bench/reading.py do not need pandoc.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PER_PARAGRAPH = 5


def sources() -> dict:
    return yaml.safe_load((HERE / "SOURCES.yaml").read_text(encoding="utf-8"))["sources"]


def load(folder: Path, name: str):
    path = folder / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def planted_notes(notes: dict[int, str], planted: dict) -> dict[int, str]:
    """The notes with each planted error applied: its `from` text occurs once in the note."""
    out = dict(notes)
    for n, p in (planted or {}).get("notes", {}).items():
        if "from" not in p:
            continue
        text = notes[n]
        if text.count(p["from"]) != 1:
            raise SystemExit(f"planted.yaml: note {n}: `from` must occur exactly once in the note")
        out[n] = text.replace(p["from"], p["to"], 1)
    return out


def body_paragraphs(numbers: list[int], call) -> list[str]:
    """Placeholder paragraphs carrying the note calls, a few calls each."""
    paras = []
    for i in range(0, len(numbers), PER_PARAGRAPH):
        paras.append(" ".join(f"Text omitted.{call(n)}" for n in numbers[i:i + PER_PARAGRAPH]))
    return paras


def plain(meta: dict, note: str) -> str:
    """A note as plain text: where the source keeps italics as *...*, they are lost, as in a .txt."""
    if not meta.get("italics"):
        return note
    return re.sub(r"(?<!\\)\*", "", note).replace("\\*", "*")


def as_text(meta: dict, notes: dict[int, str]) -> str:
    """Plain text in the layout the source is given: [1] calls and notes, [1] calls and `1.` notes,
    or superscript calls flattened to digits with `1.` notes."""
    layout = meta["layout"]
    call = {"brackets": lambda n: f"[{n}]", "numbered": lambda n: f"[{n}]",
            "superscript": lambda n: f"{n}"}[layout]
    mark = {"brackets": lambda n: f"[{n}] ", "numbered": lambda n: f"{n}. ",
            "superscript": lambda n: f"{n}. "}[layout]
    heading = "Endnotes" if layout == "superscript" else "Notes"
    lines = ["MEMORANDUM", "", f"Re: {meta['title']}", "", "Discussion", ""]
    for p in body_paragraphs(sorted(notes), call):
        lines += [p, ""]
    lines += [heading, ""]
    for n in sorted(notes):
        lines += [mark(n) + plain(meta, notes[n]), ""]
    return "\n".join(lines)


_MD_SPECIAL = re.compile(r"([\\*`$<>^~|])")
_MD_SPECIAL_KEEP_ITALICS = re.compile(r"(\\(?!\*)|[`$<>^~|])")


def md_escape(text: str, italics: bool = False) -> str:
    """Escape what Pandoc Markdown would read as markup; underscores only outside words. With
    italics, *...* is the source's own emphasis and stays markup, as does \\* (a literal asterisk)."""
    text = (_MD_SPECIAL_KEEP_ITALICS if italics else _MD_SPECIAL).sub(r"\\\1", text)
    return re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)


def as_markdown(meta: dict, notes: dict[int, str]) -> str:
    lines = ["# Memorandum", "", f"Re: {md_escape(meta['title'])}", "", "## Discussion", ""]
    for p in body_paragraphs(sorted(notes), lambda n: f"[^{n}]"):
        lines += [p, ""]
    for n in sorted(notes):
        lines += [f"[^{n}]: {md_escape(notes[n], meta.get('italics', False))}", ""]
    return "\n".join(lines)


def write_docx(md_path: Path, docx_path: Path) -> None:
    """Pandoc turns the Markdown into a DOCX with real footnotes; quotes are kept as written."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", str(md_path), "-o", str(docx_path)],
                   check=True, env=env)


def build(folder: Path, meta: dict, docx: bool) -> int:
    notes = {int(k): v for k, v in load(folder, "notes.yaml")["notes"].items()}
    planted = load(folder, "planted.yaml")
    if planted:
        planted["notes"] = {int(k): v for k, v in planted["notes"].items()}
    for name, text_notes in (("original", notes), ("planted", planted_notes(notes, planted))):
        if name == "planted" and not planted:
            continue
        (folder / f"{name}.txt").write_text(as_text(meta, text_notes), encoding="utf-8")
        md = folder / f"{name}.md"
        md.write_text(as_markdown(meta, text_notes), encoding="utf-8")
        if docx:
            write_docx(md, folder / f"{name}.docx")
    return len(notes)


def main() -> None:
    docx = subprocess.run(["which", "pandoc"], capture_output=True).returncode == 0
    if not docx:
        print("pandoc not found: the .docx files are left as they are", file=sys.stderr)
    total = 0
    for sid, meta in sources().items():
        total += build(HERE / sid, meta, docx)
    print(f"{len(sources())} sources, {total} notes")


if __name__ == "__main__":
    main()
