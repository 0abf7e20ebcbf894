"""Every example in the user guide (docs/*.md) is run, so the guide cannot drift from the tool.

An example is a fenced block whose info string says what it is; the output the guide shows for
it is in the ``text …`` block(s) right after it (only blank lines between). Each kind of example
has one test function below, parametrized over the examples found, with ids naming file and line.

1. Authorities. ``yaml authority`` holds ONE native record (a YAML list with one item);
   ``json authority`` and ``bibtex authority`` one CSL-JSON item or BibTeX entry. The ``text cite``
   block after it has lines ``ARGS => EXPECTED``: ARGS are ``briefgen cite`` arguments after the
   key (``--pin "art. 7(1)" --signal see``, or nothing) and EXPECTED the exact line it prints.
   The record is the only authority of a fresh project; ``briefgen cite`` runs through typer's
   CliRunner with that project as working folder. All fifteen kinds must have a native example.

2. Modules. ``markdown module`` is a module, built as the only module of a memo::

       kind: memo
       title: Example
       vars: {client: the Clinic}
       modules: [example]

   plus a spec line for each ``key=value`` word after ``markdown module`` (``citations=inline``,
   ``style=law-review``, ``appendix=elements``). The project holds every ``… authority``,
   ``yaml authorities``, ``yaml facts`` and ``yaml framework`` block of the same doc file, and
   every block that names a file (``csv file=data/list.csv``). The blocks after the module show:

   - ``text footnotes``: the footnotes ``briefgen build --to md`` writes, the text after
     ``[^n]: `` one a line, exactly (Markdown escapes included);
   - ``text body``: the Markdown after the memo heading's rule, up to the footnotes;
   - ``text errors``: the diagnostics the build prints (``path:line:col: …`` and hint lines,
     without the summary line); the build must exit 1 when they hold an error, else 0;
   - ``text check``: what ``briefgen check briefs/example.yaml`` prints, stdout and stderr as a
     terminal shows them.

   A ``json check`` block is an abridged copy (``…`` for any text) of what
   ``briefgen check --format json`` prints for the module example before it.

3. Specs. ``yaml spec`` must load with ``briefgen.spec.load_spec``, in a project with the doc
   file's authorities, facts, frameworks and named files, and an empty module for every module
   it names that no ``markdown file=briefs/modules/….md`` block provides (and the example
   project's data/congress when it selects recipients by filters). After it may come:

   - ``text document``: the whole Markdown ``briefgen build --to md`` writes (for a mail merge,
     its first letter);
   - ``text address``: the inside address of the first recipient, a blank line, the salutation;
   - ``text manifest``: the first lines of the mail merge's manifest.csv.

   ``yaml invalid-spec`` and ``yaml invalid-authority`` are broken on purpose; the
   ``text errors`` block after them is what the build reports.

4. Commands (quick-start.md). In ``console`` blocks, each ``$ briefgen …`` line is run, in
   order, in one copy of the example project (briefs/, authorities/, data/); other ``$`` lines
   (``pip install``, ``cd``) are not. Each must exit 0 and print every line shown under it
   (``…`` stands for lines left out).

The guide as a whole: every page exists, links between pages (and their #anchors) resolve,
every output block belongs to an example, and every ``yaml`` block parses.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen.cli import app

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
KINDS = ("case", "statute", "regulation", "constitution", "treaty", "un-document", "legislative", "book", "report",
         "article", "news", "web", "letter", "foreign-decision", "court-filing")
MEMO = "kind: memo\ntitle: Example\nvars: {client: the Clinic}\nmodules: [example]\n"


# ---------------------------------------------------------------- reading the guide


@dataclass(frozen=True)
class Block:
    """A fenced block: ``Block(path, 12, 'yaml authority', '- id: att\\n…', 18)`` (lines count from 1)."""

    path: Path
    line: int       # the opening fence
    info: str
    text: str
    end: int        # the closing fence

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.line}"

    @property
    def words(self) -> list[str]:
        return self.info.split()

    def is_(self, info: str) -> bool:
        return self.words[: len(info.split())] == info.split()


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(.*?)\s*$")


def read_blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks, i = [], 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, start = m.group(1), m.group(2), i
        body = []
        i += 1
        while i < len(lines) and not re.match(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}\s*$", lines[i]):
            body.append(lines[i])
            i += 1
        blocks.append(Block(path, start + 1, info, "\n".join(body) + "\n", i + 1))
        i += 1
    return blocks


def doc_files() -> list[Path]:
    return sorted(DOCS.glob("*.md"))


ALL = {p: read_blocks(p) for p in doc_files()}


def following(block: Block, info: str) -> Block | None:
    """The blocks right after ``block`` (only blank lines between), the first whose info is ``info``."""
    blocks = ALL[block.path]
    lines = block.path.read_text(encoding="utf-8").splitlines()
    i = blocks.index(block)
    prev = block
    for nxt in blocks[i + 1:]:
        if any(line.strip() for line in lines[prev.end: nxt.line - 1]) or nxt.words[:1] != ["text"]:
            return None
        if nxt.is_(info):
            return nxt
        prev = nxt
    return None


def blocks_of(info: str, files=None) -> list[Block]:
    return [b for p, bs in ALL.items() if files is None or p.name in files for b in bs if b.is_(info)]


def cite_lines(block: Block) -> list[tuple[str, str, str]]:
    """``(where, ARGS, EXPECTED)`` for each line of a ``text cite`` block."""
    out = []
    for k, line in enumerate(block.text.splitlines()):
        if line.strip():
            args, sep, expected = line.partition(" => ")
            assert sep or line.startswith("=> "), f"{block.path.name}:{block.line + 1 + k}: no ' => ' in {line!r}"
            if not sep:
                args, expected = "", line[3:]
            out.append((f"{block.path.name}:{block.line + 1 + k}", args.strip(), expected))
    return out


# ---------------------------------------------------------------- projects


@pytest.fixture(autouse=True)
def _no_outside_data(monkeypatch):
    """Letters use the congress data of the test project, never a folder named in the environment."""
    monkeypatch.delenv("BRIEFGEN_LEGISLATORS", raising=False)


def make_project(root: Path) -> Path:
    (root / "briefs" / "modules").mkdir(parents=True)
    (root / "authorities").mkdir()
    return root


def run(args: list[str], cwd: Path):
    """``briefgen ARGS`` through typer's runner, with ``cwd`` as the working folder."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, args)
    finally:
        os.chdir(old)


