"""Argument modules: YAML front matter (their contract) and a Markdown body rendered by
sandboxed Jinja2 with StrictUndefined, so a missing variable is an error, never blank text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from pathlib import Path

from briefgen import yamlfile
from briefgen.errors import BriefgenError, Location, display_path

FRONT_KEYS = {"title", "summary", "requires", "argues", "params", "as_of"}
MAX_MODULE_BYTES = 1_000_000  # about 400 pages of text


def _text(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _date(value) -> bool:
    from briefgen.argument.facts import date_problem

    return not date_problem(value)


def _ids(value) -> bool:
    return _text(value) or (isinstance(value, list) and all(_text(v) for v in value))


FRONT_SHAPES = {"title": (_text, "text"), "summary": (_text, "text"), "requires": (_ids, "a fact id or a list of them"),
                "argues": (_ids, "an element id or a list of them"), "params": (lambda v: isinstance(v, dict),
                                                                                "a mapping of names to defaults"),
                "as_of": (_date, "a date, YYYY-MM-DD (when the module's law and facts were last brought up to date)")}
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.S)


@dataclass(frozen=True)
class Module:
    """``Module('att/article-6', path, {'title': …, 'argues': [...]}, body, body_line=6)``."""

    name: str
    path: Path
    front: dict
    body: str
    body_line: int  # lines before the body (front matter), for error positions
    location: Location | None = None

    @property
    def title(self) -> str:
        return str(self.front.get("title") or self.name)

    @property
    def as_of(self) -> str:
        """When the module's law and facts were last brought up to date (YYYY-MM-DD), or ''."""
        return str(self.front.get("as_of") or "")

    def ids(self, key: str) -> list[str]:
        """``requires`` or ``argues`` as a list of ids, whether written as one id or a list."""
        value = self.front.get(key)
        if value is None:
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def read_module(name: str, path: Path) -> Module:
    """The module at ``path`` (found by Project.module_path), read once per process while it is unchanged:
    a letter batch or a --watch session reads each module once."""
    st = path.stat()
    return _read_module(name, path, display_path(path), st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=512)
def _read_module(name: str, path: Path, shown: str, size: int, mtime: int) -> Module:
    if size > MAX_MODULE_BYTES:
        raise BriefgenError(f"module is {size:,} bytes; a module may hold at most {MAX_MODULE_BYTES:,}",
                            Location(shown, 1, 1), code="too-large",
                            hint="split it into several modules, each a section of the argument")
    text = yamlfile.read_text(path)
    front: Any = {}  # the front matter: a YDict, or {} when there is none
    body_line, body = 0, text
    m = _FRONT.match(text)
    if not m and re.match(r"\A---[ \t]*\n", text):
        raise BriefgenError("front matter opened with --- is never closed", Location(shown, 1, 1),
                            code="module-front", hint="end the front matter with a line holding only ---")
    if m:
        data = yamlfile.loads(m.group(1) or "", shown, line_offset=1)
        if data is not None and not isinstance(data, yamlfile.YDict):
            raise BriefgenError("front matter must be a mapping (title: …)", Location(shown, 2, 1), code="module-front")
        front = data or {}
        for key in front:
            if key not in FRONT_KEYS:
                from briefgen.errors import did_you_mean

                raise BriefgenError(f"unknown front matter key '{key}'", front.where(key), code="module-front",
                                    hint=did_you_mean(str(key), FRONT_KEYS) or f"keys: {', '.join(sorted(FRONT_KEYS))}")
            value = front[key]
            if value is not None and not FRONT_SHAPES[key][0](value):
                raise BriefgenError(f"{key} must be {FRONT_SHAPES[key][1]}", front.value_where(key),
                                    code="module-front", hint="front matter: title, summary, requires: [fact ids], "
                                                              "argues: [element ids], params: {name: default}, "
                                                              "as_of: YYYY-MM-DD")
        body_line = text[: m.end()].count("\n")
        body = text[m.end():]
    return Module(name, path, front, body, body_line, Location(shown, 1, 1))


_ENV: dict = {}


def environment(briefs_dir: Path):
    """One sandboxed environment per project; includes and imports are found in ``briefs/`` and must
    really be there: a link out of the project is refused before it is read."""
    key = str(briefs_dir)
    if key not in _ENV:
        from jinja2 import FileSystemLoader, StrictUndefined
        from jinja2.loaders import split_template_path

        from briefgen.argument.sandbox import Sandbox
        from briefgen.project import confine

        class ProjectLoader(FileSystemLoader):
            def get_source(self, environment, template):
                path = Path(briefs_dir, *split_template_path(template))
                if path.exists():
                    confine(path, briefs_dir.parent, "include")
                return super().get_source(environment, template)

        _ENV[key] = Sandbox(loader=ProjectLoader(str(briefs_dir)), undefined=StrictUndefined,
                            autoescape=False, keep_trailing_newline=True)
    return _ENV[key]


