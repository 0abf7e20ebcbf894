"""Bounds, safe text out and campaign data: what a small hostile file can make briefgen do.

Each test reproduces a finding (a hang, gigabytes of memory, a formula in a spreadsheet, an escape
sequence on the terminal, an internal error), then states what happens instead."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest


from helpers import CONGRESS, run


def module(project, body: str, name: str = "extra") -> None:
    """Make ``name`` (with ``body``) the mini brief's only module."""
    (project / "briefs" / "modules" / f"{name}.md").write_text(body, encoding="utf-8")
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(re.sub(r"(?m)^modules:.*$", f"modules: [{name}]", spec.read_text()))


def quick(seconds: float = 10):
    """Asserts, on leaving, that the block took less than ``seconds`` of processor time (wall time grows
    with other work on a shared machine); a block that spins for three times as long is stopped (a
    CPU-time timer, apart from the render limit's wall-clock one)."""
    import signal

    class Timer:
        def __enter__(self):
            def spun(signum, frame):
                raise TimeoutError(f"still running after {3 * seconds} s of CPU")

            self.previous = signal.signal(signal.SIGPROF, spun)
            signal.setitimer(signal.ITIMER_PROF, 3 * seconds)
            self.start = time.process_time()
            return self

        def __exit__(self, *exc):
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self.previous)
            self.took = time.process_time() - self.start
            assert exc[0] is not None or self.took < seconds, f"took {self.took:.1f} s"

    return Timer()


# ---------------------------------------------------------------- YAML aliases