def file_data(path: Path) -> dict:
    """Everything a file's module examples share: its authorities, facts and frameworks."""
    files = {}
    for b in ALL[path]:
        if b.is_("yaml authority") or b.is_("yaml authorities"):
            files[f"authorities/line-{b.line}.yaml"] = b.text
        elif b.is_("json authority") or b.is_("bibtex authority"):
            files[f"authorities/line-{b.line}.{SUFFIX[b.words[0]]}"] = b.text
        elif b.is_("yaml facts"):
            files[f"briefs/facts/line-{b.line}.yaml"] = b.text
        elif b.is_("yaml framework"):
            files[f"briefs/frameworks/line-{b.line}.yaml"] = b.text
    return {**files, **named_files(path)}


def named_files(path: Path) -> dict:
    """Blocks whose info string names a file (``csv file=data/recipients.csv``): that file's text."""
    return {w[5:]: b.text for b in ALL[path] for w in b.words[1:] if w.startswith("file=")}


def write_files(root: Path, files: dict) -> None:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- 1. authority records and their citations

SUFFIX = {"yaml": "yaml", "json": "json", "bibtex": "bib"}
AUTHORITIES = [b for lang in SUFFIX for b in blocks_of(f"{lang} authority")]
CITES = [(b, *line) for b in AUTHORITIES if following(b, "text cite")
         for line in cite_lines(following(b, "text cite"))]


def record_key(block: Block) -> str:
    """The id of the one record a ``… authority`` block holds."""
    if block.is_("bibtex authority"):
        keys = re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", block.text)
    else:
        records = yaml.safe_load(block.text)  # JSON is YAML too
        keys = [str(r.get("id")) for r in records] if isinstance(records, list) else []
    assert len(keys) == 1, f"{block.where}: an `… authority` block holds exactly one record"
    return keys[0]


@pytest.mark.parametrize("block", AUTHORITIES, ids=[b.where for b in AUTHORITIES])
def test_authority_example_has_one_record_and_its_citations(block):
    assert record_key(block)
    assert following(block, "text cite"), f"{block.where}: follow the record with a `text cite` block"


@pytest.mark.parametrize("block, where, args, expected", CITES, ids=[c[1] for c in CITES])
def test_authority_example_cites_as_shown(tmp_path, block, where, args, expected):
    root = make_project(tmp_path)
    (root / "authorities" / f"example.{SUFFIX[block.words[0]]}").write_text(block.text, encoding="utf-8")
    result = run(["cite", record_key(block), *shlex.split(args)], root)
    assert result.exit_code == 0, f"{where}: {result.output}"
    assert result.stdout.rstrip("\n") == expected, f"{where}"