@lru_cache(maxsize=512)
def _compiled(briefs_dir: Path, body: str):
    """A module body compiled once per process, rendered for every letter of a batch."""
    return environment(briefs_dir).from_string(body)


def _template_line(exc: BaseException) -> int:
    tb, line = exc.__traceback__, 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _undefined_hint(message: str, context: dict) -> str:
    """A did-you-mean over every name a template can reach: its own names, vars, brief and recipient fields."""
    from briefgen.errors import did_you_mean

    m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined", message)
    if m:
        names = set(context)
        for key in ("vars", "brief", "recipient", "params", "constituent"):
            if isinstance(context.get(key), dict):
                names |= set(context[key])
        guess = did_you_mean(m.group(1) or m.group(2), sorted(names))
        if guess:
            return f"{guess} Or define it under vars: in the brief spec, or in the module's params"
    return "define it under vars: in the brief spec, or in the module's params"


TEMPLATE_MARKS = ("{{", "{%", "{#", "\r")   # Jinja's delimiters, and the line ends it would rewrite


def render(module: Module, briefs_dir: Path, context: dict) -> str:
    """Render the module body; template mistakes become errors at the module's line. A body with no
    template syntax is its own rendering, and needs no Jinja loaded.

    >>> render(Module("m", Path("m.md"), {}, "Plain *text*.\\n", 1), Path("briefs"), {})
    'Plain *text*.\\n'
    """
    if not any(mark in module.body for mark in TEMPLATE_MARKS):
        return module.body
    import jinja2
    from jinja2.exceptions import SecurityError

    shown = display_path(module.path)
    from briefgen.argument.sandbox import LimitExceeded, render_bounded

    try:
        return render_bounded(_compiled(briefs_dir, module.body), context)
    except jinja2.TemplateSyntaxError as exc:
        raise BriefgenError(f"template syntax error: {exc.message}", Location(shown, module.body_line + (exc.lineno or 1), 1),
                            code="jinja-syntax", hint="check {{ … }} and {% … %} pairs") from None
    except LimitExceeded as exc:
        raise BriefgenError(str(exc), Location(shown, module.body_line + max(_template_line(exc), 1), 1),
                            code="jinja-limit", hint="check the module's loops, macros and includes") from None
    except SecurityError as exc:
        raise BriefgenError(f"unsafe template operation refused: {exc}",
                            Location(shown, module.body_line + max(_template_line(exc), 1), 1), code="jinja-sandbox",
                            hint="modules may use variables, filters and loops, not Python internals") from None
    except jinja2.UndefinedError as exc:
        raise BriefgenError(f"undefined template variable: {exc.message}",
                            Location(shown, module.body_line + max(_template_line(exc), 1), 1), code="jinja-undefined",
                            hint=_undefined_hint(exc.message or "", context)) from None
    except BriefgenError as exc:  # from fact() and other template functions: place it at the module's line
        d = exc.diagnostics[0]
        raise BriefgenError(d.message, Location(shown, module.body_line + max(_template_line(exc), 1), 1),
                            code=d.code, hint=d.hint) from None
    except jinja2.TemplateNotFound as exc:
        raise BriefgenError(f"template not found: {exc.name}",
                            Location(shown, module.body_line + max(_template_line(exc), 1), 1),
                            code="jinja-include", hint="includes are relative to briefs/ and stay inside it") from None
    except jinja2.TemplateError as exc:
        raise BriefgenError(f"template error: {exc}", Location(shown, module.body_line + max(_template_line(exc), 1), 1),
                            code="jinja") from None
    except RecursionError:
        raise BriefgenError("a macro or include calls itself without end", Location(shown, 1, 1),
                            code="jinja-recursion", hint="a module may not include itself; give each macro a way "
                                                         "to stop") from None
    except (ArithmeticError, LookupError, TypeError, ValueError) as exc:  # e.g. {{ 1 / 0 }} or a bad filter argument
        raise BriefgenError(f"template failed: {type(exc).__name__}: {exc}",
                            Location(shown, module.body_line + max(_template_line(exc), 1), 1), code="jinja") from None


def catalogue(project) -> list[dict]:
    """Every module of the project with its contract: what ``briefgen modules`` lists."""
    rows = []
    for name in project.module_names():
        m = read_module(name, project.module_path(name))
        rows.append({"module": name, "title": m.title, "summary": m.front.get("summary") or "",
                     "requires": m.ids("requires"), "argues": m.ids("argues"),
                     "params": dict(m.front.get("params") or {})})
    return rows