RECURSIVE = "title: &a [*a]\n"
BILLION = "\n".join(['a: &a ["x","x","x","x","x","x","x","x","x"]']
                    + [f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]" for p, n in zip("abcdefgh", "bcdefghi")]) + "\n"


@pytest.mark.parametrize("text", [RECURSIVE, "- &a {x: *a}\n", BILLION])
def test_yaml_aliases_recursive_or_not_are_a_located_error(text):
    from briefgen import yamlfile
    from briefgen.errors import BriefgenError

    with quick(5), pytest.raises(BriefgenError) as caught:
        yamlfile.loads(text, "x.yaml")
    assert caught.value.diagnostics[0].code == "yaml-aliases"
    assert re.match(r"x\.yaml:\d+:\d+$", str(caught.value.diagnostics[0].location))


@pytest.mark.parametrize("text", [RECURSIVE, BILLION])
def test_a_recursive_alias_in_a_spec_module_or_authorities_is_refused(project, text):
    where = [project / "briefs" / "mini.yaml", project / "authorities" / "bomb.yaml",
             project / "briefs" / "facts" / "bomb.yaml"]
    for path in where:
        saved = path.read_text() if path.exists() else None
        path.write_text(text if path.name != "mini.yaml" else saved.replace("title:", "old:") + text)
        with quick():
            result = run("build", "--to", "md")
        assert result.exit_code == 1 and "error[yaml-aliases]" in result.stderr, (path, result.stderr)
        assert f"{path.relative_to(project)}:" in result.stderr
        path.unlink() if saved is None else path.write_text(saved)


@pytest.mark.parametrize("text", [RECURSIVE.replace("title: ", "- "), BILLION])
def test_aliases_in_congress_data_are_refused(project, tmp_path, text):
    data = tmp_path / "congress"
    shutil.copytree(CONGRESS, data)
    (data / "legislators-current.yaml").chmod(0o644)
    (data / "legislators-current.yaml").write_text(text)
    (project / "briefs" / "modules" / "letter.md").write_text("Dear {{ recipient.name }}.\n")
    (project / "briefs" / "l.yaml").write_text("kind: letter\ntitle: T\nmodules: [letter]\nrecipients: {state: VT}\n")
    with quick():
        result = run("build", "briefs/l.yaml", "--to", "md", "--legislators", str(data))
    assert result.exit_code == 1 and "error[yaml-aliases]" in result.stderr, result.stderr
    assert re.search(r"legislators-current\.yaml:\d+:\d+: error", result.stderr)


def test_aliases_in_a_file_authorities_import_updates_are_refused(project, tmp_path):
    (project / "authorities" / "law.yaml").write_text(RECURSIVE.replace("title: ", "- "))
    source = tmp_path / "more.json"
    source.write_text('[{"id": "x1", "type": "book", "title": "A Book", "issued": {"date-parts": [[2001]]}}]')
    with quick():
        result = run("authorities", "import", str(source), "--into", "law", "--update")
    assert result.exit_code == 1 and "error[yaml-aliases]" in result.stderr, result.stderr


# ---------------------------------------------------------------- Jinja: every operation that builds

GB = 1 << 30


def limited(project, *args, memory: int = 2 * GB):
    """Run briefgen in a child process allowed ``memory`` bytes of address space; returns the
    completed process with the processor time it took as ``.took`` (the machine the tests run on may be
    shared: processor time, unlike wall time, does not grow with others' work)."""
    import os
    import resource
    import subprocess
    import sys

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=project, preexec_fn=cap,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.took = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return done


BIG = "'x' * 999999"
GROWING = [
    "{% set ns = namespace(s=" + BIG + ") %}{% for i in range(12) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{{ (" + BIG + ") | replace('x', 'y' * 999999) }}",
    "{{ (" + BIG + ").replace('x', 'yy') }}",
    "{{ (" + BIG + ") | replace('', 'y') }}",
    "{{ '%999999999s' % 'x' }}",
    "{{ ('%999999s' * 999) % ((1,) * 999) }}",
    "{{ '%999999999s' | format('x') }}",
    "{{ '{:>999999999}'.format('x') }}",
    "{{ ('x\\n' * 499999) | indent(999999) }}",
    "{{ ('x\\n' * 499999) | indent('y' * 999) }}",
    "{{ ([" + BIG + "] * 999) | join }}",
    "{{ ('x' * 999) | join('y' * 999999) }}",
    "{{ ''.join([" + BIG + "] * 999) }}",
    "{% set l = [" + BIG + "] %}{% for i in range(999) %}{% set _ = l.append(l[0]) %}{% endfor %}{{ l }}",
    "{% set l = [1] %}{% for i in range(40) %}{% set _ = l.extend(l) %}{% endfor %}",
    "{{ ('x ' * 499999) | wordwrap(1, wrapstring='y' * 999) }}",
    "{{ ('\\t' * 999999).expandtabs(999999) }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}{% set ns.l = ns.l + ns.l %}{% endfor %}",
    "{{ ([['x'] * 999999] * 999) | sum(start=[]) }}",
    "{{ [" + BIG + "] * 999 }}",
    "{{ ([" + BIG + "] * 999) | string }}",
    "{{ ([" + BIG + "] * 999) | tojson }}",
    "{{ 'a' ~ ([" + BIG + "] * 999) }}",
    "{{ (" + BIG + ") | center(999999) ~ (" + BIG + ") | center(999999) ~ (" + BIG + ") }}",
]


class capped:
    """Within the block this process may take at most ``memory`` more bytes of address space (so a
    regression fails the test with MemoryError instead of exhausting the machine)."""

    def __init__(self, memory: int = 2 * GB):
        self.memory = memory

    def __enter__(self):
        import resource

        self.before = resource.getrlimit(resource.RLIMIT_AS)
        size = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (size + self.memory, self.before[1]))
        return self

    def __exit__(self, *exc):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, self.before)


@pytest.mark.parametrize("expr", GROWING)
def test_every_operation_that_builds_text_or_a_list_is_bounded(project, expr):
    module(project, f"Start. {expr}\n")
    with quick(), capped():
        result = run("build", "--to", "md")
    assert result.exit_code == 1, result.stderr[-2000:]
    assert "briefs/modules/extra.md:1:1: error[jinja-limit]" in result.stderr, result.stderr[-2000:]


@pytest.mark.parametrize("expr", [GROWING[0], GROWING[13]])
def test_a_growing_template_stays_within_two_gigabytes_and_ten_seconds(project, expr):
    module(project, f"Start. {expr}\n")
    done = limited(project, "build", "--to", "md")
    assert done.returncode == 1 and "error[jinja-limit]" in done.stderr, done.stderr[-2000:]
    assert done.took < 10


