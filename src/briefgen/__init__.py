"""briefgen: assemble legal briefs from argument modules and an authorities database.

As a library::

    >>> import briefgen
    >>> result = briefgen.build("briefs/att-mexico-memo.yaml", formats=["docx", "md"])
    >>> [p.name for p in result.files]
    ['att-mexico-memo.docx', 'att-mexico-memo.md']
    >>> briefgen.check("briefs/att-mexico-memo.yaml").errors
    []
    >>> briefgen.format_citation("att", pin="art. 7(1)", signal="see")
    '*See* Arms Trade Treaty art. 7(1), Apr. 2, 2013, 3013 U.N.T.S. 269.'

Paths are taken relative to the working folder. Every function raises :class:`BriefgenError` for a
mistake in the input; its ``diagnostics`` carry ``path:line:col``, a code and a hint. Importing
briefgen is cheap: each function loads what it needs when it runs.
"""

__version__ = "0.1.0"

# Loaded on first use, so that `import briefgen` (and the `briefgen` command's start) stays cheap.
_EXPORTS = {
    **dict.fromkeys(("build", "check", "check_project", "format_citation", "load_library", "load_project", "resolve"),
                    "briefgen.api"),
    "Document": "briefgen.document",
    **dict.fromkeys(("BriefgenError", "Diagnostic", "UsageError"), "briefgen.errors"),
    **dict.fromkeys(("BuildResult", "CheckResult", "ProjectCheck"), "briefgen.results"),
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
