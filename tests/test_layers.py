"""The package's layers, read from its own imports (every import, at the top of a file or inside a
function): data flows one way, from the spec through the citations pass to the writers, and only the
command line prints."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "briefgen"
CLI = {"briefgen.cli", "briefgen.console", "briefgen.entry", "briefgen.__main__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _target(name: str) -> str:
    """The briefgen module an import names (``briefgen.citations`` + ``bluebook`` -> the submodule)."""
    return name if name in MODULES else name.rsplit(".", 1)[0]


def imports(module: str) -> set[str]:
    """Every module ``module`` imports, briefgen's by their full names, others by their top name."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(_target(alias.name) if alias.name.startswith("briefgen") else alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("briefgen"):
                for alias in node.names:
                    found.add(_target(f"{node.module}.{alias.name}"))
            else:
                found.add(node.module.split(".")[0])
    return found


GRAPH = {m: {i for i in imports(m) if i in MODULES and i != m} for m in MODULES}


def test_the_reader_of_imports_sees_them():
    """The checks below mean something only if the graph is read right."""
    assert "briefgen.citations.bluebook" in GRAPH["briefgen.citations.resolve"]
    assert "briefgen.writers.base" in GRAPH["briefgen.writers.docx"]
    assert "typer" in imports("briefgen.cli")
    assert len(MODULES) > 30


def _cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return out


def test_no_import_loops():
    assert _cycles() == []


def test_the_document_model_imports_nothing_of_briefgen():
    assert {i for i in imports("briefgen.document") if i.startswith("briefgen")} == set()


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("briefgen.readers")])
def test_readers_never_import_writers(module):
    assert not {i for i in GRAPH[module] if i.startswith("briefgen.writers")}


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("briefgen.writers")])
def test_writers_import_neither_the_citation_engine_nor_the_command_line(module):
    found = imports(module)
    assert not {i for i in found if i.startswith(("briefgen.citations", "briefgen.cli", "briefgen.console"))}
    assert "typer" not in found


@pytest.mark.parametrize("module", sorted(set(MODULES) - CLI))
def test_only_the_command_line_prints(module):
    assert "typer" not in imports(module) and "click" not in imports(module)
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "print", f"{module}:{node.lineno} prints"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "sys":
            assert node.attr not in ("stdout", "stderr"), f"{module}:{node.lineno} writes to sys.{node.attr}"