@pytest.mark.parametrize("expr", ["{{ ('x' * 999) | replace('x', 'yz') | length }}", "{{ '%05d-%s' % (42, 'a') }}",
                                  "{{ ['a', 'b'] | join(', ') }}", "{{ ('a\\nb' | indent(2)).split() | join(',') }}",
                                  "{{ '{:0>4}'.format(7) }}", "{{ '%d' % 5000000 }}", "{{ 'a' ~ 1 ~ 'b' }}",
                                  "{{ ([[1], [2]] | sum(start=[])) | join(',') }}", "{{ 'x' | center(5) | trim }}",
                                  "{% set l = [] %}{% set _ = l.append('y') %}{{ l | join }}"])
def test_ordinary_uses_of_the_same_operations_still_work(project, expr):
    from jinja2.sandbox import SandboxedEnvironment

    module(project, f"Start. {expr}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.stderr
    expected = SandboxedEnvironment().from_string(expr).render()
    assert f"Start. {expected}" in (project / "build" / "mini.md").read_text()


# ---------------------------------------------------------------- DOCX read with limits


def plain_docx(*paragraphs: tuple[str, str]) -> bytes:
    """A small real DOCX (python-docx's own template) with (style, text) paragraphs."""
    import io

    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, parts: dict, extra: int = 0) -> bytes:
    """``data`` with some parts replaced: a value is bytes, or a list of chunks streamed into the part
    (a part of gigabytes without holding it); ``extra`` adds that many small parts."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            value = parts.get(info.filename, src.read(info))
            if isinstance(value, bytes):
                dst.writestr(info.filename, value)
            else:
                with dst.open(info.filename, "w", force_zip64=True) as fh:
                    for chunk in value:
                        fh.write(chunk)
        for n in range(extra):
            dst.writestr(f"extra/part{n}.xml", b"<a/>")
    return out.getvalue()


def zeros(megabytes: int):
    """A document part that decompresses to ``megabytes`` MB of whitespace (a few hundred KB zipped)."""
    yield b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    for _ in range(megabytes):
        yield b" " * (1 << 20)
    yield b"<w:body/></w:document>"


def heading_style(level: str) -> bytes:
    """A DOCX whose first paragraph's style is called ``heading <level>``."""
    import io
    import zipfile

    data = plain_docx(("Heading 1", "A heading"), ("Normal", "Text."))
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
    return rezip(data, {"word/styles.xml": styles.replace(b'w:val="heading 1"', f'w:val="Heading {level}"'.encode())})


HOSTILE_DOCX = {
    "bomb": lambda: rezip(plain_docx(("Normal", "Text.")), {"word/document.xml": zeros(1200)}),
    "many-parts": lambda: rezip(plain_docx(("Normal", "Text.")), {}, extra=30000),
    "heading-3000000000": lambda: heading_style("3000000000"),
    "broken-xml": lambda: rezip(plain_docx(("Normal", "Text.")), {"word/document.xml": b"<w:document><w:body>"}),
    "not-utf8": lambda: rezip(plain_docx(("Normal", "Text.")), {"word/document.xml": b"\xff\xfe<\x00"}),
    "not-a-zip": lambda: b"PK\x03\x04 this is no zip file",
}


def hostile_docx(name: str) -> bytes:
    return HOSTILE_DOCX[name]()


@pytest.mark.parametrize("name", sorted(HOSTILE_DOCX))
@pytest.mark.parametrize("command", ["verify", "import"])
def test_a_hostile_docx_to_verify_or_import_is_a_located_error(project, tmp_path, name, command):
    memo = tmp_path / "memo.docx"
    memo.write_bytes(hostile_docx(name))
    args = [command, str(memo)] + (["--name", "got"] if command == "import" else [])
    with quick(), capped():
        result = run(*args)
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert re.search(r"memo\.docx(:\d+:\d+)?: error\[import-file\]", result.stderr), result.stderr[-2000:]
    assert not (project / "briefs" / "got.yaml").exists()


