"""A command loads only what it needs: a brief whose modules hold no template syntax builds without
Jinja, a DOCX is written without python-docx (lxml alone), and ``--help`` loads none of the libraries
that build documents."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def _loaded_after(code: str, cwd) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint(' '.join(sorted(m.split('.')[0] for m in sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_a_brief_of_plain_modules_builds_a_docx_without_jinja_or_python_docx(tmp_path):
    (tmp_path / "briefs" / "modules").mkdir(parents=True)
    (tmp_path / "authorities").mkdir()
    (tmp_path / "authorities" / "a.yaml").write_text("- id: roe\n  kind: case\n  name: Roe v. Wade\n  volume: 410\n"
                                                    "  reporter: U.S.\n  page: 113\n  court: U.S.\n  year: 1973\n")
    (tmp_path / "briefs" / "modules" / "body.md").write_text("The right is settled.[@roe, 153]\n")
    (tmp_path / "briefs" / "plain.yaml").write_text("kind: memo\ntitle: Plain\nmodules: [body]\n")
    loaded = _loaded_after("""
        import briefgen
        result = briefgen.build("briefs/plain.yaml", formats=["docx"])
        assert result.footnotes == 1
        """, tmp_path)
    assert (tmp_path / "build" / "plain.docx").stat().st_size > 0
    assert "lxml" in loaded and "docx" not in loaded and "jinja2" not in loaded


def test_help_loads_no_document_library(tmp_path):
    loaded = _loaded_after("""
        import sys
        sys.argv = ["briefgen", "--help"]
        from briefgen.entry import main
        try:
            main()
        except SystemExit:
            pass
        """, tmp_path)
    assert "typer" in loaded
    assert not loaded & {"docx", "lxml", "jinja2", "markdown_it", "yaml", "typst", "citeproc", "eyecite"}
