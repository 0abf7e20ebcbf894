"""Shared fixtures: a fresh copy of the small test project for each test."""
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
REPO = Path(__file__).resolve().parents[1]


def copy_shipped(dest: Path) -> Path:
    """The repository's own example project (briefs, authorities, congress data) copied to ``dest``."""
    for name in ("briefs", "authorities", "data"):
        shutil.copytree(REPO / name, dest / name)
    return dest


@pytest.fixture()
def shipped(tmp_path, monkeypatch):
    """A copy of the shipped example project, which becomes the working folder."""
    copy_shipped(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """tests/fixtures/mini copied to a temporary folder, which becomes the working folder."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURE, dest)
    monkeypatch.chdir(dest)
    return dest
