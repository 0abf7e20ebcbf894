"""Safe YAML with source positions, so every validation error can name file:line:col.

Mappings load as :class:`YDict` and sequences as :class:`YList`; both remember where
they and each of their entries start. Only ``yaml.SafeLoader`` is ever used.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from briefgen.errors import BriefgenError, Location, display_path


class YDict(dict):
    """A mapping that knows where it, its keys and its values are."""

    loc: Location
    key_locs: dict
    value_locs: dict

    def where(self, key=None) -> Location:
        if key is None:
            return self.loc
        return self.key_locs.get(key, self.loc)

    def value_where(self, key) -> Location:
        return self.value_locs.get(key, self.where(key))


class YList(list):
    """A sequence that knows where it and each of its items are."""

    loc: Location
    item_locs: list

    def where(self, index=None) -> Location:
        if index is None or index >= len(self.item_locs):
            return self.loc
        return self.item_locs[index]


def _loc(path: str, mark, line_offset: int) -> Location:
    return Location(path, mark.line + 1 + line_offset, mark.column + 1)


MAX_NODES = 200_000  # values a file may hold once its aliases (*name) are expanded


def _children(node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [c for pair in node.value for c in pair]
    return node.value if isinstance(node, yaml.SequenceNode) else []


def _expanded_sizes(root, path: str, line_offset: int) -> dict:
    """id(node) -> how many values the node stands for with every alias expanded, computed without
    expanding anything (an alias is the same node object again, so each node is counted once).
    A node that holds itself (``&a [*a]``) stands for endless values: an error at that node."""
    sizes: dict = {}
    open_ = set()  # nodes whose children are being counted: meeting one again is a loop
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if done:
            open_.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c in children)
        elif id(node) in open_:
            raise BriefgenError("an alias (*name) here holds the value it names, so it never ends",
                                _loc(path, node.start_mark, line_offset), code="yaml-aliases",
                                hint="an alias may only name a value written before it, outside it")
        else:
            open_.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes


def check_aliases(node, path: str, line_offset: int = 0) -> None:
    """Refuse a document whose aliases loop or expand to more than MAX_NODES values, before any
    value is built; the error names the innermost value that alone is too large."""
    if node is None:
        return
    sizes = _expanded_sizes(node, path, line_offset)
    if sizes[id(node)] <= MAX_NODES:
        return
    culprit = node
    while True:  # the innermost value that alone is too large: where the aliases pile up
        big = next((c for c in _children(culprit) if sizes[id(c)] > MAX_NODES), None)
        if big is None:
            break
        culprit = big
    raise BriefgenError(f"aliases (*name) here expand to more than {MAX_NODES:,} values",
                        _loc(path, culprit.start_mark, line_offset), code="yaml-aliases",
                        hint="write the values out, or use fewer nested aliases")


MAX_NUMBER = 1_000  # characters of an integer (Python will not print one past 4,300 digits)


def _number_error(what: str, loc: Location) -> BriefgenError:
    return BriefgenError(f"{what} is not a number briefgen reads", loc, code="number",
                         hint=f"write it as text in quotes, or as a number of at most {MAX_NUMBER:,} digits")


def bounded_loader(base=yaml.SafeLoader, path: str = "", line_offset: int = 0):
    """A subclass of the safe loader ``base`` that checks aliases before building a document and
    refuses integers too long to print."""
    class Bounded(base):
        def construct_document(self, node):
            check_aliases(node, path, line_offset)
            return super().construct_document(node)

        def construct_yaml_int(self, node):
            if len(node.value) > MAX_NUMBER:
                raise _number_error(f"an integer of {len(node.value):,} digits",
                                    _loc(path, node.start_mark, line_offset))
            return super().construct_yaml_int(node)

    Bounded.add_constructor("tag:yaml.org,2002:int", Bounded.construct_yaml_int)
    return Bounded


def _make_loader(path: str, line_offset: int):
    Loader = bounded_loader(yaml.SafeLoader, path, line_offset)

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)
        out = YDict()
        out.loc = _loc(path, node.start_mark, line_offset)
        out.key_locs, out.value_locs = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise BriefgenError("a mapping key must be a plain value", _loc(path, key_node.start_mark, line_offset),
                                    code="yaml") from None
            if key in out:
                raise BriefgenError(f"duplicate key '{key}'", _loc(path, key_node.start_mark, line_offset),
                                    code="yaml-duplicate-key", hint="each key may appear once in a mapping")
            out[key] = loader.construct_object(value_node, deep=True)
            out.key_locs[key] = _loc(path, key_node.start_mark, line_offset)
            out.value_locs[key] = _loc(path, value_node.start_mark, line_offset)
        return out

    def construct_sequence(loader, node, deep=False):
        out = YList(loader.construct_object(child, deep=True) for child in node.value)
        out.loc = _loc(path, node.start_mark, line_offset)
        out.item_locs = [_loc(path, child.start_mark, line_offset) for child in node.value]
        return out

    def construct_timestamp(loader, node):
        # Dates stay as the text the user wrote; validation parses them with a clear message.
        return loader.construct_scalar(node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_sequence)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    return Loader


def read_text(path: Path) -> str:
    """Read a UTF-8 file; invalid bytes become an error at their line and column."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:  # no permission, a folder where a file belongs, a file gone meanwhile
        raise BriefgenError(f"cannot read the file: {exc.strerror or exc}", Location(display_path(path)),
                            code="unreadable", hint="check that the file exists and that you may read it") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise BriefgenError(f"invalid UTF-8 (byte 0x{data[exc.start]:02x})", Location(display_path(path), line, col),
                            code="encoding", hint="save the file as UTF-8") from None
    return text.removeprefix("\ufeff")