def test_every_kind_has_a_tested_example():
    kinds = {yaml.safe_load(b.text)[0]["kind"] for b in AUTHORITIES if b.is_("yaml authority")}
    assert set(KINDS) - kinds == set()


# ---------------------------------------------------------------- 2. modules and what the build writes

MODULES = blocks_of("markdown module")


def _build_module(tmp_path: Path, block: Block):
    root = make_project(tmp_path)
    write_files(root, file_data(block.path))
    extra = "".join(f"{k}: {v}\n" for k, _, v in (w.partition("=") for w in block.words[2:]))
    (root / "briefs" / "example.yaml").write_text(MEMO + extra, encoding="utf-8")
    (root / "briefs" / "modules" / "example.md").write_text(block.text, encoding="utf-8")
    return root


def _footnotes(md: str) -> str:
    return "".join(m.group(1) + "\n" for m in re.finditer(r"(?m)^\[\^\d+\]: (.*)$", md))


def _body(md: str) -> str:
    body = md.split("* * *\n\n", 1)[1]
    return re.split(r"(?m)^\[\^1\]: ", body)[0].rstrip("\n") + "\n"


@pytest.mark.parametrize("block", MODULES, ids=[b.where for b in MODULES])
def test_module_example_builds_as_shown(tmp_path, block):
    shown = {info: following(block, f"text {info}") for info in ("footnotes", "body", "check", "errors")}
    assert any(shown.values()), f"{block.where}: follow the module with `text footnotes`, `text body`, " \
                                "`text check` or `text errors`"
    root = _build_module(tmp_path, block)
    if shown["errors"]:
        _assert_diagnostics(run(["build", "briefs/example.yaml", "--to", "md"], root), shown["errors"])
    if shown["footnotes"] or shown["body"]:
        result = run(["build", "briefs/example.yaml", "--to", "md"], root)
        assert result.exit_code == 0, f"{block.where}: {result.output}"
        # the guide shows a non-breaking space (§ 553) as the space it prints as; test_typography checks them
        md = (root / "build" / "example.md").read_text(encoding="utf-8").replace("\u00a0", " ")
        if shown["footnotes"]:
            assert _footnotes(md) == shown["footnotes"].text, f"{shown['footnotes'].where}"
        if shown["body"]:
            assert _body(md) == shown["body"].text, f"{shown['body'].where}"
    if shown["check"]:
        result = run(["check", "briefs/example.yaml"], root)
        assert result.output == shown["check"].text, f"{shown['check'].where}"


_DIAGNOSTIC = re.compile(r"^(\S.*?: )?(error|warning)\[[\w-]+\]: ")


def diagnostics(stderr: str) -> str:
    """The diagnostics of stderr (``path:line:col: error[code]: …`` and their hint lines), without
    progress or summary lines."""
    out: list[str] = []
    for line in stderr.splitlines():
        if _DIAGNOSTIC.match(line) or (out and line.startswith("  hint: ") and _DIAGNOSTIC.match(out[-1])):
            out.append(line)
    return "".join(line + "\n" for line in out)


def _assert_diagnostics(result, shown: Block) -> None:
    """The diagnostics the build printed are the block's text; it exits 1 when they hold an error."""
    assert diagnostics(result.stderr) == shown.text, f"{shown.where}"
    assert result.exit_code == (1 if "error[" in shown.text else 0), f"{shown.where}: {result.output}"


JSON_CHECKS = blocks_of("json check")


def like(shown, actual) -> bool:
    """``shown`` is an abridged copy of ``actual``: the same keys; each shown list item like some
    actual item; strings equal, or matching where ``…`` stands for any text."""
    if isinstance(shown, dict):
        return isinstance(actual, dict) and shown.keys() == actual.keys() and \
            all(like(v, actual[k]) for k, v in shown.items())
    if isinstance(shown, list):
        return isinstance(actual, list) and bool(shown) == bool(actual) and \
            all(any(like(s, a) for a in actual) for s in shown)
    if isinstance(shown, str) and "…" in shown:
        return isinstance(actual, str) and \
            re.fullmatch(".*".join(re.escape(p) for p in shown.split("…")), actual, re.S) is not None
    return shown == actual


@pytest.mark.parametrize("block", JSON_CHECKS, ids=[b.where for b in JSON_CHECKS])
def test_check_json_is_as_shown(tmp_path, block):
    """A ``json check`` block abridges what ``briefgen check --format json`` prints for the module
    example before it."""
    import json

    module = [b for b in MODULES if b.path == block.path and b.line < block.line][-1]
    result = run(["check", "briefs/example.yaml", "--format", "json"], _build_module(tmp_path, module))
    assert like(json.loads(block.text), json.loads(result.stdout)), block.where


