"""A module that prints a recipient field some recipients lack ("As a member of the {{
recipient.committee }}" in letters to senators chosen by state) would print a hole in their
letters; this finds each such line before the batch is built and names who would get it."""
from __future__ import annotations

from briefgen.errors import Location, Report, display_path


def printed_fields(template_ast) -> list[tuple[str, int]]:
    """``(field, line)`` for each ``{{ recipient.field }}`` printed outside an ``{% if %}`` that tests it."""
    from jinja2 import nodes

    found: list = []

    def field_of(node) -> str | None:
        while isinstance(node, nodes.Filter) and node.name != "default":
            node = node.node
        if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "recipient":
            return node.attr
        if isinstance(node, nodes.Getitem) and isinstance(node.node, nodes.Name) and node.node.name == "recipient" \
                and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            return node.arg.value
        return None

    def tested(test) -> set:
        return {f for n in [test, *test.find_all((nodes.Getattr, nodes.Getitem))] if (f := field_of(n))}

    def walk(node, guarded: frozenset):
        if isinstance(node, nodes.If):
            inner = guarded | tested(node.test)
            for child in node.body:
                walk(child, inner)
            for child in node.elif_ + node.else_:
                walk(child, guarded)
            return
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                name = field_of(child)
                if name and name not in guarded:
                    found.append((name, child.lineno))
        for child in node.iter_child_nodes():
            walk(child, guarded)

    walk(template_ast, frozenset())
    return found


def check(spec, project_root, recipients: list, report: Report) -> None:
    """Warn at each module line that prints a field empty for some of ``recipients``."""
    if not recipients:
        return
    from jinja2 import TemplateSyntaxError

    from briefgen.argument.modules import environment, read_module
    from briefgen.errors import BriefgenError
    from briefgen.project import Project

    project = Project(project_root)
    env = environment(project.briefs)
    values = [r.variables() for r in recipients]
    for ref in spec.modules:
        try:
            module = read_module(ref.name, project.module_path(ref.name, ref.location))
            tree = env.parse(module.body)
        except (BriefgenError, TemplateSyntaxError):
            continue  # the build reports these itself, at their place
        for name, line in printed_fields(tree):
            if name not in values[0]:
                continue  # not a recipient field: the template's own error when it renders
            empty = [r.name for r, v in zip(recipients, values) if v.get(name) in ("", None, [], ())]
            if empty:
                shown = ", ".join(empty[:5]) + (f" and {len(empty) - 5} more" if len(empty) > 5 else "")
                report.warning(f"recipient.{name} is empty for {len(empty)} of {len(recipients)} recipient"
                               f"{'s' if len(recipients) != 1 else ''} ({shown}): their letters would print "
                               "nothing there", Location(display_path(module.path), module.body_line + line, 1),
                               code="empty-field",
                               hint=f"put it inside {{% if recipient.{name} %}}…{{% endif %}}, or choose "
                                    "recipients that have it")
