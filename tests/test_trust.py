"""What a careful adversary tries: links out of the project, outputs over sources, hangs and bombs,
silent truncation, internal errors from input. Each test reproduces a finding, then states the fix."""
from __future__ import annotations

import os
from pathlib import Path
import re
import stat

import pytest

from helpers import run


def module(project, body: str, name: str = "extra") -> None:
    """Make ``name`` (with ``body``) the mini brief's only module."""
    (project / "briefs" / "modules" / f"{name}.md").write_text(body, encoding="utf-8")
    use_modules(project, name)


def use_modules(project, *names: str) -> None:
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(re.sub(r"(?m)^modules:.*$", f"modules: [{', '.join(names)}]", spec.read_text()))


# ---------------------------------------------------------------- confinement


def test_an_include_that_links_out_of_the_project_is_refused(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=abc123\n")
    os.symlink(secret, project / "briefs" / "boilerplate.md")
    module(project, "Intro.\n\n{% include 'boilerplate.md' %}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1
    assert "error[outside-project]" in result.stderr and "boilerplate.md" in result.stderr
    assert str(secret) in result.stderr  # names the link's target
    assert not (project / "build" / "mini.md").exists()


def test_proc_environ_through_a_link_never_reaches_the_document(project):
    os.symlink("/proc/self/environ", project / "briefs" / "env.md")
    module(project, "{% include 'env.md' %}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[outside-project]" in result.stderr
    assert "PATH=" not in result.stdout + result.stderr


@pytest.mark.parametrize("where", ["authorities/linked.yaml", "briefs/facts/linked.yaml",
                                   "briefs/frameworks/linked.yaml", "briefs/modules/linked.md"])
def test_every_input_that_links_out_is_refused(project, tmp_path, where):
    outside = tmp_path / "outside.yaml"
    outside.write_text("- id: x\n  kind: book\n  title: X\n")
    os.symlink(outside, project / where)
    if where.endswith(".md"):
        use_modules(project, "linked")
    result = run("check")
    assert "error[outside-project]" in result.stdout + result.stderr, result.stdout + result.stderr
    assert result.exit_code == 1


def test_a_link_inside_the_project_is_fine(project):
    (project / "briefs" / "parts").mkdir()
    (project / "briefs" / "parts" / "real.md").write_text("Included text.\n")
    os.symlink(project / "briefs" / "parts" / "real.md", project / "briefs" / "alias.md")
    module(project, "{% include 'alias.md' %}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.stderr
    assert "Included text." in (project / "build" / "mini.md").read_text()


def test_a_reference_docx_linked_from_outside_is_refused(project, tmp_path):
    from briefgen.styles import write_reference

    write_reference(tmp_path / "firm.docx")
    (project / "styles").mkdir()
    os.symlink(tmp_path / "firm.docx", project / "styles" / "reference.docx")
    result = run("build", "--to", "docx")
    assert result.exit_code == 1 and "error[outside-project]" in result.stderr


# ---------------------------------------------------------------- sources and outputs never lost


def test_out_inside_the_sources_is_a_usage_error(project):
    before = (project / "briefs" / "modules").stat().st_mtime_ns
    for out in ("briefs/modules", "briefs", "authorities", "styles", ".", ".."):
        result = run("build", "--to", "md", "--out", out)
        assert result.exit_code == 2, (out, result.stderr)   # the project root and above hold the sources
        assert "error[out-folder]" in result.stderr
    assert (project / "briefs" / "modules").stat().st_mtime_ns == before


def test_two_briefs_with_one_output_name_are_a_usage_error(project):
    (project / "briefs" / "other").mkdir()
    (project / "briefs" / "other" / "mini.yaml").write_text((project / "briefs" / "mini.yaml").read_text())
    result = run("build", "briefs/mini.yaml", "briefs/other/mini.yaml", "--to", "md")
    assert result.exit_code == 2 and "error[same-output]" in result.stderr
    assert not (project / "build").exists()


def test_a_broken_reference_docx_leaves_every_output_as_it_was(project):
    assert run("build", "--to", "md").exit_code == 0
    md = project / "build" / "mini.md"
    before = md.read_bytes()
    os.utime(md, ns=(1, 1))
    (project / "styles").mkdir()
    (project / "styles" / "reference.docx").write_bytes(b"not a zip")
    module(project, "Changed text.[@roe, 120]\n")
    result = run("build", "--to", "md,pdf,docx")
    assert result.exit_code == 1 and "reference-docx" in result.stderr
    assert md.read_bytes() == before and md.stat().st_mtime_ns == 1
    assert not (project / "build" / "mini.pdf").exists() and not (project / "build" / "mini.docx").exists()
    assert "nothing built" in result.stderr


def test_out_that_is_a_file_or_read_only_is_a_located_error(project):
    (project / "taken").write_text("a file")
    result = run("build", "--to", "md", "--out", "taken")
    assert result.exit_code in (1, 2) and "internal error" not in result.stderr
    assert "taken" in result.stderr
    result = run("build", "--to", "md", "--out", "taken/sub")
    assert result.exit_code in (1, 2) and "internal error" not in result.stderr


# ---------------------------------------------------------------- permissions


def test_outputs_take_the_umask_and_keep_an_existing_mode(project):
    old = os.umask(0o022)
    try:
        assert run("build", "--to", "md").exit_code == 0
        md = project / "build" / "mini.md"
        assert stat.S_IMODE(md.stat().st_mode) == 0o644
        md.chmod(0o640)
        assert run("build", "--to", "md").exit_code == 0
        assert stat.S_IMODE(md.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_a_read_only_output_is_an_error_and_left_alone(project):
    assert run("build", "--to", "md").exit_code == 0
    md = project / "build" / "mini.md"
    md.write_text("kept")
    md.chmod(0o444)
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[output-readonly]" in result.stderr
    assert md.read_text() == "kept"


def test_an_output_that_is_a_link_is_refused(project, tmp_path):
    target = tmp_path / "elsewhere.md"
    target.write_text("elsewhere")
    (project / "build").mkdir()
    os.symlink(target, project / "build" / "mini.md")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[output-link]" in result.stderr
    assert target.read_text() == "elsewhere" and (project / "build" / "mini.md").is_symlink()


def test_temporary_files_of_a_killed_build_are_removed_by_the_next(project):
    (project / "build").mkdir()
    stale = project / "build" / ".mini.md.999999999.abcd.tmp"  # no such process
    stale.write_text("half")
    assert run("build", "--to", "md").exit_code == 0
    assert not stale.exists()


# ---------------------------------------------------------------- no silent loss


def test_ten_levels_of_nested_list_keep_everything_after_them(project):
    nested = "".join("  " * i + f"- level {i}\n" for i in range(10))
    module(project, nested + "\n## After the list\n\nThe last paragraph.[@roe, 120]\n")
    result = run("build", "--to", "md,docx")
    assert result.exit_code == 0, result.stderr
    md = (project / "build" / "mini.md").read_text()
    assert "level 9" in md and "After the list" in md and "The last paragraph." in md
    assert "410 U.S. 113, 120" in md


def test_deep_blockquotes_keep_their_text(project):
    quote = "".join("> " * i + f"depth {i}\n" + "> " * i + "\n" for i in range(1, 21))
    module(project, quote + "\nAfter.\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 0, result.stderr
    md = (project / "build" / "mini.md").read_text()
    assert "depth 20" in md and "After." in md


@pytest.mark.parametrize("body", ["*" * 5000 + "x" + "*" * 5000, "^[" * 1000 + "x" + "]" * 1000,
                                  "".join("  " * i + "- x\n" for i in range(300)),
                                  ">" * 2000 + " deep\n", "[" * 3000 + "x" + "]" * 3000])
def test_pathological_nesting_is_rendered_or_a_located_error(project, body):
    module(project, body + "\n\nTail text.\n")
    result = run("build", "--to", "md")
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
    if result.exit_code == 0:
        assert "Tail text." in (project / "build" / "mini.md").read_text()
    else:
        assert result.exit_code == 1 and "briefs/modules/extra.md:" in result.stderr


def test_unterminated_front_matter_is_an_error(project):
    module(project, "---\ntitle: Intro\nsummary: never closed\n\nBody text.\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[module-front]" in result.stderr
    assert "briefs/modules/extra.md:1:1" in result.stderr


def test_control_characters_are_reported_where_they_are(project):
    module(project, "Fine line.\n\nA NUL here:\x00 and a bell\x07.\n")
    result = run("build", "--to", "md,docx,pdf")
    assert result.exit_code == 0, result.stderr
    assert "briefs/modules/extra.md:3:12: warning[control-character]" in result.stderr
    assert "U+0000" in result.stderr and "U+0007" in result.stderr
    md = (project / "build" / "mini.md").read_text()
    assert "\x00" not in md and "A NUL here: and a bell." in md


# ---------------------------------------------------------------- bounded


@pytest.mark.parametrize("expr", ["{{ 'x' * 10**10 }}", "{{ 'x' | center(10**10) }}", "{{ 2 ** 100000000 }}",
                                  "{{ 'ab' * 600000 }}", "{% for i in range(10**6) %}{{ 'x' * 1000 }}{% endfor %}"])
def test_template_size_limits(project, expr):
    module(project, f"Start. {expr}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1, result.stderr
    assert "briefs/modules/extra.md:1:1: error[jinja" in result.stderr


def test_a_template_loop_without_end_is_stopped(project, monkeypatch):
    from briefgen.argument import sandbox

    monkeypatch.setattr(sandbox, "MAX_SECONDS", 1)
    module(project, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[jinja-limit]" in result.stderr


@pytest.mark.parametrize("body", ["{% include 'modules/extra.md' %}",
                                  "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}"])
def test_recursion_in_templates_is_a_located_error(project, body):
    module(project, body + "\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[jinja-recursion]" in result.stderr
    assert "briefs/modules/extra.md" in result.stderr


def test_a_yaml_alias_bomb_is_refused_at_once(project):
    import time

    lines = ['- &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"- &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines += ["- id: bomb", "  kind: book", "  title: *i"]
    (project / "authorities" / "bomb.yaml").write_text("\n".join(lines) + "\n")
    start = time.monotonic()
    for command in (["authorities", "list"], ["cite", "roe"], ["build", "--to", "md"]):
        result = run(*command)
        assert result.exit_code == 1 and "error[yaml-aliases]" in result.stderr, (command, result.stderr)
        assert "authorities/bomb.yaml:" in result.stderr
    assert time.monotonic() - start < 10


def test_a_huge_module_is_a_located_error(project):
    module(project, ("word " * 20 + "\n\n") * 30000)  # 3 MB
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "error[too-large]" in result.stderr


# ---------------------------------------------------------------- no internal error from input


@pytest.mark.parametrize("name", ["bad\x00name", "x" * 300, "a/" * 200 + "b"])
def test_odd_module_names_are_located_errors(project, name):
    spec = project / "briefs" / "mini.yaml"
    quoted = '"' + name.replace("\x00", "\\x00") + '"'
    spec.write_text(re.sub(r"(?m)^modules:.*$", lambda m: f"modules: [{quoted}]", spec.read_text()))
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "internal error" not in result.stderr, result.stderr
    assert "briefs/mini.yaml:" in result.stderr


def test_an_unquoted_number_for_a_title_is_taken_as_text(project):
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(re.sub(r"(?m)^title:.*$", "title: 1984", spec.read_text()))
    result = run("build", "--to", "docx")
    assert result.exit_code == 0, result.stderr
    import docx

    assert docx.Document(str(project / "build" / "mini.docx")).core_properties.title == "1984"


def test_too_many_notes_or_table_cells_are_located_errors(project, monkeypatch):
    from briefgen import pipeline

    monkeypatch.setattr(pipeline, "MAX_NOTES", 20)
    monkeypatch.setattr(pipeline, "MAX_TABLE_CELLS", 5)
    module(project, "Text.^[a]" * 21 + "\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "briefs/mini.yaml:1:1: error[too-large]: the brief has 21 notes" in result.stderr
    module(project, "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "the brief has 6 table cells" in result.stderr


def test_a_long_word_wraps_in_the_pdf_and_a_missing_glyph_is_named(project):
    module(project, "Start " + "A" * 3000 + " end. A parrot: \U0001F99C.\n")
    result = run("build", "--to", "pdf")
    assert result.exit_code == 0, result.stderr
    assert "briefs/modules/extra.md:1:3023: warning[missing-glyph]" in result.stderr and "U+1F99C" in result.stderr
    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(project / "build" / "mini.pdf")).pages)
    letters = re.sub(r"[\u200b\n\d]", "", text)  # page numbers and line ends aside
    assert letters.count("A" * 3000) == 1  # every character is there
    longest = max(len(line) for line in text.replace("\u200b", "").splitlines())
    assert longest < 120  # wrapped, not run off the page


def test_control_characters_from_authority_data_are_reported_once_for_every_format(project):
    import json

    items = json.loads((project / "authorities" / "zotero.json").read_text())
    items[0]["title"] = items[0]["title"] + "\u0007"
    (project / "authorities" / "zotero.json").write_text(json.dumps(items))
    key = items[0]["id"]
    module(project, f"Cited.[@{key}]\n")
    result = run("build", "--to", "md,docx,pdf")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("warning[control-character]") == 1 and "U+0007" in result.stderr
    assert "\x07" not in (project / "build" / "mini.md").read_text()


@pytest.mark.parametrize("where, text", [
    ("authorities/deep.yaml", "- id: x\n  kind: book\n  title: " + "[" * 3000 + "]" * 3000 + "\n"),
    ("authorities/deep.json", "[" * 100000 + "]" * 100000),
    ("briefs/modules/two.md", "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nText.\n"),
])
def test_nesting_deeper_than_python_reads_is_a_located_error(project, where, text):
    (project / where).write_text(text)
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "internal error" not in result.stderr
    assert f"{where}:" in result.stderr and "error[too-deep]" in result.stderr


def test_a_csl_style_outside_the_project_is_refused(project, tmp_path):
    import citeproc

    bundled = next((Path(citeproc.__file__).parent / "data" / "styles").glob("*.csl"))
    outside = tmp_path / "outside.csl"
    outside.write_bytes(bundled.read_bytes())
    spec = project / "briefs" / "mini.yaml"
    spec.write_text(spec.read_text() + f"style: {outside}\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1 and "outside-project" in result.stderr


@pytest.mark.parametrize("line, key", [
    ("to: {name: X}", "to"), ("re: [a, {b: c}]", "re"), ("style: [law-review]", "style"),
    ("reference: {a: b}", "reference"), ("letterhead: [Clinic, {street: x}]", "letterhead"),
    ("cc: [[a, b]]", "cc"), ("date: true", "date"), ("from: [1, [2]]", "from")])
def test_a_mapping_or_list_where_text_belongs_in_a_spec_is_a_located_error(project, line, key):
    spec = project / "briefs" / "mini.yaml"
    text = re.sub(rf"(?m)^{key}:.*\n", "", spec.read_text())
    spec.write_text(text + line + "\n")
    result = run("build", "--to", "md")
    assert result.exit_code == 1, result.stderr
    assert "briefs/mini.yaml:" in result.stderr and "error[spec-value]" in result.stderr, result.stderr
    assert "{" not in (project / "build" / "mini.md").read_text() if (project / "build" / "mini.md").exists() \
        else True


@pytest.mark.parametrize("old, new, code", [
    ("statement: Most firearms", "statement: {a: 1}\n  note: Most firearms", "fact-field"),
    ("support: [{cite: gao2009, pin: \"15\"}]", "support: [{cite: [gao2009], pin: \"15\"}]", "support-field"),
    ("support: [{cite: gao2009, pin: \"15\"}]", "support: {cite: gao2009}", "fact-support"),
    ("supports: [att7.risk]\n- id: guns-go", "supports: 5\n- id: guns-go", "fact-field"),
])
def test_a_wrong_type_in_a_fact_is_a_located_error(project, old, new, code):
    facts = project / "briefs" / "facts" / "mexico.yaml"
    text = facts.read_text()
    assert old in text
    facts.write_text(text.replace(old, new, 1))
    result = run("check")
    assert result.exit_code == 1 and "briefs/facts/mexico.yaml:" in result.stdout + result.stderr
    assert f"error[{code}]" in result.stdout + result.stderr, result.stdout + result.stderr
    assert "{'a'" not in result.stdout and "['gao2009']" not in result.stdout + result.stderr


@pytest.mark.parametrize("old, new", [("title: Part one", "title: [a, b]"),
                                      ("requires: [us-origin-share]", "requires: {a: 1}"),
                                      ("argues: [att7.risk]", "argues: {a: 1}"),
                                      ("title: Part one", "params: [1, 2]")])
def test_a_wrong_type_in_front_matter_is_a_located_error(project, old, new):
    one = project / "briefs" / "modules" / "part" / "one.md"
    one.write_text(one.read_text().replace(old, new, 1))
    for command in (["check"], ["modules"], ["build", "--to", "md"]):
        result = run(*command)
        assert result.exit_code == 1, (command, result.stdout, result.stderr)
        assert "briefs/modules/part/one.md:" in result.stderr and "error[module-front]" in result.stderr
        assert "internal error" not in result.stderr


def test_a_number_for_a_fact_id_in_front_matter_is_an_unknown_fact(project):
    one = project / "briefs" / "modules" / "part" / "one.md"
    one.write_text(one.read_text().replace("requires: [us-origin-share]", "requires: 5", 1))
    result = run("check")
    assert result.exit_code == 1 and "unknown fact '5'" in result.stdout + result.stderr


@pytest.mark.parametrize("epoch", ["99999999999999", "-5", "abc"])
def test_an_odd_source_date_epoch_never_breaks_a_build(project, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = run("build", "--to", "docx,pdf")
    assert result.exit_code == 0, result.stderr