ARGUMENT_FILES = sorted({b.path for b in blocks_of("yaml facts") + blocks_of("yaml framework")})


@pytest.mark.parametrize("path", ARGUMENT_FILES, ids=[p.name for p in ARGUMENT_FILES])
def test_facts_and_frameworks_load_cleanly(tmp_path, path):
    from briefgen.argument.coverage import check_facts
    from briefgen.argument.facts import load_arguments
    from briefgen.authorities.load import load_library
    from briefgen.errors import Report

    root = make_project(tmp_path)
    write_files(root, file_data(path))
    report = Report()
    args = load_arguments(root / "briefs" / "facts", root / "briefs" / "frameworks", report)
    check_facts(args, load_library(root / "authorities", report), report)
    assert not report.items, [d.format() for d in report.items]


# ---------------------------------------------------------------- 3. brief specs

SPECS = blocks_of("yaml spec")


def _spec_project(tmp_path: Path, block: Block) -> Path:
    """A project with the spec as briefs/example.yaml, the file's authorities, facts, frameworks and
    named files, and an empty module for every module the spec names that no block provides."""
    root = make_project(tmp_path)
    write_files(root, file_data(block.path))
    spec = yaml.safe_load(block.text)
    if isinstance(spec.get("recipients"), dict) or "constituents" in spec:  # the example's congress data
        shutil.copytree(REPO / "data" / "congress", root / "data" / "congress")
    for name in spec.get("modules") or []:
        target = root / "briefs" / "modules" / f"{name}.md"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("", encoding="utf-8")
    (root / "briefs" / "example.yaml").write_text(block.text, encoding="utf-8")
    return root


@pytest.mark.parametrize("block", SPECS, ids=[b.where for b in SPECS])
def test_spec_example_loads(tmp_path, block):
    from briefgen.spec import KINDS, load_spec

    spec = load_spec(_spec_project(tmp_path, block) / "briefs" / "example.yaml")
    assert spec.kind in KINDS


INVALID = blocks_of("yaml invalid-spec") + blocks_of("yaml invalid-authority")


@pytest.mark.parametrize("block", INVALID, ids=[b.where for b in INVALID])
def test_invalid_example_reports_as_shown(tmp_path, block):
    root = make_project(tmp_path)
    (root / "briefs" / "modules" / "example.md").write_text("Text.\n", encoding="utf-8")
    if block.is_("yaml invalid-spec"):
        (root / "briefs" / "example.yaml").write_text(block.text, encoding="utf-8")
    else:
        (root / "briefs" / "example.yaml").write_text(MEMO, encoding="utf-8")
        (root / "authorities" / "example.yaml").write_text(block.text, encoding="utf-8")
    shown = following(block, "text errors")
    assert shown, f"{block.where}: follow an invalid example with `text errors`"
    _assert_diagnostics(run(["build", "briefs/example.yaml", "--to", "md"], root), shown)


DOCUMENTS = [b for b in SPECS if following(b, "text document")]


@pytest.mark.parametrize("block", DOCUMENTS, ids=[b.where for b in DOCUMENTS])
def test_spec_example_builds_as_shown(tmp_path, block):
    root = _spec_project(tmp_path, block)
    result = run(["build", "briefs/example.yaml", "--to", "md", "--jobs", "1"], root)
    assert result.exit_code == 0, f"{block.where}: {result.output}"
    shown = following(block, "text document")
    if {"recipients", "constituents"} & set(yaml.safe_load(block.text)):  # a mail merge: its first letter
        written = sorted((root / "build" / "example").glob("*.md"))[0]
    else:
        written = root / "build" / "example.md"
    assert written.read_text(encoding="utf-8").replace("\u00a0", " ") == shown.text, shown.where


LETTERS = [b for b in SPECS if following(b, "text address") or following(b, "text manifest")]


