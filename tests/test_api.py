"""The public API (`import briefgen`): its docstrings' examples run, as written, on a copy of the shipped
project; importing it costs nothing until a function runs."""
import doctest
import os
import subprocess
import sys

import pytest

@pytest.mark.parametrize("module", ["briefgen", "briefgen.api"])
def test_the_docstring_examples_run_as_written(shipped, module):
    import importlib

    mod = importlib.import_module(module)
    failures, tried = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert tried >= 3 and failures == 0
    if module == "briefgen":
        assert (shipped / "build" / "att-mexico-memo.docx").is_file()


def test_help_shows_the_api_with_examples():
    out = subprocess.run([sys.executable, "-c", "import briefgen; help(briefgen)"], capture_output=True, text=True,
                         env={**os.environ, "PAGER": "cat"}, check=True).stdout
    for name in ("build(", "check(", "format_citation(", "load_project(", "resolve(", "BriefgenError"):
        assert name in out, name
    assert ">>> briefgen.format_citation(" in out


def test_importing_briefgen_loads_no_heavy_library():
    code = "import sys, briefgen; print(sorted(m for m in ('docx', 'typst', 'jinja2', 'markdown_it', 'yaml', 'lxml') " \
           "if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