@pytest.mark.parametrize("name", ["bomb", "many-parts", "broken-xml", "not-a-zip"])
def test_a_hostile_reference_docx_is_a_located_error(project, name):
    (project / "styles").mkdir(exist_ok=True)
    (project / "styles" / "reference.docx").write_bytes(hostile_docx(name))
    with quick(), capped():
        result = run("build", "--to", "docx")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert "styles/reference.docx: error[reference-docx]" in result.stderr, result.stderr[-2000:]
    assert not (project / "build" / "mini.docx").exists()


def test_a_two_and_a_half_megabyte_docx_to_verify_stays_within_bounds(project, tmp_path):
    memo = tmp_path / "memo.docx"
    memo.write_bytes(hostile_docx("bomb"))
    assert memo.stat().st_size < 2_600_000
    done = limited(project, "verify", str(memo))
    assert done.returncode == 1 and "error[import-file]" in done.stderr, done.stderr[-2000:]
    assert done.took < 10


@pytest.mark.parametrize("inner", ["(" * 30000 + " that", "(x " * 15000 + ")" * 15000])
def test_a_note_of_many_parentheses_to_verify_stays_within_bounds(project, tmp_path, inner):
    """The search for a (quoting …) inside an explanatory parenthetical once paired each parenthesis by reading
    to the end of the note: a note of 30,000 took a minute."""
    memo = tmp_path / "memo.md"
    memo.write_text("# D\n\nText.[^1]\n\n[^1]: Roe v. Wade, 410 U.S. 113, 120 (1973) (holding " + inner + ").\n")
    done = limited(project, "verify", str(memo))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.took < 10


HOSTILE_NOTES = {
    "initials": ", ".join(f"NOAA{i}, NMFS" for i in range(1500)) + ', "Title," https://x.y.',
    "statutes in prose": "Authorized under " + " and ".join(f"{i} U.S.C. {i}" for i in range(1, 1100)) + " for reasons.",
    "commas": ", ".join(["word"] * 3300) + ".",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_NOTES))
def test_a_long_hostile_note_is_not_read_and_said_so_rather_than_a_hang(project, tmp_path, name):
    """Notes of 20,000 characters once took minutes or hours (a short-form pattern that backtracked on a run of
    initials; readers whose search grows with the square of a note): such a note is kept as written, counted
    among the notes verify did not read, and named by import."""
    memo = tmp_path / "memo.md"
    memo.write_text("# D\n\nText.[^1] More.[^2]\n\n[^1]: " + HOSTILE_NOTES[name] + "\n\n[^2]: Roe v. Wade, 410 U.S. 113 "
                    "(1973).\n")
    done = limited(project, "verify", str(memo))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert re.search(r"1 note not read: 1\b", done.stdout + done.stderr), (done.stdout + done.stderr)[-2000:]
    assert done.took < 20
    done = limited(project, "import", str(memo))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "warning[import-limit]: note 1 not read for citations: it is" in done.stdout + done.stderr
    assert done.took < 20


# ---------------------------------------------------------------- BibTeX, CSL-JSON, JSON and YAML values

STRING_BOMB = "@string{a0 = \"xxxxxxxxxxxxxxxx\"}\n" + "".join(
    f"@string{{a{n} = a{n - 1} # a{n - 1}}}\n" for n in range(1, 31)) + "@book{bomb, title = a30, year = 2001}\n"
PREAMBLE_BOMB = ("@preamble{\"\\newcommand{\\za}{xxxxxxxxxxxxxxxx}" + "".join(
    f"\\newcommand{{\\z{chr(98 + n)}}}{{\\z{chr(97 + n)}\\z{chr(97 + n)}}}" for n in range(24))
    + "\"}\n@book{bomb, title = {\\zy}, year = 2001}\n")


@pytest.mark.parametrize("text", [STRING_BOMB, PREAMBLE_BOMB])
def test_bibtex_macros_that_expand_without_bound_are_a_located_error(project, text):
    assert len(text) < 2000
    (project / "authorities" / "bomb.bib").write_text(text)
    with quick(), capped():
        result = run("authorities", "list")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert re.search(r"authorities/bomb\.bib:\d+:\d+: error\[bibtex\]", result.stderr), result.stderr[-2000:]


