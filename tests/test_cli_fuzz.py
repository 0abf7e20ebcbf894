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
