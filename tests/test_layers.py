"""The package's layers, read from its own imports (every import, at the top of a file or inside a
function): data flows one way, from the spec through the citations pass to the writers, and only the
command line prints."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "briefgen"
CLI = {"briefgen.cli", "briefgen.console", "briefgen.entry", "briefgen.__main__"}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def read_modules(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root``, by its dotted name."""
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


MODULES = read_modules(PACKAGE)


def _target(name: str, modules: dict[str, Path]) -> str:
    """The module an import names (``briefgen.citations`` + ``bluebook`` -> the submodule)."""
    return name if name in modules else name.rsplit(".", 1)[0]


def imports(module: str, modules: dict[str, Path] = MODULES) -> set[str]:
    """Every module ``module`` imports, the package's own by their full names, others by their top name."""
    top = next(iter(modules)).split(".")[0]
    tree = ast.parse(modules[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                own = alias.name.split(".")[0] == top
                found.add(_target(alias.name, modules) if own else alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] == top:
                for alias in node.names:
                    found.add(_target(f"{node.module}.{alias.name}", modules))
            else:
                found.add(node.module.split(".")[0])
    return found


def module_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    return {m: {i for i in imports(m, modules) if i in modules and i != m} for m in modules}


def unit(module: str) -> str:
    """The part of the package a reader sees a module in: its top-level package, or the module itself
    (``briefgen.citations.resolve`` -> ``citations``; ``briefgen.pipeline`` -> ``pipeline``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The module graph seen from the packages: an arrow between two packages for any import between
    their modules."""
    out: dict[str, set[str]] = {unit(m): set() for m in graph}
    for m, targets in graph.items():
        out[unit(m)] |= {unit(t) for t in targets if unit(t) != unit(m)}
    return out


GRAPH = module_graph(MODULES)
PACKAGES = package_graph(GRAPH)


def test_the_reader_of_imports_sees_them():
    """The checks below mean something only if the graph is read right."""
    assert "briefgen.citations.bluebook" in GRAPH["briefgen.citations.resolve"]
    assert "briefgen.writers.base" in GRAPH["briefgen.writers.docx"]
    assert "typer" in imports("briefgen.cli")
    assert len(MODULES) > 30


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
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

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_loops():
    assert cycles(GRAPH) == []


def test_no_loops_between_packages():
    """A package is what a reader sees: two packages that import each other are one tangle, even
    when no two modules do."""
    assert cycles(PACKAGES) == []


# The layers, from the bottom up: a package or top-level module imports only from its own layer
# or those below it. A new module takes its place here.
LAYERS = (
    ("the model (and the package's own name and version)", "briefgen document pins dates tables invocation names codes doc_kinds"),
    ("diagnostics and files", "errors atomic project yamlfile docxfile results"),
    ("authority kinds and records, specs, writers", "authorities spec writers"),
    ("the citation engine, typography, layout", "citations typography paginate styles"),
    ("arguments, checks, letters' recipients, the importer", "argument lint letters importer"),
    ("readers, document kinds", "readers kinds"),
    ("the pipeline", "pipeline"),
    ("commands over the pipeline", "batch verify online schema scaffold"),
    ("the library", "api"),
    ("the command line", "cli console server watch entry __main__"),
)
RANK = {name: i for i, (_, names) in enumerate(LAYERS) for name in names.split()}


def layer_breaches(packages: dict[str, set[str]], rank: dict[str, int]) -> list[str]:
    return [f"{a} ({LAYERS[rank[a]][0]}) imports {b} ({LAYERS[rank[b]][0]}), a layer above it"
            for a in sorted(packages) for b in sorted(packages[a]) if rank[b] > rank[a]]


def test_every_package_has_its_layer():
    assert sorted(set(PACKAGES) - set(RANK)) == [], "add it to LAYERS in tests/test_layers.py"


def test_packages_import_only_downward():
    assert layer_breaches(PACKAGES, RANK) == []


def _fake_package(tmp_path: Path, files: dict[str, str]) -> dict[str, set[str]]:
    root = tmp_path / "fake"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return module_graph(read_modules(root))


def test_a_package_loop_without_a_module_loop_is_found(tmp_path):
    """The check of the checks: ``a.x -> b.y -> a.z`` is no loop of modules, but one of packages."""
    graph = _fake_package(tmp_path, {"a/__init__.py": "", "a/x.py": "from fake.b import y\n", "a/z.py": "",
                                     "b/__init__.py": "", "b/y.py": "import fake.a.z\n"})
    assert graph["fake.a.x"] == {"fake.b.y"} and graph["fake.b.y"] == {"fake.a.z"}
    assert cycles(graph) == []
    assert cycles(package_graph(graph)) == [["a", "b"]]


def test_a_module_loop_and_an_upward_import_are_found(tmp_path):
    graph = _fake_package(tmp_path, {"low.py": "def f():\n    from fake import high\n",
                                     "high.py": "from fake.low import f\n"})
    assert cycles(graph) == [["fake.high", "fake.low"]]
    assert layer_breaches(package_graph(graph), {"low": 0, "high": 1}) == [
        f"low ({LAYERS[0][0]}) imports high ({LAYERS[1][0]}), a layer above it"]


def test_the_document_model_imports_nothing_of_briefgen_but_the_pin_table():
    """A Locator prints its label from the one declaration of pins, which itself imports nothing of briefgen."""
    assert {i for i in imports("briefgen.document") if i.startswith("briefgen")} == {"briefgen.pins"}
    assert {i for i in imports("briefgen.pins") if i.startswith("briefgen")} == set()


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("briefgen.readers")])
def test_readers_never_import_writers(module):
    assert not {i for i in GRAPH[module] if i.startswith("briefgen.writers")}


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("briefgen.writers")])
def test_writers_import_neither_the_citation_engine_nor_the_command_line(module):
    found = imports(module)
    assert not {i for i in found if i.startswith(("briefgen.citations", "briefgen.cli", "briefgen.console"))}
    assert "typer" not in found


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("briefgen.writers")])
def test_writers_do_not_read_the_environment(module):
    """What a document says (its date) comes in with the document, so a writer's output depends on
    its input alone."""
    assert "briefgen.invocation" not in imports(module) and "os" not in imports(module)
    text = MODULES[module].read_text(encoding="utf-8")
    assert "os.environ" not in text and "getenv" not in text


@pytest.mark.parametrize("module", sorted(set(MODULES) - CLI))
def test_only_the_command_line_prints(module):
    assert "typer" not in imports(module) and "click" not in imports(module)
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "print", f"{module}:{node.lineno} prints"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "sys":
            assert node.attr not in ("stdout", "stderr"), f"{module}:{node.lineno} writes to sys.{node.attr}"
