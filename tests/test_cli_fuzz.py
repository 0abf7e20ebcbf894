"""The command line under random input: specs, modules, authorities and flags drawn at random.

Whatever it is given, `briefgen` exits 0, 1 or 2 — never "internal error" —, never changes a source
file, and leaves each brief's outputs all new (it built) or all old (it did not)."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.invocation import Invocation, running

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
OLD = b"an earlier output"

SCALARS = st.one_of(st.text(max_size=20), st.integers(-5, 10**6), st.booleans(), st.none(), st.floats(allow_nan=False),
                    st.just("2024-13-40"), st.just("art. 7(1)"))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=6)
SPEC_KEYS = st.sampled_from(["kind", "title", "modules", "date", "to", "from", "re", "vars", "citations", "style",
                             "reference", "recipients", "toc", "toa", "numbered", "signature", "letterhead", "titel",
                             "notes", "appendix", "cc", "salutation"])
AUTHORITY_FIELDS = st.sampled_from(["kind", "name", "title", "reporter", "volume", "page", "court", "date", "year",
                                    "sources", "parties", "symbol", "number", "authors", "author", "journal", "url",
                                    "short", "hereinafter", "series", "decision", "reproter", "unpinned", "case_no"])
KINDS = st.sampled_from(["case", "treaty", "book", "report", "article", "statute", "un-document", "resolution",
                         "icj-case", "tribunal-case", "regional-case", "foreign-decision", "web", "caselaw", "letter"])
PIECES = st.sampled_from([
    "word", "word", "word", " ", " ", "\n\n", "\n\n", "## H\n\n", "Text.[@roe, 120]", "Text.[see @att, art. 6]", "[see @roe, 12]", "[@att, art. 7(1)]", "^[note [@gao2009, 5] x]", "*it*",
    "[@roe]", "[@fuzz, 3]", "[@fuzz]", "- item\n", "> quote\n\n", "^[plain]", "{{ vars.client }}", "{{ nope }}",
    "{% for i in range(3) %}x{% endfor %}", "---\n", "\x00", "\U0001F99C", "[id. at 3]", "[@roe, 732.]",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n", "{% include 'modules/two.md' %}", "[see e.g. @roe]", "...", "“q”"])
FLAGS = st.lists(st.sampled_from([["--to", "md"], ["--to", "docx"], ["--to", "md,docx"], ["--to", "pdf"],
                                  ["--to", "odt"], ["--quiet"], ["--json"], ["--out", "briefs"], ["--out", "out"],
                                  ["--pdf-standard", "a-2b"], ["--pdf-standard", "z"], ["--shard", "1/2"],
                                  ["--jobs", "1"]]), max_size=3)


def _yaml(value) -> str:
    import yaml

    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


def _digest(root: Path) -> dict:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] not in ("build", "out")}


@settings(max_examples=int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=list(HealthCheck))
@given(spec=st.dictionaries(SPEC_KEYS, VALUES, max_size=6), keep_spec=st.booleans(),
       module=st.lists(PIECES, max_size=12), record=st.dictionaries(AUTHORITY_FIELDS, VALUES, max_size=6),
       kind=KINDS, with_record=st.booleans(), flags=FLAGS)
def test_the_cli_never_fails_inside(tmp_path_factory, spec, keep_spec, module, record, kind, with_record, flags):
    root = tmp_path_factory.mktemp("cli-fuzz")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    spec_path = root / "briefs" / "mini.yaml"
    if not keep_spec:
        spec_path.write_text(_yaml({"kind": "memo", "title": "T", "modules": ["two"], **spec}))
    (root / "briefs" / "modules" / "two.md").write_text("".join(module))
    if with_record:
        (root / "authorities" / "fuzz.yaml").write_text(_yaml([{"id": "fuzz", "kind": kind, **record}]))
    args = ["build"] + [part for flag in flags for part in flag]
    out = root / ("out" if ["--out", "out"] in flags else "build")
    out.mkdir(exist_ok=True)
    formats = ("md", "docx", "pdf")
    for fmt in formats:
        (out / f"mini.{fmt}").write_bytes(OLD)
    before = _digest(root)

    with running(Invocation(root, dict(os.environ))):
        result = CliRunner().invoke(app, args)

    event(f"exit {result.exit_code}")
    assert result.exit_code in (0, 1, 2), (args, result.exception, result.output[-2000:])
    text = result.stdout + result.stderr
    assert "internal error" not in text and "Traceback" not in text, text[-2000:]
    assert _digest(root) == before, "a source file changed"
    states = {fmt: (out / f"mini.{fmt}").read_bytes() == OLD for fmt in formats}
    written = [fmt for fmt, old in states.items() if not old]
    if result.exit_code != 0:
        assert not written, (args, written, text[-1500:])
    else:
        asked = set()
        for flag in flags:
            if flag[0] == "--to":
                asked = set(flag[1].split(","))
        asked = asked or {"docx", "pdf"}
        if not (Path(spec_path).exists() and "recipients" in spec_path.read_text()):
            assert set(written) == asked, (args, written)


# ---------------------------------------------------------------- hostile files for the other readers

HOSTILE_EXAMPLES = int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "60")) // 3
HOSTILE = st.sampled_from([
    "\x00", "\x1b]52;c;aGk=\x07", "\xff", "NaN", "Infinity", "-1", "1e9", "9" * 4400, "0x" + "f" * 1200, "&a [*a]",
    "*a", "&b", "{", "}", "[", "]", '"', "'", ",", ":", "\n", "\n\n", "#", "@string{a = \"xx\"}", "@string{b = a # a}",
    "@book{k, title = b, year = 2001}", "year = {abc}", "@preamble{\"\\newcommand{\\x}{y}\"}", "=HYPERLINK(", "+", "@",
    "- id: x\n  kind: book\n  title: T\n", '{"id": "j", "type": "book", "title": "T"}', "<w:p>", "</w:body>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "[see @roe, 12]", "Id. at 5", "\ufeff"])


def _text(pieces) -> str:
    return "".join(pieces)


def _docx(document_xml: bytes | None) -> bytes:
    import io
    import zipfile

    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    if document_xml is None:
        return out.getvalue()
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as src, zipfile.ZipFile(fixed, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, document_xml if info.filename == "word/document.xml" else src.read(info))
    return fixed.getvalue()


MEMOS = st.one_of(
    st.tuples(st.sampled_from([".md", ".txt", ".html"]), st.lists(HOSTILE | PIECES, max_size=12).map(_text)),
    st.tuples(st.just(".docx"), st.lists(HOSTILE, max_size=10).map(lambda p: _docx(_text(p).encode("utf-8", "replace")))),
    st.tuples(st.sampled_from([".docx", ".md", ".txt"]), st.binary(max_size=200)))


@settings(max_examples=HOSTILE_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(memo=MEMOS, command=st.sampled_from(["verify", "import"]))
def test_import_and_verify_never_fail_inside(tmp_path_factory, memo, command):
    root = tmp_path_factory.mktemp("memo-fuzz")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    suffix, data = memo
    path = root / f"memo{suffix}"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    before = _digest(root)
    with running(Invocation(root, dict(os.environ))):
        result = CliRunner().invoke(app, [command, str(path)] + (["--name", "got"] if command == "import" else []))
    assert result.exit_code in (0, 1, 2), (result.exception, result.output[-2000:])
    text = result.stdout + result.stderr
    assert "internal error" not in text and "Traceback" not in text, text[-2000:]
    if command == "verify":
        assert _digest(root) == before


@settings(max_examples=HOSTILE_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(["more.bib", "more.json", "more.yaml"]), pieces=st.lists(HOSTILE, max_size=14))
def test_the_authority_readers_never_fail_inside(tmp_path_factory, name, pieces):
    root = tmp_path_factory.mktemp("authority-fuzz")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    (root / "authorities" / name).write_text(_text(pieces), encoding="utf-8", errors="surrogatepass")
    with running(Invocation(root, dict(os.environ))):
        result = CliRunner().invoke(app, ["authorities", "list"])
    assert result.exit_code in (0, 1, 2), (result.exception, result.output[-2000:])
    text = result.stdout + result.stderr
    assert "internal error" not in text and "Traceback" not in text and "\x1b" not in text, text[-2000:]


@settings(max_examples=HOSTILE_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(info=st.one_of(st.lists(HOSTILE, max_size=8).map(_text),
                      st.builds(lambda total: '{"brief": "b", "total": %s}' % total,
                                st.sampled_from(["1", "1e9", "NaN", "-1", "true", '"x"', "9" * 5000, "1.5"]))),
       rows=st.lists(st.lists(HOSTILE | st.sampled_from(["1", "2", "001-a.md", "x"]), max_size=6).map(",".join),
                     max_size=4))
def test_letters_manifest_never_fails_inside(tmp_path_factory, info, rows):
    root = tmp_path_factory.mktemp("manifest-fuzz")
    share = root / "s1"
    share.mkdir()
    (share / "batch.json").write_text(info, encoding="utf-8", errors="surrogatepass")
    (share / "manifest.csv").write_text("number,recipient,files,digest\n" + "\n".join(rows), encoding="utf-8",
                                        errors="surrogatepass")
    with running(Invocation(root, dict(os.environ))):
        result = CliRunner().invoke(app, ["letters", "manifest", "s1"])
    assert result.exit_code in (0, 1, 2), (result.exception, result.output[-2000:])
    text = result.stdout + result.stderr
    assert "internal error" not in text and "Traceback" not in text and "\x1b" not in text, text[-2000:]
