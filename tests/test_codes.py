"""Every diagnostic code the source reports is in the registry (src/briefgen/codes.py) and documented in
docs/errors.md under its section, with its severity; nothing is registered or documented that nothing
reports. The codes are read from the source itself, so a new ``code="…"`` cannot slip past."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from briefgen.codes import CODES

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "briefgen"
ERRORS_MD = ROOT / "docs" / "errors.md"
REPORTERS = {"error": "error", "warning": "warning", "BriefgenError": "error", "UsageError": "error",
             "ServiceError": "error"}
CODE_SHAPE = re.compile(r"[a-z]+(-[a-z]+)*")
# Codes made by formatting a name into them (argument/facts.py: f"{what}-key"), which no scan can read.
FORMED = {f"{what}-{part}" for what in ("fact", "support", "framework", "element") for part in ("key", "field")}


def codes_in(tree: ast.AST) -> dict[str, set[str]]:
    """code -> the severities it is reported with, from ``report.error(…, code="x")``,
    ``BriefgenError(…, code="x")``, ``Diagnostic("warning", "x", …)`` and the importer's
    ``(offset, "x", message, hint)`` problems (warnings)."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            given = {k.arg: k.value for k in node.keywords}
            code, severity = given.get("code"), REPORTERS.get(name or "")
            if name == "Diagnostic" and len(node.args) > 1:
                code, severity = node.args[1], getattr(node.args[0], "value", None)
            if isinstance(code, ast.Constant) and isinstance(code.value, str) and severity:
                found.setdefault(code.value, set()).add(severity)
            if name == "append" and node.args and isinstance(node.args[0], ast.Tuple):
                elts = node.args[0].elts
                if len(elts) == 4 and isinstance(elts[1], ast.Constant) and CODE_SHAPE.fullmatch(str(elts[1].value)):
                    found.setdefault(elts[1].value, set()).add("warning")
    return found


def used_codes(root: Path = SOURCE) -> dict[str, dict[str, set[str]]]:
    """code -> {file: severities} over every module under ``root``."""
    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted(root.rglob("*.py")):
        for code, severities in codes_in(ast.parse(path.read_text(encoding="utf-8"))).items():
            out.setdefault(code, {})[str(path.relative_to(ROOT))] = severities
    return out


def documented(text: str) -> dict[str, tuple[str, str]]:
    """code -> (section anchor, severity) from the tables under docs/errors.md's ``### `` sections."""
    out, anchor = {}, ""
    for line in text[text.index("## Diagnostic codes"):].splitlines():
        if line.startswith("### "):
            anchor = re.sub(r"[^\w\- ]", "", line[4:].strip().lower()).replace(" ", "-")
        m = re.match(r"\| `([a-z-]+)` \| ([a-z ]+) \|", line)
        if m:
            out[m.group(1)] = (anchor, m.group(2))
    return out


USED = used_codes()
DOCS = documented(ERRORS_MD.read_text(encoding="utf-8"))


def test_the_scan_reads_each_way_a_code_is_reported():
    tree = ast.parse('report.warning("m", loc, code="w-one")\nraise BriefgenError("m", code="e-one")\n'
                     'Diagnostic("warning", "w-two", "m")\nproblems.append((0, "w-three", "m", "h"))\n'
                     'Diagnostic(kind, "not-read", "m")\n')
    assert codes_in(tree) == {"w-one": {"warning"}, "e-one": {"error"}, "w-two": {"warning"}, "w-three": {"warning"}}
    assert "spec-key" in USED and "control-character" in USED and "signal-italics" in USED
    assert DOCS["spec-key"] == ("specs-and-projects", "error")


def _registry_line(code: str) -> str:
    severities = set().union(*USED[code].values())
    severity = "EW" if len(severities) > 1 else {"error": "E", "warning": "W"}[severities.pop()]
    return f'    "{code}": Code({severity}, SECTION, "what it means, in a line"),'


@pytest.mark.parametrize("code", sorted(USED))
def test_every_code_reported_is_registered(code):
    assert code in CODES, (f"{code} is reported in {', '.join(USED[code])} but not registered: add to CODES in "
                           f"src/briefgen/codes.py\n{_registry_line(code)}")


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_registered_code_is_documented_under_its_section(code):
    entry = CODES[code]
    row = f"| `{code}` | {entry.severity} | {entry.meaning} | what to do |"
    assert code in DOCS, f"{code} is not in docs/errors.md: add under the section #{entry.anchor}\n{row}"
    assert DOCS[code] == (entry.anchor, entry.severity), (
        f"docs/errors.md has {code} under #{DOCS[code][0]} as {DOCS[code][1]}; the registry says "
        f"#{entry.anchor}, {entry.severity}")


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_registered_code_is_reported_somewhere(code):
    assert code in USED or code in FORMED, f"nothing reports {code}: remove it from codes.py and docs/errors.md"


@pytest.mark.parametrize("code", sorted(USED))
def test_a_code_is_reported_with_its_registered_severity(code):
    if code not in CODES:
        pytest.skip("not registered (reported by the test above)")
    severities = set().union(*USED[code].values())
    allowed = {"error", "warning"} if CODES[code].severity == "error or warning" else {CODES[code].severity}
    assert severities <= allowed, f"{code} is reported as {sorted(severities)}; codes.py says {CODES[code].severity}"


def test_nothing_documented_is_unregistered():
    assert sorted(set(DOCS) - set(CODES)) == []


def test_every_section_anchor_is_a_heading_of_the_guide():
    anchors = {a for a, _ in DOCS.values()}
    assert {c.anchor for c in CODES.values()} <= anchors
