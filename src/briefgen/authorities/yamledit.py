"""Records refreshed in place in a YAML file, keeping its comments, blank lines and layout.

``authorities import --update`` changes a few fields of a few records; re-dumping the file would drop
every comment a user wrote in it. Instead each change is made to the text itself, at the places the
YAML parser marks: a changed value is replaced where it stands (written in flow style), an added
field goes on a line of its own after the record, a removed field's lines go. Whatever else the file
holds is left byte for byte. The edited text is parsed again and must give exactly the records
asked for; otherwise nothing is written.
"""
from __future__ import annotations

import yaml

from briefgen.errors import BriefgenError, Location


def _flow(value) -> str:
    """One value as YAML on one line: ``2016-02``, ``'2016-02-01'``, ``[a, b]``, ``{family: Roe}``."""
    text = yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=float("inf")).strip()
    return text[1:-1]


def _end(node) -> int:
    """Where a node's own text ends (a block collection's mark runs on over what follows it)."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return _end(last[1] if isinstance(node, yaml.MappingNode) else last)


def _items(root):
    """The record nodes of a native authorities file (a list, or a mapping with ``authorities:``)."""
    if isinstance(root, yaml.MappingNode):
        root = next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "authorities"), None)
    return root.value if isinstance(root, yaml.SequenceNode) else []


def update_text(text: str, records: dict, where: str) -> str:
    """``text`` with each record whose id is a key of ``records`` made equal to ``records[id]``."""
    edits: list[tuple[int, int, str]] = []   # (start, end, replacement)
    data = yaml.safe_load(text) or []
    before = {str(r.get("id")): r for r in (data.get("authorities", []) if isinstance(data, dict) else data)
              if isinstance(r, dict)}
    for item in _items(yaml.compose(text, Loader=yaml.SafeLoader)):
        if not isinstance(item, yaml.MappingNode) or item.flow_style:
            continue
        fields = {k.value: (k, v) for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        key = fields.get("id", (None, None))[1]
        if key is None or not isinstance(key, yaml.ScalarNode) or key.value not in records:
            continue
        new = records[key.value]
        old = before.get(key.value, {})
        indent = " " * item.start_mark.column
        for name, (knode, vnode) in fields.items():
            if name not in new:
                if knode is item.value[0][0]:
                    raise BriefgenError(f"cannot remove '{name}', the first field of record '{key.value}', in place",
                                        Location(where), code="authority-update", hint="update it by hand")
                start = text.rfind("\n", 0, knode.start_mark.index) + 1
                stop = text.find("\n", _end(vnode))
                edits.append((start, len(text) if stop < 0 else stop + 1, ""))
            elif old.get(name) != new[name]:
                edits.append((vnode.start_mark.index, _end(vnode), _flow(new[name])))
        added = "".join(f"\n{indent}{_flow(name)}: {_flow(value)}" for name, value in new.items() if name not in fields)
        if added:
            stop = text.find("\n", _end(item))     # after the record's last line and its comment, if any
            stop = len(text) if stop < 0 else stop
            edits.append((stop, stop, added))
    out = text
    for start, stop, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + replacement + out[stop:]
    return out


def check(text: str, expected: list, where: str) -> None:
    """The edited text must read back as exactly the records intended."""
    data = yaml.safe_load(text) or []
    got = data.get("authorities", []) if isinstance(data, dict) else data
    if got != expected:
        raise BriefgenError("the records could not be updated in place without changing something else",
                            Location(where), code="authority-update",
                            hint="update them by hand; the file was left as it is")
