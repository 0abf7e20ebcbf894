"""briefgen import on international materials as published writing cites them: the criminal courts in
OSCOLA form, the I.C.J. by its Reports, U.N. documents by symbol and OSCOLA journal articles, in Markdown
and in plain text (where the case names are roman). Every note below is quoted from tests/corpus (the
source and note are named beside it); the rebuilt notes are Bluebook, so they differ from OSCOLA originals.
"""
import re
from pathlib import Path

import yaml
from typer.testing import CliRunner

from briefgen.cli import app

CORPUS = Path(__file__).parent / "corpus"


def corpus_note(source: str, n: int) -> str:
    return yaml.safe_load((CORPUS / source / "notes.yaml").read_text(encoding="utf-8"))["notes"][n]


def run(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def memo(notes: list[str], fmt: str) -> str:
    calls = " ".join(f"Text omitted.[{'^' if fmt == 'md' else ''}{i}]" for i in range(1, len(notes) + 1))
    if fmt == "md":
        return "# Discussion\n\n" + calls + "\n\n" + "\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1)) + "\n"
    plain = [n.replace("*", "") for n in notes]
    return "Discussion\n\n" + calls + "\n\nNotes\n\n" + "\n".join(f"[{i}] {n}" for i, n in enumerate(plain, 1)) + "\n"


def imported(tmp_path, monkeypatch, notes: list[str], fmt: str = "md") -> tuple[dict, str, list[str]]:
    """The records import makes (by id), what it printed, and the notes `build` writes back."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"memo.{fmt}").write_text(memo(notes, fmt), encoding="utf-8")
    out = run("import", f"memo.{fmt}").output
    records = {r["id"]: r for r in yaml.safe_load((tmp_path / "authorities" / "memo.yaml").read_text(encoding="utf-8"))}
    assert run("build", "briefs/memo.yaml", "--to", "md").exit_code == 0
    built = (tmp_path / "build" / "memo.md").read_text(encoding="utf-8").replace("\u00a0", " ")
    return records, out, [m.group(1) for m in re.finditer(r"^\[\^\d+\]: (.*)$", built, re.M)]


def test_oscola_tribunal_decisions_and_transcripts(tmp_path, monkeypatch):
    # leiden-dde notes 4 (ICC, bare chamber), 19 (SCSL transcript page), 23 (IRMCT single judge), 41 (two ¶s)
    notes = [corpus_note("leiden-dde", n) for n in (4, 19, 23, 41)]
    for fmt in ("md", "txt"):
        (tmp_path / fmt).mkdir()
        records, out, built = imported(tmp_path / fmt, monkeypatch, notes, fmt)
        assert "import-unparsed" not in out, out
        kinds = sorted(r["kind"] for r in records.values())
        assert kinds == ["tribunal-case"] * 4, records
        bemba = next(r for r in records.values() if r["number"] == "ICC-01/05-01/08")
        assert bemba["name"] == "Prosecutor v. Bemba" and bemba["date"] == "2013-06-27"
        assert bemba["court"] == "Int’l Crim. Ct. Trial Chamber"
        assert bemba["decision"].startswith("Decision on the admission into evidence of items deferred")
        assert "Guessed: court (from the case number ICC-01/05-01/08)" in " ".join(bemba["note"].split())
        taylor = next(r for r in records.values() if r["number"] == "SCSL-03-01-T")
        assert taylor["court"] == "Special Ct. for Sierra Leone Trial Chamber II" and taylor["decision"] == "Transcript"
        assert built[0].startswith("*Prosecutor v. Bemba*, Case No. ICC-01/05-01/08, Decision on"), built[0]
        assert built[0].endswith("¶ 9 (Int’l Crim. Ct. Trial Chamber June 27, 2013)."), built[0]
        assert "Case No. SCSL-03-01-T, Transcript, at 45783 (Special Ct. for Sierra Leone Trial Chamber II Aug. 9, " \
               "2010), lines 11-12." in built[1], built[1]
        assert "Case No. MICT-18-116-T, Judgement, ¶ 39 (Int’l Residual Mechanism for Crim. Tribs. Single Judge " \
               "June 25, 2021)." in built[2], built[2]
        assert "¶¶ 11, 13 (Int’l Crim. Ct. Trial Chamber II July 27, 2009)." in built[3], built[3]