def test_bibtex_strings_within_bounds_still_expand(project):
    (project / "authorities" / "more.bib").write_text(
        '@string{un = "United Nations"}\n@book{unbook, title = un # " Handbook", publisher = un, year = 2001}\n')
    result = run("authorities", "show", "unbook")
    assert result.exit_code == 0, result.stderr
    assert "United Nations Handbook" in result.stdout


@pytest.mark.parametrize("year", ["{abc}", "{" + "9" * 5000 + "}", "9" * 5000])
def test_a_bibtex_year_that_is_not_a_number_is_a_located_error(project, year):
    (project / "authorities" / "more.bib").write_text("@book{odd, title = {A Book}, year = " + year + "}\n")
    result = run("authorities", "list")
    assert result.exit_code in (0, 1) and "internal error" not in result.stderr, result.stderr[-2000:]
    assert re.search(r"authorities/more\.bib:\d+:\d+: (error|warning)\[(bibtex|csl-item)\]", result.stderr), \
        result.stderr[-2000:]


@pytest.mark.parametrize("text", ["@book{cut, title = {A Book}  ", "@book{cut, title = {A Book}", "@book{cut,",
                                  "@book{cut, title = {A Book}, year = 2001 % a comment that never ends",
                                  "@book{cut, title = \"A}\"", "@book{cut, title = \"A}\"  \n", "@string{a = \"}\"", "@comment{x}}\n@book{", "@book(cut, title = x",
                                  "@book(cut, title = x  ", "@book(cut, title  "])
def test_a_bibtex_file_cut_short_is_a_located_error_not_a_hang(project, text):
    """A file that ends inside an entry (after a value, or in a comment) once kept the reader waiting for
    a character that never comes."""
    (project / "authorities" / "cut.bib").write_text(text)
    with quick(5):
        result = run("authorities", "list")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert re.search(r"authorities/cut\.bib:\d+:\d+: error\[bibtex\]", result.stderr), result.stderr[-2000:]


def test_a_bibtex_comment_that_ends_the_file_is_read(project):
    (project / "authorities" / "cut.bib").write_text("@book{kept, title = {A Book}, year = 2001}\n@comment{last}")
    with quick(5):
        result = run("authorities", "list")
    assert result.exit_code == 0 and "kept" in result.stdout, (result.stderr[-2000:], result.exception)


# ---------------------------------------------------------------- letters manifest over tampered shares

SHARE_ROWS = "number,recipient,bioguide,files,salutation,warnings,pages,footnotes,digest\n" \
             "1,A. Member,A000001,001-a.md,Dear Senator:,,1,0,abc\n"


def share(folder: Path, info: str, rows: bytes | str = SHARE_ROWS) -> Path:
    folder.mkdir(parents=True)
    (folder / "batch.json").write_text(info)
    (folder / "manifest.csv").write_bytes(rows if isinstance(rows, bytes) else rows.encode())
    (folder / "001-a.md").write_text("letter\n")
    return folder


GOOD_INFO = '{"brief": "briefs/c.yaml", "total": 1, "digest": "d"}'


@pytest.mark.parametrize("info", ['{"brief": "briefs/c.yaml", "total": 1e9, "digest": "d"}',
                                  '{"brief": "briefs/c.yaml", "total": 1e400}', '{"brief": "b", "total": NaN}',
                                  '{"brief": "b", "total": "abc"}', '{"brief": "b", "total": -3}',
                                  '{"brief": "b", "total": true}', '[1, 2]', '"text"', '{"brief": ["x"], "total": 1}',
                                  '{"brief": "b", "total": ' + "9" * 5000 + "}", "\xff"])
def test_a_tampered_batch_json_is_a_located_error(tmp_path, monkeypatch, info):
    monkeypatch.chdir(tmp_path)
    share(tmp_path / "s1", info)
    with quick(), capped():
        result = run("letters", "manifest", "s1")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert "s1/batch.json: error[manifest]" in result.stderr, result.stderr[-2000:]