MAX_DEPTH = 100  # brackets opened inside one another, in a YAML or JSON file


def _too_deep(text: str, path: str, line_offset: int = 0) -> BriefgenError:
    """The error for nesting deeper than Python can read, at the line where it passes MAX_DEPTH."""
    depth, line = 0, 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                break
        elif ch in "]}":
            depth -= 1
    else:
        line = 1
    return BriefgenError(f"values nested more than {MAX_DEPTH} deep", Location(path, line_offset + line, 1),
                         code="too-deep", hint="flatten the lists and mappings")


def load_json(path: Path, what: str = "JSON", hint: str = ""):
    """Read and parse a JSON file; syntax errors and impossible nesting become errors at their line."""
    import json

    text = read_text(path)

    def at(pattern: str) -> Location:
        m = re.search(pattern, text)
        start = m.start() if m else 0
        return Location(display_path(path), text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start))

    def constant(name):
        raise _number_error(name, at(rf"(?<![\w\"]){re.escape(name)}(?![\w\"])"))

    def integer(digits):
        if len(digits) > MAX_NUMBER:
            raise _number_error(f"an integer of {len(digits):,} digits", at(r"-?\d{%d,}" % (MAX_NUMBER + 1)))
        return int(digits)

    try:
        return json.loads(text, parse_constant=constant, parse_int=integer), text
    except json.JSONDecodeError as exc:
        raise BriefgenError(f"broken {what}: {exc.msg}", Location(display_path(path), exc.lineno, exc.colno),
                            code="csl", hint=hint or "check commas and quotes") from None
    except RecursionError:
        raise _too_deep(text, display_path(path)) from None


def loads(text: str, path: str, line_offset: int = 0):
    """Parse YAML text; syntax errors become BriefgenError at the offending line."""
    try:
        return yaml.load(text, Loader=_make_loader(path, line_offset))  # noqa: S506 - SafeLoader subclass
    except RecursionError:
        raise _too_deep(text, path, line_offset) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = _loc(path, mark, line_offset) if mark else Location(path)
        problem = exc.problem or exc.context or "invalid YAML"
        raise BriefgenError(f"YAML syntax error: {problem}", loc, code="yaml",
                            hint="check indentation, colons and quotes on this line") from None
    except yaml.YAMLError as exc:
        raise BriefgenError(f"YAML error: {exc}", Location(path), code="yaml") from None


def load(path: Path):
    """Read and parse a YAML file."""
    return loads(read_text(path), display_path(path))
