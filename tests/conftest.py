"""Shared fixtures: a fresh copy of the small test project for each test."""
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

FIXTURE = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """tests/fixtures/mini copied to a temporary folder, which becomes the working folder."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURE, dest)
    monkeypatch.chdir(dest)
    return dest