@pytest.mark.parametrize("rows", [b"\xff\xfe" + SHARE_ROWS.encode(), SHARE_ROWS + "2,x" + "y" * 200_000 + "\n",
                                  SHARE_ROWS + "3,\x00,\n", SHARE_ROWS + '4,"unclosed\n'])
def test_a_tampered_manifest_csv_is_a_located_error(tmp_path, monkeypatch, rows):
    monkeypatch.chdir(tmp_path)
    share(tmp_path / "s1", GOOD_INFO, rows)
    result = run("letters", "manifest", "s1")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert re.search(r"s1/manifest\.csv(:\d+:\d+)?: error\[manifest\]", result.stderr), result.stderr[-2000:]


def test_shares_that_agree_still_merge(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    share(tmp_path / "s1", GOOD_INFO)
    result = run("letters", "manifest", "s1")
    assert result.exit_code == 0, result.stderr
    assert "1 of 1 letters" in result.stderr


HUGE = "9" * 5000


@pytest.mark.parametrize("name,text", [
    ("z.json", '[{"id": "nan1", "type": "book", "title": "T", "issued": {"date-parts": [[NaN]]}}]'),
    ("z.json", '[{"id": "inf1", "type": "book", "title": "T", "issued": {"date-parts": [[Infinity]]}}]'),
    ("z.json", '[{"id": "big1", "type": "book", "title": "T", "volume": ' + HUGE + '}]'),
    ("z.json", '[{"id": "big2", "type": "book", "title": "T", "issued": {"date-parts": [[' + HUGE + ']]}}]'),
    ("z.yaml", "- id: big3\n  kind: book\n  title: T\n  year: " + HUGE + "\n"),
    ("z.yaml", "- id: big4\n  kind: book\n  title: T\n  year: .nan\n"),
    ("z.yaml", "- id: big5\n  kind: book\n  title: T\n  year: 0x" + "f" * 4000 + "\n"),
])
def test_nan_and_integers_past_4300_digits_are_located_errors(project, name, text):
    (project / "authorities" / name).write_text(text)
    result = run("authorities", "list")
    assert "internal error" not in result.stderr and result.exit_code in (0, 1), result.stderr[-2000:]
    assert re.search(rf"authorities/{re.escape(name)}:\d+:\d+: (error|warning)\[", result.stderr), result.stderr[-2000:]
    result = run("build", "--to", "md")
    assert "internal error" not in result.stderr and result.exit_code in (0, 1), result.stderr[-2000:]


def test_a_huge_integer_in_a_spec_is_a_located_error(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + "vars:\n  n: " + HUGE + "\n" if "vars:" not in spec.read_text()
                    else spec.read_text().replace("vars:\n", "vars:\n  n: " + HUGE + "\n"))
    module(project, "N is {{ vars.n }}.\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "internal error" not in result.stderr, result.stderr[-2000:]
    assert re.search(r"briefs/mini\.yaml:\d+:\d+: error\[", result.stderr), result.stderr[-2000:]


# ---------------------------------------------------------------- campaign data and safe text out

EVIL = '=HYPERLINK("http://example.invalid/?x","click")\x1b]52;c;aGk=\x07 Evil'
PEOPLE = ["name,street,city,state,zip,district",
          "Alex Sample,1 Example Plaza,Concord,NH,03301,2",
          "Casey Placeholder,3 Example Plaza,Nashua,NH,03060,2",
          "alex  sample,1 Example Plaza,Concord,NH,03301,2",
          '"' + EVIL.replace('"', '""') + '",4 Sample Square,Nashua,NH,03060,2',
          "+Plus Minus,5 Sample Square,Nashua,NH,03060,2"]


@pytest.fixture()
def campaign(project, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LEGISLATORS", str(CONGRESS))
    (project / "briefs" / "modules" / "mine.md").write_text("I live in {{ constituent.city }}.\n")
    (project / "briefs" / "c.yaml").write_text('kind: letter\ntitle: Constituent letter\ndate: "2026-11-29"\n'
                                               "constituents: people.csv\nre: Firearms exports\nmodules: [mine]\n")

    def people(*rows):
        (project / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return people


def test_a_duplicate_constituent_is_a_warning_naming_both_rows_and_an_error_with_strict(project, campaign):
    campaign(*PEOPLE[:4])
    result = run("build", "briefs/c.yaml", "--to", "md")
    assert result.exit_code == 0, result.stderr
    assert "people.csv:4:1: warning[duplicate]: row 4 repeats row 2 (alex sample, 1 Example Plaza" in result.stderr, result.stderr
    result = run("build", "briefs/c.yaml", "--to", "md", "--strict")
    assert result.exit_code == 1
    assert "people.csv:4:1: error[duplicate]: row 4 repeats row 2" in result.stderr, result.stderr


def test_a_duplicate_signatory_is_a_warning_naming_both_rows(project, campaign):
    (project / "signers.csv").write_text("name,organization\nAna Ruiz,Example Coalition\nB. Lee,\n"
                                         "ana ruiz,Example  Coalition\n")
    (project / "briefs" / "modules" / "letter.md").write_text("We write.\n")
    (project / "briefs" / "s.yaml").write_text("kind: letter\ntitle: T\nmodules: [letter]\nsignature: [Jane Roe]\n"
                                               "recipient: {name: A. Member}\nsignatories: signers.csv\n")
    result = run("build", "briefs/s.yaml", "--to", "md")
    assert result.exit_code == 0, result.stderr
    assert "signers.csv:4:1: warning[duplicate]: row 4 repeats row 2 (ana ruiz, Example Coalition)" in result.stderr, result.stderr
    assert run("build", "briefs/s.yaml", "--to", "md", "--strict").exit_code == 1


def test_a_field_too_long_is_an_error_for_its_row_reported_with_the_others(project, campaign):
    campaign(PEOPLE[0], PEOPLE[1], "Jordan " + "X" * 400 + ",2 Example Plaza,Manchester,NH,03101,1",
             "Casey Placeholder,3 Example Plaza,Nashua,NH,030,2")
    result = run("build", "briefs/c.yaml", "--to", "md")
    assert result.exit_code == 1
    assert re.search(r"people\.csv:3:1: error\[constituents\]: the name is 407 characters", result.stderr), \
        result.stderr
    assert "people.csv:4:" in result.stderr and "not a ZIP code" in result.stderr   # reported together
    assert "File name too long" not in result.stderr


def test_manifest_cells_are_never_formulas_and_hold_no_control_characters(project, campaign):
    import csv

    campaign(PEOPLE[0], PEOPLE[4], PEOPLE[5])
    result = run("build", "briefs/c.yaml", "--to", "md")
    assert result.exit_code == 0, result.stderr
    text = (project / "build" / "c" / "manifest.csv").read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text)
    rows = list(csv.DictReader(text.splitlines()))
    for r in rows:
        for value in r.values():
            assert not value or value[0] not in "=+-@\t\r", (value, r)
    names = {r["constituent"] for r in rows}
    assert "'=HYPERLINK(\"http://example.invalid/?x\",\"click\")]52;c;aGk= Evil" in names, names
    assert "'+Plus Minus" in names
    merged = run("letters", "manifest", "build/c")
    assert "'=HYPERLINK" in merged.stdout and "\x1b" not in merged.stdout


def test_diagnostics_print_control_characters_escaped(project):
    name = "evil\x1b]52;c;aGk=\x07name"
    (project / "authorities" / f"{name}.yaml").write_text("- id: [broken\n")
    result = run("authorities", "list")
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b]52;c;aGk=\\x07name.yaml:" in result.stderr, result.stderr


# ---------------------------------------------------------------- pages


def test_a_module_of_many_short_paragraphs_cannot_make_thousands_of_pages(project):
    body = "a\n\n" * 300_000   # 900 KB: inside the module, text and notes limits, some 9,000 pages
    assert len(body) < 1_000_000
    module(project, body)
    done = limited(project, "build", "--to", "pdf")
    assert done.returncode == 1, done.stderr[-2000:]
    assert re.search(r"briefs/mini\.yaml:\d+:\d+: error\[too-large\]: .*pages", done.stderr), done.stderr[-2000:]
    assert done.took < 10, done.took


# ---------------------------------------------------------------- no internal error


@pytest.mark.parametrize("name", ["authorities/law.yaml", "briefs/mini.yaml", "briefs/modules/two.md",
                                  "authorities/zotero.json", "authorities/extra.bib"])
def test_an_unreadable_file_is_a_located_error(project, monkeypatch, name):
    # Tests run as root, whom chmod 000 does not stop: the refusal the kernel would give is simulated.
    target = (project / name).resolve()
    real = Path.read_bytes

    def refused(self):
        if Path(self).resolve() == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    result = run("build", "--to", "md")
    assert result.exit_code == 1, (result.exit_code, result.stderr[-2000:], result.exception)
    assert f"{name}: error[" in result.stderr and "Permission denied" in result.stderr, result.stderr[-2000:]


# ---------------------------------------------------------------- the readers' patterns on hostile notes

def _hostile_patterns():
    """(name, compiled pattern, how the reader applies it, a hostile text of about 6,000 characters: the longest
    note that is read). Each once took from a second to hours on its text: a run of capitals or initials split
    every way, a run of digits or spaces shared between two quantifiers (bench/backtracking.py finds them)."""
    import briefgen.importer as imp
    from briefgen.importer import codes, forms, guesses, notes, quoted, tribunals

    number = dict(quoted._PARTS)["number"]
    return [
        ("state code after initials", codes._CODE, "match", "N.Y. " + "NOAA NMFS " * 600),       # hours
        ("report number part", number, "match", "ABC" * 2000),                                    # 1.1 s
        ("report number", quoted._NUMBER, "match", "ABC" * 2000),                                 # 1.0 s
        ("document symbol", quoted._SYMBOL, "fullmatch", "ABC" * 2000),                           # 0.9 s
        ("U.N. records piece", tribunals._UN_PIECE, "match", "1" * 6000),                         # 1.5 s
        ("title that is a source", guesses._NOT_TITLE[0][0], "fullmatch", "42 U.S.C. " + "NOAA NMFS " * 599),  # hours
        ("number after an author", forms._REPORT_NUMBER, "fullmatch", "ABC" * 2000),             # hours
        ("court and date", forms._COURT_DATE, "fullmatch", " " * 6000),                           # hours
        ("site and address", forms._ONLINE, "match", ", " + "12, " * 1500),                       # 0.7 s
        ("parenthesis after a citation", notes._PAREN_NEXT, "match", " " * 6000),                 # 0.3 s
        ("site after a date", imp._SITE_NEXT, "match", ", " + "ABC" * 2000),                      # hours
    ]


@pytest.mark.parametrize("case", range(11))
def test_a_readers_pattern_on_a_hostile_note_of_the_longest_read_length_is_linear(case):
    name, pattern, how, text = _hostile_patterns()[case]
    assert 5000 < len(text) <= 6005
    with quick(0.5):      # each took a second or more (or hours) before; now a few milliseconds
        for _ in range(10):
            getattr(pattern, how)(text)


def test_a_note_of_acronyms_after_a_state_abbreviation_is_read_at_once(project, tmp_path):
    """``N.Y.`` followed by a dozen agencies' initials: the state code's words were split at every capital,
    2**n ways (nine of them took ten seconds; this note, hours)."""
    memo = tmp_path / "memo.md"
    memo.write_text("# D\n\nText.[^1] More.[^2]\n\n[^1]: See N.Y. DEC NOAA NMFS USFWS EPA FDA USDA APHIS CDC NIH "
                    "OSHA FEMA NASA.\n\n[^2]: Roe v. Wade, 410 U.S. 113 (1973).\n")
    with quick(10):
        result = run("verify", str(memo))
    assert result.exit_code in (0, 1) and "internal error" not in result.stderr, result.stderr[-2000:]
    assert "1 file verified" in result.stdout + result.stderr
