"""Every module's examples run: the docstrings of src/briefgen are tests, in the shipped example
project (whose authorities and briefs they use)."""
from __future__ import annotations

import doctest
import importlib

import pytest

from conftest import REPO

SOURCE = REPO / "src" / "briefgen"
MODULES = sorted(".".join(p.relative_to(SOURCE.parent).with_suffix("").parts).removesuffix(".__init__")
                 for p in SOURCE.rglob("*.py") if ">>> " in p.read_text(encoding="utf-8"))


def test_the_modules_with_examples_are_found():
    assert {"briefgen", "briefgen.api", "briefgen.codes", "briefgen.authorities.kinds"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_examples(name, shipped):
    mod = importlib.import_module(name)
    failures, tried = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 0 and failures == 0