@pytest.mark.parametrize("block", LETTERS, ids=[b.where for b in LETTERS])
def test_letter_example_addresses_as_shown(tmp_path, block):
    import csv

    from briefgen.errors import Report
    from briefgen.letters.plan import single
    from briefgen.spec import load_spec

    root = _spec_project(tmp_path, block)
    spec_path = root / "briefs" / "example.yaml"
    address = following(block, "text address")
    if address:
        spec = load_spec(spec_path)
        first = single(spec, root, Report())
        shown = "\n\n".join("\n".join(a) for a in first.addresses(spec))
        assert shown + "\n\n" + first.salutation(spec) + "\n" == address.text, address.where
    manifest = following(block, "text manifest")
    if manifest:  # the columns the guide shows, of the first rows
        result = run(["build", "briefs/example.yaml", "--to", "md", "--jobs", "1"], root)
        assert result.exit_code == 0, f"{block.where}: {result.output}"
        with open(root / "build" / "example" / "manifest.csv", encoding="utf-8", newline="") as fh:
            written = list(csv.DictReader(fh))
        expected = list(csv.DictReader(manifest.text.splitlines()))
        names = list(expected[0])
        assert [{k: r[k] for k in names} for r in written[: len(expected)]] == expected, manifest.where


# ---------------------------------------------------------------- 4. commands of the quick start

def console_commands(block: Block) -> list[tuple[str, list[str]]]:
    """``(command, shown output lines)`` for each ``$ briefgen …`` line of a console block."""
    out: list[tuple[str, list[str]]] = []
    current = None
    for line in block.text.splitlines():
        if line.startswith("$ "):
            current = (line[2:], []) if line.startswith("$ briefgen") else None
            if current:
                out.append(current)
        elif current is not None and line.strip():
            current[1].append(line)
    return out


COMMANDS = [(b, cmd, shown) for b in blocks_of("console", {"quick-start.md"}) for cmd, shown in console_commands(b)]


@pytest.fixture(scope="module")
def example_project(tmp_path_factory):
    dest = tmp_path_factory.mktemp("quick-start")
    for name in ("briefs", "authorities", "data"):
        shutil.copytree(REPO / name, dest / name)
    return dest


@pytest.mark.parametrize("block, command, shown", COMMANDS, ids=[f"{b.where} {c}" for b, c, _ in COMMANDS])
def test_quick_start_command_succeeds(example_project, block, command, shown):
    """Each command exits 0, and prints every output line the guide shows under it (``…`` stands
    for lines left out)."""
    env = {k: v for k, v in os.environ.items() if k != "BRIEFGEN_LEGISLATORS"}
    done = subprocess.run([sys.executable, "-m", "briefgen", *shlex.split(command)[1:]], cwd=example_project,
                          env={**env, "SOURCE_DATE_EPOCH": "0"}, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{block.where}: {command}\n{done.stdout}\n{done.stderr}"
    printed = (done.stdout + done.stderr).splitlines()
    for line in shown:
        assert line == "…" or line in printed, f"{block.where}: `{command}` did not print {line!r}"


# ---------------------------------------------------------------- the guide as a whole


def test_the_guide_has_its_pages():
    names = {p.name for p in doc_files()}
    assert {"index.md", "quick-start.md", "modules.md", "citations.md", "authorities.md", "facts-and-frameworks.md",
            "kinds-and-styles.md", "letters.md", "errors.md"} <= names


@pytest.mark.parametrize("path", doc_files(), ids=[p.name for p in doc_files()])
def test_links_between_pages_resolve(path):
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target):
            continue
        page, _, anchor = target.partition("#")
        page_path = (path.parent / page) if page else path
        assert page_path.is_file(), f"{path.name}: broken link {target}"
        if anchor:
            assert anchor in _anchors(page_path), f"{path.name}: no heading for #{anchor} in {page_path.name}"


def _anchors(path: Path) -> set[str]:
    """GitHub-style heading anchors."""
    out = set()
    in_fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith("#"):
            text = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", text).replace(" ", "-"))
    return out


OUTPUTS = ("cite", "footnotes", "body", "check", "errors", "document", "address", "manifest")
EXAMPLES = ("yaml authority", "json authority", "bibtex authority", "markdown module", "yaml spec",
            "yaml invalid-spec", "yaml invalid-authority")


@pytest.mark.parametrize("path", doc_files(), ids=[p.name for p in doc_files()])
def test_every_output_block_follows_its_example(path):
    """An output block that no example reaches would silently go untested."""
    attached = {following(b, f"text {o}") for b in ALL[path] if any(b.is_(e) for e in EXAMPLES) for o in OUTPUTS}
    for b in ALL[path]:
        if b.words[:1] == ["text"] and b.words[1:2] and b.words[1] in OUTPUTS:
            assert b in attached, f"{b.where}: `{b.info}` does not follow an example (only blank lines between)"


@pytest.mark.parametrize("path", doc_files(), ids=[p.name for p in doc_files()])
def test_every_yaml_block_parses(path):
    for b in ALL[path]:
        if b.words[:1] == ["yaml"]:
            yaml.safe_load(b.text)
